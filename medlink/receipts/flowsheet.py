"""The printable flowsheet: a patient's readings as a table, one row per day, one column per measurement.

Laid out with the receipts' own flowables (:mod:`medlink.receipts.layout`), so a name in
Devanagari or another Indian script is set in its Noto face, shaped, and reads back from the
PDF exactly as typed.  The labels are in the document's ``language`` (the patient's
preferred language, context ``"documents"``); with ``bilingual`` the headings carry English
and Hindi together.  Column titles, targets and day labels arrive already in that language
from the service.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from medlink import formatting
from medlink.i18n import DEFAULT_LANGUAGE, N_
from medlink.receipts.fonts import FONT_BOLD, FONT_REGULAR, register_fonts
from medlink.receipts.layout import (
    ACCENT,
    INK,
    MUTED,
    Col,
    GridCell,
    Head,
    PageGeometry,
    Rule,
    Span,
    Stack,
    build_pdf,
    grid,
    text_block,
    wrap_text,
)
from medlink.receipts.pdf import _Words

#: A4 turned sideways: room for a column per measured kind.
FLOWSHEET_PAGE = PageGeometry("A4 landscape", *landscape(A4), margin_x=12 * mm, margin_top=12 * mm,
                              margin_bottom=16 * mm)
#: Readings outside the target: red and bold (bold still shows on a black-and-white printer).
OUTSIDE = colors.HexColor("#B42318")


@dataclass(frozen=True)
class FlowsheetCell:
    text: str  # one line per reading ("128/84 (08:10)"), lines separated by "\n"
    outside_target: bool = False


@dataclass(frozen=True)
class FlowsheetDocument:
    clinic_name: str
    patient_name: str
    patient_number: str
    printed_at: _dt.datetime
    columns: Sequence[str]                           # "Blood pressure (mmHg)", …
    targets: Sequence[str]                           # one per column ("90–140 / 60–90") or ""
    rows: Sequence[tuple[str, Sequence[FlowsheetCell | None]]]   # (day, one cell per column)
    allergies: str = ""
    problems: str = ""
    language: str = DEFAULT_LANGUAGE  # the patient's preferred language
    bilingual: bool = False  # headings in English and Hindi


def render_flowsheet_pdf(doc: FlowsheetDocument) -> bytes:
    register_fonts()
    w = _Words(doc.language or DEFAULT_LANGUAGE, doc.bilingual)
    page = FLOWSHEET_PAGE
    width = page.content_w
    printed = formatting.format_datetime(doc.printed_at, language=w.language)
    patient = [
        Span(doc.patient_name, FONT_BOLD, 10.5, leading=14),
        Span(w.t(N_("documents", "Patient ID {id}")).format(id=doc.patient_number) + "  ·  "
             + w.t(N_("documents", "Printed {when}")).format(when=printed), size=8.5, color=MUTED, leading=11.5),
        Span(doc.allergies or w.t(N_("documents", "None recorded")), size=8.5, leading=11.5, before=3,
             label=w.h(N_("documents", "Allergies")) + ":", label_color=INK),
    ]
    if doc.problems:
        patient.append(Span(doc.problems, size=8.5, leading=11.5, label=w.h(N_("documents", "Problems")) + ":",
                            label_color=INK))
    story: list[Flowable] = [
        text_block([
            Span(doc.clinic_name, FONT_BOLD, 9, MUTED, leading=12),
            Span(w.h(N_("documents", "Flowsheet")), FONT_BOLD, 15, INK, leading=19),
        ], width),
        Rule(ACCENT, 1.2, 3, 6),
        text_block(patient, width, space_after=8),
    ]
    first = 30 * mm
    other = (width - first) / max(1, len(doc.columns))
    cols = [Col(first, font=FONT_BOLD)] + [Col(other) for _ in doc.columns]
    # Long titles ("Blood glucose, after a meal (mg/dL)") wrap within their column.
    head = [Head(w.t(N_("documents", "Date")), 0)] + [
        Head("\n".join(wrap_text(c, FONT_BOLD, 7.0, other - 7)), i) for i, c in enumerate(doc.columns, 1)]
    rows: list[list[GridCell]] = [[_muted(w.t(N_("documents", "Target"))),
                                   *(_muted(t or "—") for t in doc.targets)]]
    for day, cells in doc.rows:
        row: list[GridCell] = [day]
        for value in cells:
            if value is None:
                row.append("")
            elif value.outside_target:
                row.append(Stack([Span(value.text, FONT_BOLD, 8, OUTSIDE, leading=10)]))
            else:
                row.append(value.text)
        rows.append(row)
    if not doc.rows:
        rows.append([_muted(w.t(N_("documents", "No readings recorded."))), *("" for _ in doc.columns)])
    story += [
        grid(cols, head, 1, rows),
        Spacer(1, 3 * mm),
        text_block([Span(w.t(N_("documents", "Values outside the target are shown in red and bold. Several readings "
                                             "on one day are listed with their times.")), size=8, color=MUTED)], width),
    ]
    title = w.t(N_("documents", "Flowsheet — {name}")).format(name=doc.patient_name)
    return build_pdf(story, title=title, author=doc.clinic_name, subject=title,
                     footer_left=f"{doc.clinic_name}  ·  {doc.patient_name} ({doc.patient_number})", footer_right="",
                     page_label=w.t(N_("documents", "Page {page} of {pages}")), page=page)


def _muted(text: str) -> Stack:
    return Stack([Span(text, FONT_REGULAR, 7.5, MUTED, leading=10)])


__all__ = ["FLOWSHEET_PAGE", "FlowsheetCell", "FlowsheetDocument", "render_flowsheet_pdf"]
