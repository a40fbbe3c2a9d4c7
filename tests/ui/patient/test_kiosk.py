"""Kiosk mode: check-in, upload for the visit, and the idle log-off that leaves nothing behind."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QPushButton
from sqlalchemy import select

from medlink.db.models import Appointment, MedicalRecord
from medlink.services import appointments, doctors, kiosk
from medlink.ui.app import AppController
from medlink.ui.patient.checkin_page import CheckInPage
from medlink.ui.patient.window import PatientWindow
from tests.factories import PASSWORD, _ist


def book_today(db, clinic, patient, doctor):  # type: ignore[no-untyped-def]
    """The next free slot today (clinic time), within the check-in window; the factory doctors work all day."""
    now = datetime.now(timezone.utc)
    today = now.astimezone(_ist()).date()
    slots = doctors.free_slots_for(db, doctor_id=doctor.doctor_id, first_day=today, days=1)
    if not slots:  # pragma: no cover - only in the last minutes before midnight IST
        import pytest

        pytest.skip("no slot left today in clinic time")
    return appointments.book_appointment(db, actor=patient, patient_id=patient.patient_id,
                                         doctor_id=doctor.doctor_id, starts_at=slots[0], reason="Review")


def sign_in(qtbot, controller: AppController, email: str) -> PatientWindow:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(controller.login.email, email)
    qtbot.keyClicks(controller.login.password, PASSWORD)
    qtbot.mouseClick(controller.login.sign_in_button, Qt.MouseButton.LeftButton)
    window = controller.role_window
    assert isinstance(window, PatientWindow)
    qtbot.waitUntil(lambda: window.first_page_shown)  # built on the turn after the window
    return window


def test_kiosk_check_in_and_idle_log_off_leaves_nothing_behind(qtbot, make_ctx, db, clinic, sample_files,  # type: ignore[no-untyped-def]
                                                               opened_urls):
    doctor = clinic.doctor("Dr. Vikram Singh")
    patient = clinic.patient("Sneha Patil")
    today = book_today(db, clinic, patient, doctor)
    ctx = make_ctx(kiosk=True)
    controller = AppController(ctx)
    qtbot.addWidget(controller.login)
    window = sign_in(qtbot, controller, patient.email)
    assert window.idle is not None and window.idle.timeout_s == 120  # clinic default for the kiosk

    # Check-in is the first page; the big button checks the patient in.
    page = window.stack.currentWidget()
    assert isinstance(page, CheckInPage) and [a.id for a in page.items] == [today.id]
    qtbot.mouseClick(page.check_in_buttons[today.id], Qt.MouseButton.LeftButton)
    with db.read() as session:
        assert session.get(Appointment, today.id).status == "checked_in"
    assert "checked in" in page.status.text() and today.id not in page.check_in_buttons

    # A report for this visit, linked to the appointment.
    upload = page.upload_for(page.items[0])
    upload.set_file(str(sample_files["pdf"]))
    qtbot.mouseClick(upload.upload_button, Qt.MouseButton.LeftButton)
    with db.read() as session:
        record = session.scalars(select(MedicalRecord)).one()
        assert record.appointment_id == today.id

    # Leave things half-done: an opened PDF, a booking dialog with typed text, a file picker.
    records_page = window.show_page("records")
    qtbot.mouseClick(records_page.open_button, Qt.MouseButton.LeftButton)
    viewer = records_page.viewer  # the built-in viewer, from memory: no decrypted file on disk
    assert viewer.isVisible() and viewer.page_count >= 1 and opened_urls == []
    booking = window.book(doctor.doctor_id, doctor.display_name)
    booking.reason.setPlainText("private symptoms")
    second = records_page.open_upload()
    second.browse()
    picker = second.file_dialog
    assert picker is not None and picker.isVisible()
    watched = [window, booking, second, picker, page, viewer]

    # The patient walks away.  (A short time-out instead of two minutes.)
    window.idle.timeout_s = 2
    window.idle.warn_seconds = 1
    window.idle.remaining = 2
    with qtbot.waitSignal(window.signed_out, timeout=6000) as signal:
        pass
    assert signal.args == ["idle"]
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    QApplication.processEvents()

    assert controller.role_window is None and ctx.actor is None
    assert all(not shiboken6.isValid(w) for w in watched)  # every screen destroyed with its fields
    login = controller.login
    assert login.isVisible() and login.email.text() == "" and login.password.text() == ""
    assert "idle" in login.error.text()
    leftovers = [w for w in QApplication.topLevelWidgets()
                 if w.isVisible() and w is not login and not w.objectName().startswith("qt_")]
    assert leftovers == []


def test_kiosk_window_cannot_be_closed_except_by_signing_out(qtbot, make_ctx, db, clinic):  # type: ignore[no-untyped-def]
    patient = clinic.patient()
    window = PatientWindow(make_ctx(patient, kiosk=True), patient)
    qtbot.waitUntil(lambda: window.first_page_shown)  # built on the next turn
    qtbot.addWidget(window)
    event = QCloseEvent()
    window.closeEvent(event)
    assert not event.isAccepted()
    assert window.findChild(QPushButton, "nav_check_in") is not None
    window.sign_out()
    event = QCloseEvent()
    window.closeEvent(event)
    assert event.isAccepted()


def test_kiosk_sign_up_dialog_gives_up_when_left_idle(qtbot, make_ctx, db):  # type: ignore[no-untyped-def]
    from medlink.ui.patient.sign_up import PatientSignUpDialog

    dialog = PatientSignUpDialog(make_ctx(kiosk=True), None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.fields.full_name, "Half Filled")
    qtbot.keyClicks(dialog.password, "secret-words-1")
    assert dialog.idle is not None
    dialog.idle.timeout_s = dialog.idle.remaining = 1
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=4000)
    assert dialog.result() == dialog.DialogCode.Rejected and dialog.password.text() == ""


def test_slot_taken_between_listing_and_confirming(qtbot, make_ctx, db, clinic):  # type: ignore[no-untyped-def]
    doctor = clinic.doctor("Dr. Meera Rao")
    patient = clinic.patient("Ravi Kumar")
    rival = clinic.patient("Priya Sharma")
    window = PatientWindow(make_ctx(patient), patient)
    qtbot.waitUntil(lambda: window.first_page_shown)  # built on the next turn
    qtbot.addWidget(window)
    booking = window.book(doctor.doctor_id, doctor.display_name)
    day = booking.today + timedelta(days=2)
    from PySide6.QtCore import QDate

    booking.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
    listed = [b.property("slot") for b in booking.slot_buttons()]
    qtbot.mouseClick(booking.slot_buttons()[10], Qt.MouseButton.LeftButton)
    wanted = booking.chosen_slot()
    assert wanted is not None
    # Another workstation books that very slot before this patient confirms.
    appointments.book_appointment(db, actor=rival, patient_id=rival.patient_id, doctor_id=doctor.doctor_id,
                                  starts_at=wanted)
    qtbot.mouseClick(booking.confirm_button, Qt.MouseButton.LeftButton)
    assert booking.pages.currentIndex() == 0
    assert booking.message.text() == "That slot was just taken — here are the next free ones."
    refreshed = [b.property("slot") for b in booking.slot_buttons()]
    assert wanted.isoformat() not in refreshed and len(refreshed) == len(listed) - 1
    assert booking.chosen_slot() is None and not booking.confirm_button.isEnabled()
    with db.read() as session:
        owners = session.scalars(select(Appointment.patient_id).where(Appointment.starts_at == wanted)).all()
    assert owners == [rival.patient_id]
    # The next free one can be booked.
    qtbot.mouseClick(booking.slot_buttons()[10], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(booking.confirm_button, Qt.MouseButton.LeftButton)
    assert booking.pages.currentIndex() == 1
    window.sign_out()


def test_non_working_days_cannot_be_chosen(qtbot, make_ctx, db, clinic):  # type: ignore[no-untyped-def]
    from datetime import time

    from PySide6.QtCore import QDate

    from medlink.scheduling import WorkingRange

    doctor = clinic.doctor("Dr. Farah Siddiqui")
    doctors.set_availability(db, actor=doctor, slot_minutes=15,
                             ranges=[WorkingRange(d, time(9, 0), time(12, 0)) for d in range(5)])  # Mon–Fri
    patient = clinic.patient()
    window = PatientWindow(make_ctx(patient), patient)
    qtbot.waitUntil(lambda: window.first_page_shown)  # built on the next turn
    qtbot.addWidget(window)
    booking = window.book(doctor.doctor_id, "Dr. Farah Siddiqui")
    assert booking.selected_date().weekday() < 5
    sunday = booking.today + timedelta(days=(6 - booking.today.weekday()) or 7)
    good = booking.selected_date()
    booking.calendar.setSelectedDate(QDate(sunday.year, sunday.month, sunday.day))
    assert booking.selected_date() == good  # refused, back to the working day
    assert "does not see patients" in booking.message.text()
    assert booking.calendar.dateTextFormat(QDate(sunday.year, sunday.month, sunday.day)).fontStrikeOut()
    assert all(datetime.fromisoformat(b.property("slot")).astimezone(_ist()).hour in (9, 10, 11)
               for b in booking.slot_buttons())
    window.sign_out()


def test_kiosk_services(db, clinic, records_dir):  # type: ignore[no-untyped-def]
    import pytest

    from medlink.errors import PermissionDenied

    doctor = clinic.doctor()
    patient = clinic.patient()
    other = clinic.patient()
    today = book_today(db, clinic, patient, doctor)
    tomorrow = clinic.booking(patient, doctor, days_ahead=1)
    clinic.booking(other, doctor, days_ahead=1)  # someone else's: never listed for this patient
    assert [a.id for a in kiosk.todays_appointments(db, actor=patient)] == [today.id]
    assert kiosk.can_check_in(today) and kiosk.can_cancel(tomorrow) and kiosk.can_reschedule(tomorrow)
    cancelled = appointments.cancel_appointment(db, actor=patient, appointment_id=today.id)
    assert kiosk.todays_appointments(db, actor=patient) == []
    assert not kiosk.can_cancel(cancelled) and not kiosk.can_reschedule(cancelled)
    assert not kiosk.can_cancel(tomorrow, now=tomorrow.starts_at + timedelta(minutes=1))
    with pytest.raises(PermissionDenied):
        kiosk.todays_appointments(db, actor=clinic.staff())
    from datetime import date

    from medlink.services import records
    from tests.support.pdfs import minimal_pdf

    mine = records.upload_record(db, actor=patient, records_dir=records_dir, patient_id=patient.patient_id,
                                 title="Mine", record_type="other", record_date=date(2025, 1, 1),
                                 filename="a.pdf", data=minimal_pdf("a"))
    staff = clinic.staff()
    theirs = records.upload_record(db, actor=staff, records_dir=records_dir, patient_id=patient.patient_id,
                                   title="Front desk scan", record_type="other", record_date=date(2025, 1, 1),
                                   filename="b.pdf", data=minimal_pdf("b"))
    assert kiosk.own_upload_ids(db, actor=patient) == {mine.id}
    assert theirs.id in kiosk.own_upload_ids(db, actor=staff)


def test_kiosk_upload_picks_only_from_the_inbox_and_the_title_follows_the_file(  # type: ignore[no-untyped-def]
        qtbot, make_ctx, db, clinic, sample_files, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    from medlink.ui.patient.kiosk_picker import KioskFilePicker
    from medlink.ui.patient.records_page import RecordUploadDialog

    patient = clinic.patient("Sneha Patil")
    private = tmp_path / "someone-else.pdf"  # outside the inbox: e.g. another patient's file
    private.write_bytes(sample_files["pdf"].read_bytes())
    ctx = make_ctx(patient, kiosk=True)
    dialog = RecordUploadDialog(ctx, _ist(), None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.browse()
    picker = dialog.file_dialog
    assert isinstance(picker, KioskFilePicker) and not isinstance(picker, QFileDialog)
    assert picker.findChildren(QFileDialog) == []
    names = sorted(picker.list.item(i).text().split("\n")[0] for i in range(picker.list.count()))
    assert names == ["blood_test_cbc.pdf", "chest-xray.png"]
    row = next(i for i in range(picker.list.count()) if picker.list.item(i).text().startswith("blood"))
    picker.list.setCurrentRow(row)
    qtbot.mouseClick(picker.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.path.text() == str(sample_files["pdf"]) and dialog.title.text() == "blood test cbc"
    # a second file replaces the title that came from the first (not carried over)
    dialog.set_file(str(sample_files["png"]))
    assert dialog.title.text() == "chest xray"
    # a title the patient typed is kept
    dialog.title.setText("My X-ray")
    dialog.set_file(str(sample_files["pdf"]))
    assert dialog.title.text() == "My X-ray"
    # a path from outside the inbox is refused even if it reaches the dialog
    dialog.set_file(str(private))
    qtbot.mouseClick(dialog.upload_button, Qt.MouseButton.LeftButton)
    with db.read() as session:
        assert session.scalars(select(MedicalRecord)).all() == []
    # an empty inbox says what to do
    for f in sample_files.values():
        f.unlink()
    picker.refresh()
    assert picker.stack.currentWidget() is picker.empty and "USB drive" in picker.empty.text()
    assert not picker.choose_button.isEnabled()


def test_staff_leave_kiosk_mode_only_with_an_administrator_sign_in(qtbot, make_ctx, db, clinic):  # type: ignore[no-untyped-def]
    from medlink.db.models import AuditLog
    from medlink.ui.kiosk_exit import KioskExitDialog

    patient = clinic.patient("Sneha Patil")
    ctx = make_ctx(kiosk=True)
    controller = AppController(ctx)
    qtbot.addWidget(controller.login)
    exits: list[bool] = []
    controller.exit_application = lambda: exits.append(True)
    qtbot.mouseClick(controller.login.kiosk_exit_button, Qt.MouseButton.LeftButton)
    dialog = controller.kiosk_exit_dialog
    assert isinstance(dialog, KioskExitDialog) and dialog.isVisible()
    # a patient (or a wrong password) cannot close the kiosk
    qtbot.keyClicks(dialog.email, patient.email)
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.mouseClick(dialog.exit_button, Qt.MouseButton.LeftButton)
    assert exits == [] and dialog.error.isVisible() and "administrator" in dialog.error.text()
    dialog.email.setText(clinic.admin.email)
    qtbot.keyClicks(dialog.password, "wrong password")
    qtbot.mouseClick(dialog.exit_button, Qt.MouseButton.LeftButton)
    assert exits == []
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.mouseClick(dialog.exit_button, Qt.MouseButton.LeftButton)
    assert exits == [True]
    with db.read() as session:
        assert session.scalars(select(AuditLog.action).where(AuditLog.action == "kiosk.exit")).all() == ["kiosk.exit"]
