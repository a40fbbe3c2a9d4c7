"""Clinic-wide settings (one row in the database)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, fields, replace
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones


from medlink.db.models import ClinicSettings
from medlink.db.session import Database, retry_on_contention
from medlink.db.settings import clinic_timezone as clinic_timezone  # re-exported
from medlink.db.settings import settings_row as settings_row
from medlink.errors import ValidationError
from medlink.services import audit
from medlink.services.actor import Actor
from medlink.validation import (
    clean_text,
    from_paise,
    parse_money,
    to_paise,
    validate_email,
    validate_gstin,
    validate_phone,
)
from medlink.i18n import N_, tr

INDIAN_STATES = (
    "Andaman and Nicobar Islands", "Andhra Pradesh", "Arunachal Pradesh", "Assam", "Bihar", "Chandigarh",
    "Chhattisgarh", "Dadra and Nagar Haveli and Daman and Diu", "Delhi", "Goa", "Gujarat", "Haryana",
    "Himachal Pradesh", "Jammu and Kashmir", "Jharkhand", "Karnataka", "Kerala", "Ladakh", "Lakshadweep",
    "Madhya Pradesh", "Maharashtra", "Manipur", "Meghalaya", "Mizoram", "Nagaland", "Odisha", "Puducherry",
    "Punjab", "Rajasthan", "Sikkim", "Tamil Nadu", "Telangana", "Tripura", "Uttar Pradesh", "Uttarakhand",
    "West Bengal",
)
SMTP_SECURITY = ("ssl", "starttls", "none")


@dataclass(frozen=True)
class ClinicSettingsView:
    clinic_name: str
    address: str
    phone: str
    email: str
    gstin: str
    state: str
    timezone: str
    logo_png: bytes | None
    default_consultation_fee: Decimal
    default_lab_test_fee: Decimal
    default_medication_fee: Decimal
    default_other_fee: Decimal
    extra_charge: Decimal
    gst_consultation_rate: Decimal
    gst_lab_test_rate: Decimal
    gst_medication_rate: Decimal
    gst_other_rate: Decimal
    gst_extra_charge_rate: Decimal
    prices_include_gst: bool
    round_off_to_rupee: bool
    receipt_prefix: str
    kiosk_idle_seconds: int
    staff_idle_seconds: int
    record_max_bytes: int
    smtp_host: str
    smtp_port: int
    smtp_security: str
    smtp_username: str
    smtp_sender_name: str
    smtp_sender_address: str
    smtp_ca_file: str
    version: int
    chart_access_days: int = 0  # 0 = a doctor keeps access to the charts of patients they saw
    check_in_opens_minutes: int = 60
    bilingual_documents: bool = False  # receipt and prescription headings in English and Hindi

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


_MONEY = {
    "default_consultation_fee": "default_consultation_fee_paise",
    "default_lab_test_fee": "default_lab_test_fee_paise",
    "default_medication_fee": "default_medication_fee_paise",
    "default_other_fee": "default_other_fee_paise",
    "extra_charge": "extra_charge_paise",
}
_RATES = {
    "gst_consultation_rate": "gst_consultation_bp",
    "gst_lab_test_rate": "gst_lab_test_bp",
    "gst_medication_rate": "gst_medication_bp",
    "gst_other_rate": "gst_other_bp",
    "gst_extra_charge_rate": "gst_extra_charge_bp",
}


#: How GST applies to consultations: the founding design's 18 %, or health care by a clinical
#: establishment, exempt under notification 12/2017-Central Tax (Rate), entry 74.
CONSULTATION_GST_TREATMENTS: dict[str, Decimal] = {"gst_18": Decimal("18"), "exempt": Decimal("0")}


def consultation_gst_treatment(rate: Decimal) -> str | None:
    """The treatment a consultation GST rate corresponds to, or None for another (custom) rate."""
    return next((key for key, value in CONSULTATION_GST_TREATMENTS.items() if value == rate), None)


def to_view(row: ClinicSettings) -> ClinicSettingsView:
    values: dict[str, Any] = {}
    for f in fields(ClinicSettingsView):
        if f.name in _MONEY:
            values[f.name] = from_paise(getattr(row, _MONEY[f.name]))
        elif f.name in _RATES:
            values[f.name] = (Decimal(getattr(row, _RATES[f.name])) / 100).quantize(Decimal("0.01"))
        else:
            values[f.name] = getattr(row, f.name)
    return ClinicSettingsView(**values)


@retry_on_contention
def get_settings(db: Database) -> ClinicSettingsView:
    """Settings are readable by everyone (the kiosk needs the clinic's name and timeout)."""
    with db.read() as session:
        row = session.get(ClinicSettings, 1)
        return to_view(row if row is not None else ClinicSettings(**_defaults()))


def _defaults() -> dict[str, Any]:
    return {c.name: c.default.arg for c in ClinicSettings.__table__.columns if c.default is not None and not callable(c.default.arg)}


@retry_on_contention
def update_settings(db: Database, *, actor: Actor, changes: dict[str, Any], expected_version: int | None = None) -> ClinicSettingsView:
    """Validate and save a set of changes (admin only).  Nothing is saved if any field is bad."""
    from medlink.services.permissions import require_admin

    with db.transaction() as session:
        actor = require_admin(session, actor, "change the clinic settings")
        clean = validate_settings_changes(changes)
        row = settings_row(session)
        if expected_version is not None and row.version != expected_version:
            from medlink.errors import StaleDataError

            raise StaleDataError()
        if "gstin" in clean or "state" in clean:
            validate_gstin(clean.get("gstin", row.gstin), state=clean.get("state", row.state))
        for key, value in clean.items():
            setattr(row, key, value)
        session.flush()
        audit.record(session, actor, "settings.update", entity="clinic_settings", entity_id=1,
                     detail=", ".join(sorted(k for k in clean if "logo" not in k)))
        return to_view(row)


def validate_settings_changes(changes: dict[str, Any]) -> dict[str, Any]:
    """Map view-level names and values to validated column values."""
    out: dict[str, Any] = {}
    known = {f.name for f in fields(ClinicSettingsView)} - {"version"}
    for key, value in changes.items():
        if key not in known:
            raise ValidationError(key, tr("clinic_settings", "Unknown setting {key!r}.").format(key=key))
        if key in _MONEY:
            amount = parse_money(value, field=key, label=key.replace("_", " ").capitalize())
            assert amount is not None
            out[_MONEY[key]] = to_paise(amount)
        elif key in _RATES:
            rate = parse_money(value, field=key, label=N_("fields", "GST rate"), maximum=Decimal("100"))
            assert rate is not None
            out[_RATES[key]] = int(rate * 100)
        elif key == "clinic_name":
            out[key] = clean_text(value, field=key, label=N_("fields", "Clinic name"), max_length=160, required=True)
        elif key == "address":
            out[key] = clean_text(value, field=key, label=N_("fields", "Address"), max_length=500, multiline=True) or ""
        elif key == "phone":
            out[key] = validate_phone(value, field=key, label=N_("fields", "Phone"), required=False) or ""
        elif key in ("email", "smtp_sender_address"):
            out[key] = validate_email(value, field=key, required=False) or ""
        elif key == "gstin":
            # The state code is checked against the clinic's state in update_settings
            # (the state may change in the same save).
            out[key] = validate_gstin(value, state=None, field=key)
        elif key == "state":
            if value not in INDIAN_STATES:
                raise ValidationError(key, tr("clinic_settings", "Choose the clinic's state from the list."))
            out[key] = value
        elif key == "timezone":
            try:
                ZoneInfo(str(value))
            except (ZoneInfoNotFoundError, ValueError) as exc:
                raise ValidationError(key, tr("clinic_settings", "{value!r} is not a known time zone (e.g. Asia/Kolkata).").format(value=value)) from exc
            out[key] = str(value)
        elif key == "receipt_prefix":
            prefix = str(value or "").strip().upper()
            # GST caps invoice numbers at 16 characters: PPP/26-27/000123.
            if not re.fullmatch(r"[A-Z0-9]{1,3}", prefix):
                raise ValidationError(key, tr("clinic_settings", "The receipt prefix must be 1–3 letters or digits, e.g. ML."))
            out[key] = prefix
        elif key in ("kiosk_idle_seconds", "staff_idle_seconds"):
            seconds = _int(value, key, "Idle time-out", 30, 24 * 3600)
            out[key] = seconds
        elif key == "chart_access_days":
            out[key] = _int(value, key, "Chart access after the last visit (days, 0 = no limit)", 0, 36500)
        elif key == "check_in_opens_minutes":
            out[key] = _int(value, key, "Check-in opens (minutes before the appointment)", 5, 720)
        elif key == "record_max_bytes":
            out[key] = _int(value, key, "Largest upload", 1024, 500 * 1024 * 1024)
        elif key in ("prices_include_gst", "round_off_to_rupee", "bilingual_documents"):
            out[key] = bool(value)
        elif key == "logo_png":
            out[key] = value
        elif key == "smtp_port":
            out[key] = _int(value, key, N_("fields", "SMTP port"), 1, 65535)
        elif key == "smtp_security":
            if value not in SMTP_SECURITY:
                raise ValidationError(key, tr("clinic_settings", "Choose SSL/TLS, STARTTLS or none."))
            out[key] = value
        elif key in ("smtp_host", "smtp_username", "smtp_sender_name", "smtp_ca_file"):
            out[key] = clean_text(value, field=key, label=key.replace("_", " "), max_length=400) or ""
    return out


def _int(value: Any, field: str, label: str, lo: int, hi: int) -> int:
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError) as exc:
        raise ValidationError(field, tr("clinic_settings", "{label} must be a whole number.").format(label=tr("fields", label))) from exc
    if not lo <= number <= hi:
        raise ValidationError(field, tr("clinic_settings", "{label} must be between {lo} and {hi}.").format(label=tr("fields", label), lo=lo, hi=hi))
    return number


def timezones() -> list[str]:
    """Every IANA time-zone name, sorted (read from the system's zone files once per process)."""
    return list(_timezones())


@functools.cache
def _timezones() -> tuple[str, ...]:
    return tuple(sorted(available_timezones()))


__all__ = ["ClinicSettingsView", "get_settings", "update_settings", "settings_row", "to_view", "replace"]
