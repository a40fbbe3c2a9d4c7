"""The built-in document viewer: records, receipts, prescriptions and flowsheets shown from memory.

Images are decoded by Qt, PDFs rendered page by page by pdfium (pypdfium2) from
the bytes in memory — no decrypted copy is ever written to disk for viewing
(records, receipts and prescriptions are stored encrypted; the services decrypt them
into memory).
"Save a copy…" is the explicit, audit-logged way to take a file out.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from medlink.ui.pdf_pages import PdfPages, paint_images
from medlink.ui.widgets import remember_geometry

if TYPE_CHECKING:  # pragma: no cover
    from medlink.services.documents import GeneratedDocument

ZOOM_STEPS = (0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0)
PDF_RENDER_DPI = 96


class DocumentViewerDialog(QDialog):
    """Shows one PDF or image from bytes, with zoom, pages, print and "Save a copy…"."""

    def __init__(self, data: bytes, content_type: str, title: str, parent: QWidget | None = None, *,
                 save_copy: Callable[[str], object] | None = None, suggested_name: str = "document") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("documentViewer")
        self._data = data
        self._content_type = content_type
        self._save_copy = save_copy
        self._suggested_name = suggested_name
        self._pdf: PdfPages | None = None
        self._image: QImage | None = None
        self.page_index = 0
        self.zoom = 1.0
        if content_type == "application/pdf":
            self._pdf = PdfPages(data)  # from memory
        else:
            image = QImage()
            if not image.loadFromData(data):
                raise ValueError("the image cannot be decoded")
            self._image = image

        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.previous_button = QPushButton(self.tr("\u25c0 Previous page"))
        self.next_button = QPushButton(self.tr("Next page \u25b6"))
        self.page_label = QLabel()
        self.zoom_out_button = QPushButton(self.tr("Zoom out"))
        self.zoom_in_button = QPushButton(self.tr("Zoom in"))
        self.fit_button = QPushButton(self.tr("Fit width"))
        self.zoom_label = QLabel()
        self.print_button = QPushButton(self.tr("Print\u2026"))
        self.save_button = QPushButton(self.tr("Save a copy\u2026"))
        self.save_button.setVisible(save_copy is not None)
        for widget in (self.previous_button, self.page_label, self.next_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self.zoom_out_button, self.zoom_label, self.zoom_in_button, self.fit_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_button)
        layout.addLayout(bar)
        self.canvas = QLabel()
        self.canvas.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(self.canvas)
        self.scroll_area.setWidgetResizable(True)
        layout.addWidget(self.scroll_area, 1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        self.previous_button.clicked.connect(lambda: self.show_page(self.page_index - 1))
        self.next_button.clicked.connect(lambda: self.show_page(self.page_index + 1))
        self.zoom_in_button.clicked.connect(lambda: self.set_zoom(self._step(+1)))
        self.zoom_out_button.clicked.connect(lambda: self.set_zoom(self._step(-1)))
        self.fit_button.clicked.connect(self.fit_width)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.choose_and_save)
        QShortcut(QKeySequence.StandardKey.ZoomIn, self).activated.connect(lambda: self.set_zoom(self._step(+1)))
        QShortcut(QKeySequence.StandardKey.ZoomOut, self).activated.connect(lambda: self.set_zoom(self._step(-1)))
        QShortcut(QKeySequence(Qt.Key.Key_PageDown), self).activated.connect(lambda: self.show_page(self.page_index + 1))
        QShortcut(QKeySequence(Qt.Key.Key_PageUp), self).activated.connect(lambda: self.show_page(self.page_index - 1))
        remember_geometry(self, "viewer", (1000, 700))
        self.finished.connect(self.release)
        self.show_page(0)

    # --- pages and zoom ---------------------------------------------------------------------------
    @property
    def page_count(self) -> int:
        return len(self._pdf) if self._pdf is not None else 1

    def render_page(self, index: int, scale: float) -> QImage:
        """One page as an image at ``scale`` (1.0 = 96 dpi), rendered from memory."""
        if self._pdf is None:
            assert self._image is not None
            if scale == 1.0:
                return self._image
            return self._image.scaled(max(1, int(self._image.width() * scale)),
                                      max(1, int(self._image.height() * scale)),
                                      Qt.AspectRatioMode.KeepAspectRatio,
                                      Qt.TransformationMode.SmoothTransformation)
        return self._pdf.render(index, scale * PDF_RENDER_DPI)

    def show_page(self, index: int) -> None:
        self.page_index = max(0, min(index, self.page_count - 1))
        self.canvas.setPixmap(QPixmap.fromImage(self.render_page(self.page_index, self.zoom)))
        self.page_label.setText(self.tr("Page {n} of {total}").format(n=self.page_index + 1, total=self.page_count))
        self.zoom_label.setText(f"{round(self.zoom * 100)} %")
        self.previous_button.setEnabled(self.page_index > 0)
        self.next_button.setEnabled(self.page_index < self.page_count - 1)
        self.zoom_in_button.setEnabled(self.zoom < ZOOM_STEPS[-1])
        self.zoom_out_button.setEnabled(self.zoom > ZOOM_STEPS[0])

    def _step(self, direction: int) -> float:
        if direction > 0:
            return next((z for z in ZOOM_STEPS if z > self.zoom + 1e-6), ZOOM_STEPS[-1])
        return next((z for z in reversed(ZOOM_STEPS) if z < self.zoom - 1e-6), ZOOM_STEPS[0])

    def set_zoom(self, zoom: float) -> None:
        self.zoom = max(ZOOM_STEPS[0], min(zoom, ZOOM_STEPS[-1]))
        self.show_page(self.page_index)

    def fit_width(self) -> None:
        natural = self.render_page(self.page_index, 1.0).width()
        available = max(100, self.scroll_area.viewport().width() - 20)
        self.set_zoom(available / max(1, natural))

    # --- print and save -------------------------------------------------------------------------
    def print_document(self, printer: object | None = None) -> bool:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
                return False
        assert isinstance(printer, QPrinter)
        # 192 dpi: sharp enough for paper; the same page painter as the print preview
        if paint_images(printer, (self.render_page(i, 2.0) for i in range(self.page_count))) is None:
            self.status.setText(self.tr("The printer could not be started."))
            return False
        self.status.setText(self.tr("Sent {n} page(s) to the printer.").format(n=self.page_count))
        return True

    def choose_and_save(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy"), self._suggested_name)
        if name:
            self.save_copy_to(name)

    def save_copy_to(self, path: str) -> None:
        assert self._save_copy is not None
        from medlink.ui.errors import show_error

        try:
            saved = self._save_copy(path)
        except Exception as exc:  # noqa: BLE001 - shown as a sentence by the one error helper
            show_error(self, exc)
            return
        self.status.setText(self.tr("A decrypted copy was saved to {path}. It is no longer protected by "
                                    "MedLink.").format(path=saved))

    def release(self) -> None:
        """Free pdfium's copy of the document (the bytes were only ever in memory)."""
        if self._pdf is not None:
            self._pdf.close()
            self._pdf = None

    def closeEvent(self, event) -> None:
        self.release()
        super().closeEvent(event)


def show_viewer(parent: QWidget, data: bytes, content_type: str, title: str, *,
                save_copy: Callable[[str], object] | None, suggested_name: str,
                on_open: Callable[[DocumentViewerDialog], None] | None = None) -> DocumentViewerDialog | None:
    """Show bytes in a non-modal viewer (deleted when closed); a file pdfium or Qt cannot draw gets a sentence."""
    from medlink.ui.errors import show_error

    try:
        viewer = DocumentViewerDialog(data, content_type, title, parent, save_copy=save_copy,
                                      suggested_name=suggested_name)
    except Exception as exc:  # noqa: BLE001 - a file pdfium or Qt cannot draw
        from medlink.errors import StorageError

        show_error(parent, StorageError(QCoreApplication.translate(
            "DocumentViewerDialog", "The file cannot be shown ({name}).").format(name=type(exc).__name__)))
        return None
    viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    viewer.show()
    if on_open is not None:
        on_open(viewer)
    return viewer


def open_record_viewer(parent: QWidget, *, db: object, actor: object, records_dir: object, record_id: int,
                       on_open: Callable[[DocumentViewerDialog], None] | None = None) -> None:
    """Decrypt a record off the GUI thread and show it in the viewer (non-modal); nothing touches the disk."""
    from pathlib import Path

    from medlink.services import records
    from medlink.ui.errors import show_error
    from medlink.ui.tasks import run_task

    def load():
        return records.read_record(db, actor=actor, records_dir=records_dir, record_id=record_id)  # type: ignore[arg-type]

    def show(result) -> None:
        view, data = result
        show_viewer(parent, data, view.content_type, view.title,
                    save_copy=lambda path: records.save_record_copy(db, actor=actor, records_dir=records_dir,  # type: ignore[arg-type]
                                                                    record_id=record_id, target=Path(path)),
                    suggested_name=view.original_filename or f"{view.title}{records.ALLOWED_TYPES.get(view.content_type, '')}",
                    on_open=on_open)

    run_task(load, on_result=show, on_error=lambda exc: show_error(parent, exc), context=parent)


def open_document_viewer(parent: QWidget, *, db: object, actor: object, load: Callable[[], GeneratedDocument],
                         on_open: Callable[[DocumentViewerDialog], None] | None = None) -> None:
    """Decrypt (or render) a receipt, prescription or flowsheet off the GUI thread and show it from memory.

    ``load`` is the service call returning a :class:`~medlink.services.documents.GeneratedDocument`;
    "Save a copy…" writes it where the user chose and records the export in the audit log.
    """
    from pathlib import Path

    from medlink.services import documents
    from medlink.ui.errors import show_error
    from medlink.ui.tasks import run_task

    def show(document: GeneratedDocument) -> None:
        show_viewer(parent, document.data, document.content_type, document.title,
                    save_copy=lambda path: documents.save_copy(db, actor=actor, document=document,  # type: ignore[arg-type]
                                                               target=Path(path)),
                    suggested_name=document.file_name, on_open=on_open)

    run_task(load, on_result=show, on_error=lambda exc: show_error(parent, exc), context=parent)
