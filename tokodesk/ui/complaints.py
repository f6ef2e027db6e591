"""Complaint cases: the list, recording a new complaint, and the case itself with the owner's
guideline for its type always beside it.

List keys (while the list has focus):
    Enter  open the case            N  new complaint (Ctrl+Shift+C anywhere on the page)
Case keys:
    Ctrl+R  reply (the guideline's reply: WhatsApp, «Sudah terkirim»)
    Ctrl+M  start checking          Ctrl+E  finding…          Ctrl+B  add evidence…
    Ctrl+Enter  resolve…            Ctrl+D  decline…          Esc  close
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tokodesk.domain.complaints import CaseStatus, ComplaintType
from tokodesk.domain.dates import format_date, format_datetime
from tokodesk.domain.errors import QT_TRANSLATE_NOOP, FieldError, InvalidInput
from tokodesk.domain.log import Channel
from tokodesk.domain.money import format_rupiah
from tokodesk.domain.orders import OrderStatus
from tokodesk.domain.phone import format_phone
from tokodesk.services import complaints as complaint_service
from tokodesk.services import log as log_service
from tokodesk.ui import i18n, widgets
from tokodesk.ui.complaint_dialogs import (
    ROLE,
    DeclineDialog,
    EvidencePickerDialog,
    FindingDialog,
    ReplyDialog,
    ResolveDialog,
    TextDialog,
    checked_ids,
    entry_text,
    escape,
    fill_entries,
    finding_label,
    resolution_label,
    status_label,
    text_edit,
    toggle_check,
    type_label,
)
from tokodesk.ui.customer_picker import CustomerPicker
from tokodesk.ui.models import RIGHT, Column, LazyModel
from tokodesk.ui.signals import emit
from tokodesk.ui.widgets import ErrorLabel

DATETIME_FORMAT = "d MMM yyyy HH.mm"
STATUS_COLORS = {
    CaseStatus.NEW: QColor("#b71c1c"),
    CaseStatus.ACKNOWLEDGED: QColor("#e65100"),
    CaseStatus.CHECKING: QColor("#1565c0"),
    CaseStatus.RESOLVED: QColor("#2e7d32"),
    CaseStatus.DECLINED: QColor("#616161"),
}
FOCUS_STYLE = "QPushButton:focus { border: 2px solid #1565c0; }"


def duration_text(start: dt.datetime, end: dt.datetime) -> str:
    """How long from ``start`` to ``end``: ``45 menit``, ``2 jam 5 menit``, ``3 hari 4 jam``."""
    tr = _duration_words
    minutes = max(0, int((end - start).total_seconds() // 60))
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return tr(QT_TRANSLATE_NOOP("labels", "{d} hari {h} jam")).format(d=days, h=hours)
    if hours:
        return tr(QT_TRANSLATE_NOOP("labels", "{h} jam {m} menit")).format(h=hours, m=mins)
    return tr(QT_TRANSLATE_NOOP("labels", "{m} menit")).format(m=mins)


def _duration_words(template: str) -> str:
    return QCoreApplication.translate("labels", template)


# ---------------------------------------------------------------------------- the list


class ComplaintsModel(LazyModel):
    def __init__(self, runner, parent=None) -> None:
        cols = [
            Column("#", lambda r: str(r.id), RIGHT),
            Column(self.tr("Diterima"), lambda r: format_datetime(r.received_at)),
            Column(self.tr("Pelanggan"), lambda r: r.customer_name),
            Column(self.tr("Pesanan"), lambda r: r.order_code or "—"),
            Column(self.tr("Jenis"), lambda r: type_label(r.kind)),
            Column(
                self.tr("Status"), lambda r: status_label(r.status), color=lambda r: STATUS_COLORS[r.status]
            ),
            Column(self.tr("Temuan"), lambda r: finding_label(r.finding)),
            Column(self.tr("Penyelesaian"), lambda r: resolution_label(r.resolution) or "—"),
            Column(self.tr("Biaya"), lambda r: format_rupiah(r.cost) if r.cost else "—", RIGHT),
            Column(self.tr("Staf"), lambda r: r.staff),
        ]
        super().__init__(runner, cols, parent)
        self.open_only = True
        self.text = ""

    def count_job(self):
        open_only, text = self.open_only, self.text
        return lambda s: complaint_service.complaint_count(s, open_only=open_only, text=text)

    def ids_job(self, offset, limit):
        open_only, text = self.open_only, self.text
        return lambda s: complaint_service.complaint_ids(
            s, open_only=open_only, text=text, offset=offset, limit=limit
        )

    def rows_job(self, ids):
        return lambda s: {r.id: r for r in complaint_service.complaint_rows(s, ids)}


class ComplaintsPage(QWidget):
    """The complaint cases, newest first; open ones only unless the filter is off.

    Signals:
        counted(int): how many cases are open (for the navigation's label).
        opened(object): the ``ComplaintDialog`` just opened.
    """

    counted = Signal(int)
    opened = Signal(object)

    def __init__(self, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.case_dialog: ComplaintDialog | None = None
        self.new_dialog: NewComplaintDialog | None = None
        self.title = QLabel(self.tr("Keluhan pelanggan"))
        self.title.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.summary = QLabel()
        self.summary.setObjectName("complaints_summary")
        self.open_only = QCheckBox(self.tr("Hanya yang &terbuka"))
        self.open_only.setObjectName("open_only")
        self.open_only.setChecked(True)
        self.open_only.toggled.connect(self.refresh)
        self.search = QLineEdit()
        self.search.setObjectName("complaint_search")
        self.search.setPlaceholderText(self.tr("Cari nama, No. HP, kode pesanan atau isi keluhan…"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self._search_enter)
        search_label = QLabel(self.tr("&Cari"))
        search_label.setBuddy(self.search)

        self.model = ComplaintsModel(runner, self)
        self.model.loaded.connect(self._loaded)
        self.table = QTableView()
        self.table.setObjectName("complaints")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        h = self.table.horizontalHeader()
        h.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        h.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # the customer takes what is left
        for col, width in enumerate((36, 128, 150, 104, 168, 122, 142, 150, 86, 80)):
            if col != 2:
                self.table.setColumnWidth(col, width)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.errors = ErrorLabel()
        self.errors.setObjectName("errors")
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        for i, (key, text, slot) in enumerate(
            [
                ("Return", self.tr("Buka kasus (Enter)"), self.open_selected),
                ("N", self.tr("Keluhan baru (N)"), self.new_complaint),
            ]
        ):
            a = QAction(text, self)
            a.setShortcut(QKeySequence(key))
            a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            a.triggered.connect(slot)
            self.table.addAction(a)
            b = QPushButton(text)
            b.setObjectName(f"key_{key.lower()}")
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys act on the list; focus stays there
            b.clicked.connect(slot)
            self.buttons[key] = b
            grid.addWidget(b, 0, i)
        grid.setColumnStretch(2, 1)
        # anywhere on the page (the search box too): a new complaint
        new_key = QShortcut(QKeySequence("Ctrl+Shift+C"), self)
        new_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new_key.activated.connect(self.new_complaint)

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.summary)
        filters = QHBoxLayout()
        filters.addWidget(self.open_only)
        filters.addSpacing(16)
        filters.addWidget(search_label)
        filters.addWidget(self.search, 1)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addLayout(filters)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.errors)
        lay.addLayout(grid)
        self._update_buttons()

    # ---------------------------------------------------------------- loading
    def refresh(self) -> None:
        self._search_timer.stop()
        self.model.open_only = self.open_only.isChecked()
        self.model.text = self.search.text()
        self.model.reload()
        self.runner.read(complaint_service.open_count, on_done=self._counted, owner=self)

    reload = refresh  # the name the other pages use

    def _counted(self, n: int) -> None:
        self.summary.setText(self.tr("{n} kasus terbuka").format(n=n))
        emit(self.counted, n)

    def _loaded(self, n: int) -> None:
        if n and not self.table.currentIndex().isValid():
            self.table.selectRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.buttons["Return"].setEnabled(self.model.rowCount() > 0)

    def _search_enter(self) -> None:
        self.refresh()
        self.table.setFocus()

    def selected_id(self) -> int | None:
        idx = self.table.currentIndex()
        if not idx.isValid():
            rows = self.table.selectionModel().selectedRows()
            idx = rows[0] if rows else idx
        return self.model.id_at(idx.row()) if idx.isValid() else None

    # ---------------------------------------------------------------- actions
    def open_selected(self) -> ComplaintDialog | None:
        cid = self.selected_id()
        return self.open_case(cid) if cid is not None else None

    def open_case(self, complaint_id: int) -> ComplaintDialog:
        dlg = ComplaintDialog(self.runner, complaint_id, self)
        dlg.changed.connect(self.refresh)
        self.case_dialog = dlg
        dlg.open()
        dlg.activateWindow()
        emit(self.opened, dlg)
        return dlg

    def new_complaint(self) -> NewComplaintDialog:
        dlg = NewComplaintDialog(self.runner, self)
        dlg.saved.connect(self._created)
        self.new_dialog = dlg
        dlg.open()
        dlg.activateWindow()
        return dlg

    def _created(self, complaint_id: int) -> None:
        self.refresh()
        self.open_case(complaint_id)


# ---------------------------------------------------------------------------- a new complaint


class NewComplaintDialog(QDialog):
    """Record a complaint: who, which order, how it came in, what kind, the customer's own
    words, when, and the evidence from the customer's log.

    Signals:
        saved(int): the new case's id.
        customer_loaded(object): the customer's orders and log entries arrived.
    """

    saved = Signal(int)
    customer_loaded = Signal(object)

    def __init__(
        self,
        runner,
        parent: QWidget | None = None,
        *,
        customer_id: int | None = None,
        customer_name: str = "",
        order_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.customer_id: int | None = None
        self.preset_order = order_id
        self.setWindowTitle(self.tr("Keluhan baru"))
        self.resize(760, 640)
        self.picker = CustomerPicker(runner, self, list_height=110)
        self.picker.picked.connect(lambda row: self.set_customer(row.id, row.name))
        self.picker.edited.connect(self._customer_edited)
        self.order = QComboBox()
        self.order.setObjectName("order")
        self.channel = QComboBox()
        self.channel.setObjectName("channel")
        for c in Channel:
            self.channel.addItem(i18n.channel_label(c), c)
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for k in ComplaintType:
            self.kind.addItem(type_label(k), k)
        self.words = text_edit("words", 90)
        self.words.setPlaceholderText(self.tr("keluhan pelanggan dengan kata-katanya sendiri"))
        self.received = QDateTimeEdit()
        self.received.setObjectName("received")
        self.received.setCalendarPopup(True)
        self.received.setDisplayFormat(DATETIME_FORMAT)
        now = runner.now().astimezone().replace(tzinfo=None, second=0, microsecond=0)
        self.received_default = QDateTime(now)
        self.received.setDateTime(self.received_default)
        self.evidence = QListWidget()
        self.evidence.setObjectName("evidence")
        self.evidence.itemActivated.connect(toggle_check)
        self.errors = ErrorLabel()
        self.errors.setObjectName("errors")
        buttons, self.save_button = widgets.save_cancel(
            self, self.tr("&Simpan keluhan (Ctrl+S)"), self.tr("&Batal"), self.save
        )
        customer_box = QVBoxLayout()
        customer_box.setSpacing(2)
        customer_box.addWidget(self.picker.search)
        customer_box.addWidget(self.picker.results)
        form = QFormLayout()
        customer_label = QLabel(self.tr("Pe&langgan"))
        customer_label.setBuddy(self.picker.search)
        form.addRow(customer_label, customer_box)
        form.addRow(self.tr("&Pesanan"), self.order)
        form.addRow(self.tr("&Saluran"), self.channel)
        form.addRow(self.tr("&Jenis keluhan"), self.kind)
        form.addRow(self.tr("&Kata pelanggan"), self.words)
        form.addRow(self.tr("&Diterima"), self.received)
        evidence_label = QLabel(self.tr("&Bukti dari catatan\nkomunikasi (Spasi\nmencentang)"))
        evidence_label.setBuddy(self.evidence)
        form.addRow(evidence_label, self.evidence)
        lay = QVBoxLayout(self)
        lay.addLayout(form, 1)
        lay.addWidget(self.errors)
        lay.addWidget(buttons)
        self.fields = {
            "customer": self.picker.search,
            "order": self.order,
            "kind": self.kind,
            "channel": self.channel,
            "words": self.words,
            "received_at": self.received,
            "evidence": self.evidence,
        }
        self._no_customer()
        if customer_id is not None:
            self.picker.search.setText(customer_name)
            self.set_customer(customer_id, customer_name)
            self.kind.setFocus()
        else:
            self.picker.search.setFocus()

    def _no_customer(self) -> None:
        self.order.clear()
        self.order.addItem(self.tr("— pilih pelanggan dulu —"), None)
        self.evidence.clear()

    def _customer_edited(self) -> None:
        if self.customer_id is not None:
            self.customer_id = None
            self._no_customer()

    def set_customer(self, customer_id: int, name: str) -> None:
        self.customer_id = customer_id
        self.setWindowTitle(self.tr("Keluhan baru — {name}").format(name=name))

        def job(s):
            return (
                complaint_service.customer_orders(s, customer_id),
                log_service.entries(s, customer_id, limit=30),
            )

        self.runner.read(job, on_done=self._customer_loaded, owner=self)

    def _customer_loaded(self, result) -> None:
        orders, entries = result
        self.order.clear()
        self.order.addItem(self.tr("— tanpa pesanan —"), None)
        for o in orders:
            self.order.addItem(
                f"{o.code} · {i18n.status_label(OrderStatus(o.status))} · "
                f"{format_date(o.created_at.astimezone().date())}",
                o.id,
            )
        if self.preset_order is not None:
            self.order.setCurrentIndex(max(self.order.findData(self.preset_order), 0))
        elif orders:
            self.order.setCurrentIndex(1)  # usually about the latest order
        fill_entries(self.evidence, entries, self.tr("Belum ada catatan komunikasi pelanggan ini."))
        emit(self.customer_loaded, result)

    def _received_at(self) -> dt.datetime | None:
        q = self.received.dateTime()
        if q == self.received_default:
            return None  # left as it was: now
        return q.toPython().astimezone()

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        if self.customer_id is None:
            widgets.show_errors(
                InvalidInput(
                    [
                        FieldError(
                            "customer",
                            QT_TRANSLATE_NOOP(
                                "errors", "Pilih pelanggan dulu (ketik nama atau No. HP, Enter)"
                            ),
                        )
                    ]
                ),
                self.errors,
                self.fields,
            )
            return
        data = complaint_service.ComplaintInput(
            customer_id=self.customer_id,
            kind=ComplaintType(self.kind.currentData()),
            words=self.words.toPlainText(),
            channel=Channel(self.channel.currentData()),
            order_id=self.order.currentData(),
            received_at=self._received_at(),
            evidence=tuple(checked_ids(self.evidence)),
        )
        actor, now = self.runner.actor, self.runner.now()
        self.save_button.setEnabled(False)

        def failed(err: Exception) -> None:
            self.save_button.setEnabled(True)
            widgets.show_errors(err, self.errors, self.fields)

        def done(result) -> None:
            cid, _changes = result
            emit(self.saved, cid)
            self.accept()

        self.runner.run(
            lambda s: complaint_service.open_complaint(s, data, actor=actor, now=now),
            on_done=done,
            on_error=failed,
            owner=self,
        )


# ---------------------------------------------------------------------------- the case


class ComplaintDialog(QDialog):
    """One case: the facts, the evidence and the history on the left, the guideline for its
    type on the right; the buttons the case's status allows.

    Signals:
        loaded(object): the ``ComplaintView`` shown (after opening and after every change).
        changed(): something about the case was stored.
    """

    loaded = Signal(object)
    changed = Signal()

    def __init__(self, runner, complaint_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.complaint_id = complaint_id
        self.view: complaint_service.ComplaintView | None = None
        self.form: QDialog | None = None  # the form opened from here (tests reach it)
        self.setWindowTitle(self.tr("Keluhan #{id}").format(id=complaint_id))
        self.resize(1240, 720)
        self.setStyleSheet(FOCUS_STYLE)

        # ---- left: the case
        self.title = QLabel()
        self.title.setObjectName("title")
        self.title.setStyleSheet("font-size: 18px; font-weight: 700;")
        self.status = QLabel()
        self.status.setObjectName("status")
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addWidget(self.status)
        head.addStretch(1)
        self.facts = QLabel()
        self.facts.setObjectName("facts")
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts.setAlignment(Qt.AlignmentFlag.AlignTop)

        self.evidence = QListWidget()
        self.evidence.setObjectName("evidence")
        self.evidence.itemActivated.connect(self.open_evidence)
        self.open_evidence_button = QPushButton(self.tr("&Lihat bukti (Enter)"))
        self.open_evidence_button.setObjectName("open_evidence_button")
        self.open_evidence_button.clicked.connect(lambda: self.open_evidence(self.evidence.currentItem()))
        self.add_evidence_button = QPushButton(self.tr("Tambah &bukti… (Ctrl+B)"))
        self.add_evidence_button.setObjectName("add_evidence_button")
        self.add_evidence_button.clicked.connect(self.add_evidence)
        evidence_box = QGroupBox(self.tr("Bukti"))
        el = QVBoxLayout(evidence_box)
        el.addWidget(self.evidence, 1)
        eb = QHBoxLayout()
        eb.addWidget(self.open_evidence_button)
        eb.addWidget(self.add_evidence_button)
        eb.addStretch(1)
        el.addLayout(eb)

        self.history = QTableWidget(0, 4)
        self.history.setObjectName("history")
        self.history.setHorizontalHeaderLabels(
            [self.tr("Waktu"), self.tr("Status"), self.tr("Staf"), self.tr("Catatan")]
        )
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.verticalHeader().setVisible(False)
        self.history.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.history.horizontalHeader().setStretchLastSection(True)
        history_box = QGroupBox(self.tr("Riwayat"))
        QVBoxLayout(history_box).addWidget(self.history)

        self.action_buttons: dict[str, QPushButton] = {}
        actions = QGridLayout()
        for i, (name, text, key, slot) in enumerate(
            [
                ("reply", self.tr("&Tanggapi… (Ctrl+R)"), "Ctrl+R", self.reply),
                ("check", self.tr("&Mulai cek (Ctrl+M)"), "Ctrl+M", self.start_checking),
                ("finding", self.tr("T&emuan… (Ctrl+E)"), "Ctrl+E", self.set_finding),
                ("resolve", self.tr("&Selesaikan… (Ctrl+Enter)"), "Ctrl+Return", self.resolve),
                ("decline", self.tr("T&olak… (Ctrl+D)"), "Ctrl+D", self.decline),
            ]
        ):
            b = QPushButton(text)
            b.setObjectName(f"{name}_button")
            b.setAutoDefault(False)
            b.clicked.connect(slot)
            QShortcut(QKeySequence(key), self, lambda b=b: b.isEnabled() and b.click())
            actions.addWidget(b, 0, i)
            self.action_buttons[name] = b
        QShortcut(QKeySequence("Ctrl+Enter"), self, lambda: self.action_buttons["resolve"].click())  # keypad
        QShortcut(QKeySequence("Ctrl+B"), self, self.add_evidence)
        self.errors = ErrorLabel()
        self.errors.setObjectName("errors")
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setStyleSheet("color: #1b5e20;")

        lower = QSplitter(Qt.Orientation.Vertical)
        lower.addWidget(evidence_box)
        lower.addWidget(history_box)
        lower.setSizes([170, 260])
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addLayout(head)
        ll.addWidget(self.facts)
        ll.addWidget(lower, 1)
        ll.addLayout(actions)
        ll.addWidget(self.errors)
        ll.addWidget(self.notice)

        # ---- right: the guideline of the case's type
        self.guideline_title = QLabel()
        self.guideline_title.setObjectName("guideline_title")
        self.guideline_title.setStyleSheet("font-size: 15px; font-weight: 700;")
        self.guideline_steps = QLabel()
        self.guideline_steps.setObjectName("guideline_steps")
        self.guideline_steps.setWordWrap(True)
        self.guideline_steps.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.guideline_steps.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.guideline_reply = QLabel()
        self.guideline_reply.setObjectName("guideline_reply")
        self.guideline_reply.setWordWrap(True)
        self.guideline_reply.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.guideline_reply.setStyleSheet(
            "background: #f1f8e9; border: 1px solid #c5e1a5; border-radius: 4px; padding: 8px;"
        )
        panel = QWidget()
        panel.setObjectName("guideline")
        pl = QVBoxLayout(panel)
        pl.addWidget(self.guideline_title)
        pl.addWidget(self.guideline_steps)
        reply_title = QLabel(self.tr("<b>Balasan pertama</b> (Tanggapi mengisinya otomatis)"))
        pl.addSpacing(6)
        pl.addWidget(reply_title)
        pl.addWidget(self.guideline_reply)
        pl.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(panel)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setStyleSheet("QScrollArea { background: #fafafa; border: 1px solid #e0e0e0; }")

        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("split")
        split.addWidget(left)
        split.addWidget(scroll)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([740, 480])
        split.setChildrenCollapsible(False)
        self.split = split

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup (Esc)"))
        close.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        close.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(split, 1)
        lay.addWidget(close)
        self.reload()

    # ---------------------------------------------------------------- loading
    def reload(self) -> None:
        cid = self.complaint_id

        def job(s):
            v = complaint_service.complaint_view(s, cid)
            return v, complaint_service.guideline(s, v.kind)

        self.runner.read(
            job,
            on_done=self._show,
            on_error=lambda e: self.errors.show_message(i18n.error_text(e)),
            owner=self,
        )

    def _show(self, result) -> None:
        v, guide = result
        self.view = v
        self.setWindowTitle(self.tr("Keluhan #{id} — {name}").format(id=v.id, name=v.customer_name))
        self.title.setText(self.tr("Keluhan #{id} · {kind}").format(id=v.id, kind=type_label(v.kind)))
        color = STATUS_COLORS[v.status].name()
        self.status.setText(status_label(v.status))
        self.status.setStyleSheet(
            f"font-size: 14px; font-weight: 600; padding: 2px 8px; border-radius: 4px; color: white;"
            f" background: {color};"
        )
        self.facts.setText(self._facts(v))
        self.evidence.clear()
        for e in v.evidence:
            item = QListWidgetItem(entry_text(_EvidenceLine(e)))
            item.setData(ROLE, e)
            item.setToolTip(e.text)
            self.evidence.addItem(item)
        if v.evidence:
            self.evidence.setCurrentRow(0)
        self.open_evidence_button.setEnabled(bool(v.evidence))
        self.history.setRowCount(len(v.events))
        for r, e in enumerate(v.events):
            moved = (
                f"{status_label(e.from_status)} → {status_label(e.to_status)}"
                if e.from_status and e.from_status != e.to_status
                else status_label(e.to_status)
            )
            for c, text in enumerate([format_datetime(e.at), moved, e.staff, e.note]):
                self.history.setItem(r, c, QTableWidgetItem(text))
        is_open = v.is_open
        self.action_buttons["reply"].setEnabled(is_open)
        self.action_buttons["check"].setEnabled(v.status in (CaseStatus.NEW, CaseStatus.ACKNOWLEDGED))
        for name in ("finding", "resolve", "decline"):
            self.action_buttons[name].setEnabled(is_open)
        self.add_evidence_button.setEnabled(is_open)
        first = next((b for b in self.action_buttons.values() if b.isEnabled()), None)
        current = self.focusWidget()
        if first is not None and (current is None or not current.isEnabled()):
            first.setFocus()  # the keyboard starts on the next thing to do
        self.guideline_title.setText(self.tr("Panduan: {kind}").format(kind=type_label(v.kind)))
        self.guideline_steps.setText(guide.steps)
        self.guideline_reply.setText(guide.reply)
        emit(self.loaded, v)

    def _facts(self, v: complaint_service.ComplaintView) -> str:
        rows = [
            (self.tr("Pelanggan"), f"<b>{escape(v.customer_name)}</b> · {format_phone(v.customer_phone)}"),
            (self.tr("Pesanan"), v.order_code or self.tr("— tanpa pesanan —")),
            (
                self.tr("Saluran"),
                i18n.channel_label(v.channel) + " · " + self.tr("dicatat oleh {staff}").format(staff=v.staff),
            ),
            (self.tr("Kata pelanggan"), "<i>«" + escape(v.words).replace("\n", "<br>") + "»</i>"),
            (self.tr("Diterima"), format_datetime(v.received_at)),
        ]
        if v.first_response_at:
            rows.append(
                (
                    self.tr("Tanggapan pertama"),
                    self.tr("{when} (setelah {took})").format(
                        when=format_datetime(v.first_response_at),
                        took=duration_text(v.received_at, v.first_response_at),
                    ),
                )
            )
        else:
            waited = duration_text(v.received_at, self.runner.now())
            rows.append(
                (
                    self.tr("Tanggapan pertama"),
                    f"<span style='color:#b71c1c'><b>{self.tr('belum ditanggapi')}</b> "
                    f"({self.tr('sudah {took}').format(took=waited)})</span>",
                )
            )
        if v.closed_at:
            rows.append(
                (
                    self.tr("Ditutup"),
                    self.tr("{when} (lama kasus {took})").format(
                        when=format_datetime(v.closed_at),
                        took=duration_text(v.received_at, v.closed_at),
                    ),
                )
            )
        rows.append((self.tr("Temuan"), finding_label(v.finding)))
        if v.resolution or v.status is CaseStatus.DECLINED:
            what = resolution_label(v.resolution) if v.resolution else self.tr("Ditolak")
            if v.resolution_note:
                what += " — " + escape(v.resolution_note)
            rows.append((self.tr("Penyelesaian"), what))
            rows.append((self.tr("Biaya bagi toko"), format_rupiah(v.cost)))
        if v.order_id is not None and v.is_open:
            rows.append((self.tr("Sudah dibayar"), format_rupiah(v.paid)))
        body = "".join(
            f"<tr><td style='color:#546e7a; padding-right:10px' valign='top'>{a}</td><td>{b}</td></tr>"
            for a, b in rows
        )
        return f"<table cellspacing='2'>{body}</table>"

    # ---------------------------------------------------------------- actions
    def _changed(self) -> None:
        self.errors.show_message("")
        emit(self.changed)
        self.reload()

    def _open_form(self, form: QDialog) -> QDialog:
        self.form = form
        form.accepted.connect(self._changed)
        form.open()
        form.activateWindow()
        return form

    def reply(self) -> QDialog | None:
        if self.view is None or not self.view.is_open:
            return None
        dlg = ReplyDialog(self.runner, self.view, self)
        dlg.sent.connect(lambda _r: self.notice.setText(self.tr("Balasan terkirim dan dicatat.")))
        return self._open_form(dlg)

    def start_checking(self) -> None:
        if self.view is None or not self.action_buttons["check"].isEnabled():
            return
        cid, actor, now = self.view.id, self.runner.actor, self.runner.now()
        self.runner.run(
            lambda s: complaint_service.move_complaint(s, cid, CaseStatus.CHECKING, actor=actor, now=now),
            on_done=lambda _r: self._changed(),
            on_error=lambda e: self.errors.show_message(i18n.error_text(e)),
            owner=self,
        )

    def set_finding(self) -> QDialog | None:
        if self.view is None or not self.view.is_open:
            return None
        return self._open_form(FindingDialog(self.runner, self.view, self))

    def resolve(self) -> QDialog | None:
        if self.view is None or not self.view.is_open:
            return None
        dlg = ResolveDialog(self.runner, self.view, self)
        dlg.resolved.connect(lambda _r: self.notice.setText(self.tr("Kasus selesai.")))
        return self._open_form(dlg)

    def decline(self) -> QDialog | None:
        if self.view is None or not self.view.is_open:
            return None
        return self._open_form(DeclineDialog(self.runner, self.view, self))

    def add_evidence(self) -> QDialog | None:
        if self.view is None or not self.add_evidence_button.isEnabled():
            return None
        return self._open_form(EvidencePickerDialog(self.runner, self.view, self))

    def open_evidence(self, item: QListWidgetItem | None) -> QDialog | None:
        e = item.data(ROLE) if item is not None else None
        if e is None:
            return None
        dlg = TextDialog(
            self.tr("Bukti: {what}").format(what=entry_text(_EvidenceLine(e)).split(":")[0]), e.text, self
        )
        self.form = dlg
        dlg.open()
        return dlg


class _EvidenceLine:
    """An ``EvidenceView`` read as a log entry for ``entry_text``."""

    def __init__(self, e) -> None:
        self.text, self.happened_at = e.text, e.happened_at
        self.channel, self.direction = e.channel, e.direction
        self.attachments = [None] * e.attachments
