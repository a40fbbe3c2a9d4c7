"""Backup / restore round trip and the integrity check, on both backends."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from medlink.db.models import AppointmentStatus, Base
from medlink.errors import ConflictError
from medlink.maintenance import backup, integrity_check, restore
from medlink.services import appointments, billing, records
from tests.core.test_records import PDF, png_bytes


def _snapshot(db):  # type: ignore[no-untyped-def]
    out = {}
    with db.read() as s:
        for table in Base.metadata.sorted_tables:
            rows = [tuple(sorted(r.items())) for r in s.execute(select(table)).mappings()]
            out[table.name] = sorted(rows, key=repr)
    return out


def _busy_clinic(clinic, db, records_dir):  # type: ignore[no-untyped-def]
    patient, doctor = clinic.patient("Zoë D’Souza"), clinic.doctor()
    appt = clinic.booking(patient, doctor)
    appointments.set_outcome(db, actor=doctor, appointment_id=appt.id, status=AppointmentStatus.COMPLETED,
        now=appt.ends_at)
    billing.issue_bill(db, actor=doctor, records_dir=records_dir, appointment_id=appt.id,
                       lines=[billing.BillDraftLine("consultation", "Consultation", 1, Decimal("650.50"))])
    records.upload_record(db, actor=patient, records_dir=records_dir, patient_id=patient.patient_id, title="X-ray",
                          record_type="imaging", record_date=date(2026, 2, 1), filename="x.png", data=png_bytes())
    return patient


def test_backup_restore_reproduces_everything(clinic, db, records_dir, tmp_path, backend, request):
    patient = _busy_clinic(clinic, db, records_dir)
    before = _snapshot(db)
    report = backup(db, records_dir, tmp_path / "clinic.zip")
    assert report.tables["users"] >= 3 and report.files == 2
    # restore into a brand-new SQLite database and folder (portable dump)
    from tests.conftest import make_sqlite_db

    target_dir = tmp_path / "restored"
    target_dir.mkdir()
    target = make_sqlite_db(request.getfixturevalue("sqlite_template"), target_dir)
    target_records = tmp_path / "restored-records"
    restore(target, target_records, tmp_path / "clinic.zip")
    assert _snapshot(target) == before
    assert integrity_check(target, target_records) == []
    view = records.list_records(target, actor=patient, patient_id=patient.patient_id)[0]
    assert records.read_record(target, actor=patient, records_dir=target_records, record_id=view.id)[1] == png_bytes()
    with pytest.raises(ConflictError, match="not empty"):
        restore(target, target_records, tmp_path / "clinic.zip")
    target.dispose()


def test_integrity_check_finds_missing_and_orphan_files(clinic, db, records_dir):
    patient = clinic.patient()
    view = records.upload_record(db, actor=patient, records_dir=records_dir, patient_id=patient.patient_id,
                                 title="Report", record_type="lab_report", record_date=date(2026, 1, 1),
                                 filename="r.pdf", data=PDF)
    assert integrity_check(db, records_dir, verify_contents=True) == []
    stored = next(records_dir.rglob("*.bin"))
    stored.unlink()
    (records_dir / "999999" / "records").mkdir(parents=True)
    (records_dir / "999999" / "records" / "stray.bin").write_bytes(b"junk")
    kinds = sorted((p.kind, p.path.split("/")[-1]) for p in integrity_check(db, records_dir))
    assert kinds == [("missing_file", stored.name), ("orphan_file", "stray.bin")]
    assert view.id


def test_the_migrations_declare_which_tables_a_new_database_fills(tmp_path):
    """A restore counts "an empty database" without the rows the migrations seed; those are declared by the
    migrations themselves (SEEDS), so a new seeded table cannot be forgotten by the restore."""
    from sqlalchemy import func, select

    from medlink.db import migrate
    from medlink.db.models import Base
    from medlink.db.session import Database

    db = Database(f"sqlite:///{tmp_path / 'new.sqlite3'}")
    migrate.upgrade(db)
    with db.read() as session:
        filled = {t.name for t in Base.metadata.sorted_tables if session.scalar(select(func.count()).select_from(t))}
    db.dispose()
    assert filled == migrate.seeded_tables() == {"lab_tests"}
