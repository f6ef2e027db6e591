"""Issue 5 (items 1 and 4) in the GUI, driven by keyboard: the pickup policy screen with its
example timeline following every keystroke, and the message templates with their preview.
The runner is synchronous, so nothing here waits on a clock."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from sqlalchemy import select

from tests.ui.conftest import UI_NOW
from tokodesk.db.models import TermsVersion
from tokodesk.domain import messages
from tokodesk.domain.messages import MessageKind
from tokodesk.domain.pickup import PickupPolicy
from tokodesk.services import settings
from tokodesk.services import templates as templates_service
from tokodesk.ui import widgets
from tokodesk.ui.policy_dialog import PolicyDialog
from tokodesk.ui.templates_dialog import TemplatesDialog
from tokodesk.ui.timeline_widget import TimelineWidget

CTRL = Qt.KeyboardModifier.ControlModifier

DEFAULT_LINES = [
    "21 Nov · sebelum tanggal ambil",
    "22 Nov · sebelum tanggal ambil · pesan «Siap»",
    "23 Nov · sebelum tanggal ambil · pesan «H-2»",
    "24 Nov · sebelum tanggal ambil · pesan «H-1»",
    "25 Nov · gratis · Tanggal ambil",
    "26 Nov · gratis",
    "27 Nov · gratis · pesan «Hari terakhir gratis»",
    "28 Nov · biaya simpan Rp5.000 · pesan «Biaya mulai»",
    "29 Nov · biaya simpan Rp10.000",
    "30 Nov · biaya simpan Rp15.000",
    "1 Des · biaya simpan Rp20.000 · pesan «Peringatan terakhir»",
    "2 Des · batal, DP hangus · Batal otomatis",
    "3 Des · batal, DP hangus",
]


def opened(qtbot, dlg):
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.activateWindow()
    qtbot.waitUntil(dlg.isActiveWindow, timeout=2000)  # its shortcuts work, as for a person
    return dlg


def retype(qtbot, widget, text):
    """Select what the field holds and type over it."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(widget, text)


def versions(db):
    with db.sessions() as s:
        return [
            (v.number, v.grace_days, v.storage_fee_per_day, v.storage_fee_cap, v.forfeit_after_days)
            for v in s.scalars(select(TermsVersion).order_by(TermsVersion.number))
        ]


def setting(db, key):
    return db.read(lambda s: settings.get(s, key))


# ----------------------------------------------------------------------- policy


def test_policy_timeline_follows_the_keyboard_and_ctrl_s_makes_a_new_version(qtbot, runner, db):
    dlg = opened(qtbot, PolicyDialog(runner))
    assert dlg.timeline.lines() == DEFAULT_LINES
    assert dlg.grace.hasFocus()
    assert "versi 1" in dlg.terms_note.text()

    qtbot.keyClicks(dlg.grace, "3")  # the number is selected when the screen opens
    qtbot.keyClick(dlg.grace, Qt.Key.Key_Tab)
    assert dlg.fee.hasFocus()
    qtbot.keyClick(dlg.fee, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(dlg.fee, "7.500")
    lines = dlg.timeline.lines()
    assert "28 Nov · gratis · pesan «Hari terakhir gratis»" in lines
    assert "29 Nov · biaya simpan Rp7.500 · pesan «Biaya mulai»" in lines
    assert "1 Des · biaya simpan Rp22.500 · pesan «Peringatan terakhir»" in lines
    assert "Rp7.500 per hari" in dlg.rules.text()
    assert "versi 2" in dlg.terms_note.text()
    assert not dlg.errors.isVisible()

    retype(qtbot, dlg.cap, "15000")  # a cap: the fee stops growing at Rp15.000
    assert "30 Nov · biaya simpan Rp15.000 (batas)" in dlg.timeline.lines()
    assert "1 Des · biaya simpan Rp15.000 (batas) · pesan «Peringatan terakhir»" in dlg.timeline.lines()

    with qtbot.waitSignal(dlg.saved) as sig:
        qtbot.keyClick(dlg, Qt.Key.Key_S, CTRL)
    assert sig.args == [2]
    assert not dlg.isVisible()
    assert versions(db) == [(1, 2, 5_000, 0, 7), (2, 3, 7_500, 15_000, 7)]
    assert [setting(db, "pickup.grace_days"), setting(db, "pickup.storage_fee_per_day")] == [3, 7_500]


def test_reminder_days_only_save_without_a_new_version(qtbot, runner, db):
    dlg = opened(qtbot, PolicyDialog(runner))
    retype(qtbot, dlg.offsets, "3,1")
    assert "22 Nov · sebelum tanggal ambil · pesan «Siap»" in dlg.timeline.lines()
    assert any(line.endswith("pesan «H-3»") for line in dlg.timeline.lines())
    with qtbot.waitSignal(dlg.saved) as sig:
        qtbot.keyClick(dlg, Qt.Key.Key_S, CTRL)
    assert sig.args == [None]
    assert setting(db, "reminder.offsets") == "3,1"
    assert [v[0] for v in versions(db)] == [1]


def test_invalid_offsets_show_the_reason_keep_the_drawing_and_save_nothing(qtbot, runner, db):
    dlg = opened(qtbot, PolicyDialog(runner))
    retype(qtbot, dlg.offsets, "3,")
    drawn = dlg.timeline.lines()
    assert "23 Nov · sebelum tanggal ambil · pesan «H-3»" in drawn
    qtbot.keyClicks(dlg.offsets, "x")
    assert dlg.errors.isVisible()
    assert "Hari pengingat «x» tidak sah" in dlg.errors.text()
    assert dlg.timeline.lines() == drawn  # the last good policy stays drawn
    qtbot.keyClick(dlg.offsets, Qt.Key.Key_Tab)
    assert dlg.default_days.hasFocus()
    retype(qtbot, dlg.grace, "4")  # other numbers change: the drawing waits for a good policy
    assert dlg.timeline.lines() == drawn

    with qtbot.assertNotEmitted(dlg.saved):
        qtbot.keyClick(dlg, Qt.Key.Key_S, CTRL)
    assert dlg.isVisible()
    assert "Hari pengingat «x» tidak sah" in dlg.errors.text()
    assert dlg.offsets.hasFocus()  # the first bad field, ready to fix
    assert setting(db, "reminder.offsets") == "2,1"
    assert setting(db, "pickup.grace_days") == 2
    assert [v[0] for v in versions(db)] == [1]

    qtbot.keyClick(dlg.offsets, Qt.Key.Key_Escape)
    assert not dlg.isVisible()
    assert setting(db, "pickup.grace_days") == 2


def test_cancellation_must_come_after_the_free_days(qtbot, runner, db):
    dlg = opened(qtbot, PolicyDialog(runner))
    retype(qtbot, dlg.forfeit, "2")
    assert "Batal otomatis harus sesudah masa bebas biaya: lebih dari 2 hari" in dlg.errors.text()
    retype(qtbot, dlg.fee, "5.000x")
    assert "«5.000x» bukan jumlah rupiah yang sah" in dlg.errors.text()
    dlg.save()
    assert dlg.isVisible()
    assert [v[0] for v in versions(db)] == [1]
    retype(qtbot, dlg.forfeit, "10")
    retype(qtbot, dlg.fee, "0")
    assert not dlg.errors.isVisible()
    lines = dlg.timeline.lines()
    assert "28 Nov · gratis · pesan «Hari terakhir gratis»" not in lines  # no fee: free until cancelled
    assert "4 Des · gratis · pesan «Peringatan terakhir»" in lines
    assert "5 Des · batal, DP hangus · Batal otomatis" in lines


# ----------------------------------------------------------------------- templates


def stored_template(db, kind):
    return db.read(templates_service.templates)[kind]


def test_edit_a_template_see_the_preview_and_save(qtbot, runner, db, message_boxes):
    dlg = opened(qtbot, TemplatesDialog(runner))
    assert dlg.kind is MessageKind.ORDER_RECEIVED and dlg.kinds.hasFocus()
    qtbot.keyClick(dlg.kinds, Qt.Key.Key_Down)
    qtbot.keyClick(dlg.kinds, Qt.Key.Key_Down)
    assert dlg.kind is MessageKind.READY
    assert "Halo Kak Rina Wulandari, pesanan TD-2611-0042 sudah SIAP" in dlg.preview.text()

    dlg.editor.setFocus()
    qtbot.keyClick(dlg.editor, Qt.Key.Key_End, CTRL)
    qtbot.keyClicks(dlg.editor, " Ditunggu ya, Kak ")
    item = dlg.placeholders.item(list(messages.PLACEHOLDERS).index("nama"))
    rect = dlg.placeholders.visualItemRect(item)
    qtbot.mouseClick(dlg.placeholders.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dlg.editor.hasFocus()
    qtbot.keyClicks(dlg.editor, "!")
    assert dlg.editor.toPlainText().endswith("Terima kasih. Ditunggu ya, Kak {nama}!")
    assert dlg.preview.text().endswith("Terima kasih. Ditunggu ya, Kak Rina Wulandari!")
    assert dlg.state.text() == "Belum disimpan"

    with qtbot.waitSignal(dlg.saved) as sig:
        qtbot.keyClick(dlg, Qt.Key.Key_S, CTRL)
    assert sig.args == [MessageKind.READY]
    assert stored_template(db, MessageKind.READY) == dlg.editor.toPlainText()
    assert stored_template(db, MessageKind.READY).endswith("Ditunggu ya, Kak {nama}!")
    assert dlg.state.text() == "Tersimpan"
    assert dlg.kinds.item(2).text() == "Pesanan siap (diubah)"


def test_a_typo_placeholder_is_refused_with_the_reason(qtbot, runner, db, message_boxes):
    dlg = opened(qtbot, TemplatesDialog(runner))
    assert dlg.select(MessageKind.FEE_STARTED)
    dlg.editor.setFocus()
    qtbot.keyClick(dlg.editor, Qt.Key.Key_End, CTRL)
    qtbot.keyClicks(dlg.editor, " Salam, {tokoo}")
    assert "Isian {tokoo} tidak dikenal" in dlg.errors.text()
    assert "Rina Wulandari" not in dlg.preview.text()
    with qtbot.assertNotEmitted(dlg.saved):
        qtbot.keyClick(dlg, Qt.Key.Key_S, CTRL)
    assert "Isian {tokoo} tidak dikenal. Yang bisa dipakai: {nama}" in dlg.errors.text()
    assert dlg.editor.hasFocus() and dlg.editor.toPlainText().endswith("{tokoo}")
    assert stored_template(db, MessageKind.FEE_STARTED) == messages.DEFAULTS[MessageKind.FEE_STARTED]

    qtbot.keyClick(dlg.editor, Qt.Key.Key_Backspace)
    qtbot.keyClick(dlg.editor, Qt.Key.Key_Backspace)
    qtbot.keyClicks(dlg.editor, "}")  # {toko}
    assert not dlg.errors.isVisible()
    assert dlg.preview.text().endswith("Salam, Toko Saya")


def test_unpaired_brace_is_refused(qtbot, runner, db, message_boxes):
    dlg = opened(qtbot, TemplatesDialog(runner))
    dlg.editor.setFocus()
    qtbot.keyClicks(dlg.editor, "{")
    dlg.save()
    assert "Kurung kurawal tidak berpasangan" in dlg.errors.text()
    assert stored_template(db, MessageKind.ORDER_RECEIVED) == messages.DEFAULTS[MessageKind.ORDER_RECEIVED]


def test_switching_with_unsaved_edits_asks(qtbot, runner, db, monkeypatch):
    dlg = opened(qtbot, TemplatesDialog(runner))
    dlg.editor.setFocus()
    qtbot.keyClicks(dlg.editor, "Halo ")
    asked = []
    monkeypatch.setattr(widgets, "confirm", lambda parent, title, text, *a: asked.append(text) or False)
    dlg.kinds.setFocus()
    qtbot.keyClick(dlg.kinds, Qt.Key.Key_Down)
    assert asked == ["Pesan «Pesanan diterima» sudah diubah tetapi belum disimpan. Buang perubahannya?"]
    assert dlg.kind is MessageKind.ORDER_RECEIVED and dlg.kinds.currentRow() == 0
    assert dlg.editor.toPlainText().startswith("Halo Halo Kak")  # the edit is still there

    monkeypatch.setattr(widgets, "confirm", lambda parent, title, text, *a: asked.append(text) or True)
    qtbot.keyClick(dlg.kinds, Qt.Key.Key_Down)
    assert len(asked) == 2
    assert dlg.kind is MessageKind.DEPOSIT_RECEIVED
    assert dlg.editor.toPlainText() == messages.DEFAULTS[MessageKind.DEPOSIT_RECEIVED]
    assert stored_template(db, MessageKind.ORDER_RECEIVED) == messages.DEFAULTS[MessageKind.ORDER_RECEIVED]


def test_reset_to_the_default(qtbot, runner, db, message_boxes):
    db.write(
        lambda s: templates_service.save_template(
            s, MessageKind.SHIPPED, "Paket {kode} dikirim, resi {resi}.", actor=db.actor, now=UI_NOW
        )
    )
    dlg = opened(qtbot, TemplatesDialog(runner))
    assert dlg.select(MessageKind.SHIPPED)
    assert dlg.editor.toPlainText() == "Paket {kode} dikirim, resi {resi}."
    assert dlg.preview.text() == "Paket TD-2611-0042 dikirim, resi CGK1234567890."
    with qtbot.waitSignal(dlg.saved):
        qtbot.mouseClick(dlg.reset_button, Qt.MouseButton.LeftButton)
    assert message_boxes[-1][0] == "confirm"
    assert dlg.editor.toPlainText() == messages.DEFAULTS[MessageKind.SHIPPED]
    assert stored_template(db, MessageKind.SHIPPED) == messages.DEFAULTS[MessageKind.SHIPPED]
    assert dlg.state.text() == "Tersimpan"


def test_long_quiet_stretches_are_folded_and_the_cap_holds(qtbot):
    w = TimelineWidget()
    qtbot.addWidget(w)
    w.resize(1000, 200)
    w.set_policy(
        PickupPolicy(2, 10_000, 50_000, 60), (2, 1), dt.date(2026, 12, 28), ready=dt.date(2026, 12, 25)
    )
    lines = w.lines()
    assert "3 Jan 2027 · biaya simpan Rp40.000" in lines
    assert "4 Jan 2027 · biaya simpan Rp50.000 (batas)" in lines
    assert "5 Jan 2027–24 Feb 2027 (51 hari) · biaya simpan tetap Rp50.000 (batas)" in lines
    assert lines[-2:] == ["26 Feb 2027 · batal, DP hangus · Batal otomatis", "27 Feb 2027 · batal, DP hangus"]
    assert len(lines) < 20 and w.accessibleDescription() == "\n".join(lines)
    w.grab()  # paints without a warning
