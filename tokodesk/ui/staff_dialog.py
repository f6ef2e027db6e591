"""The owner's staff screen: the people who may sign in, their roles and single permissions,
a new PIN for a forgotten one, deactivation, the idle-lock time and the staff waive limit.

Every write goes through ``tokodesk.services.staff`` (which checks ``Permission.STAFF`` and
writes the audit row); a refusal is shown beside what was typed, which stays as it was.
No PIN or PIN hash is ever shown: PIN fields echo as dots and the list only says whether
an account has a PIN.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QRegularExpressionValidator
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
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from tokodesk.domain import access as rules
from tokodesk.domain.access import PERMISSION_LABELS, ROLE_LABELS, Permission, Role
from tokodesk.domain.dates import format_datetime
from tokodesk.domain.errors import QT_TRANSLATE_NOOP, InvalidInput, invalid
from tokodesk.services import settings
from tokodesk.services import staff as staff_service
from tokodesk.services.context import Actor, Changes
from tokodesk.ui import widgets
from tokodesk.ui.i18n import error_text, translate_label
from tokodesk.ui.signals import emit
from tokodesk.ui.widgets import HELP_STYLE, ErrorLabel, MoneyEdit

ID_ROLE = Qt.ItemDataRole.UserRole
OK_STYLE = "color: #1b5e20; font-weight: 600;"
INACTIVE = QColor("#90a4ae")

# the grants column of the list: a word or two for each permission
SHORT_LABELS: dict[Permission, str] = {
    Permission.SETTINGS: QT_TRANSLATE_NOOP("labels", "Pengaturan"),
    Permission.CUSTOMER_STANDING: QT_TRANSLATE_NOOP("labels", "Status pelanggan"),
    Permission.REVERSAL: QT_TRANSLATE_NOOP("labels", "Pembatalan & refund"),
    Permission.WAIVE_FEE: QT_TRANSLATE_NOOP("labels", "Bebas biaya simpan"),
    Permission.FORFEIT: QT_TRANSLATE_NOOP("labels", "DP hangus"),
    Permission.STAFF: QT_TRANSLATE_NOOP("labels", "Akun staf"),
    Permission.BACKUP: QT_TRANSLATE_NOOP("labels", "Cadangan"),
    Permission.REPORTS: QT_TRANSLATE_NOOP("labels", "Laporan"),
    Permission.AUDIT: QT_TRANSLATE_NOOP("labels", "Jejak audit"),
}


def role_label(role: str) -> str:
    try:
        return translate_label(ROLE_LABELS[Role(role)])
    except ValueError:
        return role


def pin_edit(name: str) -> QLineEdit:
    """A PIN field: dots, digits only, at most ``PIN_MAX`` of them."""
    e = QLineEdit()
    e.setObjectName(name)
    e.setEchoMode(QLineEdit.EchoMode.Password)
    e.setValidator(QRegularExpressionValidator(QRegularExpression(rf"\d{{0,{rules.PIN_MAX}}}"), e))
    e.setMaxLength(rules.PIN_MAX)
    return e


# --- the lock settings ------------------------------------------------------------------


@dataclass(frozen=True)
class LockSettings:
    idle_minutes: int
    waive_limit: int


def lock_settings(session: Session) -> LockSettings:
    return LockSettings(
        settings.get(session, "staff.idle_minutes"), settings.get(session, "staff.waive_limit")
    )


def save_lock_settings(
    session: Session, idle_minutes: int, waive_limit: int, *, actor: Actor, now: dt.datetime
) -> Changes:
    """Store what changed of the two (each service leaves alone what did not change)."""
    a = staff_service.set_idle_minutes(session, idle_minutes, actor=actor, now=now)
    b = staff_service.set_waive_limit(session, waive_limit, actor=actor, now=now)
    return Changes(settings=a.settings or b.settings)


# --- one person's form ------------------------------------------------------------------


class StaffForm(QDialog):
    """Add a person (name, role, PIN twice), change a name and role, or give a new PIN.

    Signals:
        saved(int): the account's id, after the service stored it.
    """

    saved = Signal(int)

    ADD, EDIT, PIN = "add", "edit", "pin"

    def __init__(
        self, runner, mode: str, row: staff_service.StaffRow | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.runner, self.mode, self.row = runner, mode, row
        titles = {
            self.ADD: self.tr("Tambah staf"),
            self.EDIT: self.tr("Ubah akun staf"),
            self.PIN: self.tr("Reset PIN"),
        }
        self.setWindowTitle(titles[mode])
        self.setMinimumWidth(420)

        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.name.setMaxLength(staff_service.NAME_MAX)
        self.role = QComboBox()
        self.role.setObjectName("role")
        for role in (Role.STAFF, Role.OWNER):
            self.role.addItem(role_label(role), str(role))
        self.pin = pin_edit("pin")
        self.pin2 = pin_edit("pin2")

        form = QFormLayout()
        intro = QLabel()
        intro.setObjectName("intro")
        intro.setWordWrap(True)
        intro.setStyleSheet(HELP_STYLE)
        if mode in (self.ADD, self.EDIT):
            form.addRow(self.tr("&Nama:"), self.name)
            form.addRow(self.tr("&Peran:"), self.role)
        if mode in (self.ADD, self.PIN):
            form.addRow(
                self.tr("P&IN ({lo}–{hi} angka):").format(lo=rules.PIN_MIN, hi=rules.PIN_MAX), self.pin
            )
            form.addRow(self.tr("&Ulangi PIN:"), self.pin2)
        if mode == self.ADD:
            intro.setText(
                self.tr(
                    "Setiap orang memakai PIN sendiri, berbeda dari PIN akun lain. Staf hanya bisa "
                    "melakukan pekerjaan konter; izin pemilik diberikan satu per satu di daftar staf."
                )
            )
        elif mode == self.EDIT:
            intro.setText(self.tr("Pemilik memiliki semua izin; staf hanya izin yang diberikan."))
        elif row is not None:
            text = self.tr("PIN baru untuk {name}. Sampaikan PIN ini hanya kepada orangnya.").format(
                name=row.name
            )
            if not row.active:
                text += " " + self.tr("Akun ini nonaktif; dengan PIN baru akun aktif kembali.")
            intro.setText(text)
        if row is not None:
            self.name.setText(row.name)
            self.role.setCurrentIndex(max(0, self.role.findData(row.role)))

        self.errors = ErrorLabel()
        self.errors.setObjectName("errors")
        buttons, self.save_button = widgets.save_cancel(
            self, self.tr("&Simpan (Enter)"), self.tr("Batal (Esc)"), self.save, enter_saves=True
        )

        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(self.errors)
        lay.addStretch(1)
        lay.addWidget(buttons)
        (self.pin if mode == self.PIN else self.name).setFocus()

    @property
    def fields(self) -> dict[str, QWidget]:
        return {"name": self.name, "role": self.role, "pin": self.pin, "pin2": self.pin2}

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        name, role, pin = self.name.text(), self.role.currentData(), self.pin.text()
        if self.mode != self.EDIT and pin != self.pin2.text() and rules.pin_problem(pin) is None:
            mismatch = QT_TRANSLATE_NOOP("errors", "Kedua PIN tidak sama; ketik ulang")
            widgets.show_errors(invalid("pin2", mismatch), self.errors, self.fields)
            self.pin2.selectAll()
            return
        actor, now = self.runner.actor, self.runner.now()
        staff_id = self.row.id if self.row is not None else None
        if self.mode == self.ADD:

            def job(s):
                new_id, _changes = staff_service.add_staff(
                    s, staff_service.StaffInput(name, pin, role), actor=actor, now=now
                )
                return new_id
        elif self.mode == self.EDIT:

            def job(s):
                staff_service.update_staff(s, staff_id, name=name, role=role, actor=actor, now=now)
                return staff_id
        else:

            def job(s):
                staff_service.reset_pin(s, staff_id, pin, actor=actor, now=now)
                return staff_id

        self.save_button.setEnabled(False)
        self.runner.run(job, on_done=self._saved, on_error=self._failed, owner=self)

    def _saved(self, staff_id: int) -> None:
        self.pin.clear()
        self.pin2.clear()
        self.save_button.setEnabled(True)
        emit(self.saved, staff_id)
        self.accept()

    def _failed(self, err: Exception) -> None:
        self.save_button.setEnabled(True)
        widgets.show_errors(err, self.errors, self.fields)
        if isinstance(err, InvalidInput):
            focused = self.focusWidget()
            if isinstance(focused, QLineEdit):
                focused.selectAll()


# --- the screen -------------------------------------------------------------------------


class StaffDialog(QDialog):
    """Signals:
    changed(): an account, a permission or a lock setting was saved.
    """

    changed = Signal()

    COLUMNS = 5

    def __init__(self, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.rows: list[staff_service.StaffRow] = []
        self.loaded_settings: LockSettings | None = None
        self.form: StaffForm | None = None
        self.setWindowTitle(self.tr("Staf & izin"))
        self.resize(1100, 640)

        # the list of people
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setObjectName("staff_table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Nama"), self.tr("Peran"), self.tr("Status"), self.tr("Terakhir masuk"), self.tr("Izin")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        for col, width in enumerate((150, 75, 125, 130)):
            self.table.setColumnWidth(col, width)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.activated.connect(lambda _i: self.edit_selected())
        list_label = QLabel(self.tr("&Daftar staf"))
        list_label.setBuddy(self.table)
        list_label.setStyleSheet("font-weight: 600;")

        self.add_button = QPushButton(self.tr("&Tambah staf…"))
        self.add_button.setObjectName("add_button")
        self.add_button.clicked.connect(self.add_staff)
        self.edit_button = QPushButton(self.tr("&Ubah…"))
        self.edit_button.setObjectName("edit_button")
        self.edit_button.clicked.connect(self.edit_selected)
        self.pin_button = QPushButton(self.tr("&Reset PIN…"))
        self.pin_button.setObjectName("pin_button")
        self.pin_button.clicked.connect(self.reset_pin_selected)
        self.deactivate_button = QPushButton(self.tr("&Nonaktifkan"))
        self.deactivate_button.setObjectName("deactivate_button")
        self.deactivate_button.clicked.connect(self.deactivate_selected)
        actions = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.pin_button, self.deactivate_button):
            actions.addWidget(b)
        actions.addStretch(1)

        left = QVBoxLayout()
        left.addWidget(list_label)
        left.addWidget(self.table, 1)
        left.addLayout(actions)

        # the selected person's permissions
        self.grants_box = QGroupBox(self.tr("Izin pemilik untuk staf ini"))
        self.grants_box.setObjectName("grants_box")
        self.grants_who = QLabel()
        self.grants_who.setObjectName("grants_who")
        self.grants_who.setWordWrap(True)
        self.grants_who.setStyleSheet("font-weight: 600;")
        self.checks: dict[Permission, QCheckBox] = {}
        grants_lay = QVBoxLayout(self.grants_box)
        grants_lay.addWidget(self.grants_who)
        for p in Permission:
            # "S&K" in a label is text, not an accelerator
            box = QCheckBox(translate_label(PERMISSION_LABELS[p]).replace("&", "&&"))
            box.setObjectName(f"grant_{p}")
            box.toggled.connect(self._grants_edited)
            self.checks[p] = box
            grants_lay.addWidget(box)
        self.grants_note = QLabel()
        self.grants_note.setObjectName("grants_note")
        self.grants_note.setWordWrap(True)
        self.grants_note.setStyleSheet(HELP_STYLE)
        self.grants_button = QPushButton(self.tr("Simpan &izin"))
        self.grants_button.setObjectName("grants_button")
        self.grants_button.clicked.connect(self.save_grants)
        grants_lay.addWidget(self.grants_note)
        grants_lay.addStretch(1)
        grants_lay.addWidget(self.grants_button, 0, Qt.AlignmentFlag.AlignRight)
        self.grants_box.setMinimumWidth(380)

        top = QHBoxLayout()
        top.addLayout(left, 1)
        top.addWidget(self.grants_box)

        # the idle lock and the waive limit
        self.idle = QSpinBox()
        self.idle.setObjectName("idle_minutes")
        self.idle.setRange(rules.IDLE_MIN_MINUTES, rules.IDLE_MAX_MINUTES)
        self.idle.setValue(rules.IDLE_DEFAULT_MINUTES)
        self.idle.setSuffix(self.tr(" menit"))
        self.waive = MoneyEdit("waive_limit")
        self.waive.setObjectName("waive_limit")
        for w in (self.idle, self.waive):
            w.setFixedWidth(150)
        self.settings_button = QPushButton(self.tr("Simpan &pengaturan"))
        self.settings_button.setObjectName("settings_button")
        self.settings_button.setEnabled(False)  # until the stored values are shown
        self.settings_button.clicked.connect(self.save_settings)
        settings_box = QGroupBox(self.tr("Kunci layar && batas staf"))
        grid = QGridLayout(settings_box)
        grid.setHorizontalSpacing(12)
        rows = [
            (
                self.tr("&Kunci layar setelah"),
                self.idle,
                self.tr("tanpa aktivitas; setelah itu orang yang bekerja harus memasukkan PIN lagi."),
            ),
            (
                self.tr("&Batas bebas biaya simpan"),
                self.waive,
                self.tr("Staf boleh membebaskan biaya simpan sampai jumlah ini; di atasnya perlu pemilik."),
            ),
        ]
        widgets.help_rows(grid, rows)
        grid.addWidget(self.settings_button, 0, 3, 2, 1, Qt.AlignmentFlag.AlignBottom)

        self.errors = ErrorLabel()
        self.errors.setObjectName("errors")
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setStyleSheet(OK_STYLE)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close_button = close.button(QDialogButtonBox.StandardButton.Close)
        close_button.setText(self.tr("Tutup (Esc)"))
        close.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(close)

        lay = QVBoxLayout(self)
        lay.addLayout(top, 1)
        lay.addWidget(settings_box)
        lay.addWidget(self.errors)
        lay.addLayout(bottom)
        for b in self.findChildren(QPushButton):
            b.setAutoDefault(False)  # Enter in the list opens "Ubah", never a button by surprise

        self._selection_changed()
        self.refresh()
        self.runner.read(lock_settings, on_done=self._show_settings, owner=self)
        self.table.setFocus()

    # ---------------------------------------------------------------- the list
    def refresh(self, select_id: int | None = None) -> None:
        keep = select_id if select_id is not None else self.selected_id()
        self.runner.read(
            staff_service.list_staff, on_done=lambda rows: self._show_staff(rows, keep), owner=self
        )

    def _show_staff(self, rows: list[staff_service.StaffRow], select_id: int | None) -> None:
        now = self.runner.now()
        self.rows = rows
        self.table.blockSignals(True)
        self.table.clearSelection()
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            cells = (
                row.name,
                role_label(row.role),
                self._status_text(row, now),
                self._last_text(row),
                self._grants_text(row),
            )
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, row.id)
                item.setToolTip(text)
                if not row.active:
                    item.setForeground(QBrush(INACTIVE))
                self.table.setItem(r, c, item)
        self.table.blockSignals(False)
        target = next((i for i, row in enumerate(rows) if row.id == select_id), 0 if rows else None)
        if target is not None:
            self.table.selectRow(target)
        self._selection_changed()

    def _status_text(self, row: staff_service.StaffRow, now: dt.datetime) -> str:
        if not row.active:
            return self.tr("nonaktif")
        if not row.has_pin:
            return self.tr("aktif, belum ada PIN")
        if row.locked_until is not None and row.locked_until > now:
            return self.tr("aktif, menunggu s.d. {at}").format(at=format_datetime(row.locked_until))
        return self.tr("aktif")

    def _last_text(self, row: staff_service.StaffRow) -> str:
        return format_datetime(row.last_sign_in) if row.last_sign_in else self.tr("belum pernah")

    def _grants_text(self, row: staff_service.StaffRow) -> str:
        if row.role == Role.OWNER:
            return self.tr("semua izin")
        if not row.grants:
            return "—"
        return ", ".join(translate_label(SHORT_LABELS[p]) for p in Permission if p in row.grants)

    def selected_id(self) -> int | None:
        row = self.selected_row()
        return row.id if row is not None else None

    def selected_row(self) -> staff_service.StaffRow | None:
        picked = self.table.selectionModel().selectedRows()
        if not picked or picked[0].row() >= len(self.rows):
            return None
        return self.rows[picked[0].row()]

    def select_staff(self, staff_id: int) -> None:
        for i, row in enumerate(self.rows):
            if row.id == staff_id:
                self.table.selectRow(i)
                return

    def _selection_changed(self) -> None:
        row = self.selected_row()
        self.edit_button.setEnabled(row is not None)
        self.pin_button.setEnabled(row is not None)
        self.deactivate_button.setEnabled(row is not None and row.active)
        self._show_grants(row)

    # ---------------------------------------------------------------- permissions
    def _show_grants(self, row: staff_service.StaffRow | None) -> None:
        staff = row is not None and row.role == Role.STAFF
        for p, box in self.checks.items():
            box.blockSignals(True)
            box.setChecked(row is not None and (row.role == Role.OWNER or p in row.grants))
            box.setEnabled(staff)
            box.blockSignals(False)
        if row is None:
            self.grants_who.setText(self.tr("Pilih satu orang di daftar."))
            self.grants_note.setText("")
        elif row.role == Role.OWNER:
            self.grants_who.setText(row.name)
            self.grants_note.setText(self.tr("Pemilik memiliki semua izin"))
        else:
            self.grants_who.setText(row.name)
            self.grants_note.setText(
                self.tr("Tanpa centang, staf hanya melakukan pekerjaan konter. Centang lalu simpan.")
            )
        self._grants_edited()

    def checked_grants(self) -> set[Permission]:
        return {p for p, box in self.checks.items() if box.isChecked()}

    def _grants_edited(self, _checked: bool = False) -> None:
        row = self.selected_row()
        dirty = row is not None and row.role == Role.STAFF and self.checked_grants() != set(row.grants)
        self.grants_button.setEnabled(dirty)

    def save_grants(self) -> None:
        row = self.selected_row()
        if row is None or not self.grants_button.isEnabled():
            return
        grants = self.checked_grants()
        actor, now = self.runner.actor, self.runner.now()
        self._clear_messages()
        self.grants_button.setEnabled(False)
        self.runner.run(
            lambda s: staff_service.set_grants(s, row.id, grants, actor=actor, now=now),
            on_done=lambda _c: self._written(row.id, self.tr("Izin {name} disimpan.").format(name=row.name)),
            on_error=self._grants_failed,
            owner=self,
        )

    def _grants_failed(self, err: Exception) -> None:
        self.errors.show_message(error_text(err))
        self._grants_edited()  # the ticks stay as the owner left them

    # ---------------------------------------------------------------- accounts
    def _open_form(self, mode: str, row: staff_service.StaffRow | None = None) -> None:
        self._clear_messages()
        self.form = StaffForm(self.runner, mode, row, self)
        self.form.saved.connect(lambda staff_id: self._written(staff_id, self._saved_text(mode)))
        self.form.open()

    def _saved_text(self, mode: str) -> str:
        return {
            StaffForm.ADD: self.tr("Staf ditambahkan."),
            StaffForm.EDIT: self.tr("Akun disimpan."),
            StaffForm.PIN: self.tr("PIN baru disimpan."),
        }[mode]

    def add_staff(self) -> None:
        self._open_form(StaffForm.ADD)

    def edit_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self._open_form(StaffForm.EDIT, row)

    def reset_pin_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self._open_form(StaffForm.PIN, row)

    def deactivate_selected(self) -> None:
        row = self.selected_row()
        if row is None or not row.active:
            return
        self._clear_messages()
        if not widgets.confirm(
            self,
            self.tr("Nonaktifkan akun"),
            self.tr(
                "Nonaktifkan akun {name}? Ia tidak bisa masuk lagi. Semua catatannya tetap ada; "
                "untuk mengaktifkan kembali, beri PIN baru (Reset PIN)."
            ).format(name=row.name),
            self.tr("Nonaktifkan"),
            self.tr("Batal"),
        ):
            return
        actor, now = self.runner.actor, self.runner.now()
        self.runner.run(
            lambda s: staff_service.update_staff(s, row.id, active=False, actor=actor, now=now),
            on_done=lambda _c: self._written(
                row.id, self.tr("Akun {name} dinonaktifkan.").format(name=row.name)
            ),
            on_error=lambda err: self.errors.show_message(error_text(err)),
            owner=self,
        )

    # ---------------------------------------------------------------- lock settings
    def _show_settings(self, values: LockSettings) -> None:
        self.loaded_settings = values
        self.idle.setValue(values.idle_minutes)
        self.waive.set_value(values.waive_limit)
        self.settings_button.setEnabled(True)

    def save_settings(self) -> None:
        if not self.settings_button.isEnabled():
            return
        self._clear_messages()
        fields = {"idle": self.idle, "waive_limit": self.waive}
        try:
            waive = self.waive.value()
        except InvalidInput as e:
            widgets.show_errors(e, self.errors, fields)
            return
        idle = self.idle.value()
        actor, now = self.runner.actor, self.runner.now()
        self.settings_button.setEnabled(False)

        def failed(err: Exception) -> None:
            self.settings_button.setEnabled(True)
            widgets.show_errors(err, self.errors, fields)

        self.runner.run(
            lambda s: save_lock_settings(s, idle, waive, actor=actor, now=now),
            on_done=self._settings_saved,
            on_error=failed,
            owner=self,
        )

    def _settings_saved(self, _changes) -> None:
        for w in (self.idle, self.waive):
            widgets.mark_invalid(w, False)
        self.status.setText(self.tr("Pengaturan kunci layar disimpan."))
        emit(self.changed)
        self.runner.read(lock_settings, on_done=self._show_settings, owner=self)

    # ---------------------------------------------------------------- after a write
    def _clear_messages(self) -> None:
        self.errors.show_message("")
        self.status.setText("")

    def _written(self, staff_id: int, message: str) -> None:
        self.errors.show_message("")
        self.status.setText(message)
        emit(self.changed)
        self.refresh(staff_id)
