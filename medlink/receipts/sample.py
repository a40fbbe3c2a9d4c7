"""Realistic sample documents for the benchmark, screenshots and manual checks.

Run ``python -m medlink.receipts.sample OUT_DIR`` to write ``receipt_sample.pdf``
and ``prescription_sample.pdf`` (A4) and ``receipt_a5.pdf`` and ``prescription_a5.pdf``.
"""

from __future__ import annotations

import datetime as _dt
import functools
import io
import sys
from decimal import Decimal
from pathlib import Path

from medlink.receipts.arithmetic import BillLineInput, LineCategory, TaxSettings, compute_bill
from medlink.receipts.pdf import (
    A5_PAGE,
    IST,
    AppointmentInfo,
    ClinicInfo,
    DoctorInfo,
    PatientInfo,
    PrescriptionDocument,
    PrescriptionItem,
    ReceiptDocument,
    render_prescription_pdf,
    render_receipt_pdf,
    write_pdf_atomically,
)

__all__ = [
    "build_sample_prescription",
    "build_sample_receipt",
    "sample_clinic",
    "sample_doctor",
    "sample_lines",
    "sample_logo_png",
    "sample_patient",
]


@functools.cache
def sample_logo_png() -> bytes:
    """A small teal "medical cross" logo drawn with Pillow (no binary assets needed)."""
    from PIL import Image, ImageDraw

    size = 192
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(img)
    draw.rounded_rectangle((0, 0, size - 1, size - 1), radius=44, fill=(15, 118, 110, 255))
    arm, length = 40, 124
    c = size // 2
    draw.rounded_rectangle((c - arm // 2, c - length // 2, c + arm // 2, c + length // 2), radius=8,
                           fill=(255, 255, 255, 255))
    draw.rounded_rectangle((c - length // 2, c - arm // 2, c + length // 2, c + arm // 2), radius=8,
                           fill=(255, 255, 255, 255))
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=True)
    return buf.getvalue()


def sample_clinic(with_logo: bool = True) -> ClinicInfo:
    return ClinicInfo(
        name="Sunrise Family Clinic",
        address="12, 4th Cross, Indiranagar 2nd Stage\nBengaluru 560038, Karnataka",
        phone="+91 80 4123 5678",
        email="care@sunriseclinic.in",
        gstin="29AABFM1234K1ZC",
        state="Karnataka",
        logo_png=sample_logo_png() if with_logo else None,
    )


def sample_patient(state: str | None = "Karnataka") -> PatientInfo:
    return PatientInfo(
        name="Ananya Krishnan",
        patient_id="P-000482",
        phone="+91 98450 12345",
        email="ananya.k@example.in",
        address="Flat 3B, Lakeview Apartments, HSR Layout\nBengaluru 560102",
        state=state,
        age=34,
        sex="F",
    )


def sample_doctor() -> DoctorInfo:
    return DoctorInfo(
        name="Dr. Meera Nair",
        qualifications="MBBS, MD (General Medicine)",
        speciality="Consultant Physician",
        registration_number="KMC 74521",
    )


def sample_lines() -> list[BillLineInput]:
    return [
        BillLineInput(LineCategory.CONSULTATION, "General physician consultation", unit_price=Decimal("600.00")),
        BillLineInput(LineCategory.LAB_TEST, "Complete blood count (CBC)", unit_price=Decimal("350.00")),
        BillLineInput(LineCategory.LAB_TEST, "Lipid profile", unit_price=Decimal("800.00"),
                      discount=Decimal("80.00")),
        BillLineInput(LineCategory.MEDICATION, "Paracetamol 650 mg (strip of 15)", 2,
                      unit_price=Decimal("32.50")),
        BillLineInput(LineCategory.EXTRA_CHARGE, "Registration & records fee", unit_price=Decimal("50.00")),
    ]


def build_sample_receipt(
    *, patient_state: str | None = "Karnataka", with_logo: bool = True, settings: TaxSettings | None = None
) -> ReceiptDocument:
    settings = settings or TaxSettings(clinic_state="Karnataka", round_off_to_rupee=True)
    computation = compute_bill(sample_lines(), settings, patient_state)
    return ReceiptDocument(
        clinic=sample_clinic(with_logo),
        number="ML/26-27/000123",
        issued_at=_dt.datetime(2026, 4, 13, 5, 12, tzinfo=_dt.UTC),
        patient=sample_patient(patient_state),
        doctor=sample_doctor(),
        appointment=AppointmentInfo(_dt.datetime(2026, 4, 13, 10, 30, tzinfo=IST), "In person"),
        computation=computation,
        payment_status="Paid",
        payment_method="UPI",
        notes="Lab reports will be shared on e-mail within 24 hours.",
    )


def build_sample_prescription(*, with_logo: bool = True) -> PrescriptionDocument:
    return PrescriptionDocument(
        clinic=sample_clinic(with_logo),
        doctor=sample_doctor(),
        patient=sample_patient(),
        issued_at=_dt.datetime(2026, 4, 13, 5, 25, tzinfo=_dt.UTC),
        number="RX/26-27/000087",
        appointment=AppointmentInfo(_dt.datetime(2026, 4, 13, 10, 30, tzinfo=IST), "In person"),
        complaints="Fever and body ache for 3 days, mild sore throat.",
        diagnosis="Acute viral upper respiratory tract infection.",
        items=(
            PrescriptionItem("Paracetamol", "650 mg tablet", "1 tablet", "Three times a day (1-1-1)",
                             "3 days", "After food; only if temperature above 100 °F"),
            PrescriptionItem("Cetirizine", "10 mg tablet", "1 tablet", "Once at night (0-0-1)", "5 days",
                             "May cause drowsiness"),
            PrescriptionItem("Povidone-iodine gargle", "2% w/v", "10 ml in warm water", "Twice a day",
                             "5 days", "Do not swallow"),
        ),
        lab_tests=("Complete blood count (CBC)", "Dengue NS1 antigen (if fever persists)"),
        advice="Plenty of oral fluids, rest, steam inhalation twice a day.",
        follow_up=_dt.date(2026, 4, 18),
    )


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0] if args else ".")
    write_pdf_atomically(render_receipt_pdf(build_sample_receipt()), out / "receipt_sample.pdf")
    write_pdf_atomically(
        render_receipt_pdf(build_sample_receipt(patient_state="Kerala")), out / "receipt_sample_inter.pdf"
    )
    write_pdf_atomically(render_prescription_pdf(build_sample_prescription()), out / "prescription_sample.pdf")
    write_pdf_atomically(render_receipt_pdf(build_sample_receipt(), A5_PAGE), out / "receipt_a5.pdf")
    write_pdf_atomically(render_prescription_pdf(build_sample_prescription(), A5_PAGE), out / "prescription_a5.pdf")
    print(f"Wrote samples to {out.resolve()}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
