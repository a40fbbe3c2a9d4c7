"""Running work off the GUI thread.

``run_task(fn, on_result=…, on_error=…)`` runs ``fn`` on the global
QThreadPool; the callbacks always run on the GUI thread.  Workers must open
their own database sessions (the services do) and never touch widgets.
Tests may call ``set_synchronous(True)`` to run tasks inline.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)
_synchronous = False
_alive: set[_Task] = set()


def set_synchronous(value: bool) -> None:
    global _synchronous
    _synchronous = value


class _Signals(QObject):
    result = Signal(object)
    error = Signal(object)
    progress = Signal(int, int)


class _Task(QRunnable):
    def __init__(self, fn: Callable[..., Any], with_progress: bool) -> None:
        super().__init__()
        self.fn = fn
        self.with_progress = with_progress
        self.signals = _Signals()
        self.setAutoDelete(False)

    @Slot()
    def run(self) -> None:
        try:
            value = self.fn(self.signals.progress.emit) if self.with_progress else self.fn()
        except BaseException as exc:  # noqa: BLE001 - delivered to the GUI thread
            exc.__medlink_traceback__ = traceback.format_exc()  # type: ignore[attr-defined]
            self.signals.error.emit(exc)
        else:
            self.signals.result.emit(value)


def run_task(
    fn: Callable[..., Any],
    *,
    on_result: Callable[[Any], object] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    context: QObject | None = None,
) -> None:
    """Run ``fn`` in the thread pool.  With ``on_progress``, ``fn`` receives a
    ``progress(done, total)`` callable.  ``context``: callbacks are dropped if
    that object is destroyed first (e.g. the window closed)."""
    with_progress = on_progress is not None
    if _synchronous:
        try:
            value = fn(on_progress) if with_progress else fn()
        except BaseException as exc:  # noqa: BLE001
            _deliver_error(exc, on_error)
        else:
            if on_result:
                on_result(value)
        return
    task = _Task(fn, with_progress)
    _alive.add(task)

    def context_alive() -> bool:
        # Results that arrive after their window was closed are dropped, not delivered
        # to a deleted widget.
        return context is None or shiboken6.isValid(context)

    def finished_ok(value: Any) -> None:
        _alive.discard(task)
        if on_result and context_alive():
            on_result(value)

    def finished_error(exc: BaseException) -> None:
        _alive.discard(task)
        if context_alive():
            _deliver_error(exc, on_error)
        else:
            log.info("dropped an error of a task whose window is gone: %r", exc)

    # The signals object lives on the GUI thread and is emitted from a worker,
    # so these connections are queued: the callbacks run on the GUI thread.
    task.signals.result.connect(finished_ok)
    task.signals.error.connect(finished_error)
    if on_progress:
        task.signals.progress.connect(lambda done, total: on_progress(done, total) if context_alive() else None)
    QThreadPool.globalInstance().start(task)


def _deliver_error(exc: BaseException, on_error: Callable[[BaseException], None] | None) -> None:
    if on_error is not None:
        on_error(exc)
        return
    from medlink.ui.errors import report_unexpected

    report_unexpected(exc)


def wait_for_tasks(timeout_ms: int = 10_000) -> bool:
    """Block until the pool is idle (tests and shutdown)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
