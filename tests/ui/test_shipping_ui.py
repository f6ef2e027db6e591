"""Staff ship a questionable customer's parcel (blocked until a photo is attached), and the
follow-up list shows the parcel whose customer heard from the shop longest ago first."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from sqlalchemy import select

from tests.services.test_shipping import png
from tokodesk.db.models import Customer, LogEntry, Order, Shipment, ShipmentPhoto
from tokodesk.domain.ledger import PaymentMethod
from tokodesk.domain.orders import Fulfilment, OrderStatus
from tokodesk.domain.shipping import Courier, ShipmentStatus
from tokodesk.services import customers, orders, settings, staff
from tokodesk.services import shipping as ship
from tokodesk.services.orders import ItemInput, OrderInput
from tokodesk.ui import shipping as ui
from tokodesk.ui.shipping import CodPage, FollowUpPage, ShipmentDialog

from .conftest import UI_NOW


def ready_order(db, name, phone, *, standing="normal", fulfilment=Fulfilment.COD, price=150_000):
    def job(s):
        settings.put(s, "deposit.min_percent", 0)
        actor = db.actor
        c, _ = customers.create_customer(
            s, customers.CustomerInput(name=name, phone=phone), actor=actor, now=UI_NOW
        )
        c = s.get(Customer, c.id)
        c.standing = standing
        c.standing_reason = "klaim isi kurang sebelumnya" if standing != "normal" else ""
        _code, ch = orders.take_order(
            s,
            OrderInput(
                customer_id=c.id,
                items=[ItemInput("Kaos polos hitam", 2, price, "")],
                fulfilment=fulfilment,
                pickup_date=UI_NOW.date(),
                deposit=0,
                method=PaymentMethod.CASH,
            ),
            actor=actor,
            now=UI_NOW,
        )
        orders.move_order(s, ch.order_id, OrderStatus.READY, actor=actor, now=UI_NOW)
        return ch.order_id

    return db.write(job)


def shown(qtbot, w):
    """Show ``w`` and wait until it is the active window, as it is for a person (its keys work)."""
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=2000)
    return w


def stored(db, stmt):
    with db.sessions() as s:
        return s.execute(stmt).all()


def sign_in_staff(db, runner):
    def job(s):
        sid, _ = staff.add_staff(s, staff.StaffInput("Dewi", "2580"), actor=db.actor, now=UI_NOW)
        return staff.get_actor(s, sid)

    runner.actor = db.write(job)
    return runner.actor


def test_staff_ship_a_questionable_customers_parcel_only_with_a_photo(qtbot, runner, db):
    oid = ready_order(db, "Rina Kurniasih", "0812-5555-0101", standing="questionable")
    dewi = sign_in_staff(db, runner)
    dlg = ShipmentDialog(runner, oid)
    shown(qtbot, dlg)
    warning = dlg.standing_warning.text()
    assert dlg.standing_warning.isVisibleTo(dlg)
    assert "diragukan" in warning and "klaim isi kurang sebelumnya" in warning
    assert dlg.cod_amount.text() == "300.000"  # the balance

    dlg.courier.setCurrentIndex(dlg.courier.findData(Courier.JNE))
    qtbot.keyClicks(dlg.resi, "CGK0099887766")
    dlg.weight.setValue(1500)
    qtbot.keyClicks(dlg.shipping_cost, "18000")
    qtbot.keyClick(dlg, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert dlg.isVisible()
    assert "diblokir sampai foto paket dilampirkan" in dlg.errors.text()
    assert dlg.resi.text() == "CGK0099887766" and dlg.weight.value() == 1500  # nothing lost
    assert stored(db, select(Shipment.id)) == []

    dlg.add_photo_bytes("paket-rina.png", png())
    assert dlg.photo_list.count() == 1
    with qtbot.waitSignal(dlg.saved):
        qtbot.keyClick(dlg, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not dlg.isVisible()
    [(sid, status, weight, cod, staff_id)] = stored(
        db, select(Shipment.id, Shipment.status, Shipment.weight_g, Shipment.cod_amount, Shipment.staff_id)
    )
    assert (status, weight, cod, staff_id) == ("shipped", 1500, 300_000, dewi.staff_id)
    assert len(stored(db, select(ShipmentPhoto.id).where(ShipmentPhoto.shipment_id == sid))) == 1
    assert stored(db, select(Order.status).where(Order.id == oid)) == [("shipped",)]


def test_a_resi_that_looks_wrong_asks_before_saving(qtbot, runner, db, message_boxes):
    oid = ready_order(db, "Budi Santoso", "0812-5555-0202")
    dlg = ShipmentDialog(runner, oid)
    qtbot.addWidget(dlg)
    dlg.courier.setCurrentIndex(dlg.courier.findData(Courier.SICEPAT))
    qtbot.keyClicks(dlg.resi, "ABC")
    dlg.weight.setValue(800)
    dlg.save()
    assert [k for k, _t in message_boxes] == ["confirm"]
    assert "tidak seperti resi SiCepat" in message_boxes[0][1]
    assert stored(db, select(Shipment.resi)) == [("ABC",)]


def test_follow_up_list_oldest_first_and_whatsapp_is_logged(qtbot, runner, db, monkeypatch, message_boxes):
    opened: list[str] = []
    monkeypatch.setattr(ui, "open_url", lambda url: opened.append(url) or True)
    ids = {}
    for name, phone, days in [
        ("Ani", "0812-5555-0301", 2),
        ("Beni", "0812-5555-0302", 6),
        ("Citra", "0812-5555-0303", 4),
    ]:
        oid = ready_order(db, name, phone)
        when = UI_NOW - dt.timedelta(days=days)
        ids[name] = db.write(
            lambda s, oid=oid, when=when, days=days: ship.create_shipment(
                s,
                ship.ShipmentInput(oid, Courier.JNT, 900, resi=f"JP00000000{days:02d}", shipping_cost=15_000),
                actor=db.actor,
                now=when,
            )[0]
        )
    page = FollowUpPage(runner)
    shown(qtbot, page)
    page.reload()
    assert [page.table.item(r, 1).text() for r in range(page.table.rowCount())] == ["Beni", "Citra", "Ani"]
    assert "6 hari" in page.table.item(0, 7).text()

    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_T)
    assert opened == ["https://cekresi.com/?noresi=JP0000000006"]
    qtbot.keyClick(page.table, Qt.Key.Key_W)
    assert opened[1].startswith("https://wa.me/6281255550302?text=") and "JP0000000006" in opened[1]
    assert message_boxes[-1][0] == "question"
    [(text, channel)] = stored(
        db, select(LogEntry.text, LogEntry.channel).where(LogEntry.source == ship.FOLLOW_UP)
    )
    assert "JP0000000006" in text and "cekresi.com" in text and channel == "whatsapp"
    assert [page.table.item(r, 1).text() for r in range(page.table.rowCount())] == ["Citra", "Ani", "Beni"]

    assert page.selected().customer_name == "Beni"  # the selection stays on the parcel just handled
    page.table.selectRow(0)
    with qtbot.waitSignal(page.open_order) as sig:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert sig.args == [stored(db, select(Shipment.order_id).where(Shipment.id == ids["Citra"]))[0][0]]


def test_cod_page_totals_and_r_marks_received(qtbot, runner, db, message_boxes):
    oid = ready_order(db, "Dedi", "0812-5555-0401")
    sid = db.write(
        lambda s: ship.create_shipment(
            s, ship.ShipmentInput(oid, Courier.JNE, 700, resi="CGK1234567890"), actor=db.actor, now=UI_NOW
        )[0]
    )
    db.write(lambda s: ship.set_status(s, sid, ShipmentStatus.DELIVERED, actor=db.actor, now=UI_NOW))
    page = CodPage(runner)
    shown(qtbot, page)
    page.reload()
    assert "Rp300.000" in page.totals.text() and page.table.rowCount() == 1
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_R)
    assert page.table.rowCount() == 0
    assert stored(db, select(Shipment.cod_received_at.is_not(None)).where(Shipment.id == sid)) == [(True,)]
    assert stored(db, select(Customer.id).where(Customer.name == "Dedi"))
