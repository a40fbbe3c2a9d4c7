"""Engine and unit-of-work sessions.

One :class:`Database` per process, built from configuration.  Every service
call opens its own short session (``with db.transaction() as s:``) — never
kept on a window, never shared between threads.  Driver exceptions are
translated into :mod:`medlink.errors` types here so they never reach a window.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError, SQLAlchemyError
from sqlalchemy.orm.exc import StaleDataError as SAStaleDataError
from sqlalchemy.orm import Session, sessionmaker

from medlink.errors import ConflictError, DatabaseUnavailable, MedLinkError, StaleDataError

log = logging.getLogger(__name__)

SQLITE_BUSY_TIMEOUT_MS = 5000


def masked_url(url: str | URL) -> str:
    """The URL as a user may see it: the password replaced by ***."""
    parsed = make_url(url) if isinstance(url, str) else url
    return parsed.render_as_string(hide_password=True)


def describe_database(url: str | URL) -> str:
    parsed = make_url(url) if isinstance(url, str) else url
    if parsed.get_backend_name() == "sqlite":
        return f"the SQLite file {parsed.database}"
    return f"the {parsed.get_backend_name()} server {parsed.host}:{parsed.port or 3306} (database {parsed.database!r}, user {parsed.username!r})"


class Database:
    """Engine + session factory for one database (SQLite file or MySQL/MariaDB)."""

    def __init__(self, url: str | URL, *, password: str | None = None, echo: bool = False) -> None:
        parsed = make_url(url) if isinstance(url, str) else url
        if password is not None and parsed.password is None:
            parsed = parsed.set(password=password)
        self.url = parsed
        self.backend = parsed.get_backend_name()
        self.engine: Engine = _make_engine(parsed, echo=echo)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False, autoflush=True)
        self._read_sessions = sessionmaker(
            self.engine.execution_options(medlink_read_only=True), expire_on_commit=False
        )

    @property
    def is_sqlite(self) -> bool:
        return self.backend == "sqlite"

    @property
    def is_mysql(self) -> bool:
        return self.backend in ("mysql", "mariadb")

    def describe(self) -> str:
        return describe_database(self.url)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: commit on success, roll back on any error.

        Driver errors come out as MedLink errors with a human sentence.
        """
        session = self._sessions()
        try:
            with translate_db_errors(self):
                with session.begin():
                    yield session
        finally:
            session.close()

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only unit of work (rolled back at the end)."""
        session = self._read_sessions()
        try:
            with translate_db_errors(self):
                yield session
        finally:
            session.rollback()
            session.close()

    def check_connection(self) -> None:
        with translate_db_errors(self):
            with self.engine.connect() as conn:
                conn.exec_driver_sql("SELECT 1")

    def dispose(self) -> None:
        self.engine.dispose()


@contextmanager
def translate_db_errors(db: Database) -> Iterator[None]:
    try:
        yield
    except MedLinkError:
        raise
    except SAStaleDataError as exc:
        raise StaleDataError() from exc
    except IntegrityError as exc:
        _refuse_audit_rewrite(exc)
        log.info("integrity error: %s", exc.orig)
        raise ConflictError(
            "The change conflicts with data saved by someone else (a duplicate or a missing link). "
            "Reload and try again."
        ) from exc
    except OperationalError as exc:
        _refuse_audit_rewrite(exc)
        raise _unavailable(db, exc) from exc
    except DBAPIError as exc:
        if exc.connection_invalidated:
            raise _unavailable(db, exc) from exc
        log.exception("database error")
        raise DatabaseUnavailable(f"The database reported an error: {exc.orig}") from exc
    except SQLAlchemyError as exc:  # pragma: no cover - defensive
        log.exception("database error")
        raise DatabaseUnavailable(f"The database reported an error: {exc}") from exc


def _refuse_audit_rewrite(exc: DBAPIError) -> None:
    """The audit log's triggers (SQLite RAISE / MariaDB SIGNAL) refused an UPDATE or DELETE."""
    if "audit log rows cannot be" in str(exc.orig):
        raise ConflictError("The audit log is append-only: its rows cannot be changed or deleted.") from exc


def _unavailable(db: Database, exc: DBAPIError) -> DatabaseUnavailable:
    text = str(exc.orig).lower()
    if db.is_sqlite and ("locked" in text or "busy" in text):
        return DatabaseUnavailable(
            "The database is busy — another program is holding a lock on it. Please try again in a moment."
        )
    if db.is_sqlite and ("readonly" in text or "read-only" in text):
        return DatabaseUnavailable(f"{db.describe()} is read-only. Check the file's permissions.")
    return DatabaseUnavailable(
        f"Lost the connection to {db.describe()}. Please retry; MedLink reconnects by itself once "
        "the server is reachable."
    )


def _make_engine(url: URL, *, echo: bool) -> Engine:
    backend = url.get_backend_name()
    kwargs: dict[str, Any] = {"echo": echo, "future": True}
    if backend == "sqlite":
        if url.database and url.database != ":memory:":
            Path(url.database).parent.mkdir(parents=True, exist_ok=True)
        kwargs["connect_args"] = {"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000, "check_same_thread": False}
        engine = create_engine(url, **kwargs)
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", _sqlite_on_begin)
        return engine
    if backend in ("mysql", "mariadb"):
        query = dict(url.query)
        query.setdefault("charset", "utf8mb4")
        url = url.set(query=query)
        kwargs.update(pool_pre_ping=True, pool_recycle=1800, pool_size=5, max_overflow=5)
        kwargs["connect_args"] = {"connect_timeout": 5}
        kwargs["isolation_level"] = "READ COMMITTED"
        return create_engine(url, **kwargs)
    return create_engine(url, **kwargs)


def _sqlite_on_connect(dbapi_conn: Any, _record: Any) -> None:
    # Let SQLAlchemy, not pysqlite, emit BEGIN (see _sqlite_on_begin).
    dbapi_conn.isolation_level = None
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
    except Exception:  # noqa: BLE001  # pragma: no cover - e.g. read-only media
        log.warning("could not switch SQLite to WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _sqlite_on_begin(conn: Any) -> None:
    # IMMEDIATE takes the write lock up front, so two writers queue on the
    # busy timeout instead of failing late with "database is locked".
    if conn.get_execution_options().get("medlink_read_only"):
        conn.exec_driver_sql("BEGIN")
    else:
        conn.exec_driver_sql("BEGIN IMMEDIATE")
