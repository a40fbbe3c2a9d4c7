"""Screenshots of the doctor window (offscreen, demo clinic in a temp folder).

    QT_QPA_PLATFORM=offscreen python scripts/screenshots/doctor.py [out_dir]
"""

from __future__ import annotations

import io
import os
import sys
import tempfile
from datetime import datetime, time, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from common import SCREEN as SIZE
from common import finish, save


def _png(colour: tuple[int, int, int]) -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (640, 480), (20, 20, 24))
    draw = ImageDraw.Draw(image)
    draw.ellipse((170, 60, 470, 420), outline=colour, width=14)
    draw.line((320, 60, 320, 420), fill=colour, width=8)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def _prepare():  # type: ignore[no-untyped-def]
    import keyring
    from zoneinfo import ZoneInfo

    from medlink.db.session import Database
    from medlink.demo import demo_config, ensure_demo_clinic
    from medlink.security.secrets import DemoFileKeyring
    from medlink.services import accounts, appointments, doctors, meetings, prescriptions, records

    keyring.set_keyring(DemoFileKeyring(__import__('tempfile').mkdtemp(prefix='medlink-shots-keyring-')))
    config, logins = ensure_demo_clinic(demo_config())
    db = Database(config.database_url)
    staff = accounts.authenticate(db, email=logins.staff, password=logins.password)
    doctor = accounts.authenticate(db, email=logins.doctors[0], password=logins.password)
    pending = accounts.authenticate(db, email=logins.pending_doctor, password=logins.password)
    tz = ZoneInfo("Asia/Kolkata")
    today = datetime.now(tz).date()
    midnight = datetime.combine(today, time.min, tzinfo=tz)
    patients = [accounts.authenticate(db, email=e, password=logins.password) for e in logins.patients]
    meetings.add_meet_link(db, actor=doctor, url="https://meet.google.com/kpr-wxqa-mno", personal_room=True)
    slots = doctors.free_slots_for(db, doctor_id=doctor.doctor_id, first_day=today, days=1, now=midnight)
    reasons = ["Chest discomfort on exertion", "Follow-up visit", "Breathlessness while walking",
               "Routine check-up", "Palpitations at night", "Blood pressure review"]
    booked = []
    for i, slot in enumerate(slots[: 2 * len(patients)][::2]):
        p = patients[i % len(patients)]
        try:
            booked.append(appointments.book_appointment(
                db, actor=staff, patient_id=p.patient_id, doctor_id=doctor.doctor_id, starts_at=slot,
                mode="online" if i % 3 == 1 else "in_person", reason=reasons[i % len(reasons)], now=midnight))
        except Exception:
            continue
    first = booked[0]
    records.upload_record(db, actor=patients[0], records_dir=config.records_dir, patient_id=first.patient_id,
                          title="ECG — resting", record_type="imaging", record_date=today - timedelta(days=3),
                          filename="ecg.png", data=_png((60, 220, 120)))
    records.upload_record(db, actor=patients[0], records_dir=config.records_dir, patient_id=first.patient_id,
                          title="Chest X-ray PA view", record_type="imaging", record_date=today - timedelta(days=20),
                          filename="xray.png", data=_png((220, 220, 220)))
    appointments.set_outcome(db, actor=doctor, appointment_id=first.id, status=appointments.AppointmentStatus.COMPLETED,
                             diagnosis="Stable angina", notes="BP 138/86. ECG: no acute changes.", now=first.ends_at)
    rx = prescriptions.write_prescription(
        db, actor=doctor, records_dir=config.records_dir, appointment_id=first.id,
        items=[prescriptions.PrescriptionItemInput("Aspirin", "75 mg", "1 tablet", "0-1-0", "30 days", "After lunch"),
               prescriptions.PrescriptionItemInput("Atorvastatin", "20 mg", "1 tablet", "0-0-1", "30 days", None)],
        lab_tests=["Lipid profile", "HbA1c"], advice="Walk 30 minutes daily.", follow_up_on=today + timedelta(days=30))
    if len(booked) > 2:
        appointments.set_outcome(db, actor=doctor, appointment_id=booked[2].id,
                                 status=appointments.AppointmentStatus.NO_SHOW, now=booked[2].ends_at)
    tomorrow = today + timedelta(days=1)
    morning = [s for s in doctors.free_slots_for(db, doctor_id=doctor.doctor_id, first_day=tomorrow, days=1)
               if s.astimezone(tz).time() < time(11, 0)]
    if morning:
        appointments.book_appointment(db, actor=staff, patient_id=patients[3].patient_id, doctor_id=doctor.doctor_id,
                                      starts_at=morning[0], reason="Routine check-up")
    return db, config, doctor, pending, first, booked, rx.id


def capture(out_dir: Path) -> list[Path]:
    tmp = tempfile.mkdtemp(prefix="medlink-shots-doctor-")
    os.environ["MEDLINK_DATA_DIR"] = tmp
    from PySide6.QtCore import QTime
    from PySide6.QtWidgets import QApplication

    from medlink.config import AppConfig
    from medlink.services import billing
    from medlink.ui import tasks
    from medlink.ui.app import create_application
    from medlink.ui.context import AppContext
    from medlink.ui.doctor.sign_up import DoctorSignUpDialog
    from medlink.ui.doctor.window import DoctorWindow
    from medlink.ui.style import STYLESHEET

    app = create_application()
    app.setStyleSheet(STYLESHEET)
    tasks.set_synchronous(True)
    db, config, doctor, pending, first, booked, rx_id = _prepare()
    out_dir.mkdir(parents=True, exist_ok=True)
    shots: list[Path] = []

    def grab(widget, name: str, window: bool = True) -> None:  # type: ignore[no-untyped-def]
        widget.show()
        for _ in range(5):
            app.processEvents()
        shots.append(save(widget, out_dir / f"doctor_{name}.png", window=window))

    ctx = AppContext(db=db, config=config, actor=doctor)
    window = DoctorWindow(ctx, doctor)
    window.resize(*SIZE)
    page = window.show_page("appointments")
    page.select_id(booked[1].id if len(booked) > 1 else first.id)
    grab(window, "today")
    page.tabs.setCurrentIndex(1)
    grab(window, "upcoming")
    page.tabs.setCurrentIndex(2)
    grab(window, "past")
    page.tabs.setCurrentIndex(3)
    grab(window, "week")
    page.tabs.setCurrentIndex(0)

    page.select_id(first.id)
    page.open_bill()
    bill = page.bill_dialog
    bill.add_line(billing.BillDraftLine("lab_test", "Lipid profile", 1, billing.Decimal("650.00")))
    bill.update_preview()
    grab(bill, "bill", window=False)
    bill.paid_now.setChecked(True)
    bill.method.setCurrentIndex(max(0, bill.method.findData("UPI")))
    bill.issue()
    grab(bill, "receipt_issued", window=False)
    # how an issued bill reads when its receipt PDF could not be stored (a full records folder)
    from dataclasses import replace

    assert bill.bill is not None
    from medlink.i18n import tr

    problem = tr("billing", "The receipt could not be saved in the records folder: {value}.").format(
        value="No space left on device")
    bill._show_issued(replace(bill.bill, receipt_pending=True, receipt_problem=problem))
    grab(bill, "receipt_pending", window=False)
    bill.close()

    page.select_id(booked[1].id if len(booked) > 1 else first.id)
    page.write_prescription()
    rx = page.prescription_dialog
    rx.rows[0]["medicine"].setText("Metoprolol")
    rx.rows[0]["strength"].setText("25 mg")
    rx.rows[0]["dose"].setText("1 tablet")
    rx.rows[0]["frequency"].setText("1-0-1")
    rx.rows[0]["duration"].setText("14 days")
    rx.rows[0]["instructions"].setText("Do not stop suddenly")
    second = rx.add_row()
    second["medicine"].setText("Pantoprazole")
    second["strength"].setText("40 mg")
    second["dose"].setText("1 tablet")
    second["frequency"].setText("1-0-0")
    second["duration"].setText("14 days")
    second["instructions"].setText("Before breakfast")
    rx.lab_tests.setPlainText("2D Echo\nTreadmill test")
    rx.advice.setPlainText("Low-salt diet. Avoid heavy exertion until the echo report.")
    rx.follow_check.setChecked(True)
    grab(rx, "prescription", window=False)
    rx.close()

    window.show_patient(first.patient_id, first.patient_name)
    grab(window, "patient_chart")
    chart = window.page("patients")
    for index, name in ((1, "chart_visits"), (2, "chart_prescriptions"), (3, "chart_bills")):
        chart.tabs.setCurrentIndex(index)
        grab(window, name)
    chart.tabs.setCurrentIndex(0)
    from medlink.ui.operations import printing as printing_ops

    printing_ops.print_lab_order(chart, ctx, doctor, prescription_id=rx_id)
    lab_order = getattr(chart, "print_preview", None)
    if lab_order is not None:
        lab_order.show()
        for _ in range(5):
            app.processEvents()
        shots.append(save(lab_order, out_dir / "print_preview_lab_order.png", window=False))
        lab_order.close()
    avail = window.show_page("availability")
    grab(window, "availability")
    # show the "outside your new hours" panel: move Monday–Saturday mornings later
    for day in avail.days:
        if day.ranges:
            day.ranges[0].start.setTime(QTime(11, 0))
    avail.save()
    grab(window, "availability_affected")
    for day in avail.days:
        if day.ranges:
            day.ranges[0].start.setTime(QTime(9, 30))
    avail.save()
    avail.show_affected([])
    window.show_page("links")
    grab(window, "meeting_links")
    window.show_page("fees")
    grab(window, "fees")
    window.show_page("profile")
    grab(window, "profile")
    window.close()

    pending_window = DoctorWindow(AppContext(db=db, config=config, actor=pending), pending)
    pending_window.resize(*SIZE)
    grab(pending_window, "pending")
    pending_window.close()

    dialog = DoctorSignUpDialog(AppContext(db=db, config=AppConfig(database_url=config.database_url,
                                                                    records_dir=config.records_dir,
                                                                    config_file=config.config_file)))
    dialog.form.full_name.setText("Dr. Sameer Khan")
    dialog.form.email.setText("sameer")
    dialog.form.password.setText("short")
    dialog.form.repeat.setText("short")
    dialog.register()
    grab(dialog, "sign_up", window=False)
    dialog.close()
    tasks.set_synchronous(False)
    db.dispose()
    QApplication.processEvents()
    return shots


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "docs" / "screenshots"
    raise SystemExit(finish(capture(target)))
