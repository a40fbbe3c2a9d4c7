"""Allergies and the problem list (ICD-10 coded diagnoses).

Allergies: the patient's doctor or the front desk records them (substance
and/or drug class, reaction, severity); a patient's own entries (their profile's
free-text field) become "reported by the patient" rows.  Removing one needs a
reason and is audit-logged; rows are never deleted.  Prescribing checks them
(:func:`allergy_conflicts`, used by :mod:`medlink.services.prescriptions`).

Problems: the treating doctor codes a diagnosis from the bundled WHO ICD-10
list; active problems form the patient's problem list.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from medlink.clinical import icd10
from medlink.clinical.allergy_classes import (
    DRUG_CLASSES,
    AllergyMatch,
    KnownAllergy,
    classes_of,
    match_allergies,
    split_free_text,
)
from medlink.db.models import Allergy, AllergySeverity, Appointment, Problem, ProblemStatus, User
from medlink.db.session import Database, retry_on_contention
from medlink.db.types import utcnow
from medlink.errors import NotFound, PermissionDenied, ValidationError
from medlink.services import audit
from medlink.services.actor import Actor
from medlink.services.permissions import require_patient_access, require_practising_doctor
from medlink.validation import clean_text, require_text
from medlink.i18n import N_, tr

SEVERITY_LABELS = {
    AllergySeverity.MILD.value: N_("allergies", "Mild"),
    AllergySeverity.MODERATE.value: N_("allergies", "Moderate"),
    AllergySeverity.SEVERE.value: N_("allergies", "Severe"),
    AllergySeverity.LIFE_THREATENING.value: N_("allergies", "Life-threatening"),
    AllergySeverity.UNKNOWN.value: N_("allergies", "Severity not known"),
}


@dataclass(frozen=True)
class AllergyView:
    id: int
    patient_id: int
    substance: str
    drug_class: str | None
    drug_class_label: str | None
    reaction: str | None
    severity: str
    reported_by_patient: bool
    recorded_by: str | None
    recorded_at: datetime

    @property
    def severity_label(self) -> str:
        return tr("allergies", SEVERITY_LABELS.get(self.severity, self.severity))

    @property
    def summary(self) -> str:
        """"Penicillin (rash; severe)"."""
        return self.summary_in(None)

    def summary_in(self, language: str | None) -> str:
        """:attr:`summary` with the severity in ``language`` (a document in the patient's language)."""
        severity = tr("allergies", SEVERITY_LABELS.get(self.severity, self.severity), language)
        details = [d for d in (self.reaction, severity if self.severity != "unknown" else None) if d]
        return self.substance + (f" ({'; '.join(details)})" if details else "")


@dataclass(frozen=True)
class ProblemView:
    id: int
    patient_id: int
    icd10_code: str
    title: str
    note: str | None
    status: str
    onset_on: date | None
    recorded_by: str | None
    recorded_at: datetime
    appointment_id: int | None

    @property
    def label(self) -> str:
        return f"{self.icd10_code} {self.title}"


def _allergy_view(a: Allergy, recorded_by: str | None) -> AllergyView:
    label = DRUG_CLASSES[a.drug_class][0] if a.drug_class in DRUG_CLASSES else None
    return AllergyView(id=a.id, patient_id=a.patient_id, substance=a.substance, drug_class=a.drug_class,
                       drug_class_label=label, reaction=a.reaction, severity=a.severity,
                       reported_by_patient=a.reported_by_patient, recorded_by=recorded_by, recorded_at=a.recorded_at)


def active_allergies(session: Session, patient_id: int) -> list[Allergy]:
    return list(session.scalars(select(Allergy).where(Allergy.patient_id == patient_id, Allergy.active.is_(True))
                                .order_by(Allergy.recorded_at, Allergy.id)))


def allergy_summary(session: Session, patient_id: int, language: str | None = None) -> str:
    """One line for documents: "Penicillin (rash; severe); Sulfa" (severities in ``language``)."""
    return "; ".join(_allergy_view(a, None).summary_in(language) for a in active_allergies(session, patient_id))


def allergy_conflicts(session: Session, patient_id: int, medicines: Sequence[str]) -> list[AllergyMatch]:
    known = [KnownAllergy(a.id, a.substance, a.drug_class, a.reaction, a.severity)
             for a in active_allergies(session, patient_id)]
    matches: list[AllergyMatch] = []
    for medicine in medicines:
        if medicine and medicine.strip():
            matches += match_allergies(medicine, known)
    return matches


@retry_on_contention
def check_medicines(db: Database, *, actor: Actor, patient_id: int, medicines: Sequence[str]) -> list[AllergyMatch]:
    """What prescribing these medicines would conflict with (for the warning before saving)."""
    with db.read() as session:
        require_patient_access(session, actor, patient_id)
        return allergy_conflicts(session, patient_id, medicines)


_ACTIVE_ALLERGIES = (select(Allergy, User.full_name).outerjoin(User, User.id == Allergy.recorded_by_id)
                     .where(Allergy.patient_id == bindparam("patient_id"), Allergy.active.is_(True))
                     .order_by(Allergy.recorded_at, Allergy.id))  # built once: every clinical view reads it


def read_allergies(session: Session, patient_id: int) -> list[AllergyView]:
    """The active allergies, inside the caller's unit of work (which checked access and writes the audit row)."""
    rows = session.execute(_ACTIVE_ALLERGIES, {"patient_id": patient_id}).all()
    return [_allergy_view(a, name) for a, name in rows]


@retry_on_contention
def list_allergies(db: Database, *, actor: Actor, patient_id: int) -> list[AllergyView]:
    with db.transaction() as session:
        require_patient_access(session, actor, patient_id)
        views = read_allergies(session, patient_id)
        audit.record(session, actor, "allergy.list", entity="patient", entity_id=patient_id, patient_id=patient_id)
        return views


def _clean_allergy(substance: str, drug_class: str | None, reaction: str | None,
                   severity: AllergySeverity | str) -> tuple[str, str | None, str | None, str]:
    clean_substance = require_text(substance, field="substance", label=N_("fields", "Substance or medicine"), max_length=120)
    if drug_class is not None and drug_class != "" and drug_class not in DRUG_CLASSES:
        raise ValidationError("drug_class", tr("allergies", "Choose a drug class from the list."))
    chosen_class = drug_class or (sorted(classes_of(clean_substance))[0] if classes_of(clean_substance) else None)
    clean_reaction = clean_text(reaction, field="reaction", label=N_("fields", "Reaction"), max_length=200)
    try:
        chosen_severity = AllergySeverity(severity).value
    except ValueError as exc:
        raise ValidationError("severity", tr("allergies", "Choose how severe the reaction is.")) from exc
    return clean_substance, chosen_class, clean_reaction, chosen_severity


@retry_on_contention
def add_allergy(db: Database, *, actor: Actor, patient_id: int, substance: str, drug_class: str | None = None,
                reaction: str | None = None, severity: AllergySeverity | str = AllergySeverity.UNKNOWN) -> AllergyView:
    values = _clean_allergy(substance, drug_class, reaction, severity)
    with db.transaction() as session:
        require_patient_access(session, actor, patient_id, write=True)
        duplicate = next((a for a in active_allergies(session, patient_id)
                          if a.substance.lower() == values[0].lower()), None)
        if duplicate is not None:
            raise ValidationError("substance", tr("allergies", "An allergy to {substance} is already recorded.").format(substance=duplicate.substance))
        allergy = Allergy(patient_id=patient_id, substance=values[0], drug_class=values[1], reaction=values[2],
                          severity=values[3], reported_by_patient=actor.is_patient, recorded_by_id=actor.user_id,
                          recorded_at=utcnow(), active=True)
        session.add(allergy)
        session.flush()
        audit.record(session, actor, "allergy.add", entity="allergy", entity_id=allergy.id, patient_id=patient_id,
                     detail=f"{allergy.substance} class={allergy.drug_class} severity={allergy.severity}")
        return _allergy_view(allergy, actor.display_name)


@retry_on_contention
def remove_allergy(db: Database, *, actor: Actor, allergy_id: int, reason: str) -> None:
    """Doctor or front desk only (a patient asks their doctor); the row stays, inactive, with the reason."""
    clean_reason = require_text(reason, field="reason", label=N_("fields", "The reason"), max_length=200)
    if actor is None or actor.is_patient:
        raise PermissionDenied(tr("allergies", "Please ask your doctor to remove an allergy from your record."))
    with db.transaction() as session:
        allergy = session.get(Allergy, allergy_id)
        if allergy is None or not allergy.active:
            raise NotFound(tr("allergies", "That allergy is not on the record."))
        require_patient_access(session, actor, allergy.patient_id, write=True)
        allergy.active = False
        allergy.removed_reason = clean_reason
        audit.record(session, actor, "allergy.remove", entity="allergy", entity_id=allergy.id,
                     patient_id=allergy.patient_id, detail=f"{allergy.substance}: {clean_reason}")


def record_reported_from_text(session: Session, actor: Actor | None, patient_id: int, text: str | None) -> int:
    """A patient's free-text allergies (profile / registration) become rows for entries not yet recorded."""
    existing = {a.substance.lower() for a in active_allergies(session, patient_id)}
    added = 0
    for entry in split_free_text(text):
        if entry.lower() in existing:
            continue
        classes = sorted(classes_of(entry))
        session.add(Allergy(patient_id=patient_id, substance=entry, drug_class=classes[0] if classes else None,
                            severity=AllergySeverity.UNKNOWN.value, reported_by_patient=True,
                            recorded_by_id=actor.user_id if actor else None, recorded_at=utcnow(), active=True))
        existing.add(entry.lower())
        added += 1
    if added:
        audit.record(session, actor, "allergy.reported", entity="patient", entity_id=patient_id,
                     patient_id=patient_id, detail=f"{added} from the free-text field")
    return added


# --- problems --------------------------------------------------------------------------------

def _problem_view(p: Problem, by: str | None) -> ProblemView:
    return ProblemView(id=p.id, patient_id=p.patient_id, icd10_code=p.icd10_code, title=p.title, note=p.note,
                       status=p.status, onset_on=p.onset_on, recorded_by=by, recorded_at=p.recorded_at,
                       appointment_id=p.appointment_id)


def search_diagnoses(text: str, limit: int = 20) -> list[icd10.Icd10Code]:
    """As-you-type search of the bundled ICD-10 list (code prefix or words of the title)."""
    return icd10.search(text, limit)


@retry_on_contention
def add_problem(db: Database, *, actor: Actor, patient_id: int, icd10_code: str, note: str | None = None,
                appointment_id: int | None = None, onset_on: date | None = None) -> ProblemView:
    code = icd10.lookup(icd10_code)
    clean_note = clean_text(note, field="note", label=N_("fields", "Note"), max_length=300)
    with db.transaction() as session:
        doctor_id = require_practising_doctor(session, actor)
        require_patient_access(session, actor, patient_id, write=True)
        if appointment_id is not None:
            appointment = session.get(Appointment, appointment_id)
            if appointment is None or appointment.patient_id != patient_id or appointment.doctor_id != doctor_id:
                raise NotFound(tr("allergies", "That appointment does not exist."))
        duplicate = session.scalar(select(Problem.id).where(Problem.patient_id == patient_id,
                                                            Problem.icd10_code == code.code,
                                                            Problem.status == ProblemStatus.ACTIVE.value))
        if duplicate is not None:
            raise ValidationError("icd10_code", tr("allergies", "{label} is already on the problem list.").format(label=code.label))
        problem = Problem(patient_id=patient_id, icd10_code=code.code, title=code.title, note=clean_note,
                          appointment_id=appointment_id, status=ProblemStatus.ACTIVE.value, onset_on=onset_on,
                          recorded_by_id=actor.user_id, recorded_at=utcnow())
        session.add(problem)
        session.flush()
        if appointment_id is not None:
            appointment = session.get(Appointment, appointment_id)
            if appointment is not None and not appointment.diagnosis:
                appointment.diagnosis = code.label
        audit.record(session, actor, "problem.add", entity="problem", entity_id=problem.id, patient_id=patient_id,
                     detail=code.label)
        return _problem_view(problem, actor.display_name)


@retry_on_contention
def resolve_problem(db: Database, *, actor: Actor, problem_id: int) -> None:
    with db.transaction() as session:
        require_practising_doctor(session, actor)
        problem = session.get(Problem, problem_id)
        if problem is None:
            raise NotFound(tr("allergies", "That problem is not on the list."))
        require_patient_access(session, actor, problem.patient_id, write=True)
        problem.status = ProblemStatus.RESOLVED.value
        problem.resolved_at = utcnow()
        audit.record(session, actor, "problem.resolve", entity="problem", entity_id=problem.id,
                     patient_id=problem.patient_id, detail=problem.icd10_code)


def read_problems(session: Session, patient_id: int, *, include_resolved: bool = False) -> list[ProblemView]:
    """The problem list, inside the caller's unit of work (which checked access and writes the audit row)."""
    query = (select(Problem, User.full_name).outerjoin(User, User.id == Problem.recorded_by_id)
             .where(Problem.patient_id == patient_id))
    if not include_resolved:
        query = query.where(Problem.status == ProblemStatus.ACTIVE.value)
    rows = session.execute(query.order_by(Problem.recorded_at.desc(), Problem.id.desc())).all()
    return [_problem_view(p, by) for p, by in rows]


@retry_on_contention
def list_problems(db: Database, *, actor: Actor, patient_id: int, include_resolved: bool = False) -> list[ProblemView]:
    with db.transaction() as session:
        require_patient_access(session, actor, patient_id)
        views = read_problems(session, patient_id, include_resolved=include_resolved)
        audit.record(session, actor, "problem.list", entity="patient", entity_id=patient_id, patient_id=patient_id)
        return views


__all__ = ["AllergyView", "ProblemView", "SEVERITY_LABELS", "add_allergy", "remove_allergy", "list_allergies",
           "check_medicines", "allergy_conflicts", "allergy_summary", "record_reported_from_text", "add_problem",
           "resolve_problem", "list_problems", "search_diagnoses"]
