"""Offering delivery to a customer who has not come for a ready order, and the customer's
answer; the owner's table of delivery fees by area.

The offer form recomputes the total and the message as the staff choose the area, the
courier and the fees: sisa + biaya simpan + ongkir + biaya kemas, every cost written out.
The message is sent by WhatsApp (wa.me, then «Sudah terkirim» logs it) or e-mail (queued);
while an offer waits, the same window records the answer: «Pelanggan setuju» turns the order
into a delivery at once (fees in the ledger, a packed parcel, the storage fee stopped).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tokodesk.domain.dates import format_date, format_datetime
from tokodesk.domain.delivery import DeliveryRate, OfferCosts
from tokodesk.domain.errors import InvalidInput
from tokodesk.domain.log import Channel
from tokodesk.domain.money import format_rupiah, parse_rupiah
from tokodesk.domain.shipping import COURIER_LABELS, Courier
from tokodesk.services import delivery as delivery_service
from tokodesk.services import notify
from tokodesk.services import settings as settings_service
from tokodesk.services.context import local_today
from tokodesk.ui import agenda, i18n, widgets
from tokodesk.ui.signals import emit
from tokodesk.ui.widgets import ErrorLabel, MoneyEdit

CHANNELS = (Channel.WHATSAPP, Channel.EMAIL)


def open_url(url: str) -> bool:
    """Hand a link to the desktop (tests replace this)."""
    return agenda.open_url(url)


def courier_label(c: Courier | str) -> str:
    return i18n.translate_label(COURIER_LABELS[Courier(c)])


class DeliveryOfferDialog(QDialog):
    """The offer for one order, or (while one waits) the customer's answer to it.

    Signals:
        changed(): an offer was sent or answered (the order window reloads).
    """

    changed = Signal()

    def __init__(self, runner, order_id: int, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.order_id = order_id
        self.ctx: delivery_service.OfferContext | None = None
        self._composing = False
        self.edited = False  # the staff changed the message by hand: it is no longer rewritten
        self.setWindowTitle(self.tr("Tawarkan antar — {code}").format(code=code))
        self.setMinimumWidth(760)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._offer_page())
        self.pages.addWidget(self._answer_page())
        self.errors = ErrorLabel()
        self.errors.setObjectName("errors")
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Tutup"))
        close.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.pages, 1)
        lay.addWidget(self.notice)
        lay.addWidget(self.errors)
        lay.addWidget(close)
        QShortcut(QKeySequence("Ctrl+S"), self, self.send)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.accept_offer)
        QShortcut(QKeySequence("Ctrl+D"), self, self.decline_offer)
        self.setEnabled(False)  # until the order's figures have arrived
        day = local_today(runner.now())
        runner.read(
            lambda s: delivery_service.offer_context(s, order_id, day),
            on_done=self._loaded,
            on_error=self._not_offerable,
            owner=self,
        )

    # ---------------------------------------------------------------- the offer form
    def _offer_page(self) -> QWidget:
        page = QWidget()
        self.area = QComboBox()
        self.area.setObjectName("area")
        self.area.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.area.currentIndexChanged.connect(self._area_chosen)
        self.courier = QComboBox()
        self.courier.setObjectName("courier")
        for c in (Courier.OWN, *[c for c in Courier if c is not Courier.OWN]):
            self.courier.addItem(courier_label(c), c)
        self.delivery_fee = MoneyEdit("delivery_fee")
        self.delivery_fee.setObjectName("delivery_fee")
        self.packing_fee = MoneyEdit("packing_fee")
        self.packing_fee.setObjectName("packing_fee")
        self.weight = QSpinBox()
        self.weight.setObjectName("weight_g")
        self.weight.setRange(1, delivery_service.MAX_WEIGHT_G)
        self.weight.setSingleStep(100)
        self.weight.setSuffix(" g")
        self.weight.setValue(1000)
        self.eta = widgets.date_edit()
        self.eta.setObjectName("eta")
        self.address = QPlainTextEdit()
        self.address.setObjectName("address")
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(48)
        self.costs = QLabel()
        self.costs.setObjectName("costs")
        self.costs.setTextFormat(Qt.TextFormat.RichText)
        self.message = QPlainTextEdit()
        self.message.setObjectName("message")
        self.message.setTabChangesFocus(True)
        self.message.textChanged.connect(self._message_typed)
        self.channel = QComboBox()
        self.channel.setObjectName("channel")
        for c in CHANNELS:
            self.channel.addItem(i18n.channel_label(c), c)
        self.channel.currentIndexChanged.connect(self._channel_changed)
        self.wa_button = QPushButton(self.tr("Buka &WhatsApp"))
        self.wa_button.setObjectName("whatsapp_button")
        self.wa_button.setAutoDefault(False)
        self.wa_button.clicked.connect(self.open_whatsapp)
        self.send_button = QPushButton(self.tr("&Sudah terkirim (Ctrl+S)"))
        self.send_button.setObjectName("send_button")
        self.send_button.setAutoDefault(False)
        self.send_button.clicked.connect(self.send)
        for w in (self.delivery_fee, self.packing_fee):
            w.value_changed.connect(self._recompose)
        self.courier.currentIndexChanged.connect(self._recompose)
        self.eta.dateChanged.connect(self._recompose)
        self.address.textChanged.connect(self._recompose)

        form = QFormLayout()
        form.addRow(self.tr("&Wilayah"), self.area)
        form.addRow(self.tr("&Kurir"), self.courier)
        form.addRow(self.tr("&Ongkos kirim"), self.delivery_fee)
        form.addRow(self.tr("Biaya &kemas"), self.packing_fee)
        form.addRow(self.tr("&Berat"), self.weight)
        form.addRow(self.tr("Perkiraan &tiba"), self.eta)
        form.addRow(self.tr("&Alamat"), self.address)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.costs)
        left.addStretch(1)
        right = QVBoxLayout()
        label = QLabel(self.tr("&Pesan untuk pelanggan (dari templat; bisa diubah)"))
        label.setBuddy(self.message)
        right.addWidget(label)
        right.addWidget(self.message, 1)
        row = QHBoxLayout()
        via = QLabel(self.tr("&Lewat"))
        via.setBuddy(self.channel)
        row.addWidget(via)
        row.addWidget(self.channel, 1)
        row.addWidget(self.wa_button)
        row.addWidget(self.send_button)
        right.addLayout(row)
        lay = QHBoxLayout(page)
        lay.addLayout(left, 1)
        lay.addLayout(right, 1)
        return page

    def _loaded(self, ctx: delivery_service.OfferContext) -> None:
        self.ctx = ctx
        self.setEnabled(True)
        if ctx.open_offer is not None:
            self._show_answer(ctx.open_offer)
            return
        self.area.blockSignals(True)
        self.area.addItem(self.tr("(ongkir diketik sendiri)"), None)
        for r in ctx.rates:
            days = self.tr("{n} hari").format(n=r.days) if r.days else self.tr("hari ini")
            self.area.addItem(f"{r.area} — {format_rupiah(r.fee)}, {days}", r)
        self.area.blockSignals(False)
        self.packing_fee.set_value(ctx.packing_fee)
        self.delivery_fee.set_value(0)
        self.address.setPlainText(ctx.address)
        self.eta.setDate(widgets.to_qdate(local_today(self.runner.now()) + dt.timedelta(days=1)))
        self._channel_changed()
        self._recompose()
        (self.area if ctx.rates else self.delivery_fee).setFocus()

    def _not_offerable(self, err: Exception) -> None:
        self.setEnabled(True)
        self.pages.setEnabled(False)
        self.errors.show_message(i18n.error_text(err))

    def _area_chosen(self) -> None:
        rate: DeliveryRate | None = self.area.currentData()
        if rate is None:
            return
        self.delivery_fee.set_value(rate.fee)
        self.eta.setDate(
            widgets.to_qdate(local_today(self.runner.now()) + dt.timedelta(days=max(rate.days, 0)))
        )

    def costs_now(self) -> OfferCosts | None:
        """The costs as typed; None while a fee does not read as a rupiah amount."""
        if self.ctx is None:
            return None
        fee, packing = self.delivery_fee.value_or_none(), self.packing_fee.value_or_none()
        if fee is None or packing is None:
            return None
        return OfferCosts(self.ctx.balance, self.ctx.storage_fee, fee, packing)

    def _recompose(self) -> None:
        c = self.costs_now()
        if c is None:
            self.costs.setText(self.tr("<i>Ongkos kirim dan biaya kemas harus rupiah utuh.</i>"))
            return
        rows = [
            (self.tr("Sisa pembayaran"), c.balance),
            (self.tr("Biaya simpan sampai hari ini"), c.storage_fee),
            (self.tr("Ongkos kirim"), c.delivery_fee),
            (self.tr("Biaya kemas"), c.packing_fee),
        ]
        body = "".join(
            f"<tr><td>{label}</td><td align='right'>{format_rupiah(v)}</td></tr>" for label, v in rows
        )
        total = self.tr("Total dibayar sekarang")
        self.costs.setText(
            f"<table cellspacing='2'>{body}<tr><td><b>{total}</b></td>"
            f"<td align='right'><b>{format_rupiah(c.total)}</b></td></tr></table>"
        )
        if self.edited or self.ctx is None:
            return
        text = delivery_service.offer_message(
            self.ctx.template,
            self.ctx.values,
            c,
            courier=Courier(self.courier.currentData()),
            address=self.address.toPlainText() or "-",
            eta=widgets.from_qdate(self.eta.date()),
            language=self.ctx.language,
        )
        self._composing = True
        self.message.setPlainText(text)
        self._composing = False

    def _message_typed(self) -> None:
        if not self._composing:
            self.edited = True

    def _channel_changed(self) -> None:
        email = self.channel.currentData() == Channel.EMAIL
        self.wa_button.setEnabled(not email and bool(self.ctx and self.ctx.whatsapp))
        self.send_button.setText(
            self.tr("Kirim &e-mail (Ctrl+S)") if email else self.tr("&Sudah terkirim (Ctrl+S)")
        )

    def open_whatsapp(self) -> None:
        if self.ctx is None or not self.ctx.whatsapp:
            self.errors.show_message(self.tr("Pelanggan ini tidak punya nomor WhatsApp."))
            return
        if not open_url(notify.wa_me_url(self.ctx.whatsapp, self.message.toPlainText())):
            self.errors.show_message(
                self.tr("WhatsApp atau peramban tidak bisa dibuka. Salin teksnya dan kirim manual.")
            )
            return
        self.notice.setText(self.tr("WhatsApp dibuka. Setelah pesan terkirim, tekan «Sudah terkirim»."))
        self.send_button.setFocus()

    def send(self) -> None:
        if self.ctx is None or self.pages.currentIndex() != 0 or not self.send_button.isEnabled():
            return
        fields = {
            "delivery_fee": self.delivery_fee,
            "packing_fee": self.packing_fee,
            "address": self.address,
            "weight_g": self.weight,
            "eta": self.eta,
            "message": self.message,
        }
        try:
            fee = parse_rupiah(self.delivery_fee.text(), field="delivery_fee")
            packing = parse_rupiah(self.packing_fee.text() or "0", field="packing_fee")
        except InvalidInput as e:
            widgets.show_errors(e, self.errors, fields)
            return
        area: DeliveryRate | None = self.area.currentData()
        data = delivery_service.OfferInput(
            order_id=self.order_id,
            courier=Courier(self.courier.currentData()),
            address=self.address.toPlainText(),
            weight_g=self.weight.value(),
            eta=widgets.from_qdate(self.eta.date()),
            delivery_fee=fee,
            packing_fee=packing,
            channel=Channel(self.channel.currentData()),
            message=self.message.toPlainText(),
            area=area.area if area else "",
        )
        actor, now = self.runner.actor, self.runner.now()
        self.send_button.setEnabled(False)

        def failed(err: Exception) -> None:
            self.send_button.setEnabled(True)
            widgets.show_errors(err, self.errors, fields)

        def done(_res) -> None:
            emit(self.changed)
            self.accept()

        self.runner.run(
            lambda s: delivery_service.send_offer(s, data, actor=actor, now=now),
            on_done=done,
            on_error=failed,
            owner=self,
        )

    # ---------------------------------------------------------------- the answer
    def _answer_page(self) -> QWidget:
        page = QWidget()
        self.offer_summary = QLabel()
        self.offer_summary.setObjectName("offer_summary")
        self.offer_summary.setWordWrap(True)
        self.offer_summary.setTextFormat(Qt.TextFormat.RichText)
        self.offer_text = QPlainTextEdit()
        self.offer_text.setObjectName("offer_text")
        self.offer_text.setReadOnly(True)
        self.answer_note = QLineEdit()
        self.answer_note.setObjectName("answer_note")
        self.answer_note.setPlaceholderText(
            self.tr("jawaban pelanggan, contoh: setuju lewat WA; wajib bila tidak jadi")
        )
        self.accept_button = QPushButton(self.tr("Pelanggan &setuju (Ctrl+Enter)"))
        self.accept_button.setObjectName("accept_button")
        self.accept_button.setAutoDefault(False)
        self.accept_button.clicked.connect(self.accept_offer)
        self.decline_button = QPushButton(self.tr("&Tidak jadi (Ctrl+D)"))
        self.decline_button.setObjectName("decline_button")
        self.decline_button.setAutoDefault(False)
        self.decline_button.clicked.connect(self.decline_offer)
        row = QHBoxLayout()
        row.addWidget(self.answer_note, 1)
        row.addWidget(self.accept_button)
        row.addWidget(self.decline_button)
        lay = QVBoxLayout(page)
        lay.addWidget(self.offer_summary)
        lay.addWidget(self.offer_text, 1)
        lay.addLayout(row)
        return page

    def _show_answer(self, o: delivery_service.OfferView) -> None:
        self.offer = o
        self.pages.setCurrentIndex(1)
        c = o.costs
        self.offer_summary.setText(
            self.tr(
                "<b>Tawaran #{id}</b> dikirim {at} oleh {who} lewat {channel}, menunggu jawaban.<br>"
                "{courier}, tiba {eta}, {address}<br>"
                "Sisa {balance} + biaya simpan {fee} + ongkir {delivery} + kemas {packing} "
                "= <b>{total}</b>.<br>"
                "Bila setuju: pesanan menjadi pesanan antar, biaya masuk buku kas, paket dicatat «Dikemas», "
                "dan biaya simpan berhenti hari ini."
            ).format(
                id=o.id,
                at=format_datetime(o.sent_at),
                who=o.sent_by or "—",
                channel=i18n.channel_label(Channel(o.channel)),
                courier=courier_label(o.courier),
                eta=format_date(o.eta),
                address=o.address,
                balance=format_rupiah(c.balance),
                fee=format_rupiah(c.storage_fee),
                delivery=format_rupiah(c.delivery_fee),
                packing=format_rupiah(c.packing_fee),
                total=format_rupiah(c.total),
            )
        )
        self.offer_text.setPlainText(o.message)
        self.answer_note.setFocus()

    def _answer(self, write) -> None:
        actor, now = self.runner.actor, self.runner.now()
        for b in (self.accept_button, self.decline_button):
            b.setEnabled(False)

        def failed(err: Exception) -> None:
            for b in (self.accept_button, self.decline_button):
                b.setEnabled(True)
            widgets.show_errors(err, self.errors, {"reason": self.answer_note})

        def done(_res) -> None:
            emit(self.changed)
            self.accept()

        self.runner.run(lambda s: write(s, actor, now), on_done=done, on_error=failed, owner=self)

    def accept_offer(self) -> None:
        if self.pages.currentIndex() != 1 or not self.accept_button.isEnabled():
            return
        oid, note = self.offer.id, self.answer_note.text()
        self._answer(lambda s, actor, now: delivery_service.accept_offer(s, oid, note, actor=actor, now=now))

    def decline_offer(self) -> None:
        if self.pages.currentIndex() != 1 or not self.decline_button.isEnabled():
            return
        oid, reason = self.offer.id, self.answer_note.text()
        self._answer(
            lambda s, actor, now: delivery_service.decline_offer(s, oid, reason, actor=actor, now=now)
        )


class DeliveryRatesDialog(QDialog):
    """The owner's delivery fees by area (and the default packing fee), used by the offers."""

    HEADERS = ("Wilayah", "Ongkir", "Lama (hari)")

    def __init__(self, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.setWindowTitle(self.tr("Ongkir antar per wilayah"))
        self.resize(560, 420)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("rates")
        self.table.setHorizontalHeaderLabels([self.tr("Wilayah"), self.tr("Ongkir"), self.tr("Lama (hari)")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.packing = MoneyEdit("packing_fee")
        self.packing.setObjectName("packing_fee")
        add = QPushButton(self.tr("&Tambah baris (Ctrl+N)"))
        add.clicked.connect(self.add_row)
        QShortcut(QKeySequence("Ctrl+N"), self, self.add_row)
        remove = QPushButton(self.tr("&Hapus baris (Ctrl+Del)"))
        remove.clicked.connect(self.remove_row)
        QShortcut(QKeySequence("Ctrl+Delete"), self, self.remove_row)
        self.errors = ErrorLabel()
        self.errors.setObjectName("errors")
        buttons, self.save_button = widgets.save_cancel(
            self, self.tr("&Simpan (Ctrl+S)"), self.tr("&Batal"), self.save
        )
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Biaya &kemas bawaan"), self.packing)
        lay = QVBoxLayout(self)
        lay.addWidget(
            QLabel(
                self.tr("Ongkir yang ditawarkan ke pelanggan yang belum mengambil pesanan, menurut wilayah.")
            )
        )
        lay.addWidget(self.table, 1)
        lay.addLayout(row)
        lay.addLayout(form)
        lay.addWidget(self.errors)
        lay.addWidget(buttons)
        runner.read(
            lambda s: (delivery_service.rates(s), settings_service.get(s, "delivery.packing_fee")),
            on_done=self._loaded,
            owner=self,
        )

    def _loaded(self, result) -> None:
        rates, packing = result
        for r in rates:
            self.add_row(r)
        self.packing.set_value(packing)
        self.table.setFocus()

    def add_row(self, rate: DeliveryRate | None = None) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        values = (
            (rate.area, format_rupiah(rate.fee), str(rate.days))
            if isinstance(rate, DeliveryRate)
            else ("", "", "1")
        )
        for c, v in enumerate(values):
            item = QTableWidgetItem(v)
            if c:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(r, c, item)
        if not isinstance(rate, DeliveryRate):
            self.table.setCurrentCell(r, 0)
            self.table.editItem(self.table.item(r, 0))

    def remove_row(self) -> None:
        r = self.table.currentRow()
        if r >= 0:
            self.table.removeRow(r)

    def rows(self) -> list[DeliveryRate]:
        """The table as typed; a fee or a number of days that does not read is refused."""
        out, errors = [], []
        for r in range(self.table.rowCount()):
            cell = [(self.table.item(r, c).text() if self.table.item(r, c) else "").strip() for c in range(3)]
            if not any(cell):
                continue
            try:
                fee = parse_rupiah(cell[1], field="rates")
            except InvalidInput:
                errors.append(
                    self.tr("Baris {n}: ongkir «{text}» bukan jumlah rupiah").format(n=r + 1, text=cell[1])
                )
                continue
            if not cell[2].isdigit():
                errors.append(self.tr("Baris {n}: lama antar harus angka hari").format(n=r + 1))
                continue
            out.append(DeliveryRate(cell[0], fee, int(cell[2])))
        if errors:
            raise ValueError("\n".join(errors))
        return out

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        try:
            rows = self.rows()
            packing = parse_rupiah(self.packing.text() or "0", field="packing_fee")
        except ValueError as e:
            self.errors.show_message(str(e))
            return
        except InvalidInput as e:
            widgets.show_errors(e, self.errors, {"packing_fee": self.packing})
            return
        actor, now = self.runner.actor, self.runner.now()
        self.save_button.setEnabled(False)

        def failed(err: Exception) -> None:
            self.save_button.setEnabled(True)
            widgets.show_errors(err, self.errors, {"packing_fee": self.packing, "rates": self.table})

        self.runner.run(
            lambda s: delivery_service.save_rates(s, rows, packing, actor=actor, now=now),
            on_done=lambda _c: self.accept(),
            on_error=failed,
            owner=self,
        )
