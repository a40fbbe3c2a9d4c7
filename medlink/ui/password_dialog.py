"""Change password (own account) — also forced after an admin reset."""

from __future__ import annotations

from PySide6.QtCore import QTimer
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
from medlink.ui.widgets import FieldForm


class ChangePasswordDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, forced: bool = False) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.forced = forced
        self.setWindowTitle("Change password")
        layout = QVBoxLayout(self)
        if forced:
            note = QLabel("Your password was reset by the clinic. Please choose a new one to continue.")
            note.setProperty("role", "banner")
            note.setWordWrap(True)
            layout.addWidget(note)
        self.form = FieldForm()
        self.current = self.form.add("current_password", "Current password", QLineEdit())
        self.new = self.form.add("new_password", "New password", QLineEdit())
        self.repeat = self.form.add("repeat_password", "Repeat new password", QLineEdit())
        for edit in (self.current, self.new, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        layout.addWidget(self.form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save(self) -> None:
        self.form.clear_errors()
        if self.new.text() != self.repeat.text():
            self.form.show_validation(ValidationError("repeat_password", "The two new passwords are different."))
            return
        try:
            assert self.ctx.actor is not None
            # Every other session of the account ends; this window continues with the new one.
            self.ctx.actor = accounts.change_password(self.ctx.db, actor=self.ctx.actor,
                                                      current_password=self.current.text(),
                                                      new_password=self.new.text())
        except ValidationError as exc:
            if not self.form.show_validation(exc):
                show_error(self, exc)
            return
        except MedLinkError as exc:
            show_error(self, exc)
            return
        self.accept()
        if not self.forced:
            # The change ended every session of the account, this window's too: sign in again.
            parent = self.parentWidget()
            window = parent.window() if parent is not None else None
            sign_out = getattr(window, "sign_out", None)
            if window is not None and callable(sign_out):
                QTimer.singleShot(0, window, lambda: sign_out("password"))
