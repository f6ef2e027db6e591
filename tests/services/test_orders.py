import datetime as dt

import pytest
from sqlalchemy import select

from tests import factories as f
from tokodesk.db.models import LedgerEntry, Order, OrderItem, StatusChange
from tokodesk.domain.errors import DomainError, InvalidInput
from tokodesk.domain.ledger import EntryKind, PaymentMethod
from tokodesk.domain.orders import Fulfilment, OrderStatus
from tokodesk.services.orders import ItemInput, OrderInput, get_order, move_order, take_order
from tokodesk.services.payments import PaymentInput, record_payment, reverse_entry


def test_take_order_writes_order_items_and_deposit(session, actor, now):
    code, order_id = f.order(session, actor, now)
    assert code.startswith("TD-2611-")
    o = session.get(Order, order_id)
    assert o.total == 200_000
    assert o.status == "draft"  # custom details wait for the customer's confirmation
    items = session.scalars(select(OrderItem).where(OrderItem.order_id == order_id)).all()
    assert [(i.name, i.qty, i.unit_price) for i in items] == [("Kaos sablon custom", 2, 100_000)]
    (dep,) = session.scalars(select(LedgerEntry).where(LedgerEntry.order_id == order_id)).all()
    assert (dep.kind, dep.amount, dep.method, dep.staff_id) == ("deposit", 100_000, "cash", actor.staff_id)
    view = get_order(session, order_id)
    assert view.totals.balance == 100_000


def test_codes_count_up_within_the_month(session, actor, now):
    c1, _ = f.order(session, actor, now)
    c2, _ = f.order(session, actor, now)
    assert int(c2.rsplit("-", 1)[1]) == int(c1.rsplit("-", 1)[1]) + 1


def test_deposit_below_minimum_is_refused_and_nothing_written(session, actor, now):
    cust = f.customer(session, actor, now)
    before = session.scalar(select(Order.id).order_by(Order.id.desc()).limit(1))
    with pytest.raises(InvalidInput) as e:
        take_order(
            session,
            OrderInput(
                cust.id,
                [ItemInput("Tumbler grafir", 1, 150_000)],
                Fulfilment.PICKUP,
                now.date() + dt.timedelta(days=2),
                40_000,
                PaymentMethod.CASH,
            ),
            actor=actor,
            now=now,
        )
    assert e.value.first("deposit").message == "DP minimal 30% dari total, yaitu Rp45.000"
    assert session.scalar(select(Order.id).order_by(Order.id.desc()).limit(1)) == before


def test_full_life_pay_balance_and_collect(session, actor, now):
    _, oid = f.order(session, actor, now, items=[ItemInput("Kue ulang tahun", 1, 350_000)], deposit=175_000)
    assert get_order(session, oid).status is OrderStatus.CONFIRMED
    move_order(session, oid, OrderStatus.READY, actor=actor, now=now)
    with pytest.raises(DomainError, match=r"Belum lunas: sisa Rp175\.000"):
        move_order(session, oid, OrderStatus.COLLECTED, actor=actor, now=now)
    record_payment(session, PaymentInput(oid, 175_000, PaymentMethod.QRIS), actor=actor, now=now)
    move_order(session, oid, OrderStatus.COLLECTED, actor=actor, now=now)
    view = get_order(session, oid)
    assert view.status is OrderStatus.COLLECTED
    assert view.totals.balance == 0
    assert [h.to_status for h in view.history] == [
        OrderStatus.CONFIRMED,
        OrderStatus.READY,
        OrderStatus.COLLECTED,
    ]
    assert (
        session.scalar(select(StatusChange.staff_id).where(StatusChange.order_id == oid).limit(1))
        == actor.staff_id
    )


def test_reversal_appends_and_restores_balance(session, actor, now):
    _, oid = f.order(session, actor, now)
    entry_id, _ = record_payment(session, PaymentInput(oid, 50_000, PaymentMethod.CASH), actor=actor, now=now)
    assert get_order(session, oid).totals.balance == 50_000
    rev_id, _ = reverse_entry(session, entry_id, "salah ketik nominal", actor=actor, now=now)
    view = get_order(session, oid)
    assert view.totals.balance == 100_000
    rev = next(e for e in view.entries if e.id == rev_id)
    assert (rev.amount, rev.reverses_id, rev.kind) == (-50_000, entry_id, EntryKind.PAYMENT)
    with pytest.raises(DomainError, match="sudah dikoreksi"):
        reverse_entry(session, entry_id, "lagi", actor=actor, now=now)
    with pytest.raises(DomainError, match="tidak dapat dikoreksi"):
        reverse_entry(session, rev_id, "lagi", actor=actor, now=now)
