"""The patient window (also the kiosk)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from medlink.services.actor import Actor
from medlink.services.clinic_settings import get_settings
from medlink.ui.context import AppContext
from medlink.ui.shell import PageSpec, RoleWindow
from medlink.ui.widgets import heading


class _Welcome(QWidget):
    def __init__(self, actor: Actor) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.addWidget(heading(f"Hello, {actor.display_name}"))
        layout.addWidget(QLabel("Use the menu on the left."))
        layout.addStretch(1)


class PatientWindow(RoleWindow):
    def __init__(self, ctx: AppContext, actor: Actor) -> None:
        settings = get_settings(ctx.db)
        super().__init__(ctx, actor, title=f"{settings.clinic_name} — {actor.display_name}",
                         pages=[PageSpec("home", "Home", lambda: _Welcome(actor))],
                         idle_seconds=settings.kiosk_idle_seconds if ctx.kiosk else settings.staff_idle_seconds)
