"""PDF pages as images, rendered from memory by pdfium (pypdfium2): one renderer for the viewer and printing.

Nothing is written to disk: the document is opened from the bytes the services returned.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPagedPaintDevice, QPainter

__all__ = ["PdfPages", "paint_images"]

_POINTS_PER_MM = 72 / 25.4


class PdfPages:
    """An open PDF: its page count, page sizes, and each page as a :class:`QImage` at a resolution."""

    def __init__(self, data: bytes) -> None:
        import pypdfium2

        self._pdf: pypdfium2.PdfDocument | None = pypdfium2.PdfDocument(data)

    def __enter__(self) -> PdfPages:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def __len__(self) -> int:
        return len(self._pdf) if self._pdf is not None else 0

    def size_mm(self, index: int) -> tuple[float, float]:
        assert self._pdf is not None
        width, height = self._pdf.get_page_size(index)
        return width / _POINTS_PER_MM, height / _POINTS_PER_MM

    def sizes_mm(self) -> list[tuple[float, float]]:
        return [self.size_mm(i) for i in range(len(self))]

    def render(self, index: int, dpi: float) -> QImage:
        """Page ``index`` at ``dpi`` (a copy the caller owns)."""
        assert self._pdf is not None
        bitmap = self._pdf[index].render(scale=dpi / 72, rev_byteorder=True)
        image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                       QImage.Format.Format_RGBX8888 if bitmap.n_channels == 4 else QImage.Format.Format_RGB888)
        return image.copy()

    def close(self) -> None:
        """Free pdfium's copy of the document."""
        if self._pdf is not None:
            self._pdf.close()
            self._pdf = None


def paint_images(device: QPagedPaintDevice, images: Iterable[QImage]) -> int | None:
    """Draw each image on its own page of ``device`` (a printer), scaled to fit and centred at the top.

    Returns the number of pages drawn, or None when the device could not be started.
    """
    painter = QPainter()
    if not painter.begin(device):
        return None
    count = 0
    try:
        for image in images:
            if count:
                device.newPage()
            area = QRectF(painter.viewport())
            scale = min(area.width() / image.width(), area.height() / image.height())
            width, height = image.width() * scale, image.height() * scale
            painter.drawImage(QRectF(area.x() + (area.width() - width) / 2, area.y(), width, height), image)
            count += 1
    finally:
        painter.end()
    return count
