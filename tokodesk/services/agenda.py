"""The day's agenda, the staff's start of day: reminders to send, pickups due today, overdue
orders with the fee so far, orders at risk, orders that need a decision, and the automatic
cancellations done today.  Read-only; the daily run (``services.daily``) does the writing."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tokodesk.db.models import Customer, LedgerEntry, Order, Reminder, StatusChange
from tokodesk.domain import ledger, timeline
from tokodesk.domain.errors import QT_TRANSLATE_NOOP
from tokodesk.domain.ledger import EntryKind
from tokodesk.domain.messages import MessageKind
from tokodesk.domain.orders import Fulfilment, OrderStatus
from tokodesk.services.pickup import AWAITING, Policies, chunks, facts_for


class Section(enum.StrEnum):
    REMINDERS = "reminders"
    DUE_TODAY = "due_today"
    OVERDUE = "overdue"
    AT_RISK = "at_risk"
    NEEDS_DECISION = "needs_decision"
    FORFEITED_TODAY = "forfeited_today"


SECTION_LABELS = {
    Section.REMINDERS: QT_TRANSLATE_NOOP("labels", "Pengingat untuk dikirim hari ini"),
    Section.DUE_TODAY: QT_TRANSLATE_NOOP("labels", "Jadwal ambil hari ini"),
    Section.OVERDUE: QT_TRANSLATE_NOOP("labels", "Lewat tanggal ambil"),
    Section.AT_RISK: QT_TRANSLATE_NOOP("labels", "Berisiko: belum siap, tanggal ambil dekat"),
    Section.NEEDS_DECISION: QT_TRANSLATE_NOOP("labels", "Perlu keputusan (pelanggan memberi kabar)"),
    Section.FORFEITED_TODAY: QT_TRANSLATE_NOOP("labels", "Dibatalkan otomatis hari ini (DP hangus)"),
}


@dataclass(frozen=True)
class AgendaRow:
    section: Section
    order_id: int
    code: str
    customer_id: int
    customer_name: str
    whatsapp: str
    email: str
    status: OrderStatus
    pickup_date: dt.date
    due: int  # what the customer must pay to collect today (balance + storage fee due)
    fee: int  # storage fee so far
    days_overdue: int
    forfeit_on: dt.date | None
    message: MessageKind | None  # what to send for this row (None: nothing to the customer)
    reminder_id: int | None = None
    reminder_due: dt.date | None = None


@dataclass(frozen=True)
class Agenda:
    day: dt.date
    rows: list[AgendaRow]

    def section(self, s: Section) -> list[AgendaRow]:
        return [r for r in self.rows if r.section is s]


class _Order(NamedTuple):
    """What the agenda reads of an order and its customer: plain columns, no ORM objects
    (a busy shop has a couple of thousand open orders; loading them as objects was most of
    the agenda's time)."""

    id: int
    code: str
    customer_id: int
    status: str
    fulfilment: str
    pickup_date: dt.date
    status_changed_at: dt.datetime
    terms_version_id: int | None
    total: int
    customer_name: str
    whatsapp: str
    email: str


_ORDER_COLUMNS = select(
    Order.id,
    Order.code,
    Order.customer_id,
    Order.status,
    Order.fulfilment,
    Order.pickup_date,
    Order.status_changed_at,
    Order.terms_version_id,
    Order.total,
    Customer.name,
    func.coalesce(func.nullif(Customer.whatsapp, ""), Customer.phone),
    func.coalesce(Customer.email, ""),
).join(Customer, Customer.id == Order.customer_id)


def _orders(session: Session, ids: list[int]) -> list[_Order]:
    """The orders with these ids, in the order of ``ids``."""
    found: dict[int, _Order] = {}
    for chunk in chunks(ids):
        found.update((r.id, _Order(*r)) for r in session.execute(_ORDER_COLUMNS.where(Order.id.in_(chunk))))
    return [found[i] for i in ids if i in found]


def _local_bounds(day: dt.date) -> tuple[dt.datetime, dt.datetime]:
    start = dt.datetime.combine(day, dt.time.min).astimezone()
    return start, start + dt.timedelta(days=1)


def _money(session: Session, orders) -> dict[int, tuple[ledger.Totals, int]]:
    """Per order: its ledger totals and the storage fee already charged, from one query per
    block of orders (not two queries per order)."""
    entries: dict[int, list[ledger.Entry]] = {}
    charged: dict[int, int] = {}
    by_id = {o.id: o for o in orders}
    for chunk in chunks(list(by_id)):
        for oid, kind, amount, cleared, reverses in session.execute(
            select(
                LedgerEntry.order_id,
                LedgerEntry.kind,
                LedgerEntry.amount,
                LedgerEntry.cleared,
                LedgerEntry.reverses_id,
            ).where(LedgerEntry.order_id.in_(chunk))
        ):
            entries.setdefault(oid, []).append(ledger.Entry(EntryKind(kind), amount, cleared))
            if kind == EntryKind.STORAGE_FEE and reverses is None:
                charged[oid] = charged.get(oid, 0) + amount
    return {
        oid: (ledger.totals(o.total, entries.get(oid, ())), charged.get(oid, 0)) for oid, o in by_id.items()
    }


def agenda(session: Session, day: dt.date) -> Agenda:
    policies = Policies(session)
    # sorted here, not by SQL: with ORDER BY pickup_date SQLite walks every order through the
    # pickup-date index instead of the few open ones through the status index
    open_orders = sorted(
        (
            _Order(*r)
            for r in session.execute(
                _ORDER_COLUMNS.where(
                    Order.status.in_([str(s) for s in AWAITING]), Order.fulfilment == str(Fulfilment.PICKUP)
                )
            )
        ),
        key=lambda o: (o.pickup_date, o.id),
    )
    start, end = _local_bounds(day)
    forfeited_ids = list(
        session.scalars(
            select(StatusChange.order_id)
            .where(
                StatusChange.to_status == str(OrderStatus.FORFEITED),
                StatusChange.at >= start,
                StatusChange.at < end,
            )
            .order_by(StatusChange.id)
        )
    )
    forfeited = _orders(session, forfeited_ids)
    queued = {
        r.order_id: r
        for r in session.scalars(
            select(Reminder)
            .where(Reminder.state == "queued", Reminder.due_on <= day)
            .order_by(Reminder.due_on, Reminder.id)
        )
    }  # the latest per order wins
    by_id = {o.id: o for o in open_orders + forfeited}
    for o in _orders(session, [oid for oid in queued if oid not in by_id]):
        by_id[o.id] = o
    facts = facts_for(session, by_id.values())
    money = _money(session, by_id.values())
    rows: list[AgendaRow] = []

    def row(
        o: _Order, section: Section, message: MessageKind | None, reminder: Reminder | None = None
    ) -> None:
        f = facts[o.id]
        policy = policies.of(o.terms_version_id)
        fee = timeline.storage_fee(f, policy, day)
        t, charged = money[o.id]
        fee_due = max(0, fee - charged) if f.status is OrderStatus.READY else 0
        rows.append(
            AgendaRow(
                section=section,
                order_id=o.id,
                code=o.code,
                customer_id=o.customer_id,
                customer_name=o.customer_name,
                whatsapp=o.whatsapp,
                email=o.email,
                status=f.status,
                pickup_date=o.pickup_date,
                due=max(0, t.balance + fee_due) if f.status in AWAITING else 0,
                fee=fee,
                days_overdue=timeline.days_overdue(f, day),
                forfeit_on=timeline.forfeit_day(f, policy) if f.ready_on else None,
                message=message,
                reminder_id=reminder.id if reminder else None,
                reminder_due=reminder.due_on if reminder else None,
            )
        )

    for oid, r in queued.items():
        o = by_id.get(oid)
        if o is None:
            continue
        row(o, Section.REMINDERS, MessageKind(r.kind), r)
    for o in open_orders:
        f = facts[o.id]
        policy = policies.of(o.terms_version_id)
        st = timeline.standing(f, policy, day)
        if st is timeline.Standing.DUE_TODAY:
            row(o, Section.DUE_TODAY, MessageKind.READY)
        elif st is timeline.Standing.OVERDUE:
            in_grace = day <= policy.last_free_day(timeline.clock_start(f))
            row(o, Section.OVERDUE, MessageKind.LAST_FREE_DAY if in_grace else MessageKind.FEE_STARTED)
        elif st is timeline.Standing.AT_RISK:
            row(o, Section.AT_RISK, None)
        elif st in (timeline.Standing.NEEDS_DECISION, timeline.Standing.FORFEIT):
            row(o, Section.NEEDS_DECISION, MessageKind.FINAL_NOTICE)
    for o in forfeited:
        row(o, Section.FORFEITED_TODAY, MessageKind.FORFEITED)
    return Agenda(day, rows)
