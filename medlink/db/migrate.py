"""Schema upgrades with Alembic (migrations ship inside the package).

Start-up only needs to know whether the schema is current; that is one query
against ``alembic_version`` compared with :data:`HEAD_REVISION`, so Alembic
itself is imported only when an upgrade is really needed (it is slow to import).
A test keeps :data:`HEAD_REVISION` equal to the newest migration.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlalchemy.exc import DatabaseError

from medlink.db.session import Database, translate_db_errors

if TYPE_CHECKING:  # pragma: no cover
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
HEAD_REVISION = "0010_receipt_pending"


def alembic_config(db: Database) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", db.url.render_as_string(hide_password=False).replace("%", "%%"))
    return cfg


def head_revision(db: Database | None = None) -> str | None:
    """The newest migration according to the migration scripts (imports Alembic)."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = alembic_config(db) if db is not None else Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return ScriptDirectory.from_config(cfg).get_current_head()


@functools.lru_cache(maxsize=1)
def seeded_tables() -> frozenset[str]:
    """Tables that a new, empty database already holds rows in, as the migrations that fill them declare
    (``SEEDS = ("lab_tests",)`` in the migration script).  A restore replaces those rows with the backup's
    own; they do not make a database "not empty"."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    tables: set[str] = set()
    for script in ScriptDirectory.from_config(cfg).walk_revisions():
        tables.update(getattr(script.module, "SEEDS", ()))
    return frozenset(tables)


def current_revision(db: Database) -> str | None:
    with translate_db_errors(db), db.engine.connect() as conn:
        try:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except DatabaseError:  # no alembic_version table: an empty database
            return None


def needs_upgrade(db: Database) -> bool:
    return current_revision(db) != HEAD_REVISION


def upgrade(db: Database, revision: str = "head") -> None:
    """Bring the schema to ``revision`` over one shared connection."""
    from alembic import command

    cfg = alembic_config(db)
    with translate_db_errors(db), db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
