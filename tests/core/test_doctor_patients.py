"""A doctor's patient list and chart; records access limited to their own patients — both backends."""

from __future__ import annotations

from datetime import time

import pytest
from sqlalchemy import select

from medlink.db.models import AppointmentStatus, AuditLog
from medlink.errors import DoctorNotVerified, PermissionDenied
from medlink.scheduling import WorkingRange
from medlink.services import appointments, doctor_patients, doctors, records

def _png() -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 30, 30)).save(out, format="PNG")
    return out.getvalue()


def test_my_patients_lists_only_own_patients_and_searches(clinic, db):
    doctor, other = clinic.doctor(), clinic.doctor()
    ravi, priya, stranger = clinic.patient("Ravi Kumar"), clinic.patient("Priya Sharma"), clinic.patient("Sam Else")
    first = clinic.booking(ravi, doctor)
    appointments.set_outcome(db, actor=doctor, appointment_id=first.id, status=AppointmentStatus.COMPLETED,
        now=first.ends_at)
    clinic.booking(ravi, doctor, days_ahead=2)
    clinic.booking(priya, doctor, days_ahead=3)
    clinic.booking(stranger, other)
    rows = doctor_patients.my_patients(db, actor=doctor)
    assert sorted(r.full_name for r in rows) == ["Priya Sharma", "Ravi Kumar"]
    ravi_row = next(r for r in rows if r.full_name == "Ravi Kumar")
    assert ravi_row.visits == 1 and ravi_row.age is not None and ravi_row.next_visit is not None
    assert ravi_row.next_visit.tzinfo is not None
    assert [r.full_name for r in doctor_patients.my_patients(db, actor=doctor, text="pri")] == ["Priya Sharma"]
    assert doctor_patients.my_patients(db, actor=doctor, text="Sam") == []
    with pytest.raises(PermissionDenied):
        doctor_patients.my_patients(db, actor=ravi)
    with db.read() as s:
        assert s.scalar(select(AuditLog.id).where(AuditLog.action == "doctor.list_patients")) is not None


def test_unverified_doctor_has_no_patients(clinic, db):
    pending = clinic.doctor(verified=False)
    with pytest.raises(DoctorNotVerified):
        doctor_patients.my_patients(db, actor=pending)


def test_doctor_cannot_open_records_of_a_patient_who_never_booked(clinic, db, records_dir):
    doctor, other = clinic.doctor(), clinic.doctor()
    patient = clinic.patient()
    record = records.upload_record(db, actor=patient, records_dir=records_dir, patient_id=patient.patient_id,
                                   title="Chest X-ray", record_type="imaging",
                                   record_date=__import__("datetime").date(2025, 1, 5), filename="xray.png",
                                   data=_png())
    clinic.booking(patient, other)  # booked with another doctor only
    with pytest.raises(PermissionDenied):
        records.list_records(db, actor=doctor, patient_id=patient.patient_id)
    with pytest.raises(PermissionDenied):
        records.read_record(db, actor=doctor, records_dir=records_dir, record_id=record.id)
    with pytest.raises(PermissionDenied):
        doctor_patients.patient_chart(db, actor=doctor, patient_id=patient.patient_id)
    # the treating doctor can, and the view is audit-logged
    chart = doctor_patients.patient_chart(db, actor=other, patient_id=patient.patient_id)
    assert [r.title for r in chart.records] == ["Chest X-ray"]
    assert len(chart.appointments) == 1 and chart.bills == [] and chart.prescriptions == []
    view, data = records.read_record(db, actor=other, records_dir=records_dir, record_id=record.id)
    assert data == _png() and view.is_image
    with db.read() as s:
        rows = s.execute(select(AuditLog.action, AuditLog.detail).where(
            AuditLog.actor_user_id == other.user_id, AuditLog.patient_id == patient.patient_id)
            .order_by(AuditLog.id)).all()
    # opening the chart is one row saying what it showed; opening the file is its own row
    assert [r.action for r in rows] == ["patient.chart", "record.view"]
    assert "appointments=1 records=1 bills=0 prescriptions=0" in rows[0].detail


def test_chart_shows_only_this_doctors_appointments(clinic, db):
    doctor, other = clinic.doctor(), clinic.doctor()
    patient = clinic.patient()
    mine = clinic.booking(patient, doctor)
    clinic.booking(patient, other, days_ahead=2)
    chart = doctor_patients.patient_chart(db, actor=doctor, patient_id=patient.patient_id)
    assert [a.id for a in chart.appointments] == [mine.id]


def test_availability_edit_reports_orphaned_bookings(clinic, db):
    doctor = clinic.doctor(hours=(time(9, 0), time(20, 0)))
    patient = clinic.patient()
    appt = clinic.booking(patient, doctor)  # the first free slot tomorrow: 09:00
    local = appt.starts_at.astimezone(__import__("zoneinfo").ZoneInfo("Asia/Kolkata"))
    assert local.time() == time(9, 0)
    # new hours: afternoons only — the 09:00 booking no longer fits, but is kept and reported
    affected = doctors.set_availability(db, actor=doctor, slot_minutes=20,
                                        ranges=[WorkingRange(d, time(14, 0), time(18, 0)) for d in range(7)])
    assert [a.id for a in affected] == [appt.id]
    assert appointments.get_appointment(db, actor=doctor, appointment_id=appt.id).status == "booked"
    # hours that still cover it report nothing
    affected = doctors.set_availability(db, actor=doctor, slot_minutes=15,
                                        ranges=[WorkingRange(d, time(9, 0), time(13, 0)) for d in range(7)])
    assert affected == []
