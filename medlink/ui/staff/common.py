"""Pieces shared by the front-desk and administration pages."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from medlink.i18n import N_
from medlink.ui.i18n import LabelTable
from medlink import exports
from medlink.ui.labels import MODE_LABELS, STATUS_COLOURS, STATUS_LABELS  # noqa: F401 (re-exported)

T = TypeVar("T")

DOCTOR_STATUS_LABELS = LabelTable("Labels", {"pending": N_("Labels", "Awaiting verification"), "verified": N_("Labels", "Verified"), "rejected": N_("Labels", "Rejected"),
                        "suspended": N_("Labels", "Suspended")})


def button(text: str, role: str | None = None, name: str | None = None) -> QPushButton:
    b = QPushButton(text)
    if role:
        b.setProperty("role", role)
    if name:
        b.setObjectName(name)
    return b


def muted(text: str, name: str | None = None) -> QLabel:
    label = QLabel(text)
    label.setProperty("role", "muted")
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


def row(*widgets: QWidget | None, stretch_at: int | None = None) -> QHBoxLayout:
    """A horizontal row; ``None`` marks where the stretch goes."""
    layout = QHBoxLayout()
    layout.setContentsMargins(0, 0, 0, 0)
    for w in widgets:
        if w is None:
            layout.addStretch(1)
        else:
            layout.addWidget(w)
    return layout


def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def pydate(d: QDate) -> date:
    return date(d.year(), d.month(), d.day())


def write_csv(path: Path, header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """Every CSV MedLink writes goes through :func:`medlink.exports.write_csv` (formula cells neutralised)."""
    exports.write_csv(path, header, rows)


def ask_csv_path(parent: QWidget, suggested: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("StaffCommon", "Export to CSV"), str(Path.home() / suggested),
                                          QCoreApplication.translate("StaffCommon", "CSV files (*.csv)"))
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".csv" else path.with_suffix(".csv")


def pretty_phone(phone: str | None) -> str:
    if not phone:
        return "—"
    if phone.startswith("+91") and len(phone) == 13:
        return f"{phone[3:8]} {phone[8:]}"
    return phone
