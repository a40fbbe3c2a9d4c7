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

#: medlink.validation.GENDERS and medlink.services.families.RELATIONSHIPS as shown (stored values stay English).
GENDER_LABELS = LabelTable("Labels", {
    "Female": N_("Labels", "Female"), "Male": N_("Labels", "Male"), "Other": N_("Labels", "Other"),
    "Prefer not to say": N_("Labels", "Prefer not to say"),
})
RELATIONSHIP_LABELS = LabelTable("Labels", {
    "Child": N_("Labels", "Child"), "Parent": N_("Labels", "Parent"), "Spouse": N_("Labels", "Spouse"),
    "Sibling": N_("Labels", "Sibling"), "Grandparent": N_("Labels", "Grandparent"),
    "Grandchild": N_("Labels", "Grandchild"), "Other family member": N_("Labels", "Other family member"),
})
ROLE_LABELS = LabelTable("Labels", {"patient": N_("Labels", "Patient"), "doctor": N_("Labels", "Doctor"),
                                    "staff": N_("Labels", "Front desk"), "admin": N_("Labels", "Administrator")})
#: medlink.services.billing.PAYMENT_METHODS as shown (the stored value stays English, as on the receipt).
PAYMENT_METHOD_LABELS = LabelTable("Labels", {
    "Cash": N_("Labels", "Cash"), "UPI": N_("Labels", "UPI"), "Card": N_("Labels", "Card"),
    "Net banking": N_("Labels", "Net banking"), "Insurance": N_("Labels", "Insurance"),
})
#: medlink.vocabulary.RecordType as shown.
RECORD_TYPE_LABELS = LabelTable("Labels", {
    "lab_report": N_("Labels", "Lab report"), "prescription": N_("Labels", "Prescription"),
    "imaging": N_("Labels", "Imaging"), "discharge_summary": N_("Labels", "Discharge summary"),
    "other": N_("Labels", "Other"),
})


def payment_method_label(method: str | None) -> str:
    """A bill's payment method in the windows' language ("—" when none)."""
    return PAYMENT_METHOD_LABELS.get(method, method) if method else "—"


def record_type_label(record_type: str) -> str:
    return RECORD_TYPE_LABELS.get(record_type, record_type.replace("_", " ").capitalize())
#: medlink.services.doctors.SPECIALITIES as shown (a doctor's stored speciality stays English).
SPECIALITY_LABELS = LabelTable("Labels", {
    "General Physician": N_("Labels", "General Physician"), "Cardiologist": N_("Labels", "Cardiologist"),
    "Dermatologist": N_("Labels", "Dermatologist"), "Neurologist": N_("Labels", "Neurologist"),
    "Orthopaedist": N_("Labels", "Orthopaedist"), "Gastroenterologist": N_("Labels", "Gastroenterologist"),
    "Pulmonologist": N_("Labels", "Pulmonologist"), "Endocrinologist": N_("Labels", "Endocrinologist"),
    "ENT": N_("Labels", "ENT"), "Ophthalmologist": N_("Labels", "Ophthalmologist"),
    "Psychiatrist": N_("Labels", "Psychiatrist"), "Gynaecologist": N_("Labels", "Gynaecologist"),
    "Paediatrician": N_("Labels", "Paediatrician"), "Urologist": N_("Labels", "Urologist"),
    "Dentist": N_("Labels", "Dentist"),
})


def speciality_label(speciality: str | None) -> str:
    return SPECIALITY_LABELS.get(speciality, speciality) if speciality else ""
#: The receipt's title (medlink.receipts.arithmetic: "Tax Invoice" / "Bill of Supply", CGST Rules 46 and 49).
DOCUMENT_TITLE_LABELS = LabelTable("Labels", {
    "Tax Invoice": N_("Labels", "Tax Invoice"), "Bill of Supply": N_("Labels", "Bill of Supply"),
    "Invoice-cum-Bill of Supply": N_("Labels", "Invoice-cum-Bill of Supply"),
})
