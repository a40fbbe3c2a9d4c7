"""The Alembic migrations build exactly the schema the models describe, on both backends."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from medlink.db import migrate
from medlink.db.models import Base


def test_migrated_schema_matches_models(db):
    assert migrate.HEAD_REVISION == migrate.head_revision(db)  # the start-up shortcut knows the newest migration
    assert migrate.current_revision(db) == migrate.HEAD_REVISION and not migrate.needs_upgrade(db)
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_double_booking_guard_exists_in_the_database(db):
    uniques = inspect(db.engine).get_unique_constraints("appointments")
    assert any(set(u["column_names"]) == {"doctor_id", "starts_at", "slot_claim"} for u in uniques)


def test_hot_path_indexes_exist(db):
    insp = inspect(db.engine)
    def columns(table):  # type: ignore[no-untyped-def]
        return {tuple(i["column_names"]) for i in insp.get_indexes(table)}
    assert ("doctor_id", "starts_at") in columns("appointments")
    assert ("patient_id", "starts_at") in columns("appointments")
    assert ("full_name",) in columns("patients") and ("phone",) in columns("patients")
    assert ("speciality", "full_name") in columns("doctors")


def test_sqlite_pragmas(sqlite_db):
    with sqlite_db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000


def test_sqlite_name_columns_keep_their_nocase_collation(sqlite_db):
    """Index-range prefix search needs NOCASE name columns; a migration that rebuilds a table
    (Alembic batch mode) must not lose the collation."""
    with sqlite_db.engine.connect() as conn:
        for table, column in (("patients", "full_name"), ("patients", "email"), ("doctors", "full_name"),
                              ("doctors", "speciality")):
            ddl = conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE type='table' AND name=?",
                                       (table,)).scalar()
            line = next(part for part in ddl.split(",") if part.strip().strip('"').startswith(column))
            assert "NOCASE" in line.upper(), (table, column, ddl)
