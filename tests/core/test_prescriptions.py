"""Prescriptions: who may write and read them, validation, the PDF — on SQLite and MariaDB."""

from __future__ import annotations

import io

from datetime import timedelta

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from medlink.db.models import AuditLog, Prescription, PrescriptionItem
from medlink.errors import DoctorNotVerified, PermissionDenied, ValidationError
from medlink.services import appointments, doctors, prescriptions
from medlink.services.prescriptions import PrescriptionItemInput

ITEMS = [
    PrescriptionItemInput("Paracetamol", "650 mg", "1 tablet", "1-1-1", "5 days", "After food"),
    PrescriptionItemInput("Cetirizine", "10 mg", "1 tablet", "0-0-1", "3 days", None),
]


def _pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_doctor_writes_prescription_with_pdf(clinic, db, records_dir):
    patient, doctor = clinic.patient("Kiran Rao"), clinic.doctor("Dr. Meera Rao")
    appt = clinic.booking(patient, doctor)
    local_day = appt.starts_at.date()
    view = prescriptions.write_prescription(
        db, actor=doctor, records_dir=records_dir, appointment_id=appt.id, items=ITEMS,
        lab_tests="Complete blood count\n\nDengue NS1", advice="Drink plenty of fluids.",
        follow_up_on=local_day + timedelta(days=7))
    assert [i.medicine for i in view.items] == ["Paracetamol", "Cetirizine"]
    assert view.lab_tests == ("Complete blood count", "Dengue NS1")
    assert view.number == f"RX-{view.id:06d}"
    assert view.pdf_path == f"{patient.patient_id}/prescriptions/{view.id}.pdf"
    pdf = records_dir / view.pdf_path
    assert pdf.read_bytes().startswith(b"MLR2")  # encrypted like an upload
    text = _pdf_text(prescriptions.prescription_pdf(db, actor=doctor, records_dir=records_dir,
                                                    prescription_id=view.id).data)
    for expected in ("Paracetamol", "650 mg", "Dengue NS1", "Drink plenty of fluids", "Kiran Rao", "Dr. Meera Rao",
                     view.number):
        assert expected in text
    with db.read() as s:
        row = s.get(Prescription, view.id)
        assert row is not None and row.patient_id == patient.patient_id and row.doctor_id == doctor.doctor_id
        assert s.scalar(select(AuditLog.id).where(AuditLog.action == "prescription.write",
                                                  AuditLog.entity_id == view.id)) is not None
    # the patient sees it, and can open the PDF
    mine = prescriptions.list_prescriptions(db, actor=patient, patient_id=patient.patient_id)
    assert [p.id for p in mine] == [view.id]
    mine_pdf = prescriptions.prescription_pdf(db, actor=patient, records_dir=records_dir, prescription_id=view.id)
    assert mine_pdf.file_name == f"{view.number}.pdf" and "Paracetamol" in _pdf_text(mine_pdf.data)


def test_missing_pdf_is_rendered_again(clinic, db, records_dir):
    patient, doctor = clinic.patient(), clinic.doctor()
    appt = clinic.booking(patient, doctor)
    view = prescriptions.write_prescription(db, actor=doctor, records_dir=records_dir, appointment_id=appt.id,
                                            items=ITEMS[:1])
    (records_dir / view.pdf_path).unlink()
    document = prescriptions.prescription_pdf(db, actor=doctor, records_dir=records_dir, prescription_id=view.id)
    assert "Paracetamol" in _pdf_text(document.data)
    assert (records_dir / view.pdf_path).read_bytes().startswith(b"MLR2")  # stored again, encrypted


def test_only_the_appointments_doctor_may_write(clinic, db, records_dir):
    patient, doctor, other = clinic.patient(), clinic.doctor(), clinic.doctor()
    appt = clinic.booking(patient, doctor)
    for actor in (other, patient, clinic.staff()):
        with pytest.raises(PermissionDenied):
            prescriptions.write_prescription(db, actor=actor, records_dir=records_dir, appointment_id=appt.id,
                                             items=ITEMS)
    with db.read() as s:
        assert s.scalar(select(Prescription.id)) is None
    assert not list(records_dir.rglob("*.pdf"))


def test_unverified_doctor_cannot_write(clinic, db, records_dir):
    doctor = clinic.doctor()
    patient = clinic.patient()
    appt = clinic.booking(patient, doctor)
    doctors.suspend_doctor(db, actor=clinic.admin, doctor_id=doctor.doctor_id, reason="Licence under review")
    with pytest.raises(DoctorNotVerified):
        prescriptions.write_prescription(db, actor=doctor, records_dir=records_dir, appointment_id=appt.id,
                                         items=ITEMS)


def test_validation(clinic, db, records_dir):
    patient, doctor = clinic.patient(), clinic.doctor()
    appt = clinic.booking(patient, doctor)

    def write(**kw):  # type: ignore[no-untyped-def]
        args = {"items": ITEMS, "lab_tests": None, "advice": None, "follow_up_on": None} | kw
        return prescriptions.write_prescription(db, actor=doctor, records_dir=records_dir, appointment_id=appt.id,
                                                **args)

    with pytest.raises(ValidationError) as exc:
        write(items=[], advice="  ")
    assert exc.value.field == "items"
    with pytest.raises(ValidationError) as exc:
        write(items=[ITEMS[0], PrescriptionItemInput("", dose="1 tablet")])
    assert exc.value.field == "items[1].medicine"
    with pytest.raises(ValidationError) as exc:
        write(items=[PrescriptionItemInput("x" * 121)])
    assert exc.value.field == "items[0].medicine"
    with pytest.raises(ValidationError) as exc:
        write(follow_up_on=appt.starts_at.date() - timedelta(days=1))
    assert exc.value.field == "follow_up_on"
    # entirely empty rows are ignored
    view = write(items=[PrescriptionItemInput(""), ITEMS[1]])
    assert [i.medicine for i in view.items] == ["Cetirizine"]
    with db.read() as s:
        assert s.scalar(select(PrescriptionItem.position).where(PrescriptionItem.prescription_id == view.id)) == 1
    appointments.cancel_appointment(db, actor=patient, appointment_id=appt.id, reason="Feeling better")
    with pytest.raises(ValidationError) as exc:
        write()
    assert exc.value.field == "appointment"


def test_who_may_read(clinic, db, records_dir):
    patient, stranger = clinic.patient(), clinic.patient()
    doctor, colleague, outsider = clinic.doctor(), clinic.doctor(), clinic.doctor()
    appt = clinic.booking(patient, doctor)
    view = prescriptions.write_prescription(db, actor=doctor, records_dir=records_dir, appointment_id=appt.id,
                                            items=ITEMS)
    # a colleague who also treats the patient sees the whole medication history
    clinic.booking(patient, colleague, days_ahead=2)
    assert [p.id for p in prescriptions.list_prescriptions(db, actor=colleague, patient_id=patient.patient_id)] == [view.id]
    assert len(prescriptions.list_prescriptions(db, actor=clinic.staff(), patient_id=patient.patient_id)) == 1
    with pytest.raises(PermissionDenied):
        prescriptions.list_prescriptions(db, actor=outsider, patient_id=patient.patient_id)
    with pytest.raises(PermissionDenied):
        prescriptions.prescription_pdf(db, actor=outsider, records_dir=records_dir, prescription_id=view.id)
    with pytest.raises(PermissionDenied):
        prescriptions.list_prescriptions(db, actor=stranger, patient_id=patient.patient_id)
    with pytest.raises(PermissionDenied):
        prescriptions.prescription_pdf(db, actor=stranger, records_dir=records_dir, prescription_id=view.id)
    assert prescriptions.list_prescriptions(db, actor=stranger, patient_id=stranger.patient_id) == []
    with db.read() as s:
        assert s.scalar(select(AuditLog.id).where(AuditLog.action == "prescription.list",
                                                  AuditLog.actor_user_id == colleague.user_id)) is not None
