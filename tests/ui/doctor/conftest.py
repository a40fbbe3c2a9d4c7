from __future__ import annotations

from pathlib import Path

import pytest

from medlink.config import AppConfig
from medlink.ui.context import AppContext


@pytest.fixture
def make_ctx(db, records_dir: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    def build(actor):  # type: ignore[no-untyped-def]
        config = AppConfig(database_url=str(db.url), records_dir=records_dir, config_file=tmp_path / "c.toml")
        return AppContext(db=db, config=config, actor=actor)

    return build


@pytest.fixture
def opened_files(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Files the UI asked the system to open (nothing is launched in tests; MedLink hands it none)."""
    from PySide6.QtGui import QDesktopServices

    opened: list[Path] = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        staticmethod(lambda url: opened.append(Path(url.toLocalFile())) or True))
    return opened


@pytest.fixture
def confirmations(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every confirmation question asked (title and text); each is answered "yes"."""
    from medlink.ui import widgets

    asked: list[str] = []

    def yes(parent, title, text, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(f"{title}: {text}")
        return True

    monkeypatch.setattr(widgets, "confirm", yes)
    return asked
