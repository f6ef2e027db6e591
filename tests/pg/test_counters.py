"""Several counters on one database (issue 9): two processes take payments, write log entries
and take orders on the same orders at the same moments; afterwards the money adds up to what
they reported, no order number was handed out twice, the daily run acted once, and every
evidence chain is still one unbroken line.

Runs on both backends: SQLite (two processes on one file, the write lock at BEGIN) in the
SQLite pass, and PostgreSQL (the writers' advisory lock, row locks) in the PostgreSQL pass.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import queue

import pytest
from sqlalchemy import func, select

from tests import factories as f
from tests.factories import open_as_owner
from tests.pg.counter import WIB, Report, work
from tokodesk.db.models import AuditEvent, LedgerEntry, LogEntry, Order, Reminder, StatusChange
from tokodesk.db.models import Counter as CounterRow
from tokodesk.domain.ledger import EntryKind, PaymentMethod
from tokodesk.domain.orders import OrderStatus
from tokodesk.services import chain
from tokodesk.services.changes import changes_since, current_marker
from tokodesk.services.daily import DAILY_LOCK
from tokodesk.services.orders import ItemInput, bump_counter, get_order, move_order
from tokodesk.services.payments import OrderChanged, PaymentInput, order_totals, record_payment

P = dt.date(2026, 11, 20)  # pickup day of the order left on the shelf
DAY = P + dt.timedelta(days=7)  # the daily run of this day forfeits it
ROUNDS = 30
BIG = 100_000_000


def at(day: dt.date, hour: int = 10) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, tzinfo=WIB)


def make_shop(url: str) -> dict:
    """A customer, three open orders with a large balance, one order nobody came for."""
    taken = at(P - dt.timedelta(days=10))
    db = open_as_owner(url, now=taken)
    try:

        def fill(s):
            cust = f.customer(s, db.actor, taken, name="Rina Wati")
            orders = [
                f.order(
                    s,
                    db.actor,
                    taken,
                    customer_id=cust.id,
                    items=[ItemInput("Seragam kantor", 100, BIG // 100)],
                    deposit=BIG * 3 // 10,
                    pickup=DAY + dt.timedelta(days=30),
                )[1]
                for _ in range(3)
            ]
            _, shelf = f.order(
                s,
                db.actor,
                taken,
                customer_id=cust.id,
                items=[ItemInput("Kue ulang tahun custom", 1, 200_000, "Tulisan: SELAMAT ULTAH")],
                deposit=100_000,
                pickup=P,
            )
            for target, when in (
                (OrderStatus.CONFIRMED, taken),
                (OrderStatus.IN_PRODUCTION, taken),
                (OrderStatus.READY, at(P - dt.timedelta(days=3))),
            ):
                if target is OrderStatus.IN_PRODUCTION:
                    f.confirm(s, db.actor, when, shelf)
                move_order(s, shelf, target, actor=db.actor, now=when)
            return {"customer": cust.id, "orders": orders, "shelf": shelf}

        return db.write(fill)
    finally:
        db.close()


def run_counters(url: str, shop: dict) -> list[Report]:
    ctx = multiprocessing.get_context("spawn")  # a fresh interpreter, like a second PC
    barrier = ctx.Barrier(2, timeout=120)
    results = ctx.Queue()
    jobs = [
        ("kasir-1", 1_000),
        ("kasir-2", 2_000),
    ]
    procs = []
    for name, offset in jobs:
        job = {
            "day": DAY.isoformat(),
            "orders": shop["orders"],
            "customer": shop["customer"],
            "rounds": ROUNDS,
            "offset": offset,
            "new_order_every": 3,
        }
        p = ctx.Process(target=work, args=(url, name, job, barrier, results), daemon=True)
        p.start()
        procs.append(p)
    reports = []
    try:
        for _ in procs:
            reports.append(results.get(timeout=300))
    except queue.Empty:
        pytest.fail("a counter process did not finish in 5 minutes (a lock that is never released?)")
    finally:
        for p in procs:
            p.join(timeout=30)
            if p.is_alive():
                p.kill()
    errors = [r.error for r in reports if r.error]
    assert not errors, "\n".join(errors)
    return sorted(reports, key=lambda r: r.name)


@pytest.mark.slow
def test_two_counters_at_once_lose_nothing_and_keep_the_chains_linear(db_url):
    shop = make_shop(db_url)
    reports = run_counters(db_url, shop)

    db = open_as_owner(db_url, now=at(DAY))
    try:

        def facts(s):
            paid = {}
            for oid in shop["orders"]:
                rows = s.execute(
                    select(LedgerEntry.id, LedgerEntry.amount).where(
                        LedgerEntry.order_id == oid, LedgerEntry.kind == str(EntryKind.PAYMENT)
                    )
                ).all()
                paid[oid] = sorted(rows)
            return {
                "paid": paid,
                "balance": {oid: order_totals(s, s.get(Order, oid)).balance for oid in shop["orders"]},
                "codes": list(s.scalars(select(Order.code))),
                "logs": sorted(s.scalars(select(LogEntry.id))),
                "shelf": s.get(Order, shop["shelf"]).status,
                "forfeit_entries": s.scalar(
                    select(func.count()).select_from(LedgerEntry).where(LedgerEntry.kind == "forfeit")
                ),
                "forfeit_moves": s.scalar(
                    select(func.count())
                    .select_from(StatusChange)
                    .where(StatusChange.to_status == "forfeited")
                ),
                "daily_events": s.scalar(
                    select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "system.daily")
                ),
                "reminders": list(
                    tuple(row) for row in s.execute(select(Reminder.order_id, Reminder.kind, Reminder.due_on))
                ),
                "daily_runs": s.get(CounterRow, DAILY_LOCK).value,
                "chains": chain.verify(s),
            }

        got = db.read(facts)
    finally:
        db.close()

    # the money: every payment a counter was told went through is there, and nothing else
    reported: dict[int, list[tuple[int, int]]] = {oid: [] for oid in shop["orders"]}
    for r in reports:
        for oid, amount, entry_id in r.checked_payments + r.payments:
            reported[oid].append((entry_id, amount))
    for oid in shop["orders"]:
        assert got["paid"][oid] == sorted(reported[oid])
        owed = BIG - BIG * 3 // 10 - sum(a for _, a in reported[oid])
        assert got["balance"][oid] == owed
    # the same order at the same moment, each with the version it saw: one of the two won
    # every round, the other was told the order had changed (never both, never neither)
    won = sorted(round_ for r in reports for round_ in range(ROUNDS) if round_ not in r.changed)
    assert won == list(range(ROUNDS))
    assert sum(len(r.changed) for r in reports) == ROUNDS
    assert sum(len(r.checked_payments) for r in reports) == ROUNDS

    # order numbers: all different, every one a counter got is in the database
    codes = [c for r in reports for c in r.codes]
    assert len(codes) == 2 * len(range(0, ROUNDS, 3))
    assert len(set(got["codes"])) == len(got["codes"]) == 4 + len(codes)
    assert set(codes) <= set(got["codes"])

    # log entries: all of them, once
    assert got["logs"][-2 * ROUNDS :] == sorted(e for r in reports for e in r.log_entries)

    # the daily run: both counters ran it, it acted once
    assert got["daily_runs"] == 2
    assert sorted(oid for r in reports for oid in r.daily_forfeited) == [shop["shelf"]]
    assert got["shelf"] == "forfeited"
    assert got["forfeit_entries"] == 1 and got["forfeit_moves"] == 1
    assert got["daily_events"] == 1
    assert len(got["reminders"]) == len(set(got["reminders"]))
    assert sorted(r.daily_queued for r in reports)[0] == 0  # the second run found nothing to do

    # every chain is one line, each record after the one before it, and its head matches
    for report in got["chains"]:
        assert report.problem is None, report.problem.message
    lengths = {rep.chain: rep.length for rep in got["chains"]}
    assert lengths["log"] == len(got["logs"])


def test_a_screen_showing_an_old_state_is_told_the_order_changed(db_url):
    """Counter 1 shows an order; counter 2 takes a payment on it; counter 1's payment with
    what it showed is refused with the message, and goes through once reloaded."""
    now = at(DAY)
    one = open_as_owner(db_url, now=now)
    two = open_as_owner(db_url, now=now)
    try:

        def new_order(s):
            return f.order(s, one.actor, now, items=[ItemInput("Kaos", 10, 100_000)], deposit=300_000)[1]

        oid = one.write(new_order)
        shown = one.read(lambda s: get_order(s, oid, DAY))
        assert shown.version
        two.write(
            lambda s: record_payment(
                s, PaymentInput(oid, 200_000, PaymentMethod.CASH), actor=two.actor, now=now
            )
        )
        with pytest.raises(OrderChanged) as refused:
            one.write(
                lambda s: record_payment(
                    s,
                    PaymentInput(oid, 700_000, PaymentMethod.CASH, expected_version=shown.version),
                    actor=one.actor,
                    now=now,
                )
            )
        assert str(refused.value) == (
            "Pesanan ini baru saja diubah di kasir lain; data dimuat ulang. Periksa lalu ulangi."
        )
        assert refused.value.order_id == oid
        again = one.read(lambda s: get_order(s, oid, DAY))
        assert again.version != shown.version
        assert again.totals.balance == 500_000  # nothing of the refused payment was written
        one.write(
            lambda s: record_payment(
                s,
                PaymentInput(oid, 500_000, PaymentMethod.CASH, expected_version=again.version),
                actor=one.actor,
                now=now,
            )
        )
        # a move from a stale screen is refused the same way
        with pytest.raises(OrderChanged):
            one.write(
                lambda s: move_order(
                    s,
                    oid,
                    OrderStatus.IN_PRODUCTION,
                    actor=one.actor,
                    now=now,
                    expected_version=again.version,
                )
            )
        latest = one.read(lambda s: get_order(s, oid, DAY)).version
        one.write(
            lambda s: move_order(
                s, oid, OrderStatus.IN_PRODUCTION, actor=one.actor, now=now, expected_version=latest
            )
        )
    finally:
        one.close()
        two.close()


def test_another_counters_changes_are_seen_with_one_cheap_query(db_url):
    now = at(DAY)
    one = open_as_owner(db_url, now=now)
    two = open_as_owner(db_url, now=now)
    try:
        marker = one.read(current_marker)
        assert one.read(lambda s: changes_since(s, marker)) is None

        def new_order(s):
            return f.order(s, two.actor, now)[1]

        oid = two.write(new_order)
        seen = one.read(lambda s: changes_since(s, marker))
        assert seen is not None and seen.marker > marker
        assert seen.changes.orders and seen.changes.customers and seen.changes.ledger
        assert oid in seen.order_ids and seen.changes.order_id == oid
        assert one.read(lambda s: changes_since(s, seen.marker)) is None

        two.write(
            lambda s: record_payment(
                s, PaymentInput(oid, 1_000, PaymentMethod.CASH), actor=two.actor, now=now
            )
        )
        paid = one.read(lambda s: changes_since(s, seen.marker))
        assert paid.changes.order_id == oid and paid.changes.ledger and not paid.changes.customers
        assert paid.order_ids == {oid}
    finally:
        one.close()
        two.close()


def test_a_months_first_order_number_is_taken_by_one_upsert(session):
    assert bump_counter(session, "order:TEST-2612") == 1
    assert bump_counter(session, "order:TEST-2612") == 2
    assert bump_counter(session, "order:TEST-2701") == 1
    assert session.get(CounterRow, "order:TEST-2612").value == 2


def test_a_record_sealed_in_a_rolled_back_savepoint_leaves_the_chain_whole(session, actor, now):
    """The head row's lock is taken again after a savepoint that took it is rolled back (on
    PostgreSQL that rollback releases it), and the chain goes on from the last kept record."""
    from tokodesk.domain.log import Channel, Direction
    from tokodesk.services import log as log_service

    cust = f.customer(session, actor, now)

    def note(text):
        return log_service.add_entry(
            session, log_service.LogInput(cust.id, Channel.PHONE, Direction.NOTE, text), actor=actor, now=now
        )[0]

    note("pertama")
    nested = session.begin_nested()
    note("dibatalkan")
    nested.rollback()
    kept = note("kedua")
    with session.begin_nested():
        note("ketiga")
    note("keempat")
    assert session.get(LogEntry, kept).prev_hash != chain.GENESIS
    assert all(r.problem is None for r in chain.verify(session))
