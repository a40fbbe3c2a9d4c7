"""Accounts: sign-up validation, argon2id, throttling and lock-out, roles, admin actions."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

import pytest
from sqlalchemy import select

from medlink.db.models import AuditLog, User
from medlink.errors import (
    AccountLocked,
    AuthenticationFailed,
    ConflictError,
    DoctorNotVerified,
    PermissionDenied,
    ValidationError,
)
from medlink.scheduling import WorkingRange
from medlink.services import accounts, doctors, patients
from tests.factories import PASSWORD


def form(**overrides):  # type: ignore[no-untyped-def]
    values = dict(full_name="Kiran Rao", date_of_birth=date(1990, 2, 3), gender="Male", phone="98450 12345",
                  email="Kiran.Rao@Example.com", address="1 Main Road", state="Karnataka")
    values.update(overrides)
    return patients.PatientForm(**values)


def test_patient_sign_up_and_case_insensitive_unique_email(db):
    actor = patients.sign_up_patient(db, form=form(), password=PASSWORD)
    assert actor.is_patient and actor.patient_id
    again = accounts.authenticate(db, email="KIRAN.RAO@example.COM", password=PASSWORD)
    assert again.user_id == actor.user_id
    with pytest.raises(ValidationError) as err:
        patients.sign_up_patient(db, form=form(email="kiran.rao@example.com"), password=PASSWORD)
    assert err.value.field == "email"
    with db.read() as s:
        stored = s.scalar(select(User.password_hash).where(User.id == actor.user_id))
    assert stored.startswith("$argon2id$") and PASSWORD not in stored


@pytest.mark.parametrize("field,overrides,password", [
    ("email", {"email": "not-an-email"}, PASSWORD),
    ("phone", {"phone": "12345"}, PASSWORD),
    ("date_of_birth", {"date_of_birth": date(2999, 1, 1)}, PASSWORD),
    ("full_name", {"full_name": "   "}, PASSWORD),
    ("password", {}, "short"),
    ("password", {}, "password123"),
])
def test_sign_up_validation_names_the_field(db, field, overrides, password):
    with pytest.raises(ValidationError) as err:
        patients.sign_up_patient(db, form=form(**overrides), password=password)
    assert err.value.field == field and err.value.message
    with db.read() as s:
        assert s.scalar(select(User.id)) is None  # nothing half-written


def test_wrong_passwords_throttle_then_lock_and_admin_unlocks(clinic, db):
    patient = clinic.patient(email="lock@example.test")
    now = datetime(2026, 11, 23, 10, 0, tzinfo=timezone.utc)
    for attempt in range(1, 3):
        with pytest.raises(AuthenticationFailed):
            accounts.authenticate(db, email="lock@example.test", password="wrong-password", now=now)
    with pytest.raises(AuthenticationFailed, match="wait 5 seconds"):
        accounts.authenticate(db, email="lock@example.test", password="wrong-password", now=now)
    with pytest.raises(AccountLocked):  # even the right password waits
        accounts.authenticate(db, email="lock@example.test", password=PASSWORD, now=now + timedelta(seconds=2))
    later = now + timedelta(seconds=6)
    with pytest.raises(AuthenticationFailed, match="wait 10"):
        accounts.authenticate(db, email="lock@example.test", password="wrong-password", now=later)
    later += timedelta(seconds=11)
    with pytest.raises(AccountLocked, match="15 minutes"):
        accounts.authenticate(db, email="lock@example.test", password="wrong-password", now=later)
    with pytest.raises(AccountLocked):
        accounts.authenticate(db, email="lock@example.test", password=PASSWORD, now=later + timedelta(minutes=5))
    accounts.unlock_account(db, actor=clinic.admin, user_id=patient.user_id)
    assert accounts.authenticate(db, email="lock@example.test", password=PASSWORD).user_id == patient.user_id
    with db.read() as s:
        failed = list(s.scalars(select(AuditLog.action).where(AuditLog.success.is_(False))))
        locks = list(s.scalars(select(AuditLog.action).where(AuditLog.action == "auth.lock")))
    assert failed.count("auth.login") >= 6 and locks == ["auth.lock"]


def test_unknown_email_and_wrong_password_look_the_same(clinic, db):
    clinic.patient(email="known@example.test")
    with pytest.raises(AuthenticationFailed) as unknown:
        accounts.authenticate(db, email="nobody@example.test", password="whatever-pass")
    with pytest.raises(AuthenticationFailed) as wrong:
        accounts.authenticate(db, email="known@example.test", password="whatever-pass")
    assert unknown.value.message == wrong.value.message


def test_pending_doctor_cannot_practise(clinic, db):
    pending = clinic.doctor(verified=False)
    assert pending.doctor_status == "pending"
    with pytest.raises(DoctorNotVerified, match="waiting for verification"):
        doctors.set_availability(db, actor=pending, ranges=[WorkingRange(0, time(9), time(13))], slot_minutes=15)
    doctors.decide_verification(db, actor=clinic.admin, doctor_id=pending.doctor_id, approve=False,
                                reason="Registration number not found in the state register")
    rejected = accounts.authenticate(db, email=pending.email, password=PASSWORD)
    assert rejected.doctor_status == "rejected"
    with pytest.raises(DoctorNotVerified, match="not found in the state register"):
        doctors.set_fees(db, actor=rejected, consultation="500", lab_test="0", medication="0", other="0")
    assert doctors.search_doctors(db, text=pending.display_name) == []


def test_only_admins_manage_accounts_and_the_last_admin_stays(clinic, db):
    staff = clinic.staff()
    patient = clinic.patient()
    for actor in (staff, patient):
        with pytest.raises(PermissionDenied):
            accounts.list_users(db, actor=actor)
        with pytest.raises(PermissionDenied):
            accounts.unlock_account(db, actor=actor, user_id=patient.user_id)
    with pytest.raises(ConflictError, match="last active administrator"):
        accounts.set_account_active(db, actor=clinic.admin, user_id=clinic.admin.user_id, active=False)
    accounts.set_account_active(db, actor=clinic.admin, user_id=patient.user_id, active=False)
    # A deactivated account is not revealed: the same answer as a wrong password, right password or not.
    with pytest.raises(AuthenticationFailed) as right:
        accounts.authenticate(db, email=patient.email, password=PASSWORD)
    with pytest.raises(AuthenticationFailed) as wrong:
        accounts.authenticate(db, email=patient.email, password="not-the-password")
    assert right.value.message == wrong.value.message == AuthenticationFailed().message


def test_reset_password_forces_a_change(clinic, db):
    patient = clinic.patient()
    accounts.reset_password(db, actor=clinic.admin, user_id=patient.user_id, temporary_password="Temp-pass-2026")
    actor = accounts.authenticate(db, email=patient.email, password="Temp-pass-2026")
    assert actor.must_change_password
    accounts.change_password(db, actor=actor, current_password="Temp-pass-2026", new_password="brand-new-secret-9")
    assert not accounts.authenticate(db, email=patient.email, password="brand-new-secret-9").must_change_password


def test_only_the_first_admin_is_open(db):
    first = accounts.create_admin(db, email="first@clinic.test", password=PASSWORD, full_name="First Admin")
    with pytest.raises(PermissionDenied):
        accounts.create_admin(db, email="second@clinic.test", password=PASSWORD, full_name="Second")
    accounts.create_admin(db, email="second@clinic.test", password=PASSWORD, full_name="Second", actor=first)
