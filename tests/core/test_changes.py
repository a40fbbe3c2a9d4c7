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
