"""The agenda screen driven as staff would: keys on the list, WhatsApp click-to-chat, the
handover with a storage fee, and a new pickup date for a customer who asked for time."""

from __future__ import annotations

import datetime as dt
from urllib.parse import unquote

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from sqlalchemy import select

from tests import factories as f
from tests.ui.conftest import UI_NOW, WIB
from tests.ui.test_order_flow import active, stored
from tokodesk.db.models import LogEntry, Order, Reminder
from tokodesk.domain.log import Channel, Direction
from tokodesk.domain.orders import OrderStatus
from tokodesk.services.agenda import Section
from tokodesk.services.log import LogInput, add_entry
from tokodesk.services.orders import ItemInput, move_order

TODAY = UI_NOW.date()  # 22 Nov 2026


def at(day: dt.date, hour: int = 10) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, tzinfo=WIB)


def seed_ready(db, name: str, pickup: dt.date, *, phone: str, wrote_on: dt.date | None = None) -> str:
    """A ready cake order for 300.000 with a 100.000 deposit, ready three days before pickup."""

    def work(s):
        actor = db.actor
        taken = at(pickup - dt.timedelta(days=10))
        c = f.customer(s, actor, taken, name=name, phone=phone)
        code, oid = f.order(
            s,
            actor,
            taken,
            customer_id=c.id,
            items=[ItemInput("Kue tart custom", 1, 300_000, "Tulisan: HAPPY BDAY")],
            deposit=100_000,
            pickup=pickup,
        )
        move_order(s, oid, OrderStatus.CONFIRMED, actor=actor, now=taken)
        f.confirm(s, actor, taken, oid)
        move_order(s, oid, OrderStatus.IN_PRODUCTION, actor=actor, now=taken)
        move_order(s, oid, OrderStatus.READY, actor=actor, now=at(pickup - dt.timedelta(days=3)))
        if wrote_on:
            add_entry(
                s,
                LogInput(c.id, Channel.WHATSAPP, Direction.IN, "Maaf kak, saya masih di luar kota",
                         happened_at=at(wrote_on, 9)),
                actor=actor,
                now=at(wrote_on, 9),
            )  # fmt: skip
        return code

    return db.write(work)


@pytest.fixture
def seeded(db):
    return {
        "tomorrow": seed_ready(db, "Rina Wulandari", TODAY + dt.timedelta(days=1), phone="0812-3456-7001"),
        "today": seed_ready(db, "Budi Santoso", TODAY, phone="0812-3456-7002"),
        "late": seed_ready(db, "Dewi Lestari", TODAY - dt.timedelta(days=4), phone="0812-3456-7003"),
        "asked": seed_ready(
            db,
            "Agus Setiawan",
            TODAY - dt.timedelta(days=8),
            phone="0812-3456-7004",
            wrote_on=TODAY - dt.timedelta(days=2),
        ),
        "gone": seed_ready(db, "Made Wirawan", TODAY - dt.timedelta(days=7), phone="0812-3456-7005"),
    }


def rows_by_section(page):
    out: dict[Section, list[str]] = {}
    for r in page.agenda.rows:
        out.setdefault(r.section, []).append(r.code)
    return out


def test_agenda_for_a_seeded_day(qtbot, seeded, window):
    page = window.show_agenda()
    got = rows_by_section(page)
    got[Section.REMINDERS].sort()
    assert got == {
        Section.REMINDERS: sorted([seeded["tomorrow"], seeded["gone"]]),
        Section.DUE_TODAY: [seeded["today"]],
        Section.OVERDUE: [seeded["late"]],
        Section.NEEDS_DECISION: [seeded["asked"]],
        Section.FORFEITED_TODAY: [seeded["gone"]],
    }
    assert page.title.text() == "Agenda — 22 Nov 2026"
    cells = {
        page.table.item(r, 1).text(): [page.table.item(r, c).text() for c in range(8)]
        for r in range(page.table.rowCount())
        if page.table.item(r, 1) is not None
    }
    late = cells[seeded["late"]]
    assert late[0] == "Biaya simpan mulai" and late[5] == "Rp210.000" and late[6] == "Rp10.000"
    assert "lewat 4 hari" in late[7] and "batal otomatis 25 Nov 2026" in late[7]
    assert cells[seeded["tomorrow"]][0] == "Pengingat H-1"
    assert window.nav.item(2).text() == "Agenda hari ini (3)"
    # the automatic cancellation happened when the window opened the database
    assert stored(db := window.runner.db, select(Order.status).where(Order.code == seeded["gone"])) == [
        ("forfeited",)
    ]
    assert db is not None


def test_send_by_whatsapp_opens_wa_me_and_logs_after_confirming(
    qtbot, seeded, window, message_boxes, monkeypatch
):
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(QUrl(url).toString()) or True)
    page = window.show_agenda()
    assert page.select_order(seeded["tomorrow"], Section.REMINDERS)
    qtbot.keyClick(page.table, Qt.Key.Key_W)
    assert len(opened) == 1
    url = opened[0]
    assert url.startswith("https://wa.me/6281234567001?text=")
    text = unquote(url.split("?text=", 1)[1])
    assert text.startswith("Halo Kak Rina Wulandari, besok (23 Nov 2026) jadwal pengambilan pesanan")
    assert "Sisa pembayaran Rp200.000" in text
    assert message_boxes[-1][0] == "question"  # "sent?" — answered Yes by the fixture
    logged = stored(
        window.runner.db,
        select(LogEntry.channel, LogEntry.direction, LogEntry.text, LogEntry.source).where(
            LogEntry.direction == "out"
        ),
    )
    assert logged == [("whatsapp", "out", text, "template")]
    reminder = stored(
        window.runner.db, select(Reminder.state, Reminder.channel).where(Reminder.kind == "remind_day_before")
    )
    assert reminder == [("sent", "whatsapp")]
    assert seeded["tomorrow"] not in rows_by_section(page).get(Section.REMINDERS, [])


def test_not_sent_after_all_logs_nothing(qtbot, seeded, window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    page = window.show_agenda()
    page.select_order(seeded["tomorrow"], Section.REMINDERS)
    qtbot.keyClick(page.table, Qt.Key.Key_W)
    assert stored(window.runner.db, select(LogEntry.id).where(LogEntry.direction == "out")) == []
    assert seeded["tomorrow"] in rows_by_section(page)[Section.REMINDERS]


def test_copy_text_and_mark_sent(qtbot, seeded, window):
    page = window.show_agenda()
    page.select_order(seeded["late"], Section.OVERDUE)
    qtbot.keyClick(page.table, Qt.Key.Key_C)
    copied = QGuiApplication.clipboard().text()
    assert seeded["late"] in copied and "biaya penyimpanan Rp5.000 per hari" in copied
    qtbot.keyClick(page.table, Qt.Key.Key_S)
    assert stored(window.runner.db, select(LogEntry.text).where(LogEntry.direction == "out")) == [(copied,)]


def test_new_pickup_date_for_a_customer_who_asked(qtbot, seeded, window):
    page = window.show_agenda()
    assert page.select_order(seeded["asked"], Section.NEEDS_DECISION)
    qtbot.keyClick(page.table, Qt.Key.Key_D)
    dlg = active(window.dialogs[-1])
    qtbot.keyClicks(dlg.reason, "Pelanggan di luar kota, ambil Rabu")
    qtbot.keyClick(dlg.reason, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not dlg.isVisible()
    assert stored(window.runner.db, select(Order.pickup_date).where(Order.code == seeded["asked"])) == [
        (TODAY + dt.timedelta(days=3),)
    ]
    notes = [
        t for (t,) in stored(window.runner.db, select(LogEntry.text).where(LogEntry.direction == "note"))
    ]
    assert any("menjadi 25 Nov 2026" in t and "luar kota" in t for t in notes)
    assert seeded["asked"] not in rows_by_section(page).get(Section.NEEDS_DECISION, [])


def test_handover_charges_the_storage_fee(qtbot, seeded, window):
    page = window.show_agenda()
    page.select_order(seeded["late"], Section.OVERDUE)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    detail = active(window.dialogs[-1])
    assert "biaya simpan sejauh ini Rp10.000" in detail.info.text()
    assert "Rp210.000" in detail.sums.text()
    qtbot.mouseClick(detail.move_buttons[OrderStatus.COLLECTED], Qt.MouseButton.LeftButton)
    hand = active(detail.handover_dialog)
    assert hand.amount.text() == "210.000"
    # waiving needs a reason
    hand.waive.setChecked(True)
    assert hand.amount.text() == "200.000"
    qtbot.keyClick(hand.amount, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "alasan" in hand.errors.text().lower()
    hand.waive.setChecked(False)
    qtbot.keyClick(hand.amount, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not hand.isVisible()
    assert detail.view.status is OrderStatus.COLLECTED
    assert detail.view.totals.charges == 10_000 and detail.view.totals.balance == 0


def test_a_staff_member_cannot_reach_the_owners_decisions(qtbot, seeded, window, db):
    """The owner's actions are disabled for staff (the services refuse them anyway)."""
    from tokodesk.services import settings, staff

    def setup(s):
        settings.put(s, "staff.waive_limit", 5_000)  # the late order owes Rp10.000
        sid, _ = staff.add_staff(s, staff.StaffInput("Dewi", "2580"), actor=db.actor, now=UI_NOW)
        return staff.get_actor(s, sid)

    window.runner.actor = db.write(setup)
    window.apply_permissions()
    page = window.show_agenda()
    page.select_order(seeded["asked"], Section.NEEDS_DECISION)
    assert not page.buttons["K"].isEnabled()
    qtbot.keyClick(page.table, Qt.Key.Key_K)
    assert "hanya oleh pemilik" in page.errors.text()
    page.select_order(seeded["late"], Section.OVERDUE)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    detail = active(window.dialogs[-1])
    assert not detail.reverse_button.isEnabled()
    qtbot.mouseClick(detail.move_buttons[OrderStatus.COLLECTED], Qt.MouseButton.LeftButton)
    hand = active(detail.handover_dialog)
    assert not hand.waive.isEnabled() and "Rp5.000" in hand.waive.toolTip()
