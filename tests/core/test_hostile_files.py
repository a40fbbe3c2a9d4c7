"""Hostile uploads: every one is rejected with a sentence or stored safely — never a crash,
never a file outside the patient's folder, never a row without its file."""

from __future__ import annotations

import io
import zlib
from datetime import date

import pytest
from PIL import Image
from sqlalchemy import func, select

from medlink.db.models import MedicalRecord
from medlink.errors import StorageError, ValidationError
from medlink.services import clinic_settings, records
from tests.support.pdfs import minimal_pdf

VALID_PDF = minimal_pdf()


def _image(fmt: str, size=(64, 48)) -> bytes:  # type: ignore[no-untyped-def]
    out = io.BytesIO()
    Image.new("RGB", size, (10, 120, 110)).save(out, format=fmt)
    return out.getvalue()


def _png_bomb() -> bytes:
    """A tiny PNG that claims 40 000 × 40 000 pixels (1.6 gigapixels)."""
    import struct

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 40_000, 40_000, 8, 0, 0, 0, 0)
    raw = zlib.compress(b"\x00" * 1000)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


HOSTILE = {
    "exe renamed to pdf": (b"MZ\x90\x00\x03" + b"\x00" * 200, "report.pdf", "Only PDF"),
    "html renamed to png": (b"<html><script>alert(1)</script></html>", "x.png", "Only PDF"),
    "zip (bomb container)": (b"PK\x03\x04" + zlib.compress(b"\x00" * 1_000_000), "bomb.pdf", "Only PDF"),
    "zero bytes": (b"", "empty.pdf", "empty"),
    "truncated jpeg": (_image("JPEG")[:200], "scan.jpg", "damaged"),
    "truncated png": (_image("PNG")[:60], "scan.png", "damaged"),
    "decompression bomb png": (_png_bomb(), "bomb.png", "too large"),
    "pdf with javascript": (b"%PDF-1.4\n1 0 obj<</OpenAction<</S/JavaScript/JS(app.alert(1))>>>>endobj\n%%EOF\n",
                            "js.pdf", "safety|damaged"),
    "pdf with launch action": (b"%PDF-1.4\n1 0 obj<</OpenAction<</S/Launch/F(cmd.exe)>>>>endobj\n%%EOF\n",
                               "launch.pdf", "safety|damaged"),
    "truncated pdf": (VALID_PDF[:30], "cut.pdf", "incomplete"),
    "jpeg bytes named png": (_image("JPEG"), "photo.png", None),  # stored as what it really is
}


@pytest.mark.parametrize("case", list(HOSTILE))
def test_hostile_upload(clinic, db, records_dir, case):
    data, name, message = HOSTILE[case]
    patient = clinic.patient()
    upload = lambda: records.upload_record(  # noqa: E731
        db, actor=patient, records_dir=records_dir, patient_id=patient.patient_id, title="Upload",
        record_type="other", record_date=date(2026, 1, 1), filename=name, data=data)
    if message is None:
        view = upload()
        assert view.content_type == "image/jpeg"
        return
    with pytest.raises(ValidationError, match=message):
        upload()
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(MedicalRecord)) == 0
    assert not [p for p in records_dir.rglob("*") if p.is_file()]


@pytest.mark.parametrize("name", ["../../etc/passwd", "/etc/shadow", "C:\\Windows\\system32\\CON.pdf", "CON",
                                  "NUL.pdf", "a\x00b.pdf", "..", "名前.pdf", "x" * 1000 + ".pdf"])
def test_file_names_never_become_paths(clinic, db, records_dir, name):
    patient = clinic.patient()
    view = records.upload_record(db, actor=patient, records_dir=records_dir, patient_id=patient.patient_id,
                                 title="Report", record_type="lab_report", record_date=date(2026, 1, 1),
                                 filename=name, data=VALID_PDF + name.encode("utf-8", "replace")[:20])
    stored = [p for p in records_dir.rglob("*") if p.is_file()]
    assert len(stored) == 1
    assert stored[0].parent == records_dir / str(patient.patient_id) / "records"
    assert stored[0].suffix == ".bin" and len(stored[0].stem) == 32
    assert view.original_filename is None or ("/" not in view.original_filename and "\\" not in view.original_filename
                                              and "\x00" not in view.original_filename)


def test_oversize_is_refused_with_the_limit(clinic, db, records_dir):
    clinic_settings.update_settings(db, actor=clinic.admin, changes={"record_max_bytes": 2048})
    patient = clinic.patient()
    with pytest.raises(ValidationError, match="larger than the limit"):
        records.upload_record(db, actor=patient, records_dir=records_dir, patient_id=patient.patient_id,
                              title="Big", record_type="other", record_date=date(2026, 1, 1), filename="big.pdf",
                              data=VALID_PDF + b"0" * 4096)


def test_unwritable_records_folder_fails_cleanly(clinic, db, tmp_path):
    """The records 'folder' is a file: the OS refuses, the user gets a sentence, no row is left."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("I am a file")
    patient = clinic.patient()
    with pytest.raises(StorageError, match="records folder"):
        records.upload_record(db, actor=patient, records_dir=blocker, patient_id=patient.patient_id,
                              title="Scan", record_type="other", record_date=date(2026, 1, 1), filename="s.pdf",
                              data=VALID_PDF)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(MedicalRecord)) == 0


def test_disk_full_during_encryption_leaves_nothing(clinic, db, records_dir, full_records_disk):
    """Fault injection at the OS boundary: the write fails with ENOSPC half-way."""
    import os

    real_write = os.write
    patient = clinic.patient()
    with full_records_disk(), pytest.raises(StorageError, match="No space left"):
        records.upload_record(db, actor=patient, records_dir=records_dir, patient_id=patient.patient_id,
                              title="Scan", record_type="other", record_date=date(2026, 1, 1), filename="s.pdf",
                              data=VALID_PDF)
    assert not [p for p in records_dir.rglob("*") if p.is_file()]
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(MedicalRecord)) == 0
    assert real_write is os.write
