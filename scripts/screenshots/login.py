"""Screenshots of the sign-in screen (desktop with the demo logins, and the kiosk)."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "docs" / "screenshots"


def capture(out_dir: Path = OUT) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["MEDLINK_DATA_DIR"] = tempfile.mkdtemp(prefix="medlink-shots-")
    from medlink.demo import demo_logins
    from medlink.ui.app import create_application
    from medlink.ui.context import StartupContext
    from medlink.ui.login import LoginWindow
    from medlink.ui.style import KIOSK_EXTRA, STYLESHEET

    app = create_application()
    saved = []
    for name, kiosk, size in (("login", False, (1100, 760)), ("kiosk_login", True, (1366, 768))):
        app.setStyleSheet(STYLESHEET + (KIOSK_EXTRA if kiosk else ""))
        window = LoginWindow(StartupContext(kiosk=kiosk, demo_logins=None if kiosk else demo_logins().describe()),
                             "MedLink Demo Clinic")
        window.resize(*size)
        window.show()
        app.processEvents()
        path = out_dir / f"{name}.png"
        window.grab().save(str(path))
        saved.append(path)
        window.close()
    return saved


if __name__ == "__main__":
    for p in capture(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT):
        print(p)
