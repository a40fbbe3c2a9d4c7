"""Bills: exact totals, consecutive numbers under concurrency, PDFs read back."""

from __future__ import annotations

import io

import threading
from decimal import Decimal

import pytest
from pypdf import PdfReader
from sqlalchemy import delete, func, select

from medlink.db.models import AppointmentStatus, AuditLog, Bill, OutboxMessage
from medlink.errors import PermissionDenied, ValidationError
from medlink.services import appointments, billing, documents


def _completed(clinic, db):  # type: ignore[no-untyped-def]
    patient, doctor = clinic.patient("Jürgen Åström"), clinic.doctor("Dr. Meera Rao", speciality="Cardiologist")
    appt = clinic.booking(patient, doctor)
    appointments.set_outcome(db, actor=doctor, appointment_id=appt.id, status=AppointmentStatus.COMPLETED,
        now=appt.ends_at)
    return patient, doctor, appt


def test_issue_bill_with_gst_and_pdf(clinic, db, records_dir):
    patient, doctor, appt = _completed(clinic, db)
    lines = billing.draft_bill_lines(db, actor=doctor, appointment_id=appt.id)
    assert lines[0].category == "consultation" and lines[0].unit_price == Decimal("500.00")
    lines.append(billing.BillDraftLine("lab_test", "CBC", 2, Decimal("350.50")))
    lines.append(billing.BillDraftLine("other", "Dressing", 1, Decimal("100")))
    preview = billing.preview_bill(db, actor=doctor, lines=lines, patient_id=patient.patient_id)
    # 500 + 701 = 1201 taxable at 18% = 216.18 (CGST 108.09 + SGST 108.09), + 100 exempt
    assert preview.total_tax == Decimal("216.18") and preview.grand_total == Decimal("1517.18")
    bill = billing.issue_bill(db, actor=doctor, records_dir=records_dir, appointment_id=appt.id, lines=lines)
    assert bill.grand_total == Decimal("1517.18") and bill.number.endswith("/000001")
    assert (records_dir / bill.pdf_path).read_bytes().startswith(b"MLR2")  # encrypted like an upload
    document = billing.receipt_pdf(db, actor=patient, records_dir=records_dir, bill_id=bill.id)
    assert document.file_name == bill.number.replace("/", "_") + ".pdf" and bill.number in document.title
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(document.data)).pages)
    for figure in ("1,517.18", "108.09", "Invoice-cum-Bill of Supply", bill.number, "Jürgen Åström", "Dr. Meera Rao"):
        assert figure in text
    assert [b.id for b in billing.list_bills(db, actor=patient)] == [bill.id]
    with db.read() as s:
        mail = s.scalars(select(OutboxMessage).where(OutboxMessage.kind == "receipt")).one()
        assert mail.attachment_path == bill.pdf_path
    with pytest.raises(ValidationError, match="already has a bill"):
        billing.issue_bill(db, actor=doctor, records_dir=records_dir, appointment_id=appt.id, lines=lines)


def test_only_completed_and_own_appointments_are_billed(clinic, db, records_dir):
    patient, doctor = clinic.patient(), clinic.doctor()
    other = clinic.doctor()
    appt = clinic.booking(patient, doctor)
    lines = [billing.BillDraftLine("consultation", "Consultation", 1, Decimal("500"))]
    with pytest.raises(ValidationError, match="completed"):
        billing.issue_bill(db, actor=doctor, records_dir=records_dir, appointment_id=appt.id, lines=lines)
    with pytest.raises(PermissionDenied):
        billing.draft_bill_lines(db, actor=other, appointment_id=appt.id)
    with pytest.raises(PermissionDenied):
        billing.draft_bill_lines(db, actor=patient, appointment_id=appt.id)


def test_missing_pdf_is_regenerated_with_the_same_number(clinic, db, records_dir):
    patient, doctor, appt = _completed(clinic, db)
    bill = billing.issue_bill(db, actor=doctor, records_dir=records_dir, appointment_id=appt.id,
                              lines=billing.draft_bill_lines(db, actor=doctor, appointment_id=appt.id))
    (records_dir / bill.pdf_path).unlink()
    document = billing.receipt_pdf(db, actor=patient, records_dir=records_dir, bill_id=bill.id)
    assert bill.number in PdfReader(io.BytesIO(document.data)).pages[0].extract_text()
    assert (records_dir / bill.pdf_path).read_bytes().startswith(b"MLR2")  # stored again, encrypted
    # a damaged file is rendered again too (the bill's rows are the truth), and the audit log says so
    stored = bytearray((records_dir / bill.pdf_path).read_bytes())
    stored[-5] ^= 1
    (records_dir / bill.pdf_path).write_bytes(bytes(stored))
    again = billing.receipt_pdf(db, actor=patient, records_dir=records_dir, bill_id=bill.id)
    assert bill.number in PdfReader(io.BytesIO(again.data)).pages[0].extract_text()
    with db.read() as s:
        details = s.scalars(select(AuditLog.detail).where(AuditLog.action == "bill.view_receipt")
                            .order_by(AuditLog.id)).all()
    assert details == ["the missing file was rendered again", "the stored file failed its check and was rendered again"]


def test_concurrent_numbering_has_no_gaps_or_duplicates(clinic, db, records_dir):
    doctor = clinic.doctor()
    staff = clinic.staff()
    appts = []
    for _ in range(6):
        patient = clinic.patient()
        appt = clinic.booking(patient, doctor)
        appointments.set_outcome(db, actor=doctor, appointment_id=appt.id, status=AppointmentStatus.COMPLETED,
        now=appt.ends_at)
        appts.append(appt)
    barrier = threading.Barrier(len(appts))
    errors: list[BaseException] = []

    def bill(appointment_id: int) -> None:
        barrier.wait()
        try:
            billing.issue_bill(db, actor=staff, records_dir=records_dir, appointment_id=appointment_id,
                               lines=[billing.BillDraftLine("consultation", "Consultation", 1, Decimal("500"))])
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=bill, args=(a.id,)) for a in appts]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors
    with db.read() as s:
        numbers = sorted(s.scalars(select(Bill.number)))
    assert [int(n.rsplit("/", 1)[1]) for n in numbers] == list(range(1, len(appts) + 1))


def test_a_bill_issued_while_the_disk_is_full_keeps_its_number_and_gets_its_receipt_later(
        clinic, db, records_dir, full_records_disk):
    """The records folder cannot take the receipt (ENOSPC): the bill is still issued — numbered, audited, in
    the day's totals — with its receipt pending and the reason in the view; no e-mail goes without its PDF.
    Opening the receipt writes it and queues the e-mail, once; the start-up step then has nothing left."""
    from medlink.maintenance import integrity_check

    patient, doctor, appt = _completed(clinic, db)
    with full_records_disk():
        bill = billing.issue_bill(db, actor=doctor, records_dir=records_dir, appointment_id=appt.id,
                                  lines=billing.draft_bill_lines(db, actor=doctor, appointment_id=appt.id))
    assert bill.receipt_pending and bill.pdf_path is None
    assert bill.receipt_problem is not None and "No space left" in bill.receipt_problem
    assert not [p for p in records_dir.rglob("*") if p.is_file()]

    def receipt_mails() -> int:
        with db.read() as s:
            return s.scalar(select(func.count()).select_from(OutboxMessage).where(OutboxMessage.kind == "receipt")) or 0

    assert receipt_mails() == 0
    assert [(p.kind, p.path) for p in integrity_check(db, records_dir)] == [("receipt_pending", bill.number)]
    with pytest.raises(ValidationError, match="already has a bill"):  # issued: billing again is refused
        billing.issue_bill(db, actor=doctor, records_dir=records_dir, appointment_id=appt.id,
                           lines=billing.draft_bill_lines(db, actor=doctor, appointment_id=appt.id))

    document = billing.receipt_pdf(db, actor=patient, records_dir=records_dir, bill_id=bill.id)
    assert bill.number in PdfReader(io.BytesIO(document.data)).pages[0].extract_text()
    assert receipt_mails() == 1
    (view,) = billing.list_bills(db, actor=patient)
    assert not view.receipt_pending and (records_dir / str(view.pdf_path)).read_bytes().startswith(b"MLR2")
    assert billing.finish_pending_receipts(db, records_dir, older_than_s=0) == []
    assert receipt_mails() == 1 and integrity_check(db, records_dir) == []


def test_pending_receipts_are_finished_at_start_up_but_not_a_bill_being_issued_now(clinic, db, records_dir):
    patient, doctor, appt = _completed(clinic, db)
    bill = billing.issue_bill(db, actor=doctor, records_dir=records_dir, appointment_id=appt.id,
                              lines=billing.draft_bill_lines(db, actor=doctor, appointment_id=appt.id))
    with db.transaction() as s:  # as a crash between the two steps leaves it
        row = s.get(Bill, bill.id)
        assert row is not None
        row.pdf_path, row.receipt_pending = None, True
        s.execute(delete(OutboxMessage).where(OutboxMessage.kind == "receipt"))
    (records_dir / str(bill.pdf_path)).unlink()
    assert billing.finish_pending_receipts(db, records_dir) == []  # just issued: maybe still being written
    assert billing.finish_pending_receipts(db, records_dir, older_than_s=0) == [bill.number]
    with db.read() as s:
        row = s.get(Bill, bill.id)
        assert row is not None and not row.receipt_pending and row.pdf_path == bill.pdf_path
        assert s.scalar(select(func.count()).select_from(OutboxMessage).where(OutboxMessage.kind == "receipt")) == 1
    assert documents.load(db, records_dir=records_dir, relative=str(bill.pdf_path)) is not None
