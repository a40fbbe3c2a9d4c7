"""What the patient kiosk needs beyond the ordinary patient services."""

from __future__ import annotations

from datetime import datetime, time, timedelta, timezone

from sqlalchemy import select

from medlink.db.models import Appointment, AppointmentStatus
from medlink.db.session import Database
from medlink.db.types import utcnow
from medlink.errors import PermissionDenied
from medlink.services import audit
from medlink.services.actor import Actor
from medlink.services.appointments import AppointmentView, _listing
from medlink.services.clinic_settings import clinic_timezone
from medlink.services.permissions import require_signed_in


def todays_appointments(db: Database, *, actor: Actor, now: datetime | None = None) -> list[AppointmentView]:
    """The signed-in patient's appointments today (clinic time), not cancelled, in time order.

    These are the appointments the kiosk offers for check-in (those still
    ``booked``) and shows as already checked in / done.
    """
    now = now or utcnow()
    with db.transaction() as session:
        actor = require_signed_in(session, actor)
        if not actor.is_patient or actor.patient_id is None:
            raise PermissionDenied("The kiosk check-in is for patients.")
        tz = clinic_timezone(session)
        day = now.astimezone(tz).date()
        start = datetime.combine(day, time.min, tzinfo=tz).astimezone(timezone.utc)
        query = (select(Appointment)
                 .where(Appointment.patient_id == actor.patient_id,
                        Appointment.starts_at >= start, Appointment.starts_at < start + timedelta(days=1),
                        Appointment.status != AppointmentStatus.CANCELLED.value)
                 .order_by(Appointment.starts_at))
        found = _listing(session, query)
        audit.record_disclosure(session, actor, "appointment.kiosk_today", [actor.patient_id],
                                detail=f"{len(found)} appointments")
        return found


def can_check_in(appointment: AppointmentView) -> bool:
    """Only a booked (not yet arrived, not finished) appointment can be checked in."""
    return appointment.status == AppointmentStatus.BOOKED.value


def can_cancel(appointment: AppointmentView, now: datetime | None = None) -> bool:
    """A patient may cancel an active appointment that has not started."""
    return appointment.is_active and appointment.starts_at > (now or utcnow())


def can_reschedule(appointment: AppointmentView, now: datetime | None = None) -> bool:
    """A patient may move a booked appointment that has not started."""
    return appointment.status == AppointmentStatus.BOOKED.value and appointment.starts_at > (now or utcnow())


def own_upload_ids(db: Database, *, actor: Actor) -> set[int]:
    """Ids of the records this user uploaded themself (the ones a patient may delete)."""
    from medlink.db.models import MedicalRecord

    with db.read() as session:
        actor = require_signed_in(session, actor)
        return set(session.scalars(select(MedicalRecord.id).where(MedicalRecord.uploaded_by_id == actor.user_id)))
