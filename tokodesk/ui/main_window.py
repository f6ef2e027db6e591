"""The main window: navigation between the sections that exist, the orders list (filter by
status, search, scan a QR code) and the customers list.

Keyboard: Ctrl+N new order · Ctrl+Shift+N new customer · Ctrl+L log a chat or call for
the customer / order in view · Ctrl+F search · Alt+1 / Alt+2 / Alt+3 orders, customers,
the day's agenda · Enter opens the selected row · F5 reloads.  The daily rules (reminders,
automatic cancellation) run when the database opens and again at midnight.  A USB scanner types the order
code followed by Enter into the search box, which opens that order at once.
"""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from tokodesk import __version__
from tokodesk.domain.access import ROLE_LABELS, Permission, Role
from tokodesk.domain.dates import format_datetime
from tokodesk.domain.money import format_rupiah
from tokodesk.domain.orders import OPEN, OrderStatus
from tokodesk.domain.qris import looks_like_qris
from tokodesk.services import backup as backup_service
from tokodesk.services import changes as changes_service
from tokodesk.services import customers as customer_service
from tokodesk.services import documents as document_service
from tokodesk.services import orders as order_service
from tokodesk.services import qris as qris_service
from tokodesk.services import settings as settings_service
from tokodesk.services import staff as staff_service
from tokodesk.services.context import Changes, local_today
from tokodesk.services.storage import place_warning
from tokodesk.ui import i18n, icons
from tokodesk.ui.agenda import AgendaPage
from tokodesk.ui.complaints import ComplaintsPage
from tokodesk.ui.customer_dialog import CustomerDialog
from tokodesk.ui.customer_log_dialog import CustomerLogDialog
from tokodesk.ui.i18n import translate_label
from tokodesk.ui.models import CustomersModel, OrdersModel
from tokodesk.ui.order_detail import OrderDetailDialog
from tokodesk.ui.order_dialog import NewOrderDialog
from tokodesk.ui.quick_log import LogTarget, QuickLogDialog
from tokodesk.ui.scanner import ScanCatcher
from tokodesk.ui.shipping import CodPage, FollowUpPage
from tokodesk.ui.shop_dialog import ShopDialog
from tokodesk.ui.sign_in import ChangePinDialog, IdleWatcher, LockScreen

SEARCH_DELAY_MS = 120
BACKUP_RETRY_MS = 3_600_000
BACKUP_BAD = "color: #c62828; font-weight: 600;"
BACKUP_HINT = "color: #e65100;"


OTHERS_EVERY_MS = 5000  # how often the other counters' changes are looked for


def _table_view(model, name: str) -> QTableView:
    v = QTableView()
    v.setObjectName(name)
    v.setModel(model)
    v.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    v.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    v.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    v.setAlternatingRowColors(True)
    v.verticalHeader().setVisible(False)
    v.verticalHeader().setDefaultSectionSize(26)
    v.horizontalHeader().setHighlightSections(False)
    v.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    v.horizontalHeader().setStretchLastSection(True)
    v.setTabKeyNavigation(False)
    return v


def _has_selection(table: QTableView) -> bool:
    """A row chosen by staff (not merely the cursor a view puts on its first row)."""
    idx = table.currentIndex()
    return idx.isValid() and table.selectionModel().isRowSelected(idx.row(), idx.parent())


class OrdersPage(QWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window_ = window
        self.model = OrdersModel(window.runner, self)
        self.search = QLineEdit()
        self.search.setObjectName("orders_search")
        self.search.setPlaceholderText(
            self.tr("Cari kode pesanan, nama atau No. HP — atau pindai QR nota (Ctrl+F)")
        )
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.status.setObjectName("orders_status")
        self.status.addItem(self.tr("Semua status"), None)
        self.status.addItem(self.tr("Masih berjalan"), OPEN)
        for s in OrderStatus:
            self.status.addItem(i18n.status_label(s), frozenset({s}))
        self.count = QLabel()
        self.count.setObjectName("orders_count")
        self.table = _table_view(self.model, "orders_table")
        self.table.activated.connect(self._open_index)
        for col, width in enumerate((120, 190, 125, 120, 100, 110, 110, 110)):
            self.table.setColumnWidth(col, width)

        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(QLabel(self.tr("&Status:"), buddy=self.status))
        bar.addWidget(self.status)
        bar.addWidget(self.count)
        lay = QVBoxLayout(self)
        lay.addLayout(bar)
        lay.addWidget(self.table)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self._search_entered)
        self.status.currentIndexChanged.connect(lambda _i: self.reload())
        self.model.loaded.connect(lambda n: self.count.setText(self.tr("{n} pesanan").format(n=n)))
        self.search.installEventFilter(self)

    def reload(self) -> None:
        self._timer.stop()
        self.model.query = self.search.text()
        self.model.statuses = self.status.currentData()
        self.model.reload()

    def _search_entered(self) -> None:
        """Enter in the search box: a scanned payload or a typed order code opens that order."""
        text = self.search.text().strip()
        if not text:
            return
        if text.upper().startswith("TOKO:") or looks_like_qris(text):  # a slow scanner typed into the box
            self.search.clear()
            self.window_.open_scanned(text)
            return
        self.window_.runner.read(
            lambda s: order_service.find_order_id(s, text), on_done=self._code_result, owner=self
        )

    def _code_result(self, order_id: int | None) -> None:
        if order_id is not None:
            self.search.clear()
            self.window_.open_order(order_id)
        else:
            self.reload()
            self.table.setFocus()

    def _open_index(self, index) -> None:
        oid = self.model.id_at(index.row())
        if oid is not None:
            self.window_.open_order(oid)

    def eventFilter(self, obj, event) -> bool:
        if obj is self.search and event.type() == event.Type.KeyPress and event.key() == Qt.Key.Key_Down:
            self.table.setFocus()
            self.table.selectRow(max(self.table.currentIndex().row(), 0))
            return True
        return False


class CustomersPage(QWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window_ = window
        self.model = CustomersModel(window.runner, self)
        self.search = QLineEdit()
        self.search.setObjectName("customers_search")
        self.search.setPlaceholderText(self.tr("Cari nama atau No. HP pelanggan (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.count = QLabel()
        self.count.setObjectName("customers_count")
        self.table = _table_view(self.model, "customers_table")
        self.table.activated.connect(lambda _i: self.edit_selected())
        for col, width in enumerate((200, 130, 130, 300, 70)):
            self.table.setColumnWidth(col, width)
        new = QPushButton(self.tr("Pelanggan &baru"))
        new.clicked.connect(window.new_customer)
        edit = QPushButton(self.tr("&Ubah"))
        edit.clicked.connect(self.edit_selected)
        order = QPushButton(self.tr("Pesanan untuk pelanggan &ini"))
        order.setObjectName("order_for_customer")
        order.clicked.connect(self.order_for_selected)
        show_orders = QPushButton(self.tr("&Lihat pesanannya"))
        show_orders.clicked.connect(self.show_orders_of_selected)
        log = QPushButton(self.tr("Catatan &komunikasi"))
        log.setObjectName("customer_log_button")
        log.clicked.connect(self.log_of_selected)

        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count)
        buttons = QHBoxLayout()
        for b in (new, edit, order, show_orders, log):
            buttons.addWidget(b)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addLayout(bar)
        lay.addWidget(self.table)
        lay.addLayout(buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(lambda: (self.table.setFocus(), self.table.selectRow(0)))
        self.model.loaded.connect(lambda n: self.count.setText(self.tr("{n} pelanggan").format(n=n)))

    def reload(self) -> None:
        self._timer.stop()
        self.model.query = self.search.text()
        self.model.reload()

    def selected(self) -> customer_service.CustomerRow | None:
        idx = self.table.currentIndex()
        cid = self.model.id_at(idx.row()) if idx.isValid() else None
        return self.model.row_for_id(cid) if cid is not None else None

    def edit_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.window_._show_dialog(CustomerDialog(self.window_.runner, self.window_, existing=row))

    def order_for_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.window_.new_order(customer=row)

    def show_orders_of_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.window_.show_orders(query=row.phone.removeprefix("+62"))

    def log_of_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.window_.open_customer_log(row)


class MainWindow(QMainWindow):
    def __init__(self, runner, *, db_label: str = "", printer_runner=None, backup_runner=None) -> None:
        super().__init__()
        self.runner = runner
        # printing, rendering and saving files run on their own worker, beside the database's
        self.printer_runner = printer_runner or runner
        # backups and their checks: a worker of their own, so the counter never waits for one
        self.backup_runner = backup_runner or runner
        self.backup_stop = threading.Event()  # set when the app closes: a backup under way ends
        self.backup_running = False
        self.dialogs: list = []  # open dialogs, kept referenced (tests reach them here too)
        self.setWindowTitle(self.tr("TokoDesk — meja pesanan toko"))
        self.resize(1280, 760)

        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setFixedWidth(170)
        self.nav.setWordWrap(True)  # a longer label (English, a count) wraps instead of being cut
        self.nav.setTextElideMode(Qt.TextElideMode.ElideNone)  # wrapped, never «Parcels in …»
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.addItem(self.tr("Pesanan"))
        self.nav.addItem(self.tr("Pelanggan"))
        self.nav.addItem(self.tr("Agenda hari ini"))
        self.nav.addItem(self.tr("Paket di jalan"))
        self.nav.addItem(self.tr("COD belum diterima"))
        self.nav.addItem(self.tr("Keluhan"))
        # side padding mostly on the left: Qt does not count it when it wraps an item's text
        self.nav.setStyleSheet(
            "QListWidget { font-size: 14px; } QListWidget::item { padding: 10px 3px 10px 6px; }"
        )
        for row, name in enumerate(("orders", "customers", "agenda", "parcels", "cod", "complaints")):
            self.nav.item(row).setIcon(icons.icon(name))
        self.orders_page = OrdersPage(self)
        self.customers_page = CustomersPage(self)
        self.agenda_page = AgendaPage(self)
        self.agenda_page.counted.connect(self._agenda_counted)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.orders_page)
        self.stack.addWidget(self.customers_page)
        self.stack.addWidget(self.agenda_page)
        self.follow_up_page = FollowUpPage(runner, self)
        self.follow_up_page.open_order.connect(self.open_order)
        self.cod_page = CodPage(runner, self)
        self.cod_page.open_order.connect(self.open_order)
        self.stack.addWidget(self.follow_up_page)
        self.stack.addWidget(self.cod_page)
        self.complaints_page = ComplaintsPage(runner, self)
        self.complaints_page.counted.connect(self._complaints_counted)
        self.stack.addWidget(self.complaints_page)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.currentRowChanged.connect(self._page_shown)
        self.nav.setCurrentRow(0)
        central = QWidget()
        lay = QHBoxLayout(central)
        lay.addWidget(self.nav)
        lay.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        tb = QToolBar(self.tr("Aksi"))
        tb.setObjectName("actions")
        tb.setMovable(False)
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        tb.setIconSize(QSize(16, 16))
        self.addToolBar(tb)
        self.new_order_action = self._action(
            tb, self.tr("Pesanan baru (Ctrl+N)"), "Ctrl+N", self.new_order, "new-order"
        )
        self._action(
            tb, self.tr("Pelanggan baru (Ctrl+Shift+N)"), "Ctrl+Shift+N", self.new_customer, "new-customer"
        )
        self.quick_log_action = self._action(
            tb, self.tr("Catat komunikasi (Ctrl+L)"), "Ctrl+L", self.quick_log, "quick-log"
        )
        self._action(tb, self.tr("Cari (Ctrl+F)"), "Ctrl+F", self.focus_search, "search")
        self._action(tb, self.tr("Segarkan (F5)"), "F5", self.reload_all, "refresh")
        # the agenda is the navigation's third page: its key, not a second toolbar button
        self._action(None, self.tr("Agenda (Alt+3)"), "Alt+3", self.show_agenda, "agenda")
        self._action(tb, self.tr("Pengaturan toko (Ctrl+,)"), "Ctrl+,", self.shop_settings, "settings")
        self._action(
            tb, self.tr("Periksa segel bukti (Ctrl+Shift+V)"), "Ctrl+Shift+V", self.verify_evidence, "seal"
        )
        self._action(None, self.tr("Pesanan"), "Alt+1", lambda: self.nav.setCurrentRow(0))
        self._action(None, self.tr("Pelanggan"), "Alt+2", lambda: self.nav.setCurrentRow(1))
        self._action(None, self.tr("Paket di jalan"), "Alt+4", lambda: self.nav.setCurrentRow(3))
        self._action(None, self.tr("COD belum diterima"), "Alt+5", lambda: self.nav.setCurrentRow(4))
        self._action(None, self.tr("Keluhan"), "Alt+6", lambda: self.nav.setCurrentRow(5))
        settings_menu = self.menuBar().addMenu(self.tr("&Pengaturan"))
        settings_menu.addAction(self.tr("Profil toko && S&&K…"), self.shop_settings)
        self.policy_action = settings_menu.addAction(
            self.tr("&Aturan ambil && biaya simpan…"), self.policy_settings
        )
        self.templates_action = settings_menu.addAction(self.tr("&Templat pesan…"), self.template_settings)
        self.mail_action = settings_menu.addAction(self.tr("&E-mail (SMTP)…"), self.mail_settings)
        self.guidelines_action = settings_menu.addAction(
            self.tr("Panduan &keluhan…"), self.guideline_settings
        )
        self.rates_action = settings_menu.addAction(
            self.tr("&Ongkir antar per wilayah…"), self.rates_settings
        )
        settings_menu.addAction(self.tr("&Bahasa / Language…"), self.language_settings)
        settings_menu.addSeparator()
        self.backup_action = settings_menu.addAction(self.tr("&Cadangan data…"), self.backup_settings)
        self.backup_action.setVisible(False)  # the owner's (apply_permissions)
        self.settings_menu = settings_menu
        self.shop_action = next(a for a in self.actions() if a.shortcut().toString() == "Ctrl+,")
        self.shop_menu_action = settings_menu.actions()[0]
        account_menu = self.menuBar().addMenu(self.tr("&Akun"))
        self.lock_action = self._action(None, self.tr("&Kunci / ganti pengguna (F12)"), "F12", self.lock)
        account_menu.addAction(self.lock_action)
        self.change_pin_action = account_menu.addAction(self.tr("Ganti &PIN saya…"), self.change_pin)
        account_menu.addSeparator()
        self.staff_action = account_menu.addAction(self.tr("&Staf && izin…"), self.staff_settings)
        self.audit_action = account_menu.addAction(self.tr("&Jejak audit…"), self.show_audit)
        self.review_action = self._action(
            None, self.tr("Tinjau daftar &hitam && saran… (Ctrl+Shift+B)"), "Ctrl+Shift+B", self.show_review
        )
        account_menu.addAction(self.review_action)
        self.account_menu = account_menu
        reports_menu = self.menuBar().addMenu(self.tr("&Laporan"))
        self.daily_report_action = self._action(
            None,
            self.tr("&Tutup kas harian… (Ctrl+Shift+T)"),
            "Ctrl+Shift+T",
            lambda: self.show_reports("daily"),
        )
        reports_menu.addAction(self.daily_report_action)
        self.weekly_report_action = self._action(
            None,
            self.tr("Tinjauan &mingguan… (Ctrl+Shift+W)"),
            "Ctrl+Shift+W",
            lambda: self.show_reports("weekly"),
        )
        reports_menu.addAction(self.weekly_report_action)
        self.monthly_report_action = self._action(
            None,
            self.tr("Tinjauan &bulanan… (Ctrl+Shift+M)"),
            "Ctrl+Shift+M",
            lambda: self.show_reports("monthly"),
        )
        reports_menu.addAction(self.monthly_report_action)
        self.reports_menu = reports_menu
        # sign-in: the lock screen at start, after the idle time and on F12
        self.lock_screen = LockScreen(runner, self)
        self.lock_screen.signed_in.connect(self._signed_in)
        self.idle = IdleWatcher(self)
        self.idle.idle.connect(lambda: self.lock(idle=True))
        self.demo_hint = ""  # --demo: the sign-in screen names the demo accounts and PINs
        # several counters on one database: their changes appear here without a restart
        self.marker: int | None = None
        self.others_timer = QTimer(self)
        self.others_timer.setInterval(OTHERS_EVERY_MS)
        self.others_timer.timeout.connect(self.check_other_counters)
        QApplication.instance().applicationStateChanged.connect(self._app_state)  # back at the PC
        self._focus_before_lock = None
        # the daily rules run again when the date changes while the app is open
        self.midnight = QTimer(self)
        self.midnight.setSingleShot(True)
        self.midnight.timeout.connect(self.run_daily)
        self.last_daily: dt.date | None = None
        self.mail_sender = None
        self.db_label = QLabel(db_label)
        self.busy_label = QLabel()
        self.user_label = QLabel()
        self.user_label.setObjectName("user_label")
        self.backup_label = QLabel()
        self.backup_label.setObjectName("backup_label")
        self.statusBar().addPermanentWidget(self.backup_label)
        self.statusBar().addPermanentWidget(self.busy_label)
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.db_label)
        self.statusBar().showMessage(self.tr("Membuka database…"))
        runner.busy_changed.connect(lambda b: self.busy_label.setText(self.tr("memproses…") if b else ""))
        runner.changed.connect(self.on_changed)
        runner.failed.connect(self.show_error)
        # the automatic backup: after the daily rules (start, midnight), and every hour while
        # today has none yet (the USB drive plugged in later)
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(BACKUP_RETRY_MS)
        self.backup_timer.timeout.connect(self.auto_backup)
        self.backup_timer.start()
        self.scan_catcher = ScanCatcher(self)
        self.scan_catcher.scanned.connect(self.open_scanned)
        self.db_actions = [
            a
            for a in self.actions()
            if a.shortcut().toString() in ("Ctrl+N", "Ctrl+Shift+N", "F5", "Ctrl+,", "Ctrl+Shift+V", "Alt+3")
        ]
        self._set_db_ready(False)

    def _action(self, toolbar, text: str, shortcut: str, slot, icon_name: str = "") -> QAction:
        a = QAction(icons.icon(icon_name), text, self) if icon_name else QAction(text, self)
        a.setShortcut(QKeySequence(shortcut))
        a.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        a.triggered.connect(slot)
        self.addAction(a)
        if toolbar is not None:
            toolbar.addAction(a)
        return a

    # ---------------------------------------------------------------- database
    def database_ready(self, db) -> None:
        self.db_label.setText(
            db.url.split("///")[-1] if db.url.startswith("sqlite") else db.url.split("@")[-1]
        )
        msg = self.tr("Siap. TokoDesk {version}").format(version=__version__)
        if db.migration_copy:
            msg += " · " + self.tr("Database diperbarui; salinan lama disimpan di {path}").format(
                path=db.migration_copy
            )
        self.statusBar().showMessage(msg)
        risky = place_warning(db.url)
        if risky:  # SQLite on a network share: say it once, plainly, and keep the app usable
            QMessageBox.warning(self, self.tr("Lokasi database berisiko"), risky)
            self.statusBar().showMessage(risky)
        self._set_db_ready(True)
        self.reload_all()
        self.orders_page.search.setFocus()
        self.run_daily()
        self._read_idle_minutes()
        self.refresh_backup_status()
        self.runner.read(changes_service.current_marker, on_done=self._set_marker, owner=self)
        self.others_timer.start()
        if self.runner.actor is None:
            self.lock(start=True)
        else:
            self._signed_in(self.runner.actor)

    # ---------------------------------------------------------------- the other counters
    def _app_state(self, state) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check_other_counters()

    def _set_marker(self, marker: int) -> None:
        self.marker = marker

    def check_other_counters(self) -> None:
        """Show what another counter (or the command line) committed: every few seconds and
        when the window comes back into use.  One index lookup when nothing changed."""
        if self.marker is None or self.runner.db is None:
            return
        marker = self.marker
        self.runner.read(
            lambda s: changes_service.changes_since(s, marker), on_done=self._others_changed, owner=self
        )

    def _others_changed(self, seen) -> None:
        if seen is None:
            return
        self.marker = seen.marker
        self.on_changed(seen.changes)
        for dlg in list(self.dialogs):
            if isinstance(dlg, OrderDetailDialog) and dlg.order_id in seen.order_ids:
                dlg.reload()

    # ---------------------------------------------------------------- who is at the counter
    def lock(self, *, idle: bool = False, start: bool = False) -> None:
        """Cover everything with the sign-in screen; what was open stays as it was."""
        if self.lock_screen.isVisible():
            return
        self.idle.stop()
        actor, now = self.runner.actor, self.runner.now()
        if actor is not None and not start:
            self.runner.run(
                lambda s: staff_service.record_lock(s, actor, now=now, idle=idle), on_error=self.show_error
            )
        focus, active = QApplication.focusWidget(), QApplication.activeWindow()
        mine = active is not None and active is not self.lock_screen
        self._focus_before_lock = (active, focus) if mine else None
        if start:
            reason = self.tr("Pilih nama Anda lalu ketik PIN.")
        elif idle:
            reason = self.tr(
                "Layar dikunci karena tidak ada kegiatan. Pekerjaan yang terbuka tetap tersimpan di layar."
            )
        else:
            reason = self.tr("Layar dikunci. Masuk lagi atau ganti pengguna.")
        self.lock_screen.begin(
            reason=reason, preselect=actor.staff_id if actor else None, hint=self.demo_hint
        )

    def _signed_in(self, actor) -> None:
        self.runner.actor = actor
        self.lock_screen.end()
        role = translate_label(ROLE_LABELS[Role(actor.role)])
        self.user_label.setText(self.tr("Masuk: {name} ({role})").format(name=actor.name, role=role))
        self.apply_permissions()
        self.idle.start()
        win, focus = self._focus_before_lock or (self, None)
        self._focus_before_lock = None
        if not shiboken6.isValid(win) or not win.isVisible():
            win = self
        win.activateWindow()  # back to the window (and the field) that was in use
        if focus is not None and shiboken6.isValid(focus) and focus.isVisible():
            focus.setFocus()
        if actor.can(Permission.SETTINGS):  # a new shop's owner: the first-run set-up
            from tokodesk.services import first_run

            self.runner.read(first_run.needs_setup, on_done=self._offer_setup, owner=self)

    def _offer_setup(self, needed: bool):
        """Once per start: cancelled, it comes back at the next start, not at every unlock."""
        if not needed or getattr(self, "setup_offered", False):
            return None
        self.setup_offered = True
        from tokodesk.ui.setup_wizard import SetupWizard

        self.setup_wizard = SetupWizard(self.runner, self)
        self.setup_wizard.finished_setup.connect(lambda: self.on_changed(Changes(settings=True)))
        self.setup_wizard.finished.connect(lambda _r: setattr(self, "setup_wizard", None))
        self._show_dialog(self.setup_wizard)
        return self.setup_wizard

    def can(self, permission: Permission) -> bool:
        actor = self.runner.actor
        return actor is not None and actor.can(permission)

    def apply_permissions(self) -> None:
        """Hide from the menus what the signed-in person may not do (the services refuse it
        anyway; this only keeps staff from running into refusals)."""
        settings_ok = self.can(Permission.SETTINGS)
        for a in (
            self.shop_action,
            self.shop_menu_action,
            self.policy_action,
            self.templates_action,
            self.mail_action,
        ):
            a.setEnabled(settings_ok)
        self.staff_action.setVisible(self.can(Permission.STAFF))
        self.audit_action.setVisible(self.can(Permission.AUDIT))
        self.review_action.setVisible(self.can(Permission.CUSTOMER_STANDING))
        self.review_action.setEnabled(self.can(Permission.CUSTOMER_STANDING))
        self.daily_report_action.setEnabled(self.can(Permission.REPORTS))  # all money: owner-only
        self.guidelines_action.setEnabled(self.can(Permission.SETTINGS))
        self.rates_action.setEnabled(self.can(Permission.SETTINGS))
        self.backup_action.setVisible(self.can(Permission.BACKUP))
        self.backup_action.setEnabled(self.can(Permission.BACKUP))

    def change_pin(self) -> None:
        if self.runner.actor is None:
            return
        self._show_dialog(ChangePinDialog(self.runner, self))

    def staff_settings(self):
        from tokodesk.ui.staff_dialog import StaffDialog

        if not self.can(Permission.STAFF):
            return None
        dlg = StaffDialog(self.runner, self)
        dlg.changed.connect(self._read_idle_minutes)  # a new idle time applies at once
        self._show_dialog(dlg)
        return dlg

    def _read_idle_minutes(self) -> None:
        self.runner.read(
            lambda s: settings_service.get(s, "staff.idle_minutes"),
            on_done=self.idle.set_minutes,
            owner=self,
        )

    def show_audit(self):
        from tokodesk.ui.audit_view import AuditDialog

        if not self.can(Permission.AUDIT):
            return None
        dlg = AuditDialog(
            self.runner, self, open_order=self.open_order, open_customer=self.open_customer_by_id
        )
        self._show_dialog(dlg)
        return dlg

    def guideline_settings(self):
        """The owner's steps and first reply per complaint type."""
        from tokodesk.ui.complaint_dialogs import GuidelinesDialog

        if not self.can(Permission.SETTINGS):
            return None
        dlg = GuidelinesDialog(self.runner, self)
        self._show_dialog(dlg)
        return dlg

    def language_settings(self):
        """The screen language of this PC (a person's choice, applied at the next start) and,
        for the owner, the language of what the customer reads (the shop's)."""
        from tokodesk.ui.language_dialog import LanguageDialog

        dlg = LanguageDialog(self.runner, self, can_set_shop=self.can(Permission.SETTINGS))
        dlg.saved.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self._show_dialog(dlg)
        return dlg

    def rates_settings(self):
        """The owner's delivery fees by area, for the delivery offers."""
        from tokodesk.ui.delivery_offer import DeliveryRatesDialog

        if not self.can(Permission.SETTINGS):
            return None
        dlg = DeliveryRatesDialog(self.runner, self)
        self._show_dialog(dlg)
        return dlg

    def _complaints_counted(self, n: int) -> None:
        item = self.nav.item(5)
        item.setText(self.tr("Keluhan ({n})").format(n=n) if n else self.tr("Keluhan"))

    def show_reports(self, kind: str = "monthly"):
        """The daily closing (owner) and the weekly and monthly reviews (everyone; money
        figures only for the owner)."""
        from tokodesk.services.reports import ReportKind
        from tokodesk.ui.reports import ReportsDialog

        if self.runner.actor is None or not self.stack.isEnabled():
            return None
        kind = ReportKind(kind)
        if kind is ReportKind.DAILY and not self.can(Permission.REPORTS):
            return None
        dlg = ReportsDialog(self.runner, local_today(self.runner.now()), self, kind=kind)
        self._show_dialog(dlg)
        return dlg

    def show_review(self):
        """The owner's blacklist review: questionable and blacklisted customers, the pending
        suggestions, the evidence beside them."""
        from tokodesk.ui.blacklist_review import BlacklistReviewDialog

        if not self.can(Permission.CUSTOMER_STANDING):
            return None
        dlg = BlacklistReviewDialog(self.runner, self)
        dlg.changed.connect(self.customers_page.reload)
        self._show_dialog(dlg)
        return dlg

    def _page_shown(self, row: int) -> None:
        page = self.stack.widget(row)
        if page in (self.follow_up_page, self.cod_page, self.complaints_page) and self.stack.isEnabled():
            page.reload()

    def open_customer_by_id(self, customer_id: int) -> None:
        self.runner.read(
            lambda s: customer_service.get_customer(s, customer_id),
            on_done=self.open_customer_log,
            on_error=self.show_error,
            owner=self,
        )

    def _set_db_ready(self, ready: bool) -> None:
        """Until the database is open (a migration can take a while) nothing can write."""
        for a in self.db_actions:
            a.setEnabled(ready)
        self.quick_log_action.setEnabled(ready)
        self.settings_menu.setEnabled(ready)
        self.stack.setEnabled(ready)

    def reload_all(self) -> None:
        self.orders_page.reload()
        self.customers_page.reload()
        self.agenda_page.reload()

    def on_changed(self, changes: Changes) -> None:
        if changes.orders or changes.ledger:
            self.orders_page.reload()
        if changes.customers:
            self.customers_page.reload()
        if changes.orders or changes.ledger or changes.customers:
            self.agenda_page.reload()
            if self.stack.currentWidget() in (self.follow_up_page, self.cod_page):
                self.stack.currentWidget().reload()
        if changes.complaints or changes.ledger:
            self.complaints_page.refresh()

    # ---------------------------------------------------------------- the daily rules
    def run_daily(self) -> None:
        """Apply the pickup timeline for today (on the database worker), then arm the timer
        for the next midnight."""
        from tokodesk.services.daily import run_daily

        now = self.runner.now()
        day = local_today(now)
        self.runner.run(
            lambda s: run_daily(s, day, now=now),
            on_done=self._daily_done,
            on_error=self.show_error,
            owner=self,
        )

    def _daily_done(self, result) -> None:
        summary, _changes = result
        self.last_daily = summary.day
        if summary.changed:
            parts = []
            if summary.queued:
                parts.append(self.tr("{n} pengingat baru").format(n=len(summary.queued)))
            if summary.forfeited:
                parts.append(self.tr("{n} pesanan batal otomatis").format(n=len(summary.forfeited)))
            self.statusBar().showMessage(
                self.tr("Aturan harian {day}: {what}. Lihat Agenda (Alt+3).").format(
                    day=summary.day.strftime("%d/%m"), what=", ".join(parts)
                ),
                15000,
            )
        self.agenda_page.reload()
        now = self.runner.now().astimezone()
        tomorrow = dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time(0, 0, 5), now.tzinfo)
        self.midnight.start(max(1000, int((tomorrow - now).total_seconds() * 1000)))
        self.auto_backup()

    # ---------------------------------------------------------------- backups
    def backup_settings(self):
        from tokodesk.ui.backup_dialog import BackupDialog

        if not self.can(Permission.BACKUP):
            return None
        dlg = BackupDialog(self.runner, self, backup_runner=self.backup_runner, stop=self.backup_stop)
        dlg.changed.connect(self.refresh_backup_status)
        dlg.restore_requested.connect(self.restore_backup)
        self._show_dialog(dlg)
        return dlg

    def refresh_backup_status(self) -> None:
        if self.runner.db is None:
            return
        now = self.runner.now()
        self.runner.read(
            lambda s: backup_service.status(s, now), on_done=self._show_backup_status, owner=self
        )

    def _show_backup_status(self, st) -> None:
        """The permanent status-bar line: the last good backup; red when the last one failed
        or none is recent; a hint where to set the folder when none is set."""
        label = self.backup_label
        last = format_datetime(st.last_good) if st.last_good else ""
        tip = ""
        if st.state == "failed":
            text = self.tr("Cadangan GAGAL {when}").format(when=format_datetime(st.last_error_at))
            if last:
                text += " · " + self.tr("terakhir berhasil: {last}").format(last=last)
            tip = st.last_error
            style = BACKUP_BAD
        elif st.state == "unset":
            text = (
                self.tr("Cadangan terakhir: {last}").format(last=last)
                if last
                else self.tr("Belum ada cadangan")
            )
            text += " · " + self.tr("atur folder di Pengaturan › Cadangan data…")
            style = BACKUP_HINT
        elif st.state == "never":
            text = self.tr("Belum ada cadangan")
            style = BACKUP_BAD
        elif st.state == "overdue":
            text = self.tr("Cadangan terakhir: {last} (terlambat)").format(last=last)
            style = BACKUP_BAD
        else:
            text = self.tr("Cadangan terakhir: {last}").format(last=last)
            style = ""
        if st.last_file and not tip:
            tip = st.last_file
        if self.backup_running:
            text = self.tr("Mencadangkan…") + " · " + text
        label.setText(text)
        label.setStyleSheet(style)
        label.setToolTip(tip)
        label.setProperty("state", st.state)

    def auto_backup(self) -> None:
        """The daily backup, when one is due, on the background runner (never the UI thread,
        never the database worker); the status line says the outcome."""
        db = self.runner.db
        if db is None or self.backup_running or self.backup_stop.is_set():
            return
        self.backup_running = True
        now, stop = self.runner.now(), self.backup_stop.is_set
        self.backup_runner.background(
            lambda: backup_service.daily_backup(db, now=now, stop=stop),
            on_done=self._auto_backup_done,
            on_error=self._auto_backup_failed,
            owner=self,
        )

    def _auto_backup_done(self, result) -> None:
        self.backup_running = False
        if result is not None:
            self.statusBar().showMessage(
                self.tr("Cadangan harian dibuat dan diperiksa: {name}").format(name=result.path.name), 8000
            )
        self.refresh_backup_status()

    def _auto_backup_failed(self, err: Exception) -> None:
        self.backup_running = False
        if not isinstance(err, backup_service.Stopped):
            self.statusBar().showMessage(
                self.tr("Cadangan harian GAGAL: {reason}").format(reason=i18n.error_text(err)), 30000
            )
        self.refresh_backup_status()

    def stop_backups(self) -> None:
        """The app is closing: a backup under way stops at its next step (nothing is left)."""
        self.backup_stop.set()
        self.backup_timer.stop()

    def restore_backup(self, path: str) -> None:
        """Restore ``path`` (the owner confirmed it in the backup screen): on the database
        worker, so nothing else touches the database meanwhile; open windows are closed, as
        their data may no longer exist.  Afterwards the database is opened again and
        everyone signs in again."""
        if not self.can(Permission.BACKUP) or self.runner.db is None:
            return
        db, actor, now = self.runner.db, self.runner.actor, self.runner.now()
        for dlg in list(self.dialogs):
            dlg.close()
        self.idle.stop()  # no lock (and its audit row) in the middle; everyone signs in afterwards
        self._set_db_ready(False)
        self.statusBar().showMessage(self.tr("Memulihkan data dari {name}…").format(name=Path(path).name))
        stop = self.backup_stop.is_set
        self.runner.background(
            lambda: backup_service.restore(db, path, actor=actor, now=now, stop=stop),
            on_done=lambda result: self._restored(db.url, result),
            on_error=self._restore_failed,
            owner=self,
        )

    def _restored(self, url: str, result) -> None:
        from tokodesk.services.database import open_database

        self.runner.actor = None  # the restored data has its own accounts: sign in again
        text = self.tr(
            "Data dipulihkan dari {file}.\nKeadaan sebelumnya dicadangkan ke {before}.\n\n"
            "Masuk lagi dengan PIN."
        ).format(file=result.restored_from, before=result.before.path)
        QMessageBox.information(self, self.tr("Pemulihan selesai"), text)
        self.runner.open(
            lambda: open_database(url), on_done=self.database_ready, on_error=self.show_error, owner=self
        )

    def _restore_failed(self, err: Exception) -> None:
        self._set_db_ready(True)
        if self.runner.actor is not None:
            self.idle.start()
        self.statusBar().showMessage(self.tr("Pemulihan dibatalkan; database tidak diubah."), 15000)
        self.show_error(err)
        self.refresh_backup_status()

    def _agenda_counted(self, n: int) -> None:
        self.nav.item(2).setText(
            self.tr("Agenda hari ini ({n})").format(n=n) if n else self.tr("Agenda hari ini")
        )

    def show_agenda(self) -> AgendaPage:
        self.nav.setCurrentRow(2)
        self.agenda_page.reload()
        self.agenda_page.table.setFocus()
        return self.agenda_page

    def queue_email(self, row, day: dt.date) -> None:
        """Queue the agenda row's message as an e-mail; the sender delivers it off the UI thread."""
        from tokodesk.services import mail, notify

        actor, now = self.runner.actor, self.runner.now()

        def job(s):
            msg = notify.compose(s, row.order_id, row.message, day)
            return mail.queue_mail(
                s,
                customer_id=msg.customer_id,
                order_id=msg.order_id,
                subject=msg.subject,
                body=msg.text,
                actor=actor,
                now=now,
                reminder_id=row.reminder_id,
            )

        self.runner.run(
            job,
            on_done=lambda _r: (
                self.statusBar().showMessage(
                    self.tr("E-mail untuk {code} diantrekan; dikirim di latar belakang.").format(
                        code=row.code
                    ),
                    8000,
                ),
                self.mail_sender.kick() if self.mail_sender is not None else None,
            ),
            on_error=self.show_error,
            owner=self,
        )

    def mail_report(self, report) -> None:
        """The background sender's result: sent mail is said briefly, a failure stays visible."""
        if report.errors:
            self.statusBar().showMessage(
                self.tr(
                    "E-mail belum terkirim: {reason} (dicoba lagi otomatis; lihat Pengaturan › E-mail)"
                ).format(reason=report.errors[-1]),
                30000,
            )
        elif report.sent:
            self.statusBar().showMessage(
                self.tr("{n} e-mail terkirim dan dicatat.").format(n=report.sent), 8000
            )

    def policy_settings(self):
        from tokodesk.ui.policy_dialog import PolicyDialog

        dlg = PolicyDialog(self.runner, self)
        dlg.saved.connect(
            lambda n: self.statusBar().showMessage(
                self.tr("Aturan disimpan; S&K versi {n} berlaku untuk pesanan baru.").format(n=n)
                if n
                else self.tr("Aturan disimpan."),
                8000,
            )
        )
        self._show_dialog(dlg)
        return dlg

    def template_settings(self):
        from tokodesk.ui.templates_dialog import TemplatesDialog

        dlg = TemplatesDialog(self.runner, self)
        self._show_dialog(dlg)
        return dlg

    def mail_settings(self):
        from tokodesk.ui.mail_dialog import MailSettingsDialog

        dlg = MailSettingsDialog(self.runner, self)
        self._show_dialog(dlg)
        return dlg

    def show_error(self, err: Exception) -> None:
        QMessageBox.warning(self, self.tr("TokoDesk"), i18n.error_text(err))

    # ---------------------------------------------------------------- actions
    def focus_search(self) -> None:
        page = self.stack.currentWidget()
        page.search.setFocus()
        page.search.selectAll()

    def show_orders(self, query: str = "") -> None:
        self.nav.setCurrentRow(0)
        self.orders_page.search.setText(query)
        self.orders_page.reload()

    def new_order(self, customer=None) -> NewOrderDialog:
        dlg = NewOrderDialog(self.runner, self, customer=customer if customer else None)
        dlg.created.connect(lambda oid, _code: self.open_order(oid))
        self._show_dialog(dlg)
        return dlg

    def new_customer(self) -> CustomerDialog:
        dlg = CustomerDialog(self.runner, self)
        self._show_dialog(dlg)
        return dlg

    def shop_settings(self) -> ShopDialog:
        dlg = ShopDialog(self.runner, self)
        dlg.saved.connect(
            lambda n: self.statusBar().showMessage(
                self.tr("Pengaturan disimpan; S&K versi {n} berlaku untuk pesanan baru.").format(n=n)
                if n
                else self.tr("Pengaturan disimpan."),
                8000,
            )
        )
        self._show_dialog(dlg)
        return dlg

    def verify_evidence(self) -> None:
        """Recompute every evidence chain (log, ledger, status history) and say the result."""
        from tokodesk.services.chain import CHAIN_NAMES, verify

        self.statusBar().showMessage(self.tr("Memeriksa segel…"))

        def show(reports) -> None:
            lines = []
            for r in reports:
                name = QCoreApplication.translate("labels", CHAIN_NAMES[r.chain])
                if r.problem is None:
                    lines.append(self.tr("{chain}: {n} entri, utuh").format(chain=name, n=r.length))
                else:
                    lines.append(
                        self.tr("{chain}: RUSAK — {problem}").format(
                            chain=name, problem=i18n.verdict_text(r.problem.template, r.problem.params)
                        )
                    )
            text = "\n".join(lines)
            self.statusBar().showMessage(text.replace("\n", " · "), 15000)
            if all(r.problem is None for r in reports):
                QMessageBox.information(self, self.tr("Segel bukti"), text)
            else:
                QMessageBox.warning(self, self.tr("Segel bukti"), text)

        self.runner.read(verify, on_done=show, owner=self)

    def open_scanned(self, payload: str) -> None:
        """A scanned QR: open its order, or say why not (not from this shop, or unknown); a
        QRIS payment code is explained (amount, merchant, the order it pays)."""
        if looks_like_qris(payload):
            self.runner.read(
                lambda s: qris_service.explain_scan(s, payload),
                on_done=self._payment_scanned,
                on_error=self._payment_unreadable,
                owner=self,
            )
            return
        self.runner.read(
            lambda s: document_service.resolve_scan(s, payload), on_done=self._scan_result, owner=self
        )

    def _payment_scanned(self, scan) -> None:
        code = scan.code
        lines = [
            self.tr("Ini kode pembayaran QRIS, bukan slip pesanan."),
            self.tr("Nominal: {amount}").format(amount=format_rupiah(code.amount))
            if code.amount
            else self.tr("Nominal: diisi sendiri oleh pembayar (QRIS statis)"),
            self.tr("Penerima: {name}, {city}").format(name=code.merchant_name, city=code.merchant_city)
            + (f" · NMID {code.merchant_id}" if code.merchant_id else ""),
        ]
        if code.bill_number:
            lines.append(self.tr("Untuk tagihan: {bill}").format(bill=code.bill_number))
        if not scan.ours:
            lines.append(
                self.tr("Bukan QRIS toko ini: uang yang dibayar lewat kode ini tidak masuk ke toko.")
            )
        box = QMessageBox(
            QMessageBox.Icon.Information, self.tr("Kode pembayaran QRIS"), "\n".join(lines), parent=self
        )
        box.setObjectName("qris_scan")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        open_button = None
        if scan.order_id is not None:
            open_button = box.addButton(
                self.tr("&Buka pesanan {code}").format(code=code.bill_number),
                QMessageBox.ButtonRole.AcceptRole,
            )
        box.addButton(self.tr("&Tutup"), QMessageBox.ButtonRole.RejectRole)
        order_id = scan.order_id
        box.buttonClicked.connect(lambda b: self.open_order(order_id) if b is open_button else None)
        self.statusBar().showMessage(" ".join(lines[:2]), 10000)
        self.qris_scan_box = box
        box.open()

    def _payment_unreadable(self, err: Exception) -> None:
        text = self.tr("Kode pembayaran QRIS ini tidak bisa dipakai: {reason}").format(
            reason=i18n.error_text(err)
        )
        self.statusBar().showMessage(text, 10000)
        QMessageBox.warning(self, self.tr("Kode pembayaran QRIS"), text)

    def _scan_result(self, outcome) -> None:
        if outcome is not None and outcome.order_id is not None:
            self.statusBar().showMessage(self.tr("Dipindai: {code}").format(code=outcome.code), 5000)
            self.open_order(outcome.order_id)
            return
        if outcome is None:
            text = self.tr("Yang dipindai bukan kode QR TokoDesk.")
        elif not outcome.genuine:
            text = self.tr(
                "Kode QR {code} tidak dikeluarkan toko ini (tanda ceknya tidak cocok). Slip ini palsu atau "
                "salah ketik; cari pesanan dengan kodenya bila perlu."
            ).format(code=outcome.code)
        else:
            text = self.tr("Slip sah, tetapi pesanan {code} tidak ada di database ini.").format(
                code=outcome.code
            )
        self.statusBar().showMessage(text, 10000)
        QMessageBox.warning(self, self.tr("Pindai QR"), text)

    def quick_log(self) -> QuickLogDialog | None:
        """Ctrl+L: the quick-log form for the customer (or order) in view — the selected
        customer, or the selected order's customer and order — else one that asks.  (In an
        order's window Ctrl+L is that window's own, for its order.)"""
        page = self.stack.currentWidget()
        if page is self.customers_page:
            row = self.customers_page.selected() if _has_selection(page.table) else None
            if row is not None:
                return self._open_quick_log(LogTarget(row.id, row.name, row.phone))
        elif page is self.orders_page and _has_selection(page.table):
            oid = self.orders_page.model.id_at(page.table.currentIndex().row())
            if oid is not None:
                self.runner.read(
                    lambda s: order_service.get_order(s, oid),
                    on_done=lambda v: self._open_quick_log(
                        LogTarget(v.customer_id, v.customer_name, v.customer_phone, v.id, v.code)
                    ),
                    on_error=self.show_error,
                    owner=self,
                )
                return None
        return self._open_quick_log(None)

    def _open_quick_log(self, target: LogTarget | None) -> QuickLogDialog:
        dlg = QuickLogDialog(self.runner, self, target=target)
        dlg.saved.connect(
            lambda eid: self.statusBar().showMessage(self.tr("Catatan #{id} disimpan.").format(id=eid), 6000)
        )
        self._show_dialog(dlg)
        return dlg

    def open_customer_log(self, row: customer_service.CustomerRow) -> CustomerLogDialog:
        dlg = CustomerLogDialog(self.runner, LogTarget(row.id, row.name, row.phone), self)
        self._show_dialog(dlg)
        return dlg

    def open_order(self, order_id: int) -> OrderDetailDialog:
        dlg = OrderDetailDialog(self.runner, order_id, self, printer_runner=self.printer_runner)
        self._show_dialog(dlg)
        return dlg

    def _show_dialog(self, dlg) -> None:
        """Open window-modal, keep a reference, and make it the active window so its
        shortcuts (Ctrl+S, F2) work at once."""
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # a day of scans must not pile up
        self.dialogs.append(dlg)
        dlg.open()
        dlg.activateWindow()
        dlg.finished.connect(lambda _r, d=dlg: self.dialogs.remove(d) if d in self.dialogs else None)
