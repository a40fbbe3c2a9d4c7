"""The ORM's version counter really refuses a stale write, on both back-ends.

SQLAlchemy 2.0.0 and 2.0.1 skipped this check on SQLite (their SQLite dialect
trusted the row count of an UPDATE … RETURNING, which pysqlite does not report):
the second receptionist's save silently overwrote the first.  The floor in
pyproject.toml is therefore 2.0.2; ``scripts/lowest_dependencies.py`` runs this test
with it.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select

from medlink.db.models import User
from medlink.errors import StaleDataError


def test_a_stale_edit_is_refused_not_saved(clinic, db):
    admin_id = clinic.admin.user_id
    with db.read() as session:  # what a window shows: loaded in one unit of work …
        stale = session.get(User, admin_id)
        assert stale is not None and stale.version == 1
        session.expunge(stale)
    with db.transaction() as session:  # … someone else saves in between …
        session.get(User, admin_id).full_name = "Saved First"
    stale.full_name = "Saved Second"
    with pytest.raises(StaleDataError):  # … and the stale edit must not overwrite it
        with db.transaction() as session:
            session.add(stale)
    with db.read() as session:
        row = session.scalars(select(User).where(User.id == admin_id)).one()
        assert (row.full_name, row.version) == ("Saved First", 2)
