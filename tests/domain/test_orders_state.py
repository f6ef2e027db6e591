"""The order's life: which moves exist, which guards refuse them, and with what reason."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from tokodesk.domain.errors import DomainError, InvalidInput
from tokodesk.domain.orders import (
    AUTOMATIC_ONLY,
    OPEN,
    STATUS_LABELS,
    TERMINAL,
    TRANSITIONS,
    Fulfilment,
    OrderFacts,
    OrderStatus,
    can_move,
    check_move,
    check_pickup_date,
    format_order_code,
    month_key,
    next_statuses,
)

S = OrderStatus


def facts(status: S, fulfilment: Fulfilment = Fulfilment.PICKUP, **kw) -> OrderFacts:
    """An order that passes every guard unless told otherwise: fully paid, nothing pending."""
    base = dict(
        status=status,
        fulfilment=fulfilment,
        total=200_000,
        paid=200_000,
        pending=0,
        balance=0,
        minimum_deposit=60_000,
        has_custom_details=False,
    )
    base.update(kw)
    return OrderFacts(**base)


def fulfilment_for(target: S) -> Fulfilment:
    return Fulfilment.DELIVERY if target in (S.SHIPPED, S.DELIVERED) else Fulfilment.PICKUP


@pytest.mark.parametrize(("src", "target"), list(itertools.product(S, S)))
def test_every_pair_is_allowed_only_along_transitions(src, target):
    verdict = can_move(facts(src, fulfilment_for(target)), target)
    assert verdict.ok is (target in TRANSITIONS[src])
    if not verdict.ok:
        message = verdict.error().message
        assert STATUS_LABELS[src] in message
        if src in TERMINAL:
            assert "tidak bisa diubah lagi" in message
        else:
            assert f"tidak bisa langsung menjadi «{STATUS_LABELS[target]}»" in message
        with pytest.raises(DomainError, match="tidak bisa"):
            check_move(facts(src, fulfilment_for(target)), target)
    else:
        check_move(facts(src, fulfilment_for(target)), target)


@pytest.mark.parametrize("fulfilment", list(Fulfilment))
@pytest.mark.parametrize("src", sorted(TERMINAL))
def test_terminal_states_refuse_everything(src, fulfilment):
    for target in S:
        assert not can_move(facts(src, fulfilment), target).ok
    assert next_statuses(src) == ()
    assert next_statuses(src, manual=False) == ()


def test_terminal_and_open_partition_the_statuses():
    assert {S.COLLECTED, S.DELIVERED, S.CANCELLED, S.FORFEITED} == TERMINAL
    assert set(S) == OPEN | TERMINAL
    assert not OPEN & TERMINAL
    assert set(STATUS_LABELS) == set(S)


def test_every_status_is_reachable_from_draft():
    seen, todo = {S.DRAFT}, [S.DRAFT]
    while todo:
        for nxt in TRANSITIONS[todo.pop()]:
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    assert seen == set(S)


def test_production_needs_the_minimum_deposit():
    f = facts(S.CONFIRMED, paid=59_999, balance=140_001)
    v = can_move(f, S.IN_PRODUCTION)
    assert not v.ok
    assert v.error().message == "Belum bisa diproduksi: DP minimal Rp60.000 belum masuk (baru Rp59.999)"
    assert can_move(dataclasses.replace(f, paid=60_000, balance=140_000), S.IN_PRODUCTION).ok


def test_pending_money_does_not_count_as_deposit():
    f = facts(S.CONFIRMED, paid=0, pending=100_000, balance=200_000)
    assert not can_move(f, S.IN_PRODUCTION).ok


def test_custom_order_must_be_produced_before_ready():
    v = can_move(facts(S.CONFIRMED, has_custom_details=True), S.READY)
    assert not v.ok
    assert "harus diproduksi dulu" in v.error().message
    assert can_move(facts(S.CONFIRMED, has_custom_details=False), S.READY).ok  # stock goods
    assert can_move(facts(S.IN_PRODUCTION, has_custom_details=True), S.READY).ok


def test_collect_needs_the_balance_paid():
    v = can_move(facts(S.READY, paid=100_000, balance=100_000), S.COLLECTED)
    assert not v.ok
    assert v.error().message == "Belum lunas: sisa Rp100.000 harus dibayar sebelum diambil"
    # an overpaid order (the shop owes change) may still be collected
    assert can_move(facts(S.READY, paid=210_000, balance=-10_000), S.COLLECTED).ok


@pytest.mark.parametrize("fulfilment", [Fulfilment.DELIVERY, Fulfilment.COD])
def test_a_delivered_order_is_not_collected(fulfilment):
    v = can_move(facts(S.READY, fulfilment), S.COLLECTED)
    assert not v.ok
    assert v.error().message == "Pesanan ini dikirim, bukan diambil di toko"


def test_a_pickup_order_is_not_shipped():
    v = can_move(facts(S.READY, Fulfilment.PICKUP), S.SHIPPED)
    assert not v.ok
    assert v.error().message == "Pesanan ini diambil di toko, bukan dikirim"


def test_delivery_ships_only_when_paid_but_cod_ships_with_a_balance():
    unpaid = dict(paid=60_000, balance=140_000)
    v = can_move(facts(S.READY, Fulfilment.DELIVERY, **unpaid), S.SHIPPED)
    assert not v.ok
    assert v.error().message == "Belum lunas: sisa Rp140.000 harus dibayar sebelum dikirim"
    assert can_move(facts(S.READY, Fulfilment.COD, **unpaid), S.SHIPPED).ok


@pytest.mark.parametrize(
    ("target", "fulfilment"),
    [(S.COLLECTED, Fulfilment.PICKUP), (S.SHIPPED, Fulfilment.DELIVERY), (S.SHIPPED, Fulfilment.COD)],
)
def test_pending_payment_blocks_handover(target, fulfilment):
    v = can_move(facts(S.READY, fulfilment, pending=50_000), target)
    assert not v.ok
    assert v.error().message == "Ada pembayaran Rp50.000 yang belum cair; tunggu sampai dana masuk"
    with pytest.raises(DomainError, match="belum cair"):
        check_move(facts(S.READY, fulfilment, pending=50_000), target)


def test_pending_payment_does_not_block_cancelling_or_production():
    f = facts(S.READY, pending=50_000)
    assert can_move(f, S.CANCELLED).ok
    assert can_move(facts(S.CONFIRMED, pending=50_000), S.IN_PRODUCTION).ok


def test_manual_moves_leave_out_forfeiture():
    assert {S.FORFEITED} == AUTOMATIC_ONLY
    for status in S:
        manual = next_statuses(status)
        assert S.FORFEITED not in manual
        assert set(manual) == set(TRANSITIONS[status]) - AUTOMATIC_ONLY
        assert next_statuses(status, manual=False) == TRANSITIONS[status]
    assert S.FORFEITED in next_statuses(S.READY, manual=False)


def test_pickup_date_may_not_be_in_the_past():
    today = dt.date(2026, 11, 22)
    check_pickup_date(today, today)
    check_pickup_date(today + dt.timedelta(days=30), today)
    with pytest.raises(InvalidInput) as e:
        check_pickup_date(today - dt.timedelta(days=1), today)
    err = e.value.first("pickup_date")
    assert err is not None
    assert "tidak boleh sebelum hari ini" in err.message
    assert "2026" in err.message


def test_order_code_format():
    assert format_order_code("TD", dt.date(2026, 11, 22), 42) == "TD-2611-0042"
    assert format_order_code("TD", dt.date(2027, 1, 1), 1) == "TD-2701-0001"
    assert format_order_code("TD", dt.date(2026, 11, 22), 12345) == "TD-2611-12345"
    assert month_key(dt.date(2026, 11, 22)) == "2611"


# --------------------------------------------------------------- a random walk through the machine

money = st.integers(min_value=0, max_value=1_000_000)


class OrderLife(RuleBasedStateMachine):
    """Try random moves with random facts; only allowed moves happen.  The walk must follow
    TRANSITIONS edge by edge and never leave a terminal state."""

    def __init__(self) -> None:
        super().__init__()
        self.status = S.DRAFT
        self.path = [S.DRAFT]

    @rule(
        dst=st.sampled_from(list(S)),
        fulfilment=st.sampled_from(list(Fulfilment)),
        total=money,
        paid=money,
        pending=st.sampled_from([0, 0, 0, 10_000]),
        minimum=money,
        custom=st.booleans(),
    )
    def try_move(self, dst, fulfilment, total, paid, pending, minimum, custom):
        f = OrderFacts(
            status=self.status,
            fulfilment=fulfilment,
            total=total,
            paid=paid,
            pending=pending,
            balance=total - paid,
            minimum_deposit=minimum,
            has_custom_details=custom,
        )
        verdict = can_move(f, dst)
        if self.status in TERMINAL:
            assert not verdict.ok
        if verdict.ok:
            assert dst in TRANSITIONS[self.status]
            check_move(f, dst)
            self.status = dst
            self.path.append(dst)
        else:
            assert verdict.template
            with pytest.raises(DomainError):
                check_move(f, dst)

    @precondition(lambda self: self.status in TERMINAL)
    @rule()
    def terminal_stays(self):
        assert next_statuses(self.status, manual=False) == ()

    @invariant()
    def path_follows_transitions(self):
        for a, b in itertools.pairwise(self.path):
            assert b in TRANSITIONS[a]
        assert all(s not in TERMINAL for s in self.path[:-1])


OrderLife.TestCase.settings = settings(max_examples=80, stateful_step_count=20, deadline=None)
test_order_life = OrderLife.TestCase


def test_amount_due_is_none_for_orders_that_are_not_billed():
    from tokodesk.domain.orders import amount_due

    assert amount_due(OrderStatus.CANCELLED, 200_000) is None
    assert amount_due(OrderStatus.FORFEITED, 200_000) is None
    assert amount_due(OrderStatus.READY, 200_000) == 200_000
    assert amount_due(OrderStatus.COLLECTED, 0) == 0


def test_hand_over_offered_follows_the_fulfilment():
    from tokodesk.domain.orders import Fulfilment, next_statuses

    assert OrderStatus.SHIPPED not in next_statuses(OrderStatus.READY, fulfilment=Fulfilment.PICKUP)
    assert OrderStatus.COLLECTED in next_statuses(OrderStatus.READY, fulfilment=Fulfilment.PICKUP)
    for f in (Fulfilment.DELIVERY, Fulfilment.COD):
        offered = next_statuses(OrderStatus.READY, fulfilment=f)
        assert OrderStatus.COLLECTED not in offered and OrderStatus.SHIPPED in offered
