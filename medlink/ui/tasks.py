"""Running work off the GUI thread: one dispatcher for the whole application.

``run_task(fn, on_result=…, on_error=…, on_progress=…, context=…)`` runs ``fn``
on a worker thread; the callbacks always run on the GUI thread.  Workers must
open their own database sessions (the services do) and never touch widgets.

How it works (the pattern of Anki's ``aqt/taskman.py``): one long-lived
:class:`TaskManager` ``QObject`` lives on the GUI thread.  A worker that has a
result appends a closure to a locked list and emits the manager's one signal,
connected once to one of its own slots; Qt queues that signal to the GUI
thread, where the slot runs the closures.  No Qt object is created per task and
no signal from a worker reaches a plain function or lambda.

Rules the dispatcher keeps:

* Results and errors for a ``context`` object that was destroyed meanwhile are
  dropped, not delivered to a deleted widget.
* Every task runs under a :class:`~medlink.cancellation.CancelToken`: the one
  passed in, else the token of the role window ``context`` belongs to (set
  when that window closes or its user signs out), else the application's.
  Results of cancelled work are dropped too, and long core functions stop at
  their next :func:`~medlink.cancellation.check_cancelled`.
* ``Exception`` goes to ``on_error`` (default: the one error handler);
  ``SystemExit`` / ``KeyboardInterrupt`` are re-raised on the GUI thread, never
  swallowed.
* :func:`shutdown` stops accepting work, cancels every token and waits for the
  workers; only then may the database be disposed.

Tests call ``set_synchronous(True)`` (see ``tests/ui/conftest.py``) to run tasks inline.
"""

from __future__ import annotations

import functools
import gc
import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot

from medlink.cancellation import CancelToken, OperationCancelled, running_with

log = logging.getLogger(__name__)

MAX_WORKERS = 4
_synchronous = False


def set_synchronous(value: bool) -> None:
    """Run every task inline on the calling thread (tests and screenshot scripts)."""
    global _synchronous
    _synchronous = value


@dataclass
class _Callbacks:
    """What the GUI thread does with a task's outcome.  Only the GUI thread holds these
    (the worker never owns a reference to a widget, so it can never release the last one)."""

    on_result: Callable[[Any], object] | None
    on_error: Callable[[BaseException], object] | None
    on_progress: Callable[[int, int], object] | None
    context: QObject | None
    token: CancelToken

    def wanted(self) -> bool:
        return not self.token.cancelled and (self.context is None or shiboken6.isValid(self.context))


@dataclass
class _Work:
    """What the worker needs; it empties ``fn`` before it hands the outcome over."""

    task_id: int
    fn: Callable[..., Any] | None
    token: CancelToken
    with_progress: bool


class TaskManager(QObject):
    """Owns the worker threads and delivers their results on the GUI thread."""

    _closures_pending = Signal()

    def __init__(self, max_workers: int = MAX_WORKERS) -> None:
        super().__init__()
        self._executor = ThreadPoolExecutor(max_workers=max_workers, thread_name_prefix="medlink-task")
        self._lock = threading.Lock()
        self._idle = threading.Condition(self._lock)
        self._closures: list[Callable[[], None]] = []
        self._callbacks: dict[int, _Callbacks] = {}
        self._next_id = 0
        self._running = 0
        self._accepting = True
        self.root_token = CancelToken()
        self._gc = GuiThreadGarbageCollector(self)
        # Connected once, to a slot of this object: emitted from a worker, the
        # signal is queued to the thread this object lives in (the GUI thread).
        self._closures_pending.connect(self._run_closures)

    # --- GUI thread ---------------------------------------------------------------------------

    def new_token(self) -> CancelToken:
        """A token for a window or a piece of work; cancelled with the application's."""
        return self.root_token.child()

    def run(self, fn: Callable[..., Any], *, on_result: Callable[[Any], object] | None,
            on_error: Callable[[BaseException], object] | None, on_progress: Callable[[int, int], object] | None,
            context: QObject | None, token: CancelToken | None) -> None:
        if not self._accepting:
            log.info("MedLink is closing: a new task was not started (%r)", fn)
            return
        token = token or window_token(context) or self.root_token
        self._next_id += 1
        task_id = self._next_id
        self._callbacks[task_id] = _Callbacks(on_result, on_error, on_progress, context, token)
        with self._lock:
            self._running += 1
        self._executor.submit(self._work, _Work(task_id, fn, token, on_progress is not None))

    def _finish(self, task_id: int, box: list[Any]) -> None:
        callbacks = self._callbacks.pop(task_id, None)
        ok, outcome = box
        box.clear()
        if callbacks is None:  # pragma: no cover - delivered twice cannot happen
            return
        if ok is None:  # SystemExit / KeyboardInterrupt from the worker: raise it here, not hidden
            raise outcome
        if ok:
            if callbacks.on_result is not None and callbacks.wanted():
                callbacks.on_result(outcome)
            return
        if isinstance(outcome, OperationCancelled) or not callbacks.wanted():
            log.info("dropped the outcome of a task whose window is gone or that was cancelled: %r", outcome)
            return
        _deliver_error(outcome, callbacks.on_error)

    def _progress(self, task_id: int, done: int, total: int) -> None:
        callbacks = self._callbacks.get(task_id)
        if callbacks is not None and callbacks.on_progress is not None and callbacks.wanted():
            callbacks.on_progress(done, total)

    @Slot()
    def _run_closures(self) -> None:
        with self._lock:
            closures, self._closures = self._closures, []
        for closure in closures:
            try:
                closure()
            except Exception as exc:  # noqa: BLE001 - a failing callback must not lose the others' results
                _report(exc)
        del closures
        self._gc.check()

    def shutdown(self, timeout_seconds: float) -> bool:
        """Stop accepting work, cancel everything, wait for the workers.  True if they all finished."""
        self._accepting = False
        self.root_token.cancel("closing")
        finished = self.wait_idle(timeout_seconds)
        self._executor.shutdown(wait=False, cancel_futures=True)
        self._run_closures()  # what the workers posted meanwhile (all dropped: the tokens are cancelled)
        gc.collect()  # on this (GUI) thread, while Qt is alive — not during interpreter finalization
        return finished

    # --- worker threads -----------------------------------------------------------------------

    def _work(self, work: _Work) -> None:
        fn, work.fn = work.fn, None
        assert fn is not None
        progress = _ProgressRelay(self, work.task_id) if work.with_progress else None
        box: list[Any]
        try:
            with running_with(work.token):
                work.token.raise_if_cancelled()  # it may have waited in the queue
                box = [True, fn(progress) if progress is not None else fn()]
        except Exception as exc:  # noqa: BLE001 - delivered to on_error on the GUI thread
            box = [False, exc]
        except BaseException as exc:  # SystemExit, KeyboardInterrupt: not ours to swallow
            box = [None, exc]
            self._hand_over(work.task_id, box, fn)
            raise
        # Whatever the work referenced (fn's closure, the result, an exception's frames)
        # is handed to the GUI thread and released there, never here.
        del fn
        self._hand_over(work.task_id, box, None)

    def _hand_over(self, task_id: int, box: list[Any], fn: object) -> None:
        if fn is not None:
            box.append(fn)
        closure = functools.partial(self._finish_boxed, task_id, box)
        with self._lock:
            self._closures.append(closure)
            self._running -= 1
            self._idle.notify_all()
        self._closures_pending.emit()

    def _finish_boxed(self, task_id: int, box: list[Any]) -> None:
        self._finish(task_id, box[:2])
        box.clear()

    # --- any thread ---------------------------------------------------------------------------

    def _post(self, closure: Callable[[], None]) -> None:
        with self._lock:
            self._closures.append(closure)
        self._closures_pending.emit()

    def wait_idle(self, timeout_seconds: float) -> bool:
        with self._idle:
            return self._idle.wait_for(lambda: self._running == 0, timeout_seconds)

    def pending(self) -> int:
        """Tasks still running or queued, plus results not yet delivered."""
        with self._lock:
            return self._running + len(self._closures)

    def running(self) -> int:
        """Tasks still running or waiting for a worker."""
        with self._lock:
            return self._running


class _ProgressRelay:
    """``progress(done, total)`` for a worker: forwards the latest figures to the GUI thread
    (at most one delivery waiting at a time, so a fast loop cannot flood the event queue)."""

    def __init__(self, manager: TaskManager, task_id: int) -> None:
        self._manager = manager
        self._task_id = task_id
        self._lock = threading.Lock()
        self._latest: tuple[int, int] | None = None

    def __call__(self, done: int, total: int) -> None:
        with self._lock:
            waiting = self._latest is not None
            self._latest = (done, total)
        if not waiting:
            self._manager._post(self._deliver)

    def _deliver(self) -> None:
        with self._lock:
            latest, self._latest = self._latest, None
        if latest is not None:
            self._manager._progress(self._task_id, *latest)


class GuiThreadGarbageCollector(QObject):
    """Python's cyclic garbage collector runs only on the GUI thread (as in Anki).

    Left automatic, a collection can start on whichever thread allocates at the
    time — a worker inside SQLAlchemy — and tear down a reference cycle that holds
    Qt wrappers there, deleting Qt objects off their thread: the crash seen when a
    panel was destroyed mid-answer.  So automatic collection is switched off and
    this object collects, generation by generation with the usual thresholds, when
    results are delivered and once a second.

    This is not a work-around for one PySide6 release: it is how CPython's
    collector works (re-checked with PySide6 6.11.3 — with automatic collection on,
    every such cycle made on the GUI thread was freed on the worker that happened to
    allocate; ``tests/ui/test_threaded.py`` keeps that check).  CPython has no
    per-thread switch, so "off for the process, collected here" is the smallest
    guard; it is installed only when the dispatcher exists, i.e. in the Qt program.
    """

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._threshold = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    @Slot()
    def check(self) -> None:
        count0, count1, count2 = gc.get_count()
        if count0 > self._threshold[0]:
            gc.collect(0)
            if count1 > self._threshold[1]:
                gc.collect(1)
                if count2 > self._threshold[2]:
                    gc.collect(2)


_manager: TaskManager | None = None


def manager() -> TaskManager:
    """The application's dispatcher (created on first use, on the GUI thread)."""
    global _manager
    if _manager is None:
        _manager = TaskManager()
        app = QCoreApplication.instance()
        if app is not None:
            _manager.moveToThread(app.thread())
    return _manager


def window_token(context: QObject | None) -> CancelToken | None:
    """The cancel token of the role window (or other owner) ``context`` belongs to, if any."""
    obj: QObject | None = context
    while obj is not None and shiboken6.isValid(obj):
        token = getattr(obj, "task_token", None)
        if isinstance(token, CancelToken):
            return token
        obj = obj.parent()
    return None


def run_task(
    fn: Callable[..., Any],
    *,
    on_result: Callable[[Any], object] | None = None,
    on_error: Callable[[BaseException], object] | None = None,
    on_progress: Callable[[int, int], object] | None = None,
    context: QObject | None = None,
    token: CancelToken | None = None,
) -> None:
    """Run ``fn`` off the GUI thread.  With ``on_progress``, ``fn`` receives a
    ``progress(done, total)`` callable.  ``context``: callbacks are dropped if
    that object is destroyed first (e.g. the window closed) or its window's
    token is cancelled (signed out)."""
    if _synchronous:
        _run_inline(fn, on_result, on_error, on_progress, context, token)
        return
    manager().run(fn, on_result=on_result, on_error=on_error, on_progress=on_progress, context=context,
                  token=token)


def _run_inline(fn: Callable[..., Any], on_result: Callable[[Any], object] | None,
                on_error: Callable[[BaseException], object] | None, on_progress: Callable[[int, int], object] | None,
                context: QObject | None, token: CancelToken | None) -> None:
    token = token or window_token(context)
    try:
        with running_with(token):
            if token is not None:
                token.raise_if_cancelled()
            value = fn(on_progress) if on_progress is not None else fn()
    except OperationCancelled:
        return
    except Exception as exc:  # noqa: BLE001 - delivered to on_error, as off the GUI thread
        _deliver_error(exc, on_error)
    else:
        if on_result is not None:
            on_result(value)


def _deliver_error(exc: BaseException, on_error: Callable[[BaseException], object] | None) -> None:
    if on_error is not None:
        on_error(exc)
        return
    _report(exc)


def _report(exc: BaseException) -> None:
    from medlink.ui.errors import report_unexpected

    report_unexpected(exc)


def wait_for_tasks(timeout_ms: int = 10_000) -> bool:
    """Block until no task is running (tests); True if that happened within the time."""
    if _manager is None:
        return True
    return _manager.wait_idle(timeout_ms / 1000)


def pending_tasks() -> int:
    """Tasks running or queued and results not yet delivered (the test suite's leak check)."""
    return 0 if _manager is None else _manager.pending()


def running_tasks() -> int:
    """Tasks still running or waiting for a worker (results not yet delivered are not counted)."""
    return 0 if _manager is None else _manager.running()


def deliver_pending() -> None:
    """Deliver (or drop) the results workers have handed over, now (GUI thread; tests)."""
    if _manager is not None:
        _manager._run_closures()


def shutdown(timeout_seconds: float) -> bool:
    """At exit: stop accepting work, cancel every task, wait for the workers (see the module doc)."""
    if _manager is None:
        return True
    return _manager.shutdown(timeout_seconds)
