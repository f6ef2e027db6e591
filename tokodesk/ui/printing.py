"""Showing and printing our PDFs with Qt: pages are rasterized by PDFium (pypdfium2, a few MB
instead of QtPdf's hundreds) and painted onto the screen or any installed printer.

Both functions run on a worker thread: QImage and painting on a QPrinter are allowed there.
"""

from __future__ import annotations

from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from tokodesk.domain.errors import QT_TRANSLATE_NOOP
from tokodesk.services.printing import PrinterProblem

PREVIEW_DPI = 110
MAX_PRINT_DPI = 300  # thermal and office printers gain nothing above it; memory stays small


def pdf_to_images(pdf: bytes, dpi: float) -> list[QImage]:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    try:
        images = []
        for i in range(len(doc)):
            page = doc[i]
            bitmap = page.render(scale=dpi / 72, rev_byteorder=True)
            fmt = QImage.Format.Format_RGBA8888 if bitmap.n_channels == 4 else QImage.Format.Format_RGB888
            img = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, fmt).copy()
            images.append(img)
            page.close()
        return images
    finally:
        doc.close()


def page_size_points(pdf: bytes) -> tuple[float, float]:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    try:
        return doc[0].get_size()
    finally:
        doc.close()


def print_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Print every page of ``pdf`` on ``printer`` at its own paper size (a thermal roll's
    page is as long as the document); returns the number of pages printed."""
    w, h = page_size_points(pdf)
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QSizeF(w, h), QPageSize.Unit.Point), QPageLayout.Orientation.Portrait, QMarginsF()
        )
    )
    printer.setFullPage(True)
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    images = pdf_to_images(pdf, dpi)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrinterProblem(
            QT_TRANSLATE_NOOP(
                "errors", "Printer «{name}» tidak bisa dipakai; periksa apakah menyala dan terpasang"
            ),
            name=printer.printerName(),
        )
    try:
        page = printer.pageRect(QPrinter.Unit.DevicePixel)
        for i, img in enumerate(images):
            if i:
                printer.newPage()
            scale = page.width() / img.width()
            painter.drawImage(QRectF(0, 0, page.width(), img.height() * scale), img)
    finally:
        painter.end()
    return len(images)
