"""The health assistant lives in the patient window; "Book a …" opens the doctor search filtered by it."""

from __future__ import annotations

from medlink.ui.chat_panel import ChatPanel
from medlink.ui.patient.doctors_page import FindDoctorPage
from medlink.ui.patient.window import PatientWindow


def test_assistant_book_action_filters_doctor_search(qtbot, make_ctx, clinic):
    clinic.doctor("Dr. Skin Expert", speciality="Dermatologist")
    clinic.doctor("Dr. Heart Expert", speciality="Cardiologist")
    patient = clinic.patient()
    window = PatientWindow(make_ctx(patient), patient)
    qtbot.addWidget(window)
    panel = window.show_page("assistant")
    assert isinstance(panel, ChatPanel)
    panel.book_speciality_requested.emit("Dermatologist")
    page = window.stack.currentWidget()
    assert isinstance(page, FindDoctorPage)
    qtbot.waitUntil(lambda: page.speciality.currentData() == "Dermatologist", timeout=5000)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    assert page.model.rows[0].full_name == "Dr. Skin Expert"
