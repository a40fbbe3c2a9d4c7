"""Logging to a rotating file in the data folder (light: used at start-up).

The application and ``medlink outbox send`` (a scheduled job) write the same
file.  On Windows a file open in another process cannot be renamed, so a
rollover there fails with PermissionError; :class:`SharedRotatingFileHandler`
then keeps appending to the current file and tries again at the next
rollover instead of losing the record (the standard handler prints a
"--- Logging error ---" traceback for every later record).
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from medlink import paths

LOG_NAME = "medlink.log"


class SharedRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A RotatingFileHandler that tolerates another process holding the file."""

    def doRollover(self) -> None:
        try:
            super().doRollover()
        except OSError:
            # Another process has the file open (Windows): keep writing to it.
            if self.stream is None or self.stream.closed:
                self.stream = self._open()

    def shouldRollover(self, record: logging.LogRecord) -> int:
        try:
            return super().shouldRollover(record)
        except (OSError, ValueError):
            return 0


def setup_logging(level: int = logging.INFO) -> Path:
    """Log to ``<data folder>/logs/medlink.log``; returns its path."""
    log_file = paths.log_dir() / LOG_NAME
    root = logging.getLogger()
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        handler = SharedRotatingFileHandler(log_file, maxBytes=2_000_000, backupCount=5, encoding="utf-8",
                                            delay=True)
        handler.setFormatter(logging.Formatter(
            "%(asctime)s %(levelname)s %(process)d %(name)s [%(threadName)s] %(message)s"))
        root.addHandler(handler)
        root.setLevel(level)
    return log_file
