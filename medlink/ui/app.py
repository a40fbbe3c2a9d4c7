"""Application start-up and the controller that moves between sign-in and the role windows."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from medlink import paths
from medlink.errors import MedLinkError
from medlink.logs import setup_logging
from medlink.ui.context import AppContext, StartupContext
from medlink.ui.errors import install_exception_hooks
from medlink.ui.login import LoginWindow
from medlink.ui.style import BASE_POINT_SIZE, KIOSK_EXTRA, STYLESHEET, TEXT, use_window_style_sheet
from medlink.ui import tasks
from medlink.ui.tasks import run_task

if TYPE_CHECKING:  # pragma: no cover - the database layer loads after the login window shows
    from medlink.config import AppConfig
    from medlink.db.session import Database
    from medlink.services.actor import Actor
    from medlink.ui.shell import RoleWindow

log = logging.getLogger(__name__)


def create_application(argv: list[str] | None = None) -> QApplication:
    # Window settings in the data folder (INI), never the registry or ~/.config: they follow
    # MEDLINK_DATA_DIR and a clinic-wide data folder.  Must be set before the first QSettings.
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(paths.settings_dir()))
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    app.setOrganizationName("MedLink")
    app.setApplicationName("MedLink")
    app.setApplicationDisplayName("MedLink")
    font = app.font()
    font.setPointSizeF(BASE_POINT_SIZE)
    app.setFont(font)
    palette = app.palette()
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(role, QColor(TEXT))
    placeholder = QColor(TEXT)
    placeholder.setAlpha(128)  # as Qt derives it from a style sheet's text colour
    palette.setColor(QPalette.ColorRole.PlaceholderText, placeholder)
    app.setPalette(palette)
    icon = paths.resource_path("icons", "medlink.png")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    from medlink.ui.fonts import install_ui_fonts
    from medlink.ui.i18n import apply_language, remembered_language

    install_ui_fonts()  # Hindi (and names in other Indian scripts) on computers without such fonts

    apply_language(remembered_language())  # the workstation's language until someone signs in
    return app


#: What a role window and its first page import: loaded while the login window waits for the
#: user (see :func:`prewarm`), so signing in only builds widgets and loads the first page's data.
PREWARM_MODULES = (
    "medlink.ui.shell", "medlink.ui.table",
    "medlink.ui.patient.window", "medlink.ui.doctor.window", "medlink.ui.staff.window",
    "medlink.ui.staff.queue", "medlink.ui.staff.patients", "medlink.ui.staff.dashboard_page",
    "medlink.ui.staff.verification", "medlink.ui.staff.users", "medlink.ui.staff.outbox",
    "medlink.ui.staff.settings_page", "medlink.ui.staff.audit_page", "medlink.ui.staff.maintenance_page",
    "medlink.ui.doctor.appointments_page", "medlink.ui.doctor.patients_page", "medlink.ui.doctor.availability_page",
    "medlink.ui.doctor.links_page", "medlink.ui.doctor.fees_profile_pages",
    "medlink.ui.doctor.attention_page", "medlink.ui.doctor.chart_clinical", "medlink.ui.readings_panel",
    "medlink.ui.staff.waiting_room_page", "medlink.ui.staff.recall_page", "medlink.ui.staff.duplicates_page",
    "medlink.ui.charts", "medlink.ui.patient.prescriptions_page", "medlink.ui.patient.family_page",
    "medlink.ui.chat_panel", "medlink.chatbot",
    "medlink.services.appointments", "medlink.services.billing", "medlink.services.doctors",
    "medlink.services.patients", "medlink.services.records", "medlink.services.dashboard",
)


def prewarm(db: Database | None = None) -> None:
    """Import the role windows' modules (pure imports: no widget is created, so a worker may
    run this while the login window shows).

    Also reads the translation catalogues and the time-zone names (parsed once per process).
    With ``db``, also reads the clinic settings once: the first read in a process compiles the
    statement (tens of milliseconds); afterwards it is one primary-key lookup.
    """
    import importlib

    for name in PREWARM_MODULES:
        try:
            importlib.import_module(name)
        except ImportError:  # pragma: no cover - a page module that does not exist in this build
            log.debug("prewarm: %s not importable", name)
    from medlink import i18n
    from medlink.formatting import load_locale_data
    from medlink.services.clinic_settings import timezones

    load_locale_data()  # Babel's CLDR data for dates and money, read from disk on first use
    i18n.preload_catalogues()  # a language chosen on the sign-in screen, or the account's, shows at once
    timezones()  # the Settings page's list (read from the zone files once per process)
    if db is not None:
        from medlink.services.clinic_settings import get_settings

        get_settings(db)


def window_for(ctx: AppContext, actor: Actor) -> RoleWindow:
    if actor.is_patient:
        from medlink.ui.patient.window import PatientWindow

        return PatientWindow(ctx, actor)
    if actor.is_doctor:
        from medlink.ui.doctor.window import DoctorWindow

        return DoctorWindow(ctx, actor)
    from medlink.ui.staff.window import StaffWindow

    return StaffWindow(ctx, actor)


class AppController(QObject):
    """Shows the sign-in screen, opens the role window, and returns on sign-out."""

    def __init__(self, ctx: AppContext, login: LoginWindow | None = None) -> None:
        super().__init__()
        from medlink.services.clinic_settings import get_settings

        self.ctx = ctx
        settings = get_settings(ctx.db)
        if login is None:
            login = LoginWindow(ctx, settings.clinic_name)
        else:  # shown before the database was open: hand it over
            login.attach(ctx, settings.clinic_name)
        self.login = login
        self.login.signed_in.connect(self.open_role_window)
        self.login.patient_sign_up_requested.connect(self.patient_sign_up)
        self.login.doctor_sign_up_requested.connect(self.doctor_sign_up)
        self.login.kiosk_exit_requested.connect(self.leave_kiosk)
        self.role_window: RoleWindow | None = None
        self.kiosk_exit_dialog: QWidget | None = None
        #: What an administrator's "leave kiosk" does (tests replace it).
        self.exit_application: Callable[[], object] = QApplication.quit
        if ctx.kiosk:
            _kiosk_flags(self.login)

    def start(self) -> None:
        from medlink.services import accounts

        if not self.login.isVisible():
            self._show(self.login)
        if not self.ctx.kiosk and not accounts.has_admin(self.ctx.db):
            QTimer.singleShot(0, self.first_run)

    def _show(self, widget: QWidget) -> None:
        if self.ctx.kiosk:
            widget.showFullScreen()
        else:
            if widget is self.login:
                widget.resize(980, 700)
            widget.show()

    def first_run(self) -> None:
        from medlink.ui.first_run import FirstAdminDialog

        FirstAdminDialog(self.ctx, self.login).exec()

    def open_role_window(self, actor: Actor) -> None:
        self.apply_user_language(actor)
        self.ctx.actor = actor
        if actor.must_change_password:
            from medlink.ui.password_dialog import ChangePasswordDialog

            if ChangePasswordDialog(self.ctx, self.login, forced=True).exec() != ChangePasswordDialog.DialogCode.Accepted:
                self.ctx.actor = None
                self.login.reset()
                return
            actor = self.ctx.actor  # the dialog stored the new session (the old one ended with the change)
        try:
            window = window_for(self.ctx, actor)
        except MedLinkError as exc:
            QMessageBox.warning(self.login, self.tr("MedLink"), exc.message)
            self.ctx.actor = None
            return
        if self.ctx.kiosk:
            _kiosk_flags(window)
        else:
            window.restore_state()
        window.signed_out.connect(self.signed_out)
        window.start_change_watch()
        self.role_window = window
        self.login.hide()
        self._show(window)

    def signed_out(self, reason: str) -> None:
        window = self.role_window
        self.role_window = None
        actor, db = self.ctx.actor, self.ctx.db
        self.ctx.actor = None
        self.ctx.settings = None  # read again at the next sign-in
        if actor is not None and db is not None:
            from medlink.services import accounts

            # End the session in the database too: an Actor kept anywhere stops working.
            run_task(lambda: accounts.sign_out(db, actor=actor), on_error=self._sign_out_failed, context=self)
        if window is not None:
            window.close()
            window.deleteLater()
        from medlink.ui.i18n import apply_language, remembered_language

        apply_language(remembered_language())  # the next person sees this workstation's choice
        self.login.reset()
        if reason == "idle":
            self.login.error.setText(self.tr("You were signed out because the screen was left idle."))
            self.login.error.setVisible(True)
        elif reason == "password":
            self.login.error.setText(self.tr("Your password was changed. Please sign in with the new password."))
            self.login.error.setVisible(True)
        self._show(self.login)

    def apply_user_language(self, actor: Actor) -> None:
        """After sign-in: a language chosen on the sign-in screen just now is saved to the
        account (off the GUI thread); otherwise the account's saved language, if any, is used."""
        from medlink.i18n import current_language
        from medlink.ui.i18n import apply_language

        if not self.login.language_chosen:
            if actor.language:
                apply_language(actor.language)
            return
        language, db = current_language(), self.ctx.db
        if actor.language == language:
            return
        from medlink.services.languages import set_user_language

        run_task(lambda: set_user_language(db, actor=actor, language=language),
                 on_error=lambda exc: log.warning("the account's language was not saved: %s", exc), context=self)

    def leave_kiosk(self) -> None:
        """Staff exit from kiosk mode: an administrator signs in, then MedLink closes."""
        from medlink.ui.kiosk_exit import KioskExitDialog

        dialog = KioskExitDialog(self.ctx, self.login)
        dialog.authorised.connect(lambda _actor: self._kiosk_closed())
        self.kiosk_exit_dialog = dialog
        dialog.open()

    def _kiosk_closed(self) -> None:
        log.info("kiosk mode ended by an administrator")
        self.login.close()
        self.exit_application()

    def _sign_out_failed(self, exc: BaseException) -> None:
        log.warning("sign-out could not be recorded in the database: %s", exc)

    def patient_sign_up(self) -> None:
        try:
            from medlink.ui.patient.sign_up import PatientSignUpDialog
        except ImportError:  # pragma: no cover - during development
            return
        dialog = PatientSignUpDialog(self.ctx, self.login)
        if self.ctx.kiosk:
            dialog.setWindowState(Qt.WindowState.WindowFullScreen)
        if dialog.exec() == dialog.DialogCode.Accepted and dialog.actor is not None:
            self.open_role_window(dialog.actor)

    def doctor_sign_up(self) -> None:
        try:
            from medlink.ui.doctor.sign_up import DoctorSignUpDialog
        except ImportError:  # pragma: no cover - during development
            return
        dialog = DoctorSignUpDialog(self.ctx, self.login)
        if dialog.exec() == dialog.DialogCode.Accepted and dialog.actor is not None:
            self.open_role_window(dialog.actor)


def _kiosk_flags(widget: QWidget) -> None:
    """Kiosk: no title bar, so no close button; full screen."""
    widget.setWindowFlags(Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)


def run_gui(config: AppConfig, *, kiosk: bool = False, demo_logins: str | None = None,
            self_check: bool = False, prepare: Callable[[], Any] | None = None) -> int:
    """Show the login window at once, then open the database off the GUI thread.

    ``prepare`` (e.g. building the demo clinic) runs in that background step too.
    """
    log_file = setup_logging()
    app = create_application()
    use_window_style_sheet(STYLESHEET + (KIOSK_EXTRA if kiosk else ""))  # see medlink.ui.style
    install_exception_hooks(str(log_file))
    login = LoginWindow(StartupContext(kiosk=kiosk, demo_logins=demo_logins))
    if kiosk:
        _kiosk_flags(login)
        login.showFullScreen()
    else:
        login.resize(980, 700)
        login.show()
    app.processEvents()
    if self_check:
        print("self-check: login window shown", flush=True)
    state: dict[str, Any] = {}

    def open_clinic() -> Database:
        from medlink.bootstrap import open_database

        if prepare is not None:
            prepare()
        return open_database(config)

    def opened(db: Database) -> None:
        ctx = AppContext(db=db, config=config, kiosk=kiosk, demo_logins=demo_logins)
        controller = AppController(ctx, login=login)
        controller.start()
        state.update(db=db, controller=controller)
        if self_check:
            from medlink.installation import installation_problems

            problems = installation_problems()
            for problem in problems:
                print(f"self-check failed: {problem}", file=sys.stderr, flush=True)
            if not problems:
                print("self-check: database open, sign-in ready, data files complete", flush=True)
            app.exit(1 if problems else 0)
            return
        # The role windows' modules load while the user types (sign-in then only builds widgets).
        run_task(lambda: prewarm(db), on_error=lambda exc: log.debug("prewarm failed: %s", exc))
        if not kiosk:
            from medlink.maintenance import recover_records_folder
            from medlink.ui.background import OutboxPump

            pump = OutboxPump(ctx)
            pump.start()
            state["pump"] = pump
            # Leftovers of a crash (temporary files older than 10 minutes), off the GUI thread.
            from medlink.services.records import remove_plaintext_left_by_older_versions

            # Decrypted copies that MedLink versions before the built-in viewer left in the temp folder.
            run_task(remove_plaintext_left_by_older_versions,
                     on_error=lambda exc: log.warning("old viewer copies not removed: %s", exc))
            run_task(lambda: recover_records_folder(db, config.records_dir),
                     on_error=lambda exc: log.warning("records folder recovery skipped: %s", exc))
            from medlink.services.billing import finish_pending_receipts

            # Receipts of bills issued while the records folder could not take them (or cut off by a crash).
            run_task(lambda: finish_pending_receipts(db, config.records_dir),
                     on_error=lambda exc: log.warning("pending receipts not written yet: %s", exc))
            from medlink.services.documents import encrypt_plaintext_documents

            # Receipts and prescriptions that MedLink versions before this one stored in plaintext.
            run_task(lambda: encrypt_plaintext_documents(db, config.records_dir),
                     on_error=lambda exc: log.warning("old plaintext documents not encrypted yet: %s", exc))

    def failed(exc: BaseException) -> None:
        from medlink.errors import ClinicKeyMissing

        message = exc.message if isinstance(exc, MedLinkError) else f"{type(exc).__name__}: {exc}"
        log.error("start-up failed: %s", message)
        if isinstance(exc, ClinicKeyMissing) and not self_check and not kiosk:
            from medlink.ui.key_import import ClinicKeyImportDialog

            if ClinicKeyImportDialog(config, message, login).exec() == ClinicKeyImportDialog.DialogCode.Accepted:
                run_task(open_clinic, on_result=opened, on_error=failed)  # the key is here now: start again
                return
        if self_check:
            print(f"self-check failed: {message}", file=sys.stderr, flush=True)
        else:
            QMessageBox.critical(login, QCoreApplication.translate("App", "MedLink cannot start"), message)
        app.exit(1)

    from medlink import i18n

    # The languages' catalogues, for a language chosen on the sign-in screen (not parsed on the GUI thread).
    run_task(i18n.preload_catalogues, on_error=lambda exc: log.warning("translations not preloaded: %s", exc))
    run_task(open_clinic, on_result=opened, on_error=failed)
    code = app.exec()
    shutdown_clinic(state.get("pump"), state.get("db"))
    return code


# An SMTP exchange of the outbox pump waits at most PUMP_SMTP_TIMEOUT_SECONDS per
# network step (connect, TLS, login, send); this leaves room for one message in flight.
SHUTDOWN_WAIT_SECONDS = 75.0


def shutdown_clinic(pump: Any, db: Database | None, *, wait_seconds: float = SHUTDOWN_WAIT_SECONDS) -> bool:
    """Stop accepting work, cancel it, wait for the workers, then dispose the database.

    Returns True if every worker finished.  If one did not (a stuck driver), the
    database is left open rather than disposed under it: the process is exiting anyway.
    """
    if pump is not None:
        pump.stop()
    finished = tasks.shutdown(wait_seconds)
    if db is not None:
        if finished:
            db.dispose()
        else:
            log.warning("background work still running after %.0f s; the database is not disposed under it",
                        wait_seconds)
    return finished
