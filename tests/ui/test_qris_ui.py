"""Issue 13 through the real widgets: the owner loads the shop's QRIS from a photo of the
sticker; at pickup the payment screen shows the code for the balance plus the storage fee,
records it pending and clears it with F8; a payment code scanned into the main window is
explained; a customer who did not come is offered delivery and accepts."""

from __future__ import annotations

import datetime as dt
import io

import qrcode
import zxingcpp
from PIL import Image, ImageFilter
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlalchemy import select

from tests import factories as f
from tests.ui.test_documents_ui import scan
from tests.ui.test_order_flow import only_dialog
from tokodesk.db.models import DeliveryOffer, LedgerEntry, LogEntry, Order, Shipment
from tokodesk.domain import qris
from tokodesk.domain.delivery import DeliveryRate
from tokodesk.domain.ledger import PaymentMethod
from tokodesk.domain.orders import OrderStatus
from tokodesk.services import delivery, settings
from tokodesk.services.orders import ItemInput, move_order
from tokodesk.ui import delivery_offer
from tokodesk.ui.delivery_offer import DeliveryOfferDialog
from tokodesk.ui.order_detail import HandoverDialog, OrderDetailDialog, PaymentDialog
from tokodesk.ui.shop_dialog import ShopDialog

from .conftest import UI_NOW
from .test_shipping_ui import shown, stored

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
STATIC = qris.build_static(
    name="TOKO KUE MAWAR", city="BANDUNG", merchant_id="ID1020021234567", acquirer="ID.CO.BANKX.WWW"
)
PICKUP = UI_NOW.date() - dt.timedelta(days=5)  # free until P+2: three days of fee by today


def sticker_photo(path, payload: str) -> None:
    """A phone photo of the sticker, more or less: the code small on a large grey card,
    slightly rotated and blurred."""
    code = qrcode.make(payload, border=4).get_image().convert("L").resize((520, 520))
    photo = Image.new("L", (2400, 1800), 170)
    photo.paste(code.rotate(7, expand=True, fillcolor=170), (900, 500))
    photo.filter(ImageFilter.GaussianBlur(1.2)).save(path, "JPEG", quality=85)


def decoded(widget) -> list[str]:
    """The QR codes shown in ``widget`` (a QLabel with a pixmap), read like a phone would."""
    buf = QBuffer()
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    widget.pixmap().toImage().save(buf, "PNG")
    with Image.open(io.BytesIO(bytes(buf.data()))) as img:
        return [b.text for b in zxingcpp.read_barcodes(img)]


def ready_order(db, *, with_qris=True, deposit=100_000):
    """An order of Rp300.000 (DP ``deposit``), ready since its pickup day five days ago."""

    def job(s):
        if with_qris:
            settings.put(s, "shop.qris", STATIC)
        then = dt.datetime.combine(PICKUP - dt.timedelta(days=4), dt.time(10), UI_NOW.tzinfo)
        c = f.customer(s, db.actor, then, name="Rina Kartika", address="Jl. Melati 12, Bandung")
        code, oid = f.order(
            s,
            db.actor,
            then,
            customer_id=c.id,
            items=[ItemInput("Kue ulang tahun 24 cm", 1, 300_000, "Tulisan: SELAMAT ULTAH RINA")],
            deposit=deposit,
            pickup=PICKUP,
        )
        move_order(s, oid, OrderStatus.CONFIRMED, actor=db.actor, now=then)
        f.confirm(s, db.actor, then, oid)
        move_order(s, oid, OrderStatus.IN_PRODUCTION, actor=db.actor, now=then)
        ready = dt.datetime.combine(PICKUP, dt.time(9), UI_NOW.tzinfo)
        move_order(s, oid, OrderStatus.READY, actor=db.actor, now=ready)
        return code, oid

    return db.write(job)


def test_the_owner_loads_the_qris_from_a_photo_of_the_sticker(qtbot, window, db, tmp_path, monkeypatch):
    photo = tmp_path / "stiker-qris.jpg"
    sticker_photo(photo, STATIC)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(photo), ""))
    qtbot.keyClick(window, Qt.Key.Key_Comma, CTRL)  # Pengaturan › Profil toko
    dlg = only_dialog(window, ShopDialog)
    assert "Belum ada QRIS" in dlg.qris_info.text()
    qtbot.mouseClick(dlg.qris_image, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.qris.text() == STATIC, timeout=5000)
    assert "TOKO KUE MAWAR, BANDUNG" in dlg.qris_info.text() and "ID1020021234567" in dlg.qris_info.text()
    qtbot.keyClick(dlg, Qt.Key.Key_S, CTRL)
    with db.sessions() as s:
        assert settings.get(s, "shop.qris") == STATIC


def test_a_photo_without_a_qris_or_a_changed_character_is_refused(qtbot, window, db, tmp_path, monkeypatch):
    photo = tmp_path / "bukan-qris.png"
    qrcode.make("https://contoh.id/menu").save(photo)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(photo), ""))
    qtbot.keyClick(window, Qt.Key.Key_Comma, CTRL)
    dlg = only_dialog(window, ShopDialog)
    qtbot.mouseClick(dlg.qris_image, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "bukan kode pembayaran QRIS" in dlg.qris_info.text(), timeout=5000)
    assert dlg.qris.text() == ""
    # a pasted code with one character changed: the reason is shown, and saving is refused
    dlg.qris.setText(STATIC.replace("BANDUNG", "BANDUNX"))
    assert "CRC" in dlg.qris_info.text()
    qtbot.keyClick(dlg, Qt.Key.Key_S, CTRL)
    assert dlg.isVisible() and "CRC" in dlg.errors.text()
    with db.sessions() as s:
        assert settings.get(s, "shop.qris") == ""


def test_at_pickup_the_payment_screen_shows_the_code_for_balance_and_storage_fee(qtbot, runner, db):
    code, oid = ready_order(db)
    detail = shown(qtbot, OrderDetailDialog(runner, oid))
    detail.move_to(OrderStatus.COLLECTED)  # «Sudah diambil»: the handover form, as the fee is due
    dlg = detail.handover_dialog
    assert isinstance(dlg, HandoverDialog)
    shown(qtbot, dlg)
    assert dlg.fee == 15_000 and dlg.to_pay() == 200_000 + 15_000
    assert not dlg.qris.panel.isVisible()
    dlg.method.setCurrentIndex(dlg.method.findData(PaymentMethod.QRIS))
    panel = dlg.qris.panel
    assert panel.isVisible()
    assert panel.title.text() == "Bayar Rp215.000 dengan QRIS"
    assert "biaya simpan Rp15.000" in panel.detail.text()
    [shown_code] = decoded(panel.image)
    read = qris.read(shown_code)
    assert read.amount == 215_000 and read.bill_number == code and read.merchant_name == "TOKO KUE MAWAR"
    assert panel.image.pixmap().width() >= 250  # large enough to scan from the monitor

    # the customer scans and says it is paid: recorded, but pending until seen in the merchant app
    qtbot.keyClick(dlg, Qt.Key.Key_S, CTRL)
    assert dlg.isVisible() and dlg.qris.entry_id is not None
    assert "F8" in dlg.save_button.text() and "menunggu dana" in panel.status.text()
    [(status,)] = stored(db, select(Order.status).where(Order.id == oid))
    assert status == "ready"
    [(cleared,)] = stored(db, select(LedgerEntry.cleared).where(LedgerEntry.id == dlg.qris.entry_id))
    assert cleared is False
    # F8: the staff saw the money; cleared and handed over in one step
    qtbot.keyClick(dlg, Qt.Key.Key_F8)
    assert not dlg.isVisible()
    [(status,)] = stored(db, select(Order.status).where(Order.id == oid))
    assert status == "collected"
    kinds = [
        k
        for (k,) in stored(
            db, select(LedgerEntry.kind).where(LedgerEntry.order_id == oid).order_by(LedgerEntry.id)
        )
    ]
    assert kinds[-3:] == ["storage_fee", "payment", "clearance"]


def test_a_qris_payment_left_pending_stays_on_the_order(qtbot, runner, db):
    _, oid = ready_order(db)
    detail = shown(qtbot, OrderDetailDialog(runner, oid))
    qtbot.keyClick(detail, Qt.Key.Key_F2)
    pay = detail.payment_dialog
    assert isinstance(pay, PaymentDialog)
    shown(qtbot, pay)
    pay.method.setCurrentIndex(pay.method.findData(PaymentMethod.QRIS))
    pay.amount.set_value(50_000)
    assert pay.pending.isChecked() and not pay.pending.isEnabled()
    assert qris.read(decoded(pay.qris.panel.image)[0]).amount == 50_000
    qtbot.keyClick(pay, Qt.Key.Key_S, CTRL)
    pay.reject()  # «Tutup, periksa nanti»
    qtbot.waitUntil(lambda: detail.view is not None and detail.view.totals.pending == 50_000, timeout=2000)
    assert detail.clear_button.isEnabled()


def test_no_qris_loaded_says_where_to_load_it(qtbot, runner, db):
    _, oid = ready_order(db, with_qris=False)
    detail = shown(qtbot, OrderDetailDialog(runner, oid))
    qtbot.keyClick(detail, Qt.Key.Key_F2)
    pay = shown(qtbot, detail.payment_dialog)
    pay.method.setCurrentIndex(pay.method.findData(PaymentMethod.QRIS))
    assert pay.qris.panel.title.text() == "QRIS toko belum dimuat"
    assert "Profil toko" in pay.qris.panel.detail.text()


def test_scanning_a_payment_code_into_the_main_window_explains_it(qtbot, window, db):
    code, oid = ready_order(db)
    payment = qris.with_amount(STATIC, 215_000, reference=code)
    table = window.orders_page.table
    table.setFocus()
    scan(qtbot, table, payment)
    box = window.qris_scan_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    text = box.text()
    assert "kode pembayaran QRIS" in text and "Rp215.000" in text and "TOKO KUE MAWAR" in text
    assert code in text
    assert window.orders_page.search.text() == ""  # nothing typed into a field
    opener = next(b for b in box.buttons() if "Buka pesanan" in b.text())
    qtbot.mouseClick(opener, Qt.MouseButton.LeftButton)
    assert only_dialog(window, OrderDetailDialog).order_id == oid


def test_a_foreign_payment_code_is_explained_as_not_ours(qtbot, window, db):
    ready_order(db)
    other = qris.build_static(name="WARUNG LAIN", city="JAKARTA", merchant_id="ID9999999999999")
    window.orders_page.search.setFocus()
    scan(qtbot, window.orders_page.search, qris.with_amount(other, 10_000))
    text = window.qris_scan_box.text()
    assert "WARUNG LAIN" in text and "Bukan QRIS toko ini" in text
    assert window.orders_page.search.text() == ""


def test_delivery_is_offered_and_accepted_from_the_order(qtbot, runner, db, monkeypatch):
    opened: list[str] = []
    monkeypatch.setattr(delivery_offer, "open_url", lambda url: opened.append(url) or True)
    db.write(
        lambda s: delivery.save_rates(
            s, [DeliveryRate("Bandung kota", 15_000, 1)], 5_000, actor=db.actor, now=UI_NOW
        )
    )
    _, oid = ready_order(db)
    detail = shown(qtbot, OrderDetailDialog(runner, oid))
    qtbot.keyClick(detail, Qt.Key.Key_A, CTRL | SHIFT)
    dlg = shown(qtbot, detail.offer_dialog)
    assert isinstance(dlg, DeliveryOfferDialog)
    dlg.area.setCurrentIndex(1)  # Bandung kota
    assert dlg.delivery_fee.value() == 15_000 and dlg.packing_fee.value() == 5_000
    costs = dlg.costs.text()
    assert "Rp200.000" in costs and "Rp15.000" in costs and "Rp235.000" in costs  # 200 + 15 + 15 + 5
    assert "Total: Rp235.000" in dlg.message.toPlainText()
    assert "Jl. Melati 12" in dlg.message.toPlainText()

    # a fee that is not a rupiah amount: a clear message, nothing written
    dlg.delivery_fee.setText("lima belas ribu")
    qtbot.keyClick(dlg, Qt.Key.Key_S, CTRL)
    assert "rupiah" in dlg.errors.text().lower() or "angka" in dlg.errors.text().lower()
    assert stored(db, select(DeliveryOffer.id)) == []
    dlg.delivery_fee.set_value(15_000)

    qtbot.mouseClick(dlg.wa_button, Qt.MouseButton.LeftButton)
    assert opened and opened[0].startswith("https://wa.me/")
    qtbot.keyClick(dlg, Qt.Key.Key_S, CTRL)
    assert not dlg.isVisible()
    [(status, total_fee)] = stored(db, select(DeliveryOffer.status, DeliveryOffer.delivery_fee))
    assert (status, total_fee) == ("sent", 15_000)
    sent = select(LogEntry.id).where(LogEntry.order_id == oid, LogEntry.text.contains("Rp235.000"))
    assert stored(db, sent)

    # the customer answers yes: the same key opens the answer
    shown(qtbot, detail)
    qtbot.keyClick(detail, Qt.Key.Key_A, CTRL | SHIFT)
    answer = shown(qtbot, detail.offer_dialog)
    assert answer is not dlg
    assert answer.pages.currentIndex() == 1 and "Rp235.000" in answer.offer_summary.text()
    qtbot.keyClicks(answer.answer_note, "Setuju lewat WA")
    qtbot.keyClick(answer, Qt.Key.Key_Return, CTRL)
    assert not answer.isVisible()
    [(fulfilment,)] = stored(db, select(Order.fulfilment).where(Order.id == oid))
    assert fulfilment == "delivery"
    assert stored(db, select(Shipment.status).where(Shipment.order_id == oid)) == [("packed",)]
    qtbot.waitUntil(lambda: detail.view is not None and detail.view.totals.balance == 235_000, timeout=2000)
    assert not detail.offer_button.isEnabled()


def test_the_owner_edits_the_fee_table(qtbot, window, db):
    dlg = window.rates_settings()
    shown(qtbot, dlg)
    qtbot.keyClick(dlg, Qt.Key.Key_N, CTRL)
    dlg.table.item(0, 0).setText("Cimahi")
    dlg.table.item(0, 1).setText("25.000")
    dlg.table.item(0, 2).setText("2")
    qtbot.keyClick(dlg, Qt.Key.Key_N, CTRL)
    dlg.table.item(1, 0).setText("Sumedang")
    dlg.table.item(1, 1).setText("empat puluh")
    qtbot.keyClick(dlg, Qt.Key.Key_S, CTRL)
    assert dlg.isVisible() and "Baris 2" in dlg.errors.text()
    with db.sessions() as s:
        assert delivery.rates(s) == []
    dlg.table.item(1, 1).setText("Rp45.000")
    qtbot.keyClick(dlg, Qt.Key.Key_S, CTRL)
    assert not dlg.isVisible()
    with db.sessions() as s:
        assert delivery.rates(s) == [DeliveryRate("Cimahi", 25_000, 2), DeliveryRate("Sumedang", 45_000, 1)]
