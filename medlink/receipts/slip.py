"""Printable slips: the narrow 80 mm roll layout and the short documents a front desk prints.

Receipt and slip printers take 80 mm paper from a roll, so a roll page is 80 mm
wide and exactly as tall as its content.  The same line-by-line renderer also
lays an appointment slip or a lab order out on an A4 or A5 sheet.

Like the A4 receipt and prescription, every slip is written in its ``language`` (the
patient's preferred language): labels through :func:`medlink.i18n.tr` (context
``"documents"``), dates through :mod:`medlink.formatting`, and with ``bilingual`` the
headings in English and Hindi together ("Lab order · लैब जाँच पर्ची").  Amounts in words stay
in English.

Pure: documents in, PDF ``bytes`` out.  No Qt, no database.
"""

from __future__ import annotations

import datetime as _dt
import io
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from medlink import formatting
from medlink.i18n import DEFAULT_LANGUAGE, N_
from medlink.receipts.fonts import FONT_BOLD, FONT_REGULAR, register_fonts, text_width
from medlink.receipts.layout import ACCENT, INK, MUTED, RULE, TextWriter, wrap_text
from medlink.receipts.money import format_inr
from medlink.receipts.pdf import (
    IST,
    ClinicInfo,
    DoctorInfo,
    PatientInfo,
    PrescriptionDocument,
    ReceiptDocument,
    _Words,
)
from medlink.receipts.words import amount_in_words
from medlink.vocabulary import PaperSize

__all__ = [
    "ROLL_WIDTH",
    "AppointmentSlip",
    "LabOrderDocument",
    "lab_order_from_prescription",
    "render_appointment_slip_pdf",
    "render_lab_order_pdf",
    "render_receipt_roll_pdf",
]

#: Width of receipt/slip printer paper.
ROLL_WIDTH = 80 * mm
_ROLL_MARGIN = 4 * mm
_SHEET_MARGIN = 15 * mm

#: Appointment statuses as a slip shows them (``"checked_in"`` → "Checked in"), translated when printed.
_STATUS_LABELS = (
    N_("documents", "Booked"), N_("documents", "Checked in"), N_("documents", "Completed"),
    N_("documents", "Cancelled"), N_("documents", "No show"),
)

@dataclass(frozen=True)
class AppointmentSlip:
    """What an appointment slip shows: who, with whom, when and the waiting-room token."""

    clinic: ClinicInfo
    patient_name: str
    patient_id: str
    doctor: DoctorInfo
    starts_at: _dt.datetime  # aware
    mode: str = "In person"
    token: int | None = None
    status: str = "Booked"
    timezone: _dt.tzinfo = IST
    language: str = DEFAULT_LANGUAGE  # the patient's preferred language
    bilingual: bool = False  # headings in English and Hindi


@dataclass(frozen=True)
class LabOrderDocument:
    """A lab order (investigation request) written by a doctor."""

    clinic: ClinicInfo
    doctor: DoctorInfo
    patient: PatientInfo
    issued_at: _dt.datetime  # aware
    tests: Sequence[str]
    diagnosis: str = ""
    number: str | None = None
    timezone: _dt.tzinfo = IST
    language: str = DEFAULT_LANGUAGE  # the patient's preferred language
    bilingual: bool = False  # headings in English and Hindi


@dataclass(frozen=True)
class _Line:
    text: str
    size: float = 8.5
    bold: bool = False
    align: str = "left"  # left / center / right
    color: object = INK
    value: str = ""  # printed right-aligned on the same line
    space_before: float = 0.0
    rule: bool = False  # a thin rule instead of text


def _when(value: _dt.datetime, tz: _dt.tzinfo, language: str | None = None) -> str:
    return formatting.format_datetime(value, "EEE dd MMM y, HH:mm", tz=tz, language=language or DEFAULT_LANGUAGE)


def _words(doc: ReceiptDocument | AppointmentSlip | LabOrderDocument) -> _Words:
    return _Words(doc.language or DEFAULT_LANGUAGE, doc.bilingual)


def _page(paper: PaperSize) -> tuple[float, float | None, float]:
    """(width, fixed height or None for a content-high roll, margin)."""
    if paper is PaperSize.ROLL_80MM:
        return ROLL_WIDTH, None, _ROLL_MARGIN
    width, height = A5 if paper is PaperSize.A5 else A4
    return width, height, _SHEET_MARGIN


def _scale(paper: PaperSize) -> float:
    return {PaperSize.ROLL_80MM: 1.0, PaperSize.A5: 1.25, PaperSize.A4: 1.5}[paper]


def _render(lines: Sequence[_Line], paper: PaperSize, *, title: str, author: str) -> bytes:
    """Set ``lines`` top to bottom (wrapped to the page width); a roll page is as tall as its content."""
    register_fonts()
    width, fixed_height, margin = _page(paper)
    scale = _scale(paper)
    content_w = width - 2 * margin
    laid: list[tuple[_Line, list[str], float]] = []
    total = 0.0
    for line in lines:
        size = line.size * scale
        leading = size * 1.3
        if line.rule:
            laid.append((line, [], leading * 0.6))
            total += line.space_before * scale + leading * 0.6
            continue
        font = FONT_BOLD if line.bold else FONT_REGULAR
        avail = content_w
        if line.value:
            avail = max(content_w - text_width(line.value, font, size) - 3 * mm, content_w * 0.4)
        wrapped = wrap_text(line.text, font, size, avail) or [""]
        laid.append((line, wrapped, leading))
        total += line.space_before * scale + leading * len(wrapped)
    height = fixed_height if fixed_height is not None else total + 2 * margin
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=(width, height), pageCompression=1)
    canvas.setTitle(title)
    canvas.setAuthor(author)
    canvas.setCreator("MedLink")
    y = height - margin
    writer = TextWriter(canvas)
    for line, wrapped, leading in laid:
        y -= line.space_before * scale
        if line.rule:
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(0.6)
            canvas.line(margin, y - leading / 2, width - margin, y - leading / 2)
            y -= leading
            continue
        size = line.size * scale
        font = FONT_BOLD if line.bold else FONT_REGULAR
        color = line.color
        for index, text in enumerate(wrapped):
            if fixed_height is not None and y - leading < margin:
                writer.finish()
                canvas.showPage()
                writer = TextWriter(canvas)
                y = height - margin
            baseline = y - size
            # Through the text writer: shaped, in the right face for each script.
            if line.align == "center":
                writer.put(width / 2, baseline, text, font, size, color, "center")  # type: ignore[arg-type]
            elif line.align == "right":
                writer.put(width - margin, baseline, text, font, size, color, "right")  # type: ignore[arg-type]
            else:
                writer.put(margin, baseline, text, font, size, color)  # type: ignore[arg-type]
            if line.value and index == 0:
                writer.put(width - margin, baseline, line.value, font, size, color, "right")  # type: ignore[arg-type]
            y -= leading
    writer.finish()
    canvas.showPage()
    canvas.save()
    return buf.getvalue()


def _clinic_lines(clinic: ClinicInfo) -> list[_Line]:
    lines = [_Line(clinic.name, 11, bold=True, align="center", color=ACCENT)]
    for part in (clinic.address or "").splitlines():
        if part.strip():
            lines.append(_Line(part.strip(), 7.5, align="center", color=MUTED))
    contact = "  ·  ".join(p for p in (clinic.phone, clinic.email) if p)
    if contact:
        lines.append(_Line(contact, 7.5, align="center", color=MUTED))
    if clinic.gstin:
        lines.append(_Line(f"GSTIN {clinic.gstin}", 7.5, align="center", color=MUTED))
    lines.append(_Line("", rule=True))
    return lines


def _doctor_lines(doctor: DoctorInfo, w: _Words) -> list[_Line]:
    lines = [_Line(doctor.name, 9, bold=True)]
    detail = ", ".join(p for p in (doctor.qualifications, doctor.speciality) if p)
    if detail:
        lines.append(_Line(detail, 7.5, color=MUTED))
    if doctor.registration_number:
        lines.append(_Line(w.t(N_("documents", "Reg. No. {number}")).format(number=doctor.registration_number),
                           7.5, color=MUTED))
    return lines


def render_receipt_roll_pdf(doc: ReceiptDocument) -> bytes:
    """The receipt on 80 mm roll paper: one page, as tall as its content, every figure of the A4 receipt."""
    comp = doc.computation
    w = _words(doc)
    lang = w.language
    lines = _clinic_lines(doc.clinic)
    lines += [
        _Line(w.h(comp.document_title), 10, bold=True, align="center"),
        _Line(w.t(N_("documents", "Receipt no.")), 8, color=MUTED, value=doc.number, space_before=3),
        _Line(w.t(N_("documents", "Date")), 8, color=MUTED, value=_when(doc.issued_at, doc.timezone, lang)),
        _Line(w.t(N_("documents", "Patient")), 8, color=MUTED, value=f"{doc.patient.name} ({doc.patient.patient_id})"),
    ]
    if doc.patient.state and comp.is_tax_invoice:
        lines.append(_Line(w.t(N_("documents", "Place of supply")), 8, color=MUTED, value=doc.patient.state))
    if doc.doctor:
        lines.append(_Line("", rule=True))
        lines += _doctor_lines(doc.doctor, w)
    if doc.appointment:
        lines.append(_Line(w.t(N_("documents", "Visit: {when} · {mode}")).format(
            when=_when(doc.appointment.starts_at, doc.timezone, lang), mode=w.t(doc.appointment.mode)),
            7.5, color=MUTED))
    lines.append(_Line("", rule=True))
    for line in comp.lines:
        lines.append(_Line(line.description, 8.5, value=format_inr(line.line_total), space_before=1))
        detail = f"{line.quantity} × {format_inr(line.unit_price)}"
        if line.discount:
            detail += f" − {format_inr(line.discount)}"
        if comp.is_tax_invoice:
            detail += f" · GST {line.gst_rate.normalize():f} %" if line.gst_rate else \
                " · " + w.t(N_("documents", "exempt"))
        if line.sac_code:
            detail += f" · SAC {line.sac_code}"
        lines.append(_Line(detail, 7, color=MUTED))
    lines.append(_Line("", rule=True))
    if comp.is_tax_invoice:
        lines.append(_Line(w.t(N_("documents", "Taxable value")), 8.5, value=format_inr(comp.subtotal_taxable)))
        if comp.is_inter_state:
            lines.append(_Line("IGST", 8.5, value=format_inr(comp.total_igst)))
        else:
            lines += [_Line("CGST", 8.5, value=format_inr(comp.total_cgst)),
                      _Line("SGST", 8.5, value=format_inr(comp.total_sgst))]
    else:
        lines.append(_Line(w.t(N_("documents", "Sub-total")), 8.5, value=format_inr(comp.subtotal_taxable)))
    if comp.round_off:
        sign = "+" if comp.round_off > 0 else "-"
        lines.append(_Line(w.t(N_("documents", "Round off")), 8.5, value=f"{sign}{format_inr(abs(comp.round_off))}"))
    lines += [
        _Line(w.h(N_("documents", "Grand total")), 11, bold=True, value=format_inr(comp.grand_total), space_before=2),
        _Line(amount_in_words(comp.grand_total), 7.5, color=MUTED),
    ]
    status = (doc.payment_status or "Unpaid").strip().capitalize()
    paid = status == "Paid"
    shown = w.t(status).upper()
    if doc.payment_method and paid:
        shown = w.t(N_("documents", "{status} via {method}")).format(status=shown, method=w.t(doc.payment_method))
    lines.append(_Line(shown, 9, bold=True, space_before=3))
    if doc.notes:
        lines.append(_Line(doc.notes, 7.5))
    lines += [_Line("", rule=True),
              _Line(w.t(N_("documents", "Computer-generated document; no signature required.")), 6.5, align="center",
                    color=MUTED)]
    return _render(lines, PaperSize.ROLL_80MM, title=f"{w.t(comp.document_title)} {doc.number}",
                   author=doc.clinic.name)


def render_appointment_slip_pdf(slip: AppointmentSlip, paper: PaperSize = PaperSize.ROLL_80MM) -> bytes:
    """An appointment slip: token number (large), doctor, time, patient."""
    w = _words(slip)
    lines = _clinic_lines(slip.clinic)
    lines.append(_Line(w.h(N_("documents", "Appointment slip")), 10, bold=True, align="center"))
    if slip.token is not None:
        lines += [_Line(w.h(N_("documents", "Token")), 9, align="center", color=MUTED, space_before=4),
                  _Line(str(slip.token), 36, bold=True, align="center", color=ACCENT),
                  _Line(w.t(N_("documents", "Please wait until your token is shown on the screen.")), 7.5,
                        align="center", color=MUTED)]
    lines.append(_Line("", rule=True))
    lines += _doctor_lines(slip.doctor, w)
    lines += [
        _Line(w.t(N_("documents", "When")), 8.5, color=MUTED, value=_when(slip.starts_at, slip.timezone, w.language),
              space_before=3),
        _Line(w.t(N_("documents", "Mode")), 8.5, color=MUTED, value=w.t(slip.mode)),
        _Line(w.t(N_("documents", "Status")), 8.5, color=MUTED, value=w.t(slip.status)),
        _Line(w.t(N_("documents", "Patient")), 8.5, color=MUTED, value=f"{slip.patient_name} ({slip.patient_id})"),
        _Line("", rule=True),
        _Line(w.t(N_("documents", "Please bring this slip and any earlier reports.")), 6.5, align="center",
              color=MUTED),
    ]
    title = w.t(N_("documents", "Appointment slip — {name}")).format(name=slip.patient_name)
    return _render(lines, paper, title=title, author=slip.clinic.name)


def lab_order_from_prescription(doc: PrescriptionDocument) -> LabOrderDocument:
    return LabOrderDocument(clinic=doc.clinic, doctor=doc.doctor, patient=doc.patient, issued_at=doc.issued_at,
                            tests=[t for t in doc.lab_tests if t.strip()], diagnosis=doc.diagnosis,
                            number=doc.number, timezone=doc.timezone, language=doc.language,
                            bilingual=doc.bilingual)


def render_lab_order_pdf(doc: LabOrderDocument, paper: PaperSize = PaperSize.A5) -> bytes:
    """A lab order: the tests the doctor asked for, with the doctor's registration number."""
    w = _words(doc)
    lines = _clinic_lines(doc.clinic)
    lines.append(_Line(w.h(N_("documents", "Lab order")), 10, bold=True, align="center"))
    if doc.number:
        lines.append(_Line(w.t(N_("documents", "Prescription no.")), 8, color=MUTED, value=doc.number, space_before=3))
    age = w.t(N_("documents", "{age} y")).format(age=doc.patient.age) if doc.patient.age is not None else ""
    age_sex = ", ".join(p for p in (age, w.t(doc.patient.sex) if doc.patient.sex else "") if p)
    lines += [
        _Line(w.t(N_("documents", "Date")), 8, color=MUTED, value=_when(doc.issued_at, doc.timezone, w.language)),
        _Line(w.t(N_("documents", "Patient")), 8, color=MUTED, value=f"{doc.patient.name} ({doc.patient.patient_id})"),
    ]
    if age_sex:
        lines.append(_Line(w.t(N_("documents", "Age / sex")), 8, color=MUTED, value=age_sex))
    if doc.diagnosis:
        lines.append(_Line(w.t(N_("documents", "Provisional diagnosis: {diagnosis}")).format(diagnosis=doc.diagnosis),
                           8, space_before=2))
    lines += [_Line("", rule=True), _Line(w.h(N_("documents", "Tests requested")), 9, bold=True, color=ACCENT)]
    if doc.tests:
        lines += [_Line(f"{i}. {t}", 9, space_before=1) for i, t in enumerate(doc.tests, 1)]
    else:
        lines.append(_Line(w.t(N_("documents", "No lab tests were ordered.")), 8, color=MUTED))
    lines += [_Line("", rule=True), *_doctor_lines(doc.doctor, w)]
    title = w.t(N_("documents", "Lab order — {name}")).format(name=doc.patient.name)
    return _render(lines, paper, title=title, author=doc.doctor.name)
