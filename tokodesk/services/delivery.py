"""Offering delivery for a ready pickup order the customer has not come for (see
``tokodesk.domain.delivery``): the owner's fee table, the offer with every cost spelled out
(sent by WhatsApp and logged, or e-mailed through the outbox), and the customer's answer.

Acceptance is one transaction: the storage fee accrued up to that day is charged (and stops
there: the order is no longer a pickup), the delivery and packing fees go into the ledger,
the order becomes a delivery and a packed parcel is recorded for it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from tokodesk import catalogue
from tokodesk.db.models import DeliveryOffer, Order, Staff
from tokodesk.domain import delivery as rules
from tokodesk.domain import messages
from tokodesk.domain.access import Permission
from tokodesk.domain.dates import format_date
from tokodesk.domain.delivery import DeliveryRate, OfferCosts, OfferStatus
from tokodesk.domain.errors import QT_TRANSLATE_NOOP, DomainError, FieldError, InvalidInput, NotFound
from tokodesk.domain.ledger import EntryKind
from tokodesk.domain.log import Channel, Direction
from tokodesk.domain.money import format_rupiah
from tokodesk.domain.orders import Fulfilment, OrderStatus
from tokodesk.domain.shipping import COURIER_LABELS, Courier
from tokodesk.services import audit, mail, notify, settings, shipping, templates
from tokodesk.services import log as log_service
from tokodesk.services.access import require
from tokodesk.services.audit import Target
from tokodesk.services.context import Actor, Changes, local_today
from tokodesk.services.payments import append_entry, lock_order
from tokodesk.services.pickup import charge_storage_fee, order_pickup
from tokodesk.services.qris import due_now

MAX_ADDRESS = 500
MAX_MESSAGE = 4_000
MAX_WEIGHT_G = 100_000


# ---------------------------------------------------------------- the owner's fee table


def rates(session: Session) -> list[DeliveryRate]:
    return rules.rates_from_json(settings.get(session, "delivery.rates"))


def save_rates(
    session: Session, rows: list[DeliveryRate], packing_fee: int, *, actor: Actor, now: dt.datetime
) -> Changes:
    """The owner's delivery fees by area and the default packing fee; all or nothing."""
    require(
        session,
        actor,
        Permission.SETTINGS,
        action="settings.delivery_rates",
        now=now,
        target=Target("settings"),
    )
    clean = rules.check_rates(rows)
    try:
        rules.check_fees(0, packing_fee)
    except InvalidInput as e:
        raise InvalidInput(
            [FieldError("packing_fee", err.template, err.params) for err in e.errors]
        ) from None
    changed = settings.put_all(
        session, {"delivery.rates": rules.rates_to_json(clean), "delivery.packing_fee": packing_fee}
    )
    if changed:
        audit.record(
            session,
            actor,
            "settings.delivery_rates",
            now=now,
            target=Target("settings"),
            detail=f"{len(clean)} wilayah, biaya kemas {format_rupiah(packing_fee)}",
        )
    return Changes(settings=True)


# ---------------------------------------------------------------- what the offer form needs


@dataclass(frozen=True)
class OfferView:
    id: int
    order_id: int
    status: OfferStatus
    courier: Courier
    area: str
    address: str
    weight_g: int
    eta: dt.date
    costs: OfferCosts
    channel: str
    message: str
    sent_at: dt.datetime
    sent_by: str
    decided_at: dt.datetime | None
    decided_by: str
    decision_note: str
    shipment_id: int | None


@dataclass(frozen=True)
class OfferContext:
    """Read once when the form opens; the form then recomputes the total and the message as
    the staff choose the courier and the fees, without asking the database again."""

    order_id: int
    code: str
    customer_name: str
    address: str
    whatsapp: str
    email: str
    balance: int  # owed, payments waiting to clear not counted
    storage_fee: int  # accrued up to today and not yet charged
    forfeit_on: dt.date
    template: str
    values: dict[str, str]
    subject: str
    rates: list[DeliveryRate]
    packing_fee: int
    open_offer: OfferView | None
    language: str = "id"  # the shop's language, for the message the customer reads


def _order(session: Session, order_id: int, *, lock: bool = False) -> Order:
    order = lock_order(session, order_id) if lock else session.get(Order, order_id)
    if order is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Pesanan tidak ditemukan"))
    return order


def check_offerable(order: Order) -> None:
    """Only a ready order waiting to be picked up (overdue included) can be offered delivery."""
    if order.fulfilment != str(Fulfilment.PICKUP) or OrderStatus(order.status) is not OrderStatus.READY:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "errors", "Tawaran antar hanya untuk pesanan ambil di toko yang sudah siap (pesanan {code})"
            ),
            code=order.code,
        )


def _view(session: Session, o: DeliveryOffer) -> OfferView:
    names = {sid: name for sid, name in session.execute(select(Staff.id, Staff.name))}
    return OfferView(
        id=o.id,
        order_id=o.order_id,
        status=OfferStatus(o.status),
        courier=Courier(o.courier),
        area=o.area,
        address=o.address,
        weight_g=o.weight_g,
        eta=o.eta,
        costs=OfferCosts(o.balance, o.storage_fee, o.delivery_fee, o.packing_fee),
        channel=o.channel,
        message=o.message,
        sent_at=o.sent_at,
        sent_by=names.get(o.staff_id, ""),
        decided_at=o.decided_at,
        decided_by=names.get(o.decided_by_id, "") if o.decided_by_id else "",
        decision_note=o.decision_note,
        shipment_id=o.shipment_id,
    )


def order_offers(session: Session, order_id: int) -> list[OfferView]:
    rows = session.scalars(
        select(DeliveryOffer).where(DeliveryOffer.order_id == order_id).order_by(DeliveryOffer.id.desc())
    )
    return [_view(session, o) for o in rows]


def _open_offer(session: Session, order_id: int) -> DeliveryOffer | None:
    return session.scalar(
        select(DeliveryOffer).where(
            DeliveryOffer.order_id == order_id, DeliveryOffer.status == str(OfferStatus.SENT)
        )
    )


def offer_context(session: Session, order_id: int, day: dt.date) -> OfferContext:
    order = _order(session, order_id)
    check_offerable(order)
    due = due_now(session, order, day)
    values = notify.message_values(session, order, day)
    info = order_pickup(session, order, day)
    c = order.customer
    open_row = _open_offer(session, order.id)
    return OfferContext(
        order_id=order.id,
        code=order.code,
        customer_name=c.name,
        address=c.address,
        whatsapp=c.whatsapp or c.phone,
        email=c.email,
        balance=due.amount - due.storage_fee,
        storage_fee=due.storage_fee,
        forfeit_on=info.forfeit_on,
        template=notify.template_text(session, messages.MessageKind.DELIVERY_OFFER),
        values=values,
        subject=templates.shop_words(session)
        .translate("templates", "Tawaran antar pesanan {code} — {shop}")
        .format(code=order.code, shop=values["toko"]),
        rates=rates(session),
        packing_fee=settings.get(session, "delivery.packing_fee"),
        open_offer=_view(session, open_row) if open_row else None,
        language=templates.shop_language(session),
    )


def offer_message(
    template: str,
    values: dict[str, str],
    costs: OfferCosts,
    *,
    courier: Courier,
    address: str,
    eta: dt.date,
    language: str | None = None,
) -> str:
    """The offer's text from the owner's template: every cost spelled out, in the shop's
    ``language``."""
    t = catalogue.words(language)
    return messages.render(
        template,
        {
            **values,
            "kurir": t.translate("labels", COURIER_LABELS[Courier(courier)]),
            "alamat_kirim": " ".join(address.split()),
            "tiba": format_date(eta, t.language),
            "sisa": format_rupiah(costs.balance),
            "biaya_simpan": format_rupiah(costs.storage_fee),
            "ongkir": format_rupiah(costs.delivery_fee),
            "biaya_kemas": format_rupiah(costs.packing_fee),
            "total_bayar": format_rupiah(costs.total),
        },
    )


# ---------------------------------------------------------------- sending, and the answer


@dataclass(frozen=True)
class OfferInput:
    order_id: int
    courier: Courier
    address: str
    weight_g: int
    eta: dt.date
    delivery_fee: int
    packing_fee: int
    channel: Channel
    message: str
    area: str = ""


def _check(data: OfferInput, day: dt.date) -> None:
    errors: list[FieldError] = []
    try:
        rules.check_fees(data.delivery_fee, data.packing_fee)
    except InvalidInput as e:
        errors.extend(e.errors)
    try:
        Courier(data.courier)
    except ValueError:
        errors.append(FieldError("courier", QT_TRANSLATE_NOOP("errors", "Pilih kurir")))
    address = data.address.strip()
    if not address:
        errors.append(FieldError("address", QT_TRANSLATE_NOOP("errors", "Isi alamat tujuan antar")))
    elif len(address) > MAX_ADDRESS:
        errors.append(
            FieldError(
                "address",
                QT_TRANSLATE_NOOP("errors", "Alamat terlalu panjang (maksimal {n} huruf)"),
                {"n": MAX_ADDRESS},
            )
        )
    if (
        isinstance(data.weight_g, bool)
        or not isinstance(data.weight_g, int)
        or not 0 < data.weight_g <= MAX_WEIGHT_G
    ):
        errors.append(
            FieldError(
                "weight_g",
                QT_TRANSLATE_NOOP("errors", "Berat paket harus 1 sampai {n} gram"),
                {"n": MAX_WEIGHT_G},
            )
        )
    if data.eta < day:
        errors.append(
            FieldError("eta", QT_TRANSLATE_NOOP("errors", "Perkiraan tiba tidak boleh sebelum hari ini"))
        )
    text = data.message.strip()
    if not text:
        errors.append(FieldError("message", QT_TRANSLATE_NOOP("errors", "Isi pesan tidak boleh kosong")))
    elif len(text) > MAX_MESSAGE:
        errors.append(
            FieldError(
                "message",
                QT_TRANSLATE_NOOP("errors", "Pesan terlalu panjang (maksimal {n} huruf)"),
                {"n": MAX_MESSAGE},
            )
        )
    if errors:
        raise InvalidInput(errors)


def send_offer(session: Session, data: OfferInput, *, actor: Actor, now: dt.datetime) -> tuple[int, Changes]:
    """The offer went out (WhatsApp: logged now; e-mail: queued, logged when delivered).
    Refused with nothing written: an order that is not a ready pickup, an offer already
    waiting for an answer, a fee that is not a rupiah amount, no address, a weight of 0."""
    day = local_today(now)
    order = _order(session, data.order_id, lock=True)
    check_offerable(order)
    if _open_offer(session, order.id) is not None:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "errors", "Tawaran antar untuk pesanan {code} masih menunggu jawaban; catat jawabannya dulu"
            ),
            code=order.code,
        )
    _check(data, day)
    due = due_now(session, order, day)
    costs = OfferCosts(due.amount - due.storage_fee, due.storage_fee, data.delivery_fee, data.packing_fee)
    channel = Channel(data.channel)
    log_id = mail_id = None
    if channel is Channel.EMAIL:
        subject = f"Tawaran antar pesanan {order.code} — {settings.get(session, 'shop.name')}"
        mail_id, _ = mail.queue_mail(
            session,
            customer_id=order.customer_id,
            order_id=order.id,
            subject=subject,
            body=data.message,
            actor=actor,
            now=now,
        )
    else:
        log_id, _ = notify.record_sent(
            session,
            customer_id=order.customer_id,
            order_id=order.id,
            channel=channel,
            text=data.message.strip(),
            actor=actor,
            now=now,
            source="delivery_offer",
        )
    offer = DeliveryOffer(
        order_id=order.id,
        courier=str(Courier(data.courier)),
        area=" ".join(data.area.split())[: rules.MAX_AREA],
        address=data.address.strip(),
        weight_g=data.weight_g,
        eta=data.eta,
        balance=costs.balance,
        storage_fee=costs.storage_fee,
        delivery_fee=costs.delivery_fee,
        packing_fee=costs.packing_fee,
        channel=str(channel),
        message=data.message.strip(),
        log_entry_id=log_id,
        mail_id=mail_id,
        status=str(OfferStatus.SENT),
        sent_at=now,
        staff_id=actor.staff_id,
        decision_note="",
    )
    session.add(offer)
    session.flush()
    audit.record(
        session,
        actor,
        "order.delivery_offer",
        now=now,
        target=Target("order", order.id, order.code),
        detail=(
            f"total {format_rupiah(costs.total)} (sisa {format_rupiah(costs.balance)}, simpan "
            f"{format_rupiah(costs.storage_fee)}, ongkir {format_rupiah(costs.delivery_fee)}, kemas "
            f"{format_rupiah(costs.packing_fee)}) lewat {channel}"
        ),
    )
    return offer.id, Changes(orders=True, customers=True, order_id=order.id, customer_id=order.customer_id)


def _decidable(session: Session, offer_id: int) -> tuple[DeliveryOffer, Order]:
    offer = session.get(DeliveryOffer, offer_id)
    if offer is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Tawaran antar tidak ditemukan"))
    order = _order(session, offer.order_id, lock=True)
    if offer.status != str(OfferStatus.SENT):
        raise DomainError(QT_TRANSLATE_NOOP("errors", "Tawaran antar ini sudah dijawab"))
    return offer, order


def _note(
    session: Session, order: Order, offer: DeliveryOffer, text: str, *, actor: Actor, now: dt.datetime
) -> None:
    log_service.add_entry(
        session,
        log_service.LogInput(
            customer_id=order.customer_id,
            channel=Channel(offer.channel),
            direction=Direction.NOTE,
            text=text,
            order_id=order.id,
        ),
        actor=actor,
        now=now,
        source="system",
    )


def accept_offer(
    session: Session, offer_id: int, note: str = "", *, actor: Actor, now: dt.datetime
) -> tuple[int, Changes]:
    """The customer said yes: storage fee charged up to today (it stops here), delivery and
    packing fees in the ledger, the order a delivery, a packed parcel recorded.  Returns the
    parcel's id."""
    offer, order = _decidable(session, offer_id)
    check_offerable(order)  # collected or cancelled meanwhile: the offer no longer applies
    fee = charge_storage_fee(session, order, actor=actor, now=now)
    order.fulfilment = str(Fulfilment.DELIVERY)
    if offer.delivery_fee:
        append_entry(
            session,
            order.id,
            EntryKind.DELIVERY_FEE,
            offer.delivery_fee,
            actor=actor,
            now=now,
            note="Ongkos kirim (tawaran antar" + (f", {offer.area})" if offer.area else ")"),
        )
    if offer.packing_fee:
        append_entry(
            session,
            order.id,
            EntryKind.OTHER_CHARGE,
            offer.packing_fee,
            actor=actor,
            now=now,
            note="Biaya kemas (tawaran antar)",
        )
    parcel = shipping.record_packed(
        session,
        order,
        courier=Courier(offer.courier),
        weight_g=offer.weight_g,
        shipping_cost=offer.delivery_fee,
        note=f"Tawaran antar diterima: {offer.address}; perkiraan tiba {format_date(offer.eta)}",
        actor=actor,
        now=now,
    )
    offer.status = str(OfferStatus.ACCEPTED)
    offer.decided_at = now
    offer.decided_by_id = actor.staff_id
    offer.decision_note = note.strip()
    offer.shipment_id = parcel.id
    courier = COURIER_LABELS[Courier(offer.courier)]
    words = (
        f"Pelanggan setuju diantar ({courier}, tiba {format_date(offer.eta)}). "
        f"Biaya simpan dihitung sampai {format_date(local_today(now))}"
        + (f" ({format_rupiah(fee)} dibebankan sekarang)" if fee else "")
        + f"; ongkir {format_rupiah(offer.delivery_fee)}, kemas {format_rupiah(offer.packing_fee)}."
        + (f" Catatan: {note.strip()}" if note.strip() else "")
    )
    _note(session, order, offer, words, actor=actor, now=now)
    audit.record(
        session,
        actor,
        "order.delivery_accept",
        now=now,
        target=Target("order", order.id, order.code),
        detail=words,
    )
    session.flush()
    return parcel.id, Changes(
        orders=True, ledger=True, customers=True, order_id=order.id, customer_id=order.customer_id
    )


def decline_offer(session: Session, offer_id: int, reason: str, *, actor: Actor, now: dt.datetime) -> Changes:
    """The customer said no (or the shop withdraws it): the order keeps waiting for pickup on
    its usual terms.  The reason is logged."""
    offer, order = _decidable(session, offer_id)
    reason = reason.strip()
    if not reason:
        raise InvalidInput(
            [FieldError("reason", QT_TRANSLATE_NOOP("errors", "Tulis jawaban pelanggan atau alasannya"))]
        )
    offer.status = str(OfferStatus.DECLINED)
    offer.decided_at = now
    offer.decided_by_id = actor.staff_id
    offer.decision_note = reason
    _note(session, order, offer, f"Tawaran antar tidak jadi: {reason}", actor=actor, now=now)
    audit.record(
        session,
        actor,
        "order.delivery_decline",
        now=now,
        target=Target("order", order.id, order.code),
        detail=reason,
    )
    session.flush()
    return Changes(orders=True, customers=True, order_id=order.id, customer_id=order.customer_id)
