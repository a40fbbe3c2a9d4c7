"""Fixtures for the staff / admin window tests: a real database, workers run inline, no blocking dialogs."""

from __future__ import annotations

from pathlib import Path

import pytest

from medlink.config import AppConfig
from medlink.db.session import Database
from medlink.ui import widgets
from medlink.ui.context import AppContext


@pytest.fixture(autouse=True)
def _workers_inline(synchronous_tasks: None) -> None:
    """Workers run inline in these tests (tests/ui/conftest.py)."""


@pytest.fixture
def confirmations(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every confirmation question asked; each is answered "yes"."""
    asked: list[str] = []

    def yes(parent, title, text, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(title)
        return True

    monkeypatch.setattr(widgets, "confirm", yes)
    return asked


@pytest.fixture
def make_ctx(db: Database, records_dir: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    def make(actor) -> AppContext:  # type: ignore[no-untyped-def]
        config = AppConfig(database_url=str(db.url), records_dir=records_dir, config_file=tmp_path / "c.toml")
        return AppContext(db=db, config=config, actor=actor)

    return make


@pytest.fixture
def open_window(qtbot, make_ctx):  # type: ignore[no-untyped-def]
    from medlink.ui.staff.window import StaffWindow

    def make(actor):  # type: ignore[no-untyped-def]
        window = StaffWindow(make_ctx(actor), actor)
        qtbot.waitUntil(lambda: window.first_page_shown)  # built on the next turn
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        return window

    return make
