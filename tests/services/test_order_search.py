"""The orders list's search and its blocks: the FTS5 index (SQLite) stays current through
new orders and renamed customers, short queries match word starts, and the count agrees
with the blocks."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from tests import backends
from tests import factories as f
from tokodesk.domain.orders import OrderStatus
from tokodesk.services.customers import CustomerInput, update_customer
from tokodesk.services.orders import move_order, order_count, order_ids


@pytest.fixture
def shop(session, actor, now):
    siti = f.customer(session, actor, now, name="Siti Rahayu", phone="0812-3456-7890")
    budi = f.customer(session, actor, now, name="Budi Santoso", phone="0857-1111-2222")
    orders = {
        "siti1": f.order(session, actor, now, customer_id=siti.id)[1],
        "budi1": f.order(session, actor, now, customer_id=budi.id)[1],
        "siti2": f.order(session, actor, now, customer_id=siti.id)[1],
    }
    return {"siti": siti, "budi": budi, **orders}


def ids(session, query, **kw):
    return order_ids(session, query=query, **kw)


def test_name_phone_and_code_find_the_orders_newest_first(session, shop):
    want = [shop["siti2"], shop["siti1"]]
    assert ids(session, "siti") == want
    assert ids(session, "  SITI   rahayu ") == want  # case and spaces do not matter
    assert ids(session, "rahay") == want  # any part of the name
    assert ids(session, "0812 3456") == want  # the phone as typed, stored as +62812…
    assert ids(session, "3456-78") == want
    code = session.scalar(text("SELECT code FROM orders WHERE id = :i"), {"i": shop["budi1"]})
    assert ids(session, code) == [shop["budi1"]]
    assert ids(session, code[-4:]) == [shop["budi1"]]
    assert ids(session, code.lower()) == [shop["budi1"]]
    assert ids(session, "nobody") == []
    assert order_count(session, query="siti") == 2


def test_short_queries_match_the_start_of_a_word(session, shop):
    assert set(ids(session, "s")) == {shop["siti1"], shop["siti2"], shop["budi1"]}  # Siti, Santoso
    assert set(ids(session, "bu")) == {shop["budi1"]}
    assert set(ids(session, "ra")) == {shop["siti1"], shop["siti2"]}
    if not backends.ON_PG:  # PostgreSQL matches any part: "ti" is inside "Siti"
        assert ids(session, "ti") == []
    assert ids(session, "%") == []
    assert ids(session, '"') == []


def test_the_index_follows_new_orders_and_renamed_customers(session, actor, now, shop):
    update_customer(
        session,
        shop["budi"].id,
        CustomerInput(name="Budiman Wijaya", phone="0857-9999-0000"),
        actor=actor,
        now=now,
    )
    assert ids(session, "santoso") == []
    assert ids(session, "wijaya") == [shop["budi1"]]
    assert ids(session, "0857 9999") == [shop["budi1"]]
    assert ids(session, "0857 1111") == []
    _, new = f.order(session, actor, now, customer_id=shop["budi"].id)
    assert ids(session, "wijaya") == [new, shop["budi1"]]


def test_blocks_by_offset_add_up_to_the_count(session, actor, now, shop):
    for _ in range(7):
        f.order(session, actor, now, customer_id=shop["siti"].id)
    n = order_count(session, query="siti")
    assert n == 9
    blocks = [ids(session, "siti", offset=o, limit=4) for o in range(0, n, 4)]
    assert [len(b) for b in blocks] == [4, 4, 1]
    flat = [i for b in blocks for i in b]
    assert flat == ids(session, "siti") and flat == sorted(flat, reverse=True)


def test_status_filter_and_search_together(session, actor, now, shop):
    move_order(session, shop["siti1"], OrderStatus.CANCELLED, actor=actor, now=now)
    cancelled = frozenset({OrderStatus.CANCELLED})
    assert order_ids(session, statuses=cancelled, query="siti") == [shop["siti1"]]
    assert order_count(session, statuses=cancelled, query="budi") == 0
    assert order_count(session, statuses=cancelled) == 1
