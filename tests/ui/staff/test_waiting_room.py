"""The waiting room with real windows: the front desk calls the next token, the TV screen shows it, no names."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from PySide6.QtWidgets import QLabel, QPushButton

from medlink.services import appointments
from medlink.services.clinic_settings import get_settings


@pytest.fixture
def checked_in(clinic):  # type: ignore[no-untyped-def]
    doctor = clinic.doctor("Dr. Kavya Rao")
    staff = clinic.staff()
    tz = get_settings(clinic.db).tz
    now = datetime.now(timezone.utc)
    today = now.astimezone(tz).date()
    slots = [s for s in clinic.next_slots(doctor, 40, days_ahead=0) if s > now and s.astimezone(tz).date() == today]
    if len(slots) < 2:
        pytest.skip("too close to midnight in the clinic's time zone")
    people = [clinic.patient("Meera Kumar"), clinic.patient("Ravi Sharma")]
    for person, slot in zip(people, slots, strict=False):
        booked = appointments.book_appointment(clinic.db, actor=staff, patient_id=person.patient_id,
                                               doctor_id=doctor.doctor_id, starts_at=slot)
        appointments.check_in(clinic.db, actor=staff, appointment_id=booked.id)
    return staff, doctor


def test_call_next_updates_the_page_and_the_token_screen(qtbot, clinic, checked_in, make_ctx):
    from medlink.ui.staff.waiting_room_page import WaitingRoomPage
    from medlink.ui.token_screen import TokenScreenWindow

    staff, doctor = checked_in
    page = WaitingRoomPage(make_ctx(staff))
    qtbot.addWidget(page)
    screen = TokenScreenWindow(make_ctx(None), poll_ms=60_000)
    qtbot.addWidget(screen)
    page.refresh()
    waiting = screen.findChild(QLabel, f"waiting_{doctor.doctor_id}")
    assert waiting is not None and "1" in waiting.text() and "2" in waiting.text()
    now = screen.findChild(QLabel, f"nowServing_{doctor.doctor_id}")
    assert now is not None and now.text() == "—"

    call = page.findChild(QPushButton, f"callNext_{doctor.doctor_id}")
    assert call is not None and call.isEnabled()
    call.click()
    assert "Token 1 called in: Meera Kumar" in page.message.text()  # the desk sees who; the screen never does
    screen.poll()
    now = screen.findChild(QLabel, f"nowServing_{doctor.doctor_id}")
    assert now is not None and now.text() == "1"
    texts = " ".join(label.text() for label in screen.findChildren(QLabel))
    assert "Meera" not in texts and "Ravi" not in texts and "Dr. Kavya Rao" in texts


def test_token_screen_empty_state(qtbot, make_ctx, db):
    from medlink.ui.token_screen import TokenScreenWindow

    screen = TokenScreenWindow(make_ctx(None), poll_ms=60_000)
    qtbot.addWidget(screen)
    assert not screen.empty.isHidden() and screen.grid_host.isHidden()
