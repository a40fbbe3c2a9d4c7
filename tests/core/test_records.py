"""Medical records: real content checks, encryption at rest, permissions, no half files."""

from __future__ import annotations

import io
from datetime import date

import pytest
from PIL import Image
from sqlalchemy import select

from medlink.db.models import AuditLog, MedicalRecord
from medlink.errors import PermissionDenied, StorageError, ValidationError
from medlink.services import records
from tests.support.pdfs import minimal_pdf

PDF = minimal_pdf()


def png_bytes(size=(40, 30)) -> bytes:  # type: ignore[no-untyped-def]
    out = io.BytesIO()
    Image.new("RGB", size, (200, 30, 30)).save(out, format="PNG")
    return out.getvalue()


def upload(db, records_dir, actor, patient_id, data, name="report.pdf"):  # type: ignore[no-untyped-def]
    return records.upload_record(db, actor=actor, records_dir=records_dir, patient_id=patient_id, title="Blood test",
                                 record_type="lab_report", record_date=date(2026, 1, 5), filename=name, data=data)


def test_upload_encrypts_and_reads_back(clinic, db, records_dir):
    patient = clinic.patient()
    view = upload(db, records_dir, patient, patient.patient_id, PDF)
    stored = list(records_dir.rglob("*.bin"))
    assert len(stored) == 1 and PDF not in stored[0].read_bytes()
    assert not list(records_dir.rglob("*.staging"))
    again, data = records.read_record(db, actor=patient, records_dir=records_dir, record_id=view.id)
    assert data == PDF and again.content_type == "application/pdf"
    image = upload(db, records_dir, patient, patient.patient_id, png_bytes(), name="../../etc/passwd.png")
    assert image.original_filename == "passwd.png"
    assert records.thumbnail_png(records.read_record(db, actor=patient, records_dir=records_dir,
                                                     record_id=image.id)[1], "image/png")
    with db.read() as s:
        actions = set(s.scalars(select(AuditLog.action)))
    assert {"record.upload", "record.view"} <= actions


@pytest.mark.parametrize("data,message", [
    (b"", "empty"),
    (b"MZ\x90\x00 not a pdf", "Only PDF"),
    (b"%PDF-1.4 /JavaScript (app.alert(1)) %%EOF", "damaged"),  # not even a PDF: qpdf cannot parse it
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "damaged"),
])
def test_files_that_lie_are_rejected(clinic, db, records_dir, data, message):
    patient = clinic.patient()
    with pytest.raises(ValidationError, match=message):
        upload(db, records_dir, patient, patient.patient_id, data)
    with db.read() as s:
        assert s.scalar(select(MedicalRecord.id)) is None
    assert not [p for p in records_dir.rglob("*") if p.is_file()]


def test_other_patients_records_are_refused(clinic, db, records_dir):
    a, b = clinic.patient(), clinic.patient()
    view = upload(db, records_dir, a, a.patient_id, PDF)
    with pytest.raises(PermissionDenied):
        records.read_record(db, actor=b, records_dir=records_dir, record_id=view.id)
    with pytest.raises(PermissionDenied):
        upload(db, records_dir, b, a.patient_id, png_bytes())
    stranger = clinic.doctor()
    with pytest.raises(PermissionDenied):
        records.list_records(db, actor=stranger, patient_id=a.patient_id)
    treating = clinic.doctor()
    clinic.booking(a, treating)
    assert [r.id for r in records.list_records(db, actor=treating, patient_id=a.patient_id)] == [view.id]


def test_tampered_and_missing_files_give_clear_errors(clinic, db, records_dir):
    patient = clinic.patient()
    view = upload(db, records_dir, patient, patient.patient_id, PDF)
    stored = next(records_dir.rglob("*.bin"))
    raw = bytearray(stored.read_bytes())
    raw[-5] ^= 0x01
    stored.write_bytes(bytes(raw))
    with pytest.raises(StorageError, match="integrity"):
        records.read_record(db, actor=patient, records_dir=records_dir, record_id=view.id)
    stored.unlink()
    with pytest.raises(StorageError, match="missing"):
        records.read_record(db, actor=patient, records_dir=records_dir, record_id=view.id)


def test_duplicate_upload_and_delete(clinic, db, records_dir):
    patient = clinic.patient()
    view = upload(db, records_dir, patient, patient.patient_id, PDF)
    with pytest.raises(ValidationError, match="already in the records"):
        upload(db, records_dir, patient, patient.patient_id, PDF)
    records.delete_record(db, actor=patient, records_dir=records_dir, record_id=view.id)
    assert records.list_records(db, actor=patient, patient_id=patient.patient_id) == []
    assert not list(records_dir.rglob("*.bin"))
