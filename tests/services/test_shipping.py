"""Shipments, follow-ups, COD cash and delivery incidents (issue 7, parts 1–3)."""

from __future__ import annotations

import datetime as dt
import struct
import zlib

import pytest
from sqlalchemy import func, select

from tests import factories
from tokodesk.db.models import (
    AuditEvent,
    Customer,
    Incident,
    LedgerEntry,
    LogEntry,
    Order,
    Shipment,
    ShipmentEvent,
    ShipmentPhoto,
)
from tokodesk.domain.errors import DomainError, InvalidInput
from tokodesk.domain.ledger import EntryKind, PaymentMethod
from tokodesk.domain.log import Channel
from tokodesk.domain.orders import Fulfilment, OrderStatus
from tokodesk.domain.shipping import Courier, Decision, Finding, IncidentKind, ShipmentStatus
from tokodesk.services import orders, payments, settings, staff
from tokodesk.services import shipping as ship
from tokodesk.services.access import NotAllowed
from tokodesk.services.log import FileInput
from tokodesk.services.orders import ItemInput


def png(extra: bytes = b"") -> bytes:
    """A tiny valid PNG (with ``extra`` bytes in a text chunk to make it bigger)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    raw = zlib.compress(b"\x00\xff\x00\x00")
    text = chunk(b"tEXt", b"c\x00" + extra) if extra else b""
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + text + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


PHOTO = FileInput("paket.png", png())


def make_order(session, actor, now, *, fulfilment=Fulfilment.COD, price=100_000, qty=2, deposit=0, **kw):
    settings.put(session, "deposit.min_percent", 0)  # COD: nothing paid before the parcel arrives
    _code, oid = factories.order(
        session,
        actor,
        now,
        items=[ItemInput("Kaos polos hitam", qty, price, "")],
        fulfilment=fulfilment,
        deposit=deposit,
        **kw,
    )
    orders.move_order(session, oid, OrderStatus.READY, actor=actor, now=now)
    return oid


def paid_delivery(session, actor, now, **kw):
    oid = make_order(session, actor, now, fulfilment=Fulfilment.DELIVERY, **kw)
    order = session.get(Order, oid)
    owed = payments.order_totals(session, order).balance
    payments.record_payment(
        session, payments.PaymentInput(oid, owed, PaymentMethod.TRANSFER), actor=actor, now=now
    )
    return oid


def inp(oid, **kw):
    base = dict(order_id=oid, courier=Courier.JNE, weight_g=1200, resi="CGK1234567890", shipping_cost=18_000)
    base.update(kw)
    return ship.ShipmentInput(**base)


def count(session, model):
    return session.scalar(select(func.count()).select_from(model))


def audit_actions(session):
    return [a for (a,) in session.execute(select(AuditEvent.action).order_by(AuditEvent.id))]


@pytest.fixture
def staff_actor(session, actor, now):
    sid, _ = staff.add_staff(session, staff.StaffInput("Dewi", "2580"), actor=actor, now=now)
    return staff.get_actor(session, sid)


def questionable(session, oid):
    c = session.get(Customer, session.get(Order, oid).customer_id)
    c.standing, c.standing_reason = "questionable", "klaim isi kurang sebelumnya"
    session.flush()


# ---------------------------------------------------------------- creating a shipment


def test_cod_shipment_ships_the_order_with_cod_defaulting_to_the_balance(session, actor, now):
    oid = make_order(session, actor, now)
    sid, changes = ship.create_shipment(session, inp(oid), actor=actor, now=now)
    s = session.get(Shipment, sid)
    assert (s.status, s.cod_amount, s.weight_g, s.resi) == ("shipped", 200_000, 1200, "CGK1234567890")
    assert session.get(Order, oid).status == "shipped"
    assert changes.order_id == oid
    assert [
        e.status for e in session.scalars(select(ShipmentEvent).where(ShipmentEvent.shipment_id == sid))
    ] == ["shipped"]
    assert "order.shipment" in audit_actions(session)


def test_packed_shipment_leaves_the_order_ready_until_it_is_handed_over(session, actor, now):
    oid = make_order(session, actor, now)
    sid, _ = ship.create_shipment(
        session, inp(oid, resi="", status=ShipmentStatus.PACKED), actor=actor, now=now
    )
    assert session.get(Order, oid).status == "ready"
    with pytest.raises(InvalidInput):  # no resi yet: cannot leave
        ship.set_status(session, sid, ShipmentStatus.SHIPPED, actor=actor, now=now)
    ship.set_resi(session, sid, "cgk 1234567890", actor=actor, now=now)
    ship.set_status(session, sid, ShipmentStatus.SHIPPED, actor=actor, now=now)
    assert session.get(Order, oid).status == "shipped"
    ship.set_status(session, sid, ShipmentStatus.IN_TRANSIT, actor=actor, now=now)
    ship.set_status(session, sid, ShipmentStatus.DELIVERED, "diterima ibunya", actor=actor, now=now)
    assert session.get(Order, oid).status == "delivered"
    with pytest.raises(DomainError, match="tidak bisa menjadi"):
        ship.set_status(session, sid, ShipmentStatus.IN_TRANSIT, actor=actor, now=now)


def test_pickup_order_cannot_get_a_shipment(session, actor, now):
    oid = make_order(session, actor, now, fulfilment=Fulfilment.PICKUP, deposit=100_000)
    with pytest.raises(DomainError, match="diambil di toko"):
        ship.create_shipment(session, inp(oid), actor=actor, now=now)


@pytest.mark.parametrize("weight", [0, -5])
def test_weight_zero_or_negative_is_refused_and_nothing_written(session, actor, now, weight):
    oid = make_order(session, actor, now)
    with session.begin_nested(), pytest.raises(InvalidInput) as err:
        ship.create_shipment(session, inp(oid, weight_g=weight), actor=actor, now=now)
    assert err.value.first("weight_g").message == "Berat paket harus lebih dari 0 gram"
    assert count(session, Shipment) == 0
    assert session.get(Order, oid).status == "ready"


def test_resi_of_the_wrong_shape_warns_then_is_accepted(session, actor, now):
    oid = make_order(session, actor, now)
    with pytest.raises(ship.ResiWarning) as err:
        ship.create_shipment(session, inp(oid, courier=Courier.SICEPAT, resi="ABC"), actor=actor, now=now)
    assert "tidak seperti resi SiCepat" in str(err.value) and "004123456789" in str(err.value)
    assert count(session, Shipment) == 0
    sid, _ = ship.create_shipment(
        session, inp(oid, courier=Courier.SICEPAT, resi="ABC"), actor=actor, now=now, accept_resi_warning=True
    )
    assert session.get(Shipment, sid).resi == "ABC"
    assert "resi dikonfirmasi" in session.scalar(
        select(ShipmentEvent.note).where(ShipmentEvent.shipment_id == sid)
    )


def test_questionable_customer_is_blocked_until_a_photo_is_attached(session, actor, now):
    oid = make_order(session, actor, now)
    questionable(session, oid)
    with session.begin_nested(), pytest.raises(InvalidInput) as err:
        ship.create_shipment(session, inp(oid), actor=actor, now=now)
    assert "diblokir sampai foto paket dilampirkan" in err.value.first("photos").message
    assert count(session, Shipment) == 0
    sid, _ = ship.create_shipment(session, inp(oid, photos=(PHOTO,)), actor=actor, now=now)
    view = ship.shipment_view(session, sid)
    assert [p.filename for p in view.photos] == ["paket.png"] and view.photos[0].mime == "image/png"


def test_above_the_threshold_needs_insurance_and_a_photo(session, actor, now):
    settings.put(session, "shipping.insure_above", 150_000)
    oid = make_order(session, actor, now)  # Rp200.000
    with pytest.raises(InvalidInput) as err:
        ship.create_shipment(session, inp(oid), actor=actor, now=now)
    assert "Diasuransikan" in err.value.first("insured").message
    assert "foto paket" in err.value.first("photos").message
    with pytest.raises(InvalidInput) as err:
        ship.create_shipment(session, inp(oid, insured=True), actor=actor, now=now)
    assert err.value.first("insured") is None and err.value.first("photos")
    sid, _ = ship.create_shipment(session, inp(oid, insured=True, photos=(PHOTO,)), actor=actor, now=now)
    assert session.get(Shipment, sid).insured


def test_below_the_default_threshold_needs_neither(session, actor, now):
    assert settings.get(session, "shipping.insure_above") == 1_000_000
    oid = make_order(session, actor, now)
    ship.create_shipment(session, inp(oid), actor=actor, now=now)


def test_a_photo_too_large_is_refused_with_the_limit(session, actor, now):
    settings.put(session, "log.max_attachment_mb", 1)
    oid = make_order(session, actor, now)
    big = FileInput("besar.png", png(b"x" * (1024 * 1024 + 10)))
    with session.begin_nested(), pytest.raises(InvalidInput) as err:
        ship.create_shipment(session, inp(oid, photos=(big,)), actor=actor, now=now)
    msg = err.value.first("photos").message
    assert "«besar.png» terlalu besar" in msg and "batasnya 1 MB" in msg
    assert count(session, Shipment) == 0 and count(session, ShipmentPhoto) == 0


def test_delivery_order_with_a_balance_cannot_ship(session, actor, now):
    oid = make_order(session, actor, now, fulfilment=Fulfilment.DELIVERY, deposit=100_000)
    with pytest.raises(DomainError, match=r"Belum lunas: sisa Rp100\.000"):
        ship.create_shipment(session, inp(oid), actor=actor, now=now)
    with pytest.raises(InvalidInput, match="bukan COD"):
        ship.create_shipment(session, inp(oid, cod_amount=5_000), actor=actor, now=now)


def test_cod_amount_above_the_balance_is_refused(session, actor, now):
    oid = make_order(session, actor, now)
    with pytest.raises(InvalidInput, match="melebihi sisa tagihan"):
        ship.create_shipment(session, inp(oid, cod_amount=250_000), actor=actor, now=now)


def test_charged_shipping_is_added_to_the_cod_amount(session, actor, now):
    oid = make_order(session, actor, now)
    sid, _ = ship.create_shipment(session, inp(oid, charge_shipping=True), actor=actor, now=now)
    assert session.get(Shipment, sid).cod_amount == 218_000


def pending_cheque(session, actor, now, oid, amount):
    payments.record_payment(
        session,
        payments.PaymentInput(
            oid, amount, PaymentMethod.CHEQUE, cleared=False, clears_on=now.date() + dt.timedelta(days=5)
        ),
        actor=actor,
        now=now,
    )


def test_pending_payment_blocks_shipping_staff_cannot_override_owner_can_with_reason(
    session, actor, now, staff_actor
):
    oid = make_order(session, actor, now, fulfilment=Fulfilment.DELIVERY, deposit=100_000)
    pending_cheque(session, actor, now, oid, 100_000)
    with pytest.raises(ship.PendingPayment, match=r"Rp100\.000 yang belum cair"):
        ship.create_shipment(session, inp(oid), actor=staff_actor, now=now)
    with session.begin_nested(), pytest.raises(NotAllowed):
        ship.create_shipment(session, inp(oid), actor=staff_actor, now=now, override_reason="kenal baik")
    assert count(session, Shipment) == 0
    ship.create_shipment(session, inp(oid), actor=actor, now=now, override_reason="cek dari pelanggan lama")
    assert session.get(Order, oid).status == "shipped"
    detail = session.scalar(select(AuditEvent.detail).where(AuditEvent.action == "order.override_pending"))
    assert "cek dari pelanggan lama" in detail and "Rp100.000" in detail


def test_new_cod_customer_pays_the_shipping_up_front_when_the_owner_asks(session, actor, now):
    settings.put(session, "shipping.cod_upfront_new_customers", True)
    oid = make_order(session, actor, now)
    with pytest.raises(DomainError, match="ongkos kirim harus dibayar di muka"):
        ship.create_shipment(session, inp(oid), actor=actor, now=now)
    assert ship.shipment_form(session, oid).cod_upfront_needed
    ship.charge_shipping_fee(session, oid, 18_000, actor=actor, now=now)
    with pytest.raises(DomainError, match="di muka"):  # charged but not paid
        ship.create_shipment(session, inp(oid), actor=actor, now=now)
    payments.record_payment(
        session, payments.PaymentInput(oid, 18_000, PaymentMethod.TRANSFER), actor=actor, now=now
    )
    sid, _ = ship.create_shipment(session, inp(oid), actor=actor, now=now)
    assert session.get(Shipment, sid).cod_amount == 200_000


def test_cod_customer_with_a_completed_order_needs_nothing_up_front(session, actor, now):
    settings.put(session, "shipping.cod_upfront_new_customers", True)
    first = make_order(session, actor, now)
    cid = session.get(Order, first).customer_id
    session.get(Order, first).status = "delivered"  # an earlier order that arrived
    session.flush()
    oid = make_order(session, actor, now, customer_id=cid)
    ship.create_shipment(session, inp(oid), actor=actor, now=now)


# ---------------------------------------------------------------- follow-ups


def test_follow_up_list_oldest_first_and_the_logged_whatsapp_follow_up(session, actor, now):
    a = make_order(session, actor, now)
    b = make_order(session, actor, now)
    c = make_order(session, actor, now)
    sa, _ = ship.create_shipment(session, inp(a), actor=actor, now=now - dt.timedelta(days=3))
    sb, _ = ship.create_shipment(session, inp(b), actor=actor, now=now - dt.timedelta(days=5))
    sc, _ = ship.create_shipment(session, inp(c), actor=actor, now=now - dt.timedelta(days=1))
    ship.set_status(session, sc, ShipmentStatus.DELIVERED, actor=actor, now=now)  # no longer on the way
    today = now.date()
    rows = ship.follow_ups(session, today)
    assert [r.shipment_id for r in rows] == [sb, sa]
    assert rows[0].days_since == 5 and rows[0].tracking_url == "https://cekresi.com/?noresi=CGK1234567890"
    row, text = ship.compose_follow_up(session, sb, today)
    assert "CGK1234567890" in text and row.tracking_url in text and row.order_code in text
    entry_id, _ = ship.record_follow_up(session, sb, Channel.WHATSAPP, text, actor=actor, now=now)
    log = session.get(LogEntry, entry_id)
    assert (log.channel, log.direction, log.order_id, log.text) == ("whatsapp", "out", b, text)
    assert session.get(Shipment, sb).followed_up_at == now
    assert [r.shipment_id for r in ship.follow_ups(session, today)] == [sa, sb]  # followed up: last
    assert "order.follow_up" in audit_actions(session)


# ---------------------------------------------------------------- COD cash


def delivered_cod(session, actor, now, *, price=100_000, courier=Courier.JNE, resi="CGK1234567890"):
    oid = make_order(session, actor, now, price=price)
    sid, _ = ship.create_shipment(session, inp(oid, courier=courier, resi=resi), actor=actor, now=now)
    ship.set_status(session, sid, ShipmentStatus.DELIVERED, actor=actor, now=now)
    return oid, sid


def test_cod_outstanding_totals_and_mark_received_appends_a_cod_payment(session, actor, now):
    o1, s1 = delivered_cod(session, actor, now)
    _o2, s2 = delivered_cod(session, actor, now, price=50_000, courier=Courier.SICEPAT, resi="004123456789")
    out = ship.cod_outstanding(session, now.date() + dt.timedelta(days=2))
    assert [r.shipment_id for r in out.rows] == [s1, s2]
    assert out.total == 300_000 and out.by_courier == {Courier.JNE: 200_000, Courier.SICEPAT: 100_000}
    assert out.rows[0].days_waiting == 2
    entry_id, changes = ship.mark_cod_received(session, s1, actor=actor, now=now)
    e = session.get(LedgerEntry, entry_id)
    assert (e.kind, e.amount, e.method, e.cleared, e.order_id) == ("payment", 200_000, "cod", True, o1)
    s = session.get(Shipment, s1)
    assert s.cod_entry_id == entry_id and s.cod_received_at == now
    assert payments.order_totals(session, session.get(Order, o1)).balance == 0
    out = ship.cod_outstanding(session)
    assert [r.shipment_id for r in out.rows] == [s2] and out.total == 100_000
    with pytest.raises(DomainError, match="sudah dicatat"):
        ship.mark_cod_received(session, s1, actor=actor, now=now)
    assert changes.ledger


def test_cod_cash_of_a_parcel_not_delivered_cannot_be_received(session, actor, now):
    oid = make_order(session, actor, now)
    sid, _ = ship.create_shipment(session, inp(oid), actor=actor, now=now)
    with pytest.raises(DomainError, match="belum tercatat diterima"):
        ship.mark_cod_received(session, sid, actor=actor, now=now)


# ---------------------------------------------------------------- incidents


def test_lost_parcel_resent_as_a_linked_shipment_with_the_return_label_and_cost(session, actor, now):
    oid = paid_delivery(session, actor, now)
    sid, _ = ship.create_shipment(session, inp(oid), actor=actor, now=now)
    result, _ = ship.record_incident(
        session,
        ship.IncidentInput(
            sid,
            IncidentKind.LOST,
            Decision.RESEND,
            note="kurir bilang hilang di gudang transit",
            resend=ship.ResendInput(Courier.JNT, resi="JP9876543210", shipping_cost=22_000),
        ),
        actor=actor,
        now=now,
    )
    new = session.get(Shipment, result.new_shipment_id)
    assert new.replaces_id == sid and new.status == "shipped" and new.weight_g == 1200
    assert "label retur" in new.return_label_note
    assert session.get(Shipment, sid).status == "lost"
    inc = session.get(Incident, result.incident_id)
    assert (inc.kind, inc.decision, inc.cost, inc.new_shipment_id) == ("lost", "resend", 22_000, new.id)
    assert session.get(Order, oid).status == "shipped"
    assert [r.shipment_id for r in ship.follow_ups(session, now.date())] == [new.id]


def test_not_received_refund_goes_into_the_ledger(session, actor, now, staff_actor):
    oid = paid_delivery(session, actor, now)
    sid, _ = ship.create_shipment(session, inp(oid), actor=actor, now=now)
    ship.set_status(session, sid, ShipmentStatus.DELIVERED, actor=actor, now=now)
    data = ship.IncidentInput(
        sid, IncidentKind.NOT_RECEIVED, Decision.REFUND, refund_amount=200_000, note="tidak ada di rumah"
    )
    with session.begin_nested(), pytest.raises(NotAllowed):
        ship.record_incident(session, data, actor=staff_actor, now=now)
    result, changes = ship.record_incident(session, data, actor=actor, now=now)
    e = session.get(LedgerEntry, result.refund_entry_id)
    assert (e.kind, e.amount, e.method) == (str(EntryKind.REFUND), 200_000, "transfer")
    assert session.get(Incident, result.incident_id).cost == 200_000
    assert payments.order_totals(session, session.get(Order, oid)).paid == 0
    assert changes.ledger


def test_not_received_declined_and_the_owner_finds_the_claim_untrue(session, actor, now, staff_actor):
    oid = paid_delivery(session, actor, now)
    sid, _ = ship.create_shipment(session, inp(oid), actor=actor, now=now)
    ship.set_status(session, sid, ShipmentStatus.DELIVERED, actor=actor, now=now)
    result, _ = ship.record_incident(
        session,
        ship.IncidentInput(sid, IncidentKind.NOT_RECEIVED, Decision.DECLINE),
        actor=staff_actor,
        now=now,
    )
    with pytest.raises(InvalidInput, match="tidak berlaku"):  # the shop absorbs only a refused COD
        ship.record_incident(
            session, ship.IncidentInput(sid, IncidentKind.NOT_RECEIVED, Decision.ABSORB), actor=actor, now=now
        )
    with pytest.raises(DomainError, match="tidak bisa dicatat untuk paket berstatus"):
        ship.record_incident(session, ship.IncidentInput(sid, IncidentKind.LOST), actor=actor, now=now)
    with session.begin_nested(), pytest.raises(NotAllowed):
        ship.set_finding(
            session, result.incident_id, Finding.UNTRUE, "foto serah terima ada", actor=staff_actor, now=now
        )
    with pytest.raises(InvalidInput):
        ship.set_finding(session, result.incident_id, Finding.UNTRUE, "", actor=actor, now=now)
    ship.set_finding(
        session, result.incident_id, Finding.UNTRUE, "foto serah terima ada", actor=actor, now=now
    )
    assert session.get(Incident, result.incident_id).finding == "untrue"


def test_short_claim_shows_the_recorded_weight_and_photos(session, actor, now):
    oid = make_order(session, actor, now)
    sid, _ = ship.create_shipment(session, inp(oid, weight_g=2400, photos=(PHOTO,)), actor=actor, now=now)
    ship.set_status(session, sid, ShipmentStatus.DELIVERED, actor=actor, now=now)
    result, _ = ship.record_incident(
        session,
        ship.IncidentInput(sid, IncidentKind.SHORT_CLAIM, note="katanya 3 lusin, bukan 4"),
        actor=actor,
        now=now,
    )
    assert result.evidence.weight_g == 2400 and [p.filename for p in result.evidence.photos] == ["paket.png"]
    assert result.evidence.incident_ids == [result.incident_id]


def test_refused_cod_records_the_shipping_loss_returns_the_parcel_and_suggests_standing(session, actor, now):
    oid = make_order(session, actor, now)
    sid, _ = ship.create_shipment(session, inp(oid, shipping_cost=25_000), actor=actor, now=now)
    result, _ = ship.record_incident(
        session, ship.IncidentInput(sid, IncidentKind.COD_REFUSED, Decision.ABSORB), actor=actor, now=now
    )
    inc = session.get(Incident, result.incident_id)
    assert (inc.kind, inc.cost, inc.finding) == ("cod_refused", 25_000, "open")
    assert inc.customer_id == session.get(Order, oid).customer_id
    assert session.get(Shipment, sid).status == "returned"
    assert result.suggest_standing
    assert ship.cod_outstanding(session).rows == []
    assert ship.follow_ups(session, now.date()) == []
