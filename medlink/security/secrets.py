"""Secrets in the OS keyring (``keyring``) — never in config files.

* the MySQL/MariaDB password, per ``user@host:port/database``;
* the SMTP password, per ``user@host``;
* the clinic data key (see :mod:`medlink.services.clinic_key`), one entry per key id.

MedLink refuses a keyring that would not keep a secret after the process ends
(the "fail"/"null" backends, any in-memory backend): a secret that silently
disappears means records that cannot be read after a restart.  Test backends
live in ``tests/support/keyrings.py`` and are never importable from here.
"""

from __future__ import annotations

import os

import keyring
from jaraco.classes import properties
from keyring.backend import KeyringBackend
from keyring.errors import KeyringError, PasswordDeleteError
from typing import TYPE_CHECKING

from medlink.errors import StorageError
from medlink.files import write_atomically
from medlink.i18n import N_, tr

if TYPE_CHECKING:  # pragma: no cover - SQLAlchemy loads with the database, after the login window shows
    from sqlalchemy.engine import URL

SERVICE = "MedLink"
RECORDS_KEY_NAME = "records-encryption-key"  # the key of MedLink versions before the clinic key
CLINIC_KEY_PREFIX = "clinic-data-key:"


def clinic_key_account(key_id: str) -> str:
    return f"{CLINIC_KEY_PREFIX}{key_id}"


def database_account(url: str | URL) -> str:
    from sqlalchemy.engine import make_url

    parsed = make_url(url) if isinstance(url, str) else url
    return f"db:{parsed.username}@{parsed.host}:{parsed.port or 3306}/{parsed.database}"


def smtp_account(username: str, host: str) -> str:
    return f"smtp:{username}@{host}"


KEYRING_HELP = N_(
    "secrets",
    "Install and unlock a system keyring (on Debian/Ubuntu: `sudo apt install gnome-keyring` and sign in to a "
    "desktop session; KDE uses KWallet; Windows and macOS have one built in). For an account without a "
    "desktop keyring, such as a kiosk, use a passphrase-protected key file instead (see docs/security.md, "
    "\u201cAccounts without a keyring\u201d)."
)
# Backends that keep nothing, or keep it only for this process.
_NON_PERSISTENT = ("keyring.backends.fail", "keyring.backends.null")


class KeyringUnusable(StorageError):
    """No persistent, working keyring: MedLink refuses to store (and so to lose) a secret."""


def _backend_name(backend: KeyringBackend) -> str:
    return f"{type(backend).__module__}.{type(backend).__name__}"


def keyring_problem() -> str | None:
    """Why the keyring in use cannot keep MedLink's secrets, or None when it can."""
    backend = keyring.get_keyring()
    backends = list(getattr(backend, "backends", [backend]))  # the chainer keyring holds several
    if not backends:
        return tr("secrets", "No system keyring is available on this computer.")
    for one in backends:
        name = _backend_name(one)
        if name.startswith(_NON_PERSISTENT) or getattr(one, "persistent", True) is False:
            return tr("secrets", "The keyring in use ({name}) does not keep secrets after MedLink closes.").format(
                name=type(one).__name__)
    return None


def require_usable_keyring() -> None:
    """Raise :class:`KeyringUnusable` (with what to install) unless secrets survive a restart."""
    problem = keyring_problem()
    if problem is None:
        try:  # a keyring that exists but is locked or broken fails here, not after an upload
            keyring.get_password(SERVICE, "keyring-check")
        except Exception as exc:  # noqa: BLE001 - any backend error means "not usable"
            problem = tr("secrets", "The system keyring cannot be read ({name}).").format(name=type(exc).__name__)
    if problem is not None:
        raise KeyringUnusable(tr("secrets", "{problem} MedLink keeps the clinic key and passwords in it and refuses "
                                            "to run without one, so that nothing is lost at the next start. "
                                            "{KEYRING_HELP}").format(problem=problem, KEYRING_HELP=tr("secrets", KEYRING_HELP)))


def get_secret(account: str) -> str | None:
    require_usable_keyring()
    try:
        return keyring.get_password(SERVICE, account)
    except KeyringError as exc:
        raise KeyringUnusable(tr("secrets", "The system keyring could not be read ({name}). {KEYRING_HELP}").format(
            name=type(exc).__name__, KEYRING_HELP=tr("secrets", KEYRING_HELP))) from exc


def set_secret(account: str, value: str) -> None:
    require_usable_keyring()
    try:
        keyring.set_password(SERVICE, account, value)
        stored = keyring.get_password(SERVICE, account)
    except KeyringError as exc:
        raise KeyringUnusable(tr("secrets", "The system keyring refused to store the secret ({name}). {KEYRING_HELP}").format(
            name=type(exc).__name__, KEYRING_HELP=tr("secrets", KEYRING_HELP))) from exc
    if stored != value:
        raise KeyringUnusable(tr("secrets", "The system keyring did not keep the secret. {KEYRING_HELP}").format(
            KEYRING_HELP=tr("secrets", KEYRING_HELP)))


def delete_secret(account: str) -> None:
    try:
        keyring.delete_password(SERVICE, account)
    except PasswordDeleteError:
        pass


def database_password(url: str | URL) -> str | None:
    return get_secret(database_account(url))


class DemoFileKeyring(KeyringBackend):
    """Keyring for the *demo clinic only* on machines without a system keyring.

    The demo holds invented data; its secrets are kept in a file inside the
    demo folder, which says so.  A real clinic never uses this backend.
    """

    persistent = True

    @properties.classproperty
    def priority(cls) -> float:
        # Never chosen by the keyring library on its own: only set explicitly for the demo.
        raise RuntimeError("The demo keyring is only used when set explicitly.")

    def __init__(self, folder: str | os.PathLike[str]) -> None:
        super().__init__()
        os.makedirs(folder, mode=0o700, exist_ok=True)
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
    try:
        require_usable_keyring()
    except KeyringUnusable:
        return False
    return True


KEY_FILE_KIND = "medlink-key-file"


class KeyFileKeyring(KeyringBackend):
    """MedLink's secrets in one passphrase-protected file (scrypt + AES-256-GCM).

    The documented alternative for an OS account without a desktop keyring (a
    kiosk account, a headless box): ``MEDLINK_KEY_FILE=/path/to/file`` and the
    passphrase in ``MEDLINK_KEY_FILE_PASSPHRASE`` (or typed at the prompt).
    """

    persistent = True

    @properties.classproperty
    def priority(cls) -> float:
        raise RuntimeError("The key-file keyring is only used when configured.")

    def __init__(self, path: str | os.PathLike[str], passphrase: str) -> None:
        super().__init__()
        from pathlib import Path

        self.path = Path(path)
        self._passphrase = passphrase
        self._values: dict[str, str] = {}
        if self.path.exists():
            import json

            from medlink.security.key_files import read_small_file, unwrap

            payload, _label = unwrap(read_small_file(self.path, what="key file"), passphrase, kind=KEY_FILE_KIND,
                                     what="key file")
            self._values = json.loads(payload.decode("utf-8"))
        else:
            from medlink.security.key_files import check_passphrase

            check_passphrase(passphrase)

    def _save(self) -> None:
        import json

        from medlink.security.key_files import wrap, write_private_file

        payload = json.dumps(self._values, sort_keys=True).encode("utf-8")
        write_private_file(self.path, wrap(payload, self._passphrase, kind=KEY_FILE_KIND, label={}))

    def get_password(self, service: str, username: str) -> str | None:
        return self._values.get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        self._values[f"{service}/{username}"] = password
        self._save()

    def delete_password(self, service: str, username: str) -> None:
        if self._values.pop(f"{service}/{username}", None) is None:
            raise PasswordDeleteError(username)
        self._save()


def use_key_file_if_configured(environ: dict[str, str] | None = None) -> bool:
    """Switch to :class:`KeyFileKeyring` when ``MEDLINK_KEY_FILE`` is set; True if it was."""
    env = os.environ if environ is None else environ
    path = env.get("MEDLINK_KEY_FILE")
    if not path:
        return False
    passphrase = env.get("MEDLINK_KEY_FILE_PASSPHRASE")
    if passphrase is None:
        import sys

        if not sys.stdin or not sys.stdin.isatty():
            raise KeyringUnusable(tr("secrets", "MEDLINK_KEY_FILE is set but no passphrase was given: set "
                                  "MEDLINK_KEY_FILE_PASSPHRASE for this account or start MedLink from a terminal."))
        import getpass

        passphrase = getpass.getpass(f"Passphrase of the MedLink key file {path}: ")
    keyring.set_keyring(KeyFileKeyring(path, passphrase))
    return True


# --- the clinic key, for modules below the services layer ----------------------------------------

_current_clinic_key: bytes | None = None


def set_current_clinic_key(key: bytes) -> None:
    """Called by :mod:`medlink.services.clinic_key` once the clinic's key is loaded in this process."""
    global _current_clinic_key
    _current_clinic_key = key


def records_key() -> bytes:
    """The clinic data key of the clinic opened in this process (32 bytes).

    Loaded by :func:`medlink.services.clinic_key.unlock` when the database is
    opened (``medlink.bootstrap.open_database``); never generated here.  Code
    that has the ``Database`` at hand should prefer
    ``medlink.services.clinic_key.data_key(db)``.
    """
    if _current_clinic_key is None:
        from medlink.errors import ClinicKeyMissing

        raise ClinicKeyMissing(tr("secrets", "The clinic key is not loaded: open the clinic's database first."))
    return _current_clinic_key
