"""Reading the clinic's settings row inside a unit of work.

These readers sit in the database layer so that every package above it (mail,
receipts, services) can ask for the clinic's row or time zone without
importing the services layer.  :mod:`medlink.services.clinic_settings` owns
the rules for changing the row.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from medlink.db.models import ClinicSettings

__all__ = ["clinic_timezone", "settings_row"]


def settings_row(session: Session) -> ClinicSettings:
    """The settings row, loaded once per unit of work.

    The session's identity map holds objects weakly, so without the strong
    reference in ``session.info`` every call would query the row again.
    """
    row = session.info.get("clinic_settings")
    if row is None:
        row = session.get(ClinicSettings, 1)
        if row is None:
            row = ClinicSettings(id=1)
            session.add(row)
            session.flush()
        session.info["clinic_settings"] = row
    return row


def clinic_timezone(session: Session) -> ZoneInfo:
    """The clinic's time zone (cached for the unit of work)."""
    tz = session.info.get("clinic_tz")
    if tz is None:
        tz = session.info["clinic_tz"] = ZoneInfo(settings_row(session).timezone)
    return tz
