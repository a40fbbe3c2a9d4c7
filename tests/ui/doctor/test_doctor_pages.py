"""Doctor sign-up, cancelling with a reason, orphaned bookings after an hours change, Meet links."""

from __future__ import annotations

import io
from datetime import time

from PIL import Image
from PySide6.QtCore import Qt, QTime
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton
from sqlalchemy import select

from medlink.db.models import OutboxMessage
from medlink.services import appointments, doctors, meetings
from medlink.ui.doctor.sign_up import DoctorSignUpDialog
from medlink.ui.doctor.window import DoctorWindow


def _click(qtbot, widget, name: str) -> None:  # type: ignore[no-untyped-def]
    button = widget.findChild(QPushButton, name)
    assert button is not None and button.isEnabled(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_sign_up_shows_errors_next_to_fields_then_registers_pending(qtbot, db, make_ctx, sync_tasks, tmp_path):  # type: ignore[no-untyped-def]
    dialog = DoctorSignUpDialog(make_ctx(None))
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.form
    qtbot.keyClicks(form.full_name, "Dr. Kavya Reddy")
    qtbot.keyClicks(form.email, "kavya@example.test")
    qtbot.keyClicks(form.phone, "9811122233")
    qtbot.keyClicks(form.registration, "KMC-70311")
    form.qualifications.setPlainText("MBBS, MS (Obstetrics & Gynaecology)")
    form.years.setValue(4)
    qtbot.keyClicks(form.password, "a-long-passphrase-9")
    qtbot.keyClicks(form.repeat, "a-long-passphrase-8")
    _click(qtbot, dialog, "register")
    assert form.error_text("repeat_password") == "The two passwords are different."
    form.repeat.setText("a-long-passphrase-9")
    _click(qtbot, dialog, "register")
    assert form.error_text("speciality") == "Choose a speciality from the list."
    assert dialog.actor is None
    # a broken "photo" is refused next to the field; a real one is shown small
    bad = tmp_path / "photo.jpg"
    bad.write_bytes(b"not an image")
    assert not form.load_photo(bad)
    assert "not a readable" in form.error_text("photo")
    good = tmp_path / "me.png"
    out = io.BytesIO()
    Image.new("RGB", (900, 600), (10, 100, 90)).save(out, format="PNG")
    good.write_bytes(out.getvalue())
    assert form.load_photo(good) and not form.photo_preview.pixmap().isNull()
    form.speciality.setCurrentIndex(form.speciality.findData("Gynaecologist"))
    _click(qtbot, dialog, "register")
    assert dialog.actor is not None and dialog.actor.doctor_status == "pending"
    profile = doctors.doctor_profile(db, doctor_id=dialog.actor.doctor_id, actor=dialog.actor)
    assert profile.registration_number == "KMC-70311" and profile.photo_png is not None
    window = DoctorWindow(make_ctx(dialog.actor), dialog.actor)
    qtbot.waitUntil(lambda: window.first_page_shown)  # built on the next turn
    qtbot.addWidget(window)
    assert list(window._specs) == ["status"]
    assert window.page("status").detail_labels["registration"].text() == "KMC-70311"


def test_rejected_and_suspended_doctors_see_the_reason(qtbot, db, clinic, make_ctx, sync_tasks):  # type: ignore[no-untyped-def]
    rejected = clinic.doctor(verified=False)
    doctors.decide_verification(db, actor=clinic.admin, doctor_id=rejected.doctor_id, approve=False,
                                reason="Registration number not found in the KMC register")
    from medlink.services import accounts
    from tests.factories import PASSWORD

    rejected = accounts.authenticate(db, email=rejected.email, password=PASSWORD)
    window = DoctorWindow(make_ctx(rejected), rejected)
    qtbot.waitUntil(lambda: window.first_page_shown)  # built on the next turn
    qtbot.addWidget(window)
    assert list(window._specs) == ["status"]
    assert "not found in the KMC register" in window.page("status").state.text()
    suspended = clinic.doctor()
    doctors.suspend_doctor(db, actor=clinic.admin, doctor_id=suspended.doctor_id, reason="Licence under review")
    suspended = accounts.authenticate(db, email=suspended.email, password=PASSWORD)
    window = DoctorWindow(make_ctx(suspended), suspended)
    qtbot.waitUntil(lambda: window.first_page_shown)  # built on the next turn
    qtbot.addWidget(window)
    assert list(window._specs) == ["status"]
    assert "suspended" in window.page("status").state.text() and "Licence under review" in window.page("status").state.text()


def test_cancel_needs_a_reason_and_notifies_the_patient(qtbot, db, clinic, make_ctx, sync_tasks):  # type: ignore[no-untyped-def]
    doctor, patient = clinic.doctor(), clinic.patient("Priya Sharma")
    appt = clinic.booking(patient, doctor)
    window = DoctorWindow(make_ctx(doctor), doctor)
    qtbot.waitUntil(lambda: window.first_page_shown)  # built on the next turn
    qtbot.addWidget(window)
    page = window.show_page("appointments")
    assert page.select_id(appt.id)
    _click(qtbot, window, "cancelAppointment")
    dialog = page.reason_dialog
    _click(qtbot, dialog, "confirmReason")
    assert dialog.error.isVisibleTo(dialog) and dialog.result() == 0  # still open: reason required
    assert appointments.get_appointment(db, actor=doctor, appointment_id=appt.id).status == "booked"
    dialog.reason.setPlainText("Called away for an emergency surgery")
    _click(qtbot, dialog, "confirmReason")
    cancelled = appointments.get_appointment(db, actor=doctor, appointment_id=appt.id)
    assert cancelled.status == "cancelled" and cancelled.cancel_reason == "Called away for an emergency surgery"
    with db.read() as s:
        bodies = s.scalars(select(OutboxMessage.body_text).where(OutboxMessage.appointment_id == appt.id,
                                                                 OutboxMessage.to_address == patient.email)).all()
    assert any("Called away for an emergency surgery" in body for body in bodies)
    assert page.details.status.text().count("Cancelled") == 1


def test_new_hours_list_orphaned_bookings_to_keep_or_cancel(qtbot, db, clinic, make_ctx, sync_tasks):  # type: ignore[no-untyped-def]
    doctor = clinic.doctor(hours=(time(9, 0), time(20, 0)))
    first, second = clinic.patient("Anil Deshpande"), clinic.patient("Sneha Patil")
    a = clinic.booking(first, doctor)  # 09:00 tomorrow
    b = clinic.booking(second, doctor)  # 09:15 tomorrow
    window = DoctorWindow(make_ctx(doctor), doctor)
    qtbot.waitUntil(lambda: window.first_page_shown)  # built on the next turn
    qtbot.addWidget(window)
    page = window.show_page("availability")
    assert all(len(day.ranges) == 1 for day in page.days)
    for day in page.days:  # afternoons only, and a second evening range on Monday
        day.ranges[0].start.setTime(QTime(14, 0))
        day.ranges[0].end.setTime(QTime(17, 0))
    _click(qtbot, window, "addHours0")
    assert len(page.days[0].ranges) == 2
    page.days[0].ranges[1].start.setTime(QTime(18, 0))
    page.days[0].ranges[1].end.setTime(QTime(20, 0))
    _click(qtbot, window, "saveHours")
    assert page.affected_card.isVisibleTo(page)
    assert sorted(x.id for x in page.affected_model.rows) == sorted([a.id, b.id])
    assert len(doctors.doctor_profile(db, doctor_id=doctor.doctor_id).availability) == 8
    # keep one, cancel the other with a reason
    row = next(i for i, x in enumerate(page.affected_model.rows) if x.id == a.id)
    page.affected_view.selectRow(row)
    _click(qtbot, window, "keepAffected")
    assert [x.id for x in page.affected_model.rows] == [b.id]
    page.affected_view.selectRow(0)
    _click(qtbot, window, "cancelAffected")
    page.reason_dialog.reason.setPlainText("My consulting hours changed")
    _click(qtbot, page.reason_dialog, "confirmReason")
    assert appointments.get_appointment(db, actor=doctor, appointment_id=b.id).status == "cancelled"
    assert appointments.get_appointment(db, actor=doctor, appointment_id=a.id).status == "booked"
    assert not page.affected_card.isVisibleTo(page)
    # overlapping hours are refused next to the editor
    page.days[0].ranges[1].start.setTime(QTime(15, 0))
    _click(qtbot, window, "saveHours")
    assert "overlap" in page.hours_error.text() and page.hours_error.isVisibleTo(page)


def test_meet_links_page(qtbot, db, clinic, make_ctx, sync_tasks, monkeypatch):  # type: ignore[no-untyped-def]
    from medlink.ui import widgets

    doctor, patient = clinic.doctor(), clinic.patient()
    appt = clinic.booking(patient, doctor, mode="online")
    window = DoctorWindow(make_ctx(doctor), doctor)
    qtbot.waitUntil(lambda: window.first_page_shown)  # built on the next turn
    qtbot.addWidget(window)
    page = window.show_page("links")
    assert page.waiting.isVisibleTo(page) and "1 online appointment is waiting" in page.waiting.text()
    assert page.stack.currentIndex() == 1  # empty state
    QGuiApplication.clipboard().setText("not a link")
    _click(qtbot, window, "pasteMeet")
    assert "meet.google.com/abc-defg-hij" in page.error.text()
    QGuiApplication.clipboard().setText("https://meet.google.com/abc-defg-hij?authuser=0")
    _click(qtbot, window, "pasteMeet")
    assert not page.error.isVisibleTo(page)
    _click(qtbot, window, "addMeet")
    assert [link.url for link in page.model.rows] == ["https://meet.google.com/abc-defg-hij"]
    assert not page.waiting.isVisibleTo(page)
    assert appointments.get_appointment(db, actor=doctor, appointment_id=appt.id).meet_link == \
        "https://meet.google.com/abc-defg-hij"
    # a second link, made the personal room
    page.url.setText("meet.google.com/xyz-abcd-efg")
    _click(qtbot, window, "addMeet")
    page.view.selectRow([link.url for link in page.model.rows].index("https://meet.google.com/xyz-abcd-efg"))
    _click(qtbot, window, "makePersonal")
    links = meetings.list_meet_links(db, actor=doctor)
    assert [(link.url, link.is_personal_room) for link in links][0] == ("https://meet.google.com/xyz-abcd-efg", True)
    assert sum(link.is_personal_room for link in links) == 1
    # remove asks first
    monkeypatch.setattr(widgets, "confirm", lambda *a, **k: False)
    page.view.selectRow(0)
    _click(qtbot, window, "removeMeet")
    assert len(meetings.list_meet_links(db, actor=doctor)) == 2
    monkeypatch.setattr(widgets, "confirm", lambda *a, **k: True)
    _click(qtbot, window, "removeMeet")
    assert [link.url for link in meetings.list_meet_links(db, actor=doctor)] == ["https://meet.google.com/abc-defg-hij"]
    # the appointment page shows the link with Join and Copy
    day = window.show_page("appointments")
    assert day.select_id(appt.id)
    assert day.details.meet_link.text() == "https://meet.google.com/abc-defg-hij" and day.details.join.isEnabled()
    _click(qtbot, window, "copyMeet")
    assert QGuiApplication.clipboard().text() == "https://meet.google.com/abc-defg-hij"
