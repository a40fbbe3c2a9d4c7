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
    """Files the UI asked the system viewer to open (nothing is launched in tests)."""
    from medlink.ui.doctor import common

    opened: list[Path] = []
    monkeypatch.setattr(common, "open_with_system", lambda path: opened.append(Path(path)) or True)
    return opened
