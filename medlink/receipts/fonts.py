"""Locate and register the bundled DejaVu Sans fonts with ReportLab (once per process).

DejaVu Sans covers Latin (incl. extended: "Jürgen Åström"), Greek, Cyrillic and
the rupee sign ₹ (U+20B9).  It has no Indic glyphs, and ReportLab does not
shape complex scripts, so Devanagari names ("श्रेया") print as empty boxes; the
UI should ask for a Latin transliteration on documents.
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

__all__ = ["FONT_BOLD", "FONT_REGULAR", "register_fonts", "resources_dir", "unsupported_characters"]

FONT_REGULAR = "MedLinkSans"
FONT_BOLD = "MedLinkSans-Bold"

_FILES = {FONT_REGULAR: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf"}
_lock = threading.Lock()
_registered = False


def resources_dir() -> Path:
    """The application's ``resources/`` folder.

    Uses :func:`medlink.paths.resource_path` when available (it knows about
    frozen/PyInstaller builds); falls back to the source-tree location.
    """
    try:
        from medlink.paths import resource_path
    except ImportError:
        pass
    else:
        try:
            candidate = Path(resource_path())
        except Exception:  # noqa: BLE001 - fall back to the source tree below
            candidate = None
        if candidate is not None and (candidate / "fonts").is_dir():
            return candidate
    return Path(__file__).resolve().parents[2] / "resources"


def _font_file(name: str) -> Path:
    return resources_dir() / "fonts" / name


def register_fonts() -> None:
    """Register the regular/bold pair and the ``<b>`` family mapping; idempotent, thread-safe."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for face, filename in _FILES.items():
            path = _font_file(filename)
            if not path.is_file():
                raise FileNotFoundError(f"Bundled font missing: {path}")
            pdfmetrics.registerFont(TTFont(face, str(path)))
        # So that <b> inside Paragraph markup picks the bold face.
        addMapping(FONT_REGULAR, 0, 0, FONT_REGULAR)
        addMapping(FONT_REGULAR, 1, 0, FONT_BOLD)
        addMapping(FONT_REGULAR, 0, 1, FONT_REGULAR)
        addMapping(FONT_REGULAR, 1, 1, FONT_BOLD)
        _registered = True


def unsupported_characters(text: str) -> set[str]:
    """Characters of ``text`` the regular face has no glyph for (e.g. Devanagari)."""
    register_fonts()
    face = pdfmetrics.getFont(FONT_REGULAR).face  # type: ignore[attr-defined]
    return {ch for ch in text if not ch.isspace() and ord(ch) not in face.charToGlyph}
