"""Printable documents: receipts, prescriptions, lab orders and appointment slips as PDF bytes.

One function per document.  Each checks that the actor may see the document,
renders it for the chosen paper (A4 and A5 sheets, the 80 mm roll of a receipt or
slip printer) and records the print in the audit log.  The UI sends the bytes
to the printer; nothing is written to disk.

Receipts and prescriptions are laid out natively for the sheet: A4, or A5 with
its own column widths, panels and type size (nothing is scaled by the printer);
the roll has its own narrow layout, one page as tall as its content.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import joinedload

from medlink.db.models import Appointment, AppointmentMode, QueueToken
from medlink.db.session import Database, retry_on_contention
from medlink.errors import NotFound, ValidationError
from medlink.services import audit
from medlink.services.actor import Actor
from medlink.services.clinic_settings import clinic_timezone, settings_row
from medlink.services.permissions import require_patient_access
from medlink.vocabulary import PaperSize
from medlink.i18n import normalise_language, tr

#: The papers each kind of document can be printed on (the first is the default).
RECEIPT_PAPERS = (PaperSize.A4, PaperSize.A5, PaperSize.ROLL_80MM)
PRESCRIPTION_PAPERS = (PaperSize.A4, PaperSize.A5)
LAB_ORDER_PAPERS = (PaperSize.A5, PaperSize.A4, PaperSize.ROLL_80MM)
SLIP_PAPERS = (PaperSize.ROLL_80MM, PaperSize.A5, PaperSize.A4)


def _paper(value: PaperSize | str, allowed: tuple[PaperSize, ...]) -> PaperSize:
    try:
        paper = PaperSize(value)
    except ValueError:
        raise ValidationError("paper", tr("printing", "Choose A4, A5 or the 80 mm roll.")) from None
    if paper not in allowed:
        raise ValidationError("paper", tr("printing", "This document cannot be printed on that paper."))
    return paper


@retry_on_contention
def receipt_for_print(db: Database, *, actor: Actor, bill_id: int, paper: PaperSize | str = PaperSize.A4) -> bytes:
    """The bill's receipt as PDF bytes for ``paper`` (same number and figures as the stored receipt)."""
    from medlink.receipts.pdf import A4_PAGE, A5_PAGE, render_receipt_pdf
    from medlink.receipts.slip import render_receipt_roll_pdf
    from medlink.services.billing import _load_bill, _may_see_bill, receipt_document

    chosen = _paper(paper, RECEIPT_PAPERS)
    with db.transaction() as session:
        bill = _load_bill(session, bill_id)
        _may_see_bill(session, actor, bill)
        document = receipt_document(session, bill)
        if chosen is PaperSize.ROLL_80MM:
            data = render_receipt_roll_pdf(document)
        else:
            data = render_receipt_pdf(document, A5_PAGE if chosen is PaperSize.A5 else A4_PAGE)
        audit.record(session, actor, "bill.print", entity="bill", entity_id=bill.id, patient_id=bill.patient_id,
                     detail=chosen.value)
        return data


@retry_on_contention
def prescription_for_print(db: Database, *, actor: Actor, prescription_id: int,
                           paper: PaperSize | str = PaperSize.A4) -> bytes:
    """The prescription as PDF bytes for ``paper`` (A4, or laid out for A5)."""
    from medlink.receipts.pdf import A4_PAGE, A5_PAGE, render_prescription_pdf
    from medlink.services.prescriptions import _document, _load

    chosen = _paper(paper, PRESCRIPTION_PAPERS)
    with db.transaction() as session:
        prescription, appointment = _load(session, prescription_id)
        require_patient_access(session, actor, prescription.patient_id)
        page = A5_PAGE if chosen is PaperSize.A5 else A4_PAGE
        data = render_prescription_pdf(_document(session, prescription, appointment), page)
        audit.record(session, actor, "prescription.print", entity="prescription", entity_id=prescription.id,
                     patient_id=prescription.patient_id, detail=chosen.value)
        return data


@retry_on_contention
def lab_order_for_print(db: Database, *, actor: Actor, prescription_id: int,
                        paper: PaperSize | str = PaperSize.A5) -> bytes:
    """The lab tests of a prescription as a lab order."""
    from medlink.receipts.slip import lab_order_from_prescription, render_lab_order_pdf
    from medlink.services.prescriptions import _document, _load

    chosen = _paper(paper, LAB_ORDER_PAPERS)
    with db.transaction() as session:
        prescription, appointment = _load(session, prescription_id)
        require_patient_access(session, actor, prescription.patient_id)
        order = lab_order_from_prescription(_document(session, prescription, appointment))
        if not order.tests:
            raise ValidationError("lab_tests", tr("printing", "This prescription has no lab tests to order."))
        data = render_lab_order_pdf(order, chosen)
        audit.record(session, actor, "prescription.print_lab_order", entity="prescription",
                     entity_id=prescription.id, patient_id=prescription.patient_id, detail=chosen.value)
        return data


@retry_on_contention
def appointment_slip_for_print(db: Database, *, actor: Actor, appointment_id: int,
                               paper: PaperSize | str = PaperSize.ROLL_80MM) -> bytes:
    """An appointment slip: the waiting-room token (once checked in), the doctor and the time."""
    from medlink.receipts.pdf import ClinicInfo, DoctorInfo
    from medlink.receipts.slip import AppointmentSlip, render_appointment_slip_pdf

    chosen = _paper(paper, SLIP_PAPERS)
    with db.transaction() as session:
        appointment = session.scalars(select(Appointment).where(Appointment.id == appointment_id).options(
            joinedload(Appointment.patient), joinedload(Appointment.doctor))).first()
        if appointment is None:
            raise NotFound(tr("printing", "That appointment does not exist."))
        require_patient_access(session, actor, appointment.patient_id)
        clinic = settings_row(session)
        token = session.scalar(select(QueueToken.token_number).where(QueueToken.appointment_id == appointment.id))
        doctor = appointment.doctor
        slip = AppointmentSlip(
            clinic=ClinicInfo(name=clinic.clinic_name, address=clinic.address, phone=clinic.phone,
                              email=clinic.email, gstin=clinic.gstin or None, state=clinic.state),
            patient_name=appointment.patient.full_name, patient_id=f"P{appointment.patient_id:06d}",
            doctor=DoctorInfo(name=doctor.full_name, qualifications=doctor.qualifications,
                              speciality=doctor.speciality, registration_number=doctor.registration_number),
            starts_at=appointment.starts_at,
            mode="Online" if appointment.mode == AppointmentMode.ONLINE.value else "In person",
            token=int(token) if token is not None else None,
            status=appointment.status.replace("_", " ").capitalize(),
            timezone=clinic_timezone(session),
            language=normalise_language(appointment.patient.preferred_language),
            bilingual=bool(clinic.bilingual_documents),
        )
        data = render_appointment_slip_pdf(slip, chosen)
        audit.record(session, actor, "appointment.print_slip", entity="appointment", entity_id=appointment.id,
                     patient_id=appointment.patient_id, detail=chosen.value)
        return data


__all__ = ["LAB_ORDER_PAPERS", "PRESCRIPTION_PAPERS", "RECEIPT_PAPERS", "SLIP_PAPERS",
           "appointment_slip_for_print", "lab_order_for_print", "prescription_for_print", "receipt_for_print"]
