"""Screenshots of the front-desk / administrator window (offscreen, demo clinic in a temp folder).

    QT_QPA_PLATFORM=offscreen python scripts/screenshots/staff.py [out_dir]
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime, time, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from common import SCREEN as SIZE
from common import finish, save


def _prepare_clinic():  # type: ignore[no-untyped-def]
    """The demo clinic, plus today's queue, bills for past visits and a failed e-mail."""
    import keyring
    from sqlalchemy import select, update
    from zoneinfo import ZoneInfo

    from medlink.db.models import Appointment, Bill, OutboxMessage
    from medlink.db.session import Database
    from medlink.demo import demo_config, ensure_demo_clinic
    from medlink.security.secrets import DemoFileKeyring
    from medlink.services import accounts, appointments, billing, doctors

    keyring.set_keyring(DemoFileKeyring(__import__('tempfile').mkdtemp(prefix='medlink-shots-keyring-')))
    config, logins = ensure_demo_clinic(demo_config())
    db = Database(config.database_url)
    admin = accounts.authenticate(db, email=logins.admin, password=logins.password)
    staff = accounts.authenticate(db, email=logins.staff, password=logins.password)
    tz = ZoneInfo("Asia/Kolkata")
    today = datetime.now(tz).date()
    midnight = datetime.combine(today, time.min, tzinfo=tz)
    with db.read() as s:
        patient_ids = list(s.scalars(select(Appointment.patient_id).distinct()))
    cards = doctors.search_doctors(db, with_next_slot=False)
    booked = []
    for i, card in enumerate(cards[:4]):
        slots = doctors.free_slots_for(db, doctor_id=card.id, first_day=today, days=1, now=midnight)
        for j, slot in enumerate(slots[:3]):
            pid = patient_ids[(i * 3 + j) % len(patient_ids)]
            try:
                booked.append(appointments.book_appointment(db, actor=staff, patient_id=pid, doctor_id=card.id,
                                                            starts_at=slot, reason="Follow-up visit", now=midnight))
            except Exception:
                continue
    for a in booked[::3]:
        appointments.check_in(db, actor=staff, appointment_id=a.id, now=a.starts_at - timedelta(minutes=10))
    if booked:
        appointments.set_outcome(db, actor=admin, appointment_id=booked[1].id,
                                 status=appointments.AppointmentStatus.COMPLETED, now=booked[1].ends_at)
    # Bills for completed visits of the last weeks (issued "then": the demo is history).
    with db.read() as s:
        done = list(s.execute(select(Appointment.id, Appointment.starts_at).where(
            Appointment.status == "completed", Appointment.starts_at < midnight)
            .order_by(Appointment.starts_at.desc()).limit(60)))
    for appointment_id, starts_at in done:
        lines = billing.draft_bill_lines(db, actor=admin, appointment_id=appointment_id)
        if appointment_id % 3 == 0:
            lines.append(billing.BillDraftLine("lab_test", "Complete blood count", 1, billing.Decimal("350")))
        bill = billing.issue_bill(db, actor=admin, records_dir=config.records_dir, appointment_id=appointment_id,
                                  lines=lines, paid=True, payment_method="UPI")
        with db.transaction() as s:
            s.execute(update(Bill).where(Bill.id == bill.id).values(issued_at=starts_at + timedelta(minutes=25)))
    with db.transaction() as s:
        first = s.scalars(select(OutboxMessage).order_by(OutboxMessage.id)).first()
        if first is not None:
            first.status = "failed"
            first.attempts = 5
            first.last_error = "535 5.7.8 Username and Password not accepted (smtp.gmail.com)"
        for message in s.scalars(select(OutboxMessage).order_by(OutboxMessage.id).offset(1).limit(25)):
            message.status = "sent"
            message.sent_at = message.created_at + timedelta(seconds=40)
            message.attempts = 1
    return db, config, admin, staff


def capture(out_dir: Path) -> list[Path]:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    temp = tempfile.mkdtemp(prefix="medlink-shots-staff-")
    os.environ["MEDLINK_DATA_DIR"] = temp

    from PySide6.QtWidgets import QApplication

    from medlink.ui import tasks
    from medlink.ui.app import create_application
    from medlink.ui.context import AppContext
    from medlink.ui.staff.window import StaffWindow
    from medlink.ui.style import STYLESHEET

    app = create_application()
    app.setStyleSheet(STYLESHEET)
    tasks.set_synchronous(True)
    db, config, admin, staff = _prepare_clinic()
    saved: list[Path] = []

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    def shoot(widget, name: str, window: bool = True) -> None:  # type: ignore[no-untyped-def]
        settle()
        saved.append(save(widget, out_dir / f"{name}.png", window=window))

    # Front desk (staff role)
    window = StaffWindow(AppContext(db=db, config=config, actor=staff), staff)
    window.resize(*SIZE)
    window.show()
    shoot(window, "staff_queue")
    queue = window.page("queue")
    if queue.model.rows:
        queue.table.selectRow(0)
        queue.print_slip()
        slip = getattr(queue, "print_preview", None)
        if slip is not None:
            shoot(slip, "print_preview_slip", window=False)
            slip.close()
    window.show_page("waiting_room")
    about = window.open_about()
    shoot(about, "about", window=False)
    about.close()
    page = window.show_page("patients")
    page.search.setText("Pri")
    page.run_search()
    page.results.selectRow(0)
    shoot(window, "staff_patients")
    dialog = page.open_booking()
    if dialog is not None:
        settle()
        if dialog.slots.count():
            dialog.slots.setCurrentRow(min(3, dialog.slots.count() - 1))
        dialog.reason.setPlainText("Persistent cough for a week")
        shoot(dialog, "staff_booking", window=False)
        dialog.reject()
    walk_in = page.open_walk_in()
    walk_in.fields.full_name.setText("Lakshmi Narayan")
    walk_in.fields.phone.setText("12345")
    walk_in.save()
    shoot(walk_in, "staff_walk_in", window=False)
    walk_in.reject()
    day_page = window.show_page("doctor_day")
    shoot(window, "staff_doctor_day")
    window.show_page("recall")
    shoot(window, "staff_follow_ups")
    window.show_page("duplicates")
    shoot(window, "staff_duplicates")
    window.show_page("dashboard")
    shoot(window, "staff_dashboard")
    window.close()

    # Administration (admin role)
    window = StaffWindow(AppContext(db=db, config=config, actor=admin), admin)
    window.resize(*SIZE)
    window.show()
    dash = window.show_page("dashboard")
    shoot(window, "admin_dashboard_today")
    dash.tabs.setCurrentIndex(1)
    shoot(window, "admin_dashboard_period")
    window.show_page("doctors")
    shoot(window, "admin_doctors")
    window.show_page("users")
    shoot(window, "admin_users")
    outbox = window.show_page("outbox")
    outbox.table.selectRow(0)
    shoot(window, "admin_outbox")
    settings = window.show_page("settings")
    settings.gstin.setText("29ABCDE1234")
    settings.save()
    shoot(window, "admin_settings")
    for index in range(1, settings.tabs.count()):
        settings.tabs.setCurrentIndex(index)
        name = {1: "admin_settings_billing", 2: "admin_settings_email", 3: "admin_settings_security"}.get(index, f"admin_settings_{index + 1}")
        shoot(window, name)
    settings.tabs.setCurrentIndex(0)
    window.show_page("audit")
    shoot(window, "admin_audit")
    maintenance = window.show_page("maintenance")
    maintenance.run_check()
    maintenance.run_backup(str(Path(tempfile.mkdtemp()) / "medlink-backup.zip"))
    maintenance.run_audit_verify()
    shoot(window, "admin_maintenance")
    bar = maintenance.cards_scroll.verticalScrollBar()
    bar.setValue(bar.maximum())  # the clinic key, backup and receipts export cards
    shoot(window, "admin_maintenance_clinic_key")
    window.close()
    tasks.set_synchronous(False)
    db.dispose()
    _ = day_page, QApplication
    return saved


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "docs" / "screenshots"
    raise SystemExit(finish(capture(target)))
