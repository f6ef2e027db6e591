"""The ledger sums: paid, charges, pending and balance, derived from append-only entries."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tokodesk.domain.errors import DomainError
from tokodesk.domain.ledger import (
    CHARGE_KINDS,
    PAYMENT_KINDS,
    SETTLING_KINDS,
    Entry,
    EntryKind,
    check_reversal,
    totals,
)

MAX = 10**12

entries_st = st.lists(
    st.builds(
        Entry,
        kind=st.sampled_from(list(EntryKind)),
        amount=st.integers(min_value=1, max_value=MAX),
        cleared=st.booleans(),
    ),
    max_size=30,
)
order_totals = st.integers(min_value=0, max_value=MAX)


def reversal(e: Entry) -> Entry:
    """What ``reverse_entry`` appends: same kind and state, negated amount."""
    return Entry(e.kind, -e.amount, e.cleared)


def expected(total: int, entries: list[Entry]) -> dict[str, int]:
    """The rules of the module docstring, computed kind by kind (independently of ``totals``)."""

    def s(kinds, cleared=None):
        return sum(e.amount for e in entries if e.kind in kinds and (cleared is None or e.cleared is cleared))

    refund = {EntryKind.REFUND}
    cleared_later, bounced = s({EntryKind.CLEARANCE}), s({EntryKind.BOUNCE})
    paid = s(PAYMENT_KINDS, True) - s(refund, True) + cleared_later
    pending = s(PAYMENT_KINDS, False) - s(refund, False) - cleared_later - bounced
    # a charge is owed whether or not it is "cleared"; an allowance lowers what is owed
    charges = s(CHARGE_KINDS) - s({EntryKind.ALLOWANCE})
    forfeited = s({EntryKind.FORFEIT})
    return {
        "paid": paid,
        "pending": pending,
        "charges": charges,
        "forfeited": forfeited,
        "balance": total + charges - paid,
    }


@given(order_totals, entries_st)
def test_totals_follow_the_ledger_formula(total, entries):
    t = totals(total, entries)
    want = expected(total, entries)
    assert t.total == total
    assert (t.paid, t.pending, t.charges, t.forfeited, t.balance) == (
        want["paid"],
        want["pending"],
        want["charges"],
        want["forfeited"],
        want["balance"],
    )


@given(order_totals, entries_st, st.data())
def test_reversal_pairs_net_to_zero(total, entries, data):
    reversed_ = data.draw(st.lists(st.sampled_from(entries), unique_by=id) if entries else st.just([]))
    with_reversals = entries + [reversal(e) for e in reversed_]
    # reversing some entries is the same as never having written them
    remaining = [e for e in entries if not any(e is r for r in reversed_)]
    assert totals(total, with_reversals) == totals(total, remaining)
    # reversing all of them leaves a clean ledger
    clean = totals(total, entries + [reversal(e) for e in entries])
    assert (clean.paid, clean.pending, clean.charges, clean.forfeited) == (0, 0, 0, 0)
    assert clean.balance == total


@given(
    order_totals, entries_st, st.integers(min_value=1, max_value=MAX), st.sampled_from(sorted(PAYMENT_KINDS))
)
def test_pending_payments_do_not_reduce_the_balance(total, entries, amount, kind):
    before = totals(total, entries)
    after = totals(total, [*entries, Entry(kind, amount, cleared=False)])
    assert after.balance == before.balance
    assert after.paid == before.paid
    assert after.pending == before.pending + amount


@given(order_totals, entries_st, st.integers(min_value=1, max_value=MAX))
def test_forfeiture_does_not_change_what_is_owed(total, entries, amount):
    before = totals(total, entries)
    after = totals(total, [*entries, Entry(EntryKind.FORFEIT, amount)])
    assert after.balance == before.balance
    assert after.forfeited == before.forfeited + amount


def test_worked_example():
    t = totals(
        350_000,
        [
            Entry(EntryKind.DEPOSIT, 175_000),
            Entry(EntryKind.STORAGE_FEE, 10_000),
            Entry(EntryKind.DELIVERY_FEE, 25_000),
            Entry(EntryKind.PAYMENT, 100_000, cleared=False),  # cheque not cleared
            Entry(EntryKind.PAYMENT, 50_000),
            Entry(EntryKind.PAYMENT, -50_000),  # its reversal
            Entry(EntryKind.REFUND, 5_000),
        ],
    )
    assert (t.paid, t.pending, t.charges, t.forfeited) == (170_000, 100_000, 35_000, 0)
    assert t.balance == 350_000 + 35_000 - 170_000


def test_empty_ledger_owes_the_total():
    t = totals(200_000, [])
    assert (t.paid, t.pending, t.charges, t.forfeited, t.balance) == (0, 0, 0, 0, 200_000)


def test_overpaid_balance_is_negative():
    assert totals(100, [Entry(EntryKind.PAYMENT, 150)]).balance == -50


def test_every_kind_is_counted_somewhere():
    accounted = PAYMENT_KINDS | CHARGE_KINDS | SETTLING_KINDS
    accounted |= {EntryKind.REFUND, EntryKind.FORFEIT, EntryKind.ALLOWANCE}
    assert accounted == set(EntryKind)
    assert not PAYMENT_KINDS & CHARGE_KINDS


def test_check_reversal_allows_a_first_reversal_of_a_normal_entry():
    assert check_reversal(50_000, already_reversed=False, is_reversal=False) is None


@pytest.mark.parametrize(
    ("amount", "already", "is_reversal", "words"),
    [
        (-50_000, False, True, "tidak dapat dikoreksi lagi"),
        (50_000, True, False, "sudah dikoreksi"),
        (-50_000, True, True, "tidak dapat dikoreksi lagi"),  # the stronger reason wins
        (0, False, False, "nol"),
    ],
)
def test_check_reversal_refuses(amount, already, is_reversal, words):
    with pytest.raises(DomainError, match=words):
        check_reversal(amount, already, is_reversal)


pending_payments = st.lists(
    st.builds(
        Entry,
        st.sampled_from(sorted(PAYMENT_KINDS)),
        st.integers(min_value=1, max_value=MAX),
        st.just(False),
    ),
    max_size=10,
)


@given(order_totals, entries_st, pending_payments, st.data())
def test_settling_a_pending_payment(total, entries, pending, data):
    """A clearance is as if the payment had been cleared from the start; a bounce as if it had
    never been made."""
    arrived = data.draw(st.lists(st.booleans(), min_size=len(pending), max_size=len(pending)))
    settled = (
        entries
        + pending
        + [
            Entry(EntryKind.CLEARANCE if ok else EntryKind.BOUNCE, p.amount)
            for p, ok in zip(pending, arrived, strict=True)
        ]
    )
    as_if = entries + [Entry(p.kind, p.amount, True) for p, ok in zip(pending, arrived, strict=True) if ok]
    assert totals(total, settled) == totals(total, as_if)
