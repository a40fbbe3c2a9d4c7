"""How statuses and modes read and look in every window (one place, not one per window)."""

from __future__ import annotations

from medlink.i18n import N_
from medlink.ui.i18n import LabelTable

STATUS_LABELS = LabelTable("Labels", {
    "booked": N_("Labels", "Booked"),
    "checked_in": N_("Labels", "Checked in"),
    "completed": N_("Labels", "Completed"),
    "cancelled": N_("Labels", "Cancelled"),
    "no_show": N_("Labels", "No-show"),
    "paid": N_("Labels", "Paid"),
    "unpaid": N_("Labels", "Unpaid"),
    "void": N_("Labels", "Void"),
})
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
MODE_LABELS = LabelTable("Labels", {"in_person": N_("Labels", "In person"), "online": N_("Labels", "Online")})


def status_label(status: str) -> str:
    return STATUS_LABELS.get(status, status.replace("_", " ").capitalize())
