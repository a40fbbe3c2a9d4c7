"""Indian scripts on documents: shaped with HarfBuzz in Noto Sans, and extractable exactly as typed."""

from __future__ import annotations

import dataclasses
import datetime as _dt

import pytest
from pypdf import PdfReader

from medlink.receipts.flowsheet import FlowsheetCell, FlowsheetDocument, render_flowsheet_pdf
from medlink.receipts.fonts import FONT_BOLD, FONT_REGULAR, runs, text_width
from medlink.receipts.layout import wrap_text
from medlink.receipts.pdf import IST, render_prescription_pdf, render_receipt_pdf
from medlink.receipts.sample import build_sample_prescription, build_sample_receipt
from medlink.receipts.slip import (
    AppointmentSlip,
    lab_order_from_prescription,
    render_appointment_slip_pdf,
    render_lab_order_pdf,
    render_receipt_roll_pdf,
)
from medlink.vocabulary import PaperSize
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


def test_documents_in_the_patients_language_and_bilingual_headings() -> None:
    receipt = dataclasses.replace(_with_patient(build_sample_receipt(), NAME), language="hi")
    text = pdf_text(render_receipt_pdf(receipt))
    assert NAME in text.splitlines()
    # pypdf's layout guess puts a space after a vowel sign drawn below its letter ("कु ल"): the text
    # in the PDF has none (poppler's pdftotext reads "कुल योग"), so the labels are compared without spaces.
    squeezed = text.replace(" ", "")
    for label in ("रसीद सं.", "बिल प्राप्तकर्ता", "कुल योग", "राशि शब्दों में", "पृष्ठ 1 / 1", "अप्रैल 2026"):
        assert label.replace(" ", "") in squeezed, label
    assert "Rupees Two Thousand Ninety-Seven Only" in text  # amounts in words stay as banks expect them
    assert "₹2,097.00" in text
    rx = dataclasses.replace(build_sample_prescription(), bilingual=True)
    text = pdf_text(render_prescription_pdf(rx))
    assert "Prescription · पर्चा" in text and "Diagnosis · निदान" in text
    assert "Date" in text and "तारीख" not in text  # only headings are doubled; labels stay in the language


# --- the slips, the roll receipt, the lab order and the flowsheet --------------------------------------------------


def _squeezed(pdf: bytes) -> str:
    # pypdf's layout guess may put a space after a vowel sign drawn below its letter: compare labels without spaces.
    return pdf_text(pdf).replace(" ", "")


def _slip(name: str, **kw):  # type: ignore[no-untyped-def]
    rx = build_sample_prescription()
    return AppointmentSlip(clinic=rx.clinic, patient_name=name, patient_id="P000042", doctor=rx.doctor,
                           starts_at=_dt.datetime(2026, 12, 3, 10, 30, tzinfo=IST), token=7, status="Checked in", **kw)


def _flowsheet(name: str, **kw):  # type: ignore[no-untyped-def]
    return FlowsheetDocument(
        clinic_name="Sunrise Family Clinic", patient_name=name, patient_number="P000042",
        printed_at=_dt.datetime(2026, 12, 2, 9, 0, tzinfo=IST), columns=["Blood pressure (mmHg)"],
        targets=["90–140 / 60–90"], rows=[("01 Dec 2026", [FlowsheetCell("168/96 (08:10)", True)])],
        allergies="Penicillin", **kw)


def test_slip_roll_receipt_lab_order_and_flowsheet_extract_a_devanagari_name_exactly() -> None:
    pdfs = {
        "slip": render_appointment_slip_pdf(_slip(NAME)),
        "slip A5": render_appointment_slip_pdf(_slip(NAME), PaperSize.A5),
        "roll": render_receipt_roll_pdf(_with_patient(build_sample_receipt(), NAME)),
        "lab order": render_lab_order_pdf(lab_order_from_prescription(_with_patient(build_sample_prescription(), NAME))),
        "flowsheet": render_flowsheet_pdf(_flowsheet(NAME)),
    }
    for what, pdf in pdfs.items():
        text = pdf_text(pdf)
        assert NAME in text, what
        assert "\ue000" not in text and "\ufffd" not in text, what  # no glyph reads as a private-use or unknown code
    # The flowsheet's name is set in the Devanagari face (before, DejaVu had no glyph for it: empty boxes).
    assert b"NotoSansDevanagari" in pdfs["flowsheet"]


def test_slips_and_the_flowsheet_speak_the_patients_language() -> None:
    slip = _squeezed(render_appointment_slip_pdf(_slip(NAME, language="hi")))
    for label in ("अपॉइंटमेंट पर्ची", "टोकन", "कब", "तरीक़ा", "स्थिति", "चेक-इन हो गया", "व्यक्तिगत रूप से", "मरीज़",
                  "दिस॰ 2026", "पंजीकरण सं."):
        assert label.replace(" ", "") in slip, label
    assert "Appointment slip" not in slip and "When" not in slip
    roll = _squeezed(render_receipt_roll_pdf(dataclasses.replace(_with_patient(build_sample_receipt(), NAME),
                                                                 language="hi")))
    for label in ("बीजक-सह-आपूर्ति का बिल", "रसीद सं.", "तारीख", "कुल योग", "भुगतान हुआ", "UPI से", "अप्रैल 2026"):
        assert label.replace(" ", "") in roll, label
    assert "Grandtotal" not in roll and "RupeesTwoThousandNinety-SevenOnly" in roll  # amounts in words stay English
    order = _squeezed(render_lab_order_pdf(lab_order_from_prescription(
        dataclasses.replace(_with_patient(build_sample_prescription(), NAME), language="hi"))))
    for label in ("लैब जाँच पर्ची", "माँगी गई जाँचें", "पर्चा सं.", "उम्र / लिंग", "अनुमानित निदान"):
        assert label.replace(" ", "") in order, label
    assert "Testsrequested" not in order
    sheet = _squeezed(render_flowsheet_pdf(_flowsheet(NAME, language="hi")))
    for label in ("रीडिंग तालिका", "एलर्जी", "लक्ष्य", "तारीख", "पृष्ठ 1 / 1", "दिस॰ 2026"):
        assert label.replace(" ", "") in sheet, label
    assert "Flowsheet" not in sheet and "Target" not in sheet


def test_slips_and_the_flowsheet_carry_bilingual_headings() -> None:
    slip = pdf_text(render_appointment_slip_pdf(_slip(NAME, bilingual=True)))
    assert "Appointment slip · अपॉइंटमेंट पर्ची" in slip and "Token · टोकन" in slip
    assert "When" in slip and "कब" not in slip  # only headings are doubled; labels stay in the language
    order = pdf_text(render_lab_order_pdf(lab_order_from_prescription(
        dataclasses.replace(build_sample_prescription(), bilingual=True))))
    assert "Lab order · लैब जाँच पर्ची" in order
    roll = _squeezed(render_receipt_roll_pdf(dataclasses.replace(build_sample_receipt(), bilingual=True)))
    assert "Grandtotal·कुलयोग" in roll
    assert "Flowsheet · रीडिंग तालिका" in pdf_text(render_flowsheet_pdf(_flowsheet("Meena Pillai", bilingual=True)))


@pytest.mark.parametrize("name", ["கார்த்திக் சுப்பிரமணியம்", "সৌমিত্র চট্টোপাধ্যায়"], ids=["Tamil", "Bengali"])
def test_tamil_and_bengali_names_extract_from_a_receipt(name: str) -> None:
    receipt = _with_patient(build_sample_receipt(), name)
    for pdf in (render_receipt_pdf(receipt), render_receipt_roll_pdf(receipt)):
        assert name in pdf_text(pdf)


def test_punctuation_the_script_face_lacks_is_drawn_in_dejavu() -> None:
    # Noto Sans Devanagari has no "·": inside a Hindi line it is set in DejaVu (not an empty box) and reads back.
    text = "विज़िट: सोम 13 अप्रैल 2026, 10:30 · व्यक्तिगत रूप से"
    faces = [(r.face, str(r.text)) for r in runs(text, FONT_REGULAR, 8)]
    assert (FONT_REGULAR, "·") in faces
    assert "·" in pdf_text(render_receipt_roll_pdf(dataclasses.replace(build_sample_receipt(), language="hi")))
