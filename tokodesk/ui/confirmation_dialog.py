"""Record the customer's written confirmation of an order's custom details (before
production), and record a remake.  Both write through the services in one transaction."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tokodesk.domain.errors import InvalidInput
from tokodesk.domain.log import Channel
from tokodesk.services import confirmations as confirmation_service
from tokodesk.services import orders as order_service
from tokodesk.services.log import FileInput
from tokodesk.ui import i18n, widgets
from tokodesk.ui.widgets import ErrorLabel, MoneyEdit


def _details_text(view: order_service.OrderView) -> str:
    return "\n".join(f"{i.name} ×{i.qty}: {i.custom_details}" for i in view.items if i.custom_details)


class ConfirmationDialog(QDialog):
    """Channel, who confirmed, the exact text confirmed (starts with the order's custom
    details, to be replaced by what the customer actually wrote), optionally a screenshot.
    Ctrl+S saves; the confirmation goes into the customer's communication log."""

    def __init__(self, runner, view: order_service.OrderView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.view = view
        self.screenshot: FileInput | None = None
        self.setWindowTitle(self.tr("Konfirmasi detail pesanan — {code}").format(code=view.code))
        self.channel = QComboBox()
        self.channel.setObjectName("channel")
        for c in Channel:
            self.channel.addItem(i18n.channel_label(c), c)
        self.who = QLineEdit(view.customer_name)
        self.who.setObjectName("who")
        self.text = QPlainTextEdit(_details_text(view))
        self.text.setObjectName("text")
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(120)
        self.shot_label = QLabel(self.tr("(tanpa tangkapan layar)"))
        attach = QPushButton(self.tr("&Lampirkan tangkapan layar…"))
        attach.clicked.connect(self.choose_screenshot)
        shot_row = QHBoxLayout()
        shot_row.addWidget(self.shot_label, 1)
        shot_row.addWidget(attach)
        self.errors = ErrorLabel()
        self.errors.setObjectName("errors")
        intro = QLabel(
            self.tr(
                "Produksi dimulai setelah pelanggan mengonfirmasi detail custom secara tertulis. "
                "Tempel teks persis yang disetujui pelanggan."
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Saluran"), self.channel)
        form.addRow(self.tr("&Dikonfirmasi oleh"), self.who)
        form.addRow(self.tr("&Teks yang dikonfirmasi"), self.text)
        form.addRow(self.tr("Bukti"), shot_row)
        buttons, self.save_button = widgets.save_cancel(
            self, self.tr("&Simpan konfirmasi (Ctrl+S)"), self.tr("&Batal"), self.save
        )
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(self.errors)
        lay.addWidget(buttons)
        self.resize(560, 380)
        self.text.setFocus()

    def choose_screenshot(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Tangkapan layar konfirmasi"), "", self.tr("Gambar (*.png *.jpg *.jpeg *.webp)")
        )
        if path:
            try:
                self.set_screenshot(Path(path).name, Path(path).read_bytes())
            except OSError as e:
                self.errors.show_message(self.tr("Berkas tidak bisa dibaca: {e}").format(e=e.strerror or e))

    def set_screenshot(self, name: str, data: bytes) -> None:
        self.screenshot = FileInput(name, data)
        self.shot_label.setText(name)

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        data = confirmation_service.ConfirmationInput(
            self.view.id,
            Channel(self.channel.currentData()),
            self.who.text(),
            self.text.toPlainText(),
            screenshot=self.screenshot,
        )
        actor, now = self.runner.actor, self.runner.now()
        self.save_button.setEnabled(False)

        def failed(err: Exception) -> None:
            self.save_button.setEnabled(True)
            widgets.show_errors(err, self.errors, {"confirmed_by": self.who, "text": self.text})

        self.runner.run(
            lambda s: confirmation_service.record_confirmation(s, data, actor=actor, now=now),
            on_done=lambda _r: self.accept(),
            on_error=failed,
            owner=self,
        )


class RemakeDialog(QDialog):
    """Whose error it was, free or charged (the shop's own error is free), and what is made
    again."""

    def __init__(self, runner, view: order_service.OrderView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.view = view
        self.setWindowTitle(self.tr("Buat ulang — {code}").format(code=view.code))
        self.fault = QComboBox()
        self.fault.setObjectName("fault")
        for key in confirmation_service.FAULTS:
            self.fault.addItem(i18n.translate_label(confirmation_service.FAULT_LABELS[key]), key)
        self.charge = MoneyEdit("charge")
        self.charge.setObjectName("charge")
        self.charge.set_value(0)
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.note.setPlaceholderText(self.tr("mis. nama salah ketik «RAKA» → «RAKHA», dicetak ulang"))
        self.errors = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("&Kesalahan"), self.fault)
        form.addRow(self.tr("&Biaya untuk pelanggan (0 = gratis)"), self.charge)
        form.addRow(self.tr("&Apa yang dibuat ulang"), self.note)
        buttons, self.save_button = widgets.save_cancel(
            self, self.tr("&Simpan (Ctrl+S)"), self.tr("&Batal"), self.save, enter_saves=True
        )
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.errors)
        lay.addWidget(buttons)
        self.note.setFocus()

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        try:
            charge = self.charge.value()
        except InvalidInput as e:
            self.errors.show_message(i18n.error_text(e))
            return
        data = confirmation_service.RemakeInput(
            self.view.id, self.fault.currentData(), charge, self.note.text()
        )
        actor, now = self.runner.actor, self.runner.now()
        self.save_button.setEnabled(False)

        def failed(err: Exception) -> None:
            self.save_button.setEnabled(True)
            widgets.show_errors(err, self.errors, {"charge": self.charge, "note": self.note})

        self.runner.run(
            lambda s: confirmation_service.record_remake(s, data, actor=actor, now=now),
            on_done=lambda _r: self.accept(),
            on_error=failed,
            owner=self,
        )
