"""The printable flowsheet: a patient's readings as a table, one row per day, one column per measurement."""

from __future__ import annotations

from medlink import formatting

import datetime as _dt
import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from medlink.receipts.fonts import FONT_BOLD, FONT_REGULAR, register_fonts


@dataclass(frozen=True)
class FlowsheetCell:
    text: str
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


def render_flowsheet_pdf(doc: FlowsheetDocument) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    page = SimpleDocTemplate(buffer, pagesize=landscape(A4), leftMargin=12 * mm, rightMargin=12 * mm,
                             topMargin=12 * mm, bottomMargin=12 * mm, title=f"Flowsheet — {doc.patient_name}",
                             author=doc.clinic_name)
    title = ParagraphStyle("title", fontName=FONT_BOLD, fontSize=14, leading=18)
    body = ParagraphStyle("body", fontName=FONT_REGULAR, fontSize=8.5, leading=11)
    cell = ParagraphStyle("cell", fontName=FONT_REGULAR, fontSize=7.5, leading=9)
    head = ParagraphStyle("head", fontName=FONT_BOLD, fontSize=7.5, leading=9)
    story: list[Flowable] = [
        Paragraph(f"{doc.clinic_name} — Flowsheet", title),
        Paragraph(f"{doc.patient_name} ({doc.patient_number}) · printed "
                  f"{formatting.format_datetime(doc.printed_at)}", body),
        Paragraph(f"<b>Allergies:</b> {doc.allergies or 'None recorded'}", body),
    ]
    if doc.problems:
        story.append(Paragraph(f"<b>Problems:</b> {doc.problems}", body))
    story.append(Spacer(1, 4 * mm))
    header = [Paragraph("Date", head)] + [Paragraph(c, head) for c in doc.columns]
    target_row = [Paragraph("Target", cell)] + [Paragraph(t or "—", cell) for t in doc.targets]
    data = [header, target_row]
    style: list[Any] = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#BCCCDC")),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#F0F4F8")),
             ("BACKGROUND", (0, 1), (-1, 1), colors.HexColor("#EAF7EE")),
             ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for r, (day, cells) in enumerate(doc.rows, start=2):
        row = [Paragraph(day, cell)]
        for c, value in enumerate(cells, start=1):
            if value is None:
                row.append(Paragraph("", cell))
                continue
            row.append(Paragraph(value.text, cell))
            if value.outside_target:
                style.append(("TEXTCOLOR", (c, r), (c, r), colors.HexColor("#B42318")))
                style.append(("BACKGROUND", (c, r), (c, r), colors.HexColor("#FDECEA")))
        data.append(row)
    if not doc.rows:
        data.append([Paragraph("No readings recorded.", cell)] + [Paragraph("", cell) for _ in doc.columns])
    width = page.width
    first = 26 * mm
    other = (width - first) / max(1, len(doc.columns))
    table = Table(data, colWidths=[first] + [other] * len(doc.columns), repeatRows=2)
    table.setStyle(TableStyle(style))
    story.append(table)
    story.append(Spacer(1, 3 * mm))
    story.append(Paragraph("Values outside the target are shown in red. Several readings on one day are listed "
                           "with their times.", body))
    page.build(story)
    return buffer.getvalue()


__all__ = ["FlowsheetCell", "FlowsheetDocument", "render_flowsheet_pdf"]
