"""Who may see and change what.  Every service calls these before touching data."""

from __future__ import annotations

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from medlink.db.models import Appointment, VerificationStatus
from medlink.errors import DoctorNotVerified, NotAuthenticated, PermissionDenied
from medlink.services.actor import Actor


def require_signed_in(actor: Actor | None) -> Actor:
    if actor is None:
        raise NotAuthenticated()
    return actor


def require_staff(actor: Actor | None, what: str = "do that") -> Actor:
    actor = require_signed_in(actor)
    if not actor.is_staff:
        raise PermissionDenied(f"Only clinic staff can {what}.")
    return actor


def require_admin(actor: Actor | None, what: str = "do that") -> Actor:
    actor = require_signed_in(actor)
    if not actor.is_admin:
        raise PermissionDenied(f"Only an administrator can {what}.")
    return actor


def require_practising_doctor(session: Session, actor: Actor | None) -> int:
    """The actor's doctor id, if they are a *verified* doctor."""
    actor = require_signed_in(actor)
    if not actor.is_doctor or actor.doctor_id is None:
        raise PermissionDenied("Only a doctor can do that.")
    from medlink.db.models import Doctor

    doctor = session.get(Doctor, actor.doctor_id)
    if doctor is None:
        raise PermissionDenied("Your doctor profile no longer exists.")
    if doctor.verification_status != VerificationStatus.VERIFIED.value:
        raise DoctorNotVerified(verification_message(doctor.verification_status, doctor.verification_note),
                                status=doctor.verification_status, reason=doctor.verification_note)
    return doctor.id


def verification_message(status: str, note: str | None) -> str:
    if status == VerificationStatus.PENDING.value:
        return ("Your registration is waiting for verification by the clinic's administrator. "
                "You can practise in MedLink once your credentials are verified.")
    if status == VerificationStatus.REJECTED.value:
        return "Your registration was not approved" + (f": {note}" if note else ".")
    if status == VerificationStatus.SUSPENDED.value:
        return "Your account is suspended" + (f": {note}" if note else ".") + " Please contact the clinic."
    return "Your account is verified."


def doctor_treats_patient(session: Session, doctor_id: int, patient_id: int) -> bool:
    return bool(session.scalar(select(exists().where(
        Appointment.doctor_id == doctor_id, Appointment.patient_id == patient_id))))


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
    """Patients: only themselves and their dependants.  Doctors: only patients who have (had) an
    appointment with them.  Staff/admin: everyone (medical records are
    further restricted by the records service)."""
    actor = require_signed_in(actor)
    if actor.is_staff:
        return actor
    if actor.is_patient:
        if acts_for_patient(session, actor, patient_id):
            return actor
        raise PermissionDenied("You can only see your own information.")
    if actor.is_doctor:
        doctor_id = require_practising_doctor(session, actor)
        if doctor_treats_patient(session, doctor_id, patient_id):
            return actor
        raise PermissionDenied("You can only see patients who have an appointment with you.")
    raise PermissionDenied()
