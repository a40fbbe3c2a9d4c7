"""Receipt (Tax Invoice / Bill of Supply) and prescription PDFs, rendered with ReportLab.

Pure: documents in, ``bytes`` out.  No Qt, no database.  The two documents
share the clinic header, the patient/doctor blocks, the styles and the page
footer (the ``_``-prefixed building blocks below, on top of
:mod:`medlink.receipts.layout`).

Text is set in the bundled DejaVu Sans, and text in an Indian script in the
matching Noto Sans face, shaped (:mod:`medlink.receipts.fonts`); both are embedded
as subsets with a ToUnicode map, so the ₹ sign, Latin-extended and Devanagari
names render and every figure and name can be extracted from the PDF as text.

A document is written in its ``language`` (the patient's preferred language):
labels through :func:`medlink.i18n.tr` (context ``"documents"``), dates through
:mod:`medlink.formatting`.  With ``bilingual`` the headings carry English and
Hindi together ("Prescription · पर्चा") for a clinic whose patients read either.
Amounts in words stay in English, the form Indian banks and tax rules expect.

Both documents are laid out natively for their sheet (:class:`PageGeometry`):
A4 by default, or A5 with its own column widths, narrower panels and type at
85 % (``page=A5_PAGE``); nothing is scaled by the printer.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from medlink import formatting
from medlink.errors import ValidationError
from medlink.files import write_atomically
from medlink.i18n import DEFAULT_LANGUAGE, N_, tr
from medlink.receipts.arithmetic import BillComputation
from medlink.receipts.fonts import FONT_BOLD, FONT_REGULAR, register_fonts
from medlink.receipts.layout import (
    A4_PAGE,
    A5_PAGE,
    ACCENT,
    INK,
    MUTED,
    RULE,
    WARN,
    Block,
    Cell,
    Col,
    GridCell,
    Head,
    PageGeometry,
    Picture,
    Rule,
    Span,
    Stack,
    Together,
    build_pdf,
    grid,
    logo_reader,
    text_block,
    wrap_text,
)
from medlink.receipts.money import RUPEE_SIGN, format_inr, format_inr_plain
from medlink.receipts.numbering import validate_receipt_number
from medlink.receipts.words import amount_in_words

__all__ = [
    "A4_PAGE",
    "A5_PAGE",
    "IST",
    "AppointmentInfo",
    "ClinicInfo",
    "DoctorInfo",
    "PageGeometry",
    "PatientInfo",
    "PrescriptionDocument",
    "PrescriptionItem",
    "ReceiptDocument",
    "receipt_file_name",
    "receipt_relative_path",
    "render_prescription_pdf",
    "render_receipt_pdf",
    "render_receipt_to_file",
    "write_pdf_atomically",
]

#: India Standard Time.  A fixed offset (India has no DST) so that no tz
#: database is needed on Windows.
IST = _dt.timezone(_dt.timedelta(hours=5, minutes=30), "IST")

RECEIPT_FOOTER = N_("documents", "This is a computer-generated document and does not require a signature.")
PRESCRIPTION_FOOTER = N_("documents",
                         "Computer-generated prescription. Valid with the doctor's name and registration number.")


# --------------------------------------------------------------------------- documents


@dataclass(frozen=True)
class ClinicInfo:
    name: str
    address: str = ""  # may contain newlines
    phone: str = ""
    email: str = ""
    gstin: str | None = None
    state: str = ""
    website: str = ""
    logo_png: bytes | None = None  # PNG or JPEG bytes


@dataclass(frozen=True)
class PatientInfo:
    name: str
    patient_id: str | int
    phone: str = ""
    email: str = ""
    address: str = ""
    state: str | None = None
    age: int | None = None
    sex: str = ""


@dataclass(frozen=True)
class DoctorInfo:
    name: str
    qualifications: str = ""
    speciality: str = ""
    registration_number: str = ""


@dataclass(frozen=True)
class AppointmentInfo:
    starts_at: _dt.datetime  # aware
    mode: str = "In person"  # "In person" / "Online"


@dataclass(frozen=True)
class ReceiptDocument:
    """Everything printed on a receipt.  ``issued_at`` must be timezone-aware;
    it is shown in ``timezone`` (the clinic's)."""

    clinic: ClinicInfo
    number: str
    issued_at: _dt.datetime
    patient: PatientInfo
    computation: BillComputation
    doctor: DoctorInfo | None = None
    appointment: AppointmentInfo | None = None
    payment_status: str = "Paid"  # "Paid" / "Unpaid"
    payment_method: str | None = None  # "Cash", "UPI", "Card", ...
    notes: str = ""
    timezone: _dt.tzinfo = IST
    language: str = DEFAULT_LANGUAGE  # the patient's preferred language
    bilingual: bool = False  # headings in English and Hindi


@dataclass(frozen=True)
class PrescriptionItem:
    medicine: str
    strength: str = ""
    dose: str = ""
    frequency: str = ""
    duration: str = ""
    instructions: str = ""


@dataclass(frozen=True)
class PrescriptionDocument:
    clinic: ClinicInfo
    doctor: DoctorInfo
    patient: PatientInfo
    issued_at: _dt.datetime
    items: Sequence[PrescriptionItem] = ()
    lab_tests: Sequence[str] = ()
    complaints: str = ""
    diagnosis: str = ""
    advice: str = ""
    follow_up: _dt.date | None = None
    number: str | None = None
    appointment: AppointmentInfo | None = None
    timezone: _dt.tzinfo = IST
    allergies: str = ""  # "Penicillin (rash, severe); Ibuprofen" — printed above the medicines
    language: str = DEFAULT_LANGUAGE  # the patient's preferred language
    bilingual: bool = False  # headings in English and Hindi


# --------------------------------------------------------------------------- sheets


@dataclass(frozen=True)
class _Measures:
    """The horizontal measures of the documents on one sheet (mm unless a width in points)."""

    header_right: float  # contact column of the clinic header
    logo_box: float
    logo_cell: float
    meta_w: float  # number/date column of the title
    party_gap: float
    totals_w: float
    words_pad: float  # gap between "amount in words" and the totals
    sign_w: float
    rx_widths: tuple[float, ...]  # all but the last (instructions) column, which takes the rest
    supply_widths: tuple[int, ...]  # bill of supply grid
    inter_widths: tuple[int, ...]  # IGST grid
    intra_widths: tuple[int, ...]  # CGST + SGST grid


_A4_MEASURES = _Measures(
    header_right=62, logo_box=18, logo_cell=22, meta_w=80, party_gap=6, totals_w=74, words_pad=10, sign_w=70,
    rx_widths=(7, 52, 22, 28, 20),
    supply_widths=(8, 76, 18, 11, 21, 20, 24),
    inter_widths=(7, 50, 15, 9, 17, 14, 20, 10, 17, 19),
    intra_widths=(6, 43, 13, 8, 15, 12, 17, 9, 14, 9, 14, 18),
)
#: A5: 128 mm of content; the figures get the width, the description wraps.
_A5_MEASURES = _Measures(
    header_right=48, logo_box=14, logo_cell=17, meta_w=62, party_gap=4, totals_w=56, words_pad=5, sign_w=54,
    rx_widths=(5, 36, 17, 22, 16),
    supply_widths=(5, 44, 13, 7, 19, 18, 22),
    inter_widths=(5, 33, 11, 6, 13, 11, 14, 7, 13, 15),
    intra_widths=(5, 26, 11, 6, 12, 10, 13, 5, 11, 5, 11, 13),
)


def _measures(page: PageGeometry) -> _Measures:
    return _A5_MEASURES if page.name == A5_PAGE.name else _A4_MEASURES


# --------------------------------------------------------------------------- formatting

#: Values that reach documents from the database or the bill, translated when printed.
_VALUE_LABELS = (
    N_("documents", "Tax Invoice"), N_("documents", "Bill of Supply"), N_("documents", "Invoice-cum-Bill of Supply"),
    N_("documents", "Paid"), N_("documents", "Unpaid"), N_("documents", "In person"), N_("documents", "Online"),
    N_("documents", "Cash"), N_("documents", "UPI"), N_("documents", "Card"), N_("documents", "Net banking"),
    N_("documents", "Insurance"), N_("documents", "Female"), N_("documents", "Male"), N_("documents", "Other"),
    N_("documents", "Prefer not to say"),
)


@dataclass(frozen=True)
class _Words:
    """The document's language: ``t`` for labels, ``h`` for headings (both languages when bilingual)."""

    language: str = DEFAULT_LANGUAGE
    bilingual: bool = False

    def t(self, text: str) -> str:
        return tr("documents", text, language=self.language)

    def h(self, text: str) -> str:
        if not self.bilingual:
            return self.t(text)
        english, hindi = text, tr("documents", text, language="hi")
        return english if hindi == english else f"{english} · {hindi}"


def _words(doc: ReceiptDocument | PrescriptionDocument) -> _Words:
    return _Words(doc.language or DEFAULT_LANGUAGE, doc.bilingual)


def _require_aware(value: _dt.datetime, field_name: str) -> None:
    if not isinstance(value, _dt.datetime) or value.tzinfo is None or value.utcoffset() is None:
        raise ValidationError(field_name, tr("documents", "A date and time on a document must include its time zone."))


def _fmt_date(d: _dt.date, weekday: bool = False, language: str = DEFAULT_LANGUAGE) -> str:
    return formatting.format_date(d, formatting.DATE_WEEKDAY if weekday else formatting.DATE, language=language)


def _fmt_datetime(value: _dt.datetime, tz: _dt.tzinfo, weekday: bool = False,
                  language: str = DEFAULT_LANGUAGE) -> str:
    pattern = f"{formatting.DATE_WEEKDAY if weekday else formatting.DATE}, {formatting.TIME}"
    return formatting.format_datetime(value, pattern, tz=tz, language=language, zone=True)


def _fmt_rate(rate: Decimal) -> str:
    return f"{rate.normalize():f}"


def _s(value: object) -> str:
    """Tolerate ``None`` in optional text fields coming from the database."""
    return "" if value is None else str(value).strip()


def _money(amount: Decimal) -> str:
    return format_inr_plain(amount)


def _label(text: str, before: float = 0.0) -> Span:
    """Small bold accent caption ("BILLED TO")."""
    return Span(text.upper(), FONT_BOLD, 6.8, ACCENT, leading=9.5, before=before)


def _flow_text(text: str, page: PageGeometry, *, size: float = 8.5, color: Any = INK,
               chunk: int = 12) -> list[Flowable]:
    """Free text as a run of small blocks, so that even a very long note can break across pages."""
    width = page.content_w
    lines = wrap_text(text.strip(), FONT_REGULAR, size, width / page.font_scale)  # wrapped as its type is scaled
    return [
        text_block([Span("\n".join(lines[i:i + chunk]), size=size, color=color)], width)
        for i in range(0, len(lines), chunk)
    ]


# --------------------------------------------------------------------------- shared blocks


def _clinic_header(clinic: ClinicInfo, w: _Words, page: PageGeometry) -> list[Flowable]:
    """Logo + clinic name/address on the left, contact/GSTIN on the right, then the accent rule."""
    if not _s(clinic.name):
        raise ValidationError("clinic_name", tr("documents", "The clinic name is missing."))
    left = Stack([
        Span(_s(clinic.name), FONT_BOLD, 17, ACCENT, leading=21),
        Span(_s(clinic.address), size=8, color=MUTED, leading=10.5, before=1),
    ])
    contact = [
        Span(w.t(N_("documents", "Phone {phone}")).format(phone=clinic.phone) if clinic.phone else "", size=8,
             color=MUTED, leading=10.5),
        Span(clinic.email, size=8, color=MUTED, leading=10.5),
        Span(clinic.website, size=8, color=MUTED, leading=10.5),
        Span(f"GSTIN {clinic.gstin}" if clinic.gstin else "", FONT_BOLD, 8, INK, leading=10.5),
    ]
    m = _measures(page)
    right_w = m.header_right * mm
    cells: list[Cell] = []
    if clinic.logo_png:
        try:
            reader = logo_reader(bytes(clinic.logo_png))
        except Exception as exc:
            raise ValidationError("logo", tr("documents", "The clinic logo is not a readable image.")) from exc
        cells.append(Cell(Picture(reader, m.logo_box * mm, m.logo_box * mm), m.logo_cell * mm, valign="middle"))
    left_w = page.content_w - right_w - sum(c.width for c in cells)
    cells.append(Cell(left, left_w, valign="middle"))
    cells.append(Cell(Stack(contact, align="right"), right_w, valign="middle"))
    return [Block(cells), Rule(ACCENT, 1.6, 6, 10)]


def _title_block(title: str, subtitle: str, meta: list[tuple[str, str]], page: PageGeometry) -> Flowable:
    """Big document title on the left; number/date key–value pairs on the right."""
    left = Stack([Span(title, FONT_BOLD, 15, INK, leading=18), Span(subtitle, size=7.5, color=MUTED)])
    right = Stack([
        Span(k, size=7.5, color=MUTED, leading=10.5, value=v, value_font=FONT_BOLD, value_color=INK)
        for k, v in meta
    ])
    meta_w = _measures(page).meta_w * mm
    return Block([Cell(left, page.content_w - meta_w), Cell(right, meta_w)], space_after=9)


def _patient_spans(patient: PatientInfo, w: _Words) -> list[Span]:
    if not _s(patient.name):
        raise ValidationError("patient_name", tr("documents", "The patient's name is missing."))
    facts = [w.t(N_("documents", "Patient ID {id}")).format(id=patient.patient_id)]
    age = w.t(N_("documents", "{age} y")).format(age=patient.age) if patient.age is not None else ""
    age_sex = " / ".join(x for x in (age, w.t(patient.sex) if patient.sex else "") if x)
    if age_sex:
        facts.append(age_sex)
    return [
        Span(_s(patient.name), FONT_BOLD, 10, leading=13, before=2),
        Span("  ·  ".join(facts), size=8, leading=10.8),
        Span("  ·  ".join(x for x in (patient.phone, patient.email) if x), size=8, leading=10.8),
        Span(_s(patient.address), size=8, leading=10.8),
        Span(w.t(N_("documents", "State: {state}")).format(state=patient.state) if patient.state else "", size=8,
             leading=10.8),
    ]


def _doctor_spans(doctor: DoctorInfo, w: _Words) -> list[Span]:
    if not _s(doctor.name):
        raise ValidationError("doctor_name", tr("documents", "The doctor's name is missing."))
    return [
        Span(_s(doctor.name), FONT_BOLD, 10, leading=13, before=2),
        Span(doctor.qualifications, size=8, leading=10.8),
        Span(doctor.speciality, size=8, leading=10.8),
        Span(_reg_no(doctor, w), size=8, leading=10.8),
    ]


def _reg_no(doctor: DoctorInfo, w: _Words) -> str:
    if not doctor.registration_number:
        return ""
    return w.t(N_("documents", "Reg. No. {number}")).format(number=doctor.registration_number)


def _party_blocks(left_label: str, left: list[Span], right_label: str | None,
                  right: list[Span] | None, page: PageGeometry) -> Flowable:
    """Two tinted panels side by side ("Billed to" | "Consulting doctor")."""
    gap = _measures(page).party_gap * mm
    col = (page.content_w - gap) / 2
    pad = (6, 8, 7, 10)
    cells = [Cell(Stack([_label(left_label), *left]), col, panel=True, pad=pad), Cell(None, gap)]
    if right_label and right:
        cells.append(Cell(Stack([_label(right_label), *right]), col, panel=True, pad=pad))
    return Block(cells)


def _appointment_line(appt: AppointmentInfo, tz: _dt.tzinfo, w: _Words, page: PageGeometry) -> Flowable:
    _require_aware(appt.starts_at, "appointment")
    when = _fmt_datetime(appt.starts_at, tz, weekday=True, language=w.language)
    return text_block(
        [Span(f"{when}  ·  {w.t(appt.mode)}", label=w.h(N_("documents", "Appointment")).upper(), label_size=7.5,
              before=7)],
        page.content_w,
        space_after=2,
    )


# --------------------------------------------------------------------------- receipt


def _items_grid(comp: BillComputation, w: _Words, page: PageGeometry) -> Flowable:
    """The itemised table; columns depend on Bill of Supply / intra-state / inter-state."""
    tax, inter = comp.is_tax_invoice, comp.is_inter_state
    R = "right"
    m = _measures(page)
    if not tax:
        widths = list(m.supply_widths)
        names = ["#", w.t(N_("documents", "Description")), "SAC /\nHSN", w.t(N_("documents", "Qty")),
                 w.t(N_("documents", "Rate")), w.t(N_("documents", "Discount")), w.t(N_("documents", "Amount"))]
        head = [Head(n, i, align=R if i >= 3 else "left") for i, n in enumerate(names)]
        head_rows = 1
    else:
        names = ["#", w.t(N_("documents", "Description")), "SAC /\nHSN", w.t(N_("documents", "Qty")),
                 w.t(N_("documents", "Rate")), w.t(N_("documents", "Disc.")), w.t(N_("documents", "Taxable\nvalue"))]
        head = [Head(n, i, r1=1, align=R if i >= 3 else "left") for i, n in enumerate(names)]
        groups = ["IGST"] if inter else ["CGST", "SGST"]
        widths = list(m.inter_widths if inter else m.intra_widths)
        for g, name in enumerate(groups):
            c = 7 + 2 * g
            head += [
                Head(name, c, c + 1, align="center", rule_below=True),
                Head("%", c, r0=1, align=R, font=FONT_REGULAR, size=6.8),
                Head(w.t(N_("documents", "Amount")), c + 1, r0=1, align=R, font=FONT_REGULAR, size=6.8),
            ]
        head.append(Head(w.t(N_("documents", "Total")), len(widths) - 1, r1=1, align=R))
        head_rows = 2
    n = len(widths)
    cols = [Col(w * mm, "right" if i >= 3 else "left", numeric=i >= 3 or i in (0, 2),
                color=MUTED if i in (0, 2) else INK,
                font=FONT_BOLD if i == n - 1 else FONT_REGULAR) for i, w in enumerate(widths)]

    rows: list[list[str]] = []
    for i, ln in enumerate(comp.lines, 1):
        row = [str(i), ln.description, ln.sac_code or "–", str(ln.quantity),
               _money(ln.unit_price), _money(ln.discount)]
        if tax:
            row.append(_money(ln.taxable_value))
            if inter:
                row += [_fmt_rate(ln.igst_rate), _money(ln.igst)]
            else:
                row += [_fmt_rate(ln.cgst_rate), _money(ln.cgst), _fmt_rate(ln.sgst_rate), _money(ln.sgst)]
        row.append(_money(ln.line_total))
        rows.append(row)
    return grid(cols, head, head_rows, rows)


def _totals_spans(comp: BillComputation, w: _Words) -> list[Span]:
    def kv(key: str, value: Decimal | str) -> Span:
        text = value if isinstance(value, str) else format_inr(value)
        return Span(key, size=8.5, color=MUTED, leading=12.5, value=text, value_color=INK)

    spans: list[Span] = []
    if comp.is_tax_invoice:
        spans.append(kv(w.t(N_("documents", "Taxable value")), comp.subtotal_taxable))
        if comp.is_inter_state:
            spans.append(kv("IGST", comp.total_igst))
        else:
            spans += [kv("CGST", comp.total_cgst), kv("SGST", comp.total_sgst)]
    else:
        spans.append(kv(w.t(N_("documents", "Sub-total")), comp.subtotal_taxable))
    if comp.round_off:
        sign = "+" if comp.round_off > 0 else "-"
        spans.append(kv(w.t(N_("documents", "Round off")), f"{sign}{format_inr(abs(comp.round_off))}"))
    spans.append(Span(w.h(N_("documents", "Grand total")), FONT_BOLD, 11.5, INK, leading=15, before=2,
                      value=format_inr(comp.grand_total), rule=ACCENT, rule_width=1.2, rule_gap=5))
    return spans


def _words_and_payment_spans(doc: ReceiptDocument, with_notes: bool, w: _Words) -> list[Span]:
    comp = doc.computation
    status = _s(doc.payment_status) or "Unpaid"
    paid = status.casefold() == "paid"
    method = w.t(doc.payment_method) if doc.payment_method else ""
    if method and not paid:
        method = w.t(N_("documents", "Mode: {method}")).format(method=method)
    elif method:
        method = w.t(N_("documents", "via {method}")).format(method=method)
    spans = [
        _label(w.h(N_("documents", "Amount in words"))),
        Span(amount_in_words(comp.grand_total), size=8.5, before=1),
        _label(w.h(N_("documents", "Payment")), before=7),
        Span(method, label=w.t(status.capitalize()).upper(), label_color=ACCENT if paid else WARN, before=1),
    ]
    if comp.prices_include_gst and comp.is_tax_invoice:
        spans.append(Span(w.t(N_("documents", "Rates are inclusive of GST; the taxable value is derived from them.")),
                          size=7.5, color=MUTED, before=5))
    if with_notes:
        spans += [_label(w.h(N_("documents", "Notes")), before=7), Span(_s(doc.notes), size=8, leading=10.8, before=1)]
    return spans


#: Notes longer than this go below the totals (where they may break across pages).
_INLINE_NOTES_MAX = 400


def render_receipt_pdf(doc: ReceiptDocument, page: PageGeometry = A4_PAGE) -> bytes:
    """Render a receipt as a PDF (``bytes``) on ``page`` (A4, or :data:`A5_PAGE` laid out for A5).

    The title is "Tax Invoice" when any GST is charged and "Bill of Supply"
    otherwise; intra-state bills show CGST + SGST columns, inter-state bills
    an IGST column.  Raises :class:`ValidationError` for an invalid number,
    a naive ``issued_at``, missing names or an unreadable logo.
    """
    register_fonts()
    validate_receipt_number(doc.number)
    _require_aware(doc.issued_at, "issued_at")
    comp = doc.computation
    clinic = doc.clinic
    w = _words(doc)

    story: list[Flowable] = list(_clinic_header(clinic, w, page))
    meta = [(w.t(N_("documents", "Receipt no.")), doc.number),
            (w.t(N_("documents", "Date")), _fmt_datetime(doc.issued_at, doc.timezone, language=w.language))]
    place = doc.patient.state or clinic.state
    if comp.is_tax_invoice and place:
        meta.append((w.t(N_("documents", "Place of supply")), place))
    subtitle = w.t(N_("documents", "Original for recipient"))
    if not comp.is_tax_invoice:
        subtitle += "  ·  " + w.t(N_("documents", "GST not charged (exempt supply)"))
    story.append(_title_block(w.h(comp.document_title), subtitle, meta, page))
    story.append(_party_blocks(
        w.h(N_("documents", "Billed to")), _patient_spans(doc.patient, w),
        w.h(N_("documents", "Consulting doctor")) if doc.doctor else None,
        _doctor_spans(doc.doctor, w) if doc.doctor else None,
        page,
    ))
    if doc.appointment:
        story.append(_appointment_line(doc.appointment, doc.timezone, w, page))
    story += [
        Spacer(1, 9),
        _items_grid(comp, w, page),
        text_block([Span(w.t(N_("documents", "Amounts in Indian Rupees ({sign})")).format(sign=RUPEE_SIGN),
                         size=7, color=MUTED, before=2)], page.content_w, space_after=8),
    ]
    notes = _s(doc.notes)
    inline_notes = bool(notes) and len(notes) <= _INLINE_NOTES_MAX
    m = _measures(page)
    totals_w = m.totals_w * mm
    story.append(Block([
        Cell(Stack(_words_and_payment_spans(doc, inline_notes, w)), page.content_w - totals_w,
             pad=(0, m.words_pad * mm, 0, 0)),
        Cell(Stack(_totals_spans(comp, w)), totals_w),
    ]))
    if notes and not inline_notes:
        story.append(text_block([_label(w.h(N_("documents", "Notes")), before=10)], page.content_w))
        story += _flow_text(notes, page, size=8)

    return build_pdf(
        story,
        title=f"{comp.document_title} {doc.number}",
        author=clinic.name,
        subject=f"{comp.document_title} for {doc.patient.name}",
        footer_left=w.t(RECEIPT_FOOTER),
        footer_right=doc.number,
        page_label=w.t(N_("documents", "Page {page} of {pages}")),
        page=page,
    )


# --------------------------------------------------------------------------- prescription


def _rx_grid(items: Sequence[PrescriptionItem], w: _Words, page: PageGeometry) -> Flowable:
    fixed = _measures(page).rx_widths
    widths = [x * mm for x in fixed] + [page.content_w - sum(fixed) * mm]
    cols = [Col(widths[0], color=MUTED, numeric=True)] + [Col(w) for w in widths[1:]]
    names = ["#", w.t(N_("documents", "Medicine")), w.t(N_("documents", "Dose")), w.t(N_("documents", "Frequency")),
             w.t(N_("documents", "Duration")), w.t(N_("documents", "Instructions"))]
    head = [Head(n, i) for i, n in enumerate(names)]
    rows: list[list[GridCell]] = []
    for i, it in enumerate(items, 1):
        if not _s(it.medicine):
            raise ValidationError(f"items[{i - 1}].medicine",
                                  tr("documents", "Every prescribed item needs a medicine name."))
        medicine = Stack([
            Span(_s(it.medicine), FONT_BOLD, 8, leading=10),
            Span(_s(it.strength), size=7.5, color=MUTED, leading=10),
        ])
        rows.append([str(i), medicine, _s(it.dose), _s(it.frequency), _s(it.duration), _s(it.instructions)])
    return grid(cols, head, 1, rows)


def _section(title: str, text: str, page: PageGeometry) -> list[Flowable]:
    return [text_block([Span(title, FONT_BOLD, 9.5, ACCENT, leading=12, before=8)], page.content_w, space_after=2),
            *_flow_text(text, page)]


def render_prescription_pdf(doc: PrescriptionDocument, page: PageGeometry = A4_PAGE) -> bytes:
    """Render a prescription (same header and styling as the receipt) as PDF bytes on ``page`` (A4 or A5)."""
    register_fonts()
    _require_aware(doc.issued_at, "issued_at")
    w = _words(doc)
    story: list[Flowable] = list(_clinic_header(doc.clinic, w, page))
    meta = []
    if doc.number:
        meta.append((w.t(N_("documents", "Prescription no.")), doc.number))
    meta.append((w.t(N_("documents", "Date")), _fmt_datetime(doc.issued_at, doc.timezone, language=w.language)))
    story.append(_title_block(w.h(N_("documents", "Prescription")), "", meta, page))
    story.append(_party_blocks(w.h(N_("documents", "Patient")), _patient_spans(doc.patient, w),
                               w.h(N_("documents", "Doctor")), _doctor_spans(doc.doctor, w), page))
    if doc.appointment:
        story.append(_appointment_line(doc.appointment, doc.timezone, w, page))

    for title, text in ((N_("documents", "Complaints"), doc.complaints), (N_("documents", "Diagnosis"), doc.diagnosis)):
        if _s(text):
            story += _section(w.h(title), _s(text), page)

    story += _section(w.h(N_("documents", "Allergies")), _s(doc.allergies) or w.t(N_("documents", "None recorded")),
                      page)
    cw = page.content_w
    story.append(text_block([Span("℞", FONT_BOLD, 20, ACCENT, leading=24, before=8)], cw, space_after=3))
    if doc.items:
        story.append(_rx_grid(doc.items, w, page))
    else:
        story.append(text_block([Span(w.t(N_("documents", "No medicines prescribed.")), size=8, color=MUTED)], cw))

    tests = [_s(t) for t in doc.lab_tests if _s(t)]
    if tests:
        story.append(text_block([Span(w.h(N_("documents", "Lab tests advised")), FONT_BOLD, 9.5, ACCENT, leading=12,
                                      before=10)], cw, space_after=2))
        story += [text_block([Span(t, label="•", label_color=INK)], cw) for t in tests]
    if _s(doc.advice):
        story += _section(w.h(N_("documents", "Advice")), doc.advice, page)
    if doc.follow_up:
        story += _section(w.h(N_("documents", "Follow-up")), _fmt_date(doc.follow_up, weekday=True,
                                                                        language=w.language), page)

    d = doc.doctor
    sign = Stack([
        Span(_s(d.name), FONT_BOLD, 9.5, leading=12.5, before=16 * mm, rule=RULE, rule_width=0.6),
        Span(d.qualifications, size=8, color=MUTED, leading=10.5),
        Span(d.speciality, size=8, color=MUTED, leading=10.5),
        Span(_reg_no(d, w), size=8, color=MUTED, leading=10.5),
    ], align="right")
    sign_w = _measures(page).sign_w * mm
    # The signature never stands alone at the top of a page: it keeps the last section with it.
    story[-2:] = [Together([*story[-2:], Block([Cell(None, cw - sign_w), Cell(sign, sign_w)])])]

    return build_pdf(
        story,
        title=f"Prescription for {doc.patient.name}",
        author=d.name,
        subject=f"Prescription — {doc.clinic.name}",
        footer_left=w.t(PRESCRIPTION_FOOTER),
        footer_right=doc.number or "",
        page_label=w.t(N_("documents", "Page {page} of {pages}")),
        page=page,
    )


# --------------------------------------------------------------------------- files

_SAFE_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")


def receipt_file_name(number: str) -> str:
    """``"ML/26-27/000123"`` -> ``"ML_26-27_000123.pdf"``."""
    validate_receipt_number(number)
    return number.replace("/", "_") + ".pdf"


def receipt_relative_path(patient_id: str | int, number: str) -> Path:
    """``<patient-id>/receipts/<number with '/' → '_'>.pdf``, relative to the records root.

    Both parts are validated so the result can never escape the patient's folder.
    """
    pid = str(patient_id)
    if isinstance(patient_id, bool) or not _SAFE_ID.fullmatch(pid):
        raise ValidationError("patient_id", tr("documents", "A patient ID may contain only letters, digits, '-' and "
                                                            "'_'."))
    return Path(pid) / "receipts" / receipt_file_name(number)


def write_pdf_atomically(data: bytes, target: Path) -> Path:
    """Write ``data`` to ``target`` so that readers see either the old file or the complete new one.

    A temporary file in the same directory is written, flushed and fsynced,
    then moved over ``target`` with :func:`os.replace`; the directory is
    fsynced afterwards (POSIX).  On any error the temporary file is removed
    and the exception propagates.  Missing parent directories are created.
    Returns ``target``.
    """
    if not isinstance(data, bytes | bytearray | memoryview):
        raise TypeError("write_pdf_atomically expects bytes")
    return write_atomically(target, bytes(data))


def render_receipt_to_file(doc: ReceiptDocument, target: Path) -> Path:
    """Render and atomically write a receipt; nothing is created if rendering fails."""
    return write_pdf_atomically(render_receipt_pdf(doc), target)

