"""``journey-widget anonymize CUSTOMER --yes`` and ``export --session``: checked, audited."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from journey_widget.cli.main import main
from journey_widget.settings import AccessSettings, Settings, SettingsFile
from journey_widget.sources.audit import AuditLog
from journey_widget.sources.local.store import open_store

ANCHOR = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)


@pytest.fixture
def store(make_demo_store) -> Path:
    return make_demo_store(12, 3, ANCHOR, name="s.sqlite")


def _first(store: Path):
    with open_store(store, create=False) as opened:
        return opened.journey("C000001")


def _role(role: str, **more) -> None:
    SettingsFile().save(Settings(access=AccessSettings(role=role, **more)))


def test_without_yes_it_refuses_with_a_sentence_and_changes_nothing(store, capsys):
    before = _first(store)
    assert main(["anonymize", "C000001", "--store", str(store)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("journey-widget: Anonymising C000001 erases their numbers")
    assert "--yes" in err and "Traceback" not in err
    assert _first(store) == before


def test_with_yes_the_customer_is_anonymised_and_audited(store, capsys):
    before = _first(store)
    phone = before.customer.primary_phone
    assert main(["anonymize", phone, "--yes", "--store", str(store)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Anonymised C000001: ") and "kept as anonymous statistics" in out
    after = _first(store)
    assert after.customer.name is None and after.customer.identifiers == ()
    assert len(after.interactions) == len(before.interactions)
    assert main(["search", before.customer.name, "--store", str(store)]) == 1
    companions = [store, store.with_name("s.sqlite-wal"), store.with_name("s.sqlite-shm")]
    data = b"".join(p.read_bytes() for p in companions if p.exists())
    assert phone.encode() not in data and before.customer.name.encode() not in data
    (entry,) = AuditLog().entries()
    assert (entry.action.value, entry.customer_id) == ("anonymise", "C000001")


def test_the_british_spelling_works_too(store):
    assert main(["anonymise", "C000002", "--yes", "--store", str(store)]) == 0


def test_an_unknown_customer_is_exit_1(store, capsys):
    assert main(["anonymize", "C999999", "--yes", "--store", str(store)]) == 1
    assert "no customer C999999" in capsys.readouterr().err


@pytest.mark.parametrize("role", ["agent", "supervisor"])
def test_roles_without_the_permission_are_refused(store, capsys, role):
    _role(role)
    assert main(["anonymize", "C000001", "--yes", "--store", str(store)]) == 2
    assert main(["export", "C000001", "--out", "-", "--store", str(store)]) == 2
    err = capsys.readouterr().err
    assert "is not allowed to anonymise customers." in err
    assert "is not allowed to export customer data." in err
    assert _first(store).customer.name is not None


def test_a_bad_role_in_the_settings_is_a_sentence(store, capsys):
    _role("boss")
    assert main(["anonymize", "C000001", "--yes", "--store", str(store)]) == 2
    assert "“boss” is not a role" in capsys.readouterr().err


def test_export_of_one_session_trace(store, tmp_path, capsys):
    session = _first(store).interactions[-1].id
    out = tmp_path / "trace.json"
    assert (
        main(["export", "C000001", "--session", session, "--out", str(out), "--store", str(store)])
        == 0
    )
    trace = json.loads(out.read_text(encoding="utf-8"))
    assert trace["format"] == "journey-widget session trace"
    assert trace["interaction"]["id"] == session
    assert (
        main(["export", "C000001", "--session", "nope", "--out", str(out), "--store", str(store)])
        == 1
    )
    assert [e.action.value for e in AuditLog().entries()] == ["export_session"]


def test_export_honours_the_privacy_setting(store, tmp_path):
    SettingsFile().save(
        Settings(
            access=AccessSettings(
                permissions=("view_journey", "export"), obfuscate_identifiers=True
            )
        )
    )
    customer = _first(store).customer
    out = tmp_path / "c.jsonl"
    assert main(["export", "C000001", "--out", str(out), "--store", str(store)]) == 0
    text = out.read_text(encoding="utf-8")
    assert customer.name not in text and customer.primary_phone not in text
    assert "•" in text
