"""Segment colours (SPEC C4, G3): five distinct fills in light and in dark, labels readable on
them, and a pattern on every kind but the plain "connected" bar."""

from __future__ import annotations

import pytest

from journey_widget.model import SegmentKind
from journey_widget.model.conversation_layout import KIND_ORDER
from journey_widget.ui.common.palettes import dark_palette, light_palette
from journey_widget.ui.report.segment_style import _contrast, is_dark, segment_look


@pytest.mark.parametrize("palette", [light_palette(), dark_palette()], ids=["light", "dark"])
def test_each_kind_has_its_own_fill_and_a_readable_label(qapp, palette) -> None:
    looks = {kind: segment_look(kind, palette) for kind in KIND_ORDER}
    assert len({look.fill.name() for look in looks.values()}) == len(KIND_ORDER)
    for look in looks.values():
        assert _contrast(look.text, look.fill) >= 4.5
    patterned = {kind for kind, look in looks.items() if look.pattern is not None}
    assert patterned == set(KIND_ORDER) - {SegmentKind.CONNECTED}


def test_dark_has_its_own_shades(qapp) -> None:
    assert is_dark(dark_palette()) and not is_dark(light_palette())
    for kind in KIND_ORDER:
        light = segment_look(kind, light_palette()).fill
        dark = segment_look(kind, dark_palette()).fill
        assert light != dark
        assert dark.lightness() > light.lightness()  # lighter on a dark base
