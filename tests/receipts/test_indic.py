"""Indian scripts on documents: shaped with HarfBuzz in Noto Sans, and extractable exactly as typed."""

from __future__ import annotations

import dataclasses

import pytest
from pypdf import PdfReader

from medlink.receipts.fonts import FONT_BOLD, FONT_REGULAR, runs, text_width
from medlink.receipts.layout import wrap_text
from medlink.receipts.pdf import render_prescription_pdf, render_receipt_pdf
from medlink.receipts.sample import build_sample_prescription, build_sample_receipt
from medlink.receipts.slip import lab_order_from_prescription, render_lab_order_pdf, render_receipt_roll_pdf
from tests.receipts.conftest import pdf_text

NAME = "अनीता शर्मा"

SAMPLES = {
    "Devanagari": "कार्‍यालय श्रीमती",  # with a zero-width joiner (Marathi eyelash ra)
    "Bengali": "বাংলা ভাষা",
    "Gurmukhi": "ਪੰਜਾਬੀ ਭਾਸ਼ਾ",
    "Gujarati": "ગુજરાતી ભાષા",
    "Tamil": "தமிழ் நாடு",
    "Telugu": "తెలుగు భాష",
    "Kannada": "ಕನ್ನಡ ಭಾಷೆ",
    "Malayalam": "മലയാളം ഭാഷ",
    "Odia": "କଟକ ସହର",
}


def _with_patient(doc, name: str):  # type: ignore[no-untyped-def]
    return dataclasses.replace(doc, patient=dataclasses.replace(doc.patient, name=name))


def test_receipt_and_prescription_extract_a_devanagari_name_exactly() -> None:
    receipt = render_receipt_pdf(_with_patient(build_sample_receipt(), NAME))
    prescription = render_prescription_pdf(_with_patient(build_sample_prescription(), NAME))
    for pdf in (receipt, prescription):
        assert NAME in pdf_text(pdf).splitlines()
        fonts = {str(f) for page in PdfReader(__import__("io").BytesIO(pdf)).pages
                 for f in page["/Resources"]["/Font"].values()}
        assert fonts  # the page names its fonts
    assert b"NotoSansDevanagari-Bold" in receipt  # the name is bold: the bold Devanagari face is embedded


def test_roll_receipt_and_lab_order_extract_the_name() -> None:
    assert NAME in pdf_text(render_receipt_roll_pdf(_with_patient(build_sample_receipt(), NAME)))
    order = lab_order_from_prescription(_with_patient(build_sample_prescription(), NAME))
    assert NAME in pdf_text(render_lab_order_pdf(order))


@pytest.mark.parametrize("script", sorted(SAMPLES))
def test_every_major_indian_script_reads_back_as_typed(script: str) -> None:
    text = SAMPLES[script]
    doc = dataclasses.replace(build_sample_prescription(), advice=text)
    assert text in pdf_text(render_prescription_pdf(doc))


def test_text_is_shaped_not_drawn_letter_by_letter() -> None:
    # "र्मा": the reph (र्) is drawn after म and ा, as one glyph; "क्ष" is one conjunct glyph.
    (run,) = runs("शर्मा", FONT_REGULAR, 10)
    assert run.face.startswith("MedLinkSansDevanagari")
    assert len(run.text) < len("शर्मा")  # fewer glyphs than characters: ligated
    assert text_width("क्ष", FONT_REGULAR, 10) < text_width("क", FONT_REGULAR, 10) + text_width("ष", FONT_REGULAR, 10)
    # Latin stays in DejaVu, Devanagari goes to Noto, bold follows the text around it.
    faces = [r.face for r in runs("Dr. अनीता", FONT_BOLD, 10)]
    assert faces == [FONT_BOLD, "MedLinkSansDevanagari-Bold"]


def test_devanagari_wraps_within_the_width_and_keeps_every_character() -> None:
    text = " ".join(["स्वास्थ्य केंद्र में आपका स्वागत है"] * 6)
    lines = wrap_text(text, FONT_REGULAR, 9, 120)
    assert len(lines) > 3
    assert all(text_width(line, FONT_REGULAR, 9) <= 120 for line in lines)
    assert " ".join(lines) == text
