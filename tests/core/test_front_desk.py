"""Front desk: routing a doctor's day to a colleague, cancelling it, walk-ins and booking on behalf."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from medlink.db.models import Appointment, AuditLog, OutboxMessage
from medlink.errors import ValidationError
from medlink.services import appointments, front_desk, patients

IST = ZoneInfo("Asia/Kolkata")


def _at(day: date, hh: int, mm: int = 0) -> datetime:
    return datetime.combine(day, time(hh, mm), tzinfo=IST)


@pytest.fixture
def day() -> date:
    return datetime.now(IST).date() + timedelta(days=2)


def _book(db, actor, patient, doctor, when):  # type: ignore[no-untyped-def]
    return appointments.book_appointment(db, actor=actor, patient_id=patient.patient_id,
                                         doctor_id=doctor.doctor_id, starts_at=when)


def test_move_day_same_time_or_next_free_slot(clinic, db, day):
    staff = clinic.staff()
    absent = clinic.doctor("Dr. Absent General")
    cover = clinic.doctor("Dr. Cover General")
    p1, p2, p3, p4 = (clinic.patient(f"Patient {n}") for n in "ABCD")
    a1 = _book(db, staff, p1, absent, _at(day, 10, 0))
    a2 = _book(db, staff, p2, absent, _at(day, 10, 15))
    a3 = _book(db, staff, p3, absent, _at(day, 10, 30))
    _book(db, staff, p4, cover, _at(day, 10, 15))  # the colleague is busy at 10:15
    report = front_desk.move_doctor_day(db, actor=staff, doctor_id=absent.doctor_id, day=day,
                                        to_doctor_id=cover.doctor_id)
    assert report.failed == ()
    moved = {m.appointment_id: m for m in report.moved}
    assert moved[a1.id].new_starts_at == _at(day, 10, 0) and moved[a1.id].same_time
    assert moved[a2.id].new_starts_at == _at(day, 10, 30) and not moved[a2.id].same_time
    assert moved[a3.id].new_starts_at == _at(day, 10, 45)
    with db.read() as s:
        rows = {a.id: a for a in s.scalars(select(Appointment).where(Appointment.id.in_([a1.id, a2.id, a3.id])))}
        assert {a.doctor_id for a in rows.values()} == {cover.doctor_id}
        assert all(a.slot_claim == 1 and a.status == "booked" for a in rows.values())
        kinds = list(s.scalars(select(OutboxMessage.kind).where(OutboxMessage.appointment_id == a2.id)))
        assert "appointment_rescheduled" in kinds or len(kinds) > 2
        assert s.scalar(select(AuditLog.id).where(AuditLog.action == "front_desk.move_day")) is not None
    assert appointments.doctor_schedule(db, actor=staff, first_day=day, doctor_id=absent.doctor_id) == []


def test_move_day_reports_what_could_not_be_moved(clinic, db, day):
    staff = clinic.staff()
    absent = clinic.doctor("Dr. Absent General")
    cover = clinic.doctor("Dr. Short Hours", hours=(time(10), time(10, 30)))  # slots 10:00 and 10:15 only
    p1, p2, p3, p4 = (clinic.patient(f"Patient {n}") for n in "ABCD")
    a1 = _book(db, staff, p1, absent, _at(day, 10, 0))
    a2 = _book(db, staff, p2, absent, _at(day, 10, 15))
    a3 = _book(db, staff, p3, absent, _at(day, 11, 0))
    _book(db, staff, p4, cover, _at(day, 10, 15))
    report = front_desk.move_doctor_day(db, actor=staff, doctor_id=absent.doctor_id, day=day,
                                        to_doctor_id=cover.doctor_id)
    assert [m.appointment_id for m in report.moved] == [a1.id]
    failed = {f.appointment_id: f.reason for f in report.failed}
    assert set(failed) == {a2.id, a3.id}
    assert all(reason for reason in failed.values())
    # the failures did not undo the successful move, and the others stay with the absent doctor
    with db.read() as s:
        assert s.get(Appointment, a1.id).doctor_id == cover.doctor_id
        assert s.get(Appointment, a2.id).doctor_id == absent.doctor_id
        assert s.get(Appointment, a3.id).starts_at == _at(day, 11, 0)


def test_move_day_needs_same_speciality_and_staff(clinic, db, day):
    staff = clinic.staff()
    gp = clinic.doctor(speciality="General Physician")
    cardio = clinic.doctor(speciality="Cardiologist")
    with pytest.raises(ValidationError) as info:
        front_desk.move_doctor_day(db, actor=staff, doctor_id=gp.doctor_id, day=day, to_doctor_id=cardio.doctor_id)
    assert info.value.field == "to_doctor_id"
    with pytest.raises(ValidationError):
        front_desk.move_doctor_day(db, actor=staff, doctor_id=gp.doctor_id, day=day, to_doctor_id=gp.doctor_id)
    assert [d.id for d in front_desk.colleagues(db, actor=staff, doctor_id=gp.doctor_id)] == []


def test_route_single_appointment_to_colleague(clinic, db, day):
    staff = clinic.staff()
    absent, cover = clinic.doctor("Dr. One"), clinic.doctor("Dr. Two")
    patient = clinic.patient()
    appt = _book(db, staff, patient, absent, _at(day, 9))
    assert [d.id for d in front_desk.colleagues(db, actor=staff, doctor_id=absent.doctor_id)] == [cover.doctor_id]
    moved = appointments.reschedule_appointment(db, actor=staff, appointment_id=appt.id,
                                                new_starts_at=_at(day, 9), new_doctor_id=cover.doctor_id)
    assert moved.doctor_id == cover.doctor_id and moved.starts_at == _at(day, 9)


def test_cancel_day_notifies_every_patient(clinic, db, day):
    staff = clinic.staff()
    absent = clinic.doctor("Dr. Absent")
    other = clinic.doctor("Dr. Present")
    p1, p2 = clinic.patient(), clinic.patient()
    a1 = _book(db, staff, p1, absent, _at(day, 9))
    a2 = _book(db, staff, p2, absent, _at(day, 9, 30))
    kept = _book(db, staff, p1, other, _at(day, 11))
    with pytest.raises(ValidationError):
        front_desk.cancel_doctor_day(db, actor=staff, doctor_id=absent.doctor_id, day=day, reason="  ")
    outcomes = front_desk.cancel_doctor_day(db, actor=staff, doctor_id=absent.doctor_id, day=day,
                                            reason="Doctor is unwell")
    assert sorted(o.appointment_id for o in outcomes if o.cancelled) == sorted([a1.id, a2.id])
    with db.read() as s:
        assert {s.get(Appointment, i).status for i in (a1.id, a2.id)} == {"cancelled"}
        assert s.get(Appointment, kept.id).status == "booked"
        to = set(s.scalars(select(OutboxMessage.appointment_id).where(
            OutboxMessage.kind == "appointment_cancelled")))
        assert to == {a1.id, a2.id}


def test_walk_in_registration_and_booking_on_behalf(clinic, db, day):
    staff = clinic.staff()
    doctor = clinic.doctor()
    with pytest.raises(ValidationError) as info:
        patients.register_walk_in(db, actor=staff, form=patients.PatientForm(
            full_name="Walk In", date_of_birth=date(1970, 1, 1), gender="Male", phone="12345", address="Pune"))
    assert info.value.field == "phone"
    walk_in = patients.register_walk_in(db, actor=staff, form=patients.PatientForm(
        full_name="Walk In", date_of_birth=date(1970, 1, 1), gender="Male", phone="9876500000", address="Pune"))
    assert walk_in.email is None and walk_in.user_id is None
    assert [r.id for r in patients.search_patients(db, actor=staff, text="98765 00")] == [walk_in.id]
    appt = appointments.book_appointment(db, actor=staff, patient_id=walk_in.id, doctor_id=doctor.doctor_id,
                                         starts_at=_at(day, 12), reason="Back pain")
    listed = appointments.patient_appointments(db, actor=staff, patient_id=walk_in.id)
    assert [a.id for a in listed] == [appt.id]
