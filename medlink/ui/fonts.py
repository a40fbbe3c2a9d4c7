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

_registered: dict[str, list[str]] = {}  # font file name -> its families


def install_ui_fonts() -> list[str]:
    """Register the bundled Noto Sans faces with Qt (needs the application), each file once; returns their
    families.  Tens of milliseconds at start-up, much of it Qt opening its font database (which the first
    window would do anyway)."""
    folder = paths.resource_path("fonts")
    for path in sorted(folder.glob("NotoSans*.ttf")):
        if path.name in _registered:
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:  # pragma: no cover - a damaged file: Qt falls back to the system's fonts
            log.warning("could not load the font %s", path)
            _registered[path.name] = []
            continue
        _registered[path.name] = list(QFontDatabase.applicationFontFamilies(font_id))
    return sorted({family for families in _registered.values() for family in families})
