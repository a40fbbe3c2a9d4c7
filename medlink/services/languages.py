"""Languages: the signed-in user's language and a patient's preferred language.

The user's choice (``users.preferred_language``) is what their windows are shown in
after sign-in, on any workstation; ``None`` means they never chose and the sign-in
screen's choice stays.  A patient's choice (``patients.preferred_language``) decides
the language of their e-mails, reminders and patient-facing documents — set by the
patient in their profile or by the front desk for a walk-in; ``None`` is English.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from medlink.db.models import Patient, User
from medlink.db.session import Database, retry_on_contention
from medlink.errors import NotFound
from medlink.i18n import DEFAULT_LANGUAGE, LANGUAGES, normalise_language, tr
from medlink.services import audit
from medlink.services.accounts import actor_for
from medlink.services.actor import Actor
from medlink.services.patients import editable_patient
from medlink.services.permissions import current_actor, require_patient_access
from medlink.validation import validate_language

__all__ = [
    "LanguageOption",
    "available_languages",
    "patient_language",
    "patient_language_in",
    "set_patient_language",
    "set_user_language",
    "user_language",
]


@dataclass(frozen=True)
class LanguageOption:
    code: str  # "hi"
    name: str  # in its own script: "हिन्दी"


def available_languages() -> list[LanguageOption]:
    """The languages MedLink ships, English first, each named in its own script."""
    return [LanguageOption(code, name) for code, name in LANGUAGES.items()]


@retry_on_contention
def set_user_language(db: Database, *, actor: Actor, language: str | None) -> Actor:
    """Remember ``language`` for the signed-in account (``None`` forgets it); returns the updated actor."""
    code = validate_language(language, field="language")
    with db.transaction() as session:
        actor = current_actor(session, actor, allow_password_change=True)
        user = session.get(User, actor.user_id)
        if user is None:
            raise NotFound(tr("accounts", "Your account no longer exists."))
        if user.preferred_language != code:
            user.preferred_language = code
            session.flush()
            audit.record(session, actor, "user.set_language", entity="user", entity_id=user.id,
                         detail=f"language={code}")
        return actor_for(session, user)


@retry_on_contention
def user_language(db: Database, *, actor: Actor) -> str | None:
    """The signed-in account's stored language, or ``None`` if it never chose one."""
    with db.read() as session:
        actor = current_actor(session, actor, allow_password_change=True)
        return session.scalar(select(User.preferred_language).where(User.id == actor.user_id))


@retry_on_contention
def set_patient_language(db: Database, *, actor: Actor, patient_id: int, language: str | None) -> str:
    """Set a patient's preferred language: the patient themself, or staff (walk-ins, phone requests).

    Returns the stored code (English when ``None`` is given).  Doctors cannot change it.
    """
    code = validate_language(language) or DEFAULT_LANGUAGE
    with db.transaction() as session:
        actor, patient = editable_patient(session, actor, patient_id)
        if patient.preferred_language != code:
            patient.preferred_language = code
            session.flush()
            audit.record(session, actor, "patient.set_language", entity="patient", entity_id=patient_id,
                         patient_id=patient_id, detail=f"language={code}")
        return code


def patient_language_in(session: Session, patient_id: int | None) -> str:
    """Inside a unit of work: the language for this patient's e-mails and documents (English if unset)."""
    if patient_id is None:
        return DEFAULT_LANGUAGE
    return normalise_language(session.scalar(select(Patient.preferred_language).where(Patient.id == patient_id)))


@retry_on_contention
def patient_language(db: Database, *, actor: Actor, patient_id: int) -> str:
    """The language of a patient's e-mails and documents, for anyone who may see the patient."""
    with db.read() as session:
        require_patient_access(session, actor, patient_id)
        return patient_language_in(session, patient_id)
