"""Receipt / prescription PDFs: read back with pypdf and check every figure."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from medlink.errors import ValidationError
from medlink.receipts.arithmetic import BillLineInput, LineCategory, TaxSettings, compute_bill
from medlink.receipts.fonts import unsupported_characters
from medlink.receipts.money import format_inr, format_inr_plain
from medlink.receipts.pdf import (
    IST,
    PatientInfo,
    ReceiptDocument,
    receipt_relative_path,
    render_prescription_pdf,
    render_receipt_pdf,
    render_receipt_to_file,
    write_pdf_atomically,
)
from medlink.receipts.sample import build_sample_receipt, sample_lines
from medlink.receipts.words import amount_in_words
from tests.receipts.conftest import pdf_page_count, pdf_text

D = Decimal


def _squash(text: str) -> str:
    return " ".join(text.split())


def test_intra_state_receipt_shows_every_figure(sample_receipt: ReceiptDocument) -> None:
    data = render_receipt_pdf(sample_receipt)
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    text = pdf_text(data)
    flat = _squash(text)
    comp = sample_receipt.computation
    # the sample mixes taxable lines with a 0 % line: one invoice-cum-bill of supply (CGST Rules, rule 46A)
    assert "Invoice-cum-Bill of Supply" in text
    assert sample_receipt.number in text
    assert "Sunrise Family Clinic" in text and "GSTIN 29AABFM1234K1ZC" in text
    assert "Ananya Krishnan" in text and "P-000482" in text
    assert "Dr. Meera Nair" in text and "KMC 74521" in text
    assert "13 Apr 2026, 10:42 AM IST" in text  # 05:12 UTC shown in IST
    assert "Mon, 13 Apr 2026, 10:30 AM IST" in text and "In person" in text
    assert "CGST" in text and "SGST" in text and "IGST" not in text
    for ln in comp.lines:
        assert ln.description.split()[0] in text
        for figure in (ln.unit_price, ln.discount, ln.taxable_value, ln.cgst, ln.sgst, ln.line_total):
            assert format_inr_plain(figure) in text, figure
    for total in (comp.subtotal_taxable, comp.total_cgst, comp.total_sgst, comp.grand_total):
        assert format_inr(total) in text, total
    assert "Round off" in text and "-₹0.30" in text
    assert "₹2,097.00" in text
    assert amount_in_words(comp.grand_total) in flat
    assert "PAID" in text and "UPI" in text
    assert "Lab reports will be shared" in text
    assert "This is a computer-generated document and does not require a signature." in text
    assert "Page 1 of 1" in text


def test_inter_state_receipt_has_igst_columns() -> None:
    doc = build_sample_receipt(patient_state="Kerala")
    comp = doc.computation
    assert comp.is_inter_state
    text = pdf_text(render_receipt_pdf(doc))
    assert "IGST" in text and "CGST" not in text and "SGST" not in text
    assert "Place of supply" in text and "Kerala" in text
    for ln in comp.lines:
        assert format_inr_plain(ln.igst) in text
    assert format_inr(comp.total_igst) in text
    assert format_inr(comp.grand_total) in text


def test_bill_of_supply_when_no_tax() -> None:
    settings = TaxSettings(clinic_state="Karnataka", rates={c: D(0) for c in LineCategory})
    doc = build_sample_receipt(settings=settings)
    text = pdf_text(render_receipt_pdf(doc))
    assert "Bill of Supply" in text and "Tax Invoice" not in text
    assert "CGST" not in text and "IGST" not in text
    assert "₹1,785.00" in text
    assert "Rupees One Thousand Seven Hundred Eighty-Five Only" in _squash(text)


def test_inclusive_prices_note_and_figures() -> None:
    settings = TaxSettings(clinic_state="Karnataka", prices_include_gst=True)
    doc = build_sample_receipt(settings=settings)
    text = pdf_text(render_receipt_pdf(doc))
    assert "inclusive of GST" in text
    assert format_inr(doc.computation.grand_total) in text
    assert doc.computation.grand_total == D("1785.00")  # the gross entered is the gross billed


def test_unicode_names_and_rupee_sign_extract() -> None:
    doc = build_sample_receipt()
    doc = dataclasses.replace(doc, patient=dataclasses.replace(doc.patient, name="Jürgen Åström & Sons <x>"))
    text = pdf_text(render_receipt_pdf(doc))
    assert "Jürgen Åström & Sons <x>" in text
    assert "₹" in text


def test_only_scripts_without_a_bundled_face_are_unsupported() -> None:
    # DejaVu Sans for Latin/Greek/Cyrillic, Noto Sans for the Indian scripts; nothing for Han.
    assert unsupported_characters("श्रेया கார்த்திக் ಕನ್ನಡ କାର୍ତ୍ତିକ") == set()
    assert unsupported_characters("Jürgen Åström ₹ Ελλάδα Москва") == set()
    assert unsupported_characters("王芳") == {"王", "芳"}


def test_unpaid_and_no_doctor_no_appointment() -> None:
    doc = dataclasses.replace(build_sample_receipt(), doctor=None, appointment=None, payment_status="Unpaid",
                              payment_method=None, notes="")
    text = pdf_text(render_receipt_pdf(doc))
    assert "UNPAID" in text
    assert "CONSULTING DOCTOR" not in text and "APPOINTMENT" not in text


def test_many_lines_span_pages_with_repeated_header() -> None:
    lines = [BillLineInput(LineCategory.MEDICATION, f"Medicine {i:02d} — a long descriptive name that wraps",
                           2, unit_price=D("123.45")) for i in range(60)]
    comp = compute_bill(lines, TaxSettings(clinic_state="Karnataka"), None)
    doc = dataclasses.replace(build_sample_receipt(), computation=comp, notes="Note. " * 800)
    data = render_receipt_pdf(doc)
    pages = pdf_page_count(data)
    assert pages >= 3
    text = pdf_text(data)
    assert f"Page {pages} of {pages}" in text
    assert text.count("Taxable") >= pages - 1  # header repeated on continuation pages
    for i in range(60):
        assert f"Medicine {i:02d}" in text
    assert format_inr(comp.grand_total) in text


def test_huge_amounts_still_render() -> None:
    lines = [BillLineInput(LineCategory.LAB_TEST, "Package", 1000, unit_price=D("9999.99"))]
    comp = compute_bill(lines, TaxSettings(clinic_state="Karnataka", round_off_to_rupee=True), None)
    text = pdf_text(render_receipt_pdf(dataclasses.replace(build_sample_receipt(), computation=comp)))
    assert format_inr_plain(comp.lines[0].line_total) in text
    assert format_inr(comp.grand_total) in text


def test_logo_is_optional_and_bad_logo_is_a_validation_error() -> None:
    doc = build_sample_receipt(with_logo=False)
    assert "Sunrise" in pdf_text(render_receipt_pdf(doc))
    bad = dataclasses.replace(doc, clinic=dataclasses.replace(doc.clinic, logo_png=b"not an image"))
    with pytest.raises(ValidationError) as info:
        render_receipt_pdf(bad)
    assert info.value.field == "logo"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"number": "ML 26-27 1"}, "receipt_number"),
        ({"number": "ML/26-27/0000000001"}, "receipt_number"),
        ({"issued_at": dt.datetime(2026, 4, 13, 10, 0)}, "issued_at"),
        ({"patient": PatientInfo(name=" ", patient_id="P1")}, "patient_name"),
    ],
)
def test_render_validation(change: dict, field: str) -> None:
    with pytest.raises(ValidationError) as info:
        render_receipt_pdf(dataclasses.replace(build_sample_receipt(), **change))
    assert info.value.field == field


def test_none_in_optional_db_fields_is_tolerated() -> None:
    doc = build_sample_receipt()
    doc = dataclasses.replace(
        doc,
        clinic=dataclasses.replace(doc.clinic, address=None, phone=None, gstin=None),  # type: ignore[arg-type]
        patient=dataclasses.replace(doc.patient, address=None, email=None, state=None),  # type: ignore[arg-type]
        notes=None,  # type: ignore[arg-type]
    )
    assert "Ananya" in pdf_text(render_receipt_pdf(doc))


def test_timezone_is_respected() -> None:
    utc = dt.timezone.utc
    doc = dataclasses.replace(build_sample_receipt(), issued_at=dt.datetime(2026, 3, 31, 20, 0, tzinfo=utc))
    assert "01 Apr 2026, 1:30 AM IST" in pdf_text(render_receipt_pdf(doc))
    doc = dataclasses.replace(doc, timezone=utc)
    assert "31 Mar 2026, 8:00 PM UTC" in pdf_text(render_receipt_pdf(doc))


def test_prescription_pdf(sample_prescription) -> None:
    data = render_prescription_pdf(sample_prescription)
    text = pdf_text(data)
    flat = _squash(text)
    assert "Prescription" in text and "RX/26-27/000087" in text
    assert "Sunrise Family Clinic" in text
    assert "Ananya Krishnan" in text and "34 y / F" in text
    for item in sample_prescription.items:
        for value in (item.medicine, item.strength, item.dose, item.duration):
            assert value in flat
    assert "Complete blood count (CBC)" in text and "Dengue NS1" in text
    assert "Sat, 18 Apr 2026" in text
    assert "Acute viral upper respiratory tract infection." in flat
    assert text.count("Reg. No. KMC 74521") == 2  # doctor block + signature
    assert "℞" in text


def test_prescription_with_db_style_number_and_empty_items(sample_prescription) -> None:
    doc = dataclasses.replace(sample_prescription, number="RX-000123", items=(), lab_tests=(), advice="",
                              follow_up=None, appointment=None)
    text = pdf_text(render_prescription_pdf(doc))
    assert "RX-000123" in text and "No medicines prescribed." in text


# --------------------------------------------------------------------------- files


def test_receipt_relative_path() -> None:
    assert receipt_relative_path(42, "ML/26-27/000123") == Path("42/receipts/ML_26-27_000123.pdf")
    assert receipt_relative_path("P-7", "ML/26-27/000001") == Path("P-7/receipts/ML_26-27_000001.pdf")
    for bad_pid in ("../x", "a/b", "", True):
        with pytest.raises(ValidationError):
            receipt_relative_path(bad_pid, "ML/26-27/000123")  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        receipt_relative_path(1, "../../etc/passwd")


def test_write_pdf_atomically(tmp_path: Path) -> None:
    target = tmp_path / "1" / "receipts" / "ML_26-27_000001.pdf"
    assert write_pdf_atomically(b"%PDF-first", target) == target
    write_pdf_atomically(b"%PDF-second", target)
    assert target.read_bytes() == b"%PDF-second"
    assert sorted(p.name for p in target.parent.iterdir()) == [target.name]


def test_atomic_write_failure_leaves_old_file_and_no_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "r.pdf"
    target.write_bytes(b"old")

    def boom(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", boom)
    with pytest.raises(OSError):
        write_pdf_atomically(b"new", target)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["r.pdf"]


def test_render_failure_creates_nothing(tmp_path: Path) -> None:
    target = tmp_path / "9" / "receipts" / "x.pdf"
    bad = dataclasses.replace(build_sample_receipt(), issued_at=dt.datetime(2026, 1, 1))  # naive
    with pytest.raises(ValidationError):
        render_receipt_to_file(bad, target)
    assert not target.exists()
    assert not any(tmp_path.rglob("*"))  # not even the folder or a temp file
    render_receipt_to_file(build_sample_receipt(), target)
    assert target.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in target.parent.iterdir()] == ["x.pdf"]


def test_receipts_package_never_imports_qt() -> None:
    code = (
        "import sys, medlink.receipts.pdf, medlink.receipts.sample, medlink.receipts.arithmetic\n"
        "from medlink.receipts.sample import build_sample_receipt\n"
        "from medlink.receipts.pdf import render_receipt_pdf\n"
        "render_receipt_pdf(build_sample_receipt())\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_sample_lines_are_realistic() -> None:
    assert len(sample_lines()) == 5
    assert IST.utcoffset(None) == dt.timedelta(hours=5, minutes=30)
