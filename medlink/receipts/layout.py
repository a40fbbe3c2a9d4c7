"""A small, fast layout layer on top of ReportLab's canvas, shared by receipts and prescriptions.

ReportLab's generic ``Table``/``Paragraph`` machinery costs ~40 ms for a
one-page invoice in pure Python (every ``drawString`` opens its own text
object and formats a dozen numbers).  The documents here have a fixed shape,
so they are built from a handful of purpose-made flowables instead:

* :class:`Span` / :class:`Stack` — styled, wrapped lines (optionally with a
  right-aligned figure, an inline bold label or a rule above);
* :class:`Block` — a row of cells (stack, image or nothing), optionally as
  tinted panels with an accent bar;
* :class:`Grid` — the itemised table: spanned two-level header, wrapping
  text columns, shrink-to-fit numeric columns, zebra rows, and row-wise
  splitting across pages with the header repeated;
* :class:`NumberedCanvas` — "Page x of y" footer;
* :class:`PageGeometry` — the sheet a document is laid out on (:data:`A4_PAGE`,
  :data:`A5_PAGE`): page size, margins, content width and a font scale that
  :func:`scale_story` applies to a story built at A4 sizes.

All text of a flowable is emitted through one PDF text object
(:class:`_TextWriter`), which is what makes this ~2× faster.
"""

from __future__ import annotations

import contextlib
import functools
import io
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, KeepTogether, PageTemplate, Spacer

from medlink.receipts.fonts import FONT_BOLD, FONT_REGULAR, has_indic, register_fonts, runs, text_width

Color = colors.Color

ACCENT = colors.HexColor("#0F766E")  # teal 700 — the single accent colour
ACCENT_SOFT = colors.HexColor("#5EADA5")
INK = colors.HexColor("#1F2937")
MUTED = colors.HexColor("#6B7280")
RULE = colors.HexColor("#D1D5DB")
HAIRLINE = colors.HexColor("#E5E7EB")
PANEL = colors.HexColor("#F9FAFB")
WHITE = colors.white
WARN = colors.HexColor("#B45309")



@dataclass(frozen=True)
class PageGeometry:
    """A sheet and how a document sits on it.

    ``font_scale`` multiplies every type size, leading and vertical space of a
    story laid out for A4 (see :func:`scale_story`); the horizontal measures
    (column widths, panels) are chosen per sheet by the documents themselves.
    """

    name: str
    width: float
    height: float
    margin_x: float
    margin_top: float
    margin_bottom: float
    font_scale: float = 1.0

    @property
    def content_w(self) -> float:
        return self.width - 2 * self.margin_x

    @property
    def size(self) -> tuple[float, float]:
        return self.width, self.height


A4_PAGE = PageGeometry("A4", A4[0], A4[1], margin_x=16 * mm, margin_top=14 * mm, margin_bottom=18 * mm)
#: A5 (148 × 210 mm): narrower margins and type at 85 % of A4 — larger than A4 shrunk onto the sheet (71 %).
A5_PAGE = PageGeometry("A5", A5[0], A5[1], margin_x=10 * mm, margin_top=10 * mm, margin_bottom=14 * mm,
                       font_scale=0.85)

PAGE_W, PAGE_H = A4_PAGE.size
MARGIN_X = A4_PAGE.margin_x
MARGIN_TOP = A4_PAGE.margin_top
MARGIN_BOTTOM = A4_PAGE.margin_bottom
CONTENT_W = A4_PAGE.content_w


# --------------------------------------------------------------------------- text


def wrap_text(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy word wrap that honours newlines and hard-breaks words wider than ``width``."""
    register_fonts()
    if has_indic(text):
        return _wrap_shaped(text, font, size, width)
    out: list[str] = []
    for para in text.split("\n"):
        lines = simpleSplit(para, font, size, width) or [""]
        for line in lines:
            while stringWidth(line, font, size) > width and len(line) > 1:
                # Hard-break an unbreakable run (long e-mail address, ID...).
                cut = len(line) - 1
                while cut > 1 and stringWidth(line[:cut], font, size) > width:
                    cut -= 1
                out.append(line[:cut])
                line = line[cut:]
            out.append(line)
    return out


def _can_break_before(line: str, i: int) -> bool:
    """Not inside a cluster: before a vowel sign/mark, a joiner, or after a virama (a conjunct goes on)."""
    ch, before = line[i], line[i - 1]
    if unicodedata.category(ch)[0] == "M" or ch in "\u200c\u200d" or before in "\u200c\u200d":
        return False
    return not unicodedata.name(before, "").endswith("SIGN VIRAMA")


def _wrap_shaped(text: str, font: str, size: float, width: float) -> list[str]:
    """Word wrap measured with the shaped widths of every script's face (Indian scripts)."""
    out: list[str] = []
    for para in text.split("\n"):
        line = ""
        for word in para.split(" "):
            candidate = f"{line} {word}" if line else word
            if not line or text_width(candidate, font, size) <= width:
                line = candidate
                continue
            out.append(line)
            line = word
        while text_width(line, font, size) > width and len(line) > 1:
            cut = len(line) - 1
            while cut > 1 and (text_width(line[:cut], font, size) > width or not _can_break_before(line, cut)):
                cut -= 1
            out.append(line[:cut])
            line = line[cut:]
        out.append(line)
    return out


class _TextWriter:
    """Emit many strings through a single PDF text object (one BT … ET)."""

    def __init__(self, canv: Canvas) -> None:
        self.canv = canv
        self.t = canv.beginText()
        self.font: tuple[str, float] | None = None
        self.color: Color | None = None

    def put(self, x: float, y: float, text: str, font: str, size: float, color: Color,
            align: str = "left") -> None:
        if not text:
            return
        if self.font != (font, size):
            self.t.setFont(font, size)
            self.font = (font, size)
        if self.color is not color:
            self.t.setFillColor(color)
            self.color = color
        if has_indic(text):
            self._put_runs(x, y, text, font, size, align)
            return
        if align != "left":
            w = stringWidth(text, font, size)
            x -= w if align == "right" else w / 2
        self.t.setTextOrigin(x, y)
        self.t.textOut(text)

    def _put_runs(self, x: float, y: float, text: str, font: str, size: float, align: str) -> None:
        """Text with Indian script: each run in its face, shaped (:func:`medlink.receipts.fonts.runs`)."""
        pieces = runs(text, font, size)
        if align != "left":
            w = sum(r.width for r in pieces)
            x -= w if align == "right" else w / 2
        for run in pieces:
            if self.font != (run.face, size):
                self.t.setFont(run.face, size)
                self.font = (run.face, size)
            self.t.setTextOrigin(x, y)
            self.t.textOut(run.text)
            x += run.width

    def finish(self) -> None:
        self.canv.drawText(self.t)


TextWriter = _TextWriter  # for the slips, which draw on a bare canvas


def _baseline(leading: float, size: float) -> float:
    """Distance from the top of a line box to the text baseline."""
    return leading / 2 + size * 0.35


@dataclass(frozen=True)
class Span:
    """A run of text that wraps within its cell.

    ``value`` puts a right-aligned figure on the span's first line (key/value
    rows such as totals); ``label`` puts a bold inline label before the text;
    ``rule`` draws a horizontal rule of that colour above the span.
    """

    text: str
    font: str = FONT_REGULAR
    size: float = 8.5
    color: Color = INK
    leading: float = 0.0  # 0 → 1.32 × size
    before: float = 0.0
    value: str | None = None
    value_font: str | None = None
    value_color: Color | None = None
    label: str | None = None
    label_color: Color = ACCENT
    label_size: float | None = None
    rule: Color | None = None
    rule_width: float = 0.8
    rule_gap: float = 4.0

    @property
    def line_height(self) -> float:
        return self.leading or self.size * 1.32


# A laid-out text op: (x, y_from_top, text, font, size, color, align)
_TextOp = tuple[float, float, str, str, float, Color, str]
# A rule op: (y_from_top, color, width)
_RuleOp = tuple[float, Color, float]


class Stack:
    """Vertical stack of :class:`Span` s laid out in a given width."""

    def __init__(self, spans: Sequence[Span], align: str = "left") -> None:
        self.spans = [s if isinstance(s.text, str) else replace(s, text=str(s.text or ""))
                      for s in spans if s.text or s.value or s.label]
        self.align = align
        self._laid_for: float | None = None
        self.text_ops: list[_TextOp] = []
        self.rule_ops: list[_RuleOp] = []
        self.height = 0.0

    def layout(self, width: float) -> float:
        if self._laid_for == width:
            return self.height
        texts: list[_TextOp] = []
        rules: list[_RuleOp] = []
        y = 0.0
        for sp in self.spans:
            y += sp.before
            if sp.rule is not None:
                rules.append((y, sp.rule, sp.rule_width))
                y += sp.rule_gap
            lh = sp.line_height
            base = _baseline(lh, sp.size)
            x0 = 0.0
            avail = width
            if sp.label:
                lsize = sp.label_size or sp.size
                texts.append((0.0, y + base, sp.label, FONT_BOLD, lsize, sp.label_color, "left"))
                x0 = text_width(sp.label, FONT_BOLD, lsize) + 6
                avail -= x0
            if sp.value is not None:
                vfont = sp.value_font or sp.font
                texts.append((width, y + base, sp.value, vfont, sp.size, sp.value_color or sp.color, "right"))
                avail -= text_width(sp.value, vfont, sp.size) + 6
            lines = wrap_text(sp.text, sp.font, sp.size, max(avail, 10)) if sp.text else [""]
            for line in lines:
                if self.align == "right" and sp.value is None:
                    texts.append((width, y + base, line, sp.font, sp.size, sp.color, "right"))
                else:
                    texts.append((x0, y + base, line, sp.font, sp.size, sp.color, "left"))
                y += lh
        self.text_ops, self.rule_ops, self.height = texts, rules, y
        self._laid_for = width
        return y

    def draw(self, canv: Canvas, writer: _TextWriter, x: float, top: float, width: float) -> None:
        """Draw with the stack's top-left corner at (``x``, ``top``) in canvas coordinates."""
        for y, color, w in self.rule_ops:
            canv.setStrokeColor(color)
            canv.setLineWidth(w)
            canv.line(x, top - y, x + width, top - y)
        for dx, dy, text, font, size, color, align in self.text_ops:
            writer.put(x + dx, top - dy, text, font, size, color, align)


@functools.lru_cache(maxsize=8)
def logo_reader(data: bytes) -> ImageReader:
    """Decode a logo once per distinct image (not once per receipt).

    The image is shrunk to ≤ 256 px, flattened onto white (the page colour)
    and re-encoded as a high-quality JPEG, which ReportLab embeds verbatim
    (DCTDecode) instead of deflating raw pixels for every document.
    Raises ``ValueError`` for unreadable data.
    """
    from PIL import Image as PILImage

    img: PILImage.Image = PILImage.open(io.BytesIO(data))
    img.load()
    img.thumbnail((256, 256))
    if img.mode in ("RGBA", "LA", "P", "PA"):
        rgba = img.convert("RGBA")
        flat = PILImage.new("RGB", rgba.size, (255, 255, 255))
        flat.paste(rgba, mask=rgba.getchannel("A"))
        img = flat
    elif img.mode != "RGB":
        img = img.convert("RGB")
    out = io.BytesIO()
    img.save(out, format="JPEG", quality=92, subsampling=0, optimize=True)
    out.seek(0)
    return ImageReader(out)


@dataclass
class Picture:
    reader: ImageReader
    box_w: float
    box_h: float

    def size(self) -> tuple[float, float]:
        iw, ih = self.reader.getSize()
        f = min(self.box_w / iw, self.box_h / ih)
        return iw * f, ih * f


@dataclass
class Cell:
    """One cell of a :class:`Block`."""

    content: Stack | Picture | None
    width: float
    panel: bool = False  # tinted background with an accent bar on the left
    pad: tuple[float, float, float, float] = (0, 0, 0, 0)  # top, right, bottom, left
    valign: str = "top"  # "top" | "middle" | "bottom"


class Block(Flowable):
    """A row of cells; its height is the tallest cell's. Not splittable (keep it small)."""

    def __init__(self, cells: Sequence[Cell], space_after: float = 0.0) -> None:
        super().__init__()
        self.cells = list(cells)
        self.space_after = space_after
        self._h = 0.0
        self._heights: list[float] = []

    def _content_h(self, cell: Cell) -> float:
        top, right, bottom, left = cell.pad
        c = cell.content
        if isinstance(c, Stack):
            h = c.layout(cell.width - left - right)
        elif isinstance(c, Picture):
            h = c.size()[1]
        else:
            h = 0.0
        return h + top + bottom

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._heights = [self._content_h(c) for c in self.cells]
        self._h = max(self._heights, default=0.0)
        self.width = sum(c.width for c in self.cells)
        return self.width, self._h + self.space_after

    def draw(self) -> None:
        canv = self.canv
        writer = _TextWriter(canv)
        top_y = self.space_after + self._h
        x = 0.0
        for cell, h in zip(self.cells, self._heights, strict=True):
            if cell.panel:
                canv.setFillColor(PANEL)
                canv.rect(x, self.space_after, cell.width, self._h, stroke=0, fill=1)
                canv.setFillColor(ACCENT)
                canv.rect(x, self.space_after, 2, self._h, stroke=0, fill=1)
            top, right, _bottom, left = cell.pad
            slack = self._h - h
            offset = {"top": 0.0, "middle": slack / 2, "bottom": slack}[cell.valign]
            cy = top_y - offset - top
            c = cell.content
            if isinstance(c, Stack):
                c.draw(canv, writer, x + left, cy, cell.width - left - right)
            elif isinstance(c, Picture):
                w, ph = c.size()
                canv.drawImage(c.reader, x + left, cy - ph, w, ph)
            x += cell.width
        writer.finish()


def text_block(spans: Sequence[Span], width: float = CONTENT_W, align: str = "left",
               space_after: float = 0.0) -> Block:
    """A full-width single-cell :class:`Block`."""
    return Block([Cell(Stack(spans, align), width)], space_after=space_after)


class Rule(Flowable):
    """A full-width horizontal rule."""

    def __init__(self, color: Color, thickness: float, space_before: float, space_after: float) -> None:
        super().__init__()
        self.color, self.thickness = color, thickness
        self.space_before, self.space_after = space_before, space_after

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, self.space_before + self.thickness + self.space_after

    def draw(self) -> None:
        self.canv.setStrokeColor(self.color)
        self.canv.setLineWidth(self.thickness)
        y = self.space_after + self.thickness / 2
        self.canv.line(0, y, self.width, y)


# --------------------------------------------------------------------------- grid


@dataclass(frozen=True)
class Col:
    width: float
    align: str = "left"
    font: str = FONT_REGULAR
    color: Color = INK
    numeric: bool = False  # single line, shrink to fit instead of wrapping


@dataclass(frozen=True)
class Head:
    """A header cell spanning columns ``c0..c1`` and header rows ``r0..r1`` (inclusive)."""

    text: str
    c0: int
    c1: int | None = None
    r0: int = 0
    r1: int | None = None
    align: str = "left"
    size: float = 7.0
    font: str = FONT_BOLD
    rule_below: bool = False  # thin rule under a group label


GridCell = str | Stack


@dataclass
class _GridSpec:
    cols: list[Col]
    head: list[Head]
    head_rows: int
    size: float = 8.0
    leading: float = 10.0
    hpad: float = 3.5
    vpad: float = 4.5
    head_row_h: float = 12.5
    zebra: bool = True
    widths: list[float] = field(default_factory=list)


class Grid(Flowable):
    """A light-weight table with a repeated header that splits between rows."""

    def __init__(self, spec: _GridSpec, rows: Sequence[Sequence[GridCell]], zebra_offset: int = 0) -> None:
        super().__init__()
        self.spec = spec
        self.rows = [list(r) for r in rows]
        self.zebra_offset = zebra_offset
        self._laid: list[tuple[float, list[Any]]] | None = None

    @property
    def head_h(self) -> float:
        s = self.spec
        if s.head_rows > 1:
            return s.head_row_h * s.head_rows
        lines = max((h.text.count("\n") + 1 for h in s.head), default=1)
        return lines * (s.head[0].size * 1.2 if s.head else 8.5) + 8

    def _layout(self) -> list[tuple[float, list[Any]]]:
        if self._laid is not None:
            return self._laid
        s = self.spec
        laid: list[tuple[float, list[Any]]] = []
        for row in self.rows:
            cells: list[Any] = []
            h = s.leading
            for col, value in zip(s.cols, row, strict=True):
                if value is None:
                    value = ""
                inner = col.width - 2 * s.hpad
                if isinstance(value, Stack):
                    ch = value.layout(inner)
                    cells.append(value)
                elif col.numeric:
                    size = s.size
                    w = text_width(value, col.font, size)
                    if w > inner:
                        size = max(5.0, size * inner / w)
                    cells.append((value, size))
                    ch = s.leading
                else:
                    lines = wrap_text(value, col.font, s.size, inner)
                    cells.append(lines)
                    ch = len(lines) * s.leading
                h = max(h, ch)
            laid.append((h + 2 * s.vpad, cells))
        self._laid = laid
        return laid

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = sum(c.width for c in self.spec.cols)
        self.height = self.head_h + sum(h for h, _ in self._layout())
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.wrap(availWidth, availHeight)
        if self.height <= availHeight:
            return [self]
        used, n = self.head_h, 0
        for h, _ in self._layout():
            if used + h > availHeight:
                break
            used += h
            n += 1
        if n == 0:
            return []
        return [
            Grid(self.spec, self.rows[:n], self.zebra_offset),
            Grid(self.spec, self.rows[n:], self.zebra_offset + n),
        ]

    def draw(self) -> None:
        s = self.spec
        canv = self.canv
        laid = self._layout()
        xs = [0.0]
        for c in s.cols:
            xs.append(xs[-1] + c.width)
        width = xs[-1]
        top = self.height
        head_h = self.head_h

        # Header band.
        canv.setFillColor(ACCENT)
        canv.rect(0, top - head_h, width, head_h, stroke=0, fill=1)
        # Row backgrounds and rules.
        y = top - head_h
        canv.setLineWidth(0.5)
        for i, (h, _cells) in enumerate(laid):
            if s.zebra and (i + self.zebra_offset) % 2 == 1:
                canv.setFillColor(PANEL)
                canv.rect(0, y - h, width, h, stroke=0, fill=1)
            y -= h
            last = i == len(laid) - 1
            canv.setStrokeColor(RULE if last else HAIRLINE)
            canv.setLineWidth(0.8 if last else 0.5)
            canv.line(0, y, width, y)

        writer = _TextWriter(canv)
        row_h = head_h / s.head_rows if s.head_rows > 1 else head_h
        for hd in s.head:
            c1 = hd.c0 if hd.c1 is None else hd.c1
            r1 = hd.r0 if hd.r1 is None else hd.r1
            x0, x1 = xs[hd.c0] + s.hpad, xs[c1 + 1] - s.hpad
            band_top = top - hd.r0 * row_h
            band_h = (r1 - hd.r0 + 1) * row_h
            lines = hd.text.split("\n")
            lead = hd.size * 1.2
            block_h = len(lines) * lead
            ty = band_top - (band_h - block_h) / 2
            x = {"left": x0, "right": x1, "center": (x0 + x1) / 2}[hd.align]
            for line in lines:
                writer.put(x, ty - _baseline(lead, hd.size), line, hd.font, hd.size, WHITE, hd.align)
                ty -= lead
            if hd.rule_below:
                canv.setStrokeColor(ACCENT_SOFT)
                canv.setLineWidth(0.4)
                yy = band_top - band_h + 0.5
                canv.line(xs[hd.c0] + 2, yy, xs[c1 + 1] - 2, yy)

        y = top - head_h
        for h, cells in laid:
            cy = y - s.vpad
            for j, (col, cell) in enumerate(zip(s.cols, cells, strict=True)):
                x0, x1 = xs[j] + s.hpad, xs[j + 1] - s.hpad
                if isinstance(cell, Stack):
                    cell.draw(canv, writer, x0, cy, x1 - x0)
                    continue
                if isinstance(cell, tuple):
                    text, size = cell
                    lines, sizes = [text], size
                else:
                    lines, sizes = cell, s.size
                ly = cy
                for line in lines:
                    x = {"left": x0, "right": x1, "center": (x0 + x1) / 2}[col.align]
                    writer.put(x, ly - _baseline(s.leading, sizes), line, col.font, sizes, col.color, col.align)
                    ly -= s.leading
            y -= h
        writer.finish()


def grid(cols: Sequence[Col], head: Sequence[Head], head_rows: int,
         rows: Sequence[Sequence[GridCell]], **kw: Any) -> Grid:
    return Grid(_GridSpec(list(cols), list(head), head_rows, **kw), rows)


# --------------------------------------------------------------------------- document


class NumberedCanvas(Canvas):
    """Canvas that knows the page count at save time, for "Page x of y" footers."""

    def __init__(self, *args: Any, footer_left: str = "", footer_right: str = "",
                 page_label: str = "Page {page} of {pages}", page: PageGeometry = A4_PAGE, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._page = page
        self._footer_left = footer_left
        self._footer_right = footer_right
        self._page_label = page_label
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]  # private ReportLab API, not in its stubs

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._draw_footer(total)
            super().showPage()
        super().save()

    def _draw_footer(self, total: int) -> None:
        page = self._page
        y = page.margin_bottom - 8 * mm * page.font_scale
        left_x, right_x = page.margin_x, page.width - page.margin_x
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(left_x, y + 9 * page.font_scale, right_x, y + 9 * page.font_scale)
        writer = _TextWriter(self)
        right = self._page_label.format(page=self._pageNumber, pages=total)  # type: ignore[attr-defined]  # as above
        if self._footer_right:
            right = f"{self._footer_right}  ·  {right}"
        size = 7 * page.font_scale
        if page is not A4_PAGE:
            # A narrow sheet: the two halves of the footer must not run into each other.
            wanted = text_width(self._footer_left, FONT_REGULAR, size) + text_width(right, FONT_REGULAR, size) + 12
            if wanted > page.content_w:
                size = max(4.5, size * (page.content_w - 12) / (wanted - 12))
        writer.put(left_x, y, self._footer_left, FONT_REGULAR, size, MUTED)
        writer.put(right_x, y, right, FONT_REGULAR, size, MUTED, "right")
        writer.finish()


@contextlib.contextmanager
def _binary_streams() -> Iterator[None]:
    """Skip ReportLab's ASCII85 armour on compressed streams while we build.

    ASCII85 only exists for 7-bit transports; without it the PDF is smaller
    and (with the pure-Python encoder) several ms faster.  ReportLab reads
    the flag from global config, so it is set for the duration of the build
    and restored; both values give a valid PDF, so a concurrent render
    elsewhere in the process can at worst get the other encoding.
    """
    old = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = old


def build_pdf(story: list[Flowable], *, title: str, author: str, subject: str,
              footer_left: str, footer_right: str, page_label: str = "Page {page} of {pages}",
              page: PageGeometry = A4_PAGE) -> bytes:
    """Lay ``story`` out on ``page`` sheets (A4 by default) with its margins and the footer; return PDF bytes.

    The story is built for the sheet's content width; its type is scaled by the
    sheet's ``font_scale`` here (:func:`scale_story`).
    """
    register_fonts()
    if page.font_scale != 1.0:
        story = scale_story(story, page.font_scale)
    buf = io.BytesIO()
    doc = BaseDocTemplate(
        buf,
        pagesize=page.size,
        leftMargin=page.margin_x,
        rightMargin=page.margin_x,
        topMargin=page.margin_top,
        bottomMargin=page.margin_bottom,
        title=title,
        author=author,
        subject=subject,
        creator="MedLink",
    )
    frame = Frame(page.margin_x, page.margin_bottom, page.content_w, page.height - page.margin_top - page.margin_bottom,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    with _binary_streams():
        doc.build(
            story,
            canvasmaker=functools.partial(NumberedCanvas, footer_left=footer_left, footer_right=footer_right,
                                          page_label=page_label, page=page),
        )
    return buf.getvalue()


# --------------------------------------------------------------------------- scaling


class Together(KeepTogether):
    """Flowables kept on one page (ReportLab's ``KeepTogether``) whose parts :func:`scale_story` can reach."""

    def __init__(self, parts: Sequence[Flowable]) -> None:
        self.parts = list(parts)
        super().__init__(self.parts)


def _scale_span(sp: Span, k: float) -> Span:
    return replace(sp, size=sp.size * k, leading=sp.leading * k, before=sp.before * k,
                   label_size=sp.label_size * k if sp.label_size else None, rule_gap=sp.rule_gap * k)


def _scale_stack(stack: Stack, k: float) -> Stack:
    return Stack([_scale_span(sp, k) for sp in stack.spans], stack.align)


def scale_story(story: Sequence[Flowable], k: float) -> list[Flowable]:
    """The story with every type size, leading and vertical space multiplied by ``k``.

    Widths are left alone (each document picks them for its sheet); images keep
    their size.  Only this module's flowables and ReportLab's ``Spacer`` are known.
    """
    out: list[Flowable] = []
    for f in story:
        if isinstance(f, Block):
            cells = [replace(c, content=_scale_stack(c.content, k), pad=(c.pad[0] * k, c.pad[1], c.pad[2] * k, c.pad[3]))
                     if isinstance(c.content, Stack) else c for c in f.cells]
            out.append(Block(cells, space_after=f.space_after * k))
        elif isinstance(f, Grid):
            s = f.spec
            spec = replace(s, head=[replace(h, size=h.size * k) for h in s.head], size=s.size * k,
                           leading=s.leading * k, vpad=s.vpad * k, head_row_h=s.head_row_h * k,
                           hpad=s.hpad * k)
            rows = [[_scale_stack(c, k) if isinstance(c, Stack) else c for c in r] for r in f.rows]
            out.append(Grid(spec, rows, f.zebra_offset))
        elif isinstance(f, Rule):
            out.append(Rule(f.color, f.thickness * k, f.space_before * k, f.space_after * k))
        elif isinstance(f, Together):
            out.append(Together(scale_story(f.parts, k)))
        elif isinstance(f, Spacer):
            out.append(Spacer(f.width, f.height * k))
        else:
            out.append(f)
    return out
