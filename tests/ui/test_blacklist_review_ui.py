"""The owner's blacklist review in the GUI, by keyboard: a suggestion for a customer with two
forfeited orders, its evidence, the decision (blacklisted, with a reason), what the screen
and the database show afterwards, and undoing it back to normal."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from tests import factories as f
from tests.ui.conftest import UI_NOW
from tokodesk.db.models import Customer, StandingChange
from tokodesk.domain.orders import OrderStatus
from tokodesk.services import standing
from tokodesk.services.orders import ItemInput, move_order
from tokodesk.ui.blacklist_review import BlacklistReviewDialog, DecisionForm

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
DAY = dt.timedelta(days=1)


def opened(qtbot, dlg):
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.activateWindow()
    qtbot.waitUntil(dlg.isActiveWindow, timeout=2000)
    return dlg


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def type_text(qtbot, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)


def texts(table) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def open_form(qtbot, dlg, key: Qt.Key, modifier=ALT) -> DecisionForm:
    """Open the decision form with a key, as the owner would, and wait until it has the focus."""
    dlg.activateWindow()  # the offscreen platform does not give it back when a form closes
    qtbot.waitUntil(dlg.isActiveWindow, timeout=2000)
    dlg.form = None
    qtbot.keyClick(QApplication.focusWidget() or dlg, key, modifier)
    qtbot.waitUntil(lambda: dlg.form is not None, timeout=2000)
    form = dlg.form
    qtbot.waitUntil(lambda: form.isVisible() and form.isActiveWindow(), timeout=2000)
    return form


def two_forfeits(db) -> tuple[int, list[str]]:
    """Hendra, whose two orders were not collected and forfeited; and Agus, blacklisted."""

    def setup(s):
        a = db.actor
        c = f.customer(s, a, UI_NOW - 90 * DAY, name="Hendra Wijaya")
        codes = []
        for days in (60, 25):
            at = UI_NOW - days * DAY
            code, oid = f.order(
                s, a, at, customer_id=c.id, items=[ItemInput("Seragam", 1, 275_000)], deposit=150_000
            )
            move_order(s, oid, OrderStatus.READY, actor=a, now=at)
            move_order(s, oid, OrderStatus.FORFEITED, actor=a, now=at + 10 * DAY, note="tidak diambil")
            codes.append(code)
        agus = f.customer(s, a, UI_NOW - 200 * DAY, name="Agus Salim")
        standing.set_standing(s, agus.id, "blacklisted", "COD fiktif", actor=a, now=UI_NOW - 30 * DAY)
        return c.id, codes

    return db.write(setup)


def stored(db, customer_id):
    with db.sessions() as s:
        c = s.get(Customer, customer_id)
        changes = list(
            s.scalars(
                select(StandingChange)
                .where(StandingChange.customer_id == customer_id)
                .order_by(StandingChange.id)
            )
        )
        return (c.standing, c.standing_reason), [
            (x.from_standing, x.to_standing, x.reason, x.evidence, x.staff_id) for x in changes
        ]


def test_the_owner_blacklists_a_suggested_customer_and_undoes_it(qtbot, runner, db):
    cid, codes = two_forfeits(db)
    dlg = opened(qtbot, BlacklistReviewDialog(runner))

    # the suggestion, and the evidence of the selected customer one step away
    assert [row[:4] for row in texts(dlg.suggestion_table)] == [
        ["Hendra Wijaya", "Daftar hitam", "2 pesanan hangus (tidak diambil, DP ditahan)", "Normal"]
    ]
    assert [row[:3] for row in texts(dlg.flagged_table)] == [["Agus Salim", "Daftar hitam", "COD fiktif"]]
    assert QApplication.focusWidget() is dlg.suggestion_table
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Home)
    assert dlg.selected_suggestion().customer_id == cid
    evidence = dlg.evidence_view.toPlainText()
    assert "Pesanan hangus" in evidence and all(code in evidence for code in codes)
    assert not dlg.undo_button.isEnabled()  # Hendra is normal: nothing to undo

    # decide by keyboard: Ctrl+Enter, the suggested standing and its evidence are prefilled
    form = open_form(qtbot, dlg, Qt.Key.Key_Return, CTRL)
    assert form.mode == DecisionForm.DECIDE
    assert QApplication.focusWidget() is form.standing
    assert form.standing.currentData() == "blacklisted"
    refs = form.evidence.text().split()
    assert len(refs) == 2 and all(r.startswith("forfeit:") for r in refs)
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.reason
    press(qtbot, Qt.Key.Key_Return)  # no reason yet: refused in the form, nothing written
    assert form.isVisible() and "alasan" in form.errors.text()
    assert stored(db, cid)[1] == []
    type_text(qtbot, "Dua kali tidak mengambil pesanan")
    press(qtbot, Qt.Key.Key_Return)

    # what the screen shows afterwards
    assert not form.isVisible()
    assert dlg.message.text() == "Keputusan disimpan."
    assert texts(dlg.suggestion_table) == []
    flagged = texts(dlg.flagged_table)
    assert [row[:3] for row in flagged] == [
        ["Agus Salim", "Daftar hitam", "COD fiktif"],
        ["Hendra Wijaya", "Daftar hitam", "Dua kali tidak mengambil pesanan"],
    ]
    assert flagged[1][3].endswith("Staf Toko")
    assert dlg.selected_flagged().customer_id == cid  # the decided customer stays selected
    evidence = dlg.evidence_view.toPlainText()
    assert "Normal → Daftar hitam" in evidence and "Dua kali tidak mengambil pesanan" in evidence
    # ... and what is stored
    owner = db.actor.staff_id
    assert stored(db, cid) == (
        ("blacklisted", "Dua kali tidak mengambil pesanan"),
        [("normal", "blacklisted", "Dua kali tidak mengambil pesanan", " ".join(refs), owner)],
    )

    # undo: back to normal, with a reason
    assert dlg.undo_button.isEnabled()
    dlg.flagged_table.setFocus()
    form = open_form(qtbot, dlg, Qt.Key.Key_N)  # "Kembalikan ke &normal…"
    assert form.mode == DecisionForm.UNDO
    assert form.standing.currentData() == "normal" and not form.standing.isEnabled()
    assert QApplication.focusWidget() is form.reason
    type_text(qtbot, "Sudah bayar lunas dan minta maaf")
    press(qtbot, Qt.Key.Key_Return)

    assert not form.isVisible()
    assert dlg.message.text() == "Pelanggan dikembalikan ke normal."
    assert [row[0] for row in texts(dlg.flagged_table)] == ["Agus Salim"]
    assert texts(dlg.suggestion_table) == []  # the decisions came after the evidence
    state, history = stored(db, cid)
    assert state == ("normal", "Sudah bayar lunas dan minta maaf")
    assert [(h[0], h[1], h[2]) for h in history] == [
        ("normal", "blacklisted", "Dua kali tidak mengambil pesanan"),
        ("blacklisted", "normal", "Sudah bayar lunas dan minta maaf"),
    ]


def test_keep_as_is_answers_the_suggestion(qtbot, runner, db):
    cid, _ = two_forfeits(db)
    dlg = opened(qtbot, BlacklistReviewDialog(runner))
    assert dlg.selected_suggestion().customer_id == cid
    form = open_form(qtbot, dlg, Qt.Key.Key_B)  # "&Biarkan…"
    assert form.mode == DecisionForm.KEEP and form.standing.currentData() == "normal"
    type_text(qtbot, "Sudah bicara dengan pelanggan, pindah kota")
    press(qtbot, Qt.Key.Key_Return)
    assert not form.isVisible()
    assert texts(dlg.suggestion_table) == []
    assert [row[0] for row in texts(dlg.flagged_table)] == ["Agus Salim"]
    state, history = stored(db, cid)
    assert state[0] == "normal"
    assert [(h[0], h[1]) for h in history] == [("normal", "normal")]


def test_a_new_order_for_a_flagged_customer_shows_the_warning_with_the_reason(qtbot, runner, db):
    from tokodesk.services import customers
    from tokodesk.ui.order_dialog import NewOrderDialog

    def setup(s):
        a = db.actor
        bad = f.customer(s, a, UI_NOW, name="Agus Salim")
        odd = f.customer(s, a, UI_NOW, name="Dewi Kartika")
        standing.set_standing(s, bad.id, "blacklisted", "COD fiktif <3x>", actor=a, now=UI_NOW)
        standing.set_standing(s, odd.id, "questionable", "klaim paket kurang", actor=a, now=UI_NOW)
        return customers.get_customer(s, bad.id), customers.get_customer(s, odd.id)

    bad, odd = db.write(setup)
    dlg = NewOrderDialog(runner, customer=bad)
    qtbot.addWidget(dlg)
    text = dlg.customer_label.text()
    assert "Daftar hitam" in text and "wajib bayar penuh" in text
    assert "Alasan: COD fiktif &lt;3x&gt;" in text
    dlg.set_customer(odd)
    text = dlg.customer_label.text()
    assert "Perlu diwaspadai" in text and "foto paket" in text and "Alasan: klaim paket kurang" in text
