"""Waiting-room tokens: issued at check-in, called in by the front desk, shown on the token screen.

Each doctor's clinic day numbers its arrivals 1, 2, 3… (:func:`issue_token`,
called inside the check-in transaction with the doctor's row locked so two
workstations never hand out one number twice).  The front desk calls the next
token (:func:`call_next`); the waiting-room screen reloads :func:`token_board` on changes,
which returns token numbers and doctors' names only — never a patient's name.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from medlink.db.models import Appointment, AppointmentStatus, Doctor, QueueToken
from medlink.db.session import Database, retry_on_contention
from medlink.db.types import utcnow
from medlink.errors import NotFound, ValidationError
from medlink.services import audit
from medlink.services.actor import Actor
from medlink.services.clinic_settings import clinic_timezone
from medlink.services.permissions import authorize, require_staff
from medlink.i18n import tr

WAITING_SHOWN = 5
"""How many waiting tokens the screen lists per doctor."""


@dataclass(frozen=True)
class DoctorBoard:
    doctor_id: int
    doctor_name: str
    now_serving: int | None
    waiting: tuple[int, ...]


@dataclass(frozen=True)
class TokenBoard:
    day: date
    doctors: tuple[DoctorBoard, ...]
    signature: tuple[object, ...]
    """Changes whenever anything on the board changes (cheap change check for the screen)."""


@dataclass(frozen=True)
class CalledToken:
    doctor_id: int
    token_number: int
    appointment_id: int
    patient_name: str


TOKEN_ATTEMPTS = 20  # numbers tried in one check-in before it is retried as a whole


def clinic_day(session: Session, when: datetime) -> date:
    return when.astimezone(clinic_timezone(session)).date()


def issue_token(session: Session, appointment: Appointment, *, now: datetime) -> int:
    """Give a just-checked-in appointment the next token of its doctor's day (idempotent)."""
    existing = session.scalar(select(QueueToken.token_number).where(QueueToken.appointment_id == appointment.id))
    if existing is not None:
        return int(existing)
    day = clinic_day(session, appointment.starts_at)
    # The unique (doctor, day, number) key serialises the numbering: a number another workstation's
    # check-in took a moment ago fails this insert (on MariaDB after waiting for that check-in to
    # commit; on Galera as a conflict at commit, retried by the caller), and the next one is tried.
    # No lock on the doctor's row: every booking with that doctor reads it for its foreign key, so
    # bookings would queue behind each check-in (and on Galera abort it from another node).
    attempt = 1
    while True:
        last = session.scalar(select(func.max(QueueToken.token_number))
                              .where(QueueToken.doctor_id == appointment.doctor_id, QueueToken.day == day))
        number = int(last or 0) + 1
        try:
            with session.begin_nested():
                session.add(QueueToken(appointment_id=appointment.id, doctor_id=appointment.doctor_id, day=day,
                                       token_number=number, issued_at=now))
                session.flush()
            return number
        except IntegrityError:
            if attempt >= TOKEN_ATTEMPTS:
                raise  # told as a conflict with another workstation's change
            attempt += 1


@retry_on_contention
def token_for(db: Database, *, appointment_id: int) -> int | None:
    """The token number of an appointment (shown on the check-in confirmation and the slip)."""
    with db.read() as session:
        value = session.scalar(select(QueueToken.token_number).where(QueueToken.appointment_id == appointment_id))
        return int(value) if value is not None else None


@retry_on_contention
def call_next(db: Database, *, actor: Actor, doctor_id: int, now: datetime | None = None) -> CalledToken:
    """Front desk: call the lowest waiting token of the doctor's day in to the consulting room."""
    actor = authorize(db, require_staff, actor, "call patients in")
    now = now or utcnow()
    with db.transaction() as session:
        session.execute(select(Doctor.id).where(Doctor.id == doctor_id).with_for_update())
        day = clinic_day(session, now)
        row = session.execute(
            select(QueueToken, Appointment)
            .join(Appointment, Appointment.id == QueueToken.appointment_id)
            .where(QueueToken.doctor_id == doctor_id, QueueToken.day == day, QueueToken.called_at.is_(None),
                   Appointment.status == AppointmentStatus.CHECKED_IN.value)
            .order_by(QueueToken.token_number).limit(1)).first()
        if row is None:
            raise ValidationError("queue", tr("tokens", "Nobody is waiting for this doctor."))
        token, appointment = row
        token.called_at = now
        token.called_by_id = actor.user_id
        session.flush()
        audit.record(session, actor, "queue.call", entity="appointment", entity_id=appointment.id,
                     patient_id=appointment.patient_id, detail=f"token={token.token_number}")
        return CalledToken(doctor_id, token.token_number, appointment.id, appointment.patient.full_name)


@retry_on_contention
def recall_token(db: Database, *, actor: Actor, appointment_id: int, now: datetime | None = None) -> CalledToken:
    """Front desk: call a token again (the patient did not come in); it becomes the one shown as now serving."""
    actor = authorize(db, require_staff, actor, "call patients in")
    now = now or utcnow()
    with db.transaction() as session:
        token = session.scalar(select(QueueToken).where(QueueToken.appointment_id == appointment_id))
        if token is None:
            raise NotFound(tr("tokens", "That appointment has no token; check the patient in first."))
        appointment = session.get(Appointment, appointment_id)
        assert appointment is not None
        token.called_at = now
        token.called_by_id = actor.user_id
        session.flush()
        audit.record(session, actor, "queue.recall", entity="appointment", entity_id=appointment_id,
                     patient_id=appointment.patient_id, detail=f"token={token.token_number}")
        return CalledToken(token.doctor_id, token.token_number, appointment_id, appointment.patient.full_name)


@retry_on_contention
def token_board(db: Database, *, now: datetime | None = None) -> TokenBoard:
    """What the waiting-room screen shows: per doctor with tokens today, the token being seen and the next ones.

    Needs no sign-in (the screen runs unattended) and therefore returns no
    names of patients and no clinical data.
    """
    now = now or utcnow()
    with db.read() as session:
        day = clinic_day(session, now)
        rows = session.execute(
            select(QueueToken.doctor_id, Doctor.full_name, QueueToken.token_number, QueueToken.called_at,
                   Appointment.status)
            .join(Doctor, Doctor.id == QueueToken.doctor_id)
            .join(Appointment, Appointment.id == QueueToken.appointment_id)
            .where(QueueToken.day == day)
            .order_by(Doctor.full_name, QueueToken.doctor_id, QueueToken.token_number)).all()
    by_doctor: dict[int, tuple[str, list[tuple[int, datetime | None, str]]]] = {}
    for doctor_id, name, number, called_at, status in rows:
        by_doctor.setdefault(doctor_id, (name, []))[1].append((number, called_at, status))
    boards = []
    for doctor_id, (name, tokens) in by_doctor.items():
        called = [(c, n) for n, c, _s in tokens if c is not None]
        now_serving = max(called)[1] if called else None
        waiting = tuple(n for n, c, s in tokens if c is None and s == AppointmentStatus.CHECKED_IN.value)
        boards.append(DoctorBoard(doctor_id, name, now_serving, waiting[:WAITING_SHOWN]))
    signature = tuple((b.doctor_id, b.now_serving, b.waiting) for b in boards)
    return TokenBoard(day, tuple(boards), signature)
