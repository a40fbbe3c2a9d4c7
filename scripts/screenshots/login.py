"""Screenshots of what comes before the role windows: the sign-in screen (desktop with the demo logins, and
the kiosk), the first-run wizard (both steps), the clinic-key import and the two error message boxes.

    QT_QPA_PLATFORM=offscreen python scripts/screenshots/login.py [out_dir]
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from common import finish, save, settle

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "docs" / "screenshots"


def capture(out_dir: Path = OUT) -> list[Path]:
    folder = Path(tempfile.mkdtemp(prefix="medlink-shots-"))
    os.environ["MEDLINK_DATA_DIR"] = str(folder)
    import keyring
    from PySide6.QtWidgets import QMessageBox

    from medlink.config import AppConfig
    from medlink.db import migrate
    from medlink.db.session import Database
    from medlink.demo import demo_logins
    from medlink.errors import ClinicKeyMissing, SlotTaken
    from medlink.security.secrets import DemoFileKeyring
    from medlink.services import clinic_key
    from medlink.ui import tasks
    from medlink.ui.app import create_application
    from medlink.ui.context import AppContext, StartupContext
    from medlink.ui.errors import report_unexpected, show_error
    from medlink.ui.first_run import FirstAdminDialog
    from medlink.ui.key_import import ClinicKeyImportDialog
    from medlink.ui.login import LoginWindow
    from medlink.ui.style import KIOSK_EXTRA, STYLESHEET

    out_dir.mkdir(parents=True, exist_ok=True)
    app = create_application()
    saved = []
    login = None
    for name, kiosk in (("login", False), ("kiosk_login", True)):
        app.setStyleSheet(STYLESHEET + (KIOSK_EXTRA if kiosk else ""))
        window = LoginWindow(StartupContext(kiosk=kiosk, demo_logins=None if kiosk else demo_logins().describe()),
                             "MedLink Demo Clinic")
        saved.append(save(window, out_dir / f"{name}.png"))
        if kiosk:
            window.close()
        else:
            login = window
    app.setStyleSheet(STYLESHEET)

    # A new clinic: the first administrator, then the recovery key to save.
    tasks.set_synchronous(True)
    keyring.set_keyring(DemoFileKeyring(folder / "keyring"))
    db = Database(f"sqlite:///{folder / 'new-clinic.sqlite3'}")
    migrate.upgrade(db)
    clinic_key.unlock(db)
    config = AppConfig(database_url=str(db.url), records_dir=folder / "records", config_file=folder / "c.toml")
    wizard = FirstAdminDialog(AppContext(db=db, config=config), login)
    wizard.name.setText("Asha Admin")
    wizard.email.setText("asha@clinic.example")
    wizard.password.setText("short")
    wizard.create_admin()  # refused: the sentence under the password
    saved.append(save(wizard, out_dir / "first_run.png", window=False))
    wizard.password.setText("a-long-admin-secret-2026")
    wizard.create_admin()
    wizard.passphrase.setText("clinic recovery 2026")
    saved.append(save(wizard, out_dir / "first_run_recovery_key.png", window=False))
    wizard.hide()

    # Another workstation without the clinic key.
    keyring.set_keyring(DemoFileKeyring(folder / "other-keyring"))
    clinic_key.forget(db)
    try:
        clinic_key.unlock(db)
        reason = ""
    except ClinicKeyMissing as exc:
        reason = exc.message
    key_import = ClinicKeyImportDialog(config, reason, login)
    saved.append(save(key_import, out_dir / "key_import.png", window=False))
    key_import.hide()

    # The two message boxes every error ends in: a domain error's sentence, and the apology for the unexpected.
    assert login is not None
    show_error(login, SlotTaken())
    settle()
    box = login.findChild(QMessageBox, "domainErrorBox")
    if box is not None:
        saved.append(save(box, out_dir / "message_error.png", window=False))
        box.close()
    report_unexpected(RuntimeError("demo"), parent=login)
    settle()
    box = login.findChild(QMessageBox, "unexpectedErrorBox")
    if box is not None:
        saved.append(save(box, out_dir / "message_unexpected_error.png", window=False))
        box.close()
    login.close()
    tasks.set_synchronous(False)
    db.dispose()
    return saved


if __name__ == "__main__":
    raise SystemExit(finish(capture(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)))
