"""Secrets in the OS keyring (``keyring``) — never in config files.

* the MySQL/MariaDB password, per ``user@host:port/database``;
* the SMTP password, per ``user@host``;
* the key that encrypts medical records at rest.
"""

from __future__ import annotations

import base64
import os
import secrets as _random

import keyring
from keyring.backend import KeyringBackend
from keyring.errors import KeyringError, PasswordDeleteError
from typing import TYPE_CHECKING

from medlink.errors import StorageError
from medlink.files import write_atomically

if TYPE_CHECKING:  # pragma: no cover - SQLAlchemy loads with the database, after the login window shows
    from sqlalchemy.engine import URL

SERVICE = "MedLink"
RECORDS_KEY_NAME = "records-encryption-key"


def database_account(url: str | URL) -> str:
    from sqlalchemy.engine import make_url

    parsed = make_url(url) if isinstance(url, str) else url
    return f"db:{parsed.username}@{parsed.host}:{parsed.port or 3306}/{parsed.database}"


def smtp_account(username: str, host: str) -> str:
    return f"smtp:{username}@{host}"


def get_secret(account: str) -> str | None:
    try:
        return keyring.get_password(SERVICE, account)
    except KeyringError as exc:
        raise StorageError(f"The system keyring could not be read: {exc}") from exc


def set_secret(account: str, value: str) -> None:
    try:
        keyring.set_password(SERVICE, account, value)
    except KeyringError as exc:
        raise StorageError(
            f"The system keyring refused to store the secret: {exc}. "
            "Install and unlock a keyring (GNOME Keyring / KWallet / Windows Credential Manager)."
        ) from exc


def delete_secret(account: str) -> None:
    try:
        keyring.delete_password(SERVICE, account)
    except PasswordDeleteError:
        pass


def database_password(url: str | URL) -> str | None:
    return get_secret(database_account(url))


def records_key() -> bytes:
    """The 256-bit records key; generated and stored on first use."""
    stored = get_secret(RECORDS_KEY_NAME)
    if stored:
        key = base64.b64decode(stored)
        if len(key) != 32:
            raise StorageError("The records encryption key in the keyring is damaged (wrong length).")
        return key
    key = _random.token_bytes(32)
    set_secret(RECORDS_KEY_NAME, base64.b64encode(key).decode("ascii"))
    return key


class MemoryKeyring(KeyringBackend):
    """A process-local keyring: used by the tests (and nothing else)."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self._store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self._store:
            raise PasswordDeleteError(username)
        del self._store[(service, username)]


class DemoFileKeyring(KeyringBackend):
    """Keyring for the *demo clinic only* on machines without a system keyring.

    The demo holds invented data; its secrets are kept in a file inside the
    demo folder, which says so.  A real clinic never uses this backend.
    """

    priority = 1

    def __init__(self, folder: str | os.PathLike[str]) -> None:
        super().__init__()
        self.path = os.path.join(os.fspath(folder), "DEMO-ONLY-keyring.txt")

    def _load(self) -> dict[str, str]:
        values: dict[str, str] = {}
        if os.path.exists(self.path):
            with open(self.path, encoding="utf-8") as fh:
                for line in fh:
                    if "\t" in line and not line.startswith("#"):
                        key, value = line.rstrip("\n").split("\t", 1)
                        values[key] = value
        return values

    def _save(self, values: dict[str, str]) -> None:
        lines = [f"{key}\t{value}\n" for key, value in values.items()]
        write_atomically(self.path, "# MedLink DEMO clinic secrets (invented data only). "
                                    "Real clinics use the OS keyring.\n" + "".join(lines))

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        values = self._load()
        values[f"{service}/{username}"] = password
        self._save(values)

    def delete_password(self, service: str, username: str) -> None:
        values = self._load()
        values.pop(f"{service}/{username}", None)
        self._save(values)


def system_keyring_usable() -> bool:
    backend = keyring.get_keyring()
    name = type(backend).__module__ + "." + type(backend).__name__
    return not ("fail" in name.lower() or "null" in name.lower()) and getattr(backend, "priority", 1) > 0
