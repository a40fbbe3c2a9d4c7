"""Builders for test data, through the real services (no rows poked in by hand)."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from medlink.db.session import Database
from medlink.scheduling import WorkingRange
from medlink.services import accounts, appointments, doctors, patients
from medlink.services.actor import Actor

PASSWORD = "correct-horse-42"
STAFF_PASSWORD = "staff-chosen-secret-7"
_counter = itertools.count(1)


@dataclass
class ClinicFactory:
    db: Database
    _admin: Actor | None = None

    @property
    def admin(self) -> Actor:
        if self._admin is None:
            self._admin = accounts.create_admin(self.db, email="admin@clinic.test", password=PASSWORD,
                                                full_name="Asha Admin")
        return self._admin

    def staff(self) -> Actor:
        n = next(_counter)
        accounts.create_staff(self.db, actor=self.admin, email=f"staff{n}@clinic.test", password=PASSWORD,
                              full_name=f"Sunil Staff {n}")
        first = accounts.authenticate(self.db, email=f"staff{n}@clinic.test", password=PASSWORD)
        # New staff accounts must choose their own password before anything else (enforced by the services).
        return accounts.change_password(self.db, actor=first, current_password=PASSWORD, new_password=STAFF_PASSWORD)

    def patient(self, name: str | None = None, *, email: str | None = None, phone: str | None = None) -> Actor:
        n = next(_counter)
        form = patients.PatientForm(
            full_name=name or f"Patient Number{n}", date_of_birth=date(1985, 5, 17), gender="Female",
            phone=phone or f"98{n:08d}", email=email or f"patient{n}@example.test", address="12 MG Road, Bengaluru",
            state="Karnataka", blood_group="O+",
        )
        return patients.sign_up_patient(self.db, form=form, password=PASSWORD)

    def doctor(self, name: str | None = None, *, speciality: str = "General Physician", verified: bool = True,
               hours: tuple[time, time] = (time(0, 0), time(23, 45)), slot_minutes: int = 15) -> Actor:
        """A doctor (verified by default) who works every day, all day, in 15-minute slots."""
        n = next(_counter)
        form = doctors.DoctorForm(
            full_name=name or f"Dr. Doctor Number{n}", email=f"doctor{n}@clinic.test", phone=f"97{n:08d}",
            registration_number=f"KMC-{n:05d}", qualifications="MBBS, MD", speciality=speciality,
            years_experience=10, hospital_name="MedLink Clinic", hospital_address="1 Residency Road, Bengaluru",
            languages="English, Hindi, Kannada",
        )
        actor = doctors.sign_up_doctor(self.db, form=form, password=PASSWORD)
        if not verified:
            return actor
        doctors.decide_verification(self.db, actor=self.admin, doctor_id=actor.doctor_id, approve=True)  # type: ignore[arg-type]
        actor = accounts.authenticate(self.db, email=form.email, password=PASSWORD)
        doctors.set_availability(self.db, actor=actor,
                                 ranges=[WorkingRange(d, hours[0], hours[1]) for d in range(7)],
                                 slot_minutes=slot_minutes)
        return actor

    def next_slots(self, doctor: Actor, count: int = 3, days_ahead: int = 1) -> list[datetime]:
        now = datetime.now(timezone.utc)
        first_day = (now + timedelta(days=days_ahead)).astimezone(_ist()).date()
        slots = doctors.free_slots_for(self.db, doctor_id=doctor.doctor_id, first_day=first_day, days=1)  # type: ignore[arg-type]
        if days_ahead >= 1:
            # "a later day" even just before midnight IST: a slot that starts within the hour (tomorrow's 00:00
            # at 23:59) would be in the past before a test that waits out a lock reaches it
            slots = [s for s in slots if s > now + timedelta(hours=1)]
        return slots[:count]

    def booking(self, patient: Actor, doctor: Actor, *, mode: str = "in_person", days_ahead: int = 1):  # type: ignore[no-untyped-def]
        slot = self.next_slots(doctor, 1, days_ahead)[0]
        return appointments.book_appointment(self.db, actor=patient, patient_id=patient.patient_id,  # type: ignore[arg-type]
                                             doctor_id=doctor.doctor_id, starts_at=slot, mode=mode,  # type: ignore[arg-type]
                                             reason="Fever for three days")


def _ist():  # type: ignore[no-untyped-def]
    from zoneinfo import ZoneInfo

    return ZoneInfo("Asia/Kolkata")
