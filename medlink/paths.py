"""Where MedLink keeps its files (Qt-free: uses platformdirs, not QStandardPaths).

The data folder (database, records, logs, window settings) is, in order:

1. ``MEDLINK_DATA_DIR`` (tests, the demo, scripts — or set machine-wide);
2. ``data_dir`` in the **machine-wide** configuration file
   (:func:`machine_config_file`: ``C:\\ProgramData\\MedLink\\config.toml`` on
   Windows, ``/etc/xdg/MedLink/config.toml`` on Linux) — so every OS user of a
   front-desk PC opens the same clinic.  The Windows installer writes it when
   "all users of this computer share one clinic" is chosen
   (``C:\\ProgramData\\MedLink``);
3. the user's own data folder (``~/.local/share/MedLink``, ``%LOCALAPPDATA%\\MedLink\\MedLink``).

``MEDLINK_CONFIG_DIR`` overrides the (per-user) config folder.
"""

from __future__ import annotations

import importlib.resources
import os
from functools import lru_cache
from pathlib import Path

import platformdirs

APP_NAME = "MedLink"
APP_AUTHOR = "MedLink"


class ResourcesMissing(RuntimeError):
    """MedLink's data files are not where they should be: a broken installation."""


@lru_cache(maxsize=1)
def resources_root() -> Path:
    """The folder holding MedLink's data files (templates, fonts, knowledge base ...).

    The one place that knows where they are:

    * an installed wheel and the PyInstaller bundle carry them inside the
      package as ``medlink/_resources`` (``setup.py`` maps the repository's
      ``resources/`` there; ``build.spec`` copies it there), found through
      :mod:`importlib.resources`;
    * a source checkout (editable install, or ``python -m medlink`` in the
      repository) uses the top-level ``resources/`` beside the package.

    Raises :class:`ResourcesMissing` (naming the places looked at) rather than
    letting each caller fail later on some missing file.
    """
    package = importlib.resources.files("medlink") / "_resources"
    checkout = Path(__file__).resolve().parent.parent / "resources"
    for candidate in (package, checkout):
        if candidate.is_dir():
            path = Path(str(candidate))
            if path.is_dir():  # a real folder (wheels install unpacked; the bundle is a folder too)
                return path
    raise ResourcesMissing(
        f"MedLink's data files are missing (looked in {package} and {checkout}); reinstall MedLink."
    )


def resource_path(*parts: str) -> Path:
    """Path of a file shipped in ``resources/`` (see :func:`resources_root`)."""
    return resources_root().joinpath(*parts)


def source_checkout_root() -> Path | None:
    """The repository root when running from a source checkout, else None."""
    root = Path(__file__).resolve().parent.parent
    if (root / "pyproject.toml").is_file() and (root / "medical_records").is_dir():
        return root
    return None


def machine_config_file() -> Path:
    """The machine-wide configuration file (``MEDLINK_MACHINE_CONFIG`` overrides it, for tests)."""
    override = os.environ.get("MEDLINK_MACHINE_CONFIG")
    if override:
        return Path(override)
    return Path(platformdirs.site_config_dir(APP_NAME, appauthor=False, multipath=False)) / "config.toml"


def _machine_data_dir() -> Path | None:
    import tomllib

    path = machine_config_file()
    try:
        with path.open("rb") as fh:
            value = tomllib.load(fh).get("data_dir")
    except (OSError, tomllib.TOMLDecodeError):
        return None
    return Path(os.path.expandvars(value)) if isinstance(value, str) and value.strip() else None


def data_dir() -> Path:
    override = os.environ.get("MEDLINK_DATA_DIR")
    if override:
        path = Path(override)
    else:
        path = _machine_data_dir() or Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(mode=0o700, parents=True, exist_ok=True)  # a new data folder is this OS account's only
    return path


def settings_dir() -> Path:
    """Where the window settings (Qt's QSettings, INI format) are kept: inside the data folder."""
    path = data_dir() / "settings"
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
