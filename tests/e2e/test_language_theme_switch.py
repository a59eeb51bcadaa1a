"""Journey 5: language and theme switched while a journey, the conversation report and the
customer operations window are open: no English UI text is left in what the open windows
show (data aside), and nothing crashes.

"English left" is decided by the catalogues themselves: a visible text that is exactly the
English source of a message whose translation differs is untranslated UI. The same detector
must find plenty of such texts before the switch, so it cannot pass by seeing nothing.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QStyleFactory,
    QTabWidget,
    QWidget,
)

from e2e.conftest import WAIT_MS
from journey_widget import i18n
from journey_widget.app.session import GuiOptions
from journey_widget.settings import Theme
from journey_widget.ui.common import palettes
from journey_widget.ui.common.palettes import apply_theme

TRANSLATIONS = Path(__file__).resolve().parents[2] / "translations"
CUSTOMER = "C000002"


def translated_sources(lang: str) -> set[str]:
    """English sources whose ``lang`` translation is a different text (plurals aside)."""
    root = ET.parse(TRANSLATIONS / f"journey_widget_{lang}.ts").getroot()
    sources = set()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if message.get("numerus") == "yes" or translation is None:
            continue
        if (translation.text or "").strip() and translation.text != source:
            sources.add(source)
    return sources


def _plain(text: str) -> str:
    text = re.sub(r"<[^>]+>", "", text)  # rich-text labels
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def visible_texts(windows: list[QWidget]) -> set[str]:
    texts: set[str] = set()
    for window in windows:
        texts.add(window.windowTitle())
        for widget in [window, *window.findChildren(QWidget)]:
            if not widget.isVisible():
                continue
            if isinstance(widget, (QLabel, QAbstractButton)):
                texts.add(widget.text())
            elif isinstance(widget, QLineEdit):
                texts.add(widget.placeholderText())
            elif isinstance(widget, QComboBox):
                texts.update(widget.itemText(i) for i in range(widget.count()))
            elif isinstance(widget, QGroupBox):
                texts.add(widget.title())
            elif isinstance(widget, QTabWidget):
                texts.update(widget.tabText(i) for i in range(widget.count()))
    if windows:
        texts.update(action.text() for action in windows[0].menu.actions())
    return {_plain(t) for t in texts if t and _plain(t)}


def data_texts(journey) -> set[str]:
    """What the back end wrote (a service called "Sales" is data, not the category label)."""
    texts: set[str] = {journey.customer.name or ""}
    for item in journey.interactions:
        texts.update(filter(None, (item.campaign, item.outcome, *item.agents)))
        for segment in item.segments:
            texts.update(filter(None, (segment.service, segment.queue, segment.agent)))
    return texts


@pytest.fixture
def back_to_english(qapp):
    """English again, and the application's style and palette as they were (later tests
    compare against the platform's look)."""
    style, palette = palettes.style_name(qapp), QPalette(qapp.palette())
    yield
    i18n.switch_language(qapp, "en")
    qapp.setStyle(QStyleFactory.create(style))
    qapp.setPalette(palette)


@pytest.mark.parametrize("lang", ["de", "id"])
def test_switching_with_three_windows_open_leaves_no_english(
    qtbot, qapp, session_for, demo_store: Path, back_to_english, lang: str
) -> None:
    session = session_for(GuiOptions(store=demo_store))
    window = session.window
    with qtbot.waitSignal(window.journey_shown, timeout=WAIT_MS) as shown:
        window.lookup(CUSTOMER)
    journey = shown.args[0]
    window.journey_page.open_detail(window.journey_page.shown[0])
    report = session._report.open_on(CUSTOMER)
    qtbot.waitUntil(lambda: report.history_model.rowCount() > 0, timeout=WAIT_MS)
    operations = session._operations.on_open()
    with qtbot.waitSignal(operations.history_shown, timeout=WAIT_MS):
        operations.open_customer(journey)
    windows = [window, window.journey_page.popup, report, operations]
    assert all(w.isVisible() for w in windows)

    english_ui = translated_sources(lang) - data_texts(journey)
    before = visible_texts(windows) & english_ui
    assert len(before) > 20, before  # the detector sees the English UI

    i18n.switch_language(qapp, lang)
    apply_theme(qapp, Theme.DARK)
    QApplication.processEvents()
    after = visible_texts(windows)
    assert sorted(after & english_ui) == []
    assert all(w.isVisible() for w in windows)
    assert QApplication.palette().window().color().lightness() < 128  # the dark theme is on
