"""Screenshots of the health assistant chat (patient window and kiosk), offscreen,
with a demo clinic in a temp folder.

    QT_QPA_PLATFORM=offscreen python scripts/screenshots/chat.py [out_dir]
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from common import SCREEN as SIZE
from common import finish, save

KIOSK_SIZE = SIZE

CONVERSATION = (
    "What is dengue?",
    "I have an itchy rash on my arm since 3 days",
    "My father has severe chest pain and is sweating",
)
KIOSK_CONVERSATION = (
    "I have a rash on my arm",
    "My father has severe chest pain and is sweating",
)


def capture(out_dir: Path) -> list[Path]:
    """Build the demo clinic in a temp folder and save the chat screens."""
    previous = os.environ.get("MEDLINK_DATA_DIR")
    with tempfile.TemporaryDirectory(prefix="medlink-shots-") as folder:
        os.environ["MEDLINK_DATA_DIR"] = folder
        try:
            return _capture(Path(out_dir))
        finally:
            if previous is None:
                os.environ.pop("MEDLINK_DATA_DIR", None)
            else:
                os.environ["MEDLINK_DATA_DIR"] = previous


def _window(ctx, actor):  # type: ignore[no-untyped-def]
    """The real patient window with the assistant page (added here if the window does not list it yet)."""
    from medlink.ui.chat_panel import ChatPanel
    from medlink.ui.patient import window as patient_window
    from medlink.ui.shell import PageSpec

    window = patient_window.PatientWindow(ctx, actor)
    if "assistant" in window._specs:
        return window
    window.close()
    window.deleteLater()
    factory = lambda w: PageSpec("assistant", "Health assistant", lambda: ChatPanel(w.ctx))  # noqa: E731
    patient_window.EXTRA_PAGES.append(factory)
    try:
        return patient_window.PatientWindow(ctx, actor)
    finally:
        patient_window.EXTRA_PAGES.remove(factory)


def _capture(out_dir: Path) -> list[Path]:
    import keyring
    from PySide6.QtWidgets import QApplication, QWidget

    from medlink.db.session import Database
    from medlink.demo import demo_config, ensure_demo_clinic
    from medlink.security.secrets import DemoFileKeyring
    from medlink.services import accounts
    from medlink.ui import tasks
    from medlink.ui.app import create_application
    from medlink.ui.context import AppContext
    from medlink.ui.style import KIOSK_EXTRA, STYLESHEET

    out_dir.mkdir(parents=True, exist_ok=True)
    app = create_application()
    app.setStyleSheet(STYLESHEET)
    tasks.set_synchronous(True)
    keyring.set_keyring(DemoFileKeyring(__import__('tempfile').mkdtemp(prefix='medlink-shots-keyring-')))
    config, logins = ensure_demo_clinic(demo_config())
    db = Database(config.database_url)
    patient = accounts.authenticate(db, email=logins.patients[0], password=logins.password)
    saved: list[Path] = []

    def settle() -> None:
        for _ in range(8):
            QApplication.processEvents()

    def shot(widget: QWidget, name: str) -> None:
        settle()
        saved.append(save(widget, out_dir / f"{name}.png"))

    def converse(window, questions) -> None:  # type: ignore[no-untyped-def]
        panel = window.show_page("assistant")
        settle()
        for question in questions:
            panel.input.setText(question)
            panel.send_current()
            settle()
        panel.input.setText("Is it safe to take paracetamol for the fever?")
        settle()

    try:
        ctx = AppContext(db=db, config=config, actor=patient)
        window = _window(ctx, patient)
        window.resize(*SIZE)
        window.show()
        converse(window, CONVERSATION)
        shot(window, "patient_chat")
        panel = window.show_page("assistant")
        panel.clear_button.click()  # a fresh conversation: greeting, one answer with its chips and action
        panel.input.setText("I have an itchy rash on my arm since 3 days")
        panel.send_current()
        shot(window, "patient_chat_start")
        panel.clear_button.click()  # questions typed in other Indian scripts: Tamil, then Punjabi in Gurmukhi
        for question in ("எனக்கு தலை வலி", "ਮੇਰੀ ਛਾਤੀ ਵਿੱਚ ਬਹੁਤ ਦਰਦ ਹੈ ਤੇ ਸਾਹ ਨਹੀਂ ਆ ਰਿਹਾ"):
            panel.input.setText(question)
            panel.send_current()
            settle()
        shot(window, "patient_chat_scripts")
        window.close()
        window.deleteLater()

        app.setStyleSheet(STYLESHEET + KIOSK_EXTRA)
        kiosk_ctx = AppContext(db=db, config=config, kiosk=True, actor=patient)
        kiosk = _window(kiosk_ctx, patient)
        kiosk.resize(*KIOSK_SIZE)
        kiosk.show()
        converse(kiosk, KIOSK_CONVERSATION)
        shot(kiosk, "kiosk_chat")
        kiosk.close()
        kiosk.deleteLater()
        settle()
    finally:
        tasks.set_synchronous(False)
        app.setStyleSheet(STYLESHEET)
        db.dispose()
    return saved


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "docs" / "screenshots"
    raise SystemExit(finish(capture(target)))
