"""The chatbot's window onto the clinic: verified doctors, fees, and the signed-in
patient's own appointments and meeting links (nothing else)."""

from __future__ import annotations

from datetime import tzinfo

from medlink.chatbot.context import AppointmentBrief, DoctorBrief, MeetingBrief
from medlink.db.session import Database
from medlink.services import appointments, clinic_settings, doctors
from medlink.services.actor import Actor


class DatabaseChatContext:
    """Implements :class:`medlink.chatbot.ChatContext` over the services.

    With ``actor=None`` (nobody signed in, e.g. the kiosk's sign-in screen) only
    the public directory is available.
    """

    def __init__(self, db: Database, actor: Actor | None) -> None:
        self._db = db
        self._actor = actor if actor is not None and actor.is_patient else None
        self._tz = clinic_settings.get_settings(db).tz

    @property
    def patient_name(self) -> str | None:
        return self._actor.display_name if self._actor else None

    @property
    def timezone(self) -> tzinfo:
        return self._tz

    def _briefs(self, cards: list[doctors.DoctorCard]) -> list[DoctorBrief]:
        return [DoctorBrief(doctor_id=c.id, name=c.full_name, speciality=c.speciality,
                            consultation_fee=c.consultation_fee, next_free_slot=c.next_free_slot) for c in cards]

    def doctors_by_speciality(self, speciality: str, limit: int = 3) -> list[DoctorBrief]:
        return self._briefs(doctors.search_doctors(self._db, speciality=speciality, limit=limit))

    def find_doctors_by_name(self, name_fragment: str, limit: int = 3) -> list[DoctorBrief]:
        return self._briefs(doctors.search_doctors(self._db, text=name_fragment, limit=limit))

    def specialities(self) -> list[str]:
        return doctors.specialities_in_use(self._db)

    def _upcoming(self) -> list[appointments.AppointmentView]:
        if self._actor is None or self._actor.patient_id is None:
            return []
        return [a for a in appointments.patient_appointments(self._db, actor=self._actor,
                                                             patient_id=self._actor.patient_id, upcoming=True)
                if a.is_active]

    def upcoming_meetings(self) -> list[MeetingBrief]:
        return [MeetingBrief(appointment_id=a.id, doctor_name=a.doctor_name, starts_at=a.starts_at,
                             meet_link=a.meet_link) for a in self._upcoming() if a.is_online]

    def upcoming_appointments(self) -> list[AppointmentBrief]:
        return [AppointmentBrief(appointment_id=a.id, doctor_name=a.doctor_name, speciality=a.speciality,
                                 starts_at=a.starts_at, mode=a.mode, status=a.status) for a in self._upcoming()]


