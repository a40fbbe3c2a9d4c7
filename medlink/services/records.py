"""Medical records: uploads checked by content, encrypted at rest, audit-logged.

Files are encrypted (AES-256-GCM, key in the OS keyring) into the records
folder under a random name — the user's file name is kept only as metadata.
The slow part (encryption) happens before the database transaction; the file
is moved into place inside it and removed again if the transaction fails, so
no row ever points at a missing or half-written file.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import re
import shutil
import stat
import tempfile
import unicodedata
import uuid
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from medlink.cancellation import check_cancelled
from medlink.db.models import Appointment, MedicalRecord, Patient, RecordType, User
from medlink.db.session import Database, retry_on_contention
from medlink.errors import NotFound, PermissionDenied, StorageError, ValidationError
from medlink.security import pdf_safety, records_crypto
from medlink.services import audit, clinic_key
from medlink.services.actor import Actor
from medlink.services.clinic_settings import settings_row
from medlink.services.documents import write_exported_copy
from medlink.services.permissions import acts_for_patient, require_patient_access
from medlink.validation import clean_text
from medlink.i18n import N_, tr

RECORD_TYPES: dict[str, str] = {
    RecordType.LAB_REPORT.value: N_("records", "Lab report"),
    RecordType.PRESCRIPTION.value: N_("records", "Prescription"),
    RecordType.IMAGING.value: N_("records", "Imaging"),
    RecordType.DISCHARGE_SUMMARY.value: N_("records", "Discharge summary"),
    RecordType.OTHER.value: N_("records", "Other"),
}
ALLOWED_TYPES = {"application/pdf": ".pdf", "image/jpeg": ".jpg", "image/png": ".png"}
MAX_IMAGE_PIXELS = 60_000_000

ProgressCallback = Callable[[int, int], None]


@dataclass(frozen=True)
class RecordView:
    id: int
    patient_id: int
    title: str
    record_type: str
    record_date: date
    content_type: str
    size_bytes: int
    original_filename: str | None
    created_at: datetime
    uploaded_by: str | None

    @property
    def type_label(self) -> str:
        return tr("records", RECORD_TYPES.get(self.record_type, self.record_type))

    @property
    def is_image(self) -> bool:
        return self.content_type.startswith("image/")


def detect_content_type(data: bytes) -> str:
    """The real type from the bytes (never from the file name); ValidationError if not allowed."""
    if not data:
        raise ValidationError("file", tr("records", "The file is empty."))
    if data.startswith(b"%PDF-"):
        if b"%%EOF" not in data[-2048:]:
            raise ValidationError("file", tr("records", "The PDF is incomplete (it may have been cut off while copying)."))
        pdf_safety.check_pdf(data)  # parsed by qpdf: encoded names and object streams included
        return "application/pdf"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        _verify_image(data, "PNG")
        return "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        _verify_image(data, "JPEG")
        return "image/jpeg"
    raise ValidationError("file", tr("records", "Only PDF, JPEG and PNG files can be uploaded."))


def _verify_image(data: bytes, expected: str) -> None:
    from PIL import Image, UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                if image.format != expected:
                    raise ValidationError("file", tr("records", "The image's content does not match its type."))
                if image.width * image.height > MAX_IMAGE_PIXELS:
                    raise ValidationError("file", tr("records", "The image is too large (too many pixels)."))
                image.verify()
            with Image.open(io.BytesIO(data)) as image:
                image.load()  # verify() does not decode; load() finds truncated data
    except ValidationError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ValidationError("file", tr("records", "The image is too large (too many pixels).")) from exc
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise ValidationError("file", tr("records", "The image is damaged or incomplete and cannot be read.")) from exc


def safe_display_name(filename: str | None) -> str | None:
    """The user's file name reduced to a harmless label (metadata only, never a path)."""
    if not filename:
        return None
    name = re.split(r"[\\/]", str(filename))[-1]
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C").strip().strip(".")
    return name[:255] or None


def _to_view(record: MedicalRecord, uploader: str | None) -> RecordView:
    return RecordView(id=record.id, patient_id=record.patient_id, title=record.title, record_type=record.record_type,
                      record_date=record.record_date, content_type=record.content_type,
                      size_bytes=record.size_bytes, original_filename=record.original_filename,
                      created_at=record.created_at, uploaded_by=uploader)


def _may_write(session: Session, actor: Actor, patient_id: int) -> None:
    if actor.is_patient and not acts_for_patient(session, actor, patient_id):
        raise PermissionDenied(tr("records", "You can only upload to your own records and your family members'."))


def _check_appointment_link(session: Session, patient_id: int, appointment_id: int | None) -> None:
    """A record may be linked only to one of the same patient's appointments."""
    if appointment_id is None:
        return
    owner = session.scalar(select(Appointment.patient_id).where(Appointment.id == appointment_id))
    if owner != patient_id:
        raise ValidationError("appointment", tr("records", "Choose one of this patient's own appointments (or none)."))


def read_upload(source: Path, *, limit: int) -> bytes:
    """The bytes of a file to upload: its size on disk is checked first (a 6 GB file is refused at once,
    never read), then it is read in chunks, never more than ``limit`` bytes even if it grows meanwhile."""
    source = Path(source)
    too_big = ValidationError("file", tr("records", "The file is larger than the limit of {value} MB.").format(value=limit // (1024 * 1024)))
    try:
        with open(source, "rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
                raise ValidationError("file", tr("records", "This is not a regular file."))
            if size > limit:
                raise too_big
            out = bytearray()
            while chunk := fh.read(min(1024 * 1024, limit + 1 - len(out))):
                check_cancelled()  # the window closed or the user signed out: stop reading
                out += chunk
                if len(out) > limit:
                    raise too_big
            return bytes(out)
    except ValidationError:
        raise
    except IsADirectoryError as exc:
        raise ValidationError("file", tr("records", "This is a folder, not a file.")) from exc
    except OSError as exc:
        raise ValidationError("file", tr("records", "The file could not be read: {value}.").format(value=exc.strerror or exc)) from exc


@retry_on_contention
def upload_record(db: Database, *, actor: Actor, records_dir: Path, patient_id: int, title: str,
                  record_type: str | RecordType, record_date: date, filename: str | None,
                  data: bytes | None = None, source: Path | None = None,
                  appointment_id: int | None = None, progress: ProgressCallback | None = None,
                  today: date | None = None) -> RecordView:
    """Upload ``data``, or the file ``source`` (its size checked on disk before it is read)."""
    if (data is None) == (source is None):
        raise ValueError("give either data or source")
    clean_title = clean_text(title, field="title", label=N_("fields", "Title"), max_length=200, required=True)
    try:
        kind = RecordType(record_type)
    except ValueError as exc:
        raise ValidationError("record_type", tr("records", "Choose the kind of record.")) from exc
    if not isinstance(record_date, date):
        raise ValidationError("record_date", tr("records", "Enter the date of the record."))
    with db.read() as session:
        if today is None:
            from medlink.services.clinic_settings import clinic_timezone

            today = datetime.now(clinic_timezone(session)).date()
        if record_date > today:
            raise ValidationError("record_date", tr("records", "The record's date cannot be in the future."))
        fresh = require_patient_access(session, actor, patient_id, write=True)
        _may_write(session, fresh, patient_id)
        limit = settings_row(session).record_max_bytes if session.get(Patient, patient_id) else 0
        if not limit:
            raise NotFound(tr("records", "That patient does not exist."))
        _check_appointment_link(session, patient_id, appointment_id)
    if data is None:
        assert source is not None
        data = read_upload(source, limit=limit)
        if filename is None:
            filename = Path(source).name
    if len(data) > limit:
        raise ValidationError("file", tr("records", "The file is larger than the limit of {value} MB.").format(value=limit // (1024 * 1024)))
    content_type = detect_content_type(data)
    digest = hashlib.sha256(data).hexdigest()
    with db.read() as session:
        duplicate = session.scalar(select(MedicalRecord.title).where(MedicalRecord.patient_id == patient_id,
                                                                     MedicalRecord.sha256 == digest))
    if duplicate is not None:
        raise ValidationError("file", tr("records", "This file is already in the records (as “{duplicate}”).").format(duplicate=duplicate))
    storage_id = uuid.uuid4().hex
    relative = Path(str(patient_id)) / "records" / f"{storage_id}.bin"
    final = Path(records_dir) / relative
    staging = final.with_name(f".{storage_id}.staging")
    records_crypto.encrypt_to_file(data, staging, key=clinic_key.data_key(db), record_id=storage_id,
                                  progress=progress)
    moved = False
    try:
        check_cancelled()  # cancelled while encrypting: nothing is saved
        with db.transaction() as session:
            actor = require_patient_access(session, actor, patient_id, write=True)  # still signed in?
            _check_appointment_link(session, patient_id, appointment_id)
            record = MedicalRecord(
                patient_id=patient_id, appointment_id=appointment_id, uploaded_by_id=actor.user_id,
                title=clean_title, record_type=kind.value, record_date=record_date, content_type=content_type,
                size_bytes=len(data), sha256=digest, storage_path=relative.as_posix(),
                original_filename=safe_display_name(filename),
            )
            session.add(record)
            session.flush()
            audit.record(session, actor, "record.upload", entity="medical_record", entity_id=record.id,
                         patient_id=patient_id, detail=f"{content_type} {len(data)} bytes")
            try:
                os.replace(staging, final)
            except OSError as exc:
                raise StorageError(tr("records", "Could not save the file in the records folder: {value}.").format(value=exc.strerror or exc)) from exc
            moved = True
            view = _to_view(record, actor.display_name)
    except BaseException:
        with contextlib.suppress(OSError):
            staging.unlink(missing_ok=True)
            if moved:
                final.unlink(missing_ok=True)
        raise
    return view


@retry_on_contention
def read_records(session: Session, patient_id: int) -> list[RecordView]:
    """The patient's records (metadata), inside the caller's unit of work (which checked access and audits)."""
    rows = session.execute(select(MedicalRecord, User.full_name).outerjoin(User, User.id == MedicalRecord.uploaded_by_id)
                           .where(MedicalRecord.patient_id == patient_id)
                           .order_by(MedicalRecord.record_date.desc(), MedicalRecord.id.desc())).all()
    return [_to_view(r, name) for r, name in rows]


@retry_on_contention
def list_records(db: Database, *, actor: Actor, patient_id: int) -> list[RecordView]:
    with db.transaction() as session:
        actor = require_patient_access(session, actor, patient_id)
        views = read_records(session, patient_id)
        audit.record_disclosure(session, actor, "record.list", [patient_id], entity="patient", entity_id=patient_id,
                                detail=f"{len(views)} records")
        return views


@retry_on_contention
def read_record(db: Database, *, actor: Actor, records_dir: Path, record_id: int) -> tuple[RecordView, bytes]:
    """Decrypt a record for viewing (audit-logged).  StorageError if missing or tampered with."""
    with db.transaction() as session:
        record = session.get(MedicalRecord, record_id)
        if record is None:
            raise NotFound(tr("records", "That record does not exist."))
        actor = require_patient_access(session, actor, record.patient_id)
        audit.record(session, actor, "record.view", entity="medical_record", entity_id=record.id,
                     patient_id=record.patient_id)
        uploader = session.scalar(select(User.full_name).where(User.id == record.uploaded_by_id))
        view = _to_view(record, uploader)
        storage_path = record.storage_path
    path = Path(records_dir) / storage_path
    storage_id = Path(storage_path).stem
    data = clinic_key.decrypt_file(db, path, record_id=storage_id)
    if hashlib.sha256(data).hexdigest() != record.sha256:
        raise StorageError(tr("records", "The stored file does not match the record (checksum mismatch)."))
    return view, data


@retry_on_contention
def delete_record(db: Database, *, actor: Actor, records_dir: Path, record_id: int) -> None:
    """Patients delete their own uploads; staff may delete any.  Doctors cannot delete records."""
    with db.transaction() as session:
        record = session.get(MedicalRecord, record_id)
        if record is None:
            raise NotFound(tr("records", "That record does not exist."))
        actor = require_patient_access(session, actor, record.patient_id, write=True)
        if actor.is_doctor:
            raise PermissionDenied(tr("records", "Doctors cannot delete a patient's records."))
        if actor.is_patient and record.uploaded_by_id != actor.user_id:
            raise PermissionDenied(tr("records", "You can only delete files you uploaded yourself."))
        path = Path(records_dir) / record.storage_path
        session.delete(record)
        audit.record(session, actor, "record.delete", entity="medical_record", entity_id=record_id,
                     patient_id=record.patient_id, detail=record.title)
        session.flush()
    # After the commit: a crash here leaves an unreferenced encrypted file, which
    # `medlink check` reports; never a row without its file.
    path.unlink(missing_ok=True)


def thumbnail_png(data: bytes, content_type: str, max_side: int = 320) -> bytes | None:
    if not content_type.startswith("image/"):
        return None
    from PIL import Image

    with Image.open(io.BytesIO(data)) as opened:
        image = opened.convert("RGB")
        image.thumbnail((max_side, max_side))
        out = io.BytesIO()
        image.save(out, format="PNG")
        return out.getvalue()


def save_record_copy(db: Database, *, actor: Actor, records_dir: Path, record_id: int, target: Path) -> Path:
    """"Save a copy…": the decrypted file written where the user chose, and the export audit-logged.

    The only way a record leaves MedLink unencrypted; viewing never writes plaintext to disk.
    """
    view, data = read_record(db, actor=actor, records_dir=records_dir, record_id=record_id)
    target = Path(target)
    if not target.suffix:
        target = target.with_suffix(ALLOWED_TYPES.get(view.content_type, ".bin"))

    def record_export(session: Session, actor: Actor) -> None:
        audit.record(session, actor, "record.export", entity="medical_record", entity_id=view.id,
                     patient_id=view.patient_id, detail=f"saved a decrypted copy as {target.name}")

    write_exported_copy(db, actor=actor, target=target, data=data, record_export=record_export)
    return target


def remove_plaintext_left_by_older_versions(temp_dir: Path | None = None) -> list[Path]:
    """Remove decrypted copies left in ``medlink-view-*`` temporary folders by older versions (which opened
    records, receipts and prescriptions in the system viewer through them); run at start.

    MedLink itself writes no such copy any more: everything is shown by the built-in viewer from
    memory.  Other OS accounts' folders are left alone."""
    base = Path(temp_dir) if temp_dir is not None else Path(tempfile.gettempdir())
    removed = []
    for folder in base.glob("medlink-view-*"):
        if folder.is_dir():
            try:
                if folder.stat().st_uid != os.getuid():  # posix-only: guarded (AttributeError on Windows); another user's folder
                    continue
            except (OSError, AttributeError):
                pass
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    return removed
