"""The pickup timeline of real orders: the facts the domain rules need, read in bulk, and the
storage fee charged at handover.

Each order keeps the pickup policy of the T&C version it was taken under, so a policy the
owner changes later applies to new orders only (the customer agreed to the old numbers).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tokodesk.db.models import LedgerEntry, LogEntry, Order, Reminder, StatusChange, TermsVersion
from tokodesk.domain import timeline
from tokodesk.domain.errors import QT_TRANSLATE_NOOP, NotFound, invalid
from tokodesk.domain.ledger import EntryKind
from tokodesk.domain.log import Direction
from tokodesk.domain.orders import TERMINAL, Fulfilment, OrderStatus
from tokodesk.domain.pickup import PickupPolicy
from tokodesk.services import settings, terms
from tokodesk.services.context import local_today
from tokodesk.services.payments import append_entry

AWAITING = (
    OrderStatus.DRAFT,
    OrderStatus.CONFIRMED,
    OrderStatus.IN_PRODUCTION,
    OrderStatus.READY,
)


def offsets(session: Session) -> tuple[int, ...]:
    return timeline.parse_offsets(settings.get(session, "reminder.offsets"))


def version_policy(v: TermsVersion) -> PickupPolicy:
    return PickupPolicy(
        grace_days=v.grace_days,
        storage_fee_per_day=v.storage_fee_per_day,
        storage_fee_cap=v.storage_fee_cap,
        forfeit_after_days=v.forfeit_after_days,
    )


class Policies:
    """The pickup policy of each T&C version, read once per run."""

    def __init__(self, session: Session) -> None:
        self.by_version = {v.id: version_policy(v) for v in session.scalars(select(TermsVersion))}
        self.current = terms.policy_from_settings(session)

    def of(self, terms_version_id: int | None) -> PickupPolicy:
        return self.by_version.get(terms_version_id, self.current) if terms_version_id else self.current


def _day(t: dt.datetime | None) -> dt.date | None:
    return local_today(t) if t is not None else None


def facts_for(session: Session, orders: Iterable[Order]) -> dict[int, timeline.PickupFacts]:
    """The timeline facts of many orders in three queries."""
    orders = list(orders)
    if not orders:
        return {}
    ids = [o.id for o in orders]
    ready: dict[int, dt.datetime] = {}
    wrote: dict[int, dt.datetime] = {}
    customers = sorted({o.customer_id for o in orders})
    for chunk in chunks(ids):
        ready.update(
            session.execute(
                select(StatusChange.order_id, func.max(StatusChange.at))
                .where(StatusChange.order_id.in_(chunk), StatusChange.to_status == str(OrderStatus.READY))
                .group_by(StatusChange.order_id)
            ).all()
        )
    for chunk in chunks(customers):
        wrote.update(
            session.execute(
                select(LogEntry.customer_id, func.max(LogEntry.happened_at))
                .where(LogEntry.customer_id.in_(chunk), LogEntry.direction == str(Direction.IN))
                .group_by(LogEntry.customer_id)
            ).all()
        )
    out = {}
    for o in orders:
        status = OrderStatus(o.status)
        out[o.id] = timeline.PickupFacts(
            status=status,
            fulfilment=Fulfilment(o.fulfilment),
            pickup_date=o.pickup_date,
            ready_on=_day(_aware(ready.get(o.id))),
            customer_wrote_on=_day(_aware(wrote.get(o.customer_id))),
            closed_on=_day(o.status_changed_at) if status in TERMINAL else None,
        )
    return out


def _aware(t: dt.datetime | None) -> dt.datetime | None:
    # aggregate results bypass the column type: SQLite hands back naive UTC (or a string)
    if t is None:
        return None
    if isinstance(t, str):
        t = dt.datetime.fromisoformat(t)
    return t if t.tzinfo else t.replace(tzinfo=dt.UTC)


def chunks(seq: Sequence, size: int = 500) -> Iterator[Sequence]:
    """``seq`` in slices of ``size``: values per ``IN (...)`` stay under SQLite's and
    PostgreSQL's parameter limits."""
    for i in range(0, len(seq), size):
        yield seq[i : i + size]


def fee_charged(session: Session, order_id: int) -> int:
    """Storage fee already put on the ledger (charges, not their corrections: a fee waived
    at handover is settled and is not charged again)."""
    return (
        session.scalar(
            select(func.coalesce(func.sum(LedgerEntry.amount), 0)).where(
                LedgerEntry.order_id == order_id,
                LedgerEntry.kind == str(EntryKind.STORAGE_FEE),
                LedgerEntry.reverses_id.is_(None),
            )
        )
        or 0
    )


@dataclass(frozen=True)
class PickupInfo:
    """One order on the timeline on ``day``."""

    policy: PickupPolicy
    facts: timeline.PickupFacts
    day: dt.date
    fee: int  # storage fee accrued so far
    fee_charged: int  # already on the ledger
    standing: timeline.Standing

    @property
    def fee_due(self) -> int:
        """Accrued storage fee not yet on the ledger (charged at handover)."""
        return max(0, self.fee - self.fee_charged)

    @property
    def start(self) -> dt.date:
        return timeline.clock_start(self.facts)

    @property
    def last_free_day(self) -> dt.date:
        return self.policy.last_free_day(self.start)

    @property
    def forfeit_on(self) -> dt.date:
        return self.policy.forfeit_on(self.start)

    @property
    def days_overdue(self) -> int:
        return timeline.days_overdue(self.facts, self.day)


def order_pickup(
    session: Session, order: Order, day: dt.date, policies: Policies | None = None
) -> PickupInfo:
    policies = policies or Policies(session)
    policy = policies.of(order.terms_version_id)
    facts = facts_for(session, [order])[order.id]
    return PickupInfo(
        policy=policy,
        facts=facts,
        day=day,
        fee=timeline.storage_fee(facts, policy, day),
        fee_charged=fee_charged(session, order.id),
        standing=timeline.standing(facts, policy, day),
    )


def pickup_info(session: Session, order_id: int, day: dt.date) -> PickupInfo:
    order = session.get(Order, order_id)
    if order is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Pesanan tidak ditemukan"))
    return order_pickup(session, order, day)


def check_new_pickup_date(new: dt.date, day: dt.date) -> None:
    if new < day:
        raise invalid(
            "pickup_date", QT_TRANSLATE_NOOP("errors", "Tanggal ambil baru tidak boleh sebelum hari ini")
        )


def charge_storage_fee(session: Session, order: Order, *, actor, now: dt.datetime) -> int:
    """Put the storage fee accrued up to today on the ledger (at handover); returns it."""
    info = order_pickup(session, order, local_today(now))
    due = info.fee_due
    if due > 0:
        days = info.fee // info.policy.storage_fee_per_day if info.policy.storage_fee_per_day else 0
        append_entry(
            session,
            order.id,
            EntryKind.STORAGE_FEE,
            due,
            actor=actor,
            now=now,
            note=f"Biaya simpan {days} hari sampai {local_today(now).isoformat()}",
        )
    return due


def queue_reminder(
    session: Session, order_id: int, kind: timeline.Reminder, due: dt.date, now: dt.datetime
) -> bool:
    """Queue one timeline message unless it is already queued (or done) for that day."""
    exists = session.scalar(
        select(Reminder.id).where(
            Reminder.order_id == order_id, Reminder.kind == str(kind), Reminder.due_on == due
        )
    )
    if exists is not None:
        return False
    session.add(Reminder(order_id=order_id, kind=str(kind), due_on=due, queued_at=now, state="queued"))
    session.flush()
    return True
