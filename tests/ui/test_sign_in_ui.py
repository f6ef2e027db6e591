"""Signing in by keyboard, the first owner account, the idle lock over a half-typed form,
and the wait after wrong PINs — on the real main window."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from tests.ui.conftest import UI_NOW
from tokodesk.db.models import AuditEvent
from tokodesk.services import staff
from tokodesk.ui.main_window import MainWindow


@pytest.fixture
def people(db):
    def setup(s):
        owner = staff.setup_owner(s, "Bu Rina", "1234", now=UI_NOW)
        staff.add_staff(s, staff.StaffInput("Dewi", "2580"), actor=owner, now=UI_NOW)
        return owner

    return db.write(setup)


def open_signed_out(qtbot, runner, db) -> MainWindow:
    runner.actor = None  # nobody at the counter yet
    w = MainWindow(runner)
    qtbot.addWidget(w)
    w.show()
    w.database_ready(db)
    qtbot.waitExposed(w)
    return w


def type_pin(qtbot, w: MainWindow, pin: str) -> None:
    qtbot.keyClicks(w.lock_screen.sign_in.pin, pin)
    qtbot.keyClick(w.lock_screen.sign_in.pin, Qt.Key.Key_Return)


def audit_actions(db) -> list[str]:
    return db.read(lambda s: list(s.scalars(select(AuditEvent.action).order_by(AuditEvent.id))))


def test_first_start_asks_for_the_owner_account_before_anything(qtbot, runner, db):
    w = open_signed_out(qtbot, runner, db)
    screen = w.lock_screen
    assert screen.isVisible() and screen.pages.currentWidget() is screen.setup
    assert runner.actor is None
    qtbot.keyClicks(screen.setup.name, "Bu Rina")
    qtbot.keyClick(screen.setup.name, Qt.Key.Key_Tab)
    qtbot.keyClicks(screen.setup.pin, "12")
    qtbot.keyClicks(screen.setup.pin2, "12")
    qtbot.keyClick(screen.setup.pin2, Qt.Key.Key_Return)
    assert "PIN terlalu pendek: minimal 4 angka" in screen.setup.error.text()
    assert screen.isVisible()
    screen.setup.pin.clear()
    screen.setup.pin2.clear()
    qtbot.keyClicks(screen.setup.pin, "1234")
    qtbot.keyClicks(screen.setup.pin2, "4321")
    qtbot.keyClick(screen.setup.pin2, Qt.Key.Key_Return)
    assert "Kedua PIN tidak sama" in screen.setup.error.text()
    qtbot.keyClicks(screen.setup.pin2, "1234")
    qtbot.keyClick(screen.setup.pin2, Qt.Key.Key_Return)
    assert not screen.isVisible()
    assert runner.actor.name == "Bu Rina" and runner.actor.role == "owner"
    assert w.user_label.text() == "Masuk: Bu Rina (Pemilik)"
    assert "staff.owner_setup" in audit_actions(db)


def test_sign_in_by_keyboard_and_the_menus_follow_the_person(qtbot, runner, db, people):
    w = open_signed_out(qtbot, runner, db)
    panel = w.lock_screen.sign_in
    assert w.lock_screen.pages.currentWidget() is panel
    assert [panel.people.item(i).text() for i in range(panel.people.count())] == [
        "Bu Rina  ·  Pemilik",
        "Dewi  ·  Staf",
    ]
    qtbot.waitUntil(panel.pin.hasFocus, timeout=2000)
    qtbot.keyClick(panel.pin, Qt.Key.Key_Down)  # choose Dewi without leaving the PIN field
    type_pin(qtbot, w, "2580")
    assert not w.lock_screen.isVisible()
    assert runner.actor.name == "Dewi"
    assert w.user_label.text() == "Masuk: Dewi (Staf)"
    assert not w.policy_action.isEnabled() and not w.shop_action.isEnabled()
    assert not w.staff_action.isVisible() and not w.audit_action.isVisible()
    # F12: lock and switch to the owner
    qtbot.waitUntil(w.isActiveWindow, timeout=2000)  # signing in gave the window back
    qtbot.keyClick(w, Qt.Key.Key_F12)
    assert w.lock_screen.isVisible()
    assert panel.staff_id() == runner.actor.staff_id  # the one who locked is preselected
    qtbot.keyClick(panel.pin, Qt.Key.Key_Up)
    type_pin(qtbot, w, "1234")
    assert runner.actor.name == "Bu Rina"
    assert w.policy_action.isEnabled() and w.staff_action.isVisible() and w.audit_action.isVisible()
    assert audit_actions(db)[-3:] == ["signin.ok", "signin.lock", "signin.ok"]


def test_idle_lock_keeps_the_half_typed_order(qtbot, runner, db, people):
    w = open_signed_out(qtbot, runner, db)
    qtbot.keyClick(w.lock_screen.sign_in.pin, Qt.Key.Key_Down)
    type_pin(qtbot, w, "2580")
    w.idle.set_timeout_ms(300)  # the owner's minutes, shortened for the test
    w.idle.start()
    dlg = w.new_order()
    qtbot.keyClicks(dlg.item_name, "Kaos sablon 12 lusin")
    qtbot.waitUntil(lambda: w.lock_screen.isVisible(), timeout=3000)
    assert dlg.isVisible() and dlg in w.lock_screen.covered  # hidden from view, not closed
    assert dlg.item_name.text() == "Kaos sablon 12 lusin"
    assert "tidak ada kegiatan" in w.lock_screen.reason.text()
    type_pin(qtbot, w, "2580")
    assert not w.lock_screen.isVisible()
    assert dlg.isVisible() and not w.lock_screen.covered
    assert dlg.item_name.text() == "Kaos sablon 12 lusin"
    assert dlg in w.dialogs
    assert "signin.lock" in audit_actions(db)


def test_typing_keeps_the_screen_unlocked(qtbot, runner, db, people):
    w = open_signed_out(qtbot, runner, db)
    type_pin(qtbot, w, "1234")
    w.idle.set_timeout_ms(400)
    w.idle.start()
    for _ in range(6):  # a scanner or a typist: activity every 150 ms
        qtbot.keyClicks(w.orders_page.search, "a")
        qtbot.wait(150)
    assert not w.lock_screen.isVisible()


def test_five_wrong_pins_make_the_account_wait(qtbot, runner, db, people):
    w = open_signed_out(qtbot, runner, db)
    panel = w.lock_screen.sign_in
    type_pin(qtbot, w, "9999")
    assert panel.error.text() == "PIN salah. Sisa 4 kali sebelum harus menunggu."
    for _ in range(4):
        type_pin(qtbot, w, "9999")
    assert panel.error.text() == "Terlalu banyak PIN salah. Tunggu 30 detik lalu coba lagi."
    assert not panel.pin.isEnabled() and not panel.button.isEnabled()
    # another person may still sign in meanwhile
    panel.people.setCurrentRow(1)
    assert panel.pin.isEnabled()
    panel.people.setCurrentRow(0)
    assert not panel.pin.isEnabled()
    runner.clock = lambda: UI_NOW + dt.timedelta(seconds=31)  # the wait is over
    qtbot.waitUntil(lambda: panel.pin.isEnabled(), timeout=3000)
    type_pin(qtbot, w, "1234")
    assert runner.actor is not None and runner.actor.name == "Bu Rina"


def test_the_owners_screens_open_from_the_account_menu_and_link_to_records(qtbot, runner, db, people):
    from tests import factories as f
    from tokodesk.ui.audit_view import AuditDialog
    from tokodesk.ui.staff_dialog import StaffDialog

    code, oid = db.write(lambda s: f.order(s, people, UI_NOW))
    w = open_signed_out(qtbot, runner, db)
    type_pin(qtbot, w, "1234")
    assert isinstance(w.staff_settings(), StaffDialog)
    trail = w.show_audit()
    assert isinstance(trail, AuditDialog)
    opened = []
    trail.open_order = opened.append  # what the main window passed: open_order
    qtbot.waitUntil(lambda: trail.row_at(0) is not None, timeout=3000)  # rows load as shown
    rows = [trail.row_at(i) for i in range(trail.model.rowCount())]
    order_row = next(i for i, r in enumerate(rows) if r is not None and r.target_label == code)
    trail.table.setCurrentIndex(trail.model.index(order_row, 0))
    qtbot.keyClick(trail.table, Qt.Key.Key_Return)
    assert opened == [oid]
    # a staff member does not get them, even by calling the slots
    w.lock()
    qtbot.keyClick(w.lock_screen.sign_in.pin, Qt.Key.Key_Down)
    type_pin(qtbot, w, "2580")
    assert w.staff_settings() is None and w.show_audit() is None
