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

from medlink.errors import ValidationError
from medlink.services import accounts
from medlink.services.actor import Actor
from medlink.ui.context import AppContext
from medlink.ui.errors import show_error
from medlink.ui.tasks import run_task
from medlink.ui.widgets import FieldForm


class ChangePasswordDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, forced: bool = False) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.forced = forced
        self.setWindowTitle(self.tr("Change password"))
        layout = QVBoxLayout(self)
        if forced:
            note = QLabel(self.tr("Your password was reset by the clinic. Please choose a new one to continue."))
            note.setProperty("role", "banner")
            note.setWordWrap(True)
            layout.addWidget(note)
        self.form = FieldForm()
        self.current = self.form.add("current_password", self.tr("Current password"), QLineEdit())
        self.new = self.form.add("new_password", self.tr("New password"), QLineEdit())
        self.repeat = self.form.add("repeat_password", self.tr("Repeat new password"), QLineEdit())
        for edit in (self.current, self.new, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        layout.addWidget(self.form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save(self) -> None:
        self.form.clear_errors()
        if self.new.text() != self.repeat.text():
            self.form.show_validation(ValidationError("repeat_password", self.tr("The two new passwords are different.")))
            return
        db, actor, current, new = self.ctx.db, self.ctx.actor, self.current.text(), self.new.text()
        assert actor is not None
        self.save_button.setEnabled(False)  # argon2 verify + hash: off the GUI thread
        run_task(lambda: accounts.change_password(db, actor=actor, current_password=current, new_password=new),
                 on_result=self._changed, on_error=self._failed, context=self)

    def _changed(self, fresh: Actor) -> None:
        self.save_button.setEnabled(True)
        # The change ended every session of the account; the forced change continues with the new one.
        self.ctx.actor = fresh
        self.accept()
        if not self.forced:  # a window was open with the old session: sign in again
            parent = self.parentWidget()
            window = parent.window() if parent is not None else None
            sign_out = getattr(window, "sign_out", None)
            if window is not None and callable(sign_out):
                QTimer.singleShot(0, window, lambda: sign_out("password"))

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationError) and self.form.show_validation(exc):
            return
        show_error(self, exc)
