"""The composition root: demo preparation, the --screenshot run, errors as one sentence."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import threading
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QPalette

from fixtures.stores import demo_records, write_store
from journey_widget.app import session as app_module
from journey_widget.app.session import GuiOptions, Session
from journey_widget.settings import DisplaySettings, Settings, SettingsFile, Theme
from journey_widget.ui.common import palettes
from journey_widget.ui.shell.main_window import ViewState

WAIT_MS = 10_000


def build_store(path: Path, customers: int = 12) -> Path:
    return write_store(path, demo_records(customers, 3))


def run_gui_in_subprocess(options: GuiOptions, tmp_path: Path) -> subprocess.CompletedProcess:
    """``run_gui`` in its own process, as ``journey-widget --screenshot`` runs it."""
    script = (
        (
            "import sys\n"
            "from pathlib import Path\n"
            "from journey_widget.app.session import GuiOptions, run_gui\n"
            f"sys.exit(run_gui({options!r}))\n"
        )
        .replace("PosixPath(", "Path(")
        .replace("WindowsPath(", "Path(")
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-c", script],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def assert_real_picture(path: Path) -> QImage:
    assert path.is_file()
    image = QImage(str(path))
    assert not image.isNull()
    assert image.width() >= 320 and image.height() >= 400
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, 300, 5)}
    assert len(colours) > 8, "the picture is (nearly) blank"
    return image


def test_screenshot_of_a_customer_exits_zero(tmp_path):
    store = build_store(tmp_path / "journey.sqlite")
    shot = tmp_path / "x.png"
    done = run_gui_in_subprocess(
        GuiOptions(store=store, number="C000001", screenshot=shot), tmp_path
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert_real_picture(shot)


def _most_common_colour(path) -> QColor:
    image = QImage(str(path))
    assert not image.isNull()
    counts = Counter(
        image.pixel(x, y) for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)
    )
    return QColor.fromRgb(counts.most_common(1)[0][0])


def test_the_theme_option_paints_the_window_dark_over_a_light_setting(tmp_path):
    SettingsFile().save(Settings(display=DisplaySettings(theme=Theme.LIGHT)))
    store = build_store(tmp_path / "journey.sqlite")
    dark_shot, light_shot = tmp_path / "dark.png", tmp_path / "light.png"
    options = GuiOptions(store=store, number="C000001", size=(900, 640))
    options.screenshot, options.theme = dark_shot, "dark"
    done = run_gui_in_subprocess(options, tmp_path)
    assert done.returncode == 0, done.stderr
    options.screenshot, options.theme = light_shot, None  # the setting: light
    done = run_gui_in_subprocess(options, tmp_path)
    assert done.returncode == 0, done.stderr
    dark = palettes.dark_palette()
    light = palettes.light_palette()
    assert _most_common_colour(dark_shot) in (
        dark.color(QPalette.ColorRole.Window),
        dark.color(QPalette.ColorRole.Base),
    )
    assert _most_common_colour(light_shot) in (
        light.color(QPalette.ColorRole.Window),
        light.color(QPalette.ColorRole.Base),
    )


def test_screenshot_of_a_missing_store_says_so_in_one_sentence(tmp_path):
    shot = tmp_path / "missing.png"
    done = run_gui_in_subprocess(
        GuiOptions(store=tmp_path / "nowhere.sqlite", number="C000001", screenshot=shot),
        tmp_path,
    )
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1
    assert done.stderr.startswith("journey-widget: There is no journey store at ")
    assert shot.is_file()


def test_screenshot_of_a_corrupt_store_fails_without_traceback(tmp_path):
    store = tmp_path / "journey.sqlite"
    store.write_bytes(b"this is not a database" * 100)
    shot = tmp_path / "corrupt.png"
    done = run_gui_in_subprocess(
        GuiOptions(store=store, number="C000001", screenshot=shot), tmp_path
    )
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert done.stderr.count("\n") == 1
    assert shot.is_file()


def test_screenshot_of_an_unknown_number_exits_not_found(tmp_path):
    store = build_store(tmp_path / "journey.sqlite", customers=2)
    shot = tmp_path / "unknown.png"
    done = run_gui_in_subprocess(
        GuiOptions(store=store, number="+49 30 9999999", screenshot=shot), tmp_path
    )
    assert done.returncode == 1
    assert done.stderr == "journey-widget: No history for +49 30 9999999.\n"
    assert_real_picture(shot)


@pytest.fixture
def session_for(qtbot, qloop, qapp):
    sessions: list[Session] = []

    def build(options: GuiOptions) -> Session:
        session = Session(qapp, options)
        sessions.append(session)
        qtbot.addWidget(session.window)
        session.window.show()
        return session

    yield build
    for session in sessions:
        closing = asyncio.ensure_future(session.aclose())
        qtbot.waitUntil(closing.done, timeout=WAIT_MS)


def test_demo_shows_preparing_then_opens_the_first_customer(
    qtbot, session_for, monkeypatch, tmp_path
):
    release = threading.Event()
    store = build_store(tmp_path / "demo.sqlite")

    def slow_demo_store() -> Path:
        release.wait(WAIT_MS / 1000)
        return store

    monkeypatch.setattr("journey_widget.sources.demo.store.ensure_demo_store", slow_demo_store)
    session = session_for(GuiOptions(demo=True))
    window = session.window
    session.start()
    qtbot.waitUntil(lambda: window.state is ViewState.BUSY, timeout=WAIT_MS)
    assert window.state_panel.title() == "Preparing demo data…"
    with qtbot.waitSignal(window.journey_shown, timeout=WAIT_MS) as shown:
        release.set()
    assert shown.args[0].customer.id == app_module.DEMO_FIRST_CUSTOMER
    assert window.table_model.rowCount() > 0


def test_demo_preparation_failure_offers_retry(qtbot, session_for, monkeypatch, tmp_path):
    store = build_store(tmp_path / "demo.sqlite")
    attempts = []

    def flaky_demo_store() -> Path:
        attempts.append(1)
        if len(attempts) == 1:
            raise OSError(28, "No space left on device")
        return store

    monkeypatch.setattr("journey_widget.sources.demo.store.ensure_demo_store", flaky_demo_store)
    session = session_for(GuiOptions(demo=True, number="C000002"))
    window = session.window
    with qtbot.waitSignal(window.error_shown, timeout=WAIT_MS) as failed:
        session.start()
    assert failed.args == ["No space left on device"]
    with qtbot.waitSignal(window.journey_shown, timeout=WAIT_MS) as shown:
        window.state_panel.retry_button().click()
    assert shown.args[0].customer.id == "C000002"


def test_without_a_number_the_window_invites_a_search(qtbot, session_for, tmp_path):
    store = build_store(tmp_path / "journey.sqlite", customers=1)
    session = session_for(GuiOptions(store=store))
    session.start()
    qtbot.waitUntil(lambda: session.window.service is not None, timeout=WAIT_MS)
    assert session.window.state is ViewState.IDLE
    assert session.window.state_panel.title() == "Look up a customer"


def test_uncaught_exceptions_are_logged_not_shown(caplog):
    try:
        raise RuntimeError("a bug")
    except RuntimeError as error:
        app_module._log_uncaught(RuntimeError, error, error.__traceback__)
    record = caplog.records[-1]
    assert record.levelname == "CRITICAL"
    assert record.exc_info is not None
