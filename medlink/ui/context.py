"""What every window gets: the database, the configuration, the signed-in user."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover - kept out of start-up: the login window shows before the database opens
    from medlink.config import AppConfig
    from medlink.db.session import Database
    from medlink.services.actor import Actor


@dataclass
class AppContext:
    db: Database
    config: AppConfig
    kiosk: bool = False
    demo_logins: str | None = None
    actor: Actor | None = field(default=None)

    @property
    def records_dir(self) -> Path:
        return self.config.records_dir


@dataclass
class StartupContext:
    """What the login window knows before the database is open."""

    kiosk: bool = False
    demo_logins: str | None = None
    db: None = None
