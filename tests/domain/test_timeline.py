"""The pickup timeline rules: fees, reminders, automatic forfeiture, orders at risk."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from tokodesk.domain.errors import InvalidInput
from tokodesk.domain.orders import Fulfilment, OrderStatus
from tokodesk.domain.pickup import PickupPolicy
from tokodesk.domain.timeline import (
    PickupFacts,
    Reminder,
    Standing,
    clock_start,
    days_overdue,
    format_offsets,
    parse_offsets,
    reminder_due,
    schedule,
    standing,
    storage_fee,
    when_words,
)

D = dt.date
R = Reminder
DEFAULT = PickupPolicy()  # grace 2, Rp5.000/day, no cap, forfeit after 7
OFFSETS = (2, 1)


def ready(pickup: D, ready_on: D | None = None, **kw) -> PickupFacts:
    return PickupFacts(
        status=OrderStatus.READY,
        fulfilment=Fulfilment.PICKUP,
        pickup_date=pickup,
        ready_on=ready_on or pickup - dt.timedelta(days=5),
        **kw,
    )


def days(start: D, n: int) -> D:
    return start + dt.timedelta(days=n)


policies = st.builds(
    lambda grace, rate, cap_days, extra: PickupPolicy(
        grace_days=grace,
        storage_fee_per_day=rate,
        storage_fee_cap=cap_days * rate,
        forfeit_after_days=grace + extra,
    ),
    grace=st.integers(0, 10),
    rate=st.integers(0, 50).map(lambda n: n * 1_000),
    cap_days=st.integers(0, 30),
    extra=st.integers(1, 30),
)
dates = st.dates(min_value=D(2024, 1, 1), max_value=D(2032, 12, 31))
offsets = st.lists(st.integers(1, 30), max_size=4, unique=True).map(
    lambda xs: tuple(sorted(xs, reverse=True))
)


# ------------------------------------------------------------------ storage fee


def test_fee_follows_the_formula_with_the_defaults():
    p = D(2026, 11, 20)
    f = ready(p)
    assert [storage_fee(f, DEFAULT, days(p, n)) for n in range(-1, 7)] == [
        0, 0, 0, 0, 5_000, 10_000, 15_000, 20_000,
    ]  # fmt: skip


@given(policies, dates, st.integers(-30, 60))
def test_no_fee_on_or_before_the_last_free_day(policy, pickup, n):
    f = ready(pickup)
    day = days(pickup, n)
    assume(day <= policy.last_free_day(pickup))
    assert storage_fee(f, policy, day) == 0


@given(policies, dates, st.integers(0, 90))
def test_fee_is_rate_times_days_past_grace_capped(policy, pickup, n):
    day = days(pickup, n)
    expected = policy.storage_fee_per_day * max(0, n - policy.grace_days)
    if policy.storage_fee_cap:
        expected = min(expected, policy.storage_fee_cap)
    assert storage_fee(ready(pickup), policy, day) == expected


@given(policies, dates, st.integers(-10, 90), st.integers(0, 90))
def test_fee_never_decreases_with_the_day(policy, pickup, a, b):
    f = ready(pickup)
    d1, d2 = days(pickup, min(a, b)), days(pickup, max(a, b))
    assert storage_fee(f, policy, d1) <= storage_fee(f, policy, d2)


@given(policies, dates, st.integers(0, 400))
def test_the_cap_holds(policy, pickup, n):
    assume(policy.storage_fee_cap > 0)
    assert storage_fee(ready(pickup), policy, days(pickup, n)) <= policy.storage_fee_cap


@given(policies, dates, st.integers(0, 60), st.integers(0, 60))
def test_fee_stops_growing_when_the_order_is_collected(policy, pickup, collected_after, later):
    closed = days(pickup, collected_after)
    f = PickupFacts(
        OrderStatus.COLLECTED, Fulfilment.PICKUP, pickup, ready_on=days(pickup, -3), closed_on=closed
    )
    at_handover = storage_fee(f, policy, closed)
    assert storage_fee(f, policy, days(closed, later)) == at_handover
    assert at_handover == storage_fee(ready(pickup, days(pickup, -3)), policy, closed)


def test_an_order_collected_during_grace_never_pays():
    p = D(2026, 11, 20)
    f = PickupFacts(OrderStatus.COLLECTED, Fulfilment.PICKUP, p, ready_on=days(p, -2), closed_on=days(p, 1))
    assert storage_fee(f, DEFAULT, days(p, 40)) == 0


def test_the_clock_starts_when_the_shop_was_late():
    p = D(2026, 11, 20)
    late = ready(p, ready_on=days(p, 4))
    assert clock_start(late) == days(p, 4)
    assert storage_fee(late, DEFAULT, days(p, 6)) == 0  # 2 free days from the ready day
    assert storage_fee(late, DEFAULT, days(p, 7)) == 5_000


def test_not_ready_or_not_pickup_means_no_fee():
    p = D(2026, 11, 20)
    making = PickupFacts(OrderStatus.IN_PRODUCTION, Fulfilment.PICKUP, p)
    shipped = PickupFacts(OrderStatus.READY, Fulfilment.DELIVERY, p, ready_on=days(p, -1))
    assert storage_fee(making, DEFAULT, days(p, 30)) == 0
    assert storage_fee(shipped, DEFAULT, days(p, 30)) == 0


def test_month_end_and_leap_day():
    jan = ready(D(2027, 1, 30))
    assert DEFAULT.last_free_day(D(2027, 1, 30)) == D(2027, 2, 1)
    assert storage_fee(jan, DEFAULT, D(2027, 2, 1)) == 0
    assert storage_fee(jan, DEFAULT, D(2027, 2, 2)) == 5_000
    assert standing(jan, DEFAULT, D(2027, 2, 5)) is Standing.OVERDUE
    assert standing(jan, DEFAULT, D(2027, 2, 6)) is Standing.FORFEIT
    leap = ready(D(2028, 2, 27))
    assert DEFAULT.last_free_day(D(2028, 2, 27)) == D(2028, 2, 29)
    assert storage_fee(leap, DEFAULT, D(2028, 2, 29)) == 0
    assert storage_fee(leap, DEFAULT, D(2028, 3, 1)) == 5_000
    assert dict(schedule(leap, DEFAULT, OFFSETS))[D(2028, 2, 29)] is R.LAST_FREE_DAY
    year_end = ready(D(2026, 12, 30))
    assert storage_fee(year_end, DEFAULT, D(2027, 1, 2)) == 5_000


def test_a_changed_policy_changes_the_numbers():
    p = D(2026, 11, 20)
    strict = PickupPolicy(
        grace_days=0, storage_fee_per_day=10_000, storage_fee_cap=30_000, forfeit_after_days=5
    )
    f = ready(p)
    assert [storage_fee(f, strict, days(p, n)) for n in range(6)] == [
        0,
        10_000,
        20_000,
        30_000,
        30_000,
        30_000,
    ]
    assert standing(f, strict, days(p, 5)) is Standing.FORFEIT
    assert standing(f, DEFAULT, days(p, 5)) is Standing.OVERDUE


# ------------------------------------------------------------------ forfeiture and standing


@given(policies, dates, st.integers(0, 400), st.integers(0, 400))
def test_a_customer_message_after_pickup_always_prevents_forfeiture(policy, pickup, wrote_after, n):
    f = ready(pickup, customer_wrote_on=days(pickup, wrote_after))
    assert standing(f, policy, days(pickup, n)) is not Standing.FORFEIT


@given(policies, dates, st.integers(1, 60), st.integers(0, 400))
def test_silence_since_pickup_forfeits_on_the_day(policy, pickup, wrote_before, n):
    f = ready(pickup, customer_wrote_on=days(pickup, -wrote_before))
    day = days(pickup, n)
    got = standing(f, policy, day)
    assert (got is Standing.FORFEIT) == (n >= policy.forfeit_after_days)


def test_a_message_after_pickup_sends_the_order_to_a_person():
    p = D(2026, 11, 20)
    f = ready(p, customer_wrote_on=days(p, 3))
    assert standing(f, DEFAULT, days(p, 7)) is Standing.NEEDS_DECISION
    assert standing(f, DEFAULT, days(p, 6)) is Standing.OVERDUE


def test_standing_through_the_days():
    p = D(2026, 11, 20)
    f = ready(p)
    got = {n: standing(f, DEFAULT, days(p, n)) for n in (-3, 0, 1, 6, 7, 20)}
    assert got == {
        -3: Standing.WAITING,
        0: Standing.DUE_TODAY,
        1: Standing.OVERDUE,
        6: Standing.OVERDUE,
        7: Standing.FORFEIT,
        20: Standing.FORFEIT,
    }


@pytest.mark.parametrize("status", [OrderStatus.DRAFT, OrderStatus.CONFIRMED, OrderStatus.IN_PRODUCTION])
def test_unfinished_order_close_to_pickup_is_at_risk_never_reminded(status):
    p = D(2026, 11, 20)
    f = PickupFacts(status, Fulfilment.PICKUP, p)
    assert standing(f, DEFAULT, days(p, -3)) is Standing.NONE
    assert standing(f, DEFAULT, days(p, -2)) is Standing.AT_RISK
    assert standing(f, DEFAULT, days(p, 5)) is Standing.AT_RISK  # late: still the shop's problem
    assert all(reminder_due(f, DEFAULT, OFFSETS, days(p, n)) is None for n in range(-5, 20))
    assert schedule(f, DEFAULT, OFFSETS) == []


@pytest.mark.parametrize(
    "status", [OrderStatus.COLLECTED, OrderStatus.CANCELLED, OrderStatus.FORFEITED, OrderStatus.SHIPPED]
)
def test_closed_orders_stand_nowhere(status):
    p = D(2026, 11, 20)
    f = PickupFacts(status, Fulfilment.PICKUP, p, ready_on=days(p, -1), closed_on=p)
    assert standing(f, DEFAULT, days(p, 30)) is Standing.NONE
    assert reminder_due(f, DEFAULT, OFFSETS, days(p, 2)) is None
    assert days_overdue(f, days(p, 30)) == 0


def test_days_overdue():
    p = D(2026, 11, 20)
    assert [days_overdue(ready(p), days(p, n)) for n in (-2, 0, 3)] == [0, 0, 3]


# ------------------------------------------------------------------ reminders


def test_the_default_schedule():
    p = D(2026, 11, 20)
    f = ready(p, ready_on=D(2026, 11, 15))
    assert schedule(f, DEFAULT, OFFSETS) == [
        (D(2026, 11, 15), R.READY),
        (D(2026, 11, 18), R.REMIND_EARLY),
        (D(2026, 11, 19), R.REMIND_DAY_BEFORE),
        (D(2026, 11, 22), R.LAST_FREE_DAY),
        (D(2026, 11, 23), R.FEE_STARTED),
        (D(2026, 11, 26), R.FINAL_NOTICE),
    ]


def test_ready_the_day_before_sends_one_message_not_two():
    p = D(2026, 11, 20)
    f = ready(p, ready_on=D(2026, 11, 19))
    sched = schedule(f, DEFAULT, OFFSETS)
    assert sched[0] == (D(2026, 11, 19), R.READY)
    assert R.REMIND_EARLY not in dict(sched).values()  # goods were not ready on H-2


@given(policies, dates, st.integers(-20, 10), offsets)
def test_schedule_has_one_message_a_day_never_before_ready(policy, pickup, ready_delta, offs):
    f = ready(pickup, ready_on=days(pickup, ready_delta))
    sched = schedule(f, policy, offs)
    assert len({d for d, _ in sched}) == len(sched)
    assert all(d >= f.ready_on for d, _ in sched)
    assert sched[0] == (f.ready_on, R.READY) or sched[0][0] == f.ready_on
    assert sched == sorted(sched)


@given(policies, dates, offsets, st.integers(-20, 40))
def test_running_a_day_twice_queues_nothing_new(policy, pickup, offs, n):
    f = ready(pickup)
    day = days(pickup, n)
    first = reminder_due(f, policy, offs, day)
    # the run for the same day again looks back only to the day itself
    assert reminder_due(f, policy, offs, day, since=day) is None
    if first is not None:
        assert first[0] == day


@given(policies, dates, offsets, st.integers(-20, 40), st.integers(1, 10))
def test_catching_up_sends_only_the_latest_missed_message(policy, pickup, offs, n, gap):
    f = ready(pickup)
    day = days(pickup, n)
    since = days(day, -gap)
    got = reminder_due(f, policy, offs, day, since=since)
    missed = [(d, k) for d, k in schedule(f, policy, offs) if since < d <= day]
    assert got == (missed[-1] if missed else None)


def test_forfeited_order_is_not_reminded_again():
    p = D(2026, 11, 20)
    f = PickupFacts(OrderStatus.FORFEITED, Fulfilment.PICKUP, p, ready_on=days(p, -1), closed_on=days(p, 7))
    assert reminder_due(f, DEFAULT, OFFSETS, days(p, 8)) is None


# ------------------------------------------------------------------ offsets and words


def test_offsets_parse_and_format():
    assert parse_offsets("1, 2") == (2, 1)
    assert parse_offsets("3;1;1") == (3, 1)
    assert parse_offsets("") == ()
    assert format_offsets((1, 3)) == "3,1"
    for bad in ["0", "x", "31", "2,-1"]:
        with pytest.raises(InvalidInput):
            parse_offsets(bad)


def test_when_words():
    p = D(2026, 11, 20)
    assert [when_words(p, days(p, -n)) for n in (0, 1, 2, 4)] == ["hari ini", "besok", "lusa", "dalam 4 hari"]
