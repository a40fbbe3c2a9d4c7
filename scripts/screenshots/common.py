"""What every screenshot script shares: the 1366×768 screen, saving a window or a dialog, small PNGs.

A role window (and the kiosk, the token screen, a page shown alone) is saved at exactly 1366×768, the
clinic laptops' screen; a dialog at the size MedLink opens it with, which is never more than that.
A picture that comes out larger means the window cannot be shown whole on such a laptop: the script
says so and ends with an error.  PNGs are optimised (and reduced to 256 colours when still over
250 KB) so the repository stays small.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

SCREEN = (1366, 768)
MAX_BYTES = 250_000

too_big: list[str] = []


def settle(rounds: int = 6) -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(rounds):
        QApplication.processEvents()


def save(widget, path: Path, *, window: bool = True) -> Path:  # type: ignore[no-untyped-def]
    """Grab ``widget`` into ``path``: a window at 1366×768, a dialog at its own size (at most the screen)."""
    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice

    if window:
        widget.resize(*SCREEN)
    if not widget.isVisible():
        widget.show()
    settle()
    size = (widget.width(), widget.height())
    if (window and size != SCREEN) or size[0] > SCREEN[0] or size[1] > SCREEN[1]:
        too_big.append(f"{path.name}: {size[0]}×{size[1]}")
        print(f"!! {path.name} is {size[0]}×{size[1]}, not within {SCREEN[0]}×{SCREEN[1]}", file=sys.stderr)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    widget.grab().save(buffer, "PNG")
    image = Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGB")
    write_png(image, path)
    return path


def write_png(image, path: Path) -> None:  # type: ignore[no-untyped-def]
    """``image`` (Pillow) as an optimised PNG; 256 colours if the full-colour file is over 250 KB."""
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    if out.tell() > MAX_BYTES:
        out = io.BytesIO()
        image.quantize(colors=256, method=2).save(out, format="PNG", optimize=True)
    path.write_bytes(out.getvalue())


def optimise(path: Path) -> None:
    """Re-save a PNG written by another tool (pdftoppm) the same way."""
    from PIL import Image

    with Image.open(path) as image:
        rgb = image.convert("RGB")
    write_png(rgb, path)


def finish(saved: list[Path]) -> int:
    for path in saved:
        print(path)
    if too_big:
        print("Larger than the 1366×768 screen: " + ", ".join(too_big), file=sys.stderr)
        return 1
    return 0
