"""iCalendar (RFC 5545 / iTIP RFC 5546) invites for appointments.

One appointment is one calendar event for its whole life: the UID is
``appointment.calendar_uid`` and every change (reschedule, cancellation)
is sent with a higher ``SEQUENCE`` (the appointments service increments
``calendar_sequence``), so the patient's calendar updates the same entry.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from enum import Enum

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover - icalendar is imported when an invite is built
    from icalendar import vCalAddress

PRODID = "-//MedLink//Clinic appointments//EN"


class IcsMethod(str, Enum):
    REQUEST = "REQUEST"
    CANCEL = "CANCEL"


@dataclass(frozen=True)
class Invite:
    """What goes into one appointment invite."""

    uid: str
    sequence: int
    starts_at: datetime
    ends_at: datetime
    summary: str
    description: str
    location: str
    organizer_name: str
    organizer_email: str
    attendee_name: str
    attendee_email: str
    url: str | None = None


def _address(name: str, email: str, **params: str) -> vCalAddress:
    from icalendar import vCalAddress, vText

    address = vCalAddress(f"mailto:{email}")
    address.params["CN"] = vText(name)
    for key, value in params.items():
        address.params[key] = vText(value)
    return address


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("naive datetime in a calendar invite")
    return moment.astimezone(timezone.utc)


def build_ics(invite: Invite, method: IcsMethod, *, stamp: datetime) -> str:
    """The VCALENDAR text (CRLF line endings, as RFC 5545 requires)."""
    from icalendar import Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", method.value)
    event = Event()
    event.add("uid", invite.uid)
    event.add("sequence", invite.sequence)
    event.add("dtstamp", _utc(stamp))
    event.add("dtstart", _utc(invite.starts_at))
    event.add("dtend", _utc(invite.ends_at))
    event.add("summary", invite.summary)
    event.add("description", invite.description)
    if invite.location:
        event.add("location", invite.location)
    if invite.url:
        event.add("url", invite.url)
    event.add("organizer", _address(invite.organizer_name, invite.organizer_email))
    event.add("attendee", _address(invite.attendee_name, invite.attendee_email, ROLE="REQ-PARTICIPANT",
                                   PARTSTAT="NEEDS-ACTION", CUTYPE="INDIVIDUAL", RSVP="FALSE"))
    event.add("status", "CANCELLED" if method is IcsMethod.CANCEL else "CONFIRMED")
    event.add("transp", "OPAQUE")
    calendar.add_component(event)
    return calendar.to_ical().decode("utf-8")
