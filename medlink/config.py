"""Start-up configuration: which database, which records folder.

Resolution order for the database URL: ``--database-url`` option,
``MEDLINK_DATABASE_URL``, the ``database_url`` key of ``config.toml`` in the
user's config folder, else an SQLite file in the user's data folder.

Passwords are never read from here: for MySQL/MariaDB the password comes from
the OS keyring (see :mod:`medlink.security.secrets`).  Clinic-wide settings
(GST rates, clinic name ...) live in the database, not in this file.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path

from medlink import paths
from medlink.errors import ValidationError
from medlink.files import write_atomically

CONFIG_FILE_NAME = "config.toml"


@dataclass(frozen=True)
class AppConfig:
    database_url: str
    records_dir: Path
    config_file: Path

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")


def config_file_path() -> Path:
    return paths.config_dir() / CONFIG_FILE_NAME


def read_config_file(path: Path | None = None) -> dict[str, object]:
    path = path or config_file_path()
    if not path.is_file():
        return {}
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ValidationError("config", f"The configuration file {path} is not valid TOML: {exc}") from exc


def write_config_value(key: str, value: str, path: Path | None = None) -> Path:
    """Set one string key in config.toml (keeps the other keys)."""
    if "password" in key.lower():
        raise ValidationError(key, "Passwords are kept in the OS keyring, not in the config file.")
    path = path or config_file_path()
    data = {k: str(v) for k, v in read_config_file(path).items()}
    data[key] = value
    lines = [f'{k} = "{_toml_escape(v)}"' for k, v in sorted(data.items())]
    write_atomically(path, "# MedLink configuration. Passwords live in the OS keyring.\n" + "\n".join(lines) + "\n")
    return path


def _toml_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"', '\\"')


def load_config(*, database_url: str | None = None, records_dir: str | Path | None = None) -> AppConfig:
    file_values = read_config_file()
    url = (
        database_url
        or os.environ.get("MEDLINK_DATABASE_URL")
        or (str(file_values["database_url"]) if file_values.get("database_url") else None)
        or f"sqlite:///{paths.default_sqlite_path()}"
    )
    records = (
        records_dir
        or os.environ.get("MEDLINK_RECORDS_DIR")
        or (str(file_values["records_dir"]) if file_values.get("records_dir") else None)
        or paths.default_records_dir()
    )
    return AppConfig(database_url=url, records_dir=Path(records), config_file=config_file_path())
