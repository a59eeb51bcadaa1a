"""Without a screen the window says so and exits 2; ``--screenshot`` uses offscreen by itself."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from journey_widget.app.display import OFFSCREEN, DisplayCheck, check_display, x_display_answers

NO_SCREEN = "journey-widget: no display to open the window on (DISPLAY / WAYLAND_DISPLAY are not"


def _answers(value: bool | None):
    def probe(display: str) -> bool | None:
        probe.asked.append(display)
        return value

    probe.asked = []
    return probe


@pytest.mark.parametrize("screenshot", [False, True])
def test_a_display_that_answers_is_used_as_it_is(screenshot):
    probe = _answers(True)
    assert check_display({"DISPLAY": ":0"}, screenshot=screenshot, x_answers=probe) == (
        DisplayCheck()
    )
    assert probe.asked == [":0"]


def test_no_display_for_a_screenshot_is_offscreen():
    assert check_display({}, screenshot=True, system="linux") == DisplayCheck(platform=OFFSCREEN)


def test_no_display_for_the_window_is_one_sentence_with_what_to_do():
    check = check_display({"DISPLAY": " "}, screenshot=False, system="linux")
    assert check.platform is None
    assert check.problem is not None
    assert check.problem.startswith("no display to open the window on (DISPLAY / WAYLAND")
    assert "--screenshot FILE" in check.problem
    assert check.problem.endswith(".") and "\n" not in check.problem


def test_a_display_that_does_not_answer_is_said_or_skipped_for_a_screenshot():
    check = check_display({"DISPLAY": ":77"}, screenshot=False, x_answers=_answers(False))
    assert check.problem is not None
    assert "the X display :77 (DISPLAY) does not answer" in check.problem
    assert "XAUTHORITY" in check.problem
    shot = check_display({"DISPLAY": ":77"}, screenshot=True, x_answers=_answers(False))
    assert shot == DisplayCheck(platform=OFFSCREEN)


def test_libxcb_missing_leaves_it_to_qt():
    assert check_display({"DISPLAY": ":0"}, screenshot=False, x_answers=_answers(None)) == (
        DisplayCheck()
    )


@pytest.mark.parametrize("platform", ["offscreen", "wayland", "minimal", "vnc:size=800x600"])
def test_a_platform_the_user_chose_is_left_alone(platform):
    probe = _answers(False)
    env = {"QT_QPA_PLATFORM": platform}
    assert check_display(env, screenshot=False, x_answers=probe) == DisplayCheck()
    assert probe.asked == []


def test_xcb_chosen_by_the_user_is_checked_but_not_replaced():
    check = check_display({"QT_QPA_PLATFORM": "xcb"}, screenshot=True, system="linux")
    assert check.platform is None
    assert check.problem is not None and "QT_QPA_PLATFORM" in check.problem
    dead = check_display(
        {"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":77"}, screenshot=False, x_answers=_answers(False)
    )
    assert dead.problem is not None


def test_wayland_is_trusted_and_other_systems_have_their_own_screen():
    probe = _answers(False)
    assert check_display({"WAYLAND_DISPLAY": "wayland-0"}, screenshot=False) == DisplayCheck()
    for system in ("win32", "darwin"):
        assert check_display({}, screenshot=False, system=system, x_answers=probe) == (
            DisplayCheck()
        )
    assert probe.asked == []


# --- the real process, started without any display ---------------------------------------


def _unused_display() -> str:
    number = next(n for n in range(4242, 4300) if not Path(f"/tmp/.X11-unix/X{n}").exists())
    return f":{number}"


def _start(*args: str, **extra: str) -> subprocess.CompletedProcess[str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}
    }
    return subprocess.run(
        [sys.executable, "-m", "journey_widget", *args],
        env={**env, **extra},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _one_clean_sentence(stderr: str) -> None:
    assert len(stderr.strip().splitlines()) == 1, stderr
    for crash in ("Traceback", "core dumped", "Aborted", "could not connect", "qt.qpa"):
        assert crash not in stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 / Wayland systems only")
def test_without_a_display_the_window_says_so_and_exits_2():
    result = _start()
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith(NO_SCREEN)
    _one_clean_sentence(result.stderr)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 / Wayland systems only")
def test_a_display_nobody_answers_on_exits_2_with_the_sentence():
    display = _unused_display()
    result = _start(DISPLAY=display)
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith(f"journey-widget: the X display {display} (DISPLAY) does not")
    _one_clean_sentence(result.stderr)


@pytest.mark.slow
def test_a_screenshot_without_a_display_is_taken_offscreen(tmp_path):
    target = tmp_path / "journey.png"
    result = _start("--demo", "--size", "380x800", "--screenshot", str(target))
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert target.stat().st_size > 0
    image = QImage(str(target))
    assert (image.width(), image.height()) == (380, 800)


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="no Xvfb (Debian: xvfb, xauth)")
def test_the_probe_reaches_a_real_x_server():
    """The same libxcb connection Qt makes: True on Xvfb, False for a display nobody serves.

    ``check_display`` keeps the working connection open until ``release`` (Xvfb refuses a
    connection that follows a close at once now and then: Qt's, right after the probe's).
    """
    code = "\n".join(
        [
            "import os",
            "from journey_widget.app import display",
            "x = display.x_display_answers",
            f"print(x(os.environ['DISPLAY']), x('{_unused_display()}'), len(display._held))",
            "assert display.check_display(os.environ, screenshot=False) == display.DisplayCheck()",
            "held = len(display._held)",
            "display.release()",
            "print(held, len(display._held))",
        ]
    )
    result = subprocess.run(
        ["xvfb-run", "-a", sys.executable, "-c", code],
        env={k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "False", "0", "1", "0"]


def test_the_probe_is_false_for_a_display_nobody_serves():
    assert x_display_answers(_unused_display()) in (False, None)
