"""The daily run: apply the pickup timeline to every open pickup order for one day.

It queues the reminders due, forfeits the orders nobody came for (keeping the cleared
deposit by a ledger entry and queuing the notice), and reports what needs a person's
decision.  It runs when the app starts, at midnight while the app is open, and from
``tokodesk daily``.  Running it twice for the same day does nothing the second time:
reminders are unique per (order, kind, day) and a forfeited order is no longer open.

Several counters on one PostgreSQL database each start the run: the first statement takes
the ``daily:runs`` counter row's lock (an upsert held until commit, on top of the writers'
own lock, see ``db/engine.py``), so the runs go one after the other, and the later ones see
what the first did and find nothing left to do: reminders are queued once, an order is
forfeited once, and the day's ``system.daily`` audit event is written once.

A day the shop was closed is caught up: the run for D looks back to the last day it ran,
and queues only the most recent reminder per order for the days it missed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from tokodesk.db.models import Order, Reminder
from tokodesk.domain import timeline
from tokodesk.domain.dates import format_date
from tokodesk.domain.orders import Fulfilment, OrderStatus
from tokodesk.services import audit, settings
from tokodesk.services.audit import Target
from tokodesk.services.context import Changes
from tokodesk.services.orders import bump_counter, move_order
from tokodesk.services.pickup import AWAITING, Policies, facts_for, offsets, queue_reminder
from tokodesk.services.staff import SYSTEM_STAFF_NAME, system_actor  # noqa: F401  (re-exported)

CATCH_UP_DAYS = 14  # a run after a long closure looks back at most this far
DAILY_LOCK = "daily:runs"  # counters row: how many runs so far; its lock queues concurrent runs


@dataclass
class Forfeited:
    order_id: int
    code: str
    customer: str
    kept: int  # cleared deposit and payments kept


@dataclass
class DailySummary:
    day: dt.date
    queued: list[tuple[str, str]] = field(default_factory=list)  # (order code, Reminder)
    forfeited: list[Forfeited] = field(default_factory=list)
    needs_decision: list[str] = field(default_factory=list)
    at_risk: list[str] = field(default_factory=list)
    superseded: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.queued or self.forfeited or self.superseded)


def _since(session: Session, day: dt.date) -> dt.date:
    last = settings.get(session, "daily.last_run")
    try:
        last_day = dt.date.fromisoformat(last) if last else None
    except ValueError:
        last_day = None
    if last_day is None or last_day >= day:
        return day - dt.timedelta(days=1)
    # the last run's own day again: an order that became ready after that run still gets its
    # message (reminders are unique per order, kind and day, so nothing is queued twice)
    return max(last_day - dt.timedelta(days=1), day - dt.timedelta(days=CATCH_UP_DAYS))


def _supersede(session: Session, order_id: int, keep_due: dt.date, now: dt.datetime) -> int:
    res = session.execute(
        update(Reminder)
        .where(Reminder.order_id == order_id, Reminder.state == "queued", Reminder.due_on < keep_due)
        .values(state="skipped", done_at=now)
    )
    return res.rowcount or 0


def run_daily(session: Session, day: dt.date, *, now: dt.datetime) -> tuple[DailySummary, Changes]:
    """Apply the timeline for ``day`` in one transaction."""
    bump_counter(session, DAILY_LOCK)  # one run at a time across counters, before any read
    actor = system_actor(session, now)
    summary = DailySummary(day)
    since = _since(session, day)
    days_before = offsets(session)
    policies = Policies(session)
    orders = list(
        session.scalars(
            select(Order)
            .where(Order.status.in_([str(s) for s in AWAITING]), Order.fulfilment == str(Fulfilment.PICKUP))
            .order_by(Order.pickup_date, Order.id)
        )
    )
    facts = facts_for(session, orders)
    for order in orders:
        f = facts[order.id]
        policy = policies.of(order.terms_version_id)
        standing = timeline.standing(f, policy, day)
        if standing is timeline.Standing.AT_RISK:
            summary.at_risk.append(order.code)
            continue
        if standing is timeline.Standing.FORFEIT:
            start = timeline.clock_start(f)
            note = (
                f"Batal otomatis: tidak diambil sampai {format_date(policy.forfeit_on(start))} "
                f"(tanggal ambil {format_date(order.pickup_date)}) dan tidak ada kabar dari pelanggan "
                f"sejak tanggal ambil"
            )
            from tokodesk.services.payments import order_totals

            kept = order_totals(session, order).paid
            move_order(session, order.id, OrderStatus.FORFEITED, actor=actor, now=now, note=note)
            summary.forfeited.append(Forfeited(order.id, order.code, order.customer.name, kept))
            summary.superseded += _supersede(session, order.id, day, now)
            if queue_reminder(session, order.id, timeline.Reminder.FORFEITED, day, now):
                summary.queued.append((order.code, str(timeline.Reminder.FORFEITED)))
            continue
        if standing is timeline.Standing.NEEDS_DECISION:
            summary.needs_decision.append(order.code)
        due = timeline.reminder_due(f, policy, days_before, day, since)
        if due is not None and queue_reminder(session, order.id, due[1], due[0], now):
            summary.queued.append((order.code, str(due[1])))
        if f.awaiting_pickup:
            # a message whose moment has passed (a newer one is due) is no longer work
            passed = [d for d, _ in timeline.schedule(f, policy, days_before) if d <= day]
            if passed:
                summary.superseded += _supersede(session, order.id, passed[-1], now)
    # reminders of orders that left the shelf (collected, cancelled) are no longer work
    open_ready = select(Order.id).where(Order.status == str(OrderStatus.READY))
    res = session.execute(
        update(Reminder)
        .where(
            Reminder.state == "queued",
            Reminder.kind != str(timeline.Reminder.FORFEITED),
            Reminder.order_id.not_in(open_ready),
        )
        .values(state="skipped", done_at=now)
    )
    summary.superseded += res.rowcount or 0
    last = settings.get(session, "daily.last_run")
    if not last or last < day.isoformat():
        settings.put(session, "daily.last_run", day.isoformat())
    if summary.changed or not last or last < day.isoformat():
        audit.record(
            session,
            system_actor(session, now),
            "system.daily",
            now=now,
            target=Target("settings"),
            detail=(
                f"{day.isoformat()}: {len(summary.queued)} pengingat, "
                f"{len(summary.forfeited)} batal otomatis, {len(summary.needs_decision)} perlu keputusan"
            ),
        )
    return summary, Changes(orders=bool(summary.changed), ledger=bool(summary.forfeited))
