"""The clinic data key: one per clinic, kept in a persistent keyring, exported, imported, rotated."""

from __future__ import annotations

import json
from datetime import date

import keyring
import pytest
from sqlalchemy import delete, func, select

from medlink.config import AppConfig
from medlink.db.models import AuditLog, ClinicKey, MedicalRecord
from medlink.errors import ClinicKeyMissing, StorageError, ValidationError
from medlink.security import records_crypto, secrets
from medlink.services import clinic_key, records
from medlink.services.actor import SYSTEM
from tests.core.test_records import png_bytes
from tests.support.keyrings import MemoryKeyring, VolatileKeyring

PASSPHRASE = "correct horse battery"


def _upload(db, records_dir, actor, n, start=0):  # type: ignore[no-untyped-def]
    return [records.upload_record(db, actor=actor, records_dir=records_dir, patient_id=actor.patient_id,
                                  title=f"Scan {i}", record_type="imaging", record_date=date(2026, 1, 1),
                                  filename=f"s{i}.png", data=png_bytes((20 + i, 20)))
            for i in range(start, start + n)]


def _read_all(db, records_dir, actor, views):  # type: ignore[no-untyped-def]
    return [records.read_record(db, actor=actor, records_dir=records_dir, record_id=v.id)[1] for v in views]


def _new_workstation(db):  # type: ignore[no-untyped-def]
    """Another OS profile / PC on the same database: an empty keyring, nothing remembered."""
    fresh = MemoryKeyring()
    keyring.set_keyring(fresh)
    clinic_key.forget(db)
    return fresh


def test_volatile_keyring_is_refused_before_any_upload(db, tmp_path):
    keyring.set_keyring(VolatileKeyring())
    clinic_key.forget(db)
    with pytest.raises(secrets.KeyringUnusable) as refused:
        clinic_key.data_key(db)
    assert "does not keep secrets after MedLink closes" in refused.value.message
    assert "gnome-keyring" in refused.value.message and "key file" in refused.value.message
    with pytest.raises(secrets.KeyringUnusable):  # `medlink config set-db-password` cannot "store" and lose it
        secrets.set_secret("db:clinic@server:3306/medlink", "pw")


def test_the_null_keyring_is_refused_at_start(db, tmp_path, monkeypatch):
    from keyring.backends.null import Keyring as NullKeyring

    from medlink.bootstrap import open_database

    keyring.set_keyring(NullKeyring())
    clinic_key.forget(db)
    with pytest.raises(secrets.KeyringUnusable, match="refuses to run without one"):
        open_database(AppConfig(database_url=db.url.render_as_string(hide_password=False),
                                records_dir=tmp_path / "r", config_file=tmp_path / "c.toml"))


def test_key_is_made_once_and_its_fingerprint_is_in_the_database(clinic, db, records_dir):
    first = clinic_key.unlock(db)
    with db.read() as s:
        row = s.get(ClinicKey, 1)
        assert row is not None and row.key_id == first
    assert records_crypto.key_id_of(clinic_key.data_key(db)) == first
    assert secrets.records_key() == clinic_key.data_key(db)  # the public accessor for other modules
    clinic_key.forget(db)
    assert clinic_key.unlock(db) == first  # a restart finds it; nothing new is made
    stored = list(keyring.get_keyring().entries())  # type: ignore[attr-defined]
    assert [a for _s, a in stored if a.startswith(secrets.CLINIC_KEY_PREFIX)] == [f"clinic-data-key:{first}"]


def test_new_workstation_is_told_to_import_and_then_reads_every_record(clinic, db, records_dir, tmp_path):
    patient = clinic.patient()
    views = _upload(db, records_dir, patient, 3)
    before = _read_all(db, records_dir, patient, views)
    key_id = clinic_key.export_key(db, actor=SYSTEM, path=tmp_path / "clinic.medlink-key", passphrase=PASSPHRASE)
    assert (tmp_path / "clinic.medlink-key").stat().st_mode & 0o077 == 0
    exported = (tmp_path / "clinic.medlink-key").read_text()
    assert json.loads(exported)["label"]["key_id"] == key_id
    assert secrets.get_secret(secrets.clinic_key_account(key_id)) not in exported  # wrapped, not copied

    new_keyring = _new_workstation(db)
    with pytest.raises(ClinicKeyMissing, match="does not have the clinic key") as missing:
        records.read_record(db, actor=patient, records_dir=records_dir, record_id=views[0].id)
    assert "medlink key import" in missing.value.message
    with pytest.raises(ClinicKeyMissing):  # never a silent new key, not even for a new upload
        _upload(db, records_dir, patient, 1, start=10)
    with db.read() as s:
        assert s.get(ClinicKey, 1).key_id == key_id
    assert new_keyring.entries() == {}

    assert clinic_key.import_key(db, actor=SYSTEM, path=tmp_path / "clinic.medlink-key",
                                 passphrase=PASSPHRASE) == key_id
    assert _read_all(db, records_dir, patient, views) == before
    with db.read() as s:
        actions = set(s.scalars(select(AuditLog.action).where(AuditLog.action.like("clinic_key.%"))))
    assert {"clinic_key.create", "clinic_key.export", "clinic_key.import"} <= actions


def test_bad_key_files_get_a_sentence_and_change_nothing(clinic, db, records_dir, tmp_path, request):
    good = tmp_path / "good.key"
    clinic_key.export_key(db, actor=SYSTEM, path=good, passphrase=PASSPHRASE)
    # another clinic's export
    from medlink.db import migrate
    from medlink.db.session import Database

    other = Database(f"sqlite:///{tmp_path / 'other' / 'medlink.sqlite3'}")  # a new clinic: its own key
    migrate.upgrade(other)
    clinic_key.export_key(other, actor=SYSTEM, path=tmp_path / "other.key", passphrase=PASSPHRASE)
    other.dispose()
    tampered = tmp_path / "tampered.key"
    document = json.loads(good.read_text())
    document["label"]["clinic"] = "Evil Clinic"
    tampered.write_text(json.dumps(document))
    (tmp_path / "junk.key").write_bytes(b"\x00\x01 not a key file")

    keys_before = _new_workstation(db).entries()
    cases = [
        (good, "wrong passphrase!", "passphrase is wrong"),
        (tmp_path / "other.key", PASSPHRASE, "belongs to another clinic"),
        (tampered, PASSPHRASE, "passphrase is wrong, or the clinic key file was changed"),
        (tmp_path / "junk.key", PASSPHRASE, "not a MedLink clinic key file"),
        (tmp_path / "absent.key", PASSPHRASE, "There is no file"),
    ]
    for path, passphrase, sentence in cases:
        with pytest.raises(ValidationError, match=sentence):
            clinic_key.import_key(db, actor=SYSTEM, path=path, passphrase=passphrase)
        assert keyring.get_keyring().entries() == keys_before  # type: ignore[attr-defined]
    with pytest.raises(ValidationError, match="at least 10 characters"):
        clinic_key.export_key(db, actor=SYSTEM, path=tmp_path / "x.key", passphrase="short")


def test_a_file_of_another_clinic_key_says_so(clinic, db, records_dir):
    patient = clinic.patient()
    view = _upload(db, records_dir, patient, 1)[0]
    with db.read() as s:
        stored = records_dir / s.get(MedicalRecord, view.id).storage_path
    foreign = bytes(range(32))
    records_crypto.encrypt_to_file(png_bytes(), stored, key=foreign, record_id=stored.stem)
    with pytest.raises(StorageError, match="encrypted with another clinic key"):
        records.read_record(db, actor=patient, records_dir=records_dir, record_id=view.id)


def test_older_versions_key_is_adopted_not_replaced(db):
    with db.transaction() as s:
        s.execute(delete(ClinicKey))
    clinic_key.forget(db)
    legacy = bytes(range(1, 33))
    import base64

    secrets.set_secret(secrets.RECORDS_KEY_NAME, base64.b64encode(legacy).decode())
    assert clinic_key.unlock(db) == records_crypto.key_id_of(legacy)
    assert clinic_key.data_key(db) == legacy


def test_no_key_is_made_while_encrypted_records_exist(clinic, db, records_dir):
    patient = clinic.patient()
    _upload(db, records_dir, patient, 1)
    with db.transaction() as s:
        s.execute(delete(ClinicKey))  # e.g. a database of an older version, its key on another computer
    _new_workstation(db)
    with pytest.raises(ClinicKeyMissing, match="older MedLink version"):
        clinic_key.unlock(db)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(ClinicKey)) == 0


def test_rotation_re_encrypts_everything_and_resumes_after_a_crash(clinic, db, records_dir):
    patient = clinic.patient()
    views = _upload(db, records_dir, patient, 4)
    before = _read_all(db, records_dir, patient, views)
    old = clinic_key.unlock(db)

    class Killed(Exception):
        pass

    def die_after_two(done: int, total: int) -> None:
        if done == 2:
            raise Killed

    with pytest.raises(Killed):
        clinic_key.rotate(db, actor=SYSTEM, records_dir=records_dir, progress=die_after_two)
    state = clinic_key.status(db)
    assert state.key_id == old and state.next_key_id and state.next_key_id != old
    headers = {records_crypto.header_key_id(p) for p in records_dir.rglob("*.bin")}
    assert headers == {old, state.next_key_id}  # half done ...
    clinic_key.forget(db)  # ... "restart": everything is still readable
    assert _read_all(db, records_dir, patient, views) == before
    report = clinic_key.rotate(db, actor=SYSTEM, records_dir=records_dir)
    assert report.old_key_id == old and report.new_key_id == state.next_key_id
    assert report.files == 2 and report.already_done == 2
    assert {records_crypto.header_key_id(p) for p in records_dir.rglob("*.bin")} == {report.new_key_id}
    assert clinic_key.status(db).key_id == report.new_key_id and clinic_key.status(db).next_key_id is None
    clinic_key.forget(db)
    assert _read_all(db, records_dir, patient, views) == before
    assert records_crypto.key_id_of(clinic_key.data_key(db)) == report.new_key_id


def test_key_file_keyring_for_accounts_without_a_keyring(tmp_path):
    path = tmp_path / "kiosk" / "medlink.key"
    env = {"MEDLINK_KEY_FILE": str(path), "MEDLINK_KEY_FILE_PASSPHRASE": PASSPHRASE}
    assert secrets.use_key_file_if_configured(env)
    secrets.set_secret("smtp:desk@mail", "mail-password-1")
    assert path.stat().st_mode & 0o077 == 0 and b"mail-password-1" not in path.read_bytes()
    keyring.set_keyring(MemoryKeyring())
    assert secrets.use_key_file_if_configured(env)  # a new process: same file, same passphrase
    assert secrets.get_secret("smtp:desk@mail") == "mail-password-1"
    with pytest.raises(ValidationError, match="passphrase is wrong"):
        secrets.use_key_file_if_configured(env | {"MEDLINK_KEY_FILE_PASSPHRASE": "another passphrase"})
