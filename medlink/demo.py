"""The demo clinic: a living clinic in a separate SQLite file for newcomers.

Created through the real services wherever the rules allow (sign-ups,
verification, availability, future bookings); past appointments are history
and are written directly, as an import from an older system would.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

from typing import TYPE_CHECKING

from medlink import paths
from medlink.config import AppConfig

if TYPE_CHECKING:  # pragma: no cover - the database layer is imported when the demo is built
    from medlink.db.session import Database

DEMO_PASSWORD = "medlink-demo"
ADMIN_EMAIL = "admin@demo.medlink"
STAFF_EMAIL = "frontdesk@demo.medlink"

DOCTORS = (
    ("Dr. Meera Rao", "Cardiologist", "MBBS, MD (Medicine), DM (Cardiology)", 18, "KMC-48211", "English, Kannada, Hindi"),
    ("Dr. Arjun Nair", "General Physician", "MBBS, MD (General Medicine)", 9, "KMC-51902", "English, Malayalam, Hindi"),
    ("Dr. Farah Siddiqui", "Dermatologist", "MBBS, MD (Dermatology)", 11, "KMC-47730", "English, Hindi, Urdu"),
    ("Dr. Vikram Singh", "Orthopaedist", "MBBS, MS (Orthopaedics)", 15, "KMC-39018", "English, Hindi, Punjabi"),
    ("Dr. Lakshmi Iyer", "Paediatrician", "MBBS, MD (Paediatrics)", 7, "KMC-60127", "English, Tamil, Kannada"),
    ("Dr. Rohan Mehta", "ENT", "MBBS, MS (ENT)", 6, "KMC-62290", "English, Gujarati, Hindi"),
)
PENDING_DOCTOR = ("Dr. Kavya Reddy", "Gynaecologist", "MBBS, MS (Obstetrics & Gynaecology)", 4, "KMC-70311", "English, Telugu")
PATIENTS = (
    ("Ravi Kumar", "ravi.kumar@demo.medlink", "9845012345", date(1982, 3, 14), "Male", "B+"),
    ("Priya Sharma", "priya.sharma@demo.medlink", "9880023456", date(1994, 7, 2), "Female", "O+"),
    ("Anil Deshpande", "anil.d@demo.medlink", "9900134567", date(1958, 11, 23), "Male", "A+"),
    ("Sneha Patil", "sneha.patil@demo.medlink", "9741045678", date(2001, 1, 30), "Female", "AB+"),
    ("Mohammed Irfan", "irfan.m@demo.medlink", "9632056789", date(1976, 6, 8), "Male", "O-"),
    ("Deepa Menon", "deepa.menon@demo.medlink", "9535067890", date(1989, 9, 19), "Female", "B-"),
)
REASONS = ("Fever and body ache", "Follow-up visit", "Skin rash on arms", "Knee pain while climbing stairs",
           "Chest discomfort on exertion", "Ear pain and blocked nose", "Routine check-up", "Persistent cough")


@dataclass(frozen=True)
class DemoLogins:
    admin: str
    staff: str
    doctors: tuple[str, ...]
    pending_doctor: str
    patients: tuple[str, ...]
    password: str = DEMO_PASSWORD

    def describe(self) -> str:
        lines = ["MedLink demo clinic", f"Password of every account: {self.password}", "",
                 f"  administrator : {self.admin}", f"  front desk    : {self.staff}"]
        lines += [f"  doctor        : {email}" for email in self.doctors]
        lines.append(f"  doctor, not yet verified : {self.pending_doctor}")
        lines += [f"  patient       : {email}" for email in self.patients]
        return "\n".join(lines)


def demo_folder() -> Path:
    folder = paths.data_dir() / "demo"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def demo_config() -> AppConfig:
    folder = demo_folder()
    return AppConfig(database_url=f"sqlite:///{folder / 'medlink-demo.sqlite3'}",
                     records_dir=folder / "medical_records", config_file=folder / "config.toml")


def use_demo_keyring_if_needed() -> None:
    """The demo runs on machines without a desktop keyring too (its data is invented)."""
    import keyring

    from medlink.security.secrets import DemoFileKeyring, system_keyring_usable

    if not system_keyring_usable():
        keyring.set_keyring(DemoFileKeyring(demo_folder()))


def demo_logins() -> DemoLogins:
    return DemoLogins(
        admin=ADMIN_EMAIL, staff=STAFF_EMAIL,
        doctors=tuple(_doctor_email(d[0]) for d in DOCTORS), pending_doctor=_doctor_email(PENDING_DOCTOR[0]),
        patients=tuple(p[1] for p in PATIENTS),
    )


def _doctor_email(name: str) -> str:
    return name.replace("Dr. ", "").lower().replace(" ", ".") + "@demo.medlink"


def ensure_demo_clinic(config: AppConfig | None = None, *, now: datetime | None = None) -> tuple[AppConfig, DemoLogins]:
    """Create the demo clinic if its database does not exist yet.

    The clinic is built in a side file and moved into place only once it is
    complete, so a build that fails half-way (a missing resource, a full disk,
    a killed process) leaves no demo behind that a later start or
    ``--demo --self-check`` would take for a finished one: the error reaches
    the caller and the next start builds it again from scratch.
    """
    from sqlalchemy.engine import make_url

    from medlink.db import cipher, migrate
    from medlink.db.session import Database
    from medlink.services import accounts

    config = config or demo_config()
    url = make_url(config.database_url)
    target = Path(url.database) if url.get_backend_name() == "sqlite" and url.database else None
    if target is not None and target.exists():
        db = Database(config.database_url)
        try:
            if migrate.needs_upgrade(db):
                migrate.upgrade(db)
        finally:
            db.dispose()
        return config, demo_logins()
    building = target.with_name(target.name + ".building") if target is not None else None
    if building is not None:
        building.unlink(missing_ok=True)
        cipher.sidecar_path(building).unlink(missing_ok=True)
    db = Database(url.set(database=str(building)) if building is not None else config.database_url)
    try:
        if migrate.needs_upgrade(db):
            migrate.upgrade(db)
        from medlink.services import clinic_key

        clinic_key.unlock(db)  # as open_database does: the audit chain is sealed with the clinic key
        if not accounts.has_admin(db):
            populate(db, now=now or datetime.now(timezone.utc), records_dir=config.records_dir)
    except BaseException:
        db.dispose()
        if building is not None:
            building.unlink(missing_ok=True)
            cipher.sidecar_path(building).unlink(missing_ok=True)
        raise
    db.dispose()
    if building is not None and target is not None:
        cipher.move_database(building, target)
    return config, demo_logins()


def populate(db: Database, *, now: datetime, seed: int = 7, records_dir: Path | None = None) -> None:
    from medlink.db.models import Appointment, AppointmentMode, AppointmentStatus
    from medlink.scheduling import WorkingRange
    from medlink.services import accounts, appointments, clinic_settings, doctors, patients

    rng = random.Random(seed)
    admin = accounts.create_admin(db, email=ADMIN_EMAIL, password=DEMO_PASSWORD, full_name="Asha Kulkarni")
    clinic_settings.update_settings(db, actor=admin, changes={
        "clinic_name": "MedLink Demo Clinic", "address": "14 Residency Road, Bengaluru 560025",
        "phone": "+91 80 4123 4567", "email": "care@demo.medlink", "gstin": "29AABFM1234K1ZC", "state": "Karnataka",
    })
    accounts.create_staff(db, actor=admin, email=STAFF_EMAIL, password=DEMO_PASSWORD, full_name="Sunil Gowda")
    _clear_first_login_flag(db, STAFF_EMAIL)
    tz = ZoneInfo("Asia/Kolkata")
    doctor_actors = []
    for name, speciality, quals, years, reg, langs in DOCTORS:
        email = _doctor_email(name)
        created = doctors.sign_up_doctor(db, password=DEMO_PASSWORD, form=doctors.DoctorForm(
            full_name=name, email=email, phone=f"98{rng.randrange(10**7, 10**8)}", registration_number=reg,
            qualifications=quals, speciality=speciality, years_experience=years,
            hospital_name="MedLink Demo Clinic", hospital_address="14 Residency Road, Bengaluru 560025",
            languages=langs, bio=f"{speciality} with {years} years of practice."))
        doctors.decide_verification(db, actor=admin, doctor_id=created.doctor_id, approve=True)  # type: ignore[arg-type]
        actor = accounts.authenticate(db, email=email, password=DEMO_PASSWORD)
        doctors.set_availability(db, actor=actor, slot_minutes=15, ranges=[
            *(WorkingRange(d, time(9, 30), time(13, 0)) for d in range(6)),
            *(WorkingRange(d, time(17, 0), time(20, 0)) for d in range(5)),
        ])
        doctor_actors.append(actor)
    name, speciality, quals, years, reg, langs = PENDING_DOCTOR
    doctors.sign_up_doctor(db, password=DEMO_PASSWORD, form=doctors.DoctorForm(
        full_name=name, email=_doctor_email(name), phone="9811122233", registration_number=reg,
        qualifications=quals, speciality=speciality, years_experience=years, hospital_name="City Women's Hospital",
        languages=langs))
    patient_actors = []
    for full_name, email, phone, dob, gender, blood in PATIENTS:
        patient_actors.append(patients.sign_up_patient(db, password=DEMO_PASSWORD, form=patients.PatientForm(
            full_name=full_name, email=email, phone=phone, date_of_birth=dob, gender=gender, blood_group=blood,
            address=f"{rng.randrange(1, 200)} {rng.choice(['MG Road', 'Indiranagar', 'Jayanagar', 'Koramangala'])}, Bengaluru",
            state="Karnataka", emergency_contact_name="Family member", emergency_contact_phone="9845099999")))
    # History: the last 60 days, written directly (the booking service refuses past times).
    with db.transaction() as session:
        for day_offset in range(60, 0, -1):
            day = (now.astimezone(tz) - timedelta(days=day_offset)).date()
            if day.weekday() == 6:
                continue
            for doctor in rng.sample(doctor_actors, 3):
                start = datetime.combine(day, time(9, 30), tzinfo=tz) + timedelta(minutes=15 * rng.randrange(0, 14))
                patient = rng.choice(patient_actors)
                status = rng.choices([AppointmentStatus.COMPLETED, AppointmentStatus.NO_SHOW, AppointmentStatus.CANCELLED],
                                     [85, 7, 8])[0]
                session.add(Appointment(
                    patient_id=patient.patient_id, doctor_id=doctor.doctor_id, starts_at=start,
                    ends_at=start + timedelta(minutes=15), mode=rng.choice(list(AppointmentMode)).value,
                    status=status.value, slot_claim=None if status is AppointmentStatus.CANCELLED else 1,
                    reason=rng.choice(REASONS), calendar_uid=f"{uuid.uuid4()}@medlink", calendar_sequence=0,
                    diagnosis="Viral fever" if status is AppointmentStatus.COMPLETED and rng.random() < 0.3 else None,
                ))
    # Upcoming: booked through the real service.
    for patient in patient_actors:
        doctor = rng.choice(doctor_actors)
        first_day = (now.astimezone(tz) + timedelta(days=1)).date()
        slots = doctors.free_slots_for(db, doctor_id=doctor.doctor_id, first_day=first_day, days=7, now=now)  # type: ignore[arg-type]
        if slots:
            appointments.book_appointment(db, actor=patient, patient_id=patient.patient_id,  # type: ignore[arg-type]
                                          doctor_id=doctor.doctor_id, starts_at=rng.choice(slots[:20]),  # type: ignore[arg-type]
                                          mode=rng.choice(list(AppointmentMode)), reason=rng.choice(REASONS), now=now)
    if records_dir is not None:
        _today(db, now=now, tz=tz, doctor_actors=doctor_actors, patient_actors=patient_actors,
               records_dir=records_dir)


#: Today in the demo clinic: (patient index, doctor index, minutes from now, what has happened).
_TODAY = (
    (0, 0, 75, "booked"),        # Ravi Kumar checks in at the kiosk later today
    (1, 1, -20, "checked_in"),   # token 1 of Dr. Arjun Nair, called in
    (2, 1, 10, "checked_in"),    # token 2, waiting
    (3, 0, 0, "checked_in"),     # token 1 of Dr. Meera Rao, waiting
    (4, 1, -120, "completed"),   # seen this morning, bill paid
    (5, 2, -90, "completed"),    # seen, bill not yet paid
    (3, 2, 150, "booked"),
    (5, 1, 210, "booked"),
)


def _today(db: Database, *, now: datetime, tz: ZoneInfo, doctor_actors: list, patient_actors: list,
           records_dir: Path) -> None:
    """Appointments today (some checked in with waiting-room tokens, one called in) and bills, so the
    front desk's Today, the queue, the waiting room and the kiosk check-in are not empty on first launch."""
    from medlink.db.models import Appointment, AppointmentStatus
    from medlink.services import accounts, appointments, billing, tokens

    staff = accounts.authenticate(db, email=STAFF_EMAIL, password=DEMO_PASSWORD)
    local = now.astimezone(tz)
    day_start = datetime.combine(local.date(), time.min, tzinfo=tz)
    last_start = day_start + timedelta(hours=23, minutes=45)
    quarter = local.replace(minute=local.minute - local.minute % 15, second=0, microsecond=0)
    taken: set[tuple[int, datetime]] = set()
    created: list[tuple[int, str, int]] = []  # (appointment id, state, doctor id)
    with db.transaction() as session:
        for patient_index, doctor_index, minutes, state in _TODAY:
            doctor, patient = doctor_actors[doctor_index], patient_actors[patient_index]
            start = min(max(quarter + timedelta(minutes=minutes), day_start), last_start)
            # a free quarter of this doctor's day, later if possible, else earlier (near midnight)
            candidates = [start + timedelta(minutes=15 * k) for k in range(96)] + \
                         [start - timedelta(minutes=15 * k) for k in range(1, 96)]
            start = next((c for c in candidates if day_start <= c <= last_start
                          and (doctor.doctor_id, c) not in taken), start)
            taken.add((doctor.doctor_id, start))
            row = Appointment(
                patient_id=patient.patient_id, doctor_id=doctor.doctor_id, starts_at=start,
                ends_at=start + timedelta(minutes=15), mode="in_person",
                status=(AppointmentStatus.COMPLETED if state == "completed" else AppointmentStatus.BOOKED).value,
                slot_claim=1, reason=REASONS[(patient_index + doctor_index) % len(REASONS)],
                calendar_uid=f"{uuid.uuid4()}@medlink", calendar_sequence=0,
                diagnosis="Viral fever" if state == "completed" else None)
            session.add(row)
            session.flush()
            created.append((row.id, state, doctor.doctor_id))
    billed: set[int] = set()
    for appointment_id, state, _doctor_id in created:
        if state == "checked_in":
            appointments.check_in(db, actor=staff, appointment_id=appointment_id, now=now)
        elif state == "completed":
            lines = billing.draft_bill_lines(db, actor=staff, appointment_id=appointment_id)
            paid = not billed
            billing.issue_bill(db, actor=staff, records_dir=records_dir, appointment_id=appointment_id,
                               lines=lines, paid=paid, payment_method="UPI" if paid else None)
            billed.add(appointment_id)
    arjun = doctor_actors[1].doctor_id
    if any(state == "checked_in" and doctor_id == arjun for _, state, doctor_id in created):
        tokens.call_next(db, actor=staff, doctor_id=arjun, now=now)


def _clear_first_login_flag(db: Database, email: str) -> None:
    from sqlalchemy import update

    from medlink.db.models import User

    with db.transaction() as session:
        session.execute(update(User).where(User.email_key == email).values(must_change_password=False))
