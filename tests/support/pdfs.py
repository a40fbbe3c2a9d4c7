"""Small, valid PDFs for the tests (MedLink parses every uploaded PDF with qpdf)."""

from __future__ import annotations

import io

import pikepdf


def minimal_pdf(text: str = "") -> bytes:
    """A one-page PDF; ``text`` (in the document info) makes it unique."""
    pdf = pikepdf.new()
    pdf.add_blank_page(page_size=(200, 200))
    if text:
        pdf.docinfo["/Title"] = text
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True)
    return out.getvalue()
