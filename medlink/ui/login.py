"""The sign-in screen: routes each role to its own window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
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
from medlink.i18n import N_
from medlink.ui.about_dialog import AboutDialog, install_about_shortcut
from medlink.ui.context import AppContext
from medlink.ui.language_chooser import LanguageChooser
from medlink.ui.style import style_window
from medlink.ui.tasks import run_task
from medlink.ui.widgets import card, heading, reserve_message_space

if TYPE_CHECKING:  # pragma: no cover
    from medlink.db.session import Database
    from medlink.services.actor import Actor
    from medlink.services.clinic_settings import ClinicSettingsView
    from medlink.ui.context import StartupContext


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
        self.clinic_name = clinic_name
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
        self.language_row = LanguageChooser(large=ctx.kiosk)
        self.language_row.chosen.connect(self.choose_language)
        inner.addWidget(self.language_row)
        self.subtitle = subtitle = QLabel()
        subtitle.setProperty("role", "muted")
        subtitle.setWordWrap(True)
        inner.addWidget(subtitle)
        inner.addSpacing(8)
        self.email_label = QLabel()
        inner.addWidget(self.email_label)
        self.email = QLineEdit()
        self.email.setObjectName("email")
        inner.addWidget(self.email)
        self.password_label = QLabel()
        inner.addWidget(self.password_label)
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        inner.addWidget(self.password)
        self.error = QLabel()
        self.error.setObjectName("loginError")
        self.error.setProperty("role", "fieldError")
        reserve_message_space(self.error)
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        inner.addWidget(self.error)
        self.sign_in_button = QPushButton()
        self.sign_in_button.setObjectName("signIn")
        self.sign_in_button.setProperty("role", "primary")
        self.sign_in_button.setDefault(True)
        self.sign_in_button.clicked.connect(self.sign_in)
        self.password.returnPressed.connect(self.sign_in)
        self.email.returnPressed.connect(self.password.setFocus)
        inner.addWidget(self.sign_in_button)
        inner.addSpacing(6)
        links = QHBoxLayout()
        self.patient_link = patient_link = QPushButton()
        patient_link.setObjectName("patientSignUp")
        patient_link.setProperty("role", "link")
        patient_link.clicked.connect(self.patient_sign_up_requested)
        links.addWidget(patient_link)
        self.doctor_link: QPushButton | None = None
        if not ctx.kiosk:
            self.doctor_link = doctor_link = QPushButton()
            doctor_link.setObjectName("doctorSignUp")
            doctor_link.setProperty("role", "link")
            doctor_link.clicked.connect(self.doctor_sign_up_requested)
            links.addWidget(doctor_link)
        links.addStretch(1)
        self.about_link = about = QPushButton()
        about.setObjectName("aboutMedLink")
        about.setProperty("role", "link")
        about.clicked.connect(self.open_about)
        links.addWidget(about)
        install_about_shortcut(self, self.open_about)
        self.kiosk_exit_button: QPushButton | None = None
        if ctx.kiosk:
            # Staff leave the kiosk with an administrator's sign-in (there is no close button).
            self.kiosk_exit_button = QPushButton()
            self.kiosk_exit_button.setObjectName("kioskExit")
            self.kiosk_exit_button.setProperty("role", "link")
            self.kiosk_exit_button.clicked.connect(self.kiosk_exit_requested)
            links.addWidget(self.kiosk_exit_button)
        inner.addLayout(links)
        column.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        self.demo_caption: QLabel | None = None
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
            self.demo_caption = caption = QLabel()
            caption.setProperty("role", "muted")
            column.addWidget(caption, 0, Qt.AlignmentFlag.AlignHCenter)
            column.addWidget(demo, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(2)
        outer.addLayout(column)
        outer.addStretch(1)
        self.language_chosen = False  # the chooser was used since the screen was last reset
        self.retranslate()
        if parent is None:
            style_window(self)
        self.email.setFocus()

    def retranslate(self) -> None:
        """Every text in the current language (at start and when the language changes)."""
        kiosk = self.ctx.kiosk
        self.setWindowTitle(self.tr("{clinic_name} — Sign in").format(clinic_name=self.clinic_name) if not kiosk
                            else self.tr("{clinic_name} — Patient kiosk").format(clinic_name=self.clinic_name))
        self.subtitle.setText(self.tr("Welcome. Please sign in.") if not kiosk else
                              self.tr("Welcome! Sign in to book, check in or upload your reports."))
        self.email_label.setText(self.tr("&E-mail address"))
        self.email_label.setBuddy(self.email)
        self.email.setPlaceholderText(self.tr("you@example.com"))
        self.password_label.setText(self.tr("&Password"))
        self.password_label.setBuddy(self.password)
        self.sign_in_button.setText(self.tr("&Sign in"))
        self.patient_link.setText(self.tr("New patient? Create an account"))
        if self.doctor_link is not None:
            self.doctor_link.setText(self.tr("Doctor? Register"))
        self.about_link.setText(self.tr("About"))
        self.about_link.setToolTip(self.tr("Version, licences and data folders (F1)"))
        if self.kiosk_exit_button is not None:
            self.kiosk_exit_button.setText(self.tr("Staff: leave kiosk"))
        if self.demo_caption is not None:
            self.demo_caption.setText(self.tr("Demo clinic accounts (select and copy)"))
        if self.error.isVisible() and self.error.property("source_text"):
            self.error.setText(self.tr(str(self.error.property("source_text"))))
        self.language_row.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def choose_language(self, code: str) -> None:
        """The language chooser: switch every window now and remember it on this workstation."""
        from medlink.ui.i18n import apply_language, remember_language

        self.language_chosen = True
        remember_language(apply_language(code))

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
        self.clinic_name = clinic_name
        self.retranslate()
        if self.error.property("source_text") == self.OPENING:
            self.error.setVisible(False)
            self.error.clear()

    OPENING = N_("LoginWindow", "Still opening the clinic's database — one moment, please.")

    def reset(self) -> None:
        """Clear everything (after sign-out or a kiosk time-out)."""
        self.email.clear()
        self.password.clear()
        self.error.clear()
        self.error.setProperty("source_text", None)
        self.error.setVisible(False)
        self.language_chosen = False
        self.language_row.show_current()
        self.sign_in_button.setEnabled(True)
        self.email.setFocus()

    def sign_in(self) -> None:
        email, password = self.email.text().strip(), self.password.text()
        if not email or not password:
            self._show_error(self.tr("Enter your e-mail address and password."))
            return
        if not self.ready:
            self._show_error(self.tr(self.OPENING), source=self.OPENING)
            return
        self.sign_in_button.setEnabled(False)
        self.error.setVisible(False)
        db, kiosk = self.ctx.db, self.ctx.kiosk
        assert db is not None  # self.ready
        run_task(lambda: sign_in_work(db, email=email, password=password, kiosk=kiosk),
                 on_result=self._signed_in, on_error=self._failed, context=self)

    def _signed_in(self, result: tuple[Actor, ClinicSettingsView]) -> None:
        actor, settings = result
        if isinstance(self.ctx, AppContext):
            self.ctx.settings = settings  # the role window is built from these, not from a read here
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

    def _show_error(self, text: str, *, source: str | None = None) -> None:
        self.error.setText(text)
        self.error.setProperty("source_text", source)  # re-translated if the language changes
        self.error.setVisible(True)
        self.password.setFocus()


def sign_in_work(db: Database, *, email: str, password: str, kiosk: bool = False) -> tuple[Actor, ClinicSettingsView]:
    """The sign-in, on a worker: the password check, then what the role window is built from
    (the clinic settings, the account's language catalogue), so that building it reads nothing."""
    from medlink import i18n
    from medlink.services import accounts
    from medlink.services.clinic_settings import get_settings

    actor = accounts.authenticate(db, email=email, password=password, kiosk=kiosk)
    settings = get_settings(db)
    if actor.language:
        i18n.load_catalogue(actor.language)
    return actor, settings
