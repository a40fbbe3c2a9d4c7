"""What every window gets: the database, the configuration, the signed-in user."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover - kept out of start-up: the login window shows before the database opens
    from medlink.config import AppConfig
    from medlink.db.session import Database
    from medlink.services.actor import Actor
    from medlink.services.clinic_settings import ClinicSettingsView


@dataclass
class AppContext:
    db: Database
    config: AppConfig
    kiosk: bool = False
    demo_logins: str | None = None
    actor: Actor | None = field(default=None)
    #: The clinic settings as read off the GUI thread when the user signed in (the role window and
    #: its pages are built from these; cleared at sign-out).
    settings: ClinicSettingsView | None = field(default=None)

    @property
    def records_dir(self) -> Path:
        return self.config.records_dir

    def clinic_settings(self) -> ClinicSettingsView:
        """The settings read at sign-in; without them (a window built outside the sign-in, as in
        tests and after a sign-up), read now."""
        if self.settings is not None:
            return self.settings
        from medlink.services.clinic_settings import get_settings

        return get_settings(self.db)


@dataclass
class StartupContext:
    """What the login window knows before the database is open."""

    kiosk: bool = False
    demo_logins: str | None = None
    db: None = None
