"""German and Indonesian are complete: every tr() literal of the code is in both .ts files,
translated, and the compiled .qm files are installed with the package (SPEC G1). English has
a catalogue of its %n messages only, with their singular and plural forms."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from importlib import resources
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("de", "id")
ALL_CATALOGUES = (*LANGUAGES, "en")


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(ts)
    return {
        (context.findtext("name"), message.findtext("source")): message
        for context in tree.getroot().iter("context")
        for message in context.iter("message")
    }


@pytest.fixture(scope="module")
def fresh_ts(tmp_path_factory) -> dict[str, Path]:
    """lupdate run over the code into copies of the .ts files: what the code asks for now."""
    lupdate = shutil.which("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    folder = tmp_path_factory.mktemp("ts")
    sources = sorted(str(p) for p in (ROOT / "src" / "journey_widget").rglob("*.py"))
    copies = {}
    for lang in LANGUAGES:
        copy = folder / f"journey_widget_{lang}.ts"
        shutil.copy(ROOT / "translations" / copy.name, copy)
        subprocess.run(
            [lupdate, "-silent", "-locations", "none", *sources, "-ts", str(copy)], check=True
        )
        copies[lang] = copy
    return copies


@pytest.fixture(scope="module")
def fresh_en_ts(tmp_path_factory) -> Path:
    """lupdate -pluralonly over the code into a copy of the English file (as the script does)."""
    lupdate = shutil.which("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    copy = tmp_path_factory.mktemp("ts_en") / "journey_widget_en.ts"
    shutil.copy(ROOT / "translations" / copy.name, copy)
    sources = sorted(str(p) for p in (ROOT / "src" / "journey_widget").rglob("*.py"))
    subprocess.run(
        [lupdate, "-silent", "-locations", "none", "-pluralonly", *sources, "-ts", str(copy)],
        check=True,
    )
    return copy


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_string_of_the_code_is_translated(fresh_ts: dict[str, Path], lang: str) -> None:
    committed = _messages(ROOT / "translations" / f"journey_widget_{lang}.ts")
    missing, unfinished = [], []
    for key, message in _messages(fresh_ts[lang]).items():
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "unfinished"
        if kind == "vanished" or kind == "obsolete":
            continue
        if key not in committed:
            missing.append(key)
        elif kind == "unfinished" or not _has_text(translation):
            unfinished.append(key)
    assert not missing, f"not in the {lang} .ts file (run scripts/update-translations.sh)"
    assert not unfinished, f"untranslated in {lang}: {unfinished[:10]}"


def test_every_numerus_message_has_its_english_forms(fresh_en_ts: Path) -> None:
    committed = _messages(ROOT / "translations" / "journey_widget_en.ts")
    wanted = {
        key: message
        for key, message in _messages(fresh_en_ts).items()
        if message.get("numerus") == "yes"
        and (
            message.find("translation") is None
            or message.find("translation").get("type") not in ("vanished", "obsolete")
        )
    }
    assert wanted, "the code has messages with %n"
    missing = [key for key in wanted if key not in committed]
    assert not missing, "not in the en .ts file (run scripts/update-translations.sh)"
    unfilled = []
    for key in wanted:
        translation = committed[key].find("translation")
        forms = translation.findall("numerusform") if translation is not None else []
        if (
            translation is None
            or translation.get("type") == "unfinished"
            or len(forms) != 2
            or not _has_text(translation)
        ):
            unfilled.append(key)
    assert not unfilled, f"English singular/plural forms missing: {unfilled}"


def test_the_english_catalogue_holds_only_numerus_messages() -> None:
    messages = _messages(ROOT / "translations" / "journey_widget_en.ts")
    assert all(message.get("numerus") == "yes" for message in messages.values())


@pytest.mark.parametrize("lang", ALL_CATALOGUES)
def test_no_obsolete_entries(lang: str) -> None:
    text = (ROOT / "translations" / f"journey_widget_{lang}.ts").read_text(encoding="utf-8")
    assert 'type="vanished"' not in text and 'type="obsolete"' not in text


@pytest.mark.parametrize("lang", ALL_CATALOGUES)
def test_compiled_translations_are_installed(lang: str) -> None:
    qm = resources.files("journey_widget") / "translations" / f"journey_widget_{lang}.qm"
    assert qm.is_file(), "the .qm files are built by the package's build step (setup.py)"


def _has_text(translation: ET.Element | None) -> bool:
    if translation is None:
        return False
    forms = translation.findall("numerusform")
    if forms:
        return all((f.text or "").strip() for f in forms)
    return bool((translation.text or "").strip())
