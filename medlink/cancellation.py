"""Cooperative cancellation for long work (exports, batch receipts, uploads, backups, the outbox pump).

A :class:`CancelToken` is set by whoever owns the work — the UI sets a window's
token when the window closes or the user signs out, and every token at
shutdown.  Long-running core functions call :func:`check_cancelled` between
steps: it raises :class:`OperationCancelled` if the token of the work running
on this thread was set.  The dispatcher installs that token for the duration
of a task (:func:`running_with`), so core functions need no extra argument and
work the same without a UI (no token: never cancelled).
"""

from __future__ import annotations

import contextlib
import threading
import weakref
from collections.abc import Iterator

from medlink.errors import MedLinkError
from medlink.i18n import tr

__all__ = ["CancelToken", "OperationCancelled", "check_cancelled", "current_token", "running_with"]


class OperationCancelled(MedLinkError):
    """The work was stopped because its window closed, the user signed out or MedLink is closing."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or tr("cancellation", "The operation was cancelled."))


class CancelToken:
    """A thread-safe, one-way flag: once cancelled it stays cancelled."""

    __slots__ = ("__weakref__", "_children", "_event", "_lock", "reason")

    def __init__(self) -> None:
        self._event = threading.Event()
        self._lock = threading.Lock()
        self._children: weakref.WeakSet[CancelToken] = weakref.WeakSet()
        self.reason = ""

    def child(self) -> CancelToken:
        """A token that is cancelled with this one (and may be cancelled on its own)."""
        token = CancelToken()
        with self._lock:
            if self._event.is_set():
                token.cancel(self.reason)
            else:
                self._children.add(token)
        return token

    def cancel(self, reason: str = "cancelled") -> None:
        with self._lock:
            if self._event.is_set():
                return
            self.reason = reason
            self._event.set()
            children = list(self._children)
            self._children.clear()
        for token in children:
            token.cancel(reason)

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise OperationCancelled()

    def wait(self, seconds: float) -> bool:
        """Sleep up to ``seconds``; returns True (early) if cancelled meanwhile."""
        return self._event.wait(seconds)

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"<CancelToken {'cancelled: ' + self.reason if self.cancelled else 'active'}>"


_local = threading.local()


def current_token() -> CancelToken | None:
    """The token of the task running on this thread, if any."""
    return getattr(_local, "token", None)


def check_cancelled() -> None:
    """Raise :class:`OperationCancelled` if the work on this thread should stop."""
    token = current_token()
    if token is not None:
        token.raise_if_cancelled()


@contextlib.contextmanager
def running_with(token: CancelToken | None) -> Iterator[None]:
    """Make ``token`` the current token of this thread for the block."""
    previous = current_token()
    _local.token = token
    try:
        yield
    finally:
        _local.token = previous
