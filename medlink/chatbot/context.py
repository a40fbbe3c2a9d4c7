"""The chatbot's view of the clinic: doctors, fees and the logged-in patient's bookings.

The engine never touches the database. It asks a :class:`ChatContext` for the few
facts it needs. The real adapter (backed by the DB services) is written elsewhere;
:class:`StaticChatContext` is a plain in-memory implementation used by tests and demos.

All datetimes must be timezone-aware; the engine converts them to
``ChatContext.timezone`` before showing them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone, tzinfo
from decimal import Decimal
from typing import Protocol, runtime_checkable

__all__ = [
    "IST",
    "AppointmentBrief",
    "ChatContext",
    "DoctorBrief",
    "MeetingBrief",
    "StaticChatContext",
]

#: India Standard Time as a fixed offset (no tz database needed, works on Windows).
IST: tzinfo = timezone(timedelta(hours=5, minutes=30), "IST")


@dataclass(frozen=True)
class DoctorBrief:
    """A verified doctor as the chatbot shows it."""

    doctor_id: int
    name: str
    speciality: str
    consultation_fee: Decimal
    next_free_slot: datetime | None  # aware; None = no free slot in the booking horizon


@dataclass(frozen=True)
class MeetingBrief:
    """One of the patient's upcoming ONLINE appointments."""

    appointment_id: int
    doctor_name: str
    starts_at: datetime  # aware
    meet_link: str | None  # None = link not generated yet


@dataclass(frozen=True)
class AppointmentBrief:
    """One of the patient's upcoming appointments (any mode)."""

    appointment_id: int
    doctor_name: str
    speciality: str
    starts_at: datetime  # aware
    mode: str  # e.g. "online" / "in_person"
    status: str  # e.g. "confirmed" / "pending"


@runtime_checkable
class ChatContext(Protocol):
    """What the chatbot may ask the application.

    ``patient_name`` is ``None`` when nobody is logged in; then the patient-specific
    methods (:meth:`upcoming_meetings`, :meth:`upcoming_appointments`) are not called.
    Doctor look-ups must only return *verified* doctors. The members are declared as
    read-only properties, so both plain attributes and properties satisfy the protocol.
    """

    @property
    def patient_name(self) -> str | None: ...

    @property
    def timezone(self) -> tzinfo: ...

    def doctors_by_speciality(self, speciality: str, limit: int = 3) -> list[DoctorBrief]: ...

    def find_doctors_by_name(self, name_fragment: str, limit: int = 3) -> list[DoctorBrief]: ...

    def specialities(self) -> list[str]: ...

    def upcoming_meetings(self) -> list[MeetingBrief]: ...

    def upcoming_appointments(self) -> list[AppointmentBrief]: ...

    # --- the signed-in patient's profile (all None / False when unknown or signed out);
    # used only to route a question about the patient themself (age bands, pregnancy)
    @property
    def patient_age_years(self) -> int | None: ...

    @property
    def patient_sex(self) -> str | None: ...  # "female", "male", "other" or None

    @property
    def patient_pregnant(self) -> bool: ...


def _slot_key(doctor: DoctorBrief) -> tuple[int, datetime, str]:
    """Sort key: doctors with the earliest free slot first, no slot last, then by name."""
    if doctor.next_free_slot is None:
        return (1, datetime.max.replace(tzinfo=timezone.utc), doctor.name)
    return (0, doctor.next_free_slot, doctor.name)


def _plain_name(name: str) -> str:
    lowered = name.lower().replace(".", " ")
    words = [w for w in lowered.split() if w not in {"dr", "doctor"}]
    return " ".join(words)


def _matches_name(full: str, fragment: str) -> bool:
    """Any part of the name: "sharma" and "sunil sharma" match "sunil sharma"; "harm" does not."""
    return full.startswith(fragment) or f" {fragment}" in f" {full}"


@dataclass(frozen=True)
class StaticChatContext:
    """In-memory :class:`ChatContext` for tests, demos and the no-database case."""

    patient_name: str | None = None
    timezone: tzinfo = IST
    doctors: tuple[DoctorBrief, ...] = ()
    meetings: tuple[MeetingBrief, ...] = ()
    appointments: tuple[AppointmentBrief, ...] = field(default=())
    patient_age_years: int | None = None
    patient_sex: str | None = None
    patient_pregnant: bool = False

    def doctors_by_speciality(self, speciality: str, limit: int = 3) -> list[DoctorBrief]:
        wanted = speciality.strip().casefold()
        found = [d for d in self.doctors if d.speciality.casefold() == wanted]
        return sorted(found, key=_slot_key)[: max(limit, 0)]

    def find_doctors_by_name(self, name_fragment: str, limit: int = 3) -> list[DoctorBrief]:
        """Doctors whose name has a word starting with *name_fragment* (surname, first name…)."""
        fragment = _plain_name(name_fragment)
        if not fragment:
            return []
        found = [d for d in self.doctors if _matches_name(_plain_name(d.name), fragment)]
        return sorted(found, key=_slot_key)[: max(limit, 0)]

    def specialities(self) -> list[str]:
        return sorted({d.speciality for d in self.doctors})

    def upcoming_meetings(self) -> list[MeetingBrief]:
        if self.patient_name is None:
            return []
        return sorted(self.meetings, key=lambda m: m.starts_at)

    def upcoming_appointments(self) -> list[AppointmentBrief]:
        if self.patient_name is None:
            return []
        return sorted(self.appointments, key=lambda a: a.starts_at)
