"""Generated documents (receipts, prescriptions) kept encrypted in the records folder, exactly like uploads.

A receipt stays at ``<patient-id>/receipts/<number>.pdf`` and a prescription at
``<patient-id>/prescriptions/<id>.pdf`` (the paths the database rows keep), but the
file holds the uploads' encrypted format (:mod:`medlink.security.records_crypto`:
the clinic key's id in the header, AES-256-GCM chunks bound to the file's name),
written atomically.  The ``.pdf`` ending is only a name: no program but MedLink can
read these files, and clinic key rotation, backups, restore and
``medlink check --verify-contents`` treat them like the uploads.

The services hand the decrypted bytes to the built-in viewer as a
:class:`GeneratedDocument`; "Save a copy…" (:func:`save_copy`) is the explicit,
audit-logged way to write one in plaintext, where the user chose.

Plaintext PDFs left by MedLink versions before this one are encrypted where they lie
at start (:func:`encrypt_plaintext_documents`), and on first use if the start-up
step has not reached them yet.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from sqlalchemy.orm import Session

from medlink.cancellation import check_cancelled
from medlink.db.session import Database, retry_on_contention
from medlink.errors import StorageError
from medlink.files import write_atomically
from medlink.i18n import tr
from medlink.security import records_crypto
from medlink.services import audit, clinic_key
from medlink.services.actor import Actor
from medlink.services.permissions import require_patient_access

log = logging.getLogger(__name__)

PDF = "application/pdf"
GENERATED_FOLDERS = frozenset({"receipts", "prescriptions"})


@dataclass(frozen=True)
class GeneratedDocument:
    """A document decrypted (or rendered) in memory, for the viewer, the printer or "Save a copy…"."""

    data: bytes
    file_name: str  # suggested for "Save a copy…"
    title: str
    patient_id: int
    entity: str  # what the audit row of an export names
    entity_id: int
    export_action: str
    content_type: str = PDF


def is_generated_document(relative: str | Path) -> bool:
    """True for a receipt's or a prescription's path relative to the records folder."""
    parts = PurePosixPath(str(relative).replace("\\", "/")).parts
    return (len(parts) == 3 and parts[1] in GENERATED_FOLDERS and parts[2].endswith(".pdf")
            and not parts[2].startswith("."))


def storage_id(relative: str | Path) -> str:
    """The name the encryption binds the file to (as for uploads and in a key rotation: the file's stem)."""
    return Path(relative).stem


def store(*, key: bytes, records_dir: Path, relative: str | Path, data: bytes) -> Path:
    """Encrypt ``data`` with the clinic key ``key`` (:func:`clinic_key.data_key`) into the records folder at
    ``relative``, atomically (private temporary file, fsync, rename); the absolute path."""
    target = Path(records_dir) / relative
    records_crypto.encrypt_to_file(data, target, key=key, record_id=storage_id(relative))
    return target


def reason(exc: StorageError) -> str:
    """The operating system's reason behind a failed write (“No space left on device”), for a sentence."""
    cause = exc.__cause__
    if isinstance(cause, OSError):
        return str(cause.strerror or cause)
    return exc.message


def load(db: Database, *, records_dir: Path, relative: str | Path) -> bytes | None:
    """The decrypted document, or None when its file is missing (the caller renders it again).

    A plaintext PDF of an older MedLink is encrypted where it lies first.  A file that
    fails its integrity check raises :class:`StorageError`.
    """
    path = Path(records_dir) / relative
    try:
        with open(path, "rb") as fh:
            head = fh.read(5)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise StorageError(tr("documents", "The file {name} cannot be read: {value}.").format(
            name=path.name, value=exc.strerror or exc)) from exc
    if head.startswith(b"%PDF-"):
        try:
            plaintext = records_crypto.encrypt_in_place(path, key=clinic_key.data_key(db),
                                                        record_id=storage_id(relative))
        except StorageError as exc:  # e.g. a read-only share here: shown all the same, encrypted at the next start
            log.warning("%s; the plaintext file of an older version is left for the next start", exc.message)
            try:
                return path.read_bytes()
            except OSError:
                return None
        if plaintext is not None:
            log.info("encrypted a plaintext document of an older version: %s", relative)
            return plaintext
    return clinic_key.decrypt_file(db, path, record_id=storage_id(relative))


def encrypt_plaintext_documents(db: Database, records_dir: Path) -> list[str]:
    """Encrypt every plaintext receipt and prescription PDF of the records folder where it lies; run at start.

    Idempotent and crash-safe (see :func:`medlink.security.records_crypto.encrypt_in_place`):
    a file that already has the encrypted header is left alone.  Returns the relative
    paths encrypted now.
    """
    records_dir = Path(records_dir)
    if not records_dir.is_dir():
        return []
    key = clinic_key.data_key(db)
    encrypted = []
    for folder in sorted(records_dir.glob("*/*")):
        if folder.name not in GENERATED_FOLDERS or not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.pdf")):
            check_cancelled()  # MedLink is closing: the rest is encrypted at the next start
            relative = path.relative_to(records_dir).as_posix()
            if not is_generated_document(relative) or not path.is_file():
                continue
            try:
                with open(path, "rb") as fh:
                    if not fh.read(5).startswith(b"%PDF-"):
                        continue  # encrypted already (or not a PDF: `medlink check` reports it)
            except OSError:
                continue
            if records_crypto.encrypt_in_place(path, key=key, record_id=storage_id(relative)) is not None:
                encrypted.append(relative)
    if encrypted:
        log.info("encrypted %d plaintext receipt/prescription PDF(s) left by an older version", len(encrypted))
    return encrypted


@retry_on_contention
def write_exported_copy(db: Database, *, actor: Actor, target: Path, data: bytes,
                        record_export: Callable[[Session, Actor], None]) -> None:
    """Write a decrypted copy inside the unit of work in which ``record_export`` checks ``actor`` and audit-logs it.

    The copy is removed when that unit of work fails (the audit row was rolled back, e.g. the database
    was busy), so no plaintext copy outlives its audit row and a repeat of the whole call starts clean.
    Records' and generated documents' "Save a copy…" both come here; a busy database repeats this step
    alone (a record's view row, written before it, is already committed)."""
    written = False
    try:
        with db.transaction() as session:
            record_export(session, actor)
            try:
                write_atomically(target, data)
            except OSError as exc:  # the audit row is rolled back with the transaction
                raise StorageError(tr("documents", "The copy could not be saved to {target}: {value}.").format(
                    target=target, value=exc.strerror or exc)) from exc
            written = True
    except BaseException:
        if written:
            with contextlib.suppress(OSError):
                target.unlink()
        raise


@retry_on_contention
def save_copy(db: Database, *, actor: Actor, document: GeneratedDocument, target: Path) -> Path:
    """"Save a copy…": the decrypted document written where the user chose, and the export audit-logged.

    The actor must still be allowed to see the patient's data.  The only way a generated
    document leaves MedLink unencrypted (besides the administrator's receipts export).
    """
    target = Path(target)
    if not target.suffix:
        target = target.with_suffix(".pdf" if document.content_type == PDF else ".bin")
    def record_export(session: Session, actor: Actor) -> None:
        checked = require_patient_access(session, actor, document.patient_id)
        audit.record(session, checked, document.export_action, entity=document.entity, entity_id=document.entity_id,
                     patient_id=document.patient_id, detail=f"saved a decrypted copy as {target.name}")

    write_exported_copy(db, actor=actor, target=target, data=document.data, record_export=record_export)
    return target


__all__ = ["GENERATED_FOLDERS", "GeneratedDocument", "encrypt_plaintext_documents", "is_generated_document", "load",
           "reason", "save_copy", "storage_id", "store"]
