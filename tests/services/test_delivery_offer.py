"""The delivery offer for a customer who does not come, against a real database: from an
overdue order through the customer's acceptance (ledger entries, the parcel, the storage fee
frozen on the acceptance day, the message logged), and every refusal writing nothing."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import func, select

from tests.services.test_daily import P, at, day, ready_order
from tokodesk.db.models import AuditEvent, DeliveryOffer, LedgerEntry, LogEntry, Order, Shipment
from tokodesk.domain.delivery import DeliveryRate, OfferStatus
from tokodesk.domain.errors import DomainError, InvalidInput
from tokodesk.domain.ledger import EntryKind
from tokodesk.domain.log import Channel, Direction
from tokodesk.domain.orders import Fulfilment, OrderStatus
from tokodesk.domain.shipping import Courier
from tokodesk.services import delivery, settings
from tokodesk.services.daily import run_daily
from tokodesk.services.payments import order_totals
from tokodesk.services.pickup import order_pickup
from tokodesk.services.qris import due_now

# P is the agreed pickup day; with the starter policy the last free day is P+2, the fee is
# Rp5.000 a day from P+3, and the order is forfeited on P+7.
OFFER_DAY = day(4)  # two days of fee: Rp10.000
ACCEPT_DAY = day(5)  # three days: Rp15.000


def _input(oid, ctx, **kw) -> delivery.OfferInput:
    base = dict(
        order_id=oid,
        courier=Courier.OWN,
        address="Jl. Melati No. 12, Cibeunying, Bandung",
        weight_g=1500,
        eta=OFFER_DAY + dt.timedelta(days=1),
        delivery_fee=25_000,
        packing_fee=5_000,
        channel=Channel.WHATSAPP,
        message="",
        area="Bandung kota",
    )
    base.update(kw)
    data = delivery.OfferInput(**base)
    if not data.message:
        costs = delivery.OfferCosts(ctx.balance, ctx.storage_fee, data.delivery_fee, data.packing_fee)
        text = delivery.offer_message(
            ctx.template, ctx.values, costs, courier=data.courier, address=data.address, eta=data.eta
        )
        data = dataclasses.replace(data, message=text)
    return data


def _counts(session):
    return tuple(
        session.scalar(select(func.count()).select_from(t))
        for t in (DeliveryOffer, LedgerEntry, LogEntry, Shipment, AuditEvent)
    )


def test_an_overdue_order_is_offered_delivery_and_accepted(session, actor):
    _, oid, _ = ready_order(session, actor, ready_on=P)
    ctx = delivery.offer_context(session, oid, OFFER_DAY)
    assert (ctx.balance, ctx.storage_fee) == (100_000, 10_000)
    data = _input(oid, ctx)
    # every cost is spelled out in the message, and the total is their sum
    for words in (
        "Rp100.000",
        "Rp10.000",
        "Rp25.000",
        "Rp5.000",
        "Total: Rp140.000",
        "Kurir toko",
        "Jl. Melati",
    ):
        assert words in data.message

    offer_id, _ = delivery.send_offer(session, data, actor=actor, now=at(OFFER_DAY, 11))
    offer = session.get(DeliveryOffer, offer_id)
    assert offer.status == "sent"
    assert (offer.balance, offer.storage_fee, offer.delivery_fee, offer.packing_fee) == (
        100_000,
        10_000,
        25_000,
        5_000,
    )
    logged = session.get(LogEntry, offer.log_entry_id)
    assert logged.direction == str(Direction.OUT) and logged.channel == "whatsapp"
    assert "Total: Rp140.000" in logged.text and logged.order_id == oid

    # a second offer while one waits is refused
    with pytest.raises(DomainError, match="masih menunggu jawaban"):
        delivery.send_offer(session, data, actor=actor, now=at(OFFER_DAY, 12))

    parcel_id, _ = delivery.accept_offer(
        session, offer_id, "setuju via WA", actor=actor, now=at(ACCEPT_DAY, 9)
    )
    order = session.get(Order, oid)
    assert order.fulfilment == str(Fulfilment.DELIVERY) and order.status == str(OrderStatus.READY)
    entries = [
        (e.kind, e.amount)
        for e in session.scalars(
            select(LedgerEntry).where(LedgerEntry.order_id == oid).order_by(LedgerEntry.id)
        )
    ]
    assert entries[-3:] == [
        (str(EntryKind.STORAGE_FEE), 15_000),  # charged up to the acceptance day: three days
        (str(EntryKind.DELIVERY_FEE), 25_000),
        (str(EntryKind.OTHER_CHARGE), 5_000),
    ]
    parcel = session.get(Shipment, parcel_id)
    assert (parcel.status, parcel.courier, parcel.weight_g, parcel.shipping_cost) == (
        "packed",
        "own",
        1500,
        25_000,
    )
    assert session.get(DeliveryOffer, offer_id).status == "accepted"
    assert session.get(DeliveryOffer, offer_id).shipment_id == parcel_id
    note = session.scalars(
        select(LogEntry)
        .where(LogEntry.order_id == oid, LogEntry.direction == str(Direction.NOTE))
        .order_by(LogEntry.id.desc())
    ).first()
    assert "setuju diantar" in note.text and "setuju via WA" in note.text

    # the storage fee is frozen: days later the order owes the same, and the daily run
    # neither charges nor forfeits it (it is a delivery now)
    later = day(12)
    assert due_now(session, order, later).amount == 100_000 + 15_000 + 25_000 + 5_000
    run_daily(session, later, now=at(later, 8))
    assert session.get(Order, oid).status == str(OrderStatus.READY)
    assert order_totals(session, order).balance == 145_000
    actions = [a for (a,) in session.execute(select(AuditEvent.action).where(AuditEvent.target_id == oid))]
    assert {"order.delivery_offer", "order.delivery_accept", "order.shipment"} <= set(actions)


def test_a_declined_offer_leaves_the_order_waiting_for_pickup(session, actor):
    _, oid, _ = ready_order(session, actor, ready_on=P, name="Budi")
    ctx = delivery.offer_context(session, oid, OFFER_DAY)
    offer_id, _ = delivery.send_offer(session, _input(oid, ctx), actor=actor, now=at(OFFER_DAY))
    with pytest.raises(InvalidInput):
        delivery.decline_offer(session, offer_id, "  ", actor=actor, now=at(ACCEPT_DAY))
    delivery.decline_offer(session, offer_id, "Mau ambil sendiri Sabtu", actor=actor, now=at(ACCEPT_DAY))
    assert session.get(DeliveryOffer, offer_id).status == str(OfferStatus.DECLINED)
    order = session.get(Order, oid)
    assert order.fulfilment == str(Fulfilment.PICKUP)
    assert order_pickup(session, order, day(6)).fee == 20_000  # the fee runs on as before
    with pytest.raises(DomainError, match="sudah dijawab"):
        delivery.accept_offer(session, offer_id, actor=actor, now=at(ACCEPT_DAY))


@pytest.mark.parametrize(
    "change, field",
    [
        (dict(delivery_fee=-1), "delivery_fee"),
        (dict(packing_fee=20_000_000), "packing_fee"),
        (dict(address="   "), "address"),
        (dict(weight_g=0), "weight_g"),
        (dict(eta=OFFER_DAY - dt.timedelta(days=1)), "eta"),
        (dict(message=" "), "message"),
    ],
)
def test_bad_offer_input_is_refused_and_nothing_is_written(session, actor, change, field):
    _, oid, _ = ready_order(session, actor, ready_on=P, name=f"Pelanggan {field}")
    ctx = delivery.offer_context(session, oid, OFFER_DAY)
    data = dataclasses.replace(_input(oid, ctx), **change)
    before = _counts(session)
    with pytest.raises(InvalidInput) as err:
        delivery.send_offer(session, data, actor=actor, now=at(OFFER_DAY))
    assert err.value.first(field) is not None
    assert _counts(session) == before


def test_only_a_ready_pickup_order_can_be_offered(session, actor):
    from tests import factories as f

    _, oid = f.order(session, actor, at(P))
    with pytest.raises(DomainError, match="sudah siap"):
        delivery.offer_context(session, oid, P)


def test_the_owner_keeps_the_fee_table(session, actor):
    rows = [DeliveryRate(" Bandung  kota ", 15_000, 1), DeliveryRate("Cimahi", 25_000, 2)]
    delivery.save_rates(session, rows, 3_000, actor=actor, now=at(P))
    assert delivery.rates(session) == [
        DeliveryRate("Bandung kota", 15_000, 1),
        DeliveryRate("Cimahi", 25_000, 2),
    ]
    assert settings.get(session, "delivery.packing_fee") == 3_000
    with pytest.raises(InvalidInput) as err:
        delivery.save_rates(
            session, [DeliveryRate("Cimahi", 1, 1), DeliveryRate("cimahi", 2, 1)], 0, actor=actor, now=at(P)
        )
    assert "sudah ada" in str(err.value)
    assert len(delivery.rates(session)) == 2  # nothing changed
