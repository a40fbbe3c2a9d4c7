"""Family profiles: one patient account manages dependants (children, elderly parents).

A dependant is an ordinary patient record (usually without an account of its
own) linked to a guardian's record.  The guardian books, uploads and sees
bills and prescriptions for each dependant through the ordinary services:
``permissions.acts_for_patient`` admits the guardian wherever the patient
themself is admitted.  The guardian adds a dependant from their own window;
the front desk links and unlinks existing records.  Every change is audited.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from medlink.db.models import Patient, PatientGuardian
from medlink.db.session import Database, retry_on_contention
from medlink.errors import NotFound, PermissionDenied, ValidationError
from medlink.services import audit
from medlink.services.actor import Actor
from medlink.services.clinic_settings import clinic_timezone
from medlink.services.patients import PatientForm, clean_patient_form
from medlink.services.permissions import authorize, require_signed_in, require_staff
from medlink.validation import validate_choice
from medlink.i18n import N_, tr

RELATIONSHIPS = ("Child", "Parent", "Spouse", "Sibling", "Grandparent", "Grandchild", "Other family member")


@dataclass(frozen=True)
class FamilyMember:
    patient_id: int
    full_name: str
    date_of_birth: date | None
    relationship: str
    has_own_account: bool


@dataclass(frozen=True)
class FamilyLink:
    guardian_id: int
    guardian_name: str
    dependant_id: int
    dependant_name: str
    relationship: str


def _today(session: Session) -> date:
    return datetime.now(clinic_timezone(session)).date()


def _patient(session: Session, patient_id: int) -> Patient:
    patient = session.get(Patient, patient_id)
    if patient is None or patient.merged_into_id is not None:
        raise NotFound(tr("families", "That patient does not exist."))
    return patient


def _relationship(value: str | None) -> str:
    return str(validate_choice(value, RELATIONSHIPS, field="relationship", label=N_("fields", "Relationship"), required=True))


@retry_on_contention
def add_dependant(db: Database, *, actor: Actor, form: PatientForm, relationship: str) -> FamilyMember:
    """The signed-in patient adds a family member whose record they will manage.

    The dependant's e-mail and phone are optional (a child has neither); the
    guardian's phone is used for reminders when the dependant has none.
    """
    actor = authorize(db, require_signed_in, actor)
    if not actor.is_patient or actor.patient_id is None:
        raise PermissionDenied(tr("families", "Only a patient can add family members to their own account."))
    label = _relationship(relationship)
    with db.transaction() as session:
        guardian = _patient(session, actor.patient_id)
        if not (form.phone or "").strip():
            form.phone = guardian.phone
        if not (form.address or "").strip():
            form.address = guardian.address
        if not form.state:
            form.state = guardian.state
        values = clean_patient_form(form, today=_today(session), email_required=False)
        dependant = Patient(user_id=None, **values)
        session.add(dependant)
        session.flush()
        session.add(PatientGuardian(guardian_id=guardian.id, dependant_id=dependant.id, relationship_label=label,
                                    created_by_id=actor.user_id))
        session.flush()
        audit.record(session, actor, "family.add_dependant", entity="patient", entity_id=dependant.id,
                     patient_id=dependant.id, detail=f"guardian={guardian.id} relationship={label}")
        return FamilyMember(dependant.id, dependant.full_name, dependant.date_of_birth, label, False)


@retry_on_contention
def my_family(db: Database, *, actor: Actor) -> list[FamilyMember]:
    """The signed-in patient's dependants, by name."""
    actor = authorize(db, require_signed_in, actor)
    if not actor.is_patient or actor.patient_id is None:
        return []
    with db.read() as session:
        rows = session.execute(
            select(Patient.id, Patient.full_name, Patient.date_of_birth, PatientGuardian.relationship_label,
                   Patient.user_id)
            .join(PatientGuardian, PatientGuardian.dependant_id == Patient.id)
            .where(PatientGuardian.guardian_id == actor.patient_id, Patient.merged_into_id.is_(None))
            .order_by(Patient.full_name, Patient.id))
        return [FamilyMember(pid, name, dob, rel, user_id is not None) for pid, name, dob, rel, user_id in rows]


@retry_on_contention
def family_links(db: Database, *, actor: Actor, patient_id: int) -> list[FamilyLink]:
    """Front desk: every family link the patient is part of (as guardian or as dependant)."""
    actor = authorize(db, require_staff, actor, "see family links")
    guardian = Patient.__table__.alias("guardian")
    dependant = Patient.__table__.alias("dependant")
    query = (select(PatientGuardian.guardian_id, guardian.c.full_name, PatientGuardian.dependant_id,
                    dependant.c.full_name, PatientGuardian.relationship_label)
             .join(guardian, guardian.c.id == PatientGuardian.guardian_id)
             .join(dependant, dependant.c.id == PatientGuardian.dependant_id)
             .where((PatientGuardian.guardian_id == patient_id) | (PatientGuardian.dependant_id == patient_id))
             .order_by(PatientGuardian.id))
    with db.read() as session:
        return [FamilyLink(*row) for row in session.execute(query)]


@retry_on_contention
def link_family(db: Database, *, actor: Actor, guardian_id: int, dependant_id: int, relationship: str) -> FamilyLink:
    """Front desk: let ``guardian_id``'s account manage ``dependant_id``'s record."""
    actor = authorize(db, require_staff, actor, "link family members")
    label = _relationship(relationship)
    if guardian_id == dependant_id:
        raise ValidationError("dependant", tr("families", "A patient cannot be their own family member."))
    with db.transaction() as session:
        guardian, dependant = _patient(session, guardian_id), _patient(session, dependant_id)
        if guardian.user_id is None:
            raise ValidationError("guardian", tr("families", "{full_name} has no MedLink account to manage a family with.").format(full_name=guardian.full_name))
        existing = session.scalar(select(PatientGuardian).where(PatientGuardian.guardian_id == guardian_id,
                                                                PatientGuardian.dependant_id == dependant_id))
        if existing is not None:
            raise ValidationError("dependant", tr("families", "{full_name} is already in {full_name2}'s family.").format(full_name=dependant.full_name, full_name2=guardian.full_name))
        session.add(PatientGuardian(guardian_id=guardian_id, dependant_id=dependant_id, relationship_label=label,
                                    created_by_id=actor.user_id))
        session.flush()
        audit.record(session, actor, "family.link", entity="patient", entity_id=dependant_id, patient_id=dependant_id,
                     detail=f"guardian={guardian_id} relationship={label}")
        return FamilyLink(guardian_id, guardian.full_name, dependant_id, dependant.full_name, label)


@retry_on_contention
def unlink_family(db: Database, *, actor: Actor, guardian_id: int, dependant_id: int) -> None:
    """Front desk: the guardian no longer manages the dependant's record (both records stay)."""
    actor = authorize(db, require_staff, actor, "unlink family members")
    with db.transaction() as session:
        link = session.scalar(select(PatientGuardian).where(PatientGuardian.guardian_id == guardian_id,
                                                            PatientGuardian.dependant_id == dependant_id))
        if link is None:
            raise NotFound(tr("families", "Those two patients are not linked as a family."))
        session.delete(link)
        audit.record(session, actor, "family.unlink", entity="patient", entity_id=dependant_id,
                     patient_id=dependant_id, detail=f"guardian={guardian_id}")
