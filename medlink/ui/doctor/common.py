"""Pieces shared by the doctor pages: a column-driven table model, a reason
prompt, opening files with the system viewer, status labels."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QUrl
from PySide6.QtGui import QBrush, QColor, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

T = TypeVar("T")

STATUS_LABELS = {
    "booked": "Booked",
    "checked_in": "Checked in",
    "completed": "Completed",
    "cancelled": "Cancelled",
    "no_show": "No-show",
    "paid": "Paid",
    "unpaid": "Unpaid",
    "void": "Void",
}
STATUS_COLOURS = {
    "booked": "#1D4ED8",
    "checked_in": "#0F766E",
    "completed": "#15803D",
    "cancelled": "#9CA3AF",
    "no_show": "#B45309",
    "paid": "#15803D",
    "unpaid": "#B45309",
    "void": "#9CA3AF",
}
MODE_LABELS = {"in_person": "In person", "online": "Online"}


def status_label(status: str) -> str:
    return STATUS_LABELS.get(status, status.replace("_", " ").capitalize())


@dataclass(frozen=True)
class Column(Generic[T]):
    header: str
    text: Callable[[T], str]
    align_right: bool = False
    colour: Callable[[T], str | None] | None = None
    tooltip: Callable[[T], str] | None = None


class RowsModel(QAbstractTableModel, Generic[T]):
    """A read-only table over a list of frozen dataclasses, one Column per column."""

    def __init__(self, columns: Sequence[Column[T]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[T] = []

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, index: QModelIndex | int) -> T | None:
        row = index if isinstance(index, int) else index.row()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if column.align_right else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column.colour is not None:
            colour = column.colour(row)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(row) if column.tooltip else column.text(row)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None


def make_table(model: QAbstractTableModel, *, stretch_column: int | None = None, name: str = "") -> QTableView:
    view = QTableView()
    if name:
        view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.setShowGrid(False)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch_column is not None:
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    else:
        header.setStretchLastSection(True)
    view.verticalHeader().setDefaultSectionSize(34)
    return view


def selected_row(view: QTableView) -> Any:
    model = view.model()
    indexes = view.selectionModel().selectedRows() if view.selectionModel() else []
    if not indexes or not isinstance(model, RowsModel):
        return None
    return model.row_at(indexes[0])


class ReasonDialog(QDialog):
    """Asks for a (required) reason, e.g. why an appointment is cancelled."""

    def __init__(self, parent: QWidget | None, *, title: str, prompt: str, action: str,
                 placeholder: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("reasonDialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        text = QLabel(prompt)
        text.setWordWrap(True)
        layout.addWidget(text)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(placeholder)
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(96)
        layout.addWidget(self.reason)
        self.error = QLabel()
        self.error.setObjectName("error_reason")
        self.error.setProperty("role", "fieldError")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("confirmReason")
        self.ok_button.setProperty("role", "danger")
        self.ok_button.setDefault(True)
        back = buttons.addButton("Go back", QDialogButtonBox.ButtonRole.RejectRole)
        back.setObjectName("cancelReason")
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reason.setFocus()

    def text(self) -> str:
        return self.reason.toPlainText().strip()

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(True)
        self.reason.setFocus()

    def _check(self) -> None:
        if not self.text():
            self.show_error("Please give a reason — the patient will see it.")
            return
        self.accept()


def open_with_system(path: Path) -> bool:
    """Open a file (PDF, image) in the system viewer."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def muted(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setProperty("role", "muted")
    label.setWordWrap(True)
    return label


def transparent_scroll(scroll: QWidget) -> None:
    """A scroll area that shows the page background instead of grey."""
    scroll.setStyleSheet("QScrollArea { background: transparent; border: none; }"
                         " QScrollArea > QWidget > QWidget { background: transparent; }")


def remove_button(tooltip: str) -> QPushButton:
    button = QPushButton("✕")
    button.setToolTip(tooltip)
    button.setFixedSize(30, 30)
    button.setStyleSheet("padding: 0px; font-size: 11pt; color: #627D98;")
    return button


def set_role(widget: QWidget, role: str) -> None:
    widget.setProperty("role", role)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    widget.updateGeometry()
