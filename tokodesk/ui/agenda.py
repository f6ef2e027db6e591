"""The day's agenda: the staff's start of day.

One list, grouped: reminders to send today, pickups due today, overdue orders with the fee
so far, orders at risk, orders that need a decision, and today's automatic cancellations.
Every row has one-key actions (the keys work while the list has focus; the buttons below
show them):

    W  send by WhatsApp (opens wa.me with the text, then asks whether it was sent and logs it)
    E  send by e-mail        C  copy the text       S  mark as sent (sent by hand)
    T  log a call            Enter  open the order
    D  new pickup date       K  keep the deposit (orders that need a decision)
    X  drop a reminder without sending
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QColor, QDesktopServices, QFont, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tokodesk.domain.access import Permission
from tokodesk.domain.dates import format_date
from tokodesk.domain.log import Channel
from tokodesk.domain.messages import KIND_LABELS
from tokodesk.domain.money import format_rupiah
from tokodesk.domain.phone import format_phone
from tokodesk.services import agenda as agenda_service
from tokodesk.services import handover, notify
from tokodesk.services.agenda import SECTION_LABELS, AgendaRow, Section
from tokodesk.services.context import local_today
from tokodesk.ui import i18n, widgets
from tokodesk.ui.signals import emit
from tokodesk.ui.widgets import ErrorLabel

ROLE_ROW = Qt.ItemDataRole.UserRole + 1
HEADER_BG = QColor("#eceff1")
SECTION_COLORS = {
    Section.REMINDERS: "#1565c0",
    Section.DUE_TODAY: "#2e7d32",
    Section.OVERDUE: "#e65100",
    Section.AT_RISK: "#6a1b9a",
    Section.NEEDS_DECISION: "#b71c1c",
    Section.FORFEITED_TODAY: "#424242",
}


def open_url(url: str) -> bool:
    """Hand a link to the desktop (WhatsApp Desktop registers wa.me; else the browser)."""
    return QDesktopServices.openUrl(QUrl(url))


class RescheduleDialog(QDialog):
    """A person's decision: a new pickup date, with the reason and how the customer asked."""

    def __init__(self, runner, row: AgendaRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.row = row
        self.setWindowTitle(self.tr("Tanggal ambil baru — {code}").format(code=row.code))
        today = local_today(runner.now())
        self.date = QDateEdit()
        self.date.setObjectName("date")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd/MM/yyyy")
        suggested = today + dt.timedelta(days=3)
        self.date.setDate(QDate(suggested.year, suggested.month, suggested.day))
        self.date.setMinimumDate(QDate(today.year, today.month, today.day))
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("contoh: pelanggan di luar kota, minta diambil Sabtu"))
        self.channel = QComboBox()
        self.channel.setObjectName("channel")
        for c in Channel:
            self.channel.addItem(i18n.channel_label(c), c)
        self.errors = ErrorLabel()
        form = QFormLayout()
        form.addRow(
            self.tr("Pesanan"),
            QLabel(f"<b>{row.code}</b> · {row.customer_name} · {format_date(row.pickup_date)}"),
        )
        form.addRow(self.tr("&Tanggal ambil baru"), self.date)
        form.addRow(self.tr("&Alasan (wajib)"), self.reason)
        form.addRow(self.tr("Kabar pelanggan &lewat"), self.channel)
        note = QLabel(
            self.tr(
                "Pengingat, masa gratis, biaya simpan dan batal otomatis dihitung ulang dari tanggal baru. "
                "Perubahan dicatat di catatan komunikasi pelanggan."
            )
        )
        note.setWordWrap(True)
        buttons, self.save_button = widgets.save_cancel(
            self, self.tr("&Simpan tanggal (Ctrl+S)"), self.tr("&Batal"), self.save, enter_saves=True
        )
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(note)
        lay.addWidget(self.errors)
        lay.addWidget(buttons)
        self.reason.setFocus()

    def save(self) -> None:
        q = self.date.date()
        new = dt.date(q.year(), q.month(), q.day())
        oid, reason, channel = self.row.order_id, self.reason.text(), Channel(self.channel.currentData())
        actor, now = self.runner.actor, self.runner.now()
        self.save_button.setEnabled(False)
        self.runner.run(
            lambda s: handover.reschedule_pickup(s, oid, new, reason, actor=actor, now=now, channel=channel),
            on_done=lambda _c: self.accept(),
            on_error=self._failed,
            owner=self,
        )

    def _failed(self, err: Exception) -> None:
        self.save_button.setEnabled(True)
        self.errors.show_message(i18n.error_text(err))


class AgendaPage(QWidget):
    """Signals:
    loaded(object): the ``Agenda`` shown.
    counted(int): how many rows need attention (for the navigation label).
    """

    loaded = Signal(object)
    counted = Signal(int)

    N_COLUMNS = 8

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.runner = window.runner
        self.agenda: agenda_service.Agenda | None = None
        self.title = QLabel()
        self.title.setObjectName("agenda_title")
        self.title.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.summary = QLabel()
        self.summary.setObjectName("agenda_summary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, self.N_COLUMNS)
        self.table.setObjectName("agenda")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Jenis"),
                self.tr("Kode"),
                self.tr("Pelanggan"),
                self.tr("WhatsApp"),
                self.tr("Tgl ambil"),
                self.tr("Untuk diambil"),
                self.tr("Biaya simpan"),
                self.tr("Keterangan"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        h = self.table.horizontalHeader()
        h.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(self.N_COLUMNS - 1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.open_order())
        self.errors = ErrorLabel()

        self.actions_by_key: dict[str, QAction] = {}
        grid = QGridLayout()
        specs = [
            ("W", self.tr("Kirim &WhatsApp (W)"), self.send_whatsapp),
            ("E", self.tr("Kirim e-mail (E)"), self.send_email),
            ("C", self.tr("Salin teks (C)"), self.copy_text),
            ("S", self.tr("Tandai terkirim (S)"), self.mark_sent),
            ("T", self.tr("Catat telepon (T)"), self.log_call),
            ("Return", self.tr("Buka pesanan (Enter)"), self.open_order),
            ("D", self.tr("Tanggal ambil baru (D)"), self.reschedule),
            ("K", self.tr("Tahan DP / batalkan (K)"), self.keep_deposit),
            ("X", self.tr("Lewati pengingat (X)"), self.skip),
        ]
        self.buttons: dict[str, QPushButton] = {}
        for i, (key, text, slot) in enumerate(specs):
            a = QAction(text, self)
            a.setShortcut(QKeySequence(key))
            a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            a.triggered.connect(slot)
            self.table.addAction(a)
            self.actions_by_key[key] = a
            b = QPushButton(text.replace("&", ""))
            b.setObjectName(f"agenda_{key.lower()}")
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys act on the list; focus stays there
            b.clicked.connect(slot)
            self.buttons[key] = b
            grid.addWidget(b, i // 5, i % 5)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        self.rerun = QPushButton(self.tr("Jalankan aturan harian"))
        self.rerun.setObjectName("agenda_rerun")
        self.rerun.clicked.connect(self.window.run_daily)
        top.addWidget(self.rerun)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.summary)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.errors)
        lay.addLayout(grid)
        self.search = self.table  # Ctrl+F on this page puts the focus in the list
        self._update_buttons()

    # ---------------------------------------------------------------- loading
    def today(self) -> dt.date:
        return local_today(self.runner.now())

    def reload(self) -> None:
        day = self.today()
        self.runner.read(lambda s: agenda_service.agenda(s, day), on_done=self._show, owner=self)

    def _show(self, a: agenda_service.Agenda) -> None:
        keep = self.selected()
        self.agenda = a
        self.title.setText(self.tr("Agenda — {day}").format(day=format_date(a.day)))
        counts = {s: len(a.section(s)) for s in Section}
        self.summary.setText(
            " · ".join(
                f"<span style='color:{SECTION_COLORS[s]}'>{i18n.translate_label(SECTION_LABELS[s])}: "
                f"<b>{n}</b></span>"
                for s, n in counts.items()
            )
        )
        self.table.setRowCount(0)
        bold = QFont()
        bold.setBold(True)
        select_row = None
        for s in Section:
            rows = a.section(s)
            if not rows:
                continue
            r = self.table.rowCount()
            self.table.insertRow(r)
            head = QTableWidgetItem(f"{i18n.translate_label(SECTION_LABELS[s])} ({len(rows)})")
            head.setFont(bold)
            head.setForeground(QColor(SECTION_COLORS[s]))
            head.setBackground(HEADER_BG)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(r, 0, head)
            self.table.setSpan(r, 0, 1, self.N_COLUMNS)
            for row in rows:
                r = self.table.rowCount()
                self.table.insertRow(r)
                for c, text in enumerate(self._cells(row)):
                    item = QTableWidgetItem(text)
                    item.setData(ROLE_ROW, row)
                    if c in (5, 6):
                        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    self.table.setItem(r, c, item)
                if keep and (row.order_id, row.section) == (keep.order_id, keep.section):
                    select_row = r
                if select_row is None and keep is None:
                    select_row = r
        if select_row is not None:
            self.table.selectRow(select_row)
        self._update_buttons()
        emit(
            self.counted, counts[Section.REMINDERS] + counts[Section.NEEDS_DECISION] + counts[Section.AT_RISK]
        )
        emit(self.loaded, a)

    def _cells(self, row: AgendaRow) -> list[str]:
        kind = i18n.translate_label(KIND_LABELS[row.message]) if row.message else self.tr("Urusan toko")
        if row.section is Section.AT_RISK:
            kind = i18n.status_label(row.status)
        detail = []
        if row.section is Section.AT_RISK:
            left = (row.pickup_date - self.agenda.day).days
            detail.append(
                self.tr("belum siap; tanggal ambil {n} hari lagi").format(n=left)
                if left >= 0
                else self.tr("belum siap; terlambat {n} hari").format(n=-left)
            )
        if row.days_overdue:
            detail.append(self.tr("lewat {n} hari").format(n=row.days_overdue))
        if row.forfeit_on and row.section in (Section.OVERDUE, Section.NEEDS_DECISION, Section.REMINDERS):
            detail.append(self.tr("batal otomatis {day}").format(day=format_date(row.forfeit_on)))
        if row.section is Section.NEEDS_DECISION:
            detail.append(self.tr("pelanggan memberi kabar: tentukan tanggal baru (D) atau tahan DP (K)"))
        if row.reminder_due and row.reminder_due < self.agenda.day:
            detail.append(self.tr("tertunda sejak {day}").format(day=format_date(row.reminder_due)))
        return [
            kind,
            row.code,
            row.customer_name,
            format_phone(row.whatsapp),
            format_date(row.pickup_date),
            format_rupiah(row.due) if row.due else "—",
            format_rupiah(row.fee) if row.fee else "—",
            " · ".join(detail),
        ]

    def selected(self) -> AgendaRow | None:
        items = self.table.selectedItems()
        return items[0].data(ROLE_ROW) if items else None

    def select_order(self, code: str, section: Section | None = None) -> bool:
        for r in range(self.table.rowCount()):
            item = self.table.item(r, 0)
            row = item.data(ROLE_ROW) if item else None
            if row is not None and row.code == code and (section is None or row.section is section):
                self.table.selectRow(r)
                self.table.setFocus()
                return True
        return False

    def _update_buttons(self) -> None:
        row = self.selected()
        has_message = row is not None and row.message is not None
        self.buttons["W"].setEnabled(has_message)
        self.buttons["E"].setEnabled(has_message and bool(row.email))
        self.buttons["C"].setEnabled(has_message)
        self.buttons["S"].setEnabled(has_message)
        self.buttons["T"].setEnabled(row is not None)
        self.buttons["Return"].setEnabled(row is not None)
        self.buttons["D"].setEnabled(
            row is not None and row.section in (Section.NEEDS_DECISION, Section.OVERDUE, Section.AT_RISK)
        )
        actor = self.runner.actor
        may_forfeit = actor is not None and actor.can(Permission.FORFEIT)  # the owner's decision
        self.buttons["K"].setEnabled(
            may_forfeit and row is not None and row.section is Section.NEEDS_DECISION
        )
        self.buttons["X"].setEnabled(row is not None and row.reminder_id is not None)

    # ---------------------------------------------------------------- actions
    def _say(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 8000)

    def _with_message(self, then) -> None:
        """Compose the selected row's message (on the database worker), then call ``then``."""
        row = self.selected()
        if row is None:
            return
        if row.message is None:
            self._say(self.tr("Tidak ada pesan untuk pelanggan di baris ini (urusan toko)."))
            return
        day, oid, kind = self.today(), row.order_id, row.message
        self.runner.read(
            lambda s: notify.compose(s, oid, kind, day),
            on_done=lambda msg: then(row, msg),
            on_error=self._failed,
            owner=self,
        )

    def send_whatsapp(self) -> None:
        self._with_message(self._open_whatsapp)

    def _open_whatsapp(self, row: AgendaRow, msg: notify.Composed) -> None:
        if not msg.whatsapp:
            self._failed_text(self.tr("Pelanggan ini tidak punya nomor WhatsApp."))
            return
        if not open_url(notify.wa_me_url(msg.whatsapp, msg.text)):
            self._failed_text(
                self.tr("WhatsApp atau peramban tidak bisa dibuka. Salin teksnya (C) dan kirim manual.")
            )
            return
        sent = QMessageBox.question(
            self,
            self.tr("Kirim WhatsApp"),
            self.tr("Pesan untuk {name} ({code}) sudah terkirim di WhatsApp?").format(
                name=msg.customer_name, code=msg.order_code
            ),
        )
        if sent == QMessageBox.StandardButton.Yes:
            self._record(row, msg, Channel.WHATSAPP)
        else:
            self._say(self.tr("Belum dicatat; pengingat tetap di agenda."))

    def mark_sent(self) -> None:
        self._with_message(lambda row, msg: self._record(row, msg, Channel.WHATSAPP))

    def _record(self, row: AgendaRow, msg: notify.Composed, channel: Channel) -> None:
        actor, now = self.runner.actor, self.runner.now()
        self.runner.run(
            lambda s: notify.record_sent(
                s,
                customer_id=msg.customer_id,
                order_id=msg.order_id,
                channel=channel,
                text=msg.text,
                actor=actor,
                now=now,
                reminder_id=row.reminder_id,
            ),
            on_done=lambda _r: (
                self._say(self.tr("Terkirim dan dicatat: {code}").format(code=row.code)),
                self.errors.show_message(""),
            ),
            on_error=self._failed,
            owner=self,
        )

    def copy_text(self) -> None:
        def copy(_row, msg) -> None:
            QGuiApplication.clipboard().setText(msg.text)
            self._say(self.tr("Teks pesan {code} disalin.").format(code=msg.order_code))

        self._with_message(copy)

    def send_email(self) -> None:
        row = self.selected()
        if row is None or row.message is None:
            return
        if not row.email:
            self._failed_text(self.tr("Pelanggan ini belum punya alamat e-mail."))
            return
        self.window.queue_email(row, self.today())

    def log_call(self) -> None:
        row = self.selected()
        if row is None:
            return
        from tokodesk.ui.quick_log import LogTarget

        dlg = self.window._open_quick_log(
            LogTarget(row.customer_id, row.customer_name, row.whatsapp, row.order_id, row.code)
        )
        dlg.channel.setCurrentIndex(max(0, dlg.channel.findData(Channel.PHONE)))

    def open_order(self) -> None:
        row = self.selected()
        if row is not None:
            self.window.open_order(row.order_id)

    def reschedule(self) -> RescheduleDialog | None:
        row = self.selected()
        if row is None or not self.buttons["D"].isEnabled():
            return None
        dlg = RescheduleDialog(self.runner, row, self)
        dlg.accepted.connect(lambda: self._say(self.tr("Tanggal ambil {code} diubah.").format(code=row.code)))
        self.window._show_dialog(dlg)
        return dlg

    def keep_deposit(self) -> None:
        row = self.selected()
        if row is None or row.section is not Section.NEEDS_DECISION:
            return
        if not self.buttons["K"].isEnabled():  # the key works like the button: the owner's decision
            self.errors.show_message(
                self.tr("Keputusan menahan DP hanya oleh pemilik (atau staf yang diberi izin).")
            )
            return
        reason, ok = widgets.ask_text(
            self,
            self.tr("Tahan DP — {code}").format(code=row.code),
            self.tr("Pesanan dibatalkan dan DP tidak dikembalikan. Alasan keputusan (wajib):"),
            self.tr("Batalkan & tahan DP"),
            self.tr("Jangan"),
        )
        if not ok:
            return
        actor, now, oid = self.runner.actor, self.runner.now(), row.order_id
        self.runner.run(
            lambda s: handover.keep_deposit(s, oid, reason, actor=actor, now=now),
            on_done=lambda _c: self._say(self.tr("{code} dibatalkan; DP ditahan.").format(code=row.code)),
            on_error=self._failed,
            owner=self,
        )

    def skip(self) -> None:
        row = self.selected()
        if row is None or row.reminder_id is None:
            return
        actor, now, rid = self.runner.actor, self.runner.now(), row.reminder_id
        self.runner.run(
            lambda s: notify.skip_reminder(s, rid, actor=actor, now=now),
            on_done=lambda _c: self._say(self.tr("Pengingat {code} dilewati.").format(code=row.code)),
            on_error=self._failed,
            owner=self,
        )

    def _failed(self, err: Exception) -> None:
        self._failed_text(i18n.error_text(err))

    def _failed_text(self, text: str) -> None:
        self.errors.show_message(text)
        self._say(text)
