"""The sign-in screen: routes each role to its own window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from medlink.errors import MedLinkError
from medlink.ui.about_dialog import AboutDialog, install_about_shortcut
from medlink.ui.tasks import run_task
from medlink.ui.widgets import card, heading

if TYPE_CHECKING:  # pragma: no cover
    from medlink.services.actor import Actor
    from medlink.ui.context import AppContext, StartupContext


class LoginWindow(QWidget):
    """Sign in, or start a patient / doctor registration."""

    signed_in = Signal(object)  # Actor
    patient_sign_up_requested = Signal()
    kiosk_exit_requested = Signal()
    doctor_sign_up_requested = Signal()

    def __init__(self, ctx: AppContext | StartupContext, clinic_name: str = "MedLink",
                 parent: QWidget | None = None) -> None:
        """With a :class:`StartupContext` the window shows at once and sign-in waits
        until :meth:`attach` hands over the opened database."""
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("loginWindow")
        self.setWindowTitle(self.tr("{clinic_name} — Sign in").format(clinic_name=clinic_name) if not ctx.kiosk else self.tr("{clinic_name} — Patient kiosk").format(clinic_name=clinic_name))
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        column = QVBoxLayout()
        column.addStretch(1)
        box = card()
        box.setMinimumWidth(420)
        box.setMaximumWidth(520)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(32, 28, 32, 28)
        inner.setSpacing(10)
        title = heading(clinic_name)
        title.setObjectName("clinicTitle")
        self.title = title
        inner.addWidget(title)
        subtitle = QLabel(self.tr("Welcome. Please sign in.") if not ctx.kiosk else
                          self.tr("Welcome! Sign in to book, check in or upload your reports."))
        subtitle.setProperty("role", "muted")
        subtitle.setWordWrap(True)
        inner.addWidget(subtitle)
        inner.addSpacing(8)
        inner.addWidget(QLabel(self.tr("E-mail address")))
        self.email = QLineEdit()
        self.email.setObjectName("email")
        self.email.setPlaceholderText(self.tr("you@example.com"))
        inner.addWidget(self.email)
        inner.addWidget(QLabel(self.tr("Password")))
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        inner.addWidget(self.password)
        self.error = QLabel()
        self.error.setObjectName("loginError")
        self.error.setProperty("role", "fieldError")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        inner.addWidget(self.error)
        self.sign_in_button = QPushButton(self.tr("Sign in"))
        self.sign_in_button.setObjectName("signIn")
        self.sign_in_button.setProperty("role", "primary")
        self.sign_in_button.setDefault(True)
        self.sign_in_button.clicked.connect(self.sign_in)
        self.password.returnPressed.connect(self.sign_in)
        self.email.returnPressed.connect(self.password.setFocus)
        inner.addWidget(self.sign_in_button)
        inner.addSpacing(6)
        links = QHBoxLayout()
        patient_link = QPushButton(self.tr("New patient? Create an account"))
        patient_link.setObjectName("patientSignUp")
        patient_link.setProperty("role", "link")
        patient_link.clicked.connect(self.patient_sign_up_requested)
        links.addWidget(patient_link)
        if not ctx.kiosk:
            doctor_link = QPushButton(self.tr("Doctor? Register"))
            doctor_link.setObjectName("doctorSignUp")
            doctor_link.setProperty("role", "link")
            doctor_link.clicked.connect(self.doctor_sign_up_requested)
            links.addWidget(doctor_link)
        links.addStretch(1)
        about = QPushButton(self.tr("About"))
        about.setObjectName("aboutMedLink")
        about.setProperty("role", "link")
        about.setToolTip(self.tr("Version, licences and data folders (F1)"))
        about.clicked.connect(self.open_about)
        links.addWidget(about)
        install_about_shortcut(self, self.open_about)
        if ctx.kiosk:
            # Staff leave the kiosk with an administrator's sign-in (there is no close button).
            self.kiosk_exit_button = QPushButton(self.tr("Staff: leave kiosk"))
            self.kiosk_exit_button.setObjectName("kioskExit")
            self.kiosk_exit_button.setProperty("role", "link")
            self.kiosk_exit_button.clicked.connect(self.kiosk_exit_requested)
            links.addWidget(self.kiosk_exit_button)
        inner.addLayout(links)
        column.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        if ctx.demo_logins and not ctx.kiosk:
            demo = QPlainTextEdit(ctx.demo_logins)
            demo.setObjectName("demoLogins")
            demo.setReadOnly(True)
            demo.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
            demo.setMinimumWidth(420)
            demo.setMaximumWidth(520)
            demo.setMinimumHeight(220)
            demo.setStyleSheet("font-family: monospace; font-size: 9pt;")
            column.addSpacing(12)
            caption = QLabel(self.tr("Demo clinic accounts (select and copy)"))
            caption.setProperty("role", "muted")
            column.addWidget(caption, 0, Qt.AlignmentFlag.AlignHCenter)
            column.addWidget(demo, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(2)
        outer.addLayout(column)
        outer.addStretch(1)
        self.email.setFocus()

    def open_about(self) -> AboutDialog:
        from medlink.ui.about_dialog import show_about

        config = getattr(self.ctx, "config", None)
        return show_about(self, kiosk=self.ctx.kiosk, records_dir=getattr(config, "records_dir", None),
                          config_file=getattr(config, "config_file", None))

    @property
    def ready(self) -> bool:
        return self.ctx.db is not None

    def attach(self, ctx: AppContext, clinic_name: str) -> None:
        """The database is open: sign-in works from now on."""
        self.ctx = ctx
        self.title.setText(clinic_name)
        self.setWindowTitle(self.tr("{clinic_name} — Sign in").format(clinic_name=clinic_name) if not ctx.kiosk else self.tr("{clinic_name} — Patient kiosk").format(clinic_name=clinic_name))
        if self.error.text() == self.OPENING:
            self.error.setVisible(False)
            self.error.clear()

    OPENING = "Still opening the clinic's database — one moment, please."

    def reset(self) -> None:
        """Clear everything (after sign-out or a kiosk time-out)."""
        self.email.clear()
        self.password.clear()
        self.error.clear()
        self.error.setVisible(False)
        self.sign_in_button.setEnabled(True)
        self.email.setFocus()

    def sign_in(self) -> None:
        email, password = self.email.text().strip(), self.password.text()
        if not email or not password:
            self._show_error(self.tr("Enter your e-mail address and password."))
            return
        if not self.ready:
            self._show_error(self.OPENING)
            return
        from medlink.services import accounts

        self.sign_in_button.setEnabled(False)
        self.error.setVisible(False)
        db, kiosk = self.ctx.db, self.ctx.kiosk
        assert db is not None  # self.ready
        run_task(lambda: accounts.authenticate(db, email=email, password=password, kiosk=kiosk),
                 on_result=self._signed_in, on_error=self._failed, context=self)

    def _signed_in(self, actor: Actor) -> None:
        self.sign_in_button.setEnabled(True)
        if self.ctx.kiosk and not actor.is_patient:
            self._show_error(self.tr("This kiosk is for patients. Staff and doctors please use a clinic workstation."))
            return
        self.password.clear()
        self.signed_in.emit(actor)

    def _failed(self, exc: BaseException) -> None:
        self.sign_in_button.setEnabled(True)
        self.password.clear()
        if isinstance(exc, MedLinkError):
            self._show_error(exc.message)
        else:
            from medlink.ui.errors import report_unexpected

            report_unexpected(exc, parent=self)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)
        self.password.setFocus()
