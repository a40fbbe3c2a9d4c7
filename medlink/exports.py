"""CSV files MedLink writes — every one goes through :func:`write_csv`.

Cells are neutralised against spreadsheet formula injection (OWASP "CSV
injection"): a cell that begins with ``=``, ``+``, ``-``, ``@``, a tab or a
carriage return — text a patient typed as their name, a cancel reason, or an
e-mail address typed at the sign-in screen — gets a leading apostrophe, so
Excel, LibreOffice and Google Sheets show it as text instead of running it.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    """One cell as text that no spreadsheet will evaluate."""
    text = "" if value is None else str(value)
    if text.startswith(FORMULA_PREFIXES):
        return "'" + text
    return text


def safe_row(row: Iterable[object]) -> list[str]:
    return [safe_cell(v) for v in row]


def write_csv(path: Path, header: Sequence[object], rows: Iterable[Sequence[object]]) -> None:
    """UTF-8 with BOM (so spreadsheet programs show ₹ and Indian names correctly), every cell neutralised."""
    with open(path, "w", newline="", encoding="utf-8-sig") as fh:
        writer = csv.writer(fh)
        writer.writerow(safe_row(header))
        writer.writerows(safe_row(r) for r in rows)
