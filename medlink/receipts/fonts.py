"""The document fonts: DejaVu Sans for Latin, Noto Sans for the Indian scripts, shaped by HarfBuzz.

DejaVu Sans covers Latin (incl. extended: "Jürgen Åström"), Greek, Cyrillic and
the rupee sign ₹ (U+20B9); it is the face every document names.  Text in one of
the major Indian scripts — Devanagari, Bengali, Gurmukhi, Gujarati, Odia, Tamil,
Telugu, Kannada, Malayalam — is split into runs by script (:func:`runs`) and each
run is set in the matching Noto Sans face (OFL, ``resources/fonts/``), regular or
bold like the text around it, *shaped* by HarfBuzz (``uharfbuzz``, through
ReportLab's ``shapeStr``): conjuncts, reph, vowel signs placed as the script needs.
Spaces, digits, punctuation, zero-width (non-)joiners and combining marks stay in
the run they stand in.  Latin-only text takes the old, unshaped fast path.

The Noto faces are registered on first use, so a receipt without Indian script
text costs nothing extra.
"""

from __future__ import annotations

import functools
import re
import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import ShapedStr, TTFont, shapeStr

__all__ = [
    "FONT_BOLD",
    "FONT_REGULAR",
    "SCRIPTS",
    "Run",
    "has_indic",
    "register_fonts",
    "resources_dir",
    "runs",
    "text_width",
    "unsupported_characters",
]

FONT_REGULAR = "MedLinkSans"
FONT_BOLD = "MedLinkSans-Bold"

_FILES = {FONT_REGULAR: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf"}

#: Script → (first, last code point of its Unicode block, Noto Sans file stem).
SCRIPTS: dict[str, tuple[int, int, str]] = {
    "Devanagari": (0x0900, 0x097F, "NotoSansDevanagari"),
    "Bengali": (0x0980, 0x09FF, "NotoSansBengali"),
    "Gurmukhi": (0x0A00, 0x0A7F, "NotoSansGurmukhi"),
    "Gujarati": (0x0A80, 0x0AFF, "NotoSansGujarati"),
    "Odia": (0x0B00, 0x0B7F, "NotoSansOriya"),
    "Tamil": (0x0B80, 0x0BFF, "NotoSansTamil"),
    "Telugu": (0x0C00, 0x0C7F, "NotoSansTelugu"),
    "Kannada": (0x0C80, 0x0CFF, "NotoSansKannada"),
    "Malayalam": (0x0D00, 0x0D7F, "NotoSansMalayalam"),
}
# Devanagari Extended and Vedic Extensions are set in Noto Sans Devanagari too.
_EXTRA_DEVANAGARI = ((0xA8E0, 0xA8FF), (0x1CD0, 0x1CFF))
# Used by every Indic script (dandas, dotted circle for a lone mark) — they join the run they are in.
_SHARED = {0x0964, 0x0965, 0x25CC, 0x200C, 0x200D}

_INDIC = re.compile("[\u0900-\u0d7f\ua8e0-\ua8ff\u1cd0-\u1cff]")

_lock = threading.Lock()
_registered = False
_script_faces: dict[tuple[str, bool], str] = {}


def resources_dir() -> Path:
    """The application's ``resources/`` folder (:func:`medlink.paths.resources_root`)."""
    from medlink.paths import resources_root

    return resources_root()


def _font_file(name: str) -> Path:
    return resources_dir() / "fonts" / name


def _register(face: str, filename: str) -> None:
    path = _font_file(filename)
    if not path.is_file():
        raise FileNotFoundError(f"Bundled font missing: {path}")
    pdfmetrics.registerFont(TTFont(face, str(path), shapable=True))


def register_fonts() -> None:
    """Register the regular/bold pair and the ``<b>`` family mapping; idempotent, thread-safe."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for face, filename in _FILES.items():
            _register(face, filename)
        # So that <b> inside Paragraph markup picks the bold face.
        addMapping(FONT_REGULAR, 0, 0, FONT_REGULAR)
        addMapping(FONT_REGULAR, 1, 0, FONT_BOLD)
        addMapping(FONT_REGULAR, 0, 1, FONT_REGULAR)
        addMapping(FONT_REGULAR, 1, 1, FONT_BOLD)
        _registered = True


def _script_face(script: str, bold: bool) -> str:
    """The registered Noto face for ``script`` (registered on first use)."""
    key = (script, bold)
    face = _script_faces.get(key)
    if face is not None:
        return face
    with _lock:
        face = _script_faces.get(key)
        if face is None:
            stem = SCRIPTS[script][2]
            face = f"MedLink{stem[4:]}{'-Bold' if bold else ''}"
            _register(face, f"{stem}-{'Bold' if bold else 'Regular'}.ttf")
            _script_faces[key] = face
    return face


def has_indic(text: str) -> bool:
    """Whether ``text`` has characters of an Indian script (and so needs runs and shaping)."""
    return _INDIC.search(text) is not None


def _script_of(ch: str) -> str | None:
    """The Indian script of ``ch``; ``""`` for Latin/other strong text; ``None`` for neutral characters."""
    cp = ord(ch)
    if cp in _SHARED or ch.isspace() or unicodedata.category(ch)[0] in "MNPZ":
        if 0x0900 <= cp <= 0x0D7F and cp not in _SHARED:
            pass  # Indic digits and signs belong to their script
        else:
            return None
    for script, (first, last, _stem) in SCRIPTS.items():
        if first <= cp <= last:
            return script
    if any(first <= cp <= last for first, last in _EXTRA_DEVANAGARI):
        return "Devanagari"
    return ""


# --------------------------------------------------------------------------- text extraction
#
# HarfBuzz turns a syllable such as "र्मा" into glyphs in *visual* order (म, ा, then the reph
# for "र्"), several of which have no character of their own.  ReportLab would give those
# private-use codes, so a PDF reader copying "शर्मा" would get "शमा\ue000".  Instead every
# shaped glyph is drawn through a code point of its own (Supplementary Private Use Area-A),
# and the PDF's ToUnicode map spreads the cluster's text over its glyphs in drawing order
# (one character each, the last glyph the rest): copy, search and pypdf read back exactly
# what was typed.

_VIRTUAL_FIRST = 0xF0000
_virtual_text: dict[int, str] = {}  # virtual code point -> the text it stands for
_virtual_codes: dict[tuple[str, int, str], int] = {}  # (face, glyph id, text) -> virtual code point


def _virtual_code(font: Any, gid: int, text: str, width: float) -> int:
    key = (font.fontName, gid, text)
    code = _virtual_codes.get(key)
    if code is None:
        code = _VIRTUAL_FIRST + len(_virtual_text)
        face = font.face
        face.charToGlyph[code] = gid
        face.glyphToChar.setdefault(gid, []).append(code)
        face.charWidths[code] = width
        _virtual_text[code] = text
        _virtual_codes[key] = code
    return code


def _extractable(shaped: ShapedStr, text: str, face_name: str) -> ShapedStr:
    """``shaped`` drawn through virtual code points that read back as ``text`` (see above)."""
    data = shaped.__shapeData__  # type: ignore[attr-defined]
    font: Any = pdfmetrics.getFont(face_name)
    starts = sorted({sd.cluster for sd in data})
    end_of = {c: (starts[i + 1] if i + 1 < len(starts) else len(text)) for i, c in enumerate(starts)}
    # Each glyph of a cluster reads as one of its characters, the last glyph as the rest (so no
    # glyph reads as nothing, which text extractors would take for a gap and a space).
    glyphs_of: dict[int, int] = {}
    for sd in data:
        glyphs_of[sd.cluster] = glyphs_of.get(sd.cluster, 0) + 1
    done: dict[int, int] = {}
    chars: list[str] = []
    with _lock:
        for ch, sd in zip(shaped, data, strict=True):
            gid = font.face.charToGlyph[ord(ch)]
            cluster_text = text[sd.cluster:end_of[sd.cluster]]
            i, n = done.get(sd.cluster, 0), glyphs_of[sd.cluster]
            done[sd.cluster] = i + 1
            piece = cluster_text[i:] if i == n - 1 else cluster_text[i:i + 1]
            width = font.face.charWidths[ord(ch)]
            chars.append(chr(_virtual_code(font, gid, piece, width)))
    return ShapedStr("".join(chars), shapeData=data)


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab's ToUnicode CMap, with the virtual code points mapped to their text (UTF-16BE)."""
    def utf16(code: int) -> str:
        return (_virtual_text[code] if code in _virtual_text else chr(code)).encode("utf-16-be").hex().upper()

    return "\n".join([
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap", "/CIDSystemInfo",
        f"<< /Registry ({fontname})", f"/Ordering ({fontname})", "/Supplement 0", ">> def",
        f"/CMapName /{fontname} def", "/CMapType 2 def", "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>", "endcodespacerange", f"{len(subset)} beginbfchar",
        *(f"<{i:02X}> <{utf16(v)}>" for i, v in enumerate(subset)),
        "endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end",
    ])


# The subset writer looks the function up in its module at save time.
ttfonts.makeToUnicodeCMap = _to_unicode_cmap


@dataclass(frozen=True)
class Run:
    """A piece of text set in one face: ``text`` is a :class:`ShapedStr` when shaped."""

    text: str
    face: str
    width: float


def _fallback_neutrals(pieces: list[tuple[str | None, list[str]]],
                       bold: bool) -> list[tuple[str | None, list[str]]]:
    """A neutral character an Indian script's face has no glyph for ("·" in Noto Sans Devanagari)
    leaves that script's run for one in DejaVu, so it is drawn instead of an empty box."""
    out: list[tuple[str | None, list[str]]] = []
    for script, chars in pieces:
        if not script:
            out.append((script, chars))
            continue
        cmap = pdfmetrics.getFont(_script_face(script, bold)).face.charToGlyph  # type: ignore[attr-defined]
        for ch in chars:
            own = ord(ch) in cmap or ord(ch) in _SHARED or _script_of(ch) is not None
            wanted = script if own else ""
            if out and out[-1][0] == wanted:
                out[-1][1].append(ch)
            else:
                out.append((wanted, [ch]))
    return out


@functools.lru_cache(maxsize=4096)
def runs(text: str, font: str, size: float) -> tuple[Run, ...]:
    """``text`` split into runs by script, each in its face (``font``'s weight), shaped where needed."""
    register_fonts()
    if not has_indic(text):
        return (Run(text, font, pdfmetrics.stringWidth(text, font, size)),)
    bold = font == FONT_BOLD
    pieces: list[tuple[str | None, list[str]]] = []
    for ch in text:
        script = _script_of(ch)
        if script is None and pieces:
            pieces[-1][1].append(ch)  # neutral: stays with the run it stands in
        elif pieces and (pieces[-1][0] == script or pieces[-1][0] is None):
            if pieces[-1][0] is None:
                pieces[-1] = (script, pieces[-1][1])
            pieces[-1][1].append(ch)
        else:
            pieces.append((script, [ch]))
    out: list[Run] = []
    for script, chars in _fallback_neutrals(pieces, bold):
        piece = "".join(chars)
        if not script:
            out.append(Run(piece, font, pdfmetrics.stringWidth(piece, font, size)))
            continue
        face = _script_face(script, bold)
        shaped = shapeStr(piece, face, size, force=True)
        if isinstance(shaped, ShapedStr):
            shaped = _extractable(shaped, piece, face)
            width = sum(sd.x_advance for sd in shaped.__shapeData__) * size / 1000  # type: ignore[attr-defined]
        else:
            width = pdfmetrics.stringWidth(piece, face, size)
        out.append(Run(shaped, face, width))
    return tuple(out)


def text_width(text: str, font: str, size: float) -> float:
    """The printed width of ``text`` (shaped, in the right faces)."""
    if not has_indic(text):
        return pdfmetrics.stringWidth(text, font, size)
    return sum(r.width for r in runs(text, font, size))


def unsupported_characters(text: str) -> set[str]:
    """Characters of ``text`` that no bundled face has a glyph for."""
    register_fonts()
    regular = pdfmetrics.getFont(FONT_REGULAR).face  # type: ignore[attr-defined]
    missing: set[str] = set()
    for ch in text:
        if ch.isspace() or ord(ch) in regular.charToGlyph or ord(ch) in _SHARED:
            continue
        script = _script_of(ch)
        if script:
            face = pdfmetrics.getFont(_script_face(script, False)).face  # type: ignore[attr-defined]
            if ord(ch) in face.charToGlyph:
                continue
        if unicodedata.category(ch) in ("Cf", "Mn", "Mc") and script is None:
            continue
        missing.add(ch)
    return missing
