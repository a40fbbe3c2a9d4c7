"""The one list-backed table model and table view set-up shared by every window.

Rows are frozen dataclasses from the services; each :class:`Column` says how to
show one field.  Big lists page through ``append_rows`` (the audit log loads
more as it scrolls), never one widget per row.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractItemModel, QAbstractTableModel, QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

T = TypeVar("T")


@dataclass(frozen=True)
class Column(Generic[T]):
    header: str
    text: Callable[[T], str]
    align_right: bool = False
    colour: Callable[[T], str | None] | None = None
    tooltip: Callable[[T], str] | None = None


# Item-data roles as plain ints: the view asks ``data`` for about eight roles per cell on every
# layout pass (ResizeToContents measures the first rows of each column), so the common answers
# must not go through enum look-ups.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_LEFT = int((Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter).value)
_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)


class RowsModel(QAbstractTableModel, Generic[T]):
    """A read-only table over a list of frozen dataclasses, one Column per column.

    A cell's text is computed once (the first time the view asks) and kept until the rows or
    the columns change: the view asks for the same cells again on every layout and paint.
    """

    def __init__(self, columns: Sequence[Column[T]], parent: QWidget | Any | None = None) -> None:
        super().__init__(parent)
        self._texts: dict[tuple[int, int], str] = {}
        self.columns = list(columns)
        self.rows: list[T] = []

    @property
    def columns(self) -> list[Column[T]]:
        return self._columns

    @columns.setter
    def columns(self, columns: Sequence[Column[T]]) -> None:
        self._columns = list(columns)
        self._alignment = [_RIGHT if c.align_right else _LEFT for c in self._columns]
        self._texts.clear()

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._texts.clear()
        self.endResetModel()

    def append_rows(self, rows: Sequence[T]) -> None:
        if not rows:
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(rows) - 1)
        self.rows.extend(rows)
        self.endInsertRows()

    def row_at(self, index: QModelIndex | QPersistentModelIndex | int) -> T | None:
        row = index if isinstance(index, int) else index.row()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def cell_text(self, row: int, column: int) -> str:
        key = (row, column)
        text = self._texts.get(key)
        if text is None:
            text = self._texts[key] = self._columns[column].text(self.rows[row])
        return text

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY) -> Any:
        if role == _DISPLAY:
            return self.cell_text(index.row(), index.column()) if index.isValid() else None
        if role == _ALIGNMENT:
            return self._alignment[index.column()] if index.isValid() else None
        if role == _TOOLTIP and index.isValid():
            column = self._columns[index.column()]
            if column.tooltip is not None:
                return column.tooltip(self.rows[index.row()])
            return self.cell_text(index.row(), index.column())
        if role == _FOREGROUND and index.isValid():
            column = self._columns[index.column()]
            colour = column.colour(self.rows[index.row()]) if column.colour is not None else None
            return QBrush(QColor(colour)) if colour else None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if role == _DISPLAY and orientation == Qt.Orientation.Horizontal:
            return self._columns[section].header
        return None

    def table(self) -> tuple[list[str], list[list[str]]]:
        """Header and cell texts (for CSV export)."""
        return ([c.header for c in self.columns], [[c.text(r) for c in self.columns] for r in self.rows])


#: How many rows a ResizeToContents column is measured from (see ``make_table``).
RESIZE_PRECISION = 60

_CONTENT_SIGNALS = ("modelReset", "layoutChanged", "rowsInserted", "rowsRemoved", "rowsMoved", "columnsInserted",
                    "columnsRemoved", "columnsMoved", "dataChanged", "headerDataChanged")


class MeasuredTableView(QTableView):
    """A table view that measures a ResizeToContents column once per layout, not once per pass.

    Qt sizes such a column by asking the delegate for the size of each of the first
    :data:`RESIZE_PRECISION` rows' cells, and it does that again on every pass of the header's
    layout — two or three passes when a page first shows a filled table (shown, sized, a scroll
    bar appears).  Each cell asks a Python model for about ten answers, so the repeated passes
    were most of the GUI-thread time of showing a table (a 60-row, 7-column list: ~37 ms, the
    same list in a C++ model ~8 ms).  The width is kept while the model's content, the font, the
    style and the rows Qt would measure (those from the top visible row on) stay the same: the
    same answer Qt would compute again.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._widths: dict[tuple[int, int, int], int] = {}
        self._watched: QAbstractItemModel | None = None

    def setModel(self, model: QAbstractItemModel | None) -> None:
        if self._watched is not None:
            for name in _CONTENT_SIGNALS:
                getattr(self._watched, name).disconnect(self.forget_widths)
        super().setModel(model)
        self._watched = model
        if model is not None:
            for name in _CONTENT_SIGNALS:
                getattr(model, name).connect(self.forget_widths)
        self.forget_widths()

    def forget_widths(self, *_args: object) -> None:
        self._widths.clear()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.forget_widths()
        super().changeEvent(event)

    def sizeHintForColumn(self, column: int) -> int:
        vertical = self.verticalHeader()
        top = max(0, vertical.visualIndexAt(0))
        # Qt measures the visible rows, then more up to ``precision`` rows: while the visible rows
        # are no more than that (a screen holds about twenty), which row is the last visible one
        # does not matter.  The viewport's height without scroll bars is used: at most a scroll
        # bar's height more than Qt's, it only matters beyond ``precision`` visible rows (and the
        # viewport widget itself is not asked for: PySide's first look-up of it took ~12 ms).
        bottom = vertical.visualIndexAt(self.maximumViewportSize().height())
        precision = self.horizontalHeader().resizeContentsPrecision()
        if not self.isVisible() or bottom == -1:
            bottom = -1
        elif precision >= 0 and bottom - top + 1 <= precision:
            bottom = -2
        key = (column, top, bottom)
        width = self._widths.get(key)
        if width is None:
            width = self._widths[key] = super().sizeHintForColumn(column)
        return width


def make_table(model: QAbstractTableModel, name: str = "", stretch_column: int | None = None,
               fixed: dict[int, int] | None = None) -> QTableView:
    """A read-only, row-selecting table view in the MedLink style."""
    view = MeasuredTableView()
    if name:
        view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    # Tab moves to the next control, not cell by cell (arrow keys move within the table).
    view.setTabKeyNavigation(False)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(34)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    # Size columns from the first rows only: measuring every row of a long list
    # would make opening a page O(rows).
    header.setResizeContentsPrecision(RESIZE_PRECISION)
    for column, width in (fixed or {}).items():
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, width)
    if stretch_column is not None:
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    else:
        header.setStretchLastSection(True)
    return view


def selected_row(view: QTableView) -> int:
    selection = view.selectionModel()
    rows = selection.selectedRows() if selection else []
    return rows[0].row() if rows else -1
