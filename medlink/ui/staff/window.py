"""The front-desk / administrator window.

Front-desk staff see the desk pages (queue, patients, a doctor's day,
dashboard without money); administrators additionally see doctor
verification, users, the e-mail outbox, clinic settings, the audit log and
maintenance (records check, backup, receipts export).
The services enforce the same split; the page list only keeps the window tidy.
"""

from __future__ import annotations

from datetime import date

from medlink.services.actor import Actor
from medlink.services.clinic_settings import get_settings
from medlink.ui.context import AppContext
from medlink.ui.shell import PageSpec, RoleWindow


def staff_pages(ctx: AppContext, actor: Actor, window: StaffWindow) -> list[PageSpec]:
    from medlink.ui.staff.audit_page import AuditPage
    from medlink.ui.staff.dashboard_page import DashboardPage
    from medlink.ui.staff.maintenance_page import MaintenancePage
    from medlink.ui.staff.outbox import OutboxPage
    from medlink.ui.staff.patients import PatientsPage
    from medlink.ui.staff.queue import DoctorDayPage, QueuePage
    from medlink.ui.staff.settings_page import SettingsPage
    from medlink.ui.staff.users import UsersPage
    from medlink.ui.staff.verification import VerificationPage

    pages = [
        PageSpec("queue", "Today's queue", lambda: QueuePage(ctx)),
        PageSpec("patients", "Patients", lambda: PatientsPage(ctx)),
        PageSpec("doctor_day", "Doctor's day", lambda: DoctorDayPage(ctx)),
        PageSpec("dashboard", "Dashboard", lambda: DashboardPage(ctx)),
    ]
    if actor.is_admin:
        pages += [
            PageSpec("doctors", "Doctors", lambda: VerificationPage(ctx, window.open_doctor_day)),
            PageSpec("users", "Users", lambda: UsersPage(ctx)),
            PageSpec("outbox", "E-mail outbox", lambda: OutboxPage(ctx)),
            PageSpec("settings", "Settings", lambda: SettingsPage(ctx)),
            PageSpec("audit", "Audit log", lambda: AuditPage(ctx)),
            PageSpec("maintenance", "Maintenance", lambda: MaintenancePage(ctx)),
        ]
    return pages


class StaffWindow(RoleWindow):
    def __init__(self, ctx: AppContext, actor: Actor) -> None:
        settings = get_settings(ctx.db)
        role = "Administration" if actor.is_admin else "Front desk"
        super().__init__(ctx, actor, title=f"{settings.clinic_name} — {role}",
                         pages=staff_pages(ctx, actor, self), idle_seconds=settings.staff_idle_seconds)

    def open_doctor_day(self, doctor_id: int, day: date) -> None:
        """Jump to the Doctor's day page for one doctor and day (after a suspension)."""
        page = self.show_page("doctor_day")
        page.show_doctor_day(doctor_id, day)  # type: ignore[attr-defined]
