"""Shipments of delivery and COD orders, the daily follow-up list, COD cash still with the
courier, and delivery incidents (lost, not received, short claim, refused COD).

Order status and shipment status stay in step this way:

* a shipment is created *packed* or *shipped*; the order moves to ``shipped`` (through
  ``orders.move_order``) when one of its shipments first becomes ``shipped``, i.e. when the
  parcel leaves the shop.  The payment gates (a payment not yet cleared, the balance of a
  non-COD order) are checked at that moment;
* the order moves to ``delivered`` when a shipment of a ``shipped`` order is delivered;
* a resend (a new shipment linked by ``replaces_id``) of an order already shipped or
  delivered leaves the order's status as it is; returned and lost parcels do not change it
  (the order has no such status; the shipment and its incident tell the story).

Every write runs in the caller's transaction, adds its audit row and returns ``Changes``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tokodesk.db.models import (
    Attachment,
    Customer,
    Incident,
    LedgerEntry,
    Order,
    Shipment,
    ShipmentEvent,
    ShipmentPhoto,
    Staff,
)
from tokodesk.domain import shipping as rules
from tokodesk.domain.access import Permission
from tokodesk.domain.errors import QT_TRANSLATE_NOOP, DomainError, FieldError, InvalidInput, NotFound, invalid
from tokodesk.domain.ledger import EntryKind, PaymentMethod
from tokodesk.domain.log import Channel, Direction
from tokodesk.domain.money import format_rupiah
from tokodesk.domain.orders import Fulfilment, OrderStatus
from tokodesk.domain.shipping import Courier, Decision, Finding, IncidentKind, ShipmentStatus
from tokodesk.services import audit, payments, settings
from tokodesk.services import log as log_service
from tokodesk.services import orders as order_service
from tokodesk.services.access import require
from tokodesk.services.audit import Target
from tokodesk.services.context import Actor, Changes
from tokodesk.services.log import FileInput

SHIPPABLE = frozenset({Fulfilment.DELIVERY, Fulfilment.COD})
# the order may get a (further) parcel in these statuses; READY moves to SHIPPED
ORDER_CAN_SHIP = frozenset({OrderStatus.READY, OrderStatus.SHIPPED, OrderStatus.DELIVERED})
COMPLETED = (str(OrderStatus.COLLECTED), str(OrderStatus.DELIVERED))
FOLLOW_UP = "follow_up"  # a ShipmentEvent that is a message to the customer, not a status
DEFAULT_RETURN_LABEL = (
    "Pelanggan memegang label retur untuk paket duplikat: jika paket pertama datang juga, "
    "paket itu dikirim balik dengan label ini."
)


class ResiWarning(DomainError):
    """The resi does not look like the courier's.  Not an error: staff check it and, if it is
    right, save again with ``accept_resi_warning``.  Nothing was written."""

    def __init__(self, check: rules.ResiCheck) -> None:
        self.check = check
        super().__init__(check.template, **(check.params or {}))


class PendingPayment(DomainError):
    """The order has a payment that has not cleared: the parcel may not leave unless the
    owner goes ahead with a reason.  Nothing was written."""

    def __init__(self, pending: int) -> None:
        self.pending = pending
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "Ada pembayaran {pending} yang belum cair; paket belum boleh dikirim. Tunggu dananya "
                "masuk, atau pemilik meneruskan pengiriman dengan menuliskan alasannya.",
            ),
            pending=format_rupiah(pending),
        )


@dataclass(frozen=True)
class ShipmentInput:
    order_id: int
    courier: Courier
    weight_g: int
    service: str = ""
    resi: str = ""
    shipping_cost: int = 0
    cod_amount: int | None = None  # None: the order's balance (COD orders)
    insured: bool = False  # insurance / signature service
    photos: tuple[FileInput, ...] = ()
    note: str = ""
    status: ShipmentStatus = ShipmentStatus.SHIPPED  # packed: not yet handed to the courier
    # the customer pays the shipping: it is charged to the order (ongkos kirim) first
    charge_shipping: bool = False


# ---------------------------------------------------------------------------- helpers


def _order(session: Session, order_id: int) -> Order:
    order = session.get(Order, order_id)
    if order is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Pesanan tidak ditemukan"))
    return order


def _shipment(session: Session, shipment_id: int) -> Shipment:
    s = session.get(Shipment, shipment_id, with_for_update=True, populate_existing=True)
    if s is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Data pengiriman tidak ditemukan"))
    return s


def _target(order: Order) -> Target:
    return Target("order", order.id, order.code)


def _changes(order: Order, *, ledger: bool = False, customers: bool = False) -> Changes:
    return Changes(
        orders=True, ledger=ledger, customers=customers, order_id=order.id, customer_id=order.customer_id
    )


def _event(session: Session, shipment: Shipment, status: str, note: str, actor: Actor, now: dt.datetime):
    session.add(
        ShipmentEvent(
            shipment_id=shipment.id, status=status, at=now, staff_id=actor.staff_id, note=note.strip()
        )
    )


def _words(s: Shipment) -> str:
    courier = rules.COURIER_LABELS[Courier(s.courier)]
    return f"{courier} {s.service}".strip() + (f", resi {s.resi}" if s.resi else "")


def _store_photos(session: Session, photos, *, now: dt.datetime) -> tuple[list[Attachment], list[FieldError]]:
    files, errors = [], []
    for i, f in enumerate(photos):
        try:
            files.append(log_service.store_file(session, f, now=now, index=i))
        except InvalidInput as e:
            errors.extend(FieldError("photos", x.template, x.params) for x in e.errors)
    return files, errors


def _needs_photo(customer: Customer) -> bool:
    return customer.standing in ("questionable", "blacklisted")


def _has_completed_order(session: Session, customer_id: int) -> bool:
    return (
        session.scalar(
            select(Order.id).where(Order.customer_id == customer_id, Order.status.in_(COMPLETED)).limit(1)
        )
        is not None
    )


def _delivery_fee(session: Session, order_id: int) -> int:
    return session.scalar(
        select(func.coalesce(func.sum(LedgerEntry.amount), 0)).where(
            LedgerEntry.order_id == order_id, LedgerEntry.kind == str(EntryKind.DELIVERY_FEE)
        )
    )


def cod_upfront_needed(session: Session, order: Order) -> bool:
    """Must this COD order's shipping be paid up front before it ships (owner's setting, a
    customer without a completed order) and is it not yet?"""
    if order.fulfilment != str(Fulfilment.COD) or not settings.get(
        session, "shipping.cod_upfront_new_customers"
    ):
        return False
    if _has_completed_order(session, order.customer_id):
        return False
    fee = _delivery_fee(session, order.id)
    paid = payments.order_totals(session, order).paid
    return fee <= 0 or paid < fee


def _check_can_ship(session: Session, order: Order, override_reason: str) -> int:
    """The payment gates for a parcel leaving the shop; the pending amount when the owner's
    override will be needed (checked and audited by the move)."""
    t = payments.order_totals(session, order)
    if t.pending > 0 and not override_reason.strip():
        raise PendingPayment(t.pending)
    if order.fulfilment == str(Fulfilment.DELIVERY) and t.balance - t.pending > 0:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "errors", "Belum lunas: sisa {balance} harus dibayar sebelum dikirim (pesanan ini bukan COD)"
            ),
            balance=format_rupiah(t.balance - t.pending),
        )
    if cod_upfront_needed(session, order):
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Pelanggan COD ini belum punya pesanan yang selesai: ongkos kirim harus dibayar di muka. "
                "Catat ongkirnya sebagai biaya kirim, terima pembayarannya, lalu kirim paketnya.",
            )
        )
    return t.pending


def _ship_order(
    session: Session,
    order: Order,
    pending: int,
    *,
    actor: Actor,
    now: dt.datetime,
    override_reason: str,
    note: str,
) -> None:
    """The parcel left the shop: the order becomes shipped (once); a payment not yet cleared
    needs the owner's override with the reason, which is audited."""
    reason = override_reason.strip() if pending > 0 else ""
    if OrderStatus(order.status) in (OrderStatus.SHIPPED, OrderStatus.DELIVERED):
        if reason:  # a further parcel while money is pending: the same owner's call
            require(
                session,
                actor,
                Permission.OVERRIDE_PENDING,
                action="order.override_pending",
                now=now,
                target=_target(order),
            )
            words = f"{format_rupiah(pending)} belum cair; diteruskan oleh {actor.name}. Alasan: {reason}"
            audit.record(
                session, actor, "order.override_pending", now=now, target=_target(order), detail=words
            )
        return
    order_service.move_order(
        session, order.id, OrderStatus.SHIPPED, actor=actor, now=now, note=note, override_reason=reason
    )


# ---------------------------------------------------------------------------- shipments


def record_packed(
    session: Session,
    order: Order,
    *,
    courier: Courier,
    weight_g: int,
    shipping_cost: int,
    note: str,
    actor: Actor,
    now: dt.datetime,
) -> Shipment:
    """A parcel the shop has agreed to send but not yet handed to the courier (an accepted
    delivery offer).  Insured when the order is above the owner's value; the payment gates
    apply when it is marked shipped (``set_status``), as for any packed parcel; photos of the
    packed parcel are added with ``add_photos``."""
    insured = order.total > settings.get(session, "shipping.insure_above")
    shipment = Shipment(
        order_id=order.id,
        courier=str(Courier(courier)),
        service="",
        resi="",
        weight_g=weight_g,
        shipping_cost=shipping_cost,
        cod_amount=0,
        insured=insured,
        status=str(ShipmentStatus.PACKED),
        status_at=now,
        note=note.strip(),
        created_at=now,
        staff_id=actor.staff_id,
    )
    session.add(shipment)
    session.flush()
    _event(session, shipment, str(ShipmentStatus.PACKED), note, actor, now)
    words = f"{_words(shipment)}, {weight_g} g, ongkir {format_rupiah(shipping_cost)}, dikemas"
    audit.record(session, actor, "order.shipment", now=now, target=_target(order), detail=words)
    return shipment


@dataclass(frozen=True)
class ShipmentForm:
    """What the shipment form shows before anything is typed."""

    order_id: int
    order_code: str
    order_status: OrderStatus
    fulfilment: Fulfilment
    total: int
    balance: int
    pending: int
    customer_id: int
    customer_name: str
    standing: str
    standing_reason: str
    insure_above: int
    needs_photo: bool  # questionable / blacklisted customer
    needs_insurance: bool  # order value above the owner's threshold
    cod_default: int
    cod_upfront_needed: bool
    parcels: int  # shipments already recorded for the order


def shipment_form(session: Session, order_id: int) -> ShipmentForm:
    order = _order(session, order_id)
    customer = session.get(Customer, order.customer_id)
    t = payments.order_totals(session, order)
    limit = settings.get(session, "shipping.insure_above")
    is_cod = order.fulfilment == str(Fulfilment.COD)
    parcels = session.scalar(select(func.count(Shipment.id)).where(Shipment.order_id == order.id))
    return ShipmentForm(
        order.id,
        order.code,
        OrderStatus(order.status),
        Fulfilment(order.fulfilment),
        order.total,
        t.balance,
        t.pending,
        customer.id,
        customer.name,
        customer.standing,
        customer.standing_reason or "",
        limit,
        _needs_photo(customer),
        order.total > limit,
        max(t.balance - t.pending, 0) if is_cod else 0,
        cod_upfront_needed(session, order),
        parcels,
    )


def charge_shipping_fee(
    session: Session, order_id: int, amount: int, *, actor: Actor, now: dt.datetime, note: str = ""
) -> tuple[int, Changes]:
    """Charge the shipping to the customer (a delivery-fee ledger entry)."""
    order = payments.lock_order(session, order_id)
    if order is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Pesanan tidak ditemukan"))
    if amount <= 0:
        raise invalid("shipping_cost", QT_TRANSLATE_NOOP("errors", "Ongkos kirim harus lebih dari Rp0"))
    entry = payments.append_entry(
        session, order.id, EntryKind.DELIVERY_FEE, amount, actor=actor, now=now, note=note or "Ongkos kirim"
    )
    return entry.id, _changes(order, ledger=True)


def create_shipment(
    session: Session,
    data: ShipmentInput,
    *,
    actor: Actor,
    now: dt.datetime,
    accept_resi_warning: bool = False,
    override_reason: str = "",
) -> tuple[int, Changes]:
    """Record a parcel for a delivery or COD order (see the module's words on statuses).

    Refused, with nothing written: an order that is not shipped; a weight of 0 or less; a
    photo too large or not a picture; no photo for a questionable customer; no insurance or
    no photo above the owner's value threshold; a COD amount above the balance; a payment
    not yet cleared (unless the owner gives ``override_reason``); a non-COD order not paid in
    full; a new COD customer who has not paid the shipping up front (when the owner asks for
    it).  A resi that does not look like the courier's raises ``ResiWarning`` unless
    ``accept_resi_warning``."""
    order = payments.lock_order(session, data.order_id)
    if order is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Pesanan tidak ditemukan"))
    if Fulfilment(order.fulfilment) not in SHIPPABLE:
        raise DomainError(QT_TRANSLATE_NOOP("errors", "Pesanan ini diambil di toko, bukan dikirim"))
    if OrderStatus(order.status) not in ORDER_CAN_SHIP:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "errors", "Pesanan {code} belum siap dikirim; tandai «Siap» dulu, lalu catat paketnya"
            ),
            code=order.code,
        )
    status = ShipmentStatus(data.status)
    if status not in rules.START_STATUSES:
        raise ValueError(f"a new shipment starts packed or shipped, not {status}")
    customer = session.get(Customer, order.customer_id)
    errors: list[FieldError] = []
    if data.weight_g is None or data.weight_g <= 0:
        errors.append(
            FieldError("weight_g", QT_TRANSLATE_NOOP("errors", "Berat paket harus lebih dari 0 gram"))
        )
    if data.shipping_cost < 0:
        errors.append(
            FieldError("shipping_cost", QT_TRANSLATE_NOOP("errors", "Ongkos kirim tidak boleh minus"))
        )
    resi = rules.normalize_resi(data.resi)
    if len(resi) > rules.MAX_RESI:
        errors.append(FieldError("resi", QT_TRANSLATE_NOOP("errors", "Nomor resi terlalu panjang")))
    if status is ShipmentStatus.SHIPPED and not resi and Courier(data.courier) not in rules.NO_RESI:
        errors.append(
            FieldError(
                "resi",
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Isi nomor resi dari kurir, atau simpan sebagai «Dikemas» dulu dan isi resinya nanti",
                ),
            )
        )
    files, photo_errors = _store_photos(session, data.photos, now=now)
    errors.extend(photo_errors)
    limit = settings.get(session, "shipping.insure_above")
    if order.total > limit:
        if not data.insured:
            errors.append(
                FieldError(
                    "insured",
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Nilai pesanan {total} di atas {limit}: kirim dengan layanan asuransi/tanda tangan "
                        "dan centang «Diasuransikan»",
                    ),
                    {"total": format_rupiah(order.total), "limit": format_rupiah(limit)},
                )
            )
        if not data.photos:
            errors.append(
                FieldError(
                    "photos",
                    QT_TRANSLATE_NOOP(
                        "errors", "Nilai pesanan di atas {limit}: lampirkan foto paket yang sudah dikemas"
                    ),
                    {"limit": format_rupiah(limit)},
                )
            )
    if _needs_photo(customer) and not data.photos and order.total <= limit:
        errors.append(
            FieldError(
                "photos",
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Pelanggan {name} berstatus diragukan: pengiriman diblokir sampai foto paket "
                    "dilampirkan. Tambahkan foto paket yang sudah dikemas, lalu simpan lagi.",
                ),
                {"name": customer.name},
            )
        )
    is_cod = order.fulfilment == str(Fulfilment.COD)
    if not is_cod and data.cod_amount:
        errors.append(FieldError("cod_amount", QT_TRANSLATE_NOOP("errors", "Pesanan ini bukan COD")))
    if errors:
        raise InvalidInput(errors)
    check = rules.check_resi(Courier(data.courier), resi)
    if not check.ok and not accept_resi_warning:
        raise ResiWarning(check)

    if data.charge_shipping and data.shipping_cost > 0:
        charge_shipping_fee(session, order.id, data.shipping_cost, actor=actor, now=now)
    pending = 0
    if status is ShipmentStatus.SHIPPED:
        pending = _check_can_ship(session, order, override_reason)
        if pending and OrderStatus(order.status) is OrderStatus.READY:
            # the owner's right is checked before anything is written (the move audits it)
            require(
                session,
                actor,
                Permission.OVERRIDE_PENDING,
                action="order.override_pending",
                now=now,
                target=_target(order),
            )
    t = payments.order_totals(session, order)
    cod = 0
    if is_cod:
        owed = max(t.balance - t.pending, 0)
        cod = owed if data.cod_amount is None else data.cod_amount
        if cod < 0 or cod > owed:
            raise invalid(
                "cod_amount",
                QT_TRANSLATE_NOOP("errors", "Nilai COD {cod} tidak boleh melebihi sisa tagihan {owed}"),
                cod=format_rupiah(cod),
                owed=format_rupiah(owed),
            )
    shipment = Shipment(
        order_id=order.id,
        courier=str(Courier(data.courier)),
        service=data.service.strip()[:40],
        resi=resi,
        weight_g=data.weight_g,
        shipping_cost=data.shipping_cost,
        cod_amount=cod,
        insured=bool(data.insured),
        status=str(status),
        status_at=now,
        note=data.note.strip(),
        created_at=now,
        staff_id=actor.staff_id,
    )
    session.add(shipment)
    session.flush()
    for a in files:
        session.add(
            ShipmentPhoto(shipment_id=shipment.id, attachment_id=a.id, added_at=now, staff_id=actor.staff_id)
        )
    note = "" if check.ok else "resi dikonfirmasi walau bentuknya tidak biasa"
    _event(session, shipment, str(status), note, actor, now)
    words = f"{_words(shipment)}, {shipment.weight_g} g, ongkir {format_rupiah(shipment.shipping_cost)}"
    if cod:
        words += f", COD {format_rupiah(cod)}"
    if files:
        words += f", {len(files)} foto"
    if not check.ok:
        words += ", resi tidak biasa dikonfirmasi"
    audit.record(session, actor, "order.shipment", now=now, target=_target(order), detail=words)
    if status is ShipmentStatus.SHIPPED:
        _ship_order(
            session,
            order,
            pending,
            actor=actor,
            now=now,
            override_reason=override_reason,
            note=_words(shipment),
        )
    session.flush()
    return shipment.id, _changes(order, ledger=True)


def add_photos(
    session: Session, shipment_id: int, photos: list[FileInput], *, actor: Actor, now: dt.datetime
) -> Changes:
    """More photos of a parcel (evidence for a claim)."""
    shipment = _shipment(session, shipment_id)
    files, errors = _store_photos(session, photos, now=now)
    if errors:
        raise InvalidInput(errors)
    if not files:
        raise invalid("photos", QT_TRANSLATE_NOOP("errors", "Pilih foto paketnya dulu"))
    for a in files:
        session.add(
            ShipmentPhoto(shipment_id=shipment.id, attachment_id=a.id, added_at=now, staff_id=actor.staff_id)
        )
    order = _order(session, shipment.order_id)
    audit.record(
        session, actor, "order.shipment_photo", now=now, target=_target(order), detail=f"{len(files)} foto"
    )
    session.flush()
    return _changes(order)


def set_status(
    session: Session,
    shipment_id: int,
    status: ShipmentStatus,
    note: str = "",
    *,
    actor: Actor,
    now: dt.datetime,
    override_reason: str = "",
) -> Changes:
    """Move a parcel along (packed → shipped → in transit → delivered, returned, lost).  Leaving
    the shop runs the payment gates and ships the order; delivered delivers it."""
    shipment = _shipment(session, shipment_id)
    order = payments.lock_order(session, shipment.order_id)
    status = ShipmentStatus(status)
    rules.check_change(ShipmentStatus(shipment.status), status)
    if (
        status is ShipmentStatus.SHIPPED
        and not shipment.resi
        and Courier(shipment.courier) not in rules.NO_RESI
    ):
        raise invalid("resi", QT_TRANSLATE_NOOP("errors", "Isi nomor resi dari kurir sebelum paket dikirim"))
    pending = _check_can_ship(session, order, override_reason) if status is ShipmentStatus.SHIPPED else 0
    old = ShipmentStatus(shipment.status)
    shipment.status = str(status)
    shipment.status_at = now
    _event(session, shipment, str(status), note, actor, now)
    words = f"{_words(shipment)}: {rules.STATUS_LABELS[old]} → {rules.STATUS_LABELS[status]}"
    if note.strip():
        words += f" — {note.strip()}"
    audit.record(session, actor, "order.shipment_status", now=now, target=_target(order), detail=words)
    if status is ShipmentStatus.SHIPPED:
        _ship_order(
            session,
            order,
            pending,
            actor=actor,
            now=now,
            override_reason=override_reason,
            note=_words(shipment),
        )
    elif status is ShipmentStatus.DELIVERED and order.status == str(OrderStatus.SHIPPED):
        order_service.move_order(
            session, order.id, OrderStatus.DELIVERED, actor=actor, now=now, note=_words(shipment)
        )
    session.flush()
    return _changes(order)


def set_resi(
    session: Session,
    shipment_id: int,
    resi: str,
    *,
    actor: Actor,
    now: dt.datetime,
    accept_resi_warning=False,
) -> Changes:
    """Fill in (or correct) the resi of a parcel."""
    shipment = _shipment(session, shipment_id)
    r = rules.normalize_resi(resi)
    if not r or len(r) > rules.MAX_RESI:
        raise invalid("resi", QT_TRANSLATE_NOOP("errors", "Isi nomor resi dari kurir"))
    check = rules.check_resi(Courier(shipment.courier), r)
    if not check.ok and not accept_resi_warning:
        raise ResiWarning(check)
    before = shipment.resi
    shipment.resi = r
    order = _order(session, shipment.order_id)
    _event(session, shipment, shipment.status, f"resi {before or '—'} → {r}", actor, now)
    audit.record(
        session, actor, "order.shipment", now=now, target=_target(order), detail=f"resi {before or '—'} → {r}"
    )
    session.flush()
    return _changes(order)


# ---------------------------------------------------------------------------- reading


@dataclass(frozen=True)
class PhotoView:
    attachment_id: int
    filename: str
    mime: str
    size: int


@dataclass(frozen=True)
class EventView:
    status: str
    at: dt.datetime
    staff: str
    note: str


@dataclass(frozen=True)
class ShipmentView:
    id: int
    order_id: int
    order_code: str
    customer_id: int
    customer_name: str
    customer_standing: str
    courier: Courier
    service: str
    resi: str
    tracking_url: str | None
    weight_g: int
    shipping_cost: int
    cod_amount: int
    insured: bool
    status: ShipmentStatus
    status_at: dt.datetime
    followed_up_at: dt.datetime | None
    replaces_id: int | None
    return_label_note: str
    cod_received_at: dt.datetime | None
    note: str
    created_at: dt.datetime
    staff: str
    photos: list[PhotoView] = field(default_factory=list)
    events: list[EventView] = field(default_factory=list)
    incident_ids: list[int] = field(default_factory=list)


def shipment_view(session: Session, shipment_id: int) -> ShipmentView:
    """One parcel with its recorded weight, photos and history (what a short claim is checked
    against)."""
    s = session.get(Shipment, shipment_id)
    if s is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Data pengiriman tidak ditemukan"))
    order = _order(session, s.order_id)
    customer = session.get(Customer, order.customer_id)
    photos = [
        PhotoView(a.id, a.filename, a.mime, a.size)
        for a in session.scalars(
            select(Attachment)
            .join(ShipmentPhoto, ShipmentPhoto.attachment_id == Attachment.id)
            .where(ShipmentPhoto.shipment_id == s.id)
            .order_by(ShipmentPhoto.id)
        )
    ]
    events = [
        EventView(st, at, name, note)
        for st, at, name, note in session.execute(
            select(ShipmentEvent.status, ShipmentEvent.at, Staff.name, ShipmentEvent.note)
            .join(Staff, Staff.id == ShipmentEvent.staff_id)
            .where(ShipmentEvent.shipment_id == s.id)
            .order_by(ShipmentEvent.id)
        )
    ]
    incidents = list(
        session.scalars(select(Incident.id).where(Incident.shipment_id == s.id).order_by(Incident.id))
    )
    staff = session.get(Staff, s.staff_id)
    return ShipmentView(
        s.id,
        order.id,
        order.code,
        customer.id,
        customer.name,
        customer.standing,
        Courier(s.courier),
        s.service,
        s.resi,
        rules.tracking_url(Courier(s.courier), s.resi),
        s.weight_g,
        s.shipping_cost,
        s.cod_amount,
        s.insured,
        ShipmentStatus(s.status),
        s.status_at,
        s.followed_up_at,
        s.replaces_id,
        s.return_label_note,
        s.cod_received_at,
        s.note,
        s.created_at,
        staff.name if staff else "",
        photos,
        events,
        incidents,
    )


def order_shipments(session: Session, order_id: int) -> list[ShipmentView]:
    ids = session.scalars(select(Shipment.id).where(Shipment.order_id == order_id).order_by(Shipment.id))
    return [shipment_view(session, i) for i in ids]


# ---------------------------------------------------------------------------- follow-ups


@dataclass(frozen=True)
class FollowUpRow:
    shipment_id: int
    order_id: int
    order_code: str
    customer_id: int
    customer_name: str
    whatsapp: str
    courier: Courier
    service: str
    resi: str
    tracking_url: str | None
    status: ShipmentStatus
    shipped_at: dt.datetime
    followed_up_at: dt.datetime | None
    last_contact: dt.datetime
    days_since: int  # days since the customer last heard about the parcel


def follow_ups(session: Session, today: dt.date) -> list[FollowUpRow]:
    """Parcels on their way (shipped, in transit), the one whose customer heard from the shop
    longest ago first (the last follow-up, else the shipping time)."""
    shipped_at = (
        select(ShipmentEvent.shipment_id, func.min(ShipmentEvent.at).label("at"))
        .where(ShipmentEvent.status == str(ShipmentStatus.SHIPPED))
        .group_by(ShipmentEvent.shipment_id)
        .subquery()
    )
    stmt = (
        select(Shipment, Order.code, Customer.id, Customer.name, Customer.whatsapp, shipped_at.c.at)
        .join(Order, Order.id == Shipment.order_id)
        .join(Customer, Customer.id == Order.customer_id)
        .outerjoin(shipped_at, shipped_at.c.shipment_id == Shipment.id)
        .where(Shipment.status.in_([str(s) for s in rules.ON_THE_WAY]))
    )
    rows = []
    for s, code, cid, name, wa, at in session.execute(stmt):
        sent = at or s.created_at
        last = rules.last_contact(s.followed_up_at, sent)
        rows.append(
            FollowUpRow(
                s.id,
                s.order_id,
                code,
                cid,
                name,
                wa,
                Courier(s.courier),
                s.service,
                s.resi,
                rules.tracking_url(Courier(s.courier), s.resi),
                ShipmentStatus(s.status),
                sent,
                s.followed_up_at,
                last,
                rules.days_since(last, today),
            )
        )
    return rules.follow_up_order(rows, key=lambda r: (r.last_contact, r.shipment_id))


def follow_up_message(row: FollowUpRow, shop_name: str = "") -> str:
    """A polite update for the customer carrying the resi and the tracking link."""
    courier = rules.COURIER_LABELS[row.courier]
    lines = [
        f"Halo Kak {row.customer_name},",
        "",
        f"Kami ingin mengabarkan pesanan {row.order_code} sedang dalam perjalanan bersama {courier}"
        + (f" ({row.service})" if row.service else "")
        + ".",
    ]
    if row.resi:
        lines.append(f"Nomor resi: {row.resi}")
    if row.tracking_url:
        lines.append(f"Lacak paket: {row.tracking_url}")
    lines += [
        "",
        "Jika paket sudah diterima, mohon kabari kami ya. Bila ada kendala, silakan balas pesan ini.",
        "Terima kasih" + (f" — {shop_name}" if shop_name else "") + " 🙏",
    ]
    return "\n".join(lines)


def compose_follow_up(session: Session, shipment_id: int, today: dt.date) -> tuple[FollowUpRow, str]:
    """The follow-up row of one parcel and its message, with the shop's name."""
    row = next((r for r in follow_ups(session, today) if r.shipment_id == shipment_id), None)
    if row is None:
        raise DomainError(QT_TRANSLATE_NOOP("errors", "Paket ini tidak sedang dalam perjalanan"))
    return row, follow_up_message(row, settings.get(session, "shop.name"))


def record_follow_up(
    session: Session, shipment_id: int, channel: Channel, text: str, *, actor: Actor, now: dt.datetime
) -> tuple[int, Changes]:
    """The update went to the customer: log it (communication log) and note the time."""
    shipment = _shipment(session, shipment_id)
    order = _order(session, shipment.order_id)
    entry_id, _ = log_service.add_entry(
        session,
        log_service.LogInput(
            customer_id=order.customer_id,
            channel=Channel(channel),
            direction=Direction.OUT,
            text=text,
            order_id=order.id,
        ),
        actor=actor,
        now=now,
        source=FOLLOW_UP,
    )
    shipment.followed_up_at = now
    _event(session, shipment, FOLLOW_UP, f"{channel}: log #{entry_id}", actor, now)
    audit.record(
        session,
        actor,
        "order.follow_up",
        now=now,
        target=_target(order),
        detail=f"{channel}, {_words(shipment)}",
    )
    session.flush()
    return entry_id, Changes(orders=True, customers=True, order_id=order.id, customer_id=order.customer_id)


# ---------------------------------------------------------------------------- COD


@dataclass(frozen=True)
class CodRow:
    shipment_id: int
    order_id: int
    order_code: str
    customer_name: str
    courier: Courier
    resi: str
    cod_amount: int
    delivered_at: dt.datetime
    days_waiting: int


@dataclass(frozen=True)
class CodOutstanding:
    rows: list[CodRow]
    total: int
    by_courier: dict[Courier, int]


def cod_outstanding(session: Session, today: dt.date | None = None) -> CodOutstanding:
    """COD parcels delivered whose cash the courier has not yet passed to the shop, oldest
    first, with the total and the total per courier."""
    stmt = (
        select(Shipment, Order.code, Customer.name)
        .join(Order, Order.id == Shipment.order_id)
        .join(Customer, Customer.id == Order.customer_id)
        .where(
            Shipment.status == str(ShipmentStatus.DELIVERED),
            Shipment.cod_amount > 0,
            Shipment.cod_received_at.is_(None),
        )
        .order_by(Shipment.status_at, Shipment.id)
    )
    rows, by_courier = [], {}
    for s, code, name in session.execute(stmt):
        c = Courier(s.courier)
        days = rules.days_since(s.status_at, today) if today else 0
        rows.append(CodRow(s.id, s.order_id, code, name, c, s.resi, s.cod_amount, s.status_at, days))
        by_courier[c] = by_courier.get(c, 0) + s.cod_amount
    return CodOutstanding(rows, sum(r.cod_amount for r in rows), by_courier)


def mark_cod_received(
    session: Session, shipment_id: int, *, actor: Actor, now: dt.datetime
) -> tuple[int, Changes]:
    """The courier passed the COD cash to the shop: a payment (method COD) in the ledger."""
    shipment = _shipment(session, shipment_id)
    if shipment.cod_amount <= 0:
        raise DomainError(QT_TRANSLATE_NOOP("errors", "Paket ini bukan COD"))
    if shipment.cod_received_at is not None:
        raise DomainError(QT_TRANSLATE_NOOP("errors", "Uang COD paket ini sudah dicatat diterima"))
    if shipment.status != str(ShipmentStatus.DELIVERED):
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "errors", "Paket belum tercatat diterima pelanggan; uang COD belum bisa dicatat"
            )
        )
    entry_id, _ = payments.record_payment(
        session,
        payments.PaymentInput(
            shipment.order_id,
            shipment.cod_amount,
            PaymentMethod.COD,
            note=f"COD {_words(shipment)}",
        ),
        actor=actor,
        now=now,
    )
    shipment.cod_received_at = now
    shipment.cod_entry_id = entry_id
    order = _order(session, shipment.order_id)
    _event(session, shipment, "cod_received", f"entri #{entry_id}", actor, now)
    audit.record(
        session,
        actor,
        "order.cod_received",
        now=now,
        target=_target(order),
        detail=f"{format_rupiah(shipment.cod_amount)}, {_words(shipment)}",
    )
    session.flush()
    return entry_id, _changes(order, ledger=True)


# ---------------------------------------------------------------------------- incidents


@dataclass(frozen=True)
class ResendInput:
    courier: Courier
    resi: str = ""
    service: str = ""
    weight_g: int | None = None  # None: the original parcel's weight
    shipping_cost: int = 0


@dataclass(frozen=True)
class IncidentInput:
    shipment_id: int
    kind: IncidentKind
    decision: Decision = Decision.OPEN
    cost: int | None = None  # what it cost the shop; None: worked out from the decision
    note: str = ""
    resend: ResendInput | None = None
    return_label_note: str = ""  # lost → resend: the return label the customer holds
    refund_amount: int = 0
    refund_method: PaymentMethod = PaymentMethod.TRANSFER


@dataclass(frozen=True)
class IncidentResult:
    incident_id: int
    new_shipment_id: int | None = None
    refund_entry_id: int | None = None
    suggest_standing: bool = False  # a refused COD: the owner may flag the customer
    evidence: ShipmentView | None = None  # a short claim: the recorded weight and photos


def record_incident(
    session: Session,
    data: IncidentInput,
    *,
    actor: Actor,
    now: dt.datetime,
    accept_resi_warning: bool = False,
) -> tuple[IncidentResult, Changes]:
    """Record a delivery incident with its decision and cost:

    * lost → resend: a new shipment linked to the lost one, with the note of the return label
      the customer holds for the duplicate; the lost parcel is marked lost;
    * not received → resend, refund (a refund in the ledger; owner) or decline;
    * short claim → the recorded weight and photos come back for checking;
    * refused COD → the shipping is the shop's loss (the cost), the parcel is returned, and
      the customer is a candidate for the owner's standing review."""
    shipment = _shipment(session, data.shipment_id)
    order = payments.lock_order(session, shipment.order_id)
    kind, decision = IncidentKind(data.kind), Decision(data.decision)
    rules.check_incident_status(kind, ShipmentStatus(shipment.status))
    rules.check_decision(kind, decision)
    if data.cost is not None and data.cost < 0:
        raise invalid("cost", QT_TRANSLATE_NOOP("errors", "Biaya tidak boleh minus"))
    if kind is IncidentKind.COD_REFUSED and shipment.cod_amount <= 0:
        raise DomainError(QT_TRANSLATE_NOOP("errors", "Paket ini bukan COD"))
    cost = data.cost
    new_id = refund_id = None
    if decision is Decision.RESEND:
        if data.resend is None:
            raise invalid("resend", QT_TRANSLATE_NOOP("errors", "Isi data paket pengganti (kurir, berat)"))
        new_id = _resend(
            session, shipment, data, actor=actor, now=now, accept_resi_warning=accept_resi_warning
        )
        if cost is None:
            cost = data.resend.shipping_cost
        if kind is IncidentKind.LOST and shipment.status != str(ShipmentStatus.LOST):
            set_status(
                session, shipment.id, ShipmentStatus.LOST, "hilang; dikirim ulang", actor=actor, now=now
            )
    elif decision is Decision.REFUND:
        require(session, actor, Permission.REVERSAL, action="order.incident", now=now, target=_target(order))
        paid = payments.order_totals(session, order).paid
        if data.refund_amount <= 0 or data.refund_amount > paid:
            raise invalid(
                "refund_amount",
                QT_TRANSLATE_NOOP(
                    "errors", "Jumlah pengembalian harus lebih dari Rp0 dan paling banyak {paid}"
                ),
                paid=format_rupiah(paid),
            )
        entry = payments.refund_as_compensation(
            session,
            order.id,
            data.refund_amount,
            PaymentMethod(data.refund_method),
            f"{rules.INCIDENT_LABELS[kind]}: {data.note}".strip(": "),
            actor=actor,
            now=now,
        )
        refund_id = entry.id
        if cost is None:
            cost = data.refund_amount
    if kind is IncidentKind.COD_REFUSED:
        if cost is None:
            cost = shipment.shipping_cost
        if shipment.status != str(ShipmentStatus.RETURNED):
            set_status(session, shipment.id, ShipmentStatus.RETURNED, "COD ditolak", actor=actor, now=now)
    if (
        kind is IncidentKind.LOST
        and decision is not Decision.RESEND
        and shipment.status != str(ShipmentStatus.LOST)
    ):
        set_status(session, shipment.id, ShipmentStatus.LOST, data.note, actor=actor, now=now)
    incident = Incident(
        order_id=order.id,
        shipment_id=shipment.id,
        customer_id=order.customer_id,
        kind=str(kind),
        decision=str(decision),
        finding=str(Finding.OPEN),
        cost=cost or 0,
        new_shipment_id=new_id,
        note=data.note.strip(),
        at=now,
        staff_id=actor.staff_id,
    )
    session.add(incident)
    session.flush()
    words = f"{rules.INCIDENT_LABELS[kind]} — {rules.DECISION_LABELS[decision]}"
    words += f", biaya {format_rupiah(incident.cost)}"
    if data.note.strip():
        words += f" — {data.note.strip()}"
    audit.record(session, actor, "order.incident", now=now, target=_target(order), detail=words)
    result = IncidentResult(
        incident.id,
        new_shipment_id=new_id,
        refund_entry_id=refund_id,
        suggest_standing=kind is IncidentKind.COD_REFUSED,
        evidence=shipment_view(session, shipment.id) if kind is IncidentKind.SHORT_CLAIM else None,
    )
    return result, Changes(
        orders=True,
        ledger=refund_id is not None,
        customers=True,
        order_id=order.id,
        customer_id=order.customer_id,
    )


def _resend(
    session: Session,
    original: Shipment,
    data: IncidentInput,
    *,
    actor: Actor,
    now: dt.datetime,
    accept_resi_warning,
) -> int:
    label = data.return_label_note.strip()
    if not label and IncidentKind(data.kind) is IncidentKind.LOST:
        label = DEFAULT_RETURN_LABEL
    return resend_parcel(
        session,
        original.id,
        data.resend,
        return_label_note=label,
        actor=actor,
        now=now,
        accept_resi_warning=accept_resi_warning,
    )


def resend_parcel(
    session: Session,
    shipment_id: int,
    r: ResendInput,
    *,
    return_label_note: str = "",
    reason: str = "",
    actor: Actor,
    now: dt.datetime,
    accept_resi_warning: bool = False,
) -> int:
    """The replacement parcel: shipped at once, linked to the one it replaces.  The order is
    already shipped or delivered, so its status stays; the payment gates were passed when the
    first parcel left.  Used by delivery incidents and by complaint cases."""
    original = _shipment(session, shipment_id)
    weight = original.weight_g if r.weight_g is None else r.weight_g
    rules.check_weight(weight)
    if r.shipping_cost < 0:
        raise invalid("shipping_cost", QT_TRANSLATE_NOOP("errors", "Ongkos kirim tidak boleh minus"))
    resi = rules.normalize_resi(r.resi)
    check = rules.check_resi(Courier(r.courier), resi)
    if not check.ok and not accept_resi_warning:
        raise ResiWarning(check)
    new = Shipment(
        order_id=original.order_id,
        courier=str(Courier(r.courier)),
        service=r.service.strip()[:40],
        resi=resi,
        weight_g=weight,
        shipping_cost=r.shipping_cost,
        cod_amount=0,  # the replacement is the shop's; COD cash is the original's business
        insured=original.insured,
        status=str(ShipmentStatus.SHIPPED),
        status_at=now,
        replaces_id=original.id,
        return_label_note=return_label_note.strip(),
        note=f"Pengganti paket #{original.id}" + (f" ({reason})" if reason else ""),
        created_at=now,
        staff_id=actor.staff_id,
    )
    session.add(new)
    session.flush()
    _event(session, new, str(ShipmentStatus.SHIPPED), f"pengganti paket #{original.id}", actor, now)
    order = _order(session, original.order_id)
    audit.record(
        session,
        actor,
        "order.shipment",
        now=now,
        target=_target(order),
        detail=f"kirim ulang: {_words(new)}, mengganti paket #{original.id}"
        + (f" ({reason})" if reason else ""),
    )
    return new.id


def set_finding(
    session: Session, incident_id: int, finding: Finding, note: str = "", *, actor: Actor, now: dt.datetime
) -> Changes:
    """The owner decides whether the customer's claim was true (an untrue claim feeds the
    standing suggestions)."""
    incident = session.get(Incident, incident_id, with_for_update=True, populate_existing=True)
    if incident is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Catatan masalah pengiriman tidak ditemukan"))
    order = _order(session, incident.order_id)
    require(
        session,
        actor,
        Permission.CUSTOMER_STANDING,
        action="order.incident_finding",
        now=now,
        target=_target(order),
    )
    finding = Finding(finding)
    if finding is Finding.UNTRUE and not note.strip():
        raise invalid("note", QT_TRANSLATE_NOOP("errors", "Tulis alasan klaim dinilai tidak benar"))
    incident.finding = str(finding)
    if note.strip():
        incident.note = f"{incident.note}\n{note.strip()}".strip()
    audit.record(
        session,
        actor,
        "order.incident_finding",
        now=now,
        target=_target(order),
        detail=f"{rules.INCIDENT_LABELS[IncidentKind(incident.kind)]}: {rules.FINDING_LABELS[finding]}"
        + (f" — {note.strip()}" if note.strip() else ""),
    )
    session.flush()
    return Changes(orders=True, customers=True, order_id=order.id, customer_id=order.customer_id)
