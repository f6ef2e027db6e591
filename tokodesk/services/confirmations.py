"""Confirmation before production, and remakes.

An order with custom details (names, monograms, sizes) may not go into production until
the customer has confirmed them in writing: who, when, on which channel, the exact text
confirmed, optionally a screenshot.  The confirmation is written into the communication
log (sealed like every log entry), so it stands as evidence when a customer later says the
shop got the name wrong.  A remake is recorded with whose error it was, free or charged.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from tokodesk.db.models import Confirmation, Order, Remake, Staff
from tokodesk.domain.errors import QT_TRANSLATE_NOOP, FieldError, InvalidInput, NotFound
from tokodesk.domain.ledger import EntryKind
from tokodesk.domain.log import Channel, Direction
from tokodesk.domain.money import MAX_RUPIAH, format_rupiah
from tokodesk.domain.orders import TERMINAL, OrderStatus
from tokodesk.services import audit
from tokodesk.services import log as log_service
from tokodesk.services.audit import Target
from tokodesk.services.context import Actor, Changes
from tokodesk.services.payments import append_entry, lock_order

FAULTS = ("shop", "customer", "courier")
FAULT_LABELS = {
    "shop": QT_TRANSLATE_NOOP("labels", "Kesalahan toko"),
    "customer": QT_TRANSLATE_NOOP("labels", "Kesalahan pelanggan"),
    "courier": QT_TRANSLATE_NOOP("labels", "Kesalahan kurir"),
}


@dataclass(frozen=True)
class ConfirmationInput:
    order_id: int
    channel: Channel
    confirmed_by: str  # who confirmed: the customer, or the person they sent
    text: str  # the exact details the customer confirmed
    confirmed_at: dt.datetime | None = None  # when the customer confirmed; None: now
    screenshot: log_service.FileInput | None = None


@dataclass(frozen=True)
class ConfirmationView:
    id: int
    channel: Channel
    confirmed_by: str
    confirmed_at: dt.datetime
    text: str
    log_entry_id: int
    staff: str
    recorded_at: dt.datetime


def _order(session: Session, order_id: int) -> Order:
    order = lock_order(session, order_id)
    if order is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Pesanan tidak ditemukan"))
    return order


def record_confirmation(
    session: Session, data: ConfirmationInput, *, actor: Actor, now: dt.datetime
) -> tuple[int, Changes]:
    order = _order(session, data.order_id)
    errors: list[FieldError] = []
    who, text = " ".join(data.confirmed_by.split()), data.text.strip()
    if not who:
        errors.append(
            FieldError("confirmed_by", QT_TRANSLATE_NOOP("errors", "Tulis siapa yang mengonfirmasi"))
        )
    elif len(who) > 120:
        errors.append(
            FieldError("confirmed_by", QT_TRANSLATE_NOOP("errors", "Nama yang mengonfirmasi terlalu panjang"))
        )
    if not text:
        errors.append(
            FieldError(
                "text",
                QT_TRANSLATE_NOOP(
                    "errors", "Tempel teks persis yang dikonfirmasi pelanggan (nama, ukuran, warna)"
                ),
            )
        )
    at = data.confirmed_at or now
    if at > now + dt.timedelta(minutes=5):
        errors.append(
            FieldError(
                "confirmed_at", QT_TRANSLATE_NOOP("errors", "Waktu konfirmasi tidak boleh di masa depan")
            )
        )
    if OrderStatus(order.status) in TERMINAL:
        errors.append(
            FieldError(
                "order", QT_TRANSLATE_NOOP("errors", "Pesanan ini sudah selesai; konfirmasi tidak diperlukan")
            )
        )
    if errors:
        raise InvalidInput(errors)
    log_id, _ = log_service.add_entry(
        session,
        log_service.LogInput(
            customer_id=order.customer_id,
            channel=data.channel,
            direction=Direction.IN,
            text=f"Konfirmasi detail pesanan {order.code} oleh {who}:\n{text}",
            order_id=order.id,
            happened_at=at,
            attachments=[data.screenshot] if data.screenshot else [],
        ),
        actor=actor,
        now=now,
        source="confirmation",
    )
    row = Confirmation(
        order_id=order.id,
        channel=str(data.channel),
        confirmed_by=who,
        confirmed_at=at,
        text=text,
        log_entry_id=log_id,
        recorded_at=now,
        staff_id=actor.staff_id,
    )
    session.add(row)
    session.flush()
    audit.record(
        session,
        actor,
        "order.confirmation",
        now=now,
        target=Target("order", order.id, order.code),
        detail=f"{who} via {data.channel}",
    )
    return row.id, Changes(orders=True, order_id=order.id, customer_id=order.customer_id)


def confirmations(session: Session, order_id: int) -> list[ConfirmationView]:
    rows = session.execute(
        select(Confirmation, Staff.name)
        .join(Staff, Staff.id == Confirmation.staff_id)
        .where(Confirmation.order_id == order_id)
        .order_by(Confirmation.id.desc())
    )
    return [
        ConfirmationView(
            c.id,
            Channel(c.channel),
            c.confirmed_by,
            c.confirmed_at,
            c.text,
            c.log_entry_id,
            name,
            c.recorded_at,
        )
        for c, name in rows
    ]


@dataclass(frozen=True)
class RemakeInput:
    order_id: int
    fault: str  # shop | customer | courier
    charge: int = 0  # 0: free
    note: str = ""


@dataclass(frozen=True)
class RemakeView:
    id: int
    fault: str
    charge: int
    note: str
    staff: str
    at: dt.datetime


def record_remake(
    session: Session, data: RemakeInput, *, actor: Actor, now: dt.datetime
) -> tuple[int, Changes]:
    """Record that the order is made again: whose error, free or charged.  A charge goes on
    the ledger as another charge; the shop's own error is always free."""
    order = _order(session, data.order_id)
    errors: list[FieldError] = []
    if data.fault not in FAULTS:
        errors.append(FieldError("fault", QT_TRANSLATE_NOOP("errors", "Pilih kesalahan siapa")))
    if data.charge < 0 or data.charge > MAX_RUPIAH:
        errors.append(FieldError("charge", QT_TRANSLATE_NOOP("errors", "Biaya buat ulang tidak masuk akal")))
    elif data.charge and data.fault == "shop":
        errors.append(
            FieldError(
                "charge",
                QT_TRANSLATE_NOOP("errors", "Kesalahan toko: buat ulang tanpa biaya untuk pelanggan"),
            )
        )
    if not data.note.strip():
        errors.append(
            FieldError("note", QT_TRANSLATE_NOOP("errors", "Tulis apa yang salah dan apa yang dibuat ulang"))
        )
    if OrderStatus(order.status) in (OrderStatus.CANCELLED, OrderStatus.FORFEITED):
        errors.append(
            FieldError("order", QT_TRANSLATE_NOOP("errors", "Pesanan yang batal tidak dibuat ulang"))
        )
    if errors:
        raise InvalidInput(errors)
    entry_id = None
    if data.charge:
        entry_id = append_entry(
            session,
            order.id,
            EntryKind.OTHER_CHARGE,
            data.charge,
            actor=actor,
            now=now,
            note=f"Biaya buat ulang: {data.note.strip()}",
        ).id
    price = format_rupiah(data.charge) if data.charge else "gratis"
    row = Remake(
        order_id=order.id,
        fault=data.fault,
        charge=data.charge,
        ledger_entry_id=entry_id,
        note=data.note.strip(),
        at=now,
        staff_id=actor.staff_id,
    )
    session.add(row)
    session.flush()
    audit.record(
        session,
        actor,
        "order.remake",
        now=now,
        target=Target("order", order.id, order.code),
        detail=f"{data.fault}, {price}: {data.note.strip()}",
    )
    return row.id, Changes(
        orders=True, ledger=bool(data.charge), order_id=order.id, customer_id=order.customer_id
    )


def remakes(session: Session, order_id: int) -> list[RemakeView]:
    rows = session.execute(
        select(Remake, Staff.name)
        .join(Staff, Staff.id == Remake.staff_id)
        .where(Remake.order_id == order_id)
        .order_by(Remake.id)
    )
    return [RemakeView(r.id, r.fault, r.charge, r.note, name, r.at) for r, name in rows]
