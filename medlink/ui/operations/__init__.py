"""UI operations: how a screen runs a query or a command (after Anki's ``aqt/operations``).

* :func:`query` — read something off the GUI thread and show it; with a
  :class:`Latest`, only the newest request's answer is shown (a slow old search
  can never overwrite a newer one).
* :func:`command` — change something: the triggering control is busy (disabled)
  while it runs, errors are shown on the parent by default, and on success the
  changed *topics* are announced to the whole application.
* :func:`announce` / :func:`watch` — one app-wide "data changed" event.  A list
  calls ``watch(self, {"appointment"}, self.refresh)`` and reloads itself on
  local changes; :class:`ChangeWatcher` announces other workstations' changes
  (found by :class:`medlink.services.changes.ChangeTracker`'s cheap check).

Per-domain helpers that several screens share live beside this module
(``appointments.py``, ``billing.py``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QWidget

from medlink.ui.errors import show_error
from medlink.ui.tasks import run_task

__all__ = ["ChangeWatcher", "DataEvents", "Latest", "announce", "command", "data_events", "query", "watch"]

log = logging.getLogger(__name__)
T = TypeVar("T")


class Latest:
    """Latest-result-wins for one kind of request of one screen.

    ``ticket = latest.start()`` when a request starts; ``ticket(self._show)``
    returns a callable that calls ``_show`` only if no newer request started
    since.  ``latest.wrap(cb)`` is ``latest.start()(cb)``.
    """

    def __init__(self) -> None:
        self._number = 0

    def start(self) -> Callable[[Callable[[T], object]], Callable[[T], None]]:
        self._number += 1
        number = self._number

        def ticket(callback: Callable[[T], object]) -> Callable[[T], None]:
            def deliver(value: T) -> None:
                if number == self._number:
                    callback(value)

            return deliver

        return ticket

    def wrap(self, callback: Callable[[T], object]) -> Callable[[T], None]:
        return self.start()(callback)

    def forget(self) -> None:
        """Drop the answers of every request started so far (e.g. the screen was cleared)."""
        self._number += 1


def query(parent: QWidget, fn: Callable[[], T], on_success: Callable[[T], object], *,
          latest: Latest | None = None, on_error: Callable[[BaseException], object] | None = None) -> None:
    """Run ``fn`` off the GUI thread and hand its result to ``on_success`` (errors shown on ``parent``)."""

    def show(exc: BaseException) -> None:
        show_error(parent, exc)

    failed: Callable[[BaseException], object] = on_error if on_error is not None else show
    deliver: Callable[[T], object] = on_success
    if latest is not None:
        ticket = latest.start()
        deliver, failed = ticket(on_success), ticket(failed)
    run_task(fn, on_result=deliver, on_error=failed, context=parent)


def command(parent: QWidget, fn: Callable[[], T], on_success: Callable[[T], object] | None = None, *,
            busy: QWidget | None = None, changes: Iterable[str] = (),
            on_error: Callable[[BaseException], object] | None = None) -> None:
    """Run a change off the GUI thread; ``busy`` is disabled meanwhile; ``changes`` are announced on success."""
    topics = frozenset(changes)
    if busy is not None:
        busy.setEnabled(False)

    def release() -> None:
        if busy is not None and shiboken6.isValid(busy):
            busy.setEnabled(True)

    def succeeded(value: T) -> None:
        release()
        if topics:
            announce(*topics)
        if on_success is not None:
            on_success(value)

    def failed(exc: BaseException) -> None:
        release()
        if on_error is not None:
            on_error(exc)
        else:
            show_error(parent, exc)

    run_task(fn, on_result=succeeded, on_error=failed, context=parent)


class DataEvents(QObject):
    """The application's one "data changed" event: ``changed(frozenset[str])`` of topics."""

    changed = Signal(object)


_events: DataEvents | None = None


def data_events() -> DataEvents:
    global _events
    if _events is None:
        _events = DataEvents()
    return _events


def announce(*topics: str) -> None:
    """Tell every screen that data of these topics changed (GUI thread)."""
    if topics:
        data_events().changed.emit(frozenset(topics))


class _Subscription(QObject):
    """Lives as a child of the watching widget, so it is disconnected when the widget goes."""

    def __init__(self, owner: QWidget, topics: frozenset[str], refresh: Callable[[], object]) -> None:
        super().__init__(owner)
        self._owner = owner
        self._topics = topics
        self._refresh = refresh
        self.stale = False
        data_events().changed.connect(self._on_changed)

    @Slot(object)
    def _on_changed(self, topics: frozenset[str]) -> None:
        if not self._topics & topics:
            return
        if self._owner.isVisible():
            self.stale = False
            self._refresh()
        else:
            self.stale = True  # refreshed when shown again (the shell refreshes a page it shows)


def watch(owner: QWidget, topics: Iterable[str], refresh: Callable[[], object]) -> QObject:
    """Call ``refresh`` whenever data of ``topics`` changes, here or on another workstation."""
    return _Subscription(owner, frozenset(topics), refresh)


class ChangeWatcher(QObject):
    """Every ``interval_ms`` asks the database (off the GUI thread, cheaply) what other
    workstations changed, and announces it.  One per role window, a child of it."""

    DEFAULT_INTERVAL_MS = 3000

    def __init__(self, parent: QObject, db: Any, interval_ms: int = DEFAULT_INTERVAL_MS) -> None:
        super().__init__(parent)
        from medlink.services.changes import ChangeTracker

        self._db = db
        self._tracker = ChangeTracker()
        self._busy = False
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check_now)

    def start(self) -> None:
        self.check_now()  # the first look only remembers where the log is
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    @Slot()
    def check_now(self) -> None:
        if self._busy:
            return
        self._busy = True
        db, tracker = self._db, self._tracker
        run_task(lambda: tracker.poll(db), on_result=self._checked, on_error=self._failed, context=self)

    def _checked(self, topics: frozenset[str]) -> None:
        self._busy = False
        if topics:
            announce(*topics)

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        log.info("change check skipped: %s", exc)
