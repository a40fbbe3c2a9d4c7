"""Backups under authenticated encryption with a signed manifest; restores that validate first and never half-happen."""

from __future__ import annotations

import errno
from datetime import date
import io
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import keyring
import pytest
from sqlalchemy import select, update

from medlink import maintenance
from medlink.db import migrate
from medlink.db.models import Patient, User
from medlink.db.session import Database
from medlink.errors import ClinicKeyMissing, StorageError, ValidationError
from medlink.maintenance import backup, finish_interrupted_restore, integrity_check, restore
from medlink.security.secrets import DemoFileKeyring
from medlink.services import clinic_key, records
from medlink.services.actor import SYSTEM
from tests.conftest import make_sqlite_db
from tests.core.test_maintenance import _busy_clinic, _snapshot
from tests.support.keyrings import MemoryKeyring

PLANTED = "HIV positive (planted diagnosis)"
PASSPHRASE = "recovery passphrase 1"


def _plant(db, patient):  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        s.execute(update(Patient).where(Patient.id == patient.patient_id).values(medical_history=PLANTED))


def _empty_target(request, tmp_path, name="target"):  # type: ignore[no-untyped-def]
    folder = tmp_path / name
    folder.mkdir()
    return make_sqlite_db(request.getfixturevalue("sqlite_template"), folder), tmp_path / f"{name}-records"


def _assert_untouched(target, target_records):  # type: ignore[no-untyped-def]
    assert [t for t, rows in _snapshot(target).items() if rows and t not in migrate.seeded_tables()] == []
    assert not target_records.exists() or not [p for p in target_records.rglob("*") if p.is_file()]


def _every_record_readable(db, records_dir):  # type: ignore[no-untyped-def]
    from medlink.db.models import MedicalRecord

    with db.read() as s:
        ids = list(s.scalars(select(MedicalRecord.id)))
    assert ids
    # every record decrypts with the clinic key (the integrity check reads each one whole)
    assert integrity_check(db, records_dir, verify_contents=True) == []
    return len(ids)


def test_new_pc_restores_with_the_recovery_key_and_reads_every_record(clinic, db, records_dir, tmp_path, request):
    patient = _busy_clinic(clinic, db, records_dir)
    _plant(db, patient)
    clinic_key.export_key(db, actor=SYSTEM, path=tmp_path / "recovery.medlink-key", passphrase=PASSPHRASE)
    before = _snapshot(db)
    path = backup(db, records_dir, tmp_path / "clinic.zip").path
    raw = path.read_bytes()
    for secret in (PLANTED.encode(), b"$argon2", "Zoë".encode(), b"Consultation"):
        assert secret not in raw  # the whole archive is encrypted (names of entries included)
    assert b"tables/" not in raw and b"users" not in raw
    assert oct(path.stat().st_mode & 0o777) == "0o600"

    keyring.set_keyring(MemoryKeyring())  # the new PC: nothing in its keyring
    target, target_records = _empty_target(request, tmp_path)
    with pytest.raises(ClinicKeyMissing, match="medlink key import"):
        restore(target, target_records, path)
    _assert_untouched(target, target_records)
    clinic_key.import_key(target, actor=SYSTEM, path=tmp_path / "recovery.medlink-key", passphrase=PASSPHRASE)
    report = restore(target, target_records, path)
    assert report.files == 2
    assert _snapshot(target) == before
    assert integrity_check(target, target_records, verify_contents=True) == []
    assert _every_record_readable(target, target_records) == 1
    assert not (target_records / maintenance.RESTORE_JOURNAL).exists()
    assert not (target_records / maintenance.RESTORE_STAGING).exists()
    target.dispose()


def test_restore_into_mariadb_and_sqlite(clinic, db, records_dir, tmp_path, backend, request):
    _busy_clinic(clinic, db, records_dir)
    before = _snapshot(db)
    path = backup(db, records_dir, tmp_path / "clinic.zip").path
    from tests.conftest import empty_all_tables

    if backend == "mariadb":
        empty_all_tables(db)
        target = db
    else:  # SQLite's triggers refuse deleting audit rows: restore into a new, empty file instead
        target, _ = _empty_target(request, tmp_path)
    clinic_key.forget(target)
    restore(target, tmp_path / "again", path)
    assert _snapshot(target) == before
    assert _every_record_readable(target, tmp_path / "again") == 1


def _rewrite(path: Path, out: Path, change) -> Path:  # type: ignore[no-untyped-def]
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w", compression=zipfile.ZIP_STORED) as dst:
        members = {info.filename: src.read(info) for info in src.infolist()}
        for name, data in change(members).items():
            dst.writestr(name, data)
    return out


def _flip(data: bytes, at: int) -> bytes:
    return data[:at] + bytes([data[at] ^ 1]) + data[at + 1:]


def test_tampered_truncated_and_incomplete_backups_are_refused_and_change_nothing(clinic, db, records_dir, tmp_path,
                                                                                request):
    _busy_clinic(clinic, db, records_dir)
    path = backup(db, records_dir, tmp_path / "b.zip").path
    header = json.loads(zipfile.ZipFile(path).read(maintenance.HEADER_MEMBER))
    cases = {
        "flipped bit": (lambda m: {**m, "e/000003": _flip(m["e/000003"], 40)}, "failed its integrity check"),
        "entry dropped": (lambda m: {k: v for k, v in m.items() if k != "e/000002"}, "listed entries are missing"),
        "entry added": (lambda m: {**m, "e/999999": b"extra"}, "not in the manifest"),
        "entries swapped": (lambda m: {**m, "e/000001": m["e/000002"], "e/000002": m["e/000001"]},
                            "integrity check|wrong size"),
        "signature changed": (lambda m: {**m, maintenance.HEADER_MEMBER: json.dumps(
            {**header, "signature": "0" * 64}).encode()}, "signature does not match"),
        "manifest removed": (lambda m: {k: v for k, v in m.items() if k != maintenance.MANIFEST_MEMBER},
                             "not a MedLink backup"),
    }
    target, target_records = _empty_target(request, tmp_path)
    for label, (change, sentence) in cases.items():
        bad = _rewrite(path, tmp_path / f"{label}.zip", change)
        with pytest.raises(StorageError, match=sentence):
            restore(target, target_records, bad)
        _assert_untouched(target, target_records)
    truncated = tmp_path / "truncated.zip"
    truncated.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    with pytest.raises(StorageError, match="truncated or damaged"):
        restore(target, target_records, truncated)
    with pytest.raises(ValidationError, match="There is no file"):
        restore(target, target_records, tmp_path / "absent.zip")
    _assert_untouched(target, target_records)
    target.dispose()


def test_another_clinics_backup_and_a_forged_intruder_backup_are_refused(clinic, db, records_dir, tmp_path, request):
    clinic.patient()
    ours = keyring.get_keyring()
    # Another clinic (its own key, on its own computer) with an intruder administrator.
    keyring.set_keyring(MemoryKeyring())
    other, _ = _empty_target(request, tmp_path, "other-clinic")
    from medlink.services import accounts

    accounts.create_admin(other, email="intruder@evil.test", password="intruder-pass-1", full_name="Intruder")
    foreign = backup(other, tmp_path / "nothing", tmp_path / "other.zip").path
    other.dispose()
    keyring.set_keyring(ours)
    target, target_records = _empty_target(request, tmp_path)
    with pytest.raises(ClinicKeyMissing, match="belongs to another clinic"):
        restore(target, target_records, foreign)
    # The same backup made to look like ours: the header names our clinic key.
    our_id = clinic_key.unlock(db)
    forged = _rewrite(foreign, tmp_path / "forged.zip", lambda m: {**m, maintenance.HEADER_MEMBER: json.dumps(
        {**json.loads(m[maintenance.HEADER_MEMBER]), "key_id": our_id}).encode()})
    with pytest.raises(StorageError, match="forged or changed|integrity check"):
        restore(target, target_records, forged)
    # A backup in the old, unsigned format with the intruder inserted.
    old = tmp_path / "old.zip"
    with zipfile.ZipFile(old, "w") as archive:
        archive.writestr("manifest.json", json.dumps({"format": 1, "entries": {}}))
        archive.writestr("tables/users.jsonl", json.dumps({"email": "intruder@evil.test", "role": "admin"}))
    with pytest.raises(ValidationError, match="unencrypted and unsigned"):
        restore(target, target_records, old)
    _assert_untouched(target, target_records)
    with target.read() as s:
        assert s.scalar(select(User.id).where(User.email == "intruder@evil.test")) is None
    target.dispose()


def test_zip_bomb_gets_a_sentence(db, tmp_path, request):
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr(maintenance.HEADER_MEMBER, b"{}")
        with archive.open("e/000001", "w", force_zip64=True) as out:
            zeros = b"\0" * (1024 * 1024)
            for _ in range(300):  # 300 MB of zeros in well under 1 MB
                out.write(zeros)
        archive.writestr(maintenance.MANIFEST_MEMBER, b"x")
    assert bomb.stat().st_size < 2 * 1024 * 1024
    target, target_records = _empty_target(request, tmp_path)
    with pytest.raises(StorageError, match="zip bomb"):
        restore(target, target_records, bomb)
    _assert_untouched(target, target_records)
    target.dispose()


def test_disk_full_during_backup_gets_a_sentence_and_leaves_nothing(clinic, db, records_dir, tmp_path, monkeypatch):
    _busy_clinic(clinic, db, records_dir)
    real_open = maintenance._open_part

    class FullDisk(io.BufferedRandom):
        pass

    def full_after_some_bytes(path):  # type: ignore[no-untyped-def]
        fh = real_open(path)
        written = [0]
        original = fh.write

        def write(data):  # type: ignore[no-untyped-def]
            written[0] += len(data)
            if written[0] > 4096:
                raise OSError(errno.ENOSPC, "No space left on device")
            return original(data)

        fh.write = write  # type: ignore[method-assign]
        return fh

    monkeypatch.setattr(maintenance, "_open_part", full_after_some_bytes)
    target = tmp_path / "backups" / "clinic.zip"
    with pytest.raises(StorageError, match="The disk is full") as full:
        backup(db, records_dir, target)
    assert "Traceback" not in full.value.message and "nothing was changed" in full.value.message
    assert not target.exists() and list((tmp_path / "backups").iterdir()) == []


def test_check_repair_removes_stale_backup_parts(clinic, db, records_dir, tmp_path):
    folder = tmp_path / "backups"
    backup(db, records_dir, folder / "first.zip")  # remembers the folder
    stale = folder / ".clinic.zip.0123456789abcdef.backup-part"
    fresh = folder / ".clinic.zip.fedcba9876543210.backup-part"
    stale.write_bytes(b"killed half-way")
    fresh.write_bytes(b"being written right now")
    old = time.time() - 3600
    os.utime(stale, (old, old))
    removed = maintenance.remove_stale_backup_parts(records_dir)
    assert removed == [str(stale)] and not stale.exists() and fresh.exists() and (folder / "first.zip").exists()


# --- killed restores ---------------------------------------------------------------------------

def _restore_worker(spec: dict) -> subprocess.Popen:  # type: ignore[type-arg]
    env = dict(os.environ)
    return subprocess.Popen([sys.executable, "-m", "tests.support.crash_worker", "restore", json.dumps(spec)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                            cwd=Path(__file__).resolve().parents[2])


def _state(target, target_records, before, files):  # type: ignore[no-untyped-def]
    snapshot = _snapshot(target)
    on_disk = sorted(p.relative_to(target_records).as_posix() for p in target_records.rglob("*")
                     if p.is_file() and not p.relative_to(target_records).parts[0].startswith(".")) \
        if target_records.exists() else []
    if not any(rows for table, rows in snapshot.items() if table not in migrate.seeded_tables()) and not on_disk:
        return "old"
    assert snapshot == before and on_disk == files, "a half-restored clinic"
    return "new"


@pytest.mark.slow
def test_killed_restores_leave_the_old_or_the_complete_new_state(clinic, db, backend, tmp_path, request):
    """SIGKILL a real restore process at random moments (the target is SQLite; the source backend is irrelevant)."""
    if backend != "sqlite":
        pytest.skip("the restore target is an SQLite file; the MariaDB restore is tested above")
    records_dir = tmp_path / "source-records"
    records_dir.mkdir()
    patient = _busy_clinic(clinic, db, records_dir)
    for i in range(30):  # enough files that a kill often lands in the middle
        records.upload_record(db, actor=patient, records_dir=records_dir, patient_id=patient.patient_id,
                              title=f"Scan {i}", record_type="imaging", record_date=date(2026, 1, 1),
                              filename=f"{i}.png", data=_png(i))
    before = _snapshot(db)
    files = sorted(p.relative_to(records_dir).as_posix() for p in records_dir.rglob("*") if p.is_file())
    path = backup(db, records_dir, tmp_path / "clinic.zip").path
    shared = tmp_path / "keyring"
    file_keyring = DemoFileKeyring(shared)
    for (service, account), value in keyring.get_keyring().entries().items():  # type: ignore[attr-defined]
        file_keyring.set_password(service, account, value)

    rng = random.Random(14)
    outcomes = {"old": 0, "new": 0}
    kills = int(os.environ.get("MEDLINK_RESTORE_KILLS", "12"))
    target_dir = tmp_path / "target"
    duration = None
    for attempt in range(kills + 1):
        shutil.rmtree(target_dir, ignore_errors=True)
        target_dir.mkdir()
        make_sqlite_db(request.getfixturevalue("sqlite_template"), target_dir).dispose()
        for (service, account), value in keyring.get_keyring().entries().items():  # type: ignore[attr-defined]
            file_keyring.set_password(service, account, value)  # the new (empty) target's own database key
        target_records = target_dir / "records"
        spec = {"url": f"sqlite:///{target_dir / 'medlink.sqlite3'}", "records_dir": str(target_records),
                "keyring_dir": str(shared), "source": str(path)}
        worker = _restore_worker(spec)
        assert worker.stdout is not None
        assert worker.stdout.readline().strip() == "ready", worker.stderr.read() if worker.stderr else ""
        started = time.monotonic()
        if duration is None:  # the first run measures how long a whole restore takes
            out, err = worker.communicate(timeout=120)
            assert "done" in out, err
            duration = time.monotonic() - started
        else:
            time.sleep(rng.uniform(0.0, duration * 1.1))
            worker.send_signal(signal.SIGKILL)
            worker.communicate(timeout=30)
        target = Database(spec["url"])
        finish_interrupted_restore(target, target_records)
        outcomes[_state(target, target_records, before, files)] += 1
        target.dispose()
    print(f"restore kills: {kills}, outcomes: {outcomes}, one restore: {duration:.2f} s")
    assert outcomes["old"] >= 1, outcomes  # some kills landed before the commit …
    # … and whatever the kills left, a restore afterwards completes.
    target = Database(f"sqlite:///{target_dir / 'medlink.sqlite3'}")
    if _state(target, target_dir / "records", before, files) == "old":
        restore(target, target_dir / "records", path)
    assert _state(target, target_dir / "records", before, files) == "new"
    assert _every_record_readable(target, target_dir / "records") == 31
    target.dispose()


def _png(i: int) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (30 + i, 30), (i * 7 % 255, 20, 20)).save(out, format="PNG")
    return out.getvalue()
