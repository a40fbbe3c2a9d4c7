"""Printable documents: receipts, prescriptions, lab orders and appointment slips on A4, A5 and the 80 mm roll.

Real SQLite file and real MariaDB (``db``); the PDFs are read back with pypdf.
"""

from __future__ import annotations

import io
from datetime import datetime, timedelta, timezone
from decimal import Decimal

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm
from sqlalchemy import select

from medlink.db.models import Appointment, AuditLog
from medlink.errors import PermissionDenied, ValidationError
from medlink.services import appointments, billing, prescriptions, printing
from medlink.services.billing import BillDraftLine
from medlink.vocabulary import AppointmentStatus, PaperSize


def _text(data: bytes) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(data)).pages)


def _size_mm(data: bytes) -> tuple[float, float]:
    box = PdfReader(io.BytesIO(data)).pages[0].mediabox
    return float(box.width) / mm, float(box.height) / mm


def _completed_visit(clinic, patient, doctor):  # type: ignore[no-untyped-def]
    appt = clinic.booking(patient, doctor, days_ahead=1)
    with clinic.db.transaction() as s:
        row = s.get(Appointment, appt.id)
        row.starts_at, row.ends_at = row.starts_at - timedelta(days=3), row.ends_at - timedelta(days=3)
        row.status = AppointmentStatus.COMPLETED.value
    return appt


def test_receipt_prints_on_a4_and_on_an_80mm_roll_with_the_same_figures(clinic, records_dir):
    doctor, patient, staff = clinic.doctor("Dr. Kavya Rao"), clinic.patient("Meera Kumar"), clinic.staff()
    visit = _completed_visit(clinic, patient, doctor)
    bill = billing.issue_bill(clinic.db, actor=staff, records_dir=records_dir, appointment_id=visit.id,
                              lines=[BillDraftLine("consultation", "Consultation", 1, Decimal("500.00")),
                                     BillDraftLine("lab_test", "Complete blood count", 2, Decimal("350.00"))])
    a4 = printing.receipt_for_print(clinic.db, actor=staff, bill_id=bill.id, paper=PaperSize.A4)
    roll = printing.receipt_for_print(clinic.db, actor=patient, bill_id=bill.id, paper="roll_80mm")
    a5 = printing.receipt_for_print(clinic.db, actor=staff, bill_id=bill.id, paper=PaperSize.A5)
    assert _size_mm(a4) == pytest.approx((210, 297), abs=0.5)
    assert _size_mm(a5) == pytest.approx((148, 210), abs=0.5)  # laid out for A5, not A4 to be shrunk
    assert len(PdfReader(io.BytesIO(a5)).pages) == 1
    width, height = _size_mm(roll)
    assert width == pytest.approx(80, abs=0.1)
    assert 60 < height < 297  # as tall as its content, one page
    assert len(PdfReader(io.BytesIO(roll)).pages) == 1
    total = billing.list_bills(clinic.db, actor=staff, patient_id=patient.patient_id)[0]
    for text in (_text(a4), _text(a5), _text(roll)):
        assert bill.number in text and "Meera Kumar" in text and "Dr. Kavya Rao" in text
        assert "Complete blood count" in text
    assert "1,416.00" in _text(roll) or "1,416" in _text(roll), (_text(roll), total)
    with clinic.db.read() as s:
        details = [a.detail for a in s.scalars(select(AuditLog).where(AuditLog.action == "bill.print"))]
    assert "₹1,416.00" in _text(a4) and "₹1,416.00" in _text(a5)
    assert sorted(details) == ["a4", "a5", "roll_80mm"]
    other = clinic.patient("Ravi Stranger")
    with pytest.raises(PermissionDenied):
        printing.receipt_for_print(clinic.db, actor=other, bill_id=bill.id)
    with pytest.raises(ValidationError):
        printing.receipt_for_print(clinic.db, actor=staff, bill_id=bill.id, paper="letter")


def test_prescription_and_lab_order_print_with_the_registration_number(clinic, records_dir):
    doctor, patient = clinic.doctor("Dr. Kavya Rao"), clinic.patient("Meera Kumar")
    visit = _completed_visit(clinic, patient, doctor)
    rx = prescriptions.write_prescription(
        clinic.db, actor=doctor, records_dir=records_dir, appointment_id=visit.id,
        items=[prescriptions.PrescriptionItemInput(medicine="Paracetamol", strength="500 mg", dose="1 tablet",
                                                   frequency="Thrice daily", duration="3 days")],
        lab_tests=["Complete blood count", "HbA1c"])
    a4 = printing.prescription_for_print(clinic.db, actor=patient, prescription_id=rx.id)
    assert "Paracetamol" in _text(a4)
    a5 = printing.prescription_for_print(clinic.db, actor=doctor, prescription_id=rx.id, paper=PaperSize.A5)
    assert _size_mm(a5) == pytest.approx((148, 210), abs=0.5) and _size_mm(a4) == pytest.approx((210, 297), abs=0.5)
    assert "Paracetamol" in _text(a5) and "Meera Kumar" in _text(a5) and "Complete blood count" in _text(a5)
    order = printing.lab_order_for_print(clinic.db, actor=doctor, prescription_id=rx.id, paper=PaperSize.A5)
    assert _size_mm(order) == pytest.approx((148, 210), abs=0.5)
    text = _text(order)
    assert "Lab order" in text and "1. Complete blood count" in text and "2. HbA1c" in text
    with clinic.db.read() as s:
        reg = s.scalar(select(Appointment).where(Appointment.id == visit.id)).doctor.registration_number
    assert reg and f"Reg. No. {reg}" in text
    with pytest.raises(ValidationError):
        printing.prescription_for_print(clinic.db, actor=patient, prescription_id=rx.id, paper="roll_80mm")
    no_tests = prescriptions.write_prescription(
        clinic.db, actor=doctor, records_dir=records_dir, appointment_id=visit.id, items=[], advice="Rest")
    with pytest.raises(ValidationError):
        printing.lab_order_for_print(clinic.db, actor=doctor, prescription_id=no_tests.id)


def test_appointment_slip_shows_the_token_once_checked_in(clinic):
    doctor, patient, staff = clinic.doctor("Dr. Kavya Rao"), clinic.patient("Meera Kumar"), clinic.staff()
    now = datetime.now(timezone.utc)
    slots = [s for s in clinic.next_slots(doctor, 40, days_ahead=0) if s > now]
    if not slots:
        pytest.skip("no slot left today in the clinic's time zone")
    booked = appointments.book_appointment(clinic.db, actor=staff, patient_id=patient.patient_id,
                                           doctor_id=doctor.doctor_id, starts_at=slots[0])
    before = printing.appointment_slip_for_print(clinic.db, actor=patient, appointment_id=booked.id)
    assert "Token" not in _text(before) and "Dr. Kavya Rao" in _text(before)
    appointments.check_in(clinic.db, actor=staff, appointment_id=booked.id)
    slip = printing.appointment_slip_for_print(clinic.db, actor=staff, appointment_id=booked.id)
    width, height = _size_mm(slip)
    assert width == pytest.approx(80, abs=0.1) and height < 200
    text = _text(slip)
    assert "Token 1" in text and "Dr. Kavya Rao" in text and "Meera Kumar" in text
    a5 = printing.appointment_slip_for_print(clinic.db, actor=staff, appointment_id=booked.id, paper=PaperSize.A5)
    assert _size_mm(a5) == pytest.approx((148, 210), abs=0.5)
    with pytest.raises(PermissionDenied):
        printing.appointment_slip_for_print(clinic.db, actor=clinic.patient("Ravi Stranger"),
                                            appointment_id=booked.id)


def test_fees_are_quoted_to_patients_with_gst(clinic):
    from medlink.services import clinic_settings, doctors

    doctor = clinic.doctor("Dr. Kavya Rao")
    clinic_settings.update_settings(clinic.db, actor=clinic.admin,
                                    changes={"gst_consultation_rate": Decimal("18"), "prices_include_gst": False})
    card = next(c for c in doctors.search_doctors(clinic.db, text="Kavya") if c.id == doctor.doctor_id)
    fees = doctors.doctor_profile(clinic.db, doctor_id=doctor.doctor_id).fees
    assert fees.consultation_total == fees.consultation + fees.consultation_gst
    assert fees.consultation_gst == (fees.consultation * Decimal("0.18")).quantize(Decimal("0.01"))
    assert card.consultation_total == fees.consultation_total > card.consultation_fee
    clinic_settings.update_settings(clinic.db, actor=clinic.admin, changes={"gst_consultation_rate": Decimal("0")})
    exempt = doctors.doctor_profile(clinic.db, doctor_id=doctor.doctor_id).fees
    assert exempt.consultation_total == exempt.consultation and exempt.consultation_gst == 0


def test_slip_and_lab_order_for_a_hindi_preferring_patient_are_in_hindi(clinic, records_dir):
    from medlink.services import clinic_settings, languages

    doctor, patient, staff = clinic.doctor("Dr. Kavya Rao"), clinic.patient("अनीता शर्मा"), clinic.staff()
    languages.set_patient_language(clinic.db, actor=patient, patient_id=patient.patient_id, language="hi")
    visit = _completed_visit(clinic, patient, doctor)
    slip = _text(printing.appointment_slip_for_print(clinic.db, actor=staff, appointment_id=visit.id))
    squeezed = slip.replace(" ", "")
    assert "अनीता शर्मा" in slip
    for label in ("अपॉइंटमेंटपर्ची", "कब", "स्थिति", "पूरा", "मरीज़"):
        assert label in squeezed, label
    assert "When" not in slip and "Completed" not in slip
    rx = prescriptions.write_prescription(clinic.db, actor=doctor, records_dir=records_dir, appointment_id=visit.id,
                                          items=[], advice="Rest", lab_tests=["HbA1c"])
    order = _text(printing.lab_order_for_print(clinic.db, actor=doctor, prescription_id=rx.id)).replace(" ", "")
    assert "लैबजाँचपर्ची" in order and "माँगीगईजाँचें" in order and "1.HbA1c" in order
    clinic_settings.update_settings(clinic.db, actor=clinic.admin, changes={"bilingual_documents": True})
    slip = _text(printing.appointment_slip_for_print(clinic.db, actor=staff, appointment_id=visit.id))
    assert "Appointment slip · अपॉइंटमेंट पर्ची" in slip
