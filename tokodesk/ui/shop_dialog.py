"""The owner's settings for the shop profile, printing and the T&C.  Saving a changed T&C
makes a new version: orders already taken keep printing the version they were taken under."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
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
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tokodesk.documents.model import PaperSize
from tokodesk.domain.dates import format_datetime
from tokodesk.services import shop as shop_service
from tokodesk.services.terms import PLACEHOLDERS
from tokodesk.ui import widgets
from tokodesk.ui.document_dialog import SIZE_LABELS
from tokodesk.ui.signals import emit
from tokodesk.ui.widgets import ErrorLabel


class ShopDialog(QDialog):
    """Signals:
    saved(object): the new T&C version number, or None when the text was unchanged.
    """

    saved = Signal(object)

    def __init__(self, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.logo: bytes | None = None
        self.setWindowTitle(self.tr("Pengaturan toko"))
        self.resize(820, 760)

        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.address = QPlainTextEdit()
        self.address.setObjectName("address")
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(54)
        self.phone = QLineEdit()
        self.phone.setObjectName("phone")
        self.whatsapp = QLineEdit()
        self.whatsapp.setObjectName("whatsapp")
        self.logo_view = QLabel(self.tr("(tanpa logo)"))
        self.logo_view.setFixedSize(120, 60)
        self.logo_view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_view.setStyleSheet("border: 1px solid #bdbdbd;")
        pick = QPushButton(self.tr("Pilih &logo…"))
        pick.clicked.connect(self.pick_logo)
        drop = QPushButton(self.tr("Hapus logo"))
        drop.clicked.connect(lambda: self.set_logo(None))
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_view)
        logo_row.addWidget(pick)
        logo_row.addWidget(drop)
        logo_row.addStretch(1)
        self.paper = QComboBox()
        self.paper.setObjectName("paper")
        for s in PaperSize:
            self.paper.addItem(SIZE_LABELS[s], s.value)
        self.escpos = QLineEdit()
        self.escpos.setObjectName("escpos")
        self.escpos.setPlaceholderText(
            self.tr("kosong = lewat printer Windows/Linux; contoh network:192.168.1.50")
        )
        self.max_attachment = QSpinBox()
        self.max_attachment.setObjectName("max_attachment")
        self.max_attachment.setRange(1, 500)
        self.max_attachment.setSuffix(" MB")
        self.terms = QPlainTextEdit()
        self.terms.setObjectName("terms")
        self.terms.setTabChangesFocus(True)
        self.terms_info = QLabel()
        self.terms_info.setObjectName("terms_info")
        self.terms_info.setWordWrap(True)
        help_text = ", ".join(f"{{{k}}} = {v}" for k, v in PLACEHOLDERS.items())
        placeholders = QLabel(self.tr("Isian yang diganti otomatis: {list}").format(list=help_text))
        placeholders.setWordWrap(True)
        placeholders.setStyleSheet("color: #616161; font-size: 11px;")

        form = QFormLayout()
        form.addRow(self.tr("&Nama toko"), self.name)
        form.addRow(self.tr("&Alamat"), self.address)
        form.addRow(self.tr("&Telepon"), self.phone)
        form.addRow(self.tr("&WhatsApp"), self.whatsapp)
        form.addRow(self.tr("Logo"), logo_row)
        form.addRow(self.tr("&Kertas cetak"), self.paper)
        form.addRow(self.tr("&Printer struk"), self.escpos)
        form.addRow(self.tr("Batas &lampiran catatan"), self.max_attachment)

        self.errors = ErrorLabel()
        self.errors.setObjectName("errors")
        buttons, self.save_button = widgets.save_cancel(
            self, self.tr("&Simpan (Ctrl+S)"), self.tr("&Batal"), self.save
        )
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(QLabel(self.tr("<b>Syarat &amp; Ketentuan</b> (dicetak di setiap nota)")))
        lay.addWidget(self.terms_info)
        lay.addWidget(self.terms, 1)
        lay.addWidget(placeholders)
        lay.addWidget(self.errors)
        lay.addWidget(buttons)
        self.runner.read(shop_service.get_profile, on_done=self._show, owner=self)

    def _show(self, p: shop_service.ShopProfile) -> None:
        self.profile = p
        self.name.setText(p.name)
        self.address.setPlainText(p.address)
        self.phone.setText(p.phone)
        self.whatsapp.setText(p.whatsapp)
        self.set_logo(p.logo)
        self.paper.setCurrentIndex(max(0, self.paper.findData(p.paper)))
        self.escpos.setText(p.escpos)
        self.max_attachment.setValue(p.max_attachment_mb)
        self.terms.setPlainText(p.terms_text)
        self.terms_info.setText(
            self.tr(
                "Versi berlaku: {n}, disimpan {at} oleh {who}. Menyimpan teks yang diubah membuat versi "
                "baru; pesanan lama tetap memakai versinya."
            ).format(n=p.terms_version, at=format_datetime(p.terms_saved_at), who=p.terms_saved_by or "—")
        )
        self.name.setFocus()

    def set_logo(self, data: bytes | None) -> None:
        self.logo = data
        pix = QPixmap()
        if data and pix.loadFromData(data):
            self.logo_view.setPixmap(
                pix.scaled(
                    self.logo_view.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.logo_view.setPixmap(QPixmap())
            self.logo_view.setText(self.tr("(tanpa logo)"))

    def pick_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Pilih logo"), "", self.tr("Gambar (*.png *.jpg *.jpeg)")
        )
        if path:
            try:
                self.set_logo(Path(path).read_bytes())
            except OSError as e:
                self.errors.show_message(
                    self.tr("Logo tidak bisa dibaca: {reason}").format(reason=e.strerror)
                )

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        p = shop_service.ShopProfile(
            name=self.name.text(),
            address=self.address.toPlainText(),
            phone=self.phone.text(),
            whatsapp=self.whatsapp.text(),
            logo=self.logo,
            paper=self.paper.currentData(),
            escpos=self.escpos.text(),
            terms_text=self.terms.toPlainText(),
            max_attachment_mb=self.max_attachment.value(),
        )
        actor, now = self.runner.actor, self.runner.now()
        self.save_button.setEnabled(False)
        self.runner.run(
            lambda s: shop_service.save_profile(s, p, actor=actor, now=now),
            on_done=self._saved,
            on_error=self._failed,
            owner=self,
        )

    def _saved(self, res) -> None:
        number, _changes = res
        emit(self.saved, number)
        self.accept()

    def _failed(self, err: Exception) -> None:
        self.save_button.setEnabled(True)
        fields = {"name": self.name, "phone": self.phone, "whatsapp": self.whatsapp, "escpos": self.escpos}
        widgets.show_errors(err, self.errors, {**fields, "terms": self.terms})
