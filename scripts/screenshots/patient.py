"""Screenshots of the patient window and the patient kiosk (offscreen, demo clinic in a temp folder).

    QT_QPA_PLATFORM=offscreen python scripts/screenshots/patient.py [out_dir]
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


def _scan_png() -> bytes:
    """A plausible-looking scan (grey gradient with a few shapes)."""
    from PIL import Image, ImageDraw, ImageFilter

    image = Image.new("L", (640, 800), 20)
    draw = ImageDraw.Draw(image)
    for i in range(0, 800, 4):
        draw.line([(0, i), (640, i)], fill=20 + int(30 * i / 800))
    draw.ellipse((120, 160, 300, 620), fill=150)
    draw.ellipse((340, 160, 520, 620), fill=150)
    draw.rectangle((300, 80, 340, 700), fill=200)
    for y in range(200, 600, 45):
        draw.arc((110, y, 530, y + 90), 200, 340, fill=220, width=6)
    image = image.filter(ImageFilter.GaussianBlur(6))
    out = io.BytesIO()
    image.convert("RGB").save(out, format="PNG")
    return out.getvalue()


def _one_page_pdf(title: str) -> bytes:
    """A real one-page PDF (uploads are parsed and checked)."""
    import io

    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.drawString(72, 760, title)
    page.save()
    return out.getvalue()


def _prepare():  # type: ignore[no-untyped-def]
    import keyring
    from sqlalchemy import select
    from zoneinfo import ZoneInfo

    from medlink.db.models import Appointment
    from medlink.db.session import Database
    from medlink.demo import demo_config, ensure_demo_clinic
    from medlink.scheduling import WorkingRange
    from medlink.security.secrets import DemoFileKeyring
    from medlink.services import accounts, appointments, billing, doctors, meetings, records

    keyring.set_keyring(DemoFileKeyring(__import__('tempfile').mkdtemp(prefix='medlink-shots-keyring-')))
    config, logins = ensure_demo_clinic(demo_config())
    db = Database(config.database_url)
    staff = accounts.authenticate(db, email=logins.staff, password=logins.password)
    patient = accounts.authenticate(db, email=logins.patients[0], password=logins.password)
    tz = ZoneInfo("Asia/Kolkata")
    today = datetime.now(tz).date()
    midnight = datetime.combine(today, time.min, tzinfo=tz)
    # Dr. Arjun Nair works every day (so "today" always has a visit for the kiosk) and has video links.
    arjun = accounts.authenticate(db, email=logins.doctors[1], password=logins.password)
    doctors.set_availability(db, actor=arjun, slot_minutes=15, ranges=[
        *(WorkingRange(d, time(9, 30), time(13, 0)) for d in range(7)),
        *(WorkingRange(d, time(17, 0), time(20, 0)) for d in range(7))])
    meetings.add_meet_link(db, actor=arjun, url="https://meet.google.com/kqd-xmrp-tav")
    slots = doctors.free_slots_for(db, doctor_id=arjun.doctor_id, first_day=today, days=1, now=midnight)
    today_visit = appointments.book_appointment(db, actor=patient, patient_id=patient.patient_id,
                                                doctor_id=arjun.doctor_id, starts_at=slots[len(slots) // 2],
                                                reason="Follow-up: blood sugar", now=midnight)
    later = doctors.free_slots_for(db, doctor_id=arjun.doctor_id, first_day=today + timedelta(days=3), days=1)
    appointments.book_appointment(db, actor=patient, patient_id=patient.patient_id, doctor_id=arjun.doctor_id,
                                  starts_at=later[4], mode="online", reason="Discuss lab results")
    records.upload_record(db, actor=patient, records_dir=config.records_dir, patient_id=patient.patient_id,
                          title="Chest X-ray (PA view)", record_type="imaging", record_date=today - timedelta(days=9),
                          filename="xray_chest.png", data=_scan_png())
    for n, (title, kind, days) in enumerate((("HbA1c and fasting sugar", "lab_report", 20),
                                             ("Prescription — Dr. Meera Rao", "prescription", 34))):
        pdf = _one_page_pdf(title)
        records.upload_record(db, actor=patient, records_dir=config.records_dir, patient_id=patient.patient_id,
                              title=title, record_type=kind, record_date=today - timedelta(days=days),
                              filename=f"report{n}.pdf", data=pdf)
    with db.read() as s:
        done = list(s.scalars(select(Appointment.id).where(Appointment.patient_id == patient.patient_id,
                                                           Appointment.status == "completed")
                              .order_by(Appointment.starts_at.desc()).limit(3)))
    for i, appointment_id in enumerate(done):
        lines = billing.draft_bill_lines(db, actor=staff, appointment_id=appointment_id)
        try:
            billing.issue_bill(db, actor=staff, records_dir=config.records_dir, appointment_id=appointment_id,
                               lines=lines[:2], paid=i > 0, payment_method="UPI" if i > 0 else None)
        except Exception:
            continue
    return config, db, patient, arjun, today_visit


def capture(out_dir: Path) -> list[Path]:
    """Build the demo clinic in a temp folder and save the patient / kiosk screens."""
    previous = os.environ.get("MEDLINK_DATA_DIR")
    with tempfile.TemporaryDirectory(prefix="medlink-shots-") as folder:
        os.environ["MEDLINK_DATA_DIR"] = folder
        try:
            return _capture(Path(out_dir))
        finally:
            if previous is None:
                os.environ.pop("MEDLINK_DATA_DIR", None)
            else:
                os.environ["MEDLINK_DATA_DIR"] = previous


def _capture(out_dir: Path) -> list[Path]:
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QApplication, QWidget

    from medlink.ui import tasks
    from medlink.ui.app import create_application
    from medlink.ui.context import AppContext
    from medlink.ui.patient.booking import SLOT_TAKEN_MESSAGE
    from medlink.ui.patient.sign_up import PatientSignUpDialog
    from medlink.ui.patient.window import PatientWindow
    from medlink.ui.style import KIOSK_EXTRA, STYLESHEET

    out_dir.mkdir(parents=True, exist_ok=True)
    app = create_application()
    app.setStyleSheet(STYLESHEET)
    tasks.set_synchronous(True)
    config, db, patient, arjun, _today_visit = _prepare()
    saved: list[Path] = []

    def settle() -> None:
        for _ in range(5):
            QApplication.processEvents()

    def shot(widget: QWidget, name: str, window: bool = True) -> None:
        settle()
        saved.append(save(widget, out_dir / f"{name}.png", window=window))

    try:
        ctx = AppContext(db=db, config=config, actor=patient)
        window = PatientWindow(ctx, patient)
        window.resize(*SIZE)
        window.show()
        shot(window, "patient_appointments")

        page = window.show_page("doctors")
        shot(window, "patient_find_doctor")
        page.table.selectRow(0)
        page.view_profile()
        profile = page.profile_dialog
        assert profile is not None
        shot(profile, "patient_doctor_profile", window=False)
        profile.reject()

        booking = window.book(arjun.doctor_id, arjun.display_name)
        day = datetime.now(window.tz).date() + timedelta(days=1)
        booking.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        buttons = booking.slot_buttons()
        if buttons:
            buttons[min(5, len(buttons) - 1)].click()
        booking.reason.setPlainText("Fever and cough for three days")
        shot(booking, "patient_booking", window=False)
        booking.show_message(SLOT_TAKEN_MESSAGE)
        shot(booking, "patient_booking_slot_taken", window=False)
        booking.message.setVisible(False)
        booking.confirm()
        shot(booking, "patient_booking_done", window=False)
        booking.accept()

        appointments_page = window.show_page("appointments")
        online = next((a for a in appointments_page.upcoming_model.rows if a.is_online), None)
        if online:
            appointments_page.select_appointment(online.id)
        shot(window, "patient_appointments_online")

        records_page = window.show_page("records")
        for row, record in enumerate(records_page.model.rows):
            if record.is_image:
                records_page.table.selectRow(row)
        shot(window, "patient_records")
        records_page.open_selected()
        viewer = getattr(records_page, "viewer", None)
        if viewer is not None:  # the X-ray, shown from memory
            shot(viewer, "viewer", window=False)
            viewer.close()
        upload = records_page.open_upload()
        upload.set_file(str(Path.home() / "Downloads" / "lipid_profile_march.pdf"))
        shot(upload, "patient_record_upload", window=False)
        upload.reject()

        bills_page = window.show_page("bills")
        shot(window, "patient_bills")
        if bills_page.model.rows:
            bills_page.table.selectRow(0)
            bills_page.print_receipt()
            preview = getattr(bills_page, "print_preview", None)
            if preview is not None:
                from medlink.vocabulary import PaperSize

                shot(preview, "print_preview_receipt_a4", window=False)
                preview.choose_paper(PaperSize.A5)
                shot(preview, "print_preview_receipt_a5", window=False)
                preview.choose_paper(PaperSize.ROLL_80MM)
                shot(preview, "print_preview_receipt_roll", window=False)
                preview.close()
        window.show_page("profile")
        shot(window, "patient_profile")
        window.show_page("family")
        shot(window, "patient_family")
        from medlink.ui.password_dialog import ChangePasswordDialog

        password = ChangePasswordDialog(ctx, window)
        shot(password, "change_password", window=False)
        password.reject()
        window.sign_out()
        window.close()

        sign_up = PatientSignUpDialog(AppContext(db=db, config=config), None)
        sign_up.show()
        f = sign_up.fields
        f.full_name.setText("Kavitha Raman")
        f.phone.setText("12345")
        f.email.setText("kavitha@example")
        f.date_of_birth.setText("12-04-1990")
        f.state.setCurrentIndex(f.state.findData("Karnataka"))
        f.validate_field("phone")
        f.validate_field("email")
        f.validate_field("gender")  # the real sentence, in the window's language
        shot(sign_up, "patient_sign_up", window=False)
        sign_up.reject()

        # --- kiosk ---------------------------------------------------------------------------
        app.setStyleSheet(STYLESHEET + KIOSK_EXTRA)
        import dataclasses

        inbox = Path(config.records_dir).parent / "kiosk-usb"
        (inbox / "Reports").mkdir(parents=True, exist_ok=True)
        (inbox / "Reports" / "Thyroid profile Feb.pdf").write_bytes(b"%PDF-1.4 demo")
        (inbox / "ECG scan.jpg").write_bytes(b"\xff\xd8\xff demo")
        kiosk_config = dataclasses.replace(config, kiosk_inbox=inbox)
        kiosk_ctx = AppContext(db=db, config=kiosk_config, kiosk=True, actor=patient)
        kiosk = PatientWindow(kiosk_ctx, patient)
        kiosk.resize(*SIZE)
        kiosk.show()
        shot(kiosk, "kiosk_check_in")
        page = kiosk.stack.currentWidget()
        check_in = getattr(page, "check_in", None)
        if check_in and getattr(page, "items", None):
            check_in(page.items[0])
        shot(kiosk, "kiosk_checked_in")
        if getattr(page, "items", None):
            upload = page.upload_for(page.items[0])
            upload.browse()
            picker = upload.file_dialog
            if picker is not None:
                shot(picker, "kiosk_upload_picker", window=False)
                picker.reject()
            upload.reject()
        kiosk._idle_warning(12)
        shot(kiosk, "kiosk_idle_warning")
        kiosk.idle_banner.setVisible(False)
        kiosk.show_page("doctors")
        shot(kiosk, "kiosk_find_doctor")
        for key in ("appointments", "records", "prescriptions", "bills", "profile", "family"):
            kiosk.show_page(key)
            shot(kiosk, f"kiosk_{key}")
        from medlink.ui.kiosk_exit import KioskExitDialog

        leave = KioskExitDialog(kiosk_ctx, kiosk)
        shot(leave, "kiosk_exit", window=False)
        leave.reject()
        kiosk.sign_out()
        kiosk.close()
        app.setStyleSheet(STYLESHEET)
    finally:
        tasks.set_synchronous(False)
        db.dispose()
    return saved


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "docs" / "screenshots"
    raise SystemExit(finish(capture(target)))
