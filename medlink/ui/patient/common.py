"""Small pieces shared by the patient pages: a list-backed table model, temp-file
tracking for opened records, and opening links / files with the system."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHeaderView, QScrollArea, QTableView, QWidget

T = TypeVar("T")


@dataclass(frozen=True)
class Column(Generic[T]):
    header: str
    text: Callable[[T], str]
    align_right: bool = False


class RowsModel(QAbstractTableModel, Generic[T]):
    """A read-only table of frozen dataclasses, one row per item."""

    def __init__(self, columns: Sequence[Column[T]], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[T] = []

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> T | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(self.rows[index.row()])
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None


def make_table(model: QAbstractTableModel, name: str, stretch_column: int | None = None,
               fixed: dict[int, int] | None = None) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(34)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for column, width in (fixed or {}).items():
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, width)
    if stretch_column is not None:
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    else:
        header.setStretchLastSection(True)
    return view


def selected_row(view: QTableView) -> int:
    rows = view.selectionModel().selectedRows() if view.selectionModel() else []
    return rows[0].row() if rows else -1


def open_url(url: QUrl) -> bool:
    """Open a link or a local file with the system (browser, PDF viewer)."""
    return QDesktopServices.openUrl(url)


def open_local_file(path: Path) -> bool:
    return open_url(QUrl.fromLocalFile(str(path)))


class TempFiles:
    """Decrypted copies handed to the system viewer; all removed on sign-out at the latest."""

    def __init__(self) -> None:
        self.paths: list[Path] = []

    def add(self, path: Path) -> Path:
        self.paths.append(path)
        return path

    def remove_all(self) -> None:
        from medlink.services.records import remove_private_temp

        for path in self.paths:
            remove_private_temp(path)
        self.paths.clear()
        remove_private_temp()


def format_size(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


MODE_LABELS = {"in_person": "In person", "online": "Online"}
STATUS_LABELS = {"booked": "Booked", "checked_in": "Checked in", "completed": "Completed",
                 "cancelled": "Cancelled", "no_show": "Missed"}


def set_scroll_widget(area: QScrollArea, widget: QWidget) -> None:
    """Put ``widget`` in ``area`` without the scroll area's grey backdrop."""
    area.setWidget(widget)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.viewport().setAutoFillBackground(False)
    widget.setAutoFillBackground(False)


def short_time(moment: datetime, tz: tzinfo) -> str:
    """9:30 AM (clinic time)."""
    return moment.astimezone(tz).strftime("%I:%M %p").lstrip("0")


def short_when(moment: datetime | None, tz: tzinfo) -> str:
    """Mon 23 Nov, 6:15 PM — for columns where the year is obvious."""
    if moment is None:
        return "—"
    local = moment.astimezone(tz)
    return f"{local.strftime('%a')} {local.day} {local.strftime('%b')}, {short_time(moment, tz)}"
