"""Family profiles in the patient window: add a child, then book for the child."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDate, Qt
from sqlalchemy import select

from medlink.db.models import Appointment, Patient


def test_add_a_child_and_book_for_them(qtbot, clinic, make_ctx, db):
    from medlink.ui.patient.window import PatientWindow

    doctor = clinic.doctor("Dr. Meera Rao")
    mother = clinic.patient("Lakshmi Iyer")
    window = PatientWindow(make_ctx(mother), mother)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("family")
    assert page.stack.currentWidget() is page.empty
    dialog = page.add_member()
    dialog.full_name.setText("Kavin Iyer")
    dialog.date_of_birth.setText("31-02-2019")  # not in the calendar: a sentence beside the field, nothing saved
    dialog.gender.setCurrentIndex(2)
    dialog.relationship.setCurrentIndex(1)
    dialog.save_button.click()
    assert "not a date" in dialog.form.error_text("date_of_birth") and dialog.isVisible()
    dialog.date_of_birth.setText("02-03-2019")
    dialog.save_button.click()
    assert dialog.added is not None and not dialog.isVisible()
    assert [m.full_name for m in page.model.rows] == ["Kavin Iyer"]

    booking = window.book(doctor.doctor_id, "Dr. Meera Rao")
    assert booking.for_whom.count() == 2 and not booking.for_whom.isHidden()
    booking.for_whom.setCurrentIndex(1)
    tomorrow = booking.today + timedelta(days=1)
    booking.calendar.setSelectedDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    qtbot.mouseClick(booking.slot_buttons()[40], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(booking.confirm_button, Qt.MouseButton.LeftButton)
    with db.read() as session:
        row = session.scalars(select(Appointment)).one()
        assert session.get(Patient, row.patient_id).full_name == "Kavin Iyer"


def test_without_family_the_booking_dialog_has_no_choice(qtbot, clinic, make_ctx):
    from medlink.ui.patient.window import PatientWindow

    doctor = clinic.doctor()
    patient = clinic.patient()
    window = PatientWindow(make_ctx(patient), patient)
    qtbot.addWidget(window)
    booking = window.book(doctor.doctor_id, "Dr. X")
    assert booking.for_whom.isHidden() and booking.booking_patient_id() == patient.patient_id
