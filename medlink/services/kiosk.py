"""What the patient kiosk needs beyond the ordinary patient services."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime, time, timedelta, timezone
from pathlib import Path

from sqlalchemy import select

from medlink.db.models import Appointment, AppointmentStatus
from medlink.db.session import Database, retry_on_contention
from medlink.db.types import utcnow
from medlink.errors import PermissionDenied, ValidationError
from medlink.services import audit
from medlink.services.actor import Actor
from medlink.services.appointments import LISTING, AppointmentView, _listing
from medlink.services.clinic_settings import clinic_timezone
from medlink.services.permissions import require_signed_in
from medlink.i18n import tr


@retry_on_contention
def todays_appointments(db: Database, *, actor: Actor, now: datetime | None = None) -> list[AppointmentView]:
    """The signed-in patient's appointments today (clinic time), not cancelled, in time order.

    These are the appointments the kiosk offers for check-in (those still
    ``booked``) and shows as already checked in / done.
    """
    now = now or utcnow()
    with db.transaction() as session:
        actor = require_signed_in(session, actor)
        if not actor.is_patient or actor.patient_id is None:
            raise PermissionDenied(tr("kiosk", "The kiosk check-in is for patients."))
        tz = clinic_timezone(session)
        day = now.astimezone(tz).date()
        start = datetime.combine(day, time.min, tzinfo=tz).astimezone(timezone.utc)
        query = (LISTING
                 .where(Appointment.patient_id == actor.patient_id,
                        Appointment.starts_at >= start, Appointment.starts_at < start + timedelta(days=1),
                        Appointment.status != AppointmentStatus.CANCELLED.value)
                 .order_by(Appointment.starts_at))
        found = _listing(session, query)
        audit.record_disclosure(session, actor, "appointment.kiosk_today", [actor.patient_id],
                                detail=f"{len(found)} appointments")
        return found


def can_check_in(appointment: AppointmentView) -> bool:
    """Only a booked (not yet arrived, not finished) appointment can be checked in."""
    return appointment.status == AppointmentStatus.BOOKED.value


def can_cancel(appointment: AppointmentView, now: datetime | None = None) -> bool:
    """A patient may cancel an active appointment that has not started."""
    return appointment.is_active and appointment.starts_at > (now or utcnow())


def can_reschedule(appointment: AppointmentView, now: datetime | None = None) -> bool:
    """A patient may move a booked appointment that has not started."""
    return appointment.status == AppointmentStatus.BOOKED.value and appointment.starts_at > (now or utcnow())


@retry_on_contention
def own_upload_ids(db: Database, *, actor: Actor) -> set[int]:
    """Ids of the records this user uploaded themself (the ones a patient may delete)."""
    from medlink.db.models import MedicalRecord

    with db.read() as session:
        actor = require_signed_in(session, actor)
        return set(session.scalars(select(MedicalRecord.id).where(MedicalRecord.uploaded_by_id == actor.user_id)))


# --- the kiosk's upload inbox ----------------------------------------------------------------------

#: What a patient can upload from the kiosk (the records service checks the content as well).
INBOX_SUFFIXES = (".pdf", ".jpg", ".jpeg", ".png")
INBOX_MAX_DEPTH = 3
INBOX_MAX_FILES = 300


@dataclass(frozen=True)
class InboxFile:
    """A file in the kiosk's inbox (a USB drive or the scanner's folder), shown by name only."""

    path: Path
    name: str
    folder: str  # relative to the inbox, "" at its top
    size: int
    modified: datetime


def inbox_files(root: Path | None) -> list[InboxFile]:
    """The uploadable files under ``root``, newest first; read-only listing, nothing outside ``root``.

    Hidden files and folders are skipped, symbolic links are not followed (a link cannot lead out of
    the inbox), at most :data:`INBOX_MAX_DEPTH` folders deep and :data:`INBOX_MAX_FILES` files.
    """
    if root is None:
        return []
    try:
        base = Path(root).resolve(strict=True)
    except OSError:
        return []
    if not base.is_dir():
        return []
    found: list[InboxFile] = []
    pending = [(base, 0)]
    while pending and len(found) < INBOX_MAX_FILES:
        folder, depth = pending.pop()
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name.casefold())
        except OSError:
            continue
        for entry in entries:
            if entry.name.startswith(".") or entry.is_symlink():
                continue
            try:
                if entry.is_dir(follow_symlinks=False):
                    if depth + 1 < INBOX_MAX_DEPTH:
                        pending.append((Path(entry.path), depth + 1))
                    continue
                if not entry.is_file(follow_symlinks=False) or Path(entry.name).suffix.lower() not in INBOX_SUFFIXES:
                    continue
                stat = entry.stat(follow_symlinks=False)
            except OSError:
                continue
            path = Path(entry.path)
            relative = path.parent.relative_to(base)
            found.append(InboxFile(path=path, name=entry.name, folder="" if str(relative) == "." else str(relative),
                                   size=stat.st_size,
                                   modified=datetime.fromtimestamp(stat.st_mtime, tz=timezone.utc)))
            if len(found) >= INBOX_MAX_FILES:
                break
    found.sort(key=lambda f: f.modified, reverse=True)
    return found


def read_inbox_file(root: Path | None, path: Path, *, max_bytes: int = 50 * 1024 * 1024) -> bytes:
    """The bytes of a file chosen from the inbox — refused unless it really lies inside the inbox."""
    target = checked_inbox_path(root, path)
    try:
        with target.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise ValidationError("file", tr("kiosk", "The file could not be read: {value}.").format(value=exc.strerror or exc)) from exc
    if len(data) > max_bytes:
        raise ValidationError("file", tr("kiosk", "The file is too large to upload."))
    return data


def checked_inbox_path(root: Path | None, path: Path) -> Path:
    """``path`` resolved, if it is an uploadable file inside the inbox (not a link); else refused."""
    if root is None:
        raise PermissionDenied(tr("kiosk", "Uploads at this kiosk are not set up. Please ask the front desk."))
    try:
        base = Path(root).resolve(strict=True)
        target = Path(path).resolve(strict=True)
    except OSError as exc:
        raise ValidationError("file", tr("kiosk", "That file is no longer there. Insert the drive again and refresh.")) from exc
    if base not in target.parents or Path(path).is_symlink() or target.suffix.lower() not in INBOX_SUFFIXES:
        raise PermissionDenied(tr("kiosk", "Only files from the kiosk's drive or scanner can be uploaded here."))
    return target


def authorise_kiosk_exit(db: Database, *, email: str, password: str) -> Actor:
    """An administrator's sign-in ends kiosk mode (audited); anyone else is refused."""
    from medlink.services import accounts
    from medlink.services.permissions import authorize, require_admin

    actor = accounts.authenticate(db, email=email, password=password)
    authorize(db, require_admin, actor, "leave kiosk mode")
    audit.record_separately(db, actor, "kiosk.exit")
    return actor
