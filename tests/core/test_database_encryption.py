"""The embedded SQLite database is a SQLCipher file keyed from the clinic key."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import keyring
import pytest
from sqlalchemy import select, text, update

from medlink.db import cipher, migrate
from medlink.db.models import Patient
from medlink.db.session import Database
from medlink.errors import ClinicKeyMissing, StorageError
from medlink.security import secrets
from medlink.security.secrets import DemoFileKeyring
from medlink.services import clinic_key
from medlink.services.actor import SYSTEM
from tests.support.keyrings import MemoryKeyring

PLANTED = "HIV positive (planted diagnosis)"
PASSPHRASE = "recovery passphrase 1"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def clinic(sqlite_db):  # type: ignore[no-untyped-def]
    """The clinic factory on the SQLite database (the SQLCipher file is what these tests are about)."""
    from tests.factories import ClinicFactory

    return ClinicFactory(sqlite_db)


def _plant(db: Database, patient_id: int) -> None:
    with db.transaction() as s:
        s.execute(update(Patient).where(Patient.id == patient_id).values(medical_history=PLANTED))


def _files_of(db: Database) -> list[Path]:
    path = Path(str(db.url.database))
    return [p for p in path.parent.iterdir() if p.name.startswith(path.name)]


def _history(db: Database, patient_id: int) -> str | None:
    with db.read() as s:
        return s.scalar(select(Patient.medical_history).where(Patient.id == patient_id))


def _plaintext_copy(db: Database, target: Path) -> None:
    """What an older MedLink left: the same database, unencrypted (sqlcipher_export to an unkeyed file)."""
    assert db.cipher is not None
    conn = cipher.connect(str(db.cipher.database), db.cipher.raw_key(), isolation_level=None)
    try:
        conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(target),))
        conn.execute("SELECT sqlcipher_export('plain')")
        conn.execute("DETACH DATABASE plain")
    finally:
        conn.close()


def test_a_planted_diagnosis_is_not_found_in_the_sqlite_files(clinic, sqlite_db):
    patient = clinic.patient()
    _plant(sqlite_db, patient.patient_id)
    assert _history(sqlite_db, patient.patient_id) == PLANTED
    for path in _files_of(sqlite_db):  # the database, its WAL and shared-memory files, the key sidecar
        assert PLANTED.encode() not in path.read_bytes(), path
        assert b"SQLite format 3" not in path.read_bytes()[:16], path
    sqlite_db.dispose()
    for path in _files_of(sqlite_db):
        data = path.read_bytes()
        assert PLANTED.encode() not in data and b"medical_history" not in data, path
        assert path.stat().st_mode & 0o077 == 0, f"{path} is readable by other OS accounts"
    with pytest.raises(sqlite3.DatabaseError):  # a plain SQLite reader sees random bytes
        sqlite3.connect(str(sqlite_db.url.database)).execute("SELECT * FROM sqlite_master").fetchall()
    sidecar = json.loads(cipher.sidecar_path(Path(str(sqlite_db.url.database))).read_text())
    assert sidecar["current"]["key_id"] == clinic_key.unlock(sqlite_db)
    assert secrets.get_secret(secrets.clinic_key_account(sidecar["current"]["key_id"])) not in json.dumps(sidecar)


def test_a_computer_without_the_clinic_key_cannot_open_the_file_until_it_imports_it(clinic, sqlite_db, tmp_path):
    from medlink.bootstrap import open_database
    from medlink.config import AppConfig

    patient = clinic.patient()
    _plant(sqlite_db, patient.patient_id)
    key_id = clinic_key.export_key(sqlite_db, actor=SYSTEM, path=tmp_path / "clinic.key", passphrase=PASSPHRASE)
    sqlite_db.dispose()
    keyring.set_keyring(MemoryKeyring())  # another OS account of the same PC
    config = AppConfig(database_url=str(sqlite_db.url), records_dir=tmp_path / "r", config_file=tmp_path / "c.toml")
    with pytest.raises(ClinicKeyMissing, match="medlink key import") as missing:
        open_database(config)
    assert key_id in missing.value.message
    locked = open_database(config, unlock=False)  # what `medlink key status|import` open
    assert clinic_key.status(locked).key_id == key_id and not clinic_key.status(locked).present_here
    assert clinic_key.import_key(locked, actor=SYSTEM, path=tmp_path / "clinic.key", passphrase=PASSPHRASE) == key_id
    assert _history(locked, patient.patient_id) == PLANTED
    locked.dispose()
    assert _history(open_database(config), patient.patient_id) == PLANTED


def test_another_clinics_key_file_does_not_open_the_database(sqlite_db, tmp_path):
    other = Database(f"sqlite:///{tmp_path / 'other' / 'medlink.sqlite3'}")
    migrate.upgrade(other)
    clinic_key.export_key(other, actor=SYSTEM, path=tmp_path / "other.key", passphrase=PASSPHRASE)
    other.dispose()
    sqlite_db.dispose()
    keyring.set_keyring(MemoryKeyring())
    locked = Database(sqlite_db.url)
    with pytest.raises(Exception, match="belongs to another clinic"):
        clinic_key.import_key(locked, actor=SYSTEM, path=tmp_path / "other.key", passphrase=PASSPHRASE)
    with pytest.raises(ClinicKeyMissing):
        locked.check_connection()


def test_a_plaintext_database_is_encrypted_in_place(clinic, sqlite_db, tmp_path):
    patient = clinic.patient()
    _plant(sqlite_db, patient.patient_id)
    key_id = clinic_key.unlock(sqlite_db)
    old = tmp_path / "old" / "medlink.sqlite3"
    old.parent.mkdir()
    _plaintext_copy(sqlite_db, old)
    assert PLANTED.encode() in old.read_bytes()  # as an older MedLink left it
    upgraded = Database(f"sqlite:///{old}")
    assert _history(upgraded, patient.patient_id) == PLANTED
    assert upgraded.cipher is not None and upgraded.cipher.key_id == key_id  # the clinic key it recorded
    assert clinic_key.unlock(upgraded) == key_id
    upgraded.dispose()
    for path in old.parent.iterdir():
        assert PLANTED.encode() not in path.read_bytes(), path
    assert sorted(p.name for p in old.parent.iterdir()) == ["medlink.sqlite3", "medlink.sqlite3.key.json"]


def test_an_interrupted_encryption_leaves_the_plaintext_database_and_is_redone(clinic, sqlite_db, tmp_path,
                                                                               monkeypatch):
    patient = clinic.patient()
    _plant(sqlite_db, patient.patient_id)
    old = tmp_path / "old" / "medlink.sqlite3"
    old.parent.mkdir()
    _plaintext_copy(sqlite_db, old)
    before = old.read_bytes()

    def killed(*_args: object) -> None:
        raise KeyboardInterrupt  # stands for the process dying just before the rename

    monkeypatch.setattr(cipher, "replace_durably", killed)
    with pytest.raises(KeyboardInterrupt):
        Database(f"sqlite:///{old}").check_connection()
    assert old.read_bytes() == before
    monkeypatch.undo()
    (old.parent / f".{old.name}.dead{cipher.MIGRATION_SUFFIX}").write_bytes(b"half an encrypted copy")
    upgraded = Database(f"sqlite:///{old}")
    assert _history(upgraded, patient.patient_id) == PLANTED
    upgraded.dispose()
    assert cipher.stale_migration_files(old) == []
    assert not cipher.is_plaintext(old)


def _encrypt_worker(spec: dict[str, str]) -> subprocess.Popen[str]:
    code = ("import sys, json, keyring\n"
            "from medlink.security.secrets import DemoFileKeyring\n"
            "spec = json.loads(sys.argv[1]); keyring.set_keyring(DemoFileKeyring(spec['keyring']))\n"
            "from medlink.db.session import Database\n"
            "print('ready', flush=True)\n"
            "Database(spec['url']).check_connection()\n"
            "print('done', flush=True)\n")
    return subprocess.Popen([sys.executable, "-c", code, json.dumps(spec)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=ROOT)


def test_kills_during_the_encryption_leave_the_old_or_the_complete_encrypted_database(clinic, sqlite_db, tmp_path):
    patient = clinic.patient()
    _plant(sqlite_db, patient.patient_id)
    with sqlite_db.transaction() as s:  # some bulk, so that the copy takes a while
        s.execute(text("CREATE TABLE bulk (body TEXT)"))
        for _ in range(40):
            s.execute(text("INSERT INTO bulk VALUES (:b)"), {"b": os.urandom(50_000).hex()})
    template = tmp_path / "plain.sqlite3"
    _plaintext_copy(sqlite_db, template)
    shared = tmp_path / "keyring"
    file_keyring = DemoFileKeyring(shared)
    for (service, account), value in keyring.get_keyring().entries().items():  # type: ignore[attr-defined]
        file_keyring.set_password(service, account, value)
    target = tmp_path / "kills" / "medlink.sqlite3"
    rng = random.Random(14)
    outcomes = {"plaintext": 0, "encrypted": 0}
    duration = None
    for _attempt in range(int(os.environ.get("MEDLINK_ENCRYPT_KILLS", "6")) + 1):
        if target.parent.exists():
            for path in target.parent.iterdir():
                path.unlink()
        target.parent.mkdir(exist_ok=True)
        target.write_bytes(template.read_bytes())
        worker = _encrypt_worker({"url": f"sqlite:///{target}", "keyring": str(shared)})
        assert worker.stdout is not None
        assert worker.stdout.readline().strip() == "ready"
        started = time.monotonic()
        if duration is None:
            out, err = worker.communicate(timeout=120)
            assert "done" in out, err
            duration = time.monotonic() - started
        else:
            time.sleep(rng.uniform(0.0, duration * 1.2))
            worker.send_signal(signal.SIGKILL)
            worker.communicate(timeout=30)
        outcomes["plaintext" if cipher.is_plaintext(target) else "encrypted"] += 1
        reopened = Database(f"sqlite:///{target}")  # encrypts what is still plaintext
        assert _history(reopened, patient.patient_id) == PLANTED
        with reopened.read() as s:
            assert s.scalar(text("SELECT count(*) FROM bulk")) == 40
        reopened.dispose()
        assert not cipher.is_plaintext(target) and cipher.stale_migration_files(target) == []
    print(f"encryption kills: {outcomes}, one encryption: {duration:.2f} s")


def test_rotation_re_keys_the_database(clinic, sqlite_db, records_dir):
    patient = clinic.patient()
    _plant(sqlite_db, patient.patient_id)
    old_id = clinic_key.unlock(sqlite_db)
    report = clinic_key.rotate(sqlite_db, actor=SYSTEM, records_dir=records_dir)
    assert sqlite_db.cipher is not None and sqlite_db.cipher.key_id == report.new_key_id != old_id
    sidecar = cipher.read_sidecar(sqlite_db.cipher.database)
    assert sidecar is not None and sidecar.current.key_id == report.new_key_id and sidecar.previous is None
    sqlite_db.dispose()
    secrets.delete_secret(secrets.clinic_key_account(old_id))  # the old key no longer opens anything needed
    reopened = Database(sqlite_db.url)
    assert _history(reopened, patient.patient_id) == PLANTED
    reopened.dispose()


def test_a_rekey_killed_half_way_still_opens(sqlite_db):
    """The sidecar names both keys while PRAGMA rekey runs: before its commit the old key opens the file."""
    assert sqlite_db.cipher is not None
    old = sqlite_db.cipher.key
    assert old is not None
    new_key = os.urandom(cipher.KEY_BYTES)
    cipher.store_clinic_key(new_key)
    new = cipher.CipherKey(cipher.store_clinic_key(new_key), os.urandom(cipher.SALT_BYTES))
    sqlite_db.dispose()
    cipher.write_sidecar(sqlite_db.cipher.database, cipher.Sidecar(new, previous=old))  # killed right here
    reopened = Database(sqlite_db.url)
    reopened.check_connection()
    assert reopened.cipher is not None and reopened.cipher.key_id == old.key_id
    reopened.dispose()


def test_a_missing_sidecar_gets_a_sentence(sqlite_db):
    sqlite_db.dispose()
    cipher.sidecar_path(Path(str(sqlite_db.url.database))).unlink()
    with pytest.raises(StorageError, match="key information file"):
        Database(sqlite_db.url).check_connection()
