"""The waiting room's token board, kept up to date for the two screens that show it.

The front desk's waiting-room page and the TV token screen both show
:func:`medlink.services.tokens.token_board`.  :class:`TokenBoardFeed` reloads it
off the GUI thread when the waiting room changes — a check-in, a cancellation,
a token called in, here or on another workstation (the app-wide change check,
:mod:`medlink.ui.operations`) — and at the clinic's midnight, when a new day's
numbering starts; it hands the board on only when it differs from the one shown.
:func:`replace_grid` is the one copy of "put these cards in the grid instead".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtWidgets import QGridLayout, QWidget

from medlink.services import tokens
from medlink.services.clinic_settings import get_settings
from medlink.services.tokens import TokenBoard
from medlink.ui import operations
from medlink.ui.tasks import run_task

if TYPE_CHECKING:  # pragma: no cover
    from medlink.db.session import Database

__all__ = ["RETRY_MS", "TOPICS", "TokenBoardFeed", "replace_grid"]

TOPICS = frozenset({"appointment", "queue"})
"""What changes a board: check-ins, cancellations, no-shows ("appointment"); tokens called in ("queue")."""
RETRY_MS = 10_000


def replace_grid(grid: QGridLayout, widgets: Sequence[QWidget], columns: int) -> None:
    """Empty ``grid`` and lay ``widgets`` out in it, ``columns`` to a row."""
    while grid.count():
        item = grid.takeAt(0)
        old = item.widget() if item is not None else None
        if old is not None:
            old.setParent(None)  # gone from the widget tree now, deleted at the next event loop turn
            old.deleteLater()
    for index, widget in enumerate(widgets):
        grid.addWidget(widget, index // columns, index % columns)


def _load(db: Database) -> tuple[TokenBoard, int]:
    """The board, and the milliseconds until the clinic's next day begins."""
    board = tokens.token_board(db)
    tz = get_settings(db).tz
    now = datetime.now(tz)
    next_day = datetime.combine(now.date() + timedelta(days=1), time(0, 0, 5), tzinfo=tz)
    return board, max(1000, int((next_day - now).total_seconds() * 1000))


class TokenBoardFeed(QObject):
    """Calls ``show(board)`` with the current board whenever it changed; a child of ``owner``."""

    def __init__(self, owner: QWidget, db: Database, show: Callable[[TokenBoard], object]) -> None:
        super().__init__(owner)
        self._db = db
        self._show = show
        self._signature: tuple[object, ...] | None = None
        self._loading = False
        self._again = False
        self._next_day = QTimer(self)
        self._next_day.setSingleShot(True)
        self._next_day.timeout.connect(self.refresh)
        operations.watch(owner, TOPICS, self.refresh)

    @Slot()
    def refresh(self) -> None:
        """Load the board (at most one load at a time; a change meanwhile loads once more)."""
        if self._loading:
            self._again = True
            return
        self._loading = True
        db = self._db
        run_task(lambda: _load(db), on_result=self._loaded, on_error=self._failed, context=self)

    def redraw(self) -> None:
        """Load and show the board even if it has not changed (e.g. to re-enable a button)."""
        self._signature = None
        self.refresh()

    def _loaded(self, result: tuple[TokenBoard, int]) -> None:
        board, ms_to_next_day = result
        self._next_day.start(ms_to_next_day)
        if board.signature != self._signature:
            self._signature = board.signature
            self._show(board)
        self._done()

    def _failed(self, _exc: BaseException) -> None:
        # An unattended screen keeps its last board and tries again a little later.
        QTimer.singleShot(RETRY_MS, self, self.refresh)
        self._done()

    def _done(self) -> None:
        self._loading = False
        if self._again:
            self._again = False
            self.refresh()
