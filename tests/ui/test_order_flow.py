"""The counter's main path, driven through the real widgets by keyboard and mouse:
create a customer, take a custom order with a 50% deposit, take the balance, collect it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from tokodesk.db.models import Confirmation, Customer, LedgerEntry, LogEntry, Order, OrderItem, StatusChange
from tokodesk.services.orders import ItemInput
from tokodesk.ui import widgets
from tokodesk.ui.customer_dialog import CustomerDialog
from tokodesk.ui.order_detail import OrderDetailDialog
from tokodesk.ui.order_dialog import NewOrderDialog
from tokodesk.ui.signals import emit


def only_dialog(window, cls):
    found = [d for d in window.dialogs if isinstance(d, cls) and d.isVisible()]
    assert len(found) == 1, found
    return active(found[0])


def active(dlg):
    """Wait until ``dlg`` is the active window, as it is for a person (its shortcuts work)."""
    from pytestqt.qtbot import QtBot

    QtBot(None).waitUntil(dlg.isActiveWindow, timeout=2000)
    return dlg


def stored(db, stmt):
    with db.sessions() as s:
        return s.execute(stmt).all()


def test_create_customer_by_keyboard(qtbot, window, db):
    qtbot.keyClick(
        window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    dlg = only_dialog(window, CustomerDialog)
    qtbot.keyClicks(dlg.name, "Siti Rahayu")
    qtbot.keyClick(dlg.name, Qt.Key.Key_Tab)
    qtbot.keyClicks(dlg.phone, "0812-3456-7890")
    qtbot.keyClick(dlg.phone, Qt.Key.Key_Return)
    assert not dlg.isVisible()
    assert stored(db, select(Customer.name, Customer.phone, Customer.whatsapp)) == [
        ("Siti Rahayu", "+6281234567890", "+6281234567890")
    ]
    window.nav.setCurrentRow(1)
    table = window.customers_page.table
    qtbot.waitUntil(lambda: table.model().index(0, 1).data() == "0812-3456-7890")
    assert table.model().index(0, 0).data() == "Siti Rahayu"


def test_customer_bad_input_keeps_dialog_and_writes_nothing(qtbot, window, db):
    dlg = window.new_customer()
    qtbot.keyClicks(dlg.phone, "0812-12")
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert dlg.isVisible()
    text = dlg.errors.text()
    assert "Nama pelanggan wajib diisi" in text
    assert "Nomor HP «0812-12» tidak sah" in text
    assert dlg.phone.text() == "0812-12"  # what was typed stays
    assert stored(db, select(Customer.id)) == []


def test_existing_phone_offers_that_customer(qtbot, window, db, message_boxes):
    first = window.new_customer()
    qtbot.keyClicks(first.name, "Budi Santoso")
    qtbot.keyClicks(first.phone, "081298765432")
    qtbot.keyClick(first.phone, Qt.Key.Key_Return)
    dlg = window.new_customer()
    qtbot.keyClicks(dlg.name, "Budi S.")
    qtbot.keyClicks(dlg.phone, "+62 812-9876-5432")
    dlg._lookup_phone()
    assert dlg.match_box.isVisibleTo(dlg)
    assert "Budi Santoso" in dlg.match_label.text()
    with qtbot.waitSignal(dlg.saved) as sig:
        qtbot.mouseClick(dlg.use_match, Qt.MouseButton.LeftButton)
    assert sig.args[0].name == "Budi Santoso"
    assert len(stored(db, select(Customer.id))) == 1


def add_line(qtbot, dlg, name, qty, price, details=""):
    qtbot.keyClicks(dlg.item_name, name)
    qtbot.keyClick(dlg.item_name, Qt.Key.Key_Tab)
    dlg.item_qty.selectAll()
    qtbot.keyClicks(dlg.item_qty, qty)
    qtbot.keyClick(dlg.item_qty, Qt.Key.Key_Tab)
    qtbot.keyClicks(dlg.item_price, price)
    qtbot.keyClick(dlg.item_price, Qt.Key.Key_Tab)
    qtbot.keyClicks(dlg.item_details, details)
    qtbot.keyClick(dlg.item_details, Qt.Key.Key_Return)


def make_customer(qtbot, window, name="Siti Rahayu", phone="0812-3456-7890"):
    dlg = window.new_customer()
    qtbot.keyClicks(dlg.name, name)
    qtbot.keyClicks(dlg.phone, phone)
    qtbot.keyClick(dlg.phone, Qt.Key.Key_Return)


def test_take_order_with_half_deposit_pay_balance_and_collect(qtbot, window, db, message_boxes):
    make_customer(qtbot, window)
    # --- new order by keyboard
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dlg = only_dialog(window, NewOrderDialog)
    assert dlg.focusWidget() is dlg.customer_search
    qtbot.keyClicks(dlg.customer_search, "siti")
    qtbot.keyClick(dlg.customer_search, Qt.Key.Key_Return)
    assert dlg.customer is not None and dlg.customer.name == "Siti Rahayu"
    assert dlg.focusWidget() is dlg.item_name
    add_line(qtbot, dlg, "Kaos sablon custom", "4", "85.000", "Nama punggung: RAKA, ukuran L")
    add_line(qtbot, dlg, "Mug foto", "2", "Rp 45.000")
    assert dlg.items_table.rowCount() == 2
    assert dlg.total_label.text() == "Total: Rp430.000"
    assert "Minimal Rp129.000 (30%)" in dlg.deposit_hint.text()
    assert dlg.deposit.text() == "215.000"  # the 50% suggestion
    with qtbot.waitSignal(dlg.created) as created:
        qtbot.keyClick(dlg, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    order_id, code = created.args
    assert order_id is not None
    assert code == "TD-2611-0001"
    # --- what is stored
    (order,) = stored(db, select(Order.code, Order.total, Order.status, Order.fulfilment))
    assert order == ("TD-2611-0001", 430_000, "draft", "pickup")
    assert stored(db, select(LedgerEntry.kind, LedgerEntry.amount, LedgerEntry.method)) == [
        ("deposit", 215_000, "cash")
    ]
    assert stored(db, select(OrderItem.custom_details).order_by(OrderItem.position))[0] == (
        "Nama punggung: RAKA, ukuran L",
    )
    # --- the detail opened on the new order and shows the balance
    detail = only_dialog(window, OrderDetailDialog)
    assert detail.title.text() == "TD-2611-0001"
    assert "Rp215.000" in detail.sums.text()
    assert detail.ledger.item(0, 3).text() == "Rp215.000"
    # --- move it along: confirm, produce (after the customer's written confirmation), ready
    qtbot.mouseClick(detail.move_buttons[_status("confirmed")], Qt.MouseButton.LeftButton)
    assert detail.view.status.value == "confirmed" and detail.view.needs_confirmation
    qtbot.mouseClick(detail.move_buttons[_status("in_production")], Qt.MouseButton.LeftButton)
    confirm = active(detail.confirmation_dialog)  # production waits for it
    assert "RAKA" in confirm.text.toPlainText()  # starts with the custom details
    assert confirm.who.text() == "Siti Rahayu"
    confirm.text.setPlainText("Kaos sablon custom: Nama punggung RAKA, ukuran L. Sudah benar kak")
    qtbot.keyClick(confirm.text, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: detail.view.status.value == "in_production")
    assert not detail.view.needs_confirmation
    (confirmed,) = stored(db, select(Confirmation.confirmed_by, Confirmation.text))
    assert confirmed == ("Siti Rahayu", "Kaos sablon custom: Nama punggung RAKA, ukuran L. Sudah benar kak")
    (logged,) = stored(db, select(LogEntry.text).where(LogEntry.source == "confirmation"))
    assert logged[0].startswith("Konfirmasi detail pesanan TD-2611-0001 oleh Siti Rahayu")
    qtbot.mouseClick(detail.move_buttons[_status("ready")], Qt.MouseButton.LeftButton)
    assert detail.view.status.value == "ready"
    # collecting with a balance opens the handover, which asks for the rest first
    assert detail.move_buttons[_status("collected")].toolTip() != ""
    qtbot.mouseClick(detail.move_buttons[_status("collected")], Qt.MouseButton.LeftButton)
    handover = active(detail.handover_dialog)
    assert handover.amount.text() == "215.000" and "Rp215.000" in handover.total_label.text()
    qtbot.keyClick(handover.amount, Qt.Key.Key_Escape)  # the customer pays first, at the counter
    assert not handover.isVisible() and detail.view.status.value == "ready"
    detail.activateWindow()
    # --- take the balance with F2: the amount starts at what is owed
    active(detail)
    qtbot.keyClick(detail, Qt.Key.Key_F2)
    pay = active(detail.payment_dialog)
    assert pay.amount.text() == "215.000"
    pay.method.setCurrentIndex(pay.method.findText("QRIS"))
    qtbot.keyClick(pay.amount, Qt.Key.Key_Return)
    # a QRIS payment waits, pending, until the staff see it in the merchant app: F8
    assert pay.isVisible() and pay.qris.entry_id is not None
    qtbot.keyClick(pay, Qt.Key.Key_F8)
    assert not pay.isVisible()
    assert "Rp0" in detail.sums.text()
    qtbot.mouseClick(detail.move_buttons[_status("collected")], Qt.MouseButton.LeftButton)
    assert detail.status_label.text() == "Sudah diambil"
    assert stored(db, select(Order.status)) == [("collected",)]
    assert [r[0] for r in stored(db, select(StatusChange.to_status).order_by(StatusChange.id))] == [
        "draft",
        "confirmed",
        "in_production",
        "ready",
        "collected",
    ]
    assert stored(
        db, select(LedgerEntry.kind, LedgerEntry.amount, LedgerEntry.method).order_by(LedgerEntry.id)
    ) == [("deposit", 215_000, "cash"), ("payment", 215_000, "qris"), ("clearance", 215_000, "qris")]
    # --- the orders list shows it, paid up
    table = window.orders_page.table
    qtbot.waitUntil(lambda: table.model().index(0, 0).data() == "TD-2611-0001")
    assert table.model().index(0, 3).data() == "Sudah diambil"
    assert table.model().index(0, 7).data() == "Rp0"


def _status(value):
    from tokodesk.domain.orders import OrderStatus

    return OrderStatus(value)


def new_order_for(qtbot, window, customer="siti"):
    dlg = window.new_order()
    qtbot.keyClicks(dlg.customer_search, customer)
    qtbot.keyClick(dlg.customer_search, Qt.Key.Key_Return)
    return dlg


def test_bad_item_lines_are_refused_with_reasons(qtbot, window, db):
    make_customer(qtbot, window)
    dlg = new_order_for(qtbot, window)
    add_line(qtbot, dlg, "Plakat akrilik", "0", "150000")
    assert "Jumlah harus angka bulat minimal 1" in dlg.errors.text()
    dlg.item_qty.setText("1000000")
    qtbot.keyClick(dlg.item_qty, Qt.Key.Key_Return)
    assert "Jumlah terlalu besar (maksimal 100000)" in dlg.errors.text()
    dlg.item_qty.setText("0")
    assert dlg.items_table.rowCount() == 0
    assert dlg.item_name.text() == "Plakat akrilik"  # kept for fixing
    dlg.item_qty.setText("1")
    dlg.item_price.setText("-5000")
    qtbot.keyClick(dlg.item_price, Qt.Key.Key_Return)
    assert "tidak boleh negatif" in dlg.errors.text()
    dlg.item_price.setText("seratus ribu")
    qtbot.keyClick(dlg.item_price, Qt.Key.Key_Return)
    assert "«seratus ribu» bukan jumlah rupiah yang sah" in dlg.errors.text()
    assert dlg.items_table.rowCount() == 0
    dlg.save()
    assert dlg.isVisible()
    assert stored(db, select(Order.id)) == []


def test_deposit_below_minimum_names_the_minimum(qtbot, window, db):
    make_customer(qtbot, window)
    dlg = active(new_order_for(qtbot, window))
    add_line(qtbot, dlg, "Kue ulang tahun custom", "1", "350000", "Tulisan: Selamat Ultah Nadia")
    dlg.deposit.setText("50.000")
    emit(dlg.deposit.textEdited, "50.000")
    qtbot.keyClick(dlg, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dlg.isVisible()
    assert dlg.errors.text() == "DP minimal 30% dari total, yaitu Rp105.000"
    assert dlg.items_table.rowCount() == 1 and dlg.deposit.text() == "50.000"
    assert stored(db, select(Order.id)) == []


def test_empty_order_and_no_customer_are_refused(qtbot, window, db):
    dlg = active(window.new_order())
    qtbot.keyClick(dlg, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "Pilih pelanggan dulu" in dlg.errors.text()
    make_customer(qtbot, window, "Dewi Lestari", "0813-1111-2222")
    qtbot.keyClicks(dlg.customer_search, "dewi")
    qtbot.keyClick(dlg.customer_search, Qt.Key.Key_Return)
    active(dlg)
    qtbot.keyClick(dlg, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "minimal satu barang" in dlg.errors.text()
    assert stored(db, select(Order.id)) == []


def test_pickup_date_in_the_past_is_refused(qtbot, window, db):
    from PySide6.QtCore import QDate

    make_customer(qtbot, window)
    dlg = new_order_for(qtbot, window)
    add_line(qtbot, dlg, "Undangan pernikahan", "200", "3500")
    dlg.pickup_date.setDate(QDate(2026, 11, 20))
    dlg.save()
    assert "Tanggal ambil tidak boleh sebelum hari ini (22 Nov 2026)" in dlg.errors.text()
    assert stored(db, select(Order.id)) == []


def test_scanning_a_code_opens_the_order(qtbot, window, db):
    make_customer(qtbot, window)
    dlg = new_order_for(qtbot, window)
    add_line(qtbot, dlg, "Tumbler grafir", "1", "120000")
    dlg.save()
    for d in list(window.dialogs):
        d.reject()
    search = window.orders_page.search
    search.setFocus()
    qtbot.keyClicks(search, "td-2611-0001")  # a scanner types the code, then Enter
    qtbot.keyClick(search, Qt.Key.Key_Return)
    detail = only_dialog(window, OrderDetailDialog)
    assert detail.title.text() == "TD-2611-0001"


def test_reversal_from_the_detail_keeps_both_entries(qtbot, window, db, monkeypatch):
    make_customer(qtbot, window)
    dlg = new_order_for(qtbot, window)
    add_line(qtbot, dlg, "Seragam kantor", "10", "95000")
    dlg.save()
    detail = only_dialog(window, OrderDetailDialog)
    detail.ledger.selectRow(0)
    monkeypatch.setattr(
        widgets, "ask_text", lambda *a, **k: ("DP salah dicatat tunai, harusnya transfer", True)
    )
    qtbot.mouseClick(detail.reverse_button, Qt.MouseButton.LeftButton)
    assert detail.ledger.rowCount() == 2
    assert detail.ledger.item(1, 3).text() == "-Rp475.000"
    assert "membalik entri #1" in detail.ledger.item(1, 5).text()
    assert stored(db, select(LedgerEntry.amount, LedgerEntry.reverses_id).order_by(LedgerEntry.id)) == [
        (475_000, None),
        (-475_000, 1),
    ]
    assert "Rp950.000" in detail.sums.text()


def test_duplicate_phone_at_save_offers_the_existing_customer(qtbot, window, db, message_boxes):
    make_customer(qtbot, window, "Budi Santoso", "081298765432")
    dlg = window.new_customer()
    qtbot.keyClicks(dlg.name, "Pak Budi")
    qtbot.keyClicks(dlg.phone, "6281298765432")
    with qtbot.waitSignal(dlg.saved) as sig:
        dlg.save()  # saved before the as-you-type check ran: the service refuses the duplicate
    assert message_boxes[-1][0] == "confirm" and "Budi Santoso" in message_boxes[-1][1]
    assert sig.args[0].name == "Budi Santoso"
    assert stored(db, select(Customer.name)) == [("Budi Santoso",)]


def test_cancelling_needs_a_reason_which_is_kept(qtbot, window, db, monkeypatch, message_boxes):
    make_customer(qtbot, window)
    dlg = new_order_for(qtbot, window)
    add_line(qtbot, dlg, "Hampers lebaran", "5", "150000")
    dlg.save()
    detail = only_dialog(window, OrderDetailDialog)
    monkeypatch.setattr(widgets, "ask_text", lambda *a, **k: ("   ", True))
    qtbot.mouseClick(detail.move_buttons[_status("cancelled")], Qt.MouseButton.LeftButton)
    assert "Pembatalan perlu alasan" in detail.errors.text()
    assert stored(db, select(Order.status)) == [("confirmed",)]
    monkeypatch.setattr(widgets, "ask_text", lambda *a, **k: ("Pelanggan ganti pesanan", True))
    qtbot.mouseClick(detail.move_buttons[_status("cancelled")], Qt.MouseButton.LeftButton)
    assert detail.status_label.text() == "Dibatalkan"
    assert stored(db, select(StatusChange.note).order_by(StatusChange.id.desc()).limit(1)) == [
        ("Pelanggan ganti pesanan",)
    ]
    assert "tidak ditagih" in detail.sums.text()


class HoldingRunner:
    """Wraps a runner and holds jobs until ``flush()``, as the real worker does while busy."""

    def __init__(self, inner):
        self.inner = inner
        self.held = []

    def __getattr__(self, name):
        return getattr(self.inner, name)

    def run(self, fn, on_done=None, on_error=None, owner=None):
        self.held.append((fn, on_done, on_error, owner))

    def flush(self):
        held, self.held = self.held, []
        for job in held:
            self.inner.run(*job)


def test_pressing_save_twice_saves_once(qtbot, window, db, runner):
    make_customer(qtbot, window)
    dlg = active(new_order_for(qtbot, window))
    add_line(qtbot, dlg, "Plakat akrilik", "1", "200000")
    dlg.runner = slow = HoldingRunner(runner)
    qtbot.keyClick(dlg, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dlg, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert len(slow.held) == 1
    slow.flush()
    assert len(stored(db, select(Order.id))) == 1
    detail = only_dialog(window, OrderDetailDialog)
    qtbot.keyClick(detail, Qt.Key.Key_F2)
    pay = active(detail.payment_dialog)
    pay.runner = slow
    pay.amount.setText("50.000")
    qtbot.keyClick(pay.amount, Qt.Key.Key_Return)
    qtbot.keyClick(pay, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert len(slow.held) == 1
    slow.flush()
    assert stored(db, select(LedgerEntry.kind, LedgerEntry.amount).order_by(LedgerEntry.id)) == [
        ("deposit", 100_000),
        ("payment", 50_000),
    ]


def test_nothing_writes_before_the_database_is_open(qtbot, runner, db):
    from tokodesk.ui.main_window import MainWindow

    w = MainWindow(runner)
    qtbot.addWidget(w)
    assert w.db_actions and not any(a.isEnabled() for a in w.db_actions)
    assert not w.stack.isEnabled()
    w.database_ready(db)
    assert all(a.isEnabled() for a in w.db_actions) and w.stack.isEnabled()


def test_a_collected_order_that_still_owes_can_be_paid(db, now_fixed=None):
    from tests import factories as f
    from tests.ui.conftest import UI_NOW
    from tokodesk.domain.ledger import PaymentMethod
    from tokodesk.domain.orders import OrderStatus
    from tokodesk.services.orders import get_order, move_order
    from tokodesk.services.payments import PaymentInput, record_payment, reverse_entry

    def life(s):
        _, oid = f.order(s, db.actor, UI_NOW, items=[ItemInput("Mug foto", 2, 50_000)], deposit=100_000)
        move_order(s, oid, OrderStatus.READY, actor=db.actor, now=UI_NOW)
        move_order(s, oid, OrderStatus.COLLECTED, actor=db.actor, now=UI_NOW)
        dep = get_order(s, oid).entries[0].id
        reverse_entry(s, dep, "DP dicatat tunai, ternyata QRIS", actor=db.actor, now=UI_NOW)
        record_payment(s, PaymentInput(oid, 100_000, PaymentMethod.QRIS), actor=db.actor, now=UI_NOW)
        return get_order(s, oid).totals.balance

    assert db.write(life) == 0


def test_customer_picker_by_keyboard_down_then_enter(qtbot, window, db):
    make_customer(qtbot, window, "Budi Santoso", "0812-1111-0001")
    make_customer(qtbot, window, "Budi Hartono", "0812-1111-0002")
    dlg = active(window.new_order())
    qtbot.keyClicks(dlg.customer_search, "budi")
    dlg.picker.run_search()
    assert dlg.customer_results.count() == 2
    qtbot.keyClick(dlg.customer_search, Qt.Key.Key_Down)
    assert dlg.focusWidget() is dlg.customer_results
    dlg.customer_results.setCurrentRow(1)
    qtbot.keyClick(dlg.customer_results, Qt.Key.Key_Return)
    assert (
        dlg.customer is not None and dlg.customer.name == "Budi Santoso"
    )  # sorted by name: Hartono, Santoso
    assert dlg.focusWidget() is dlg.item_name


def test_a_cheque_waits_until_it_clears_then_the_order_is_collected(qtbot, window, db, message_boxes):
    """A cheque is taken as not yet cleared (clearing date five days on); the order cannot be
    handed over by staff until someone marks the money as arrived, which is a new ledger entry."""
    import datetime as dt

    from tests import factories as f
    from tokodesk.domain.orders import OrderStatus
    from tokodesk.services.orders import move_order

    def ready(s):
        _, oid = f.order(s, db.actor, window.runner.now(), items=[ItemInput("Mug", 2, 50_000)])
        move_order(s, oid, OrderStatus.READY, actor=db.actor, now=window.runner.now())
        return oid

    oid = db.write(ready)
    detail = window.open_order(oid)
    qtbot.waitUntil(lambda: detail.view is not None)
    active(detail)
    qtbot.keyClick(detail, Qt.Key.Key_F2)
    pay = active(detail.payment_dialog)
    assert not pay.pending.isChecked()
    pay.method.setCurrentIndex(pay.method.findText("Cek / giro"))
    assert pay.pending.isChecked() and pay.clears_on.isEnabled()  # a cheque clears later
    qtbot.keyClick(pay.amount, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not pay.isVisible())
    ((cleared, clears_on),) = stored(
        db, select(LedgerEntry.cleared, LedgerEntry.clears_on).where(LedgerEntry.method == "cheque")
    )
    assert cleared is False and clears_on == window.runner.now().date() + dt.timedelta(days=5)
    qtbot.waitUntil(lambda: detail.clear_button.isEnabled())
    assert "Rp50.000" in detail.sums.text()
    # the money shows up in the bank: one click (the question is answered yes), a new entry
    detail.ledger.setCurrentCell(len(detail.view.entries) - 1, 0)
    qtbot.mouseClick(detail.clear_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not detail.clear_button.isEnabled())
    kinds = [r[0] for r in stored(db, select(LedgerEntry.kind).order_by(LedgerEntry.id))]
    assert kinds[-2:] == ["payment", "clearance"]
    qtbot.mouseClick(detail.move_buttons[_status("collected")], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: detail.view.status.value == "collected")
