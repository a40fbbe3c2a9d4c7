"""Integrity check, backup and restore (Qt-free; used by the CLI and the admin window).

A backup (format 2) is one zip file of STORED members, every one encrypted:

* ``medlink-backup.json`` — the only plaintext: format, backup id, the clinic
  key's id and the manifest's signature (HMAC-SHA256 with a key derived from
  the clinic key by HKDF);
* ``manifest`` — encrypted (AES-256-GCM, key derived from the clinic key): schema
  revision, creation time, row counts, and for every entry its real name,
  size and SHA-256;
* ``e/000001`` … — one member per entry, encrypted in authenticated chunks
  whose associated data binds the backup id, the member and the entry's name
  (so entries cannot be swapped, dropped or moved between backups).  Entries
  are every table as JSON lines (zlib-compressed before encryption), read in
  ONE consistent read transaction (SQLite: a WAL snapshot; MySQL/MariaDB:
  REPEATABLE READ), so the dump is portable between backends; and every file
  of the records folder.

Nothing is written in plaintext: the temporary ``.part`` file is already
encrypted.  It is verified entry by entry, then renamed into place.  A restore
checks every entry before it writes anything and cannot half-happen (see
:func:`restore`).
"""

from __future__ import annotations

import base64
import errno
import hashlib
import hmac
import json
import os
import shutil
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timezone
from pathlib import Path, PurePosixPath
from typing import Any, BinaryIO

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from sqlalchemy import Table, func, insert, select, text
from sqlalchemy.types import Date, DateTime, LargeBinary, Time

from medlink.cancellation import check_cancelled
from medlink.db import migrate
from medlink.db.models import Base, Bill, MedicalRecord, Prescription
from medlink.db.session import Database, translate_db_errors
from medlink.db.types import UTCDateTime
from medlink.errors import ClinicKeyMissing, ConflictError, StorageError, ValidationError
from medlink.files import fsync_dir, replace_durably, write_atomically
from medlink.security import records_crypto
from medlink.i18n import tr

FORMAT_VERSION = 2
HEADER_MEMBER = "medlink-backup.json"
MANIFEST_MEMBER = "manifest"
BACKUP_PART_SUFFIX = ".backup-part"
RESTORE_JOURNAL = ".restore-journal.json"
RESTORE_STAGING = ".restore-staging"
MAX_ENTRY_BYTES = 8 * 1024**3
MAX_BACKUP_BYTES = 2 * 1024**4


@dataclass(frozen=True)
class Problem:
    kind: str  # "missing_file", "orphan_file", "unreadable_file", "plaintext_file", "temporary_file", "receipt_pending"
    path: str
    detail: str


def integrity_check(db: Database, records_dir: Path, *, verify_contents: bool = False) -> list[Problem]:
    """Compare the records folder with the database.

    * a record, receipt or prescription whose file is missing;
    * a file in the folder that no row refers to (e.g. left by a crash);
    * a receipt or prescription PDF still in plaintext (left by an older version);
    * with ``verify_contents``: an encrypted record, receipt or prescription that fails its integrity check;
    * a bill whose receipt is still pending (:func:`medlink.services.billing.issue_bill`).
    """
    records_dir = Path(records_dir)
    with db.read() as session:
        record_paths = dict(session.execute(select(MedicalRecord.storage_path, MedicalRecord.id)).all())
        bill_paths = {p for p in session.scalars(select(Bill.pdf_path)) if p}
        rx_paths = {p for p in session.scalars(select(Prescription.pdf_path)) if p}
        pending = list(session.scalars(select(Bill.number).where(Bill.receipt_pending.is_(True)).order_by(Bill.id)))
    problems: list[Problem] = [
        Problem("receipt_pending", number, tr("maintenance", "the bill is issued but its receipt PDF is not written yet "
                                              "(written at the next start or by `medlink check --repair`)"))
        for number in pending]
    for rel, record_id in sorted(record_paths.items()):
        check_cancelled()
        if not (records_dir / rel).is_file():
            problems.append(Problem("missing_file", rel, tr("maintenance", "medical record #{id} has no file").format(
                id=record_id)))
        elif verify_contents:
            from medlink.services import clinic_key

            try:
                clinic_key.decrypt_file(db, records_dir / rel, record_id=Path(rel).stem)
            except StorageError as exc:
                problems.append(Problem("unreadable_file", rel, exc.message))
    for rel in sorted(bill_paths | rx_paths):
        check_cancelled()
        path = records_dir / rel
        if not path.is_file():
            problems.append(Problem("missing_file", rel, tr("maintenance", "receipt or prescription PDF is missing "
                                                                           "(it can be regenerated)")))
        elif _starts_with(path, b"%PDF-"):
            problems.append(Problem("plaintext_file", rel, tr("maintenance", "receipt or prescription left unencrypted "
                                    "by an older version (encrypted at the next start or by `medlink check --repair`)")))
        elif verify_contents:
            from medlink.services import clinic_key

            try:
                clinic_key.decrypt_file(db, path, record_id=Path(rel).stem)
            except StorageError as exc:
                problems.append(Problem("unreadable_file", rel,
                                        exc.message + " " + tr("maintenance", "(it can be regenerated)")))
    known = set(record_paths) | bill_paths | rx_paths
    if records_dir.is_dir():
        for path in sorted(records_dir.rglob("*")):
            if not path.is_file() or path.name == "README.md":
                continue
            rel = path.relative_to(records_dir).as_posix()
            if path.name.startswith(".") and path.name.endswith(TEMP_SUFFIXES):
                problems.append(Problem("temporary_file", rel, tr("maintenance", "left by an interrupted write")))
            elif rel not in known:
                problems.append(Problem("orphan_file", rel, tr("maintenance", "no record refers to this file")))
    return problems


def _starts_with(path: Path, prefix: bytes) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(len(prefix)) == prefix
    except OSError:
        return False


# --- backup -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class BackupReport:
    path: Path
    tables: dict[str, int]
    files: int
    size_bytes: int


def _encode(value: Any) -> Any:
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc).isoformat()
    if isinstance(value, (date, time)):
        return value.isoformat()
    if isinstance(value, (bytes, bytearray, memoryview)):
        return {"b64": base64.b64encode(bytes(value)).decode("ascii")}
    return value


def _decode(column_type: Any, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, dict) and "b64" in value:
        return base64.b64decode(value["b64"])
    if isinstance(column_type, (UTCDateTime, DateTime)):
        return datetime.fromisoformat(value)
    if isinstance(column_type, Date):
        return date.fromisoformat(value)
    if isinstance(column_type, Time):
        return time.fromisoformat(value)
    if isinstance(column_type, LargeBinary):
        return value
    return value


def _backup_keys(clinic_key_bytes: bytes) -> tuple[bytes, bytes]:
    """(encryption key, manifest signing key), both derived from the clinic key (HKDF-SHA256)."""
    def derive(info: bytes) -> bytes:
        return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(clinic_key_bytes)

    return derive(b"MedLink backup v2 encryption"), derive(b"MedLink backup v2 manifest signature")


def _entry_aad(backup_id: str, member: str, name: str) -> str:
    return f"backup:{backup_id}:{member}:{name}"


def _disk_full(exc: OSError, folder: Path) -> StorageError:
    if exc.errno == errno.ENOSPC:
        free = shutil.disk_usage(folder).free if folder.exists() else 0
        return StorageError(tr("maintenance", "The disk is full: the backup could not be written to {folder} "
                                              "({value} MB free). Free some space or choose another drive; nothing "
                                              "was changed.").format(folder=folder, value=free // (1024 * 1024)))
    return StorageError(tr("maintenance", "The backup could not be written to {folder}: {value}.").format(
        folder=folder, value=exc.strerror or exc))


def _open_part(path: Path) -> BinaryIO:
    """The temporary file of a backup being written (readable by this OS account only)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    return os.fdopen(fd, "w+b")


def backup(db: Database, records_dir: Path, target: Path) -> BackupReport:
    """Write the whole clinic into one encrypted, signed file; verified before it is moved into place.

    Nothing is written in plaintext: each entry is encrypted while it is written.
    """
    from medlink.services import clinic_key

    target = Path(target)
    key_id, key = clinic_key.active_key(db)
    encryption_key, signing_key = _backup_keys(key)
    backup_id = os.urandom(8).hex()
    tmp = target.with_name(f".{target.name}.{backup_id}{BACKUP_PART_SUFFIX}")
    entries: list[dict[str, Any]] = []
    counts: dict[str, int] = {}
    try:
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        _remember_backup_folder(target.parent)
        with _open_part(tmp) as raw, zipfile.ZipFile(raw, "w", compression=zipfile.ZIP_STORED,
                                                     allowZip64=True) as archive:

            def add(name: str, chunks: Iterator[bytes], *, compress: bool) -> None:
                member = f"e/{len(entries) + 1:06d}"
                digest, size = hashlib.sha256(), 0
                packer = zlib.compressobj(6) if compress else None
                with archive.open(member, "w", force_zip64=True) as out:
                    writer = records_crypto.EncryptingWriter(out, key=encryption_key,  # type: ignore[arg-type]
                                                             record_id=_entry_aad(backup_id, member, name))
                    for chunk in chunks:
                        digest.update(chunk)
                        size += len(chunk)
                        writer.write(packer.compress(chunk) if packer else chunk)
                    if packer:
                        writer.write(packer.flush())
                    writer.close()
                entries.append({"member": member, "name": name, "size": size, "sha256": digest.hexdigest(),
                                "compressed": compress, "stored": archive.getinfo(member).file_size})

            # One read transaction for every table: SQLite reads one WAL snapshot;
            # InnoDB under REPEATABLE READ keeps the snapshot of the first read.
            engine = db.engine.execution_options(medlink_read_only=True)
            with translate_db_errors(db), engine.connect() as conn:
                if db.is_mysql:
                    conn = conn.execution_options(isolation_level="REPEATABLE READ")
                with conn.begin():
                    for table in Base.metadata.sorted_tables:
                        check_cancelled()  # a half-written backup is removed, the old one stays
                        counter = [0]

                        def lines(table: Table = table, counter: list[int] = counter) -> Iterator[bytes]:
                            for row in conn.execute(select(table)).mappings():
                                counter[0] += 1
                                yield (json.dumps({k: _encode(v) for k, v in row.items()},
                                                  ensure_ascii=False) + "\n").encode("utf-8")

                        add(f"tables/{table.name}.jsonl", lines(), compress=True)
                        counts[table.name] = counter[0]
                    revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
            files = 0
            records_dir = Path(records_dir)
            if records_dir.is_dir():
                for path in sorted(records_dir.rglob("*")):
                    check_cancelled()
                    rel = path.relative_to(records_dir)
                    if path.is_file() and not any(part.startswith(".") for part in rel.parts):
                        add("records/" + rel.as_posix(), _read_chunks(path), compress=False)
                        files += 1
            manifest = {"format": FORMAT_VERSION, "backup_id": backup_id, "key_id": key_id,
                        "schema_revision": revision, "created_at": datetime.now(timezone.utc).isoformat(),
                        "backend": db.backend, "tables": counts, "entries": entries}
            manifest_bytes = json.dumps(manifest, sort_keys=True).encode("utf-8")
            with archive.open(MANIFEST_MEMBER, "w") as out:
                writer = records_crypto.EncryptingWriter(out, key=encryption_key,  # type: ignore[arg-type]
                                                         record_id=f"backup:{backup_id}:manifest")
                writer.write(manifest_bytes)
                writer.close()
            header = {"format": FORMAT_VERSION, "application": "MedLink", "backup_id": backup_id, "key_id": key_id,
                      "signature": hmac.new(signing_key, manifest_bytes, hashlib.sha256).hexdigest()}
            archive.writestr(HEADER_MEMBER, json.dumps(header, indent=1))
            raw.flush()
            os.fsync(raw.fileno())
        verify_backup(tmp)
        replace_durably(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise _disk_full(exc, target.parent) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return BackupReport(path=target, tables=counts, files=files, size_bytes=target.stat().st_size)


def _read_chunks(path: Path, size: int = 1024 * 1024) -> Iterator[bytes]:
    with open(path, "rb") as fh:
        while chunk := fh.read(size):
            yield chunk


@dataclass(frozen=True)
class _Verified:
    manifest: dict[str, Any]
    encryption_key: bytes


def _damaged(detail: str) -> StorageError:
    return StorageError(tr("maintenance", "The backup is damaged or was changed ({detail}); nothing was restored.").format(
        detail=detail))


def _check_entry_name(name: str) -> None:
    if name.startswith("tables/"):
        table = name[len("tables/"):-len(".jsonl")] if name.endswith(".jsonl") else ""
        if table not in Base.metadata.tables:
            raise _damaged(f"unknown entry {name!r}")
        return
    if not name.startswith("records/"):
        raise _damaged(f"unknown entry {name!r}")
    relative = PurePosixPath(name[len("records/"):])
    if (not relative.parts or relative.is_absolute() or any(part in ("", ".", "..") or part.startswith(".")
                                                            or "\\" in part or ":" in part
                                                            for part in relative.parts)):
        raise StorageError(tr("maintenance", "The backup contains an unsafe path ({name!r}); nothing was restored.").format(
            name=name))


def _iter_entry(archive: zipfile.ZipFile, entry: dict[str, Any], verified: _Verified) -> Iterator[bytes]:
    """The plaintext of one entry, chunk by chunk; its size and checksum are checked as it is read."""
    backup_id = verified.manifest["backup_id"]
    limit, digest, size = int(entry["size"]), hashlib.sha256(), 0
    unpacker = zlib.decompressobj() if entry["compressed"] else None
    with archive.open(entry["member"]) as fh:
        for chunk in records_crypto.iter_decrypt_stream(
                fh, key=verified.encryption_key,  # type: ignore[arg-type]
                record_id=_entry_aad(backup_id, entry["member"], entry["name"])):
            pieces = [chunk] if unpacker is None else []
            if unpacker is not None:
                data = unpacker.decompress(chunk, limit - size + 1)
                pieces.append(data)
                while unpacker.unconsumed_tail and size + len(data) <= limit:
                    data = unpacker.decompress(unpacker.unconsumed_tail, limit - size - len(data) + 1)
                    pieces.append(data)
            for piece in pieces:
                size += len(piece)
                if size > limit:
                    raise StorageError(tr("maintenance", "The backup entry {value} expands beyond its stated size (a "
                                                         "zip bomb?); nothing was restored.").format(
                        value=entry['name']))
                digest.update(piece)
                yield piece
    if size != limit or digest.hexdigest() != entry["sha256"]:
        raise _damaged(f"{entry['name']} does not match its checksum")


def verify_backup(path: Path) -> dict[str, Any]:
    """Check the whole backup without writing anything; returns its manifest.

    The clinic key named in the backup must be in this computer's keyring.
    Every entry is decrypted (authenticated) and checked against the signed
    manifest; every member must be listed and every listed entry present.
    """
    return _verify(Path(path)).manifest


def _verify(path: Path) -> _Verified:
    from medlink.services import clinic_key

    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
            if "manifest.json" in names and HEADER_MEMBER not in names:
                raise ValidationError("backup", tr("maintenance", "This backup was made by an older MedLink version, "
                                                                  "unencrypted and "
                                                "unsigned; it cannot be restored safely by this version."))
            if HEADER_MEMBER not in names or MANIFEST_MEMBER not in names:
                raise StorageError(tr("maintenance", "{name} is not a MedLink backup.").format(name=path.name))
            for info in archive.infolist():
                if info.compress_type != zipfile.ZIP_STORED or info.file_size > MAX_ENTRY_BYTES * 2:
                    raise StorageError(tr("maintenance", "{name} contains an entry MedLink did not write "
                                                         "({filename}; perhaps a zip bomb); nothing was restored.").format(
                        name=path.name, filename=info.filename))
            if len(names) != len(set(names)):
                raise _damaged("an entry appears twice")
            header = json.loads(archive.read(HEADER_MEMBER))
            if header.get("format") != FORMAT_VERSION:
                raise ValidationError("backup", tr("maintenance", "This backup was made by an incompatible MedLink "
                                                                  "version."))
            key_id = str(header.get("key_id", ""))
            key = clinic_key.stored_key(key_id)
            if key is None:
                raise ClinicKeyMissing(tr("maintenance", "This backup is encrypted with the clinic key {key_id}, "
                                                         "which is not in this computer's keyring: it belongs to "
                                                         "another clinic, or the clinic key must be imported first "
                                                         "(`medlink key import RECOVERY-FILE`). Nothing was restored.").format(
                    key_id=key_id))
            encryption_key, signing_key = _backup_keys(key)
            backup_id = str(header.get("backup_id", ""))
            with archive.open(MANIFEST_MEMBER) as fh:
                manifest_bytes = b"".join(records_crypto.iter_decrypt_stream(
                    fh, key=encryption_key, record_id=f"backup:{backup_id}:manifest"))  # type: ignore[arg-type]
            expected = hmac.new(signing_key, manifest_bytes, hashlib.sha256).hexdigest()
            if not hmac.compare_digest(expected, str(header.get("signature", ""))):
                raise _damaged("the manifest's signature does not match")
            manifest = json.loads(manifest_bytes)
            if manifest.get("backup_id") != backup_id or manifest.get("key_id") != key_id:
                raise _damaged("the header does not match the manifest")
            entries = manifest["entries"]
            listed = {e["member"] for e in entries}
            present = set(names) - {HEADER_MEMBER, MANIFEST_MEMBER}
            if listed - present:
                raise _damaged(f"{len(listed - present)} listed entries are missing")
            if present - listed:
                raise _damaged(f"{len(present - listed)} entries are not in the manifest")
            if len({e["name"] for e in entries}) != len(entries):
                raise _damaged("an entry name appears twice")
            tables = {f"tables/{t.name}.jsonl" for t in Base.metadata.sorted_tables}
            if tables - {e["name"] for e in entries}:
                raise _damaged("tables are missing: " + ", ".join(sorted(tables - {e["name"] for e in entries})))
            total = 0
            for entry in entries:
                _check_entry_name(entry["name"])
                if not 0 <= int(entry["size"]) <= MAX_ENTRY_BYTES:
                    raise StorageError(tr("maintenance", "The backup entry {value} is larger than MedLink allows; "
                                                         "nothing was restored.").format(value=entry['name']))
                if archive.getinfo(entry["member"]).file_size != entry["stored"]:
                    raise _damaged(f"{entry['name']} has the wrong size")
                total += int(entry["size"])
            if total > MAX_BACKUP_BYTES:
                raise StorageError(tr("maintenance", "The backup is larger than MedLink allows; nothing was restored."))
            verified = _Verified(manifest=manifest, encryption_key=encryption_key)
            for entry in entries:  # authenticate every byte before anything is written
                for _chunk in _iter_entry(archive, entry, verified):
                    pass
            return verified
    except records_crypto.WrongClinicKey as exc:
        raise StorageError(tr("maintenance", "The backup is encrypted with another clinic key than the one it names: "
                                             "it was forged "
                           "or changed; nothing was restored.")) from exc
    except (ClinicKeyMissing, ValidationError):
        raise
    except StorageError as exc:
        if "integrity check" in exc.message:
            raise _damaged("an entry failed its integrity check") from exc
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, KeyError, ValueError, TypeError, EOFError) as exc:
        raise StorageError(tr("maintenance", "{name} is not a readable MedLink backup (it may be truncated or "
                                             "damaged); nothing was restored.").format(name=path.name)) from exc
    except FileNotFoundError as exc:
        raise ValidationError("backup", tr("maintenance", "There is no file {path}.").format(path=path)) from exc
    except OSError as exc:
        raise StorageError(tr("maintenance", "{path} cannot be read: {value}.").format(
            path=path, value=exc.strerror or exc)) from exc


@dataclass
class RestoreReport:
    tables: dict[str, int] = field(default_factory=dict)
    files: int = 0


def _journal_path(records_dir: Path) -> Path:
    return Path(records_dir) / RESTORE_JOURNAL


def _staging_dir(records_dir: Path) -> Path:
    return Path(records_dir) / RESTORE_STAGING


def _write_json_durably(path: Path, value: Any) -> None:
    write_atomically(path, json.dumps(value))  # the one atomic-write helper (owner-only temp file, fsynced)


def _table_counts(db: Database) -> dict[str, int]:
    """Rows per table, leaving out the tables the migrations seed (:func:`medlink.db.migrate.seeded_tables`)."""
    seeded = migrate.seeded_tables()
    with db.read() as session:
        return {t.name: int(session.scalar(select(func.count()).select_from(t)) or 0)
                for t in Base.metadata.sorted_tables if t.name not in seeded}


def finish_interrupted_restore(db: Database, records_dir: Path) -> str | None:
    """After a restore was killed: keep it if its database commit happened, else undo its files.

    Returns "completed", "rolled back" or None (no interrupted restore).  The
    database commit is the single point of no return: before it, the files the
    restore moved into place are removed again (the old, empty state); after
    it, only the journal and the staging folder are left to clean up.
    """
    records_dir = Path(records_dir)
    journal = _journal_path(records_dir)
    if not journal.exists():
        staging = _staging_dir(records_dir)
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
        return None
    try:
        state = json.loads(journal.read_text("utf-8"))
        files, expected = list(state["files"]), dict(state["tables"])
    except (ValueError, KeyError, TypeError, OSError):
        files, expected = [], None
    counts = _table_counts(db)
    if not expected or not any(expected.values()):
        committed = False  # nothing in the database to keep (or an unreadable journal): undo the files
    else:  # the restore inserted every row in one transaction into an empty database: all or none are there
        committed = all(counts.get(name, 0) >= n for name, n in expected.items()
                        if name not in migrate.seeded_tables())
    outcome = "completed" if committed else "rolled back"
    if not committed:
        for rel in files:
            (records_dir / rel).unlink(missing_ok=True)
        for folder in sorted({(records_dir / rel).parent for rel in files}, key=lambda p: len(p.parts),
                             reverse=True):
            while folder != records_dir and folder.is_dir() and not any(folder.iterdir()):
                folder.rmdir()
                folder = folder.parent
    shutil.rmtree(_staging_dir(records_dir), ignore_errors=True)
    journal.unlink(missing_ok=True)
    fsync_dir(records_dir)
    return outcome


def restore(db: Database, records_dir: Path, source: Path,
            progress: Callable[[int, int], None] | None = None) -> RestoreReport:
    """Restore a backup into an EMPTY database and records folder, all or nothing.

    1. every entry is checked (signature, names, sizes, checksums) before anything is written;
    2. the records are written to a staging folder, then moved into place (a journal lists them);
    3. the database rows are committed in ONE transaction — the point of no return;
    4. the journal is removed.  A restore killed at any point is finished or undone by
       :func:`finish_interrupted_restore` (run again by ``medlink restore`` and at start-up).
    """
    source, records_dir = Path(source), Path(records_dir)
    migrate.upgrade(db)
    finish_interrupted_restore(db, records_dir)
    verified = _verify(source)
    manifest = verified.manifest
    if migrate.current_revision(db) != manifest["schema_revision"]:
        raise ValidationError("backup", tr("maintenance", "The backup's schema revision differs from this MedLink's; "
                                        "restore it with the MedLink version that made it."))
    # (the seeded rows of a fresh schema — the starter lab catalogue — are not counted)
    if any(_table_counts(db).values()):
        raise ConflictError(tr("maintenance", "The target database is not empty. Restore into a new, empty database."))
    if records_dir.is_dir() and any(p.is_file() and p.name != "README.md"
                                    and not p.relative_to(records_dir).parts[0].startswith(".")
                                    for p in records_dir.rglob("*")):
        raise ConflictError(tr("maintenance", "The target records folder is not empty. Restore into a new, empty "
                                              "folder."))
    records = [e for e in manifest["entries"] if e["name"].startswith("records/")]
    needed = sum(int(e["size"]) for e in records)
    records_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    free = shutil.disk_usage(records_dir).free
    if needed > free:
        raise StorageError(tr("maintenance", "Not enough free disk space to restore: the records need {value} MB, "
                                             "{value2} MB are free. Nothing was restored.").format(
            value=needed // (1024 * 1024), value2=free // (1024 * 1024)))
    report = RestoreReport()
    relatives = [e["name"][len("records/"):] for e in records]
    from medlink.services import clinic_key

    clinic_key_bytes = clinic_key.stored_key(str(manifest["key_id"])) or b""  # present: _verify needed it
    staging = _staging_dir(records_dir)
    try:
        _write_json_durably(_journal_path(records_dir), {"backup_id": manifest["backup_id"], "files": relatives,
                                                         "tables": manifest["tables"]})
        with zipfile.ZipFile(source) as archive:
            for index, (entry, rel) in enumerate(zip(records, relatives)):
                staged = staging / rel
                staged.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
                fd = os.open(staged, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
                with os.fdopen(fd, "wb") as out:
                    if _plaintext_document(rel, int(entry["size"])):
                        # a receipt or prescription of an older version's backup: encrypted before it is written
                        data = b"".join(_iter_entry(archive, entry, verified))
                        if data.startswith(b"%PDF-"):
                            records_crypto.write_encrypted(out, data, key=clinic_key_bytes, record_id=Path(rel).stem)
                        else:
                            out.write(data)
                    else:
                        for chunk in _iter_entry(archive, entry, verified):
                            out.write(chunk)
                    out.flush()
                    os.fsync(out.fileno())
                if progress:
                    progress(index + 1, len(records) + 1)
            for rel in relatives:
                final = records_dir / rel
                final.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
                os.replace(staging / rel, final)
            for folder in {(records_dir / rel).parent for rel in relatives}:
                fsync_dir(folder)
            report.files = len(relatives)
            by_name = {e["name"]: e for e in manifest["entries"]}
            with translate_db_errors(db), db.engine.begin() as conn:
                if db.is_mysql:
                    conn.execute(text("SET FOREIGN_KEY_CHECKS=0"))
                for table in Base.metadata.sorted_tables:
                    if table.name in migrate.seeded_tables():
                        conn.execute(table.delete())  # the backup's catalogue replaces the starter one
                    entry = by_name[f"tables/{table.name}.jsonl"]
                    report.tables[table.name] = _insert_rows(conn, table, _iter_lines(
                        _iter_entry(archive, entry, verified)))
                if db.is_mysql:
                    conn.execute(text("SET FOREIGN_KEY_CHECKS=1"))
        if progress:
            progress(len(records) + 1, len(records) + 1)
    except OSError as exc:
        finish_interrupted_restore(db, records_dir)
        if exc.errno == errno.ENOSPC:
            raise StorageError(tr("maintenance", "The disk became full during the restore; it was undone. Free some "
                                                 "space and "
                               "run it again.")) from exc
        raise StorageError(tr("maintenance", "The restore failed and was undone: {value}.").format(
            value=exc.strerror or exc)) from exc
    except BaseException:
        finish_interrupted_restore(db, records_dir)
        raise
    finish_interrupted_restore(db, records_dir)  # committed: removes the journal and the staging folder
    clinic_key.forget(db)
    if db.cipher is not None:  # re-key the SQLite file with the clinic key the backup brought, right away
        try:
            clinic_key.unlock(db)
        except ClinicKeyMissing:  # pragma: no cover - the backup was verified with that key moments ago
            pass
    return report


MAX_DOCUMENT_BYTES = 64 * 1024 * 1024


def _plaintext_document(relative: str, size: int) -> bool:
    """A receipt or prescription entry that may hold a plaintext PDF (backups made before they were encrypted)."""
    from medlink.services.documents import is_generated_document

    return is_generated_document(relative) and size <= MAX_DOCUMENT_BYTES


def _iter_lines(chunks: Iterator[bytes]) -> Iterator[bytes]:
    pending = b""
    for chunk in chunks:
        pending += chunk
        *lines, pending = pending.split(b"\n")
        yield from lines
    if pending:
        yield pending


def _insert_rows(conn: Any, table: Table, lines: Iterator[bytes]) -> int:
    types = {c.name: c.type for c in table.columns}
    batch: list[dict[str, Any]] = []
    count = 0
    for line in lines:
        if not line.strip():
            continue
        batch.append({k: _decode(types[k], v) for k, v in json.loads(line).items() if k in types})
        if len(batch) == 500:
            conn.execute(insert(table), batch)
            count += len(batch)
            batch = []
    if batch:
        conn.execute(insert(table), batch)
        count += len(batch)
    return count


def _remember_backup_folder(folder: Path) -> None:
    """Backups may go anywhere: remember the folders, so `check --repair` finds stale temporary files."""
    from medlink import paths

    path = paths.data_dir() / "backup-folders.json"
    try:
        known = set(json.loads(path.read_text("utf-8"))) if path.exists() else set()
    except (ValueError, OSError):
        known = set()
    folder_str = str(Path(folder).resolve())
    if folder_str not in known:
        known.add(folder_str)
        try:
            _write_json_durably(path, sorted(known))
        except OSError:  # pragma: no cover - the data folder is not writable
            pass


def remove_stale_backup_parts(records_dir: Path | None = None, *, older_than_s: float = 600) -> list[str]:
    """Temporary files of killed backups (encrypted, but useless and large) in the known backup folders."""
    import time as _time

    from medlink import paths

    folders: set[Path] = set()
    try:
        folders |= {Path(f) for f in json.loads((paths.data_dir() / "backup-folders.json").read_text("utf-8"))}
    except (ValueError, OSError):
        pass
    if records_dir is not None:
        folders.add(Path(records_dir))
    cutoff = _time.time() - older_than_s
    removed = []
    for folder in sorted(folders):
        if not folder.is_dir():
            continue
        for path in folder.glob(f".*{BACKUP_PART_SUFFIX}"):
            try:
                if path.is_file() and path.stat().st_mtime <= cutoff:
                    path.unlink()
                    removed.append(str(path))
            except OSError:
                continue
        for path in folder.glob(".*.zip.part"):  # left by MedLink versions before the encrypted backups
            try:
                if path.is_file() and path.stat().st_mtime <= cutoff:
                    path.unlink()
                    removed.append(str(path))
            except OSError:
                continue
    return sorted(removed)


# --- recovery after a crash -------------------------------------------------------------------

TEMP_SUFFIXES = (".part", ".staging")


def recover_records_folder(db: Database, records_dir: Path, *, older_than_s: float = 600) -> list[str]:
    """Remove what an interrupted write can leave behind; returns the removed paths.

    * temporary files (``.part`` / ``.staging``) of writes that never finished;
    * encrypted record files no row refers to (the process died between moving
      the file into place and committing).

    Only files older than ``older_than_s`` are touched, so an upload in progress
    on another workstation sharing the folder is never disturbed.  Receipts and
    prescriptions are never deleted (they can be regenerated, but also carry a
    number that a later bill reuses and overwrites).
    """
    import time as _time

    records_dir = Path(records_dir)
    if not records_dir.is_dir():
        return []
    finish_interrupted_restore(db, records_dir)
    cutoff = _time.time() - older_than_s
    with db.read() as session:
        referenced = set(session.scalars(select(MedicalRecord.storage_path)))
    removed = []
    for path in records_dir.rglob("*"):
        if not path.is_file() or path.stat().st_mtime > cutoff:
            continue
        rel = path.relative_to(records_dir).as_posix()
        temporary = path.name.startswith(".") and path.name.endswith(TEMP_SUFFIXES)
        orphan_record = "/records/" in f"/{rel}" and path.suffix == ".bin" and rel not in referenced
        if temporary or orphan_record:
            path.unlink(missing_ok=True)
            removed.append(rel)
    return sorted(removed)
