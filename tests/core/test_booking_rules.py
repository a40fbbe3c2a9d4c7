"""Booking rules and the double-booking guarantee, on SQLite and MariaDB."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from medlink.db.models import Appointment, AuditLog, OutboxMessage
from medlink.errors import PermissionDenied, SlotTaken, ValidationError
from medlink.services import appointments, doctors


def test_book_lists_and_notifies(clinic, db):
    patient, doctor = clinic.patient(), clinic.doctor()
    appt = clinic.booking(patient, doctor)
    assert appt.status == "booked" and appt.ends_at - appt.starts_at == timedelta(minutes=15)
    upcoming = appointments.patient_appointments(db, actor=patient, patient_id=patient.patient_id, upcoming=True)
    assert [a.id for a in upcoming] == [appt.id]
    with db.read() as s:
        kinds = sorted(s.scalars(select(OutboxMessage.kind).where(OutboxMessage.appointment_id == appt.id)))
        assert kinds == ["appointment_booked", "doctor_notice"]
        assert s.scalar(select(AuditLog.id).where(AuditLog.action == "appointment.book")) is not None


def test_same_slot_twice_is_refused(clinic, db):
    doctor = clinic.doctor()
    a, b = clinic.patient(), clinic.patient()
    slot = clinic.next_slots(doctor, 1)[0]
    appointments.book_appointment(db, actor=a, patient_id=a.patient_id, doctor_id=doctor.doctor_id, starts_at=slot)
    with pytest.raises(SlotTaken):
        appointments.book_appointment(db, actor=b, patient_id=b.patient_id, doctor_id=doctor.doctor_id, starts_at=slot)


def test_cancelled_appointment_frees_the_slot(clinic, db):
    doctor = clinic.doctor()
    a, b = clinic.patient(), clinic.patient()
    slot = clinic.next_slots(doctor, 1)[0]
    first = appointments.book_appointment(db, actor=a, patient_id=a.patient_id, doctor_id=doctor.doctor_id, starts_at=slot)
    appointments.cancel_appointment(db, actor=a, appointment_id=first.id)
    second = appointments.book_appointment(db, actor=b, patient_id=b.patient_id, doctor_id=doctor.doctor_id, starts_at=slot)
    assert second.starts_at == slot
    assert slot not in doctors.free_slots_for(db, doctor_id=doctor.doctor_id, first_day=slot.date() - timedelta(days=1), days=3)


def test_rejects_past_time_outside_hours_unverified_and_overlap(clinic, db):
    from datetime import time

    patient = clinic.patient()
    doctor = clinic.doctor(hours=(time(9), time(12)))
    pending = clinic.doctor(verified=False)
    slots = clinic.next_slots(doctor, 2)
    with pytest.raises(ValidationError, match="already passed"):
        appointments.book_appointment(db, actor=patient, patient_id=patient.patient_id, doctor_id=doctor.doctor_id,
                                      starts_at=datetime.now(timezone.utc) - timedelta(hours=1))
    with pytest.raises(ValidationError, match="does not see patients"):
        appointments.book_appointment(db, actor=patient, patient_id=patient.patient_id, doctor_id=doctor.doctor_id,
                                      starts_at=slots[0] + timedelta(minutes=7))
    with pytest.raises(ValidationError, match="not available"):
        appointments.book_appointment(db, actor=patient, patient_id=patient.patient_id, doctor_id=pending.doctor_id,
                                      starts_at=slots[0])
    other = clinic.doctor(hours=(time(9), time(12)))
    appointments.book_appointment(db, actor=patient, patient_id=patient.patient_id, doctor_id=doctor.doctor_id,
                                  starts_at=slots[0])
    with pytest.raises(ValidationError, match="already have an appointment"):
        appointments.book_appointment(db, actor=patient, patient_id=patient.patient_id, doctor_id=other.doctor_id,
                                      starts_at=slots[0])


def test_patient_cannot_book_for_someone_else(clinic, db):
    a, b, doctor = clinic.patient(), clinic.patient(), clinic.doctor()
    with pytest.raises(PermissionDenied):
        appointments.book_appointment(db, actor=a, patient_id=b.patient_id, doctor_id=doctor.doctor_id,
                                      starts_at=clinic.next_slots(doctor, 1)[0])


def test_reschedule_is_atomic(clinic, db):
    doctor = clinic.doctor()
    a, b = clinic.patient(), clinic.patient()
    s1, s2 = clinic.next_slots(doctor, 2)
    mine = appointments.book_appointment(db, actor=a, patient_id=a.patient_id, doctor_id=doctor.doctor_id, starts_at=s1)
    appointments.book_appointment(db, actor=b, patient_id=b.patient_id, doctor_id=doctor.doctor_id, starts_at=s2)
    with pytest.raises(SlotTaken):
        appointments.reschedule_appointment(db, actor=a, appointment_id=mine.id, new_starts_at=s2)
    still = appointments.get_appointment(db, actor=a, appointment_id=mine.id)
    assert still.starts_at == s1 and still.status == "booked"
    s3 = clinic.next_slots(doctor, 3)[0]
    moved = appointments.reschedule_appointment(db, actor=a, appointment_id=mine.id, new_starts_at=s3)
    assert moved.starts_at == s3
    # the old slot is free again
    assert s1 in doctors.free_slots_for(db, doctor_id=doctor.doctor_id, first_day=s1.date() - timedelta(days=1), days=3)


def test_two_workstations_race_for_one_slot(clinic, db):
    """Two connections book the same slot at the same moment: exactly one wins."""
    doctor = clinic.doctor()
    racers = [clinic.patient(), clinic.patient()]
    slot = clinic.next_slots(doctor, 1)[0]
    barrier = threading.Barrier(2)
    outcomes: list[object] = []

    def attempt(patient):  # type: ignore[no-untyped-def]
        barrier.wait()
        try:
            outcomes.append(appointments.book_appointment(db, actor=patient, patient_id=patient.patient_id,
                                                          doctor_id=doctor.doctor_id, starts_at=slot))
        except SlotTaken as exc:
            outcomes.append(exc)

    threads = [threading.Thread(target=attempt, args=(p,)) for p in racers]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert sorted(type(o).__name__ for o in outcomes) == ["AppointmentView", "SlotTaken"]
    assert "just taken" in next(o for o in outcomes if isinstance(o, SlotTaken)).message
    with db.read() as s:
        rows = s.scalars(select(Appointment).where(Appointment.doctor_id == doctor.doctor_id)).all()
        assert len(rows) == 1


def test_cancelled_and_completed_visits_are_not_upcoming(clinic, db):
    patient, doctor = clinic.patient(), clinic.doctor()
    kept = clinic.booking(patient, doctor, days_ahead=1)
    cancelled = clinic.booking(patient, doctor, days_ahead=2)
    completed = clinic.booking(patient, doctor, days_ahead=3)
    appointments.cancel_appointment(db, actor=patient, appointment_id=cancelled.id, reason="Travelling")
    with db.transaction() as s:
        s.get(Appointment, completed.id).status = "completed"
    upcoming = appointments.patient_appointments(db, actor=patient, patient_id=patient.patient_id, upcoming=True)
    past = appointments.patient_appointments(db, actor=patient, patient_id=patient.patient_id, upcoming=False)
    assert [a.id for a in upcoming] == [kept.id]
    assert sorted(a.id for a in past) == sorted([cancelled.id, completed.id])
