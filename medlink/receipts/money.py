"""Money helpers for receipts: re-exported from :mod:`medlink.money` (the one place for them)."""

from __future__ import annotations

from medlink.money import (
    PAISA,
    RUPEE,
    RUPEE_SIGN,
    as_money,
    format_inr,
    format_inr_plain,
    from_paise,
    round_paise,
    to_paise,
)

__all__ = [
    "PAISA",
    "RUPEE",
    "RUPEE_SIGN",
    "as_money",
    "format_inr",
    "format_inr_plain",
    "from_paise",
    "round_paise",
    "to_paise",
]
