"""Orders: taking one (items + deposit in one transaction), moving it through its life,
and reading it back for the screens."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from sqlalchemy import func, or_, select, text, update
from sqlalchemy.orm import Session

from tokodesk.db.models import (
    Confirmation,
    Counter,
    Customer,
    LedgerEntry,
    Order,
    OrderItem,
    Staff,
    StatusChange,
)
from tokodesk.domain import ledger
from tokodesk.domain.access import Permission
from tokodesk.domain.deposit import DepositPolicy
from tokodesk.domain.errors import QT_TRANSLATE_NOOP, FieldError, InvalidInput, NotFound
from tokodesk.domain.ledger import EntryKind, PaymentMethod
from tokodesk.domain.money import MAX_RUPIAH, format_rupiah
from tokodesk.domain.orders import (
    STATUS_LABELS,
    Fulfilment,
    OrderFacts,
    OrderStatus,
    can_move,
    check_move,
    check_pickup_date,
    format_order_code,
    month_key,
    next_statuses,
)
from tokodesk.domain.phone import phone_search_key
from tokodesk.domain.timeline import Reminder
from tokodesk.services import audit, chain, settings, terms
from tokodesk.services.access import require
from tokodesk.services.audit import Target
from tokodesk.services.context import Actor, Changes, local_today
from tokodesk.services.customers import _escape_like, search_filter
from tokodesk.services.payments import (
    append_entry,
    check_version,
    lock_order,
    order_totals,
    order_version,
    pending_payments,
    totals_columns,
)
from tokodesk.services.pickup import PickupInfo, charge_storage_fee, order_pickup, queue_reminder

MAX_ITEMS = 500
MAX_QTY = 100_000


@dataclass(frozen=True)
class ItemInput:
    name: str
    qty: int
    unit_price: int
    custom_details: str = ""


@dataclass(frozen=True)
class OrderInput:
    customer_id: int
    items: list[ItemInput]
    fulfilment: Fulfilment
    pickup_date: dt.date
    deposit: int
    method: PaymentMethod
    notes: str = ""


def clean_items(items: list[ItemInput]) -> list[ItemInput]:
    """Validate line items; field names are ``items.<row>.<field>`` so a dialog can point at
    the cell.  Every error is collected before refusing."""
    errors: list[FieldError] = []
    out: list[ItemInput] = []
    if not items:
        errors.append(
            FieldError("items", QT_TRANSLATE_NOOP("errors", "Pesanan harus berisi minimal satu barang"))
        )
    if len(items) > MAX_ITEMS:
        errors.append(
            FieldError(
                "items",
                QT_TRANSLATE_NOOP("errors", "Terlalu banyak baris barang (maksimal {max})"),
                {"max": MAX_ITEMS},
            )
        )
    for i, it in enumerate(items):
        row = i + 1
        name = " ".join((it.name or "").split())
        if not name:
            errors.append(
                FieldError(
                    f"items.{i}.name",
                    QT_TRANSLATE_NOOP("errors", "Baris {row}: nama barang wajib diisi"),
                    {"row": row},
                )
            )
        if not isinstance(it.qty, int) or it.qty <= 0:
            errors.append(
                FieldError(
                    f"items.{i}.qty",
                    QT_TRANSLATE_NOOP("errors", "Baris {row}: jumlah minimal 1"),
                    {"row": row},
                )
            )
        elif it.qty > MAX_QTY:
            errors.append(
                FieldError(
                    f"items.{i}.qty",
                    QT_TRANSLATE_NOOP("errors", "Baris {row}: jumlah terlalu besar"),
                    {"row": row},
                )
            )
        if not isinstance(it.unit_price, int) or it.unit_price < 0:
            errors.append(
                FieldError(
                    f"items.{i}.unit_price",
                    QT_TRANSLATE_NOOP("errors", "Baris {row}: harga tidak boleh negatif"),
                    {"row": row},
                )
            )
        out.append(ItemInput(name, it.qty, it.unit_price, (it.custom_details or "").strip()))
    if not errors and items_total(out) >= MAX_RUPIAH:
        errors.append(
            FieldError(
                "items", QT_TRANSLATE_NOOP("errors", "Total pesanan terlalu besar; periksa jumlah dan harga")
            )
        )
    if errors:
        raise InvalidInput(errors)
    return out


def items_total(items: list[ItemInput]) -> int:
    return sum(it.qty * it.unit_price for it in items)


def counter_name(prefix: str, yymm: str) -> str:
    """The counter of one prefix and month: changing the prefix starts a fresh series."""
    return f"order:{prefix}-{yymm}"


def bump_counter(session: Session, name: str) -> int:
    """Add one to the named counter (made at 1) and return it, in one statement: an upsert
    (``INSERT … ON CONFLICT DO UPDATE … RETURNING``) that holds the row's lock until commit,
    so two counters asking at the same moment, even for a month's very first number, get
    two different numbers and neither fails."""
    dialect = session.get_bind().dialect.name
    if dialect in ("postgresql", "sqlite"):
        from sqlalchemy.dialects.postgresql import insert as pg_insert
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        insert = pg_insert if dialect == "postgresql" else sqlite_insert
        stmt = (
            insert(Counter)
            .values(name=name, value=1)
            .on_conflict_do_update(index_elements=[Counter.name], set_={"value": Counter.value + 1})
            .returning(Counter.value)
        )
        return session.execute(stmt).scalar_one()
    bumped = session.execute(
        update(Counter).where(Counter.name == name).values(value=Counter.value + 1).returning(Counter.value)
    ).scalar()
    if bumped is None:
        session.add(Counter(name=name, value=1))
        session.flush()
        bumped = 1
    return bumped


def next_order_code(session: Session, day: dt.date) -> str:
    """Take the next number for ``day``'s month inside the current transaction."""
    prefix = settings.get(session, "shop.order_prefix")
    return format_order_code(prefix, day, bump_counter(session, counter_name(prefix, month_key(day))))


def insert_order(
    session: Session,
    *,
    code: str,
    customer_id: int,
    status: OrderStatus,
    fulfilment: Fulfilment,
    pickup_date: dt.date,
    items: list[ItemInput],
    actor: Actor,
    at: dt.datetime,
    notes: str = "",
    history_note: str = "",
) -> Order:
    """Write an order, its items and its first status change (the one place that does);
    callers have validated the input and add the ledger entries."""
    in_force = terms.current(session)  # the order keeps the T&C version in force now
    order = Order(
        code=code,
        customer_id=customer_id,
        status=str(status),
        fulfilment=str(fulfilment),
        pickup_date=pickup_date,
        total=items_total(items),
        notes=(notes or "").strip(),
        terms_version_id=in_force.id if in_force else None,
        created_at=at,
        created_by_id=actor.staff_id,
        status_changed_at=at,
    )
    session.add(order)
    session.flush()
    session.add_all(
        OrderItem(
            order_id=order.id,
            position=pos,
            name=it.name,
            qty=it.qty,
            unit_price=it.unit_price,
            custom_details=it.custom_details.strip(),
        )
        for pos, it in enumerate(items)
    )
    add_status_change(session, order.id, None, status, actor=actor, at=at, note=history_note)
    session.flush()
    audit.record(
        session,
        actor,
        "order.new",
        now=at,
        target=Target("order", order.id, code),
        detail=f"{STATUS_LABELS[status]}, total {format_rupiah(order.total)}",
    )
    return order


def add_status_change(
    session: Session,
    order_id: int,
    from_status: str | None,
    to_status: OrderStatus,
    *,
    actor: Actor,
    at: dt.datetime,
    note: str = "",
) -> StatusChange:
    """The one place a status history row is written: sealed into its chain, never changed."""
    change = StatusChange(
        order_id=order_id,
        from_status=from_status,
        to_status=str(to_status),
        staff_id=actor.staff_id,
        at=at,
        note=note.strip(),
    )
    chain.seal(session, "status", change, chain.status_content(change))
    session.add(change)
    if from_status is not None:  # the first one is part of "order.new"
        order = session.get(Order, order_id)
        words = f"{STATUS_LABELS[OrderStatus(from_status)]} → {STATUS_LABELS[to_status]}"
        audit.record(
            session,
            actor,
            "order.status",
            now=at,
            target=Target("order", order_id, order.code if order else ""),
            detail=f"{words} — {change.note}" if change.note else words,
        )
    return change


def take_order(
    session: Session,
    data: OrderInput,
    *,
    actor: Actor,
    now: dt.datetime,
    enforce_pickup_not_past: bool = True,
) -> tuple[str, Changes]:
    """Write the order, its items and its deposit in the caller's transaction; returns the code."""
    errors: list[FieldError] = []
    items: list[ItemInput] = []
    try:
        items = clean_items(data.items)
    except InvalidInput as e:
        errors.extend(e.errors)
    customer = session.get(Customer, data.customer_id) if data.customer_id else None
    if customer is None:
        errors.append(FieldError("customer", QT_TRANSLATE_NOOP("errors", "Pilih atau buat pelanggan dulu")))
    today = local_today(now)
    if enforce_pickup_not_past:
        try:
            check_pickup_date(data.pickup_date, today)
        except InvalidInput as e:
            errors.extend(e.errors)
    if not errors and customer is not None:
        policy = settings.deposit_policy(session)
        try:
            policy.check(data.deposit, items_total(items), customer.standing)
        except InvalidInput as e:
            errors.extend(e.errors)
    if errors:
        raise InvalidInput(errors)
    has_custom = any(it.custom_details for it in items)
    # A custom order waits in draft for the customer's written confirmation of its details.
    status = OrderStatus.DRAFT if has_custom else OrderStatus.CONFIRMED
    order = insert_order(
        session,
        code=next_order_code(session, today),
        customer_id=data.customer_id,
        status=status,
        fulfilment=data.fulfilment,
        pickup_date=data.pickup_date,
        items=items,
        notes=data.notes,
        actor=actor,
        at=now,
    )
    if data.deposit > 0:
        append_entry(
            session,
            order.id,
            EntryKind.DEPOSIT,
            data.deposit,
            actor=actor,
            now=now,
            method=data.method,
            note="DP",
        )
    session.flush()
    return order.code, Changes(
        orders=True, ledger=True, customers=True, order_id=order.id, customer_id=data.customer_id
    )


def _get(session: Session, order_id: int) -> Order:
    order = session.get(Order, order_id)
    if order is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Pesanan tidak ditemukan"))
    return order


def order_facts(session: Session, order: Order) -> OrderFacts:
    t = order_totals(session, order)
    policy = settings.deposit_policy(session)
    has_custom = (
        session.scalar(
            select(OrderItem.id)
            .where(OrderItem.order_id == order.id, OrderItem.custom_details != "")
            .limit(1)
        )
        is not None
    )
    confirmed = (
        session.scalar(select(Confirmation.id).where(Confirmation.order_id == order.id).limit(1)) is not None
    )
    return OrderFacts(
        status=OrderStatus(order.status),
        fulfilment=Fulfilment(order.fulfilment),
        total=order.total,
        paid=t.paid,
        pending=t.pending,
        balance=t.balance,
        minimum_deposit=policy.minimum(order.total, order.customer.standing),
        has_custom_details=has_custom,
        confirmed=confirmed,
    )


def move_order(
    session: Session,
    order_id: int,
    target: OrderStatus,
    *,
    actor: Actor,
    now: dt.datetime,
    note: str = "",
    expected_version: str | None = None,
    override_reason: str = "",
) -> Changes:
    """Move an order to ``target`` if the rules allow; record who and when.  Forfeiting also
    writes the ledger entry that keeps the cleared payments.  The order's row is locked
    first (two counters moving it at once: the second sees the first's move); with
    ``expected_version`` (``OrderView.version``) a move of an order changed meanwhile at
    another counter is refused with ``OrderChanged``.  A payment not yet cleared blocks a
    handover or a shipment; only a person with ``OVERRIDE_PENDING`` (the owner) can go
    ahead anyway, with ``override_reason``, which is audited and kept on the status change."""
    if lock_order(session, order_id) is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Pesanan tidak ditemukan"))
    check_version(session, order_id, expected_version)
    order = _get(session, order_id)
    if target is OrderStatus.FORFEITED:  # keeping a customer's deposit is the owner's decision
        require(
            session,
            actor,
            Permission.FORFEIT,
            action="order.forfeit",
            now=now,
            target=Target("order", order.id, order.code),
        )
    if target is OrderStatus.COLLECTED and order.fulfilment == str(Fulfilment.PICKUP):
        # the storage fee is due at handover and must be paid with the balance
        charge_storage_fee(session, order, actor=actor, now=now)
    facts = order_facts(session, order)
    reason = override_reason.strip()
    if reason and facts.pending and target in (OrderStatus.COLLECTED, OrderStatus.SHIPPED):
        require(
            session,
            actor,
            Permission.OVERRIDE_PENDING,
            action="order.override_pending",
            now=now,
            target=Target("order", order.id, order.code),
        )
        words = f"{format_rupiah(facts.pending)} belum cair; diteruskan oleh {actor.name}. Alasan: {reason}"
        target_ref = Target("order", order.id, order.code)
        audit.record(session, actor, "order.override_pending", now=now, target=target_ref, detail=words)
        note = f"{note} ({words})" if note else words
        facts = replace(facts, pending=0, balance=facts.balance - facts.pending)
    check_move(facts, target)
    if target is OrderStatus.FORFEITED and facts.paid > 0:
        append_entry(
            session, order.id, EntryKind.FORFEIT, facts.paid, actor=actor, now=now, note=note or "DP hangus"
        )
    add_status_change(session, order.id, order.status, target, actor=actor, at=now, note=note)
    order.status = str(target)
    order.status_changed_at = now
    if target is OrderStatus.READY and order.fulfilment == str(Fulfilment.PICKUP):
        # "your order is ready" goes on today's agenda at once, not at the next daily run
        queue_reminder(session, order.id, Reminder.READY, local_today(now), now)
    session.flush()
    return Changes(orders=True, ledger=True, order_id=order.id, customer_id=order.customer_id)


# ---------------------------------------------------------------- reading for the screens


@dataclass(frozen=True)
class ItemView:
    name: str
    qty: int
    unit_price: int
    custom_details: str

    @property
    def line_total(self) -> int:
        return self.qty * self.unit_price


@dataclass(frozen=True)
class EntryView:
    id: int
    kind: EntryKind
    amount: int
    method: str | None
    cleared: bool
    reverses_id: int | None
    reversed_by_id: int | None
    staff: str
    at: dt.datetime
    note: str


@dataclass(frozen=True)
class HistoryView:
    from_status: OrderStatus | None
    to_status: OrderStatus
    staff: str
    at: dt.datetime
    note: str


@dataclass(frozen=True)
class MoveOption:
    target: OrderStatus
    allowed: bool
    reason: str  # Indonesian template when refused
    params: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class OrderView:
    id: int
    code: str
    status: OrderStatus
    fulfilment: Fulfilment
    pickup_date: dt.date
    created_at: dt.datetime
    created_by: str
    notes: str
    customer_id: int
    customer_name: str
    customer_phone: str
    customer_standing: str
    items: list[ItemView]
    entries: list[EntryView]
    history: list[HistoryView]
    totals: ledger.Totals
    minimum_deposit: int
    moves: list[MoveOption]
    pickup: PickupInfo | None = None  # pickup orders: fee so far, free until, forfeit day
    # payments.order_version when read: pass it back as expected_version (another counter)
    version: str = ""
    # custom details not yet confirmed in writing: production waits for a confirmation
    needs_confirmation: bool = False
    confirmed: bool = False
    pending_entry_ids: frozenset[int] = frozenset()  # pending payments not yet settled


def get_order(session: Session, order_id: int, day: dt.date | None = None) -> OrderView:
    """The order as the detail screen shows it, with its pickup timeline as of ``day``."""
    order = _get(session, order_id)
    day = day or dt.date.today()
    facts = order_facts(session, order)
    names = {sid: name for sid, name in session.execute(select(Staff.id, Staff.name))}
    entries = list(
        session.scalars(select(LedgerEntry).where(LedgerEntry.order_id == order.id).order_by(LedgerEntry.id))
    )
    reversed_by = {e.reverses_id: e.id for e in entries if e.reverses_id}
    moves = []
    for target in next_statuses(facts.status, fulfilment=facts.fulfilment):
        v = can_move(facts, target)
        moves.append(MoveOption(target, v.ok, v.template, dict(v.params or {})))
    return OrderView(
        id=order.id,
        code=order.code,
        status=facts.status,
        fulfilment=facts.fulfilment,
        pickup_date=order.pickup_date,
        created_at=order.created_at,
        created_by=names.get(order.created_by_id, "?"),
        notes=order.notes,
        customer_id=order.customer_id,
        customer_name=order.customer.name,
        customer_phone=order.customer.phone,
        customer_standing=order.customer.standing,
        items=[ItemView(i.name, i.qty, i.unit_price, i.custom_details) for i in order.items],
        entries=[
            EntryView(
                e.id,
                EntryKind(e.kind),
                e.amount,
                e.method,
                e.cleared,
                e.reverses_id,
                reversed_by.get(e.id),
                names.get(e.staff_id, "?"),
                e.at,
                e.note,
            )
            for e in entries
        ],
        history=[
            HistoryView(
                OrderStatus(h.from_status) if h.from_status else None,
                OrderStatus(h.to_status),
                names.get(h.staff_id, "?"),
                h.at,
                h.note,
            )
            for h in order.status_changes
        ],
        totals=ledger.totals(
            order.total, (ledger.Entry(EntryKind(e.kind), e.amount, e.cleared) for e in entries)
        ),
        minimum_deposit=facts.minimum_deposit,
        moves=moves,
        pickup=order_pickup(session, order, day) if facts.fulfilment is Fulfilment.PICKUP else None,
        version=order_version(session, order.id),
        needs_confirmation=facts.has_custom_details and not facts.confirmed,
        confirmed=facts.confirmed,
        pending_entry_ids=frozenset(p.entry_id for p in pending_payments(session, order.id)),
    )


def find_order_id(session: Session, code: str) -> int | None:
    """The order with this code (as scanned from a QR or typed, any case), or None."""
    return session.scalar(select(Order.id).where(Order.code == code.strip().upper()))


@dataclass(frozen=True)
class OrderRow:
    id: int
    code: str
    customer_name: str
    customer_phone: str
    status: OrderStatus
    fulfilment: Fulfilment
    pickup_date: dt.date
    created_at: dt.datetime
    total: int
    paid: int
    charges: int

    @property
    def balance(self) -> int:
        return self.total + self.charges - self.paid


@dataclass(frozen=True)
class _Fts:
    """An FTS5 search of ``tokodesk.db.search``: table and MATCH expression."""

    table: str
    match: str

    def rowids(self):
        return text(f"SELECT rowid FROM {self.table} WHERE {self.table} MATCH :m").bindparams(m=self.match)


def _search(session: Session, query: str):
    """What the search box asks for: None (empty query), an ``_Fts`` (SQLite) or a WHERE
    clause (PostgreSQL: LIKE over the code and the customer's name and phone).

    SQLite: from three characters a substring match (trigram) over the code, the customer's
    name and phone; one or two characters match the start of a word (the code's parts, the
    name's words)."""
    q = " ".join(query.split()).casefold()
    if not q:
        return None
    if session.get_bind().dialect.name != "sqlite":
        clauses = [Order.code.like(f"%{_escape_like(q.upper())}%", escape="\\")]
        customer_match = search_filter(q)
        if customer_match is not None:
            clauses.append(Order.customer_id.in_(select(Customer.id).where(customer_match)))
        return or_(*clauses)
    if len(q) >= 3:
        terms = [q]
        digits = phone_search_key(q)
        if len(digits) >= 3 and digits != q:
            terms.append(digits)  # "0812 3" -> the stored +62812…: search its digits
        return _Fts("order_search", " OR ".join(_phrase(t) for t in terms))
    words = re.findall(r"\w+", q)
    if not words:
        return Order.id.in_([])  # punctuation only: nothing to find
    return _Fts("order_words", " ".join(_phrase(w) + "*" for w in words))


def _phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _order_filter(session: Session, stmt, statuses: frozenset[OrderStatus] | None, query: str):
    if statuses:
        stmt = stmt.where(Order.status.in_([str(s) for s in statuses]))
    match = _search(session, query)
    if isinstance(match, _Fts):
        match = Order.id.in_(match.rowids())
    return stmt if match is None else stmt.where(match)


def order_count(session: Session, *, statuses: frozenset[OrderStatus] | None = None, query: str = "") -> int:
    """How many orders match: the lazy list's row count."""
    match = _search(session, query)
    if isinstance(match, _Fts) and not statuses:  # straight from the index
        return session.scalar(
            text(f"SELECT count(*) FROM {match.table} WHERE {match.table} MATCH :m").bindparams(m=match.match)
        )
    return session.scalar(_order_filter(session, select(func.count(Order.id)), statuses, query)) or 0


def order_ids(
    session: Session,
    *,
    statuses: frozenset[OrderStatus] | None = None,
    query: str = "",
    offset: int = 0,
    limit: int | None = None,
) -> list[int]:
    """Ids of the matching orders, newest first (by id: the order they were entered in); a
    block of them with ``offset``/``limit``, as the lazy list fetches them."""
    match = _search(session, query)
    if isinstance(match, _Fts) and not statuses:  # the index answers in rowid order itself
        sql = f"SELECT rowid FROM {match.table} WHERE {match.table} MATCH :m ORDER BY rowid DESC"
        sql += " LIMIT :limit OFFSET :offset"
        rows = session.execute(
            text(sql), {"m": match.match, "limit": -1 if limit is None else limit, "offset": offset}
        )
        return [r[0] for r in rows]
    stmt = _order_filter(session, select(Order.id), statuses, query).order_by(Order.id.desc())
    if offset:
        stmt = stmt.offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    return list(session.scalars(stmt))


def order_rows(session: Session, ids: list[int]) -> dict[int, OrderRow]:
    """One screenful of list rows with their money sums, in one query."""
    if not ids:
        return {}
    paid, charges = totals_columns()
    sums = (
        select(LedgerEntry.order_id.label("order_id"), paid.label("paid"), charges.label("charges"))
        .where(LedgerEntry.order_id.in_(ids))
        .group_by(LedgerEntry.order_id)
        .subquery()
    )
    stmt = (
        select(Order, Customer.name, Customer.phone, sums.c.paid, sums.c.charges)
        .join(Customer, Customer.id == Order.customer_id)
        .outerjoin(sums, sums.c.order_id == Order.id)
        .where(Order.id.in_(ids))
    )
    out = {}
    for o, name, phone, p, c in session.execute(stmt):
        out[o.id] = OrderRow(
            o.id,
            o.code,
            name,
            phone,
            OrderStatus(o.status),
            Fulfilment(o.fulfilment),
            o.pickup_date,
            o.created_at,
            o.total,
            int(p or 0),  # PostgreSQL sums BIGINT into NUMERIC: back to int rupiah
            int(c or 0),
        )
    return out


def new_order_defaults(session: Session, now: dt.datetime) -> tuple[DepositPolicy, dt.date]:
    """The deposit policy and the default pickup date the new-order dialog starts with."""
    days = settings.get(session, "pickup.default_days")
    return settings.deposit_policy(session), local_today(now) + dt.timedelta(days=days)
