"""The front-desk / administrator window.

Front-desk staff see the desk pages (queue, patients, a doctor's day,
dashboard without money); administrators additionally see doctor
verification, users, the e-mail outbox, clinic settings, the audit log and
maintenance (records check, backup, receipts export).
The services enforce the same split; the page list only keeps the window tidy.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from medlink.services.actor import Actor
from medlink.ui.context import AppContext
from medlink.ui.shell import PageSpec, RoleWindow


def staff_pages(ctx: AppContext, actor: Actor, window: StaffWindow) -> list[PageSpec]:
    """Each page's module is imported when the page is first opened (faster sign-in)."""

    def page(module: str, cls: str, *args: object):
        def build():
            import importlib

            return getattr(importlib.import_module(f"medlink.ui.staff.{module}"), cls)(ctx, *args)

        return build

    pages = [
        PageSpec("queue", QCoreApplication.translate("StaffWindow", "Today's queue"), page("queue", "QueuePage")),
        PageSpec("waiting_room", QCoreApplication.translate("StaffWindow", "Waiting room"), page("waiting_room_page", "WaitingRoomPage")),
        PageSpec("patients", QCoreApplication.translate("StaffWindow", "Patients"), page("patients", "PatientsPage")),
        PageSpec("doctor_day", QCoreApplication.translate("StaffWindow", "Doctor's day"), page("queue", "DoctorDayPage")),
        PageSpec("recall", QCoreApplication.translate("StaffWindow", "Follow-ups due"), page("recall_page", "RecallPage")),
        PageSpec("duplicates", QCoreApplication.translate("StaffWindow", "Duplicates"), page("duplicates_page", "DuplicatesPage")),
        PageSpec("dashboard", QCoreApplication.translate("StaffWindow", "Dashboard"), page("dashboard_page", "DashboardPage")),
    ]
    if actor.is_admin:
        pages += [
            PageSpec("doctors", QCoreApplication.translate("StaffWindow", "Doctors"), page("verification", "VerificationPage", window.open_doctor_day)),
            PageSpec("users", QCoreApplication.translate("StaffWindow", "Users"), page("users", "UsersPage")),
            PageSpec("outbox", QCoreApplication.translate("StaffWindow", "E-mail outbox"), page("outbox", "OutboxPage")),
            PageSpec("settings", QCoreApplication.translate("StaffWindow", "Settings"), page("settings_page", "SettingsPage")),
            PageSpec("audit", QCoreApplication.translate("StaffWindow", "Audit log"), page("audit_page", "AuditPage")),
            PageSpec("maintenance", QCoreApplication.translate("StaffWindow", "Maintenance"), page("maintenance_page", "MaintenancePage")),
        ]
    return pages


class StaffWindow(RoleWindow):
    def __init__(self, ctx: AppContext, actor: Actor) -> None:
        settings = ctx.clinic_settings()
        role = self.tr("Administration") if actor.is_admin else self.tr("Front desk")
        super().__init__(ctx, actor, title=f"{settings.clinic_name} — {role}",
                         pages=staff_pages(ctx, actor, self), idle_seconds=settings.staff_idle_seconds)

    def open_doctor_day(self, doctor_id: int, day: date) -> None:
        """Jump to the Doctor's day page for one doctor and day (after a suspension)."""
        page = self.show_page("doctor_day")
        page.show_doctor_day(doctor_id, day)  # type: ignore[attr-defined]
