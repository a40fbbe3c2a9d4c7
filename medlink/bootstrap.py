"""Opening the clinic's database from configuration (shared by the GUI and the CLI)."""

from __future__ import annotations

import ipaddress
import logging

from sqlalchemy.engine import URL, make_url

from medlink.logs import setup_logging  # noqa: F401 (re-exported for callers)
from medlink.config import AppConfig
from medlink.db import migrate
from medlink.db.session import Database, describe_database, masked_url
from medlink.errors import ClinicKeyMissing, DatabaseUnavailable
from medlink.i18n import tr

log = logging.getLogger(__name__)


def require_tls_for_network_server(url: URL) -> None:
    """Refuse a MySQL/MariaDB server reached over the network without verified TLS.

    Charts would cross the clinic LAN in clear.  TLS is configured in the
    database URL: ``?ssl_ca=/path/to/clinic-ca.pem`` (the CA that signed the
    server's certificate; the host name is verified against it unless
    ``ssl_check_hostname=false`` is given, which is logged).  Loopback servers
    (localhost, 127.0.0.0/8, ::1) are exempt.
    """
    if url.get_backend_name() not in ("mysql", "mariadb"):
        return
    host = (url.host or "localhost").strip("[]")
    if host == "localhost" or url.query.get("unix_socket"):
        return
    try:
        if ipaddress.ip_address(host).is_loopback:
            return
    except ValueError:
        pass
    if not url.query.get("ssl_ca") and not url.query.get("ssl_capath"):
        raise DatabaseUnavailable(
            tr("database", "MedLink does not connect to the database server {host} over the network without "
                           "encryption: "
                           "the patients' charts would cross the network in clear. Add the certificate authority of "
                           "the server to the database URL, e.g. `medlink config set-database-url "
                           "'mysql+pymysql://USER@{host}/medlink?charset=utf8mb4&ssl_ca=/etc/medlink/clinic-ca.pem'` "
                           "(see docs/security.md, “MariaDB over the network”).").format(host=host))
    if str(url.query.get("ssl_check_hostname", "true")).lower() in ("false", "0", "no"):
        log.warning("TLS host name verification is switched off for %s", host)


def open_database(config: AppConfig, *, upgrade_sqlite: bool = True, unlock: bool = True) -> Database:
    """Connect, check the server answers, and bring an SQLite schema up to date.

    MySQL/MariaDB schemas are upgraded explicitly (``medlink db upgrade``) so
    that one workstation does not migrate a shared server by surprise.

    With ``unlock`` (the default) the clinic key must be in this computer's
    keyring (a new, empty clinic makes it): otherwise ``ClinicKeyMissing``
    says how to import it.  ``medlink key import`` opens with ``unlock=False``.
    """
    url = make_url(config.database_url)
    require_tls_for_network_server(url)
    password = None
    if url.get_backend_name() in ("mysql", "mariadb") and url.password is None:
        from medlink.errors import StorageError
        from medlink.security.secrets import database_password

        try:
            password = database_password(url)
        except StorageError as exc:  # no usable keyring: try without, and say so if that fails
            log.warning("keyring unavailable: %s", exc.message)
    db = Database(url, password=password)
    try:
        db.check_connection()
    except ClinicKeyMissing:
        if unlock:
            db.dispose()
            raise
        return db  # an SQLite file encrypted with a key this computer lacks: `medlink key import` brings it
    except DatabaseUnavailable as exc:
        db.dispose()
        raise DatabaseUnavailable(connection_help(config.database_url, exc.message)) from exc
    if db.is_sqlite and upgrade_sqlite:
        if migrate.needs_upgrade(db):
            migrate.upgrade(db)
    elif migrate.needs_upgrade(db):
        db.dispose()
        raise DatabaseUnavailable(
            tr("database", "The database schema on {database} is not up to date. Ask the administrator to run "
                           "`medlink db upgrade` once.").format(database=describe_database(url))
        )
    if unlock:
        from medlink.services import clinic_key

        try:
            clinic_key.unlock(db)
        except BaseException:
            db.dispose()
            raise
    return db


def connection_help(url: str, reason: str) -> str:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return tr("database", "MedLink cannot open the database file {file}.\n{reason}\nCheck that the folder exists "
                              "and is writable.").format(file=parsed.database, reason=reason)
    return tr("database", "MedLink cannot reach the database server {server}.\n{reason}\nCheck that the server is "
                          "running and reachable from this computer, that the user and database exist, and that the "
                          "password is stored in the keyring (`medlink config set-db-password`).").format(
        server=masked_url(url), reason=reason)
