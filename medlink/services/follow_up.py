"""Free follow-up visits: "a visit within N days of a paid consultation is free, up to M visits".

A common rule in Indian clinics (the fee's validity).  Each doctor sets their
own rule (:func:`set_follow_up_rule`; no rule by default).  The bill form's
draft lines apply it automatically: the consultation line of an eligible
follow-up costs nothing and says why, so the receipt shows it too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from medlink.db.models import Appointment, AppointmentStatus, Bill, BillLine, BillStatus, Doctor
from medlink.db.session import Database, retry_on_contention
from medlink.errors import NotFound, PermissionDenied, ValidationError
from medlink.services import audit
from medlink.services.actor import Actor
from medlink.services.clinic_settings import clinic_timezone
from medlink.services.permissions import authorize, require_practising_doctor, require_signed_in
from medlink.i18n import tr

MAX_DAYS = 90
MAX_VISITS = 10
_SEEN = (AppointmentStatus.CHECKED_IN.value, AppointmentStatus.COMPLETED.value)


@dataclass(frozen=True)
class FollowUpRule:
    doctor_id: int
    free_days: int | None
    free_visits: int

    @property
    def active(self) -> bool:
        return bool(self.free_days)


@dataclass(frozen=True)
class FollowUpStatus:
    """This appointment is a free follow-up of the paid visit on ``paid_visit_on``."""

    paid_visit_on: date
    free_days: int
    visit_number: int
    free_visits: int

    @property
    def sentence(self) -> str:
        return (f"Free follow-up {self.visit_number} of {self.free_visits} "
                f"(within {self.free_days} days of the paid visit on {self.paid_visit_on:%d-%m-%Y})")


@retry_on_contention
def set_follow_up_rule(db: Database, *, actor: Actor, doctor_id: int | None = None, free_days: int | None,
                       free_visits: int = 1) -> FollowUpRule:
    """A doctor sets their own rule (an administrator may set any doctor's). ``free_days`` None or 0: no rule."""
    actor = authorize(db, require_signed_in, actor)
    if free_days is not None and not 0 <= int(free_days) <= MAX_DAYS:
        raise ValidationError("follow_up_free_days", tr("follow_up", "Free follow-up days must be between 0 and {MAX_DAYS}.").format(MAX_DAYS=MAX_DAYS))
    if not 1 <= int(free_visits) <= MAX_VISITS:
        raise ValidationError("follow_up_free_visits", tr("follow_up", "Free follow-up visits must be between 1 and {MAX_VISITS}.").format(MAX_VISITS=MAX_VISITS))
    with db.transaction() as session:
        if actor.is_doctor:
            own = require_practising_doctor(session, actor)
            if doctor_id not in (None, own):
                raise PermissionDenied(tr("follow_up", "You can only set your own follow-up rule."))
            doctor_id = own
        elif not actor.is_admin:
            raise PermissionDenied(tr("follow_up", "Only the doctor or an administrator can set the follow-up rule."))
        doctor = session.get(Doctor, doctor_id) if doctor_id is not None else None
        if doctor is None:
            raise NotFound(tr("follow_up", "That doctor does not exist."))
        doctor.follow_up_free_days = int(free_days) if free_days else None
        doctor.follow_up_free_visits = int(free_visits)
        session.flush()
        audit.record(session, actor, "doctor.follow_up_rule", entity="doctor", entity_id=doctor.id,
                     detail=f"days={doctor.follow_up_free_days} visits={doctor.follow_up_free_visits}")
        return FollowUpRule(doctor.id, doctor.follow_up_free_days, doctor.follow_up_free_visits)


@retry_on_contention
def follow_up_rule(db: Database, *, doctor_id: int) -> FollowUpRule:
    with db.read() as session:
        doctor = session.get(Doctor, doctor_id)
        if doctor is None:
            raise NotFound(tr("follow_up", "That doctor does not exist."))
        return FollowUpRule(doctor.id, doctor.follow_up_free_days, doctor.follow_up_free_visits)


def follow_up_for(session: Session, appointment: Appointment) -> FollowUpStatus | None:
    """Whether ``appointment`` is a free follow-up under its doctor's rule (inside the caller's session).

    The paid visit is the patient's latest earlier appointment with the same
    doctor whose bill charged a consultation; the follow-ups counted are the
    visits (checked in or completed) after it and before this one.
    """
    doctor = appointment.doctor
    days = doctor.follow_up_free_days
    if not days:
        return None
    tz = clinic_timezone(session)
    window_start = appointment.starts_at - timedelta(days=days)
    paid = session.execute(
        select(Appointment.id, Appointment.starts_at)
        .join(Bill, Bill.appointment_id == Appointment.id)
        .join(BillLine, BillLine.bill_id == Bill.id)
        .where(Appointment.patient_id == appointment.patient_id, Appointment.doctor_id == appointment.doctor_id,
               Appointment.id != appointment.id, Appointment.starts_at < appointment.starts_at,
               Appointment.starts_at >= window_start, Bill.status != BillStatus.VOID.value,
               BillLine.category == "consultation", BillLine.unit_price_paise > 0)
        .order_by(Appointment.starts_at.desc()).limit(1)).first()
    if paid is None:
        return None
    paid_id, paid_at = paid
    used = int(session.scalar(
        select(func.count()).select_from(Appointment)
        .where(Appointment.patient_id == appointment.patient_id, Appointment.doctor_id == appointment.doctor_id,
               Appointment.id.not_in([paid_id, appointment.id]), Appointment.starts_at > paid_at,
               Appointment.starts_at < appointment.starts_at, Appointment.status.in_(_SEEN))) or 0)
    if used >= doctor.follow_up_free_visits:
        return None
    return FollowUpStatus(paid_at.astimezone(tz).date(), days, used + 1, doctor.follow_up_free_visits)
