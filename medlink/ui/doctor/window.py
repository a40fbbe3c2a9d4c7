"""The doctor window."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from medlink.services.actor import Actor
from medlink.services.clinic_settings import get_settings
from medlink.services.permissions import verification_message
from medlink.ui.context import AppContext
from medlink.ui.shell import PageSpec, RoleWindow
from medlink.ui.widgets import heading


class VerificationStatePage(QWidget):
    """All a pending / rejected / suspended doctor can reach."""

    def __init__(self, actor: Actor) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.addWidget(heading("Registration status"))
        state = QLabel(verification_message(actor.doctor_status or "pending", None))
        state.setObjectName("verificationState")
        state.setWordWrap(True)
        state.setProperty("role", "banner")
        layout.addWidget(state)
        layout.addStretch(1)


class DoctorWindow(RoleWindow):
    def __init__(self, ctx: AppContext, actor: Actor) -> None:
        settings = get_settings(ctx.db)
        if actor.doctor_status != "verified":
            pages = [PageSpec("status", "Registration", lambda: VerificationStatePage(actor))]
        else:
            pages = [PageSpec("home", "Today", lambda: VerificationStatePage(actor))]
        super().__init__(ctx, actor, title=f"{settings.clinic_name} — {actor.display_name}", pages=pages,
                         idle_seconds=settings.staff_idle_seconds)
