"""Complaints and feedback driven through the real widgets: a complaint opened from a paid
order and handled to a partial refund, a refund refused to staff without the permission, the
list with its keys, the owner's guidelines beside the case, and the customer's feedback."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from tokodesk.db.models import Complaint, ComplaintGuideline, Feedback, LedgerEntry, LogEntry, Order
from tokodesk.domain.complaints import ComplaintType, Finding, Resolution
from tokodesk.domain.ledger import PaymentMethod
from tokodesk.domain.log import Channel, Direction
from tokodesk.domain.orders import Fulfilment, OrderStatus
from tokodesk.services import complaints, customers, orders, payments
from tokodesk.services import log as log_service
from tokodesk.services.orders import ItemInput, OrderInput
from tokodesk.ui import complaint_dialogs
from tokodesk.ui.complaint_dialogs import (
    FeedbackRequestDialog,
    FindingDialog,
    GuidelinesDialog,
    RatingDialog,
    ReplyDialog,
    ResolveDialog,
)
from tokodesk.ui.complaints import ComplaintDialog, ComplaintsPage, NewComplaintDialog
from tokodesk.ui.order_detail import OrderDetailDialog

from .conftest import UI_NOW
from .test_shipping_ui import shown, sign_in_staff, stored

CTRL = Qt.KeyboardModifier.ControlModifier
LEFT = Qt.MouseButton.LeftButton


def paid_order(db, name="Sari Wulandari", phone="0812-7777-0101", *, paid=300_000):
    """A pickup order of Rp300.000, paid in full and collected, with the customer's chat
    about it in the log.  Returns (order id, customer id, log entry id)."""

    def job(s):
        actor, then = db.actor, UI_NOW - dt.timedelta(days=3)
        c, _ = customers.create_customer(
            s, customers.CustomerInput(name=name, phone=phone), actor=actor, now=then
        )
        _code, ch = orders.take_order(
            s,
            OrderInput(
                customer_id=c.id,
                items=[ItemInput("Kaos sablon 12 pcs", 1, paid, "")],
                fulfilment=Fulfilment.PICKUP,
                pickup_date=UI_NOW.date(),
                deposit=paid,
                method=PaymentMethod.TRANSFER,
            ),
            actor=actor,
            now=then,
        )
        orders.move_order(s, ch.order_id, OrderStatus.READY, actor=actor, now=then)
        orders.move_order(
            s, ch.order_id, OrderStatus.COLLECTED, actor=actor, now=UI_NOW - dt.timedelta(days=1)
        )
        log_id, _ = log_service.add_entry(
            s,
            log_service.LogInput(
                c.id,
                Channel.WHATSAPP,
                Direction.IN,
                "Kak, kaosnya sobek di jahitan bahu, 3 pcs",
                order_id=ch.order_id,
                happened_at=UI_NOW - dt.timedelta(hours=1),
            ),
            actor=actor,
            now=UI_NOW - dt.timedelta(hours=1),
        )
        return ch.order_id, c.id, log_id

    return db.write(job)


def a_complaint(db, customer_id, order_id, kind=ComplaintType.DAMAGED):
    def job(s):
        cid, _ = complaints.open_complaint(
            s,
            complaints.ComplaintInput(customer_id, kind, "Kaosnya sobek", order_id=order_id),
            actor=db.actor,
            now=UI_NOW,
        )
        return cid

    return db.write(job)


def at(runner, minutes: int) -> dt.datetime:
    t = UI_NOW + dt.timedelta(minutes=minutes)
    runner.clock = lambda: t
    return t


def test_a_complaint_from_a_paid_order_to_a_partial_refund(qtbot, runner, db, monkeypatch):
    opened: list[str] = []
    monkeypatch.setattr(complaint_dialogs, "open_url", lambda url: opened.append(url) or True)
    oid, _cust, log_id = paid_order(db)
    detail = shown(qtbot, OrderDetailDialog(runner, oid))
    assert detail.complaints_label.text() == "Keluhan: tidak ada"

    # Ctrl+Shift+C on the order: the complaint form, preset to this customer and order
    qtbot.keyClick(detail, Qt.Key.Key_C, CTRL | Qt.KeyboardModifier.ShiftModifier)
    new = detail.complaint_dialog
    assert isinstance(new, NewComplaintDialog)
    shown(qtbot, new)
    assert new.picker.search.text() == "Sari Wulandari"
    assert new.order.currentData() == oid
    new.kind.setCurrentIndex(new.kind.findData(ComplaintType.DAMAGED))
    assert "sobek di jahitan" in new.evidence.item(0).text()
    new.evidence.setFocus()
    new.evidence.setCurrentRow(0)
    qtbot.keyClick(new.evidence, Qt.Key.Key_Space)  # ticks the chat as evidence
    assert new.evidence.item(0).checkState() == Qt.CheckState.Checked
    qtbot.keyClicks(new.words, "Kaosnya sobek di jahitan bahu, 3 pcs. Minta ganti.")
    with qtbot.waitSignal(new.saved):
        qtbot.keyClick(new, Qt.Key.Key_S, CTRL)

    # the case opens at once, the guideline of its type beside it
    case = detail.complaint_dialog
    assert isinstance(case, ComplaintDialog)
    shown(qtbot, case)
    assert case.status.text() == "Baru"
    assert "Minta foto/video kerusakan" in case.guideline_steps.text()
    assert case.guideline_steps.isVisible() and case.guideline_reply.isVisible()
    assert "sobek di jahitan" in case.evidence.item(0).text()
    assert "belum ditanggapi" in case.facts.text()
    assert "#1 Barang rusak" in detail.complaints_label.text()

    # reply ten minutes later: the guideline's reply, WhatsApp, «Sudah terkirim»
    replied = at(runner, 10)
    qtbot.mouseClick(case.action_buttons["reply"], LEFT)
    reply = case.form
    assert isinstance(reply, ReplyDialog)
    shown(qtbot, reply)
    assert "Halo Kak Sari Wulandari" in reply.text.toPlainText()
    qtbot.mouseClick(reply.wa_button, LEFT)
    assert opened and opened[0].startswith("https://wa.me/6281277770101?text=Halo%20Kak%20Sari")
    qtbot.keyClick(reply, Qt.Key.Key_S, CTRL)
    assert not reply.isVisible()
    assert case.status.text() == "Sudah ditanggapi"
    assert "(setelah 10 menit)" in case.facts.text()
    [(first,)] = stored(db, select(Complaint.first_response_at))
    assert first == replied

    # start checking, then the finding
    at(runner, 40)
    qtbot.mouseClick(case.action_buttons["check"], LEFT)
    assert case.status.text() == "Sedang dicek"
    assert not case.action_buttons["check"].isEnabled()
    qtbot.mouseClick(case.action_buttons["finding"], LEFT)
    finding = case.form
    assert isinstance(finding, FindingDialog)
    shown(qtbot, finding)
    finding.finding.setCurrentIndex(finding.finding.findData(Finding.SHOP))
    qtbot.keyClicks(finding.note, "jahitan memang lepas")
    qtbot.keyClick(finding, Qt.Key.Key_S, CTRL)
    assert "Kesalahan toko" in case.facts.text()

    # resolve: a partial refund of Rp100.000 by transfer
    closed = at(runner, 125)
    qtbot.mouseClick(case.action_buttons["resolve"], LEFT)
    form = case.form
    assert isinstance(form, ResolveDialog)
    shown(qtbot, form)
    assert form.finding.currentData() == Finding.SHOP
    form.select(Resolution.PARTIAL_REFUND)
    assert form.refund_amount.isVisible() and not form.resend_box.isVisible()
    assert "Rp300.000" in form.paid_label.text()
    qtbot.keyClicks(form.refund_amount, "100000")
    assert form.cost.text() == "100.000"  # the cost follows the refund
    assert form.refund_method.currentData() == PaymentMethod.TRANSFER
    qtbot.keyClick(form, Qt.Key.Key_S, CTRL)
    assert not form.isVisible(), form.errors.text()

    # what was stored: the refund in the ledger, the case closed with its times and cost
    [(amount, method, _kind)] = stored(
        db,
        select(LedgerEntry.amount, LedgerEntry.method, LedgerEntry.kind).where(
            LedgerEntry.order_id == oid, LedgerEntry.kind == "refund"
        ),
    )
    assert (amount, method) == (100_000, "transfer")
    assert db.read(lambda s: payments.order_totals(s, s.get(Order, oid)).paid) == 200_000
    [(status, res, cost, first, closed_at, refund_id)] = stored(
        db,
        select(
            Complaint.status,
            Complaint.resolution,
            Complaint.cost,
            Complaint.first_response_at,
            Complaint.closed_at,
            Complaint.refund_entry_id,
        ),
    )
    assert (status, res, cost) == ("resolved", "partial_refund", 100_000)
    assert first == replied and closed_at == closed and first < closed_at
    assert refund_id is not None
    # … and what is shown
    assert case.status.text() == "Selesai"
    assert "Refund sebagian" in case.facts.text() and "Rp100.000" in case.facts.text()
    assert "lama kasus 2 jam 5 menit" in case.facts.text()
    assert not any(b.isEnabled() for b in case.action_buttons.values())
    assert detail.view.totals.paid == 200_000  # the order reloaded with the refund
    assert "Selesai" in detail.complaints_label.text()
    assert [log_id] == [e.log_entry_id for e in case.view.evidence if e.direction == "in"]

    # the month's report shows the case: counted, its times, its cost and resolution
    from tokodesk.ui.reports import ReportsDialog

    report = shown(qtbot, ReportsDialog(runner, UI_NOW.astimezone().date(), kind="monthly"))
    text = report.view.toPlainText()
    for expected in (
        "Keluhan masuk\n1",
        "Keluhan ditutup\n1",
        "Median waktu tanggapan pertama\n10 menit",
        "Median waktu penyelesaian\n2 jam 5 menit",
        "Biaya keluhan bagi toko\nRp100.000",
    ):
        assert expected in text, expected
    assert "Refund sebagian" in text and "Kesalahan toko" in text


def test_staff_without_the_reversal_permission_cannot_refund(qtbot, runner, db):
    oid, cust, _log = paid_order(db)
    cid = a_complaint(db, cust, oid)
    sign_in_staff(db, runner)  # Dewi: no reversal permission
    case = shown(qtbot, ComplaintDialog(runner, cid))
    qtbot.mouseClick(case.action_buttons["resolve"], LEFT)
    form = shown(qtbot, case.form)
    form.finding.setCurrentIndex(form.finding.findData(Finding.SHOP))
    form.select(Resolution.PARTIAL_REFUND)
    qtbot.keyClicks(form.refund_amount, "100000")
    qtbot.keyClick(form, Qt.Key.Key_S, CTRL)

    assert form.isVisible()
    assert "Dewi tidak berhak melakukan ini" in form.errors.text()
    assert form.refund_amount.text() == "100000"  # nothing typed is lost
    assert stored(db, select(LedgerEntry.id).where(LedgerEntry.kind == "refund")) == []
    assert stored(db, select(Complaint.status, Complaint.closed_at)) == [("new", None)]


def test_the_list_opens_cases_by_keyboard_and_a_bad_form_keeps_what_was_typed(qtbot, runner, db):
    oid, cust, _log = paid_order(db)
    a_complaint(db, cust, oid, ComplaintType.LATE)
    page = shown(qtbot, ComplaintsPage(runner))
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.table.setFocus()
    assert page.summary.text() == "1 kasus terbuka"
    qtbot.waitUntil(lambda: page.model.data(page.model.index(0, 2)) == "Sari Wulandari")
    assert page.model.data(page.model.index(0, 4)) == "Terlambat"

    # N: a new complaint; saved without a customer, then without words: said, nothing lost
    qtbot.keyClick(page.table, Qt.Key.Key_N)
    new = shown(qtbot, page.new_dialog)
    new.kind.setCurrentIndex(new.kind.findData(ComplaintType.WRONG_ITEM))
    qtbot.keyClick(new, Qt.Key.Key_S, CTRL)
    assert "Pilih pelanggan dulu" in new.errors.text()
    assert new.picker.search.hasFocus()
    qtbot.keyClicks(new.picker.search, "Sari")
    qtbot.keyClick(new.picker.search, Qt.Key.Key_Return)
    assert new.customer_id == cust and new.order.currentData() == oid
    qtbot.keyClick(new, Qt.Key.Key_S, CTRL)
    assert "kata-katanya sendiri" in new.errors.text()
    assert new.kind.currentData() == ComplaintType.WRONG_ITEM and new.isVisible()
    qtbot.keyClicks(new.words, "Warnanya beda, pesan hitam datang navy")
    qtbot.keyClick(new, Qt.Key.Key_S, CTRL)
    assert not new.isVisible()

    # the new case opened; the list shows both, newest first
    case = page.case_dialog
    assert case is not None and case.view.kind is ComplaintType.WRONG_ITEM
    assert "Cocokkan dengan pesanan" in case.guideline_steps.text()
    case.reject()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert page.summary.text() == "2 kasus terbuka"
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.table.setFocus()
    page.table.selectRow(1)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.case_dialog is not case and page.case_dialog.view.kind is ComplaintType.LATE

    # the search narrows the list
    qtbot.keyClicks(page.search, "navy")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)


def test_the_owner_edits_a_guideline_and_the_next_case_shows_it(qtbot, runner, db):
    oid, cust, _log = paid_order(db)
    dlg = shown(qtbot, GuidelinesDialog(runner))
    dlg.select(ComplaintType.DAMAGED)
    assert "Minta foto/video kerusakan" in dlg.steps.toPlainText()
    assert dlg.state.text() == "Memakai panduan bawaan."
    dlg.steps.selectAll()
    qtbot.keyClicks(dlg.steps, "1. Minta video unboxing.")
    qtbot.keyClick(dlg.steps, Qt.Key.Key_Return)
    qtbot.keyClicks(dlg.steps, "2. Ganti hari ini juga.")
    dlg.reply.selectAll()
    qtbot.keyClicks(dlg.reply, "Halo Kak {nama}, maaf ya. Kami ganti hari ini. - {toko}")
    qtbot.keyClick(dlg, Qt.Key.Key_S, CTRL)
    assert not dlg.isVisible(), dlg.errors.text()

    cid = a_complaint(db, cust, oid)
    case = shown(qtbot, ComplaintDialog(runner, cid))
    assert "Ganti hari ini juga" in case.guideline_steps.text()
    assert "Minta foto/video" not in case.guideline_steps.text()
    qtbot.mouseClick(case.action_buttons["reply"], LEFT)
    assert case.form.text.toPlainText().startswith("Halo Kak Sari Wulandari, maaf ya.")
    case.form.reject()

    # a placeholder that does not exist is refused in the form
    dlg = shown(qtbot, GuidelinesDialog(runner))
    dlg.select(ComplaintType.DAMAGED)
    assert dlg.state.text() == "Panduan toko sendiri."
    qtbot.keyClicks(dlg.reply, " {tidak_ada}")
    qtbot.keyClick(dlg, Qt.Key.Key_S, CTRL)
    assert dlg.isVisible() and "tidak_ada" in dlg.errors.text()
    # «Kembalikan bawaan»: both emptied, saved, the built-in guideline is back
    qtbot.mouseClick(dlg.default_button, LEFT)
    assert dlg.steps.toPlainText() == "" and "Minta foto/video" in dlg.steps.placeholderText()
    qtbot.keyClick(dlg, Qt.Key.Key_S, CTRL)
    assert not dlg.isVisible(), dlg.errors.text()
    assert stored(db, select(ComplaintGuideline.kind)) == []
    case.reload()
    assert "Minta foto/video kerusakan" in case.guideline_steps.text()


def test_feedback_request_is_logged_and_the_rating_is_stored_and_shown(qtbot, runner, db, monkeypatch):
    monkeypatch.setattr(complaint_dialogs, "open_url", lambda url: True)
    oid, _cust, _log = paid_order(db)
    detail = shown(qtbot, OrderDetailDialog(runner, oid))
    assert detail.feedback_label.text() == "Ulasan: belum diminta"
    assert detail.feedback_request_button.isEnabled()

    qtbot.mouseClick(detail.feedback_request_button, LEFT)
    ask = detail.feedback_dialog
    assert isinstance(ask, FeedbackRequestDialog)
    shown(qtbot, ask)
    text = ask.text.toPlainText()
    assert "Sari Wulandari" in text
    qtbot.mouseClick(ask.wa_button, LEFT)
    qtbot.keyClick(ask, Qt.Key.Key_S, CTRL)
    assert not ask.isVisible(), ask.errors.text()
    [(requested_at, channel)] = stored(db, select(Feedback.requested_at, Feedback.request_channel))
    assert (requested_at, channel) == (UI_NOW, "whatsapp")
    assert stored(db, select(LogEntry.text).where(LogEntry.source == "feedback")) == [(text,)]
    assert "diminta 22 Nov 2026" in detail.feedback_label.text()
    assert "lewat WhatsApp" in detail.feedback_label.text()

    qtbot.mouseClick(detail.rating_button, LEFT)
    rate = detail.feedback_dialog
    assert isinstance(rate, RatingDialog)
    shown(qtbot, rate)
    qtbot.keyClick(rate, Qt.Key.Key_S, CTRL)  # no rating chosen yet
    assert "Pilih nilai 1 sampai 5" in rate.errors.text() and rate.isVisible()
    rate.rating.setFocus()
    rate.rating.selectAll()
    qtbot.keyClicks(rate.rating, "4")
    qtbot.keyClicks(rate.comment, "Sablonnya rapi, pengambilan cepat")
    qtbot.keyClick(rate, Qt.Key.Key_S, CTRL)
    assert not rate.isVisible(), rate.errors.text()
    assert stored(db, select(Feedback.rating, Feedback.comment)) == [(4, "Sablonnya rapi, pengambilan cepat")]
    shown_text = detail.feedback_label.text()
    assert "4/5" in shown_text and "★★★★☆" in shown_text and "Sablonnya rapi" in shown_text


def test_feedback_is_not_asked_before_the_customer_has_the_goods(qtbot, runner, db):
    def job(s):
        c, _ = customers.create_customer(
            s, customers.CustomerInput(name="Budi", phone="0812-7777-0202"), actor=db.actor, now=UI_NOW
        )
        _code, ch = orders.take_order(
            s,
            OrderInput(
                customer_id=c.id,
                items=[ItemInput("Mug", 1, 50_000, "")],
                fulfilment=Fulfilment.PICKUP,
                pickup_date=UI_NOW.date(),
                deposit=25_000,
                method=PaymentMethod.CASH,
            ),
            actor=db.actor,
            now=UI_NOW,
        )
        return ch.order_id

    detail = shown(qtbot, OrderDetailDialog(runner, db.write(job)))
    assert not detail.feedback_request_button.isEnabled() and not detail.rating_button.isEnabled()
    assert detail.complaint_button.isEnabled()
    QApplication.processEvents()
