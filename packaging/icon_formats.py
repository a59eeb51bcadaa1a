"""Windows .ico and macOS .icns files from PNG images, without extra tools.

Both formats may hold PNG data as is: an ICO directory entry can point at a PNG (Windows
Vista and later), and every modern ICNS type (``icp4`` ... ``ic14``) is a PNG. So each file
is a small header plus the PNGs that ``packaging/linux/render_icons.py`` renders.
"""

from __future__ import annotations

import struct
from collections.abc import Mapping

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS type for each pixel size (the @2x types reuse the same pixels at half the point size).
ICNS_TYPES = (
    ("icp4", 16),
    ("icp5", 32),
    ("ic11", 32),
    ("icp6", 64),
    ("ic12", 64),
    ("ic07", 128),
    ("ic08", 256),
    ("ic13", 256),
    ("ic09", 512),
    ("ic14", 512),
)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _check(pngs: Mapping[int, bytes], sizes: tuple[int, ...]) -> None:
    missing = [size for size in sizes if size not in pngs]
    if missing:
        raise ValueError(f"PNG images missing for sizes {missing}")
    for size in sizes:
        if not pngs[size].startswith(PNG_SIGNATURE):
            raise ValueError(f"the {size} px image is not a PNG")


def ico(pngs: Mapping[int, bytes]) -> bytes:
    """An .ico with one PNG entry per size of ``ICO_SIZES`` (``pngs``: size -> PNG bytes)."""
    _check(pngs, ICO_SIZES)
    header = struct.pack("<HHH", 0, 1, len(ICO_SIZES))
    offset = len(header) + 16 * len(ICO_SIZES)
    entries, blobs = [], []
    for size in ICO_SIZES:
        data = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256
        entries.append(struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset))
        blobs.append(data)
        offset += len(data)
    return header + b"".join(entries) + b"".join(blobs)


def icns(pngs: Mapping[int, bytes]) -> bytes:
    """An .icns with the PNG types of ``ICNS_TYPES`` (``pngs``: size -> PNG bytes)."""
    _check(pngs, tuple(sorted({size for _kind, size in ICNS_TYPES})))
    body = b"".join(
        kind.encode("ascii") + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
        for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body
