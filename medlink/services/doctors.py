"""Doctors: sign-up, verification, search, profile, availability, fees."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from decimal import Decimal

from sqlalchemy import Executable, and_, bindparam, delete, or_, select
from sqlalchemy.orm import Session

from medlink.db.models import (
    Appointment,
    ClinicSettings,
    Doctor,
    DoctorAvailability,
    DoctorLeave,
    Role,
    VerificationStatus,
)
from medlink.db.session import Database, retry_on_contention
from medlink.db.types import utcnow
from medlink.errors import NotFound, PermissionDenied, ValidationError
from medlink.mail import events
from medlink.money import round_paise
from medlink.scheduling import BookedInterval, WorkingRange, free_slots, validate_ranges
from medlink.services import audit
from medlink.services.accounts import actor_for, create_user
from medlink.services.actor import Actor
from medlink.services.clinic_settings import clinic_timezone, settings_row
from medlink.services.permissions import current_actor, require_admin, require_practising_doctor, require_signed_in
from medlink.validation import (
    clean_text,
    from_paise,
    parse_money,
    like_prefix,
    require_text,
    search_text,
    to_paise,
    validate_email,
    validate_name,
    validate_phone,
)
from medlink.i18n import N_, tr

SPECIALITIES = (
    "General Physician", "Cardiologist", "Dermatologist", "Neurologist", "Orthopaedist", "Gastroenterologist",
    "Pulmonologist", "Endocrinologist", "ENT", "Ophthalmologist", "Psychiatrist", "Gynaecologist",
    "Paediatrician", "Urologist", "Dentist",
)
SLOT_LENGTHS = (10, 15, 20, 30, 45, 60)
MAX_APPOINTMENT = timedelta(minutes=240)  # the CHECK on doctors.slot_minutes
_REGISTRATION_RE = re.compile(r"^[A-Za-z0-9/\-. ]{4,40}$")


@dataclass
class DoctorForm:
    full_name: str = ""
    email: str = ""
    phone: str | None = None
    registration_number: str = ""
    qualifications: str = ""
    speciality: str = ""
    years_experience: int | str = 0
    hospital_name: str | None = None
    hospital_address: str | None = None
    languages: str | None = None
    bio: str | None = None
    photo: bytes | None = None  # any image; stored as a small PNG


@dataclass(frozen=True)
class FeeSchedule:
    consultation: Decimal
    lab_test: Decimal
    medication: Decimal
    other: Decimal
    is_clinic_default: bool = False
    #: The clinic's GST on consultations (0 when exempt) and whether fees already include it.
    consultation_gst_rate: Decimal = Decimal("0")
    prices_include_gst: bool = False

    @property
    def consultation_gst(self) -> Decimal:
        """The GST a patient pays on the consultation fee (the amount inside it when prices include GST)."""
        rate = self.consultation_gst_rate / 100
        if self.prices_include_gst:
            return round_paise(self.consultation - self.consultation / (1 + rate))
        return round_paise(self.consultation * rate)

    @property
    def consultation_total(self) -> Decimal:
        """What the patient pays for a consultation, GST included."""
        return self.consultation if self.prices_include_gst else self.consultation + self.consultation_gst


@dataclass(frozen=True)
class DoctorCard:
    """A row of the doctor search."""

    id: int
    full_name: str
    speciality: str
    qualifications: str
    years_experience: int
    hospital_name: str | None
    languages: str | None
    consultation_fee: Decimal
    next_free_slot: datetime | None
    #: The consultation fee with GST, as the patient pays it.
    consultation_total: Decimal | None = None


@dataclass(frozen=True)
class DoctorProfile:
    id: int
    user_id: int
    full_name: str
    email: str
    phone: str | None
    registration_number: str
    qualifications: str
    speciality: str
    years_experience: int
    hospital_name: str | None
    hospital_address: str | None
    languages: str | None
    bio: str | None
    photo_png: bytes | None
    verification_status: str
    verification_note: str | None
    slot_minutes: int
    fees: FeeSchedule
    availability: tuple[WorkingRange, ...]
    leave_days: tuple[date, ...] = field(default=())
    version: int = 0


def clean_doctor_form(form: DoctorForm) -> dict[str, object]:
    try:
        years = int(str(form.years_experience).strip() or 0)
    except ValueError as exc:
        raise ValidationError("years_experience", tr("doctors", "Years of experience must be a whole number.")) from exc
    if not 0 <= years <= 70:
        raise ValidationError("years_experience", tr("doctors", "Years of experience must be between 0 and 70."))
    registration = require_text(form.registration_number, field="registration_number",
                                label=N_("fields", "Medical registration number"), max_length=40)
    if not _REGISTRATION_RE.match(registration):
        raise ValidationError("registration_number",
                              tr("doctors", "The registration number may contain letters, digits, '/', '-' and '.' only."))
    if form.speciality not in SPECIALITIES:
        raise ValidationError("speciality", tr("doctors", "Choose a speciality from the list."))
    return {
        "full_name": validate_name(form.full_name),
        "email": validate_email(form.email),
        "phone": validate_phone(form.phone),
        "registration_number": registration.upper(),
        "qualifications": require_text(form.qualifications, field="qualifications",
                                       label=N_("fields", "Qualifications"), max_length=1000, multiline=True),
        "speciality": form.speciality,
        "years_experience": years,
        "hospital_name": clean_text(form.hospital_name, field="hospital_name", label=N_("fields", "Hospital / clinic"),
                                    max_length=160),
        "hospital_address": clean_text(form.hospital_address, field="hospital_address", label=N_("fields", "Address"),
                                       max_length=500, multiline=True),
        "languages": clean_text(form.languages, field="languages", label=N_("fields", "Languages"), max_length=200),
        "bio": clean_text(form.bio, field="bio", label=N_("fields", "Short bio"), max_length=2000, multiline=True),
        "photo_png": normalise_photo(form.photo) if form.photo else None,
    }


def normalise_photo(data: bytes, *, max_side: int = 256) -> bytes:
    """Validate an uploaded photo with Pillow and store it small as PNG."""
    from PIL import Image, UnidentifiedImageError

    if len(data) > 10 * 1024 * 1024:
        raise ValidationError("photo", tr("doctors", "The photo is larger than 10 MB."))
    try:
        with Image.open(io.BytesIO(data)) as probe:
            probe.verify()
        with Image.open(io.BytesIO(data)) as opened:
            if opened.width * opened.height > 40_000_000:
                raise ValidationError("photo", tr("doctors", "The photo is too large."))
            image = opened.convert("RGB")
            image.thumbnail((max_side, max_side))
            out = io.BytesIO()
            image.save(out, format="PNG", optimize=True)
            return out.getvalue()
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError, SyntaxError) as exc:
        raise ValidationError("photo", tr("doctors", "The photo is not a readable JPEG or PNG image.")) from exc


@retry_on_contention
def sign_up_doctor(db: Database, *, form: DoctorForm, password: str) -> Actor:
    """A doctor registers; the account stays *pending* until an admin verifies it."""
    values = clean_doctor_form(form)
    with db.transaction() as session:
        if session.scalar(select(Doctor.id).where(Doctor.registration_number == values["registration_number"])):
            raise ValidationError("registration_number", tr("doctors", "A doctor with this registration number is already registered."))
        user = create_user(session, email=str(values["email"]), password=password, role=Role.DOCTOR,
                           full_name=str(values["full_name"]))
        doctor = Doctor(user_id=user.id, verification_status=VerificationStatus.PENDING.value, slot_minutes=15,
                        **values)
        session.add(doctor)
        session.flush()
        actor = actor_for(session, user)
        audit.record(session, actor, "doctor.sign_up", entity="doctor", entity_id=doctor.id)
        return actor


def fee_schedule(session: Session, doctor: Doctor) -> FeeSchedule:
    return fees_of(settings_row(session), doctor.consultation_fee_paise, doctor.lab_test_fee_paise,
                   doctor.medication_fee_paise, doctor.other_fee_paise)


def fees_of(clinic: ClinicSettings, consultation_paise: int | None, lab_test_paise: int | None,
            medication_paise: int | None, other_paise: int | None) -> FeeSchedule:
    """A doctor's fees from their own amounts (paise; None: the clinic's default) and the clinic's settings."""
    def fee(own: int | None, default: int | None) -> Decimal:
        return from_paise(own if own is not None else default) or Decimal("0.00")

    return FeeSchedule(
        consultation=fee(consultation_paise, clinic.default_consultation_fee_paise),
        lab_test=fee(lab_test_paise, clinic.default_lab_test_fee_paise),
        medication=fee(medication_paise, clinic.default_medication_fee_paise),
        other=fee(other_paise, clinic.default_other_fee_paise),
        is_clinic_default=consultation_paise is None,
        consultation_gst_rate=(Decimal(clinic.gst_consultation_bp) / 100).quantize(Decimal("0.01")),
        prices_include_gst=clinic.prices_include_gst,
    )


def working_ranges(doctor: Doctor) -> list[WorkingRange]:
    return [WorkingRange(a.weekday, a.start_time, a.end_time) for a in doctor.availability]


def leave_days(session: Session, doctor_id: int, start: date, end: date) -> set[date]:
    return set(session.scalars(select(DoctorLeave.day).where(
        DoctorLeave.doctor_id == doctor_id, DoctorLeave.day >= start, DoctorLeave.day <= end)))


def booked_intervals(session: Session, doctor_id: int, start: datetime, end: datetime) -> list[BookedInterval]:
    rows = session.execute(select(Appointment.starts_at, Appointment.ends_at).where(
        Appointment.doctor_id == doctor_id, Appointment.slot_claim == 1,
        # the lower bound on starts_at keeps the (doctor_id, starts_at) index range
        # small: no appointment lasts longer than MAX_APPOINTMENT
        Appointment.starts_at > start - MAX_APPOINTMENT,
        Appointment.starts_at < end, Appointment.ends_at > start))
    return [BookedInterval(s, e) for s, e in rows]


def compute_free_slots(session: Session, doctor: Doctor, *, first_day: date, days: int, now: datetime,
                       limit: int | None = None) -> list[datetime]:
    tz = clinic_timezone(session)
    last_day = first_day + timedelta(days=days)
    window_start = datetime.combine(first_day, time.min, tzinfo=tz)
    window_end = datetime.combine(last_day, time.min, tzinfo=tz)
    return free_slots(
        ranges=working_ranges(doctor), slot_minutes=doctor.slot_minutes,
        leave_days=leave_days(session, doctor.id, first_day, last_day),
        booked=booked_intervals(session, doctor.id, window_start, window_end),
        first_day=first_day, days=days, tz=tz, now=now, limit=limit,
    )


def next_free_slot(session: Session, doctor: Doctor, *, now: datetime, horizon_days: int = 14) -> datetime | None:
    today = now.astimezone(clinic_timezone(session)).date()
    slots = compute_free_slots(session, doctor, first_day=today, days=horizon_days, now=now, limit=1)
    return slots[0] if slots else None


def _verified(session: Session, doctor_id: int) -> Doctor:
    doctor = session.get(Doctor, doctor_id)
    if doctor is None or doctor.verification_status != VerificationStatus.VERIFIED.value:
        raise NotFound(tr("doctors", "That doctor is not available in this clinic."))
    return doctor


# Plain columns, not Doctor objects: the card needs a few of them, and the search runs as the patient types.
_CARD_COLUMNS = (Doctor.id, Doctor.full_name, Doctor.speciality, Doctor.qualifications, Doctor.years_experience,
                 Doctor.hospital_name, Doctor.languages, Doctor.slot_minutes, Doctor.consultation_fee_paise)
_search_statements: dict[tuple[bool, bool, bool], Executable] = {}


def _search_statement(*, by_name: bool, by_speciality: bool, sqlite: bool) -> Executable:
    """The doctor search's statement, built once per shape (building it cost more than running it).

    By name: the name, "Dr. name" or "Dr name" as a prefix — a NOCASE index range on SQLite (see
    :func:`medlink.validation.prefix_filter`), ``LIKE 'prefix%'`` on MySQL/MariaDB."""
    key = (by_name, by_speciality, sqlite)
    statement = _search_statements.get(key)
    if statement is None:
        query = select(*_CARD_COLUMNS).where(Doctor.verification_status == VerificationStatus.VERIFIED.value)
        if by_speciality:
            query = query.where(Doctor.speciality == bindparam("speciality"))
        if by_name:
            terms = []
            for n in range(3):
                like = Doctor.full_name.like(bindparam(f"like{n}"), escape="\\")
                terms.append(and_(Doctor.full_name >= bindparam(f"low{n}"), Doctor.full_name < bindparam(f"high{n}"),
                                  like) if sqlite else like)
            query = query.where(or_(*terms))
        statement = _search_statements[key] = query.order_by(Doctor.full_name).limit(bindparam("limit"))
    return statement


@retry_on_contention
def search_doctors(db: Database, *, text: str = "", speciality: str | None = None, limit: int = 30,
                   with_next_slot: bool = True, now: datetime | None = None) -> list[DoctorCard]:
    """Verified doctors by name prefix (with or without "Dr") and/or speciality.

    Open to everyone, including the kiosk before sign-in: it is the clinic's
    public directory.  Unverified, rejected and suspended doctors never appear.
    """
    now = now or utcnow()
    text = search_text(text)
    lowered = text.lower()
    for honorific in ("dr. ", "dr ", "dr."):
        if lowered.startswith(honorific):
            text = text[len(honorific):].strip()
            break
    query = _search_statement(by_name=bool(text), by_speciality=bool(speciality), sqlite=db.is_sqlite)
    params: dict[str, object] = {"limit": limit, "speciality": speciality}
    for n, prefix in enumerate((text, "Dr. " + text, "Dr " + text)):
        params.update({f"like{n}": like_prefix(prefix), f"low{n}": prefix, f"high{n}": prefix + "\U0010ffff"})
    with db.read() as session:
        found = session.connection().execute(query, params).all()
        next_slots = (_next_free_slots(session, [(d.id, d.slot_minutes) for d in found], now=now)
                      if with_next_slot else {})
        clinic = settings_row(session)
        cards = []
        for d in found:
            fees = fees_of(clinic, d.consultation_fee_paise, None, None, None)
            cards.append(DoctorCard(
                id=d.id, full_name=d.full_name, speciality=d.speciality, qualifications=d.qualifications,
                years_experience=d.years_experience, hospital_name=d.hospital_name, languages=d.languages,
                consultation_fee=fees.consultation, consultation_total=fees.consultation_total,
                next_free_slot=next_slots.get(d.id)))
        return cards


# The next-free-slot statements, built once (the doctor search runs them for every page of results).
_HOURS_OF = select(DoctorAvailability.doctor_id, DoctorAvailability.weekday, DoctorAvailability.start_time,
                   DoctorAvailability.end_time).where(DoctorAvailability.doctor_id.in_(bindparam("ids", expanding=True)))
_BOOKED_OF = select(Appointment.doctor_id, Appointment.starts_at, Appointment.ends_at).where(
    Appointment.doctor_id.in_(bindparam("ids", expanding=True)), Appointment.slot_claim == 1,
    Appointment.starts_at > bindparam("earliest"), Appointment.starts_at < bindparam("window_end"),
    Appointment.ends_at > bindparam("window_start"))
_LEAVE_OF = select(DoctorLeave.doctor_id, DoctorLeave.day).where(
    DoctorLeave.doctor_id.in_(bindparam("ids", expanding=True)), DoctorLeave.day >= bindparam("first_day"),
    DoctorLeave.day < bindparam("last_day"))


#: The days looked at first for a doctor's next free slot; most doctors have one in them, so the
#: appointments of the whole horizon are read only for the few who have not.
FIRST_LOOK_DAYS = 2


def _next_free_slots(session: Session, doctors: list[tuple[int, int]], *, now: datetime,
                     horizon_days: int = 14) -> dict[int, datetime | None]:
    """Next free slot of several doctors (id, slot minutes) with a few queries in all (not per doctor)."""
    if not doctors:
        return {}
    tz = clinic_timezone(session)
    first_day = now.astimezone(tz).date()
    ids = [doctor_id for doctor_id, _ in doctors]
    hours: dict[int, list[WorkingRange]] = {i: [] for i in ids}
    for doctor_id, weekday, opens, closes in session.connection().execute(_HOURS_OF, {"ids": ids}):
        hours[doctor_id].append(WorkingRange(weekday, opens, closes))
    out: dict[int, datetime | None] = {}
    pending = [(doctor_id, minutes) for doctor_id, minutes in doctors if hours[doctor_id]]
    out.update({doctor_id: None for doctor_id, _ in doctors if not hours[doctor_id]})
    look_from, days = first_day, min(FIRST_LOOK_DAYS, horizon_days)
    while pending:
        found = _first_free_slots(session, pending, hours, first_day=look_from, days=days, tz=tz, now=now)
        out.update(found)
        pending = [(doctor_id, minutes) for doctor_id, minutes in pending if found[doctor_id] is None]
        look_from += timedelta(days=days)
        days = (first_day + timedelta(days=horizon_days) - look_from).days
        if days <= 0:
            break
    return out


def _first_free_slots(session: Session, doctors: list[tuple[int, int]], hours: dict[int, list[WorkingRange]], *,
                      first_day: date, days: int, tz: tzinfo, now: datetime) -> dict[int, datetime | None]:
    """Each doctor's first free slot in ``days`` days from ``first_day`` (None: none), two queries in all."""
    ids = [doctor_id for doctor_id, _ in doctors]
    last_day = first_day + timedelta(days=days)
    window_start = datetime.combine(first_day, time.min, tzinfo=tz)
    window_end = datetime.combine(last_day, time.min, tzinfo=tz)
    booked: dict[int, list[BookedInterval]] = {i: [] for i in ids}
    for doctor_id, start, end in session.connection().execute(_BOOKED_OF, {"ids": ids, "earliest": window_start - MAX_APPOINTMENT,
                                                              "window_start": window_start, "window_end": window_end}):
        booked[doctor_id].append(BookedInterval(start, end))
    leave: dict[int, set[date]] = {i: set() for i in ids}
    for doctor_id, day in session.connection().execute(_LEAVE_OF, {"ids": ids, "first_day": first_day, "last_day": last_day}):
        leave[doctor_id].add(day)
    out: dict[int, datetime | None] = {}
    for doctor_id, slot_minutes in doctors:
        slots = free_slots(ranges=hours[doctor_id], slot_minutes=slot_minutes, leave_days=leave[doctor_id],
                           booked=booked[doctor_id], first_day=first_day, days=days, tz=tz, now=now, limit=1)
        out[doctor_id] = slots[0] if slots else None
    return out


@retry_on_contention
def specialities_in_use(db: Database) -> list[str]:
    with db.read() as session:
        return list(session.scalars(select(Doctor.speciality).where(
            Doctor.verification_status == VerificationStatus.VERIFIED.value).distinct().order_by(Doctor.speciality)))


def _profile(session: Session, doctor: Doctor) -> DoctorProfile:
    today = datetime.now(clinic_timezone(session)).date()
    return DoctorProfile(
        id=doctor.id, user_id=doctor.user_id, full_name=doctor.full_name, email=doctor.email, phone=doctor.phone,
        registration_number=doctor.registration_number, qualifications=doctor.qualifications,
        speciality=doctor.speciality, years_experience=doctor.years_experience, hospital_name=doctor.hospital_name,
        hospital_address=doctor.hospital_address, languages=doctor.languages, bio=doctor.bio,
        photo_png=doctor.photo_png, verification_status=doctor.verification_status,
        verification_note=doctor.verification_note, slot_minutes=doctor.slot_minutes,
        fees=fee_schedule(session, doctor), availability=tuple(working_ranges(doctor)),
        leave_days=tuple(sorted(leave_days(session, doctor.id, today, today + timedelta(days=365)))),
        version=doctor.version,
    )


@retry_on_contention
def doctor_profile(db: Database, *, actor: Actor | None = None, doctor_id: int) -> DoctorProfile:
    """A verified doctor's public profile; staff and the doctor themself also see unverified ones."""
    with db.read() as session:
        actor = current_actor(session, actor) if actor is not None else None
        doctor = session.get(Doctor, doctor_id)
        own = actor is not None and actor.doctor_id == doctor_id
        if doctor is None or (doctor.verification_status != VerificationStatus.VERIFIED.value
                              and not own and not (actor and actor.is_staff)):
            raise NotFound(tr("doctors", "That doctor is not available in this clinic."))
        return _profile(session, doctor)


@retry_on_contention
def update_own_profile(db: Database, *, actor: Actor, form: DoctorForm) -> DoctorProfile:
    """A doctor edits their profile (registration number and e-mail stay as verified)."""
    values = clean_doctor_form(form)
    with db.transaction() as session:
        actor = require_signed_in(session, actor)
        if not actor.is_doctor or actor.doctor_id is None:
            raise PermissionDenied(tr("doctors", "Only a doctor can edit a doctor profile."))
        doctor = session.get(Doctor, actor.doctor_id)
        assert doctor is not None
        if values["registration_number"] != doctor.registration_number:
            raise ValidationError("registration_number", tr("doctors", "The registration number can only be changed by the clinic."))
        for key in ("full_name", "phone", "qualifications", "speciality", "years_experience", "hospital_name",
                    "hospital_address", "languages", "bio"):
            setattr(doctor, key, values[key])
        if values["photo_png"] is not None:
            doctor.photo_png = values["photo_png"]  # type: ignore[assignment]
        audit.record(session, actor, "doctor.update_profile", entity="doctor", entity_id=doctor.id)
        session.flush()
        return _profile(session, doctor)


# --- verification (admin) -------------------------------------------------------------------

@dataclass(frozen=True)
class PendingDoctor:
    profile: DoctorProfile
    submitted_at: datetime


@retry_on_contention
def list_doctors_by_status(db: Database, *, actor: Actor, status: VerificationStatus) -> list[PendingDoctor]:
    with db.read() as session:
        require_admin(session, actor, "review doctor registrations")
        doctors = session.scalars(select(Doctor).where(Doctor.verification_status == status.value)
                                  .order_by(Doctor.created_at))
        return [PendingDoctor(_profile(session, d), d.created_at) for d in doctors]


@retry_on_contention
def decide_verification(db: Database, *, actor: Actor, doctor_id: int, approve: bool,
                        reason: str | None = None) -> DoctorProfile:
    """Approve or reject a doctor's registration; the doctor is e-mailed the result."""
    with db.transaction() as session:
        actor = require_admin(session, actor, "verify doctors")
        note = clean_text(reason, field="reason", label=N_("fields", "Reason"), max_length=1000, multiline=True)
        if not approve and not note:
            raise ValidationError("reason", tr("doctors", "Please give the reason for rejecting the registration."))
        doctor = session.get(Doctor, doctor_id)
        if doctor is None:
            raise NotFound(tr("doctors", "That doctor does not exist."))
        doctor.verification_status = (VerificationStatus.VERIFIED if approve else VerificationStatus.REJECTED).value
        doctor.verification_note = note
        doctor.verified_by_id = actor.user_id
        doctor.verified_at = utcnow()
        session.flush()
        events.doctor_verification_decided(session, doctor)
        audit.record(session, actor, "doctor.verify" if approve else "doctor.reject", entity="doctor",
                     entity_id=doctor.id, detail=note)
        return _profile(session, doctor)


@dataclass(frozen=True)
class AffectedAppointment:
    id: int
    patient_id: int
    patient_name: str
    starts_at: datetime
    mode: str


@retry_on_contention
def suspend_doctor(db: Database, *, actor: Actor, doctor_id: int, reason: str) -> list[AffectedAppointment]:
    """Suspend a doctor; returns their future appointments for the front desk to rebook."""
    with db.transaction() as session:
        actor = require_admin(session, actor, "suspend doctors")
        note = require_text(reason, field="reason", label=N_("fields", "Reason"), max_length=1000, multiline=True)
        doctor = session.get(Doctor, doctor_id)
        if doctor is None:
            raise NotFound(tr("doctors", "That doctor does not exist."))
        doctor.verification_status = VerificationStatus.SUSPENDED.value
        doctor.verification_note = note
        events.doctor_verification_decided(session, doctor)
        audit.record(session, actor, "doctor.suspend", entity="doctor", entity_id=doctor.id, detail=note)
        return _future_appointments(session, doctor.id, utcnow())


def _future_appointments(session: Session, doctor_id: int, now: datetime) -> list[AffectedAppointment]:
    rows = session.scalars(select(Appointment).where(
        Appointment.doctor_id == doctor_id, Appointment.slot_claim == 1, Appointment.starts_at > now)
        .order_by(Appointment.starts_at))
    return [AffectedAppointment(a.id, a.patient_id, a.patient.full_name, a.starts_at, a.mode) for a in rows]


# --- availability and fees (the doctor) ------------------------------------------------------

@retry_on_contention
def set_availability(db: Database, *, actor: Actor, ranges: list[WorkingRange], slot_minutes: int,
                     now: datetime | None = None) -> list[AffectedAppointment]:
    """Replace the weekly hours.  Nothing booked is dropped: booked future
    appointments that no longer fit are returned for the doctor to keep or cancel."""
    now = now or utcnow()
    if slot_minutes not in SLOT_LENGTHS:
        raise ValidationError("slot_minutes", tr("doctors", "Slot length must be one of {items} minutes.").format(items=', '.join(map(str, SLOT_LENGTHS))))
    clean = validate_ranges(ranges)
    with db.transaction() as session:
        doctor_id = require_practising_doctor(session, actor)
        doctor = session.get(Doctor, doctor_id)
        assert doctor is not None
        session.execute(delete(DoctorAvailability).where(DoctorAvailability.doctor_id == doctor_id))
        session.expire(doctor, ["availability"])
        for r in clean:
            session.add(DoctorAvailability(doctor_id=doctor_id, weekday=r.weekday, start_time=r.start, end_time=r.end))
        doctor.slot_minutes = slot_minutes
        session.flush()
        audit.record(session, actor, "doctor.set_availability", entity="doctor", entity_id=doctor_id,
                     detail=f"{len(clean)} ranges, {slot_minutes} min slots")
        return _outside_hours(session, doctor_id, clean, now)


def _outside_hours(session: Session, doctor_id: int, ranges: list[WorkingRange], now: datetime) -> list[AffectedAppointment]:
    tz = clinic_timezone(session)
    affected = []
    for appt in _future_appointments(session, doctor_id, now):
        local = appt.starts_at.astimezone(tz)
        appointment = session.get(Appointment, appt.id)
        assert appointment is not None
        local_end = appointment.ends_at.astimezone(tz)
        inside = any(r.weekday == local.weekday() and r.start <= local.time() and local_end.time() <= r.end
                     and local_end.date() == local.date() for r in ranges)
        if not inside:
            affected.append(appt)
    return affected


@retry_on_contention
def appointments_outside_hours(db: Database, *, actor: Actor, now: datetime | None = None) -> list[AffectedAppointment]:
    with db.read() as session:
        doctor_id = require_practising_doctor(session, actor)
        doctor = session.get(Doctor, doctor_id)
        assert doctor is not None
        return _outside_hours(session, doctor_id, working_ranges(doctor), now or utcnow())


@retry_on_contention
def set_fees(db: Database, *, actor: Actor, consultation: Decimal | str, lab_test: Decimal | str,
             medication: Decimal | str, other: Decimal | str) -> FeeSchedule:
    with db.transaction() as session:
        doctor_id = require_practising_doctor(session, actor)
        doctor = session.get(Doctor, doctor_id)
        assert doctor is not None
        doctor.consultation_fee_paise = to_paise(parse_money(consultation, field="consultation", label=N_("fields", "Consultation fee")))  # type: ignore[arg-type]
        doctor.lab_test_fee_paise = to_paise(parse_money(lab_test, field="lab_test", label=N_("fields", "Lab test fee")))  # type: ignore[arg-type]
        doctor.medication_fee_paise = to_paise(parse_money(medication, field="medication", label=N_("fields", "Medication fee")))  # type: ignore[arg-type]
        doctor.other_fee_paise = to_paise(parse_money(other, field="other", label=N_("fields", "Other fee")))  # type: ignore[arg-type]
        audit.record(session, actor, "doctor.set_fees", entity="doctor", entity_id=doctor_id)
        return fee_schedule(session, doctor)


@retry_on_contention
def set_leave(db: Database, *, actor: Actor, day: date, on_leave: bool, reason: str | None = None) -> list[AffectedAppointment]:
    """Mark a day off (returns booked appointments that day) or remove it."""
    with db.transaction() as session:
        doctor_id = require_practising_doctor(session, actor)
        existing = session.scalar(select(DoctorLeave).where(DoctorLeave.doctor_id == doctor_id, DoctorLeave.day == day))
        if on_leave and existing is None:
            session.add(DoctorLeave(doctor_id=doctor_id, day=day,
                                    reason=clean_text(reason, field="reason", label=N_("fields", "Reason"), max_length=200)))
        elif not on_leave and existing is not None:
            session.delete(existing)
        audit.record(session, actor, "doctor.set_leave", entity="doctor", entity_id=doctor_id,
                     detail=f"{day.isoformat()} {'off' if on_leave else 'working'}")
        if not on_leave:
            return []
        tz = clinic_timezone(session)
        start = datetime.combine(day, time.min, tzinfo=tz).astimezone(timezone.utc)
        return [a for a in _future_appointments(session, doctor_id, utcnow())
                if start <= a.starts_at < start + timedelta(days=1)]


@retry_on_contention
def free_slots_for(db: Database, *, doctor_id: int, first_day: date, days: int = 1,
                   now: datetime | None = None) -> list[datetime]:
    """Free slots of a verified doctor (everyone may ask: it is the booking calendar)."""
    with db.read() as session:
        doctor = _verified(session, doctor_id)
        return compute_free_slots(session, doctor, first_day=first_day, days=days, now=now or utcnow())


@retry_on_contention
def working_days(db: Database, *, doctor_id: int, first_day: date, days: int) -> list[date]:
    """Dates on which the doctor works (for greying out the booking calendar)."""
    with db.read() as session:
        doctor = _verified(session, doctor_id)
        weekdays = {r.weekday for r in working_ranges(doctor)}
        off = leave_days(session, doctor_id, first_day, first_day + timedelta(days=days))
        return [d for d in (first_day + timedelta(days=i) for i in range(days))
                if d.weekday() in weekdays and d not in off]
