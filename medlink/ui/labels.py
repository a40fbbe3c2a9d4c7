"""How statuses and modes read and look in every window (one place, not one per window)."""

from __future__ import annotations

STATUS_LABELS = {
    "booked": "Booked",
    "checked_in": "Checked in",
    "completed": "Completed",
    "cancelled": "Cancelled",
    "no_show": "No-show",
    "paid": "Paid",
    "unpaid": "Unpaid",
    "void": "Void",
}
STATUS_COLOURS = {
    "booked": "#1D4ED8",
    "checked_in": "#0F766E",
    "completed": "#15803D",
    "cancelled": "#9CA3AF",
    "no_show": "#B45309",
    "paid": "#15803D",
    "unpaid": "#B45309",
    "void": "#9CA3AF",
}
MODE_LABELS = {"in_person": "In person", "online": "Online"}


def status_label(status: str) -> str:
    return STATUS_LABELS.get(status, status.replace("_", " ").capitalize())
