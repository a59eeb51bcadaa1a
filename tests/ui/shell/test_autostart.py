"""Start at login: the XDG entry for real, the Windows and macOS contents as built (SPEC G4)."""

from __future__ import annotations

import configparser
import os
import plistlib
import shutil
import subprocess
import sys

import pytest

from journey_widget.ui.shell import autostart


def _entry(text: str) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read_string(text)
    return parser["Desktop Entry"]


def test_empty_command_is_refused():
    for build in (autostart.autostart_entry, autostart.run_value, autostart.launch_agent):
        with pytest.raises(ValueError, match="empty"):
            build([])


@pytest.mark.parametrize(
    ("argument", "written"),
    [
        ("/opt/journey-widget/journey-widget", "/opt/journey-widget/journey-widget"),
        ("/home/Anna Schmidt/jw", '"/home/Anna Schmidt/jw"'),
        ("--pop", "--pop"),
        ("100%", "100%%"),
        ('say "hi" $HOME', '"say \\\\"hi\\\\" \\\\$HOME"'),
        ("C:\\jw", '"C:\\\\\\\\jw"'),
        ("", '""'),
    ],
)
def test_exec_arguments_are_quoted_as_the_desktop_entry_spec_says(argument, written):
    assert autostart.quote_exec_argument(argument) == written


def test_xdg_entry_is_written_read_and_removed(tmp_path):
    starter = autostart.XdgAutostart(tmp_path / "config")
    assert not starter.is_enabled()
    starter.enable(["/home/Anna Schmidt/.local/lib/journey-widget/journey-widget"])
    assert starter.is_enabled()
    assert starter.path == tmp_path / "config" / "autostart" / "journey-widget.desktop"
    entry = _entry(starter.path.read_text(encoding="utf-8"))
    assert entry["Exec"] == '"/home/Anna Schmidt/.local/lib/journey-widget/journey-widget"'
    assert entry["Type"] == "Application" and entry["Icon"] == "journey-widget"
    starter.enable(["/opt/jw/journey-widget"])  # a moved program: the entry follows it
    assert _entry(starter.path.read_text(encoding="utf-8"))["Exec"] == "/opt/jw/journey-widget"
    assert [p.name for p in starter.path.parent.iterdir()] == ["journey-widget.desktop"]
    starter.disable()
    assert not starter.is_enabled()
    starter.disable()  # twice is fine


def test_xdg_entry_follows_xdg_config_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "elsewhere"))
    assert autostart.XdgAutostart().path.parent == tmp_path / "elsewhere" / "autostart"


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="no desktop-file-utils")
def test_xdg_entry_passes_desktop_file_validate(tmp_path):
    starter = autostart.XdgAutostart(tmp_path)
    starter.enable([sys.executable, "-m", "journey_widget.cli", "--store", "/data/my store.db"])
    result = subprocess.run(
        ["desktop-file-validate", str(starter.path)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_unwritable_autostart_folder_is_one_sentence(tmp_path):
    (tmp_path / "autostart").mkdir()
    (tmp_path / "autostart").chmod(0o500)
    try:
        with pytest.raises(autostart.AutostartError, match="Could not write"):
            autostart.XdgAutostart(tmp_path).enable(["/opt/jw/journey-widget"])
    finally:
        (tmp_path / "autostart").chmod(0o700)


def test_a_file_in_place_of_the_folder_is_one_sentence(tmp_path):
    (tmp_path / "autostart").write_text("not a folder")
    with pytest.raises(autostart.AutostartError, match="Could not write"):
        autostart.XdgAutostart(tmp_path).enable(["/opt/jw/journey-widget"])


def test_windows_run_value_is_a_quoted_command_line():
    value = autostart.run_value([r"C:\Program Files\Journey Widget\journey-widget.exe"])
    assert value == r'"C:\Program Files\Journey Widget\journey-widget.exe"'
    assert autostart.run_value([r"C:\jw\jw.exe", "--lang", "de"]) == r"C:\jw\jw.exe --lang de"


def test_macos_launch_agent_runs_the_program_at_load(tmp_path):
    data = plistlib.loads(autostart.launch_agent(["/Applications/Journey Widget.app/x"]))
    assert data["Label"] == autostart.LAUNCH_AGENT_LABEL
    assert data["ProgramArguments"] == ["/Applications/Journey Widget.app/x"]
    assert data["RunAtLoad"] is True and data["KeepAlive"] is False
    agent = autostart.LaunchAgentAutostart(tmp_path)
    agent.enable(["/Applications/Journey Widget.app/x"])
    assert agent.is_enabled()
    assert agent.path.parent == tmp_path / "Library" / "LaunchAgents"
    assert plistlib.loads(agent.path.read_bytes())["RunAtLoad"] is True
    agent.disable()
    assert not agent.is_enabled()


def test_the_platform_decides_the_mechanism():
    assert isinstance(autostart.for_platform("linux"), autostart.XdgAutostart)
    assert isinstance(autostart.for_platform("freebsd14"), autostart.XdgAutostart)
    assert isinstance(autostart.for_platform("win32"), autostart.WindowsAutostart)
    assert isinstance(autostart.for_platform("darwin"), autostart.LaunchAgentAutostart)


def test_launch_command_is_this_python_or_the_frozen_program(monkeypatch):
    assert autostart.launch_command() == [sys.executable, "-m", "journey_widget.cli"]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert autostart.launch_command() == [sys.executable]
