"""The order's life: statuses, the allowed moves between them, and the rules that guard them.

    draft → confirmed → in_production → ready → collected            (pickup at the shop)
                      ↘ ready (stock goods)    ↘ shipped → delivered  (delivery, COD)
    draft/confirmed/in_production/ready → cancelled
    ready → forfeited   (not collected in time: the deposit is kept)

``can_move`` answers with a reason; ``check_move`` raises it as a ``DomainError``.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from tokodesk.domain.dates import format_date
from tokodesk.domain.errors import QT_TRANSLATE_NOOP, DomainError, invalid
from tokodesk.domain.money import format_rupiah

LABELS = "labels"


class OrderStatus(enum.StrEnum):
    DRAFT = "draft"
    CONFIRMED = "confirmed"
    IN_PRODUCTION = "in_production"
    READY = "ready"
    COLLECTED = "collected"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"
    FORFEITED = "forfeited"


class Fulfilment(enum.StrEnum):
    PICKUP = "pickup"
    DELIVERY = "delivery"
    COD = "cod"


STATUS_LABELS: dict[OrderStatus, str] = {
    OrderStatus.DRAFT: QT_TRANSLATE_NOOP("labels", "Draf"),
    OrderStatus.CONFIRMED: QT_TRANSLATE_NOOP("labels", "Dikonfirmasi"),
    OrderStatus.IN_PRODUCTION: QT_TRANSLATE_NOOP("labels", "Diproduksi"),
    OrderStatus.READY: QT_TRANSLATE_NOOP("labels", "Siap diambil"),
    OrderStatus.COLLECTED: QT_TRANSLATE_NOOP("labels", "Sudah diambil"),
    OrderStatus.SHIPPED: QT_TRANSLATE_NOOP("labels", "Dikirim"),
    OrderStatus.DELIVERED: QT_TRANSLATE_NOOP("labels", "Diterima"),
    OrderStatus.CANCELLED: QT_TRANSLATE_NOOP("labels", "Dibatalkan"),
    OrderStatus.FORFEITED: QT_TRANSLATE_NOOP("labels", "Hangus (DP ditahan)"),
}

FULFILMENT_LABELS: dict[Fulfilment, str] = {
    Fulfilment.PICKUP: QT_TRANSLATE_NOOP("labels", "Ambil di toko"),
    Fulfilment.DELIVERY: QT_TRANSLATE_NOOP("labels", "Dikirim"),
    Fulfilment.COD: QT_TRANSLATE_NOOP("labels", "COD (bayar di tempat)"),
}

TRANSITIONS: dict[OrderStatus, tuple[OrderStatus, ...]] = {
    OrderStatus.DRAFT: (OrderStatus.CONFIRMED, OrderStatus.CANCELLED),
    OrderStatus.CONFIRMED: (OrderStatus.IN_PRODUCTION, OrderStatus.READY, OrderStatus.CANCELLED),
    OrderStatus.IN_PRODUCTION: (OrderStatus.READY, OrderStatus.CANCELLED),
    OrderStatus.READY: (
        OrderStatus.COLLECTED,
        OrderStatus.SHIPPED,
        OrderStatus.CANCELLED,
        OrderStatus.FORFEITED,
    ),
    OrderStatus.SHIPPED: (OrderStatus.DELIVERED,),
    OrderStatus.COLLECTED: (),
    OrderStatus.DELIVERED: (),
    OrderStatus.CANCELLED: (),
    OrderStatus.FORFEITED: (),
}

# Reached only by the daily rule (pickup timeline), never by a button at the counter.
AUTOMATIC_ONLY = frozenset({OrderStatus.FORFEITED})
TERMINAL = frozenset(s for s, nxt in TRANSITIONS.items() if not nxt)
OPEN = frozenset(OrderStatus) - TERMINAL
# A cancelled or forfeited order is not billed: what was never paid is not a debt.
NOT_BILLED = frozenset({OrderStatus.CANCELLED, OrderStatus.FORFEITED})


def amount_due(status: OrderStatus, balance: int) -> int | None:
    """What to ask the customer for: the balance, or None for an order that is not billed."""
    return None if status in NOT_BILLED else balance


@dataclass(frozen=True)
class OrderFacts:
    """What the move rules need to know about an order."""

    status: OrderStatus
    fulfilment: Fulfilment
    total: int
    paid: int
    pending: int
    balance: int
    minimum_deposit: int
    has_custom_details: bool
    confirmed: bool = True  # the customer confirmed the custom details in writing


@dataclass(frozen=True)
class Verdict:
    ok: bool
    template: str = ""
    params: dict[str, object] | None = None

    def error(self) -> DomainError:
        return DomainError(self.template, **(self.params or {}))


def _no(template: str, **params: object) -> Verdict:
    return Verdict(False, template, params)


def can_move(facts: OrderFacts, target: OrderStatus) -> Verdict:
    """May an order with ``facts`` move to ``target``?  If not, say why in the shop's words."""
    src = facts.status
    if target not in TRANSITIONS[src]:
        if src in TERMINAL:
            return _no(
                QT_TRANSLATE_NOOP("errors", "Pesanan sudah «{src}»; statusnya tidak bisa diubah lagi"),
                src=STATUS_LABELS[src],
            )
        return _no(
            QT_TRANSLATE_NOOP("errors", "Status «{src}» tidak bisa langsung menjadi «{dst}»"),
            src=STATUS_LABELS[src],
            dst=STATUS_LABELS[target],
        )
    if target is OrderStatus.IN_PRODUCTION and facts.paid < facts.minimum_deposit:
        return _no(
            QT_TRANSLATE_NOOP(
                "errors", "Belum bisa diproduksi: DP minimal {minimum} belum masuk (baru {paid})"
            ),
            minimum=format_rupiah(facts.minimum_deposit),
            paid=format_rupiah(facts.paid),
        )
    if target is OrderStatus.IN_PRODUCTION and facts.has_custom_details and not facts.confirmed:
        return _no(
            QT_TRANSLATE_NOOP(
                "errors",
                "Detail custom belum dikonfirmasi pelanggan secara tertulis; catat konfirmasinya dulu "
                "(tombol «Konfirmasi detail»)",
            )
        )
    if target is OrderStatus.READY and src is OrderStatus.CONFIRMED and facts.has_custom_details:
        return _no(QT_TRANSLATE_NOOP("errors", "Pesanan custom harus diproduksi dulu sebelum siap diambil"))
    if target in (OrderStatus.COLLECTED, OrderStatus.SHIPPED) and facts.pending:
        return _no(
            QT_TRANSLATE_NOOP("errors", "Ada pembayaran {pending} yang belum cair; tunggu sampai dana masuk"),
            pending=format_rupiah(facts.pending),
        )
    if target is OrderStatus.COLLECTED:
        if facts.fulfilment is not Fulfilment.PICKUP:
            return _no(QT_TRANSLATE_NOOP("errors", "Pesanan ini dikirim, bukan diambil di toko"))
        if facts.balance > 0:
            return _no(
                QT_TRANSLATE_NOOP("errors", "Belum lunas: sisa {balance} harus dibayar sebelum diambil"),
                balance=format_rupiah(facts.balance),
            )
    if target is OrderStatus.SHIPPED:
        if facts.fulfilment is Fulfilment.PICKUP:
            return _no(QT_TRANSLATE_NOOP("errors", "Pesanan ini diambil di toko, bukan dikirim"))
        if facts.fulfilment is Fulfilment.DELIVERY and facts.balance > 0:
            return _no(
                QT_TRANSLATE_NOOP("errors", "Belum lunas: sisa {balance} harus dibayar sebelum dikirim"),
                balance=format_rupiah(facts.balance),
            )
    return Verdict(True)


def check_move(facts: OrderFacts, target: OrderStatus) -> None:
    verdict = can_move(facts, target)
    if not verdict.ok:
        raise verdict.error()


def next_statuses(
    status: OrderStatus, *, manual: bool = True, fulfilment: Fulfilment | None = None
) -> tuple[OrderStatus, ...]:
    """Where an order may go from ``status``; ``manual`` leaves out moves only rules make, and a
    ``fulfilment`` leaves out the hand-over that does not apply (no shipping for a pickup)."""
    targets = TRANSITIONS[status]
    if fulfilment is Fulfilment.PICKUP:
        targets = tuple(t for t in targets if t is not OrderStatus.SHIPPED)
    elif fulfilment is not None:
        targets = tuple(t for t in targets if t is not OrderStatus.COLLECTED)
    return tuple(t for t in targets if not (manual and t in AUTOMATIC_ONLY))


def check_pickup_date(pickup: dt.date, today: dt.date, *, field: str = "pickup_date") -> None:
    """A new order's agreed pickup date (tanggal ambil) may not be in the past."""
    if pickup < today:
        raise invalid(
            field,
            QT_TRANSLATE_NOOP("errors", "Tanggal ambil tidak boleh sebelum hari ini ({today})"),
            today=format_date(today),
        )


def format_order_code(prefix: str, day: dt.date, number: int) -> str:
    """``TD-2611-0042``: shop prefix, year and month the order was taken, a monthly number."""
    return f"{prefix}-{day:%y%m}-{number:04d}"


def month_key(day: dt.date) -> str:
    return f"{day:%y%m}"
