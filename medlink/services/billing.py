"""Bills and receipts: exact GST arithmetic (medlink.receipts), safe numbering, PDFs stored encrypted."""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from medlink.db.models import (
    Appointment,
    AppointmentMode,
    AppointmentStatus,
    Bill,
    BillLine,
    BillStatus,
    ClinicSettings,
    Patient,
    ReceiptCounter,
)
from medlink.db.rows import ensure_row
from medlink.db.session import Database, retry_on_contention
from medlink.db.types import utcnow
from medlink.errors import (
    ClinicKeyMissing,
    ConflictError,
    MedLinkError,
    NotFound,
    PermissionDenied,
    StorageError,
    ValidationError,
)
from medlink.i18n import N_, normalise_language
from medlink.mail import events
from medlink.receipts.arithmetic import BillComputation, BillLineInput, LineCategory, TaxSettings, compute_bill
from medlink.receipts.numbering import financial_year_label, format_receipt_number
from medlink.security.records_crypto import WrongClinicKey
from medlink.services import audit, clinic_key, documents
from medlink.services.actor import Actor
from medlink.services.clinic_settings import clinic_timezone, settings_row
from medlink.services.doctors import fee_schedule
from medlink.services.documents import GeneratedDocument
from medlink.services.permissions import (
    acts_for_patient,
    require_admin,
    require_patient_access,
    require_practising_doctor,
    require_signed_in,
)
from medlink.validation import clean_text, from_paise, to_paise
from medlink.i18n import tr

log = logging.getLogger(__name__)

PAYMENT_METHODS = ("Cash", "UPI", "Card", "Net banking", "Insurance")


@dataclass(frozen=True)
class BillDraftLine:
    category: str
    description: str
    quantity: int = 1
    unit_price: Decimal = Decimal("0.00")
    discount: Decimal = Decimal("0.00")


@dataclass(frozen=True)
class BillView:
    id: int
    number: str
    issued_at: datetime
    patient_id: int
    patient_name: str
    doctor_name: str | None
    appointment_id: int | None
    taxable: Decimal
    tax: Decimal
    grand_total: Decimal
    status: str
    payment_method: str | None
    pdf_path: str | None
    #: issued, but its receipt PDF is not stored yet (see :func:`issue_bill`), and why, when known
    receipt_pending: bool = False
    receipt_problem: str | None = None


def tax_settings(clinic: ClinicSettings) -> TaxSettings:
    def rate(bp: int) -> Decimal:
        return (Decimal(bp) / 100).quantize(Decimal("0.01"))

    return TaxSettings(
        clinic_state=clinic.state or "",
        rates={
            LineCategory.CONSULTATION: rate(clinic.gst_consultation_bp),
            LineCategory.LAB_TEST: rate(clinic.gst_lab_test_bp),
            LineCategory.MEDICATION: rate(clinic.gst_medication_bp),
            LineCategory.OTHER: rate(clinic.gst_other_bp),
            LineCategory.EXTRA_CHARGE: rate(clinic.gst_extra_charge_bp),
        },
        prices_include_gst=clinic.prices_include_gst,
        round_off_to_rupee=clinic.round_off_to_rupee,
    )


def _inputs(lines: list[BillDraftLine]) -> list[BillLineInput]:
    if not lines:
        raise ValidationError("lines", tr("billing", "A bill needs at least one line."))
    out = []
    for index, line in enumerate(lines, start=1):
        try:
            category = LineCategory(line.category)
        except ValueError as exc:
            raise ValidationError(f"lines[{index}].category", tr("billing", "Line {index}: unknown category.").format(index=index)) from exc
        out.append(BillLineInput(category, line.description, line.quantity, unit_price=Decimal(line.unit_price),
                                 discount=Decimal(line.discount)))
    return out


def _to_view(bill: Bill) -> BillView:
    return BillView(
        id=bill.id, number=bill.number, issued_at=bill.issued_at, patient_id=bill.patient_id,
        patient_name=bill.patient.full_name, doctor_name=bill.doctor.full_name if bill.doctor else None,
        appointment_id=bill.appointment_id, taxable=from_paise(bill.taxable_paise) or Decimal("0.00"),
        tax=from_paise(bill.cgst_paise + bill.sgst_paise + bill.igst_paise) or Decimal("0.00"),
        grand_total=from_paise(bill.grand_total_paise) or Decimal("0.00"), status=bill.status,
        payment_method=bill.payment_method, pdf_path=bill.pdf_path, receipt_pending=bool(bill.receipt_pending),
    )


def _billable_appointment(session: Session, actor: Actor, appointment_id: int) -> Appointment:
    actor = require_signed_in(session, actor)
    appointment = session.scalars(select(Appointment).where(Appointment.id == appointment_id).options(
        joinedload(Appointment.patient), joinedload(Appointment.doctor))).first()
    if appointment is None:
        raise NotFound(tr("billing", "That appointment does not exist."))
    if actor.is_doctor:
        if require_practising_doctor(session, actor) != appointment.doctor_id:
            raise PermissionDenied(tr("billing", "You can only bill your own appointments."))
    elif not actor.is_staff:
        raise PermissionDenied(tr("billing", "Only the doctor or the front desk can issue bills."))
    return appointment


@retry_on_contention
def draft_bill_lines(db: Database, *, actor: Actor, appointment_id: int) -> list[BillDraftLine]:
    """Lines pre-filled from the doctor's fee schedule (clinic defaults where none)."""
    with db.read() as session:
        appointment = _billable_appointment(session, actor, appointment_id)
        fees = fee_schedule(session, appointment.doctor)
        clinic = settings_row(session) if session.get(ClinicSettings, 1) else None
        from medlink.services.follow_up import follow_up_for

        follow_up = follow_up_for(session, appointment)
        if follow_up is not None:
            lines = [BillDraftLine("consultation", f"{follow_up.sentence} — {appointment.doctor.full_name}", 1,
                                   Decimal("0.00"))]
        else:
            lines = [BillDraftLine("consultation", f"Consultation — {appointment.doctor.full_name}", 1,
                                   fees.consultation)]
        from medlink.services.labs import lab_charges

        ordered = lab_charges(session, appointment.id)
        for name, price in ordered:  # the tests ordered at this visit, at the catalogue price of the day
            lines.append(BillDraftLine("lab_test", f"Lab test — {name}"[:200], 1, price))
        if fees.lab_test and not ordered:
            lines.append(BillDraftLine("lab_test", "Lab tests", 1, fees.lab_test))
        if fees.medication:
            lines.append(BillDraftLine("medication", "Medication", 1, fees.medication))
        if fees.other:
            lines.append(BillDraftLine("other", "Other charges", 1, fees.other))
        if clinic is not None and clinic.extra_charge_paise:
            lines.append(BillDraftLine("extra_charge", "Clinic service charge", 1,
                                       from_paise(clinic.extra_charge_paise) or Decimal("0.00")))
        return lines


@retry_on_contention
def preview_bill(db: Database, *, actor: Actor, lines: list[BillDraftLine],
                 patient_id: int | None = None) -> BillComputation:
    """The totals the bill would have (for the live preview in the bill form): doctors and the front desk."""
    with db.read() as session:
        fresh = require_signed_in(session, actor)
        if fresh.is_doctor:
            require_practising_doctor(session, fresh)
        elif not fresh.is_staff:
            raise PermissionDenied(tr("billing", "Only the doctor or the front desk can prepare bills."))
        clinic = settings_row(session) if session.get(ClinicSettings, 1) else ClinicSettings()
        patient_state = session.scalar(select(Patient.state).where(Patient.id == patient_id)) if patient_id else None
        return compute_bill(_inputs(lines), tax_settings(clinic), patient_state)


def allocate_receipt_number(session: Session, *, prefix: str, when: datetime) -> tuple[str, str]:
    """Next consecutive number of the financial year, inside the caller's transaction.

    The year's counter row is created without a race — insert-if-absent, then lock
    (:func:`medlink.db.rows.ensure_row`: on MySQL/MariaDB in its own short transaction,
    so two workstations creating the first receipt of a year never hold gap or
    duplicate-key locks against each other inside their bill transactions, which is
    what deadlocked before; on SQLite inside the transaction, whose ``BEGIN IMMEDIATE``
    already serialises writers).  Then the row is locked
    (``SELECT … FOR UPDATE``) and incremented, so concurrent workstations get distinct,
    gap-free numbers; a rolled-back bill gives its number back.
    """
    fy = financial_year_label(when.date())
    ensure_row(session, ReceiptCounter, {"financial_year": fy}, {"last_number": 0})
    counter = session.scalars(select(ReceiptCounter).where(ReceiptCounter.financial_year == fy)
                              .with_for_update()).one()
    counter.last_number += 1
    session.flush()
    return format_receipt_number(prefix, fy, counter.last_number), fy


#: Every bill writes the year's receipt counter (gap-free numbers). The counter is held only while the number is
#: taken and the bill's rows are written (the PDF follows in a second unit of work), but on a Galera cluster two
#: desks numbering at once on different nodes still conflict at commit and one is repeated, so numbering gets a
#: larger budget of attempts than other units of work.
BILL_ATTEMPTS = 20


def issue_bill(db: Database, *, actor: Actor, records_dir: Path, appointment_id: int, lines: list[BillDraftLine],
               paid: bool = False, payment_method: str | None = None) -> BillView:
    """Issue the bill: number it, then store its receipt PDF and queue the e-mail to the patient.

    Two units of work, so that the year's receipt counter — the one row every desk's bill writes — is held
    for milliseconds, not while the PDF is drawn and stored.  The first writes the bill, its lines, its
    number and its audit row, with ``receipt_pending`` set; the second draws the PDF outside any
    transaction, stores it encrypted and, in a short transaction, records it and queues the e-mail.  When
    the second cannot finish (the records folder full or unwritable, the database gone), the bill stays
    issued with its receipt pending and the view says why (``receipt_problem``): the receipt is written when
    it is next opened and at the next start (:func:`finish_pending_receipts`).  Nothing is half-written:
    a pending bill is a whole bill whose PDF is a rendering of its rows.
    """
    inputs = _inputs(lines)
    method = _payment_method(payment_method, paid)
    key = clinic_key.data_key(db)
    view, computation = _number_bill(db, actor=actor, appointment_id=appointment_id, inputs=inputs, paid=paid,
                                     method=method)
    try:
        return _store_receipt(db, bill_id=view.id, records_dir=records_dir, key=key, computation=computation)
    except MedLinkError as exc:
        log.warning("receipt %s is pending: %s", view.number, exc.message)
        return replace(view, receipt_pending=True, receipt_problem=exc.message)


@retry_on_contention(attempts=BILL_ATTEMPTS)
def _number_bill(db: Database, *, actor: Actor, appointment_id: int, inputs: list[BillLineInput], paid: bool,
                 method: str | None) -> tuple[BillView, BillComputation]:
    """The bill's rows, number and audit row, with its receipt pending (the first step of :func:`issue_bill`)."""
    with db.transaction() as session:
        appointment = _billable_appointment(session, actor, appointment_id)
        actor = require_signed_in(session, actor)
        if appointment.status != AppointmentStatus.COMPLETED.value:
            raise ValidationError("appointment", tr("billing", "Mark the appointment completed before billing it."))
        if session.scalar(select(Bill.id).where(Bill.appointment_id == appointment_id,
                                                Bill.status != BillStatus.VOID.value)) is not None:
            raise ValidationError("appointment", tr("billing", "This appointment already has a bill."))
        clinic = settings_row(session)
        computation = compute_bill(inputs, tax_settings(clinic), appointment.patient.state)
        issued_at = utcnow()
        local_issue = issued_at.astimezone(clinic_timezone(session))
        number, fy = allocate_receipt_number(session, prefix=clinic.receipt_prefix, when=local_issue)
        bill = Bill(
            number=number, financial_year=fy, appointment_id=appointment.id, patient_id=appointment.patient_id,
            doctor_id=appointment.doctor_id, issued_at=issued_at, supply_type=computation.supply_type,
            taxable_paise=to_paise(computation.subtotal_taxable), cgst_paise=to_paise(computation.total_cgst),
            sgst_paise=to_paise(computation.total_sgst), igst_paise=to_paise(computation.total_igst),
            round_off_paise=to_paise(computation.round_off), grand_total_paise=to_paise(computation.grand_total),
            status=(BillStatus.PAID if paid else BillStatus.UNPAID).value, payment_method=method,
            paid_at=issued_at if paid else None, created_by_id=actor.user_id, receipt_pending=True,
        )
        for position, line in enumerate(computation.lines, start=1):
            bill.lines.append(BillLine(
                position=position, category=line.category.value, description=line.description,
                sac_code=line.sac_code, quantity=line.quantity, unit_price_paise=to_paise(line.unit_price),
                discount_paise=to_paise(line.discount), gst_rate_bp=int(line.gst_rate * 100),
                taxable_paise=to_paise(line.taxable_value), tax_paise=to_paise(line.tax),
                total_paise=to_paise(line.line_total)))
        bill.patient, bill.doctor = appointment.patient, appointment.doctor
        session.add(bill)
        session.flush()
        audit.record(session, actor, "bill.issue", entity="bill", entity_id=bill.id, patient_id=bill.patient_id,
                     detail=f"{number} total={computation.grand_total}")
        return _to_view(bill), computation


#: a changed bill (its payment recorded while its receipt was drawn) is drawn again, at most this often
_RECEIPT_DRAWS = 3


@retry_on_contention
def _store_receipt(db: Database, *, bill_id: int, records_dir: Path, key: bytes,
                   computation: BillComputation | None = None) -> BillView:
    """Draw, store and record a pending bill's receipt and queue its e-mail (the second step of
    :func:`issue_bill`); a bill whose receipt is not pending (another workstation finished it) is left alone.

    The PDF is drawn from a read and stored before the short write transaction, so neither the database's
    write lock (SQLite) nor the bill's row is held while it is drawn.  The write checks the bill's version:
    a bill changed in between is drawn again.  A repeated attempt overwrites the same file (atomically).
    """
    from medlink.receipts.pdf import receipt_relative_path, render_receipt_pdf

    for _draw in range(_RECEIPT_DRAWS):
        with db.read() as session:
            bill = _load_bill(session, bill_id)
            if not bill.receipt_pending:
                return _to_view(bill)
            version, relative = bill.version, receipt_relative_path(bill.patient_id, bill.number)
            document = receipt_document(session, bill, computation)
        _store_receipt_file(records_dir, relative, render_receipt_pdf(document), key)
        with db.transaction() as session:
            current = session.execute(select(Bill.version, Bill.receipt_pending).where(Bill.id == bill_id)
                                      .with_for_update()).one()
            if current.version == version or not current.receipt_pending:
                bill = _load_bill(session, bill_id)
                if bill.receipt_pending:
                    _receipt_stored(session, bill, relative)
                return _to_view(bill)
        computation = None  # changed since it was read: draw it again from its rows
    raise ConflictError(tr("billing", "The bill kept changing while its receipt was drawn. Open the receipt to write it."))


def _store_receipt_file(records_dir: Path, relative: Path, data: bytes, key: bytes) -> None:
    try:
        documents.store(key=key, records_dir=records_dir, relative=relative, data=data)
    except StorageError as exc:
        raise StorageError(tr("billing", "The receipt could not be saved in the records folder: {value}.").format(value=documents.reason(exc))) from exc


def _receipt_stored(session: Session, bill: Bill, relative: Path) -> None:
    """Record a pending bill's stored receipt and queue its e-mail (none for a voided bill)."""
    bill.pdf_path = str(relative)
    bill.receipt_pending = False
    session.flush()
    if bill.status != BillStatus.VOID.value:
        events.receipt_issued(session, bill)


def finish_pending_receipts(db: Database, records_dir: Path, *, older_than_s: float = 120) -> list[str]:
    """Write the receipts of bills left pending (by a crash or a full disk) more than ``older_than_s`` ago, so a
    bill being issued on another workstation right now is not raced; their numbers.  Run at start-up."""
    key = clinic_key.data_key(db)
    cutoff = utcnow() - timedelta(seconds=older_than_s)
    finished = []
    for bill_id in _pending_bills(db, cutoff):
        view = _store_receipt(db, bill_id=bill_id, records_dir=records_dir, key=key)
        finished.append(view.number)
    return finished


@retry_on_contention
def _pending_bills(db: Database, cutoff: datetime) -> list[int]:
    with db.read() as session:
        return list(session.scalars(select(Bill.id).where(Bill.receipt_pending.is_(True), Bill.issued_at < cutoff)
                                    .order_by(Bill.id)))


def _payment_method(method: str | None, paid: bool) -> str | None:
    if method in (None, ""):
        return None
    if method not in PAYMENT_METHODS:
        raise ValidationError("payment_method", tr("billing", "Payment method must be one of: {items}.").format(items=', '.join(PAYMENT_METHODS)))
    return method


def receipt_document(session: Session, bill: Bill, computation: BillComputation | None = None):  # type: ignore[no-untyped-def]
    """The ReceiptDocument for a bill (used for the first PDF and for regeneration)."""
    from medlink.receipts.pdf import AppointmentInfo, ClinicInfo, DoctorInfo, PatientInfo, ReceiptDocument

    clinic = settings_row(session)
    tz = clinic_timezone(session)
    if computation is None:
        computation = _recompute(session, bill)
    patient, doctor = bill.patient, bill.doctor
    appointment = session.get(Appointment, bill.appointment_id) if bill.appointment_id else None
    return ReceiptDocument(
        clinic=ClinicInfo(name=clinic.clinic_name, address=clinic.address, phone=clinic.phone, email=clinic.email,
                          gstin=clinic.gstin or None, state=clinic.state, logo_png=clinic.logo_png),
        number=bill.number, issued_at=bill.issued_at,
        patient=PatientInfo(name=patient.full_name, patient_id=f"P{patient.id:06d}", phone=patient.phone or "",
                            email=patient.email or "", address=patient.address or "", state=patient.state),
        doctor=DoctorInfo(name=doctor.full_name, qualifications=doctor.qualifications, speciality=doctor.speciality,
                          registration_number=doctor.registration_number) if doctor else None,
        appointment=AppointmentInfo(starts_at=appointment.starts_at,
                                    mode="Online" if appointment.mode == AppointmentMode.ONLINE.value else "In person")
        if appointment else None,
        computation=computation, payment_status="Paid" if bill.status == BillStatus.PAID.value else "Unpaid",
        payment_method=bill.payment_method, timezone=tz,
        language=normalise_language(patient.preferred_language), bilingual=bool(clinic.bilingual_documents),
    )


def _recompute(session: Session, bill: Bill) -> BillComputation:
    """Rebuild the computation from the stored lines (rates as they were when billed)."""
    clinic = settings_row(session)
    rates: dict[LineCategory, Decimal] = {}
    inputs = []
    for line in bill.lines:
        category = LineCategory(line.category)
        rates[category] = (Decimal(line.gst_rate_bp) / 100).quantize(Decimal("0.01"))
        inputs.append(BillLineInput(category, line.description, line.quantity,
                                    unit_price=from_paise(line.unit_price_paise) or Decimal("0.00"),
                                    discount=from_paise(line.discount_paise) or Decimal("0.00"),
                                    sac_code=line.sac_code))
    settings = TaxSettings(clinic_state=clinic.state or "", rates=rates, prices_include_gst=clinic.prices_include_gst,
                           round_off_to_rupee=bill.round_off_paise != 0 or clinic.round_off_to_rupee)
    patient_state = bill.patient.state if bill.supply_type == "inter" else None
    if bill.supply_type == "inter" and not patient_state:
        patient_state = "Outside India"
    return compute_bill(inputs, settings, patient_state)


def _write_receipt(session: Session, bill: Bill, computation: BillComputation | None, records_dir: Path,
                   key: bytes) -> tuple[Path, bytes]:
    """Render the receipt and store it encrypted (like an upload); its relative path and the PDF bytes."""
    from medlink.receipts.pdf import receipt_relative_path, render_receipt_pdf

    relative = receipt_relative_path(bill.patient_id, bill.number)
    data = render_receipt_pdf(receipt_document(session, bill, computation))
    _store_receipt_file(records_dir, relative, data, key)
    return relative, data


def _stored_receipt(db: Database, session: Session, bill: Bill, records_dir: Path, key: bytes) -> tuple[bytes, str | None]:
    """The receipt's PDF decrypted from the records folder; a missing or damaged file is rendered again with
    the same number (and stored encrypted).  The second value says why it was rendered again, if it was."""
    if bill.receipt_pending:  # issued while the records folder could not take it: written now, e-mail queued
        relative, written = _write_receipt(session, bill, None, records_dir, key)
        _receipt_stored(session, bill, relative)
        return written, "the pending receipt was written"
    data: bytes | None = None
    why: str | None = None
    if bill.pdf_path:
        try:
            data = documents.load(db, records_dir=records_dir, relative=bill.pdf_path)
        except (ClinicKeyMissing, WrongClinicKey):
            raise
        except StorageError as exc:  # changed or damaged: the bill's rows are the truth, render it again
            log.warning("receipt %s: %s; rendered again", bill.number, exc.message)
            why = "the stored file failed its check and was rendered again"
    if data is None:
        relative, data = _write_receipt(session, bill, None, records_dir, key)
        bill.pdf_path = str(relative)
        why = why or "the missing file was rendered again"
    return data, why


def _load_bill(session: Session, bill_id: int) -> Bill:
    bill = session.scalars(select(Bill).where(Bill.id == bill_id).options(
        joinedload(Bill.patient), joinedload(Bill.doctor), joinedload(Bill.lines))).unique().first()
    if bill is None:
        raise NotFound(tr("billing", "That bill does not exist."))
    return bill


def _may_see_bill(session: Session, actor: Actor, bill: Bill) -> Actor:
    actor = require_patient_access(session, actor, bill.patient_id)
    if actor.is_doctor and bill.doctor_id != actor.doctor_id:
        raise PermissionDenied(tr("billing", "This bill belongs to another doctor's appointment."))
    return actor


@retry_on_contention
def set_bill_payment(db: Database, *, actor: Actor, bill_id: int, paid: bool, payment_method: str | None,
                     records_dir: Path | None = None) -> BillView:
    method = _payment_method(payment_method, paid)
    if paid and method is None:
        raise ValidationError("payment_method", tr("billing", "Choose how the bill was paid."))
    key = clinic_key.data_key(db) if records_dir is not None else b""
    with db.transaction() as session:
        bill = _load_bill(session, bill_id)
        if require_signed_in(session, actor).is_patient:
            raise PermissionDenied(tr("billing", "Only the clinic can record payments."))
        actor = _may_see_bill(session, actor, bill)
        bill.status = (BillStatus.PAID if paid else BillStatus.UNPAID).value
        bill.payment_method = method if paid else None
        bill.paid_at = utcnow() if paid else None
        session.flush()
        if records_dir is not None:
            bill.pdf_path = str(_write_receipt(session, bill, None, records_dir, key)[0])
        audit.record(session, actor, "bill.payment", entity="bill", entity_id=bill.id, patient_id=bill.patient_id,
                     detail=f"{'paid' if paid else 'unpaid'} {method or ''}".strip())
        return _to_view(bill)


def read_patient_bills(session: Session, patient_id: int, *, doctor_id: int | None = None,
                       limit: int = 500) -> list[BillView]:
    """One patient's bills (a doctor's own only, given ``doctor_id``), newest first, inside the caller's unit of
    work (which checked access and writes the audit row)."""
    query = (select(Bill).options(joinedload(Bill.patient), joinedload(Bill.doctor))
             .where(Bill.patient_id == patient_id))
    if doctor_id is not None:
        query = query.where(Bill.doctor_id == doctor_id)
    return [_to_view(b) for b in session.scalars(query.order_by(Bill.issued_at.desc()).limit(limit)).unique()]


@retry_on_contention
def list_bills(db: Database, *, actor: Actor, patient_id: int | None = None, limit: int = 500) -> list[BillView]:
    query = select(Bill).options(joinedload(Bill.patient), joinedload(Bill.doctor)).order_by(Bill.issued_at.desc())
    with db.transaction() as session:
        actor = require_signed_in(session, actor)
        if actor.is_patient:
            if patient_id is not None and not acts_for_patient(session, actor, patient_id):
                raise PermissionDenied(tr("billing", "You can only see your own bills and your family members'."))
            query = query.where(Bill.patient_id == (actor.patient_id if patient_id is None else patient_id))
        elif actor.is_doctor:
            doctor_id = require_practising_doctor(session, actor)
            query = query.where(Bill.doctor_id == doctor_id)
            if patient_id is not None:
                require_patient_access(session, actor, patient_id)
                query = query.where(Bill.patient_id == patient_id)
        elif actor.is_staff:
            if patient_id is not None:
                query = query.where(Bill.patient_id == patient_id)
        else:
            raise PermissionDenied()
        bills = list(session.scalars(query.limit(limit)).unique())
        audit.record_disclosure(session, actor, "bill.list", [b.patient_id for b in bills],
                                detail=f"{len(bills)} bills")
        return [_to_view(b) for b in bills]


@retry_on_contention
def receipt_pdf(db: Database, *, actor: Actor, records_dir: Path, bill_id: int) -> GeneratedDocument:
    """The receipt decrypted in memory, for the built-in viewer (audit-logged).

    A missing (or damaged) file is rendered again with the same number and stored encrypted.
    """
    key = clinic_key.data_key(db)
    with db.transaction() as session:
        bill = _load_bill(session, bill_id)
        actor = _may_see_bill(session, actor, bill)
        data, why = _stored_receipt(db, session, bill, records_dir, key)
        audit.record(session, actor, "bill.view_receipt", entity="bill", entity_id=bill.id, patient_id=bill.patient_id,
                     detail=why)
        return _receipt_view(bill, data)


def _receipt_view(bill: Bill, data: bytes) -> GeneratedDocument:
    from medlink.receipts.pdf import receipt_file_name

    return GeneratedDocument(data=data, file_name=receipt_file_name(bill.number),
                             title=tr("billing", "Receipt {number}").format(number=bill.number),
                             patient_id=bill.patient_id, entity="bill", entity_id=bill.id,
                             export_action="bill.export_receipt")


@retry_on_contention
def receipt_for_export(db: Database, *, actor: Actor, records_dir: Path, bill_id: int) -> tuple[GeneratedDocument, bool]:
    """The receipt for the administrator's export (admin only; the export writes one audit row for the batch);
    True with it when the file had to be rendered again."""
    key = clinic_key.data_key(db)
    with db.transaction() as session:
        require_admin(session, actor, "export receipts")
        bill = _load_bill(session, bill_id)
        data, why = _stored_receipt(db, session, bill, records_dir, key)
        return _receipt_view(bill, data), why is not None


@retry_on_contention
def void_bill(db: Database, *, actor: Actor, bill_id: int, reason: str) -> BillView:
    """Cancel a bill issued by mistake (its number stays used; admin only)."""
    with db.transaction() as session:
        actor = require_admin(session, actor, "void a bill")
        text = clean_text(reason, field="reason", label=N_("fields", "Reason"), max_length=500, required=True)
        bill = _load_bill(session, bill_id)
        bill.status = BillStatus.VOID.value
        audit.record(session, actor, "bill.void", entity="bill", entity_id=bill.id, patient_id=bill.patient_id,
                     detail=text)
        return _to_view(bill)
