"""The cheap change check behind self-refreshing lists (both back-ends)."""

from __future__ import annotations

from sqlalchemy import func, insert, select

from medlink.db.models import AuditLog
from medlink.services import audit
from medlink.services.changes import ChangeTracker, topic_of


def test_topics_of_actions() -> None:
    assert topic_of("appointment.check_in") == "appointment"
    assert topic_of("front_desk.cancel_day") == "appointment"
    assert topic_of("bill.payment") == "bill"
    assert topic_of("record.view") is None and topic_of("doctor.list_patients") is None
    assert topic_of("auth.login") is None


def test_tracker_reports_each_change_once(db, clinic) -> None:
    tracker = ChangeTracker()
    audit.record_separately(db, clinic.admin, "bill.issue", entity="bill", entity_id=1)
    assert tracker.poll(db) == frozenset()  # the first look only remembers where the log is
    assert tracker.poll(db) == frozenset()
    audit.record_separately(db, clinic.admin, "appointment.check_in", entity="appointment", entity_id=7)
    audit.record_separately(db, clinic.admin, "patient.view", entity="patient", entity_id=3)
    audit.record_separately(db, clinic.admin, "patient.update", entity="patient", entity_id=3)
    assert tracker.poll(db) == frozenset({"appointment", "patient"})
    assert tracker.poll(db) == frozenset()


def test_a_late_commit_with_a_lower_id_is_not_missed(db, clinic) -> None:
    """Ids are not committed in order: the higher one may become visible first."""
    audit.record_separately(db, clinic.admin, "user.create", entity="user", entity_id=1)
    tracker = ChangeTracker()
    tracker.poll(db)
    with db.read() as s:
        newest = s.scalar(select(func.max(AuditLog.id)))
    with db.transaction() as s:  # the transaction that took id newest+10 commits first …
        s.execute(insert(AuditLog).values(id=newest + 10, actor_label="desk 2", action="bill.issue"))
    assert tracker.poll(db) == frozenset({"bill"})
    with db.transaction() as s:  # … the one holding newest+5 commits afterwards
        s.execute(insert(AuditLog).values(id=newest + 5, actor_label="desk 3", action="appointment.book"))
    assert tracker.poll(db) == frozenset({"appointment"})
    assert tracker.poll(db) == frozenset()


def test_long_work_stops_at_its_cancel_token(db, clinic, records_dir, tmp_path) -> None:
    """Backups and exports check the token of the work running on their thread."""
    import pytest

    from medlink import maintenance
    from medlink.cancellation import CancelToken, OperationCancelled, running_with

    token = CancelToken()
    token.cancel("signed out")
    target = tmp_path / "backup.zip"
    with running_with(token), pytest.raises(OperationCancelled):
        maintenance.backup(db, records_dir, target)
    assert not target.exists() and list(tmp_path.glob(".backup.zip*")) == []
    assert maintenance.backup(db, records_dir, target).path == target  # without a token it runs


def test_tokens_cancel_their_children() -> None:
    from medlink.cancellation import CancelToken

    root = CancelToken()
    window = root.child()
    other = root.child()
    window.cancel("window closed")
    assert window.cancelled and not root.cancelled and not other.cancelled
    root.cancel("closing")
    assert other.cancelled and other.reason == "closing"
    assert root.child().cancelled  # a child of a cancelled token starts cancelled


def test_every_disclosure_is_a_read_not_a_change() -> None:
    """A list's own load writes a disclosure row; taken for a change, it would reload every
    list that watches its topic on every check, for ever.  Every ``record_disclosure`` action
    in the code (found by reading the source, so a new one cannot be forgotten) is a read."""
    import re
    from pathlib import Path

    import medlink

    source = "\n".join(p.read_text(encoding="utf-8") for p in Path(medlink.__file__).parent.rglob("*.py"))
    actions = set(re.findall(r'record_disclosure\(\s*\w+,\s*\w+,\s*"([a-z_]+\.[a-z_]+)"', source))
    assert {"appointment.queue", "appointment.schedule", "patient.search", "record.list"} <= actions
    assert {action: topic_of(action) for action in actions if topic_of(action) is not None} == {}
    for printed in ("bill.print", "prescription.print", "appointment.print_slip"):
        assert topic_of(printed) is None
    assert topic_of("queue.call") == "queue" and topic_of("doctor.follow_up_rule") == "doctor"


def test_an_upload_stops_at_its_cancel_token_and_saves_nothing(db, clinic, records_dir, tmp_path) -> None:
    """Signing out during an upload: no record row, no file left in the records folder."""
    from datetime import date

    import pytest

    from medlink.cancellation import CancelToken, OperationCancelled, running_with
    from medlink.db.models import MedicalRecord
    from medlink.services import records

    patient = clinic.patient("Asha Verma")
    source = tmp_path / "scan.pdf"
    source.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
    token = CancelToken()
    token.cancel("signed out")
    with running_with(token), pytest.raises(OperationCancelled):
        records.upload_record(db, actor=patient, records_dir=records_dir, patient_id=patient.patient_id,
                              title="Scan", record_type="lab_report", record_date=date(2026, 1, 5),
                              filename=None, source=source)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(MedicalRecord)) == 0
    assert [p for p in records_dir.rglob("*") if p.is_file()] == []
