"""Migration 0005 (clinical record) on an existing clinic: free-text allergies become allergy rows, the lab catalogue appears."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import text

from medlink.db import migrate
from medlink.db.session import Database


def test_existing_free_text_allergies_are_migrated(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    migrate.upgrade(db, "0005_clinic_key")
    created = datetime(2025, 1, 1, tzinfo=timezone.utc).replace(tzinfo=None)
    with db.engine.begin() as conn:
        for pid, allergies in ((1, "Penicillin, peanuts"), (2, "None"), (3, None), (4, "Sulpha drugs; Brufen")):
            conn.execute(text("INSERT INTO patients (id, full_name, allergies, created_at, version) "
                              "VALUES (:id, :name, :allergies, :created, 1)"),
                         {"id": pid, "name": f"Patient {pid}", "allergies": allergies, "created": created})
    migrate.upgrade(db)
    assert migrate.current_revision(db) == migrate.HEAD_REVISION
    with db.engine.connect() as conn:
        rows = conn.execute(text("SELECT patient_id, substance, drug_class, severity, active FROM allergies "
                                 "ORDER BY patient_id, id")).all()
        catalogue = conn.execute(text("SELECT code, price_paise FROM lab_tests WHERE code = 'HBA1C'")).one()
        kept = conn.execute(text("SELECT allergies FROM patients WHERE id = 1")).scalar()
    assert [tuple(r) for r in rows] == [
        (1, "Penicillin", "penicillins", "unknown", 1), (1, "peanuts", None, "unknown", 1),
        (4, "Sulpha drugs", "sulfonamides", "unknown", 1), (4, "Brufen", "nsaids", "unknown", 1)]
    assert catalogue == ("HBA1C", 45000)
    assert kept == "Penicillin, peanuts"  # the patient's own note stays
    from alembic import command

    command.downgrade(migrate.alembic_config(db), "0005_clinic_key")  # and back, cleanly
    with db.engine.connect() as conn:
        tables = {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'"))}
    assert "allergies" not in tables and "measurements" not in tables and "patients" in tables
    db.dispose()
