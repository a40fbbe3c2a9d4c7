"""New patient account (at home or at the kiosk)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from medlink.errors import MedLinkError, ValidationError
from medlink.services import patients
from medlink.services.accounts import check_password_policy
from medlink.services.actor import Actor
from medlink.services.clinic_settings import get_settings
from medlink.ui.context import AppContext
from medlink.ui.errors import show_error
from medlink.ui.patient.common import set_scroll_widget
from medlink.ui.patient.form import PatientFields
from medlink.ui.tasks import run_task
from medlink.ui.widgets import IdleWatcher, heading, fit_to_screen


class PatientSignUpDialog(QDialog):
    """Collects the patient's details and a password; ``actor`` is set on success."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.actor: Actor | None = None
        self._duplicate_confirmed = False
        self.setObjectName("patientSignUp")
        settings = get_settings(ctx.db)
        self.setWindowTitle(self.tr("{clinic_name} — Create your patient account").format(clinic_name=settings.clinic_name))
        today = datetime.now(settings.tz).date()

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(28, 22, 28, 12)
        layout.setSpacing(10)
        layout.addWidget(heading(self.tr("Create your patient account")))
        intro = QLabel(self.tr("With an account you can book appointments, see your bills and keep your reports in one "
                       "place. Fields marked with a message must be corrected before the account can be created."))
        intro.setProperty("role", "muted")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.fields = PatientFields(today=today, email_required=True)
        layout.addWidget(self.fields)
        account = self.fields.add_section(1, 0, self.tr("Password"))
        self.password = account.add("password", self.tr("Password"), QLineEdit())
        self.repeat = account.add("repeat_password", self.tr("Repeat password"), QLineEdit())
        for edit in (self.password, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("at least 8 characters"))
        self.fields.watch("password", lambda: check_password_policy(self.password.text(),
                                                                    email=self.fields.email.text() or None))
        self.fields.watch("repeat_password", self._check_repeat)
        hint = QLabel(self.tr("Your e-mail address is your sign-in name. We send appointment confirmations to it."))
        hint.setProperty("role", "muted")
        hint.setWordWrap(True)
        grid = self.fields.layout()
        assert isinstance(grid, QGridLayout)
        grid.addWidget(hint, 1, 1, Qt.AlignmentFlag.AlignBottom)
        layout.addStretch(1)
        set_scroll_widget(scroll, body)
        outer.addWidget(scroll, 1)

        bar = QHBoxLayout()
        bar.setContentsMargins(28, 8, 28, 18)
        self.status = QLabel()
        self.status.setObjectName("signUpStatus")
        self.status.setProperty("role", "muted")
        bar.addWidget(self.status, 1)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setObjectName("cancelSignUp")
        cancel.clicked.connect(self.reject)
        self.create_button = QPushButton(self.tr("Create account"))
        self.create_button.setObjectName("createAccount")
        self.create_button.setProperty("role", "primary")
        self.create_button.setDefault(True)
        self.create_button.setAutoDefault(True)
        self.create_button.clicked.connect(self.submit)
        bar.addWidget(cancel)
        bar.addWidget(self.create_button)
        outer.addLayout(bar)
        fit_to_screen(self, (1000, 760))
        self.fields.full_name.setFocus()

        # An abandoned half-filled form must not stay on a shared screen.
        self.idle: IdleWatcher | None = None
        if ctx.kiosk:
            self.idle = IdleWatcher(settings.kiosk_idle_seconds, parent=self)
            self.idle.timed_out.connect(self.reject)
            self.idle.start()

    def _check_repeat(self) -> None:
        if self.repeat.text() and self.repeat.text() != self.password.text():
            raise ValidationError("repeat_password", self.tr("The two passwords are different."))

    def submit(self) -> None:
        self.fields.clear_errors()
        if not self.password.text():
            self.fields.show_validation(ValidationError("password", self.tr("Choose a password.")))
            return
        if self.password.text() != self.repeat.text():
            self.fields.show_validation(ValidationError("repeat_password", self.tr("The two passwords are different.")))
            return
        form = self.fields.to_form()
        password = self.password.text()
        db = self.ctx.db
        self.create_button.setEnabled(False)
        self.status.setText(self.tr("Creating your account…"))
        confirmed = self._duplicate_confirmed

        def create() -> Actor | None:
            from medlink.services import duplicates

            if not confirmed and duplicates.sign_up_may_duplicate(db, full_name=form.full_name, phone=form.phone,
                                                                  date_of_birth=form.date_of_birth):
                return None  # ask first: the clinic probably has this person's record already
            return patients.sign_up_patient(db, form=form, password=password)

        run_task(create, on_result=self._created, on_error=self._failed, context=self)

    def _created(self, actor: Actor | None) -> None:
        if actor is None:
            self.create_button.setEnabled(True)
            self.status.setText("")
            from medlink.ui import widgets

            if widgets.confirm(self, self.tr("You may already be registered"),
                               self.tr("The clinic may already have your record (same mobile number). The front "
                                       "desk can connect it to an account so your visits stay together.\n\n"
                                       "Create a new account anyway?"),
                               yes=self.tr("Create new account"), no=self.tr("Back"), destructive=False):
                self._duplicate_confirmed = True
                self.submit()
            return
        self.actor = actor
        self.status.setText("")
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.create_button.setEnabled(True)
        self.status.setText("")
        if isinstance(exc, ValidationError) and self.fields.show_validation(exc):
            return
        if isinstance(exc, MedLinkError):
            show_error(self, exc)
            return
        show_error(self, exc)

    def done(self, result: int) -> None:
        if self.idle is not None:
            self.idle.stop()
        if result != QDialog.DialogCode.Accepted:
            self.password.clear()
            self.repeat.clear()
        super().done(result)
