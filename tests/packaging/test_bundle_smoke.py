"""The built bundle on a machine without the source tree (issue 9, item 1).

Runs only when ``JOURNEY_WIDGET_BUNDLE`` names a built bundle folder: ``bash
scripts/build-bundle.sh --smoke`` (and CI, ``.ci/run``) builds it and sets it. The bundle is
copied into a temp folder and started from there with a clean environment (no PYTHONPATH,
no virtualenv, a fresh HOME, the working directory elsewhere), as an installed copy would be.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

BUNDLE = os.environ.get("JOURNEY_WIDGET_BUNDLE", "")
pytestmark = pytest.mark.skipif(
    not BUNDLE, reason="no bundle: bash scripts/build-bundle.sh --smoke builds and tests it"
)
SIZE = (380, 800)
DEMO_CUSTOMER = "C000001"


@dataclass
class Installed:
    exe: Path
    home: Path
    env: dict[str, str]

    def run(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(self.exe), *args],
            cwd=self.home,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )

    @property
    def demo_store(self) -> Path:
        return self.home / ".cache" / "journey-widget" / "demo" / "journey-demo.sqlite"


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Installed:
    machine = tmp_path_factory.mktemp("machine")
    shutil.copytree(BUNDLE, machine / "opt" / "journey-widget", symlinks=True)
    home = machine / "home"
    runtime = machine / "runtime"
    home.mkdir()
    runtime.mkdir(mode=0o700)
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "XDG_RUNTIME_DIR": str(runtime),
        "QT_QPA_PLATFORM": "offscreen",
    }
    return Installed(machine / "opt" / "journey-widget" / "journey-widget", home, env)


@pytest.fixture(scope="module")
def screenshots(installed) -> dict[str, Path]:
    """The demo journey rendered by the bundle, in English and German."""
    shots = {}
    for lang in ("en", "de"):
        target = installed.home / f"journey-{lang}.png"
        result = installed.run(
            "--demo", "--lang", lang, "--size", f"{SIZE[0]}x{SIZE[1]}", "--screenshot", str(target)
        )
        # Exit 0 with --demo means the demo customer's journey was shown (app/session.py): an error
        # panel exits 2, an unknown customer 1.
        assert result.returncode == 0, result.stderr
        assert "Traceback" not in result.stderr
        shots[lang] = target
    return shots


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="no Xvfb (Debian: xvfb, xauth)")
def test_the_bundle_runs_on_a_real_x_server(installed, screenshots):
    """The xcb platform plug-in with its bundled libraries, on Xvfb, in Indonesian."""
    target = installed.home / "journey-x11.png"
    inner = " ".join(
        [
            "env -i",
            *(f"{key}={value}" for key, value in installed.env.items() if key != "QT_QPA_PLATFORM"),
            'DISPLAY="$DISPLAY" XAUTHORITY="$XAUTHORITY" QT_QPA_PLATFORM=xcb',
            str(installed.exe),
            "--demo --lang id --size 380x800 --screenshot",
            str(target),
        ]
    )
    result = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1280x900x24", "sh", "-c", inner],
        cwd=installed.home,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    from PySide6.QtGui import QImage

    image = QImage(str(target))
    assert (image.width(), image.height()) == SIZE


def test_the_bundle_does_not_see_the_source_tree(installed):
    assert not (installed.exe.parent / "src").exists()
    assert "PYTHONPATH" not in installed.env and "VIRTUAL_ENV" not in installed.env


def test_screenshot_is_the_journey_at_the_asked_size(screenshots):
    from PySide6.QtGui import QImage

    for lang, path in screenshots.items():
        image = QImage(str(path))
        assert not image.isNull(), lang
        assert (image.width(), image.height()) == SIZE
        colours = {image.pixel(x, y) for x in range(0, SIZE[0], 2) for y in range(0, SIZE[1], 2)}
        # A journey has text, chips, coloured channel icons; an empty or error panel has a few
        # greys. The rendered demo journey shows several hundred colours.
        assert len(colours) > 150, (lang, len(colours))


def test_german_is_loaded_from_the_bundle(screenshots):
    """Same journey, same size: the pictures differ only if the German catalogue was found."""
    assert screenshots["en"].read_bytes() != screenshots["de"].read_bytes()


def test_demo_store_is_in_the_users_cache_folder(installed, screenshots):
    assert installed.demo_store.is_file()


def test_headless_lookup_parses_numbers_with_the_bundled_metadata(installed, screenshots):
    by_id = installed.run("lookup", DEMO_CUSTOMER, "--json", "--store", str(installed.demo_store))
    assert by_id.returncode == 0, by_id.stderr
    customer = json.loads(by_id.stdout)["customer"]
    phone = next(i["value"] for i in customer["identifiers"] if i["kind"] == "phone")
    assert phone.startswith("+49")
    national = "0" + phone[3:]  # the way a German softphone shows it: needs DE metadata
    by_number = installed.run("lookup", national, "--json", "--store", str(installed.demo_store))
    assert by_number.returncode == 0, by_number.stderr
    assert json.loads(by_number.stdout)["customer"]["id"] == DEMO_CUSTOMER


def test_the_restart_form_of_call_commands_works_frozen(installed):
    """``call`` starts a widget as ``sys.executable -m journey_widget.cli ...``."""
    result = installed.run("-m", "journey_widget.cli", "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("journey-widget ")


def test_bad_input_is_one_sentence_not_a_traceback(installed):
    result = installed.run("call", "journey-widget://dial?number=%2B4930123456")
    assert result.returncode == 2
    assert result.stderr.startswith("journey-widget: ")
    assert "Traceback" not in result.stderr


def test_qt_plugins_find_every_library_they_link(installed, bundle_filter):
    """xcb cannot start without a display here; its libraries must still all resolve."""
    internal = installed.exe.parent / "_internal"
    plugins = internal / "PySide6" / "Qt" / "plugins"
    wanted = {
        "platforms": {"libqxcb.so", "libqoffscreen.so"},
        "imageformats": {"libqsvg.so"},
        "iconengines": {"libqsvgicon.so"},
    }
    for folder, names in wanted.items():
        assert {p.name for p in (plugins / folder).iterdir()} == names
    env = {**installed.env, "LD_LIBRARY_PATH": f"{internal}:{internal / 'PySide6' / 'Qt' / 'lib'}"}
    for plugin in sorted(plugins.rglob("*.so")):
        out = subprocess.run(
            ["ldd", str(plugin)], env=env, capture_output=True, text=True, check=True
        ).stdout
        missing = {line.split()[0] for line in out.splitlines() if "not found" in line}
        # libcups comes from the user's system (bundle_filter.SYSTEM_LIBRARIES).
        assert missing <= bundle_filter.SYSTEM_LIBRARIES, f"{plugin.name}:\n{out}"
    assert not list(internal.rglob("libcups.so*"))


def test_the_bundle_carries_the_keyring_backends_and_qasync(installed):
    from PyInstaller.archive.readers import CArchiveReader

    archive = CArchiveReader(str(installed.exe))
    modules = set(archive.open_embedded_archive("PYZ.pyz").toc)
    assert {"keyring.backends.SecretService", "keyring.backends.fail", "qasync"} <= modules
    assert "phonenumbers.data.region_ID" in modules
    assert not any(name.startswith("phonenumbers.geodata") for name in modules)
    assert not any(name.startswith(("tkinter", "pygments", "click", "rich")) for name in modules)


def test_the_icons_are_compiled_into_the_bundle(installed, screenshots):
    """resources/ reaches the frozen window as Python code (pyside6-rcc), not as files."""
    from PyInstaller.archive.readers import CArchiveReader

    archive = CArchiveReader(str(installed.exe))
    assert "journey_widget.ui.common.resources_rc" in archive.open_embedded_archive("PYZ.pyz").toc
    assert not list(installed.exe.parent.rglob("*.svg"))
    logs = list(installed.home.rglob("journey-widget.log"))
    assert logs, "the screenshot runs wrote no log"
    text = "\n".join(path.read_text(encoding="utf-8") for path in logs)
    for complaint in ("compiled icons", "There is no icon", "application icon", "not a valid SVG"):
        assert complaint not in text


def test_without_any_display_the_bundle_says_so_or_goes_offscreen(installed, screenshots):
    """No DISPLAY, WAYLAND_DISPLAY or QT_QPA_PLATFORM: one sentence for the window (exit 2, not
    Qt's abort), the offscreen platform for a screenshot (app/display.py, frozen)."""
    env = {key: value for key, value in installed.env.items() if key != "QT_QPA_PLATFORM"}
    window = subprocess.run(
        [str(installed.exe), "--demo"],
        cwd=installed.home,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert window.returncode == 2, window.stderr
    assert window.stderr.startswith("journey-widget: no display to open the window on")
    assert "core dumped" not in window.stderr and "could not connect" not in window.stderr
    target = installed.home / "journey-no-display.png"
    shot = subprocess.run(
        [str(installed.exe), "--demo", "--size", "380x800", "--screenshot", str(target)],
        cwd=installed.home,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert shot.returncode == 0, shot.stderr
    assert target.stat().st_size > 0
