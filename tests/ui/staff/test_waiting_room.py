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
    page.show()
    screen = TokenScreenWindow(make_ctx(None), change_check_ms=None)
    qtbot.addWidget(screen)
    screen.show()
    page.refresh()
    waiting = screen.findChild(QLabel, f"waiting_{doctor.doctor_id}")
    assert waiting is not None and "1" in waiting.text() and "2" in waiting.text()
    now = screen.findChild(QLabel, f"nowServing_{doctor.doctor_id}")
    assert now is not None and now.text() == "—"

    call = page.findChild(QPushButton, f"callNext_{doctor.doctor_id}")
    assert call is not None and call.isEnabled()
    call.click()
    assert "Token 1 called in: Meera Kumar" in page.message.text()  # the desk sees who; the screen never does
    # No timer and no Refresh: the call announced a "queue" change, both screens reloaded the board.
    now = screen.findChild(QLabel, f"nowServing_{doctor.doctor_id}")
    assert now is not None and now.text() == "1"
    texts = " ".join(label.text() for label in screen.findChildren(QLabel))
    assert "Meera" not in texts and "Ravi" not in texts and "Dr. Kavya Rao" in texts
    waiting_on_page = " ".join(label.text() for label in page.grid_host.findChildren(QLabel))
    assert "Now seeing: token 1" in waiting_on_page and "Waiting: 2" in waiting_on_page


def test_token_screen_follows_another_workstations_calls_by_its_own_change_check(qtbot, clinic, checked_in,
                                                                                  make_ctx):
    """The TV runs unattended in its own program: its change check finds the desk's call."""
    from medlink.services import tokens
    from medlink.ui.token_screen import TokenScreenWindow

    staff, doctor = checked_in
    screen = TokenScreenWindow(make_ctx(None), change_check_ms=100)
    qtbot.addWidget(screen)
    screen.show()
    assert screen.findChild(QLabel, f"nowServing_{doctor.doctor_id}").text() == "—"
    loads: list[int] = []
    original = screen.show_board
    screen.feed._show = lambda board: (loads.append(1), original(board))
    tokens.call_next(clinic.db, actor=staff, doctor_id=doctor.doctor_id)  # at the front desk, another PC
    qtbot.waitUntil(lambda: screen.findChild(QLabel, f"nowServing_{doctor.doctor_id}").text() == "1", timeout=5_000)
    qtbot.wait(500)  # several more checks without a change: no redraw
    assert loads == [1]


def test_token_screen_empty_state(qtbot, make_ctx, db):
    from medlink.ui.token_screen import TokenScreenWindow

    screen = TokenScreenWindow(make_ctx(None), change_check_ms=None)
    qtbot.addWidget(screen)
    assert not screen.empty.isHidden() and screen.grid_host.isHidden()
