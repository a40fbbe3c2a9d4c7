"""Receipts and prescriptions laid out for an A5 sheet: page size, every figure, nothing outside or overlapping.

The word boxes come from poppler's ``pdftotext -bbox`` (what a reader or a printer
driver sees); the text is read back with pypdf as in ``test_pdf.py``.
"""

from __future__ import annotations

import dataclasses
import html
import io
import re
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A5

from medlink.receipts.arithmetic import BillLineInput, LineCategory, TaxSettings, compute_bill
from medlink.receipts.layout import A4_PAGE, A5_PAGE, PageGeometry
from medlink.receipts.money import format_inr, format_inr_plain
from medlink.receipts.pdf import render_prescription_pdf, render_receipt_pdf
from medlink.receipts.sample import build_sample_prescription, build_sample_receipt
from medlink.receipts.words import amount_in_words
from tests.receipts.conftest import pdf_text

D = Decimal
_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>')
_PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', re.S)


@dataclasses.dataclass(frozen=True)
class Word:
    x0: float
    y0: float
    x1: float
    y1: float
    text: str


def _mediaboxes(data: bytes) -> list[tuple[float, float]]:
    return [(float(p.mediabox.width), float(p.mediabox.height)) for p in PdfReader(io.BytesIO(data)).pages]


def _words(data: bytes, tmp_path: Path) -> list[tuple[float, float, list[Word]]]:
    """Every page's size and its words' boxes (points, origin top left)."""
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils (pdftotext) is not installed")
    pdf = tmp_path / "doc.pdf"
    pdf.write_bytes(data)
    out = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    pages = []
    for width, height, body in _PAGE.findall(out):
        words = [Word(float(a), float(b), float(c), float(d), html.unescape(t)) for a, b, c, d, t in _WORD.findall(body)]
        pages.append((float(width), float(height), words))
    return pages


def _assert_fits(data: bytes, tmp_path: Path, page: PageGeometry = A5_PAGE) -> list[Word]:
    """Every word inside the sheet's margins, and no two words on one line overlap; returns all words."""
    pages = _words(data, tmp_path)
    assert pages
    every: list[Word] = []
    for width, height, words in pages:
        assert (width, height) == pytest.approx(page.size, abs=0.1)
        assert words
        for w in words:
            assert page.margin_x - 1 <= w.x0 < w.x1 <= width - page.margin_x + 1, w
            assert 0 < w.y0 < w.y1 < height, w
        for a in words:
            for b in words:
                if a is b or a.x0 > b.x0:
                    continue
                overlap_y = min(a.y1, b.y1) - max(a.y0, b.y0)
                if overlap_y > 0.5 * min(a.y1 - a.y0, b.y1 - b.y0):  # the same line
                    assert a.x1 <= b.x0 + 0.3, (a, b)  # left to right without running into each other
        every += words
    return every


def test_a5_geometry() -> None:
    assert A5_PAGE.size == A5 and A5_PAGE.size == pytest.approx((419.53, 595.28), abs=0.01)
    assert A5_PAGE.content_w == pytest.approx(A5[0] - 2 * A5_PAGE.margin_x)
    assert A5_PAGE.font_scale < 1.0 and A4_PAGE.font_scale == 1.0
    with pytest.raises(dataclasses.FrozenInstanceError):
        A5_PAGE.width = 1  # type: ignore[misc]


def test_a5_receipt_with_discounts_and_cgst_sgst_fits_the_sheet(tmp_path: Path) -> None:
    doc = build_sample_receipt()  # five lines, a discount, CGST + SGST, a 0 % line and round-off
    comp = doc.computation
    assert len(comp.lines) >= 5 and any(ln.discount for ln in comp.lines) and comp.total_cgst and comp.total_sgst
    data = render_receipt_pdf(doc, A5_PAGE)
    assert [tuple(round(v, 1) for v in box) for box in _mediaboxes(data)] == [(419.5, 595.3)]
    text = pdf_text(data)
    flat = " ".join(text.split())
    assert "Ananya Krishnan" in text and doc.number in text and "Dr. Meera Nair" in text
    assert "CGST" in text and "SGST" in text and "IGST" not in text
    for ln in comp.lines:
        for figure in (ln.unit_price, ln.discount, ln.taxable_value, ln.cgst, ln.sgst, ln.line_total):
            assert format_inr_plain(figure) in text, figure
    for total in (comp.subtotal_taxable, comp.total_cgst, comp.total_sgst, comp.grand_total):
        assert format_inr(total) in text, total
    assert "-₹0.30" in text
    assert amount_in_words(comp.grand_total) in flat
    assert "This is a computer-generated document and does not require a signature." in flat
    assert "Page 1 of 1" in text
    words = _assert_fits(data, tmp_path)
    # the figures are set at a readable size, not shrunk to nothing: the grand total is as wide as its text
    grand = [w for w in words if w.text == format_inr(comp.grand_total)]
    assert grand and grand[0].y1 - grand[0].y0 > 9
    line_totals = [w for w in words if w.text == format_inr_plain(comp.lines[0].line_total)]
    assert line_totals and min(w.y1 - w.y0 for w in line_totals) > 5.5


def test_a5_inter_state_receipt_fits_with_igst_columns(tmp_path: Path) -> None:
    doc = build_sample_receipt(patient_state="Maharashtra")
    data = render_receipt_pdf(doc, A5_PAGE)
    text = pdf_text(data)
    assert "IGST" in text and "CGST" not in text
    for ln in doc.computation.lines:
        assert format_inr_plain(ln.igst) in text and format_inr_plain(ln.line_total) in text
    _assert_fits(data, tmp_path)


def test_a5_bill_of_supply_and_large_amounts_fit(tmp_path: Path) -> None:
    lines = [BillLineInput(LineCategory.LAB_TEST, "Full body health check package", 3,
                           unit_price=D("45999.00"), discount=D("1500.00")),
             BillLineInput(LineCategory.CONSULTATION, "Consultation", unit_price=D("1200.00"))]
    comp = compute_bill(lines, TaxSettings(clinic_state="Karnataka", rates={c: D(0) for c in LineCategory}), "Karnataka")
    assert not comp.is_tax_invoice
    data = render_receipt_pdf(dataclasses.replace(build_sample_receipt(), computation=comp), A5_PAGE)
    text = pdf_text(data)
    assert "Bill of Supply" in text and format_inr(comp.grand_total) in text
    for ln in comp.lines:
        assert format_inr_plain(ln.line_total) in text
    _assert_fits(data, tmp_path)


def test_a5_receipt_over_several_pages_repeats_the_header(tmp_path: Path) -> None:
    lines = [BillLineInput(LineCategory.MEDICATION, f"Medicine {i:02d} — a long descriptive name that wraps",
                           2, unit_price=D("123.45"), discount=D("5.00")) for i in range(30)]
    comp = compute_bill(lines, TaxSettings(clinic_state="Karnataka"), None)
    data = render_receipt_pdf(dataclasses.replace(build_sample_receipt(), computation=comp), A5_PAGE)
    boxes = _mediaboxes(data)
    assert len(boxes) >= 2 and boxes == [pytest.approx(A5)] * len(boxes)
    text = pdf_text(data)
    assert text.count("Taxable") >= len(boxes)  # grid header on every page (+ the totals)
    for i in range(30):
        assert f"Medicine {i:02d}" in text
    assert format_inr(comp.grand_total) in text and f"Page {len(boxes)} of {len(boxes)}" in text
    _assert_fits(data, tmp_path)


def test_a5_prescription_fits_and_keeps_the_signature_with_the_last_section(tmp_path: Path) -> None:
    doc = build_sample_prescription()
    data = render_prescription_pdf(doc, A5_PAGE)
    boxes = _mediaboxes(data)
    assert {tuple(round(v, 1) for v in box) for box in boxes} == {(419.5, 595.3)}
    text = pdf_text(data)
    assert "Ananya Krishnan" in text and "Prescription" in text and "Reg. No. KMC 74521" in text
    for item in doc.items:
        assert item.medicine in text and item.duration in text
    for test in doc.lab_tests:
        assert test in text
    assert "Follow-up" in text and "Computer-generated prescription." in text
    _assert_fits(data, tmp_path)
    last_page = PdfReader(io.BytesIO(data)).pages[-1].extract_text()
    assert "Dr. Meera Nair" in last_page and "Follow-up" in last_page  # the signature never stands alone


def test_a4_stays_the_default_layout() -> None:
    data = render_receipt_pdf(build_sample_receipt())
    assert _mediaboxes(data) == [pytest.approx(A4_PAGE.size)]
    a5 = render_receipt_pdf(build_sample_receipt(), A5_PAGE)
    assert data != a5 and pdf_text(data).count("Ananya Krishnan") == pdf_text(a5).count("Ananya Krishnan") == 1


def test_a5_documents_in_hindi_with_bilingual_headings_fit(tmp_path: Path) -> None:
    receipt = dataclasses.replace(build_sample_receipt(), language="hi", bilingual=True)
    data = render_receipt_pdf(receipt, A5_PAGE)
    assert "₹2,097.00" in pdf_text(data) and "Rupees Two Thousand Ninety-Seven Only" in " ".join(pdf_text(data).split())
    _assert_fits(data, tmp_path)
    rx = render_prescription_pdf(dataclasses.replace(build_sample_prescription(), language="hi", bilingual=True),
                                 A5_PAGE)
    assert "Prescription · पर्चा" in pdf_text(rx)
    _assert_fits(rx, tmp_path)
