"""Administrator tools: records-folder check, backups, batch export of receipts."""

from __future__ import annotations

import shutil
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
from medlink.services import audit, billing
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


@dataclass(frozen=True)
class ExportReport:
    folder: Path
    exported: int
    regenerated: int


def export_receipts(db: Database, *, actor: Actor, records_dir: Path, first_day: date, last_day: date,
                    target_dir: Path, progress: Progress | None = None) -> ExportReport:
    """Copy every receipt issued between two clinic-local days into ``target_dir``
    (missing PDFs are regenerated with their number).  Runs off the GUI thread."""
    actor = authorize(db, require_admin, actor, "export receipts")
    if last_day < first_day:
        raise ValidationError("last_day", tr("admin_tools", "The end date is before the start date."))
    with db.read() as session:
        tz = clinic_timezone(session)
        start = datetime.combine(first_day, time.min, tzinfo=tz).astimezone(timezone.utc)
        end = datetime.combine(last_day + timedelta(days=1), time.min, tzinfo=tz).astimezone(timezone.utc)
        bills = session.execute(select(Bill.id, Bill.number, Bill.pdf_path).where(
            Bill.issued_at >= start, Bill.issued_at < end, Bill.status != BillStatus.VOID.value)
            .order_by(Bill.number)).all()
    target_dir = Path(target_dir)
    try:
        target_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(tr("admin_tools", "The folder {target_dir} cannot be created: {value}.").format(target_dir=target_dir, value=exc.strerror or exc)) from exc
    regenerated = 0
    for index, (bill_id, number, pdf_path) in enumerate(bills, start=1):
        check_cancelled()  # the window closed or the user signed out: stop between receipts
        source = Path(records_dir) / pdf_path if pdf_path else None
        if source is None or not source.is_file():
            source = billing.receipt_pdf(db, actor=actor, records_dir=records_dir, bill_id=bill_id)
            regenerated += 1
        try:
            shutil.copyfile(source, target_dir / (number.replace("/", "_") + ".pdf"))
        except OSError as exc:
            raise StorageError(tr("admin_tools", "Could not write {number} into {target_dir}: {value}.").format(number=number, target_dir=target_dir, value=exc.strerror or exc)) from exc
        if progress:
            progress(index, len(bills))
    audit.record_separately(db, actor, "maintenance.export_receipts",
                            detail=f"{len(bills)} receipts {first_day.isoformat()}..{last_day.isoformat()}")
    return ExportReport(folder=target_dir, exported=len(bills), regenerated=regenerated)


def verify_audit_log(db: Database, *, actor: Actor) -> audit.ChainReport:
    """Check the audit log's hash chain (the Maintenance page's "Verify audit log")."""
    return audit.verify_audit_chain(db, actor=actor)
