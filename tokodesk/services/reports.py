"""The routine reports: the daily closing and the weekly and monthly reviews.

Read-only: every function reads one consistent snapshot (``Database.read``).  Days are the
shop's local calendar days (the machine's zone, as ``local_today``); a period is
[start 00:00 local, end+1 00:00 local).  Money figures are whole rupiah.  The daily closing
is all money, so it needs ``Permission.REPORTS`` (the owner by default); the weekly and
monthly reviews are for the whole team, and their money figures are ``None`` for a person
without that permission.

Definitions (the tests compute the same figures by hand):

* **money in** (daily): cleared deposits and payments taken that day, plus clearances that
  day (a pending payment whose money arrived; counted under the pending entry's method and
  kind), net of reversals of those entries made that day.  A *payment* pays the order's
  outstanding fees first (storage, delivery, other charges, in the order they were charged)
  and the rest is the balance (``domain.reports.allocate``); a deposit is a deposit.
* **refunds**: refund entries that day (net of reversals), by method.
* **cash in the drawer**: cash in − cash refunds.
* **forfeitures**: forfeit entries that day.
* **pending**: payments taken but not cleared, not settled (no clearance or bounce) and not
  reversed by the end of the day; with the date they should clear.
* **COD not yet received**: COD parcels delivered by the end of the day whose cash had not
  reached the shop by then.
* **complaints**: opened (``received_at``) and closed (``closed_at``) that day.
* **chains**: each evidence chain's current head (length and last hash) at the moment the
  report is made, so a printed copy of it exists outside the PC.
* **deposits held at period end**: what customers had paid (cleared, net of refunds, as of
  the end) on orders that were still open then (status at the end, from the status
  history, not collected, delivered, cancelled or forfeited).
* **storage fees earned**: storage-fee entries in the period, net of reversals.
* **no-show rate**: of the pickup orders due in the period (pickup date in the period, not
  cancelled), those forfeited or collected after their pickup date, ÷ the orders due.
  Orders due but still waiting are shown apart and are not in the rate.
* **overdue** (period end): pickup orders ready at the end whose last free day had passed.
* **first response / resolution time**: ``first_response_at − received_at`` for cases
  answered in the period; ``closed_at − received_at`` for cases closed in it; medians.
* **busy times**: orders taken in the period (``created_at``), their count and value, by
  local day of week (Monday first) and hour.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import func, or_, select, union_all
from sqlalchemy.orm import Session

from tokodesk.db.models import (
    ChainHead,
    Complaint,
    Customer,
    Feedback,
    LedgerEntry,
    Order,
    Shipment,
    ShipmentEvent,
    Staff,
    StandingChange,
    StatusChange,
)
from tokodesk.domain import reports as rules
from tokodesk.domain.access import Permission
from tokodesk.domain.complaints import CaseStatus, ComplaintType, Finding, Resolution
from tokodesk.domain.ledger import EntryKind, PaymentMethod
from tokodesk.domain.orders import TERMINAL, Fulfilment, OrderStatus
from tokodesk.domain.shipping import ShipmentStatus
from tokodesk.domain.timeline import PickupFacts, clock_start
from tokodesk.services import access, chain, settings
from tokodesk.services.context import Actor
from tokodesk.services.payments import totals_columns
from tokodesk.services.pickup import Policies, chunks


class ReportKind(enum.StrEnum):
    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"


@dataclass(frozen=True)
class Period:
    kind: ReportKind
    start: dt.date
    end: dt.date  # inclusive
    label: str  # «23 Nov 2026», «Minggu 48, 23–29 Nov 2026», «November 2026»


@dataclass(frozen=True)
class MoneyLine:
    method: str  # PaymentMethod value
    kind: str  # deposit, balance, storage_fee, delivery_fee, other_charge
    amount: int


@dataclass(frozen=True)
class Movement:
    """One ledger movement listed on a report (a refund, a forfeiture, a pending payment)."""

    entry_id: int
    order_code: str
    customer_name: str
    amount: int
    method: str | None
    at: dt.datetime
    note: str = ""
    clears_on: dt.date | None = None  # pending payments


@dataclass(frozen=True)
class CodLine:
    order_code: str
    customer_name: str
    courier: str
    resi: str
    amount: int
    delivered_at: dt.datetime


@dataclass(frozen=True)
class ComplaintLine:
    id: int
    order_code: str | None
    customer_name: str
    kind: str
    status: str
    finding: str
    resolution: str | None
    cost: int
    received_at: dt.datetime
    first_response_at: dt.datetime | None
    closed_at: dt.datetime | None
    staff: str


@dataclass(frozen=True)
class ChainLine:
    name: str  # log, ledger, status
    length: int
    head_hash: str


@dataclass(frozen=True)
class DailyClosing:
    period: Period
    generated_at: dt.datetime
    shop_name: str
    money_in: list[MoneyLine]  # non-zero lines, by method then kind
    money_in_by_method: dict[str, int]
    money_in_by_kind: dict[str, int]
    money_in_total: int
    refunds: list[Movement]
    refunds_by_method: dict[str, int]
    refunds_total: int
    cash_in_drawer: int
    forfeitures: list[Movement]
    forfeited_total: int
    pending: list[Movement]
    pending_total: int
    cod_outstanding: list[CodLine]
    cod_outstanding_total: int
    complaints_opened: list[ComplaintLine]
    complaints_closed: list[ComplaintLine]
    chains: list[ChainLine]


@dataclass(frozen=True)
class OverdueLine:
    order_code: str
    customer_name: str
    pickup_date: dt.date
    last_free_day: dt.date
    days_over: int  # days past the last free day at the period end
    balance: int


@dataclass(frozen=True)
class StandingLine:
    customer_name: str
    from_standing: str
    to_standing: str
    reason: str
    staff: str
    at: dt.datetime


@dataclass(frozen=True)
class RatingLine:
    order_code: str
    customer_name: str
    rating: int
    comment: str
    rated_at: dt.datetime


@dataclass(frozen=True)
class PeriodReport:
    period: Period
    generated_at: dt.datetime
    shop_name: str
    include_money: bool
    # complaints
    complaints_opened: int
    complaints_closed: int
    by_type: dict[str, int]  # opened in the period, every type (0 included), ComplaintType order
    by_finding: dict[str, int]  # closed in the period; every finding but «open» (0 included)
    by_resolution: dict[str, int]  # resolved in the period, every resolution (0 included)
    median_first_response: dt.timedelta | None
    median_resolution: dt.timedelta | None
    complaint_cost: int | None  # closed in the period; None without the permission
    complaints: list[ComplaintLine]  # opened or closed in the period, oldest first
    # feedback
    ratings: dict[int, int]  # 1..5 → count, rated in the period
    low_ratings: list[RatingLine]  # rating ≤ 3, with the comment
    # money
    deposits_held: int | None
    forfeited_count: int
    forfeited_total: int | None
    storage_fees: int | None
    # pickup discipline
    due: int  # collected on time + collected late + forfeited (the rate's base; still waiting apart)
    collected_on_time: int
    collected_late: int
    forfeited_due: int
    still_waiting: int
    overdue: list[OverdueLine]
    # busy times (Monday = 0)
    orders_by_weekday: list[int]  # 7
    orders_by_hour: list[int]  # 24
    orders_by_weekday_hour: list[list[int]]  # 7 × 24
    revenue_by_weekday: list[int] | None  # 7, order value
    revenue_by_hour: list[int] | None  # 24
    orders_total: int
    revenue_total: int | None
    # the owner's standing changes in the period (from ≠ to; "keep as is" decisions left out)
    blacklist_changes: list[StandingLine] = field(default_factory=list)

    @property
    def no_show_rate(self) -> Decimal | None:
        """(forfeited + collected late) ÷ due, as a percentage with one decimal."""
        if not self.due:
            return None
        return (Decimal(100 * (self.forfeited_due + self.collected_late)) / self.due).quantize(Decimal("0.1"))

    @property
    def rating_count(self) -> int:
        return sum(self.ratings.values())

    @property
    def rating_average(self) -> Decimal | None:
        n = self.rating_count
        if not n:
            return None
        return (Decimal(sum(k * v for k, v in self.ratings.items())) / n).quantize(Decimal("0.1"))


# ---------------------------------------------------------------------------- computing
#
# Read-only.  A period is [start 00:00 local, end+1 00:00 local) (``domain.reports``); each
# figure is one or a few range queries on an index (``ledger_entries.at``,
# ``orders.created_at``, ``orders.pickup_date``, ``status_changes (to_status, at)`` and
# ``(order_id, to_status, at)``, ``complaints.received_at``/``closed_at``,
# ``feedback.rated_at``): no query walks every order.

_OPEN = [str(s) for s in OrderStatus if s not in TERMINAL]
_TERMINAL = [str(s) for s in TERMINAL]
_MONEY_IN = [str(EntryKind.DEPOSIT), str(EntryKind.PAYMENT), str(EntryKind.CLEARANCE)]
_METHOD_ORDER = {str(m): i for i, m in enumerate(PaymentMethod)}
_KIND_ORDER = {k: i for i, k in enumerate(rules.MONEY_IN_KINDS)}


def _aware(t: dt.datetime | str | None) -> dt.datetime | None:
    # aggregates bypass the column type: SQLite may hand back naive UTC or a string
    if t is None:
        return None
    if isinstance(t, str):
        t = dt.datetime.fromisoformat(t)
    return t if t.tzinfo else t.replace(tzinfo=dt.UTC)


def make_period(kind: ReportKind, day: dt.date) -> Period:
    start, end, label = rules.period_for(str(ReportKind(kind)), day)
    return Period(ReportKind(kind), start, end, label)


def _bounds(period: Period) -> tuple[dt.datetime, dt.datetime]:
    return rules.local_bounds(period.start, period.end)


def _in(column, lo: dt.datetime, hi: dt.datetime):
    return (column >= lo) & (column < hi)


# ---------------------------------------------------------------------------- money


def _money_in(session: Session, lo: dt.datetime, hi: dt.datetime) -> list[MoneyLine]:
    """Money in between ``lo`` and ``hi``, allocated (``domain.reports.allocate``) over each
    order's whole ledger up to ``hi``, by method and kind."""
    day_rows = session.execute(
        select(LedgerEntry.id, LedgerEntry.order_id, LedgerEntry.method).where(
            _in(LedgerEntry.at, lo, hi),
            LedgerEntry.kind.in_(_MONEY_IN),
            or_(LedgerEntry.cleared.is_(True), LedgerEntry.kind == str(EntryKind.CLEARANCE)),
        )
    ).all()
    if not day_rows:
        return []
    method_of = {entry_id: method or "" for entry_id, _, method in day_rows}
    flows: dict[int, list[rules.Flow]] = {}
    for chunk in chunks(sorted({order_id for _, order_id, _ in day_rows})):
        rows = session.execute(
            select(
                LedgerEntry.id,
                LedgerEntry.order_id,
                LedgerEntry.kind,
                LedgerEntry.amount,
                LedgerEntry.cleared,
                LedgerEntry.reverses_id,
                LedgerEntry.settles_id,
            )
            .where(LedgerEntry.order_id.in_(chunk), LedgerEntry.at < hi)
            .order_by(LedgerEntry.id)  # ids grow in commit order (db/engine.py)
        )
        for i, order_id, kind, amount, cleared, reverses_id, settles_id in rows:
            flows.setdefault(order_id, []).append(
                rules.Flow(i, kind, amount, bool(cleared), reverses_id, settles_id)
            )
    sums: dict[tuple[str, str], int] = {}
    for order_flows in flows.values():
        for a in rules.allocate(order_flows):
            if a.entry_id in method_of:
                key = (method_of[a.entry_id], a.kind)
                sums[key] = sums.get(key, 0) + a.amount
    lines = [MoneyLine(m, k, v) for (m, k), v in sums.items() if v]
    lines.sort(key=lambda m: (_METHOD_ORDER.get(m.method, 99), m.method, _KIND_ORDER[m.kind]))
    return lines


def _movements(session: Session, *where) -> list[Movement]:
    rows = session.execute(
        select(
            LedgerEntry.id,
            Order.code,
            Customer.name,
            LedgerEntry.amount,
            LedgerEntry.method,
            LedgerEntry.at,
            LedgerEntry.note,
            LedgerEntry.clears_on,
        )
        .join(Order, Order.id == LedgerEntry.order_id)
        .join(Customer, Customer.id == Order.customer_id)
        .where(*where)
        .order_by(LedgerEntry.at, LedgerEntry.id)
    )
    return [
        Movement(i, code, name, amount, method, at, note or "", clears_on)
        for i, code, name, amount, method, at, note, clears_on in rows
    ]


def _entries_of_kind(session: Session, kind: EntryKind, lo: dt.datetime, hi: dt.datetime) -> list[Movement]:
    """Every entry of ``kind`` in the range, reversals included (negative), so the list adds
    up to the net figure."""
    return _movements(session, LedgerEntry.kind == str(kind), _in(LedgerEntry.at, lo, hi))


def _pending_at(session: Session, hi: dt.datetime) -> list[Movement]:
    """Payments taken before ``hi`` and, at ``hi``, neither settled nor reversed."""
    other = LedgerEntry.__table__.alias("other")
    # two lookups on the unique indexes of settles_id and reverses_id (an OR would scan)
    settled = select(other.c.id).where(other.c.settles_id == LedgerEntry.id, other.c.at < hi).exists()
    reversed_ = select(other.c.id).where(other.c.reverses_id == LedgerEntry.id, other.c.at < hi).exists()
    return _movements(
        session,
        LedgerEntry.cleared.is_(False),
        LedgerEntry.kind.in_([str(EntryKind.DEPOSIT), str(EntryKind.PAYMENT)]),
        LedgerEntry.reverses_id.is_(None),
        LedgerEntry.at < hi,
        ~settled,
        ~reversed_,
    )


def _sum_kind(session: Session, kind: EntryKind, lo: dt.datetime, hi: dt.datetime) -> int:
    return int(
        session.scalar(
            select(func.coalesce(func.sum(LedgerEntry.amount), 0)).where(
                LedgerEntry.kind == str(kind), _in(LedgerEntry.at, lo, hi)
            )
        )
        or 0
    )


def _cod_outstanding_at(session: Session, hi: dt.datetime) -> list[CodLine]:
    """COD parcels delivered before ``hi`` whose cash had not been received by then."""
    delivered_at = (
        select(func.min(ShipmentEvent.at))
        .where(
            ShipmentEvent.shipment_id == Shipment.id, ShipmentEvent.status == str(ShipmentStatus.DELIVERED)
        )
        .scalar_subquery()
    )
    rows = session.execute(
        select(Shipment, Order.code, Customer.name, delivered_at)
        .join(Order, Order.id == Shipment.order_id)
        .join(Customer, Customer.id == Order.customer_id)
        .where(
            Shipment.cod_amount > 0,
            or_(Shipment.cod_received_at.is_(None), Shipment.cod_received_at >= hi),
            Shipment.status == str(ShipmentStatus.DELIVERED),  # final: delivered stays delivered
        )
        .order_by(Shipment.id)
    ).all()
    out = []
    for s, code, name, at in rows:
        at = _aware(at) or s.status_at  # the delivered event; a parcel without events: its status time
        if at < hi:
            out.append(CodLine(code, name, s.courier, s.resi, s.cod_amount, at))
    out.sort(key=lambda c: (c.delivered_at, c.order_code))
    return out


def _chains(session: Session) -> list[ChainLine]:
    heads = {h.name: h for h in session.scalars(select(ChainHead))}
    return [
        ChainLine(
            name,
            heads[name].length if name in heads else 0,
            heads[name].last_hash if name in heads else chain.GENESIS,
        )
        for name in chain.CHAINS
    ]


# ---------------------------------------------------------------------------- complaints


def _complaint_lines(session: Session, *where, order_by=None) -> list[ComplaintLine]:
    handler = Staff.__table__.alias("handler")
    rows = session.execute(
        select(Complaint, Order.code, Customer.name, handler.c.name)
        .join(Customer, Customer.id == Complaint.customer_id)
        .outerjoin(Order, Order.id == Complaint.order_id)
        .outerjoin(handler, handler.c.id == Complaint.staff_id)
        .where(*where)
        .order_by(*(order_by or (Complaint.received_at, Complaint.id)))
    )
    return [
        ComplaintLine(
            id=c.id,
            order_code=code,
            customer_name=name,
            kind=c.kind,
            status=c.status,
            finding=c.finding,
            resolution=c.resolution,
            cost=c.cost,
            received_at=c.received_at,
            first_response_at=c.first_response_at,
            closed_at=c.closed_at,
            staff=staff or "",
        )
        for c, code, name, staff in rows
    ]


# ---------------------------------------------------------------------------- the daily closing


def daily_closing(session: Session, day: dt.date, *, actor: Actor, now: dt.datetime) -> DailyClosing:
    """The day's money and what is still outstanding at its end (owner: ``Permission.REPORTS``)."""
    access.require(session, actor, Permission.REPORTS, action="data.report", now=now)
    period = make_period(ReportKind.DAILY, day)
    lo, hi = _bounds(period)
    money_in = _money_in(session, lo, hi)
    by_method: dict[str, int] = {}
    by_kind: dict[str, int] = {}
    for line in money_in:
        by_method[line.method] = by_method.get(line.method, 0) + line.amount
        by_kind[line.kind] = by_kind.get(line.kind, 0) + line.amount
    by_kind = {k: by_kind[k] for k in rules.MONEY_IN_KINDS if by_kind.get(k)}
    by_method = {m: v for m, v in by_method.items() if v}
    refunds = _entries_of_kind(session, EntryKind.REFUND, lo, hi)
    refunds_by_method: dict[str, int] = {}
    for r in refunds:
        refunds_by_method[r.method or ""] = refunds_by_method.get(r.method or "", 0) + r.amount
    refunds_by_method = {
        m: v
        for m, v in sorted(refunds_by_method.items(), key=lambda mv: (_METHOD_ORDER.get(mv[0], 99), mv[0]))
        if v
    }
    forfeitures = _entries_of_kind(session, EntryKind.FORFEIT, lo, hi)
    pending = _pending_at(session, hi)
    cod = _cod_outstanding_at(session, hi)
    cash = str(PaymentMethod.CASH)
    return DailyClosing(
        period=period,
        generated_at=now,
        shop_name=settings.get(session, "shop.name"),
        money_in=money_in,
        money_in_by_method=by_method,
        money_in_by_kind=by_kind,
        money_in_total=sum(line.amount for line in money_in),
        refunds=refunds,
        refunds_by_method=refunds_by_method,
        refunds_total=sum(r.amount for r in refunds),
        cash_in_drawer=by_method.get(cash, 0) - refunds_by_method.get(cash, 0),
        forfeitures=forfeitures,
        forfeited_total=sum(m.amount for m in forfeitures),
        pending=pending,
        pending_total=sum(p.amount for p in pending),
        cod_outstanding=cod,
        cod_outstanding_total=sum(c.amount for c in cod),
        complaints_opened=_complaint_lines(session, _in(Complaint.received_at, lo, hi)),
        complaints_closed=_complaint_lines(
            session, _in(Complaint.closed_at, lo, hi), order_by=(Complaint.closed_at, Complaint.id)
        ),
        chains=_chains(session),
    )


# ---------------------------------------------------------------------------- the period reports


def _open_ids(session: Session, hi: dt.datetime) -> list[int]:
    """The orders open at ``hi`` (status then, from the history): taken before it and not yet
    collected, delivered, cancelled or forfeited.  A closed status is final, so that is the
    orders open now plus those closed since, both read through an index (``status`` and
    ``status_changes (to_status, at)``).  ``coalesce(created_at, created_at)`` keeps SQLite's
    planner off ``ix_orders_created_at``, which would walk every order taken before ``hi``."""
    created = func.coalesce(Order.created_at, Order.created_at)
    open_now = select(Order.id).where(Order.status.in_(_OPEN), created < hi)
    closed_since = (
        select(StatusChange.order_id)
        .join(Order, Order.id == StatusChange.order_id)
        .where(StatusChange.to_status.in_(_TERMINAL), StatusChange.at >= hi, created < hi)
    )
    return sorted(set(session.scalars(union_all(open_now, closed_since))))


def _deposits_held(session: Session, open_ids: list[int], hi: dt.datetime) -> int:
    """What customers had paid by ``hi`` (cleared, net of refunds) on the orders open then."""
    paid, _charges = totals_columns()
    total = 0
    for chunk in chunks(open_ids):
        total += int(
            session.scalar(select(paid).where(LedgerEntry.order_id.in_(chunk), LedgerEntry.at < hi)) or 0
        )
    return total


def _overdue_at(session: Session, open_ids: list[int], end: dt.date, hi: dt.datetime) -> list[OverdueLine]:
    """Pickup orders ready at ``hi`` whose last free day (their own T&C's grace days, from
    the pickup date or the later ready day) was before ``end``."""
    candidates = []
    for chunk in chunks(open_ids):
        candidates += session.execute(
            select(
                Order.id, Order.code, Customer.name, Order.pickup_date, Order.terms_version_id, Order.total
            )
            .join(Customer, Customer.id == Order.customer_id)
            .where(
                Order.id.in_(chunk),
                Order.fulfilment == str(Fulfilment.PICKUP),
                Order.pickup_date < end,
            )
        ).all()
    if not candidates:
        return []
    policies = Policies(session)
    status: dict[int, str] = {}
    ready_at: dict[int, dt.datetime] = {}
    for chunk in chunks([c.id for c in candidates]):
        for order_id, to_status, at in session.execute(
            select(StatusChange.order_id, StatusChange.to_status, StatusChange.at)
            .where(StatusChange.order_id.in_(chunk), StatusChange.at < hi)
            .order_by(StatusChange.id)
        ):
            status[order_id] = to_status
            if to_status == str(OrderStatus.READY):
                ready_at[order_id] = at
    lines = []
    for c in candidates:
        if status.get(c.id) != str(OrderStatus.READY):
            continue
        ready = ready_at.get(c.id)
        facts = PickupFacts(
            status=OrderStatus.READY,
            fulfilment=Fulfilment.PICKUP,
            pickup_date=c.pickup_date,
            ready_on=rules.local_day(ready) if ready else None,
        )
        last_free = policies.of(c.terms_version_id).last_free_day(clock_start(facts))
        if last_free < end:
            lines.append((c, last_free))
    if not lines:
        return []
    paid, charges = totals_columns()
    money: dict[int, tuple[int, int]] = {}
    for chunk in chunks([c.id for c, _ in lines]):
        for order_id, p, ch in session.execute(
            select(LedgerEntry.order_id, paid, charges)
            .where(LedgerEntry.order_id.in_(chunk), LedgerEntry.at < hi)
            .group_by(LedgerEntry.order_id)
        ):
            money[order_id] = (int(p), int(ch))
    out = []
    for c, last_free in lines:
        p, ch = money.get(c.id, (0, 0))
        out.append(
            OverdueLine(c.code, c.name, c.pickup_date, last_free, (end - last_free).days, c.total + ch - p)
        )
    out.sort(key=lambda o: (-o.days_over, o.pickup_date, o.order_code))
    return out


def _pickup_discipline(session: Session, start: dt.date, end: dt.date) -> tuple[int, int, int, int]:
    """(collected on time, collected late, forfeited, still waiting) of the pickup orders due
    in the period (pickup date in it, not cancelled)."""
    collected_at = (
        select(func.min(StatusChange.at))
        .where(StatusChange.order_id == Order.id, StatusChange.to_status == str(OrderStatus.COLLECTED))
        .scalar_subquery()
    )
    rows = session.execute(
        select(Order.status, Order.pickup_date, collected_at).where(
            Order.pickup_date >= start,
            Order.pickup_date <= end,
            Order.fulfilment == str(Fulfilment.PICKUP),
            Order.status != str(OrderStatus.CANCELLED),
        )
    )
    on_time = late = forfeited = waiting = 0
    for status, pickup, at in rows:
        if status == str(OrderStatus.FORFEITED):
            forfeited += 1
        elif status == str(OrderStatus.COLLECTED) or at is not None:
            at = _aware(at)
            if at is not None and rules.local_day(at) > pickup:
                late += 1
            else:
                on_time += 1
        else:
            waiting += 1
    return on_time, late, forfeited, waiting


def period_report(
    session: Session, kind: ReportKind, day: dt.date, *, actor: Actor, now: dt.datetime
) -> PeriodReport:
    """The weekly (ISO week) or monthly review of the period containing ``day``; money
    figures only for a person with ``Permission.REPORTS``."""
    kind = ReportKind(kind)
    if kind is ReportKind.DAILY:
        raise ValueError("the daily report is daily_closing")
    period = make_period(kind, day)
    lo, hi = _bounds(period)
    money = access.can(session, actor, Permission.REPORTS)
    open_ids = _open_ids(session, hi)

    # complaints: opened or closed in the period; answered in it (for the first response)
    cases = _complaint_lines(
        session, or_(_in(Complaint.received_at, lo, hi), _in(Complaint.closed_at, lo, hi))
    )
    opened = [c for c in cases if lo <= c.received_at < hi]
    closed = [c for c in cases if c.closed_at is not None and lo <= c.closed_at < hi]
    by_type = dict.fromkeys((str(t) for t in ComplaintType), 0)
    for c in opened:
        by_type[c.kind] = by_type.get(c.kind, 0) + 1
    by_finding = dict.fromkeys((str(f) for f in Finding if f is not Finding.OPEN), 0)
    by_resolution = dict.fromkeys((str(r) for r in Resolution), 0)
    for c in closed:
        by_finding[c.finding] = by_finding.get(c.finding, 0) + 1
        if c.status == str(CaseStatus.RESOLVED) and c.resolution:
            by_resolution[c.resolution] = by_resolution.get(c.resolution, 0) + 1
    answered = session.execute(
        select(Complaint.received_at, Complaint.first_response_at).where(
            _in(Complaint.first_response_at, lo, hi)
        )
    ).all()

    # feedback
    ratings = dict.fromkeys(range(1, 6), 0)
    low = []
    for code, name, rating, comment, rated_at in session.execute(
        select(Order.code, Customer.name, Feedback.rating, Feedback.comment, Feedback.rated_at)
        .join(Order, Order.id == Feedback.order_id)
        .join(Customer, Customer.id == Order.customer_id)
        .where(_in(Feedback.rated_at, lo, hi), Feedback.rating.is_not(None))
        .order_by(Feedback.rated_at, Feedback.id)
    ):
        ratings[rating] += 1
        if rating <= 3:
            low.append(RatingLine(code, name, rating, comment or "", rated_at))

    # orders taken: busy times
    taken = rules.bucket(
        session.execute(select(Order.created_at, Order.total).where(_in(Order.created_at, lo, hi))).all()
    )

    on_time, late, forfeited_due, waiting = _pickup_discipline(session, period.start, period.end)
    forfeited_count = (
        session.scalar(
            select(func.count()).where(
                StatusChange.to_status == str(OrderStatus.FORFEITED), _in(StatusChange.at, lo, hi)
            )
        )
        or 0
    )
    staff_of = Staff.__table__.alias("decider")
    blacklist = [
        StandingLine(name, frm, to, reason, staff or "", at)
        for name, frm, to, reason, staff, at in session.execute(
            select(
                Customer.name,
                StandingChange.from_standing,
                StandingChange.to_standing,
                StandingChange.reason,
                staff_of.c.name,
                StandingChange.at,
            )
            .join(Customer, Customer.id == StandingChange.customer_id)
            .outerjoin(staff_of, staff_of.c.id == StandingChange.staff_id)
            .where(_in(StandingChange.at, lo, hi), StandingChange.from_standing != StandingChange.to_standing)
            .order_by(StandingChange.at, StandingChange.id)
        )
    ]
    return PeriodReport(
        period=period,
        generated_at=now,
        shop_name=settings.get(session, "shop.name"),
        include_money=money,
        complaints_opened=len(opened),
        complaints_closed=len(closed),
        by_type=by_type,
        by_finding=by_finding,
        by_resolution=by_resolution,
        median_first_response=rules.median_timedelta(_aware(f) - _aware(r) for r, f in answered),
        median_resolution=rules.median_timedelta(c.closed_at - c.received_at for c in closed),
        complaint_cost=sum(c.cost for c in closed) if money else None,
        complaints=cases,
        ratings=ratings,
        low_ratings=low,
        deposits_held=_deposits_held(session, open_ids, hi) if money else None,
        forfeited_count=forfeited_count,
        forfeited_total=_sum_kind(session, EntryKind.FORFEIT, lo, hi) if money else None,
        storage_fees=_sum_kind(session, EntryKind.STORAGE_FEE, lo, hi) if money else None,
        due=on_time + late + forfeited_due,
        collected_on_time=on_time,
        collected_late=late,
        forfeited_due=forfeited_due,
        still_waiting=waiting,
        overdue=_overdue_at(session, open_ids, period.end, hi),
        orders_by_weekday=taken.count_by_weekday,
        orders_by_hour=taken.count_by_hour,
        orders_by_weekday_hour=taken.count_by_weekday_hour,
        revenue_by_weekday=taken.sum_by_weekday if money else None,
        revenue_by_hour=taken.sum_by_hour if money else None,
        orders_total=taken.count,
        revenue_total=taken.total if money else None,
        blacklist_changes=blacklist,
    )


def build_report(
    session: Session, kind: ReportKind, day: dt.date, *, actor: Actor, now: dt.datetime
) -> DailyClosing | PeriodReport:
    """The report of ``kind`` for the period containing ``day``."""
    if ReportKind(kind) is ReportKind.DAILY:
        return daily_closing(session, day, actor=actor, now=now)
    return period_report(session, kind, day, actor=actor, now=now)
