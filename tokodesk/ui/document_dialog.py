"""Preview of the real document (the same PDF that is printed or saved), with the kind and
paper size to choose, then: print to any installed printer, save as PDF, or send to the
thermal printer.  Data is read on the database worker; rendering and printing run on the
print worker, so the window never freezes."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from tokodesk.documents.model import DocKind, OrderDocument, PaperSize
from tokodesk.services import documents as document_service
from tokodesk.services import settings
from tokodesk.services.files import write_atomically
from tokodesk.services.printing import send_escpos
from tokodesk.ui import i18n
from tokodesk.ui.printing import PREVIEW_DPI, pdf_to_images, print_pdf
from tokodesk.ui.signals import emit
from tokodesk.ui.widgets import ErrorLabel

SIZE_LABELS = {
    PaperSize.A4: "A4",
    PaperSize.A5: "A5",
    PaperSize.A6: "A6",
    PaperSize.MM58: "Struk 58 mm",
    PaperSize.MM80: "Struk 80 mm",
}


def kind_label(kind: DocKind) -> str:
    from PySide6.QtCore import QCoreApplication

    return {
        DocKind.NOTA: QCoreApplication.translate("documents", "Nota"),
        DocKind.SLIP: QCoreApplication.translate("documents", "Slip pengambilan"),
        DocKind.FINAL: QCoreApplication.translate("documents", "Nota lunas"),
        DocKind.CONFIRMATION: QCoreApplication.translate("documents", "Lembar konfirmasi"),
    }[kind]


def load_print_settings(session) -> tuple[PaperSize, str]:
    return PaperSize(settings.get(session, "document.paper")), settings.get(session, "printer.escpos")


class DocumentDialog(QDialog):
    """Signals:
    rendered(int): the preview shows a freshly rendered document (its page count).
    done(str): a print, save or send finished; the message shown to the user.
    """

    rendered = Signal(int)
    done = Signal(str)

    def __init__(
        self,
        runner,
        printer_runner,
        order_id: int,
        kind: DocKind = DocKind.NOTA,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.printer_runner = printer_runner
        self.order_id = order_id
        self.doc: OrderDocument | None = None
        self.pdf: bytes | None = None
        self.escpos_target = ""
        self.setWindowTitle(self.tr("Cetak dokumen"))
        self.resize(760, 820)

        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for k in DocKind:
            self.kind.addItem(kind_label(k), k)
        self.kind.setCurrentIndex(list(DocKind).index(kind))
        self.size = QComboBox()
        self.size.setObjectName("size")
        for s in PaperSize:
            self.size.addItem(SIZE_LABELS[s], s)
        self.pages = QVBoxLayout()
        self.pages.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        holder = QWidget()
        holder.setLayout(self.pages)
        holder.setStyleSheet("background: #9e9e9e;")
        scroll = QScrollArea()
        scroll.setWidget(holder)
        scroll.setWidgetResizable(True)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.errors = ErrorLabel()
        self.errors.setObjectName("errors")

        self.print_button = QPushButton(self.tr("&Cetak… (Ctrl+P)"))
        self.print_button.setObjectName("print_button")
        self.print_button.clicked.connect(self.print_dialog)
        self.pdf_button = QPushButton(self.tr("Simpan &PDF… (Ctrl+Shift+S)"))
        self.pdf_button.setObjectName("pdf_button")
        self.pdf_button.clicked.connect(self.save_pdf)
        self.escpos_button = QPushButton(self.tr("Printer &struk"))
        self.escpos_button.setObjectName("escpos_button")
        self.escpos_button.clicked.connect(self.send_to_thermal)
        close = QPushButton(self.tr("&Tutup"))
        close.clicked.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+P"), self, self.print_dialog)
        QShortcut(QKeySequence("Ctrl+Shift+S"), self, self.save_pdf)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("&Dokumen:"), buddy=self.kind))
        top.addWidget(self.kind)
        top.addWidget(QLabel(self.tr("&Kertas:"), buddy=self.size))
        top.addWidget(self.size)
        top.addStretch(1)
        buttons = QHBoxLayout()
        for b in (self.print_button, self.pdf_button, self.escpos_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(scroll, 1)
        lay.addWidget(self.status)
        lay.addWidget(self.errors)
        lay.addLayout(buttons)

        self._enable(False)
        self.kind.currentIndexChanged.connect(lambda _i: self.load())
        self.size.currentIndexChanged.connect(lambda _i: self.render())
        self.runner.read(load_print_settings, on_done=self._got_settings, owner=self)

    def _got_settings(self, res: tuple[PaperSize, str]) -> None:
        size, self.escpos_target = res
        self.size.blockSignals(True)
        self.size.setCurrentIndex(list(PaperSize).index(size))
        self.size.blockSignals(False)
        self.load()

    def current_kind(self) -> DocKind:
        return DocKind(self.kind.currentData())  # Qt hands an enum's value back as a plain str

    def current_size(self) -> PaperSize:
        return PaperSize(self.size.currentData())

    def _enable(self, ready: bool) -> None:
        self.print_button.setEnabled(ready)
        self.pdf_button.setEnabled(ready)
        self.escpos_button.setEnabled(ready and bool(self.escpos_target) and self.current_size().is_roll)
        self.escpos_button.setToolTip(
            ""
            if self.escpos_target
            else self.tr("Atur printer struk di Pengaturan toko untuk mencetak langsung")
        )

    # ---------------------------------------------------------------- data and rendering
    def load(self) -> None:
        oid, kind, now = self.order_id, self.current_kind(), self.runner.now()
        self._enable(False)
        self.status.setText(self.tr("Menyiapkan dokumen…"))
        self.runner.read(
            lambda s: document_service.build_document(s, oid, kind, now=now),
            on_done=self._got_doc,
            on_error=self._failed,
            owner=self,
        )

    def _got_doc(self, doc: OrderDocument) -> None:
        self.doc = doc
        self.render()

    def render(self) -> None:
        if self.doc is None:
            return
        doc, size = self.doc, self.current_size()
        self._enable(False)

        def job():
            pdf = document_service.render(doc, size)
            return pdf, pdf_to_images(pdf, PREVIEW_DPI)

        self.printer_runner.background(job, on_done=self._show, on_error=self._failed, owner=self)

    def _show(self, res) -> None:
        self.pdf, images = res
        while self.pages.count():
            w = self.pages.takeAt(0).widget()
            if w is not None:
                w.deleteLater()
        for img in images:
            page = QLabel()
            page.setPixmap(QPixmap.fromImage(img))
            page.setStyleSheet("background: white; margin: 8px;")
            self.pages.addWidget(page)
        self.errors.show_message("")
        self.status.setText(
            self.tr("{kind} {code} · {size} · {n} halaman · S&K versi {version}").format(
                kind=kind_label(self.current_kind()),
                code=self.doc.code,
                size=SIZE_LABELS[self.current_size()],
                n=len(images),
                version=self.doc.terms.version,
            )
        )
        self._enable(True)
        emit(self.rendered, len(images))

    def _failed(self, err: Exception) -> None:
        self.status.setText("")
        self.errors.show_message(i18n.error_text(err))
        self._enable(self.pdf is not None)

    def _finished(self, message: str) -> None:
        self.status.setText(message)
        self._enable(True)
        emit(self.done, message)

    # ---------------------------------------------------------------- output
    def print_dialog(self) -> None:
        if self.pdf is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Cetak {code}").format(code=self.doc.code))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        pdf = self.pdf
        self._enable(False)
        self.status.setText(self.tr("Mencetak…"))
        self.printer_runner.background(
            lambda: print_pdf(pdf, printer),
            on_done=lambda n: self._finished(
                self.tr("Tercetak: {n} halaman ke {printer}").format(
                    n=n, printer=printer.printerName() or printer.outputFileName()
                )
            ),
            on_error=self._failed,
            owner=self,
        )

    def save_pdf(self) -> None:
        if self.pdf is None:
            return
        suggested = f"{self.current_kind().value}-{self.doc.code}-{self.current_size().value}.pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan PDF"), suggested, self.tr("PDF (*.pdf)"))
        if path:
            self.save_pdf_to(path)

    def save_pdf_to(self, path: str) -> None:
        pdf = self.pdf
        self._enable(False)
        self.printer_runner.background(
            lambda: write_atomically(path, pdf),
            on_done=lambda p: self._finished(self.tr("Disimpan: {path}").format(path=p)),
            on_error=self._failed,
            owner=self,
        )

    def send_to_thermal(self) -> None:
        if self.doc is None or not self.escpos_target or not self.current_size().is_roll:
            return
        doc, size, target = self.doc, self.current_size(), self.escpos_target
        self._enable(False)
        self.status.setText(self.tr("Mengirim ke printer struk…"))

        def job():
            from tokodesk.documents.escpos import render_escpos

            send_escpos(target, render_escpos(doc, size))

        self.printer_runner.background(
            job,
            on_done=lambda _r: self._finished(
                self.tr("Terkirim ke printer struk ({target})").format(target=target)
            ),
            on_error=self._failed,
            owner=self,
        )
