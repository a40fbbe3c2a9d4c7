"""The health assistant chat panel: real engine, real database (SQLite; one test on both backends)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from medlink.chatbot import ChatBot
from medlink.config import AppConfig
from medlink.db.session import Database
from medlink.services import doctors, meetings
from medlink.services.chat_context import DatabaseChatContext
from medlink.ui import chat_panel, tasks
from medlink.ui.chat_panel import GREETING_SUGGESTIONS, ChatPanel, MessageRow
from medlink.ui.context import AppContext
from tests.factories import ClinicFactory


def _ctx(db: Database, tmp_path: Path, actor=None, *, kiosk: bool = False) -> AppContext:  # type: ignore[no-untyped-def]
    records = tmp_path / "records"
    records.mkdir(exist_ok=True)
    config = AppConfig(database_url=str(db.url), records_dir=records, config_file=tmp_path / "c.toml")
    return AppContext(db=db, config=config, kiosk=kiosk, actor=actor)


@pytest.fixture
def make_panel(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    def make(db: Database, actor=None, *, kiosk: bool = False) -> ChatPanel:  # type: ignore[no-untyped-def]
        panel = ChatPanel(_ctx(db, tmp_path, actor, kiosk=kiosk))
        qtbot.addWidget(panel)
        panel.resize(1000, 700)
        panel.show()
        qtbot.waitExposed(panel)
        return panel

    return make


def _last(panel: ChatPanel, sender: str) -> MessageRow:
    return [row for row in panel.message_rows() if row.message.sender == sender][-1]


def _point_size(label: QLabel) -> float:
    label.ensurePolished()  # the style sheet's font applies on polish
    return label.font().pointSizeF()


def _flush_deletes() -> None:
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_opens_with_greeting_suggestions_and_footer(synchronous, sqlite_db: Database, make_panel) -> None:
    panel = make_panel(sqlite_db)
    rows = panel.message_rows()
    assert [r.message.sender for r in rows] == ["assistant"]
    assert rows[0].message.text.startswith("Namaste!")
    assert [b.text() for b in panel.suggestion_buttons()] == list(GREETING_SUGGESTIONS)
    assert panel.footer.text() == ("This assistant gives general information, not a diagnosis. "
                                   "In an emergency call 112.")
    assert not panel.send_button.isEnabled()
    panel.input.setText("   ")
    assert not panel.send_button.isEnabled()
    panel.input.setText("hello")
    assert panel.send_button.isEnabled()


def test_enter_sends_the_question_and_shows_the_reply(synchronous, qtbot, sqlite_db: Database, make_panel) -> None:
    panel = make_panel(sqlite_db)
    panel.resize(1000, 320)  # short enough that the answer always overflows, whatever the app font
    expected = ChatBot(DatabaseChatContext(sqlite_db, None)).reply("What is dengue?")
    assert expected.intent == "disease_info"
    qtbot.keyClicks(panel.input, "What is dengue?")
    qtbot.keyClick(panel.input, Qt.Key.Key_Return)

    mine, answer = panel.message_rows()[-2:]
    assert mine.message.sender == "patient" and mine.message.text == "What is dengue?"
    assert mine.bubble.property("kind") == "patient"
    assert answer.message.sender == "assistant" and answer.message.intent == "disease_info"
    assert answer.message.text == expected.text
    shown = answer.label.text()
    assert "Aedes mosquito" in shown and "<li" in shown  # bullets become a list
    assert panel.input.text() == ""
    assert not panel.send_button.isEnabled()
    # the chips now follow the latest reply
    assert [b.text() for b in panel.suggestion_buttons()] == list(expected.suggestions)
    # the newest message is scrolled into view
    bar = panel.scroll_area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0 and bar.value() == bar.maximum(), timeout=5000)


def test_send_button_sends_too(synchronous, qtbot, sqlite_db: Database, make_panel) -> None:
    panel = make_panel(sqlite_db)
    panel.input.setText("hi")
    qtbot.mouseClick(panel.send_button, Qt.MouseButton.LeftButton)
    assert [r.message.text for r in panel.message_rows()][-2] == "hi"
    assert _last(panel, "assistant").message.intent == "greeting"


def test_clicking_a_suggestion_chip_sends_it(synchronous, qtbot, sqlite_db: Database, make_panel) -> None:
    panel = make_panel(sqlite_db)
    chip = next(b for b in panel.suggestion_buttons() if b.text() == "I have fever and headache")
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    assert _last(panel, "patient").message.text == "I have fever and headache"
    assert _last(panel, "assistant").message.intent == "symptom_check"
    assert "General Physician" in _last(panel, "assistant").message.text
    assert chip not in panel.suggestion_buttons()


def test_book_action_emits_the_speciality(synchronous, qtbot, sqlite_db: Database, make_panel) -> None:
    engine = ChatBot().reply("I have a rash on my arm")
    assert [(a.kind, a.value) for a in engine.actions] == [("book_speciality", "Dermatologist")]
    panel = make_panel(sqlite_db)
    panel.send("I have a rash on my arm")
    buttons = _last(panel, "assistant").action_buttons
    assert [b.text() for b in buttons] == ["Book a Dermatologist"]
    with qtbot.waitSignal(panel.book_speciality_requested, timeout=1000) as blocker:
        qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    assert blocker.args == ["Dermatologist"]


def test_emergency_reply_is_distinct_with_large_numbers(synchronous, qtbot, sqlite_db: Database, make_panel) -> None:
    panel = make_panel(sqlite_db)
    panel.send("I have severe chest pain and I am sweating")
    row = _last(panel, "assistant")
    assert row.message.intent == "emergency"
    assert row.bubble.property("kind") == "emergency"
    banner = row.findChild(QLabel, "emergencyBanner")
    assert banner is not None and "emergency" in banner.text().lower()
    qtbot.waitUntil(banner.isVisible, timeout=2000)
    numbers = [label.text() for label in row.findChildren(QLabel, "callNumber")]
    assert numbers == ["112", "108"]
    assert _point_size(row.findChild(QLabel, "callNumber")) >= 1.6 * _point_size(row.label)
    # a normal reply is not styled as an emergency
    panel.send("What is dengue?")
    assert _last(panel, "assistant").bubble.property("kind") == "assistant"
    assert _last(panel, "assistant").findChild(QLabel, "emergencyBanner") is None
    # the desktop cannot dial: Copy puts the number on the clipboard
    copy = row.findChildren(QPushButton, "copyNumber")[0]
    qtbot.mouseClick(copy, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "112"
    assert copy.text().startswith("Copied")


def test_self_harm_shows_tele_manas(synchronous, sqlite_db: Database, make_panel) -> None:
    panel = make_panel(sqlite_db)
    panel.send("I want to kill myself")
    row = _last(panel, "assistant")
    assert row.bubble.property("kind") == "emergency"
    numbers = [label.text() for label in row.findChildren(QLabel, "callNumber")]
    assert "14416" in numbers and "112" in numbers


def test_answers_follow_the_app_language_and_devanagari_is_answered_in_hindi(
    synchronous, sqlite_db: Database, make_panel
) -> None:
    from medlink import i18n

    panel = make_panel(sqlite_db)
    panel.send("What is dengue?")
    assert "डेंगू" not in _last(panel, "assistant").message.text  # English app: English answer
    panel.send("सीने में दर्द और पसीना")  # asked in Devanagari: the emergency answer in Hindi
    emergency = _last(panel, "assistant").message
    assert emergency.intent == "emergency" and "112" in emergency.text and "आपातकाल" in emergency.text
    previous = i18n.current_language()
    i18n.set_language("hi")
    try:
        panel.send("What is dengue?")  # Hindi app, question in Latin letters: answered in Hindi
        assert "डेंगू" in _last(panel, "assistant").message.text
    finally:
        i18n.set_language(previous)


def test_clear_history_removes_every_bubble(synchronous, qtbot, sqlite_db: Database, make_panel) -> None:
    panel = make_panel(sqlite_db)
    for question in ("What is dengue?", "I have a rash on my arm", "I have severe chest pain"):
        panel.send(question)
    assert len(panel.message_rows()) == 7
    panel.input.setText("half-typed question")
    panel.clear_history()
    _flush_deletes()
    assert panel.message_rows() == []
    assert panel.history.findChildren(MessageRow) == []
    assert panel.suggestion_buttons() == []
    assert panel.input.text() == ""
    # the "Clear conversation" button starts over with a fresh greeting
    panel.send("What is malaria?")
    qtbot.mouseClick(panel.clear_button, Qt.MouseButton.LeftButton)
    _flush_deletes()
    assert [r.message.intent for r in panel.history.findChildren(MessageRow)] == ["greeting"]
    assert len(panel.suggestion_buttons()) == len(GREETING_SUGGESTIONS)


def test_history_is_capped(synchronous, sqlite_db: Database, make_panel, monkeypatch) -> None:
    monkeypatch.setattr(chat_panel, "MAX_MESSAGES", 6)
    panel = make_panel(sqlite_db)
    for n in range(5):
        panel.send(f"What is dengue? {n}")
    _flush_deletes()
    rows = panel.message_rows()
    assert len(rows) == 6 and len(panel.history.findChildren(MessageRow)) == 6
    assert rows[0].message.text == "What is dengue? 2"


def test_very_long_text_is_accepted(synchronous, sqlite_db: Database, make_panel) -> None:
    panel = make_panel(sqlite_db)
    text = "I have a headache " + "and I feel tired " * 600
    panel.input.setText(text)
    panel.send_current()
    mine = _last(panel, "patient")
    assert mine.message.text == text.strip()
    assert len(mine.label.accessibleName()) < 2100  # the bubble shows a shortened copy
    assert _last(panel, "assistant").message.intent in {"symptom_check", "remedy"}


def test_fees_for_signed_in_patient_come_from_the_database(synchronous, db: Database, make_panel) -> None:
    clinic = ClinicFactory(db)
    cardiologist = clinic.doctor("Dr. Meera Iyer", speciality="Cardiologist")
    doctors.set_fees(db, actor=cardiologist, consultation="750", lab_test="0", medication="0", other="0")
    patient = clinic.patient("Lakshmi Menon")
    panel = make_panel(db, patient)
    assert "Lakshmi Menon" in panel.message_rows()[0].message.text
    chip = next(b for b in panel.suggestion_buttons() if b.text() == "Fees for a cardiologist")
    chip.click()
    answer = _last(panel, "assistant")
    assert answer.message.intent == "fees"
    assert "Dr. Meera Iyer" in answer.message.text and "750" in answer.message.text
    assert [b.text() for b in answer.action_buttons] == ["Book a Cardiologist"]


def test_meeting_link_opens_in_the_browser(synchronous, sqlite_db: Database, make_panel, monkeypatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(chat_panel, "open_url", lambda url: opened.append(url) or True)
    clinic = ClinicFactory(sqlite_db)
    doctor = clinic.doctor("Dr. Arjun Nair")
    meetings.add_meet_link(sqlite_db, actor=doctor, url="https://meet.google.com/kqd-xmrp-tav")
    patient = clinic.patient()
    clinic.booking(patient, doctor, mode="online")
    panel = make_panel(sqlite_db, patient)
    panel.send("Where is my meeting link?")
    answer = _last(panel, "assistant")
    assert answer.message.intent == "video_link"
    assert "https://meet.google.com/kqd-xmrp-tav" in answer.label.text()
    join = answer.action_buttons[0]
    assert join.text().startswith("Join Dr. Arjun Nair")
    join.click()
    assert opened == ["https://meet.google.com/kqd-xmrp-tav"]


def test_questions_typed_while_answering_are_queued_in_order(qtbot, sqlite_db: Database, make_panel) -> None:
    panel = make_panel(sqlite_db)  # real worker threads here
    panel.send("What is dengue?")
    assert panel.busy and panel.typing.isVisible()
    assert panel.input.isEnabled()
    panel.send("What is malaria?")
    qtbot.waitUntil(lambda: not panel.busy, timeout=10_000)
    assert not panel.typing.isVisible()
    texts = [(r.message.sender, r.message.text.split("\n")[0]) for r in panel.message_rows()[1:]]
    assert [t[0] for t in texts] == ["patient", "patient", "assistant", "assistant"]
    assert texts[2][1].startswith("Dengue") and texts[3][1].startswith("Malaria")


def test_destroying_the_panel_while_answering_is_safe(qtbot, sqlite_db: Database, tmp_path: Path) -> None:
    """The panel is deleted while its worker is still answering (inside the engine / SQLAlchemy)."""
    panel = ChatPanel(_ctx(sqlite_db, tmp_path))
    panel.send("What is dengue?")
    assert tasks.pending_tasks() == 1  # the answer is still being worked out
    panel.deleteLater()
    _flush_deletes()
    assert tasks.wait_for_tasks(10_000)
    tasks.deliver_pending()  # the late answer is dropped, nothing raises
    QApplication.processEvents()


def test_clear_drops_an_answer_still_on_its_way(qtbot, sqlite_db: Database, make_panel) -> None:
    panel = make_panel(sqlite_db)
    panel.send("What is dengue?")
    panel.clear_history()
    assert tasks.wait_for_tasks(10_000)
    qtbot.wait(50)
    assert panel.message_rows() == []
    assert not panel.busy and not panel.typing.isVisible()


def test_kiosk_bubbles_are_larger(synchronous, sqlite_db: Database, make_panel) -> None:
    desk = make_panel(sqlite_db)
    kiosk = make_panel(sqlite_db, kiosk=True)
    for panel in (desk, kiosk):
        panel.send("I have severe chest pain")
    desk_layout = desk.message_rows()[0].bubble.layout().contentsMargins()
    kiosk_layout = kiosk.message_rows()[0].bubble.layout().contentsMargins()
    assert kiosk_layout.left() > desk_layout.left()
    desk_number = _point_size(_last(desk, "assistant").findChild(QLabel, "callNumber"))
    kiosk_number = _point_size(_last(kiosk, "assistant").findChild(QLabel, "callNumber"))
    assert kiosk_number > desk_number


def test_in_hindi_the_greeting_and_its_chips_are_hindi_and_each_chip_is_understood(
    synchronous, qtbot, sqlite_db: Database, make_panel
) -> None:
    """With MedLink in Hindi the chat opens in Hindi — the greeting and its chips — and a chip, clicked,
    is sent in Hindi and answered (never "I didn't understand")."""
    from medlink.ui.i18n import apply_language

    apply_language("hi")
    try:
        panel = make_panel(sqlite_db)
        greeting = panel.message_rows()[0].message.text
        assert greeting.startswith("नमस्ते") and "MedLink" in greeting
        chips = [b.text() for b in panel.suggestion_buttons()]
        assert len(chips) == len(GREETING_SUGGESTIONS)
        for text in chips:
            assert any("\u0900" <= ch <= "\u097f" for ch in text), text
            panel.clear_button.click()  # a fresh conversation: the greeting's chips again
            chip = next(b for b in panel.suggestion_buttons() if b.text() == text)
            qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
            assert _last(panel, "patient").message.text == text
            answer = _last(panel, "assistant").message
            assert answer.intent != "fallback", (text, answer.text)
            assert any("\u0900" <= ch <= "\u097f" for ch in answer.text), text
    finally:
        apply_language("en")
