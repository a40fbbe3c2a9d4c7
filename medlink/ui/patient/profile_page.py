"""My profile: the patient's details (edit with a version check) and password."""

from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from medlink.errors import StaleDataError, ValidationError
from medlink.services import patients
from medlink.services.patients import PatientView
from medlink.ui.context import AppContext
from medlink.ui.errors import show_error
from medlink.ui.password_dialog import ChangePasswordDialog
from medlink.ui.patient.common import set_scroll_widget
from medlink.ui.patient.form import PatientFields
from medlink.ui.tasks import run_task
from medlink.ui.widgets import heading, reserve_message_space


class MyProfilePage(QWidget):
    def __init__(self, ctx: AppContext, tz: tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view: PatientView | None = None
        self.password_dialog: ChangePasswordDialog | None = None
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("My profile")), 1)
        self.password_button = QPushButton(self.tr("Change password…"))
        self.password_button.setObjectName("changePassword")
        self.password_button.clicked.connect(self.change_password)
        top.addWidget(self.password_button)
        layout.addLayout(top)
        note = QLabel(self.tr("Keep these details up to date — doctors see your allergies and known conditions. "
                      "Your e-mail address is your sign-in name; ask the front desk to change it."))
        note.setProperty("role", "muted")
        note.setWordWrap(True)
        layout.addWidget(note)
        self.status = QLabel()
        self.status.setObjectName("profileStatus")
        self.status.setProperty("role", "success")
        reserve_message_space(self.status)
        self.status.setVisible(False)
        layout.addWidget(self.status)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 4, 12, 4)
        self.fields = PatientFields(today=datetime.now(tz).date(), email_required=True)
        self.fields.email.setReadOnly(True)
        body_layout.addWidget(self.fields)
        body_layout.addStretch(1)
        set_scroll_widget(scroll, body)
        layout.addWidget(scroll, 1)
        bar = QHBoxLayout()
        bar.addStretch(1)
        self.revert_button = QPushButton(self.tr("Undo changes"))
        self.revert_button.setObjectName("revertProfile")
        self.revert_button.clicked.connect(self.refresh)
        self.save_button = QPushButton(self.tr("Save changes"))
        self.save_button.setObjectName("saveProfile")
        self.save_button.setProperty("role", "primary")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        bar.addWidget(self.revert_button)
        bar.addWidget(self.save_button)
        layout.addLayout(bar)
        self.setEnabled(True)

    def refresh(self) -> None:
        actor = self.ctx.actor
        assert actor is not None and actor.patient_id is not None
        db, patient_id = self.ctx.db, actor.patient_id
        self.save_button.setEnabled(False)
        run_task(lambda: patients.get_patient(db, actor=actor, patient_id=patient_id), on_result=self._loaded,
                 on_error=lambda exc: show_error(self, exc), context=self)

    def _loaded(self, view: PatientView) -> None:
        self.view = view
        self.fields.load(view)
        self.save_button.setEnabled(True)

    def save(self) -> None:
        if self.view is None:
            return
        self.fields.clear_errors()
        self.status.setVisible(False)
        actor, db, view = self.ctx.actor, self.ctx.db, self.view
        assert actor is not None
        form = self.fields.to_form()
        self.save_button.setEnabled(False)
        run_task(lambda: patients.update_patient(db, actor=actor, patient_id=view.id, form=form,
                                                 expected_version=view.version),
                 on_result=self._saved, on_error=self._failed, context=self)

    def _saved(self, view: PatientView) -> None:
        self._loaded(view)
        self.status.setText(self.tr("Your profile was saved."))
        self.status.setVisible(True)

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationError) and self.fields.show_validation(exc):
            return
        show_error(self, exc)
        if isinstance(exc, StaleDataError):
            self.refresh()  # someone at the front desk changed it: show their version

    def change_password(self) -> None:
        dialog = ChangePasswordDialog(self.ctx, self)
        dialog.accepted.connect(lambda: (self.status.setText(self.tr("Your password was changed.")),
                                         self.status.setVisible(True)))
        self.password_dialog = dialog
        dialog.open()
