"""The windows' fonts for the Indian scripts: the Noto Sans faces shipped in ``resources/fonts/``.

Qt draws a character the window's font lacks with a font of the computer that has it.  Windows
has Nirmala UI for every Indian script; a Linux desktop often has no Devanagari font at all, and
then Hindi windows show boxes (and, measured with boxes, layouts are sized for the wrong text).
Registering MedLink's own Noto Sans faces as application fonts gives Qt's fallback a face for
Devanagari, Bengali, Gurmukhi, Gujarati, Odia, Tamil, Telugu, Kannada and Malayalam on every
computer — the same faces the documents use.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFontDatabase

from medlink import paths

log = logging.getLogger(__name__)

_families: list[str] = []


def install_ui_fonts() -> list[str]:
    """Register the bundled Noto Sans faces with Qt once (needs the application); returns their families."""
    if _families:
        return list(_families)
    folder = paths.resource_path("fonts")
    found: set[str] = set()
    for path in sorted(folder.glob("NotoSans*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:  # pragma: no cover - a damaged file: Qt falls back to the system's fonts
            log.warning("could not load the font %s", path)
            continue
        found.update(QFontDatabase.applicationFontFamilies(font_id))
    _families.extend(sorted(found))
    return list(_families)
