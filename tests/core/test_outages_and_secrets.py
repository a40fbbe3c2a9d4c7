"""Outages (database restart, SQLite locked), brute force, secrets, the append-only audit log."""

from __future__ import annotations

import logging
import statistics
import time
from datetime import date

import keyring
import pytest
from sqlalchemy import select, text

from medlink.db import cipher
from medlink.db.models import AuditLog, ClinicSettings
from medlink.errors import AuthenticationFailed, DatabaseUnavailable
from medlink.security.secrets import SERVICE, clinic_key_account
from medlink.services import clinic_key
from medlink.services import accounts, patients


def test_mariadb_restart_fails_the_current_action_and_the_next_reconnects(clinic, db, backend):
    if backend != "mariadb" or not hasattr(pytest, "mariadb_server"):
        pytest.skip("needs the MariaDB server started by the fixtures")
    staff = clinic.staff()
    clinic.patient("Before Restart")
    server = pytest.mariadb_server  # type: ignore[attr-defined]
    with pytest.raises(DatabaseUnavailable, match="Lost the connection"):
        with db.transaction() as session:
            session.scalar(select(ClinicSettings.id))  # the connection is in use …
            server.restart()  # … when the server goes away
            session.scalar(select(ClinicSettings.id))
    found = patients.search_patients(db, actor=staff, text="Before")  # reconnects by itself
    assert [p.full_name for p in found] == ["Before Restart"]


def test_sqlite_locked_by_another_program_gives_a_clear_message(sqlite_db, monkeypatch):
    import medlink.db.session as session_module

    monkeypatch.setattr(session_module, "SQLITE_BUSY_TIMEOUT_MS", 300)
    path = sqlite_db.url.database
    assert sqlite_db.cipher is not None  # another program with the database key (e.g. an SQLCipher browser)
    blocker = cipher.connect(path, sqlite_db.cipher.raw_key(), timeout=0.1, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        from medlink.db.session import Database

        db = Database(f"sqlite:///{path}")
        with pytest.raises(DatabaseUnavailable, match="busy"):
            accounts.create_admin(db, email="first@clinic.test", password="a-long-secret-1", full_name="First")
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert accounts.create_admin(db, email="first@clinic.test", password="a-long-secret-1", full_name="First")
    db.dispose()


def test_unknown_and_known_accounts_take_the_same_time(clinic, db, monkeypatch):
    """With the production argon2 parameters, an unknown e-mail costs what a wrong password costs."""
    from argon2 import PasswordHasher

    import medlink.security.passwords as passwords

    real = PasswordHasher()
    monkeypatch.setattr(passwords, "_hasher", real)
    monkeypatch.setattr(passwords, "_DUMMY_HASH", real.hash("dummy"))
    patients.sign_up_patient(db, form=patients.PatientForm(
        full_name="Timing Person", date_of_birth=date(1990, 1, 1), gender="Male",
        phone="9845000001", email="timing@clinic.test", address="Here"), password="a-long-secret-1")

    def attempt(email: str) -> float:
        start = time.perf_counter()
        with pytest.raises(AuthenticationFailed):
            accounts.authenticate(db, email=email, password="wrong-password-x")
        return time.perf_counter() - start

    known, unknown = [], []
    for i in range(4):  # stays below the throttle (3rd failure) by unlocking in between
        known.append(attempt("timing@clinic.test"))
        unknown.append(attempt(f"nobody{i}@clinic.test"))
        accounts.unlock_account(db, actor=clinic.admin, user_id=_user_id(db, "timing@clinic.test"))
    ratio = statistics.median(unknown) / statistics.median(known)
    assert 0.6 < ratio < 1.6, (known, unknown)


def _user_id(db, email):  # type: ignore[no-untyped-def]
    from medlink.db.models import User

    with db.read() as s:
        return s.scalar(select(User.id).where(User.email_key == email))


def test_records_key_is_only_in_the_keyring(clinic, db, records_dir, tmp_path, caplog):
    from medlink.services import records
    from tests.core.test_records import PDF

    caplog.set_level(logging.DEBUG)
    patient = clinic.patient()
    records.upload_record(db, actor=patient, records_dir=records_dir, patient_id=patient.patient_id, title="R",
                          record_type="other", record_date=date(2026, 1, 1), filename="r.pdf", data=PDF)
    key = keyring.get_password(SERVICE, clinic_key_account(clinic_key.status(db).key_id or ""))
    assert key and len(key) >= 40
    from medlink.maintenance import backup

    archive = backup(db, records_dir, tmp_path / "b.zip").path.read_bytes()
    import zipfile

    with zipfile.ZipFile(tmp_path / "b.zip") as z:
        everything = b"".join(z.read(n) for n in z.namelist())
    assert key.encode() not in everything and key.encode() not in archive
    assert key not in caplog.text
    with db.read() as s:
        for table in ("audit_log", "clinic_settings", "medical_records", "users"):
            assert key not in repr(s.execute(text(f"SELECT * FROM {table}")).all())


def test_audit_rows_cannot_be_changed_or_deleted(clinic, db):
    from sqlalchemy import delete, update

    from medlink.errors import ConflictError

    clinic.patient()
    with pytest.raises(ConflictError, match="append-only"):
        with db.transaction() as session:
            row = session.scalars(select(AuditLog)).first()
            row.detail = "rewritten history"
    with pytest.raises(ConflictError, match="append-only"):
        with db.transaction() as session:
            session.delete(session.scalars(select(AuditLog)).first())
    # bulk ORM statements and raw SQL meet the database's triggers too
    for statement in (update(AuditLog).values(detail="rewritten history"), delete(AuditLog),
                      text("UPDATE audit_log SET detail = 'rewritten history'"), text("DELETE FROM audit_log")):
        with pytest.raises(ConflictError, match="append-only"):
            with db.transaction() as session:
                session.execute(statement)
    with db.read() as session:
        assert "rewritten history" not in [r.detail for r in session.scalars(select(AuditLog))]


def test_idle_log_off_for_staff_windows(qtbot, clinic, db, records_dir, tmp_path):
    from medlink.config import AppConfig
    from medlink.ui.context import AppContext
    from medlink.ui.staff.window import StaffWindow

    staff = clinic.staff()
    ctx = AppContext(db=db, config=AppConfig(database_url=str(db.url), records_dir=records_dir,
                                             config_file=tmp_path / "c.toml"), actor=staff)
    window = StaffWindow(ctx, staff)
    qtbot.addWidget(window)
    assert window.idle is not None and window.idle.timeout_s == 900  # clinic default: 15 minutes
    window.idle.timeout_s = window.idle.remaining = 2
    window.idle.warn_seconds = 1
    with qtbot.waitSignal(window.signed_out, timeout=5000) as signal:
        pass
    assert signal.args == ["idle"]
