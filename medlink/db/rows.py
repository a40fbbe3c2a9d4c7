"""Create-if-missing for single rows that every writer then locks (counters, the audit chain head)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session


def ensure_row(session: Session, model: Any, key: dict[str, Any], values: dict[str, Any]) -> None:
    """Make sure the row ``key`` of ``model`` exists before the caller locks it (``SELECT … FOR UPDATE``).

    On MySQL/MariaDB the row is inserted in its own short transaction: locking a *missing* row takes an
    InnoDB gap lock, and two workstations inserting under gap locks deadlock each other.  On SQLite the
    caller's ``BEGIN IMMEDIATE`` already holds the only writer lock, so the row is added in its unit of work.
    """
    where = [getattr(model, name) == value for name, value in key.items()]
    pk = next(iter(key))
    if session.scalar(select(getattr(model, pk)).where(*where)) is not None:
        return
    bind = session.get_bind()
    engine = bind if isinstance(bind, Engine) else bind.engine
    if engine.dialect.name == "sqlite":
        session.add(model(**key, **values))
        session.flush()
        return
    try:
        with engine.connect() as conn, conn.begin():
            conn.execute(insert(model).values(**key, **values))
    except IntegrityError:  # another workstation created it a moment ago
        pass
