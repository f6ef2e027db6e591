"""The payment ledger: entries are only ever added.  There is deliberately no function here
(or anywhere) that updates or deletes a ``LedgerEntry``; a mistake is corrected by
``reverse_entry``, which appends the negation and points at the original.

Several counters: a payment locks its order's row before it reads the balance, so two
counters taking money for one order at the same moment are applied one after the other (the
second sees the first; neither is lost, and together they never exceed what was owed).  A
screen that shows an order keeps its ``order_version`` and passes it back as
``expected_version``: if another counter changed the order's money or status in between,
the payment is refused with ``OrderChanged`` and the screen reloads the order.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from tokodesk.db.models import Customer, LedgerEntry, Order, StatusChange
from tokodesk.domain import ledger
from tokodesk.domain.access import Permission
from tokodesk.domain.errors import QT_TRANSLATE_NOOP, DomainError, NotFound, invalid
from tokodesk.domain.ledger import EntryKind, PaymentMethod
from tokodesk.domain.money import format_rupiah
from tokodesk.domain.orders import NOT_BILLED, OrderStatus
from tokodesk.services import audit, chain, settings
from tokodesk.services.access import require
from tokodesk.services.audit import Target
from tokodesk.services.context import Actor, Changes, local_today


@dataclass(frozen=True)
class PaymentInput:
    order_id: int
    amount: int
    method: PaymentMethod
    kind: EntryKind = EntryKind.PAYMENT
    note: str = ""
    cleared: bool = True
    clears_on: dt.date | None = None
    # the order_version the screen showed; None: no check (the CLI, imports, tests)
    expected_version: str | None = None


class OrderChanged(DomainError):
    """Another counter changed the order after this one showed it: the screen reloads it and
    the person checks before trying again.  Nothing was written."""

    def __init__(self, order_id: int) -> None:
        self.order_id = order_id
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "Pesanan ini baru saja diubah di kasir lain; data dimuat ulang. Periksa lalu ulangi.",
            )
        )


def order_version(session: Session, order_id: int) -> str:
    """A token that changes whenever the order's money or status changes: its newest ledger
    entry and status change (both only ever inserted; ids grow in commit order, see
    ``db/engine.py``).  Two index lookups."""
    last_entry = select(func.max(LedgerEntry.id)).where(LedgerEntry.order_id == order_id).scalar_subquery()
    last_move = select(func.max(StatusChange.id)).where(StatusChange.order_id == order_id).scalar_subquery()
    entry, move = session.execute(select(last_entry, last_move)).one()
    return f"{entry or 0}.{move or 0}"


def lock_order(session: Session, order_id: int) -> Order | None:
    """The order row, locked for the rest of the transaction and read fresh: what a payment
    or a move checks cannot change under it."""
    return session.get(Order, order_id, with_for_update=True, populate_existing=True)


def check_version(session: Session, order_id: int, expected: str | None) -> None:
    """Refuse with ``OrderChanged`` when the order is no longer as the screen showed it."""
    if expected is not None and order_version(session, order_id) != expected:
        raise OrderChanged(order_id)


def append_entry(
    session: Session,
    order_id: int,
    kind: EntryKind,
    amount: int,
    *,
    actor: Actor,
    now: dt.datetime,
    method: PaymentMethod | None = None,
    cleared: bool = True,
    clears_on: dt.date | None = None,
    reverses_id: int | None = None,
    settles_id: int | None = None,
    note: str = "",
) -> LedgerEntry:
    """The one place a ledger row is created."""
    entry = LedgerEntry(
        order_id=order_id,
        kind=str(kind),
        amount=amount,
        method=str(method) if method else None,
        cleared=cleared,
        clears_on=clears_on,
        reverses_id=reverses_id,
        settles_id=settles_id,
        staff_id=actor.staff_id,
        at=now,
        note=note.strip(),
    )
    chain.seal(session, "ledger", entry, chain.ledger_content(entry))
    session.add(entry)
    session.flush()
    order = session.get(Order, order_id)
    words = f"{ledger.ENTRY_LABELS[EntryKind(kind)]} {format_rupiah(amount)}"
    if method:
        words += f" ({ledger.METHOD_LABELS.get(str(method), str(method))})"
    if not cleared:
        words += ", belum masuk"
    if entry.note:
        words += f" — {entry.note}"
    audit.record(
        session,
        actor,
        "payment.reversal" if reverses_id else "payment.entry",
        now=now,
        target=Target("order", order_id, order.code if order else ""),
        detail=words,
    )
    return entry


def order_totals(session: Session, order: Order) -> ledger.Totals:
    entries = session.execute(
        select(LedgerEntry.kind, LedgerEntry.amount, LedgerEntry.cleared).where(
            LedgerEntry.order_id == order.id
        )
    )
    return ledger.totals(order.total, (ledger.Entry(EntryKind(k), a, c) for k, a, c in entries))


def totals_columns():
    """SQL expressions for the per-order sums of ``domain.ledger.totals`` (for lists)."""
    paid_kinds = [str(k) for k in ledger.PAYMENT_KINDS]
    charge_kinds = [str(k) for k in ledger.CHARGE_KINDS]
    paid = func.coalesce(
        func.sum(
            case(
                (LedgerEntry.kind.in_(paid_kinds) & LedgerEntry.cleared, LedgerEntry.amount),
                ((LedgerEntry.kind == str(EntryKind.REFUND)) & LedgerEntry.cleared, -LedgerEntry.amount),
                (LedgerEntry.kind == str(EntryKind.CLEARANCE), LedgerEntry.amount),
                else_=0,
            )
        ),
        0,
    )
    charges = func.coalesce(
        func.sum(
            case(
                (LedgerEntry.kind.in_(charge_kinds), LedgerEntry.amount),
                (LedgerEntry.kind == str(EntryKind.ALLOWANCE), -LedgerEntry.amount),
                else_=0,
            )
        ),
        0,
    )
    return paid, charges


def record_payment(
    session: Session, data: PaymentInput, *, actor: Actor, now: dt.datetime
) -> tuple[int, Changes]:
    """Take money for an order (deposit or payment).  Refuses an amount that is not positive,
    an amount above what is still owed, and payments on closed orders; with
    ``expected_version``, a payment on an order another counter changed meanwhile."""
    order = lock_order(session, data.order_id)
    if order is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Pesanan tidak ditemukan"))
    if data.kind not in ledger.PAYMENT_KINDS:
        raise ValueError(f"record_payment takes a payment kind, not {data.kind}")
    check_version(session, order.id, data.expected_version)
    if OrderStatus(order.status) in NOT_BILLED:
        raise DomainError(
            QT_TRANSLATE_NOOP("errors", "Pesanan {code} sudah ditutup; pembayaran tidak bisa dicatat"),
            code=order.code,
        )
    if data.amount <= 0:
        raise invalid("amount", QT_TRANSLATE_NOOP("errors", "Jumlah bayar harus lebih dari Rp0"))
    t = order_totals(session, order)
    owed = t.balance - t.pending
    if data.amount > owed:
        if owed <= 0 and t.pending > 0:
            raise invalid(
                "amount",
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Sisa tagihan sudah tertutup pembayaran {pending} yang belum cair; tunggu dananya masuk",
                ),
                pending=format_rupiah(t.pending),
            )
        if owed <= 0:
            raise invalid("amount", QT_TRANSLATE_NOOP("errors", "Pesanan ini sudah lunas"))
        raise invalid(
            "amount",
            QT_TRANSLATE_NOOP(
                "errors", "Jumlah bayar melebihi sisa tagihan {owed}; catat kembaliannya di luar"
            ),
            owed=format_rupiah(owed),
        )
    clears_on = data.clears_on
    if data.method is PaymentMethod.CHEQUE and not data.cleared and clears_on is None:
        clears_on = local_today(now) + dt.timedelta(days=settings.get(session, "payments.cheque_clear_days"))
    if not data.cleared and clears_on is not None and clears_on < local_today(now):
        raise invalid(
            "clears_on", QT_TRANSLATE_NOOP("errors", "Tanggal cair tidak boleh sebelum tanggal bayar")
        )
    entry = append_entry(
        session,
        order.id,
        data.kind,
        data.amount,
        actor=actor,
        now=now,
        method=data.method,
        cleared=data.cleared,
        clears_on=clears_on,
        note=data.note,
    )
    return entry.id, Changes(orders=True, ledger=True, order_id=order.id, customer_id=order.customer_id)


@dataclass(frozen=True)
class PendingPayment:
    entry_id: int
    order_id: int
    order_code: str
    customer_name: str
    kind: EntryKind
    amount: int
    method: PaymentMethod | None
    at: dt.datetime
    clears_on: dt.date | None
    note: str


def _settled_or_reversed(session: Session, entry_id: int) -> bool:
    return (
        session.scalar(
            select(LedgerEntry.id).where(
                (LedgerEntry.settles_id == entry_id) | (LedgerEntry.reverses_id == entry_id)
            )
        )
        is not None
    )


def pending_payments(session: Session, order_id: int | None = None) -> list[PendingPayment]:
    """Payments not yet cleared and not yet settled (cleared, bounced or reversed), oldest
    clearing date first: what the staff check in the bank or merchant app."""
    settled = select(LedgerEntry.settles_id).where(LedgerEntry.settles_id.is_not(None))
    reversed_ = select(LedgerEntry.reverses_id).where(LedgerEntry.reverses_id.is_not(None))
    stmt = (
        select(LedgerEntry, Order.code, Customer.name)
        .join(Order, Order.id == LedgerEntry.order_id)
        .join(Customer, Customer.id == Order.customer_id)
        .where(
            LedgerEntry.cleared.is_(False),
            LedgerEntry.kind.in_([str(k) for k in ledger.PAYMENT_KINDS]),
            LedgerEntry.reverses_id.is_(None),
            LedgerEntry.id.not_in(settled),
            LedgerEntry.id.not_in(reversed_),
        )
        .order_by(LedgerEntry.clears_on.is_(None), LedgerEntry.clears_on, LedgerEntry.id)
    )
    if order_id is not None:
        stmt = stmt.where(LedgerEntry.order_id == order_id)
    return [
        PendingPayment(
            e.id,
            e.order_id,
            code,
            name,
            EntryKind(e.kind),
            e.amount,
            PaymentMethod(e.method) if e.method else None,
            e.at,
            e.clears_on,
            e.note,
        )
        for e, code, name in session.execute(stmt)
    ]


def settle_pending(
    session: Session, entry_id: int, *, arrived: bool, note: str = "", actor: Actor, now: dt.datetime
) -> tuple[int, Changes]:
    """A pending payment is settled by a new entry that points at it: a clearance when the
    money arrived (it counts as paid from now on), a bounce when it did not (the order owes
    it again; a reason is required).  Never an edit of the pending entry."""
    original = session.get(LedgerEntry, entry_id)
    if original is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Entri pembayaran tidak ditemukan"))
    order = lock_order(session, original.order_id)  # two counters settling it: one wins
    if (
        original.cleared
        or EntryKind(original.kind) not in ledger.PAYMENT_KINDS
        or original.reverses_id is not None
    ):
        raise DomainError(QT_TRANSLATE_NOOP("errors", "Pembayaran ini tidak menunggu dana cair"))
    if _settled_or_reversed(session, entry_id):
        raise DomainError(QT_TRANSLATE_NOOP("errors", "Pembayaran ini sudah diselesaikan atau dikoreksi"))
    note = note.strip()
    if not arrived and not note:
        raise invalid(
            "note",
            QT_TRANSLATE_NOOP(
                "errors", "Tulis alasan dana tidak masuk (mis. cek ditolak bank, transfer tidak ada)"
            ),
        )
    entry = append_entry(
        session,
        order.id,
        EntryKind.CLEARANCE if arrived else EntryKind.BOUNCE,
        original.amount,
        actor=actor,
        now=now,
        method=PaymentMethod(original.method) if original.method else None,
        settles_id=original.id,
        note=note,
    )
    return entry.id, Changes(orders=True, ledger=True, order_id=order.id, customer_id=order.customer_id)


def reverse_entry(
    session: Session, entry_id: int, reason: str, *, actor: Actor, now: dt.datetime
) -> tuple[int, Changes]:
    """Correct a mistaken entry by appending its reversal, with the reason."""
    original = session.get(LedgerEntry, entry_id)
    if original is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Entri pembayaran tidak ditemukan"))
    owner_order = lock_order(session, original.order_id)  # two counters reversing it: one wins
    require(
        session,
        actor,
        Permission.REVERSAL,
        action="payment.reversal",
        now=now,
        target=Target("order", original.order_id, owner_order.code),
    )
    if not reason.strip():
        raise invalid("reason", QT_TRANSLATE_NOOP("errors", "Tulis alasan koreksi"))
    already = session.scalar(select(LedgerEntry.id).where(LedgerEntry.reverses_id == entry_id)) is not None
    ledger.check_reversal(original.amount, already, original.reverses_id is not None)
    entry = append_entry(
        session,
        original.order_id,
        EntryKind(original.kind),
        -original.amount,
        actor=actor,
        now=now,
        method=PaymentMethod(original.method) if original.method else None,
        cleared=original.cleared,
        reverses_id=original.id,
        note=reason,
    )
    order = session.get(Order, original.order_id)
    return entry.id, Changes(
        orders=True, ledger=True, order_id=original.order_id, customer_id=order.customer_id
    )


def refund_as_compensation(
    session: Session,
    order_id: int,
    amount: int,
    method: PaymentMethod,
    note: str,
    *,
    actor: Actor,
    now: dt.datetime,
) -> LedgerEntry:
    """Money given back to make up for a problem: an allowance (the price is lowered) and a
    refund of the same amount, so the order does not owe it again.  Returns the refund."""
    append_entry(session, order_id, EntryKind.ALLOWANCE, amount, actor=actor, now=now, note=note)
    return append_entry(
        session, order_id, EntryKind.REFUND, amount, actor=actor, now=now, method=method, note=note
    )
