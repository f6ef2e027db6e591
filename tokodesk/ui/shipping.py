"""Shipping screens: the shipment form, the daily follow-up list, COD cash not yet received,
and the delivery-incident form.

Follow-up list keys (while the list has focus):
    W  send the update by WhatsApp (opens wa.me, asks whether it was sent, logs it)
    T  open the tracking page       D  mark delivered       Enter  open the order
COD list keys:
    R  the courier's COD cash arrived (a COD payment in the ledger)      Enter  open the order
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tokodesk.domain.access import Permission
from tokodesk.domain.dates import format_date
from tokodesk.domain.errors import InvalidInput
from tokodesk.domain.ledger import PaymentMethod
from tokodesk.domain.log import Channel
from tokodesk.domain.money import format_rupiah
from tokodesk.domain.orders import Fulfilment
from tokodesk.domain.phone import format_phone
from tokodesk.domain.shipping import (
    COURIER_LABELS,
    DECISION_LABELS,
    DECISIONS,
    INCIDENT_LABELS,
    INCIDENT_STATUSES,
    STATUS_LABELS,
    Courier,
    Decision,
    IncidentKind,
    ShipmentStatus,
)
from tokodesk.services import notify
from tokodesk.services import shipping as ship
from tokodesk.services.context import local_today
from tokodesk.services.log import FileInput
from tokodesk.ui import agenda, i18n, widgets
from tokodesk.ui.signals import emit
from tokodesk.ui.widgets import ErrorLabel, MoneyEdit

ROLE = Qt.ItemDataRole.UserRole + 1
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
WARN_STYLE = "background: #fff3e0; border: 1px solid #ef6c00; padding: 6px; color: #4e342e;"
PHOTO_FILTER = "Foto (*.jpg *.jpeg *.png *.webp *.heic)"


def open_url(url: str) -> bool:
    """Hand a link to the desktop (tests replace this)."""
    return agenda.open_url(url)


def _courier_combo() -> QComboBox:
    combo = QComboBox()
    for c in Courier:
        combo.addItem(i18n.translate_label(COURIER_LABELS[c]), c)
    return combo


def _weight_box() -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, 1_000_000)
    box.setSingleStep(100)
    box.setSuffix(" g")
    box.setAlignment(Qt.AlignmentFlag.AlignRight)
    return box


def _table(headers: list[str], name: str, stretch: int) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setObjectName(name)
    t.setHorizontalHeaderLabels(headers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.verticalHeader().setVisible(False)
    t.setWordWrap(False)
    h = t.horizontalHeader()
    h.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    h.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return t


# ---------------------------------------------------------------------------- the shipment form


class ShipmentDialog(QDialog):
    """Record a parcel for a delivery or COD order.

    Signals:
        loaded(object): the ``ShipmentForm`` shown.
        saved(int): the new shipment's id.
    """

    loaded = Signal(object)
    saved = Signal(int)

    def __init__(self, runner, order_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.order_id = order_id
        self.form: ship.ShipmentForm | None = None
        self.photos: list[FileInput] = []
        self.setWindowTitle(self.tr("Kirim paket"))
        self.setMinimumWidth(560)

        self.header = QLabel()
        self.header.setObjectName("header")
        self.header.setWordWrap(True)
        self.standing_warning = QLabel()
        self.standing_warning.setObjectName("standing_warning")
        self.standing_warning.setWordWrap(True)
        self.standing_warning.setStyleSheet(WARN_STYLE)
        self.standing_warning.hide()

        self.courier = _courier_combo()
        self.courier.setObjectName("courier")
        self.service = QLineEdit()
        self.service.setObjectName("service")
        self.service.setPlaceholderText(self.tr("REG, YES, Halu, Best, Instant…"))
        self.resi = QLineEdit()
        self.resi.setObjectName("resi")
        self.resi.setMaxLength(40)
        self.weight = _weight_box()
        self.weight.setObjectName("weight")
        self.shipping_cost = MoneyEdit("shipping_cost")
        self.shipping_cost.setObjectName("shipping_cost")
        self.charge_shipping = QCheckBox(self.tr("Ongkir ditagihkan ke pelanggan (ditambahkan ke COD)"))
        self.charge_shipping.setObjectName("charge_shipping")
        self.cod_amount = MoneyEdit("cod_amount")
        self.cod_amount.setObjectName("cod_amount")
        self.insured = QCheckBox(self.tr("Diasuransikan / dengan tanda tangan penerima"))
        self.insured.setObjectName("insured")
        self.handed_over = QCheckBox(self.tr("Sudah diserahkan ke kurir (tanpa centang: baru dikemas)"))
        self.handed_over.setObjectName("handed_over")
        self.handed_over.setChecked(True)
        self.note = QLineEdit()
        self.note.setObjectName("note")

        self.photo_list = QListWidget()
        self.photo_list.setObjectName("photo_list")
        self.photo_list.setMinimumHeight(64)
        self.photo_list.setMaximumHeight(90)
        add = QPushButton(self.tr("Tambah &foto…"))
        add.setObjectName("add_photo")
        add.clicked.connect(self.pick_photos)
        remove = QPushButton(self.tr("&Hapus foto"))
        remove.setObjectName("remove_photo")
        remove.clicked.connect(self.remove_photo)
        photo_buttons = QVBoxLayout()
        photo_buttons.addWidget(add)
        photo_buttons.addWidget(remove)
        photo_buttons.addStretch(1)
        photo_row = QHBoxLayout()
        photo_row.addWidget(self.photo_list, 1)
        photo_row.addLayout(photo_buttons)
        self.photo_box = QWidget()
        self.photo_box.setLayout(photo_row)
        photo_row.setContentsMargins(0, 0, 0, 0)

        form = QFormLayout()
        form.addRow(self.tr("&Kurir"), self.courier)
        form.addRow(self.tr("&Layanan"), self.service)
        form.addRow(self.tr("Nomor &resi"), self.resi)
        form.addRow(self.tr("&Berat paket"), self.weight)
        form.addRow(self.tr("&Ongkos kirim"), self.shipping_cost)
        form.addRow("", self.charge_shipping)
        self.cod_label = QLabel(self.tr("Nilai &COD"))
        self.cod_label.setBuddy(self.cod_amount)
        form.addRow(self.cod_label, self.cod_amount)
        form.addRow("", self.insured)
        form.addRow(self.tr("Foto paket"), self.photo_box)
        form.addRow(self.tr("C&atatan"), self.note)
        form.addRow("", self.handed_over)
        self.errors = ErrorLabel()
        self.errors.setObjectName("errors")
        buttons, self.save_button = widgets.save_cancel(
            self, self.tr("&Simpan pengiriman (Ctrl+S)"), self.tr("&Batal"), self.save, enter_saves=True
        )
        lay = QVBoxLayout(self)
        lay.addWidget(self.header)
        lay.addWidget(self.standing_warning)
        lay.addLayout(form)
        lay.addWidget(self.errors)
        lay.addWidget(buttons)
        self.fields = {
            "resi": self.resi,
            "weight_g": self.weight,
            "shipping_cost": self.shipping_cost,
            "cod_amount": self.cod_amount,
            "insured": self.insured,
            "photos": self.photo_list,
        }
        self.courier.setFocus()
        self.runner.read(lambda s: ship.shipment_form(s, order_id), on_done=self._show, owner=self)

    def _show(self, f: ship.ShipmentForm) -> None:
        self.form = f
        self.setWindowTitle(self.tr("Kirim paket — {code}").format(code=f.order_code))
        is_cod = f.fulfilment is Fulfilment.COD
        words = [
            self.tr("<b>{code}</b> · {name}").format(code=f.order_code, name=f.customer_name),
            self.tr("Total {total} · sisa {balance}").format(
                total=format_rupiah(f.total), balance=format_rupiah(f.balance)
            ),
            self.tr("COD") if is_cod else self.tr("Dikirim (sudah lunas)"),
        ]
        if f.parcels:
            words.append(self.tr("{n} paket sudah tercatat").format(n=f.parcels))
        self.header.setText(" · ".join(words))
        warnings = []
        if f.needs_photo:
            warnings.append(
                self.tr(
                    "⚠ Pelanggan ini berstatus <b>diragukan</b>{reason}. Lampirkan foto paket yang sudah "
                    "dikemas (isi terlihat); tanpa foto pengiriman diblokir."
                ).format(reason=f" ({f.standing_reason})" if f.standing_reason else "")
            )
        if f.needs_insurance:
            warnings.append(
                self.tr(
                    "⚠ Nilai pesanan di atas {limit}: pilih layanan dengan asuransi/tanda tangan dan "
                    "lampirkan foto paket."
                ).format(limit=format_rupiah(f.insure_above))
            )
            self.insured.setChecked(True)
        if f.pending:
            warnings.append(
                self.tr("⚠ Ada pembayaran {pending} yang belum cair.").format(
                    pending=format_rupiah(f.pending)
                )
            )
        if f.cod_upfront_needed:
            warnings.append(
                self.tr("⚠ Pelanggan COD baru: ongkos kirim harus dibayar di muka sebelum paket dikirim.")
            )
        self.standing_warning.setText("<br>".join(warnings))
        self.standing_warning.setVisible(bool(warnings))
        self.cod_amount.setEnabled(is_cod)
        self.cod_label.setEnabled(is_cod)
        self.charge_shipping.setVisible(is_cod)
        if is_cod:
            self.cod_amount.set_value(f.cod_default)
        emit(self.loaded, f)

    # ------------------------------------------------------------ photos
    def add_photo_bytes(self, name: str, data: bytes) -> None:
        """Attach a photo (the file dialog and tests both come here)."""
        self.photos.append(FileInput(name, data))
        self.photo_list.addItem(f"{name} ({max(len(data) // 1024, 1)} KB)")
        widgets.mark_invalid(self.photo_list, False)

    def pick_photos(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Pilih foto paket"), "", PHOTO_FILTER)
        for p in paths:
            try:
                self.add_photo_bytes(Path(p).name, Path(p).read_bytes())
            except OSError as e:
                self.errors.show_message(self.tr("Foto tidak bisa dibaca: {reason}").format(reason=e))

    def remove_photo(self) -> None:
        row = self.photo_list.currentRow()
        if row < 0 and self.photos:
            row = len(self.photos) - 1
        if row >= 0:
            self.photo_list.takeItem(row)
            del self.photos[row]

    # ------------------------------------------------------------ saving
    def _input(self) -> ship.ShipmentInput:
        cost = self.shipping_cost.value() if self.shipping_cost.text().strip() else 0
        cod = None
        if self.cod_amount.isEnabled() and self.cod_amount.text().strip():
            cod = self.cod_amount.value()
        return ship.ShipmentInput(
            order_id=self.order_id,
            courier=Courier(self.courier.currentData()),
            weight_g=self.weight.value(),
            service=self.service.text(),
            resi=self.resi.text(),
            shipping_cost=cost,
            cod_amount=cod,
            insured=self.insured.isChecked(),
            photos=tuple(self.photos),
            note=self.note.text(),
            status=ShipmentStatus.SHIPPED if self.handed_over.isChecked() else ShipmentStatus.PACKED,
            charge_shipping=self.charge_shipping.isVisible() and self.charge_shipping.isChecked(),
        )

    def save(self, *, accept_resi_warning: bool = False, override_reason: str = "") -> None:
        if not self.save_button.isEnabled():
            return  # a save is already on its way
        try:
            data = self._input()
        except InvalidInput as e:
            widgets.show_errors(e, self.errors, self.fields)
            return
        actor, now = self.runner.actor, self.runner.now()
        self.save_button.setEnabled(False)

        def failed(err: Exception) -> None:
            self.save_button.setEnabled(True)
            if isinstance(err, ship.ResiWarning):
                self._resi_warning(err, override_reason)
                return
            if (
                isinstance(err, ship.PendingPayment)
                and actor is not None
                and actor.can(Permission.OVERRIDE_PENDING)
            ):
                self._override(err, accept_resi_warning)
                return
            widgets.show_errors(err, self.errors, self.fields)
            self.adjustSize()  # room for the message without squeezing the form

        def done(result) -> None:
            sid, _changes = result
            emit(self.saved, sid)
            self.accept()

        self.runner.run(
            lambda s: ship.create_shipment(
                s,
                data,
                actor=actor,
                now=now,
                accept_resi_warning=accept_resi_warning,
                override_reason=override_reason,
            ),
            on_done=done,
            on_error=failed,
            owner=self,
        )

    def _resi_warning(self, err: ship.ResiWarning, override_reason: str) -> None:
        text = i18n.error_text(err)
        self.errors.show_message(text)
        widgets.mark_invalid(self.resi, True)
        if widgets.confirm(
            self, self.tr("Periksa nomor resi"), text, self.tr("Resi benar, simpan"), self.tr("Perbaiki resi")
        ):
            self.save(accept_resi_warning=True, override_reason=override_reason)
        else:
            self.resi.setFocus()
            self.resi.selectAll()

    def _override(self, err: ship.PendingPayment, accept_resi_warning: bool) -> None:
        self.errors.show_message(i18n.error_text(err))
        reason, ok = widgets.ask_text(
            self,
            self.tr("Kirim walau belum cair"),
            self.tr("Alasan pemilik meneruskan pengiriman (dicatat):"),
            self.tr("Kirim"),
            self.tr("Batal"),
        )
        if ok and reason.strip():
            self.save(accept_resi_warning=accept_resi_warning, override_reason=reason)


# ---------------------------------------------------------------------------- follow-up list


def _key_actions(page: QWidget, table: QTableWidget, specs, grid: QGridLayout, per_row: int = 5):
    buttons: dict[str, QPushButton] = {}
    for i, (key, text, slot) in enumerate(specs):
        a = QAction(text, page)
        a.setShortcut(QKeySequence(key))
        a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        a.triggered.connect(slot)
        table.addAction(a)
        b = QPushButton(text.replace("&", ""))
        b.setObjectName(f"key_{key.lower()}")
        b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys act on the list; focus stays there
        b.clicked.connect(slot)
        buttons[key] = b
        grid.addWidget(b, i // per_row, i % per_row)
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    return buttons


class FollowUpPage(QWidget):
    """Parcels on their way, the customer who heard from the shop longest ago first.

    Signals:
        loaded(object): the rows shown (``list[FollowUpRow]``).
        open_order(int): Enter on a row: the order's id.
        counted(int): how many parcels are on their way.
    """

    loaded = Signal(object)
    open_order = Signal(int)
    counted = Signal(int)

    def __init__(self, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.rows: list[ship.FollowUpRow] = []
        self.title = QLabel(self.tr("Paket dalam perjalanan"))
        self.title.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.summary = QLabel()
        self.summary.setObjectName("follow_up_summary")
        self.table = _table(
            [
                self.tr("Kode"),
                self.tr("Pelanggan"),
                self.tr("WhatsApp"),
                self.tr("Kurir"),
                self.tr("Resi"),
                self.tr("Status"),
                self.tr("Dikirim"),
                self.tr("Kabar terakhir"),
            ],
            "follow_ups",
            1,
        )
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.errors = ErrorLabel()
        grid = QGridLayout()
        self.buttons = _key_actions(
            self,
            self.table,
            [
                ("W", self.tr("Kabari via &WhatsApp (W)"), self.send_whatsapp),
                ("T", self.tr("Lacak paket (T)"), self.open_tracking),
                ("D", self.tr("Tandai diterima (D)"), self.mark_delivered),
                ("Return", self.tr("Buka pesanan (Enter)"), self.open_selected),
            ],
            grid,
        )
        self.table.itemSelectionChanged.connect(self._update_buttons)
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addWidget(self.summary)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.errors)
        lay.addLayout(grid)
        self._update_buttons()

    def today(self) -> dt.date:
        return local_today(self.runner.now())

    def reload(self) -> None:
        day = self.today()
        self.runner.read(lambda s: ship.follow_ups(s, day), on_done=self._show, owner=self)

    def _show(self, rows: list[ship.FollowUpRow]) -> None:
        keep = self.selected()
        self.rows = rows
        self.table.setRowCount(len(rows))
        select = 0 if rows else None
        for r, row in enumerate(rows):
            if row.followed_up_at is None:
                last = self.tr("belum pernah · {n} hari sejak dikirim").format(n=row.days_since)
            else:
                last = self.tr("{n} hari lalu").format(n=row.days_since)
            cells = [
                row.order_code,
                row.customer_name,
                format_phone(row.whatsapp) if row.whatsapp else "—",
                i18n.translate_label(COURIER_LABELS[row.courier])
                + (f" {row.service}" if row.service else ""),
                row.resi or "—",
                i18n.translate_label(STATUS_LABELS[row.status]),
                format_date(row.shipped_at.astimezone().date()),
                last,
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ROLE, row)
                self.table.setItem(r, c, item)
            if keep is not None and row.shipment_id == keep.shipment_id:
                select = r
        if select is not None:
            self.table.selectRow(select)
        quiet = sum(1 for r in rows if r.days_since >= 2)
        self.summary.setText(
            self.tr("{n} paket di perjalanan; {quiet} belum dikabari 2 hari atau lebih").format(
                n=len(rows), quiet=quiet
            )
        )
        self._update_buttons()
        emit(self.counted, len(rows))
        emit(self.loaded, rows)

    def selected(self) -> ship.FollowUpRow | None:
        items = self.table.selectedItems()
        return items[0].data(ROLE) if items else None

    def _update_buttons(self) -> None:
        row = self.selected()
        for b in self.buttons.values():
            b.setEnabled(row is not None)
        if row is not None:
            self.buttons["T"].setEnabled(row.tracking_url is not None)
            self.buttons["W"].setEnabled(bool(row.whatsapp))

    def _failed(self, err: Exception) -> None:
        self.errors.show_message(i18n.error_text(err))

    def send_whatsapp(self) -> None:
        row = self.selected()
        if row is None:
            return
        day = self.today()
        self.runner.read(
            lambda s: ship.compose_follow_up(s, row.shipment_id, day),
            on_done=lambda result: self._open_whatsapp(*result),
            on_error=self._failed,
            owner=self,
        )

    def _open_whatsapp(self, row: ship.FollowUpRow, text: str) -> None:
        if not row.whatsapp:
            self.errors.show_message(self.tr("Pelanggan ini tidak punya nomor WhatsApp."))
            return
        if not open_url(notify.wa_me_url(row.whatsapp, text)):
            self.errors.show_message(self.tr("WhatsApp atau peramban tidak bisa dibuka."))
            return
        sent = QMessageBox.question(
            self,
            self.tr("Kirim WhatsApp"),
            self.tr("Kabar paket untuk {name} ({code}) sudah terkirim di WhatsApp?").format(
                name=row.customer_name, code=row.order_code
            ),
        )
        if sent != QMessageBox.StandardButton.Yes:
            self.errors.show_message(self.tr("Belum dicatat; paket tetap di daftar."))
            return
        actor, now = self.runner.actor, self.runner.now()
        self.runner.run(
            lambda s: ship.record_follow_up(s, row.shipment_id, Channel.WHATSAPP, text, actor=actor, now=now),
            on_done=lambda _r: (self.errors.show_message(""), self.reload()),
            on_error=self._failed,
            owner=self,
        )

    def open_tracking(self) -> None:
        row = self.selected()
        if row is None:
            return
        if row.tracking_url is None:
            self.errors.show_message(self.tr("Kurir ini tidak punya halaman lacak; tanyakan ke kurirnya."))
            return
        if not open_url(row.tracking_url):
            self.errors.show_message(self.tr("Peramban tidak bisa dibuka."))

    def mark_delivered(self) -> None:
        row = self.selected()
        if row is None:
            return
        if not widgets.confirm(
            self,
            self.tr("Paket diterima"),
            self.tr("Paket {code} untuk {name} sudah diterima pelanggan?").format(
                code=row.order_code, name=row.customer_name
            ),
            self.tr("Ya, sudah diterima"),
            self.tr("Batal"),
        ):
            return
        actor, now = self.runner.actor, self.runner.now()
        self.runner.run(
            lambda s: ship.set_status(s, row.shipment_id, ShipmentStatus.DELIVERED, actor=actor, now=now),
            on_done=lambda _r: self.reload(),
            on_error=self._failed,
            owner=self,
        )

    def open_selected(self) -> None:
        row = self.selected()
        if row is not None:
            emit(self.open_order, row.order_id)


# ---------------------------------------------------------------------------- COD cash


class CodPage(QWidget):
    """COD parcels delivered whose cash the courier has not passed on yet, with totals.

    Signals:
        loaded(object): the ``CodOutstanding`` shown.
        open_order(int): Enter on a row: the order's id.
    """

    loaded = Signal(object)
    open_order = Signal(int)

    def __init__(self, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.data: ship.CodOutstanding | None = None
        self.title = QLabel(self.tr("Uang COD belum diterima toko"))
        self.title.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.totals = QLabel()
        self.totals.setObjectName("cod_totals")
        self.totals.setWordWrap(True)
        self.table = _table(
            [
                self.tr("Kode"),
                self.tr("Pelanggan"),
                self.tr("Kurir"),
                self.tr("Resi"),
                self.tr("Nilai COD"),
                self.tr("Diterima pelanggan"),
                self.tr("Menunggu"),
            ],
            "cod",
            1,
        )
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.errors = ErrorLabel()
        grid = QGridLayout()
        self.buttons = _key_actions(
            self,
            self.table,
            [
                ("R", self.tr("Uang COD sudah &diterima (R)"), self.mark_received),
                ("Return", self.tr("Buka pesanan (Enter)"), self.open_selected),
            ],
            grid,
        )
        self.table.itemSelectionChanged.connect(self._update_buttons)
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addWidget(self.totals)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.errors)
        lay.addLayout(grid)
        self._update_buttons()

    def reload(self) -> None:
        day = local_today(self.runner.now())
        self.runner.read(lambda s: ship.cod_outstanding(s, day), on_done=self._show, owner=self)

    def _show(self, data: ship.CodOutstanding) -> None:
        self.data = data
        self.table.setRowCount(len(data.rows))
        for r, row in enumerate(data.rows):
            cells = [
                row.order_code,
                row.customer_name,
                i18n.translate_label(COURIER_LABELS[row.courier]),
                row.resi or "—",
                format_rupiah(row.cod_amount),
                format_date(row.delivered_at.astimezone().date()),
                self.tr("{n} hari").format(n=row.days_waiting),
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ROLE, row)
                if c in (4, 6):
                    item.setTextAlignment(RIGHT)
                self.table.setItem(r, c, item)
        if data.rows:
            self.table.selectRow(0)
        per_courier = " · ".join(
            f"{i18n.translate_label(COURIER_LABELS[c])} {format_rupiah(v)}"
            for c, v in data.by_courier.items()
        )
        self.totals.setText(
            self.tr("<b>{n} paket, total {total}</b> belum disetor kurir").format(
                n=len(data.rows), total=format_rupiah(data.total)
            )
            + (f"<br>{per_courier}" if per_courier else "")
        )
        self._update_buttons()
        emit(self.loaded, data)

    def selected(self) -> ship.CodRow | None:
        items = self.table.selectedItems()
        return items[0].data(ROLE) if items else None

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        for b in self.buttons.values():
            b.setEnabled(has)

    def mark_received(self) -> None:
        row = self.selected()
        if row is None:
            return
        if not widgets.confirm(
            self,
            self.tr("Uang COD diterima"),
            self.tr("Uang COD {amount} untuk {code} ({courier}) sudah masuk ke toko?").format(
                amount=format_rupiah(row.cod_amount),
                code=row.order_code,
                courier=i18n.translate_label(COURIER_LABELS[row.courier]),
            ),
            self.tr("Ya, catat diterima"),
            self.tr("Batal"),
        ):
            return
        actor, now = self.runner.actor, self.runner.now()
        self.runner.run(
            lambda s: ship.mark_cod_received(s, row.shipment_id, actor=actor, now=now),
            on_done=lambda _r: (self.errors.show_message(""), self.reload()),
            on_error=lambda e: self.errors.show_message(i18n.error_text(e)),
            owner=self,
        )

    def open_selected(self) -> None:
        row = self.selected()
        if row is not None:
            emit(self.open_order, row.order_id)


# ---------------------------------------------------------------------------- incidents


class IncidentDialog(QDialog):
    """Record a delivery incident on a parcel: what happened, the decision and its cost.

    Signals:
        loaded(object): the ``ShipmentView`` of the parcel.
        saved(object): the ``IncidentResult``.
    """

    loaded = Signal(object)
    saved = Signal(object)

    def __init__(self, runner, shipment_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.shipment_id = shipment_id
        self.view: ship.ShipmentView | None = None
        self.setWindowTitle(self.tr("Masalah pengiriman"))
        self.setMinimumWidth(520)
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setObjectName("header")
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.decision = QComboBox()
        self.decision.setObjectName("decision")
        self.decision.currentIndexChanged.connect(self._decision_changed)
        self.cost = MoneyEdit("cost")
        self.cost.setObjectName("cost")
        self.cost.setPlaceholderText(self.tr("otomatis"))
        self.note = QLineEdit()
        self.note.setObjectName("note")

        self.resend_box = QGroupBox(self.tr("Paket pengganti"))
        self.resend_courier = _courier_combo()
        self.resend_resi = QLineEdit()
        self.resend_service = QLineEdit()
        self.resend_weight = _weight_box()
        self.resend_cost = MoneyEdit("shipping_cost")
        self.return_label = QLineEdit(ship.DEFAULT_RETURN_LABEL)
        rf = QFormLayout(self.resend_box)
        rf.addRow(self.tr("Kurir"), self.resend_courier)
        rf.addRow(self.tr("Layanan"), self.resend_service)
        rf.addRow(self.tr("Resi"), self.resend_resi)
        rf.addRow(self.tr("Berat"), self.resend_weight)
        rf.addRow(self.tr("Ongkos kirim"), self.resend_cost)
        rf.addRow(self.tr("Label retur"), self.return_label)

        self.refund_box = QGroupBox(self.tr("Pengembalian dana"))
        self.refund_amount = MoneyEdit("refund_amount")
        self.refund_method = QComboBox()
        for m in (PaymentMethod.TRANSFER, PaymentMethod.CASH, PaymentMethod.QRIS):
            self.refund_method.addItem(i18n.method_label(m), m)
        ff = QFormLayout(self.refund_box)
        ff.addRow(self.tr("Jumlah"), self.refund_amount)
        ff.addRow(self.tr("Metode"), self.refund_method)

        self.evidence = QLabel()
        self.evidence.setObjectName("evidence")
        self.evidence.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Kejadian"), self.kind)
        form.addRow(self.tr("Ke&putusan"), self.decision)
        form.addRow(self.tr("&Biaya bagi toko"), self.cost)
        form.addRow(self.tr("&Catatan"), self.note)
        self.errors = ErrorLabel()
        buttons, self.save_button = widgets.save_cancel(
            self, self.tr("&Simpan (Ctrl+S)"), self.tr("&Batal"), self.save
        )
        lay = QVBoxLayout(self)
        lay.addWidget(self.header)
        lay.addWidget(self.evidence)
        lay.addLayout(form)
        lay.addWidget(self.resend_box)
        lay.addWidget(self.refund_box)
        lay.addWidget(self.errors)
        lay.addWidget(buttons)
        self.fields = {"cost": self.cost, "refund_amount": self.refund_amount, "weight_g": self.resend_weight}
        self.runner.read(lambda s: ship.shipment_view(s, shipment_id), on_done=self._show, owner=self)

    def _show(self, v: ship.ShipmentView) -> None:
        self.view = v
        self.header.setText(
            self.tr("<b>{code}</b> · {name} · {courier} {resi} · {status}").format(
                code=v.order_code,
                name=v.customer_name,
                courier=i18n.translate_label(COURIER_LABELS[v.courier]),
                resi=v.resi,
                status=i18n.translate_label(STATUS_LABELS[v.status]),
            )
        )
        self.evidence.setText(
            self.tr("Tercatat saat dikirim: berat {weight} g, {photos} foto paket{insured}.").format(
                weight=f"{v.weight_g:,}".replace(",", "."),
                photos=len(v.photos),
                insured=self.tr(", diasuransikan") if v.insured else "",
            )
        )
        self.kind.blockSignals(True)
        self.kind.clear()
        for k in IncidentKind:
            if v.status in INCIDENT_STATUSES[k] and (k is not IncidentKind.COD_REFUSED or v.cod_amount > 0):
                self.kind.addItem(i18n.translate_label(INCIDENT_LABELS[k]), k)
        self.kind.blockSignals(False)
        self.resend_courier.setCurrentIndex(max(self.resend_courier.findData(v.courier), 0))
        self.resend_weight.setValue(v.weight_g)
        self._kind_changed()
        emit(self.loaded, v)

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.decision.blockSignals(True)
        self.decision.clear()
        if kind is not None:
            for d in DECISIONS[IncidentKind(kind)]:
                self.decision.addItem(i18n.translate_label(DECISION_LABELS[d]), d)
        self.decision.blockSignals(False)
        self._decision_changed()

    def _decision_changed(self) -> None:
        d = self.decision.currentData()
        self.resend_box.setVisible(d == Decision.RESEND)
        self.refund_box.setVisible(d == Decision.REFUND)
        kind = self.kind.currentData()
        self.return_label.setEnabled(kind == IncidentKind.LOST)
        self.adjustSize()

    def _input(self) -> ship.IncidentInput:
        kind, decision = IncidentKind(self.kind.currentData()), Decision(self.decision.currentData())
        resend = None
        if decision is Decision.RESEND:
            resend = ship.ResendInput(
                Courier(self.resend_courier.currentData()),
                resi=self.resend_resi.text(),
                service=self.resend_service.text(),
                weight_g=self.resend_weight.value(),
                shipping_cost=self.resend_cost.value() if self.resend_cost.text().strip() else 0,
            )
        return ship.IncidentInput(
            self.shipment_id,
            kind,
            decision,
            cost=self.cost.value() if self.cost.text().strip() else None,
            note=self.note.text(),
            resend=resend,
            return_label_note=self.return_label.text() if kind is IncidentKind.LOST else "",
            refund_amount=(self.refund_amount.value() if self.refund_amount.text().strip() else 0)
            if decision is Decision.REFUND
            else 0,
            refund_method=PaymentMethod(self.refund_method.currentData()),
        )

    def save(self, *, accept_resi_warning: bool = False) -> None:
        if not self.save_button.isEnabled() or self.kind.currentData() is None:
            return
        try:
            data = self._input()
        except InvalidInput as e:
            widgets.show_errors(e, self.errors, self.fields)
            return
        actor, now = self.runner.actor, self.runner.now()
        self.save_button.setEnabled(False)

        def failed(err: Exception) -> None:
            self.save_button.setEnabled(True)
            if isinstance(err, ship.ResiWarning) and widgets.confirm(
                self,
                self.tr("Periksa nomor resi"),
                i18n.error_text(err),
                self.tr("Resi benar, simpan"),
                self.tr("Perbaiki resi"),
            ):
                self.save(accept_resi_warning=True)
                return
            widgets.show_errors(err, self.errors, self.fields)

        def done(result) -> None:
            outcome, _changes = result
            emit(self.saved, outcome)
            if outcome.suggest_standing:
                QMessageBox.information(
                    self,
                    self.tr("Status pelanggan"),
                    self.tr(
                        "Paket COD ditolak dan ongkirnya dicatat sebagai kerugian. Pelanggan ini masuk "
                        "daftar saran untuk ditinjau pemilik (diragukan / daftar hitam)."
                    ),
                )
            self.accept()

        self.runner.run(
            lambda s: ship.record_incident(
                s, data, actor=actor, now=now, accept_resi_warning=accept_resi_warning
            ),
            on_done=done,
            on_error=failed,
            owner=self,
        )
