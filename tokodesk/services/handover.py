"""Handing a pickup order over at the counter, and the decisions the timeline leaves to a
person: a new pickup date for a customer who asked for time, or keeping the deposit.

Each is one transaction: the storage fee charge, its waiver, the payment and the status
change land together or not at all.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from tokodesk.db.models import LedgerEntry, Order
from tokodesk.domain import timeline
from tokodesk.domain.access import Permission
from tokodesk.domain.dates import format_date
from tokodesk.domain.errors import QT_TRANSLATE_NOOP, DomainError, NotFound, invalid
from tokodesk.domain.ledger import EntryKind, PaymentMethod
from tokodesk.domain.log import Channel, Direction
from tokodesk.domain.money import format_rupiah
from tokodesk.domain.orders import OrderStatus
from tokodesk.services import audit, settings
from tokodesk.services import log as log_service
from tokodesk.services.access import require
from tokodesk.services.audit import Target
from tokodesk.services.context import Actor, Changes, local_today
from tokodesk.services.orders import move_order
from tokodesk.services.payments import (
    PaymentInput,
    append_entry,
    check_version,
    lock_order,
    record_payment,
    settle_pending,
)
from tokodesk.services.pickup import charge_storage_fee, check_new_pickup_date, order_pickup


@dataclass(frozen=True)
class HandoverInput:
    order_id: int
    pay_amount: int = 0  # taken now, with the handover
    method: PaymentMethod = PaymentMethod.CASH
    waive_reason: str = ""  # non-empty: the storage fee is waived, for this reason
    expected_version: str | None = None  # OrderView.version: refused if another counter changed it
    override_reason: str = ""  # the owner hands over although a payment has not cleared, because…


def _order(session, order_id: int) -> Order:
    order = lock_order(session, order_id)  # read fresh and held until commit (several counters)
    if order is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Pesanan tidak ditemukan"))
    return order


def _note(
    session, order: Order, text: str, *, actor: Actor, now: dt.datetime, channel=Channel.IN_PERSON
) -> None:
    log_service.add_entry(
        session,
        log_service.LogInput(
            customer_id=order.customer_id,
            channel=channel,
            direction=Direction.NOTE,
            text=text,
            order_id=order.id,
        ),
        actor=actor,
        now=now,
        source="system",
    )


def _fee(session, order: Order, data: HandoverInput, *, actor: Actor, now: dt.datetime) -> int:
    """Charge the storage fee accrued up to today, or waive it with the reason (logged)."""
    if data.pay_amount < 0:
        raise invalid("amount", QT_TRANSLATE_NOOP("errors", "Jumlah bayar tidak boleh negatif"))
    fee = charge_storage_fee(session, order, actor=actor, now=now)
    reason = data.waive_reason.strip()
    if reason and fee:
        limit = settings.get(session, "staff.waive_limit")
        if fee > limit:  # a staff member may waive small fees; above the limit it is the owner's call
            require(
                session,
                actor,
                Permission.WAIVE_FEE,
                action="payment.waive_fee",
                now=now,
                target=Target("order", order.id, order.code),
            )
        charged = session.scalars(
            select(LedgerEntry)
            .where(LedgerEntry.order_id == order.id, LedgerEntry.kind == str(EntryKind.STORAGE_FEE))
            .order_by(LedgerEntry.id.desc())
            .limit(1)
        ).first()
        append_entry(
            session,
            order.id,
            EntryKind.STORAGE_FEE,
            -charged.amount,
            actor=actor,
            now=now,
            reverses_id=charged.id,
            note=f"Dibebaskan: {reason}",
        )
        _note(
            session,
            order,
            f"Biaya simpan {format_rupiah(fee)} dibebaskan oleh {actor.name}. Alasan: {reason}",
            actor=actor,
            now=now,
        )
        audit.record(
            session,
            actor,
            "payment.waive_fee",
            now=now,
            target=Target("order", order.id, order.code),
            detail=f"{format_rupiah(fee)}: {reason}",
        )
    return fee


def hand_over(session, data: HandoverInput, *, actor: Actor, now: dt.datetime) -> tuple[int, Changes]:
    """Charge the storage fee (or waive it, with a reason that is logged), take the payment,
    and mark the order collected.  Refused as a whole when anything is still owed."""
    order = _order(session, data.order_id)
    check_version(session, order.id, data.expected_version)  # before the fee changes the version
    fee = _fee(session, order, data, actor=actor, now=now)
    if data.pay_amount:
        record_payment(
            session,
            PaymentInput(order.id, data.pay_amount, data.method, note="Pelunasan saat diambil"),
            actor=actor,
            now=now,
        )
    changes = move_order(
        session, order.id, OrderStatus.COLLECTED, actor=actor, now=now, override_reason=data.override_reason
    )
    return fee, changes


QRIS_WAITING = "QRIS saat diambil; menunggu dana terlihat di aplikasi merchant"


def take_qris(session, data: HandoverInput, *, actor: Actor, now: dt.datetime) -> tuple[int, Changes]:
    """A handover paid by QRIS, first step: the storage fee charged (or waived), the QRIS
    payment recorded *pending*, the order still ready.  A screenshot of a "successful"
    payment is not money: the order is handed over only when the staff have seen the money
    in the merchant app (``confirm_qris``).  Returns the pending entry's id."""
    order = _order(session, data.order_id)
    check_version(session, order.id, data.expected_version)
    _fee(session, order, data, actor=actor, now=now)
    if data.pay_amount <= 0:
        raise invalid("amount", QT_TRANSLATE_NOOP("errors", "Jumlah bayar QRIS harus lebih dari Rp0"))
    return record_payment(
        session,
        PaymentInput(order.id, data.pay_amount, PaymentMethod.QRIS, note=QRIS_WAITING, cleared=False),
        actor=actor,
        now=now,
    )


def confirm_qris(
    session, entry_id: int, *, hand_over_order: bool, actor: Actor, now: dt.datetime
) -> tuple[int, Changes]:
    """The staff saw the QRIS money in the merchant app: the pending payment is cleared and,
    at a handover, the order is collected, in one transaction."""
    entry = session.get(LedgerEntry, entry_id)
    if entry is None or entry.method != str(PaymentMethod.QRIS):
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Pembayaran QRIS ini tidak ditemukan"))
    clearance, changes = settle_pending(
        session, entry_id, arrived=True, note="Dilihat di aplikasi merchant", actor=actor, now=now
    )
    if hand_over_order:
        changes = move_order(session, entry.order_id, OrderStatus.COLLECTED, actor=actor, now=now)
    return clearance, changes


def reschedule_pickup(
    session,
    order_id: int,
    new_date: dt.date,
    reason: str,
    *,
    actor: Actor,
    now: dt.datetime,
    channel: Channel = Channel.WHATSAPP,
) -> Changes:
    """A person's decision: the customer gets a new pickup date.  Logged with the reason; the
    timeline (reminders, fee, cancellation) starts again from the new date."""
    order = _order(session, order_id)
    if OrderStatus(order.status) not in (
        OrderStatus.CONFIRMED,
        OrderStatus.IN_PRODUCTION,
        OrderStatus.READY,
        OrderStatus.DRAFT,
    ):
        raise DomainError(
            QT_TRANSLATE_NOOP("errors", "Pesanan ini sudah selesai; tanggal ambil tidak bisa diubah")
        )
    if not reason.strip():
        raise invalid("reason", QT_TRANSLATE_NOOP("errors", "Tulis alasan perubahan tanggal ambil"))
    check_new_pickup_date(new_date, local_today(now))
    if new_date == order.pickup_date:
        raise invalid("pickup_date", QT_TRANSLATE_NOOP("errors", "Tanggal ambil baru sama dengan yang lama"))
    old = order.pickup_date
    order.pickup_date = new_date
    audit.record(
        session,
        actor,
        "order.pickup_date",
        now=now,
        target=Target("order", order.id, order.code),
        detail=f"{format_date(old)} → {format_date(new_date)}: {reason.strip()}",
    )
    _note(
        session,
        order,
        f"Tanggal ambil diubah dari {format_date(old)} menjadi {format_date(new_date)} oleh {actor.name}. "
        f"Alasan: {reason.strip()}",
        actor=actor,
        now=now,
        channel=channel,
    )
    session.flush()
    return Changes(orders=True, customers=True, order_id=order.id, customer_id=order.customer_id)


def keep_deposit(session, order_id: int, reason: str, *, actor: Actor, now: dt.datetime) -> Changes:
    """A person's decision on an order that needs one: cancel it and keep the deposit (the
    owner's, or a staff member's with ``Permission.FORFEIT``: ``move_order`` checks it)."""
    order = _order(session, order_id)
    if not reason.strip():
        raise invalid("reason", QT_TRANSLATE_NOOP("errors", "Tulis alasan keputusan"))
    info = order_pickup(session, order, local_today(now))
    if info.standing not in (timeline.Standing.NEEDS_DECISION, timeline.Standing.FORFEIT):
        raise DomainError(
            QT_TRANSLATE_NOOP("errors", "DP baru bisa ditahan setelah batas pengambilan ({day}) lewat"),
            day=format_date(info.forfeit_on),
        )
    return move_order(
        session,
        order.id,
        OrderStatus.FORFEITED,
        actor=actor,
        now=now,
        note=f"Keputusan {actor.name}: {reason.strip()}",
    )
