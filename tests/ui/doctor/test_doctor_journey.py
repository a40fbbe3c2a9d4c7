"""The doctor's whole day in the window, on SQLite and MariaDB:
pending → verified → hours → a booking → chart and records → prescription →
completed → receipt (read back from the PDF) → the patient sees the bill."""

from __future__ import annotations

import io
from datetime import datetime, time, timedelta, timezone
from decimal import Decimal

import pytest
from PIL import Image
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QLabel, QPushButton
from sqlalchemy import text as sql_text

from medlink.db.models import AppointmentMode
from medlink.errors import DoctorNotVerified
from medlink.scheduling import WorkingRange
from medlink.services import accounts, appointments, billing, doctors, follow_up, prescriptions, records
from medlink.services.clinic_settings import get_settings
from medlink.ui.doctor.window import DoctorWindow
from tests.factories import PASSWORD


def _png(colour: tuple[int, int, int] = (30, 120, 200)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 48), colour).save(out, format="PNG")
    return out.getvalue()


def _click(qtbot, window, name: str) -> None:  # type: ignore[no-untyped-def]
    button = window.findChild(QPushButton, name)
    assert button is not None, name
    assert button.isEnabled(), f"{name} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_doctor_journey(qtbot, db, clinic, records_dir, make_ctx, sync_tasks, opened_files, confirmations):  # type: ignore[no-untyped-def]
    tz = get_settings(db).tz
    pending = clinic.doctor("Dr. Kavya Reddy", verified=False)

    # 1. pending: the window has only the registration state, and the services refuse practice
    window = DoctorWindow(make_ctx(pending), pending)
    qtbot.waitUntil(lambda: window.first_page_shown)  # built on the next turn
    qtbot.addWidget(window)
    assert [b.objectName() for b in window.findChildren(QPushButton) if b.objectName().startswith("nav_")] == ["nav_status"]
    state = window.findChild(QLabel, "verificationState")
    assert "waiting for verification" in state.text()
    with pytest.raises(DoctorNotVerified):
        doctors.set_availability(db, actor=pending, ranges=[], slot_minutes=15)

    # 2. the admin verifies; "Check again" says so; signing in again opens the full window
    doctors.decide_verification(db, actor=clinic.admin, doctor_id=pending.doctor_id, approve=True)
    _click(qtbot, window, "checkStatus")
    assert "verified" in state.text()
    doctor = accounts.authenticate(db, email=pending.email, password=PASSWORD)
    window = DoctorWindow(make_ctx(doctor), doctor)
    qtbot.waitUntil(lambda: window.first_page_shown)  # built on the next turn
    qtbot.addWidget(window)
    window.resize(1280, 800)

    # 3. hours in the window: every day 00:00–23:45, 15-minute slots
    page = window.show_page("availability")
    for day in page.days:
        _click(qtbot, window, f"addHours{day.weekday}")
        day.ranges[0].start.setTime(QTime(0, 0))
        day.ranges[0].end.setTime(QTime(23, 45))
    page.slot.setCurrentIndex(page.slot.findData(15))
    _click(qtbot, window, "saveHours")
    assert not page.hours_error.isVisible()
    assert page.saved_label.text() == "Saved ✓"
    # a bad range afterwards: the error shows and the old "Saved ✓" does not stay beside it
    day = page.days[0]
    day.ranges[0].start.setTime(QTime(12, 0))
    day.ranges[0].end.setTime(QTime(9, 0))
    _click(qtbot, window, "saveHours")
    assert page.hours_error.isVisibleTo(page) and page.hours_error.text() and page.saved_label.text() == ""
    day.ranges[0].start.setTime(QTime(0, 0))
    day.ranges[0].end.setTime(QTime(23, 45))
    _click(qtbot, window, "saveHours")
    assert not page.hours_error.isVisible()
    profile = doctors.doctor_profile(db, doctor_id=doctor.doctor_id, actor=doctor)
    assert profile.slot_minutes == 15
    assert sorted(profile.availability) == [WorkingRange(d, time(0, 0), time(23, 45)) for d in range(7)]

    # fees in the window
    fees = window.show_page("fees")
    fees.edits["consultation"].setText("800")
    fees.edits["lab_test"].setText("350.00")
    fees.edits["medication"].setText("0")
    fees.edits["other"].setText("0")
    _click(qtbot, window, "saveFees")
    assert doctors.doctor_profile(db, doctor_id=doctor.doctor_id, actor=doctor).fees.consultation == Decimal("800.00")

    # the free follow-up rule on the Fees page: off by default, then "within 10 days, up to 2 visits"
    assert not fees.follow_up_enabled.isChecked() and not fees.follow_up_days.isEnabled()
    fees.follow_up_enabled.setChecked(True)
    fees.follow_up_days.setValue(10)
    fees.follow_up_visits.setValue(2)
    _click(qtbot, window, "saveFollowUp")
    assert fees.follow_up_saved.text() == "Saved ✓"
    rule = follow_up.follow_up_rule(db, doctor_id=doctor.doctor_id)
    assert (rule.free_days, rule.free_visits) == (10, 2)
    fees.follow_up_enabled.setChecked(False)
    _click(qtbot, window, "saveFollowUp")
    assert not follow_up.follow_up_rule(db, doctor_id=doctor.doctor_id).active

    # 4. a patient books (today if a slot is left, else tomorrow) and uploads an X-ray
    patient = clinic.patient("Ravi Kumar")
    today = datetime.now(tz).date()
    slots = doctors.free_slots_for(db, doctor_id=doctor.doctor_id, first_day=today)
    is_today = bool(slots)
    if not is_today:
        slots = doctors.free_slots_for(db, doctor_id=doctor.doctor_id, first_day=today + timedelta(days=1))
    appt = appointments.book_appointment(db, actor=patient, patient_id=patient.patient_id, doctor_id=doctor.doctor_id,
                                         starts_at=slots[0], mode=AppointmentMode.ONLINE, reason="Fever and cough")
    xray = records.upload_record(db, actor=patient, records_dir=records_dir, patient_id=patient.patient_id,
                                 title="Chest X-ray", record_type="imaging", record_date=today, filename="xray.png",
                                 data=_png())

    # 5. the doctor sees it in today's (or the upcoming) list
    day_page = window.show_page("appointments")
    model = day_page.today_model if is_today else day_page.upcoming_model
    assert [a.id for a in model.rows] == [appt.id]
    assert day_page.link_banner.isVisibleTo(day_page)  # online, no Meet link yet
    assert day_page.select_id(appt.id)
    details = day_page.details
    assert details.title.text() == "Ravi Kumar"
    assert details.meet_box.isVisibleTo(details) and not details.join.isEnabled()
    assert not details.bill.isEnabled()  # not completed yet

    # 6. the patient's chart: profile, records with a thumbnail, opening the file
    _click(qtbot, window, "openChart")
    chart_page = window.page("patients")
    assert window.stack.currentWidget() is chart_page
    assert chart_page.name.text() == "Ravi Kumar"
    assert [r.id for r in chart_page.records_model.rows] == [xray.id]
    assert chart_page.preview.pixmap() is not None and not chart_page.preview.pixmap().isNull()
    shown_before = len(opened_files)
    _click(qtbot, window, "openRecord")
    viewer = chart_page.viewer  # the built-in viewer, from memory: nothing handed to the system viewer
    assert len(opened_files) == shown_before and viewer.isVisible()
    assert viewer.render_page(0, 1.0).size().toTuple() == (viewer._image.width(), viewer._image.height())
    viewer.close()

    # 7. prescription
    window.show_appointment(appt.id)
    _click(qtbot, window, "writePrescription")
    dialog = day_page.prescription_dialog
    qtbot.keyClicks(dialog.rows[0]["medicine"], "Paracetamol")
    qtbot.keyClicks(dialog.rows[0]["strength"], "650 mg")
    qtbot.keyClicks(dialog.rows[0]["frequency"], "1-1-1")
    qtbot.keyClicks(dialog.rows[0]["duration"], "5 days")
    dialog.lab_tests.setPlainText("Complete blood count")
    dialog.follow_check.setChecked(True)
    _click(qtbot, dialog, "savePrescription")
    assert dialog.done_label.isVisibleTo(dialog), dialog.items_error.text()
    mine = prescriptions.list_prescriptions(db, actor=patient, patient_id=patient.patient_id)
    assert [i.medicine for i in mine[0].items] == ["Paracetamol"] and mine[0].lab_tests == ("Complete blood count",)
    assert mine[0].follow_up_on == appt.starts_at.astimezone(tz).date() + timedelta(days=7)
    dialog.close()

    # 8. notes + completed — only once the visit has begun
    assert not details.complete.isEnabled() and not details.no_show.isEnabled()
    with db.transaction() as s:  # the consultation time arrives
        begun = datetime.now(timezone.utc) - timedelta(minutes=1)
        s.execute(sql_text("UPDATE appointments SET starts_at = :s, ends_at = :e WHERE id = :i"),
                  {"s": begun.replace(tzinfo=None), "e": (begun + timedelta(minutes=15)).replace(tzinfo=None),
                   "i": appt.id})
    day_page.refresh()
    window.show_appointment(appt.id)
    assert details.complete.isEnabled()
    qtbot.keyClicks(details.diagnosis, "Acute viral fever")
    details.notes.setPlainText("Temp 101 F. Chest clear.")
    _click(qtbot, window, "markCompleted")
    assert confirmations[-1].startswith("Mark completed: Mark Ravi Kumar's visit of")  # it has begun: asked, then done
    done = appointments.get_appointment(db, actor=doctor, appointment_id=appt.id)
    assert done.status == "completed" and done.diagnosis == "Acute viral fever"
    assert done.consultation_notes == "Temp 101 F. Chest clear."
    assert details.bill.isEnabled()

    # 9. bill: pre-filled from the fees, one extra line, live totals, receipt
    _click(qtbot, window, "openBill")
    bill_dialog = day_page.bill_dialog
    assert [(line.category.currentData(), line.price.text()) for line in bill_dialog.lines] == [
        ("consultation", "800.00"), ("lab_test", "350.00")]
    qtbot.waitUntil(lambda: bill_dialog.total_labels["total"].text() == "₹1,357.00")
    _click(qtbot, bill_dialog, "addBillLine")
    extra = bill_dialog.lines[-1]
    qtbot.keyClicks(extra.description, "Wound dressing")
    extra.price.setText("150")
    qtbot.waitUntil(lambda: bill_dialog.total_labels["total"].text() == "₹1,507.00")
    assert bill_dialog.total_labels["cgst"].text() == "₹103.50"
    assert bill_dialog.total_labels["sgst"].text() == "₹103.50"
    assert bill_dialog.total_labels["subtotal"].text() == "₹1,300.00"
    extra.price.setText("15.555")  # a typing mistake is shown, not billed
    qtbot.waitUntil(lambda: bill_dialog.lines_error.isVisibleTo(bill_dialog))
    assert not bill_dialog.generate.isEnabled()
    extra.price.setText("150.00")
    qtbot.waitUntil(lambda: bill_dialog.generate.isEnabled())
    bill_dialog.paid_now.setChecked(True)
    bill_dialog.method.setCurrentIndex(bill_dialog.method.findData("UPI"))
    _click(qtbot, bill_dialog, "generateReceipt")
    assert bill_dialog.bill is not None, bill_dialog.lines_error.text()
    shown_before = len(opened_files)
    _click(qtbot, bill_dialog, "openReceipt")
    receipt_viewer = bill_dialog.viewer  # the built-in viewer, from memory: the stored receipt is encrypted
    assert len(opened_files) == shown_before and receipt_viewer.isVisible()
    assert bill_dialog.bill.number in receipt_viewer.windowTitle()
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(receipt_viewer._data)).pages)
    for figure in ("1,507.00", "1,300.00", "103.50", "Wound dressing", bill_dialog.bill.number):
        assert figure in text, figure
    assert "queued" in bill_dialog.issued_banner.text() and "e-mailed" not in bill_dialog.issued_banner.text()
    # Print receipt: the preview offers the A4, A5 and 80 mm papers
    _click(qtbot, bill_dialog, "printReceipt")
    preview = bill_dialog.print_preview
    qtbot.addWidget(preview)
    assert preview.paper_combo.count() == 3 and bill_dialog.bill.number in preview.windowTitle()
    preview.close()

    # 10. the patient sees the bill
    bills = billing.list_bills(db, actor=patient)
    assert [(b.number, b.grand_total, b.status, b.payment_method) for b in bills] == [
        (bill_dialog.bill.number, Decimal("1507.00"), "paid", "UPI")]
    # and the doctor can mark it unpaid from the dialog
    _click(qtbot, bill_dialog, "markUnpaid")
    assert billing.list_bills(db, actor=patient)[0].status == "unpaid"
