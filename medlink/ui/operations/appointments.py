"""Appointment operations shared by several screens."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from medlink.services import appointments
from medlink.services.actor import Actor
from medlink.services.appointments import AppointmentView
from medlink.ui.context import AppContext
from medlink.ui.operations import command


def cancel_appointment(parent: QWidget, ctx: AppContext, actor: Actor, *, appointment_id: int,
                       reason: str | None = None, on_done: Callable[[AppointmentView], object] | None = None,
                       on_error: Callable[[BaseException], object] | None = None,
                       busy: QWidget | None = None) -> None:
    """Cancel one appointment (with the reason the patient is e-mailed), off the GUI thread.

    Every screen that lists appointments hears about it ("appointment" changed).
    The caller asks the user first (a confirmation or a reason dialog).
    """
    db = ctx.db
    command(parent, lambda: appointments.cancel_appointment(db, actor=actor, appointment_id=appointment_id,
                                                            reason=reason),
            on_done, busy=busy, changes={"appointment"}, on_error=on_error)
