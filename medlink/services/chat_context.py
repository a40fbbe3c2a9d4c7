"""The chatbot's window onto the clinic: verified doctors, fees, and the signed-in
patient's own appointments and meeting links (nothing else)."""

from __future__ import annotations

from datetime import date, datetime, tzinfo

from medlink.chatbot.context import AppointmentBrief, DoctorBrief, MeetingBrief
from medlink.db.session import Database
from medlink.errors import MedLinkError
from medlink.services import appointments, clinic_settings, doctors, patients
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
        self._profile: tuple[date | None, str | None] | None = None

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
        """By the start of any part of the name: "Sharma", "Sunil" and "Dr Sunil Sh" all find
        "Dr. Sunil Sharma"."""
        fragment = " ".join(w for w in name_fragment.replace(".", " ").split() if w.lower() not in ("dr", "doctor"))
        if len(fragment) < 2:
            return []
        found = doctors.search_doctors(self._db, text=fragment, limit=limit)
        if len(found) < limit:
            wanted = fragment.casefold()
            seen = {c.id for c in found}
            for card in doctors.search_doctors(self._db, text="", limit=500, with_next_slot=False):
                words = card.full_name.replace(".", " ").casefold().split()
                if card.id not in seen and any(w.startswith(wanted) for w in words):
                    found += [c for c in doctors.search_doctors(self._db, text=card.full_name, limit=1)
                              if c.id == card.id]  # fmt: skip
                    seen.add(card.id)
                if len(found) >= limit:
                    break
        return self._briefs(found[:limit])

    def _load_profile(self) -> tuple[date | None, str | None]:
        if self._profile is None:
            self._profile = (None, None)
            if self._actor is not None and self._actor.patient_id is not None:
                try:
                    view = patients.get_patient(self._db, actor=self._actor, patient_id=self._actor.patient_id)
                    self._profile = (view.date_of_birth, view.gender)
                except MedLinkError:
                    pass
        return self._profile

    @property
    def patient_age_years(self) -> int | None:
        born, _ = self._load_profile()
        if born is None:
            return None
        today = datetime.now(self._tz).date()
        return today.year - born.year - ((today.month, today.day) < (born.month, born.day))

    @property
    def patient_sex(self) -> str | None:
        _, gender = self._load_profile()
        if not gender:
            return None
        g = gender.strip().casefold()
        return "female" if g.startswith(("f", "w")) else "male" if g.startswith("m") else "other"

    @property
    def patient_pregnant(self) -> bool:
        return False  # MedLink records no pregnancy status yet; the message says it

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


