"""Lists refresh themselves: local changes at once, other workstations' changes within seconds."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from medlink.db.models import AuditLog
from medlink.services import appointments
from medlink.ui import operations
from medlink.ui.operations import ChangeWatcher

IST = ZoneInfo("Asia/Kolkata")


def _book_today(clinic, db, doctor=None):  # type: ignore[no-untyped-def]
    doctor, patient = doctor or clinic.doctor("Dr. Live"), clinic.patient("Ritu Sharma")
    today = datetime.now(IST).date()
    slots = [s for s in clinic.next_slots(doctor, 1, days_ahead=0) if s.astimezone(IST).date() == today]
    if not slots:
        pytest.skip("no free slot left today (test run just before midnight)")
    appt = appointments.book_appointment(db, actor=clinic.staff(), patient_id=patient.patient_id,
                                         doctor_id=doctor.doctor_id, starts_at=slots[0])
    return patient, appt


def test_front_desk_queue_shows_a_kiosk_check_in_without_refresh(clinic, db, open_window, qtbot):
    patient, appt = _book_today(clinic, db)
    window = open_window(clinic.staff())
    page = window.show_page("queue")
    assert [a.status for a in page.model.rows] == ["booked"]
    watcher = window.start_change_watch(interval_ms=100)
    assert isinstance(watcher, ChangeWatcher)
    # The patient checks in at the waiting-room kiosk: another program on the same database.
    appointments.check_in(db, actor=patient, appointment_id=appt.id)
    qtbot.waitUntil(lambda: [a.status for a in page.model.rows] == ["checked_in"], timeout=5_000)
    assert "1 arrived" in page.summary.text()


def test_a_read_does_not_reload_the_queue(clinic, db, open_window, qtbot, monkeypatch):
    _patient, _appt = _book_today(clinic, db)
    window = open_window(clinic.staff())
    page = window.show_page("queue")
    reloads: list[int] = []
    original = page._loaded
    monkeypatch.setattr(page, "_loaded", lambda rows: (reloads.append(len(rows)), original(rows)))
    watcher = window.start_change_watch(interval_ms=50)
    from medlink.services import audit

    audit.record_separately(db, clinic.admin, "patient.view", entity="patient", entity_id=1)
    qtbot.wait(400)
    assert reloads == []  # looking at a record is not a change
    watcher.check_now()
    assert reloads == []


def test_a_local_command_announces_its_change(clinic, db, open_window, qtbot):
    """The queue's own check-in reloads other open pages that watch appointments (no timer involved)."""
    _patient, appt = _book_today(clinic, db)
    window = open_window(clinic.staff())
    page = window.show_page("queue")
    heard: list[frozenset[str]] = []
    operations.data_events().changed.connect(heard.append)
    try:
        page.table.selectRow(0)
        page.check_in()
        assert frozenset({"appointment"}) in heard
        assert [a.status for a in page.model.rows] == ["checked_in"]
    finally:
        operations.data_events().changed.disconnect(heard.append)
    with db.read() as s:
        assert s.scalar(select(AuditLog.action).where(AuditLog.entity_id == appt.id)
                        .order_by(AuditLog.id.desc()).limit(1)) == "appointment.check_in"


def test_doctors_day_shows_a_front_desk_check_in_and_keeps_the_notes_being_typed(clinic, db, make_ctx, qtbot,
                                                                                 monkeypatch):
    from medlink.ui.doctor.window import DoctorWindow

    doctor = clinic.doctor("Dr. Live")
    _patient, appt = _book_today(clinic, db, doctor)
    window = DoctorWindow(make_ctx(doctor), doctor)
    qtbot.waitUntil(lambda: window.first_page_shown)  # built on the next turn
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    page = window.show_page("appointments")
    assert [a.status for a in page.today_model.rows] == ["booked"]
    assert page.select_id(appt.id)
    page.details.notes.setFocus()
    qtbot.keyClicks(page.details.notes, "Fever for 3 days")
    loads: list[int] = []
    original = page._loaded
    monkeypatch.setattr(page, "_loaded", lambda result: (loads.append(1), original(result)))
    window.start_change_watch(interval_ms=100)
    appointments.check_in(db, actor=clinic.staff(), appointment_id=appt.id)  # at the front desk
    qtbot.waitUntil(lambda: [a.status for a in page.today_model.rows] == ["checked_in"], timeout=5_000)
    assert "checked in" in page.details.status.text().lower()
    assert page.details.notes.toPlainText() == "Fever for 3 days"  # the doctor's typing survives the reload
    settled = len(loads)
    qtbot.wait(600)  # several checks: the page's own loads (audited as looks) do not reload it again
    assert len(loads) == settled == 1
