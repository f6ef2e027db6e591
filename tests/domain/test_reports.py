"""The reports' pure rules: periods and labels, the money-in allocation, medians, local
bounds and busy-time buckets."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tokodesk.domain.reports import (
    Allocation,
    Flow,
    allocate,
    bucket,
    is_money_in,
    local_bounds,
    local_day,
    median_timedelta,
    period_for,
    sum_by,
    weekday_hour,
)

MIN = dt.timedelta(minutes=1)


# ---------------------------------------------------------------------------- periods


@pytest.mark.parametrize(
    ("kind", "day", "expected"),
    [
        ("daily", dt.date(2026, 11, 23), (dt.date(2026, 11, 23), dt.date(2026, 11, 23), "23 Nov 2026")),
        (
            "weekly",
            dt.date(2026, 11, 25),
            (dt.date(2026, 11, 23), dt.date(2026, 11, 29), "Minggu 48, 23–29 Nov 2026"),
        ),
        (
            "weekly",
            dt.date(2026, 12, 1),
            (dt.date(2026, 11, 30), dt.date(2026, 12, 6), "Minggu 49, 30 Nov–6 Des 2026"),
        ),
        (
            # ISO week 1 of 2026 starts on Monday 29 December 2025
            "weekly",
            dt.date(2026, 1, 1),
            (dt.date(2025, 12, 29), dt.date(2026, 1, 4), "Minggu 1, 29 Des 2025–4 Jan 2026"),
        ),
        ("monthly", dt.date(2026, 11, 23), (dt.date(2026, 11, 1), dt.date(2026, 11, 30), "November 2026")),
        ("monthly", dt.date(2028, 2, 10), (dt.date(2028, 2, 1), dt.date(2028, 2, 29), "Februari 2028")),
        ("monthly", dt.date(2026, 12, 31), (dt.date(2026, 12, 1), dt.date(2026, 12, 31), "Desember 2026")),
        ("monthly", dt.date(2027, 8, 17), (dt.date(2027, 8, 1), dt.date(2027, 8, 31), "Agustus 2027")),
    ],
)
def test_period_for_and_its_indonesian_label(kind, day, expected):
    assert period_for(kind, day) == expected


def test_an_unknown_kind_is_refused():
    with pytest.raises(ValueError):
        period_for("yearly", dt.date(2026, 1, 1))


days = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2100, 12, 31))


@given(days)
def test_a_week_is_monday_to_sunday_and_covers_the_day(day):
    start, end, label = period_for("weekly", day)
    assert start <= day <= end
    assert start.weekday() == 0 and end.weekday() == 6
    assert (end - start).days == 6
    assert label.startswith(f"Minggu {day.isocalendar().week}, ")


@given(days)
def test_a_month_is_whole_and_covers_the_day(day):
    start, end, _label = period_for("monthly", day)
    assert start <= day <= end
    assert start.day == 1 and (start.year, start.month) == (day.year, day.month)
    assert (end + dt.timedelta(days=1)).day == 1  # the last day of the month
    assert end.month == day.month


@given(days)
def test_a_day_is_itself(day):
    assert period_for("daily", day)[:2] == (day, day)


# ---------------------------------------------------------------------------- local time


@given(days)
def test_local_bounds_are_local_midnights_a_day_apart_or_so(day):
    lo, hi = local_bounds(day, day)
    assert lo.tzinfo is not None and hi.tzinfo is not None
    assert local_day(lo) == day
    assert local_day(hi) == day + dt.timedelta(days=1)
    assert (lo.astimezone().hour, lo.astimezone().minute) == (0, 0)
    # a day is 24 hours, give or take a daylight-saving change
    assert dt.timedelta(hours=22) <= hi - lo <= dt.timedelta(hours=26)


def test_local_bounds_of_a_month():
    lo, hi = local_bounds(dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    assert local_day(lo) == dt.date(2026, 11, 1)
    assert local_day(hi) == dt.date(2026, 12, 1)
    assert local_day(hi - MIN) == dt.date(2026, 11, 30)


def test_weekday_and_hour_are_local():
    t = dt.datetime(2026, 11, 23, 14, 5).astimezone()  # Monday, 14.05 local
    assert weekday_hour(t) == (0, 14)
    assert weekday_hour(t.astimezone(dt.UTC)) == (0, 14)  # the same moment given in UTC


def test_bucket_counts_and_sums_by_local_weekday_and_hour():
    mon9 = dt.datetime(2026, 11, 23, 9, 15).astimezone()
    mon9b = dt.datetime(2026, 11, 23, 9, 59).astimezone()
    sat20 = dt.datetime(2026, 11, 28, 20, 0).astimezone()
    b = bucket([(mon9, 100), (mon9b, 50), (sat20.astimezone(dt.UTC), 7)])
    assert b.count_by_weekday == [2, 0, 0, 0, 0, 1, 0]
    assert b.sum_by_weekday == [150, 0, 0, 0, 0, 7, 0]
    assert b.count_by_hour[9] == 2 and b.count_by_hour[20] == 1 and sum(b.count_by_hour) == 3
    assert b.sum_by_hour[9] == 150 and b.sum_by_hour[20] == 7
    assert b.count_by_weekday_hour[0][9] == 2 and b.count_by_weekday_hour[5][20] == 1
    assert (b.count, b.total) == (3, 157)


def test_an_empty_bucket_is_all_zeros():
    b = bucket([])
    assert b.count_by_weekday == [0] * 7 and b.count_by_hour == [0] * 24
    assert b.count_by_weekday_hour == [[0] * 24 for _ in range(7)]
    assert (b.count, b.total) == (0, 0)


# ---------------------------------------------------------------------------- medians


def test_median_of_nothing_is_none():
    assert median_timedelta([]) is None


def test_median_odd_and_even():
    assert median_timedelta([3 * MIN, MIN, 2 * MIN]) == 2 * MIN
    # even count: the mean of the middle two, (10 + 30) / 2 = 20 minutes
    assert median_timedelta([40 * MIN, 10 * MIN, 30 * MIN, 5 * MIN]) == 20 * MIN
    assert median_timedelta(iter([dt.timedelta(hours=5)])) == dt.timedelta(hours=5)


@given(st.lists(st.integers(min_value=0, max_value=10**9), min_size=1, max_size=50))
def test_median_splits_the_values_in_half(seconds):
    values = [dt.timedelta(seconds=s) for s in seconds]
    m = median_timedelta(values)
    assert min(values) <= m <= max(values)
    assert sum(v <= m for v in values) >= len(values) / 2
    assert sum(v >= m for v in values) >= len(values) / 2


# ---------------------------------------------------------------------------- allocation


def parts(allocations: list[Allocation], entry_id: int) -> list[tuple[str, int]]:
    return [(a.kind, a.amount) for a in allocations if a.entry_id == entry_id]


def test_a_deposit_is_a_deposit_even_with_fees_outstanding():
    out = allocate([Flow(1, "storage_fee", 10_000), Flow(2, "deposit", 50_000)])
    assert parts(out, 2) == [("deposit", 50_000)]


def test_a_payment_pays_the_fees_first_in_the_order_charged():
    flows = [
        Flow(1, "deposit", 100_000),
        Flow(2, "delivery_fee", 18_000),
        Flow(3, "storage_fee", 15_000),
        Flow(4, "other_charge", 5_000),
        Flow(5, "payment", 25_000),  # 18,000 delivery + 7,000 of the storage fee
        Flow(6, "payment", 120_000),  # 8,000 storage + 5,000 other + 107,000 balance
    ]
    out = allocate(flows)
    assert parts(out, 5) == [("delivery_fee", 18_000), ("storage_fee", 7_000)]
    assert parts(out, 6) == [("storage_fee", 8_000), ("other_charge", 5_000), ("balance", 107_000)]
    assert sum_by(out) == {
        "deposit": 100_000,
        "balance": 107_000,
        "storage_fee": 15_000,
        "delivery_fee": 18_000,
        "other_charge": 5_000,
    }


def test_a_waived_fee_is_not_paid():
    flows = [
        Flow(1, "storage_fee", 15_000),
        Flow(2, "storage_fee", -15_000, reverses_id=1),  # waived at handover
        Flow(3, "payment", 100_000),
    ]
    assert parts(allocate(flows), 3) == [("balance", 100_000)]


def test_a_reversal_takes_back_what_its_original_paid_and_the_fee_is_owed_again():
    flows = [
        Flow(1, "storage_fee", 10_000),
        Flow(2, "payment", 30_000),  # 10,000 fee + 20,000 balance
        Flow(3, "payment", -30_000, reverses_id=2),
        Flow(4, "payment", 12_000),  # the fee is outstanding again: 10,000 + 2,000
    ]
    out = allocate(flows)
    assert parts(out, 3) == [("storage_fee", -10_000), ("balance", -20_000)]
    assert parts(out, 4) == [("storage_fee", 10_000), ("balance", 2_000)]


def test_pending_payments_pay_nothing_until_their_clearance():
    flows = [
        Flow(1, "delivery_fee", 20_000),
        Flow(2, "payment", 50_000, cleared=False),  # a cheque
        Flow(3, "deposit", 40_000, cleared=False),  # a transfer not seen yet
        Flow(4, "bounce", 40_000, settles_id=3),
        Flow(5, "clearance", 50_000, settles_id=2),  # allocated as the payment it settles
    ]
    out = allocate(flows)
    assert [a.entry_id for a in out] == [5, 5]
    assert parts(out, 5) == [("delivery_fee", 20_000), ("balance", 30_000)]


def test_a_cleared_deposit_by_clearance_is_a_deposit():
    flows = [Flow(1, "deposit", 40_000, cleared=False), Flow(2, "clearance", 40_000, settles_id=1)]
    assert parts(allocate(flows), 2) == [("deposit", 40_000)]


def test_refunds_forfeits_and_charges_are_not_money_in():
    flows = [
        Flow(1, "payment", 10_000),
        Flow(2, "refund", 5_000),
        Flow(3, "forfeit", 5_000),
        Flow(4, "other_charge", 1_000),
    ]
    assert [a.entry_id for a in allocate(flows)] == [1]
    assert not is_money_in(Flow(9, "payment", 1, cleared=False))
    assert is_money_in(Flow(9, "clearance", 1))


@st.composite
def order_ledgers(draw):
    """A plausible ledger of one order: charges, payments (some pending, then cleared or
    bounced), reversals of earlier entries, refunds, in any order."""
    flows: list[Flow] = []
    reversed_ids: set[int] = set()
    pending: list[Flow] = []
    for i in range(1, draw(st.integers(min_value=0, max_value=25)) + 1):
        action = draw(
            st.sampled_from(["fee", "pay", "pay", "deposit", "pending", "settle", "reverse", "refund"])
        )
        amount = draw(st.integers(min_value=1, max_value=500_000))
        if action == "fee":
            kind = draw(st.sampled_from(["storage_fee", "delivery_fee", "other_charge"]))
            flows.append(Flow(i, kind, amount))
        elif action in ("pay", "deposit"):
            flows.append(Flow(i, "payment" if action == "pay" else "deposit", amount))
        elif action == "pending":
            f = Flow(i, draw(st.sampled_from(["payment", "deposit"])), amount, cleared=False)
            flows.append(f)
            pending.append(f)
        elif action == "settle" and pending:
            f = pending.pop(draw(st.integers(min_value=0, max_value=len(pending) - 1)))
            flows.append(Flow(i, draw(st.sampled_from(["clearance", "bounce"])), f.amount, settles_id=f.id))
        elif action == "reverse":
            candidates = [
                f
                for f in flows
                if f.reverses_id is None and f.id not in reversed_ids and f.kind not in ("bounce",)
            ]
            if candidates:
                f = draw(st.sampled_from(candidates))
                reversed_ids.add(f.id)
                flows.append(Flow(i, f.kind, -f.amount, cleared=f.cleared, reverses_id=f.id, settles_id=None))
        elif action == "refund":
            flows.append(Flow(i, "refund", amount))
    return flows


@given(order_ledgers())
def test_allocation_adds_up_to_the_money_in_entry_by_entry(flows):
    out = allocate(flows)
    money_in = {f.id: f.amount for f in flows if is_money_in(f)}
    assert {a.entry_id for a in out} <= set(money_in)
    for entry_id, amount in money_in.items():
        assert sum(a.amount for a in out if a.entry_id == entry_id) == amount
    assert sum(a.amount for a in out) == sum(money_in.values())
    assert sum(sum_by(out).values()) == sum(money_in.values())


@given(order_ledgers())
def test_fees_are_never_over_allocated(flows):
    """At every step, what is allocated to a fee kind is never more than that kind's net
    charges so far plus what was paid on a fee before it was waived, and never negative."""
    out = allocate(flows)
    for n in range(len(flows) + 1):
        upto = {f.id for f in flows[:n]}
        allocated = {}
        for a in out:
            if a.entry_id in upto and a.kind in ("storage_fee", "delivery_fee", "other_charge"):
                allocated[a.kind] = allocated.get(a.kind, 0) + a.amount
        for kind, amount in allocated.items():
            charged = sum(f.amount for f in flows[:n] if f.kind == kind and f.reverses_id is None)
            assert 0 <= amount <= charged


@given(order_ledgers())
def test_a_fee_never_receives_more_than_its_own_charge(flows):
    """Per fee entry: fee reversals aside, no fee is paid beyond what was charged."""
    has_fee_reversal = any(f.kind.endswith(("_fee", "_charge")) and f.reverses_id for f in flows)
    out = allocate(flows)
    if not has_fee_reversal:
        for kind in ("storage_fee", "delivery_fee", "other_charge"):
            charged = sum(f.amount for f in flows if f.kind == kind)
            assert sum(a.amount for a in out if a.kind == kind) <= charged


@given(order_ledgers())
def test_deposits_are_allocated_as_deposits_only(flows):
    out = allocate(flows)
    kinds = {f.id: f.kind for f in flows}
    for a in out:
        if kinds[a.entry_id] == "deposit":
            assert a.kind == "deposit"
