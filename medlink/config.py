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
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from medlink import paths
from medlink.errors import ValidationError
from medlink.files import write_atomically
from medlink.i18n import tr

CONFIG_FILE_NAME = "config.toml"


@dataclass(frozen=True)
class AppConfig:
    database_url: str
    records_dir: Path
    config_file: Path
    #: The kiosk's upload inbox: where its USB drives are mounted or its scanner saves (``kiosk_inbox``
    #: in config.toml or ``MEDLINK_KIOSK_INBOX``).  The kiosk lists files only from inside it.
    kiosk_inbox: Path | None = None

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
        raise ValidationError("config", tr("config", "The configuration file {path} is not valid TOML: {reason}")
                              .format(path=path, reason=exc)) from exc


def write_config_value(key: str, value: str, path: Path | None = None) -> Path:
    """Set one string key in config.toml (keeps the other keys), written by tomli-w.

    A value with a control character (a pasted tab, newline or NUL in a
    database URL) is refused with a sentence and nothing is written: such a
    file would be refused by every later command.  The file is replaced
    atomically (:func:`medlink.files.write_atomically`), so a crash never leaves half a file.
    """
    import tomli_w

    if "password" in key.lower():
        raise ValidationError(key, tr("config", "Passwords are kept in the OS keyring, not in the config file."))
    if not isinstance(value, str) or not value.strip():
        raise ValidationError(key, tr("config", "The {setting} cannot be empty.").format(setting=key.replace("_", " ")))
    bad = [ch for ch in value if unicodedata.category(ch) == "Cc" or ch in "\u2028\u2029"]
    if bad:
        raise ValidationError(key, tr("config", "The {setting} contains a control character ({characters}); retype "
                                                "it without it. "
                                        "Nothing was saved.").format(setting=key.replace("_", " "),
                                                                     characters=", ".join(sorted({repr(ch) for ch in bad}))))
    if key == "database_url":
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import ArgumentError

        try:
            make_url(value)
        except ArgumentError as exc:
            raise ValidationError(key, tr("config", "{value!r} is not a database URL, like "
                                                    "mysql+pymysql://medlink@db.clinic.lan/medlink. "
                                        "Nothing was saved.").format(value=value)) from exc
    path = path or config_file_path()
    data = read_config_file(path)
    data[key] = value
    text = "# MedLink configuration. Passwords live in the OS keyring.\n" + tomli_w.dumps(data)
    tomllib.loads(text)  # what every later command will read back
    write_atomically(path, text)
    return path


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
    inbox = os.environ.get("MEDLINK_KIOSK_INBOX") or (str(file_values["kiosk_inbox"])
                                                      if file_values.get("kiosk_inbox") else None)
    return AppConfig(database_url=url, records_dir=Path(records), config_file=config_file_path(),
                     kiosk_inbox=Path(inbox) if inbox else None)
