"""The embedded SQLite database encrypted with SQLCipher, keyed from the clinic key.

* The database file is a SQLCipher 4 file (AES-256, an HMAC per page); without the key
  it reads as random bytes.  Its key is not typed by anyone: it is derived from the
  clinic data key with HKDF-SHA256 and a random salt, and handed to SQLCipher as a raw
  key (``PRAGMA key = "x'…'"``), so opening a connection costs no passphrase stretching.
* The clinic key's id lives *inside* the database (table ``clinic_key``), which cannot be
  read before the database is keyed.  So what is needed to find the key — the clinic
  key's id and the salt, no secret — is kept beside the file in a small sidecar,
  ``<database file>.key.json`` (0600).  During a re-keying it names the new key and the
  previous one; opening tries both.
* A plaintext database (of an older MedLink) is encrypted in place on first open,
  crash-safe: ``sqlcipher_export`` into a new file beside it, fsync, then an atomic
  rename over the old one.  Killed at any point, the folder holds either the old
  plaintext database (the next start encrypts it again) or the complete encrypted one.
* A new, empty database gets the clinic key at its creation (the key of an older
  MedLink's keyring entry is adopted; otherwise a new one is made and stored in the OS
  keyring), and :mod:`medlink.services.clinic_key` records that key as the clinic's.
"""

from __future__ import annotations

import base64
import contextlib
import json
import logging
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from medlink.errors import ClinicKeyMissing, StorageError
from medlink.files import make_private, replace_durably
from medlink.i18n import N_, tr
from medlink.security import records_crypto, secrets

log = logging.getLogger(__name__)

SIDECAR_SUFFIX = ".key.json"
SIDECAR_FORMAT = 1
PLAINTEXT_MAGIC = b"SQLite format 3\x00"
KEY_BYTES = 32
SALT_BYTES = 16
MIGRATION_SUFFIX = ".cipher-part"
_HKDF_INFO = b"MedLink SQLCipher database key v1"

IMPORT_HELP = N_("clinic_key", "Import the clinic key on this computer: `medlink key import FILE` with the recovery "
                               "file saved at the clinic's first start, or a key file exported on a workstation that "
                               "can read the records (`medlink key export FILE`). See docs/security.md, "
                               "\u201cRecovering the clinic key\u201d.")


def sqlcipher_module() -> Any:
    """The SQLCipher DB-API module (``sqlcipher3``, from the ``sqlcipher3-binary`` wheel)."""
    import sqlcipher3

    return sqlcipher3


@dataclass(frozen=True)
class CipherKey:
    key_id: str
    salt: bytes


@dataclass(frozen=True)
class Sidecar:
    current: CipherKey
    previous: CipherKey | None = None

    def candidates(self) -> list[CipherKey]:
        return [self.current] + ([self.previous] if self.previous else [])


def sidecar_path(database: Path) -> Path:
    return Path(f"{database}{SIDECAR_SUFFIX}")


def read_sidecar(database: Path) -> Sidecar | None:
    path = sidecar_path(database)
    try:
        raw = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise StorageError(tr("cipher", "The key information file {path} beside the database cannot be read "
                                        "({reason}). "
                                        "Restore it from a backup of the data folder, or restore the clinic from a "
                                        "MedLink backup.").format(path=path, reason=exc)) from exc

    def one(value: Any) -> CipherKey:
        return CipherKey(key_id=str(value["key_id"]), salt=base64.b64decode(value["salt"]))

    try:
        return Sidecar(current=one(raw["current"]), previous=one(raw["previous"]) if raw.get("previous") else None)
    except (KeyError, TypeError, ValueError) as exc:
        raise StorageError(tr("cipher", "The key information file {path} beside the database is damaged.")
                           .format(path=path)) from exc


def write_sidecar(database: Path, sidecar: Sidecar) -> None:
    def one(key: CipherKey) -> dict[str, str]:
        return {"key_id": key.key_id, "salt": base64.b64encode(key.salt).decode("ascii")}

    document = {"format": SIDECAR_FORMAT, "application": "MedLink", "cipher": "sqlcipher4",
                "about": "Which clinic key encrypts the database file beside this one (no secret is kept here).",
                "current": one(sidecar.current), "previous": one(sidecar.previous) if sidecar.previous else None}
    path = sidecar_path(database)
    tmp = path.with_name(f".{path.name}.part")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(document, fh, indent=1)
        replace_durably(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise StorageError(tr("cipher", "Could not write {path}: {reason}.").format(
            path=path, reason=exc.strerror or exc)) from exc


def derive_key(clinic_key: bytes, salt: bytes) -> bytes:
    """The SQLCipher raw key of a database: HKDF-SHA256 of the clinic key with the database's salt."""
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=_HKDF_INFO).derive(clinic_key)


def key_pragma(raw_key: bytes) -> str:
    return f"\"x'{raw_key.hex()}'\""


def keyring_clinic_key(key_id: str) -> bytes | None:
    """The clinic key with this id from this computer's keyring, or None (a damaged entry is refused)."""
    value = secrets.get_secret(secrets.clinic_key_account(key_id))
    if not value:
        return None
    try:
        key = base64.b64decode(value, validate=True)
    except ValueError:
        key = b""
    if len(key) != KEY_BYTES or records_crypto.key_id_of(key) != key_id:
        raise ClinicKeyMissing(tr("clinic_key", "The clinic key {key_id} in this computer's keyring is damaged. "
                                                "{IMPORT_HELP}").format(
            key_id=key_id, IMPORT_HELP=tr("clinic_key", IMPORT_HELP)))
    return key


def store_clinic_key(key: bytes) -> str:
    key_id = records_crypto.key_id_of(key)
    secrets.set_secret(secrets.clinic_key_account(key_id), base64.b64encode(key).decode("ascii"))
    return key_id


def is_plaintext(database: Path) -> bool:
    try:
        with open(database, "rb") as fh:
            return fh.read(len(PLAINTEXT_MAGIC)) == PLAINTEXT_MAGIC
    except OSError:
        return False


def _is_new(database: Path) -> bool:
    try:
        return database.stat().st_size == 0
    except FileNotFoundError:
        return True


def connect(database: str, raw_key: bytes, **kwargs: Any) -> Any:
    """A SQLCipher connection keyed with ``raw_key`` (checked: a wrong key fails here, not later)."""
    module = sqlcipher_module()
    conn = module.connect(database, **kwargs)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {key_pragma(raw_key)}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except BaseException:
        conn.close()
        raise
    return conn


def _opens_with(database: Path, raw_key: bytes) -> bool:
    module = sqlcipher_module()
    try:
        connect(str(database), raw_key).close()
    except module.DatabaseError:
        return False
    return True


class DatabaseCipher:
    """The key of one SQLite database file: found (or made) at the first connection, then remembered."""

    def __init__(self, database: Path) -> None:
        self.database = Path(database)
        self._lock = threading.Lock()
        self._raw_key: bytes | None = None
        self.key: CipherKey | None = None

    @property
    def key_id(self) -> str | None:
        """The id of the clinic key the database is encrypted with (None before the first connection)."""
        return self.key.key_id if self.key else None

    def raw_key(self) -> bytes:
        with self._lock:
            if self._raw_key is None:
                self._raw_key, self.key = self._resolve()
                for path in (self.database, sidecar_path(self.database)):
                    make_private(path)  # files of older versions were 0644
            return self._raw_key

    def forget(self) -> None:
        with self._lock:
            self._raw_key = None
            self.key = None

    def rekey(self, dbapi_connection: Any, new_clinic_key: bytes) -> None:
        """Re-key the database with a key derived from ``new_clinic_key`` (one SQLCipher transaction).

        The sidecar names the new key and the old one before ``PRAGMA rekey`` and only the
        new one after it, so a kill at any point leaves a database that opens.
        ``dbapi_connection`` is a connection keyed with the current key; every other
        connection must be closed afterwards (the caller disposes the engine's pool).
        """
        self.raw_key()
        with self._lock:
            old = self.key
            assert old is not None
            new = CipherKey(records_crypto.key_id_of(new_clinic_key), os.urandom(SALT_BYTES))
            raw = derive_key(new_clinic_key, new.salt)
            write_sidecar(self.database, Sidecar(new, previous=old))
            dbapi_connection.execute(f"PRAGMA rekey = {key_pragma(raw)}")
            write_sidecar(self.database, Sidecar(new))
            self._raw_key, self.key = raw, new
        log.info("re-keyed the SQLCipher database %s: clinic key %s -> %s", self.database, old.key_id, new.key_id)

    def _resolve(self) -> tuple[bytes, CipherKey]:
        sidecar = read_sidecar(self.database)
        if is_plaintext(self.database):
            return self._encrypt_plaintext(sidecar)
        if _is_new(self.database) and sidecar is None:
            return self._new_database()
        if sidecar is None:
            raise StorageError(tr("cipher", "The database file {path} is encrypted, but the key information file "
                                            "{sidecar} beside it is missing. Put it back from a copy of the data "
                                            "folder, or restore the clinic from a MedLink backup.")
                               .format(path=self.database, sidecar=sidecar_path(self.database).name))
        missing = []
        for candidate in sidecar.candidates():
            clinic_key = keyring_clinic_key(candidate.key_id)
            if clinic_key is None:
                missing.append(candidate.key_id)
                continue
            raw = derive_key(clinic_key, candidate.salt)
            if _is_new(self.database) or _opens_with(self.database, raw):
                return raw, candidate
        if missing:
            raise ClinicKeyMissing(tr("cipher", "This computer does not have the clinic key ({key_id}) that encrypts "
                                                "the database file {path}. ").format(
                key_id=missing[0], path=self.database) + tr("clinic_key", IMPORT_HELP))
        raise StorageError(tr("cipher", "The database file {path} cannot be opened with the clinic key named beside "
                                        "it: the file is damaged or belongs to another clinic. Restore the clinic "
                                        "from a MedLink backup.").format(path=self.database))

    # --- a new database --------------------------------------------------------------------

    def _new_database(self) -> tuple[bytes, CipherKey]:
        legacy = secrets.get_secret(secrets.RECORDS_KEY_NAME)
        clinic_key = base64.b64decode(legacy) if legacy else os.urandom(KEY_BYTES)
        if len(clinic_key) != KEY_BYTES:
            raise ClinicKeyMissing(tr("cipher", "The records key of the older MedLink version in this keyring is "
                                                "damaged. ") + tr("clinic_key", IMPORT_HELP))
        key_id = store_clinic_key(clinic_key)
        self.database.parent.mkdir(parents=True, exist_ok=True)
        key = CipherKey(key_id, os.urandom(SALT_BYTES))
        write_sidecar(self.database, Sidecar(key))
        _create_private(self.database)
        log.info("new SQLCipher database %s keyed from clinic key %s", self.database, key_id)
        return derive_key(clinic_key, key.salt), key

    # --- an older, plaintext database ------------------------------------------------------

    def _encrypt_plaintext(self, sidecar: Sidecar | None) -> tuple[bytes, CipherKey]:
        if sidecar is not None:  # a migration killed before its rename: same key, same salt
            clinic_key = keyring_clinic_key(sidecar.current.key_id)
            if clinic_key is None:
                raise ClinicKeyMissing(tr("cipher", "This computer does not have the clinic key ({key_id}) needed "
                                                    "to encrypt the database file {path}. ").format(
                    key_id=sidecar.current.key_id, path=self.database) + tr("clinic_key", IMPORT_HELP))
            target = sidecar.current
        else:
            clinic_key, key_id = _plaintext_clinic_key(self.database)
            target = CipherKey(key_id, os.urandom(SALT_BYTES))
            write_sidecar(self.database, Sidecar(target))
        raw = derive_key(clinic_key, target.salt)
        try:
            encrypt_in_place(self.database, raw)
        except OSError as exc:
            raise StorageError(tr("cipher", "The database file {path} of an older MedLink must be encrypted before "
                                            "it is used, but its folder cannot be written ({reason}). Check the "
                                            "folder's permissions and free space; the file was left as it was.")
                               .format(path=self.database, reason=exc.strerror or exc)) from exc
        return raw, target


def move_database(source: Path, target: Path) -> None:
    """Move a complete, closed database file and its key sidecar into place (the sidecar first:
    a kill in between leaves no file at ``target`` yet, which a caller building it starts again)."""
    os.replace(sidecar_path(source), sidecar_path(target))
    replace_durably(source, target)


def _create_private(database: Path) -> None:
    fd = os.open(database, os.O_WRONLY | os.O_CREAT, 0o600)
    os.close(fd)


def _plaintext_clinic_key(database: Path) -> tuple[bytes, str]:
    """The clinic key a plaintext database must be encrypted with (read from its ``clinic_key`` row)."""
    module = sqlcipher_module()
    conn = module.connect(f"file:{database}?mode=ro", uri=True)
    try:
        try:
            row = conn.execute("SELECT key_id FROM clinic_key WHERE id = 1").fetchone()
        except module.OperationalError:  # a schema older than the clinic key
            row = None
        try:
            records = conn.execute("SELECT count(*) FROM medical_records").fetchone()[0]
        except module.OperationalError:
            records = 0
    finally:
        conn.close()
    if row is not None:
        key = keyring_clinic_key(str(row[0]))
        if key is None:
            raise ClinicKeyMissing(tr("cipher", "This computer does not have the clinic key ({key_id}) needed to "
                                                "encrypt the database file {path}. ").format(
                key_id=row[0], path=database) + tr("clinic_key", IMPORT_HELP))
        return key, str(row[0])
    legacy = secrets.get_secret(secrets.RECORDS_KEY_NAME)
    if legacy:
        key = base64.b64decode(legacy)
        if len(key) == KEY_BYTES:
            return key, store_clinic_key(key)
    if records:
        raise ClinicKeyMissing(tr("cipher", "This clinic's records were encrypted by an older MedLink version with a "
                                            "key that is not on this computer. Open MedLink once on the computer "
                                            "that made them, then export the key there (`medlink key export FILE`) "
                                            "and import it here."))
    key = os.urandom(KEY_BYTES)
    return key, store_clinic_key(key)


def stale_migration_files(database: Path) -> list[Path]:
    return sorted(database.parent.glob(f".{database.name}.*{MIGRATION_SUFFIX}"))


def encrypt_in_place(database: Path, raw_key: bytes) -> None:
    """Replace the plaintext SQLite file ``database`` by a SQLCipher copy keyed with ``raw_key``.

    ``sqlcipher_export`` writes a new file beside it, which is fsynced and renamed over
    the old one (the folder fsynced too).  Killed before the rename, the plaintext file
    is untouched and the half-written copy is removed next time; after it, the
    encrypted file is complete.
    """
    module = sqlcipher_module()
    database = Path(database)
    for stale in stale_migration_files(database):
        stale.unlink(missing_ok=True)
    tmp = database.with_name(f".{database.name}.{os.urandom(4).hex()}{MIGRATION_SUFFIX}")
    _create_private(tmp)
    try:
        conn = module.connect(str(database), isolation_level=None)
        try:
            # the plaintext WAL (if any) goes into the file first, so nothing committed is left behind in it
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.execute(f"ATTACH DATABASE ? AS encrypted KEY {key_pragma(raw_key)}", (str(tmp),))
            conn.execute("SELECT sqlcipher_export('encrypted')")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            conn.execute(f"PRAGMA encrypted.user_version = {int(version)}")
            conn.execute("DETACH DATABASE encrypted")
            conn.execute("PRAGMA journal_mode = DELETE")  # removes the plaintext -wal/-shm files on close
        finally:
            conn.close()
        if not _opens_with(tmp, raw_key):  # pragma: no cover - sqlcipher_export failed silently
            raise StorageError(tr("cipher", "The encrypted copy of the database could not be verified; the "
                                            "database was left as it was."))
        for leftover in (Path(f"{database}-wal"), Path(f"{database}-shm")):
            with contextlib.suppress(FileNotFoundError):
                if leftover.stat().st_size == 0 or leftover.name.endswith("-shm"):
                    leftover.unlink()
        replace_durably(tmp, database)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    log.info("encrypted the plaintext SQLite database %s with SQLCipher", database)
