"""Where MedLink keeps its files (Qt-free: uses platformdirs, not QStandardPaths).

``MEDLINK_DATA_DIR`` overrides the data folder as a whole (tests, the demo and
scripts use it); ``MEDLINK_CONFIG_DIR`` overrides the config folder.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "MedLink"
APP_AUTHOR = "MedLink"


def _package_root() -> Path:
    """Folder that holds ``resources/`` — the repo, or the PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    """Path of a file shipped in ``resources/``."""
    return _package_root().joinpath("resources", *parts)


def source_checkout_root() -> Path | None:
    """The repository root when running from a source checkout, else None."""
    root = Path(__file__).resolve().parent.parent
    if (root / "pyproject.toml").is_file() and (root / "medical_records").is_dir():
        return root
    return None


def data_dir() -> Path:
    override = os.environ.get("MEDLINK_DATA_DIR")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    override = os.environ.get("MEDLINK_CONFIG_DIR")
    if override:
        path = Path(override)
    elif os.environ.get("MEDLINK_DATA_DIR"):
        path = Path(os.environ["MEDLINK_DATA_DIR"]) / "config"
    else:
        path = Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_records_dir() -> Path:
    """``medical_records/`` of the source checkout, or inside the data folder."""
    if not os.environ.get("MEDLINK_DATA_DIR"):
        root = source_checkout_root()
        if root is not None:
            return root / "medical_records"
    return data_dir() / "medical_records"


def default_sqlite_path() -> Path:
    return data_dir() / "medlink.sqlite3"
