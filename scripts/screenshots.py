"""Take screenshots of every screen on the demo data (offscreen), for docs/ and review.

QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py docs/screenshots
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from tokodesk.db.models import Order
from tokodesk.domain.log import Channel, Direction
from tokodesk.services import customers as customer_service
from tokodesk.services import log as log_service
from tokodesk.services import orders as order_service
from tokodesk.services.database import open_database
from tokodesk.services.demo import fill_demo
from tokodesk.ui import i18n
from tokodesk.ui.app import demo_hint
from tokodesk.ui.main_window import MainWindow
from tokodesk.ui.quick_log import LogTarget, png_bytes
from tokodesk.ui.runner import SyncRunner


def settle(app, n=30):
    for _ in range(n):
        app.processEvents()


def fake_chat(name: str, bubbles: list[tuple[bool, str]], w: int = 360, h: int = 560) -> QImage:
    """A WhatsApp-like screenshot: a header with the contact, then the bubbles (True = theirs)."""
    img = QImage(w, h, QImage.Format.Format_RGB32)
    img.fill(QColor("#ece5dd"))
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.fillRect(0, 0, w, 56, QColor("#075e54"))
    f = QFont(p.font())
    f.setPixelSize(17)
    f.setBold(True)
    p.setFont(f)
    p.setPen(QColor("white"))
    p.drawText(QRect(16, 0, w - 32, 56), Qt.AlignmentFlag.AlignVCenter, name)
    f.setPixelSize(14)
    f.setBold(False)
    p.setFont(f)
    y = 72
    for theirs, text in bubbles:
        box = p.fontMetrics().boundingRect(QRect(0, 0, w - 120, 400), Qt.TextFlag.TextWordWrap, text)
        bw, bh = box.width() + 24, box.height() + 18
        x = 12 if theirs else w - bw - 12
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("white" if theirs else "#dcf8c6"))
        p.drawRoundedRect(x, y, bw, bh, 8, 8)
        p.setPen(QColor("#111111"))
        p.drawText(QRect(x + 12, y + 9, bw - 24, bh - 18), Qt.TextFlag.TextWordWrap, text)
        y += bh + 10
    p.end()
    return img


def demo_log(db, order_id: int, now: dt.datetime):
    """A few days of talk with the customer of ``order_id``: chats with a screenshot, a call,
    a transfer receipt, a note, and a correction."""
    chat = fake_chat(
        "Sari Wulandari",
        [
            (True, "Kak, nama punggungnya RAKHA ya, pakai H. Kemarin saya salah ketik 🙏"),
            (False, "Siap kak, kami ganti jadi RAKHA. Ukuran tetap 4 M, 6 L, 2 XL ya?"),
            (True, "Iya betul. Jadinya bisa diambil kapan kak?"),
            (False, "Sabtu mulai jam 10 kak 👍"),
        ],
    )
    receipt = b"%PDF-1.4\n% bukti transfer DP\n"

    def work(s):
        view = order_service.get_order(s, order_id)
        cid = view.customer_id

        def add(days, hours, channel, direction, text, attachments=(), corrects=None, order=True):
            data = log_service.LogInput(
                cid,
                channel,
                direction,
                text,
                order_id=order_id if order else None,
                happened_at=now - dt.timedelta(days=days, hours=hours),
                attachments=list(attachments),
                corrects_id=corrects,
            )
            return log_service.add_entry(s, data, actor=db.actor, now=now - dt.timedelta(days=days))[0]

        add(
            4,
            3,
            Channel.WHATSAPP,
            Direction.IN,
            "Kak, mau pesan kaos sablon 12 pcs buat arisan. Bisa?",
            order=False,
        )
        add(
            3,
            5,
            Channel.WHATSAPP,
            Direction.IN,
            "Ganti nama punggung RAKA → RAKHA (screenshot chat)",
            [log_service.FileInput("chat-ganti-nama.png", png_bytes(chat))],
        )
        add(
            3,
            4,
            Channel.EMAIL,
            Direction.IN,
            "Bukti transfer DP",
            [log_service.FileInput("bukti-dp.pdf", receipt)],
        )
        wrong = add(2, 6, Channel.PHONE, Direction.OUT, "Telepon: pesanan siap diambil Jumat")
        add(
            2,
            5,
            Channel.PHONE,
            Direction.OUT,
            "Telepon: pesanan siap diambil Sabtu jam 10, bukan Jumat",
            corrects=wrong,
        )
        add(
            1,
            2,
            Channel.IN_PERSON,
            Direction.NOTE,
            "Desain dicek ulang: nama punggung sudah RAKHA, ukuran cocok.",
        )
        return customer_service.get_customer(s, cid), view

    return db.write(work), chat


def sign_in(w: MainWindow, name: str, pin: str) -> None:
    panel = w.lock_screen.sign_in
    rows = [panel.people.item(i).text().split("  ·")[0] for i in range(panel.people.count())]
    panel.people.setCurrentRow(rows.index(name))
    panel.pin.setText(pin)
    panel.submit()


def main(out: Path, language: str = "id") -> None:
    import faulthandler

    faulthandler.dump_traceback_later(400, exit=True)  # a modal left open must not hang the tour
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    from tokodesk.ui import style

    style.install(app)  # the look the app has
    i18n.install_translators(app, language)
    db = open_database(str(Path(tempfile.mkdtemp()) / "demo.sqlite3"))
    now = dt.datetime.now(dt.UTC)
    db.write(lambda s: fill_demo(s, now=now))
    runner = SyncRunner(db)
    w = MainWindow(runner)
    w.resize(1366, 768)  # a common counter PC screen
    w.demo_hint = demo_hint()
    w.show()
    w.database_ready(db)  # nobody signed in yet: the sign-in screen covers the window
    settle(app)
    w.lock_screen.grab().save(str(out / "sign-in.png"))
    sign_in(w, "Dewi", "2580")  # a staff member: the owner's settings are greyed out
    settle(app)
    assert runner.actor.name == "Dewi", "the demo staff member could not sign in"
    w.grab().save(str(out / "orders-staff.png"))
    w.lock()
    sign_in(w, "Bu Rina", "1234")  # the owner for the rest of the tour
    settle(app)
    assert runner.actor.name == "Bu Rina"
    w.grab().save(str(out / "orders.png"))

    w.nav.setCurrentRow(1)
    settle(app)
    w.grab().save(str(out / "customers.png"))
    w.show_agenda()
    settle(app)
    w.grab().save(str(out / "agenda.png"))
    w.nav.setCurrentRow(0)

    # the new-order dialog, filled in the way staff would
    dlg = w.new_order()
    dlg.customer_search.setText("Sari")
    dlg.picker.run_search(then=dlg.picker.pick_current)
    for name, qty, price, details in [
        ("Kaos sablon custom", "12", "85.000", "Nama punggung + nomor, ukuran: 4 M, 6 L, 2 XL"),
        ("Mug foto", "2", "45.000", "Foto keluarga, tulisan: Happy Anniversary"),
    ]:
        dlg.item_name.setText(name)
        dlg.item_qty.setText(qty)
        dlg.item_price.setText(price)
        dlg.item_details.setText(details)
        dlg.add_item()
    settle(app)
    dlg.grab().save(str(out / "new_order.png"))
    dlg.reject()

    def pick(s):
        ready = s.scalar(select(Order.id).where(Order.status == "ready").order_by(Order.id.desc()).limit(1))
        forfeited = s.scalar(select(Order.id).where(Order.status == "forfeited").limit(1))
        return ready, forfeited

    ready, forfeited = db.read(pick)
    for name, oid in (("order_detail", ready), ("order_detail_forfeited", forfeited)):
        d = w.open_order(oid)
        settle(app)
        d.grab().save(str(out / f"{name}.png"))
        d.reject()

    d = w.open_order(ready)
    d.open_preview()
    settle(app)
    d.document_dialog.grab().save(str(out / "print_preview.png"))
    d.document_dialog.reject()
    d.reject()

    s = w.shop_settings()
    settle(app)
    s.grab().save(str(out / "shop_settings.png"))
    s.reject()

    # the communication log: a customer's log window, and the quick-log form with a screenshot
    (row, view), chat = demo_log(db, ready, now)
    log = w.open_customer_log(row)
    log.resize(980, 720)
    lv = log.log_view
    shot = next(r for r, e in enumerate(lv.model.entries) if e.attachments and len(e.attachments) == 1)
    lv.list.setCurrentIndex(lv.model.index(shot, 0))
    lv.list.scrollTo(lv.model.index(max(shot - 2, 0), 0), lv.list.ScrollHint.PositionAtTop)
    for _ in range(5):
        settle(app)
    log.grab().save(str(out / "log_view.png"))
    log.reject()
    d = w.open_order(ready)
    d.tabs.setCurrentWidget(d.log_view)
    for _ in range(5):
        settle(app)
    d.grab().save(str(out / "order_detail_log.png"))
    form = w._open_quick_log(LogTarget(row.id, row.name, row.phone, view.id, view.code))
    form.text.setPlainText("Pelanggan kirim foto contoh warna navy; minta disamakan dengan contoh ini.")
    form.attach_image(chat)
    settle(app)
    form.grab().save(str(out / "quick_log.png"))
    form.done(0)
    d.reject()

    c = w.new_customer()
    c.name.setText("")
    c.phone.setText("0812-12")
    c.save()
    settle(app)
    c.grab().save(str(out / "customer_invalid.png"))
    c.reject()

    # the owner's screens: staff and permissions, then who did what
    staff_dlg = w.staff_settings()
    staff_dlg.resize(900, 560)
    for _ in range(3):
        settle(app)
    staff_dlg.grab().save(str(out / "staff.png"))
    staff_dlg.reject()
    trail = w.show_audit()
    trail.resize(1100, 620)
    for _ in range(5):
        settle(app)
    trail.grab().save(str(out / "audit.png"))
    trail.reject()
    # shipping: the parcels on their way, COD cash not yet received, the shipment form
    w.nav.setCurrentRow(3)
    for _ in range(4):
        settle(app)
    w.grab().save(str(out / "follow_up.png"))
    w.nav.setCurrentRow(4)
    for _ in range(4):
        settle(app)
    w.grab().save(str(out / "cod.png"))
    w.nav.setCurrentRow(0)

    def ready_delivery(s):
        return s.scalar(
            select(Order.id)
            .where(Order.status == "ready", Order.fulfilment != "pickup")
            .order_by(Order.id.desc())
            .limit(1)
        )

    oid = db.read(ready_delivery)
    if oid is not None:
        d = w.open_order(oid)
        settle(app)
        d.ship()
        for _ in range(4):
            settle(app)
        d.shipment_dialog.grab().save(str(out / "shipment_form.png"))
        d.shipment_dialog.reject()
        d.reject()
    # the owner's blacklist review: suggestions, flagged customers, the evidence
    review = w.show_review()
    review.resize(1200, 700)
    for _ in range(5):
        settle(app)
    review.grab().save(str(out / "blacklist_review.png"))
    review.reject()
    # complaint cases (the demo has some handled and two still open), feedback, the reports
    from sqlalchemy import select as _select

    from tokodesk.db.models import Complaint, Feedback
    from tokodesk.domain.complaints import Finding, Resolution

    w.nav.setCurrentRow(5)
    w.complaints_page.open_only.setChecked(False)
    w.complaints_page.refresh()
    for _ in range(4):
        settle(app)
    w.grab().save(str(out / "complaints.png"))
    open_case = db.read(
        lambda s: s.scalar(_select(Complaint.id).where(Complaint.status == "checking").limit(1))
    )
    case = w.complaints_page.open_case(open_case)
    case.resize(1280, 720)
    for _ in range(4):
        settle(app)
    case.grab().save(str(out / "complaint_case.png"))
    form = case.resolve()
    form.finding.setCurrentIndex(form.finding.findData(Finding.SHOP))
    form.select(Resolution.PARTIAL_REFUND)
    form.refund_amount.setText("10.000")
    form.note.setText("Potongan karena warna beda")
    for _ in range(3):
        settle(app)
    form.grab().save(str(out / "complaint_resolve.png"))
    form.reject()
    case.reject()
    rated = db.read(
        lambda s: s.scalar(_select(Feedback.order_id).where(Feedback.rating.is_not(None)).limit(1))
    )
    d = w.open_order(rated)
    for _ in range(3):
        settle(app)
    d.grab().save(str(out / "order_detail_feedback.png"))
    d.reject()
    for kind, name in (("monthly", "report_monthly.png"), ("daily", "report_daily.png")):
        rep = w.show_reports(kind)
        rep.resize(1100, 740)
        for _ in range(4):
            settle(app)
        rep.grab().save(str(out / name))
        rep.reject()
    # QRIS: the handover of an overdue order paid by QRIS (the code for balance + storage fee,
    # large, then waiting for F8), a payment code scanned into the main window, the delivery
    # offer for a customer who did not come, and the shop's QRIS in the settings
    from tokodesk.domain import qris as qris_rules
    from tokodesk.domain.ledger import PaymentMethod
    from tokodesk.domain.orders import OrderStatus
    from tokodesk.services import pickup as pickup_service
    from tokodesk.services import qris as qris_service
    from tokodesk.services.payments import order_totals

    def overdue(s):
        """Ready pickup orders owing a storage fee today, those with no delivery offer first."""
        from tokodesk.db.models import DeliveryOffer

        today = later.astimezone().date()
        offered = set(s.scalars(_select(DeliveryOffer.order_id)))
        late = [
            o.id
            for o in s.scalars(_select(Order).where(Order.status == "ready", Order.fulfilment == "pickup"))
            if pickup_service.order_pickup(s, o, today).fee_due > 0
            and not order_totals(s, o).pending
            and order_totals(s, o).balance > 0
        ]
        return sorted(late, key=lambda oid: (oid in offered, oid)) or [ready]

    # a few days on, so that customers who have not come owe a storage fee
    later = now + dt.timedelta(days=3)
    runner.clock = lambda: later
    late = db.read(overdue)
    d = w.open_order(late[0])
    settle(app)
    offer = d.offer_delivery()
    assert offer is not None, (d.view and (d.view.status, d.view.fulfilment), d.offer_button.isEnabled())
    offer.area.setCurrentIndex(1)
    for _ in range(4):
        settle(app)
    offer.grab().save(str(out / "delivery_offer.png"))
    offer.reject()
    d.reject()
    d = w.open_order(late[0])
    d.move_to(OrderStatus.COLLECTED)
    hand = d.handover_dialog
    hand.method.setCurrentIndex(hand.method.findData(PaymentMethod.QRIS))
    for _ in range(4):
        settle(app)
    hand.grab().save(str(out / "payment_qris.png"))
    hand.save()
    for _ in range(3):
        settle(app)
    hand.grab().save(str(out / "payment_qris_waiting.png"))
    hand.reject()
    d.reject()
    shop = db.read(qris_service.shop_qris)
    code = db.read(lambda s: s.get(Order, late[0]).code)
    w.open_scanned(qris_rules.with_amount(shop.payload, hand.to_pay(), reference=code))
    for _ in range(3):
        settle(app)
    w.qris_scan_box.grab().save(str(out / "qris_scan.png"))
    w.qris_scan_box.reject()
    s = w.shop_settings()
    for _ in range(3):
        settle(app)
    s.grab().save(str(out / "shop_settings.png"))
    s.reject()
    lang = w.language_settings()  # this PC's screen language and the customers' language
    lang.customer.setCurrentIndex(lang.customer.findData("en"))  # shown, not saved
    settle(app)
    lang.grab().save(str(out / "language.png"))
    lang.reject()
    w.close()
    db.close()
    print("saved to", out)


if __name__ == "__main__":
    # scripts/screenshots.py [DIR] [--lang en]: the tour in Indonesian (default) or English
    args = [a for a in sys.argv[1:] if not a.startswith("--lang")]
    lang = next((a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--lang=")), "id")
    main(Path(args[0] if args else "docs/screenshots"), lang)
    sys.exit(0)
