"""Integrity check, backup and restore (Qt-free; used by the CLI and the admin window).

A backup is one zip file:

* ``manifest.json`` — format version, schema revision, creation time, and the
  SHA-256 and size of every other entry;
* ``tables/<table>.jsonl`` — every row of every table, read in ONE consistent
  read transaction (SQLite: a WAL snapshot; MySQL/MariaDB: REPEATABLE READ with
  a consistent snapshot), so the dump is portable between backends;
* ``records/<relative path>`` — the records folder as stored (still encrypted:
  the key stays in the OS keyring and is never written into a backup).

The zip is written to a temporary file, verified entry by entry against the
manifest, and only then renamed into place.
"""

from __future__ import annotations

import base64
import hashlib
import json
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, time, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import Table, func, insert, select, text
from sqlalchemy.types import Date, DateTime, LargeBinary, Time

from medlink.cancellation import check_cancelled
from medlink.db import migrate
from medlink.db.models import Base, Bill, MedicalRecord, Prescription
from medlink.db.session import Database, translate_db_errors
from medlink.db.types import UTCDateTime
from medlink.errors import ConflictError, StorageError, ValidationError
from medlink.files import replace_durably

FORMAT_VERSION = 1


@dataclass(frozen=True)
class Problem:
    kind: str  # "missing_file", "orphan_file", "unreadable_file"
    path: str
    detail: str


def integrity_check(db: Database, records_dir: Path, *, verify_contents: bool = False) -> list[Problem]:
    """Compare the records folder with the database.

    * a record, receipt or prescription whose file is missing;
    * a file in the folder that no row refers to (e.g. left by a crash);
    * with ``verify_contents``: an encrypted record that fails its integrity check.
    """
    records_dir = Path(records_dir)
    with db.read() as session:
        record_paths = dict(session.execute(select(MedicalRecord.storage_path, MedicalRecord.id)).all())
        bill_paths = {p for p in session.scalars(select(Bill.pdf_path)) if p}
        rx_paths = {p for p in session.scalars(select(Prescription.pdf_path)) if p}
    problems: list[Problem] = []
    for rel, record_id in sorted(record_paths.items()):
        check_cancelled()
        if not (records_dir / rel).is_file():
            problems.append(Problem("missing_file", rel, f"medical record #{record_id} has no file"))
        elif verify_contents:
            from medlink.security.records_crypto import decrypt_file
            from medlink.security.secrets import records_key

            try:
                decrypt_file(records_dir / rel, key=records_key(), record_id=Path(rel).stem)
            except StorageError as exc:
                problems.append(Problem("unreadable_file", rel, exc.message))
    for rel in sorted(bill_paths | rx_paths):
        if not (records_dir / rel).is_file():
            problems.append(Problem("missing_file", rel, "receipt or prescription PDF is missing (it can be regenerated)"))
    known = set(record_paths) | bill_paths | rx_paths
    if records_dir.is_dir():
        for path in sorted(records_dir.rglob("*")):
            if not path.is_file() or path.name == "README.md":
                continue
            rel = path.relative_to(records_dir).as_posix()
            if path.name.startswith(".") and path.name.endswith(TEMP_SUFFIXES):
                problems.append(Problem("temporary_file", rel, "left by an interrupted write"))
            elif rel not in known:
                problems.append(Problem("orphan_file", rel, "no record refers to this file"))
    return problems


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


def backup(db: Database, records_dir: Path, target: Path) -> BackupReport:
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.part")
    digests: dict[str, dict[str, Any]] = {}
    counts: dict[str, int] = {}
    try:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            # One read transaction for every table: SQLite reads one WAL snapshot;
            # InnoDB under REPEATABLE READ keeps the snapshot of the first read.
            engine = db.engine.execution_options(medlink_read_only=True)
            with translate_db_errors(db), engine.connect() as conn:
                if db.is_mysql:
                    conn = conn.execution_options(isolation_level="REPEATABLE READ")
                with conn.begin():
                    for table in Base.metadata.sorted_tables:
                        check_cancelled()  # a half-written backup is removed, the old one stays
                        lines = []
                        for row in conn.execute(select(table)).mappings():
                            lines.append(json.dumps({k: _encode(v) for k, v in row.items()}, ensure_ascii=False))
                        data = ("\n".join(lines) + ("\n" if lines else "")).encode("utf-8")
                        name = f"tables/{table.name}.jsonl"
                        archive.writestr(name, data)
                        digests[name] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
                        counts[table.name] = len(lines)
                    revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
            files = 0
            records_dir = Path(records_dir)
            if records_dir.is_dir():
                for path in sorted(records_dir.rglob("*")):
                    check_cancelled()
                    if path.is_file() and not path.name.startswith("."):
                        data = path.read_bytes()
                        name = "records/" + path.relative_to(records_dir).as_posix()
                        archive.writestr(name, data)
                        digests[name] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
                        files += 1
            manifest = {"format": FORMAT_VERSION, "schema_revision": revision,
                        "created_at": datetime.now(timezone.utc).isoformat(), "backend": db.backend,
                        "tables": counts, "entries": digests}
            archive.writestr("manifest.json", json.dumps(manifest, indent=1))
        verify_backup(tmp)
        replace_durably(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return BackupReport(path=target, tables=counts, files=files, size_bytes=target.stat().st_size)


def verify_backup(path: Path) -> dict[str, Any]:
    """Check every entry against the manifest; returns the manifest."""
    try:
        with zipfile.ZipFile(path) as archive:
            manifest = json.loads(archive.read("manifest.json"))
            if manifest.get("format") != FORMAT_VERSION:
                raise ValidationError("backup", "This backup was made by an incompatible MedLink version.")
            for name, meta in manifest["entries"].items():
                data = archive.read(name)
                if len(data) != meta["size"] or hashlib.sha256(data).hexdigest() != meta["sha256"]:
                    raise StorageError(f"The backup is damaged: {name} does not match its checksum.")
            return manifest
    except (zipfile.BadZipFile, KeyError, json.JSONDecodeError) as exc:
        raise StorageError(f"{path} is not a readable MedLink backup ({exc}).") from exc


@dataclass
class RestoreReport:
    tables: dict[str, int] = field(default_factory=dict)
    files: int = 0


def restore(db: Database, records_dir: Path, source: Path) -> RestoreReport:
    """Restore a verified backup into an EMPTY database and records folder."""
    manifest = verify_backup(source)
    migrate.upgrade(db)
    if migrate.current_revision(db) != manifest["schema_revision"]:
        raise ValidationError("backup", "The backup's schema revision differs from this MedLink's; "
                                        "restore it with the MedLink version that made it.")
    records_dir = Path(records_dir)
    with db.read() as session:
        # (a fresh schema holds one row: the empty audit chain's head, replaced by the backup's own)
        if any(session.scalar(select(func.count()).select_from(t)) for t in Base.metadata.sorted_tables
               if t.name != "audit_chain_head"):
            raise ConflictError("The target database is not empty. Restore into a new, empty database.")
    if records_dir.is_dir() and any(p.is_file() and p.name != "README.md" for p in records_dir.rglob("*")):
        raise ConflictError("The target records folder is not empty. Restore into a new, empty folder.")
    report = RestoreReport()
    with zipfile.ZipFile(source) as archive:
        with translate_db_errors(db), db.engine.begin() as conn:
            if db.is_mysql:
                conn.execute(text("SET FOREIGN_KEY_CHECKS=0"))
            conn.execute(text("DELETE FROM audit_chain_head"))
            for table in Base.metadata.sorted_tables:
                rows = _rows(archive, table)
                for start in range(0, len(rows), 500):
                    conn.execute(insert(table), rows[start:start + 500])
                report.tables[table.name] = len(rows)
            if db.is_mysql:
                conn.execute(text("SET FOREIGN_KEY_CHECKS=1"))
        for name in archive.namelist():
            if name.startswith("records/"):
                relative = Path(name[len("records/"):])
                if relative.is_absolute() or ".." in relative.parts:
                    raise StorageError(f"The backup contains an unsafe path: {name}")
                target = records_dir / relative
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(archive.read(name))
                report.files += 1
    return report


def _rows(archive: zipfile.ZipFile, table: Table) -> list[dict[str, Any]]:
    raw = archive.read(f"tables/{table.name}.jsonl").decode("utf-8")
    types = {c.name: c.type for c in table.columns}
    return [{k: _decode(types[k], v) for k, v in json.loads(line).items() if k in types}
            for line in raw.splitlines() if line.strip()]


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
