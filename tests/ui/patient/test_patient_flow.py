"""The patient's whole journey through the real window, on SQLite and MariaDB:
sign up → sign in → search → profile → book → see it → reschedule → cancel →
upload a PDF and a PNG → list, preview and open them → sign out."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QPushButton
from sqlalchemy import select

from medlink.db.models import Appointment, MedicalRecord, Patient
from medlink.services import appointments
from medlink.ui import widgets
from medlink.ui.app import AppController
from medlink.ui.patient.appointments_page import MyAppointmentsPage
from medlink.ui.patient.booking import BookingDialog
from medlink.ui.patient.doctors_page import FindDoctorPage
from medlink.ui.patient.records_page import MyRecordsPage
from medlink.ui.patient.sign_up import PatientSignUpDialog
from medlink.ui.patient.window import PatientWindow

NEW_PASSWORD = "monsoon-lotus-77"


def fill_sign_up(qtbot, dialog: PatientSignUpDialog, *, gender: bool = True) -> None:  # type: ignore[no-untyped-def]
    f = dialog.fields
    qtbot.keyClicks(f.full_name, "Kavitha Raman")
    qtbot.keyClicks(f.date_of_birth, "12/4/1990")
    if gender:
        f.gender.setCurrentIndex(f.gender.findData("Female"))
    qtbot.keyClicks(f.phone, "98450 11223")
    qtbot.keyClicks(f.email, "kavitha@example.test")
    f.address.setPlainText("22 Temple Street, Mysuru 570001")
    f.state.setCurrentIndex(f.state.findData("Karnataka"))
    f.blood_group.setCurrentIndex(f.blood_group.findData("B+"))
    f.allergies.setPlainText("Penicillin")
    f.medical_history.setPlainText("Asthma since childhood")
    qtbot.keyClicks(f.emergency_contact_name, "Raman (father)")
    qtbot.keyClicks(f.emergency_contact_phone, "9845099887")
    qtbot.keyClicks(dialog.password, NEW_PASSWORD)
    qtbot.keyClicks(dialog.repeat, NEW_PASSWORD)


def test_sign_up_validates_as_you_leave_each_field_and_on_submit(qtbot, make_ctx, db):  # type: ignore[no-untyped-def]
    dialog = PatientSignUpDialog(make_ctx(), None)
    qtbot.addWidget(dialog)
    fields = dialog.fields
    qtbot.keyClicks(fields.phone, "12345")
    fields.phone.editingFinished.emit()
    assert "mobile number" in fields.error_text("phone")
    fields.phone.clear()
    qtbot.keyClicks(fields.phone, "98450 11223")
    fields.phone.editingFinished.emit()
    assert fields.error_text("phone") == ""
    qtbot.keyClicks(fields.email, "not-an-email")
    fields.email.editingFinished.emit()
    assert "valid e-mail" in fields.error_text("email")
    qtbot.keyClicks(dialog.password, "short")
    dialog.password.editingFinished.emit()
    assert "at least 8 characters" in fields.error_text("password")

    dialog2 = PatientSignUpDialog(make_ctx(), None)
    qtbot.addWidget(dialog2)
    fill_sign_up(qtbot, dialog2, gender=False)
    qtbot.mouseClick(dialog2.create_button, Qt.MouseButton.LeftButton)
    assert dialog2.actor is None
    assert fields.error_text("gender") == "" and dialog2.fields.error_text("gender") == "Gender is required."
    with db.read() as session:
        assert session.scalar(select(Patient.id)) is None


def test_patient_journey(qtbot, make_ctx, db, clinic, sample_files, opened_urls, monkeypatch):  # type: ignore[no-untyped-def]
    doctor = clinic.doctor("Dr. Meera Rao", speciality="Cardiologist")
    clinic.doctor("Dr. Arjun Nair", speciality="General Physician")
    ctx = make_ctx()
    controller = AppController(ctx)
    qtbot.addWidget(controller.login)

    # --- sign up, then sign in with the new account ---
    dialog = PatientSignUpDialog(ctx, controller.login)
    fill_sign_up(qtbot, dialog)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.actor is not None
    with db.read() as session:
        patient = session.scalars(select(Patient)).one()
        assert (patient.full_name, patient.phone, patient.allergies) == ("Kavitha Raman", "+919845011223", "Penicillin")
        patient_id = patient.id

    login = controller.login
    qtbot.keyClicks(login.email, "kavitha@example.test")
    qtbot.keyClicks(login.password, NEW_PASSWORD)
    qtbot.mouseClick(login.sign_in_button, Qt.MouseButton.LeftButton)
    window = controller.role_window
    assert isinstance(window, PatientWindow)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.first_page_shown)  # built on the turn after the window
    assert window.actor.patient_id == patient_id
    appts = window.page("appointments")
    assert isinstance(appts, MyAppointmentsPage)
    assert appts.upcoming_model.rowCount() == 0 and appts.upcoming.stack.currentWidget() is appts.upcoming.empty

    # --- search as you type, with the speciality filter ---
    search = window.show_page("doctors")
    assert isinstance(search, FindDoctorPage)
    assert search.model.rowCount() == 2
    assert [search.speciality.itemText(i) for i in range(search.speciality.count())] == [
        "All specialities", "Cardiologist", "General Physician"]
    qtbot.keyClicks(search.search, "mee")
    qtbot.waitUntil(lambda: search.model.rowCount() == 1, timeout=3000)
    assert search.model.data(search.model.index(0, 0)) == "Dr. Meera Rao"
    assert search.model.data(search.model.index(0, 5)).startswith("₹")
    search.speciality.setCurrentIndex(search.speciality.findData("General Physician"))
    assert search.model.rowCount() == 0 and search.stack.currentWidget() is search.empty
    search.speciality.setCurrentIndex(0)
    assert search.model.rowCount() == 1

    # --- profile, then book from it ---
    qtbot.mouseClick(search.profile_button, Qt.MouseButton.LeftButton)
    profile = search.profile_dialog
    assert profile is not None and profile.isVisible() and profile.profile is not None
    assert profile.findChild(type(login.error), "profileName").text() == "Dr. Meera Rao"
    profile_text = " ".join(lbl.text() for lbl in profile.findChildren(type(login.error)))
    assert "Consultation" in profile_text and "Mon" in profile_text and doctor.email in profile_text
    qtbot.mouseClick(profile.findChild(QPushButton, "bookFromProfile"), Qt.MouseButton.LeftButton)
    booking = window.booking_dialog
    assert isinstance(booking, BookingDialog) and booking.isVisible()
    assert booking.calendar.minimumDate() == QDate(*booking.today.timetuple()[:3])
    tomorrow = booking.today + timedelta(days=1)
    booking.calendar.setSelectedDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    buttons = booking.slot_buttons()
    assert len(buttons) == 95  # 00:00–23:45 in 15-minute slots (the last one starts 23:30)
    assert not booking.confirm_button.isEnabled()
    qtbot.mouseClick(buttons[40], Qt.MouseButton.LeftButton)
    chosen = booking.chosen_slot()
    assert chosen is not None and booking.confirm_button.isEnabled()
    booking.reason.setPlainText("Chest pain when climbing stairs")
    qtbot.mouseClick(booking.confirm_button, Qt.MouseButton.LeftButton)
    assert booking.pages.currentIndex() == 1
    assert booking.mail_note.text() == "E-mail confirmation queued"
    with db.read() as session:
        row = session.scalars(select(Appointment)).one()
        assert (row.starts_at, row.doctor_id, row.reason) == (chosen, doctor.doctor_id,
                                                              "Chest pain when climbing stairs")
        booked = appointments.get_appointment(db, actor=dialog.actor, appointment_id=row.id)
    qtbot.mouseClick(booking.done_button, Qt.MouseButton.LeftButton)

    # --- listed under My appointments, selected ---
    assert window.stack.currentWidget() is appts
    assert appts.upcoming_model.rowCount() == 1
    assert appts.selected() is not None and appts.selected().id == booked.id
    assert appts.reschedule_button.isEnabled() and appts.cancel_button.isEnabled()
    assert not appts.join_button.isVisible()

    # --- reschedule to another free slot of the same doctor ---
    qtbot.mouseClick(appts.reschedule_button, Qt.MouseButton.LeftButton)
    move = appts.dialog
    assert move is not None and move.appointment is not None
    assert not move.online.isEnabled()
    target = next(b for b in move.slot_buttons() if b.property("slot") != chosen.isoformat())
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton)
    new_start = move.chosen_slot()
    qtbot.mouseClick(move.confirm_button, Qt.MouseButton.LeftButton)
    assert move.pages.currentIndex() == 1 and move.done_title.text() == "Appointment moved"
    with db.read() as session:
        assert session.get(Appointment, booked.id).starts_at == new_start
    assert appts.upcoming_model.rows[0].starts_at == new_start

    # --- cancel (after confirming) ---
    asked: list[str] = []
    monkeypatch.setattr(widgets, "confirm", lambda parent, title, text, **kw: asked.append(text) or True)
    appts.select_appointment(booked.id)
    qtbot.mouseClick(appts.cancel_button, Qt.MouseButton.LeftButton)
    assert asked and "Dr. Meera Rao" in asked[0]
    with db.read() as session:
        assert session.get(Appointment, booked.id).status == "cancelled"
    appts.select_appointment(booked.id)
    assert appts.selected().status == "cancelled"
    assert not appts.cancel_button.isEnabled() and not appts.reschedule_button.isEnabled()

    # --- upload a PDF and a PNG, list, preview, open ---
    records_page = window.show_page("records")
    assert isinstance(records_page, MyRecordsPage)
    assert records_page.stack.currentWidget() is records_page.empty
    for path, kind, title in ((sample_files["pdf"], "lab_report", None), (sample_files["png"], "imaging", "Chest X-ray")):
        upload = records_page.open_upload()
        upload.set_file(str(path))
        if title:
            upload.title.clear()
            qtbot.keyClicks(upload.title, title)
        upload.record_type.setCurrentIndex(upload.record_type.findData(kind))
        qtbot.mouseClick(upload.upload_button, Qt.MouseButton.LeftButton)
        assert upload.result() == upload.DialogCode.Accepted
    with db.read() as session:
        rows = {r.title: (r.id, r.content_type) for r in session.scalars(select(MedicalRecord))}
    assert set(rows) == {"blood test cbc", "Chest X-ray"}
    assert rows["Chest X-ray"][1] == "image/png"
    stored = {title: type("R", (), {"id": value[0]}) for title, value in rows.items()}
    assert records_page.model.rowCount() == 2
    assert records_page.select_record(stored["Chest X-ray"].id)
    assert records_page.preview_image.pixmap() is not None and not records_page.preview_image.pixmap().isNull()
    assert records_page.delete_button.isEnabled()
    records_page.select_record(stored["blood test cbc"].id)
    assert "PDF" in records_page.preview_image.text()
    qtbot.mouseClick(records_page.open_button, Qt.MouseButton.LeftButton)
    viewer = records_page.viewer  # the built-in viewer renders the decrypted bytes from memory
    assert opened_urls == [] and viewer.isVisible() and viewer.page_count >= 1
    import shiboken6

    # --- sign out: the decrypted copy is gone, the sign-in screen is back and empty ---
    qtbot.mouseClick(window.findChild(QPushButton, "signOut"), Qt.MouseButton.LeftButton)
    assert controller.role_window is None and ctx.actor is None
    assert not shiboken6.isValid(viewer) or not viewer.isVisible()  # closed with the window at sign-out
    assert login.isVisible() and login.email.text() == "" and login.password.text() == ""


def test_patient_can_delete_own_upload_only_after_confirming(qtbot, make_ctx, db, clinic, sample_files,  # type: ignore[no-untyped-def]
                                                            monkeypatch):
    patient = clinic.patient("Lata Mangesh")
    window = PatientWindow(make_ctx(patient), patient)
    qtbot.waitUntil(lambda: window.first_page_shown)  # built on the next turn
    qtbot.addWidget(window)
    page = window.show_page("records")
    upload = page.open_upload()
    upload.set_file(str(sample_files["png"]))
    qtbot.mouseClick(upload.upload_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 1
    answers = iter([False, True])
    monkeypatch.setattr(widgets, "confirm", lambda *a, **k: next(answers))
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 1  # said "Keep"
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 0 and page.stack.currentWidget() is page.empty
    with db.read() as session:
        assert session.scalar(select(MedicalRecord.id)) is None
    window.sign_out()


def test_bad_upload_shows_the_reason_next_to_the_file(qtbot, make_ctx, db, clinic, tmp_path):  # type: ignore[no-untyped-def]
    patient = clinic.patient()
    window = PatientWindow(make_ctx(patient), patient)
    qtbot.waitUntil(lambda: window.first_page_shown)  # built on the next turn
    qtbot.addWidget(window)
    page = window.show_page("records")
    fake = tmp_path / "virus.pdf"
    fake.write_bytes(b"MZ\x90\x00 this is an executable")
    upload = page.open_upload()
    upload.set_file(str(fake))
    qtbot.mouseClick(upload.upload_button, Qt.MouseButton.LeftButton)
    assert upload.isVisible() and "Only PDF, JPEG and PNG" in upload.form.error_text("file")
    assert upload.progress is None and upload.upload_button.isEnabled()
    future = date.today() + timedelta(days=3)
    assert upload.record_date.maximumDate() < QDate(future.year, future.month, future.day)
    window.sign_out()


def test_online_appointment_offers_join_and_copy(qtbot, make_ctx, db, clinic, opened_urls):  # type: ignore[no-untyped-def]
    from medlink.services import meetings

    doctor = clinic.doctor()
    meetings.add_meet_link(db, actor=doctor, url="https://meet.google.com/abc-defg-hij")
    patient = clinic.patient()
    booked = clinic.booking(patient, doctor, mode="online")
    window = PatientWindow(make_ctx(patient), patient)
    qtbot.waitUntil(lambda: window.first_page_shown)  # built on the next turn
    qtbot.addWidget(window)
    page = window.show_page("appointments")
    assert page.select_appointment(booked.id)
    link = page.selected().meet_link
    assert link and page.join_button.isEnabled()
    qtbot.mouseClick(page.join_button, Qt.MouseButton.LeftButton)
    assert opened_urls == [link]
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == link
    window.sign_out()
    assert QApplication.clipboard().text() != link  # nothing of this patient stays behind


def test_stale_search_results_are_discarded(qtbot, make_ctx, db, clinic):  # type: ignore[no-untyped-def]
    clinic.doctor("Dr. Meera Rao")
    patient = clinic.patient()
    window = PatientWindow(make_ctx(patient), patient)
    qtbot.waitUntil(lambda: window.first_page_shown)  # built on the next turn
    qtbot.addWidget(window)
    page = window.show_page("doctors")
    assert page.model.rowCount() == 1
    stale = page._searches.wrap(page._show_results)  # a search started …
    page.run_search()                                # … then a newer one
    stale([])                                        # the older one finishes late
    assert page.model.rowCount() == 1
    window.sign_out()


@pytest.mark.parametrize("kiosk", [False, True])
def test_profile_edit_and_version_conflict(qtbot, make_ctx, db, clinic, kiosk):  # type: ignore[no-untyped-def]
    from medlink.services import patients

    patient = clinic.patient("Rekha Joshi")
    staff = clinic.staff()
    window = PatientWindow(make_ctx(patient, kiosk=kiosk), patient)
    qtbot.waitUntil(lambda: window.first_page_shown)  # built on the next turn
    qtbot.addWidget(window)
    page = window.show_page("profile")
    assert page.fields.full_name.text() == "Rekha Joshi" and page.fields.email.isReadOnly()
    page.fields.allergies.setPlainText("Sulfa drugs")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.status.text() == "Your profile was saved."
    assert patients.get_patient(db, actor=patient, patient_id=patient.patient_id).allergies == "Sulfa drugs"
    # The front desk changes the record meanwhile: the patient's save is refused, not silently merged.
    current = patients.get_patient(db, actor=staff, patient_id=patient.patient_id)
    form = patients.PatientForm(**{k: getattr(current, k) for k in patients.PatientForm.__dataclass_fields__})
    form.phone = "9000000001"
    patients.update_patient(db, actor=staff, patient_id=patient.patient_id, form=form)
    page.fields.phone.setText("9111111111")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert patients.get_patient(db, actor=patient, patient_id=patient.patient_id).phone == "+919000000001"
    assert page.fields.phone.text() == "90000 00001"  # reloaded with the newer version
    bad = page.fields
    bad.phone.setText("123")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "STD code" in bad.error_text("phone")
    window.sign_out()


def test_date_of_birth_is_typed_day_month_year_and_tab_leaves_the_field(qtbot, make_ctx, db):  # type: ignore[no-untyped-def]
    dialog = PatientSignUpDialog(make_ctx())
    qtbot.addWidget(dialog)
    dialog.show()
    f = dialog.fields
    f.date_of_birth.setFocus()
    qtbot.waitUntil(f.date_of_birth.hasFocus)
    qtbot.keyClicks(f.date_of_birth, "15/08/1985")
    assert f.date_of_birth.text() == "15/08/1985"  # exactly what was typed, no "Choose date" prefix
    qtbot.keyClick(f.date_of_birth, Qt.Key.Key_Tab)
    assert not f.date_of_birth.hasFocus()
    assert f.dob_value() == date(1985, 8, 15) and f.error_text("date_of_birth") == ""
    f.date_of_birth.clear()
    qtbot.keyClicks(f.date_of_birth, "31-02-1985")
    assert not f.validate_field("date_of_birth")
    assert "not a date in the calendar" in f.error_text("date_of_birth")
    f.date_of_birth.setText("15-08-2999")
    assert not f.validate_field("date_of_birth")
    f.date_of_birth.setText("1.1.2000")
    assert f.validate_field("date_of_birth") and f.dob_value() == date(2000, 1, 1)


def test_keyboard_only_booking(qtbot, make_ctx, db, clinic):  # type: ignore[no-untyped-def]
    """Calendar → Tab → slots (arrow keys) → Enter books; no mouse anywhere."""
    from medlink.services.clinic_settings import get_settings
    from medlink.ui.patient.booking import BookingDialog

    doctor = clinic.doctor("Dr. Meera Rao")
    patient = clinic.patient("Kavitha Raman")
    booking = BookingDialog(make_ctx(patient), get_settings(db).tz, doctor.doctor_id, "Dr. Meera Rao")
    qtbot.addWidget(booking)
    booking.show()
    # the walk needs a whole day's list (late in the evening today has only its last few slots, or none):
    # the next working day, chosen with the keyboard's date as a user would see it
    today = booking.today
    qtbot.waitUntil(lambda: any(booking.is_working_day(today + timedelta(days=n)) for n in range(1, 15)))
    next_day = next(today + timedelta(days=n) for n in range(1, 15) if booking.is_working_day(today + timedelta(days=n)))
    booking.calendar.setSelectedDate(QDate(next_day.year, next_day.month, next_day.day))

    def next_days_slots_shown() -> bool:
        buttons = booking.slot_buttons()
        return bool(buttons) and all(
            datetime.fromisoformat(b.property("slot")).astimezone(get_settings(db).tz).date() == next_day for b in buttons
        )

    qtbot.waitUntil(next_days_slots_shown)
    assert len(booking.slot_buttons()) >= 6, len(booking.slot_buttons())
    booking.activateWindow()
    booking.calendar.setFocus()
    qtbot.waitUntil(lambda: booking.focusWidget() is not None and booking.calendar.isAncestorOf(booking.focusWidget()))
    # Tab goes from the calendar to the slots (not to the mode, reason and buttons first)
    qtbot.keyClick(booking.focusWidget(), Qt.Key.Key_Tab)
    first = booking.slot_buttons()[0]
    assert booking.focusWidget() is first
    qtbot.keyClick(first, Qt.Key.Key_Right)
    qtbot.keyClick(booking.focusWidget(), Qt.Key.Key_Down)
    target = booking.slot_buttons()[5]
    assert booking.focusWidget() is target and target.isChecked()
    # Tab from the slots reaches the mode choices, then the reason, then Confirm
    qtbot.keyClick(target, Qt.Key.Key_Tab)
    assert booking.focusWidget() is booking.in_person
    qtbot.keyClick(booking.focusWidget(), Qt.Key.Key_Tab)
    assert booking.focusWidget() is booking.online
    qtbot.keyClick(booking.focusWidget(), Qt.Key.Key_Tab)
    assert booking.focusWidget() is booking.reason
    qtbot.keyClicks(booking.reason, "Follow-up")
    qtbot.keyClick(booking.reason, Qt.Key.Key_Tab)
    assert booking.focusWidget() is booking.confirm_button
    # back to the slot with Shift+Tab ×4 and Enter on it books
    for _ in range(4):
        qtbot.keyClick(booking.focusWidget(), Qt.Key.Key_Backtab)
    assert booking.focusWidget() is target
    chosen = booking.chosen_slot()
    qtbot.keyClick(target, Qt.Key.Key_Return)
    assert booking.pages.currentIndex() == 1
    with db.read() as session:
        row = session.scalars(select(Appointment)).one()
        assert (row.starts_at, row.reason, row.mode) == (chosen, "Follow-up", "in_person")


def test_reschedule_shows_one_mode_selected(qtbot, make_ctx, db, clinic):  # type: ignore[no-untyped-def]
    from medlink.services.clinic_settings import get_settings
    from medlink.ui.patient.booking import BookingDialog

    doctor, patient = clinic.doctor("Dr. Meera Rao"), clinic.patient("Kavitha Raman")
    online = clinic.booking(patient, doctor, mode="online")
    view = appointments.get_appointment(db, actor=patient, appointment_id=online.id)
    dialog = BookingDialog(make_ctx(patient), get_settings(db).tz, doctor.doctor_id, "Dr. Meera Rao",
                           appointment=view)
    qtbot.addWidget(dialog)
    assert dialog.online.isChecked() and not dialog.in_person.isChecked()
    assert "stays online" in dialog.mode_caption.text()
