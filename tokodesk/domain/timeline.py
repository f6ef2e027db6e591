"""The pickup timeline: what is due for an order awaiting pickup on day D.

With P the agreed pickup date (tanggal ambil) and the order's ``PickupPolicy``:

- reminders go out on the day the order becomes ready, on P−n for each of the owner's
  offsets (only once the order is ready), on the last free day P+grace, on the first day
  of the storage fee, and on the day before automatic cancellation — at most one message
  per order per day (the most pressing one);
- the storage clock starts at P, or on the day the order became ready when the shop was
  late (a customer never pays storage for goods that were not there to collect);
- storage fee on D = rate × max(0, (D − start) − grace), capped if a cap is set, frozen on
  the day the order is collected or closed;
- on D ≥ start + forfeit_after_days an order still not collected is forfeited — unless the
  customer sent anything on or after P, in which case a person decides;
- an order not ready yet within two days of P is "at risk" (the shop's problem: it is
  flagged to the staff, never reminded to the customer).

Every function here is pure: (facts, policy, D) in, an answer out.  The daily run
(``tokodesk.services.daily``) applies them.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable
from dataclasses import dataclass

from tokodesk.domain.errors import QT_TRANSLATE_NOOP, invalid
from tokodesk.domain.orders import NOT_BILLED, Fulfilment, OrderStatus
from tokodesk.domain.pickup import PickupPolicy

AT_RISK_DAYS = 2  # an unfinished order this close to its pickup date is flagged
NOT_READY = frozenset({OrderStatus.DRAFT, OrderStatus.CONFIRMED, OrderStatus.IN_PRODUCTION})
MAX_OFFSET = 30


class Reminder(enum.StrEnum):
    """The messages the timeline sends by itself (a subset of ``messages.MessageKind``)."""

    READY = "ready"
    REMIND_EARLY = "remind_early"  # H-2 and any earlier offset
    REMIND_DAY_BEFORE = "remind_day_before"  # H-1
    LAST_FREE_DAY = "last_free_day"
    FEE_STARTED = "fee_started"
    FINAL_NOTICE = "final_notice"
    FORFEITED = "forfeited"  # sent after the automatic cancellation


# When two fall on the same day, the most pressing one is sent (later in this list wins).
_PRIORITY = [
    Reminder.REMIND_EARLY,
    Reminder.REMIND_DAY_BEFORE,
    Reminder.READY,
    Reminder.LAST_FREE_DAY,
    Reminder.FEE_STARTED,
    Reminder.FINAL_NOTICE,
    Reminder.FORFEITED,
]


class Standing(enum.StrEnum):
    """Where an order stands on the timeline on day D (for the agenda)."""

    NONE = "none"  # nothing to do: not a pickup order, closed, or not near its date
    WAITING = "waiting"  # ready, before its pickup date
    DUE_TODAY = "due_today"
    OVERDUE = "overdue"  # past P, not yet collected (free or with a fee)
    AT_RISK = "at_risk"  # not ready within AT_RISK_DAYS of P
    FORFEIT = "forfeit"  # automatic cancellation is due
    NEEDS_DECISION = "needs_decision"  # would be forfeited, but the customer wrote


@dataclass(frozen=True)
class PickupFacts:
    """What the timeline needs to know about one order."""

    status: OrderStatus
    fulfilment: Fulfilment
    pickup_date: dt.date
    ready_on: dt.date | None = None  # the day it (last) became ready
    customer_wrote_on: dt.date | None = None  # the latest day the customer sent anything
    closed_on: dt.date | None = None  # collected, cancelled or forfeited on this day

    @property
    def is_pickup(self) -> bool:
        return self.fulfilment is Fulfilment.PICKUP

    @property
    def awaiting_pickup(self) -> bool:
        return self.is_pickup and self.status is OrderStatus.READY


def clock_start(f: PickupFacts) -> dt.date:
    """The day the storage clock starts: P, or the ready day when the shop was late."""
    if f.ready_on is not None and f.ready_on > f.pickup_date:
        return f.ready_on
    return f.pickup_date


def storage_fee(f: PickupFacts, policy: PickupPolicy, day: dt.date) -> int:
    """The storage fee owed on ``day``; it stops growing on the day the order was closed."""
    if not f.is_pickup or f.ready_on is None or f.status in NOT_BILLED:
        return 0  # a cancelled or forfeited order is not billed: no fee is owed
    if f.status is not OrderStatus.READY and f.closed_on is None:
        return 0
    end = min(day, f.closed_on) if f.closed_on is not None else day
    return policy.storage_fee(clock_start(f), end)


def days_overdue(f: PickupFacts, day: dt.date) -> int:
    """Days past the agreed pickup date for an order not yet collected (0 otherwise)."""
    if not f.is_pickup or f.status not in NOT_READY | {OrderStatus.READY}:
        return 0
    return max(0, (day - f.pickup_date).days)


def customer_wrote_since_pickup(f: PickupFacts) -> bool:
    return f.customer_wrote_on is not None and f.customer_wrote_on >= f.pickup_date


def forfeit_day(f: PickupFacts, policy: PickupPolicy) -> dt.date:
    return policy.forfeit_on(clock_start(f))


def schedule(
    f: PickupFacts, policy: PickupPolicy, offsets: tuple[int, ...]
) -> list[tuple[dt.date, Reminder]]:
    """Every reminder the timeline will send for a ready pickup order, by day (one a day)."""
    if not f.is_pickup or f.ready_on is None:
        return []
    start = clock_start(f)
    items: list[tuple[dt.date, Reminder]] = [(f.ready_on, Reminder.READY)]
    for n in offsets:
        day = f.pickup_date - dt.timedelta(days=n)
        if day >= f.ready_on:  # never remind of goods that were not ready yet
            items.append((day, Reminder.REMIND_DAY_BEFORE if n == 1 else Reminder.REMIND_EARLY))
    items.append((policy.last_free_day(start), Reminder.LAST_FREE_DAY))
    if policy.storage_fee_per_day:
        items.append((policy.fee_starts(start), Reminder.FEE_STARTED))
    items.append((policy.forfeit_on(start) - dt.timedelta(days=1), Reminder.FINAL_NOTICE))
    by_day: dict[dt.date, Reminder] = {}
    for day, kind in items:
        if day < f.ready_on:
            continue
        held = by_day.get(day)
        if held is None or _PRIORITY.index(kind) > _PRIORITY.index(held):
            by_day[day] = kind
    return sorted(by_day.items())


def reminder_due(
    f: PickupFacts,
    policy: PickupPolicy,
    offsets: tuple[int, ...],
    day: dt.date,
    since: dt.date | None = None,
) -> tuple[dt.date, Reminder] | None:
    """The reminder to queue on ``day`` for an order awaiting pickup: the latest one due
    after ``since`` (the last day the rules ran; default the day before) up to ``day``.  A
    day the shop was closed is caught up with the most recent message only."""
    if not f.awaiting_pickup:
        return None
    since = since if since is not None else day - dt.timedelta(days=1)
    due = [(d, k) for d, k in schedule(f, policy, offsets) if since < d <= day]
    return due[-1] if due else None


def standing(f: PickupFacts, policy: PickupPolicy, day: dt.date) -> Standing:
    """Where the order stands on ``day``."""
    if not f.is_pickup:
        return Standing.NONE
    if f.status in NOT_READY:
        return Standing.AT_RISK if (f.pickup_date - day).days <= AT_RISK_DAYS else Standing.NONE
    if f.status is not OrderStatus.READY:
        return Standing.NONE
    if day >= forfeit_day(f, policy):
        return Standing.NEEDS_DECISION if customer_wrote_since_pickup(f) else Standing.FORFEIT
    if day < f.pickup_date:
        return Standing.WAITING
    return Standing.DUE_TODAY if day == f.pickup_date else Standing.OVERDUE


def parse_offsets(text: str) -> tuple[int, ...]:
    """The owner's reminder days before pickup, ``"2,1"`` → ``(2, 1)``; a clear error otherwise."""
    parts = [p.strip() for p in (text or "").replace(";", ",").split(",") if p.strip()]
    values: set[int] = set()
    for p in parts:
        if not p.isdigit() or not 1 <= int(p) <= MAX_OFFSET:
            raise invalid(
                "offsets",
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Hari pengingat «{text}» tidak sah; tulis angka 1 sampai {max} dipisah koma, contoh 2,1",
                ),
                text=p,
                max=MAX_OFFSET,
            )
        values.add(int(p))
    return tuple(sorted(values, reverse=True))


def format_offsets(offsets: tuple[int, ...]) -> str:
    return ",".join(str(n) for n in sorted(set(offsets), reverse=True))


def when_words(pickup: dt.date, day: dt.date, translate: Callable[[str], str] = str) -> str:
    """``besok`` / ``lusa`` / ``dalam 3 hari`` / ``hari ini`` — for the reminder texts, in
    the reader's language through ``translate``."""
    n = (pickup - day).days
    if n == 0:
        return translate(QT_TRANSLATE_NOOP("templates", "hari ini"))
    if n == 1:
        return translate(QT_TRANSLATE_NOOP("templates", "besok"))
    if n == 2:
        return translate(QT_TRANSLATE_NOOP("templates", "lusa"))
    if n > 2:
        return translate(QT_TRANSLATE_NOOP("templates", "dalam {n} hari")).format(n=n)
    return translate(QT_TRANSLATE_NOOP("templates", "{n} hari yang lalu")).format(n=-n)
