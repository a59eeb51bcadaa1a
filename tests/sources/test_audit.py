"""The audit log: one fsync'd JSON line per action, appended, never rewritten."""

from __future__ import annotations

import json
import os
import stat
from datetime import UTC, datetime

import pytest

from journey_widget.sources.audit import AuditAction, AuditLog, default_audit_path
from journey_widget.sources.base import StoreError

NOW = datetime(2026, 11, 23, 11, 2, 3, 123456, tzinfo=UTC)


def test_an_entry_says_who_when_what_and_which_customer(tmp_path):
    log = AuditLog(tmp_path / "audit.jsonl", clock=lambda: NOW)
    log.append("anna", AuditAction.ANONYMISE, "C000001", {"interactions": 12})
    line = (tmp_path / "audit.jsonl").read_text(encoding="utf-8")
    assert line.endswith("\n") and line.count("\n") == 1
    assert json.loads(line) == {
        "at": "2026-11-23T11:02:03.123456+00:00",
        "user": "anna",
        "action": "anonymise",
        "customer_id": "C000001",
        "detail": {"interactions": 12},
    }


def test_entries_are_appended_and_read_back_in_order(tmp_path):
    path = tmp_path / "audit.jsonl"
    AuditLog(path, clock=lambda: NOW).append("anna", AuditAction.EXPORT_CUSTOMER, "C1")
    AuditLog(path, clock=lambda: NOW).append("budi", AuditAction.ANONYMISE, "C2")
    entries = list(AuditLog(path).entries())
    assert [(e.user, e.action, e.customer_id) for e in entries] == [
        ("anna", AuditAction.EXPORT_CUSTOMER, "C1"),
        ("budi", AuditAction.ANONYMISE, "C2"),
    ]
    assert entries[0].at == NOW


def test_a_damaged_line_is_skipped_not_fatal(tmp_path):
    path = tmp_path / "audit.jsonl"
    path.write_text('{"at": "yesterday"}\nnot json\n', encoding="utf-8")
    AuditLog(path, clock=lambda: NOW).append("anna", AuditAction.ANONYMISE, "C1")
    assert [e.customer_id for e in AuditLog(path).entries()] == ["C1"]
    assert path.read_text(encoding="utf-8").startswith('{"at": "yesterday"}\nnot json\n')


def test_the_log_is_private_to_the_user(tmp_path):
    path = tmp_path / "sub" / "audit.jsonl"
    AuditLog(path).append("anna", AuditAction.ANONYMISE, "C1")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes anywhere")
def test_an_unwritable_log_is_one_sentence(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    with pytest.raises(StoreError, match=r"^Cannot write the audit log .*audit.jsonl: "):
        AuditLog(folder / "audit.jsonl").append("anna", AuditAction.ANONYMISE, "C1")


def test_a_folder_in_the_way_is_one_sentence(tmp_path):
    (tmp_path / "audit.jsonl").mkdir()
    with pytest.raises(StoreError, match="Cannot write the audit log"):
        AuditLog(tmp_path / "audit.jsonl").append("anna", AuditAction.ANONYMISE, "C1")


def test_the_default_log_lives_in_the_data_folder(tmp_path):
    assert default_audit_path().name == "audit.jsonl"
    assert str(default_audit_path()).startswith(os.environ["XDG_DATA_HOME"])
