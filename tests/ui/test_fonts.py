"""The windows draw Hindi (and the other Indian scripts) with MedLink's own Noto Sans faces, whatever fonts the
computer has: after ``install_ui_fonts`` Qt knows a face for each script, and that face has the glyphs."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QRawFont

from medlink.ui.fonts import install_ui_fonts

SCRIPTS = {
    QFontDatabase.WritingSystem.Devanagari: ("Noto Sans Devanagari", "हिन्दी"),
    QFontDatabase.WritingSystem.Tamil: ("Noto Sans Tamil", "தமிழ்"),
    QFontDatabase.WritingSystem.Bengali: ("Noto Sans Bengali", "বাংলা"),
}


@pytest.mark.parametrize("system", list(SCRIPTS), ids=lambda s: s.name)
def test_bundled_faces_cover_the_indian_scripts(qapp, system):  # type: ignore[no-untyped-def]
    families = install_ui_fonts()
    family, sample = SCRIPTS[system]
    assert family in families
    assert family in QFontDatabase.families(system)
    raw = QRawFont.fromFont(QFont(family))
    assert raw.familyName() == family and all(raw.supportsCharacter(ord(ch)) for ch in sample)
    assert install_ui_fonts() == families  # once: a second call registers nothing again
