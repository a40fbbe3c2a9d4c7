"""Regenerate every screenshot in docs/screenshots/ (offscreen; each area in its own process).

    python scripts/screenshots.py              # all areas
    python scripts/screenshots.py patient doctor
    python scripts/screenshots.py --language hi   # every window in Hindi, into docs/screenshots/hi/

Every role window is saved at 1366×768 and every dialog at the size it opens with, on a 1366×768
offscreen screen; an area whose window does not fit that screen fails (``scripts/screenshots/common.py``).
The receipt / prescription samples are PDFs rendered by ``python -m medlink.receipts.sample DIR``
and turned into PNGs with ``pdftoppm -png -r 80``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
AREAS = ("login", "patient", "doctor", "staff", "front_desk", "chat", "clinical")


def main(argv: list[str]) -> int:
    language = None
    if "--language" in argv:
        at = argv.index("--language")
        language = argv[at + 1]
        argv = argv[:at] + argv[at + 2:]
    areas = argv or list(AREAS)
    # one 1366×768 offscreen screen, the clinic laptops' size (dialogs are fitted to the screen they open on)
    screen = ROOT / "scripts" / "screenshots" / "screen_1366x768.json"
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screen}", PYTHONPATH=str(ROOT))
    out: list[str] = []
    if language:  # MEDLINK_LANGUAGE: the windows come up in that language (medlink.ui.i18n)
        env["MEDLINK_LANGUAGE"] = language
        target = ROOT / "docs" / "screenshots" / language
        target.mkdir(parents=True, exist_ok=True)
        out = [str(target)]
    failed = 0
    for area in areas:
        print(f"== {area}", flush=True)
        result = subprocess.run([sys.executable, str(ROOT / "scripts" / "screenshots" / f"{area}.py"), *out], env=env)
        failed += result.returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
