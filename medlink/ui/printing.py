"""Print with a preview: receipts, prescriptions, lab orders and appointment slips.

The services render each document as PDF bytes for a paper (A4, A5, the 80 mm
roll); :class:`PrintPreviewDialog` (Qt's print preview with a "Paper" choice in
its tool bar) draws the pages, rendered from memory by pdfium (pypdfium2), on the
printer's page of the same paper: an A5 document is laid out for A5 and shown
page for page (no scaling), and the roll page is exactly as tall as the receipt.

:func:`print_document` fetches every paper's PDF off the GUI thread, then opens
the preview.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QComboBox, QLabel, QToolBar, QWidget

from medlink.ui.operations import query
from medlink.ui.pdf_pages import PdfPages, paint_images
from medlink.ui.widgets import remember_geometry
from medlink.vocabulary import PaperSize

__all__ = ["PrintPreviewDialog", "paint_pdf", "paper_label", "pdf_page_sizes_mm", "print_document",
           "render_pdf_page"]

#: Resolution the pages are rendered at for the printer (sharp on paper, modest in memory).
PRINT_DPI = 200


def paper_label(paper: PaperSize) -> str:
    return {
        PaperSize.A4: QCoreApplication.translate("Printing", "A4 sheet"),
        PaperSize.A5: QCoreApplication.translate("Printing", "A5 sheet"),
        PaperSize.ROLL_80MM: QCoreApplication.translate("Printing", "80 mm receipt roll"),
    }[paper]


def pdf_page_sizes_mm(data: bytes) -> list[tuple[float, float]]:
    with PdfPages(data) as pages:
        return pages.sizes_mm()


def render_pdf_page(data: bytes, index: int, dpi: float) -> QImage:
    """One PDF page as an image, rendered from memory (nothing written to disk)."""
    with PdfPages(data) as pages:
        return pages.render(index, dpi)


def paint_pdf(printer: QPrinter, data: bytes, dpi: float = PRINT_DPI) -> int:
    """Draw every page of ``data`` on ``printer``, each scaled to fit its page and centred at the top.

    Returns the number of pages drawn.
    """
    with PdfPages(data) as pages:
        return paint_images(printer, (pages.render(i, dpi) for i in range(len(pages)))) or 0


class PrintPreviewDialog(QPrintPreviewDialog):
    """Qt's print preview with the clinic's papers: the pages follow the chosen paper at once."""

    def __init__(self, documents: dict[PaperSize, bytes], title: str, parent: QWidget | None = None,
                 printer: QPrinter | None = None) -> None:
        self.target_printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
        super().__init__(self.target_printer, parent)
        self.setObjectName("printPreview")
        self.setWindowTitle(title)
        self.target_printer.setDocName(title)
        self._documents = dict(documents)
        self.pages_painted = 0
        self.paper_combo = QComboBox()
        self.paper_combo.setObjectName("paperChoice")
        for paper in self._documents:
            self.paper_combo.addItem(paper_label(paper), paper)
        toolbar = self.findChild(QToolBar)
        if toolbar is not None:
            toolbar.addSeparator()
            label = QLabel(self.tr("Paper:"))
            label.setBuddy(self.paper_combo)
            toolbar.addWidget(label)
            toolbar.addWidget(self.paper_combo)
        self.preview = self.findChild(QPrintPreviewWidget)
        self.paintRequested.connect(self._paint)
        self.paper_combo.currentIndexChanged.connect(lambda _i: self._paper_changed())
        self.apply_paper(self.paper)
        remember_geometry(self, "print_preview", (1000, 700))

    @property
    def paper(self) -> PaperSize:
        return PaperSize(self.paper_combo.currentData())

    def choose_paper(self, paper: PaperSize) -> None:
        self.paper_combo.setCurrentIndex(self.paper_combo.findData(paper))

    def apply_paper(self, paper: PaperSize) -> None:
        """Set the printer's page for ``paper`` (the roll: 80 mm by the document's own height)."""
        if paper is PaperSize.ROLL_80MM:
            sizes = pdf_page_sizes_mm(self._documents[paper])
            width, height = sizes[0] if sizes else (80.0, 120.0)
            size = QPageSize(QSizeF(width, height), QPageSize.Unit.Millimeter,
                             QCoreApplication.translate("Printing", "80 mm roll"),
                             QPageSize.SizeMatchPolicy.ExactMatch)
            margins = QMarginsF(0, 0, 0, 0)
        else:
            size = QPageSize(QPageSize.PageSizeId.A5 if paper is PaperSize.A5 else QPageSize.PageSizeId.A4)
            margins = QMarginsF(0, 0, 0, 0)
        self.target_printer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, margins,
                                               QPageLayout.Unit.Millimeter))
        self.target_printer.setFullPage(True)

    def _paper_changed(self) -> None:
        self.apply_paper(self.paper)
        if self.preview is not None:
            self.preview.updatePreview()

    def _paint(self, printer: QPrinter) -> None:
        self.pages_painted = paint_pdf(printer, self._documents[self.paper])

    def print_to_pdf(self, path: str) -> int:
        """Print the chosen paper's pages to a PDF file (used by tests and "Print to file")."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(path)
        printer.setPageLayout(self.target_printer.pageLayout())
        printer.setFullPage(True)
        return paint_pdf(printer, self._documents[self.paper])


def print_document(parent: QWidget, title: str, papers: Sequence[PaperSize],
                   render: Callable[[PaperSize], bytes],
                   opened: Callable[[PrintPreviewDialog], object] | None = None) -> None:
    """Render the document for each paper off the GUI thread, then open the print preview on ``parent``."""

    def fetch() -> dict[PaperSize, bytes]:
        return {paper: render(paper) for paper in papers}

    def show(documents: dict[PaperSize, bytes]) -> None:
        dialog = PrintPreviewDialog(documents, title, parent)
        setattr(parent, "print_preview", dialog)  # noqa: B010 - keeps the dialog alive and reachable in tests
        dialog.open()
        if opened is not None:
            opened(dialog)

    query(parent, fetch, show)
