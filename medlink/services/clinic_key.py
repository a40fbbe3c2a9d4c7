"""The clinic data key: one per clinic, never silently made again.

* Generated once, on the first start of an empty clinic.  Its fingerprint (the
  key id, :func:`medlink.security.records_crypto.key_id_of`) is stored in the
  database (table ``clinic_key``); the key itself lives in each workstation's
  OS keyring under ``clinic-data-key:<key id>``.
* A workstation, OS account or new PC whose keyring lacks the key gets
  :class:`~medlink.errors.ClinicKeyMissing` with a sentence saying how to
  import it — from the recovery file the administrator saved at the first run,
  or from an export made on another workstation (:func:`export_key`).
* A key is never generated while encrypted data exists.  The key of older
  MedLink versions (keyring entry ``records-encryption-key``) is adopted as the
  clinic key on the first start after the upgrade.
* :func:`rotate` makes a new key and re-encrypts every file with it, one file
  at a time (each replaced atomically); killed half-way it resumes where it
  stopped, because each file's header says which key encrypted it.
"""

from __future__ import annotations

import base64
import json
import os
import weakref
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError

from medlink.cancellation import check_cancelled
from medlink.db import cipher
from medlink.db.models import ClinicKey, MedicalRecord
from medlink.db.session import Database, retry_on_contention
from medlink.errors import ClinicKeyMissing, ConflictError, MedLinkError, ValidationError
from medlink.security import key_files, records_crypto, secrets
from medlink.services import audit
from medlink.services.actor import SYSTEM, Actor
from medlink.i18n import tr

EXPORT_KIND = "medlink-clinic-key"
KEY_BYTES = 32

ProgressCallback = Callable[[int, int], None]

IMPORT_HELP = cipher.IMPORT_HELP


@dataclass(frozen=True)
class KeyStatus:
    key_id: str | None
    next_key_id: str | None
    present_here: bool
    created_at: datetime | None
    rotated_at: datetime | None

    def describe(self) -> str:
        if self.key_id is None:
            return "This clinic has no clinic key yet (it is made at the first start)."
        where = "in this computer\u2019s keyring" if self.present_here else "NOT on this computer"
        lines = [f"clinic key: {self.key_id} ({where})"]
        if self.created_at:
            lines.append(f"created:    {self.created_at.isoformat(timespec='seconds')}")
        if self.rotated_at:
            lines.append(f"rotated:    {self.rotated_at.isoformat(timespec='seconds')}")
        if self.next_key_id:
            lines.append(f"rotation to {self.next_key_id} is unfinished: run `medlink key rotate` again to finish it.")
        return "\n".join(lines)


@dataclass
class _Cached:
    key_id: str
    next_key_id: str | None
    keys: dict[str, bytes]


_cache: weakref.WeakKeyDictionary[Database, _Cached] = weakref.WeakKeyDictionary()


def forget(db: Database) -> None:
    """Drop what this process remembers about ``db``'s key (after a restore, an import, a rotation)."""
    _cache.pop(db, None)


def _stored_key(key_id: str) -> bytes | None:
    return cipher.keyring_clinic_key(key_id)


def stored_key(key_id: str) -> bytes | None:
    """The clinic key with this id from this computer's keyring (no database needed), or None."""
    return _stored_key(key_id)


def active_key(db: Database) -> tuple[str, bytes]:
    """(key id, key) of the clinic key recorded in the database (not the new one of an unfinished rotation)."""
    cached = _load(db)
    return cached.key_id, cached.keys[cached.key_id]


def _store_key(key: bytes) -> str:
    return cipher.store_clinic_key(key)


def _has_encrypted_data(db: Database) -> bool:
    with db.read() as session:
        return bool(session.scalar(select(func.count()).select_from(MedicalRecord)))


def _load(db: Database) -> _Cached:
    cached = _cache.get(db)
    if cached is not None:
        return cached
    with db.read() as session:
        row = session.get(ClinicKey, 1)
        ids = (row.key_id, row.next_key_id) if row else None
    if ids is None:
        ids = (_first_key(db), None)
    key_id, next_key_id = ids
    key = _stored_key(key_id)
    if key is None:
        raise ClinicKeyMissing(tr("clinic_key", "This computer does not have the clinic key ({key_id}) that protects "
                                                "this clinic's records. {IMPORT_HELP}").format(
            key_id=key_id, IMPORT_HELP=tr("clinic_key", IMPORT_HELP)))
    keys = {key_id: key}
    if next_key_id:
        next_key = _stored_key(next_key_id)
        if next_key is not None:
            keys[next_key_id] = next_key
    cached = _Cached(key_id=key_id, next_key_id=next_key_id, keys=keys)
    if db.cipher is not None and db.cipher.key_id != key_id:
        # the SQLite file is encrypted with another key than the clinic's (a restore brought the clinic's
        # key id, or a rotation finished): re-key it, so every OS account holding the clinic key opens it
        db.rekey(key)
    _cache[db] = cached
    secrets.set_current_clinic_key(key)
    return cached


def _first_key(db: Database) -> str:
    """Adopt the key of an older MedLink, or make the clinic key; never while data exists without one."""
    legacy = secrets.get_secret(secrets.RECORDS_KEY_NAME)
    key: bytes | None = None
    database_key_id = db.cipher.key_id if db.cipher is not None else None
    database_key = _stored_key(database_key_id) if database_key_id is not None else None
    if legacy:
        key = base64.b64decode(legacy)
        if len(key) != KEY_BYTES:
            raise ClinicKeyMissing(tr("clinic_key", "The records key of the older MedLink version in this keyring is "
                                                    "damaged.") + " " + tr("clinic_key", IMPORT_HELP))
    elif database_key is not None:
        key = database_key  # the key the new SQLite file was encrypted with at its creation
    elif _has_encrypted_data(db):
        raise ClinicKeyMissing(tr("clinic_key", "This clinic's records were encrypted by an older MedLink version "
                                                "with a key that "
                               "is not on this computer. Open MedLink once on the computer that made them, then "
                               "export the key there (`medlink key export FILE`) and import it here."))
    else:
        key = os.urandom(KEY_BYTES)
    key_id = _store_key(key)
    try:
        with db.transaction() as session:
            session.add(ClinicKey(id=1, key_id=key_id))
            audit.record(session, SYSTEM, "clinic_key.create" if not legacy else "clinic_key.adopt",
                         entity="clinic_key", detail=f"key {key_id}")
    except (ConflictError, IntegrityError):
        # Another workstation made the clinic key at the same moment: use that one (import it if absent here).
        with db.read() as session:
            row = session.get(ClinicKey, 1)
            if row is None:  # pragma: no cover - the conflict came from elsewhere
                raise
            return row.key_id
    return key_id


def is_loaded(db: Database) -> bool:
    """True once this process holds ``db``'s clinic key (after :func:`unlock`)."""
    return db in _cache


def unlock(db: Database) -> str:
    """Make sure this workstation holds the clinic key (making it on a new, empty clinic); its key id."""
    return _load(db).key_id


def data_key(db: Database) -> bytes:
    """The key new files are encrypted with (the new key while a rotation runs)."""
    cached = _load(db)
    if cached.next_key_id and cached.next_key_id in cached.keys:
        return cached.keys[cached.next_key_id]
    return cached.keys[cached.key_id]


def key_for(db: Database, key_id: str | None) -> bytes:
    """The key that encrypted a file whose header names ``key_id`` (None: a file of an older version)."""
    cached = _load(db)
    if key_id is None:
        return cached.keys[cached.key_id]
    if key_id in cached.keys:
        return cached.keys[key_id]
    older = _stored_key(key_id)  # e.g. a key retired by a rotation, kept for old backups
    if older is not None:
        return older
    raise records_crypto.WrongClinicKey(tr("clinic_key", "This file is encrypted with another clinic key ({key_id}); "
                                                         "this clinic's key is {key_id2}.").format(
        key_id=key_id, key_id2=cached.key_id))


def decrypt_file(db: Database, path: Path, *, record_id: str) -> bytes:
    """Decrypt a file of the records folder with whichever clinic key its header names."""
    path = Path(path)
    try:
        key_id = records_crypto.header_key_id(path)
    except FileNotFoundError:
        key_id = None  # decrypt_file below says which file is missing
    except OSError as exc:
        raise records_crypto.StorageError(tr("clinic_key", "The file cannot be read: {value}.").format(
            value=exc.strerror or exc)) from exc
    return records_crypto.decrypt_file(path, key=key_for(db, key_id), record_id=record_id)


def _locked_database_key_ids(db: Database) -> list[str] | None:
    """The clinic key ids named beside an SQLite file this computer cannot open (None: it opens)."""
    if db.cipher is None:
        return None
    try:
        db.cipher.raw_key()
    except ClinicKeyMissing:
        sidecar = cipher.read_sidecar(db.cipher.database)
        return [k.key_id for k in sidecar.candidates()] if sidecar else []
    return None


@retry_on_contention
def status(db: Database) -> KeyStatus:
    locked = _locked_database_key_ids(db)
    if locked:
        return KeyStatus(key_id=locked[0], next_key_id=None, present_here=False, created_at=None, rotated_at=None)
    with db.read() as session:
        row = session.get(ClinicKey, 1)
        if row is None:
            return KeyStatus(None, None, False, None, None)
        key_id, next_key_id, created, rotated = row.key_id, row.next_key_id, row.created_at, row.rotated_at
    return KeyStatus(key_id=key_id, next_key_id=next_key_id, present_here=_stored_key(key_id) is not None,
                     created_at=created, rotated_at=rotated)


# --- export / import -------------------------------------------------------------------------

@retry_on_contention
def export_key(db: Database, *, actor: Actor, path: Path, passphrase: str, clinic_name: str | None = None) -> str:
    """Write the clinic key wrapped with ``passphrase`` to ``path`` (0600); returns the key id."""
    key_files.check_passphrase(passphrase)
    cached = _load(db)
    if clinic_name is None:
        from medlink.services.clinic_settings import get_settings

        clinic_name = get_settings(db).clinic_name
    payload = json.dumps({"keys": {kid: base64.b64encode(k).decode("ascii") for kid, k in cached.keys.items()}})
    label = {"key_id": cached.next_key_id if cached.next_key_id in cached.keys else cached.key_id,
             "key_ids": sorted(cached.keys), "clinic": clinic_name,
             "exported_at": datetime.now(timezone.utc).isoformat(timespec="seconds")}
    key_files.write_private_file(Path(path), key_files.wrap(payload.encode("utf-8"), passphrase, kind=EXPORT_KIND,
                                                            label=label))
    with db.transaction() as session:
        audit.record(session, actor, "clinic_key.export", entity="clinic_key", detail=f"key {cached.key_id}")
    return cached.key_id


# Not @retry_on_contention: stores keys in the OS keyring and re-opens the SQLite file before its audit
# row, so a repeat would not start from the same state; the import is safe for the administrator to run again.
def import_key(db: Database, *, actor: Actor, path: Path, passphrase: str) -> str:
    """Store the clinic key from an export/recovery file in this computer's keyring; returns its key id.

    A wrong passphrase, a changed file or another clinic's key is refused with a
    sentence, and nothing is stored.
    """
    data = key_files.read_small_file(Path(path), what="clinic key file")
    payload, label = key_files.unwrap(data, passphrase, kind=EXPORT_KIND, what="clinic key file")
    try:
        keys = {kid: base64.b64decode(b64) for kid, b64 in json.loads(payload)["keys"].items()}
    except (ValueError, KeyError, TypeError) as exc:
        raise ValidationError("file", tr("clinic_key", "This file is not a MedLink clinic key file.")) from exc
    if not keys or any(len(k) != KEY_BYTES or records_crypto.key_id_of(k) != kid for kid, k in keys.items()):
        raise ValidationError("file", tr("clinic_key", "This clinic key file is damaged."))
    locked = _locked_database_key_ids(db)
    if locked:  # the SQLite file is encrypted with a key this computer lacks: the file beside it names it
        clinic_id: str | None = locked[0]
        wanted: set[str | None] = set(locked)
    else:
        with db.read() as session:
            row = session.get(ClinicKey, 1)
            clinic_id = row.key_id if row else None
            wanted = {row.key_id, row.next_key_id} - {None} if row else set()
    if clinic_id is not None and not wanted & set(keys):
        clinic = label.get("clinic") or "another clinic"
        raise ValidationError("file", tr("clinic_key", "This key file belongs to another clinic ({clinic}, key "
                                                       "{items}); this clinic's data is encrypted with key "
                                                       "{clinic_id}. Nothing was imported.").format(
            clinic=clinic, items=', '.join(sorted(keys)), clinic_id=clinic_id))
    if clinic_id is None and not locked and _has_encrypted_data(db):
        raise ValidationError("file", tr("clinic_key", "This clinic's records were made by an older MedLink version; "
                                                       "export the key "
                                      "on the computer that made them. Nothing was imported."))
    for key in keys.values():
        _store_key(key)
    imported = str(label.get("key_id") or sorted(keys)[0])
    forget(db)
    if locked and db.cipher is not None:
        db.dispose()
        db.cipher.forget()  # the SQLite file opens now
    if clinic_id is not None:
        with db.transaction() as session:
            audit.record(session, actor, "clinic_key.import", entity="clinic_key", detail=f"key {imported}")
    # An empty database (a new PC before `medlink restore`) is left untouched: the restore must find it empty,
    # and brings the clinic's key fingerprint and audit log with it.
    return imported


# --- rotation ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class RotationReport:
    old_key_id: str
    new_key_id: str
    files: int
    already_done: int


def encrypted_files(records_dir: Path) -> Iterator[Path]:
    """Every encrypted file of the records folder (temporary files excluded)."""
    records_dir = Path(records_dir)
    if not records_dir.is_dir():
        return
    for path in sorted(records_dir.rglob("*")):
        if path.is_file() and not path.name.startswith(".") and _is_encrypted(path):
            yield path


def _is_encrypted(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(4) in (records_crypto.MAGIC, records_crypto.LEGACY_MAGIC)
    except OSError:
        return False


# Not @retry_on_contention: a long maintenance job (a new key in the keyring, files re-encrypted between its
# transactions, progress reported); stopped at any point it resumes when run again.
def rotate(db: Database, *, actor: Actor, records_dir: Path, progress: ProgressCallback | None = None) -> RotationReport:
    """Re-encrypt every file with a new clinic key; safe to kill and run again (it resumes)."""
    cached = _load(db)
    old_id = cached.key_id
    if cached.next_key_id is None:
        new_id = _store_key(os.urandom(KEY_BYTES))
        with db.transaction() as session:
            changed = session.execute(update(ClinicKey).where(ClinicKey.id == 1, ClinicKey.key_id == old_id,
                                                              ClinicKey.next_key_id.is_(None))
                                      .values(next_key_id=new_id))
            if not getattr(changed, "rowcount", 0):
                raise ConflictError(tr("clinic_key", "Another workstation changed the clinic key meanwhile; run the "
                                                     "rotation again."))
            audit.record(session, actor, "clinic_key.rotation_start", entity="clinic_key",
                         detail=f"{old_id} -> {new_id}")
        forget(db)
        cached = _load(db)
    new_id = cached.next_key_id or ""
    if new_id not in cached.keys:
        raise ClinicKeyMissing(tr("clinic_key", "A rotation to the clinic key {new_id} was started on another "
                                                "computer and is not finished; finish it there, or import that key "
                                                "here first.").format(new_id=new_id))
    new_key = cached.keys[new_id]
    files = list(encrypted_files(records_dir))
    done = skipped = 0
    for index, path in enumerate(files):
        check_cancelled()  # stopped here, the rotation stays unfinished and the next run resumes it
        key_id = records_crypto.header_key_id(path)
        if key_id == new_id:
            skipped += 1
        else:
            data = records_crypto.decrypt_file(path, key=key_for(db, key_id), record_id=path.stem)
            records_crypto.encrypt_to_file(data, path, key=new_key, record_id=path.stem)
            done += 1
        if progress:
            progress(index + 1, len(files))
    with db.transaction() as session:
        session.execute(update(ClinicKey).where(ClinicKey.id == 1, ClinicKey.next_key_id == new_id)
                        .values(key_id=new_id, next_key_id=None, rotated_at=datetime.now(timezone.utc)))
        audit.record(session, actor, "clinic_key.rotated", entity="clinic_key",
                     detail=f"{old_id} -> {new_id}, {done} files re-encrypted")
    forget(db)
    _load(db)
    return RotationReport(old_key_id=old_id, new_key_id=new_id, files=done, already_done=skipped)


__all__ = ["ClinicKeyMissing", "KeyStatus", "RotationReport", "MedLinkError", "data_key", "decrypt_file",
           "export_key", "forget", "import_key", "key_for", "rotate", "status", "unlock"]
