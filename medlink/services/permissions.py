"""Who may see and change what.  Every service calls these, inside its unit of work.

The one rule every service follows::

    with db.transaction() as session:
        actor = require_signed_in(session, actor)      # or require_staff / require_admin /
        ...                                            # require_practising_doctor / require_patient_access

Each ``require_*`` first calls :func:`current_actor`, which re-reads the acting
user in the same unit of work (one indexed lookup, cached on the session) and
refuses a stale or forged :class:`Actor`: a deactivated account, a session
ended by sign-out (the account's ``session_epoch`` moved on), a role, patient
or doctor id that does not match the account, an actor without a user id, or
an account that must change its password first.  The ``Actor`` it returns is
built from the database, so labels in the audit log cannot be forged either.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

from sqlalchemy import bindparam, exists, select
from sqlalchemy.orm import Session

from medlink.db.models import (
    Appointment,
    AppointmentStatus,
    BreakGlassAccess,
    ClinicSettings,
    Doctor,
    Patient,
    User,
    VerificationStatus,
)
from medlink.db.session import Database, retry_on_contention
from medlink.db.types import utcnow
from medlink.errors import DoctorNotVerified, NotAuthenticated, PermissionDenied
from medlink.services.actor import Actor
from medlink.vocabulary import Role
from medlink.i18n import tr

_CACHE_KEY = "medlink_current_actors"

# Appointments that give the doctor the chart: held (checked in / completed) or still booked.
# A cancelled appointment never does (it did not take place); nor does a no-show.
ACCESS_GRANTING = (AppointmentStatus.BOOKED.value, AppointmentStatus.CHECKED_IN.value,
                   AppointmentStatus.COMPLETED.value)


class PasswordChangeRequired(PermissionDenied):
    """The account holds a temporary password: nothing but changing it is allowed."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or tr("permissions", "Please choose a new password before you continue."))


class SessionEnded(NotAuthenticated):
    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or tr("permissions", "You were signed out (on this or another workstation, or by "
                                                      "an administrator). Please sign in again."))


# Built once (every service call runs it; building it cost more than running it).
_ACCOUNT_NOW = (select(User.role, User.is_active, User.must_change_password, User.session_epoch, User.full_name,
                       User.email, Patient.id, Doctor.id, Doctor.verification_status, User.preferred_language)
                .outerjoin(Patient, Patient.user_id == User.id)
                .outerjoin(Doctor, Doctor.user_id == User.id)
                .where(User.id == bindparam("user_id")))


def current_actor(session: Session, actor: Actor | None, *, allow_password_change: bool = False) -> Actor:
    """The acting user as the database says they are now — or ``PermissionDenied``.

    One lookup by primary key (the patient and doctor rows joined through their
    unique ``user_id`` indexes), done once per unit of work.
    """
    if actor is None:
        raise NotAuthenticated()
    if not isinstance(actor, Actor) or not isinstance(actor.user_id, int) or isinstance(actor.user_id, bool):
        raise PermissionDenied(tr("permissions", "This request does not come from a signed-in account."))
    try:
        claimed_role = Role(actor.role)
    except ValueError:
        raise PermissionDenied(tr("permissions", "This request does not match the signed-in account.")) from None
    cache: dict[tuple[object, ...], Actor] = session.info.setdefault(_CACHE_KEY, {})
    key = (actor.user_id, actor.role, actor.session_epoch, actor.patient_id, actor.doctor_id)
    fresh = cache.get(key)
    if fresh is None:
        row = session.execute(_ACCOUNT_NOW, {"user_id": actor.user_id}).first()
        if row is None:
            raise PermissionDenied(tr("permissions", "Your account no longer exists."))
        role, active, must_change, epoch, name, email, patient_id, doctor_id, doctor_status, language = row
        if not active:
            raise PermissionDenied(tr("permissions", "Your account has been deactivated. Please contact the clinic's front desk."))
        if epoch != actor.session_epoch:
            raise SessionEnded()
        if (role != claimed_role.value or (patient_id is not None and actor.patient_id != patient_id)
                or (doctor_id is not None and actor.doctor_id != doctor_id)
                or (patient_id is None and actor.patient_id is not None)
                or (doctor_id is None and actor.doctor_id is not None)):
            raise PermissionDenied(tr("permissions", "This request does not match the signed-in account."))
        fresh = Actor(user_id=actor.user_id, role=Role(role), display_name=name, email=email,
                      patient_id=patient_id, doctor_id=doctor_id, must_change_password=bool(must_change),
                      doctor_status=doctor_status, session_epoch=epoch, language=language)
        cache[key] = fresh
    if fresh.must_change_password and not allow_password_change:
        raise PasswordChangeRequired()
    return fresh


def require_signed_in(session: Session, actor: Actor | None) -> Actor:
    return current_actor(session, actor)


def require_staff(session: Session, actor: Actor | None, what: str = "do that") -> Actor:
    actor = current_actor(session, actor)
    if not actor.is_staff:
        raise PermissionDenied(tr("permissions", "Only clinic staff can {what}.").format(what=what))
    return actor


def require_admin(session: Session, actor: Actor | None, what: str = "do that") -> Actor:
    actor = current_actor(session, actor)
    if not actor.is_admin:
        raise PermissionDenied(tr("permissions", "Only an administrator can {what}.").format(what=what))
    return actor


def require_practising_doctor(session: Session, actor: Actor | None) -> int:
    """The actor's doctor id, if they are a *verified* doctor (checked now, not at sign-in)."""
    actor = current_actor(session, actor)
    if not actor.is_doctor or actor.doctor_id is None:
        raise PermissionDenied(tr("permissions", "Only a doctor can do that."))
    if actor.doctor_status != VerificationStatus.VERIFIED.value:
        note = session.scalar(select(Doctor.verification_note).where(Doctor.id == actor.doctor_id))
        status = actor.doctor_status or VerificationStatus.PENDING.value
        raise DoctorNotVerified(verification_message(status, note), status=status, reason=note)
    return actor.doctor_id


def require_clinician(session: Session, actor: Actor | None, what: str = "write clinical notes") -> int:
    """Diagnoses, notes and other clinical entries: verified doctors only (never the front desk)."""
    fresh = current_actor(session, actor)
    if not fresh.is_doctor:
        raise PermissionDenied(tr("permissions", "Only a clinician can {what}.").format(what=what))
    return require_practising_doctor(session, fresh)


def verification_message(status: str, note: str | None) -> str:
    if status == VerificationStatus.PENDING.value:
        return tr("permissions", "Your registration is waiting for verification by the clinic's administrator. "
                                 "You can practise in MedLink once your credentials are verified.")
    if status == VerificationStatus.REJECTED.value:
        return (tr("permissions", "Your registration was not approved: {note}").format(note=note) if note
                else tr("permissions", "Your registration was not approved."))
    if status == VerificationStatus.SUSPENDED.value:
        return (tr("permissions", "Your account is suspended: {note}. Please contact the clinic.").format(note=note)
                if note else tr("permissions", "Your account is suspended. Please contact the clinic."))
    return tr("permissions", "Your account is verified.")


def doctor_treats_patient(session: Session, doctor_id: int, patient_id: int) -> bool:
    """True if an appointment that took place or is still active links the doctor to the patient
    (within the clinic's ``chart_access_days`` after it ended, when that is set)."""
    conditions = [Appointment.doctor_id == doctor_id, Appointment.patient_id == patient_id,
                  Appointment.status.in_(ACCESS_GRANTING)]
    days = session.scalar(select(ClinicSettings.chart_access_days).where(ClinicSettings.id == 1)) or 0
    if days > 0:
        conditions.append(Appointment.ends_at >= utcnow() - timedelta(days=days))
    return bool(session.scalar(select(exists().where(*conditions))))


def has_break_glass(session: Session, doctor_id: int, patient_id: int) -> bool:
    return bool(session.scalar(select(exists().where(
        BreakGlassAccess.doctor_id == doctor_id, BreakGlassAccess.patient_id == patient_id,
        BreakGlassAccess.expires_at > utcnow()))))


def acts_for_patient(session: Session, actor: Actor, patient_id: int) -> bool:
    """A patient account acts for itself and for the dependants it is the guardian of (family profiles)."""
    if not actor.is_patient or actor.patient_id is None:
        return False
    if actor.patient_id == patient_id:
        return True
    from medlink.db.models import PatientGuardian

    return bool(session.scalar(select(exists().where(
        PatientGuardian.guardian_id == actor.patient_id, PatientGuardian.dependant_id == patient_id))))


def require_patient_access(session: Session, actor: Actor | None, patient_id: int, *, write: bool = False) -> Actor:
    """Patients: only themselves and their dependants (family profiles).  Doctors: only patients
    linked to them by an appointment that took place or is still active, or by a current
    break-glass grant.  Staff/admin: everyone (medical records are further restricted by the
    records service)."""
    actor = current_actor(session, actor)
    if actor.is_staff:
        return actor
    if actor.is_patient:
        if acts_for_patient(session, actor, patient_id):
            return actor
        raise PermissionDenied(tr("permissions", "You can only see your own information."))
    if actor.is_doctor:
        doctor_id = require_practising_doctor(session, actor)
        if doctor_treats_patient(session, doctor_id, patient_id) or has_break_glass(session, doctor_id, patient_id):
            return actor
        raise PermissionDenied(tr("permissions", "You can only see patients who have an appointment with you."))
    raise PermissionDenied()


@retry_on_contention
def authorize(db: Database, rule: Callable[..., Any], actor: Actor | None, *args: Any) -> Any:
    """Apply ``rule`` (one of the ``require_*`` above) in a short unit of work of its own — for
    services that orchestrate other services (each of which checks again in its own work)."""
    with db.read() as session:
        return rule(session, actor, *args)
