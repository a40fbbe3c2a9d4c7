"""First run: create the clinic's first administrator, then save the clinic's recovery key."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from medlink.errors import MedLinkError, ValidationError
from medlink.services import accounts, clinic_key
from medlink.services.actor import SYSTEM, Actor
from medlink.ui.context import AppContext
from medlink.ui.errors import show_error
from medlink.ui.tasks import run_task
from medlink.ui.widgets import FieldForm, heading


class FirstAdminDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.admin_actor: Actor | None = None
        self.recovery_saved_to: Path | None = None
        self.setWindowTitle(self.tr("Welcome to MedLink"))
        outer = QVBoxLayout(self)
        self.steps = QStackedWidget()
        outer.addWidget(self.steps)
        first = QWidget()
        self.steps.addWidget(first)
        layout = QVBoxLayout(first)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(self.tr("Set up your clinic"), 2))
        intro = QLabel(self.tr("Create the first administrator account. The administrator verifies doctors, "
                       "creates front-desk accounts and sets up the clinic."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.form = FieldForm()
        self.name = self.form.add("full_name", self.tr("Full name"), QLineEdit())
        self.email = self.form.add("email", self.tr("E-mail address"), QLineEdit())
        self.password = self.form.add("password", self.tr("Password"), QLineEdit())
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        layout.addWidget(self.form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create administrator"))
        self.create_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.create_admin)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.steps.addWidget(self._recovery_step())

    def _recovery_step(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(self.tr("Save the clinic's recovery key"), 2))
        intro = QLabel(self.tr(
            "Every record is encrypted with the clinic key, which is kept in this computer's keyring. If this "
            "computer is lost or replaced, the records can be read again only with the recovery key. Choose a "
            "passphrase, save the recovery key on a USB stick or print it, and keep the passphrase in a "
            "different safe place."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.recovery_form = FieldForm()
        self.passphrase = self.recovery_form.add("passphrase", self.tr("Passphrase (10+ characters)"), QLineEdit())
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_again = self.recovery_form.add("passphrase_again", self.tr("Repeat the passphrase"),
                                                       QLineEdit())
        self.passphrase_again.setEchoMode(QLineEdit.EchoMode.Password)
        layout.addWidget(self.recovery_form)
        self.saved_label = QLabel("")
        self.saved_label.setWordWrap(True)
        layout.addWidget(self.saved_label)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save recovery key\u2026"))
        self.save_button.clicked.connect(self.choose_and_save)
        self.finish_button = QPushButton(self.tr("Finish"))
        self.finish_button.setEnabled(False)
        self.finish_button.clicked.connect(self.accept)
        row.addStretch(1)
        row.addWidget(self.save_button)
        row.addWidget(self.finish_button)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    def choose_and_save(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the recovery key"),
                                              str(Path.home() / "medlink-recovery-key.medlink-key"),
                                              self.tr("MedLink key files (*.medlink-key)"))
        if name:
            self.save_recovery(Path(name))

    def save_recovery(self, path: Path) -> bool:
        self.recovery_form.clear_errors()
        if self.passphrase.text() != self.passphrase_again.text():
            self.recovery_form.show_validation(ValidationError("passphrase_again",
                                                               self.tr("The passphrases do not match.")))
            return False
        try:
            key_id = clinic_key.export_key(self.ctx.db, actor=self.admin_actor or SYSTEM,
                                           path=path, passphrase=self.passphrase.text())
        except ValidationError as exc:
            if not self.recovery_form.show_validation(exc):
                show_error(self, exc)
            return False
        except MedLinkError as exc:
            show_error(self, exc)
            return False
        self.recovery_saved_to = path
        self.saved_label.setText(self.tr("Recovery key {key} saved to {path}. Keep it safe, away from this "
                                         "computer.").format(key=key_id, path=path))
        self.finish_button.setEnabled(True)
        self.finish_button.setDefault(True)
        return True

    def reject(self) -> None:
        if self.steps.currentIndex() == 1 and self.recovery_saved_to is None:
            QMessageBox.warning(self, self.tr("Save the recovery key"), self.tr(
                "Save the recovery key first: without it, the clinic's records are lost with this computer."))
            return
        super().reject()

    def create_admin(self) -> None:
        self.form.clear_errors()
        db, email, password, name = self.ctx.db, self.email.text(), self.password.text(), self.name.text()
        self.create_button.setEnabled(False)  # hashing the password (argon2) takes a moment: off the GUI thread
        run_task(lambda: accounts.create_admin(db, email=email, password=password, full_name=name),
                 on_result=self._created, on_error=self._failed, context=self)

    def _created(self, actor: Actor) -> None:
        self.create_button.setEnabled(True)
        self.admin_actor = actor
        self.password.clear()
        self.steps.setCurrentIndex(1)  # the recovery key must be saved before the dialog can close
        self.passphrase.setFocus()

    def _failed(self, exc: BaseException) -> None:
        self.create_button.setEnabled(True)
        if isinstance(exc, ValidationError) and self.form.show_validation(exc):
            return
        show_error(self, exc)
