"""Complaint cases (issue 8): the path new → acknowledged → checking → resolved/declined with
its times, evidence from the log, each resolution acting at once (refunds through the
ledger, resends as linked shipments, remakes with whose error), the owner's guidelines,
and feedback after pickup."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from tests import factories as f
from tokodesk.db.models import AuditEvent, Complaint, ComplaintEvent, Feedback, LedgerEntry, Remake, Shipment
from tokodesk.domain.complaints import DEFAULT_GUIDELINES, CaseStatus, ComplaintType, Finding, Resolution
from tokodesk.domain.errors import DomainError, InvalidInput
from tokodesk.domain.ledger import PaymentMethod
from tokodesk.domain.log import Channel, Direction
from tokodesk.domain.orders import Fulfilment, OrderStatus
from tokodesk.domain.shipping import Courier
from tokodesk.services import complaints, feedback, staff
from tokodesk.services import log as log_service
from tokodesk.services.access import NotAllowed
from tokodesk.services.orders import ItemInput, move_order
from tokodesk.services.payments import order_totals
from tokodesk.services.shipping import ShipmentInput, create_shipment, set_status

WIB = dt.timezone(dt.timedelta(hours=7))
T0 = dt.datetime(2026, 11, 10, 9, 0, tzinfo=WIB)
MIN = dt.timedelta(minutes=1)
STOCK = [ItemInput("Tas rajut", 1, 300_000)]


@pytest.fixture
def db(db_url):
    database = f.open_as_owner(db_url, now=T0)
    yield database
    database.close()


@pytest.fixture
def people(db):
    def setup(s):
        owner = staff.setup_owner(s, "Bu Rina", "1234", now=T0)
        sid, _ = staff.add_staff(s, staff.StaffInput("Dewi", "2580"), actor=owner, now=T0)
        return owner, staff.get_actor(s, sid)

    return db.write(setup)


def collected_order(s, actor, *, fulfilment=Fulfilment.PICKUP):
    """A stock order paid in full (Rp300.000) and collected (or shipped and delivered)."""
    _, oid = f.order(s, actor, T0, items=STOCK, deposit=300_000, fulfilment=fulfilment)
    if fulfilment is Fulfilment.PICKUP:
        move_order(s, oid, OrderStatus.READY, actor=actor, now=T0)
        move_order(s, oid, OrderStatus.COLLECTED, actor=actor, now=T0)
    else:
        move_order(s, oid, OrderStatus.READY, actor=actor, now=T0)
        sid, _ = create_shipment(
            s, ShipmentInput(oid, Courier.JNE, 800, resi="CGK1234567890"), actor=actor, now=T0
        )
        from tokodesk.domain.shipping import ShipmentStatus

        set_status(s, sid, ShipmentStatus.DELIVERED, actor=actor, now=T0)
    return oid


def opened(db, actor, oid, kind=ComplaintType.DAMAGED, at=T0 + 60 * MIN):
    def work(s):
        from tokodesk.db.models import Order

        cust = s.get(Order, oid).customer_id
        log_id, _ = log_service.add_entry(
            s,
            log_service.LogInput(cust, Channel.WHATSAPP, Direction.IN, "Kak, tasnya sobek di jahitan", oid),
            actor=actor,
            now=at,
        )
        cid, _ = complaints.open_complaint(
            s,
            complaints.ComplaintInput(
                cust, kind, "Tasnya sobek di jahitan", order_id=oid, evidence=(log_id,)
            ),
            actor=actor,
            now=at,
        )
        return cid

    return db.write(work)


def test_a_case_goes_from_new_to_resolved_with_a_partial_refund(db, people):
    owner, _ = people
    oid = db.write(lambda s: collected_order(s, owner))
    cid = opened(db, owner, oid)
    db.write(
        lambda s: complaints.record_reply(
            s,
            cid,
            Channel.WHATSAPP,
            complaints.compose_reply(s, cid, T0.date()),
            actor=owner,
            now=T0 + 75 * MIN,
        )
    )
    db.write(lambda s: complaints.move_complaint(s, cid, CaseStatus.CHECKING, actor=owner, now=T0 + 90 * MIN))
    db.write(
        lambda s: complaints.set_finding(
            s, cid, Finding.SHOP, "jahitan lepas", actor=owner, now=T0 + 95 * MIN
        )
    )
    made, changes = db.write(
        lambda s: complaints.resolve_complaint(
            s,
            complaints.ResolveInput(
                cid, Finding.SHOP, Resolution.PARTIAL_REFUND, "potongan", refund_amount=100_000
            ),
            actor=owner,
            now=T0 + 180 * MIN,
        )
    )
    assert changes.ledger and changes.complaints

    def check(s):
        c = s.get(Complaint, cid)
        assert c.status == "resolved" and c.resolution == "partial_refund" and c.cost == 100_000
        assert c.first_response_at == T0 + 75 * MIN  # the reply
        assert c.closed_at == T0 + 180 * MIN
        refund = s.get(LedgerEntry, made)
        assert (refund.kind, refund.amount, refund.method, refund.order_id) == (
            "refund",
            100_000,
            "transfer",
            oid,
        )
        assert c.refund_entry_id == made
        from tokodesk.db.models import Order

        assert order_totals(s, s.get(Order, oid)).paid == 200_000
        path = [
            (e.from_status, e.to_status)
            for e in s.scalars(select(ComplaintEvent).order_by(ComplaintEvent.id))
        ]
        assert path == [
            (None, "new"),
            ("new", "acknowledged"),
            ("acknowledged", "checking"),
            ("checking", "checking"),  # the finding
            ("checking", "resolved"),
        ]
        view = complaints.complaint_view(s, cid)
        # the customer's message and our reply are the case's evidence
        assert [e.direction for e in view.evidence] == ["in", "out"]
        actions = set(s.scalars(select(AuditEvent.action).where(AuditEvent.target_kind == "complaint")))
        assert {"complaint.new", "complaint.status", "complaint.finding", "complaint.resolved"} <= actions

    db.read(check)


def test_a_refund_needs_the_reversal_permission_and_writes_nothing_when_refused(db, people):
    owner, dewi = people
    oid = db.write(lambda s: collected_order(s, owner))
    cid = opened(db, dewi, oid)
    with pytest.raises(NotAllowed):
        db.write(
            lambda s: complaints.resolve_complaint(
                s,
                complaints.ResolveInput(cid, Finding.SHOP, Resolution.FULL_REFUND),
                actor=dewi,
                now=T0 + 120 * MIN,
            )
        )

    def check(s):
        assert s.get(Complaint, cid).status == "new"
        assert not s.scalars(select(LedgerEntry).where(LedgerEntry.kind == "refund")).all()
        refused = s.scalars(select(AuditEvent).where(AuditEvent.outcome == "refused")).all()
        assert [e.action for e in refused] == ["complaint.resolved"]

    db.read(check)


def test_a_full_refund_returns_what_was_paid(db, people):
    owner, _ = people
    oid = db.write(lambda s: collected_order(s, owner))
    cid = opened(db, owner, oid)
    made, _ = db.write(
        lambda s: complaints.resolve_complaint(
            s,
            complaints.ResolveInput(
                cid, Finding.SHOP, Resolution.FULL_REFUND, refund_method=PaymentMethod.CASH
            ),
            actor=owner,
            now=T0 + 120 * MIN,
        )
    )
    entry = db.read(lambda s: s.get(LedgerEntry, made))
    assert (entry.amount, entry.method) == (300_000, "cash")
    c = db.read(lambda s: s.get(Complaint, cid))
    assert c.cost == 300_000
    assert c.first_response_at == c.closed_at == T0 + 120 * MIN  # resolved at once: answered then


@pytest.mark.parametrize("amount", [0, 300_000, 400_000])
def test_a_partial_refund_must_be_between_nothing_and_everything(db, people, amount):
    owner, _ = people
    oid = db.write(lambda s: collected_order(s, owner))
    cid = opened(db, owner, oid)
    with pytest.raises(InvalidInput) as e:
        db.write(
            lambda s: complaints.resolve_complaint(
                s,
                complaints.ResolveInput(cid, Finding.SHOP, Resolution.PARTIAL_REFUND, refund_amount=amount),
                actor=owner,
                now=T0 + 120 * MIN,
            )
        )
    assert "Rp300.000" in e.value.errors[0].message
    assert db.read(lambda s: s.get(Complaint, cid).status) == "new"


def test_a_resend_is_a_new_shipment_linked_to_the_parcel(db, people):
    owner, _ = people
    oid = db.write(lambda s: collected_order(s, owner, fulfilment=Fulfilment.DELIVERY))
    cid = opened(db, owner, oid, kind=ComplaintType.WRONG_ITEM)
    made, _ = db.write(
        lambda s: complaints.resolve_complaint(
            s,
            complaints.ResolveInput(
                cid,
                Finding.SHOP,
                Resolution.RESEND,
                "warna salah",
                resend=complaints.ResendParcel("jne", resi="CGK9876543210", shipping_cost=18_000),
            ),
            actor=owner,
            now=T0 + 120 * MIN,
        )
    )

    def check(s):
        new = s.get(Shipment, made)
        assert new.replaces_id is not None and new.order_id == oid and new.status == "shipped"
        assert "keluhan #" in new.note
        c = s.get(Complaint, cid)
        assert (c.shipment_id, c.cost) == (made, 18_000)

    db.read(check)


def test_a_resend_without_a_parcel_is_refused(db, people):
    owner, _ = people
    oid = db.write(lambda s: collected_order(s, owner))
    cid = opened(db, owner, oid, kind=ComplaintType.SHORT)
    with pytest.raises(DomainError, match="belum pernah dikirim"):
        db.write(
            lambda s: complaints.resolve_complaint(
                s,
                complaints.ResolveInput(
                    cid,
                    Finding.SHOP,
                    Resolution.RESEND,
                    resend=complaints.ResendParcel("jne", "CGK1111111111"),
                ),
                actor=owner,
                now=T0 + 120 * MIN,
            )
        )


def test_remakes_carry_whose_error_and_a_charge_only_for_the_customers(db, people):
    owner, _ = people
    oid = db.write(lambda s: collected_order(s, owner))
    cid = opened(db, owner, oid, kind=ComplaintType.WRONG_PERSONALIZATION)
    with pytest.raises(DomainError, match="kesalahan pelanggan"):
        db.write(
            lambda s: complaints.resolve_complaint(
                s,
                complaints.ResolveInput(cid, Finding.SHOP, Resolution.REMAKE_CHARGED, remake_charge=50_000),
                actor=owner,
                now=T0 + 120 * MIN,
            )
        )
    made, changes = db.write(
        lambda s: complaints.resolve_complaint(
            s,
            complaints.ResolveInput(
                cid,
                Finding.CUSTOMER,
                Resolution.REMAKE_CHARGED,
                "nama dikonfirmasi salah",
                remake_charge=50_000,
            ),
            actor=owner,
            now=T0 + 120 * MIN,
        )
    )
    remake = db.read(lambda s: s.get(Remake, made))
    assert (remake.fault, remake.charge) == ("customer", 50_000)
    assert changes.ledger
    assert db.read(lambda s: s.get(Complaint, cid).remake_id) == made


def test_declining_needs_a_finding_that_is_not_the_shops_and_a_reason(db, people):
    owner, _ = people
    oid = db.write(lambda s: collected_order(s, owner))
    cid = opened(db, owner, oid, kind=ComplaintType.QUALITY)
    with pytest.raises(InvalidInput) as e:
        db.write(
            lambda s: complaints.decline_complaint(s, cid, Finding.SHOP, "", actor=owner, now=T0 + 90 * MIN)
        )
    assert {fe.field for fe in e.value.errors} == {"finding", "note"}
    db.write(
        lambda s: complaints.decline_complaint(
            s, cid, Finding.NOT_PROVEN, "foto tidak menunjukkan cacat", actor=owner, now=T0 + 90 * MIN
        )
    )
    c = db.read(lambda s: s.get(Complaint, cid))
    assert (c.status, c.finding, c.cost, c.closed_at) == ("declined", "not_proven", 0, T0 + 90 * MIN)
    with pytest.raises(DomainError, match="sudah ditutup"):
        db.write(lambda s: complaints.set_finding(s, cid, Finding.SHOP, actor=owner, now=T0 + 100 * MIN))


def test_bad_input_opens_nothing(db, people):
    owner, _ = people
    oid = db.write(lambda s: collected_order(s, owner))
    other = db.write(lambda s: f.customer(s, owner, T0, name="Orang Lain").id)
    with pytest.raises(InvalidInput) as e:
        db.write(
            lambda s: complaints.open_complaint(
                s,
                complaints.ComplaintInput(
                    other, ComplaintType.LATE, "  ", order_id=oid, received_at=T0 + 3 * 60 * MIN
                ),
                actor=owner,
                now=T0,
            )
        )
    assert {fe.field for fe in e.value.errors} == {"order", "words", "received_at"}
    assert db.read(lambda s: s.scalars(select(Complaint)).all()) == []


def test_evidence_must_be_the_customers_own_log(db, people):
    owner, _ = people
    oid = db.write(lambda s: collected_order(s, owner))
    cid = opened(db, owner, oid)

    def stranger_entry(s):
        other = f.customer(s, owner, T0, name="Orang Lain").id
        eid, _ = log_service.add_entry(
            s, log_service.LogInput(other, Channel.PHONE, Direction.IN, "halo"), actor=owner, now=T0
        )
        return eid

    eid = db.write(stranger_entry)
    with pytest.raises(InvalidInput):
        db.write(lambda s: complaints.add_evidence(s, cid, [eid], actor=owner, now=T0 + 5 * MIN))


def test_the_owners_guideline_replaces_the_default_and_an_empty_one_restores_it(db, people):
    owner, dewi = people
    with pytest.raises(NotAllowed):
        db.write(
            lambda s: complaints.save_guideline(s, ComplaintType.LATE, "x", "y {nama}", actor=dewi, now=T0)
        )
    with pytest.raises(InvalidInput):
        db.write(
            lambda s: complaints.save_guideline(
                s, ComplaintType.LATE, "Cek", "Halo {pelanggan}", actor=owner, now=T0
            )
        )
    db.write(
        lambda s: complaints.save_guideline(
            s,
            ComplaintType.LATE,
            "1. Telepon langsung",
            "Maaf Kak {nama}, {kode} terlambat",
            actor=owner,
            now=T0,
        )
    )
    g = db.read(lambda s: complaints.guideline(s, ComplaintType.LATE))
    assert g.steps == "1. Telepon langsung"
    oid = db.write(lambda s: collected_order(s, owner))
    cid = opened(db, owner, oid, kind=ComplaintType.LATE)
    reply = db.read(lambda s: complaints.compose_reply(s, cid, T0.date()))
    assert reply.startswith("Maaf Kak Siti Rahayu, TD-")
    db.write(lambda s: complaints.save_guideline(s, ComplaintType.LATE, "", "", actor=owner, now=T0))
    assert (
        db.read(lambda s: complaints.guideline(s, ComplaintType.LATE))
        == DEFAULT_GUIDELINES[ComplaintType.LATE]
    )


def test_every_default_guideline_reply_is_a_valid_template():
    from tokodesk.domain.messages import check_template

    for g in DEFAULT_GUIDELINES.values():
        check_template(g.reply)
        assert g.steps.strip()


def test_feedback_is_asked_after_pickup_and_the_rating_is_kept(db, people):
    owner, dewi = people
    _, waiting = db.write(lambda s: f.order(s, owner, T0, items=STOCK, deposit=300_000))
    with pytest.raises(DomainError, match="setelah pesanan diambil"):
        db.read(lambda s: feedback.compose_request(s, waiting, T0.date()))
    oid = db.write(lambda s: collected_order(s, owner))
    text = db.read(lambda s: feedback.compose_request(s, oid, T0.date()).text)
    assert "nilai 1–5" in text
    db.write(lambda s: feedback.record_request(s, oid, Channel.WHATSAPP, text, actor=dewi, now=T0 + 60 * MIN))
    with pytest.raises(InvalidInput):
        db.write(lambda s: feedback.record_rating(s, oid, 6, actor=dewi, now=T0 + 120 * MIN))
    db.write(lambda s: feedback.record_rating(s, oid, 4, "rapi, agak lama", actor=dewi, now=T0 + 120 * MIN))
    db.write(
        lambda s: feedback.record_rating(s, oid, 5, "sudah dibalas, puas", actor=dewi, now=T0 + 180 * MIN)
    )
    view = db.read(lambda s: feedback.feedback_for(s, oid))
    assert (view.rating, view.comment, view.request_channel, view.requested_by) == (
        5,
        "sudah dibalas, puas",
        "whatsapp",
        "Dewi",
    )
    assert db.read(lambda s: len(s.scalars(select(Feedback)).all())) == 1
    details = db.read(
        lambda s: s.scalars(select(AuditEvent.detail).where(AuditEvent.action == "order.rating")).all()
    )
    assert details[-1].startswith("5/5 (sebelumnya 4)")
    from tokodesk.db.models import LogEntry

    logged = db.read(lambda s: s.scalars(select(LogEntry).where(LogEntry.source == "feedback")).all())
    assert [(e.order_id, e.direction, e.text) for e in logged] == [(oid, "out", text)]


def test_the_list_finds_open_cases_by_name_and_code(db, people):
    owner, _ = people
    oid = db.write(lambda s: collected_order(s, owner))
    first = opened(db, owner, oid)
    second = opened(db, owner, oid, kind=ComplaintType.LATE, at=T0 + 120 * MIN)
    db.write(
        lambda s: complaints.decline_complaint(
            s, first, Finding.CUSTOMER, "dipakai salah", actor=owner, now=T0 + 3 * 60 * MIN
        )
    )
    assert db.read(lambda s: complaints.complaint_ids(s)) == [second, first]
    assert db.read(lambda s: complaints.complaint_ids(s, open_only=True)) == [second]
    assert db.read(lambda s: complaints.complaint_count(s, text="siti")) == 2
    assert db.read(lambda s: complaints.complaint_count(s, text="nobody")) == 0
    rows = db.read(lambda s: complaints.complaint_rows(s, [second]))
    assert rows[0].kind is ComplaintType.LATE and rows[0].status is CaseStatus.NEW
