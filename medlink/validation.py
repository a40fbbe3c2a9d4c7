"""Field validation shared by every form: each failure is a ValidationError
naming the field and saying, in a sentence, what is wrong."""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from decimal import Decimal, InvalidOperation

from medlink.errors import ValidationError
from medlink.money import from_paise as from_paise  # re-exported: one paise conversion, in medlink.money
from medlink.money import to_paise as to_paise

_EMAIL_RE = re.compile(
    r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$"
)
_INDIAN_MOBILE_RE = re.compile(r"^(?:\+91|91|0)?([6-9]\d{9})$")
_INTERNATIONAL_RE = re.compile(r"^\+([1-9]\d{7,14})$")

BLOOD_GROUPS = ("A+", "A-", "B+", "B-", "AB+", "AB-", "O+", "O-")
GENDERS = ("Female", "Male", "Other", "Prefer not to say")


def clean_text(value: str | None, *, field: str, label: str, max_length: int, required: bool = False,
               multiline: bool = False) -> str | None:
    """Trim, drop control characters, check required/length.  Returns None when empty."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError(field, f"{label} must be text.")
    allowed = "\n\t" if multiline else ""
    value = "".join(
        ch for ch in value if ch in allowed or unicodedata.category(ch)[0] != "C"
    )
    value = value.strip()
    if not multiline:
        value = re.sub(r"\s+", " ", value)
    if not value:
        if required:
            raise ValidationError(field, f"{label} is required.")
        return None
    if len(value) > max_length:
        raise ValidationError(field, f"{label} must be at most {max_length} characters.")
    return value


def require_text(value: str | None, *, field: str, label: str, max_length: int, multiline: bool = False) -> str:
    result = clean_text(value, field=field, label=label, max_length=max_length, required=True, multiline=multiline)
    assert result is not None
    return result


def validate_name(value: str | None, *, field: str = "full_name", label: str = "Full name") -> str:
    name = require_text(value, field=field, label=label, max_length=120)
    if not any(ch.isalpha() for ch in name):
        raise ValidationError(field, f"{label} must contain letters.")
    return name


def validate_email(value: str | None, *, field: str = "email", required: bool = True) -> str | None:
    email = clean_text(value, field=field, label="E-mail address", max_length=254, required=required)
    if email is None:
        return None
    if " " in email or not _EMAIL_RE.match(email) or ".." in email:
        raise ValidationError(field, "Enter a valid e-mail address, like name@example.com.")
    local, _, domain = email.rpartition("@")
    if len(local) > 64:
        raise ValidationError(field, "The part before @ is too long.")
    return f"{local}@{domain.lower()}"


def email_key(email: str) -> str:
    return email.strip().lower()


def validate_phone(value: str | None, *, field: str = "phone", required: bool = True,
                   label: str = "Phone number") -> str | None:
    """A 10-digit Indian mobile (optionally +91 / 0) or an international +CC number.

    Returns ``+91XXXXXXXXXX`` for Indian numbers, ``+<digits>`` otherwise.
    """
    raw = clean_text(value, field=field, label=label, max_length=30, required=required)
    if raw is None:
        return None
    compact = re.sub(r"[\s\-().]", "", raw)
    match = _INDIAN_MOBILE_RE.match(compact)
    if match:
        return "+91" + match.group(1)
    match = _INTERNATIONAL_RE.match(compact)
    if match:
        return "+" + match.group(1)
    raise ValidationError(
        field, f"{label} must be a 10-digit mobile number (e.g. 98765 43210) or an international number starting with +."
    )


def validate_date_of_birth(value: date | None, *, today: date, field: str = "date_of_birth",
                           required: bool = True) -> date | None:
    if value is None:
        if required:
            raise ValidationError(field, "Date of birth is required.")
        return None
    if value > today:
        raise ValidationError(field, "Date of birth cannot be in the future.")
    if value.year < today.year - 130:
        raise ValidationError(field, "Please check the year of birth.")
    return value


def validate_choice(value: str | None, choices: tuple[str, ...], *, field: str, label: str,
                    required: bool = False) -> str | None:
    if value in (None, ""):
        if required:
            raise ValidationError(field, f"{label} is required.")
        return None
    if value not in choices:
        raise ValidationError(field, f"{label} must be one of: {', '.join(choices)}.")
    return value


def parse_money(value: Decimal | str | int | None, *, field: str, label: str, allow_none: bool = False,
                maximum: Decimal = Decimal("10000000")) -> Decimal | None:
    """A non-negative amount in rupees with at most 2 decimals (never float)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if allow_none:
            return None
        raise ValidationError(field, f"{label} is required.")
    if isinstance(value, float):
        raise ValidationError(field, f"{label} must be given exactly (not as a floating-point number).")
    try:
        amount = Decimal(str(value).strip().replace(",", "").replace("₹", ""))
    except InvalidOperation as exc:
        raise ValidationError(field, f"{label} must be an amount like 500 or 499.50.") from exc
    if not amount.is_finite():
        raise ValidationError(field, f"{label} must be an amount like 500 or 499.50.")
    if amount < 0:
        raise ValidationError(field, f"{label} cannot be negative.")
    if amount > maximum:
        raise ValidationError(field, f"{label} is too large.")
    if amount.as_tuple().exponent < -2 and amount != amount.quantize(Decimal("0.01")):  # type: ignore[operator]
        raise ValidationError(field, f"{label} can have at most two decimal places (paise).")
    return amount.quantize(Decimal("0.01"))


def like_prefix(text: str) -> str:
    """A LIKE pattern matching ``text`` as a literal prefix (escapes % _ and \\)."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return escaped + "%"


def like_contains(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return "%" + escaped + "%"


def search_text(value: str | None, *, max_length: int = 100) -> str:
    """Normalise a search box string (never raises)."""
    if not value:
        return ""
    value = "".join(ch for ch in str(value) if unicodedata.category(ch)[0] != "C")
    return re.sub(r"\s+", " ", value).strip()[:max_length]


def prefix_filter(column, text: str, *, sqlite: bool):  # type: ignore[no-untyped-def]
    """WHERE clause for "column starts with text" (case-insensitive) that uses the index.

    MySQL uses its index for ``LIKE 'abc%'``.  SQLite does not when an ESCAPE
    clause is present, so there a NOCASE range (``>= text AND < text+U+10FFFF``)
    narrows through the index and the LIKE keeps the match exact.
    """
    from sqlalchemy import and_

    like = column.like(like_prefix(text), escape="\\")
    if not sqlite:
        return like
    return and_(column >= text, column < text + "\U0010ffff", like)


_TYPED_DATE_RE = re.compile(r"^\s*(\d{1,2})\s*[-/. ]\s*(\d{1,2})\s*[-/. ]\s*(\d{4})\s*$")


def parse_typed_date(value: str | None, *, field: str, label: str, required: bool = True) -> date | None:
    """A date typed the Indian way, day first: ``15-08-1985``, ``15/8/1985`` or ``15.08.1985``."""
    text = (value or "").strip()
    if not text:
        if required:
            raise ValidationError(field, f"{label} is required (day-month-year, e.g. 15-08-1985).")
        return None
    match = _TYPED_DATE_RE.match(text)
    if not match:
        raise ValidationError(field, f"{label}: type day-month-year, e.g. 15-08-1985.")
    day, month, year = (int(g) for g in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        raise ValidationError(field, f"{label}: {text} is not a date in the calendar.") from None
