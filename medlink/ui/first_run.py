"""First run: create the clinic's first administrator."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from medlink.errors import ValidationError
from medlink.services import accounts
from medlink.ui.context import AppContext
from medlink.ui.errors import show_error
from medlink.ui.tasks import run_task
from medlink.ui.widgets import FieldForm, heading


class FirstAdminDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle("Welcome to MedLink")
        layout = QVBoxLayout(self)
        layout.addWidget(heading("Set up your clinic", 2))
        intro = QLabel("Create the first administrator account. The administrator verifies doctors, "
                       "creates front-desk accounts and sets up the clinic.")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.form = FieldForm()
        self.name = self.form.add("full_name", "Full name", QLineEdit())
        self.email = self.form.add("email", "E-mail address", QLineEdit())
        self.password = self.form.add("password", "Password", QLineEdit())
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        layout.addWidget(self.form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Create administrator")
        self.create_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.create_admin)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def create_admin(self) -> None:
        self.form.clear_errors()
        db, email, password, name = self.ctx.db, self.email.text(), self.password.text(), self.name.text()
        self.create_button.setEnabled(False)  # hashing the password (argon2) takes a moment: off the GUI thread
        run_task(lambda: accounts.create_admin(db, email=email, password=password, full_name=name),
                 on_result=self._created, on_error=self._failed, context=self)

    def _created(self, _result: object) -> None:
        self.create_button.setEnabled(True)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.create_button.setEnabled(True)
        if isinstance(exc, ValidationError) and self.form.show_validation(exc):
            return
        show_error(self, exc)
