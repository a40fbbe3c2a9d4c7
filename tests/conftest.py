"""Test configuration: every service test runs on a real SQLite file AND a real MariaDB.

* ``db`` is parametrized over ``sqlite`` and ``mariadb``.  The MariaDB server is
  started once per session in a temporary folder on a free loopback port (or
  ``MEDLINK_TEST_MYSQL_URL`` is used).  Between tests every table is emptied.
* Secrets go to an in-memory keyring (tests/support/keyrings.py); the data folder is a temporary folder.
* Each test database has its clinic key (made as at a clinic's first start).
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if os.environ["QT_QPA_PLATFORM"] == "offscreen":  # one 1366×768 screen (the plugin's own is 800×800)
    os.environ["QT_QPA_PLATFORM"] = "offscreen:configfile=" + os.path.join(
        os.path.dirname(__file__), "support", "screen_1366x768.json")

import shutil
import contextlib
import functools
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest
from hypothesis import settings
from sqlalchemy import text
from sqlalchemy.engine import make_url

from medlink.db import cipher, migrate
from medlink.db.models import Base
from medlink.db.session import Database
from medlink.security import key_files
from medlink.services import clinic_key
from tests.support.fast_hashing import use_fast_password_hashing
from tests.support.faults import full_disk
from tests.support.keyrings import MemoryKeyring
from tests.support.mariadb import MariaDBServer

BACKENDS = ("sqlite", "mariadb")

# Property tests check results, not speed: no per-example deadline, so a loaded machine
# (a first call that imports or warms a cache) cannot fail them.  Speed is measured in bench/.
settings.register_profile("medlink", deadline=None)
settings.load_profile("medlink")


@pytest.fixture(scope="session", autouse=True)
def _fast_password_hashing() -> Iterator[None]:
    """Cheap argon2 parameters for the whole suite (production keeps the library defaults)."""
    with use_fast_password_hashing():
        yield


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    data = tmp_path_factory.mktemp("medlink-data")
    monkeypatch.setenv("MEDLINK_DATA_DIR", str(data))
    monkeypatch.delenv("MEDLINK_DATABASE_URL", raising=False)
    monkeypatch.setattr(key_files, "SCRYPT_N", 2**12)  # cheap key-file wrapping (the application uses 2**17)
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    yield
    keyring.set_keyring(previous)


# --- SQLite ---------------------------------------------------------------------------------

@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One migrated SQLCipher file, copied for each test (migrating each time is slow).

    Its clinic key is kept beside it (``clinic.key``) and put into each test's keyring by
    :func:`make_sqlite_db`, as if the test's OS account held the clinic key.
    """
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        db = Database(f"sqlite:///{path}")
        migrate.upgrade(db)
        assert db.cipher is not None and db.cipher.key_id is not None
        key = cipher.keyring_clinic_key(db.cipher.key_id)
        db.dispose()  # closing the last connection checkpoints the WAL into the file
    finally:
        keyring.set_keyring(previous)
    assert key is not None
    (path.parent / "clinic.key").write_bytes(key)
    return path


def make_sqlite_db(template: Path, folder: Path) -> Database:
    """A copy of the template re-keyed with a clinic key of its own (stored in the test's keyring)."""
    target = folder / "medlink.sqlite3"
    shutil.copyfile(template, target)
    sidecar = cipher.read_sidecar(template)
    assert sidecar is not None
    template_key = cipher.derive_key((template.parent / "clinic.key").read_bytes(), sidecar.current.salt)
    clinic = os.urandom(cipher.KEY_BYTES)
    own = cipher.CipherKey(cipher.store_clinic_key(clinic), os.urandom(cipher.SALT_BYTES))
    conn = cipher.connect(str(target), template_key)
    try:
        conn.execute("PRAGMA synchronous = OFF")  # a throwaway test file: no fsyncs (a tenth of the time)
        conn.execute(f"PRAGMA rekey = {cipher.key_pragma(cipher.derive_key(clinic, own.salt))}")
    finally:
        conn.close()
    cipher.write_sidecar(target, cipher.Sidecar(own))
    return Database(f"sqlite:///{target}")


# --- MariaDB --------------------------------------------------------------------------------

@pytest.fixture(scope="session")
def mariadb_url() -> Iterator[str]:
    given = os.environ.get("MEDLINK_TEST_MYSQL_URL")
    if given:
        yield given
        return
    server = MariaDBServer()
    try:
        server.start()
    except RuntimeError as exc:
        pytest.fail(f"The MariaDB test server could not start: {exc}. Install it with `apt-get install mariadb-server` "
                    "or set MEDLINK_TEST_MYSQL_URL.")
    server.create_database("medlink_test")
    url = server.url("medlink_test")
    db = Database(url)
    migrate.upgrade(db)
    db.dispose()
    pytest.mariadb_server = server  # type: ignore[attr-defined]  # for outage tests
    yield url
    server.stop()


def empty_all_tables(db: Database) -> None:
    with db.engine.begin() as conn:
        conn.execute(text("SET FOREIGN_KEY_CHECKS=0"))
        for table in reversed(Base.metadata.sorted_tables):
            # TRUNCATE does not fire the audit log's DELETE trigger (it is a DDL statement).
            verb = "TRUNCATE TABLE" if table.name == "audit_log" else "DELETE FROM"
            conn.execute(text(f"{verb} `{table.name}`"))
        conn.execute(text("SET FOREIGN_KEY_CHECKS=1"))


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def db(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A fresh, migrated, empty MedLink database on the parametrized backend."""
    if backend == "sqlite":
        database = make_sqlite_db(request.getfixturevalue("sqlite_template"), tmp_path)
    else:
        database = Database(make_url(request.getfixturevalue("mariadb_url")))
        empty_all_tables(database)
    clinic_key.unlock(database)
    yield database
    database.dispose()


@pytest.fixture
def sqlite_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """SQLite only — for tests about SQLite itself or the UI (services are covered on both)."""
    database = make_sqlite_db(request.getfixturevalue("sqlite_template"), tmp_path)
    clinic_key.unlock(database)
    yield database
    database.dispose()


@pytest.fixture
def records_dir(tmp_path: Path) -> Path:
    path = tmp_path / "medical_records"
    path.mkdir()
    return path


@pytest.fixture
def full_records_disk(monkeypatch: pytest.MonkeyPatch) -> Callable[[], contextlib.AbstractContextManager[None]]:
    """``with full_records_disk(): ...`` — inside, every file written through ``medlink.files`` fails with
    ENOSPC ("No space left on device") while reads still work."""
    return functools.partial(full_disk, monkeypatch)


@pytest.fixture
def clinic(db: Database):  # type: ignore[no-untyped-def]
    from tests.factories import ClinicFactory

    return ClinicFactory(db)
