"""Administrator tools: records-folder check, backups, batch export of receipts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

from sqlalchemy import select

from medlink import maintenance
from medlink.cancellation import check_cancelled
from medlink.db.models import Bill, BillStatus
from medlink.db.session import Database
from medlink.errors import StorageError, ValidationError
from medlink.files import write_atomically
from medlink.services import audit, billing, clinic_key
from medlink.services.actor import Actor
from medlink.services.clinic_settings import clinic_timezone
from medlink.services.permissions import authorize, require_admin
from medlink.i18n import tr

Progress = Callable[[int, int], None]


def check_records(db: Database, *, actor: Actor, records_dir: Path,
                  verify_contents: bool = False) -> list[maintenance.Problem]:
    actor = authorize(db, require_admin, actor, "check the records folder")
    problems = maintenance.integrity_check(db, records_dir, verify_contents=verify_contents)
    audit.record_separately(db, actor, "maintenance.check", detail=f"{len(problems)} problem(s)")
    return problems


def backup_clinic(db: Database, *, actor: Actor, records_dir: Path, target: Path) -> maintenance.BackupReport:
    actor = authorize(db, require_admin, actor, "back up the clinic")
    report = maintenance.backup(db, records_dir, target)
    audit.record_separately(db, actor, "maintenance.backup", detail=f"{report.path.name} {report.size_bytes} bytes")
    return report


def clinic_key_status(db: Database, *, actor: Actor) -> clinic_key.KeyStatus:
    """The clinic key's id, whether this computer holds it and whether a rotation is unfinished."""
    authorize(db, require_admin, actor, "see the clinic key")
    return clinic_key.status(db)


def rotate_clinic_key(db: Database, *, actor: Actor, records_dir: Path,
                      progress: Progress | None = None) -> clinic_key.RotationReport:
    """Make a new clinic key and re-encrypt every file (and the SQLite database) with it.

    Cancelled or killed half-way, the rotation stays unfinished; running it again resumes it.
    """
    actor = authorize(db, require_admin, actor, "rotate the clinic key")
    return clinic_key.rotate(db, actor=actor, records_dir=records_dir, progress=progress)


@dataclass(frozen=True)
class ExportReport:
    folder: Path
    exported: int
    regenerated: int


# Not @retry_on_contention: a long job that writes files and reports progress; each receipt's read is
# retried on its own (billing.receipt_for_export), and a repeat would audit-log the export twice.
def export_receipts(db: Database, *, actor: Actor, records_dir: Path, first_day: date, last_day: date,
                    target_dir: Path, progress: Progress | None = None) -> ExportReport:
    """Write every receipt issued between two clinic-local days into ``target_dir``, decrypted
    (missing PDFs are rendered again with their number).  Runs off the GUI thread.

    A deliberate export by the administrator to a folder they chose: the receipts leave
    MedLink in plaintext there, and the export is audit-logged with the folder and the count.
    """
    actor = authorize(db, require_admin, actor, "export receipts")
    if last_day < first_day:
        raise ValidationError("last_day", tr("admin_tools", "The end date is before the start date."))
    with db.read() as session:
        tz = clinic_timezone(session)
        start = datetime.combine(first_day, time.min, tzinfo=tz).astimezone(timezone.utc)
        end = datetime.combine(last_day + timedelta(days=1), time.min, tzinfo=tz).astimezone(timezone.utc)
        bills = session.execute(select(Bill.id, Bill.number).where(
            Bill.issued_at >= start, Bill.issued_at < end, Bill.status != BillStatus.VOID.value)
            .order_by(Bill.number)).all()
    target_dir = Path(target_dir)
    try:
        target_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(tr("admin_tools", "The folder {target_dir} cannot be created: {value}.").format(target_dir=target_dir, value=exc.strerror or exc)) from exc
    regenerated = exported = 0
    try:
        for index, (bill_id, number) in enumerate(bills, start=1):
            check_cancelled()  # the window closed or the user signed out: stop between receipts
            document, rendered = billing.receipt_for_export(db, actor=actor, records_dir=records_dir,
                                                                  bill_id=bill_id)
            regenerated += rendered
            try:
                write_atomically(target_dir / document.file_name, document.data)
            except OSError as exc:
                raise StorageError(tr("admin_tools", "Could not write {number} into {target_dir}: {value}.").format(number=number, target_dir=target_dir, value=exc.strerror or exc)) from exc
            exported += 1
            if progress:
                progress(index, len(bills))
    finally:  # even a cancelled or failed export is recorded with what it wrote
        if exported or not bills:
            audit.record_separately(db, actor, "maintenance.export_receipts",
                                    detail=f"{exported} of {len(bills)} receipts "
                                           f"{first_day.isoformat()}..{last_day.isoformat()} decrypted into {target_dir}")
    return ExportReport(folder=target_dir, exported=exported, regenerated=regenerated)


def verify_audit_log(db: Database, *, actor: Actor) -> audit.ChainReport:
    """Check the audit log's hash chain (the Maintenance page's "Verify audit log")."""
    return audit.verify_audit_chain(db, actor=actor)
