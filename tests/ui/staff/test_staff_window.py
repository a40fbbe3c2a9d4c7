"""The front-desk / administrator window, driven like a user would, checked against the database."""

from __future__ import annotations

import csv
from datetime import datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from medlink.db.models import Appointment, ClinicSettings, Doctor, OutboxMessage, Patient
from medlink.errors import AccountLocked, AuthenticationFailed
from medlink.services import accounts, appointments, clinic_settings
from tests.factories import PASSWORD, STAFF_PASSWORD

IST = ZoneInfo("Asia/Kolkata")


def _keys(window) -> list[str]:  # type: ignore[no-untyped-def]
    return list(window._specs)


def test_pages_depend_on_role(clinic, open_window):
    staff_window = open_window(clinic.staff())
    desk = ["queue", "waiting_room", "patients", "doctor_day", "recall", "duplicates", "dashboard"]
    assert _keys(staff_window) == desk
    admin_window = open_window(clinic.admin)
    assert _keys(admin_window) == [*desk, "doctors", "users", "outbox", "settings", "audit", "maintenance"]
    assert "Administration" in admin_window.windowTitle() and "Front desk" in staff_window.windowTitle()


def test_reject_needs_reason_then_e_mails_the_doctor(clinic, db, open_window, qtbot, confirmations):
    pending = clinic.doctor("Dr. Kavya Reddy", speciality="Gynaecologist", verified=False)
    page = open_window(clinic.admin).show_page("doctors")
    assert page.selected().profile.id == pending.doctor_id
    assert page.values["registration_number"].text().startswith("KMC-")
    qtbot.mouseClick(page.reject_button, Qt.MouseButton.LeftButton)
    assert page.reason_error.isVisible() and "reason" in page.reason_error.text()
    with db.read() as s:
        assert s.get(Doctor, pending.doctor_id).verification_status == "pending"
    qtbot.keyClicks(page.reason, "Registration number not found in the KMC register")
    qtbot.mouseClick(page.reject_button, Qt.MouseButton.LeftButton)
    assert confirmations == ["Reject registration"]
    with db.read() as s:
        doctor = s.get(Doctor, pending.doctor_id)
        assert doctor.verification_status == "rejected"
        assert doctor.verification_note == "Registration number not found in the KMC register"
        mail = s.scalars(select(OutboxMessage).where(OutboxMessage.to_address == doctor.email)).all()
        assert [m.kind for m in mail] == ["doctor_rejected"]
    assert page.model.rows == [] and page.list_empty.isVisibleTo(page)


def test_approve_asks_first_e_mails_the_doctor_and_selects_no_one_next(clinic, db, open_window, qtbot,
                                                                       confirmations):
    pending = clinic.doctor("Dr. Kavya Reddy", verified=False)
    clinic.doctor("Dr. Next In Line", verified=False)
    page = open_window(clinic.admin).show_page("doctors")
    row = next(i for i, d in enumerate(page.model.rows) if d.profile.id == pending.doctor_id)
    page.table.selectRow(row)
    qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    assert confirmations == ["Approve doctor"]
    # the other pending doctor is listed but not selected under the cursor
    assert [d.profile.full_name for d in page.model.rows] == ["Dr. Next In Line"]
    assert page.selected() is None and page.detail_stack.currentWidget() is page.detail_empty
    with db.read() as s:
        doctor = s.get(Doctor, pending.doctor_id)
        assert doctor.verification_status == "verified"
        assert s.scalars(select(OutboxMessage.kind).where(OutboxMessage.to_address == doctor.email)).all() == [
            "doctor_verified"]


def test_suspend_lists_appointments_and_opens_doctor_day(clinic, db, open_window, qtbot, confirmations):
    doctor = clinic.doctor("Dr. Suspended Soon")
    clinic.doctor("Dr. Colleague")
    appt = clinic.booking(clinic.patient("Ravi Kumar"), doctor)
    window = open_window(clinic.admin)
    page = window.show_page("doctors")
    page.status.setCurrentIndex(page.status.findData("verified"))
    row = next(i for i, d in enumerate(page.model.rows) if d.profile.id == doctor.doctor_id)
    page.table.selectRow(row)
    qtbot.keyClicks(page.reason, "Licence under review")
    qtbot.mouseClick(page.suspend_button, Qt.MouseButton.LeftButton)
    with db.read() as s:
        assert s.get(Doctor, doctor.doctor_id).verification_status == "suspended"
    assert [a.id for a in page.affected_model.rows] == [appt.id]
    assert page.rebook_button.isVisibleTo(page)
    qtbot.mouseClick(page.rebook_button, Qt.MouseButton.LeftButton)
    day_page = window.stack.currentWidget()
    assert day_page.objectName() == "page_doctor_day"
    assert day_page.doctor.currentData() == doctor.doctor_id
    assert [a.id for a in day_page.model.rows] == [appt.id]
    assert day_page.to_doctor.currentText() == "Dr. Colleague"


def test_walk_in_registration_and_booking_on_behalf(clinic, db, open_window, qtbot):
    staff = clinic.staff()
    doctor = clinic.doctor("Dr. Arjun Nair")
    page = open_window(staff).show_page("patients")
    dialog = page.open_walk_in()
    fields = dialog.fields
    qtbot.keyClicks(fields.full_name, "Lakshmi Narayan")
    fields.date_of_birth.setText("02-04-1960")
    fields.gender.setCurrentIndex(fields.gender.findData("Female"))
    qtbot.keyClicks(fields.phone, "12345")
    qtbot.keyClicks(fields.address, "5 Temple Street, Mysuru")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "STD code" in fields.error_text("phone")
    with db.read() as s:
        assert s.scalar(select(Patient.id).where(Patient.full_name == "Lakshmi Narayan")) is None
    fields.phone.clear()
    qtbot.keyClicks(fields.phone, "98450 11111")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with db.read() as s:
        patient = s.scalars(select(Patient).where(Patient.full_name == "Lakshmi Narayan")).one()
        assert patient.email is None and patient.user_id is None and patient.phone == "+919845011111"
        patient_id = patient.id
    assert page.patient is not None and page.patient.id == patient_id
    assert page.info_labels["account"].text() == "Walk-in (no account)"
    assert page.appts_empty.isVisibleTo(page)

    booking = page.open_booking()
    booking.doctor.setCurrentIndex(booking.doctor.findData(doctor.doctor_id))
    day = datetime.now(IST).date() + timedelta(days=2)
    booking.calendar.setSelectedDate(booking.calendar.selectedDate().addDays((day - datetime.now(IST).date()).days))
    assert booking.slots.count() > 0
    wanted = datetime.combine(day, time(11, 0), tzinfo=IST)
    assert booking.select_slot(wanted)
    qtbot.keyClicks(booking.reason, "Knee pain")
    qtbot.mouseClick(booking.save_button, Qt.MouseButton.LeftButton)
    with db.read() as s:
        appt = s.scalars(select(Appointment).where(Appointment.patient_id == patient_id)).one()
        assert (appt.doctor_id, appt.starts_at, appt.reason) == (doctor.doctor_id, wanted, "Knee pain")
        assert appt.booked_by_id == staff.user_id
        appt_id = appt.id
    assert [a.id for a in page.appt_model.rows] == [appt_id]


def test_calendar_refuses_non_working_days(clinic, db, open_window):
    from medlink.scheduling import WorkingRange
    from medlink.services import doctors

    doctor = clinic.doctor("Dr. Weekdays Only")
    doctors.set_availability(db, actor=doctor, slot_minutes=15,
                             ranges=[WorkingRange(d, time(9), time(12)) for d in range(5)])
    patient = clinic.patient()
    page = open_window(clinic.staff()).show_page("patients")
    page.open_patient(patient.patient_id)
    booking = page.open_booking()
    booking.doctor.setCurrentIndex(booking.doctor.findData(doctor.doctor_id))
    today = datetime.now(IST).date()
    sunday = today + timedelta(days=(6 - today.weekday()) or 7)
    booking.calendar.setSelectedDate(booking.calendar.selectedDate().addDays((sunday - today).days)
                                     if booking.calendar.selectedDate().toPython() == today
                                     else booking.calendar.minimumDate().addDays((sunday - today).days))
    assert booking.calendar.selectedDate().toPython() == sunday
    assert booking.slots.count() == 0 and not booking.save_button.isEnabled()
    assert "does not see patients" in booking.day_note.text()


def test_search_as_you_type_discards_stale_results(clinic, db, open_window, qtbot):
    clinic.patient("Priya Sharma")
    clinic.patient("Prakash Rao")
    page = open_window(clinic.staff()).show_page("patients")
    qtbot.keyClicks(page.search, "Pri")
    qtbot.waitUntil(lambda: len(page.results_model.rows) == 1)
    assert page.results_model.rows[0].full_name == "Priya Sharma"
    stale = page._searches.wrap(lambda rows: page._results("Pr", rows))  # an older search …
    page.run_search()                                                     # … overtaken by a newer one
    stale([])
    assert [r.full_name for r in page.results_model.rows] == ["Priya Sharma"]
    page.search.clear()
    page.run_search()
    assert page.results_model.rows == [] and page.results_empty.isVisibleTo(page)


def test_route_one_appointment_to_a_colleague(clinic, db, open_window, qtbot):
    absent, cover = clinic.doctor("Dr. Absent"), clinic.doctor("Dr. Cover")
    patient = clinic.patient("Sneha Patil")
    appt = clinic.booking(patient, absent)
    page = open_window(clinic.staff()).show_page("patients")
    page.open_patient(patient.patient_id)
    page.appts.selectRow(0)
    dialog = page.open_move("route")
    assert [dialog.doctor.itemData(i) for i in range(dialog.doctor.count())] == [cover.doctor_id]
    assert dialog.chosen_slot() == appt.starts_at  # same time pre-selected when the colleague is free
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with db.read() as s:
        moved = s.get(Appointment, appt.id)
        assert (moved.doctor_id, moved.starts_at) == (cover.doctor_id, appt.starts_at)
    assert page.appt_model.rows[0].doctor_name == "Dr. Cover"


def test_bulk_move_and_cancel_a_doctors_day(clinic, db, open_window, qtbot, confirmations):
    absent, cover = clinic.doctor("Dr. Absent"), clinic.doctor("Dr. Cover")
    other = clinic.doctor("Dr. Away", speciality="Cardiologist")
    staff = clinic.staff()
    day = datetime.now(IST).date() + timedelta(days=2)
    p1, p2 = clinic.patient(), clinic.patient()
    a1 = appointments.book_appointment(db, actor=staff, patient_id=p1.patient_id, doctor_id=absent.doctor_id,
                                       starts_at=datetime.combine(day, time(10), tzinfo=IST))
    a2 = appointments.book_appointment(db, actor=staff, patient_id=p2.patient_id, doctor_id=absent.doctor_id,
                                       starts_at=datetime.combine(day, time(10, 15), tzinfo=IST))
    c1 = appointments.book_appointment(db, actor=staff, patient_id=p1.patient_id, doctor_id=other.doctor_id,
                                       starts_at=datetime.combine(day, time(12), tzinfo=IST))
    page = open_window(staff).show_page("doctor_day")
    page.show_doctor_day(absent.doctor_id, day)
    assert [a.id for a in page.model.rows] == [a1.id, a2.id]
    assert page.to_doctor.currentData() == cover.doctor_id
    qtbot.mouseClick(page.move_button, Qt.MouseButton.LeftButton)
    assert page.report_title.text() == "Moved 2 of 2 to Dr. Cover"
    with db.read() as s:
        assert {s.get(Appointment, i).doctor_id for i in (a1.id, a2.id)} == {cover.doctor_id}
    assert page.model.rows == []

    page.show_doctor_day(other.doctor_id, day)
    assert [a.id for a in page.model.rows] == [c1.id]
    assert not page.move_button.isEnabled()  # no other cardiologist
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    assert page.cancel_error.isVisible()
    with db.read() as s:
        assert s.get(Appointment, c1.id).status == "booked"
    qtbot.keyClicks(page.cancel_reason, "The doctor is unwell")
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    with db.read() as s:
        assert s.get(Appointment, c1.id).status == "cancelled"
        assert s.get(Appointment, c1.id).cancel_reason == "The doctor is unwell"
    assert page.report_title.text() == "Cancelled 1 of 1"


def test_queue_check_in(clinic, db, open_window, qtbot):
    doctor, patient = clinic.doctor("Dr. Today"), clinic.patient("Deepa Menon")
    staff = clinic.staff()
    today = datetime.now(IST).date()
    slots = clinic.next_slots(doctor, 1, days_ahead=0)
    slots = [s for s in slots if s.astimezone(IST).date() == today]
    if not slots:
        pytest.skip("no free slot left today (test run just before midnight)")
    appt = appointments.book_appointment(db, actor=staff, patient_id=patient.patient_id,
                                         doctor_id=doctor.doctor_id, starts_at=slots[0])
    page = open_window(staff).show_page("queue")
    assert [a.id for a in page.model.rows] == [appt.id]
    page.table.selectRow(0)
    qtbot.mouseClick(page.check_in_button, Qt.MouseButton.LeftButton)
    with db.read() as s:
        assert s.get(Appointment, appt.id).status == "checked_in"
    assert "1 arrived" in page.summary.text()


def test_unlock_and_reset_password_forces_change(clinic, db, open_window, qtbot):
    staff_actor = clinic.staff()
    email = staff_actor.email
    for _ in range(5):
        with pytest.raises((AuthenticationFailed, AccountLocked)):
            accounts.authenticate(db, email=email, password="wrong-password")
    with pytest.raises(AccountLocked):
        accounts.authenticate(db, email=email, password=STAFF_PASSWORD)
    page = open_window(clinic.admin).show_page("users")
    from medlink.ui.staff.users import state_text

    assert page.select_user(staff_actor.user_id)
    assert "locked" in state_text(page.selected())
    assert page.unlock_button.isEnabled()
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    assert accounts.authenticate(db, email=email, password=STAFF_PASSWORD).user_id == staff_actor.user_id

    page.select_user(staff_actor.user_id)
    dialog = page.open_reset()
    dialog.password.edit.setText("short")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.form.error_text("temporary_password")
    temporary = "river-lotus-472"
    dialog.password.edit.setText(temporary)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    signed_in = accounts.authenticate(db, email=email, password=temporary)
    assert signed_in.must_change_password
    row = next(u for u in page.model.rows if u.id == staff_actor.user_id)
    assert "must change password" in state_text(row)


def test_deactivate_and_reactivate_but_never_oneself(clinic, db, open_window, qtbot, confirmations):
    from medlink.db.models import User

    admin = clinic.admin
    colleague = accounts.create_staff(db, actor=admin, email="second@clinic.test", password=PASSWORD,
                                      full_name="Second Admin", role=accounts.Role.ADMIN)
    page = open_window(admin).show_page("users")
    page.select_user(admin.user_id)
    assert not page.active_button.isEnabled()  # an admin cannot lock themself (or the last admin) out
    page.select_user(colleague)
    assert page.active_button.text() == "Deactivate…"
    qtbot.mouseClick(page.active_button, Qt.MouseButton.LeftButton)
    with db.read() as s:
        assert s.get(User, colleague).is_active is False
    assert confirmations == ["Deactivate account"] and page.active_button.text() == "Reactivate…"
    qtbot.mouseClick(page.active_button, Qt.MouseButton.LeftButton)
    with db.read() as s:
        assert s.get(User, colleague).is_active is True


def test_bad_gstin_shows_message_and_saves_nothing(clinic, db, open_window, qtbot):
    page = open_window(clinic.admin).show_page("settings")
    page.clinic_name.setText("Changed Name Clinic")
    page.gstin.setText("29ABCDE1234")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "15 characters" in page.error_text("gstin")
    assert page.tabs.currentIndex() == 0
    assert clinic_settings.get_settings(db).clinic_name != "Changed Name Clinic"
    page.gstin.setText("29ABCDE1234F1Z5")  # the old demo's GSTIN: wrong check digit
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "15 characters" in page.error_text("gstin") or "check digit" in page.error_text("gstin")
    page.gstin.setText("27AABFM1234K1ZG")  # valid, but Maharashtra's: the clinic is in Karnataka
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "Maharashtra" in page.error_text("gstin")
    assert clinic_settings.get_settings(db).clinic_name != "Changed Name Clinic"
    page.gstin.setText("29aabfm1234k1zc")
    page.money["default_consultation_fee"].setText("650.50")
    page.rates["gst_lab_test_rate"].setText("12")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.error_text("gstin") == "" and page.saved_label.isVisible()
    saved = clinic_settings.get_settings(db)
    assert (saved.clinic_name, saved.gstin) == ("Changed Name Clinic", "29AABFM1234K1ZC")
    assert saved.default_consultation_fee == Decimal("650.50") and saved.gst_lab_test_rate == Decimal("12.00")


def test_bad_fee_is_shown_on_its_tab(clinic, db, open_window, qtbot):
    page = open_window(clinic.admin).show_page("settings")
    page.money["default_lab_test_fee"].setText("12.345")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "two decimal places" in page.error_text("default_lab_test_fee")
    assert page.tabs.tabText(page.tabs.currentIndex()) == "Billing and GST"
    with db.read() as s:
        row = s.get(ClinicSettings, 1)
        assert row is None or row.default_lab_test_fee_paise == 0


def test_smtp_password_goes_to_the_keyring(clinic, db, open_window, qtbot):
    from medlink.security.secrets import get_secret, smtp_account

    page = open_window(clinic.admin).show_page("settings")
    page.smtp_host.setText("smtp.example.in")
    page.smtp_username.setText("clinic@example.in")
    page.smtp_password.setText("app-password-123")
    page.smtp_sender_address.setText("clinic@example.in")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert get_secret(smtp_account("clinic@example.in", "smtp.example.in")) == "app-password-123"
    assert page.smtp_password.text() == ""
    with db.read() as s:
        row = s.get(ClinicSettings, 1)
        assert row.smtp_host == "smtp.example.in"
        assert "app-password-123" not in repr([getattr(row, c.name) for c in row.__table__.columns])


def test_dashboard_shows_numbers_and_exports_csv(clinic, db, open_window, tmp_path):
    doctor, patient = clinic.doctor(), clinic.patient()
    admin = clinic.admin
    a = clinic.booking(patient, doctor)
    appointments.set_outcome(db, actor=admin, appointment_id=a.id, status=appointments.AppointmentStatus.NO_SHOW,
        now=a.ends_at)
    window = open_window(admin)
    page = window.show_page("dashboard")
    assert page.charts_ready and "revenue" in page.chart_views
    page.last.setDate(page.last.date().addDays(3))
    assert page.kpi["appointments"].value.text() == "1"
    assert page.kpi["no_show_rate"].value.text() == "100.0 %"
    assert page.kpi["revenue"].value.text() == "₹0.00"
    target = tmp_path / "dash.csv"
    page.write_csv(target)
    with open(target, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["Date", "Appointments", "Completed", "No-shows", "Cancelled", "Revenue (INR)", "GST (INR)"]
    assert rows[-1] == ["Total", "1", "0", "1", "0", "0.00", "0.00"]

    staff_page = open_window(clinic.staff()).show_page("dashboard")
    assert "revenue" not in staff_page.kpi and "revenue" not in staff_page.chart_views


def test_audit_log_filters_and_pages(clinic, db, open_window, qtbot, monkeypatch, tmp_path):
    import medlink.ui.staff.audit_page as audit_page

    monkeypatch.setattr(audit_page, "PAGE_SIZE", 3)
    patient = clinic.patient("Anil Deshpande")
    staff = clinic.staff()
    from medlink.services import patients

    for _ in range(4):
        patients.get_patient(db, actor=staff, patient_id=patient.patient_id)
    page = open_window(clinic.admin).show_page("audit")
    page.action.setEditText("patient.view")
    page.reload()
    assert len(page.model.rows) == 3 and page.model.canFetchMore()
    page.model.fetchMore()
    assert len(page.model.rows) == 4 and not page.model.canFetchMore()
    assert {e.action for e in page.model.rows} == {"patient.view"}
    page.action.setEditText("")
    page.user.setCurrentIndex(page.user.findData(staff.user_id))
    page.patient.setText(str(patient.patient_id))
    page.reload()
    while page.model.canFetchMore():
        page.model.fetchMore()
    assert page.model.rows and all(e.actor_user_id == staff.user_id and e.patient_id == patient.patient_id
                                   for e in page.model.rows)
    page.patient.setText("abc")
    page.reload()
    assert page.filter_error.isVisible()
    page.patient.setText("")
    page.user.setCurrentIndex(0)
    page.action.setEditText("patient.")
    target = tmp_path / "audit.csv"
    page.export_to(target)
    with open(target, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][:3] == ["When", "Who", "Action"] and len(rows) >= 6
    assert all(r[2].startswith("patient.") for r in rows[1:])


def test_create_staff_account(clinic, db, open_window, qtbot):
    page = open_window(clinic.admin).show_page("users")
    dialog = page.open_create()
    qtbot.keyClicks(dialog.full_name, "Meena Front Desk")
    qtbot.keyClicks(dialog.email, "not-an-email")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "valid e-mail" in dialog.form.error_text("email")
    dialog.email.clear()
    qtbot.keyClicks(dialog.email, "meena@clinic.test")
    temporary = dialog.password.text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    actor = accounts.authenticate(db, email="meena@clinic.test", password=temporary)
    assert actor.role.value == "staff" and actor.must_change_password
    assert any(u.email == "meena@clinic.test" for u in page.model.rows)


def test_outbox_cancel_and_retry(clinic, db, open_window, qtbot, confirmations):
    clinic.booking(clinic.patient("Mohammed Irfan"), clinic.doctor())
    page = open_window(clinic.admin).show_page("outbox")
    assert page.counts["pending"].text() == str(len(page.model.rows)) and page.model.rows
    row = next(i for i, m in enumerate(page.model.rows) if m.kind == "appointment_booked")
    message_id = page.model.rows[row].id
    page.table.selectRow(row)
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    with db.read() as s:
        assert s.get(OutboxMessage, message_id).status == "cancelled"
    assert page.counts["cancelled"].text() == "1" and page.selected().id == message_id
    qtbot.mouseClick(page.retry_button, Qt.MouseButton.LeftButton)
    with db.read() as s:
        assert s.get(OutboxMessage, message_id).status == "pending"
    staff_page = open_window(clinic.staff())
    assert "outbox" not in staff_page._specs


def test_consultation_gst_treatment_sets_the_rate(clinic, db, open_window, qtbot):
    page = open_window(clinic.admin).show_page("settings")
    assert page.gst_treatment.currentData() == "gst_18"  # the founding design
    page.gst_treatment.setCurrentIndex(page.gst_treatment.findData("exempt"))
    page.gst_treatment.activated.emit(page.gst_treatment.currentIndex())
    assert page.rates["gst_consultation_rate"].text() == "0"
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert clinic_settings.get_settings(db).gst_consultation_rate == Decimal("0")
    assert page.gst_treatment.currentData() == "exempt"  # reloaded from the saved settings
    page.rates["gst_consultation_rate"].setText("5")
    page.rates["gst_consultation_rate"].textEdited.emit("5")
    assert page.gst_treatment.currentData() is None  # another rate


def test_settings_tabs_are_filled_on_the_turns_after_the_page_shows(clinic, db, open_window, qtbot):
    window = open_window(clinic.admin)
    page = window.show_page("settings")
    areas = [page.tabs.widget(i) for i in range(page.tabs.count())]
    assert areas[0].widget() is not None and all(area.widget() is None for area in areas[1:])
    assert page.smtp_port.value() == clinic_settings.get_settings(db).smtp_port  # loaded into the waiting tabs
    qtbot.waitUntil(lambda: all(area.widget() is not None for area in areas))
    assert page.smtp_host.window() is window  # in its tab, in the window
    page.tabs.setCurrentIndex(2)
    qtbot.waitUntil(page.smtp_host.isVisible)

    page = open_window(clinic.admin).show_page("settings")
    page.tabs.setCurrentIndex(2)  # a tab chosen before its turn: every tab filled at once
    assert all(page.tabs.widget(i).widget() is not None for i in range(page.tabs.count()))
