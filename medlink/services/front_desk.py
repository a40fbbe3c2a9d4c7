"""Front-desk tools for a doctor's whole day: move everything to a colleague, or cancel it.

Every appointment is handled by the ordinary appointment services, one call
(one transaction) each, so a failure for one patient never undoes the moves
already made for the others; the report lists what happened to each.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.orm import joinedload

from medlink.db.models import Appointment, AppointmentStatus, Doctor, VerificationStatus
from medlink.db.session import Database, retry_on_contention
from medlink.db.types import utcnow
from medlink.errors import MedLinkError, NotFound, SlotTaken, ValidationError
from medlink.services import appointments, audit, doctors
from medlink.services.actor import Actor
from medlink.services.clinic_settings import clinic_timezone
from medlink.services.permissions import require_staff
from medlink.validation import require_text
from medlink.i18n import N_, tr

MAX_SLOT_ATTEMPTS = 8
"""How many free slots of the other doctor are tried for one appointment before giving up."""


@dataclass(frozen=True)
class DeskDoctor:
    id: int
    full_name: str
    speciality: str
    status: str


@dataclass(frozen=True)
class MovedAppointment:
    appointment_id: int
    patient_name: str
    old_starts_at: datetime
    new_starts_at: datetime
    same_time: bool


@dataclass(frozen=True)
class FailedAppointment:
    appointment_id: int
    patient_name: str
    starts_at: datetime
    reason: str


@dataclass(frozen=True)
class MoveReport:
    from_doctor: str
    to_doctor: str
    day: date
    moved: tuple[MovedAppointment, ...]
    failed: tuple[FailedAppointment, ...]

    @property
    def total(self) -> int:
        return len(self.moved) + len(self.failed)


@dataclass(frozen=True)
class CancelOutcome:
    appointment_id: int
    patient_name: str
    starts_at: datetime
    cancelled: bool
    error: str | None = None


@dataclass(frozen=True)
class _DayItem:
    id: int
    patient_name: str
    starts_at: datetime
    status: str


@retry_on_contention
def list_desk_doctors(db: Database, *, actor: Actor) -> list[DeskDoctor]:
    """Verified and suspended doctors (the ones whose appointments the desk may need to manage)."""
    query = (select(Doctor.id, Doctor.full_name, Doctor.speciality, Doctor.verification_status)
             .where(Doctor.verification_status.in_((VerificationStatus.VERIFIED.value,
                                                    VerificationStatus.SUSPENDED.value)))
             .order_by(Doctor.full_name))
    with db.read() as session:
        require_staff(session, actor, "manage doctors' appointments")
        return [DeskDoctor(*row) for row in session.execute(query)]


@retry_on_contention
def colleagues(db: Database, *, actor: Actor, doctor_id: int) -> list[DeskDoctor]:
    """Verified doctors of the same speciality (where a doctor's patients can be routed)."""
    with db.read() as session:
        require_staff(session, actor, "route appointments")
        doctor = session.get(Doctor, doctor_id)
        if doctor is None:
            raise NotFound(tr("front_desk", "That doctor does not exist."))
        query = (select(Doctor.id, Doctor.full_name, Doctor.speciality, Doctor.verification_status)
                 .where(Doctor.speciality == doctor.speciality, Doctor.id != doctor_id,
                        Doctor.verification_status == VerificationStatus.VERIFIED.value)
                 .order_by(Doctor.full_name))
        return [DeskDoctor(*row) for row in session.execute(query)]


def _day_items(db: Database, doctor_id: int, day: date) -> tuple[str, str, list[_DayItem]]:
    with db.read() as session:
        doctor = session.get(Doctor, doctor_id)
        if doctor is None:
            raise NotFound(tr("front_desk", "That doctor does not exist."))
        tz = clinic_timezone(session)
        start = datetime.combine(day, time.min, tzinfo=tz).astimezone(timezone.utc)
        end = datetime.combine(day + timedelta(days=1), time.min, tzinfo=tz).astimezone(timezone.utc)
        rows = session.scalars(
            select(Appointment).where(Appointment.doctor_id == doctor_id, Appointment.slot_claim == 1,
                                      Appointment.status.in_(appointments.ACTIVE),
                                      Appointment.starts_at >= start, Appointment.starts_at < end)
            .options(joinedload(Appointment.patient)).order_by(Appointment.starts_at))
        items = [_DayItem(a.id, a.patient.full_name, a.starts_at, a.status) for a in rows]
        return doctor.full_name, doctor.speciality, items


@retry_on_contention
def move_doctor_day(db: Database, *, actor: Actor, doctor_id: int, day: date, to_doctor_id: int,
                    now: datetime | None = None) -> MoveReport:
    """Move all of a doctor's active appointments on ``day`` to a colleague of the same speciality.

    Each appointment goes to the same time with the other doctor if that slot
    is free, else to the other doctor's next free slot later the same day,
    else it is left where it is and reported with the reason.  Patients are
    notified by the reschedule service.
    """
    with db.read() as session:
        require_staff(session, actor, "move a doctor's appointments")
    now = now or utcnow()
    if to_doctor_id == doctor_id:
        raise ValidationError("to_doctor_id", tr("front_desk", "Choose a different doctor to move the appointments to."))
    from_name, speciality, items = _day_items(db, doctor_id, day)
    with db.read() as session:
        target = session.get(Doctor, to_doctor_id)
        if target is None or target.verification_status != VerificationStatus.VERIFIED.value:
            raise ValidationError("to_doctor_id", tr("front_desk", "That doctor is not available for appointments."))
        if target.speciality != speciality:
            raise ValidationError("to_doctor_id", tr("front_desk", "Choose another {speciality}.").format(speciality=speciality))
        to_name = target.full_name
    moved: list[MovedAppointment] = []
    failed: list[FailedAppointment] = []
    for item in items:
        if item.status != AppointmentStatus.BOOKED.value:
            failed.append(FailedAppointment(item.id, item.patient_name, item.starts_at,
                                            tr("front_desk", "The patient has already checked in.")))
            continue
        outcome = _move_one(db, actor, item, to_doctor_id, day, now)
        if isinstance(outcome, MovedAppointment):
            moved.append(outcome)
        else:
            failed.append(outcome)
    with db.transaction() as session:
        audit.record(session, actor, "front_desk.move_day", entity="doctor", entity_id=doctor_id,
                     detail=f"{day.isoformat()} to doctor={to_doctor_id}: {len(moved)} moved, {len(failed)} not moved")
    return MoveReport(from_name, to_name, day, tuple(moved), tuple(failed))


def _move_one(db: Database, actor: Actor, item: _DayItem, to_doctor_id: int, day: date,
              now: datetime) -> MovedAppointment | FailedAppointment:
    candidates = [item.starts_at]
    last_error = tr("front_desk", "The other doctor has no free slot left that day.")
    try:
        free = doctors.free_slots_for(db, doctor_id=to_doctor_id, first_day=day, days=1, now=now)
    except MedLinkError as exc:
        return FailedAppointment(item.id, item.patient_name, item.starts_at, exc.message)
    candidates += [slot for slot in free if slot > item.starts_at][:MAX_SLOT_ATTEMPTS]
    for slot in candidates:
        try:
            appointments.reschedule_appointment(db, actor=actor, appointment_id=item.id, new_starts_at=slot,
                                                new_doctor_id=to_doctor_id, now=now)
        except SlotTaken as exc:
            last_error = exc.message
            continue
        except ValidationError as exc:
            if exc.field == "starts_at":
                last_error = exc.message
                continue
            return FailedAppointment(item.id, item.patient_name, item.starts_at, exc.message)
        except MedLinkError as exc:
            return FailedAppointment(item.id, item.patient_name, item.starts_at, exc.message)
        return MovedAppointment(item.id, item.patient_name, item.starts_at, slot, slot == item.starts_at)
    if len(candidates) == 1:
        last_error = tr("front_desk", "The other doctor is busy at that time and has no later free slot that day.")
    return FailedAppointment(item.id, item.patient_name, item.starts_at, last_error)


@retry_on_contention
def cancel_doctor_day(db: Database, *, actor: Actor, doctor_id: int, day: date, reason: str,
                      now: datetime | None = None) -> list[CancelOutcome]:
    """Cancel all of a doctor's active appointments on ``day`` (e.g. sudden absence).

    Patients are e-mailed by the cancel service; each cancellation is its own
    transaction, and each outcome is returned.
    """
    with db.read() as session:
        require_staff(session, actor, "cancel a doctor's day")
    text = require_text(reason, field="reason", label=N_("fields", "Reason"), max_length=1000, multiline=True)
    _name, _speciality, items = _day_items(db, doctor_id, day)
    outcomes: list[CancelOutcome] = []
    for item in items:
        try:
            appointments.cancel_appointment(db, actor=actor, appointment_id=item.id, reason=text, now=now)
        except MedLinkError as exc:
            outcomes.append(CancelOutcome(item.id, item.patient_name, item.starts_at, False, exc.message))
        else:
            outcomes.append(CancelOutcome(item.id, item.patient_name, item.starts_at, True))
    with db.transaction() as session:
        done = sum(1 for o in outcomes if o.cancelled)
        audit.record(session, actor, "front_desk.cancel_day", entity="doctor", entity_id=doctor_id,
                     detail=f"{day.isoformat()}: {done} cancelled, {len(outcomes) - done} failed. {text}")
    return outcomes


__all__ = ["DeskDoctor", "MoveReport", "MovedAppointment", "FailedAppointment", "CancelOutcome",
           "list_desk_doctors", "colleagues", "move_doctor_day", "cancel_doctor_day"]
