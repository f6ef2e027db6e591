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
from tokodesk.domain import qris
from tokodesk.domain.dates import format_datetime
from tokodesk.services import qris as qris_service
from tokodesk.services import shop as shop_service
from tokodesk.services.terms import PLACEHOLDERS
from tokodesk.ui import i18n, widgets
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

        widgets.shop_contact_fields(self)
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
        # the static QRIS from the shop's sticker: every payment code is made from it
        self.qris = QLineEdit()
        self.qris.setObjectName("qris")
        self.qris.setPlaceholderText(self.tr("tempel isi kode QRIS statis, atau muat dari foto stiker"))
        self.qris.textChanged.connect(self._qris_changed)
        self.qris_image = QPushButton(self.tr("Muat dari &gambar…"))
        self.qris_image.setObjectName("qris_image")
        self.qris_image.clicked.connect(self.pick_qris_image)
        qris_clear = QPushButton(self.tr("Hapus"))
        qris_clear.clicked.connect(self.qris.clear)
        qris_row = QHBoxLayout()
        qris_row.addWidget(self.qris, 1)
        qris_row.addWidget(self.qris_image)
        qris_row.addWidget(qris_clear)
        self.qris_info = QLabel()
        self.qris_info.setObjectName("qris_info")
        self.qris_info.setWordWrap(True)
        self.terms = QPlainTextEdit()
        self.terms.setObjectName("terms")
        self.terms.setTabChangesFocus(True)
        self.terms_info = QLabel()
        self.terms_info.setObjectName("terms_info")
        self.terms_info.setWordWrap(True)
        help_text = ", ".join(f"{{{k}}} = {i18n.translate_label(v)}" for k, v in PLACEHOLDERS.items())
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
        qris_label = QLabel(self.tr("&QRIS toko"))
        qris_label.setBuddy(self.qris)
        form.addRow(qris_label, qris_row)
        form.addRow("", self.qris_info)

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
        self.qris.setText(p.qris)
        self._qris_changed()
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

    def _qris_changed(self) -> None:
        """Read the code as it is typed or loaded: the owner sees whose QRIS it is (name, city,
        NMID) before saving, or why it is refused."""
        text = self.qris.text().strip()
        widgets.mark_invalid(self.qris, False)
        if not text:
            self.qris_info.setStyleSheet("color: #616161;")
            self.qris_info.setText(self.tr("Belum ada QRIS: nota dan slip dicetak tanpa kode bayar."))
            return
        try:
            q = qris.read_static(text)
        except qris.QrisError as e:
            widgets.mark_invalid(self.qris, True)
            self.qris_info.setStyleSheet("color: #b71c1c;")
            self.qris_info.setText(i18n.error_text(e))
            return
        self.qris_info.setStyleSheet("color: #1b5e20;")
        self.qris_info.setText(
            self.tr("✓ QRIS {name}, {city}{nmid}. Pastikan ini nama toko Anda sebelum menyimpan.").format(
                name=q.merchant_name,
                city=q.merchant_city,
                nmid=f" · NMID {q.merchant_id}" if q.merchant_id else "",
            )
        )

    def pick_qris_image(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Foto atau pindaian stiker QRIS"),
            "",
            self.tr("Gambar (*.png *.jpg *.jpeg *.bmp *.webp)"),
        )
        if path:
            self.load_qris_image(Path(path))

    def load_qris_image(self, path: Path) -> None:
        """Find the QR code in the photo off the UI thread (a phone photo is megapixels)."""
        self.qris_image.setEnabled(False)
        self.qris_info.setStyleSheet("color: #616161;")
        self.qris_info.setText(self.tr("Membaca kode QR dari gambar…"))

        def done(q) -> None:
            self.qris_image.setEnabled(True)
            self.qris.setText(q.payload)  # shows the merchant it names
            self.qris.setFocus()

        def failed(err: Exception) -> None:
            self.qris_image.setEnabled(True)
            widgets.mark_invalid(self.qris, True)
            self.qris_info.setStyleSheet("color: #b71c1c;")
            if isinstance(err, OSError):
                self.qris_info.setText(
                    self.tr("Gambar tidak bisa dibuka: {reason}").format(reason=err.strerror)
                )
            else:
                self.qris_info.setText(i18n.error_text(err))

        self.runner.background(
            lambda: qris_service.qris_from_image(path.read_bytes()), on_done=done, on_error=failed, owner=self
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
            qris=self.qris.text(),
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
        fields = {
            "name": self.name,
            "phone": self.phone,
            "whatsapp": self.whatsapp,
            "escpos": self.escpos,
            "qris": self.qris,
        }
        widgets.show_errors(err, self.errors, {**fields, "terms": self.terms})
