"""Logging to a rotating file in the user's data folder (light: used at start-up)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from medlink import paths


def setup_logging(level: int = logging.INFO) -> Path:
    """Log to ``<data folder>/logs/medlink.log``; returns its path."""
    log_file = paths.log_dir() / "medlink.log"
    root = logging.getLogger()
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        handler = logging.handlers.RotatingFileHandler(log_file, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"))
        root.addHandler(handler)
        root.setLevel(level)
    return log_file
