"""Appointments: book, cancel, reschedule, check in, complete — and the lists."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any
from datetime import date, datetime, time, timedelta, timezone

from sqlalchemy import Executable, bindparam, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, joinedload

from medlink.db.models import Appointment, AppointmentMode, AppointmentStatus, Doctor, Patient, VideoCall
from medlink.db.session import Database, retry_on_contention
from medlink.db.types import utcnow
from medlink.errors import NotFound, PermissionDenied, SlotTaken, ValidationError
from medlink.mail import events
from medlink.scheduling import is_working_slot
from medlink.services import audit, tokens
from medlink.services.actor import Actor
from medlink.services.clinic_settings import clinic_timezone, settings_row
from medlink.services.doctors import MAX_APPOINTMENT, booked_intervals, leave_days, working_ranges
from medlink.services.meetings import assign_link
from medlink.services.permissions import (
    acts_for_patient,
    require_clinician,
    require_patient_access,
    require_practising_doctor,
    require_signed_in,
    require_staff,
)
from medlink.validation import clean_text
from medlink import formatting
from medlink.i18n import N_, tr

ACTIVE = (AppointmentStatus.BOOKED.value, AppointmentStatus.CHECKED_IN.value)


@dataclass(frozen=True)
class AppointmentView:
    id: int
    patient_id: int
    patient_name: str
    patient_phone: str | None
    doctor_id: int
    doctor_name: str
    speciality: str
    starts_at: datetime
    ends_at: datetime
    mode: str
    status: str
    reason: str | None
    meet_link: str | None
    cancel_reason: str | None
    diagnosis: str | None
    consultation_notes: str | None
    checked_in_at: datetime | None
    version: int

    @property
    def is_online(self) -> bool:
        return self.mode == AppointmentMode.ONLINE.value

    @property
    def is_active(self) -> bool:
        return self.status in ACTIVE


def to_view(a: Appointment) -> AppointmentView:
    return AppointmentView(
        id=a.id, patient_id=a.patient_id, patient_name=a.patient.full_name, patient_phone=a.patient.phone,
        doctor_id=a.doctor_id, doctor_name=a.doctor.full_name, speciality=a.doctor.speciality,
        starts_at=a.starts_at, ends_at=a.ends_at, mode=a.mode, status=a.status, reason=a.reason,
        meet_link=a.video_call.meet_link if a.video_call else None, cancel_reason=a.cancel_reason,
        diagnosis=a.diagnosis, consultation_notes=a.consultation_notes, checked_in_at=a.checked_in_at,
        version=a.version,
    )


def _load(session: Session, appointment_id: int, *, lock: bool = False) -> Appointment:
    if lock:
        # The appointment's row alone. MariaDB has no FOR UPDATE OF: FOR UPDATE on the joined query
        # below also locked the patient's and the doctor's rows, which every booking with that doctor
        # reads for its foreign key, so bookings queued behind each cancel, reschedule and check-in of
        # the same doctor, and on a Galera cluster a booking replicated from another node aborted them.
        session.execute(select(Appointment.id).where(Appointment.id == appointment_id).with_for_update())
    query = (select(Appointment).where(Appointment.id == appointment_id)
             .options(joinedload(Appointment.patient), joinedload(Appointment.doctor),
                      joinedload(Appointment.video_call)))
    appointment = session.scalars(query).unique().first()
    if appointment is None:
        raise NotFound(tr("appointments", "That appointment does not exist."))
    return appointment


def _check_slot(session: Session, doctor: Doctor, starts_at: datetime, now: datetime,
                ignore_appointment: int | None = None) -> datetime:
    """Validate a requested slot; returns its end."""
    if starts_at.tzinfo is None:
        raise ValidationError("starts_at", tr("appointments", "The appointment time has no time zone."))
    if starts_at <= now:
        raise ValidationError("starts_at", tr("appointments", "That time has already passed. Please choose a future slot."))
    tz = clinic_timezone(session)
    local_day = starts_at.astimezone(tz).date()
    if local_day > (now.astimezone(tz).date() + timedelta(days=366)):
        raise ValidationError("starts_at", tr("appointments", "Appointments can be booked at most a year ahead."))
    if not is_working_slot(starts_at, ranges=working_ranges(doctor), slot_minutes=doctor.slot_minutes,
                           leave_days=leave_days(session, doctor.id, local_day, local_day), tz=tz):
        raise ValidationError("starts_at", tr("appointments", "{full_name} does not see patients at that time.").format(full_name=doctor.full_name))
    ends_at = starts_at + timedelta(minutes=doctor.slot_minutes)
    clash = [b for b in booked_intervals(session, doctor.id, starts_at, ends_at)]
    if ignore_appointment is not None and clash:
        own = session.get(Appointment, ignore_appointment)
        clash = [b for b in clash if not (own and b.starts_at == own.starts_at)]
    if clash:
        raise SlotTaken()
    return ends_at


def _check_patient_free(session: Session, patient_id: int, starts_at: datetime, ends_at: datetime,
                        ignore_appointment: int | None = None) -> None:
    query = (select(Appointment).where(Appointment.patient_id == patient_id, Appointment.slot_claim == 1,
                                       Appointment.starts_at > starts_at - MAX_APPOINTMENT,
                                       Appointment.starts_at < ends_at, Appointment.ends_at > starts_at))
    for other in session.scalars(query):
        if other.id != ignore_appointment:
            raise ValidationError(
                "starts_at", tr("appointments", "You already have an appointment at that time (with {full_name}).").format(full_name=other.doctor.full_name))


def _verified_doctor(session: Session, doctor_id: int) -> Doctor:
    doctor = session.get(Doctor, doctor_id)
    if doctor is None or doctor.verification_status != "verified":
        raise ValidationError("doctor", tr("appointments", "That doctor is not available for appointments."))
    return doctor


def _flush_claim(session: Session) -> None:
    """Flush; a unique-constraint clash on the slot means someone else won the race."""
    try:
        with session.begin_nested():
            session.flush()
    except IntegrityError as exc:
        raise SlotTaken() from exc


@retry_on_contention
def book_appointment(db: Database, *, actor: Actor, patient_id: int, doctor_id: int, starts_at: datetime,
                     mode: AppointmentMode = AppointmentMode.IN_PERSON, reason: str | None = None,
                     now: datetime | None = None) -> AppointmentView:
    """Book a slot for a patient (the patient themself, or the front desk on their behalf)."""
    now = now or utcnow()
    mode = AppointmentMode(mode)
    with db.transaction() as session:
        actor = require_signed_in(session, actor)
        if not (actor.is_staff or actor.is_patient):
            raise PermissionDenied(tr("appointments", "You can only book appointments for yourself."))
        if actor.is_patient and not acts_for_patient(session, actor, patient_id):
            raise PermissionDenied(tr("appointments", "You can only book appointments for yourself and your family members."))
        reason_text = clean_text(reason, field="reason", label=N_("fields", "Reason"), max_length=1000, multiline=True)
        patient = session.get(Patient, patient_id)
        if patient is None:
            raise NotFound(tr("appointments", "That patient does not exist."))
        doctor = _verified_doctor(session, doctor_id)
        ends_at = _check_slot(session, doctor, starts_at, now)
        _check_patient_free(session, patient_id, starts_at, ends_at)
        appointment = Appointment(
            patient_id=patient_id, doctor_id=doctor_id, starts_at=starts_at, ends_at=ends_at, mode=mode.value,
            status=AppointmentStatus.BOOKED.value, slot_claim=1, reason=reason_text, booked_by_id=actor.user_id,
            calendar_uid=f"{uuid.uuid4()}@medlink", calendar_sequence=0,
        )
        session.add(appointment)
        _flush_claim(session)
        appointment.patient, appointment.doctor = patient, doctor
        if mode is AppointmentMode.ONLINE:
            if actor.is_patient:
                # the patient chose an online consultation themself: their consent is recorded with the booking
                appointment.telemedicine_consent_at = now
            assign_link(session, appointment)
            session.flush()
        events.appointment_booked(session, appointment)
        audit.record(session, actor, "appointment.book", entity="appointment", entity_id=appointment.id,
                     patient_id=patient_id, detail=f"doctor={doctor_id} at={starts_at.isoformat()} mode={mode.value}")
        return to_view(appointment)


def _may_change(session: Session, actor: Actor, appointment: Appointment) -> Actor:
    actor = require_signed_in(session, actor)
    if actor.is_staff:
        return actor
    if acts_for_patient(session, actor, appointment.patient_id):
        return actor
    if actor.is_doctor and require_practising_doctor(session, actor) == appointment.doctor_id:
        return actor
    raise PermissionDenied(tr("appointments", "You cannot change this appointment."))


@retry_on_contention
def cancel_appointment(db: Database, *, actor: Actor, appointment_id: int, reason: str | None = None,
                       now: datetime | None = None) -> AppointmentView:
    now = now or utcnow()
    reason_text = clean_text(reason, field="reason", label=N_("fields", "Reason"), max_length=1000, multiline=True)
    with db.transaction() as session:
        appointment = _load(session, appointment_id, lock=True)
        actor = _may_change(session, actor, appointment)
        if appointment.status not in ACTIVE:
            raise ValidationError("status", tr("appointments", "This appointment is already {status}.").format(status=appointment.status.replace('_', ' ')))
        if appointment.starts_at <= now and actor.is_patient:
            raise ValidationError("status", tr("appointments", "A past appointment cannot be cancelled."))
        if actor.is_doctor and not reason_text:
            raise ValidationError("reason", tr("appointments", "Please give the patient a reason for the cancellation."))
        appointment.status = AppointmentStatus.CANCELLED.value
        appointment.slot_claim = None
        appointment.cancel_reason = reason_text
        appointment.calendar_sequence += 1
        session.flush()
        events.appointment_cancelled(session, appointment, reason_text)
        audit.record(session, actor, "appointment.cancel", entity="appointment", entity_id=appointment.id,
                     patient_id=appointment.patient_id, detail=reason_text)
        return to_view(appointment)


@retry_on_contention
def reschedule_appointment(db: Database, *, actor: Actor, appointment_id: int, new_starts_at: datetime,
                           new_doctor_id: int | None = None, now: datetime | None = None) -> AppointmentView:
    """Move an appointment atomically: the old slot is released only if the new one is secured.

    Only the front desk may move it to another doctor (same speciality).
    """
    now = now or utcnow()
    with db.transaction() as session:
        appointment = _load(session, appointment_id, lock=True)
        actor = _may_change(session, actor, appointment)
        if appointment.status != AppointmentStatus.BOOKED.value:
            raise ValidationError("status", tr("appointments", "Only a booked appointment that has not started can be moved."))
        if appointment.starts_at <= now and not actor.is_staff:
            raise ValidationError("status", tr("appointments", "A past appointment cannot be moved."))
        doctor = appointment.doctor
        if new_doctor_id is not None and new_doctor_id != appointment.doctor_id:
            if not actor.is_staff:
                raise PermissionDenied(tr("appointments", "Only the front desk can move an appointment to another doctor."))
            doctor = _verified_doctor(session, new_doctor_id)
            if doctor.speciality != appointment.doctor.speciality:
                raise ValidationError("doctor", tr("appointments", "Choose another {speciality}.").format(speciality=appointment.doctor.speciality))
        same_doctor = doctor.id == appointment.doctor_id
        ends_at = _check_slot(session, doctor, new_starts_at, now,
                              ignore_appointment=appointment.id if same_doctor else None)
        _check_patient_free(session, appointment.patient_id, new_starts_at, ends_at, ignore_appointment=appointment.id)
        old_start, old_doctor = appointment.starts_at, appointment.doctor_id
        appointment.doctor_id = doctor.id
        appointment.doctor = doctor
        appointment.starts_at = new_starts_at
        appointment.ends_at = ends_at
        appointment.calendar_sequence += 1
        _flush_claim(session)
        if appointment.mode == AppointmentMode.ONLINE.value and not same_doctor:
            assign_link(session, appointment)
            session.flush()
        events.appointment_rescheduled(session, appointment, old_start)
        audit.record(session, actor, "appointment.reschedule", entity="appointment", entity_id=appointment.id,
                     patient_id=appointment.patient_id,
                     detail=f"from doctor={old_doctor} at={old_start.isoformat()} to doctor={doctor.id} "
                            f"at={new_starts_at.isoformat()}")
        return to_view(appointment)


@retry_on_contention
def set_outcome(db: Database, *, actor: Actor, appointment_id: int, status: AppointmentStatus,
                diagnosis: str | None = None, notes: str | None = None,
                now: datetime | None = None) -> AppointmentView:
    """The doctor (or front desk) marks an appointment completed or no-show — not before it starts.
    A diagnosis or notes given here are clinical entries: the appointment's doctor only."""
    now = now or utcnow()
    with db.transaction() as session:
        appointment = _load(session, appointment_id, lock=True)
        actor = require_signed_in(session, actor)
        if actor.is_patient:
            raise PermissionDenied(tr("appointments", "Patients cannot change the outcome of an appointment."))
        actor = _may_change(session, actor, appointment)
        if (diagnosis is not None or notes is not None) and \
                require_clinician(session, actor, "write a diagnosis or notes") != appointment.doctor_id:
            raise PermissionDenied(tr("appointments", "Only the appointment's doctor can write its diagnosis and notes."))
        if status not in (AppointmentStatus.COMPLETED, AppointmentStatus.NO_SHOW):
            raise ValidationError("status", tr("appointments", "An appointment can be marked completed or no-show."))
        if appointment.status not in ACTIVE:
            raise ValidationError("status", tr("appointments", "This appointment is already {status}.").format(status=appointment.status.replace('_', ' ')))
        if appointment.starts_at > now:
            raise ValidationError("status", tr("appointments", "This appointment has not started yet: it can be marked {status} once it has begun.").format(status=status.value.replace('_', ' ')))
        appointment.status = status.value
        if diagnosis is not None:
            appointment.diagnosis = clean_text(diagnosis, field="diagnosis", label=N_("fields", "Diagnosis"), max_length=2000,
                                               multiline=True)
        if notes is not None:
            appointment.consultation_notes = clean_text(notes, field="notes", label=N_("fields", "Notes"), max_length=10000,
                                                        multiline=True)
        session.flush()
        audit.record(session, actor, f"appointment.{status.value}", entity="appointment", entity_id=appointment.id,
                     patient_id=appointment.patient_id)
        return to_view(appointment)


@retry_on_contention
def save_consultation_notes(db: Database, *, actor: Actor, appointment_id: int, diagnosis: str | None,
                            notes: str | None) -> AppointmentView:
    with db.transaction() as session:
        appointment = _load(session, appointment_id, lock=True)
        doctor_id = require_clinician(session, actor, "write a diagnosis or notes")
        actor = require_signed_in(session, actor)
        if appointment.doctor_id != doctor_id:
            raise PermissionDenied(tr("appointments", "Only the appointment's doctor can write its notes."))
        appointment.diagnosis = clean_text(diagnosis, field="diagnosis", label=N_("fields", "Diagnosis"), max_length=2000,
                                           multiline=True)
        appointment.consultation_notes = clean_text(notes, field="notes", label=N_("fields", "Notes"), max_length=10000,
                                                    multiline=True)
        session.flush()
        audit.record(session, actor, "appointment.notes", entity="appointment", entity_id=appointment.id,
                     patient_id=appointment.patient_id)
        return to_view(appointment)


@retry_on_contention
def check_in(db: Database, *, actor: Actor, appointment_id: int, now: datetime | None = None) -> AppointmentView:
    """Mark the patient arrived (kiosk: the patient themself, for today's appointment; or the front desk)."""
    now = now or utcnow()
    with db.transaction() as session:
        appointment = _load(session, appointment_id, lock=True)
        actor = require_signed_in(session, actor)
        if not (actor.is_staff or acts_for_patient(session, actor, appointment.patient_id)):
            raise PermissionDenied(tr("appointments", "You can only check in for your own appointment."))
        if appointment.status != AppointmentStatus.BOOKED.value:
            raise ValidationError("status", tr("appointments", "This appointment is {status}.").format(status=appointment.status.replace('_', ' ')))
        window = timedelta(minutes=settings_row(session).check_in_opens_minutes)
        tz = clinic_timezone(session)
        if now < appointment.starts_at - window:
            opens = (appointment.starts_at - window).astimezone(tz)
            raise ValidationError("status", tr("appointments", "Check-in opens at {time} on {day}, {minutes} minutes before the appointment.").format(
                time=formatting.format_time(opens, "HH:mm"), day=formatting.format_date(opens),
                minutes=int(window.total_seconds() // 60)))
        if now > appointment.ends_at + window:
            raise ValidationError("status", tr("appointments", "This appointment is over: it can no longer be checked in. "
                                            "Please book a new one at the front desk."))
        appointment.status = AppointmentStatus.CHECKED_IN.value
        appointment.checked_in_at = now
        session.flush()
        token = tokens.issue_token(session, appointment, now=now)
        audit.record(session, actor, "appointment.check_in", entity="appointment", entity_id=appointment.id,
                     patient_id=appointment.patient_id, detail=f"token={token}")
        return to_view(appointment)


# What a list shows, read as plain columns of one joined statement: lists were built from ORM objects
# with the patient, the doctor and the video call joined in full, which cost more than the query.
_VIEW_COLUMNS = (
    Appointment.id, Appointment.patient_id, Patient.full_name.label("patient_name"),
    Patient.phone.label("patient_phone"), Appointment.doctor_id, Doctor.full_name.label("doctor_name"),
    Doctor.speciality, Appointment.starts_at, Appointment.ends_at, Appointment.mode, Appointment.status,
    Appointment.reason, VideoCall.meet_link, Appointment.cancel_reason, Appointment.diagnosis,
    Appointment.consultation_notes, Appointment.checked_in_at, Appointment.version,
)


#: ``select`` of an appointment list's columns, joined; callers add their filters, order and limit.
LISTING = (select(*_VIEW_COLUMNS).select_from(Appointment)
           .join(Patient, Patient.id == Appointment.patient_id)
           .join(Doctor, Doctor.id == Appointment.doctor_id)
           .outerjoin(VideoCall, VideoCall.appointment_id == Appointment.id))
#: A patient's whole list, newest first (the front desk's and the chart's): built once.
_PATIENT_LISTING = (LISTING.where(Appointment.patient_id == bindparam("patient_id"))
                    .order_by(Appointment.starts_at.desc()).limit(bindparam("limit")))


def _listing(session: Session, query: Executable, params: dict[str, Any] | None = None) -> list[AppointmentView]:
    """The views of a :data:`LISTING` query."""
    return [AppointmentView(**row._asdict()) for row in session.execute(query, params)]


def read_patient_appointments(session: Session, actor: Actor, patient_id: int, *, upcoming: bool | None = None,
                              doctor_id: int | None = None, now: datetime | None = None,
                              limit: int = 200) -> list[AppointmentView]:
    """The patient's appointments (a doctor: only those with themself), inside the caller's unit of work
    (which checked access and writes the audit row)."""
    now = now or utcnow()
    if not actor.is_doctor and doctor_id is None and upcoming is None:
        return _listing(session, _PATIENT_LISTING, {"patient_id": patient_id, "limit": limit})
    query = LISTING.where(Appointment.patient_id == patient_id)
    if actor.is_doctor:  # a doctor sees only the appointments with themself
        query = query.where(Appointment.doctor_id == actor.doctor_id)
    elif doctor_id is not None:
        query = query.where(Appointment.doctor_id == doctor_id)
    # Upcoming: still to happen (booked or checked in, not yet over).  Past: everything else —
    # over, or cancelled / completed / no-show even when its time has not come.
    if upcoming is True:
        query = query.where(Appointment.ends_at > now, Appointment.status.in_(ACTIVE)).order_by(
            Appointment.starts_at)
    elif upcoming is False:
        query = query.where(or_(Appointment.ends_at <= now, Appointment.status.not_in(ACTIVE))).order_by(
            Appointment.starts_at.desc())
    else:
        query = query.order_by(Appointment.starts_at.desc())
    return _listing(session, query.limit(limit))


@retry_on_contention
def patient_appointments(db: Database, *, actor: Actor, patient_id: int, upcoming: bool | None = None,
                         doctor_id: int | None = None, now: datetime | None = None,
                         limit: int = 200) -> list[AppointmentView]:
    now = now or utcnow()
    with db.transaction() as session:
        actor = require_patient_access(session, actor, patient_id)
        found = read_patient_appointments(session, actor, patient_id, upcoming=upcoming, doctor_id=doctor_id,
                                          now=now, limit=limit)
        audit.record_disclosure(session, actor, "appointment.list", [patient_id], entity="patient",
                                entity_id=patient_id, detail=f"{len(found)} appointments")
        return found


@retry_on_contention
def doctor_schedule(db: Database, *, actor: Actor, first_day: date, days: int = 1,
                    doctor_id: int | None = None, include_cancelled: bool = False) -> list[AppointmentView]:
    """A doctor's appointments for a range of clinic-local days (own, or any for staff)."""
    with db.transaction() as session:
        actor = require_signed_in(session, actor)
        if actor.is_staff and doctor_id is not None:
            target = doctor_id
        else:
            target = require_practising_doctor(session, actor)
        tz = clinic_timezone(session)
        start = datetime.combine(first_day, time.min, tzinfo=tz).astimezone(timezone.utc)
        end = datetime.combine(first_day + timedelta(days=days), time.min, tzinfo=tz).astimezone(timezone.utc)
        query = (LISTING.where(Appointment.doctor_id == target, Appointment.starts_at >= start,
                                           Appointment.starts_at < end).order_by(Appointment.starts_at))
        if not include_cancelled:
            query = query.where(Appointment.status != AppointmentStatus.CANCELLED.value)
        found = _listing(session, query)
        audit.record_disclosure(session, actor, "appointment.schedule", [a.patient_id for a in found],
                                entity="doctor", entity_id=target, detail=f"from {first_day} for {days} days")
        return found


@retry_on_contention
def get_appointment(db: Database, *, actor: Actor, appointment_id: int) -> AppointmentView:
    with db.transaction() as session:
        appointment = _load(session, appointment_id)
        actor = require_signed_in(session, actor)
        if actor.is_doctor and require_practising_doctor(session, actor) == appointment.doctor_id:
            pass  # their own appointment (also one that was cancelled): it is in their schedule
        else:
            actor = require_patient_access(session, actor, appointment.patient_id)
            if actor.is_doctor:
                raise PermissionDenied(tr("appointments", "This is another doctor's appointment."))
        view = to_view(appointment)
        audit.record_disclosure(session, actor, "appointment.view", [appointment.patient_id],
                                entity="appointment", entity_id=appointment.id)
        return view


@retry_on_contention
def day_queue(db: Database, *, actor: Actor, day: date) -> list[AppointmentView]:
    """The front desk's queue for a day, all doctors, in time order."""
    with db.transaction() as session:
        actor = require_staff(session, actor, "see the day's queue")
        tz = clinic_timezone(session)
        start = datetime.combine(day, time.min, tzinfo=tz).astimezone(timezone.utc)
        query = (LISTING.where(Appointment.starts_at >= start,
                                           Appointment.starts_at < start + timedelta(days=1),
                                           Appointment.status != AppointmentStatus.CANCELLED.value)
                 .order_by(Appointment.doctor_id, Appointment.starts_at))
        found = _listing(session, query)
        audit.record_disclosure(session, actor, "appointment.queue", [a.patient_id for a in found],
                                detail=f"day {day}")
        return found


__all__ = ["AppointmentView", "book_appointment", "cancel_appointment", "reschedule_appointment", "set_outcome",
           "check_in", "patient_appointments", "doctor_schedule", "get_appointment", "day_queue", "VideoCall"]
