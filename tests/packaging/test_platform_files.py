"""Windows and macOS packaging files (issue 9, item 3): written and checked here, built there."""

from __future__ import annotations

import importlib.util
import plistlib
import re
import struct
from pathlib import Path

import pytest

from journey_widget.calls.url_scheme import SCHEME
from journey_widget.ui.shell import autostart

ROOT = Path(__file__).resolve().parents[2]
ISS = ROOT / "packaging" / "windows" / "journey-widget.iss"
PLIST = ROOT / "packaging" / "macos" / "Info.plist"
ICO = ROOT / "packaging" / "windows" / "journey-widget.ico"
ICNS = ROOT / "packaging" / "macos" / "journey-widget.icns"


def _module(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def registry() -> list[str]:
    text = ISS.read_text(encoding="utf-8")
    section = text.split("[Registry]", 1)[1].split("\n[", 1)[0]
    return [line for line in section.splitlines() if line.startswith("Root:")]


def test_inno_setup_registers_the_url_scheme(registry):
    classes = [line for line in registry if r'"Software\Classes\{#Scheme}' in line]
    assert any('ValueName: "URL Protocol"' in line for line in classes)
    command = next(line for line in classes if r"shell\open\command" in line)
    # The link is handed over as one quoted argument; the launcher turns it into "call".
    assert 'ValueData: """{app}\\{#AppExe}"" ""%1"""' in command
    assert all("Root: HKA" in line for line in classes)  # per user or per machine, as installed
    text = ISS.read_text(encoding="utf-8")
    assert f'#define Scheme "{SCHEME}"' in text


def test_inno_setup_start_at_login_is_the_value_the_widget_switches(registry):
    run = next(line for line in registry if "CurrentVersion\\Run" in line)
    assert f'Subkey: "{autostart.RUN_KEY}"' in run
    assert f'ValueName: "{autostart.APP_NAME}"' in run
    assert "Tasks: startatlogin" in run and "uninsdeletevalue" in run


def test_inno_setup_installs_the_bundle_with_its_icon():
    text = ISS.read_text(encoding="utf-8")
    assert r'Source: "..\..\dist\journey-widget\*"' in text
    assert "recursesubdirs" in text
    icon = re.search(r"^SetupIconFile=(.+)$", text, re.MULTILINE)
    assert icon is not None and (ISS.parent / icon.group(1).strip()).is_file()
    assert "PrivilegesRequired=lowest" in text  # no administrator needed for one user


def test_info_plist_registers_the_url_scheme():
    info = plistlib.loads(PLIST.read_bytes())
    schemes = [s for kind in info["CFBundleURLTypes"] for s in kind["CFBundleURLSchemes"]]
    assert schemes == [SCHEME]
    assert info["CFBundleIdentifier"] == autostart.LAUNCH_AGENT_LABEL
    assert (PLIST.parent / info["CFBundleIconFile"]).is_file()
    assert set(info["CFBundleLocalizations"]) == {"en", "de", "id"}
    assert info["NSHighResolutionCapable"] is True


def test_ico_holds_every_size_as_png():
    data = ICO.read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sizes = []
    for index in range(count):
        width, _h, _c, _r, _p, _bits, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index
        )
        assert data[offset : offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert offset + length <= len(data)
        sizes.append(width or 256)
    assert sizes == [16, 24, 32, 48, 64, 128, 256]


def test_icns_holds_the_png_types_macos_reads():
    data = ICNS.read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    kinds, offset = [], 8
    while offset < len(data):
        kind = data[offset : offset + 4].decode()
        (length,) = struct.unpack(">I", data[offset + 4 : offset + 8])
        assert data[offset + 8 : offset + 16] == b"\x89PNG\r\n\x1a\n"
        kinds.append(kind)
        offset += length
    assert offset == len(data)
    assert {"icp4", "ic07", "ic08", "ic09", "ic14"} <= set(kinds)


def test_windows_and_macos_icons_are_the_current_svg(qapp):
    from PySide6.QtGui import QImageReader

    render_icons = _module(ROOT / "packaging" / "linux" / "render_icons.py", "_render_icons")
    for path in (ICO, ICNS):
        reader = QImageReader(str(path))
        assert reader.imageCount() > 0, path
        for index in range(reader.imageCount()):
            reader.jumpToImage(index)
            image = reader.read()
            fresh = render_icons.render(image.width()).convertToFormat(image.format())
            assert fresh == image, f"{path.name} {image.width()} px is stale: run render_icons.py"


def test_icon_formats_refuse_missing_or_foreign_images():
    formats = _module(ROOT / "packaging" / "icon_formats.py", "_icon_formats")
    with pytest.raises(ValueError, match="missing"):
        formats.ico({16: b"\x89PNG\r\n\x1a\n"})
    pngs = {size: b"\x89PNG\r\n\x1a\n" for size in (16, 24, 32, 48, 64, 128, 256, 512)}
    pngs[32] = b"GIF89a"
    with pytest.raises(ValueError, match="not a PNG"):
        formats.icns(pngs)
