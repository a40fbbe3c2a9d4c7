"""Receipts and prescriptions are encrypted at rest like uploads — on SQLite and MariaDB.

A diagnosis planted in a prescription and on a receipt is searched for in the raw bytes of
every file of the records folder, the SQLite files and a backup: it is found nowhere, while
the services still hand back PDFs that read back with it.  Plaintext PDFs of older versions
are encrypted where they lie, crash-safely, and still open.
"""

from __future__ import annotations

import io
import os
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from medlink.db.models import AppointmentStatus, AuditLog
from medlink.maintenance import backup, integrity_check, restore
from medlink.receipts.pdf import render_prescription_pdf
from medlink.security import records_crypto
from medlink.services import admin_tools, appointments, billing, clinic_key, documents, prescriptions
from medlink.services.prescriptions import PrescriptionItemInput

PLANTED = "HIV positive"
ADVICE = f"{PLANTED}: start antiretroviral therapy; counselling booked."


def _pdf_text(data: bytes) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages).split())


def _shows_planted(data: bytes) -> bool:
    """Whether ``data`` discloses the planted text: in its raw bytes, or as the text of a PDF in it.

    (ReportLab compresses its pages and encodes embedded fonts by glyph, so a plaintext PDF does
    not contain the words byte for byte: a raw search alone would find nothing even unencrypted.)
    """
    if PLANTED.encode("utf-8") in data or PLANTED.encode("utf-16-le") in data:
        return True
    start = data.find(b"%PDF-")
    if start < 0:
        return False
    try:
        return PLANTED in _pdf_text(data[start:])
    except Exception:  # a PDF header in a file MedLink encrypted is a finding by itself
        return True


def _leaking_files(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*")
                  if p.is_file() and _shows_planted(p.read_bytes()))


def _patient_with_documents(clinic, db, records_dir):  # type: ignore[no-untyped-def]
    patient, doctor = clinic.patient("Ravi Kumar"), clinic.doctor("Dr. Meera Rao")
    appt = clinic.booking(patient, doctor)
    appointments.set_outcome(db, actor=doctor, appointment_id=appt.id, status=AppointmentStatus.COMPLETED,
                             now=appt.ends_at)
    rx = prescriptions.write_prescription(
        db, actor=doctor, records_dir=records_dir, appointment_id=appt.id, advice=ADVICE,
        items=[PrescriptionItemInput("Tenofovir/Lamivudine/Dolutegravir", "300/300/50 mg", "1 tablet", "1-0-0",
                                     "30 days")])
    lines = billing.draft_bill_lines(db, actor=doctor, appointment_id=appt.id)
    lines.append(billing.BillDraftLine("other", f"Counselling ({PLANTED})", 1, Decimal("200")))
    bill = billing.issue_bill(db, actor=doctor, records_dir=records_dir, appointment_id=appt.id, lines=lines)
    return patient, doctor, rx, bill


def test_a_planted_diagnosis_is_found_in_no_file_but_the_services_return_readable_pdfs(
        clinic, db, records_dir, tmp_path, backend):
    patient, doctor, rx, bill = _patient_with_documents(clinic, db, records_dir)
    # what the services hand to the viewer: PDFs that read back with the diagnosis
    rx_pdf = prescriptions.prescription_pdf(db, actor=patient, records_dir=records_dir, prescription_id=rx.id)
    receipt = billing.receipt_pdf(db, actor=patient, records_dir=records_dir, bill_id=bill.id)
    assert PLANTED in _pdf_text(rx_pdf.data) and "Tenofovir" in _pdf_text(rx_pdf.data)
    assert PLANTED in _pdf_text(receipt.data) and bill.number in _pdf_text(receipt.data)
    assert _shows_planted(rx_pdf.data) and _shows_planted(receipt.data)  # the search does find the plaintext
    assert rx_pdf.content_type == receipt.content_type == "application/pdf"

    # at rest: the uploads' format, the clinic key's id in the header, bound to the file's name
    for relative in (rx.pdf_path, bill.pdf_path):
        assert relative is not None
        stored = records_dir / relative
        assert stored.read_bytes()[:4] == records_crypto.MAGIC
        assert records_crypto.header_key_id(stored) == clinic_key.active_key(db)[0]
    assert _leaking_files(records_dir) == []
    if backend == "sqlite":
        database = Path(db.url.database or "")
        files = [p for p in database.parent.iterdir() if p.name.startswith(database.name)]
        assert database in files
        assert [p.name for p in files if _shows_planted(p.read_bytes())] == []
    archive = backup(db, records_dir, tmp_path / "backups" / "clinic.zip").path
    assert not _shows_planted(archive.read_bytes())


def test_a_file_moved_to_another_documents_name_does_not_open(clinic, db, records_dir):
    """The encryption binds each file to its name: one patient's receipt copied over another's is refused."""
    _patient, _doctor, rx, bill = _patient_with_documents(clinic, db, records_dir)
    other, other_doctor = clinic.patient(), clinic.doctor()
    appt = clinic.booking(other, other_doctor)
    appointments.set_outcome(db, actor=other_doctor, appointment_id=appt.id, status=AppointmentStatus.COMPLETED,
                             now=appt.ends_at)
    second = billing.issue_bill(db, actor=clinic.staff(), records_dir=records_dir, appointment_id=appt.id,
                                lines=[billing.BillDraftLine("consultation", "Visit", 1, Decimal("300"))])
    assert bill.pdf_path and second.pdf_path
    (records_dir / second.pdf_path).write_bytes((records_dir / bill.pdf_path).read_bytes())
    with pytest.raises(records_crypto.StorageError, match="integrity check"):
        documents.load(db, records_dir=records_dir, relative=second.pdf_path)
    problems = integrity_check(db, records_dir, verify_contents=True)
    assert [(p.kind, p.path) for p in problems] == [("unreadable_file", second.pdf_path)]
    # the receipt is rendered again from the bill's rows (its own number, not the other patient's)
    again = billing.receipt_pdf(db, actor=clinic.staff(), records_dir=records_dir, bill_id=second.id)
    assert second.number in _pdf_text(again.data) and PLANTED not in _pdf_text(again.data)
    assert integrity_check(db, records_dir, verify_contents=True) == []


def _as_an_older_version_left_it(db, records_dir: Path, rx_id: int, relative: str) -> bytes:  # type: ignore[no-untyped-def]
    """Replace the stored prescription by the plaintext PDF an older MedLink wrote there."""
    with db.read() as session:
        prescription, appointment = prescriptions._load(session, rx_id)
        data = render_prescription_pdf(prescriptions._document(session, prescription, appointment))
    (records_dir / relative).write_bytes(data)
    return data


def test_plaintext_left_by_an_older_version_is_encrypted_at_start_and_still_opens(clinic, db, records_dir):
    patient, _doctor, rx, bill = _patient_with_documents(clinic, db, records_dir)
    assert rx.pdf_path and bill.pdf_path
    old = _as_an_older_version_left_it(db, records_dir, rx.id, rx.pdf_path)
    assert _leaking_files(records_dir) == [rx.pdf_path]  # what an older version left behind
    assert [(p.kind, p.path) for p in integrity_check(db, records_dir)] == [("plaintext_file", rx.pdf_path)]

    assert documents.encrypt_plaintext_documents(db, records_dir) == [rx.pdf_path]
    assert _leaking_files(records_dir) == []
    assert (records_dir / rx.pdf_path).read_bytes()[:4] == records_crypto.MAGIC
    encrypted = (records_dir / rx.pdf_path).read_bytes()
    assert documents.encrypt_plaintext_documents(db, records_dir) == []  # idempotent: encrypted files are left alone
    assert (records_dir / rx.pdf_path).read_bytes() == encrypted
    assert [p for p in records_dir.rglob("*") if p.name.startswith(".")] == []  # no temporary file left
    assert integrity_check(db, records_dir, verify_contents=True) == []
    shown = prescriptions.prescription_pdf(db, actor=patient, records_dir=records_dir, prescription_id=rx.id)
    assert shown.data == old and PLANTED in _pdf_text(shown.data)


def test_a_plaintext_file_opened_before_the_start_up_step_reached_it_is_encrypted_then(clinic, db, records_dir):
    patient, _doctor, rx, _bill = _patient_with_documents(clinic, db, records_dir)
    assert rx.pdf_path
    old = _as_an_older_version_left_it(db, records_dir, rx.id, rx.pdf_path)
    shown = prescriptions.prescription_pdf(db, actor=patient, records_dir=records_dir, prescription_id=rx.id)
    assert shown.data == old
    assert (records_dir / rx.pdf_path).read_bytes()[:4] == records_crypto.MAGIC
    assert documents.load(db, records_dir=records_dir, relative=rx.pdf_path) == old


def test_encrypting_in_place_is_crash_safe(clinic, db, records_dir, monkeypatch):
    _patient, _doctor, rx, _bill = _patient_with_documents(clinic, db, records_dir)
    assert rx.pdf_path
    old = _as_an_older_version_left_it(db, records_dir, rx.id, rx.pdf_path)
    real_replace = os.replace

    def power_cut(src, dst):  # type: ignore[no-untyped-def]
        raise OSError(5, "Input/output error")  # the machine died before the rename

    monkeypatch.setattr(os, "replace", power_cut)
    with pytest.raises(records_crypto.StorageError, match="Could not encrypt"):
        documents.encrypt_plaintext_documents(db, records_dir)
    monkeypatch.setattr(os, "replace", real_replace)
    assert (records_dir / rx.pdf_path).read_bytes() == old  # the old file, whole
    assert [p for p in records_dir.rglob("*") if p.name.startswith(".")] == []
    # a file another workstation rewrote meanwhile is not overwritten with the stale copy
    newer = b"%PDF-1.4 newer receipt\n%%EOF\n"

    def rewritten_meanwhile(src, dst):  # type: ignore[no-untyped-def]
        raise AssertionError("must not replace a file that changed meanwhile")

    path = records_dir / rx.pdf_path
    real_read = Path.read_bytes
    calls = {"n": 0}

    def read_then_change(self):  # type: ignore[no-untyped-def]
        data = real_read(self)
        if self == path:
            calls["n"] += 1
            if calls["n"] == 1:
                path.write_bytes(newer)  # written by another workstation right after this one read it
        return data

    monkeypatch.setattr(Path, "read_bytes", read_then_change)
    monkeypatch.setattr(os, "replace", rewritten_meanwhile)
    key = clinic_key.data_key(db)
    assert records_crypto.encrypt_in_place(path, key=key, record_id=path.stem) is None
    monkeypatch.undo()
    assert path.read_bytes() == newer
    # and the next start encrypts it
    assert documents.encrypt_plaintext_documents(db, records_dir) == [rx.pdf_path]
    assert documents.load(db, records_dir=records_dir, relative=rx.pdf_path) == newer


def test_restoring_an_older_backup_encrypts_its_plaintext_documents(clinic, db, records_dir, tmp_path, request):
    patient, _doctor, rx, bill = _patient_with_documents(clinic, db, records_dir)
    assert rx.pdf_path and bill.pdf_path
    old = _as_an_older_version_left_it(db, records_dir, rx.id, rx.pdf_path)
    archive = backup(db, records_dir, tmp_path / "older.zip").path  # a backup holding a plaintext prescription
    from tests.conftest import make_sqlite_db

    folder = tmp_path / "new-pc"
    folder.mkdir()
    target = make_sqlite_db(request.getfixturevalue("sqlite_template"), folder)
    target_records = tmp_path / "new-pc-records"
    try:
        restore(target, target_records, archive)
        assert _leaking_files(target_records) == []
        assert (target_records / rx.pdf_path).read_bytes()[:4] == records_crypto.MAGIC
        assert integrity_check(target, target_records, verify_contents=True) == []
        shown = prescriptions.prescription_pdf(target, actor=patient, records_dir=target_records,
                                               prescription_id=rx.id)
        assert shown.data == old
        receipt = billing.receipt_pdf(target, actor=patient, records_dir=target_records, bill_id=bill.id)
        assert PLANTED in _pdf_text(receipt.data)
    finally:
        target.dispose()


def test_a_key_rotation_re_encrypts_receipts_and_prescriptions(clinic, db, records_dir):
    patient, _doctor, rx, bill = _patient_with_documents(clinic, db, records_dir)
    assert rx.pdf_path and bill.pdf_path
    before = billing.receipt_pdf(db, actor=patient, records_dir=records_dir, bill_id=bill.id).data
    report = admin_tools.rotate_clinic_key(db, actor=clinic.admin, records_dir=records_dir)
    assert report.files == 2
    for relative in (rx.pdf_path, bill.pdf_path):
        assert records_crypto.header_key_id(records_dir / relative) == report.new_key_id
    assert billing.receipt_pdf(db, actor=patient, records_dir=records_dir, bill_id=bill.id).data == before


def test_save_a_copy_writes_plaintext_only_where_chosen_and_is_audited(clinic, db, records_dir, tmp_path):
    patient, doctor, rx, bill = _patient_with_documents(clinic, db, records_dir)
    receipt = billing.receipt_pdf(db, actor=patient, records_dir=records_dir, bill_id=bill.id)
    before = {p: p.read_bytes() for p in records_dir.rglob("*") if p.is_file()}
    saved = documents.save_copy(db, actor=patient, document=receipt, target=tmp_path / "mine" / "receipt")
    assert saved == tmp_path / "mine" / "receipt.pdf" and saved.read_bytes() == receipt.data
    assert {p: p.read_bytes() for p in records_dir.rglob("*") if p.is_file()} == before
    rx_pdf = prescriptions.prescription_pdf(db, actor=doctor, records_dir=records_dir, prescription_id=rx.id)
    documents.save_copy(db, actor=doctor, document=rx_pdf, target=tmp_path / "rx.pdf")
    with db.read() as s:
        rows = s.execute(select(AuditLog.action, AuditLog.entity_id, AuditLog.patient_id, AuditLog.detail)
                         .where(AuditLog.action.in_(["bill.export_receipt", "prescription.export"]))
                         .order_by(AuditLog.id)).all()
    assert [tuple(r) for r in rows] == [
        ("bill.export_receipt", bill.id, patient.patient_id, "saved a decrypted copy as receipt.pdf"),
        ("prescription.export", rx.id, patient.patient_id, "saved a decrypted copy as rx.pdf"),
    ]
    # someone who may not see the patient cannot save it (nothing is written, nothing audited as saved)
    from medlink.errors import PermissionDenied

    with pytest.raises(PermissionDenied):
        documents.save_copy(db, actor=clinic.patient(), document=receipt, target=tmp_path / "stolen.pdf")
    assert not (tmp_path / "stolen.pdf").exists()


def test_the_administrators_receipts_export_is_plaintext_by_choice_and_audited(clinic, db, records_dir, tmp_path):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    _patient, _doctor, _rx, bill = _patient_with_documents(clinic, db, records_dir)
    today = datetime.now(ZoneInfo("Asia/Kolkata")).date()
    report = admin_tools.export_receipts(db, actor=clinic.admin, records_dir=records_dir, first_day=today,
                                         last_day=today, target_dir=tmp_path / "export")
    assert report.exported == 1 and report.regenerated == 0
    exported = tmp_path / "export" / (bill.number.replace("/", "_") + ".pdf")
    assert PLANTED in _pdf_text(exported.read_bytes())  # decrypted, where the administrator chose
    assert _leaking_files(records_dir) == []
    with db.read() as s:
        detail = s.scalar(select(AuditLog.detail).where(AuditLog.action == "maintenance.export_receipts"))
    assert detail is not None and detail.startswith("1 of 1 receipts") and str(tmp_path / "export") in detail


def test_a_saved_copy_never_outlives_its_audit_row(db, tmp_path):  # type: ignore[no-untyped-def]
    """"Save a copy…" writes the decrypted file inside the unit of work that audit-logs it: when the commit
    fails the copy is removed, and a busy database repeats the whole step (one copy, one row)."""
    from sqlalchemy import event, func

    from medlink.errors import DatabaseBusy
    from medlink.services import audit

    def exports() -> int:
        with db.read() as s:
            return s.scalar(select(func.count()).select_from(AuditLog).where(AuditLog.action == "test.export"))

    def export_row_then(failure: BaseException | None, times: int):  # type: ignore[no-untyped-def]
        left = [times]

        def record_export(session, actor) -> None:  # type: ignore[no-untyped-def]
            audit.record(session, actor, "test.export", detail="saved a decrypted copy")

            def fail_commit(_session) -> None:  # type: ignore[no-untyped-def]
                if failure is not None and left[0] > 0:
                    left[0] -= 1
                    raise failure
            event.listen(session, "before_commit", fail_commit)
        return record_export

    broken = tmp_path / "broken.pdf"
    with pytest.raises(RuntimeError):
        documents.write_exported_copy(db, actor=None, target=broken, data=b"%PDF-1.4 planted",  # type: ignore[arg-type]
                                      record_export=export_row_then(RuntimeError("disk"), 99))
    assert not broken.exists() and exports() == 0

    busy_once = tmp_path / "busy-once.pdf"
    documents.write_exported_copy(db, actor=None, target=busy_once, data=b"%PDF-1.4 planted",  # type: ignore[arg-type]
                                  record_export=export_row_then(DatabaseBusy("busy"), 1))
    assert busy_once.read_bytes() == b"%PDF-1.4 planted" and exports() == 1
