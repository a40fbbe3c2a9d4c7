"""Leaving kiosk mode: only an administrator's sign-in closes the kiosk."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from medlink.errors import MedLinkError
from medlink.services import kiosk
from medlink.services.actor import Actor
from medlink.ui.context import AppContext
from medlink.ui.operations import query
from medlink.ui.widgets import heading, reserve_message_space


class KioskExitDialog(QDialog):
    """Administrator e-mail and password; ``authorised`` is emitted once they are accepted."""

    authorised = Signal(object)  # Actor

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("kioskExitDialog")
        self.setWindowTitle(self.tr("Leave kiosk mode"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.addWidget(heading(self.tr("Leave kiosk mode"), 2))
        note = QLabel(self.tr("For clinic staff: an administrator signs in to close the kiosk."))
        note.setWordWrap(True)
        note.setProperty("role", "muted")
        layout.addWidget(note)
        layout.addWidget(QLabel(self.tr("Administrator e-mail")))
        self.email = QLineEdit()
        self.email.setObjectName("kioskExitEmail")
        layout.addWidget(self.email)
        layout.addWidget(QLabel(self.tr("Password")))
        self.password = QLineEdit()
        self.password.setObjectName("kioskExitPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.returnPressed.connect(self.submit)
        layout.addWidget(self.password)
        self.error = QLabel()
        self.error.setObjectName("kioskExitError")
        self.error.setProperty("role", "fieldError")
        reserve_message_space(self.error)
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        layout.addWidget(self.error)
        bar = QHBoxLayout()
        bar.addStretch(1)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        bar.addWidget(cancel)
        self.exit_button = QPushButton(self.tr("&Close the kiosk"))
        self.exit_button.setObjectName("kioskExitConfirm")
        self.exit_button.setProperty("role", "danger")
        self.exit_button.clicked.connect(self.submit)
        bar.addWidget(self.exit_button)
        layout.addLayout(bar)
        self.resize(440, 300)

    def submit(self) -> None:
        db = self.ctx.db
        email, password = self.email.text(), self.password.text()
        self.password.clear()
        self.error.setVisible(False)
        self.exit_button.setEnabled(False)
        query(self, lambda: kiosk.authorise_kiosk_exit(db, email=email, password=password), self._done,
              on_error=self._failed)

    def _done(self, actor: Actor) -> None:
        self.exit_button.setEnabled(True)
        self.accept()
        self.authorised.emit(actor)

    def _failed(self, exc: BaseException) -> None:
        self.exit_button.setEnabled(True)
        self.error.setText(exc.message if isinstance(exc, MedLinkError) else self.tr("That did not work."))
        self.error.setVisible(True)
        self.password.setFocus()
