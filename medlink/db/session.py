"""Engine and unit-of-work sessions.

One :class:`Database` per process, built from configuration.  Every service
call opens its own short session (``with db.transaction() as s:``) — never
kept on a window, never shared between threads.  Driver exceptions are
translated into :mod:`medlink.errors` types here so they never reach a window.

Contention (InnoDB deadlock 1213, lock-wait time-out 1205, Galera certification
conflicts, SQLite busy) becomes :class:`~medlink.errors.DatabaseBusy`.  A use case
that is safe to repeat from the start declares itself with
:func:`retry_on_contention`; the whole call — permission checks, reads, writes,
audit and outbox rows — is then re-run after a jittered back-off, a bounded
number of times.  Because each attempt is one transaction that was rolled back
as a whole, nothing is ever half-applied.
"""

from __future__ import annotations

import functools
import logging
import random
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, ParamSpec, TypeVar, overload

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError, SQLAlchemyError
from sqlalchemy.orm.exc import StaleDataError as SAStaleDataError
from sqlalchemy.orm import Session, sessionmaker

import medlink.db.summary  # noqa: F401  - registers the daily-summary upkeep on every session
from medlink.db.cipher import DatabaseCipher, sqlcipher_module
from medlink.db.cipher import connect as cipher_connect
from medlink.errors import (
    ConflictError,
    DatabaseBusy,
    DatabaseReadOnly,
    DatabaseUnavailable,
    DiskFull,
    MedLinkError,
    StaleDataError,
)
from medlink.i18n import tr

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
        #: SQLCipher key of the SQLite file (None for MySQL/MariaDB and in-memory databases)
        self.cipher: DatabaseCipher | None = None
        if self.backend == "sqlite" and sqlite_file(parsed) is not None:
            self.cipher = DatabaseCipher(sqlite_file(parsed))  # type: ignore[arg-type]
        self.engine: Engine = _make_engine(parsed, echo=echo, cipher=self.cipher)
        # info: services that only hold a session (the audit chain) reach the clinic's Database
        self._sessions = sessionmaker(self.engine, expire_on_commit=False, autoflush=True, info={"medlink_db": self})
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
        """A read-only unit of work (rolled back at the end).

        ``close()`` alone ends it: it rolls the connection's transaction back and drops the
        objects, without first expiring every loaded object as ``rollback()`` would (which
        cost more than the queries themselves for list screens).
        """
        session = self._read_sessions()
        try:
            with translate_db_errors(self):
                yield session
        finally:
            session.close()

    def check_connection(self) -> None:
        with translate_db_errors(self):
            with self.engine.connect() as conn:
                conn.exec_driver_sql("SELECT 1")

    def dispose(self) -> None:
        self.engine.dispose()

    def rekey(self, new_clinic_key: bytes) -> None:
        """Re-encrypt the SQLite file with a key derived from ``new_clinic_key`` (nothing for MySQL/MariaDB).

        The pool is emptied first and after, so no connection keeps the old key.
        """
        if self.cipher is None:
            return
        self.engine.dispose()
        with translate_db_errors(self):
            raw = self.engine.raw_connection()
            try:
                self.cipher.rekey(raw.driver_connection, new_clinic_key)
            finally:
                raw.close()
        self.engine.dispose()


def sqlite_file(url: URL) -> Path | None:
    """The file of an SQLite URL (``sqlite:///path`` or ``sqlite:///file:path?…&uri=true``), None for memory."""
    name = url.database
    if not name or name == ":memory:":
        return None
    if url.query.get("uri") in ("true", "1") or name.startswith("file:"):
        name = name[len("file:"):] if name.startswith("file:") else name
        name = name.split("?", 1)[0]
        if not name or name == ":memory:" or "mode=memory" in str(url.query.get("mode", "")):
            return None
    return Path(name)


@contextmanager
def translate_db_errors(db: Database) -> Iterator[None]:
    try:
        yield
    except MedLinkError:
        raise
    except SAStaleDataError as exc:
        raise StaleDataError() from exc
    except DBAPIError as exc:
        _refuse_audit_rewrite(exc)
        kind = classify_db_error(exc)
        if kind == "other" and isinstance(exc, IntegrityError):
            log.info("integrity error: %s", exc.orig)
            raise ConflictError(
                tr("database", "The change conflicts with data saved by someone else (a duplicate or a missing link). "
                           "Reload and try again.")
            ) from exc
        if kind == "other" and (isinstance(exc, OperationalError) or exc.connection_invalidated):
            kind = "lost"
        if kind == "other":
            log.exception("database error")
            raise DatabaseUnavailable(tr("database", "The database reported an error: {orig}").format(
                orig=exc.orig)) from exc
        raise database_error(db, kind) from exc
    except SQLAlchemyError as exc:  # pragma: no cover - defensive
        log.exception("database error")
        raise DatabaseUnavailable(tr("database", "The database reported an error: {orig}").format(orig=exc)) from exc


def _refuse_audit_rewrite(exc: DBAPIError) -> None:
    """The audit log's triggers (SQLite RAISE / MariaDB SIGNAL) refused an UPDATE or DELETE."""
    if "audit log rows cannot be" in str(exc.orig):
        raise ConflictError(tr("database", "The audit log is append-only: its rows cannot be changed or deleted.")) from exc


# --- what went wrong ------------------------------------------------------------------------

#: MySQL/MariaDB server error codes (``exc.orig.args[0]``), by what they mean for the user.
MYSQL_CONTENTION = {
    1205,  # ER_LOCK_WAIT_TIMEOUT
    1213,  # ER_LOCK_DEADLOCK — also Galera's "WSREP detected deadlock/conflict" (certification failure)
}
MYSQL_LOST = {2002, 2003, 2006, 2013, 2055, 1053, 1077, 1927, 4031, 1047}  # 1047: WSREP node not ready
MYSQL_READ_ONLY = {1290, 1792, 1836}  # --read-only server, READ ONLY transaction, read-only mode
MYSQL_DISK_FULL = {1021, 1114}  # ER_DISK_FULL, ER_RECORD_FILE_FULL ("The table … is full")
SQLITE_CONTENTION = ("SQLITE_BUSY", "SQLITE_LOCKED")
SQLITE_READ_ONLY = ("SQLITE_READONLY",)
SQLITE_DISK_FULL = ("SQLITE_FULL",)


def _chain(exc: BaseException) -> Iterator[BaseException]:
    """The exception, its driver exception and what it was raised from or during (a deadlock
    inside a SAVEPOINT resurfaces as "SAVEPOINT does not exist" with the deadlock as context)."""
    seen: set[int] = set()
    todo: list[BaseException | None] = [exc]
    while todo:
        current = todo.pop(0)
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        todo.extend([getattr(current, "orig", None), current.__cause__, current.__context__])


def _kind_of(error: BaseException) -> str:
    name = getattr(error, "sqlite_errorname", None)
    if isinstance(name, str):  # sqlite3 (Python ≥ 3.11) names the result code
        if name.startswith(SQLITE_CONTENTION):
            return "busy"
        if name.startswith(SQLITE_READ_ONLY):
            return "read_only"
        if name.startswith(SQLITE_DISK_FULL):
            return "disk_full"
    args = getattr(error, "args", ())
    code = args[0] if args and isinstance(args[0], int) else None
    text = str(error).lower()
    if code in MYSQL_CONTENTION or "deadlock" in text or "database is locked" in text:
        return "busy"
    if code in MYSQL_DISK_FULL or "disk is full" in text or "errno: 28" in text or "no space left" in text:
        return "disk_full"
    if code in MYSQL_READ_ONLY or "readonly database" in text or "read-only" in text:
        return "read_only"
    if code in MYSQL_LOST:
        return "lost"
    return "other"


def classify_db_error(exc: BaseException) -> str:
    """``"busy"`` (safe to repeat), ``"lost"``, ``"read_only"``, ``"disk_full"`` or ``"other"``."""
    kinds = [_kind_of(e) for e in _chain(exc) if not isinstance(e, MedLinkError)]
    for kind in ("busy", "disk_full", "read_only", "lost"):
        if kind in kinds:
            return kind
    return "other"


def database_error(db: Database, kind: str) -> DatabaseUnavailable:
    """The MedLink error, with its sentence, for one kind of database failure."""
    where = db.describe()
    if kind == "busy":
        return DatabaseBusy(
            tr("database", "The database is busy — other workstations are saving at the same moment. Nothing was "
                           "saved; please try again in a moment.")
        )
    if kind == "read_only":
        hint = (tr("database", "Check the file's permissions and that the disk is not write-protected.") if db.is_sqlite
                else tr("database", "Check that MedLink points at the primary server, not a read-only replica, and "
                                    "that the server is not in read-only mode."))
        return DatabaseReadOnly(tr("database", "{where} is read-only, so nothing was saved. {hint}").format(
            where=where[0].upper() + where[1:], hint=hint))
    if kind == "disk_full":
        return DiskFull(
            tr("database", "The disk holding {where} is full, so nothing was saved. Free some space (or ask the "
                           "administrator to) and try again.").format(where=where)
        )
    return DatabaseUnavailable(
        tr("database", "Lost the connection to {where}. Please retry; MedLink reconnects by itself once the server "
                       "is reachable.").format(where=where)
    )


# --- retrying a unit of work ----------------------------------------------------------------

P = ParamSpec("P")
R = TypeVar("R")

RETRY_ATTEMPTS = 10
RETRY_BASE_DELAY_S = 0.02
RETRY_MAX_DELAY_S = 1.0

_retry_state = threading.local()
_retry_lock = threading.Lock()
_retry_counts = {"retries": 0, "gave_up": 0}


def retry_statistics() -> dict[str, int]:
    """Retries made and units of work given up (contention) in this process so far."""
    with _retry_lock:
        return dict(_retry_counts)


def _count(key: str) -> None:
    with _retry_lock:
        _retry_counts[key] += 1


def backoff_delay(attempt: int) -> float:
    """Jittered exponential back-off: a random wait up to a bound that doubles per attempt
    (capped), so the workstations that collided do not collide again in lock-step."""
    base = RETRY_BASE_DELAY_S
    return random.uniform(base / 2, min(RETRY_MAX_DELAY_S, base * 2 ** attempt))


@overload
def retry_on_contention(fn: Callable[P, R], /) -> Callable[P, R]: ...
@overload
def retry_on_contention(*, attempts: int | None = None) -> Callable[[Callable[P, R]], Callable[P, R]]: ...


def retry_on_contention(fn: Callable[P, R] | None = None, /, *, attempts: int | None = None) -> Any:
    """Declare a use case safe to repeat from the start.

    When the call ends in :class:`DatabaseBusy` (deadlock, lock-wait time-out, Galera
    certification failure, SQLite busy) the transaction was rolled back as a whole, so
    the function is called again after a jittered back-off, up to ``attempts`` times in
    all (default :data:`RETRY_ATTEMPTS`); then the "database is busy" sentence reaches the user.  Only the outermost
    retryable call retries (a retryable use case calling another one does not multiply
    the attempts).  The function must do everything inside its own transaction(s) —
    or undo what it did outside them when it fails — which MedLink's write use cases do::

        @retry_on_contention
        def cancel_appointment(db, *, actor, appointment_id): ...
    """

    def decorate(func: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(func)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
            if getattr(_retry_state, "active", False):
                return func(*args, **kwargs)
            _retry_state.active = True
            limit = attempts or RETRY_ATTEMPTS
            try:
                attempt = 1
                while True:
                    try:
                        return func(*args, **kwargs)
                    except DatabaseBusy:
                        if attempt >= limit:
                            _count("gave_up")
                            log.warning("%s: database still busy after %d attempts", func.__qualname__, attempt)
                            raise
                        _count("retries")
                        delay = backoff_delay(attempt)
                        log.info("%s: database busy (attempt %d), retrying in %.0f ms", func.__qualname__,
                                 attempt, delay * 1000)
                        time.sleep(delay)
                        attempt += 1
            finally:
                _retry_state.active = False

        wrapper.retries_on_contention = True  # type: ignore[attr-defined]
        return wrapper

    if fn is not None:
        return decorate(fn)
    return decorate


def _make_engine(url: URL, *, echo: bool, cipher: DatabaseCipher | None = None) -> Engine:
    backend = url.get_backend_name()
    kwargs: dict[str, Any] = {"echo": echo, "future": True}
    if backend == "sqlite":
        if url.database and url.database != ":memory:":
            Path(url.database).parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        kwargs["connect_args"] = {"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000, "check_same_thread": False}
        if cipher is not None:
            # SQLCipher's DB-API module (a drop-in sqlite3), so SQLAlchemy wraps its errors as usual
            kwargs["module"] = sqlcipher_module()
        engine = create_engine(url, **kwargs)
        if cipher is not None:
            def keyed_connect(_dialect: Any, _record: Any, cargs: Any, cparams: Any) -> Any:
                # the key before anything else touches the file
                return cipher_connect(cargs[0] if cargs else cparams.pop("database"), cipher.raw_key(),
                                      **cparams)

            event.listen(engine, "do_connect", keyed_connect)
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
