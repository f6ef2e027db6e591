"""One counter (a shop PC) in the concurrency test: a separate process that opens the shared
database the way the app does and works on the same orders as the other counter.

Everything it managed to write is reported back (ids, amounts, codes), so the test can check
the database holds exactly that: nothing lost, nothing twice."""

from __future__ import annotations

import datetime as dt
import traceback
from dataclasses import dataclass, field

WIB = dt.timezone(dt.timedelta(hours=7))


@dataclass
class Report:
    name: str
    daily_forfeited: list[int] = field(default_factory=list)
    daily_queued: int = 0
    checked_payments: list[tuple[int, int, int]] = field(default_factory=list)  # (order, amount, entry id)
    changed: list[int] = field(default_factory=list)  # rounds refused with OrderChanged
    payments: list[tuple[int, int, int]] = field(default_factory=list)
    log_entries: list[int] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)
    error: str = ""


def work(url: str, name: str, job: dict, barrier, results) -> None:
    """Run one counter's share of the work; put a ``Report`` on ``results``."""
    report = Report(name)
    try:
        _work(url, job, barrier, report)
    except BaseException:
        report.error = traceback.format_exc()
        barrier.abort()  # the other counter must not wait for this one forever
    results.put(report)


def _work(url: str, job: dict, barrier, report: Report) -> None:
    from tests.factories import open_as_owner
    from tokodesk.domain.ledger import PaymentMethod
    from tokodesk.domain.log import Channel, Direction
    from tokodesk.domain.orders import Fulfilment
    from tokodesk.services import log as log_service
    from tokodesk.services.daily import run_daily
    from tokodesk.services.orders import ItemInput, OrderInput, take_order
    from tokodesk.services.payments import OrderChanged, PaymentInput, order_version, record_payment

    day = dt.date.fromisoformat(job["day"])
    now = dt.datetime(day.year, day.month, day.day, 9, tzinfo=WIB)
    db = open_as_owner(url, now=now)  # both counters open (and check the schema) at once
    try:
        # 1. both counters start the day's run at the same moment
        barrier.wait()
        summary, _ = db.write(lambda s: run_daily(s, day, now=now))
        report.daily_forfeited = [x.order_id for x in summary.forfeited]
        report.daily_queued = len(summary.queued)

        orders: list[int] = job["orders"]
        offset = job["offset"]
        for r in range(job["rounds"]):
            oid = orders[r % len(orders)]
            at = now + dt.timedelta(seconds=r)
            # 2. both look at the same order, then take money at the same moment, each
            # passing the version it saw: exactly one of the two goes through
            barrier.wait()  # the other counter's writes of the last round are all in
            seen = db.read(lambda s, oid=oid: order_version(s, oid))
            barrier.wait()
            amount = offset + r
            try:
                entry_id, _ = db.write(
                    lambda s, oid=oid, amount=amount, seen=seen, at=at: record_payment(
                        s,
                        PaymentInput(oid, amount, PaymentMethod.CASH, expected_version=seen),
                        actor=db.actor,
                        now=at,
                    )
                )
                report.checked_payments.append((oid, amount, entry_id))
            except OrderChanged:
                report.changed.append(r)
            # 3. a payment without a version check (the CLI, an import): never refused
            other = orders[(r + 1) % len(orders)]
            amount = offset + 500 + r
            entry_id, _ = db.write(
                lambda s, oid=other, amount=amount, at=at: record_payment(
                    s, PaymentInput(oid, amount, PaymentMethod.QRIS), actor=db.actor, now=at
                )
            )
            report.payments.append((other, amount, entry_id))
            # 4. a log entry for the same customer: one evidence chain for both counters
            entry_id, _ = db.write(
                lambda s, r=r, at=at: log_service.add_entry(
                    s,
                    log_service.LogInput(
                        job["customer"], Channel.WHATSAPP, Direction.IN, text=f"{report.name} pesan {r}"
                    ),
                    actor=db.actor,
                    now=at,
                )
            )
            report.log_entries.append(entry_id)
            # 5. every few rounds, a new order: the order numbers must never collide
            if r % job["new_order_every"] == 0:
                code, _ = db.write(
                    lambda s, at=at: take_order(
                        s,
                        OrderInput(
                            customer_id=job["customer"],
                            items=[ItemInput("Stiker vinyl", 10, 5_000)],
                            fulfilment=Fulfilment.PICKUP,
                            pickup_date=day + dt.timedelta(days=7),
                            deposit=50_000,
                            method=PaymentMethod.CASH,
                        ),
                        actor=db.actor,
                        now=at,
                    )
                )
                report.codes.append(code)
    finally:
        db.close()
