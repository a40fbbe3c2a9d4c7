"""Alembic environment for MedLink (run through :mod:`medlink.db.migrate`)."""

from __future__ import annotations

from alembic import context

from medlink.db.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        # MedLink's own engine: it keys a SQLCipher file before anything reads it
        from medlink.db.session import Database

        db = Database(config.get_main_option("sqlalchemy.url") or "")
        try:
            with db.engine.connect() as connection:
                _run(connection)
        finally:
            db.dispose()
    else:
        _run(connection)


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
