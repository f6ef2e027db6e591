"""Two counters on one database: a payment taken on a stale screen is refused and the
order reloaded; what another counter committed appears without a restart."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from tests import factories as f
from tests.ui.conftest import UI_NOW
from tests.ui.test_order_flow import active
from tokodesk.db.models import LedgerEntry
from tokodesk.domain.ledger import PaymentMethod
from tokodesk.services.orders import ItemInput
from tokodesk.services.payments import PaymentInput, record_payment


def paid_entries(db, oid) -> int:
    return db.read(lambda s: s.scalar(select(func.count(LedgerEntry.id)).where(LedgerEntry.order_id == oid)))


def test_a_payment_on_an_order_another_counter_changed_is_refused_and_reloaded(
    qtbot, window, db, message_boxes
):
    _, oid = db.write(
        lambda s: f.order(s, db.actor, UI_NOW, items=[ItemInput("Kue tart", 1, 300_000)], deposit=100_000)
    )
    detail = active(window.open_order(oid))
    qtbot.keyClick(detail, Qt.Key.Key_F2)
    pay = active(detail.payment_dialog)
    assert pay.amount.text() == "200.000"
    # meanwhile the second counter takes the balance
    db.write(
        lambda s: record_payment(
            s, PaymentInput(oid, 200_000, PaymentMethod.QRIS), actor=db.actor, now=UI_NOW
        )
    )
    qtbot.keyClick(pay.amount, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not pay.isVisible()
    assert paid_entries(db, oid) == 2  # the deposit and the other counter's payment: no double
    assert "kasir lain" in detail.errors.text()
    assert detail.view.totals.balance == 0  # the order as it is now
    assert any(kind == "information" and "kasir lain" in text for kind, text in message_boxes)


def test_what_another_counter_committed_appears_without_a_restart(qtbot, window, db):
    before = window.orders_page.model.rowCount()
    db.write(lambda s: f.order(s, db.actor, UI_NOW))  # written at another PC
    assert window.orders_page.model.rowCount() == before
    window.check_other_counters()  # what the timer and coming back to the window do
    qtbot.waitUntil(lambda: window.orders_page.model.rowCount() == before + 1, timeout=3000)
    window.check_other_counters()  # nothing new: nothing reloaded
    assert window.marker is not None
