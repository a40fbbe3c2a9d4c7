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

from medlink.errors import MedLinkError, ValidationError
from medlink.services import accounts
from medlink.ui.context import AppContext
from medlink.ui.errors import show_error
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
        buttons.accepted.connect(self.create_admin)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def create_admin(self) -> None:
        self.form.clear_errors()
        try:
            accounts.create_admin(self.ctx.db, email=self.email.text(), password=self.password.text(),
                                  full_name=self.name.text())
        except ValidationError as exc:
            if not self.form.show_validation(exc):
                show_error(self, exc)
            return
        except MedLinkError as exc:
            show_error(self, exc)
            return
        self.accept()
