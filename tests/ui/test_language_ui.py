"""Pengaturan › Bahasa / Language by keyboard: the screen language is this PC's, the
customer's language is the shop's (owner only); the starter T&C follow the customer's
language, the owner's own T&C never do; the set-up wizard asks for it on its first page."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from tokodesk.domain.messages import MessageKind
from tokodesk.services import settings, staff, terms
from tokodesk.ui import i18n
from tokodesk.ui.language_dialog import LanguageDialog
from tokodesk.ui.templates_dialog import TemplatesDialog

from .conftest import UI_NOW
from .test_first_run import make_owner, new_shop
from .test_sign_in_ui import open_signed_out


def private_settings(monkeypatch, tmp_path) -> None:
    """This PC's choices in a file of the test's own, never the tester's real settings."""
    path = str(tmp_path / "pc.ini")
    monkeypatch.setattr(i18n, "_settings", lambda: QSettings(path, QSettings.Format.IniFormat))


def choose(qtbot, combo, code: str) -> None:
    """Pick ``code`` in a combo with the arrow keys, as a person at the keyboard would."""
    combo.setFocus()
    key = Qt.Key.Key_Down if combo.findData(code) > combo.currentIndex() else Qt.Key.Key_Up
    while combo.currentData() != code:
        qtbot.keyClick(combo, key)


def open_dialog(qtbot, window) -> LanguageDialog:
    dlg = window.language_settings()
    qtbot.waitUntil(dlg.isActiveWindow, timeout=2000)  # Ctrl+S is the dialog's own shortcut
    return dlg


def stored(db, key):
    with db.sessions() as s:
        return settings.get(s, key)


def test_the_owner_sets_english_for_customers(qtbot, window, db, monkeypatch, tmp_path):
    private_settings(monkeypatch, tmp_path)
    dlg = open_dialog(qtbot, window)
    assert isinstance(dlg, LanguageDialog)
    assert dlg.customer.isEnabled() and dlg.customer.currentData() == "id"
    choose(qtbot, dlg.customer, "en")
    assert "S&K awal ikut berganti bahasa" in dlg.note.text()
    qtbot.keyClick(dlg, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not dlg.isVisible()
    assert stored(db, "shop.language") == "en"
    with db.sessions() as s:
        version = terms.current(s)
        assert version.number == 2 and version.text.startswith("ORDER TERMS AND CONDITIONS")
    assert "S&K versi 2" in window.statusBar().currentMessage()
    assert i18n.chosen_language() == "id"  # this PC's screen language was not touched

    # the message templates now show the English defaults as the shop's «teks bawaan»
    templates = TemplatesDialog(window.runner, window)
    qtbot.addWidget(templates)
    templates.show()
    templates.select(MessageKind.READY)
    assert templates.editor.toPlainText().startswith("Hi {nama}")
    assert templates.state.text() == "Teks bawaan"


def test_the_screen_language_is_this_pcs_and_waits_for_a_restart(qtbot, window, db, monkeypatch, tmp_path):
    private_settings(monkeypatch, tmp_path)
    dlg = open_dialog(qtbot, window)
    choose(qtbot, dlg.screen, "en")
    qtbot.keyClick(dlg, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert i18n.chosen_language() == "en"
    assert stored(db, "shop.language") == "id"  # the customers' language is the shop's, unchanged
    assert "dibuka ulang" in window.statusBar().currentMessage()


def test_own_terms_are_left_alone_and_said_so(qtbot, window, db, monkeypatch, tmp_path):
    private_settings(monkeypatch, tmp_path)
    db.write(lambda s: terms.save_version(s, "Aturan kami sendiri untuk {toko}.", actor=db.actor, now=UI_NOW))
    dlg = open_dialog(qtbot, window)
    choose(qtbot, dlg.customer, "en")
    assert "teks Anda sendiri" in dlg.note.text()
    qtbot.keyClick(dlg, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    with db.sessions() as s:
        assert terms.current(s).text == "Aturan kami sendiri untuk {toko}."
    assert stored(db, "shop.language") == "en"


def test_staff_see_the_customers_language_but_cannot_change_it(
    qtbot, window, db, runner, monkeypatch, tmp_path
):
    private_settings(monkeypatch, tmp_path)

    def add(s):
        sid, _ = staff.add_staff(s, staff.StaffInput("Dewi", "2580"), actor=db.actor, now=UI_NOW)
        return staff.get_actor(s, sid)

    runner.actor = db.write(add)
    dlg = open_dialog(qtbot, window)
    assert not dlg.customer.isEnabled()
    assert "hanya dapat diubah oleh pemilik" in dlg.note.text()
    qtbot.keyClick(dlg, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert stored(db, "shop.language") == "id"


def test_the_set_up_asks_for_the_customers_language(qtbot, runner, db, tmp_path):
    new_shop(db)
    w = open_signed_out(qtbot, runner, db)
    wizard = make_owner(qtbot, w)
    qtbot.waitUntil(wizard.name.hasFocus, timeout=2000)
    choose(qtbot, wizard.language, "en")
    QApplication.processEvents()
    assert wizard.terms.toPlainText().startswith("ORDER TERMS AND CONDITIONS")  # the starter follows
    choose(qtbot, wizard.language, "id")
    assert wizard.terms.toPlainText().startswith("SYARAT DAN KETENTUAN")
    choose(qtbot, wizard.language, "en")
    for _ in range(4):
        wizard.next()
    wizard.folder.setText(str(tmp_path))
    wizard.accept()
    assert not wizard.isVisible()
    assert stored(db, "shop.language") == "en"
    with db.sessions() as s:
        assert terms.current(s).text.startswith("ORDER TERMS AND CONDITIONS")


def test_edited_starter_terms_do_not_follow_the_language(qtbot, runner, db):
    new_shop(db)
    w = open_signed_out(qtbot, runner, db)
    wizard = make_owner(qtbot, w)
    wizard.terms.setPlainText("Aturan toko kami: DP 50%.")
    choose(qtbot, wizard.language, "en")
    assert wizard.terms.toPlainText() == "Aturan toko kami: DP 50%."
