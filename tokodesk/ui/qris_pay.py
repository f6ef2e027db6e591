"""Paying by QRIS at the counter: the payment code for the exact amount, shown large for the
customer to scan from the monitor, and the one key (F8) with which the staff confirm they
saw the money in the merchant app.  Until then the payment is recorded as pending: a
screenshot of a "successful" payment is not money."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QKeySequence, QPainter, QPixmap, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from tokodesk.domain import qris
from tokodesk.domain.money import format_rupiah
from tokodesk.services import handover
from tokodesk.services import qris as qris_service
from tokodesk.ui.i18n import error_text

QUIET = 4  # modules of white around the code, as the QR standard asks
CONFIRM_KEY = "F8"


def qr_image(payload: str, side: int) -> QImage:
    """``payload`` as a QR code drawn with whole-pixel modules (sharp on any monitor), at
    most ``side`` pixels square, white quiet zone included."""
    import qrcode  # imported late: start-up stays light
    from qrcode.constants import ERROR_CORRECT_M

    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0, box_size=1)
    code.add_data(payload)
    code.make(fit=True)
    matrix = code.get_matrix()
    n = len(matrix) + 2 * QUIET
    module = max(1, side // n)
    image = QImage(n * module, n * module, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    for r, row in enumerate(matrix):
        for c, dark in enumerate(row):
            if dark:
                painter.fillRect(QRect((c + QUIET) * module, (r + QUIET) * module, module, module), Qt.black)
    painter.end()
    return image


class QrisPanel(QFrame):
    """The payment code for one amount, large, with what it pays and to whom."""

    SIDE = 300

    def __init__(self, runner, reference: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("qris_panel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.reference = reference  # the order code: the bill number the merchant app shows
        self.shop: qris.Qris | None = None
        self.known = False  # the shop's QRIS has been read
        self.payload = ""
        self.amount = 0
        self._wanted: tuple[int, int] = (0, 0)
        self.title = QLabel()
        self.title.setObjectName("qris_title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 17px; font-weight: bold;")
        self.image = QLabel()
        self.image.setObjectName("qris_code")
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setMinimumSize(self.SIDE, self.SIDE)
        self.detail = QLabel()
        self.detail.setObjectName("qris_detail")
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("qris_status")
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addWidget(self.image, 1)
        lay.addWidget(self.detail)
        lay.addWidget(self.status)
        runner.read(qris_service.shop_qris, on_done=self._shop_known, owner=self)

    def _shop_known(self, shop: qris.Qris | None) -> None:
        self.shop, self.known = shop, True
        self.show_amount(*self._wanted)

    def show_amount(self, amount: int, storage_fee: int = 0) -> None:
        """Draw the code for ``amount`` (recomputed as the staff edit the amount)."""
        self._wanted = (amount, storage_fee)
        if not self.known:
            return
        self.payload, self.amount = "", 0
        self.image.clear()
        if self.shop is None:
            self.title.setText(self.tr("QRIS toko belum dimuat"))
            self.detail.setText(self.tr("Pemilik memuatnya di Pengaturan › Profil toko (foto stiker QRIS)."))
            return
        if amount <= 0:
            self.title.setText(self.tr("Tidak ada yang perlu dibayar"))
            self.detail.setText("")
            return
        try:
            self.payload = qris.with_amount(self.shop.payload, amount, reference=self.reference)
        except qris.QrisError:
            self.title.setText(self.tr("Jumlah ini tidak bisa dibuat kode QRIS"))
            self.detail.setText("")
            return
        self.amount = amount
        self.image.setPixmap(QPixmap.fromImage(qr_image(self.payload, self.SIDE)))
        self.title.setText(self.tr("Bayar {amount} dengan QRIS").format(amount=format_rupiah(amount)))
        fee = (
            self.tr(" Termasuk biaya simpan {fee}.").format(fee=format_rupiah(storage_fee))
            if storage_fee
            else ""
        )
        self.detail.setText(
            self.tr("Penerima: {merchant} · {code}. Nominal sudah terisi.{fee}").format(
                merchant=self.shop.merchant_name, code=self.reference, fee=fee
            )
        )

    def waiting(self) -> None:
        self.status.setStyleSheet("color: #e65100; font-weight: bold;")
        self.status.setText(
            self.tr(
                "Tercatat, menunggu dana. Periksa aplikasi merchant: bila {amount} sudah masuk, tekan {key}. "
                "Bukti layar dari pelanggan bukan bukti dana masuk."
            ).format(amount=format_rupiah(self.amount), key=CONFIRM_KEY)
        )


def confirm_shortcut(dialog: QWidget, slot) -> QShortcut:
    return QShortcut(QKeySequence(CONFIRM_KEY), dialog, slot)


class QrisStep:
    """The QRIS part of a money form (a payment, a handover): the panel follows the amount;
    once the form has recorded the payment as pending, the save button becomes «Dana sudah
    masuk (F8)», which clears it (and, at a handover, hands the order over) in one
    transaction.  Closing the form instead leaves the payment pending on the order, to be
    cleared there («Dana cair») or bounced."""

    def __init__(self, dialog, runner, reference: str, *, hand_over: bool, lock: list[QWidget]) -> None:
        self.dialog = dialog
        self.runner = runner
        self.hand_over = hand_over
        self.lock = lock
        self.entry_id: int | None = None
        self.panel = QrisPanel(runner, reference, dialog)
        self.panel.setVisible(False)
        confirm_shortcut(dialog, self.confirm)

    def lay_out(self, form, buttons, follow) -> None:
        """The form on the left (its errors and buttons under it), the code on the right;
        ``follow`` redraws the code when the amount or the method changes."""
        d = self.dialog
        d.amount.textChanged.connect(follow)
        d.method.currentIndexChanged.connect(follow)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(d.errors)
        left.addStretch(1)
        left.addWidget(buttons)
        lay = QHBoxLayout(d)
        lay.addLayout(left, 1)
        lay.addWidget(self.panel)

    def show(self, on: bool, amount: int, storage_fee: int = 0) -> None:
        was = self.panel.isVisible()
        self.panel.setVisible(on)
        if on:
            self.panel.show_amount(amount, storage_fee)
        if on != was:
            self.dialog.adjustSize()

    def recorded(self, entry_id: int) -> None:
        """The pending payment is stored: now wait for the staff's F8."""
        self.entry_id = entry_id
        for w in self.lock:
            w.setEnabled(False)
        d = self.dialog
        d.save_button.setText(d.tr("Dana &sudah masuk ({key})").format(key=CONFIRM_KEY))
        d.save_button.setEnabled(True)
        d.save_button.setFocus()
        d.cancel_button.setText(d.tr("&Tutup, periksa nanti"))
        d.errors.show_message("")
        self.panel.waiting()
        d.adjustSize()  # room for the waiting words under the code

    def confirm(self) -> None:
        d = self.dialog
        if self.entry_id is None or not d.save_button.isEnabled():
            return
        entry_id, hand_over = self.entry_id, self.hand_over
        actor, now = self.runner.actor, self.runner.now()
        d.save_button.setEnabled(False)

        def failed(err: Exception) -> None:
            d.save_button.setEnabled(True)
            d.errors.show_message(error_text(err))

        self.runner.run(
            lambda s: handover.confirm_qris(s, entry_id, hand_over_order=hand_over, actor=actor, now=now),
            on_done=lambda _r: d.accept(),
            on_error=failed,
            owner=d,
        )
