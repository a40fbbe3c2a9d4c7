"""Fixtures for the patient window tests: a real database and records folder, workers inline."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from medlink.config import AppConfig
from medlink.db.session import Database
from medlink.ui.context import AppContext
from tests.support.pdfs import minimal_pdf

PDF = minimal_pdf()


def png_bytes(size: tuple[int, int] = (120, 80)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (20, 120, 110)).save(out, format="PNG")
    return out.getvalue()


@pytest.fixture(autouse=True)
def _workers_inline(synchronous_tasks: None) -> None:
    """Workers run inline in these tests (tests/ui/conftest.py)."""


@pytest.fixture
def make_ctx(db: Database, records_dir: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    def make(actor=None, *, kiosk: bool = False) -> AppContext:  # type: ignore[no-untyped-def]
        config = AppConfig(database_url=str(db.url), records_dir=records_dir, config_file=tmp_path / "c.toml")
        return AppContext(db=db, config=config, kiosk=kiosk, actor=actor)

    return make


@pytest.fixture
def opened_urls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the app asked the system to open (browser / PDF viewer), instead of opening it."""
    from medlink.ui.patient import common

    urls: list[str] = []

    def fake_open(url) -> bool:  # type: ignore[no-untyped-def]
        urls.append(url.toString() if not url.isLocalFile() else url.toLocalFile())
        return True

    monkeypatch.setattr(common, "open_url", fake_open)
    return urls


@pytest.fixture
def sample_files(tmp_path: Path) -> dict[str, Path]:
    pdf = tmp_path / "blood_test_cbc.pdf"
    pdf.write_bytes(PDF)
    png = tmp_path / "chest-xray.png"
    png.write_bytes(png_bytes())
    return {"pdf": pdf, "png": png}
