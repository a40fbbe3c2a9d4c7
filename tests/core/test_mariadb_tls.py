"""MariaDB over the network: TLS with CA and host-name verification, refused without it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import trustme
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from medlink.bootstrap import require_tls_for_network_server
from medlink.db.session import Database
from medlink.errors import DatabaseUnavailable
from tests.support.mariadb import MariaDBServer

REFUSED = (DatabaseUnavailable, OperationalError)


@pytest.mark.parametrize("url", [
    "mysql+pymysql://clinic@db.clinic.lan/medlink",
    "mysql+pymysql://clinic@10.0.0.5:3306/medlink?charset=utf8mb4",
    "mariadb+pymysql://clinic@[fd00::5]/medlink",
])
def test_a_network_server_without_tls_is_refused_before_connecting(url):
    with pytest.raises(DatabaseUnavailable, match="without encryption") as refused:
        require_tls_for_network_server(make_url(url))
    assert "ssl_ca=" in refused.value.message


@pytest.mark.parametrize("url", [
    "mysql+pymysql://clinic@db.clinic.lan/medlink?ssl_ca=/etc/medlink/ca.pem",
    "mysql+pymysql://clinic@127.0.0.1/medlink", "mysql+pymysql://clinic@localhost/medlink",
    "mysql+pymysql://clinic@[::1]/medlink", "sqlite:///clinic.sqlite3",
])
def test_tls_configured_or_loopback_is_accepted(url):
    require_tls_for_network_server(make_url(url))


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[MariaDBServer, Path, trustme.CA]]:
    folder = tmp_path_factory.mktemp("tls")
    ca = trustme.CA()
    cert = ca.issue_cert("127.0.0.1", "localhost")
    ca.cert_pem.write_to_path(str(folder / "ca.pem"))
    cert.private_key_pem.write_to_path(str(folder / "server.key"))
    cert.cert_chain_pems[0].write_to_path(str(folder / "server.pem"))
    server = MariaDBServer(extra_args=[f"--ssl-ca={folder / 'ca.pem'}", f"--ssl-cert={folder / 'server.pem'}",
                                       f"--ssl-key={folder / 'server.key'}"])
    try:
        server.start()
    except RuntimeError as exc:
        pytest.fail(f"The MariaDB test server could not start: {exc}")
    yield server, folder, ca
    server.stop()


def _cipher(url: str) -> str:
    db = Database(url)
    try:
        with db.engine.connect() as conn:
            return str(conn.execute(text("SHOW SESSION STATUS LIKE 'Ssl_cipher'")).one()[1])
    finally:
        db.dispose()


def test_tls_with_a_verified_certificate(tls_server):
    server, folder, _ca = tls_server
    base = f"mysql+pymysql://{server.user}:{server.password}@127.0.0.1:{server.port}/mysql?charset=utf8mb4"
    assert _cipher(f"{base}&ssl_ca={folder / 'ca.pem'}")  # the session is encrypted
    other = trustme.CA()
    other.cert_pem.write_to_path(str(folder / "other-ca.pem"))
    with pytest.raises(REFUSED):  # a certificate not signed by the clinic's CA
        _cipher(f"{base}&ssl_ca={folder / 'other-ca.pem'}")


def test_tls_host_name_is_verified(tls_server, tmp_path):
    server, folder, ca = tls_server
    # A CA-signed certificate for another host: verification of the name must fail.
    wrong = ca.issue_cert("db.other-clinic.test")
    wrong.private_key_pem.write_to_path(str(tmp_path / "wrong.key"))
    wrong.cert_chain_pems[0].write_to_path(str(tmp_path / "wrong.pem"))
    impostor = MariaDBServer(extra_args=[f"--ssl-cert={tmp_path / 'wrong.pem'}", f"--ssl-key={tmp_path / 'wrong.key'}"])
    impostor.start()
    try:
        base = (f"mysql+pymysql://{impostor.user}:{impostor.password}@127.0.0.1:{impostor.port}/mysql"
                f"?charset=utf8mb4&ssl_ca={folder / 'ca.pem'}")
        with pytest.raises(REFUSED):
            _cipher(base)
        assert _cipher(base + "&ssl_check_hostname=false")  # configurable, and logged as a warning
    finally:
        impostor.stop()


def test_innodb_encryption_at_rest_recipe(tmp_path):
    """The recipe of docs/security.md: file_key_management + encrypted tables, redo log and temporary files."""
    import os
    import secrets

    import pymysql

    keys = tmp_path / "keys.txt"
    keys.write_text(f"1;{secrets.token_hex(32)}\n")
    os.chmod(keys, 0o600)
    server = MariaDBServer(extra_args=[
        "--plugin-load-add=file_key_management", f"--file-key-management-filename={keys}",
        "--innodb-encrypt-tables=FORCE", "--innodb-encrypt-log=ON", "--innodb-encrypt-temporary-tables=ON",
        "--encrypt-tmp-files=ON", "--encrypt-binlog=ON"])
    try:
        server.start()
    except RuntimeError as exc:
        pytest.fail(f"MariaDB with InnoDB encryption did not start: {exc}")
    try:
        server.create_database("clinic")
        conn = pymysql.connect(host="127.0.0.1", port=server.port, user=server.user, password=server.password,
                               database="clinic")
        with conn.cursor() as cur:
            cur.execute("CREATE TABLE notes (id INT PRIMARY KEY, body TEXT) ENGINE=InnoDB")
            cur.execute("INSERT INTO notes VALUES (1, %s)", ("HIV positive (planted diagnosis)" * 50,))
            conn.commit()
            cur.execute("SELECT ENCRYPTION_SCHEME FROM information_schema.INNODB_TABLESPACES_ENCRYPTION "
                        "WHERE NAME = 'clinic/notes'")
            assert cur.fetchone()[0] == 1
            cur.execute("SET GLOBAL innodb_fast_shutdown = 0")
        conn.close()
        server.process.terminate()  # type: ignore[union-attr]
        server.process.wait(30)  # type: ignore[union-attr]
        on_disk = b"".join(p.read_bytes() for p in (server.base / "data").rglob("*") if p.is_file())
        assert b"HIV positive" not in on_disk
    finally:
        server.stop()
