"""Start-up on a workstation without the clinic key: say so, and import it (never make a new one)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from medlink.errors import MedLinkError, ValidationError
from medlink.ui.widgets import FieldForm, heading

if TYPE_CHECKING:  # pragma: no cover
    from medlink.config import AppConfig


class ClinicKeyImportDialog(QDialog):
    """Shown instead of the sign-in when this computer lacks the clinic key."""

    def __init__(self, config: AppConfig, reason: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.config = config
        self.imported_key_id: str | None = None
        self.setWindowTitle(self.tr("The clinic key is needed"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Import the clinic key"), 2))
        explanation = QLabel(reason)
        explanation.setWordWrap(True)
        explanation.setObjectName("keyMissingReason")
        layout.addWidget(explanation)
        self.form = FieldForm()
        row = QWidget()
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("The recovery key file or an export from another workstation"))
        browse = QPushButton(self.tr("Choose\u2026"))
        browse.clicked.connect(self.browse)
        row_layout.addWidget(self.path, 1)
        row_layout.addWidget(browse)
        self.form.add("file", self.tr("Key file"), row)
        self.passphrase = self.form.add("passphrase", self.tr("Passphrase"), QLineEdit())
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        layout.addWidget(self.form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import and continue"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))
        buttons.accepted.connect(self.import_clicked)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(620, 320)

    def browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the clinic key file"), str(Path.home()),
                                              self.tr("MedLink key files (*.medlink-key);;All files (*)"))
        if name:
            self.path.setText(name)

    def import_clicked(self) -> None:
        self.import_from(self.path.text(), self.passphrase.text())

    def import_from(self, path: str, passphrase: str) -> bool:
        from medlink.bootstrap import open_database
        from medlink.services import clinic_key
        from medlink.services.actor import SYSTEM
        from medlink.ui.errors import show_error

        self.form.clear_errors()
        if not path:
            self.form.show_validation(ValidationError("file", self.tr("Choose the key file.")))
            return False
        try:
            db = open_database(self.config, unlock=False)
            try:
                self.imported_key_id = clinic_key.import_key(db, actor=SYSTEM, path=Path(path),
                                                             passphrase=passphrase)
                clinic_key.unlock(db)  # the clinic's key is now here: starting will work
            finally:
                db.dispose()
        except ValidationError as exc:
            if not self.form.show_validation(exc):
                show_error(self, exc)
            return False
        except MedLinkError as exc:
            show_error(self, exc)
            return False
        self.passphrase.clear()
        self.accept()
        return True
