"""The per-workstation audit chains: 0007's single chain migrated, and key rotation (rows keep their key id)."""

from __future__ import annotations

import base64
import os
from datetime import datetime, timezone

import pytest
from sqlalchemy import select, text

from medlink.db import migrate
from medlink.db.models import AuditChainHead, AuditLog
from medlink.db.session import Database
from medlink.security import records_crypto, secrets
from medlink.security.audit_mac import audit_mac_key, chain_mac
from medlink.services import audit, clinic_key, patients
from medlink.services.actor import SYSTEM
from tests.core.test_access_and_audit import triggers_dropped


def _legacy_rows(conn, key: bytes, first_id: int, count: int) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    """Rows as MedLink wrote them at revision 0007: ids without gaps, MAC over [id, at, …] and the previous MAC."""
    mac = ""
    for row_id in range(first_id, first_id + count):
        at = datetime(2026, 11, 30, 9, 0, row_id % 60, tzinfo=timezone.utc)
        content = [row_id, at.replace(tzinfo=None).isoformat(timespec="microseconds"), None, "admin",
                   "patient.view", "patient", 7, None, True, f"view {row_id}", "desk-1"]
        mac = chain_mac(audit_mac_key(key), content, mac)
        conn.execute(text("INSERT INTO audit_log (id, at, actor_user_id, actor_label, action, entity, entity_id, "
                          "patient_id, success, detail, workstation, mac) VALUES (:id, :at, NULL, 'admin', "
                          "'patient.view', 'patient', 7, NULL, 1, :detail, 'desk-1', :mac)"),
                     {"id": row_id, "at": at.replace(tzinfo=None), "detail": f"view {row_id}", "mac": mac})
    return first_id + count - 1, mac


@pytest.fixture
def old_clinic(tmp_path):  # type: ignore[no-untyped-def]
    """A clinic at revision 0007: two rows from before the chain, then five chained rows."""
    db = Database(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    migrate.upgrade(db, "0007_access_audit")
    key = os.urandom(32)
    key_id = records_crypto.key_id_of(key)
    secrets.set_secret(secrets.clinic_key_account(key_id), base64.b64encode(key).decode("ascii"))
    with db.engine.begin() as conn:
        conn.execute(text("INSERT INTO clinic_key (id, key_id, created_at) VALUES (1, :k, '2026-01-01 00:00:00')"),
                     {"k": key_id})
        conn.execute(text("DELETE FROM audit_chain_head"))
        for row_id in (1, 2):  # before 0007: no MAC
            conn.execute(text("INSERT INTO audit_log (id, at, actor_label, action, success, mac) "
                              "VALUES (:id, '2026-01-01 00:00:00', 'admin', 'user.sign_in', 1, '')"), {"id": row_id})
        last_id, last_mac = _legacy_rows(conn, key, 3, 5)
        conn.execute(text("INSERT INTO audit_chain_head (id, last_id, first_id, last_mac) VALUES (1, :l, 3, :m)"),
                     {"l": last_id, "m": last_mac})
    yield db
    db.dispose()


def test_the_single_chain_of_0007_is_kept_and_still_verifies(old_clinic, monkeypatch):
    db = old_clinic
    migrate.upgrade(db)
    clinic_key.unlock(db)
    with db.read() as s:
        heads = s.scalars(select(AuditChainHead)).all()
    assert [(h.name, h.first_id, h.last_id, h.last_seq) for h in heads] == [("", 3, 7, 0)]
    report = audit.verify_chain(db)
    assert report.ok and report.rows_checked == 5 and report.unchained_rows == 2, report.summary
    monkeypatch.setenv("MEDLINK_WORKSTATION", "desk-2")
    audit.record_separately(db, SYSTEM, "test.after_upgrade")
    with db.read() as s:
        new = s.scalars(select(AuditLog).where(AuditLog.action == "test.after_upgrade")).one()
        head = s.get(AuditChainHead, new.chain_id)
    assert new.id == 8 and head is not None and head.name == "desk-2" and new.chain_seq == 1
    report = audit.verify_chain(db)
    assert report.ok and report.rows_checked == 6 and report.chains == 2, report.summary


def test_tampering_with_the_migrated_chain_is_still_found(old_clinic):
    db = old_clinic
    migrate.upgrade(db)
    clinic_key.unlock(db)
    with triggers_dropped(db), db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET detail = 'nothing' WHERE id = 5"))
    report = audit.verify_chain(db)
    assert report.broken_at == 5 and "migration 0007" in report.summary and "does not match" in report.summary


def test_tail_cut_off_the_migrated_chain_is_found(old_clinic):
    db = old_clinic
    migrate.upgrade(db)
    clinic_key.unlock(db)
    with triggers_dropped(db), db.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_log WHERE id >= 6"))
    report = audit.verify_chain(db)
    assert not report.ok and "rows 6\u20137 at the end were deleted" in report.summary


def test_rows_sealed_before_a_key_rotation_verify_with_their_own_key(clinic, db, records_dir):
    patient = clinic.patient()
    patients.get_patient(db, actor=patient, patient_id=patient.patient_id)
    old = clinic_key.unlock(db)
    report = clinic_key.rotate(db, actor=SYSTEM, records_dir=records_dir)
    patients.get_patient(db, actor=patient, patient_id=patient.patient_id)
    with db.read() as s:
        sealed = s.execute(select(AuditLog.id, AuditLog.key_id).order_by(AuditLog.id)).all()
    key_ids = [k for _, k in sealed]
    assert old in key_ids and report.new_key_id in key_ids  # both keys sealed rows of the same chain
    clinic_key.forget(db)  # a restart: only the new key is the clinic's; the old one waits in the keyring
    checked = audit.verify_chain(db)
    assert checked.ok and checked.rows_checked == len(sealed), checked.summary
    first_old = next(i for i, k in sealed if k == old)
    with triggers_dropped(db), db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET detail = 'x' WHERE id = :i"), {"i": first_old})
    assert audit.verify_chain(db).broken_at == first_old


def test_a_workstation_without_the_old_key_says_which_key_to_import(clinic, db, records_dir):
    patient = clinic.patient()
    patients.get_patient(db, actor=patient, patient_id=patient.patient_id)
    old = clinic_key.unlock(db)
    clinic_key.rotate(db, actor=SYSTEM, records_dir=records_dir)
    secrets.delete_secret(secrets.clinic_key_account(old))
    clinic_key.forget(db)
    report = audit.verify_chain(db)
    assert not report.ok and old in report.summary and "medlink key import" in report.summary
