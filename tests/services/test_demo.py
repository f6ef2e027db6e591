import datetime as dt

import pytest
from sqlalchemy import select

from tests import factories as f
from tests.conftest import NOW
from tests.factories import open_as_owner as open_database
from tokodesk.db.models import Customer
from tokodesk.domain.errors import DomainError
from tokodesk.domain.ledger import CHARGE_KINDS, EntryKind, PaymentMethod
from tokodesk.domain.orders import Fulfilment, OrderStatus
from tokodesk.services import shipping
from tokodesk.services.demo import STATUS_COUNTS, fill_demo
from tokodesk.services.orders import get_order, order_ids, order_rows


def snapshot(session):
    """Everything the demo wrote that does not depend on row ids or staff."""
    out = []
    for oid in order_ids(session):
        v = get_order(session, oid)
        out.append(
            (
                v.code,
                v.customer_name,
                v.customer_phone,
                v.status,
                v.fulfilment,
                v.pickup_date,
                v.created_at,
                [(i.name, i.qty, i.unit_price, i.custom_details) for i in v.items],
                [(e.kind, e.amount, e.method, e.cleared, e.at, e.note) for e in v.entries],
                [(h.from_status, h.to_status, h.at, h.note) for h in v.history],
            )
        )
    return out


@pytest.fixture(scope="module")
def demo(new_db_url):
    """One demo database for the read-only checks (filling takes a few seconds)."""
    db = open_database(new_db_url("demo"), now=NOW)
    summary = db.write(lambda s: fill_demo(s, now=NOW))
    views = db.read(lambda s: [get_order(s, oid) for oid in order_ids(s)])
    rows = db.read(lambda s: order_rows(s, order_ids(s)))
    customers = db.read(lambda s: list(s.scalars(select(Customer))))
    yield db, summary, views, rows, customers
    db.close()


def test_every_status_is_there(demo):
    _, summary, views, _, customers = demo
    assert (summary.customers, summary.orders) == (50, 200)
    assert summary.by_status == STATUS_COUNTS
    assert {v.status for v in views} == set(OrderStatus)
    assert len(customers) == 50
    assert {v.fulfilment for v in views} == set(Fulfilment)


def test_balances_are_total_plus_charges_minus_paid(demo):
    db, _, views, rows, _ = demo
    outstanding = db.read(lambda s: shipping.cod_outstanding(s).rows)
    cod_on_the_way = {r.order_id: r.cod_amount for r in outstanding}
    assert cod_on_the_way  # the demo has COD cash not yet received, for the COD list
    for v in views:
        charges = sum(e.amount for e in v.entries if e.kind in CHARGE_KINDS)
        charges -= sum(e.amount for e in v.entries if e.kind is EntryKind.ALLOWANCE)
        paid = sum(
            e.amount if e.kind in (EntryKind.DEPOSIT, EntryKind.PAYMENT) else -e.amount
            for e in v.entries
            if e.cleared and e.kind in (EntryKind.DEPOSIT, EntryKind.PAYMENT, EntryKind.REFUND)
        )
        assert v.totals.total == sum(i.line_total for i in v.items)
        assert v.totals.balance == v.totals.total + charges - paid, v.code
        assert rows[v.id].balance == v.totals.balance, v.code  # the list's SQL sums agree
        if v.status in (OrderStatus.COLLECTED, OrderStatus.DELIVERED) and v.id not in cod_on_the_way:
            assert v.totals.balance == 0, v.code
        if v.id in cod_on_the_way:  # delivered, the courier still holds the COD cash
            assert v.totals.balance == cod_on_the_way[v.id] > 0, v.code
        if v.status is OrderStatus.FORFEITED:
            assert v.totals.forfeited == v.totals.paid > 0, v.code


def test_the_data_obeys_the_rules(demo):
    _, _, views, _, _ = demo
    for v in views:
        deposit = v.entries[0]
        assert deposit.kind is EntryKind.DEPOSIT
        assert deposit.amount * 100 >= v.totals.total * 30, v.code  # the 30% minimum, then
        assert v.created_at <= NOW
        assert all(v.created_at <= e.at <= NOW for e in v.entries), v.code
        assert all(v.created_at <= h.at <= NOW for h in v.history), v.code
        assert v.pickup_date >= v.created_at.astimezone().date(), v.code
        assert v.history[-1].to_status is v.status
        if any(i.custom_details for i in v.items):
            assert v.history[0].to_status is OrderStatus.DRAFT
        if v.status in (OrderStatus.COLLECTED, OrderStatus.FORFEITED):
            assert v.fulfilment is Fulfilment.PICKUP
        if v.status in (OrderStatus.SHIPPED, OrderStatus.DELIVERED):
            assert v.fulfilment is not Fulfilment.PICKUP


def test_payments_methods_reversals_and_standings(demo):
    _, _, views, _, customers = demo
    entries = [e for v in views for e in v.entries]
    assert {e.method for e in entries if e.kind in (EntryKind.DEPOSIT, EntryKind.PAYMENT)} == {
        str(m) for m in PaymentMethod
    }
    reversals = [e for e in entries if e.reverses_id is not None]
    assert reversals and all(e.note and e.amount < 0 for e in reversals)
    assert any(not e.cleared for e in entries)  # a transfer or cheque still clearing
    kinds = {e.kind for e in entries}
    assert {EntryKind.STORAGE_FEE, EntryKind.DELIVERY_FEE, EntryKind.REFUND, EntryKind.FORFEIT} <= kinds
    standings = {c.standing for c in customers if c.standing_reason}
    assert standings == {"questionable", "blacklisted"}
    assert all(c.phone.startswith("+628") for c in customers)
    assert sum(bool(v.items[0].custom_details) for v in views) > 100


def test_same_seed_same_data(demo, session, actor):
    db = demo[0]
    fill_demo(session, now=NOW)
    assert snapshot(session) == db.read(snapshot)


def test_refuses_a_database_that_has_data(session, actor, now):
    f.customer(session, actor, now)
    with pytest.raises(DomainError, match="sudah berisi data"):
        fill_demo(session, now=now)


@pytest.mark.slow
def test_another_seed_gives_other_data_at_another_time(session, actor):
    later = NOW + dt.timedelta(days=40)
    summary = fill_demo(session, now=later, seed=7)
    assert summary.by_status == STATUS_COUNTS
    codes = [get_order(session, oid).code for oid in order_ids(session)]
    assert codes[0].startswith("TD-2701-")  # taken on the (back-dated) day of each order
