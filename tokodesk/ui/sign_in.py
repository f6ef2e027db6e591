"""Signing in, locking and the first owner account.

``LockScreen`` is one window for three moments: the first start (make the owner account),
the start of every session (choose your name, type your PIN) and the lock after an idle
time or F12.  It is an application-modal window laid over the main window, so whatever
was open underneath — a half-typed order, a payment dialog — stays exactly as it was and
is there again after signing back in.  Other open windows are made transparent while the
screen is locked (hiding a dialog could end it).

``IdleWatcher`` sees every key press and mouse action of the application (a USB scanner
types like a keyboard, so it counts too) and says when the owner's idle time has passed.
"""

from __future__ import annotations

import datetime as dt

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRegularExpression, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tokodesk.domain.access import ROLE_LABELS, Role
from tokodesk.domain.errors import QT_TRANSLATE_NOOP, InvalidInput, invalid
from tokodesk.services import staff as staff_service
from tokodesk.ui.i18n import error_text, translate_label
from tokodesk.ui.signals import emit
from tokodesk.ui.widgets import ErrorLabel, save_cancel, show_errors


def _can_fade() -> bool:
    """Can this platform make a window transparent?  (Offscreen and Wayland cannot.)"""
    return QGuiApplication.platformName() in {"windows", "xcb", "cocoa"}


_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class IdleWatcher(QObject):
    """Emits ``idle`` after ``minutes`` without a key press or mouse action anywhere in
    the application.  ``start``/``stop`` arm and disarm it (it is off while locked)."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None, minutes: int = 5) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self.set_minutes(minutes)
        QApplication.instance().installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        self.set_timeout_ms(minutes * 60_000)

    def set_timeout_ms(self, ms: int) -> None:
        self.timer.setInterval(ms)
        if self.timer.isActive():
            self.timer.start()

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def eventFilter(self, obj, event) -> bool:
        if event.type() in _ACTIVITY and self.timer.isActive():
            self.timer.start()  # restart: the counter is in use
        return False


def _pin_edit(parent: QWidget, name: str) -> QLineEdit:
    e = QLineEdit(parent)
    e.setObjectName(name)
    e.setEchoMode(QLineEdit.EchoMode.Password)
    e.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,8}"), e))
    e.setMaxLength(8)
    e.setPlaceholderText("••••")
    e.setStyleSheet("font-size: 22px; letter-spacing: 6px; padding: 6px;")
    return e


class SignInPanel(QWidget):
    """Choose your name (↑/↓ from the PIN field, or the list) and type your PIN; Enter."""

    signed_in = Signal(object)  # Actor

    def __init__(self, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.wait_until: dict[int, dt.datetime] = {}
        self.people = QListWidget(self)
        self.people.setObjectName("people")
        self.people.setStyleSheet("QListWidget { font-size: 16px; } QListWidget::item { padding: 8px; }")
        self.people.currentRowChanged.connect(lambda _r: self._person_changed())
        self.people.itemActivated.connect(lambda _i: self.pin.setFocus())
        self.pin = _pin_edit(self, "pin")
        self.pin.returnPressed.connect(self.submit)
        self.pin.installEventFilter(self)
        self.button = QPushButton(self.tr("&Masuk"), self)
        self.button.clicked.connect(self.submit)
        self.error = ErrorLabel(self)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")
        form = QFormLayout()
        form.addRow(self.tr("&PIN:"), self.pin)
        lay = QVBoxLayout(self)
        who = QLabel(self.tr("&Siapa yang bertugas?"), self)
        who.setBuddy(self.people)
        lay.addWidget(who)
        lay.addWidget(self.people, 1)
        lay.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(self.error, 1)
        row.addWidget(self.button)
        lay.addLayout(row)
        lay.addWidget(self.hint)
        self.countdown = QTimer(self)
        self.countdown.setInterval(1000)
        self.countdown.timeout.connect(self._tick)

    def set_people(self, rows: list[staff_service.StaffRow], preselect: int | None = None) -> None:
        self.people.clear()
        for r in rows:
            role = translate_label(ROLE_LABELS[Role(r.role)])
            item = QListWidgetItem(f"{r.name}  ·  {role}")
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            self.people.addItem(item)
            if r.locked_until is not None:
                self.wait_until[r.id] = r.locked_until
        ids = [r.id for r in rows]
        self.people.setCurrentRow(ids.index(preselect) if preselect in ids else 0)
        self.pin.clear()
        self.pin.setFocus()

    def staff_id(self) -> int | None:
        item = self.people.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def eventFilter(self, obj, event) -> bool:
        arrows = (Qt.Key.Key_Up, Qt.Key.Key_Down)
        if obj is self.pin and event.type() == QEvent.Type.KeyPress and event.key() in arrows:
            step = -1 if event.key() == Qt.Key.Key_Up else 1
            row = min(max(self.people.currentRow() + step, 0), self.people.count() - 1)
            self.people.setCurrentRow(row)
            return True
        return super().eventFilter(obj, event)

    def _person_changed(self) -> None:
        self.pin.clear()
        self.error.show_message("")
        self._tick()

    def _remaining(self) -> int:
        until = self.wait_until.get(self.staff_id() or -1)
        if until is None:
            return 0
        return max(0, int((until - self.runner.now()).total_seconds() + 0.999))

    def _tick(self) -> None:
        """Keep the waiting account's PIN field closed and say how long is left."""
        left = self._remaining()
        waiting = left > 0
        self.pin.setEnabled(not waiting)
        self.button.setEnabled(not waiting)
        if waiting:
            self.error.show_message(
                self.tr("Terlalu banyak PIN salah. Tunggu {n} detik lalu coba lagi.").format(n=left)
            )
            if not self.countdown.isActive():
                self.countdown.start()
        else:
            self.countdown.stop()
            if self.error.text().startswith(self.tr("Terlalu banyak PIN salah")):
                self.error.show_message("")
            self.pin.setFocus()

    def submit(self) -> None:
        sid, pin = self.staff_id(), self.pin.text()
        if sid is None or not self.pin.isEnabled():
            return
        if not pin:
            self.error.show_message(self.tr("Ketik PIN Anda."))
            return
        now = self.runner.now()
        self.button.setEnabled(False)
        self.runner.run(
            lambda s: staff_service.sign_in(s, sid, pin, now=now),
            on_done=lambda result: self._answered(sid, result),
            on_error=self._failed,
            owner=self,
        )

    def _answered(self, sid: int, result: staff_service.SignIn) -> None:
        self.button.setEnabled(True)
        self.pin.clear()
        if result.ok:
            self.wait_until.pop(sid, None)
            self.error.show_message("")
            emit(self.signed_in, result.actor)
            return
        if result.wait_until is not None:
            self.wait_until[sid] = result.wait_until
            self._tick()
        else:
            self.error.show_message(
                self.tr("PIN salah. Sisa {n} kali sebelum harus menunggu.").format(n=result.tries_left)
            )
            self.pin.setFocus()

    def _failed(self, err: Exception) -> None:
        self.button.setEnabled(True)
        self.pin.clear()
        self.error.show_message(error_text(err))


class OwnerSetupPanel(QWidget):
    """The first start: the owner's name and PIN, before anything else."""

    signed_in = Signal(object)

    def __init__(self, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        intro = QLabel(
            self.tr(
                "Selamat datang di TokoDesk. Buat dulu akun pemilik toko: nama dan PIN 4–8 angka. "
                "Dengan akun ini pemilik menambah staf, mengatur kebijakan, dan melihat siapa "
                "mengerjakan apa."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.name = QLineEdit(self)
        self.name.setObjectName("owner_name")
        self.name.setMaxLength(staff_service.NAME_MAX)
        self.pin = _pin_edit(self, "owner_pin")
        self.pin2 = _pin_edit(self, "owner_pin2")
        self.pin2.returnPressed.connect(self.submit)
        self.button = QPushButton(self.tr("&Buat akun pemilik"), self)
        self.button.clicked.connect(self.submit)
        self.error = ErrorLabel(self)
        form = QFormLayout()
        form.addRow(self.tr("&Nama pemilik:"), self.name)
        form.addRow(self.tr("&PIN (4–8 angka):"), self.pin)
        form.addRow(self.tr("&Ulangi PIN:"), self.pin2)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(self.button, 0, Qt.AlignmentFlag.AlignRight)
        lay.addStretch(1)

    def submit(self) -> None:
        name, pin = self.name.text(), self.pin.text()
        fields = {"name": self.name, "pin": self.pin, "pin2": self.pin2}
        if pin != self.pin2.text():
            mismatch = QT_TRANSLATE_NOOP("errors", "Kedua PIN tidak sama; ketik ulang")
            show_errors(invalid("pin2", mismatch), self.error, fields)
            self.pin2.clear()
            self.pin2.setFocus()
            return
        now = self.runner.now()
        self.button.setEnabled(False)

        def failed(err: Exception) -> None:
            self.button.setEnabled(True)
            if isinstance(err, InvalidInput):
                show_errors(err, self.error, fields)
            else:
                self.error.show_message(error_text(err))

        self.runner.run(
            lambda s: staff_service.setup_owner(s, name, pin, now=now),
            on_done=self._done,
            on_error=failed,
            owner=self,
        )

    def _done(self, actor) -> None:
        self.button.setEnabled(True)
        self.pin.clear()
        self.pin2.clear()
        emit(self.signed_in, actor)


class LockScreen(QWidget):
    """The sign-in window laid over the main window (see the module docstring)."""

    signed_in = Signal(object)

    def __init__(self, runner, window: QWidget) -> None:
        super().__init__(window, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("lock_screen")
        self.runner = runner
        self.window_ = window
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowTitle(self.tr("TokoDesk — masuk"))
        self.setStyleSheet("#lock_screen { background: #eef2f5; } #card { background: white; }")
        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 20px; font-weight: bold;")
        self.reason = QLabel(self)
        self.reason.setWordWrap(True)
        self.sign_in = SignInPanel(runner, self)
        self.setup = OwnerSetupPanel(runner, self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.sign_in)
        self.pages.addWidget(self.setup)
        card = QWidget(self)
        card.setObjectName("card")
        card.setFixedWidth(460)
        inner = QVBoxLayout(card)
        inner.addWidget(self.title)
        inner.addWidget(self.reason)
        inner.addWidget(self.pages, 1)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        col = QVBoxLayout()
        col.addStretch(1)
        col.addWidget(card, 4)
        col.addStretch(1)
        outer.addLayout(col)
        outer.addStretch(1)
        self.sign_in.signed_in.connect(self.signed_in)
        self.setup.signed_in.connect(self.signed_in)
        self.covered: list[QWidget] = []

    def begin(self, *, reason: str, preselect: int | None = None, hint: str = "") -> None:
        """Cover the app and ask who is there."""
        self.title.setText(self.tr("TokoDesk"))
        self.reason.setText(reason)
        self.sign_in.hint.setText(hint)
        self.setGeometry(self.window_.frameGeometry())
        self._cover_other_windows()
        self.show()
        self.activateWindow()

        def shown(result) -> None:
            needs_owner, rows = result
            if needs_owner or not rows:
                self.pages.setCurrentWidget(self.setup)
                self.setup.name.setFocus()
            else:
                self.pages.setCurrentWidget(self.sign_in)
                self.sign_in.set_people(rows, preselect)

        self.runner.read(
            lambda s: (staff_service.needs_owner(s), staff_service.sign_in_choices(s)),
            on_done=shown,
            on_error=lambda e: self.reason.setText(error_text(e)),
            owner=self,
        )

    def end(self) -> None:
        for w in self.covered:
            if shiboken6.isValid(w) and _can_fade():
                w.setWindowOpacity(1.0)
        self.covered = []
        self.hide()

    def _cover_other_windows(self) -> None:
        """Make the other open windows (dialogs over the main window) invisible without
        closing them: what was typed in them waits there.  (Where the platform cannot make a
        window transparent, they stay behind the lock, which still takes every key.)"""
        for w in QApplication.topLevelWidgets():
            if w is self or w is self.window_ or not w.isVisible() or w in self.covered:
                continue
            if _can_fade():
                w.setWindowOpacity(0.0)
            self.covered.append(w)


class ChangePinDialog(QDialog):
    """Anyone changes their own PIN by giving the current one (Ctrl+S saves)."""

    def __init__(self, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.setWindowTitle(self.tr("Ganti PIN saya"))
        self.old = _pin_edit(self, "old_pin")
        self.new = _pin_edit(self, "new_pin")
        self.new2 = _pin_edit(self, "new_pin2")
        self.error = ErrorLabel(self)
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Akun: {name}").format(name=runner.actor.name), self))
        form.addRow(self.tr("PIN &lama:"), self.old)
        form.addRow(self.tr("PIN &baru:"), self.new)
        form.addRow(self.tr("&Ulangi PIN baru:"), self.new2)
        form.addRow(self.error)
        buttons, _save = save_cancel(
            self, self.tr("&Simpan (Ctrl+S)"), self.tr("Batal"), self.save, enter_saves=True
        )
        form.addRow(buttons)

    def save(self) -> None:
        fields = {"old_pin": self.old, "new_pin": self.new, "new_pin2": self.new2}
        if self.new.text() != self.new2.text():
            mismatch = QT_TRANSLATE_NOOP("errors", "Kedua PIN tidak sama; ketik ulang")
            show_errors(invalid("new_pin2", mismatch), self.error, fields)
            return
        actor, old, new, now = self.runner.actor, self.old.text(), self.new.text(), self.runner.now()
        self.runner.run(
            lambda s: staff_service.change_own_pin(s, actor, old, new, now=now),
            on_done=lambda _c: self.accept(),
            on_error=lambda e: show_errors(e, self.error, fields),
            owner=self,
        )
