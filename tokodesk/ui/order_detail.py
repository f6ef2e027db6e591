"""One order: items, the payment ledger, the status history, the communication log and the
balance, with the counter's actions: take a payment (F2), correct an entry by reversal, move
the status, log a chat or call about this order (Ctrl+L)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tokodesk.documents.model import DocKind
from tokodesk.domain.access import Permission
from tokodesk.domain.dates import format_date, format_datetime
from tokodesk.domain.errors import InvalidInput
from tokodesk.domain.ledger import PaymentMethod
from tokodesk.domain.money import format_rupiah
from tokodesk.domain.orders import Fulfilment, OrderStatus, amount_due
from tokodesk.domain.phone import format_phone
from tokodesk.services import complaints as complaint_service
from tokodesk.services import documents as document_service
from tokodesk.services import feedback as feedback_service
from tokodesk.services import handover
from tokodesk.services import orders as order_service
from tokodesk.services import payments as payment_service
from tokodesk.services import settings as settings_service
from tokodesk.services.context import local_today
from tokodesk.services.printing import send_escpos
from tokodesk.ui import i18n, icons, widgets
from tokodesk.ui.document_dialog import DocumentDialog, load_print_settings
from tokodesk.ui.log_view import LogView
from tokodesk.ui.printing import print_pdf
from tokodesk.ui.qris_pay import QrisStep
from tokodesk.ui.quick_log import LogTarget, QuickLogDialog
from tokodesk.ui.signals import emit
from tokodesk.ui.widgets import ErrorLabel, MoneyEdit

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
GREY = QBrush(QColor("#757575"))


def _table(headers: list[str], name: str) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setObjectName(name)
    t.setHorizontalHeaderLabels(headers)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.verticalHeader().setVisible(False)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    t.horizontalHeader().setStretchLastSection(True)
    return t


def _fill(
    table: QTableWidget, rows: list[list[str]], right: set[int] = frozenset(), grey: set[int] = frozenset()
):
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if c in right:
                item.setTextAlignment(RIGHT)
            if r in grey:
                item.setForeground(GREY)
            table.setItem(r, c, item)


class PaymentDialog(QDialog):
    """Take a payment for an order; the amount starts at what is still owed."""

    def __init__(self, runner, view: order_service.OrderView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.view = view
        self.setWindowTitle(self.tr("Terima pembayaran — {code}").format(code=view.code))
        owed = view.totals.balance - view.totals.pending
        self.amount = MoneyEdit("amount")
        self.amount.setObjectName("amount")
        self.amount.set_value(max(owed, 0))
        self.amount.selectAll()
        self.method = QComboBox()
        self.method.setObjectName("method")
        for m in PaymentMethod:
            self.method.addItem(i18n.method_label(m), m)
        # a transfer not yet seen in the bank app, or a cheque: recorded as pending, cleared later
        self.pending = QCheckBox(self.tr("Dana &belum masuk (menunggu cair)"))
        self.pending.setObjectName("pending")
        self.clears_on = widgets.date_edit()
        self.clears_on.setObjectName("clears_on")
        self.clears_on.setEnabled(False)
        self.pending.toggled.connect(self.clears_on.setEnabled)
        self.method.currentIndexChanged.connect(self._method_changed)
        self._method_changed()
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.errors = ErrorLabel()
        self.errors.setObjectName("errors")
        form = QFormLayout()
        form.addRow(self.tr("Sisa tagihan"), QLabel(f"<b>{format_rupiah(owed)}</b>"))
        form.addRow(self.tr("&Jumlah"), self.amount)
        form.addRow(self.tr("&Metode"), self.method)
        form.addRow("", self.pending)
        form.addRow(self.tr("&Tanggal cair"), self.clears_on)
        form.addRow(self.tr("&Catatan"), self.note)
        buttons, self.save_button = widgets.save_cancel(
            self, self.tr("&Simpan pembayaran (Ctrl+S)"), self.tr("&Batal"), self.save, enter_saves=True
        )
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.qris = QrisStep(
            self,
            runner,
            view.code,
            hand_over=False,
            lock=[self.amount, self.method, self.pending, self.clears_on, self.note],
        )
        self.qris.lay_out(form, buttons, self._show_qris)
        self._show_qris()
        self.amount.setFocus()

    def _method_changed(self) -> None:
        """A cheque is pending until it clears, by default five days later (the owner's number);
        a QRIS payment is pending until the staff see the money in the merchant app."""
        method = self.method.currentData()
        cheque = method == PaymentMethod.CHEQUE
        is_qris = method == PaymentMethod.QRIS
        self.pending.setChecked(cheque or is_qris)
        self.pending.setEnabled(not is_qris)
        today = local_today(self.runner.now())
        days = 5 if cheque else 0 if is_qris else 1
        self.clears_on.setDate(widgets.to_qdate(today + dt.timedelta(days=days)))

    def _show_qris(self) -> None:
        self.qris.show(self.method.currentData() == PaymentMethod.QRIS, self.amount.value_or_none() or 0)

    def save(self) -> None:
        if self.qris.entry_id is not None:
            self.qris.confirm()  # the QRIS payment is recorded: Ctrl+S/Enter confirm like F8
            return
        if not self.save_button.isEnabled():
            return  # a save is already on its way: a second Ctrl+S must not save twice
        try:
            amount = self.amount.value()
        except InvalidInput as e:
            self.errors.show_message(i18n.error_text(e))
            self.amount.setFocus()
            return
        method = PaymentMethod(self.method.currentData())
        note = self.note.text().strip()
        if method is PaymentMethod.QRIS:
            note = "; ".join(x for x in (handover.QRIS_WAITING, note) if x)
        data = payment_service.PaymentInput(
            self.view.id,
            amount,
            method,
            note=note,
            cleared=not self.pending.isChecked(),
            clears_on=widgets.from_qdate(self.clears_on.date()) if self.pending.isChecked() else None,
            expected_version=self.view.version,  # another counter may change the order meanwhile
        )
        write = lambda s, actor, now: payment_service.record_payment(s, data, actor=actor, now=now)  # noqa: E731
        if method is PaymentMethod.QRIS:
            _take_money(self, write, on_done=lambda res: self.qris.recorded(res[0]))
        else:
            _take_money(self, write)


class HandoverDialog(QDialog):
    """Hand a pickup order over: the rest of the balance and the storage fee are paid now (or
    the fee is waived, with a reason), and the order is marked collected, in one step."""

    def __init__(self, runner, view: order_service.OrderView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.view = view
        self.setWindowTitle(self.tr("Serahkan pesanan — {code}").format(code=view.code))
        info = view.pickup
        self.fee = info.fee_due if info else 0
        self.owed = max(0, view.totals.balance - view.totals.pending)
        self.fee_label = QLabel()
        self.waive = QCheckBox(self.tr("&Bebaskan biaya simpan"))
        self.waive.setObjectName("waive")
        self.waive.setEnabled(False)
        # up to the owner's limit anyone may waive; above it only who has the permission
        runner.read(
            lambda s: settings_service.get(s, "staff.waive_limit"), on_done=self._limit_known, owner=self
        )
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("alasan (wajib bila dibebaskan), contoh: pelanggan sakit"))
        self.reason.setEnabled(False)
        self.amount = MoneyEdit("amount")
        self.amount.setObjectName("amount")
        self.method = QComboBox()
        self.method.setObjectName("method")
        for m in PaymentMethod:
            if m is not PaymentMethod.COD:
                self.method.addItem(i18n.method_label(m), m)
        self.total_label = QLabel()
        self.total_label.setObjectName("to_pay")
        self.errors = ErrorLabel()
        self.errors.setObjectName("errors")
        form = QFormLayout()
        form.addRow(self.tr("Sisa tagihan"), QLabel(format_rupiah(self.owed)))
        if info and self.fee:
            days = info.fee // info.policy.storage_fee_per_day if info.policy.storage_fee_per_day else 0
            self.fee_label.setText(
                self.tr("{fee} ({days} hari × {rate}, gratis sampai {day})").format(
                    fee=format_rupiah(self.fee),
                    days=days,
                    rate=format_rupiah(info.policy.storage_fee_per_day),
                    day=format_date(info.last_free_day),
                )
            )
        else:
            self.fee_label.setText(format_rupiah(0))
        form.addRow(self.tr("Biaya simpan"), self.fee_label)
        form.addRow("", self.waive)
        form.addRow(self.tr("&Alasan"), self.reason)
        form.addRow(self.tr("Harus dibayar"), self.total_label)
        form.addRow(self.tr("&Dibayar sekarang"), self.amount)
        form.addRow(self.tr("&Metode"), self.method)
        buttons, self.save_button = widgets.save_cancel(
            self, self.tr("&Serahkan (Ctrl+S)"), self.tr("&Batal"), self.save, enter_saves=True
        )
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.qris = QrisStep(
            self,
            runner,
            view.code,
            hand_over=True,
            lock=[self.amount, self.method, self.waive, self.reason],
        )
        self.qris.lay_out(form, buttons, self._show_qris)
        self.waive.toggled.connect(self._waive_toggled)
        self._waive_toggled(False)
        self.amount.setFocus()
        self.amount.selectAll()

    def _show_qris(self) -> None:
        amount = self.amount.value_or_none() or 0
        fee = 0 if self.waive.isChecked() else min(self.fee, amount)
        self.qris.show(self.method.currentData() == PaymentMethod.QRIS, amount, fee)

    def _limit_known(self, limit: int) -> None:
        actor = self.runner.actor
        may = actor is not None and (self.fee <= limit or actor.can(Permission.WAIVE_FEE))
        self.waive.setEnabled(self.fee > 0 and may)
        if self.fee > 0 and not may:
            self.waive.setToolTip(
                self.tr("Biaya di atas {limit}: hanya pemilik yang bisa membebaskan").format(
                    limit=format_rupiah(limit)
                )
            )

    def to_pay(self) -> int:
        return self.owed + (0 if self.waive.isChecked() else self.fee)

    def _waive_toggled(self, on: bool) -> None:
        self.reason.setEnabled(on)
        self.total_label.setText(f"<b>{format_rupiah(self.to_pay())}</b>")
        self.amount.set_value(self.to_pay())
        if on:
            self.reason.setFocus()

    def save(self) -> None:
        if self.qris.entry_id is not None:
            self.qris.confirm()
            return
        if not self.save_button.isEnabled():
            return
        try:
            amount = self.amount.value()
        except InvalidInput as e:
            self.errors.show_message(i18n.error_text(e))
            return
        reason = self.reason.text().strip() if self.waive.isChecked() else ""
        if self.waive.isChecked() and not reason:
            self.errors.show_message(self.tr("Tulis alasan membebaskan biaya simpan."))
            self.reason.setFocus()
            return
        method = PaymentMethod(self.method.currentData())
        data = handover.HandoverInput(self.view.id, amount, method, reason, self.view.version)
        if method is PaymentMethod.QRIS and amount > 0:
            _take_money(
                self,
                lambda s, actor, now: handover.take_qris(s, data, actor=actor, now=now),
                on_done=lambda res: self.qris.recorded(res[0]),
            )
            return
        _take_money(self, lambda s, actor, now: handover.hand_over(s, data, actor=actor, now=now))


def _take_money(dialog, write, on_done=None) -> None:
    """Run a money form's write as the signed-in person: one save at a time (a second Ctrl+S
    waits), closed when stored (or ``on_done``), the reason shown in the form when refused."""
    actor, now = dialog.runner.actor, dialog.runner.now()
    dialog.save_button.setEnabled(False)

    def failed(err: Exception) -> None:
        dialog.save_button.setEnabled(True)
        if _changed_elsewhere(dialog, err):
            return
        dialog.errors.show_message(i18n.error_text(err))
        dialog.amount.setFocus()

    dialog.runner.run(
        lambda s: write(s, actor, now),
        on_done=on_done or (lambda _r: dialog.accept()),
        on_error=failed,
        owner=dialog,
    )


def _changed_elsewhere(dialog: QDialog, err: Exception) -> bool:
    """Another counter changed the order after this form was opened: close the form (its
    sums are stale), reload the order and say so.  Nothing was written."""
    if not isinstance(err, payment_service.OrderChanged):
        return False
    detail = dialog.parent()
    dialog.reject()
    if isinstance(detail, OrderDetailDialog):
        detail.order_changed(err)
    return True


class OrderDetailDialog(QDialog):
    """Signals:
    loaded(object): the ``OrderView`` shown (after opening and after every change).
    """

    loaded = Signal(object)

    def __init__(self, runner, order_id: int, parent: QWidget | None = None, *, printer_runner=None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.printer_runner = printer_runner or runner
        self.document_dialog = None
        self.order_id = order_id
        self.view: order_service.OrderView | None = None
        self.payment_dialog: PaymentDialog | None = None
        self.setWindowTitle(self.tr("Pesanan"))
        self.resize(960, 720)

        self.title = QLabel()
        self.title.setObjectName("title")
        self.title.setStyleSheet("font-size: 18px; font-weight: 700;")
        self.status_label = QLabel()
        self.status_label.setObjectName("status_label")
        self.status_label.setStyleSheet(
            "font-size: 14px; font-weight: 600; padding: 2px 8px;"
            " border-radius: 4px; background: #e3f2fd; color: #0d47a1;"
        )
        self.info = QLabel()
        self.info.setObjectName("info")
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addWidget(self.status_label)
        head.addStretch(1)

        self.items = _table(
            [
                self.tr("Barang"),
                self.tr("Jml"),
                self.tr("Harga"),
                self.tr("Subtotal"),
                self.tr("Detail custom"),
            ],
            "items",
        )
        self.ledger = _table(
            [
                self.tr("Waktu"),
                self.tr("Jenis"),
                self.tr("Metode"),
                self.tr("Jumlah"),
                self.tr("Staf"),
                self.tr("Catatan"),
            ],
            "ledger",
        )
        self.history = _table(
            [self.tr("Waktu"), self.tr("Dari"), self.tr("Menjadi"), self.tr("Staf"), self.tr("Catatan")],
            "history",
        )
        # the customer's communication log about this order (a toggle shows all of it)
        self.log_view = LogView(runner)
        self.log_view.setObjectName("log_view")
        self.log_view.loaded.connect(self._log_loaded)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.tabs.addTab(self.history, self.tr("Riwa&yat status"))
        self.tabs.addTab(self.log_view, self.tr("C&atatan komunikasi"))
        # a 1920×1080 screen at 150% leaves 720 px: the lists give way first (they scroll)
        for table, rows in ((self.items, 2), (self.ledger, 2)):
            table.setMinimumHeight(table.horizontalHeader().sizeHint().height() + rows * 22)
        self.tabs.setMinimumHeight(110)
        self.log_view.setMinimumHeight(0)
        QShortcut(QKeySequence("Ctrl+L"), self, self.new_log_entry)

        self.sums = QLabel()
        self.sums.setObjectName("sums")
        self.sums.setTextFormat(Qt.TextFormat.RichText)
        self.pay_button = QPushButton(icons.icon("payment"), self.tr("Terima &pembayaran (F2)"))
        self.pay_button.setObjectName("pay_button")
        self.pay_button.clicked.connect(self.take_payment)
        QShortcut(QKeySequence("F2"), self, self.take_payment)
        self.reverse_button = QPushButton(self.tr("&Koreksi entri terpilih"))
        self.reverse_button.setObjectName("reverse_button")
        self.reverse_button.clicked.connect(self.reverse_selected)

        self.moves_box = QGroupBox(self.tr("Ubah status"))
        self.moves_layout = QGridLayout(self.moves_box)
        self.move_buttons: dict[OrderStatus, QPushButton] = {}
        self.errors = ErrorLabel()
        self.errors.setObjectName("errors")
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setStyleSheet("color: #1b5e20;")

        money = QHBoxLayout()
        money.addWidget(self.sums, 1)
        money_buttons = QGridLayout()  # two by two: room below for the history and the log
        money_buttons.addWidget(self.pay_button, 0, 0)
        money_buttons.addWidget(self.reverse_button, 1, 0)
        self.print_now_button = QPushButton(icons.icon("print"), self.tr("C&etak nota sekarang (Ctrl+P)"))
        self.print_now_button.setObjectName("print_now_button")
        self.print_now_button.clicked.connect(self.print_now)
        self.preview_button = QPushButton(self.tr("Pratinjau && pilihan cetak (Ctrl+Shift+P)"))
        self.preview_button.setObjectName("preview_button")
        self.preview_button.clicked.connect(self.open_preview)
        QShortcut(QKeySequence("Ctrl+P"), self, self.print_now)
        QShortcut(QKeySequence("Ctrl+Shift+P"), self, self.open_preview)
        money_buttons.addWidget(self.print_now_button, 0, 1)
        money_buttons.addWidget(self.preview_button, 1, 1)
        # a payment not yet cleared: the money arrived, or it never will
        self.clear_button = QPushButton(self.tr("Dana &cair (entri terpilih)"))
        self.clear_button.setObjectName("clear_button")
        self.clear_button.clicked.connect(lambda: self.settle_selected(True))
        self.bounce_button = QPushButton(self.tr("Dana tidak &masuk…"))
        self.bounce_button.setObjectName("bounce_button")
        self.bounce_button.clicked.connect(lambda: self.settle_selected(False))
        money_buttons.addWidget(self.clear_button, 2, 0)
        money_buttons.addWidget(self.bounce_button, 2, 1)
        # custom details: the customer's written confirmation before production; remakes
        self.confirm_button = QPushButton(self.tr("Konfirmasi &detail (Ctrl+K)"))
        self.confirm_button.setObjectName("confirm_button")
        self.confirm_button.clicked.connect(self.record_confirmation)
        QShortcut(QKeySequence("Ctrl+K"), self, self.record_confirmation)
        self.remake_button = QPushButton(self.tr("&Buat ulang…"))
        self.remake_button.setObjectName("remake_button")
        self.remake_button.clicked.connect(self.record_remake)
        money_buttons.addWidget(self.confirm_button, 0, 2)
        money_buttons.addWidget(self.remake_button, 1, 2)
        # delivery and COD orders: the parcel, and what went wrong with it
        self.ship_button = QPushButton(self.tr("Kirim pa&ket… (Ctrl+Shift+K)"))
        self.ship_button.setObjectName("ship_button")
        self.ship_button.clicked.connect(self.ship)
        QShortcut(QKeySequence("Ctrl+Shift+K"), self, self.ship)
        self.incident_button = QPushButton(self.tr("Masalah &pengiriman…"))
        self.incident_button.setObjectName("incident_button")
        self.incident_button.clicked.connect(self.report_incident)
        money_buttons.addWidget(self.ship_button, 2, 2)
        money_buttons.addWidget(self.incident_button, 3, 2)
        # a ready pickup order the customer has not come for: offer delivery, costs spelled out
        self.offer_button = QPushButton(self.tr("Tawarkan &antar… (Ctrl+Shift+A)"))
        self.offer_button.setObjectName("offer_button")
        self.offer_button.clicked.connect(self.offer_delivery)
        QShortcut(QKeySequence("Ctrl+Shift+A"), self, self.offer_delivery)
        money_buttons.addWidget(self.offer_button, 4, 2)
        self.confirmation_dialog = None
        money.addLayout(money_buttons)

        # complaints about this order; the customer's feedback once they have the goods
        self.complaint_button = QPushButton(self.tr("Ke&luhan… (Ctrl+Shift+C)"))
        self.complaint_button.setObjectName("complaint_button")
        self.complaint_button.clicked.connect(self.new_complaint)
        QShortcut(QKeySequence("Ctrl+Shift+C"), self, self.new_complaint)
        self.complaints_label = QLabel()
        self.complaints_label.setObjectName("complaints")
        self.complaints_label.setWordWrap(True)
        self.complaints_label.setTextFormat(Qt.TextFormat.RichText)
        self.complaints_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByKeyboard | Qt.TextInteractionFlag.LinksAccessibleByMouse
        )
        self.complaints_label.linkActivated.connect(self._complaint_link)
        self.feedback_label = QLabel()
        self.feedback_label.setObjectName("feedback")
        self.feedback_label.setTextFormat(Qt.TextFormat.RichText)
        # a long comment must not widen the window (it is shortened; the tooltip has all of it)
        self.feedback_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.feedback_request_button = QPushButton(self.tr("Minta &ulasan…"))
        self.feedback_request_button.setObjectName("feedback_request_button")
        self.feedback_request_button.clicked.connect(self.request_feedback)
        self.rating_button = QPushButton(self.tr("Catat &nilai…"))
        self.rating_button.setObjectName("rating_button")
        self.rating_button.clicked.connect(self.record_rating)
        self.feedback = None
        self.complaint_dialog = None
        money_buttons.addWidget(self.feedback_request_button, 3, 0)
        money_buttons.addWidget(self.rating_button, 3, 1)
        lines = QVBoxLayout()
        lines.setSpacing(2)
        lines.addWidget(self.complaints_label)
        lines.addWidget(self.feedback_label)
        after_sale = QHBoxLayout()
        after_sale.addLayout(lines, 1)
        after_sale.addWidget(self.complaint_button, 0, Qt.AlignmentFlag.AlignTop)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Tutup"))
        close.rejected.connect(self.reject)

        lay = QVBoxLayout(self)
        lay.addLayout(head)
        lay.addWidget(self.info)
        lay.addWidget(QLabel(self.tr("<b>Barang</b>")))
        lay.addWidget(self.items, 1)
        lay.addWidget(
            QLabel(
                self.tr(
                    "<b>Pembayaran</b> (buku kas: entri tidak pernah diubah; salah catat dikoreksi "
                    "dengan entri pembalik)"
                )
            )
        )
        lay.addWidget(self.ledger, 2)
        lay.addLayout(money)
        lay.addWidget(self.moves_box)
        lay.addLayout(after_sale)
        lay.addWidget(self.tabs, 3)
        lay.addWidget(self.errors)
        lay.addWidget(self.notice)
        lay.addWidget(close)
        self.reload()

    # ---------------------------------------------------------------- loading
    def reload(self) -> None:
        oid, day = self.order_id, local_today(self.runner.now())
        self.runner.read(
            lambda s: order_service.get_order(s, oid, day),
            on_done=self._show,
            on_error=lambda e: self.errors.show_message(i18n.error_text(e)),
            owner=self,
        )
        self.runner.read(
            lambda s: (complaint_service.order_complaints(s, oid), feedback_service.feedback_for(s, oid)),
            on_done=self._show_after_sale,
            owner=self,
        )

    def _show_after_sale(self, result) -> None:
        """The order's complaints (each opens its case) and the customer's feedback."""
        from tokodesk.ui.complaint_dialogs import escape, resolution_label, stars, status_label, type_label

        cases, fb = result
        self.feedback = fb
        if cases:
            links = []
            for c in cases:
                what = status_label(c.status)
                if c.resolution:
                    what += f" ({resolution_label(c.resolution)})"
                links.append(f"<a href='complaint:{c.id}'>#{c.id} {type_label(c.kind)}</a> — {what}")
            self.complaints_label.setText(self.tr("Keluhan: ") + "; ".join(links))
            self.complaints_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        else:
            self.complaints_label.setText(self.tr("Keluhan: tidak ada"))
            self.complaints_label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        if fb is None or (fb.requested_at is None and not fb.rating):
            text = self.tr("Ulasan: belum diminta")
        else:
            parts = []
            if fb.requested_at is not None:
                parts.append(
                    self.tr("diminta {when} lewat {channel}").format(
                        when=format_datetime(fb.requested_at),
                        channel=i18n.channel_label(fb.request_channel) if fb.request_channel else "—",
                    )
                )
            if fb.rating:
                rated = self.tr("nilai <b>{stars} {n}/5</b>").format(stars=stars(fb.rating), n=fb.rating)
                if fb.comment:
                    short = fb.comment if len(fb.comment) <= 45 else fb.comment[:44] + "…"
                    rated += f" — «{escape(short)}»"
                parts.append(rated)
            else:
                parts.append(self.tr("belum ada nilai"))
            text = self.tr("Ulasan: ") + " · ".join(parts)
        self.feedback_label.setText(text)
        self.feedback_label.setToolTip(fb.comment if fb is not None and fb.comment else "")

    def _show(self, v: order_service.OrderView) -> None:
        self.view = v
        may_reverse = self.runner.actor is not None and self.runner.actor.can(Permission.REVERSAL)
        self.reverse_button.setEnabled(may_reverse)
        self.clear_button.setEnabled(bool(v.pending_entry_ids))
        self.bounce_button.setEnabled(bool(v.pending_entry_ids))
        self.confirm_button.setEnabled(v.needs_confirmation or v.confirmed)
        sent = v.fulfilment is not Fulfilment.PICKUP
        self.ship_button.setEnabled(sent and v.status in (OrderStatus.READY, OrderStatus.SHIPPED))
        self.incident_button.setEnabled(sent and v.status in (OrderStatus.SHIPPED, OrderStatus.DELIVERED))
        self.offer_button.setEnabled(v.fulfilment is Fulfilment.PICKUP and v.status is OrderStatus.READY)
        finished = v.status in feedback_service.FINISHED
        self.feedback_request_button.setEnabled(finished)
        self.rating_button.setEnabled(finished)
        hint = "" if finished else self.tr("Ulasan diminta setelah pesanan diambil, dikirim atau diterima")
        self.feedback_request_button.setToolTip(hint)
        self.rating_button.setToolTip(hint)
        self.confirm_button.setText(
            self.tr("Konfirmasi &detail (Ctrl+K)")
            if v.needs_confirmation
            else self.tr("Detail sudah dikonfirmasi ✓ (Ctrl+K: catat lagi)")
        )
        self.reverse_button.setToolTip(
            ""
            if may_reverse
            else self.tr("Koreksi pembayaran hanya oleh pemilik (atau staf yang diberi izin)")
        )
        self.log_view.set_target(
            LogTarget(v.customer_id, v.customer_name, v.customer_phone, v.id, v.code), order_filter=True
        )
        self.setWindowTitle(self.tr("Pesanan {code}").format(code=v.code))
        self.title.setText(v.code)
        self.status_label.setText(i18n.status_label(v.status))
        warn = ""
        if v.customer_standing != "normal":
            warn = f" · <span style='color:#b71c1c'>⚠ {i18n.standing_label(v.customer_standing)}</span>"
        self.info.setText(
            self.tr(
                "Pelanggan: <b>{name}</b> · {phone}{warn}<br>Cara ambil: {fulfilment} · Tanggal ambil: "
                "<b>{pickup}</b> · Dibuat {created} oleh {staff}"
            ).format(
                name=v.customer_name,
                phone=format_phone(v.customer_phone),
                warn=warn,
                fulfilment=i18n.fulfilment_label(v.fulfilment),
                pickup=format_date(v.pickup_date),
                created=format_datetime(v.created_at),
                staff=v.created_by,
            )
            + (self.tr("<br>Catatan: {notes}").format(notes=v.notes) if v.notes else "")
            + self._pickup_text(v)
        )
        _fill(
            self.items,
            [
                [
                    i.name,
                    str(i.qty),
                    format_rupiah(i.unit_price),
                    format_rupiah(i.line_total),
                    i.custom_details,
                ]
                for i in v.items
            ],
            right={1, 2, 3},
        )
        rows, grey = [], set()
        for r, e in enumerate(v.entries):
            kind = i18n.entry_label(e.kind)
            note = e.note
            if e.reverses_id:
                kind = self.tr("Koreksi: {kind}").format(kind=kind)
                note = self.tr("membalik entri #{id}: {note}").format(id=e.reverses_id, note=e.note)
                grey.add(r)
            elif e.reversed_by_id:
                note = (note + " " if note else "") + self.tr("(dikoreksi oleh #{id})").format(
                    id=e.reversed_by_id
                )
                grey.add(r)
            if not e.cleared:
                kind += " " + self.tr("(belum cair)")
            rows.append(
                [
                    f"#{e.id}  {format_datetime(e.at)}",
                    kind,
                    i18n.method_label(e.method),
                    format_rupiah(e.amount),
                    e.staff,
                    note,
                ]
            )
        _fill(self.ledger, rows, right={3}, grey=grey)
        _fill(
            self.history,
            [
                [
                    format_datetime(h.at),
                    i18n.status_label(h.from_status) if h.from_status else "—",
                    i18n.status_label(h.to_status),
                    h.staff,
                    h.note,
                ]
                for h in v.history
            ],
        )
        t = v.totals
        lines = [
            (self.tr("Total barang"), format_rupiah(t.total)),
            (
                self.tr("Biaya tambahan") if t.charges >= 0 else self.tr("Potongan (kompensasi)"),
                format_rupiah(t.charges),
            ),
            (self.tr("Sudah dibayar"), format_rupiah(t.paid)),
        ]
        if t.pending:
            lines.append((self.tr("Belum cair"), format_rupiah(t.pending)))
        if t.forfeited:
            lines.append((self.tr("DP hangus"), format_rupiah(t.forfeited)))
        fee_due = v.pickup.fee_due if v.pickup and v.status is OrderStatus.READY else 0
        if fee_due:
            lines.append(
                (self.tr("Biaya simpan s.d. hari ini (ditagih saat diambil)"), format_rupiah(fee_due))
            )
        due = amount_due(v.status, t.balance)
        if due is not None:
            due += fee_due
        color = "#b71c1c" if due and due > 0 else "#1b5e20"
        body = "".join(f"<tr><td>{a}</td><td align='right'>&nbsp;&nbsp;{b}</td></tr>" for a, b in lines)
        due_text = format_rupiah(due) if due is not None else "— " + self.tr("(tidak ditagih)")
        body += (
            "<tr><td><b>" + self.tr("Sisa tagihan") + f"</b></td><td align='right' style='color:{color}'>"
            f"&nbsp;&nbsp;<b>{due_text}</b></td></tr>"
        )
        self.sums.setText(f"<table>{body}</table>")
        self.pay_button.setEnabled(due is not None and due - t.pending > 0)
        self._show_moves(v)
        emit(self.loaded, v)

    def _pickup_text(self, v: order_service.OrderView) -> str:
        """Where a pickup order stands on its timeline: free until, the fee, the deadline."""
        p = v.pickup
        if p is None or v.status is not OrderStatus.READY:
            return ""
        parts = [self.tr("Gratis sampai {day}").format(day=format_date(p.last_free_day))]
        if p.fee:
            parts.append(self.tr("biaya simpan sejauh ini {fee}").format(fee=format_rupiah(p.fee)))
        parts.append(self.tr("batal otomatis {day}").format(day=format_date(p.forfeit_on)))
        color = "#b71c1c" if p.fee else "#37474f"
        return f"<br><span style='color:{color}'>" + " · ".join(parts) + "</span>"

    def _show_moves(self, v: order_service.OrderView) -> None:
        for b in self.move_buttons.values():
            b.deleteLater()
        self.move_buttons.clear()
        while self.moves_layout.count():
            item = self.moves_layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        if not v.moves:
            self.moves_layout.addWidget(
                QLabel(self.tr("Pesanan sudah selesai; status tidak bisa diubah lagi.")), 0, 0
            )
            return
        actor = self.runner.actor
        moves = [
            m
            for m in v.moves  # keeping a deposit is the owner's decision: others do not see it
            if m.target is not OrderStatus.FORFEITED or (actor is not None and actor.can(Permission.FORFEIT))
        ]
        for col, m in enumerate(moves):
            b = QPushButton(self.tr("→ {status}").format(status=i18n.status_label(m.target)))
            if m.target is OrderStatus.COLLECTED and self._needs_handover(v):
                b.setText(self.tr("→ Serahkan & lunasi…"))
            b.setObjectName(f"move_{m.target.value}")
            b.clicked.connect(lambda _c=False, t=m.target: self.move_to(t))
            self.moves_layout.addWidget(b, 0, col)
            self.move_buttons[m.target] = b
            if col == 0:
                b.setFocus()  # the button that had focus was just replaced
            if not m.allowed:
                hint = QLabel(i18n.verdict_text(m.reason, m.params))
                hint.setWordWrap(True)
                hint.setStyleSheet("color: #8d6e63; font-size: 11px;")
                b.setToolTip(hint.text())
                self.moves_layout.addWidget(hint, 1, col)

    def _log_loaded(self, n: int) -> None:
        text = self.tr("C&atatan komunikasi ({n})").format(n=n) if n else self.tr("C&atatan komunikasi")
        self.tabs.setTabText(self.tabs.indexOf(self.log_view), text)

    # ---------------------------------------------------------------- actions
    def new_log_entry(self) -> QuickLogDialog | None:
        """Ctrl+L: log a chat or call about this order; the log tab shows it once saved."""
        if self.view is None:
            return None
        self.tabs.setCurrentWidget(self.log_view)
        return self.log_view.new_entry()

    def take_payment(self) -> None:
        if self.view is None or not self.pay_button.isEnabled():
            return
        self.payment_dialog = PaymentDialog(self.runner, self.view, self)
        self.payment_dialog.finished.connect(lambda _r: self.reload())  # a pending QRIS stays if closed
        self.payment_dialog.open()
        self.payment_dialog.activateWindow()

    def _needs_handover(self, v: order_service.OrderView) -> bool:
        fee = v.pickup.fee_due if v.pickup else 0
        return fee > 0 or v.totals.balance - v.totals.pending > 0

    def record_confirmation(self, then_move: bool = False) -> None:
        """The customer's written confirmation of the custom details; with ``then_move`` the
        order goes into production once it is stored."""
        if self.view is None or not self.confirm_button.isEnabled():
            return
        from tokodesk.ui.confirmation_dialog import ConfirmationDialog

        self.confirmation_dialog = ConfirmationDialog(self.runner, self.view, self)
        if then_move:
            # the confirmation just changed the order: the version shown is stale by design
            self.confirmation_dialog.accepted.connect(
                lambda: self._move(OrderStatus.IN_PRODUCTION, check_version=False)
            )
        else:
            self.confirmation_dialog.accepted.connect(self.reload)
        self.confirmation_dialog.open()
        self.confirmation_dialog.activateWindow()

    def offer_delivery(self):
        """The delivery offer for a ready pickup order (or the answer to the one waiting)."""
        if self.view is None or not self.offer_button.isEnabled():
            return None
        from tokodesk.ui.delivery_offer import DeliveryOfferDialog

        self.offer_dialog = DeliveryOfferDialog(self.runner, self.view.id, self.view.code, self)
        self.offer_dialog.changed.connect(self.reload)
        self.offer_dialog.open()
        self.offer_dialog.activateWindow()
        return self.offer_dialog

    def ship(self) -> None:
        """The shipment form for a delivery or COD order (a resend while one is on its way)."""
        if self.view is None or not self.ship_button.isEnabled():
            return
        from tokodesk.ui.shipping import ShipmentDialog

        self.shipment_dialog = ShipmentDialog(self.runner, self.order_id, self)
        self.shipment_dialog.saved.connect(lambda _id: self.reload())
        self.shipment_dialog.open()
        self.shipment_dialog.activateWindow()

    def report_incident(self) -> None:
        """A delivery incident on the order's latest parcel: lost, not received, short, COD refused."""
        if self.view is None or not self.incident_button.isEnabled():
            return
        from tokodesk.services import shipping as shipping_service

        oid = self.order_id
        self.runner.read(
            lambda s: shipping_service.order_shipments(s, oid), on_done=self._open_incident, owner=self
        )

    def _open_incident(self, shipments) -> None:
        from tokodesk.ui.shipping import IncidentDialog

        if not shipments:
            self.errors.show_message(self.tr("Pesanan ini belum punya paket yang dikirim."))
            return
        latest = max(shipments, key=lambda sh: sh.id)
        self.incident_dialog = IncidentDialog(self.runner, latest.id, self)
        self.incident_dialog.saved.connect(lambda _r: self.reload())
        self.incident_dialog.open()

    def new_complaint(self):
        """Ctrl+Shift+C: a complaint about this order; its case opens once it is recorded."""
        if self.view is None:
            return None
        from tokodesk.ui.complaints import NewComplaintDialog

        v = self.view
        dlg = NewComplaintDialog(
            self.runner, self, customer_id=v.customer_id, customer_name=v.customer_name, order_id=v.id
        )
        dlg.saved.connect(self.open_complaint)
        dlg.saved.connect(lambda _id: self.reload())
        self.complaint_dialog = dlg
        dlg.open()
        dlg.activateWindow()
        return dlg

    def _complaint_link(self, link: str) -> None:
        kind, _, ident = link.partition(":")
        if kind == "complaint" and ident.isdigit():
            self.open_complaint(int(ident))

    def open_complaint(self, complaint_id: int):
        from tokodesk.ui.complaints import ComplaintDialog

        dlg = ComplaintDialog(self.runner, complaint_id, self)
        dlg.changed.connect(self.reload)  # a refund changes the ledger shown here
        self.complaint_dialog = dlg
        dlg.open()
        dlg.activateWindow()
        return dlg

    def request_feedback(self):
        """Ask the customer for a review: the template, WhatsApp, «Sudah terkirim» logs it."""
        if self.view is None or not self.feedback_request_button.isEnabled():
            return None
        from tokodesk.ui.complaint_dialogs import FeedbackRequestDialog

        dlg = FeedbackRequestDialog(self.runner, self.order_id, self.view.code, self)
        dlg.accepted.connect(self.reload)
        self.feedback_dialog = dlg
        dlg.open()
        dlg.activateWindow()
        return dlg

    def record_rating(self):
        """The customer's rating 1–5 and comment."""
        if self.view is None or not self.rating_button.isEnabled():
            return None
        from tokodesk.ui.complaint_dialogs import RatingDialog

        dlg = RatingDialog(self.runner, self.order_id, self.view.code, self.feedback, self)
        dlg.accepted.connect(self.reload)
        self.feedback_dialog = dlg
        dlg.open()
        dlg.activateWindow()
        return dlg

    def record_remake(self) -> None:
        if self.view is None:
            return
        from tokodesk.ui.confirmation_dialog import RemakeDialog

        self.remake_dialog = RemakeDialog(self.runner, self.view, self)
        self.remake_dialog.accepted.connect(self.reload)
        self.remake_dialog.open()

    def settle_selected(self, arrived: bool) -> None:
        """The selected pending payment: its money arrived (cleared), or it never will
        (bounced, with the reason).  Either is a new ledger entry."""
        if self.view is None:
            return
        r = self.ledger.currentRow()
        entry = self.view.entries[r] if 0 <= r < len(self.view.entries) else None
        if entry is None or entry.id not in self.view.pending_entry_ids:
            pending = [e for e in self.view.entries if e.id in self.view.pending_entry_ids]
            if len(pending) != 1:
                self.errors.show_message(
                    self.tr("Pilih dulu pembayaran yang belum cair di tabel pembayaran.")
                )
                self.ledger.setFocus()
                return
            entry = pending[0]
        what = f"#{entry.id} {i18n.entry_label(entry.kind)} {format_rupiah(entry.amount)}"
        if arrived:
            ok = widgets.confirm(
                self,
                self.tr("Dana cair"),
                self.tr("Dana {what} sudah terlihat masuk di rekening/aplikasi?").format(what=what),
                self.tr("Ya, sudah masuk"),
                self.tr("Batal"),
            )
            note = ""
        else:
            note, ok = widgets.ask_text(
                self,
                self.tr("Dana tidak masuk"),
                self.tr(
                    "Pembayaran {what} dicatat tidak masuk; pesanan kembali berutang.\nAlasan (wajib):"
                ).format(what=what),
                self.tr("Catat tidak masuk"),
                self.tr("Batal"),
            )
        if not ok:
            return
        eid, actor, now = entry.id, self.runner.actor, self.runner.now()
        self.runner.run(
            lambda s: payment_service.settle_pending(
                s, eid, arrived=arrived, note=note, actor=actor, now=now
            ),
            on_done=lambda _r: (self.errors.show_message(""), self.reload()),
            on_error=lambda e: self.errors.show_message(i18n.error_text(e)),
            owner=self,
        )

    def move_to(self, target: OrderStatus) -> None:
        if self.view is None:
            return
        if target is OrderStatus.IN_PRODUCTION and self.view.needs_confirmation:
            self.record_confirmation(then_move=True)  # production waits for the written confirmation
            return
        if (
            target in (OrderStatus.COLLECTED, OrderStatus.SHIPPED)
            and self.view.totals.pending
            and self.runner.actor is not None
            and self.runner.actor.can(Permission.OVERRIDE_PENDING)
        ):
            reason, ok = widgets.ask_text(
                self,
                self.tr("Pembayaran belum cair"),
                self.tr(
                    "Ada pembayaran {pending} yang belum cair. Teruskan juga? Keputusan ini dicatat.\n"
                    "Alasan (wajib):"
                ).format(pending=format_rupiah(self.view.totals.pending)),
                self.tr("Teruskan dengan alasan"),
                self.tr("Tunggu dana masuk"),
            )
            if not ok:
                return
            if not reason.strip():
                self.errors.show_message(self.tr("Perlu alasan untuk meneruskan; pesanan tidak diubah."))
                return
            self._move(target, override_reason=reason)
            return
        if target is OrderStatus.COLLECTED and self._needs_handover(self.view):
            self.handover_dialog = HandoverDialog(self.runner, self.view, self)
            self.handover_dialog.finished.connect(lambda _r: self.reload())
            self.handover_dialog.open()
            self.handover_dialog.activateWindow()
            return
        if target is OrderStatus.CANCELLED:
            reason, ok = widgets.ask_text(
                self,
                self.tr("Batalkan pesanan"),
                self.tr("Alasan pembatalan (wajib):"),
                self.tr("Batalkan pesanan"),
                self.tr("Jangan batalkan"),
            )
            if not ok:
                return
            if not reason.strip():
                self.errors.show_message(self.tr("Pembatalan perlu alasan; pesanan tidak diubah."))
                return
        else:
            reason = ""
        self._move(target, note=reason)

    def _move(
        self, target: OrderStatus, *, note: str = "", override_reason: str = "", check_version: bool = True
    ) -> None:
        oid, actor, now = self.order_id, self.runner.actor, self.runner.now()
        seen = self.view.version if check_version else None
        self.runner.run(
            lambda s: order_service.move_order(
                s,
                oid,
                target,
                actor=actor,
                now=now,
                note=note,
                expected_version=seen,
                override_reason=override_reason,
            ),
            on_done=lambda _c: (self.errors.show_message(""), self.reload()),
            on_error=self._refused,
            owner=self,
        )

    def _refused(self, err: Exception) -> None:
        if isinstance(err, payment_service.OrderChanged):
            self.order_changed(err)
            return
        text = i18n.error_text(err)
        self.errors.show_message(text)
        QMessageBox.warning(self, self.tr("Tidak bisa diubah"), text)

    def order_changed(self, err: Exception) -> None:
        """Another counter got there first: show the order as it is now, and say so."""
        self.reload()
        text = i18n.error_text(err)
        self.errors.show_message(text)
        QMessageBox.information(self, self.tr("Pesanan berubah"), text)

    def reverse_selected(self) -> None:
        if self.view is None:
            return
        r = self.ledger.currentRow()
        if not 0 <= r < len(self.view.entries):
            self.errors.show_message(self.tr("Pilih dulu entri pembayaran yang mau dikoreksi."))
            self.ledger.setFocus()
            return
        entry = self.view.entries[r]
        what = f"#{entry.id} {i18n.entry_label(entry.kind)} {format_rupiah(entry.amount)}"
        reason, ok = widgets.ask_text(
            self,
            self.tr("Koreksi entri"),
            self.tr(
                "Entri {what} akan dibalik dengan entri baru (entri lama tetap tercatat).\n"
                "Alasan koreksi (wajib):"
            ).format(what=what),
            self.tr("Catat koreksi"),
            self.tr("Batal"),
        )
        if not ok:
            return
        eid, actor, now = entry.id, self.runner.actor, self.runner.now()
        self.runner.run(
            lambda s: payment_service.reverse_entry(s, eid, reason, actor=actor, now=now),
            on_done=lambda _r: (self.errors.show_message(""), self.reload()),
            on_error=lambda e: self.errors.show_message(i18n.error_text(e)),
            owner=self,
        )

    # ---------------------------------------------------------------- printing
    def _print_kind(self) -> DocKind:
        handed_over = self.view is not None and self.view.status in (
            OrderStatus.COLLECTED,
            OrderStatus.DELIVERED,
        )
        return DocKind.FINAL if handed_over else DocKind.NOTA

    def open_preview(self) -> None:
        self.document_dialog = DocumentDialog(
            self.runner, self.printer_runner, self.order_id, self._print_kind(), self
        )
        self.document_dialog.open()
        self.document_dialog.activateWindow()

    def print_now(self) -> None:
        """One key after saving an order or a payment: its nota (or, once handed over, the
        final receipt) on the shop's printer and paper, without questions."""
        oid, kind, now = self.order_id, self._print_kind(), self.runner.now()

        def gather(s):
            return document_service.build_document(s, oid, kind, now=now), *load_print_settings(s)

        self.print_now_button.setEnabled(False)
        self.errors.show_message("")
        self.runner.read(gather, on_done=self._print_gathered, on_error=self._print_failed, owner=self)

    def _print_gathered(self, res) -> None:
        doc, size, target = res
        if size.is_roll and target:

            def job():
                # heavy: imported when first used (start-up time)
                from tokodesk.documents.escpos import render_escpos

                send_escpos(target, render_escpos(doc, size))
                return target
        else:
            info = QPrinterInfo.defaultPrinter()
            if info.isNull():
                self._print_failed(
                    None,
                    self.tr(
                        "Belum ada printer terpasang di komputer ini. Buka pratinjau (Ctrl+Shift+P) "
                        "untuk menyimpan PDF, atau atur printer struk di Pengaturan toko."
                    ),
                )
                return
            printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)

            def job():
                print_pdf(document_service.render(doc, size), printer)
                return printer.printerName()

        self.printer_runner.background(
            job,
            on_done=lambda where: self._printed(doc, where),
            on_error=self._print_failed,
            owner=self,
        )

    def _printed(self, doc, where: str) -> None:
        self.print_now_button.setEnabled(True)
        self.notice.setText(self.tr("{code} dicetak ke {where}.").format(code=doc.code, where=where))

    def _print_failed(self, err: Exception | None, text: str = "") -> None:
        self.print_now_button.setEnabled(True)
        self.errors.show_message(text or i18n.error_text(err))
