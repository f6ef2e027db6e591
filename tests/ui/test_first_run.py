"""The first start of a new shop, by keyboard: the owner account, then the set-up wizard
(shop profile, deposit and pickup rules, T&C, printer, backup folder) saved in one go; a
refused answer sends the owner back to its page with nothing saved; «Atur nanti» skips it;
a shop that is set up (or has orders, or is the demo) never sees it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests import factories as f
from tokodesk.services import first_run, settings
from tokodesk.services.demo import fill_demo
from tokodesk.ui.setup_wizard import SetupWizard

from .conftest import UI_NOW
from .test_sign_in_ui import open_signed_out


def new_shop(db) -> None:
    db.write(lambda s: settings.put(s, "setup.done", False))  # as a brand-new database


def make_owner(qtbot, w) -> SetupWizard:
    setup = w.lock_screen.setup
    qtbot.keyClicks(setup.name, "Bu Rina")
    qtbot.keyClicks(setup.pin, "1234")
    qtbot.keyClicks(setup.pin2, "1234")
    qtbot.keyClick(setup.pin2, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: getattr(w, "setup_wizard", None) is not None, timeout=2000)
    wizard = w.setup_wizard
    qtbot.waitUntil(wizard.isActiveWindow, timeout=2000)
    return wizard


def stored(db, *keys):
    with db.sessions() as s:
        return [settings.get(s, k) for k in keys]


def test_a_new_shop_is_set_up_by_keyboard(qtbot, runner, db, tmp_path):
    new_shop(db)
    w = open_signed_out(qtbot, runner, db)
    wizard = make_owner(qtbot, w)
    assert wizard.currentId() == 0
    qtbot.waitUntil(wizard.name.hasFocus, timeout=2000)
    wizard.name.clear()
    qtbot.keyClicks(wizard.name, "Toko Kue Mawar")
    qtbot.keyClicks(wizard.whatsapp, "0812-3456-7890")
    wizard.next()
    assert "Gratis penyimpanan" in wizard.example.text()  # the rule in the nota's own words
    wizard.deposit_min.setValue(40)
    wizard.deposit_suggested.setValue(60)
    wizard.grace.setValue(3)
    wizard.fee.setText("10.000")
    QApplication.processEvents()
    assert "Rp10.000" in wizard.example.text()
    wizard.next()
    assert "SYARAT DAN KETENTUAN" in wizard.terms.toPlainText()
    wizard.next()
    wizard.paper.setCurrentIndex(wizard.paper.findData("58mm"))
    wizard.next()
    wizard.folder.setText(str(tmp_path))
    wizard.accept()
    assert not wizard.isVisible()
    assert stored(
        db,
        "shop.name",
        "shop.whatsapp",
        "deposit.min_percent",
        "deposit.suggested_percent",
        "pickup.grace_days",
        "pickup.storage_fee_per_day",
        "document.paper",
        "backup.folder",
        "setup.done",
    ) == ["Toko Kue Mawar", "0812-3456-7890", 40, 60, 3, 10_000, "58mm", str(tmp_path), True]
    with db.sessions() as s:
        assert not first_run.needs_setup(s)


def test_a_refused_answer_goes_back_to_its_page_and_nothing_is_saved(qtbot, runner, db, tmp_path):
    new_shop(db)
    w = open_signed_out(qtbot, runner, db)
    wizard = make_owner(qtbot, w)
    wizard.next()
    wizard.deposit_min.setValue(50)
    wizard.deposit_suggested.setValue(30)  # below the minimum
    for _ in range(3):
        wizard.next()
    wizard.folder.setText(str(tmp_path / "tidak-ada"))  # a folder that does not exist
    wizard.accept()
    assert wizard.isVisible() and wizard.currentId() == 1
    assert "di bawah DP minimal" in wizard.currentPage().subTitle()
    qtbot.waitUntil(wizard.deposit_suggested.hasFocus, timeout=2000)
    assert stored(db, "deposit.min_percent", "setup.done", "backup.folder") == [30, False, ""]


def test_set_up_later(qtbot, runner, db):
    new_shop(db)
    w = open_signed_out(qtbot, runner, db)
    wizard = make_owner(qtbot, w)
    wizard.skip()  # «Atur nanti»
    assert not wizard.isVisible()
    assert stored(db, "setup.done", "shop.name") == [True, "Toko Saya"]


def test_a_shop_with_orders_or_the_demo_is_never_asked(qtbot, runner, db, tmp_path):
    new_shop(db)
    db.write(lambda s: f.order(s, db.actor, UI_NOW))
    with db.sessions() as s:
        assert not first_run.needs_setup(s)  # a database from before the wizard, with orders
    demo = f.open_as_owner(str(tmp_path / "demo.sqlite3"), now=UI_NOW)
    demo.write(lambda s: settings.put(s, "setup.done", False))
    demo.write(lambda s: fill_demo(s, now=UI_NOW))
    with demo.sessions() as s:
        assert not first_run.needs_setup(s)
    demo.close()


def test_cancelled_it_waits_for_the_next_start_not_every_unlock(qtbot, runner, db):
    from .test_sign_in_ui import type_pin

    new_shop(db)
    w = open_signed_out(qtbot, runner, db)
    wizard = make_owner(qtbot, w)
    wizard.reject()  # «Batal»: nothing saved, asked again at the next start
    assert stored(db, "setup.done") == [False]
    w.lock()
    type_pin(qtbot, w, "1234")
    assert runner.actor.name == "Bu Rina"
    QApplication.processEvents()
    assert not [d for d in w.dialogs if isinstance(d, SetupWizard)]  # not offered again
