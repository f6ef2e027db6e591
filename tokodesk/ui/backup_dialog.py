"""The owner's backup screen: the backup folder (a USB drive or a synced folder) and how many
backups to keep, "Cadangkan sekarang", the backups in the folder with their check, and
restoring one (after a confirmation that says the current state is backed up first).

Backing up and checking run on the background runner (``backup_runner``), never on the UI
thread nor on the database worker; the list is checked file by file, newest first, and the
checks stop when the screen closes.  Restoring is the main window's work (it closes the
database, swaps the file and opens it again): the screen only asks and emits
``restore_requested``.

Signals:
    changed(): the settings were saved or a backup was made (the status line reads again).
    restore_requested(str): the owner confirmed restoring this file.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tokodesk.domain.dates import format_datetime
from tokodesk.services import backup
from tokodesk.services import settings as settings_service
from tokodesk.ui import widgets
from tokodesk.ui.i18n import error_text, translate_label
from tokodesk.ui.signals import emit
from tokodesk.ui.widgets import HELP_STYLE, ErrorLabel

OK_STYLE = "color: #1b5e20; font-weight: 600;"
BAD_STYLE = "color: #c62828; font-weight: 600;"
WARN_STYLE = "color: #e65100; font-weight: 600;"
BAD = QColor("#c62828")
GOOD = QColor("#1b5e20")
PATH_ROLE = Qt.ItemDataRole.UserRole


def size_text(size: int) -> str:
    """``1,7 MB`` (decimal comma); small files in KB."""
    if size < 1_000_000:
        return f"{max(size, 1) / 1000:.0f} KB"
    return f"{size / 1_000_000:.1f} MB".replace(".", ",")


def seconds_text(seconds: float) -> str:
    return f"{seconds:.1f}".replace(".", ",")


class BackupDialog(QDialog):
    changed = Signal()
    restore_requested = Signal(str)

    def __init__(self, runner, parent: QWidget | None = None, *, backup_runner=None, stop=None) -> None:
        """``backup_runner`` runs the backups and checks (the app's background runner; the
        database runner when None, as in tests); ``stop`` is the app's stop event."""
        super().__init__(parent)
        self.runner = runner
        self.backup_runner = backup_runner or runner
        self.app_stop = stop
        self._closed = threading.Event()  # the list's checks end when the screen closes
        self.loaded: backup.BackupSettings | None = None
        self.status: backup.BackupStatus | None = None
        self.backing_up = False
        self.verdicts: dict[str, backup.Verdict] = {}
        self._checking = False  # a file of the list is being checked
        self._listing = 0  # the newest listing asked for (an older answer is dropped)
        self.setWindowTitle(self.tr("Cadangan data"))
        self.resize(980, 760)

        intro = QLabel(
            self.tr(
                "Seluruh data toko (pesanan, pembayaran, catatan komunikasi dan lampirannya) disalin ke "
                "folder cadangan setiap hari selagi aplikasi berjalan, lalu diperiksa. Pilih flashdisk "
                "atau folder yang disinkronkan (Google Drive, OneDrive), bukan disk komputer ini saja."
            )
        )
        intro.setWordWrap(True)
        intro.setStyleSheet(HELP_STYLE)

        self.folder = QLineEdit()
        self.folder.setObjectName("folder")
        self.folder.setPlaceholderText(self.tr("contoh E:\\Cadangan TokoDesk"))
        self.browse_button = QPushButton(self.tr("Pilih f&older…"))
        self.browse_button.setObjectName("browse_button")
        self.browse_button.setAutoDefault(False)
        self.browse_button.clicked.connect(self.browse)
        folder_row = QWidget()
        folder_row.setFocusProxy(self.folder)  # the label's accelerator lands in the field
        fr = QHBoxLayout(folder_row)
        fr.setContentsMargins(0, 0, 0, 0)
        fr.addWidget(self.folder, 1)
        fr.addWidget(self.browse_button)
        folder_row.setMinimumWidth(420)

        self.keep_daily = self._spin("keep_daily", "backup.keep_daily", self.tr(" hari"))
        self.keep_weekly = self._spin("keep_weekly", "backup.keep_weekly", self.tr(" minggu"))
        self.keep_monthly = self._spin("keep_monthly", "backup.keep_monthly", self.tr(" bulan"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        widgets.help_rows(
            grid,
            [
                (
                    self.tr("&Folder cadangan"),
                    folder_row,
                    self.tr("Cadangan otomatis dibuat sekali sehari ke sini."),
                ),
                (
                    self.tr("Simpan &harian"),
                    self.keep_daily,
                    self.tr("Cadangan terbaru setiap hari, untuk sekian hari terakhir."),
                ),
                (
                    self.tr("Simpan &mingguan"),
                    self.keep_weekly,
                    self.tr("Ditambah cadangan terbaru setiap minggu, untuk sekian minggu."),
                ),
                (
                    self.tr("Simpan &bulanan"),
                    self.keep_monthly,
                    self.tr(
                        "Ditambah cadangan terbaru setiap bulan. Cadangan lain dihapus otomatis; "
                        "cadangan sebelum pembaruan dan sebelum pemulihan tidak pernah dihapus."
                    ),
                ),
            ],
        )
        self.settings_errors = ErrorLabel()
        self.settings_errors.setObjectName("settings_errors")

        self.status_label = QLabel()
        self.status_label.setObjectName("status_label")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.backup_button = QPushButton(self.tr("Cadangkan &sekarang (Ctrl+B)"))
        self.backup_button.setObjectName("backup_button")
        self.backup_button.setAutoDefault(False)
        self.backup_button.clicked.connect(self.back_up_now)
        QShortcut(QKeySequence("Ctrl+B"), self, self.back_up_now)
        self.result_label = QLabel()
        self.result_label.setObjectName("result_label")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        now_row = QHBoxLayout()
        now_row.addWidget(self.backup_button, 0, Qt.AlignmentFlag.AlignTop)
        now_row.addWidget(self.result_label, 1)

        self.table = QTableWidget(0, 4)
        self.table.setObjectName("backups")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Waktu"), self.tr("Jenis"), self.tr("Ukuran"), self.tr("Pemeriksaan")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        for col, width in enumerate((150, 140, 80)):
            self.table.setColumnWidth(col, width)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemActivated.connect(lambda _i: self.restore_selected())
        list_label = QLabel(self.tr("Cadangan di folder &ini"))
        list_label.setBuddy(self.table)
        self.list_info = QLabel()
        self.list_info.setObjectName("list_info")
        self.list_info.setStyleSheet(HELP_STYLE)

        self.restore_button = QPushButton(self.tr("&Pulihkan…"))
        self.restore_button.setObjectName("restore_button")
        self.restore_button.setAutoDefault(False)
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_other_button = QPushButton(self.tr("Pulihkan dari berkas &lain…"))
        self.restore_other_button.setObjectName("restore_other_button")
        self.restore_other_button.setAutoDefault(False)
        self.restore_other_button.clicked.connect(self.restore_other)
        restore_row = QHBoxLayout()
        restore_row.addWidget(self.list_info, 1)
        restore_row.addWidget(self.restore_button)
        restore_row.addWidget(self.restore_other_button)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("save_button")
        self.save_button.setText(self.tr("Simpan (Ctrl+S)"))
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Tutup (Esc)"))
        for b in (self.save_button, close):
            b.setAutoDefault(False)
        self.save_button.clicked.connect(lambda: self.save())
        close.clicked.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+S"), self, lambda: self.save())
        self.save_button.setEnabled(False)  # until the settings in force are shown

        settings_box = QGroupBox(self.tr("Tempat dan rotasi"))
        sb = QVBoxLayout(settings_box)
        sb.addWidget(intro)
        sb.addLayout(grid)
        sb.addWidget(self.settings_errors)
        now_box = QGroupBox(self.tr("Cadangan"))
        nb = QVBoxLayout(now_box)
        nb.addWidget(self.status_label)
        nb.addLayout(now_row)
        nb.addWidget(list_label)
        nb.addWidget(self.table, 1)
        nb.addLayout(restore_row)

        lay = QVBoxLayout(self)
        lay.addWidget(settings_box)
        lay.addWidget(now_box, 1)
        lay.addWidget(buttons)

        self.finished.connect(lambda _r: self._closed.set())
        now = self.runner.now()
        self.runner.read(
            lambda s: (backup.read_settings(s), backup.status(s, now)),
            on_done=self._show,
            on_error=lambda e: self.settings_errors.show_message(error_text(e)),
            owner=self,
        )

    def _spin(self, name: str, key: str, suffix: str) -> QSpinBox:
        decl = settings_service.DECLARED[key]
        w = QSpinBox()
        w.setObjectName(name)
        w.setRange(decl.minimum, decl.maximum)
        w.setValue(decl.default)
        w.setSuffix(suffix)
        w.setFixedWidth(120)
        return w

    @property
    def fields(self) -> dict[str, QWidget]:
        return {
            "folder": self.folder,
            "keep_daily": self.keep_daily,
            "keep_weekly": self.keep_weekly,
            "keep_monthly": self.keep_monthly,
        }

    # ---------------------------------------------------------------- the settings
    def _show(self, loaded) -> None:
        config, st = loaded
        self.loaded = config
        self.folder.setText(config.folder)
        self.keep_daily.setValue(config.keep_daily)
        self.keep_weekly.setValue(config.keep_weekly)
        self.keep_monthly.setValue(config.keep_monthly)
        self.save_button.setEnabled(True)
        self._show_status(st)
        self.reload_list()
        self.folder.setFocus()
        self.folder.selectAll()

    def form(self) -> backup.BackupSettings:
        return backup.BackupSettings(
            folder=self.folder.text().strip(),
            keep_daily=self.keep_daily.value(),
            keep_weekly=self.keep_weekly.value(),
            keep_monthly=self.keep_monthly.value(),
        )

    def browse(self) -> None:
        start = self.folder.text().strip() or str(Path.home())
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Pilih folder cadangan"), start)
        if chosen:
            self.folder.setText(str(Path(chosen)))
            self.folder.setFocus()

    def save(self, then=None) -> None:
        """Store the settings (only when they changed), then run ``then``."""
        if self.loaded is None:
            return
        data = self.form()
        if data == self.loaded:
            self._clear_errors()
            if then is not None:
                then()
            return
        actor, now = self.runner.actor, self.runner.now()

        def saved(_changes) -> None:
            self.loaded = data
            self._clear_errors()
            emit(self.changed)
            self.reload_list()
            if then is not None:
                then()
            else:
                self._say(self.tr("Pengaturan cadangan disimpan."), OK_STYLE)

        self.runner.run(
            lambda s: backup.save_settings(s, data, actor=actor, now=now),
            on_done=saved,
            on_error=lambda e: widgets.show_errors(e, self.settings_errors, self.fields),
            owner=self,
        )

    def _clear_errors(self) -> None:
        self.settings_errors.show_message("")
        for w in self.fields.values():
            widgets.mark_invalid(w, False)

    # ---------------------------------------------------------------- status and backing up
    def refresh_status(self) -> None:
        now = self.runner.now()
        self.runner.read(lambda s: backup.status(s, now), on_done=self._show_status, owner=self)

    def _show_status(self, st: backup.BackupStatus) -> None:
        self.status = st
        if st.postgres:
            self.restore_button.setEnabled(False)
            self.restore_other_button.setEnabled(False)
        last = format_datetime(st.last_good) if st.last_good else self.tr("belum pernah")
        if st.state == "failed":
            text = self.tr("Cadangan terakhir GAGAL ({when}): {reason}\nTerakhir berhasil: {last}").format(
                when=format_datetime(st.last_error_at), reason=st.last_error, last=last
            )
            style = BAD_STYLE
        elif st.state == "unset":
            text = self.tr(
                "Belum ada folder cadangan: pilih folder di atas, lalu Simpan atau Cadangkan sekarang."
            )
            style = WARN_STYLE
        elif st.state in ("never", "overdue"):
            text = self.tr("Cadangan terakhir: {last} — sudah lebih dari sehari.").format(last=last)
            style = BAD_STYLE
        else:
            text = self.tr("Cadangan terakhir: {last} · {file}").format(
                last=last, file=Path(st.last_file).name if st.last_file else ""
            )
            style = OK_STYLE
        self.status_label.setText(text)
        self.status_label.setStyleSheet(style)

    def _say(self, text: str, style: str) -> None:
        self.result_label.setText(text)
        self.result_label.setStyleSheet(style)

    def back_up_now(self) -> None:
        """Save the settings if they changed, then back up into the folder (off the UI
        thread); the result and the list follow."""
        if self.backing_up or self.loaded is None:
            return
        self.save(then=self._start_backup)

    def _start_backup(self) -> None:
        db = self.runner.db
        if db is None:
            return
        self.backing_up = True
        self.backup_button.setEnabled(False)
        self._say(self.tr("Mencadangkan dan memeriksa…"), "")
        actor, now, stop = self.runner.actor, self.runner.now(), self._stopping
        self.backup_runner.background(
            lambda: backup.backup_now(db, actor=actor, now=now, kind=backup.MANUAL, stop=stop),
            on_done=self._backed_up,
            on_error=self._backup_failed,
            owner=self,
        )

    def _stopping(self) -> bool:
        return self.app_stop is not None and self.app_stop.is_set()

    def _backed_up(self, result: backup.BackupResult) -> None:
        self.backing_up = False
        self.backup_button.setEnabled(True)
        v = result.verdict
        text = self.tr(
            "Cadangan dibuat dan diperiksa: {name} ({size}, {seconds} detik). Utuh: {orders} pesanan, "
            "{entries} entri pembayaran, {logs} catatan, {files} lampiran."
        ).format(
            name=result.path.name,
            size=size_text(result.size),
            seconds=seconds_text(result.seconds),
            orders=v.count("orders"),
            entries=v.count("ledger_entries"),
            logs=v.count("log_entries"),
            files=v.count("attachments"),
        )
        if result.removed:
            text += " " + self.tr("{n} cadangan lama dihapus menurut rotasi.").format(n=len(result.removed))
        self.verdicts[str(result.path)] = v
        self._say(text, OK_STYLE)
        emit(self.changed)
        self.refresh_status()
        self.reload_list()

    def _backup_failed(self, err: Exception) -> None:
        self.backing_up = False
        self.backup_button.setEnabled(True)
        self._say(
            self.tr("Cadangan GAGAL: {reason}\nData di komputer ini tidak berubah.").format(
                reason=error_text(err)
            ),
            BAD_STYLE,
        )
        emit(self.changed)
        self.refresh_status()

    # ---------------------------------------------------------------- the list
    def reload_list(self) -> None:
        """List the folder off the UI thread (a USB drive may take a while to wake up)."""
        folder = self.loaded.folder if self.loaded is not None else ""
        self._listing += 1
        ticket = self._listing
        if not folder:
            self._fill_list(folder, [])
            return
        self.list_info.setText(self.tr("Membaca folder…"))
        self.backup_runner.background(
            lambda: backup.list_backups(folder),
            on_done=lambda rows: self._fill_list(folder, rows) if ticket == self._listing else None,
            owner=self,
        )

    def _fill_list(self, folder: str, rows: list[backup.BackupInfo]) -> None:
        self.table.setRowCount(len(rows))
        for r, b in enumerate(rows):
            cells = [
                format_datetime(b.at),
                translate_label(backup.KIND_LABELS[b.kind]),
                size_text(b.size),
                "",
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(PATH_ROLE, str(b.path))
                if c == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
            self._show_verdict(r, self.verdicts.get(str(b.path)))
        if not folder:
            self.list_info.setText(self.tr("Pilih folder cadangan dulu."))
        elif not rows:
            self.list_info.setText(self.tr("Belum ada cadangan di folder ini."))
        else:
            self.list_info.setText(
                self.tr("{n} cadangan · Enter atau Pulihkan… untuk memulihkan").format(n=len(rows))
            )
        self._selection_changed()
        self._check_next()

    def _row_of(self, path: str) -> int | None:
        for r in range(self.table.rowCount()):
            if self.table.item(r, 0).data(PATH_ROLE) == path:
                return r
        return None

    def _show_verdict(self, row: int, v: backup.Verdict | None) -> None:
        item = self.table.item(row, 3)
        if v is None:
            item.setText(self.tr("memeriksa…"))
            item.setForeground(QBrush())
            return
        if v.ok:
            text = self.tr("utuh · {orders} pesanan, {entries} pembayaran, {logs} catatan").format(
                orders=v.count("orders"), entries=v.count("ledger_entries"), logs=v.count("log_entries")
            )
            if v.older_version:
                text += self.tr(" (versi lama)")
            if not v.counts:  # a pg_dump archive: its table of contents was read
                text = self.tr("utuh (arsip pg_dump)")
            item.setForeground(QBrush(GOOD))
        else:
            text = self.tr("RUSAK: {problem}").format(problem=v.problem)
            item.setForeground(QBrush(BAD))
        item.setText(text)
        item.setToolTip(text)

    def _check_next(self) -> None:
        """Check the newest file not checked yet (one job at a time on the background runner)."""
        if self._closed.is_set() or self._checking:
            return
        for r in range(self.table.rowCount()):
            path = self.table.item(r, 0).data(PATH_ROLE)
            if path not in self.verdicts:
                break
        else:
            return
        self._checking = True
        closed = self._closed

        def job():
            return None if closed.is_set() else backup.verify_backup(path)

        def done(v) -> None:
            self._checking = False
            if v is None:
                return
            self.verdicts[path] = v
            row = self._row_of(path)
            if row is not None:
                self._show_verdict(row, v)
                self._selection_changed()
            self._check_next()

        def failed(err: Exception) -> None:
            self._checking = False
            self.verdicts[path] = backup.Verdict(Path(path), error_text(err))
            row = self._row_of(path)
            if row is not None:
                self._show_verdict(row, self.verdicts[path])
            self._check_next()

        self.backup_runner.background(job, on_done=done, on_error=failed, owner=self)

    def selected_path(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.table.item(rows[0].row(), 0).data(PATH_ROLE)

    def _selection_changed(self) -> None:
        path = self.selected_path()
        v = self.verdicts.get(path) if path else None
        postgres = self.status is not None and self.status.postgres
        self.restore_button.setEnabled(bool(v is not None and v.ok and not postgres))

    # ---------------------------------------------------------------- restoring
    def restore_selected(self) -> None:
        path = self.selected_path()
        v = self.verdicts.get(path) if path else None
        if path is None or v is None or not v.ok or (self.status is not None and self.status.postgres):
            return
        self._confirm_restore(path)

    def restore_other(self) -> None:
        if self.status is not None and self.status.postgres:
            return
        start = (self.loaded.folder if self.loaded else "") or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Pilih berkas cadangan"),
            start,
            self.tr("Cadangan TokoDesk (*.sqlite3 *.bak);;Semua berkas (*)"),
        )
        if path:
            self._confirm_restore(path)

    def _confirm_restore(self, path: str) -> None:
        parsed = backup.parse_name(Path(path))
        when = format_datetime(parsed[0]) if parsed else Path(path).name
        folder = (self.loaded.folder if self.loaded else "") or self.tr("folder database")
        text = self.tr(
            "Pulihkan data dari cadangan {when}?\n\n"
            "Sebelum database diganti, keadaan data sekarang dicadangkan dulu ke {folder}. "
            "Semua yang dicatat sesudah {when} tidak ada lagi di database (tetap tersimpan di cadangan "
            "keadaan sekarang itu).\n\nSesudah pemulihan, semua orang masuk lagi dengan PIN."
        ).format(when=when, folder=folder)
        if widgets.confirm(
            self, self.tr("Pulihkan data"), text, self.tr("Ya, cadangkan lalu pulihkan"), self.tr("Batal")
        ):
            emit(self.restore_requested, path)
            self.accept()
