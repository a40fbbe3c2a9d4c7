"""Duplicate patients: warn before a second record of one person is created, and merge two records.

Likely duplicates are records with the same phone number and either a
similar name or the same date of birth, and records with the same name and
date of birth.  Registration screens call :func:`likely_duplicates` (front
desk) or :func:`sign_up_may_duplicate` (self sign-up and kiosk, which must not
reveal who else is registered) before saving.

:func:`merge_patients` moves appointments, bills, records, prescriptions,
e-mails and family links of the duplicate to the survivor in one
transaction.  Audit rows are never rewritten (the log is append-only): the
merge itself is audited on both records, and :func:`merged_patient_ids` lets
the audit viewer show the merged record's history under the survivor.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from rapidfuzz import fuzz
from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from medlink.db.models import (
    Appointment,
    Bill,
    MedicalRecord,
    OutboxMessage,
    Patient,
    PatientGuardian,
    PatientMerge,
    Prescription,
)
from medlink.db.session import Database, retry_on_contention
from medlink.errors import NotFound, ValidationError
from medlink.services import audit
from medlink.services.actor import Actor
from medlink.services.permissions import authorize, require_staff
from medlink.validation import require_text, validate_phone
from medlink.i18n import N_, tr

SIMILAR_NAME_SCORE = 80
"""rapidfuzz token-sort ratio from which two names count as "similar" (Sunita Devi ~ Sunita Devii ~ Devi Sunita)."""


@dataclass(frozen=True)
class DuplicateCandidate:
    patient_id: int
    full_name: str
    phone: str | None
    email: str | None
    date_of_birth: date | None
    has_account: bool
    why: str
    """A sentence for the front desk: what the two records have in common."""


@dataclass(frozen=True)
class MergeResult:
    survivor_id: int
    merged_id: int
    moved: dict[str, int]


@dataclass(frozen=True)
class MergeNote:
    """Shown on a record that took part in a merge."""

    survivor_id: int
    survivor_name: str
    merged_id: int
    merged_name: str
    merged_at: datetime
    reason: str


def _normalised_phone(phone: str | None) -> str | None:
    if not phone:
        return None
    try:
        return validate_phone(phone, required=False)
    except ValidationError:
        return None


def _similar(a: str, b: str) -> bool:
    return fuzz.token_sort_ratio(a.casefold(), b.casefold()) >= SIMILAR_NAME_SCORE


def _candidates(session: Session, *, full_name: str, phone: str | None, date_of_birth: date | None,
                exclude_id: int | None, limit: int) -> list[DuplicateCandidate]:
    name = " ".join(full_name.split())
    phone = _normalised_phone(phone)
    conditions = []
    if phone:
        conditions.append(Patient.phone == phone)
    if date_of_birth and name:
        conditions.append((Patient.date_of_birth == date_of_birth) & (Patient.full_name == name))
    if not conditions:
        return []
    query = (select(Patient).where(or_(*conditions), Patient.merged_into_id.is_(None))
             .order_by(Patient.id).limit(200))
    if exclude_id is not None:
        query = query.where(Patient.id != exclude_id)
    found: list[DuplicateCandidate] = []
    for p in session.scalars(query):
        same_phone = bool(phone) and p.phone == phone
        same_dob = date_of_birth is not None and p.date_of_birth == date_of_birth
        similar = bool(name) and _similar(p.full_name, name)
        if same_phone and similar:
            why = tr("duplicates", "Same phone number and a similar name.")
        elif same_phone and same_dob:
            why = tr("duplicates", "Same phone number and the same date of birth.")
        elif same_dob and similar:
            why = tr("duplicates", "Same name and date of birth.")
        else:
            continue
        found.append(DuplicateCandidate(p.id, p.full_name, p.phone, p.email, p.date_of_birth, p.user_id is not None,
                                        why))
        if len(found) >= limit:
            break
    return found


@retry_on_contention
def likely_duplicates(db: Database, *, actor: Actor, full_name: str, phone: str | None,
                      date_of_birth: date | None, exclude_id: int | None = None,
                      limit: int = 10) -> list[DuplicateCandidate]:
    """Front desk: existing records that are probably the same person as the one being registered."""
    actor = authorize(db, require_staff, actor, "look for duplicate patients")
    with db.read() as session:
        return _candidates(session, full_name=full_name, phone=phone, date_of_birth=date_of_birth,
                           exclude_id=exclude_id, limit=limit)


@retry_on_contention
def sign_up_may_duplicate(db: Database, *, full_name: str, phone: str | None, date_of_birth: date | None) -> bool:
    """Self sign-up / kiosk: whether the clinic probably has this person already.

    Says only yes or no (never whose record), so the sign-up screen can suggest
    asking the front desk instead of creating a second record.
    """
    with db.read() as session:
        return bool(_candidates(session, full_name=full_name, phone=phone, date_of_birth=date_of_birth,
                                exclude_id=None, limit=1))


@retry_on_contention
def duplicate_groups(db: Database, *, actor: Actor, limit: int = 100) -> list[list[DuplicateCandidate]]:
    """Front desk: groups of existing records that look like one person (same phone, similar name or same DOB)."""
    actor = authorize(db, require_staff, actor, "look for duplicate patients")
    groups: list[list[DuplicateCandidate]] = []
    with db.read() as session:
        from sqlalchemy import func

        phones = session.scalars(select(Patient.phone).where(Patient.phone.is_not(None),
                                                             Patient.merged_into_id.is_(None))
                                 .group_by(Patient.phone).having(func.count() > 1).limit(limit * 3))
        for phone in phones:
            people = list(session.scalars(select(Patient).where(Patient.phone == phone,
                                                                Patient.merged_into_id.is_(None))
                                          .order_by(Patient.id)))
            used: set[int] = set()
            for i, a in enumerate(people):
                if a.id in used:
                    continue
                group = [a]
                for b in people[i + 1:]:
                    if b.id not in used and (_similar(a.full_name, b.full_name)
                                             or (a.date_of_birth is not None and a.date_of_birth == b.date_of_birth)):
                        group.append(b)
                        used.add(b.id)
                if len(group) > 1:
                    groups.append([DuplicateCandidate(p.id, p.full_name, p.phone, p.email, p.date_of_birth,
                                                      p.user_id is not None, tr("duplicates", "Same phone number.")) for p in group])
            if len(groups) >= limit:
                break
    return groups


_FILLABLE = ("date_of_birth", "gender", "phone", "email", "address", "state", "blood_group", "allergies",
             "medical_history", "emergency_contact_name", "emergency_contact_phone")


@retry_on_contention
def merge_patients(db: Database, *, actor: Actor, survivor_id: int, duplicate_id: int, reason: str) -> MergeResult:
    """Move everything of ``duplicate_id`` to ``survivor_id`` and retire the duplicate record.

    One transaction: either every row moves or none does.  The survivor keeps
    its own details; empty ones are filled from the duplicate.  A sign-in
    account moves with the record when the survivor has none; two records that
    both have an account cannot be merged (one account must be closed first).
    """
    actor = authorize(db, require_staff, actor, "merge patient records")
    reason_text = require_text(reason, field="reason", label=N_("fields", "Reason for the merge"), max_length=500)
    if survivor_id == duplicate_id:
        raise ValidationError("duplicate", tr("duplicates", "Choose two different records to merge."))
    with db.transaction() as session:
        survivor = session.get(Patient, survivor_id, with_for_update=True)
        duplicate = session.get(Patient, duplicate_id, with_for_update=True)
        if survivor is None or duplicate is None:
            raise NotFound(tr("duplicates", "That patient does not exist."))
        if survivor.merged_into_id is not None or duplicate.merged_into_id is not None:
            raise ValidationError("duplicate", tr("duplicates", "One of these records has already been merged into another."))
        if survivor.user_id is not None and duplicate.user_id is not None:
            raise ValidationError(
                "duplicate", tr("duplicates", "Both records have their own sign-in account. Deactivate the account the patient no "
                             "longer uses (Users page), then merge."))
        moved: dict[str, int] = {}
        for label, table in (("appointments", Appointment), ("bills", Bill), ("records", MedicalRecord),
                             ("prescriptions", Prescription), ("e-mails", OutboxMessage)):
            result = session.execute(update(table).where(table.patient_id == duplicate_id)
                                     .values(patient_id=survivor_id).execution_options(synchronize_session=False))
            moved[label] = int(getattr(result, "rowcount", 0) or 0)
        moved["family links"] = _move_family_links(session, survivor_id, duplicate_id)
        for name in _FILLABLE:
            if getattr(survivor, name) in (None, "") and getattr(duplicate, name) not in (None, ""):
                setattr(survivor, name, getattr(duplicate, name))
        if duplicate.user_id is not None:
            user_id, duplicate.user_id = duplicate.user_id, None
            session.flush()
            survivor.user_id = user_id
        duplicate.merged_into_id = survivor_id
        detail = ", ".join(f"{n} {label}" for label, n in moved.items())
        session.add(PatientMerge(survivor_id=survivor_id, merged_id=duplicate_id, reason=reason_text, moved=detail,
                                 merged_by_id=actor.user_id))
        session.flush()
        for pid, other in ((survivor_id, duplicate_id), (duplicate_id, survivor_id)):
            audit.record(session, actor, "patient.merge", entity="patient", entity_id=other, patient_id=pid,
                         detail=f"survivor={survivor_id} merged={duplicate_id}; moved {detail}; reason: {reason_text}")
        return MergeResult(survivor_id, duplicate_id, moved)


def _move_family_links(session: Session, survivor_id: int, duplicate_id: int) -> int:
    count = 0
    links = list(session.scalars(select(PatientGuardian).where(
        or_(PatientGuardian.guardian_id == duplicate_id, PatientGuardian.dependant_id == duplicate_id))))
    for link in links:
        guardian = survivor_id if link.guardian_id == duplicate_id else link.guardian_id
        dependant = survivor_id if link.dependant_id == duplicate_id else link.dependant_id
        clash = guardian == dependant or session.scalar(select(PatientGuardian.id).where(
            PatientGuardian.guardian_id == guardian, PatientGuardian.dependant_id == dependant))
        if clash:
            session.delete(link)
        else:
            link.guardian_id, link.dependant_id = guardian, dependant
        count += 1
    session.flush()
    return count


def merged_patient_ids(session: Session, patient_id: int) -> list[int]:
    """The record itself and every record merged into it (directly or through earlier merges)."""
    ids, frontier = [patient_id], [patient_id]
    while frontier:
        frontier = list(session.scalars(select(PatientMerge.merged_id).where(PatientMerge.survivor_id.in_(frontier))))
        ids.extend(frontier)
    return ids


@retry_on_contention
def merge_notes(db: Database, *, actor: Actor, patient_id: int) -> list[MergeNote]:
    """Staff: the merges this record took part in (as survivor or as the merged record)."""
    actor = authorize(db, require_staff, actor, "see merged records")
    survivor = Patient.__table__.alias("survivor")
    merged = Patient.__table__.alias("merged")
    query = (select(PatientMerge.survivor_id, survivor.c.full_name, PatientMerge.merged_id, merged.c.full_name,
                    PatientMerge.merged_at, PatientMerge.reason)
             .join(survivor, survivor.c.id == PatientMerge.survivor_id)
             .join(merged, merged.c.id == PatientMerge.merged_id)
             .where(or_(PatientMerge.survivor_id == patient_id, PatientMerge.merged_id == patient_id))
             .order_by(PatientMerge.merged_at))
    with db.read() as session:
        return [MergeNote(*row) for row in session.execute(query)]
