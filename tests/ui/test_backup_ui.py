"""Backups in the GUI: the owner sets the folder and backs up by keyboard, the list shows each
backup's check, the status line names the last good backup and turns red when the last one
failed, a staff member never sees the screen, a restore from the screen backs up first and
opens the restored database, and the automatic backup runs off the UI thread."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from tests import factories as f
from tests.ui.conftest import UI_NOW
from tokodesk.db.models import Order
from tokodesk.domain.dates import format_datetime
from tokodesk.services import backup, settings, staff
from tokodesk.ui.backup_dialog import BackupDialog
from tokodesk.ui.main_window import MainWindow
from tokodesk.ui.runner import Runner

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def usb(tmp_path) -> Path:
    folder = tmp_path / "FLASHDISK"
    folder.mkdir()
    return folder


def open_backup_screen(qtbot, window) -> BackupDialog:
    assert window.backup_action.isVisible() and window.backup_action.isEnabled()
    window.backup_action.trigger()
    dlg = next(d for d in window.dialogs if isinstance(d, BackupDialog))
    qtbot.waitExposed(dlg)
    dlg.activateWindow()
    qtbot.waitUntil(dlg.isActiveWindow, timeout=2000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dlg.folder, timeout=2000)
    return dlg


def orders(db) -> int:
    return db.read(lambda s: s.scalar(select(func.count(Order.id))))


def set_folder(db, folder: Path) -> None:
    db.write(lambda s: settings.put(s, "backup.folder", str(folder)))


def test_the_owner_sets_the_folder_and_backs_up_by_keyboard(qtbot, window, db, usb):
    db.write(lambda s: f.order(s, db.actor, UI_NOW))
    dlg = open_backup_screen(qtbot, window)
    assert dlg.table.rowCount() == 0 and "Pilih folder" in dlg.list_info.text()

    qtbot.keyClicks(dlg.folder, str(usb))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_B, CTRL)

    (made,) = backup.list_backups(usb)
    assert made.kind == "manual"
    assert db.read(lambda s: settings.get(s, "backup.folder")) == str(usb)
    assert "Cadangan dibuat dan diperiksa" in dlg.result_label.text()
    assert made.path.name in dlg.result_label.text() and "1 pesanan" in dlg.result_label.text()
    assert dlg.table.rowCount() == 1
    assert dlg.table.item(0, 1).text() == "manual"
    assert dlg.table.item(0, 3).text().startswith("utuh · 1 pesanan")
    # the main window's status line names it, in the shop's format
    label = window.backup_label
    assert label.text() == f"Cadangan terakhir: {format_datetime(UI_NOW)}"
    assert label.property("state") == "ok" and "c62828" not in label.styleSheet()


def test_the_rotation_numbers_are_saved_with_ctrl_s(qtbot, window, db, usb):
    dlg = open_backup_screen(qtbot, window)
    qtbot.keyClicks(dlg.folder, str(usb))
    qtbot.keyClick(dlg.folder, Qt.Key.Key_H, ALT)  # "Simpan &harian"
    assert QApplication.focusWidget() in (dlg.keep_daily, dlg.keep_daily.lineEdit())
    dlg.keep_daily.lineEdit().selectAll()
    qtbot.keyClicks(QApplication.focusWidget(), "14")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, CTRL)
    stored = db.read(backup.read_settings)
    assert (stored.folder, stored.keep_daily, stored.keep_weekly, stored.keep_monthly) == (
        str(usb),
        14,
        4,
        12,
    )
    assert "disimpan" in dlg.result_label.text()


def test_a_missing_folder_is_shown_beside_the_field(qtbot, window, db, tmp_path):
    dlg = open_backup_screen(qtbot, window)
    qtbot.keyClicks(dlg.folder, str(tmp_path / "tidak-ada"))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_B, CTRL)
    assert "tidak ditemukan" in dlg.settings_errors.text()
    assert db.read(lambda s: settings.get(s, "backup.folder")) == ""


def test_the_status_line_turns_red_when_the_last_backup_failed(qtbot, window, db, usb):
    label = window.backup_label
    assert label.property("state") == "unset" and "Pengaturan › Cadangan data" in label.text()
    set_folder(db, usb)
    window.refresh_backup_status()
    assert label.property("state") == "never" and "c62828" in label.styleSheet()

    window.auto_backup()  # the daily backup, as after the daily rules
    assert label.property("state") == "ok" and label.text() == f"Cadangan terakhir: {format_datetime(UI_NOW)}"
    assert [b.kind for b in backup.list_backups(usb)] == ["daily"]

    shutil.rmtree(usb)  # the flashdisk is pulled out; the next day's backup fails
    next_day = UI_NOW.replace(day=UI_NOW.day + 1)
    window.runner.clock = lambda: next_day
    window.auto_backup()

    assert label.property("state") == "failed"
    assert "c62828" in label.styleSheet()
    assert label.text().startswith(f"Cadangan GAGAL {format_datetime(next_day)}")
    assert f"terakhir berhasil: {format_datetime(UI_NOW)}" in label.text()
    assert "flashdisk belum terpasang" in label.toolTip()
    assert "Cadangan harian GAGAL" in window.statusBar().currentMessage()


def test_a_staff_member_does_not_see_the_backup_screen(qtbot, window, db):
    new_id, _ = db.write(
        lambda s: staff.add_staff(s, staff.StaffInput("Dewi", "2580"), actor=db.actor, now=UI_NOW)
    )
    dewi = db.read(lambda s: staff.get_actor(s, new_id))
    window._signed_in(dewi)
    assert not window.backup_action.isVisible()
    assert not window.backup_action.isEnabled()
    assert window.backup_settings() is None
    assert not any(isinstance(d, BackupDialog) for d in window.dialogs)
    window._signed_in(db.actor)  # the owner again
    assert window.backup_action.isVisible()


def test_restore_from_the_screen_backs_up_first_and_reopens(qtbot, window, db, usb, message_boxes):
    set_folder(db, usb)
    db.write(lambda s: f.order(s, db.actor, UI_NOW))
    dlg = open_backup_screen(qtbot, window)
    qtbot.keyClick(dlg.folder, Qt.Key.Key_B, CTRL)
    (made,) = backup.list_backups(usb)
    db.write(lambda s: f.order(s, db.actor, UI_NOW))  # after the backup
    assert orders(db) == 2

    dlg.table.setFocus()
    dlg.table.selectRow(0)
    assert dlg.restore_button.isEnabled()
    qtbot.keyClick(dlg.table, Qt.Key.Key_P, ALT)  # "&Pulihkan…"
    qtbot.waitUntil(lambda: len(message_boxes) == 2, timeout=5000)  # the button clicks a moment later

    try:
        (kind, question), (info_kind, info) = message_boxes
        assert kind == "confirm" and "keadaan data sekarang dicadangkan dulu" in question
        assert str(usb) in question
        assert info_kind == "information" and made.path.name in info
        restored = window.runner.db
        assert restored is not db
        assert orders(restored) == 1
        before = next(b for b in backup.list_backups(usb) if b.kind == "restore")
        assert before.path.name in info
        assert backup.verify_backup(before.path).count("orders") == 2
        # everyone signs in again; the restored data's own accounts decide
        assert window.runner.actor is None
        assert window.lock_screen.isVisible()
    finally:
        window.runner.db.close()


def test_the_automatic_backup_runs_off_the_ui_thread(qtbot, runner, db, usb, monkeypatch):
    set_folder(db, usb)
    started, release = threading.Event(), threading.Event()
    threads: list[threading.Thread] = []
    real = backup.make_backup

    def slow(*args, **kwargs):
        threads.append(threading.current_thread())
        started.set()
        assert release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(backup, "make_backup", slow)
    background = Runner()
    background.clock = lambda: UI_NOW
    try:
        window = MainWindow(runner, backup_runner=background)
        qtbot.addWidget(window)
        window.show()
        window.database_ready(db)  # the daily rules run, then the backup is started
        assert started.wait(10)
        assert threads[0] is not threading.main_thread()
        assert window.backup_running and window.backup_label.text().startswith("Mencadangkan…")
        # the UI thread is free meanwhile: the counter still reads and writes
        window.runner.run(lambda s: f.order(s, db.actor, UI_NOW))
        assert orders(db) == 1
        release.set()
        qtbot.waitUntil(lambda: window.backup_label.property("state") == "ok", timeout=10_000)
        assert not window.backup_running
        assert [b.kind for b in backup.list_backups(usb)] == ["daily"]
    finally:
        release.set()
        window.stop_backups()
        background.shutdown()
