"""Payments not yet cleared (issue 7, part 4) and confirmation before production (part 5):
a pending cheque blocks the handover; clearing or bouncing it is a ledger entry; only the
owner can go ahead anyway, with a reason that is logged; custom details wait for the
customer's written confirmation; a remake says whose error it was."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from tests import factories as f
from tokodesk.db.models import AuditEvent, Confirmation, LedgerEntry, LogEntry, Remake, StatusChange
from tokodesk.domain.errors import DomainError, InvalidInput
from tokodesk.domain.ledger import EntryKind, PaymentMethod
from tokodesk.domain.log import Channel
from tokodesk.domain.orders import OrderStatus
from tokodesk.services import staff
from tokodesk.services.access import NotAllowed
from tokodesk.services.confirmations import ConfirmationInput, RemakeInput, record_confirmation, record_remake
from tokodesk.services.handover import HandoverInput, hand_over
from tokodesk.services.log import FileInput
from tokodesk.services.orders import ItemInput, get_order, move_order
from tokodesk.services.payments import (
    PaymentInput,
    order_totals,
    pending_payments,
    record_payment,
    reverse_entry,
    settle_pending,
)

WIB = dt.timezone(dt.timedelta(hours=7))
NOW = dt.datetime(2026, 11, 22, 10, 0, tzinfo=WIB)
LAST_MONTH = dt.date(2026, 10, 30)
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


@pytest.fixture
def db(db_url):
    database = f.open_as_owner(db_url, now=NOW)
    yield database
    database.close()


@pytest.fixture
def people(db):
    def setup(s):
        owner = staff.setup_owner(s, "Bu Rina", "1234", now=NOW)
        sid, _ = staff.add_staff(s, staff.StaffInput("Dewi", "2580"), actor=owner, now=NOW)
        return owner, staff.get_actor(s, sid)

    return db.write(setup)


def ready_with_cheque(db, owner):
    """A stock order (no custom details) ready for pickup, its balance paid by a cheque."""

    def work(s):
        _, oid = f.order(s, owner, NOW, items=[ItemInput("Mug polos", 2, 50_000)], deposit=50_000)
        move_order(s, oid, OrderStatus.READY, actor=owner, now=NOW)  # a stock order starts confirmed
        pid, _ = record_payment(
            s, PaymentInput(oid, 50_000, PaymentMethod.CHEQUE, cleared=False), actor=owner, now=NOW
        )
        return oid, pid

    return db.write(work)


def test_a_cheque_is_pending_until_it_clears_five_days_later(db, people):
    owner, _ = people
    oid, pid = ready_with_cheque(db, owner)
    entry = db.read(lambda s: s.get(LedgerEntry, pid))
    assert entry.clears_on == dt.date(2026, 11, 27)  # the default: five days after payment
    (pending,) = db.read(lambda s: pending_payments(s))
    assert (pending.entry_id, pending.order_id, pending.amount) == (pid, oid, 50_000)
    t = db.read(lambda s: order_totals(s, get_order_row(s, oid)))
    assert (t.paid, t.pending, t.balance) == (50_000, 50_000, 50_000)


def test_a_pending_cheque_blocks_the_handover(db, people):
    owner, dewi = people
    oid, _ = ready_with_cheque(db, owner)
    with pytest.raises(DomainError, match="belum cair"):
        db.write(lambda s: hand_over(s, HandoverInput(oid), actor=dewi, now=NOW))
    assert db.read(lambda s: get_order(s, oid).status) is OrderStatus.READY


def test_staff_cannot_override_and_the_refusal_is_audited(db, people):
    owner, dewi = people
    oid, _ = ready_with_cheque(db, owner)
    with pytest.raises(NotAllowed):
        db.write(
            lambda s: hand_over(
                s, HandoverInput(oid, override_reason="pelanggan langganan"), actor=dewi, now=NOW
            )
        )
    refused = db.read(
        lambda s: list(s.scalars(select(AuditEvent).where(AuditEvent.action == "order.override_pending")))
    )
    assert [(e.outcome, e.staff_id) for e in refused] == [("refused", dewi.staff_id)]
    assert db.read(lambda s: get_order(s, oid).status) is OrderStatus.READY


def test_the_owners_override_is_logged_with_the_reason(db, people):
    owner, _ = people
    oid, _ = ready_with_cheque(db, owner)
    reason = "Pelanggan tetap 5 tahun, cek dari perusahaannya"
    db.write(lambda s: hand_over(s, HandoverInput(oid, override_reason=reason), actor=owner, now=NOW))
    assert db.read(lambda s: get_order(s, oid).status) is OrderStatus.COLLECTED
    ok = db.read(
        lambda s: s.scalars(
            select(AuditEvent).where(
                AuditEvent.action == "order.override_pending", AuditEvent.outcome == "ok"
            )
        ).one()
    )
    assert reason in ok.detail and "Rp50.000" in ok.detail
    last = db.read(
        lambda s: s.scalars(
            select(StatusChange).where(StatusChange.order_id == oid).order_by(StatusChange.id.desc())
        ).first()
    )
    assert last.to_status == "collected" and reason in last.note


def test_clearing_is_a_ledger_entry_and_then_the_handover_goes_through(db, people):
    owner, dewi = people
    oid, pid = ready_with_cheque(db, owner)
    db.write(lambda s: settle_pending(s, pid, arrived=True, actor=dewi, now=NOW))
    kinds = db.read(
        lambda s: [
            (e.kind, e.amount, e.settles_id)
            for e in s.scalars(
                select(LedgerEntry).where(LedgerEntry.order_id == oid).order_by(LedgerEntry.id)
            )
        ]
    )
    assert kinds[-1] == ("clearance", 50_000, pid)
    assert db.read(lambda s: s.get(LedgerEntry, pid).cleared) is False  # the original is never edited
    assert db.read(lambda s: pending_payments(s)) == []
    db.write(lambda s: hand_over(s, HandoverInput(oid), actor=dewi, now=NOW))
    assert db.read(lambda s: get_order(s, oid).status) is OrderStatus.COLLECTED
    with pytest.raises(DomainError, match="sudah diselesaikan"):
        db.write(lambda s: settle_pending(s, pid, arrived=False, note="x", actor=dewi, now=NOW))


def test_a_bounced_cheque_needs_a_reason_and_the_order_owes_it_again(db, people):
    owner, dewi = people
    oid, pid = ready_with_cheque(db, owner)
    with pytest.raises(InvalidInput, match="alasan"):
        db.write(lambda s: settle_pending(s, pid, arrived=False, actor=dewi, now=NOW))
    db.write(lambda s: settle_pending(s, pid, arrived=False, note="Cek ditolak bank", actor=dewi, now=NOW))
    v = db.read(lambda s: get_order(s, oid))
    assert (v.totals.paid, v.totals.pending, v.totals.balance) == (50_000, 0, 50_000)
    assert v.entries[-1].kind is EntryKind.BOUNCE
    with pytest.raises(DomainError, match="Belum lunas"):  # no longer blocked by pending: owed
        db.write(lambda s: move_order(s, oid, OrderStatus.COLLECTED, actor=dewi, now=NOW))


def test_a_reversed_pending_payment_cannot_be_cleared(db, people):
    owner, dewi = people
    _, pid = ready_with_cheque(db, owner)
    db.write(lambda s: reverse_entry(s, pid, "salah catat", actor=owner, now=NOW))
    with pytest.raises(DomainError, match="sudah diselesaikan atau dikoreksi"):
        db.write(lambda s: settle_pending(s, pid, arrived=True, actor=dewi, now=NOW))


def test_a_clearing_date_before_the_payment_is_refused(db, people):
    owner, _ = people
    _, oid = db.write(
        lambda s: f.order(s, owner, NOW, items=[ItemInput("Mug polos", 2, 50_000)], deposit=50_000)
    )
    before = db.read(lambda s: len(list(s.scalars(select(LedgerEntry.id)))))
    with pytest.raises(InvalidInput, match="Tanggal cair"):
        db.write(
            lambda s: record_payment(
                s,
                PaymentInput(
                    oid, 10_000, PaymentMethod.TRANSFER, cleared=False, clears_on=dt.date(2026, 11, 1)
                ),
                actor=owner,
                now=NOW,
            )
        )
    assert db.read(lambda s: len(list(s.scalars(select(LedgerEntry.id))))) == before


# ----------------------------------------------------------------- confirmation before production


def custom_order(db, owner):
    def work(s):
        _, oid = f.order(s, owner, NOW)  # "Kaos sablon custom", custom details "Nama: BUDI, ukuran L"
        move_order(s, oid, OrderStatus.CONFIRMED, actor=owner, now=NOW)
        return oid

    return db.write(work)


def test_the_confirmation_gate_blocks_production(db, people):
    owner, dewi = people
    oid = custom_order(db, owner)
    with pytest.raises(DomainError, match="belum dikonfirmasi pelanggan"):
        db.write(lambda s: move_order(s, oid, OrderStatus.IN_PRODUCTION, actor=dewi, now=NOW))
    assert db.read(lambda s: get_order(s, oid).needs_confirmation) is True
    confirmed_at = NOW - dt.timedelta(hours=1)
    data = ConfirmationInput(
        oid,
        Channel.WHATSAPP,
        "Budi (pemesan)",
        "Nama: BUDI, ukuran L. Sudah benar kak",
        confirmed_at=confirmed_at,
        screenshot=FileInput("wa.png", PNG),
    )
    db.write(lambda s: record_confirmation(s, data, actor=dewi, now=NOW))
    db.write(lambda s: move_order(s, oid, OrderStatus.IN_PRODUCTION, actor=dewi, now=NOW))
    row = db.read(lambda s: s.scalars(select(Confirmation)).one())
    log = db.read(lambda s: s.get(LogEntry, row.log_entry_id))
    assert (row.confirmed_by, row.staff_id) == ("Budi (pemesan)", dewi.staff_id)
    assert log.source == "confirmation" and log.direction == "in" and log.hash  # sealed evidence
    assert "Nama: BUDI, ukuran L. Sudah benar kak" in log.text
    assert db.read(lambda s: len(s.get(LogEntry, row.log_entry_id).attachments)) == 1


@pytest.mark.parametrize(
    ("who", "text", "message"),
    [("", "Nama: BUDI", "siapa yang mengonfirmasi"), ("Budi", "  ", "Tempel teks persis")],
)
def test_a_confirmation_without_who_or_text_writes_nothing(db, people, who, text, message):
    owner, _ = people
    oid = custom_order(db, owner)
    with pytest.raises(InvalidInput, match=message):
        db.write(
            lambda s: record_confirmation(
                s, ConfirmationInput(oid, Channel.PHONE, who, text), actor=owner, now=NOW
            )
        )
    assert db.read(lambda s: list(s.scalars(select(Confirmation)))) == []
    assert db.read(lambda s: get_order(s, oid).needs_confirmation) is True


def test_a_stock_order_needs_no_confirmation(db, people):
    owner, _ = people

    def work(s):
        _, oid = f.order(s, owner, NOW, items=[ItemInput("Mug polos", 2, 50_000)], deposit=50_000)
        move_order(s, oid, OrderStatus.IN_PRODUCTION, actor=owner, now=NOW)
        return get_order(s, oid)

    assert db.write(work).needs_confirmation is False


def test_a_remake_records_whose_error_and_a_charge_goes_on_the_ledger(db, people):
    owner, dewi = people
    oid = custom_order(db, owner)
    with pytest.raises(InvalidInput, match="Kesalahan toko"):
        db.write(
            lambda s: record_remake(s, RemakeInput(oid, "shop", 20_000, "salah cetak"), actor=dewi, now=NOW)
        )
    db.write(lambda s: record_remake(s, RemakeInput(oid, "shop", 0, "nama tertukar"), actor=dewi, now=NOW))
    before = db.read(lambda s: order_totals(s, get_order_row(s, oid)).charges)
    db.write(
        lambda s: record_remake(
            s, RemakeInput(oid, "customer", 25_000, "pelanggan salah ketik nama"), actor=dewi, now=NOW
        )
    )
    rows = db.read(
        lambda s: [(r.fault, r.charge, r.ledger_entry_id is not None) for r in s.scalars(select(Remake))]
    )
    assert rows == [("shop", 0, False), ("customer", 25_000, True)]
    after = db.read(lambda s: order_totals(s, get_order_row(s, oid)).charges)
    assert after - before == 25_000


def get_order_row(s, oid):
    from tokodesk.db.models import Order

    return s.get(Order, oid)
