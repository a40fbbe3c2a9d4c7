"""A check that the GUI thread opens no unit of work: every database read and write of a window
runs on a worker (``run_task`` / ``operations.query``), so a slow query never freezes the screen.

``with database_use_on_gui_thread() as found:`` records each ``Database.read()`` /
``Database.transaction()`` opened on the main thread while the block runs, with where it was
opened (the MedLink frames of the stack).  Use it with real workers (no ``synchronous_tasks``):
with workers inline everything runs on the GUI thread and the check would mean nothing.
"""

from __future__ import annotations

import contextlib
import threading
import time
import traceback
from collections.abc import Iterator

from PySide6.QtWidgets import QApplication

from medlink.db.session import Database
from medlink.ui import tasks


def _where() -> str:
    frames = [f for f in traceback.extract_stack()[:-3] if "/medlink/" in f.filename]
    return " > ".join(f"{f.filename.rsplit('/medlink/', 1)[-1]}:{f.lineno} {f.name}" for f in frames[-4:])


@contextlib.contextmanager
def database_use_on_gui_thread() -> Iterator[list[str]]:
    found: list[str] = []
    originals = {name: getattr(Database, name) for name in ("read", "transaction")}

    def watching(name: str):  # type: ignore[no-untyped-def]
        original = originals[name]

        def opened(self: Database):  # type: ignore[no-untyped-def]
            if threading.current_thread() is threading.main_thread():
                found.append(f"{name}: {_where()}")
            return original(self)

        return opened

    for name in originals:
        setattr(Database, name, watching(name))
    try:
        yield found
    finally:
        for name, original in originals.items():
            setattr(Database, name, original)


def settle(timeout_s: float = 60.0) -> None:
    """Until no worker runs, nothing waits to be delivered and the event loop has nothing left
    (a delivered result may start more work; pages build their parts on later turns)."""
    deadline = time.monotonic() + timeout_s
    quiet = 0
    while quiet < 3:
        assert time.monotonic() < deadline, "background work did not settle"
        busy = tasks.pending_tasks() > 0
        tasks.wait_for_tasks(200)
        tasks.deliver_pending()
        QApplication.processEvents()
        quiet = 0 if busy else quiet + 1
