"""Fixtures for the (pure, DB-free) receipts tests."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from medlink.receipts.arithmetic import TaxSettings
from medlink.receipts.pdf import ReceiptDocument
from medlink.receipts.sample import build_sample_prescription, build_sample_receipt


def pdf_text(data: bytes) -> str:
    """All extractable text of a PDF, pages joined by newlines."""
    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def pdf_page_count(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


@pytest.fixture
def intra_settings() -> TaxSettings:
    return TaxSettings(clinic_state="Karnataka", round_off_to_rupee=True)


@pytest.fixture
def sample_receipt() -> ReceiptDocument:
    return build_sample_receipt()


@pytest.fixture
def sample_prescription():
    return build_sample_prescription()
