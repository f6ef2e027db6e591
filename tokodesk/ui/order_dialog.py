"""Taking a new order, by keyboard alone.

Flow: type a name or phone → Enter picks the first match (↓ to choose another), or
Alt+B makes a new customer → type item name, Tab, qty, Tab, price, Tab, custom details,
Enter adds the line → pickup date, deposit (minimum and suggestion shown), method →
Ctrl+S saves the order, its items and the deposit in one transaction.
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tokodesk.domain.deposit import DepositPolicy, Standing
from tokodesk.domain.errors import InvalidInput
from tokodesk.domain.ledger import PaymentMethod
from tokodesk.domain.money import format_rupiah
from tokodesk.domain.orders import Fulfilment
from tokodesk.domain.phone import format_phone
from tokodesk.services import customers as customer_service
from tokodesk.services import orders as order_service
from tokodesk.services import standing as standing_service
from tokodesk.services.context import local_today
from tokodesk.ui import i18n, widgets
from tokodesk.ui.customer_dialog import CustomerDialog
from tokodesk.ui.customer_picker import CustomerPicker
from tokodesk.ui.signals import emit
from tokodesk.ui.widgets import ErrorLabel, MoneyEdit, date_edit, from_qdate, mark_invalid, to_qdate


class NewOrderDialog(QDialog):
    """Signals:
    created(int, str): the new order's id and code, after the transaction committed.
    """

    created = Signal(int, str)

    def __init__(
        self, runner, parent: QWidget | None = None, *, customer: customer_service.CustomerRow | None = None
    ):
        super().__init__(parent)
        self.runner = runner
        self.setWindowTitle(self.tr("Pesanan baru"))
        self.setMinimumSize(820, 640)
        self.customer: customer_service.CustomerRow | None = None
        self.items: list[order_service.ItemInput] = []
        self.policy = DepositPolicy()
        self.customer_dialog: CustomerDialog | None = None
        self._deposit_touched = False

        # ---- customer
        self.picker = CustomerPicker(
            runner, self, empty_text=self.tr("Tidak ada yang cocok — tekan Alt+B untuk pelanggan baru")
        )
        self.customer_search, self.customer_results = self.picker.search, self.picker.results
        self.customer_label = QLabel()
        self.customer_label.setObjectName("customer_label")
        self.customer_label.setWordWrap(True)
        self.new_customer_button = QPushButton(self.tr("Pelanggan &baru"))
        self.new_customer_button.setObjectName("new_customer_button")
        self.new_customer_button.clicked.connect(self.open_new_customer)
        cust_row = QHBoxLayout()
        cust_row.addWidget(self.customer_search, 1)
        cust_row.addWidget(self.new_customer_button)
        cust_box = QGroupBox(self.tr("Pelanggan"))
        cl = QVBoxLayout(cust_box)
        cl.addLayout(cust_row)
        cl.addWidget(self.customer_results)
        cl.addWidget(self.customer_label)

        self.picker.edited.connect(lambda: self.customer is not None and self.set_customer(None))
        self.picker.picked.connect(self._picked)

        # ---- items
        self.item_name = QLineEdit()
        self.item_name.setObjectName("item_name")
        self.item_name.setPlaceholderText(self.tr("Nama barang"))
        self.item_qty = QLineEdit("1")
        self.item_qty.setObjectName("item_qty")
        self.item_qty.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.item_qty.setMaximumWidth(70)
        self.item_price = MoneyEdit("unit_price")
        self.item_price.setObjectName("item_price")
        self.item_price.setMaximumWidth(140)
        self.item_details = QLineEdit()
        self.item_details.setObjectName("item_details")
        self.item_details.setPlaceholderText(self.tr("Detail custom: nama, inisial, ukuran, warna…"))
        self.add_item_button = QPushButton(self.tr("&Tambah"))
        self.add_item_button.setObjectName("add_item_button")
        self.add_item_button.clicked.connect(self.add_item)
        for w in (self.item_name, self.item_qty, self.item_price, self.item_details):
            w.returnPressed.connect(self.add_item)
        entry = QGridLayout()
        entry.addWidget(QLabel(self.tr("Nama barang")), 0, 0)
        entry.addWidget(QLabel(self.tr("Jml")), 0, 1)
        entry.addWidget(QLabel(self.tr("Harga satuan")), 0, 2)
        entry.addWidget(QLabel(self.tr("Detail custom")), 0, 3)
        entry.addWidget(self.item_name, 1, 0)
        entry.addWidget(self.item_qty, 1, 1)
        entry.addWidget(self.item_price, 1, 2)
        entry.addWidget(self.item_details, 1, 3)
        entry.addWidget(self.add_item_button, 1, 4)
        entry.setColumnStretch(0, 3)
        entry.setColumnStretch(3, 3)

        self.items_table = QTableWidget(0, 5)
        self.items_table.setObjectName("items_table")
        self.items_table.setHorizontalHeaderLabels(
            [
                self.tr("Nama barang"),
                self.tr("Jml"),
                self.tr("Harga"),
                self.tr("Detail custom"),
                self.tr("Subtotal"),
            ]
        )
        self.items_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.items_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items_table.verticalHeader().setVisible(False)
        hh = self.items_table.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        hh.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.items_table.installEventFilter(self)
        self.items_table.doubleClicked.connect(lambda _i: self.edit_selected_item())
        self.remove_item_button = QPushButton(self.tr("&Hapus baris"))
        self.remove_item_button.clicked.connect(self.remove_selected_item)
        self.edit_item_button = QPushButton(self.tr("&Ubah baris"))
        self.edit_item_button.clicked.connect(self.edit_selected_item)
        self.total_label = QLabel()
        self.total_label.setObjectName("total_label")
        self.total_label.setStyleSheet("font-size: 15px; font-weight: 700;")
        row_buttons = QHBoxLayout()
        row_buttons.addWidget(self.edit_item_button)
        row_buttons.addWidget(self.remove_item_button)
        row_buttons.addStretch(1)
        row_buttons.addWidget(self.total_label)
        items_box = QGroupBox(self.tr("Barang"))
        il = QVBoxLayout(items_box)
        il.addLayout(entry)
        il.addWidget(self.items_table, 1)
        il.addLayout(row_buttons)

        # ---- fulfilment, pickup date, deposit
        self.fulfilment = QComboBox()
        self.fulfilment.setObjectName("fulfilment")
        for f in Fulfilment:
            self.fulfilment.addItem(i18n.fulfilment_label(f), f)
        self.pickup_date = date_edit()
        self.pickup_date.setObjectName("pickup_date")
        self._initial_pickup = to_qdate(local_today(runner.now()) + dt.timedelta(days=3))
        self.pickup_date.setDate(self._initial_pickup)
        self.deposit = MoneyEdit("deposit")
        self.deposit.setObjectName("deposit")
        self.deposit.textEdited.connect(self._deposit_edited)
        self.deposit_hint = QLabel()
        self.deposit_hint.setObjectName("deposit_hint")
        self.use_suggested = QPushButton(self.tr("Pakai &saran"))
        self.use_suggested.setObjectName("use_suggested")
        self.use_suggested.clicked.connect(self.apply_suggested_deposit)
        self.method = QComboBox()
        self.method.setObjectName("method")
        for m in PaymentMethod:
            self.method.addItem(i18n.method_label(m), m)
        self.notes = QLineEdit()
        self.notes.setObjectName("notes")
        dep_row = QHBoxLayout()
        dep_row.addWidget(self.deposit)
        dep_row.addWidget(self.use_suggested)
        dep_row.addWidget(self.deposit_hint, 1)
        form = QFormLayout()
        form.addRow(self.tr("&Cara ambil"), self.fulfilment)
        form.addRow(self.tr("Tanggal &ambil"), self.pickup_date)
        dep_label = QLabel(self.tr("&DP (uang muka)"))
        dep_label.setBuddy(self.deposit)
        form.addRow(dep_label, dep_row)
        form.addRow(self.tr("&Metode bayar"), self.method)
        form.addRow(self.tr("Catata&n"), self.notes)

        self.errors = ErrorLabel()
        self.errors.setObjectName("errors")
        buttons, self.save_button = widgets.save_cancel(
            self, self.tr("Simpan pesanan (Ctrl+S)"), self.tr("Batal"), self.save
        )
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save)

        lay = QVBoxLayout(self)
        lay.addWidget(cust_box)
        lay.addWidget(items_box, 1)
        lay.addLayout(form)
        lay.addWidget(self.errors)
        lay.addWidget(buttons)

        self._refresh_totals()
        now = runner.now()
        self.runner.read(
            lambda s: order_service.new_order_defaults(s, now), on_done=self._got_defaults, owner=self
        )
        if customer is not None:
            self.set_customer(customer)
            self.item_name.setFocus()
        else:
            self.customer_search.setFocus()

    def _got_defaults(self, res: tuple[DepositPolicy, dt.date]) -> None:
        self.policy, pickup = res
        if self.pickup_date.date() == self._initial_pickup:  # staff have not chosen one yet
            self.pickup_date.setDate(to_qdate(pickup))
        self._refresh_totals()

    # ---------------------------------------------------------------- customer
    def _picked(self, row: customer_service.CustomerRow) -> None:
        self.set_customer(row)
        self.item_name.setFocus()

    def set_customer(self, row: customer_service.CustomerRow | None) -> None:
        self.customer = row
        if row is None:
            self.customer_label.setText("")
        else:
            self.customer_search.setText(row.name)
            self.customer_results.hide()
            text = f"<b>{row.name}</b> · {format_phone(row.phone)}"
            if row.standing != Standing.NORMAL:
                text += f" · <span style='color:#b71c1c'>⚠ {i18n.standing_label(row.standing)}</span>"
                if row.standing == Standing.BLACKLISTED:
                    text += "<br>" + self.tr("Pelanggan daftar hitam: wajib bayar penuh di muka.")
                else:
                    text += "<br>" + self.tr("Pelanggan perlu diwaspadai: minta foto paket sebelum dikirim.")
            self.customer_label.setText(text)
            if row.standing != Standing.NORMAL:  # the owner's reason, read off the UI thread
                cid = row.id
                self.runner.read(
                    lambda s: standing_service.current(s, cid),
                    on_done=lambda res, cid=cid, text=text: self._standing_reason(cid, text, res),
                    owner=self,
                )
        mark_invalid(self.customer_search, False)
        self._refresh_totals()

    def _standing_reason(self, customer_id: int, text: str, current: tuple[str, str]) -> None:
        """The warning with the reason the owner gave (blacklisted or questionable)."""
        _standing, reason = current
        if self.customer is None or self.customer.id != customer_id or not reason:
            return
        warning = self.tr("Alasan: {reason}").format(reason=html.escape(reason))
        self.customer_label.setText(f"{text}<br><span style='color:#b71c1c'>{warning}</span>")

    def open_new_customer(self) -> None:
        text = "" if self.customer else self.customer_search.text()
        self.customer_dialog = CustomerDialog(self.runner, self, initial_text=text)
        self.customer_dialog.saved.connect(self._new_customer_saved)
        self.customer_dialog.open()
        self.customer_dialog.activateWindow()

    def _new_customer_saved(self, row) -> None:
        self.set_customer(row)
        self.item_name.setFocus()

    # ---------------------------------------------------------------- items
    def add_item(self) -> None:
        """Validate the entry row and append it; the fields keep what was typed on error."""
        name = " ".join(self.item_name.text().split())
        problems = []
        if not name:
            problems.append((self.item_name, self.tr("Nama barang wajib diisi")))
        qty_text = self.item_qty.text().strip()
        qty = int(qty_text) if qty_text.isdigit() else 0
        if qty <= 0:
            problems.append((self.item_qty, self.tr("Jumlah harus angka bulat minimal 1")))
        elif qty > order_service.MAX_QTY:
            problems.append(
                (
                    self.item_qty,
                    self.tr("Jumlah terlalu besar (maksimal {max})").format(max=order_service.MAX_QTY),
                )
            )
        price = None
        try:
            price = self.item_price.value()
        except InvalidInput as e:
            problems.append((self.item_price, self.tr("Harga: {msg}").format(msg=i18n.error_text(e))))
        for w in (self.item_name, self.item_qty, self.item_price):
            mark_invalid(w, any(w is p[0] for p in problems))
        if problems:
            self.errors.show_message("\n".join(p[1] for p in problems))
            problems[0][0].setFocus()
            return False
        self.items.append(order_service.ItemInput(name, qty, price, self.item_details.text().strip()))
        self.item_name.clear()
        self.item_qty.setText("1")
        self.item_price.clear()
        self.item_details.clear()
        self.errors.show_message("")
        self._refresh_items()
        self.item_name.setFocus()
        return True

    def _refresh_items(self) -> None:
        t = self.items_table
        t.setRowCount(len(self.items))
        for r, it in enumerate(self.items):
            cells = [
                it.name,
                str(it.qty),
                format_rupiah(it.unit_price),
                it.custom_details,
                format_rupiah(it.qty * it.unit_price),
            ]
            for c, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if c in (1, 2, 4):
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                t.setItem(r, c, cell)
        self._refresh_totals()

    def remove_selected_item(self) -> None:
        r = self.items_table.currentRow()
        if 0 <= r < len(self.items):
            del self.items[r]
            self._refresh_items()

    def edit_selected_item(self) -> None:
        """Take the selected line back into the entry fields (Enter adds it again)."""
        r = self.items_table.currentRow()
        if 0 <= r < len(self.items):
            it = self.items.pop(r)
            self.item_name.setText(it.name)
            self.item_qty.setText(str(it.qty))
            self.item_price.set_value(it.unit_price)
            self.item_details.setText(it.custom_details)
            self._refresh_items()
            self.item_name.setFocus()

    def total(self) -> int:
        return order_service.items_total(self.items)

    # ---------------------------------------------------------------- deposit
    def _standing(self) -> str:
        return self.customer.standing if self.customer else Standing.NORMAL

    def _deposit_edited(self, _text: str) -> None:
        self._deposit_touched = True

    def apply_suggested_deposit(self) -> None:
        self.deposit.set_value(self.policy.suggested(self.total(), self._standing()))
        self._deposit_touched = False

    def _refresh_totals(self) -> None:
        total = self.total()
        self.total_label.setText(self.tr("Total: {total}").format(total=format_rupiah(total)))
        minimum = self.policy.minimum(total, self._standing())
        suggested = self.policy.suggested(total, self._standing())
        self.deposit_hint.setText(
            self.tr("Minimal {minimum} ({pct}%) · disarankan {suggested}").format(
                minimum=format_rupiah(minimum),
                pct=100 if self._standing() == Standing.BLACKLISTED else self.policy.min_percent,
                suggested=format_rupiah(suggested),
            )
        )
        if not self._deposit_touched:  # follow the suggestion until staff type their own
            self.deposit.set_value(suggested)

    # ---------------------------------------------------------------- saving
    def save(self) -> None:
        if not self.save_button.isEnabled():
            return  # a save is already on its way: a second Ctrl+S must not save twice
        if self.item_name.text().strip() and not self.add_item():
            return  # a half-typed line: add it first, or show why it cannot be added
        for w in (self.customer_search, self.deposit, self.pickup_date, self.items_table):
            mark_invalid(w, False)
        problems: list[tuple[QWidget, str]] = []
        if self.customer is None:
            problems.append(
                (self.customer_search, self.tr("Pilih pelanggan dulu (ketik nama/No. HP, atau Alt+B)"))
            )
        deposit = 0
        try:
            deposit = self.deposit.value() if self.deposit.text().strip() else 0
        except InvalidInput as e:
            problems.append((self.deposit, self.tr("DP: {msg}").format(msg=i18n.error_text(e))))
        if problems:
            self._show_problems(problems)
            return
        data = order_service.OrderInput(
            customer_id=self.customer.id,
            items=list(self.items),
            fulfilment=Fulfilment(self.fulfilment.currentData()),
            pickup_date=from_qdate(self.pickup_date.date()),
            deposit=deposit,
            method=PaymentMethod(self.method.currentData()),
            notes=self.notes.text(),
        )
        actor, now = self.runner.actor, self.runner.now()
        self.save_button.setEnabled(False)
        self.runner.run(
            lambda s: order_service.take_order(s, data, actor=actor, now=now),
            on_done=self._saved,
            on_error=self._failed,
            owner=self,
        )

    def _saved(self, res) -> None:
        code, changes = res
        emit(self.created, changes.order_id, code)
        self.accept()

    def _failed(self, err: Exception) -> None:
        self.save_button.setEnabled(True)
        if isinstance(err, InvalidInput):
            where = {
                "customer": self.customer_search,
                "deposit": self.deposit,
                "pickup_date": self.pickup_date,
            }
            problems = []
            for e in err.errors:
                w = where.get(e.field) or (
                    self.items_table if e.field.startswith("items") else self.item_name
                )
                problems.append((w, i18n.field_error_text(e)))
            self._show_problems(problems)
        else:
            self.errors.show_message(i18n.error_text(err))

    def _show_problems(self, problems: list[tuple[QWidget, str]]) -> None:
        for w, _ in problems:
            mark_invalid(w, True)
        self.errors.show_message("\n".join(text for _, text in problems))
        problems[0][0].setFocus()

    # ---------------------------------------------------------------- keyboard
    def eventFilter(self, obj, event) -> bool:
        if event.type() == event.Type.KeyPress:
            key = event.key()
            if obj is self.items_table and key == Qt.Key.Key_Delete:
                self.remove_selected_item()
                return True
            if obj is self.items_table and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.edit_selected_item()
                return True
        return False

    def keyPressEvent(self, event) -> None:
        # Enter must never close the dialog by accident; Escape still cancels.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.focusWidget() is self.customer_results and self.customer_results.currentItem():
                self.picker.pick_current()
            return
        super().keyPressEvent(event)
