"""What the window's start leaves unimported (issue 14.9): nothing a menu entry, a call listener
that is switched off or a back end needs is imported before it is used.

Each check runs in a fresh interpreter, since this test process has imported everything.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from journey_widget.sources.local.store import open_store

# Imported when first used: the menu's windows, the keyring, the back ends, the listeners that
# are off by default, the demo data, phonenumbers' geodata (the settings dialog's regions).
LAZY = (
    "journey_widget.ui.report.report_window",
    "journey_widget.ui.operations.view",
    "journey_widget.ui.settings.dialog",
    "journey_widget.sources.remote.http_client",
    "journey_widget.sources.remote.data_cloud",
    "journey_widget.sources.remote.campaign_manager",
    "journey_widget.sources.demo.generator",
    "journey_widget.calls.http_endpoint",
    "journey_widget.calls.baresip",
    "keyring",
    "httpx",
    "phonenumbers.geocoder",
)
# Not needed for the first picture: built (and imported) once the window is painted and
# connected, or when a customer is shown before then.
AFTER_FIRST_PAINT = ("journey_widget.ui.journey.page", "phonenumbers")

SCRIPT = """
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
import journey_widget.cli.main
from journey_widget.app.session import GuiOptions, Session, run_gui

options = GuiOptions(store=Path(sys.argv[1]), screenshot=Path(sys.argv[2]))
if sys.argv[3] == "built":
    app = QApplication(sys.argv[:1])
    Session(app, options)  # the window and everything around it, before the event loop
else:
    code = run_gui(options)  # the idle window: connected, painted, grabbed
    if code != 0:
        sys.exit(code)
print(json.dumps(sorted(sys.modules)))
"""


def modules_after(stage: str, tmp_path: Path) -> set[str]:
    store = tmp_path / "journey.sqlite"
    if not store.exists():
        with open_store(store, create=True):
            pass
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(store), str(tmp_path / "shot.png"), stage],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return set(json.loads(done.stdout.splitlines()[-1]))


@pytest.mark.parametrize("name", LAZY + AFTER_FIRST_PAINT)
def test_the_names_are_real_modules(name: str):
    """A renamed module would make the checks below pass without guarding anything."""
    assert importlib.util.find_spec(name) is not None


def test_building_the_window_imports_nothing_it_does_not_show(tmp_path: Path):
    loaded = modules_after("built", tmp_path)
    assert "journey_widget.ui.shell.main_window" in loaded
    assert sorted(loaded.intersection(LAZY + AFTER_FIRST_PAINT)) == []


def test_the_idle_window_leaves_the_menu_windows_and_back_ends_unimported(tmp_path: Path):
    loaded = modules_after("idle", tmp_path)
    assert sorted(loaded.intersection(LAZY)) == []
    # ... and the journey page was made ready once the window was painted and connected.
    assert set(AFTER_FIRST_PAINT) <= loaded
