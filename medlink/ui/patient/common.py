"""Small pieces shared by the patient pages: a list-backed table model and opening links with the system.

(Records, receipts and prescriptions are never handed to the system viewer: the built-in
viewer shows them from memory.)"""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import TypeVar

from PySide6.QtCore import (
    QUrl,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFrame,
    QScrollArea,
    QWidget,
)

from medlink.formatting import format_datetime, format_time
from medlink.i18n import N_
from medlink.ui.i18n import LabelTable
from medlink.ui.labels import MODE_LABELS  # noqa: F401 (re-exported)

T = TypeVar("T")


def open_url(url: QUrl) -> bool:
    """Open a link or a local file with the system (browser, PDF viewer)."""
    return QDesktopServices.openUrl(url)


def format_size(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / (1024 * 1024):.1f} MB"



# Patients read "Missed" where the clinic says "No-show".
STATUS_LABELS = LabelTable("Labels", {"booked": N_("Labels", "Booked"), "checked_in": N_("Labels", "Checked in"), "completed": N_("Labels", "Completed"),
                 "cancelled": N_("Labels", "Cancelled"), "no_show": N_("Labels", "Missed")})


def set_scroll_widget(area: QScrollArea, widget: QWidget) -> None:
    """Put ``widget`` in ``area`` without the scroll area's grey backdrop."""
    area.setWidget(widget)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.viewport().setAutoFillBackground(False)
    widget.setAutoFillBackground(False)


def short_time(moment: datetime, tz: tzinfo) -> str:
    """9:30 AM (clinic time)."""
    return format_time(moment, "h:mm a", tz=tz)


def short_when(moment: datetime | None, tz: tzinfo) -> str:
    """Mon 23 Nov, 6:15 PM — for columns where the year is obvious."""
    if moment is None:
        return "—"
    return format_datetime(moment, "EEE d MMM, h:mm a", tz=tz)
