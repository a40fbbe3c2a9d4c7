"""Screenshots of the clinical record screens at 1366×768 (offscreen, a demo clinic in a temp folder).

    QT_QPA_PLATFORM=offscreen python scripts/screenshots/clinical.py [out_dir]

Readings, the kiosk's danger advice, Prescriptions & results, Needs attention, the chart's
Readings / Allergies & problems / Labs tabs, the prescription dialog's allergy warning, and the
flowsheet PDF (via pdftoppm).
"""

from __future__ import annotations

import math
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import datetime, time, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from common import SCREEN as SIZE
from common import finish, optimise, save


def _prepare():  # type: ignore[no-untyped-def]
    import keyring
    from zoneinfo import ZoneInfo

    from medlink.db.session import Database
    from medlink.db.types import utcnow
    from medlink.demo import demo_config, ensure_demo_clinic
    from tests.support.keyrings import MemoryKeyring
    from medlink.services import accounts, allergies, appointments, doctors, labs, measurements, prescriptions

    keyring.set_keyring(MemoryKeyring())
    config, logins = ensure_demo_clinic(demo_config())
    db = Database(config.database_url)
    admin = accounts.authenticate(db, email=logins.admin, password=logins.password)
    staff = accounts.authenticate(db, email=logins.staff, password=logins.password)
    doctor = accounts.authenticate(db, email=logins.doctors[0], password=logins.password)
    patient = accounts.authenticate(db, email=logins.patients[0], password=logins.password)
    other = accounts.authenticate(db, email=logins.patients[1], password=logins.password)
    labs.install_starter_catalogue(db, actor=admin)
    tz = ZoneInfo("Asia/Kolkata")
    today = datetime.now(tz).date()
    midnight = datetime.combine(today, time.min, tzinfo=tz)
    visits = []
    for who in (patient, other):
        slot = doctors.free_slots_for(db, doctor_id=doctor.doctor_id, first_day=today, days=2, now=midnight)[len(visits)]
        visits.append(appointments.book_appointment(db, actor=staff, patient_id=who.patient_id,
                                                    doctor_id=doctor.doctor_id, starts_at=slot,
                                                    reason="Diabetes and blood pressure review", now=midnight))
    pid = patient.patient_id
    measurements.set_monitoring_plan(db, actor=doctor, patient_id=pid, kind="blood_pressure", every_days=1,
                                     target_low=100, target_high=140, target_low2=60, target_high2=90,
                                     instructions="Morning, seated, after 5 minutes' rest")
    measurements.set_monitoring_plan(db, actor=doctor, patient_id=pid, kind="glucose_fasting", every_days=2,
                                     target_low=80, target_high=130, instructions="Before breakfast")
    measurements.set_monitoring_plan(db, actor=doctor, patient_id=other.patient_id, kind="weight", every_days=7)
    now = utcnow()
    measurements.record_measurement(db, actor=doctor, patient_id=pid, kind="height", value="162",
                                    measured_at=now - timedelta(days=90))
    for day in range(90, 0, -3):
        at = now - timedelta(days=day, hours=2)
        systolic = 138 + 10 * math.sin(day / 9) + (14 if day in (33, 12) else 0)
        diastolic = 86 + 5 * math.sin(day / 7)
        measurements.record_measurement(db, actor=patient, patient_id=pid, kind="blood_pressure",
                                        value=f"{systolic:.0f}/{diastolic:.0f}", measured_at=at,
                                        source="home" if day % 2 else "kiosk")
        measurements.record_measurement(db, actor=patient, patient_id=pid, kind="glucose_fasting",
                                        value=f"{122 + 18 * math.cos(day / 11):.0f}", measured_at=at)
        if day % 15 == 0:
            measurements.record_measurement(db, actor=patient, patient_id=pid, kind="weight",
                                            value=f"{71 - day / 60:.1f}", measured_at=at)
    measurements.record_measurement(db, actor=patient, patient_id=pid, kind="glucose_fasting", value="174",
                                    source="kiosk")
    measurements.record_measurement(db, actor=other, patient_id=other.patient_id, kind="weight", value="80",
                                    measured_at=now - timedelta(days=12))
    measurements.record_measurement(db, actor=other, patient_id=other.patient_id, kind="weight", value="75.6")
    measurements.check_overdue_readings(db, now=now + timedelta(days=9))
    allergies.add_allergy(db, actor=doctor, patient_id=pid, substance="Penicillin", reaction="Hives, lip swelling",
                          severity="severe")
    allergies.add_allergy(db, actor=doctor, patient_id=pid, substance="Ibuprofen", reaction="Wheeze",
                          severity="moderate")
    allergies.add_problem(db, actor=doctor, patient_id=pid, icd10_code="E11.9", note="Since 2019")
    allergies.add_problem(db, actor=doctor, patient_id=pid, icd10_code="I10")
    catalogue = {t.code: t.id for t in labs.list_lab_catalogue(db, actor=doctor)}
    orders = labs.order_lab_tests(db, actor=doctor, appointment_id=visits[0].id,
                                  lab_test_ids=[catalogue["HBA1C"], catalogue["CREAT"], catalogue["CBC"]])
    labs.enter_lab_result(db, actor=staff, order_id=orders[0].id, value="7.6")
    labs.enter_lab_result(db, actor=staff, order_id=orders[1].id, value="0.9")
    prescriptions.write_prescription(
        db, actor=doctor, records_dir=config.records_dir, appointment_id=visits[0].id,
        items=[prescriptions.PrescriptionItemInput("Metformin", "500 mg", "1 tablet", "1-0-1", "30 days", "After food"),
               prescriptions.PrescriptionItemInput("Amlodipine", "5 mg", "1 tablet", "1-0-0", "30 days", None)],
        advice="Walk 30 minutes daily; less salt.", follow_up_on=today + timedelta(days=30))
    return db, config, doctor, patient, visits


def _logins():  # type: ignore[no-untyped-def]
    from medlink.demo import demo_config, ensure_demo_clinic

    return ensure_demo_clinic(demo_config())[1]


def capture(out_dir: Path) -> list[Path]:
    tmp = tempfile.mkdtemp(prefix="medlink-shots-clinical-")
    os.environ["MEDLINK_DATA_DIR"] = tmp
    from medlink.services import measurements
    from medlink.ui import tasks
    from medlink.ui.app import create_application
    from medlink.ui.context import AppContext
    from medlink.ui.doctor.prescription_dialog import PrescriptionDialog
    from medlink.ui.doctor.window import DoctorWindow
    from medlink.ui.patient.window import PatientWindow
    from medlink.ui.style import KIOSK_EXTRA, STYLESHEET

    app = create_application()
    app.setStyleSheet(STYLESHEET)
    tasks.set_synchronous(True)
    db, config, doctor, patient, visits = _prepare()
    out_dir.mkdir(parents=True, exist_ok=True)
    shots: list[Path] = []

    def grab(widget, name: str, window: bool = True) -> None:  # type: ignore[no-untyped-def]
        widget.show()
        for _ in range(5):
            app.processEvents()
        shots.append(save(widget, out_dir / f"{name}.png", window=window))

    # patient window (home)
    window = PatientWindow(AppContext(db=db, config=config, actor=patient), patient)
    window.resize(*SIZE)
    page = window.show_page("readings")
    page.trend_kind.setCurrentIndex(page.trend_kind.findData("blood_pressure"))
    grab(window, "patient_my_readings")
    docs = window.show_page("prescriptions")
    grab(window, "patient_prescriptions")
    docs.tabs.setCurrentIndex(1)
    grab(window, "patient_lab_results")
    window.sign_out()
    window.close()

    # kiosk: a dangerous reading
    app.setStyleSheet(STYLESHEET + KIOSK_EXTRA)
    kiosk = PatientWindow(AppContext(db=db, config=config, actor=patient, kiosk=True), patient)
    kiosk.resize(*SIZE)
    page = kiosk.show_page("readings")
    page.kind.setCurrentIndex(page.kind.findData("glucose_random"))
    page.value.setText("48")
    page.save_reading()
    grab(kiosk, "kiosk_my_readings_danger")
    page.kind.setCurrentIndex(page.kind.findData("blood_pressure"))
    page.value.setText("1200/80")
    page.save_reading()
    grab(kiosk, "kiosk_my_readings_typo")
    kiosk.sign_out()
    kiosk.close()
    app.setStyleSheet(STYLESHEET)

    # doctor
    doctor_window = DoctorWindow(AppContext(db=db, config=config, actor=doctor), doctor)
    doctor_window.resize(*SIZE)
    doctor_window.show_page("attention")
    grab(doctor_window, "doctor_needs_attention")
    doctor_window.show_patient(patient.patient_id)
    chart = doctor_window.page("patients")
    chart.tabs.setCurrentIndex(chart.readings_tab_index)
    chart.readings.trend_kind.setCurrentIndex(chart.readings.trend_kind.findData("glucose_fasting"))
    grab(doctor_window, "doctor_chart_readings")
    chart.tabs.setCurrentIndex(chart.allergies_tab_index)
    chart.allergies_tab.icd_search.setText("diab")
    chart.allergies_tab.search_icd()
    grab(doctor_window, "doctor_chart_allergies_problems")
    chart.tabs.setCurrentIndex(chart.labs_tab_index)
    grab(doctor_window, "doctor_chart_labs")

    appointment = next(a for a in chart.chart.appointments if a.id == visits[0].id)
    dialog = PrescriptionDialog(AppContext(db=db, config=config, actor=doctor), doctor, appointment, chart.tz)
    dialog.rows[0]["medicine"].setText("Amoxicillin")
    dialog.rows[0]["strength"].setText("500 mg")
    dialog.rows[0]["dose"].setText("1 capsule")
    dialog.rows[0]["frequency"].setText("1-1-1")
    dialog.rows[0]["duration"].setText("5 days")
    dialog.save()
    grab(dialog, "doctor_prescription_allergy_warning", window=False)
    dialog.close()
    doctor_window.close()

    # front desk: vitals at a visit
    from medlink.services import accounts
    from medlink.ui.staff.window import StaffWindow

    staff = accounts.authenticate(db, email=_logins().staff, password=_logins().password)
    staff_window = StaffWindow(AppContext(db=db, config=config, actor=staff), staff)
    staff_window.resize(*SIZE)
    staff_page = staff_window.show_page("patients")
    staff_page.open_patient(patient.patient_id)
    vitals = staff_page.open_vitals()
    vitals.panel.kind.setCurrentIndex(vitals.panel.kind.findData("temperature"))
    vitals.panel.unit.setCurrentIndex(vitals.panel.unit.findData("°F"))
    vitals.panel.value.setText("100.8")
    vitals.panel.save_reading()
    vitals.panel.trend_kind.setCurrentIndex(vitals.panel.trend_kind.findData("temperature"))
    grab(vitals, "staff_vitals", window=False)
    vitals.close()
    staff_window.close()

    pdf = Path(tmp) / "flowsheet.pdf"
    pdf.write_bytes(measurements.flowsheet_pdf(db, actor=doctor, patient_id=patient.patient_id))
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "1", str(pdf),
                        str(out_dir / "flowsheet")], check=True)
        produced = out_dir / "flowsheet-1.png"
        if produced.exists():
            produced.replace(out_dir / "flowsheet.png")
            optimise(out_dir / "flowsheet.png")
            shots.append(out_dir / "flowsheet.png")
    return shots


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "docs" / "screenshots"
    raise SystemExit(finish(capture(target)))
