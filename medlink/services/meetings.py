"""Google Meet links for online consultations.

A doctor keeps one personal room link or a pool of links.  Where links come
from is behind :class:`MeetingLinkProvider`, so a Google Calendar / Meet API
provider can be added later without touching the callers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from medlink.db.models import Appointment, AppointmentMode, DoctorMeetLink, VideoCall
from medlink.db.session import Database, retry_on_contention
from medlink.db.types import utcnow
from medlink.errors import NotFound, ValidationError
from medlink.mail import events
from medlink.services import audit
from medlink.services.actor import Actor
from medlink.services.permissions import require_practising_doctor
from medlink.i18n import tr

MEET_LINK_RE = re.compile(r"^https://meet\.google\.com/([a-z]{3}-[a-z]{4}-[a-z]{3})$")
NEW_MEETING_URL = "https://meet.google.com/new"


def validate_meet_link(url: str | None, *, field: str = "meet_link") -> str:
    """``https://meet.google.com/abc-defg-hij`` (query strings such as ?authuser are dropped)."""
    text = (url or "").strip()
    if text.startswith("meet.google.com/"):
        text = "https://" + text
    text = text.split("?", 1)[0].split("#", 1)[0].rstrip("/")
    match = MEET_LINK_RE.match(text.lower()) if text.lower().startswith("https://meet.google.com/") else None
    if not match:
        raise ValidationError(field, tr("meetings", "A Google Meet link looks like https://meet.google.com/abc-defg-hij."))
    return f"https://meet.google.com/{match.group(1)}"


class MeetingLinkProvider(Protocol):
    """Gives the link for a new online appointment, or None if none is available yet."""

    def link_for(self, session: Session, appointment: Appointment) -> str | None: ...


class DoctorLinkPool:
    """The doctor's personal room if set, else the least-used link of their pool."""

    def link_for(self, session: Session, appointment: Appointment) -> str | None:
        links = session.scalars(select(DoctorMeetLink).where(DoctorMeetLink.doctor_id == appointment.doctor_id)
                                .order_by(DoctorMeetLink.is_personal_room.desc(), DoctorMeetLink.id)).all()
        if not links:
            return None
        if links[0].is_personal_room:
            return links[0].url
        usage = dict(session.execute(
            select(VideoCall.meet_link, func.count()).join(Appointment, Appointment.id == VideoCall.appointment_id)
            .where(Appointment.doctor_id == appointment.doctor_id, Appointment.slot_claim == 1,
                   VideoCall.meet_link.in_([link.url for link in links]))
            .group_by(VideoCall.meet_link)).all())
        return min(links, key=lambda link: (usage.get(link.url, 0), link.id)).url


default_provider: MeetingLinkProvider = DoctorLinkPool()


def assign_link(session: Session, appointment: Appointment, provider: MeetingLinkProvider | None = None) -> VideoCall:
    """Create the video-call row of an online appointment (link may still be missing)."""
    link = (provider or default_provider).link_for(session, appointment)
    call = appointment.video_call
    if call is None:
        call = VideoCall(appointment_id=appointment.id)
        session.add(call)
        appointment.video_call = call
    call.meet_link = link
    call.assigned_at = utcnow() if link else None
    return call


@dataclass(frozen=True)
class MeetLinkView:
    id: int
    url: str
    is_personal_room: bool
    created_at: datetime


@retry_on_contention
def list_meet_links(db: Database, *, actor: Actor) -> list[MeetLinkView]:
    with db.read() as session:
        doctor_id = require_practising_doctor(session, actor)
        rows = session.scalars(select(DoctorMeetLink).where(DoctorMeetLink.doctor_id == doctor_id)
                               .order_by(DoctorMeetLink.is_personal_room.desc(), DoctorMeetLink.id))
        return [MeetLinkView(r.id, r.url, r.is_personal_room, r.created_at) for r in rows]


@retry_on_contention
def add_meet_link(db: Database, *, actor: Actor, url: str, personal_room: bool = False) -> int:
    """Add a link; online appointments still waiting for one get it now (and their e-mail)."""
    clean = validate_meet_link(url)
    with db.transaction() as session:
        doctor_id = require_practising_doctor(session, actor)
        if session.scalar(select(DoctorMeetLink.id).where(DoctorMeetLink.doctor_id == doctor_id,
                                                          DoctorMeetLink.url == clean)):
            raise ValidationError("meet_link", tr("meetings", "This link is already in your list."))
        if personal_room:
            for other in session.scalars(select(DoctorMeetLink).where(DoctorMeetLink.doctor_id == doctor_id,
                                                                      DoctorMeetLink.is_personal_room.is_(True))):
                other.is_personal_room = False
        link = DoctorMeetLink(doctor_id=doctor_id, url=clean, is_personal_room=personal_room)
        session.add(link)
        session.flush()
        audit.record(session, actor, "meet_link.add", entity="doctor", entity_id=doctor_id)
        waiting = session.scalars(
            select(Appointment).join(VideoCall, VideoCall.appointment_id == Appointment.id)
            .where(Appointment.doctor_id == doctor_id, Appointment.slot_claim == 1,
                   Appointment.mode == AppointmentMode.ONLINE.value, VideoCall.meet_link.is_(None),
                   Appointment.starts_at > utcnow())).all()
        for appointment in waiting:
            assign_link(session, appointment)
            session.flush()
            events.meet_link_assigned(session, appointment)
        return link.id


@retry_on_contention
def remove_meet_link(db: Database, *, actor: Actor, link_id: int) -> None:
    with db.transaction() as session:
        doctor_id = require_practising_doctor(session, actor)
        link = session.get(DoctorMeetLink, link_id)
        if link is None or link.doctor_id != doctor_id:
            raise NotFound(tr("meetings", "That link is not in your list."))
        session.delete(link)
        audit.record(session, actor, "meet_link.remove", entity="doctor", entity_id=doctor_id)


@retry_on_contention
def appointments_waiting_for_link(db: Database, *, actor: Actor) -> int:
    with db.read() as session:
        doctor_id = require_practising_doctor(session, actor)
        return int(session.scalar(
            select(func.count()).select_from(Appointment).join(VideoCall, VideoCall.appointment_id == Appointment.id)
            .where(Appointment.doctor_id == doctor_id, Appointment.slot_claim == 1,
                   VideoCall.meet_link.is_(None), Appointment.starts_at > utcnow())) or 0)


@retry_on_contention
def set_personal_room(db: Database, *, actor: Actor, link_id: int) -> None:
    """Make one of the doctor's links their personal room (the others stay in the pool)."""
    with db.transaction() as session:
        doctor_id = require_practising_doctor(session, actor)
        link = session.get(DoctorMeetLink, link_id)
        if link is None or link.doctor_id != doctor_id:
            raise NotFound(tr("meetings", "That link is not in your list."))
        for other in session.scalars(select(DoctorMeetLink).where(DoctorMeetLink.doctor_id == doctor_id,
                                                                  DoctorMeetLink.is_personal_room.is_(True))):
            other.is_personal_room = False
        link.is_personal_room = True
        audit.record(session, actor, "meet_link.personal_room", entity="doctor", entity_id=doctor_id)
