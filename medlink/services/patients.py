"""Patients: self sign-up, walk-in registration, profile, search."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from medlink.db.models import Patient, Role
from medlink.db.session import Database, retry_on_contention
from medlink.errors import NotFound, ValidationError
from medlink.services import audit
from medlink.services.accounts import actor_for, create_user
from medlink.services.actor import Actor
from medlink.services.clinic_settings import INDIAN_STATES, clinic_timezone
from medlink.services.permissions import require_patient_access, require_staff
from medlink.validation import (
    BLOOD_GROUPS,
    GENDERS,
    clean_text,
    prefix_filter,
    search_text,
    validate_choice,
    validate_date_of_birth,
    validate_email,
    validate_language,
    validate_name,
    validate_phone,
)
from medlink.i18n import N_, tr


@dataclass
class PatientForm:
    """What the sign-up / walk-in / profile forms collect."""

    full_name: str = ""
    date_of_birth: date | None = None
    gender: str | None = None
    phone: str | None = None
    email: str | None = None
    address: str | None = None
    state: str | None = None
    blood_group: str | None = None
    allergies: str | None = None
    medical_history: str | None = None
    emergency_contact_name: str | None = None
    emergency_contact_phone: str | None = None
    preferred_language: str | None = None
    """``"en"``/``"hi"``; ``None`` leaves a stored choice as it is (forms that do not ask)."""


@dataclass(frozen=True)
class PatientView:
    id: int
    user_id: int | None
    full_name: str
    date_of_birth: date | None
    gender: str | None
    phone: str | None
    email: str | None
    address: str | None
    state: str | None
    blood_group: str | None
    allergies: str | None
    medical_history: str | None
    emergency_contact_name: str | None
    emergency_contact_phone: str | None
    version: int
    age: int | None = field(default=None)
    preferred_language: str | None = None
    """The language of this patient's e-mails, reminders and documents (``None``: English)."""


@dataclass(frozen=True)
class PatientSearchRow:
    id: int
    full_name: str
    phone: str | None
    email: str | None
    date_of_birth: date | None


def clean_patient_form(form: PatientForm, *, today: date, email_required: bool) -> dict[str, object]:
    """Validate every field; raises the first ValidationError (field-named)."""
    return {
        "full_name": validate_name(form.full_name),
        "date_of_birth": validate_date_of_birth(form.date_of_birth, today=today),
        "gender": validate_choice(form.gender, GENDERS, field="gender", label=N_("fields", "Gender"), required=True),
        "phone": validate_phone(form.phone),
        "email": validate_email(form.email, required=email_required),
        "address": clean_text(form.address, field="address", label=N_("fields", "Address"), max_length=500, multiline=True,
                              required=True),
        "state": validate_choice(form.state, INDIAN_STATES + ("Outside India",), field="state", label=N_("fields", "State")),
        "blood_group": validate_choice(form.blood_group, BLOOD_GROUPS, field="blood_group", label=N_("fields", "Blood group")),
        "allergies": clean_text(form.allergies, field="allergies", label=N_("fields", "Allergies"), max_length=2000,
                                multiline=True),
        "medical_history": clean_text(form.medical_history, field="medical_history",
                                      label=N_("fields", "Known conditions / medical history"), max_length=5000, multiline=True),
        "emergency_contact_name": clean_text(form.emergency_contact_name, field="emergency_contact_name",
                                             label=N_("fields", "Emergency contact"), max_length=120),
        "emergency_contact_phone": validate_phone(form.emergency_contact_phone, field="emergency_contact_phone",
                                                  required=False, label=N_("fields", "Emergency contact phone")),
        **({"preferred_language": validate_language(form.preferred_language)} if form.preferred_language else {}),
    }


def _allergies_from_text(session: Session, actor: Actor | None, patient: Patient) -> None:
    """Allergies typed into the profile join the allergy list (as reported by the patient)."""
    from medlink.services.allergies import record_reported_from_text

    record_reported_from_text(session, actor, patient.id, patient.allergies)


def _today(session: Session) -> date:
    return datetime.now(clinic_timezone(session)).date()


def to_view(p: Patient, today: date | None = None) -> PatientView:
    age = None
    if p.date_of_birth and today:
        age = today.year - p.date_of_birth.year - ((today.month, today.day) < (p.date_of_birth.month, p.date_of_birth.day))
    return PatientView(
        id=p.id, user_id=p.user_id, full_name=p.full_name, date_of_birth=p.date_of_birth, gender=p.gender,
        phone=p.phone, email=p.email, address=p.address, state=p.state, blood_group=p.blood_group,
        allergies=p.allergies, medical_history=p.medical_history, emergency_contact_name=p.emergency_contact_name,
        emergency_contact_phone=p.emergency_contact_phone, version=p.version, age=age,
        preferred_language=p.preferred_language,
    )


@retry_on_contention
def sign_up_patient(db: Database, *, form: PatientForm, password: str) -> Actor:
    """A patient creates their own account (kiosk or home).  Returns them signed in."""
    with db.transaction() as session:
        values = clean_patient_form(form, today=_today(session), email_required=True)
        user = create_user(session, email=str(values["email"]), password=password, role=Role.PATIENT,
                           full_name=str(values["full_name"]))
        patient = Patient(user_id=user.id, **values)
        session.add(patient)
        session.flush()
        actor = actor_for(session, user)
        _allergies_from_text(session, actor, patient)
        audit.record(session, actor, "patient.sign_up", entity="patient", entity_id=patient.id,
                     patient_id=patient.id)
        return actor


@retry_on_contention
def register_walk_in(db: Database, *, actor: Actor, form: PatientForm) -> PatientView:
    """Front desk registers a patient without an account (the e-mail is optional)."""
    with db.transaction() as session:
        actor = require_staff(session, actor, "register walk-in patients")
        values = clean_patient_form(form, today=_today(session), email_required=False)
        patient = Patient(user_id=None, **values)
        session.add(patient)
        session.flush()
        _allergies_from_text(session, actor, patient)
        audit.record(session, actor, "patient.register_walk_in", entity="patient", entity_id=patient.id,
                     patient_id=patient.id)
        return to_view(patient, _today(session))


@retry_on_contention
def read_patient(session: Session, patient_id: int) -> PatientView:
    """The profile, inside the caller's unit of work (which checked access and writes the audit row)."""
    patient = session.get(Patient, patient_id)
    if patient is None:
        raise NotFound(tr("patients", "That patient does not exist."))
    return to_view(patient, _today(session))


@retry_on_contention
def get_patient(db: Database, *, actor: Actor, patient_id: int) -> PatientView:
    with db.transaction() as session:
        actor = require_patient_access(session, actor, patient_id)
        view = read_patient(session, patient_id)
        audit.record(session, actor, "patient.view", entity="patient", entity_id=patient_id, patient_id=patient_id)
        return view


def editable_patient(session: Session, actor: Actor, patient_id: int) -> tuple[Actor, Patient]:
    """The re-read actor and the patient whose profile it may change: the patient themself or staff,
    never a doctor (they read the chart; the front desk keeps the profile)."""
    from medlink.errors import PermissionDenied

    actor = require_patient_access(session, actor, patient_id, write=True)
    if actor.is_doctor:
        raise PermissionDenied(tr("patients", "Doctors cannot edit a patient's profile."))
    patient = session.get(Patient, patient_id)
    if patient is None:
        raise NotFound(tr("patients", "That patient does not exist."))
    return actor, patient


@retry_on_contention
def update_patient(db: Database, *, actor: Actor, patient_id: int, form: PatientForm,
                   expected_version: int | None = None) -> PatientView:
    with db.transaction() as session:
        actor, patient = editable_patient(session, actor, patient_id)
        if expected_version is not None and patient.version != expected_version:
            from medlink.errors import StaleDataError

            raise StaleDataError()
        values = clean_patient_form(form, today=_today(session), email_required=patient.user_id is not None)
        if patient.user_id is not None and values["email"] != patient.email:
            raise ValidationError("email", tr("patients", "The sign-in e-mail address cannot be changed here; ask the front desk."))
        for key, value in values.items():
            setattr(patient, key, value)
        session.flush()
        _allergies_from_text(session, actor, patient)
        audit.record(session, actor, "patient.update", entity="patient", entity_id=patient_id, patient_id=patient_id)
        return to_view(patient, _today(session))


@retry_on_contention
def search_patients(db: Database, *, actor: Actor, text: str, limit: int = 50) -> list[PatientSearchRow]:
    """Front-desk search by name prefix, phone (digits) or e-mail prefix; index-backed."""
    text = search_text(text)
    if not text:
        with db.read() as session:
            require_staff(session, actor, "search patients")
        return []
    digits = "".join(ch for ch in text if ch.isdigit())
    sqlite = db.is_sqlite
    conditions = [prefix_filter(Patient.full_name, text, sqlite=sqlite)]
    if len(digits) >= 3 and len(digits) >= len(text.replace(" ", "").replace("+", "")) - 1:
        if len(digits) > 10 and digits.startswith("91"):
            digits = digits[2:]
        conditions.append(prefix_filter(Patient.phone, "+91" + digits, sqlite=sqlite))
        conditions.append(prefix_filter(Patient.phone, "+" + digits, sqlite=sqlite))
    if "@" in text or "." in text:
        conditions.append(prefix_filter(Patient.email, text.lower(), sqlite=sqlite))
    query = (select(Patient.id, Patient.full_name, Patient.phone, Patient.email, Patient.date_of_birth)
             .where(or_(*conditions), Patient.merged_into_id.is_(None))
             .order_by(Patient.full_name, Patient.id).limit(limit))
    with db.transaction() as session:
        actor = require_staff(session, actor, "search patients")
        found = [PatientSearchRow(*row) for row in session.execute(query)]
        audit.record_disclosure(session, actor, "patient.search", [r.id for r in found],
                                detail=f"search={text[:60]!r} results={len(found)}")
        return found


@retry_on_contention
def count_patients(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(Patient)) or 0)
