"""The doctor window.

A verified doctor gets their day (appointments), availability, meeting links,
patients, fees and profile.  A pending, rejected or suspended doctor reaches
only the registration-state page, which says why.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from medlink.i18n import N_
from medlink.ui.labels import speciality_label
from medlink.ui.i18n import LabelTable
from medlink.services import doctors
from medlink.services.actor import Actor
from medlink.services.doctors import DoctorProfile
from medlink.services.permissions import verification_message
from medlink.ui.context import AppContext
from medlink.ui.shell import PageSpec, RoleWindow
from medlink.ui.tasks import run_task
from medlink.ui.widgets import card, heading

STATE_TITLES = LabelTable("DoctorWindow", {
    "pending": N_("DoctorWindow", "Waiting for verification"),
    "rejected": N_("DoctorWindow", "Registration not approved"),
    "suspended": N_("DoctorWindow", "Account suspended"),
    "verified": N_("DoctorWindow", "Registration verified"),
})


class VerificationStatePage(QWidget):
    """All a pending / rejected / suspended doctor can reach."""

    def state_text(self, status: str, note: str | None) -> str:
        """:func:`medlink.services.permissions.verification_message` in the window's language."""
        if status == "pending":
            return self.tr("Your registration is waiting for verification by the clinic's administrator. "
                           "You can practise in MedLink once your credentials are verified.")
        if status == "rejected":
            return (self.tr("Your registration was not approved: {note}").format(note=note) if note
                    else self.tr("Your registration was not approved."))
        if status == "suspended":
            return (self.tr("Your account is suspended: {note} Please contact the clinic.").format(note=note) if note
                    else self.tr("Your account is suspended. Please contact the clinic."))
        return verification_message(status, note)

    def __init__(self, actor: Actor, ctx: AppContext | None = None) -> None:
        super().__init__()
        self.actor, self.ctx = actor, ctx
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("Registration status")))
        self.title = heading(STATE_TITLES.get(actor.doctor_status or "pending", ""), 2)
        self.title.setObjectName("verificationTitle")
        layout.addWidget(self.title)
        self.state = QLabel(self.state_text(actor.doctor_status or "pending", None))
        self.state.setObjectName("verificationState")
        self.state.setWordWrap(True)
        self.state.setProperty("role", "banner")
        layout.addWidget(self.state)

        self.details = card()
        self.details.setMaximumWidth(720)
        grid = QGridLayout(self.details)
        grid.setContentsMargins(18, 14, 18, 14)
        grid.setHorizontalSpacing(18)
        self.detail_labels: dict[str, QLabel] = {}
        for row, (key, caption) in enumerate((("name", self.tr("Name")), ("registration", self.tr("Registration no.")),
                                              ("speciality", self.tr("Speciality")), ("qualifications", self.tr("Qualifications")),
                                              ("email", self.tr("E-mail")))):
            name = QLabel(caption)
            name.setProperty("role", "muted")
            grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
            value = QLabel()
            value.setWordWrap(True)
            grid.addWidget(value, row, 1)
            self.detail_labels[key] = value
        grid.setColumnStretch(1, 1)
        self.details.setVisible(False)
        layout.addWidget(self.details)
        help_text = QLabel(self.tr("Questions? Contact the clinic's administrator. You will also receive an e-mail when "
                           "your registration is decided."))
        help_text.setProperty("role", "muted")
        help_text.setWordWrap(True)
        layout.addWidget(help_text)
        self.check = QPushButton(self.tr("Check again"))
        self.check.setObjectName("checkStatus")
        self.check.clicked.connect(self.refresh)
        self.check.setVisible(ctx is not None)
        layout.addWidget(self.check, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def refresh(self) -> None:
        doctor_id = self.actor.doctor_id
        if self.ctx is None or doctor_id is None:
            return
        db, actor = self.ctx.db, self.actor
        run_task(lambda: doctors.doctor_profile(db, doctor_id=doctor_id, actor=actor),
                 on_result=self._show, on_error=lambda e: None, context=self)

    def _show(self, profile: DoctorProfile) -> None:
        status = profile.verification_status
        self.title.setText(STATE_TITLES.get(status, status))
        if status == "verified":
            self.state.setText(self.tr("Your registration has been verified. Sign out and sign in again to start "
                               "seeing patients in MedLink."))
        else:
            self.state.setText(self.state_text(status, profile.verification_note))
        self.detail_labels["name"].setText(profile.full_name)
        self.detail_labels["registration"].setText(profile.registration_number)
        self.detail_labels["speciality"].setText(speciality_label(profile.speciality))
        self.detail_labels["qualifications"].setText(profile.qualifications)
        self.detail_labels["email"].setText(profile.email)
        self.details.setVisible(True)


class DoctorWindow(RoleWindow):
    def __init__(self, ctx: AppContext, actor: Actor) -> None:
        settings = ctx.clinic_settings()
        tz = settings.tz
        practising = actor.doctor_status == "verified"
        if not practising:
            pages = [PageSpec("status", self.tr("Registration"), lambda: VerificationStatePage(actor, ctx))]
        else:
            def page(module: str, cls: str, *args: object):
                """Import a page's module when the page is first opened (faster sign-in)."""

                def build():
                    import importlib

                    return getattr(importlib.import_module(f"medlink.ui.doctor.{module}"), cls)(ctx, actor, *args)

                return build

            pages = [
                PageSpec("appointments", self.tr("Today"), page("appointments_page", "AppointmentsPage", tz)),
                PageSpec("patients", self.tr("Patients"), page("patients_page", "PatientsPage", tz)),
                PageSpec("attention", QCoreApplication.translate("AttentionPage", "Needs attention"),
                         page("attention_page", "AttentionPage", tz)),
                PageSpec("availability", self.tr("Availability"), page("availability_page", "AvailabilityPage", tz)),
                PageSpec("links", self.tr("Meeting links"), page("links_page", "MeetLinksPage", tz)),
                PageSpec("fees", self.tr("Fees"), page("fees_profile_pages", "FeesPage")),
                PageSpec("profile", self.tr("My profile"), page("fees_profile_pages", "ProfilePage")),
            ]
        super().__init__(ctx, actor, title=f"{settings.clinic_name} — {actor.display_name}", pages=pages,
                         idle_seconds=settings.staff_idle_seconds)
        self.practising = practising
        if practising:
            self._count_alerts()

    def _count_alerts(self) -> None:
        from medlink.services.measurements import open_alert_count
        from medlink.ui.doctor.attention_page import nav_label

        db, actor = self.ctx.db, self.actor
        run_task(lambda: open_alert_count(db, actor=actor),
                 on_result=lambda n: self._buttons["attention"].setText(nav_label(n)),
                 on_error=lambda _e: None, context=self)

    def show_patient(self, patient_id: int, name: str = "") -> None:
        page = self.show_page("patients")
        page.show_patient(patient_id, name)  # type: ignore[attr-defined]

    def show_appointment(self, appointment_id: int) -> None:
        page = self.show_page("appointments")
        if not page.select_id(appointment_id):  # type: ignore[attr-defined]
            page.current_id = appointment_id  # type: ignore[attr-defined]
            page._reselect()  # type: ignore[attr-defined]


__all__ = ["DoctorWindow", "VerificationStatePage", "QFrame"]
