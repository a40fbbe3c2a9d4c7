"""Screenshots of the waiting room (front desk) and the TV token screen, at 1366×768.

    QT_QPA_PLATFORM=offscreen python scripts/screenshots/front_desk.py [out_dir]
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from common import SCREEN as SIZE
from common import finish, save


def _clinic(folder: Path):  # type: ignore[no-untyped-def]
    from medlink.config import AppConfig
    from medlink.db import migrate
    from medlink.db.session import Database
    from medlink.scheduling import WorkingRange
    from medlink.services import accounts, appointments, doctors, patients, tokens

    import keyring

    from medlink.security.secrets import DemoFileKeyring
    from medlink.services import clinic_key

    keyring.set_keyring(DemoFileKeyring(folder / "keyring"))  # invented data: a throwaway keyring
    db = Database(f"sqlite:///{folder / 'clinic.sqlite3'}")  # (the encrypted file is keyed from that keyring)
    migrate.upgrade(db)
    clinic_key.unlock(db)  # a new clinic makes its key, as on first start
    password = "screenshot-pass-42"
    admin = accounts.create_admin(db, email="admin@clinic.example", password=password, full_name="Asha Admin")
    names = [("Dr. Kavya Rao", "General Physician"), ("Dr. Arjun Mehta", "Paediatrician"),
             ("Dr. Fatima Sheikh", "Dermatologist")]
    doctor_actors = []
    for n, (name, speciality) in enumerate(names):
        form = doctors.DoctorForm(full_name=name, email=f"doc{n}@clinic.example", phone=f"98450{n:05d}",
                                  registration_number=f"KMC-{n + 1:05d}", qualifications="MBBS, MD",
                                  speciality=speciality, years_experience=12, hospital_name="MedLink Clinic",
                                  hospital_address="Bengaluru", languages="English, Hindi")
        actor = doctors.sign_up_doctor(db, form=form, password=password)
        doctors.decide_verification(db, actor=admin, doctor_id=actor.doctor_id, approve=True)  # type: ignore[arg-type]
        actor = accounts.authenticate(db, email=form.email, password=password)
        doctors.set_availability(db, actor=actor, ranges=[WorkingRange(d, time(0, 0), time(23, 45)) for d in range(7)],
                                 slot_minutes=15)
        doctor_actors.append(actor)
    now = datetime.now(timezone.utc)
    for d, doctor in enumerate(doctor_actors):
        slots = doctors.free_slots_for(db, doctor_id=doctor.doctor_id, first_day=now.date(), days=2)  # type: ignore[arg-type]
        slots = [s for s in slots if s > now][: 6 - d]
        for i, slot in enumerate(slots):
            form = patients.PatientForm(full_name=f"Patient {d}{i}", date_of_birth=date(1980, 1, 1 + i), gender="Female",
                                        phone=f"9{d}{i}0000000"[:10], address="Bengaluru", state="Karnataka")
            p = patients.register_walk_in(db, actor=admin, form=form)
            a = appointments.book_appointment(db, actor=admin, patient_id=p.id, doctor_id=doctor.doctor_id,
                                              starts_at=slot)
            appointments.check_in(db, actor=admin, appointment_id=a.id, now=slot - timedelta(minutes=5))
        for _ in range(min(2, len(slots) - 1)):
            tokens.call_next(db, actor=admin, doctor_id=doctor.doctor_id, now=slots[0])  # type: ignore[arg-type]
    config = AppConfig(database_url=str(db.url), records_dir=folder / "records", config_file=folder / "c.toml")
    return db, config, admin


def capture(out_dir: Path) -> list[Path]:
    from PySide6.QtWidgets import QApplication

    from medlink.ui import tasks
    from medlink.ui.app import create_application
    from medlink.ui.context import AppContext
    from medlink.ui.staff.waiting_room_page import WaitingRoomPage
    from medlink.ui.style import STYLESHEET
    from medlink.ui.token_screen import TokenScreenWindow

    app = QApplication.instance() or create_application()  # (the language of MEDLINK_LANGUAGE, as in the app)
    app.setStyleSheet(STYLESHEET)  # type: ignore[union-attr]
    tasks.set_synchronous(True)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory() as folder:
        db, config, admin = _clinic(Path(folder))
        page = WaitingRoomPage(AppContext(db=db, config=config, actor=admin))
        page.resize(*SIZE)
        page.refresh()
        page.show()
        app.processEvents()
        written.append(save(page, out_dir / "staff_waiting_room.png"))
        screen = TokenScreenWindow(AppContext(db=db, config=config), change_check_ms=None)
        screen.resize(*SIZE)
        screen.show()
        app.processEvents()
        written.append(save(screen, out_dir / "token_screen.png"))
        page.close()
        screen.close()
        db.dispose()
    tasks.set_synchronous(False)
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "docs" / "screenshots"
    raise SystemExit(finish(capture(target)))
