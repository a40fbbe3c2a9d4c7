"""Accounts: sign-up, sign-in (with throttling and lock-out), passwords, user admin."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from medlink.db.models import Doctor, Patient, Role, User, VerificationStatus
from medlink.db.session import Database, retry_on_contention
from medlink.db.types import utcnow
from medlink.errors import (
    AccountLocked,
    AuthenticationFailed,
    ConflictError,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from medlink.security.passwords import check_password_policy, hash_password, needs_rehash, verify_password
from medlink.services import audit
from medlink.services.actor import Actor
from medlink.services.permissions import current_actor, require_admin
from medlink.validation import email_key, validate_email, validate_name
from medlink.i18n import tr

# Sign-in throttling: from the 3rd consecutive failure the account must wait
# before the next try (5 s, then 10 s); from the 5th it is locked for 15 min.
THROTTLE_FROM_FAILURE = 3
LOCK_AFTER_FAILURES = 5
LOCK_DURATION = timedelta(minutes=15)


def _throttle_for(failures: int) -> timedelta | None:
    if failures >= LOCK_AFTER_FAILURES:
        return LOCK_DURATION
    if failures >= THROTTLE_FROM_FAILURE:
        return timedelta(seconds=5 * 2 ** (failures - THROTTLE_FROM_FAILURE))
    return None


def actor_for(session: Session, user: User) -> Actor:
    patient_id = doctor_id = None
    doctor_status = None
    if user.role == Role.PATIENT.value:
        patient_id = session.scalar(select(Patient.id).where(Patient.user_id == user.id))
    elif user.role == Role.DOCTOR.value:
        row = session.execute(select(Doctor.id, Doctor.verification_status).where(Doctor.user_id == user.id)).first()
        if row:
            doctor_id, doctor_status = row
    return Actor(
        user_id=user.id,
        role=Role(user.role),
        display_name=user.full_name,
        email=user.email,
        patient_id=patient_id,
        doctor_id=doctor_id,
        must_change_password=user.must_change_password,
        doctor_status=doctor_status,
        session_epoch=user.session_epoch or 0,
        language=user.preferred_language,
    )


KIOSK_THROTTLE_FROM_FAILURE = 5
KIOSK_WINDOW = timedelta(minutes=10)
_kiosk_failures: dict[str, list[datetime]] = {}
_kiosk_lock = threading.Lock()


def _kiosk_wait(workstation: str, now: datetime) -> timedelta | None:
    """Per-workstation throttle of the kiosk: after 5 failures in 10 minutes, 5 s, 10 s, … (at most 5 min)."""
    with _kiosk_lock:
        recent = [t for t in _kiosk_failures.get(workstation, []) if now - t < KIOSK_WINDOW]
        _kiosk_failures[workstation] = recent
        if len(recent) < KIOSK_THROTTLE_FROM_FAILURE:
            return None
        wait = timedelta(seconds=min(300, 5 * 2 ** (len(recent) - KIOSK_THROTTLE_FROM_FAILURE)))
        return wait if recent[-1] + wait > now else None


def _kiosk_failed(workstation: str, now: datetime) -> None:
    with _kiosk_lock:
        _kiosk_failures.setdefault(workstation, []).append(now)


@retry_on_contention
def authenticate(db: Database, *, email: str, password: str, now: datetime | None = None,
                 kiosk: bool = False) -> Actor:
    """Sign in.  Every attempt is counted and audit-logged; failures are throttled, then locked.

    The user row is locked for the attempt (``SELECT … FOR UPDATE`` on MariaDB,
    ``BEGIN IMMEDIATE`` on SQLite), so simultaneous attempts queue and each one
    is counted.  A wrong password and a deactivated account get the same answer.

    ``kiosk=True`` (the waiting-room kiosk): only patient accounts may sign in;
    wrong passwords there never lock staff or administrator accounts, and the
    kiosk is throttled per workstation instead.

    A doctor whose verification is pending or was rejected *can* sign in, but
    the returned actor carries ``doctor_status`` and every clinical service
    refuses them; the doctor window shows only the verification state.
    """
    now = now or utcnow()
    key = email_key(email or "")
    station = audit.workstation_name()
    if kiosk:
        wait = _kiosk_wait(station, now)
        if wait is not None:
            audit.record_separately(db, None, "auth.login", success=False, actor_label=key[:160] or "(empty)",
                                    detail="kiosk throttled")
            raise AccountLocked(tr("accounts", "Too many wrong sign-ins at this kiosk. Please wait {total_seconds} seconds and try again.").format(total_seconds=int(wait.total_seconds())))
    with db.transaction() as session:
        outcome = _attempt_sign_in(session, key, password or "", now, kiosk=kiosk)
    # Failures are returned, not raised, so that the failure counter and the
    # audit rows are committed before the error reaches the caller.
    if isinstance(outcome, Exception):
        if kiosk and isinstance(outcome, (AuthenticationFailed, AccountLocked)):
            _kiosk_failed(station, now)
        raise outcome
    return outcome


def _attempt_sign_in(session: Session, key: str, password: str, now: datetime, *,
                     kiosk: bool = False) -> Actor | Exception:
    user = session.scalar(select(User).where(User.email_key == key).with_for_update()) if key else None
    if user is not None and kiosk and user.role != Role.PATIENT.value:
        # Staff, doctors and administrators cannot use the kiosk: never count (or lock) them here.
        verify_password(user.password_hash, password)
        audit.record(session, None, "auth.login", entity="user", entity_id=user.id, success=False,
                     actor_label=user.email, detail="kiosk: not a patient account")
        return AuthenticationFailed(tr("accounts", "This kiosk is for patients. Staff and doctors please use a clinic workstation."))
    if user is None:
        verify_password(None, password)  # same cost as a real check: no account enumeration by timing
        audit.record(session, None, "auth.login", success=False, actor_label=key[:160] or "(empty)",
                     detail="unknown account")
        return AuthenticationFailed()
    if user.locked_until is not None and user.locked_until > now:
        verify_password(user.password_hash, password)
        audit.record(session, None, "auth.login", entity="user", entity_id=user.id, success=False,
                     actor_label=user.email, detail="account locked")
        return AccountLocked(_locked_message(user.locked_until, now), until=user.locked_until)
    if not user.is_active:
        # The same answer as a wrong password (and the same cost): a deactivated account is not revealed.
        correct = verify_password(user.password_hash, password)
        audit.record(session, None, "auth.login", entity="user", entity_id=user.id, success=False,
                     actor_label=user.email,
                     detail="account deactivated" + ("" if correct else " (wrong password)"))
        return AuthenticationFailed()
    if not verify_password(user.password_hash, password):
        user.failed_logins += 1
        wait = _throttle_for(user.failed_logins)
        user.locked_until = now + wait if wait else None
        audit.record(session, None, "auth.login", entity="user", entity_id=user.id, success=False,
                     actor_label=user.email, detail=f"wrong password (failure {user.failed_logins})")
        if wait and wait >= LOCK_DURATION:
            audit.record(session, None, "auth.lock", entity="user", entity_id=user.id,
                         actor_label=user.email, detail="locked after repeated failures")
            return AccountLocked(
                tr("accounts", "Too many wrong passwords: this account is locked for 15 minutes. "
                "The front desk can unlock it sooner."), until=user.locked_until)
        if wait:
            return AuthenticationFailed(
                tr("accounts", "The e-mail address or password is not correct. Please wait {total_seconds} seconds before trying again.").format(total_seconds=int(wait.total_seconds())))
        return AuthenticationFailed()
    user.failed_logins = 0
    user.locked_until = None
    user.last_login_at = now
    if needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    actor = actor_for(session, user)
    audit.record(session, actor, "auth.login", entity="user", entity_id=user.id)
    return actor


def _locked_message(until: datetime, now: datetime) -> str:
    seconds = int((until - now).total_seconds()) + 1
    if seconds <= 60:
        return tr("accounts", "Too many wrong passwords. Please wait {seconds} seconds and try again.").format(
            seconds=seconds)
    return tr("accounts", "Too many wrong passwords: this account is locked for another {minutes} minutes. "
                          "The front desk can unlock it sooner.").format(minutes=seconds // 60 + 1)


def create_user(session: Session, *, email: str, password: str, role: Role, full_name: str,
                must_change_password: bool = False) -> User:
    clean_email = validate_email(email)
    assert clean_email is not None
    check_password_policy(password, email=clean_email)
    name = validate_name(full_name)
    key = email_key(clean_email)
    if session.scalar(select(User.id).where(User.email_key == key)) is not None:
        raise ValidationError("email", tr("accounts", "An account with this e-mail address already exists. Sign in instead."))
    user = User(email=clean_email, email_key=key, password_hash=hash_password(password), role=role.value,
                full_name=name, is_active=True, failed_logins=0, must_change_password=must_change_password)
    session.add(user)
    try:
        with session.begin_nested():
            session.flush()
    except IntegrityError as exc:
        raise ValidationError("email", tr("accounts", "An account with this e-mail address already exists. Sign in instead.")) from exc
    return user


@retry_on_contention
def create_admin(db: Database, *, actor: Actor | None = None, email: str, password: str, full_name: str,
                 by_operator: bool = False) -> Actor:
    """The first admin may be created by anyone (first run); later ones only by a signed-in admin
    or by the operator at the command line (``by_operator=True``: ``medlink create-admin``, run by
    whoever holds the database's credentials, e.g. to recover a clinic that lost its only admin)."""
    with db.transaction() as session:
        admins = session.scalar(select(func.count()).select_from(User).where(User.role == Role.ADMIN.value))
        if admins and not by_operator:
            if actor is None:
                raise PermissionDenied(tr("accounts", "Only an administrator can create another administrator."))
            actor = require_admin(session, actor, "create another administrator")
        user = create_user(session, email=email, password=password, role=Role.ADMIN, full_name=full_name)
        created = actor_for(session, user)
        audit.record(session, actor if admins and not by_operator else created, "user.create", entity="user",
                     entity_id=user.id, detail="role=admin" + (" (command line)" if by_operator else ""))
        return created


@retry_on_contention
def has_admin(db: Database) -> bool:
    with db.read() as session:
        return bool(session.scalar(select(func.count()).select_from(User).where(User.role == Role.ADMIN.value)))


@retry_on_contention
def create_staff(db: Database, *, actor: Actor, email: str, password: str, full_name: str,
                 role: Role = Role.STAFF) -> int:
    if role not in (Role.STAFF, Role.ADMIN):
        raise ValidationError("role", tr("accounts", "Staff accounts are either front-desk staff or administrators."))
    with db.transaction() as session:
        actor = require_admin(session, actor, "create staff accounts")
        user = create_user(session, email=email, password=password, role=role, full_name=full_name,
                           must_change_password=True)
        audit.record(session, actor, "user.create", entity="user", entity_id=user.id, detail=f"role={role.value}")
        return user.id


@retry_on_contention
def change_password(db: Database, *, actor: Actor, current_password: str, new_password: str) -> Actor:
    """Change one's own password (also the forced change after a reset).  Every other session of the
    account ends; the returned actor is the caller's new session."""
    with db.transaction() as session:
        actor = current_actor(session, actor, allow_password_change=True)
        user = session.get(User, actor.user_id)
        if user is None:
            raise NotFound(tr("accounts", "Your account no longer exists."))
        if not verify_password(user.password_hash, current_password or ""):
            raise ValidationError("current_password", tr("accounts", "The current password is not correct."))
        check_password_policy(new_password, field="new_password", email=user.email)
        if verify_password(user.password_hash, new_password):
            raise ValidationError("new_password", tr("accounts", "The new password must be different from the current one."))
        user.password_hash = hash_password(new_password)
        user.must_change_password = False
        user.session_epoch = (user.session_epoch or 0) + 1
        audit.record(session, actor, "user.change_password", entity="user", entity_id=user.id)
        return actor_for(session, user)


@retry_on_contention
def sign_out(db: Database, *, actor: Actor | None) -> None:
    """End every session of the account at once (this workstation's and any other's)."""
    if actor is None or actor.user_id is None:
        return
    with db.transaction() as session:
        user = session.scalar(select(User).where(User.id == actor.user_id).with_for_update())
        if user is None or user.session_epoch != actor.session_epoch:
            return  # already ended
        user.session_epoch = (user.session_epoch or 0) + 1
        audit.record(session, actor, "auth.logout", entity="user", entity_id=user.id)


@dataclass(frozen=True)
class UserSummary:
    id: int
    email: str
    full_name: str
    role: str
    is_active: bool
    locked: bool
    failed_logins: int
    must_change_password: bool
    last_login_at: datetime | None
    doctor_status: str | None


@retry_on_contention
def list_users(db: Database, *, actor: Actor, role: Role | None = None, text: str = "", limit: int = 500,
               now: datetime | None = None) -> list[UserSummary]:
    now = now or utcnow()
    from medlink.validation import like_contains, search_text

    query = (select(User, Doctor.verification_status).outerjoin(Doctor, Doctor.user_id == User.id)
             .order_by(User.role, User.full_name).limit(limit))
    if role is not None:
        query = query.where(User.role == role.value)
    text = search_text(text)
    if text:
        pattern = like_contains(text.lower())
        query = query.where((func.lower(User.full_name).like(pattern, escape="\\")) |
                            (User.email_key.like(pattern, escape="\\")))
    with db.read() as session:
        require_admin(session, actor, "manage accounts")
        return [
            UserSummary(id=u.id, email=u.email, full_name=u.full_name, role=u.role, is_active=u.is_active,
                        locked=bool(u.locked_until and u.locked_until > now), failed_logins=u.failed_logins,
                        must_change_password=u.must_change_password, last_login_at=u.last_login_at,
                        doctor_status=status)
            for u, status in session.execute(query)
        ]


def _admin_user(session: Session, actor: Actor, user_id: int) -> tuple[User, Actor]:
    actor = require_admin(session, actor, "manage accounts")
    user = session.get(User, user_id)
    if user is None:
        raise NotFound(tr("accounts", "That account does not exist."))
    return user, actor


@retry_on_contention
def unlock_account(db: Database, *, actor: Actor, user_id: int) -> None:
    with db.transaction() as session:
        user, actor = _admin_user(session, actor, user_id)
        user.failed_logins = 0
        user.locked_until = None
        audit.record(session, actor, "user.unlock", entity="user", entity_id=user.id)


@retry_on_contention
def set_account_active(db: Database, *, actor: Actor, user_id: int, active: bool) -> None:
    with db.transaction() as session:
        user, actor = _admin_user(session, actor, user_id)
        if not active and user.role == Role.ADMIN.value:
            others = session.scalar(select(func.count()).select_from(User).where(
                User.role == Role.ADMIN.value, User.is_active.is_(True), User.id != user.id))
            if not others:
                raise ConflictError(tr("accounts", "The last active administrator cannot be deactivated."))
        user.is_active = active
        if not active:
            user.session_epoch = (user.session_epoch or 0) + 1  # signed-in windows stop working at once
        audit.record(session, actor, "user.activate" if active else "user.deactivate", entity="user",
                     entity_id=user.id)


@retry_on_contention
def reset_password(db: Database, *, actor: Actor, user_id: int, temporary_password: str) -> None:
    """Set a temporary password; the user must change it at the next sign-in."""
    with db.transaction() as session:
        user, actor = _admin_user(session, actor, user_id)
        check_password_policy(temporary_password, field="temporary_password", email=user.email)
        user.password_hash = hash_password(temporary_password)
        user.must_change_password = True
        user.session_epoch = (user.session_epoch or 0) + 1
        user.failed_logins = 0
        user.locked_until = None
        audit.record(session, actor, "user.reset_password", entity="user", entity_id=user.id)


def today_in(tz_name: str = "Asia/Kolkata") -> date:
    from zoneinfo import ZoneInfo

    return datetime.now(ZoneInfo(tz_name)).date()


__all__ = [
    "authenticate", "create_admin", "create_staff", "change_password", "list_users", "unlock_account",
    "set_account_active", "reset_password", "sign_out", "has_admin", "actor_for", "VerificationStatus",
]
