"""Receipt numbers: ``<prefix>/<financial year>/<sequence>``, e.g. ``ML/26-27/000123``.

Pure string helpers; the sequence itself is allocated by the database layer.

GST rule 46(b) requires an invoice serial number that is unique within a
financial year, at most 16 characters long, and made only of letters, digits,
hyphen ``-`` and slash ``/``.  :func:`format_receipt_number` enforces exactly
that, so a number that formats successfully is always legal to print.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

from medlink.errors import ValidationError
from medlink.i18n import tr

__all__ = [
    "MAX_RECEIPT_NUMBER_LENGTH",
    "ReceiptNumber",
    "financial_year_label",
    "financial_year_start",
    "format_receipt_number",
    "parse_receipt_number",
    "validate_receipt_number",
]

MAX_RECEIPT_NUMBER_LENGTH = 16
SEQUENCE_WIDTH = 6

_ALLOWED = re.compile(r"[A-Za-z0-9/-]+")
_PREFIX = re.compile(r"[A-Za-z0-9-]+")
_FY = re.compile(r"(\d{2})-(\d{2})")


@dataclass(frozen=True, slots=True)
class ReceiptNumber:
    """The three parts of a receipt number."""

    prefix: str
    fy_label: str
    seq: int

    def __str__(self) -> str:
        return format_receipt_number(self.prefix, self.fy_label, self.seq)


def financial_year_start(day: _dt.date) -> int:
    """Calendar year in which the Indian financial year (April–March) of ``day`` starts."""
    return day.year if day.month >= 4 else day.year - 1


def financial_year_label(day: _dt.date) -> str:
    """``date(2026, 4, 1)`` -> ``"26-27"``; ``date(2027, 3, 31)`` -> ``"26-27"``.

    Accepts a ``date`` or a ``datetime`` (convert aware datetimes to the
    clinic's time zone first: the label follows the clinic's calendar).
    """
    start = financial_year_start(day)
    return f"{start % 100:02d}-{(start + 1) % 100:02d}"


def _check_fy_label(fy_label: str) -> None:
    m = _FY.fullmatch(fy_label)
    if not m or (int(m.group(1)) + 1) % 100 != int(m.group(2)):
        raise ValidationError(
            "receipt_number", tr("numbering", "'{fy_label}' is not a financial year label like '26-27'.").format(fy_label=fy_label)
        )


def validate_receipt_number(number: str) -> str:
    """Check the GST character/length rule only; returns ``number`` unchanged."""
    if not isinstance(number, str) or not number:
        raise ValidationError("receipt_number", tr("numbering", "The receipt number is empty."))
    if len(number) > MAX_RECEIPT_NUMBER_LENGTH:
        raise ValidationError(
            "receipt_number",
            tr("numbering", "The receipt number '{number}' is longer than {MAX_RECEIPT_NUMBER_LENGTH} characters.").format(number=number, MAX_RECEIPT_NUMBER_LENGTH=MAX_RECEIPT_NUMBER_LENGTH),
        )
    if not _ALLOWED.fullmatch(number):
        raise ValidationError(
            "receipt_number",
            tr("numbering", "A receipt number may contain only letters, digits, '-' and '/'."),
        )
    return number


def format_receipt_number(prefix: str, fy_label: str, seq: int) -> str:
    """``("ML", "26-27", 123)`` -> ``"ML/26-27/000123"``.

    The sequence is zero-padded to six digits (wider if it ever needs to be).
    Raises :class:`ValidationError` when the prefix has characters other than
    ASCII letters, digits and ``-``, the year label is malformed, the sequence
    is not a positive integer, or the result would exceed 16 characters.
    """
    if not isinstance(prefix, str) or not _PREFIX.fullmatch(prefix) or not prefix.isascii():
        raise ValidationError(
            "receipt_prefix", tr("numbering", "The receipt prefix may contain only letters, digits and '-'.")
        )
    _check_fy_label(fy_label)
    if isinstance(seq, bool) or not isinstance(seq, int) or seq < 1:
        raise ValidationError("receipt_number", tr("numbering", "The receipt sequence must be a positive whole number."))
    number = f"{prefix}/{fy_label}/{seq:0{SEQUENCE_WIDTH}d}"
    return validate_receipt_number(number)


def parse_receipt_number(number: str) -> ReceiptNumber:
    """Inverse of :func:`format_receipt_number`; raises :class:`ValidationError` if malformed."""
    validate_receipt_number(number)
    if not number.isascii():
        raise ValidationError("receipt_number", tr("numbering", "A receipt number may contain only ASCII characters."))
    parts = number.split("/")
    if len(parts) != 3 or not parts[2].isdigit():
        raise ValidationError(
            "receipt_number", tr("numbering", "'{number}' is not a receipt number like 'ML/26-27/000123'.").format(number=number)
        )
    prefix, fy_label, seq_text = parts
    if not _PREFIX.fullmatch(prefix):
        raise ValidationError("receipt_number", tr("numbering", "'{number}' has an invalid prefix.").format(number=number))
    _check_fy_label(fy_label)
    seq = int(seq_text)
    if seq < 1:
        raise ValidationError("receipt_number", tr("numbering", "'{number}' has a zero sequence number.").format(number=number))
    return ReceiptNumber(prefix, fy_label, seq)
