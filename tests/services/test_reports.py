"""The routine reports against hand-computed figures on a fixed data set made through the real
services: every figure of the daily closing of 10 November 2026, and the complaint, no-show,
deposit, forfeit, storage-fee, busy-time, rating and standing figures of November 2026.

All times are local wall-clock times (``naive.astimezone()``), so the day bounds hold in any
zone the machine has.  Complaint times all fall after 2 November, clear of daylight-saving
changes, so the durations below are exact.

The shop (every order is «ambil di toko» unless it says COD; minimum deposit set to 0 %):

    order  customer  taken           total    deposit          pickup   what happens
    A      Ani       Tue 10 Nov 09   300,000  100,000 cash     13 Nov   nothing more (waiting)
    B      Budi      Tue  3 Nov 10   200,000  100,000 transfer  6 Nov   ready 5 Nov; handed over
                                                                        10 Nov 11:00: storage fee
                                                                        2 days × 5,000 = 10,000,
                                                                        paid 110,000 cash (late)
    C      Citra     Mon  2 Nov 10   500,000  150,000 qris      5 Dec   cheque 350,000 on 10 Nov
                                                                        12:00 (clears 15 Nov),
                                                                        cleared 15 Nov
    D      Dedi      Sun  1 Nov 09   400,000  120,000 cash     12 Nov   transfer 280,000 pending
                                                                        5 Nov, cleared 10 Nov 13:00;
                                                                        ready 11 Nov, collected 12 Nov
    E      Eka       Mon  9 Nov 11   100,000   50,000 cash     12 Nov   deposit reversed 10 Nov 14:00,
                                                                        50,000 transfer 14:05;
                                                                        cancelled 11 Nov
    F      Fajar     Mon  2 Nov 11   150,000  150,000 cash      4 Nov   ready 3 Nov, collected 4 Nov;
                                                                        complaint, refund 50,000 cash
                                                                        10 Nov 15:00
    G      Gita      Sun  1 Nov 10   300,000   90,000 cash      2 Nov   ready 2 Nov, forfeited
                                                                        10 Nov 10:00; blacklisted
    H      Hadi      Thu  5 Nov 10   200,000        0 (COD)     6 Nov   shipped 6 Nov, delivered
                                                                        8 Nov 15:00, COD 200,000
                                                                        received 12 Nov
    I      Intan     Thu  5 Nov 14   150,000        0 (COD)     6 Nov   shipping 20,000 charged,
                                                                        delivered 9 Nov, COD 170,000
                                                                        received 10 Nov 16:00
    J      Joko      Sun  8 Nov 15   200,000   60,000 cash     11 Nov   transfer 140,000 pending
                                                                        8 Nov 16:00, bounced 11 Nov
    L      Lina      Fri 20 Nov 10   250,000  100,000 cash     24 Nov   ready 23 Nov, never collected
    M      Maya      Wed 28 Oct 10   100,000  100,000 cash     31 Oct   nothing more (before November)
    N      Nina      Wed  2 Dec 10   100,000   50,000 cash      5 Dec   after November
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from tests import factories as f
from tokodesk.db.models import ChainHead, LedgerEntry, LogEntry, Shipment, StatusChange
from tokodesk.domain.complaints import CaseStatus, ComplaintType, Finding, Resolution
from tokodesk.domain.ledger import EntryKind, PaymentMethod
from tokodesk.domain.orders import Fulfilment, OrderStatus
from tokodesk.domain.shipping import Courier, ShipmentStatus
from tokodesk.services import (
    chain,
    complaints,
    feedback,
    handover,
    orders,
    payments,
    settings,
    staff,
    standing,
)
from tokodesk.services import shipping as ship
from tokodesk.services.access import NotAllowed
from tokodesk.services.orders import ItemInput
from tokodesk.services.reports import (
    ChainLine,
    CodLine,
    ComplaintLine,
    DailyClosing,
    MoneyLine,
    Movement,
    OverdueLine,
    PeriodReport,
    RatingLine,
    ReportKind,
    StandingLine,
    build_report,
    daily_closing,
    period_report,
)


def T(month: int, day: int, hour: int, minute: int = 0) -> dt.datetime:
    """A local wall-clock time in 2026, aware."""
    return dt.datetime(2026, month, day, hour, minute).astimezone()


def N(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return T(11, day, hour, minute)


NOV = dt.date(2026, 11, 1)
D10 = dt.date(2026, 11, 10)
REPORT_NOW = T(12, 3, 9)  # the reports are made on 3 December


@dataclass
class Shop:
    ids: dict[str, int]  # order letter → id
    codes: dict[str, str]
    customers: dict[str, int]
    entries: dict[str, int]  # named ledger entries
    cases: dict[str, int]  # complaint cases
    shipments: dict[str, int]


def _order(
    session, actor, shop, letter, name, at, total, deposit, pickup, method=PaymentMethod.CASH, cod=False
):
    cid = f.customer(session, actor, at, name=name).id
    code, oid = f.order(
        session,
        actor,
        at,
        customer_id=cid,
        items=[ItemInput(f"Pesanan {letter}", 1, total, "")],
        deposit=deposit,
        pickup=pickup,
        method=method,
        fulfilment=Fulfilment.COD if cod else Fulfilment.PICKUP,
    )
    shop.ids[letter], shop.codes[letter], shop.customers[letter] = oid, code, cid
    return oid


def _last_entry(session, order_id, kind) -> int:
    return session.scalar(
        select(func.max(LedgerEntry.id)).where(
            LedgerEntry.order_id == order_id, LedgerEntry.kind == str(kind)
        )
    )


def _pay(session, actor, at, oid, amount, method, *, kind=EntryKind.PAYMENT, cleared=True, clears_on=None):
    eid, _ = payments.record_payment(
        session,
        payments.PaymentInput(oid, amount, method, kind=kind, cleared=cleared, clears_on=clears_on),
        actor=actor,
        now=at,
    )
    return eid


def _move(session, actor, at, oid, status, note=""):
    orders.move_order(session, oid, status, actor=actor, now=at, note=note)


def build_shop(session, actor) -> Shop:
    settings.put(session, "deposit.min_percent", 0)  # COD orders take no deposit
    s = Shop({}, {}, {}, {}, {}, {})
    mv = lambda at, letter, status, note="": _move(session, actor, at, s.ids[letter], status, note)  # noqa: E731

    # M: before November, open at its end
    _order(session, actor, s, "M", "Maya", T(10, 28, 10), 100_000, 100_000, dt.date(2026, 10, 31))
    # D, G (Sunday 1 Nov)
    d = _order(session, actor, s, "D", "Dedi", N(1, 9), 400_000, 120_000, dt.date(2026, 11, 12))
    g = _order(session, actor, s, "G", "Gita", N(1, 10), 300_000, 90_000, dt.date(2026, 11, 2))
    # C, F (Monday 2 Nov)
    c = _order(
        session, actor, s, "C", "Citra", N(2, 10), 500_000, 150_000, dt.date(2026, 12, 5), PaymentMethod.QRIS
    )
    fj = _order(session, actor, s, "F", "Fajar", N(2, 11), 150_000, 150_000, dt.date(2026, 11, 4))
    mv(N(2, 9), "G", OrderStatus.READY)
    # B (Tuesday 3 Nov)
    b = _order(
        session,
        actor,
        s,
        "B",
        "Budi",
        N(3, 10),
        200_000,
        100_000,
        dt.date(2026, 11, 6),
        PaymentMethod.TRANSFER,
    )
    mv(N(3, 9), "F", OrderStatus.READY)
    handover.hand_over(session, handover.HandoverInput(fj), actor=actor, now=N(4, 10))  # on time
    # H, I: COD (Thursday 5 Nov)
    h = _order(session, actor, s, "H", "Hadi", N(5, 10), 200_000, 0, dt.date(2026, 11, 6), cod=True)
    i = _order(session, actor, s, "I", "Intan", N(5, 14), 150_000, 0, dt.date(2026, 11, 6), cod=True)
    mv(N(5, 10), "B", OrderStatus.READY)
    s.entries["D transfer"] = _pay(
        session, actor, N(5, 12), d, 280_000, PaymentMethod.TRANSFER, cleared=False
    )
    mv(N(5, 12), "H", OrderStatus.READY)
    mv(N(5, 15), "I", OrderStatus.READY)
    s.shipments["H"], _ = ship.create_shipment(
        session,
        ship.ShipmentInput(order_id=h, courier=Courier.JNE, weight_g=1000, resi="CGK1111111111"),
        actor=actor,
        now=N(6, 10),
    )
    s.shipments["I"], _ = ship.create_shipment(
        session,
        ship.ShipmentInput(
            order_id=i,
            courier=Courier.JNE,
            weight_g=800,
            resi="CGK2222222222",
            shipping_cost=20_000,
            charge_shipping=True,
        ),
        actor=actor,
        now=N(6, 11),
    )
    ship.set_status(session, s.shipments["H"], ShipmentStatus.DELIVERED, actor=actor, now=N(8, 15))
    # J (Sunday 8 Nov): a transfer not seen yet
    j = _order(session, actor, s, "J", "Joko", N(8, 15), 200_000, 60_000, dt.date(2026, 11, 11))
    s.entries["J transfer"] = _pay(
        session, actor, N(8, 16), j, 140_000, PaymentMethod.TRANSFER, cleared=False
    )
    # E (Monday 9 Nov)
    e = _order(session, actor, s, "E", "Eka", N(9, 11), 100_000, 50_000, dt.date(2026, 11, 12))
    ship.set_status(session, s.shipments["I"], ShipmentStatus.DELIVERED, actor=actor, now=N(9, 12))

    # ---- Tuesday 10 November: the day of the closing
    a = _order(session, actor, s, "A", "Ani", N(10, 9), 300_000, 100_000, dt.date(2026, 11, 13))
    mv(N(10, 10), "G", OrderStatus.FORFEITED, "tidak diambil")  # keeps the 90,000
    handover.hand_over(
        session, handover.HandoverInput(b, pay_amount=110_000), actor=actor, now=N(10, 11)
    )  # 10,000 storage fee + 100,000 balance, cash
    s.entries["C cheque"] = _pay(
        session,
        actor,
        N(10, 12),
        c,
        350_000,
        PaymentMethod.CHEQUE,
        cleared=False,
        clears_on=dt.date(2026, 11, 15),
    )
    payments.settle_pending(session, s.entries["D transfer"], arrived=True, actor=actor, now=N(10, 13))
    payments.reverse_entry(
        session, _last_entry(session, e, EntryKind.DEPOSIT), "salah metode", actor=actor, now=N(10, 14)
    )
    _pay(session, actor, N(10, 14, 5), e, 50_000, PaymentMethod.TRANSFER, kind=EntryKind.DEPOSIT)
    ship.mark_cod_received(session, s.shipments["I"], actor=actor, now=N(10, 16))  # 170,000

    # ---- complaints
    # c5: told us on 3 Nov 08:00, recorded on 4 Nov; answered 4 Nov 10:00, voucher 5 Nov 10:00
    s.cases["c5"], _ = complaints.open_complaint(
        session,
        complaints.ComplaintInput(
            customer_id=s.customers["D"],
            kind=ComplaintType.WRONG_ITEM,
            words="Warna salah",
            received_at=N(3, 8),
        ),
        actor=actor,
        now=N(4, 9),
    )
    complaints.move_complaint(session, s.cases["c5"], CaseStatus.ACKNOWLEDGED, actor=actor, now=N(4, 10))
    complaints.resolve_complaint(
        session,
        complaints.ResolveInput(s.cases["c5"], Finding.SHOP, Resolution.VOUCHER, voucher_amount=25_000),
        actor=actor,
        now=N(5, 10),
    )
    # c1: F's parcel damaged, 9 Nov 16:00; answered 17:00; shop's error; refund 10 Nov 15:00
    s.cases["c1"], _ = complaints.open_complaint(
        session,
        complaints.ComplaintInput(
            customer_id=s.customers["F"], kind=ComplaintType.DAMAGED, words="Kaos sobek", order_id=fj
        ),
        actor=actor,
        now=N(9, 16),
    )
    complaints.move_complaint(session, s.cases["c1"], CaseStatus.ACKNOWLEDGED, actor=actor, now=N(9, 17))
    complaints.set_finding(session, s.cases["c1"], Finding.SHOP, actor=actor, now=N(10, 9, 30))
    complaints.resolve_complaint(
        session,
        complaints.ResolveInput(
            s.cases["c1"],
            Finding.SHOP,
            Resolution.PARTIAL_REFUND,
            note="Kaos sobek",
            refund_amount=50_000,
            refund_method=PaymentMethod.CASH,
        ),
        actor=actor,
        now=N(10, 15),
    )
    # c2: Ani about the service, 10 Nov 10:30; answered 12:30; declined 12 Nov 10:30
    s.cases["c2"], _ = complaints.open_complaint(
        session,
        complaints.ComplaintInput(
            customer_id=s.customers["A"], kind=ComplaintType.SERVICE, words="Staf kurang ramah"
        ),
        actor=actor,
        now=N(10, 10, 30),
    )
    complaints.move_complaint(session, s.cases["c2"], CaseStatus.ACKNOWLEDGED, actor=actor, now=N(10, 12, 30))

    # ---- after the closing day
    _move(session, actor, N(11, 9), e, OrderStatus.CANCELLED, "batal")
    payments.settle_pending(
        session, s.entries["J transfer"], arrived=False, note="transfer tidak ada", actor=actor, now=N(11, 9)
    )
    mv(N(11, 10), "D", OrderStatus.READY)
    # c3: Budi, late, 11 Nov 09:00; answered 09:30; explained 13:00
    s.cases["c3"], _ = complaints.open_complaint(
        session,
        complaints.ComplaintInput(
            customer_id=s.customers["B"], kind=ComplaintType.LATE, words="Kok lama", order_id=b
        ),
        actor=actor,
        now=N(11, 9),
    )
    complaints.move_complaint(session, s.cases["c3"], CaseStatus.ACKNOWLEDGED, actor=actor, now=N(11, 9, 30))
    complaints.resolve_complaint(
        session,
        complaints.ResolveInput(
            s.cases["c3"], Finding.SHOP, Resolution.EXPLANATION, note="Produksi terlambat, maaf"
        ),
        actor=actor,
        now=N(11, 13),
    )
    forfeit_change = session.scalar(
        select(StatusChange.id).where(StatusChange.order_id == g, StatusChange.to_status == "forfeited")
    )
    standing.set_standing(
        session,
        s.customers["G"],
        "blacklisted",
        "DP hangus",
        [f"forfeit:{forfeit_change}"],
        actor=actor,
        now=N(11, 10),
    )
    standing.set_standing(
        session, s.customers["G"], "blacklisted", "tetap", actor=actor, now=N(12, 9)
    )  # kept
    complaints.decline_complaint(
        session, s.cases["c2"], Finding.CUSTOMER, "Sudah dijelaskan", actor=actor, now=N(12, 10, 30)
    )
    handover.hand_over(session, handover.HandoverInput(d), actor=actor, now=N(12, 10))  # on time
    ship.mark_cod_received(session, s.shipments["H"], actor=actor, now=N(12, 10))
    payments.settle_pending(session, s.entries["C cheque"], arrived=True, actor=actor, now=N(15, 10))
    # c4: Citra, 20 Nov 08:00, not answered
    s.cases["c4"], _ = complaints.open_complaint(
        session,
        complaints.ComplaintInput(
            customer_id=s.customers["C"], kind=ComplaintType.QUALITY, words="Jahitan kurang rapi", order_id=c
        ),
        actor=actor,
        now=N(20, 8),
    )
    _order(session, actor, s, "L", "Lina", N(20, 10), 250_000, 100_000, dt.date(2026, 11, 24))
    mv(N(23, 10), "L", OrderStatus.READY)
    # ratings
    feedback.record_rating(session, fj, 5, "Mantap", actor=actor, now=N(5, 10))
    feedback.record_rating(session, b, 2, "Lama menunggu", actor=actor, now=N(11, 10))
    feedback.record_rating(session, d, 4, actor=actor, now=N(13, 10))
    feedback.record_rating(session, h, 3, "Kemasan penyok", actor=actor, now=N(14, 10))
    # after November
    _order(session, actor, s, "N", "Nina", T(12, 2, 10), 100_000, 50_000, dt.date(2026, 12, 5))
    assert a
    return s


@pytest.fixture
def shop(session, actor) -> Shop:
    return build_shop(session, actor)


@pytest.fixture
def clerk(session, actor, now):
    """A staff member without any grant (no REPORTS)."""
    sid, _ = staff.add_staff(session, staff.StaffInput("Dewi", "2580"), actor=actor, now=now)
    return staff.get_actor(session, sid)


def _entry(session, order_id, kind, amount):
    return session.scalar(
        select(LedgerEntry.id).where(
            LedgerEntry.order_id == order_id, LedgerEntry.kind == str(kind), LedgerEntry.amount == amount
        )
    )


# ---------------------------------------------------------------------------- the daily closing


def test_every_figure_of_the_daily_closing(session, actor, shop):
    r = daily_closing(session, D10, actor=actor, now=REPORT_NOW)
    assert isinstance(r, DailyClosing)
    assert (r.period.kind, r.period.start, r.period.end, r.period.label) == (
        ReportKind.DAILY,
        D10,
        D10,
        "10 Nov 2026",
    )
    assert r.generated_at == REPORT_NOW
    assert r.shop_name == settings.get(session, "shop.name")

    # money in on 10 Nov:
    #   A deposit 100,000 cash; E's cash deposit reversed −50,000      → cash/deposit      50,000
    #   B 110,000 cash: storage fee 10,000 first, then 100,000 balance → cash/balance     100,000
    #                                                                   cash/storage_fee  10,000
    #   E deposit again by transfer 50,000                             → transfer/deposit  50,000
    #   D's pending transfer cleared 280,000 (a payment)               → transfer/balance 280,000
    #   I's COD 170,000: the 20,000 shipping first, then the balance   → cod/balance      150,000
    #                                                                   cod/delivery_fee  20,000
    #   C's cheque 350,000 is pending: not money in
    assert r.money_in == [
        MoneyLine("cash", "deposit", 50_000),
        MoneyLine("cash", "balance", 100_000),
        MoneyLine("cash", "storage_fee", 10_000),
        MoneyLine("transfer", "deposit", 50_000),
        MoneyLine("transfer", "balance", 280_000),
        MoneyLine("cod", "balance", 150_000),
        MoneyLine("cod", "delivery_fee", 20_000),
    ]
    # cash 50,000 + 100,000 + 10,000; transfer 50,000 + 280,000; cod 150,000 + 20,000
    assert r.money_in_by_method == {"cash": 160_000, "transfer": 330_000, "cod": 170_000}
    # deposit 50,000 + 50,000; balance 100,000 + 280,000 + 150,000
    assert r.money_in_by_kind == {
        "deposit": 100_000,
        "balance": 530_000,
        "storage_fee": 10_000,
        "delivery_fee": 20_000,
    }
    assert r.money_in_total == 660_000  # 160,000 + 330,000 + 170,000

    refund_id = _entry(session, shop.ids["F"], EntryKind.REFUND, 50_000)
    assert r.refunds == [
        Movement(
            refund_id,
            shop.codes["F"],
            "Fajar",
            50_000,
            "cash",
            N(10, 15),
            f"Keluhan #{shop.cases['c1']}: Kaos sobek",
        )
    ]
    assert r.refunds_by_method == {"cash": 50_000}
    assert r.refunds_total == 50_000
    assert r.cash_in_drawer == 110_000  # cash in 160,000 − cash refunds 50,000

    forfeit_id = _entry(session, shop.ids["G"], EntryKind.FORFEIT, 90_000)
    assert r.forfeitures == [
        Movement(forfeit_id, shop.codes["G"], "Gita", 90_000, None, N(10, 10), "tidak diambil")
    ]
    assert r.forfeited_total == 90_000

    # pending at the end of 10 Nov: J's transfer (bounced only on 11 Nov) and C's cheque;
    # D's transfer cleared that day
    assert r.pending == [
        Movement(shop.entries["J transfer"], shop.codes["J"], "Joko", 140_000, "transfer", N(8, 16)),
        Movement(
            shop.entries["C cheque"],
            shop.codes["C"],
            "Citra",
            350_000,
            "cheque",
            N(10, 12),
            clears_on=dt.date(2026, 11, 15),
        ),
    ]
    assert r.pending_total == 490_000  # 140,000 + 350,000

    # COD: H delivered 8 Nov, its cash came only on 12 Nov; I's came on 10 Nov
    resi = session.get(Shipment, shop.shipments["H"]).resi
    assert r.cod_outstanding == [CodLine(shop.codes["H"], "Hadi", "jne", resi, 200_000, N(8, 15))]
    assert r.cod_outstanding_total == 200_000

    # complaints: c2 opened 10 Nov 10:30 (declined only on 12 Nov); c1 closed 10 Nov 15:00
    assert r.complaints_opened == [
        ComplaintLine(
            id=shop.cases["c2"],
            order_code=None,
            customer_name="Ani",
            kind="service",
            status="declined",  # as it stands when the report is made
            finding="customer",
            resolution=None,
            cost=0,
            received_at=N(10, 10, 30),
            first_response_at=N(10, 12, 30),
            closed_at=N(12, 10, 30),
            staff=actor.name,
        )
    ]
    assert r.complaints_closed == [
        ComplaintLine(
            id=shop.cases["c1"],
            order_code=shop.codes["F"],
            customer_name="Fajar",
            kind="damaged",
            status="resolved",
            finding="shop",
            resolution="partial_refund",
            cost=50_000,
            received_at=N(9, 16),
            first_response_at=N(9, 17),
            closed_at=N(10, 15),
            staff=actor.name,
        )
    ]

    # chains: each head as it is now: its length is its table's row count, its hash the last
    # row's (no log entry was written: that chain is still at its start)
    assert session.scalar(select(func.count()).select_from(LogEntry)) == 0
    expected = [ChainLine("log", 0, chain.GENESIS)]
    for name, model in (("ledger", LedgerEntry), ("status", StatusChange)):
        n = session.scalar(select(func.count()).select_from(model))
        last = session.scalar(select(model.hash).order_by(model.id.desc()).limit(1))
        head = session.get(ChainHead, name)
        assert (head.length, head.last_hash) == (n, last)
        expected.append(ChainLine(name, n, last))
    # ledger: M 1, D 3, G 2, C 3, F 3 (deposit; the refund is an allowance + a refund), B 3,
    # H 1, I 2, J 3, E 3, A 1, L 1, N 1 = 27 entries
    assert expected[1].length == 27
    assert r.chains == expected


def test_the_daily_closing_needs_the_reports_permission(session, actor, shop, clerk):
    with pytest.raises(NotAllowed):
        daily_closing(session, D10, actor=clerk, now=REPORT_NOW)
    with pytest.raises(NotAllowed):
        build_report(session, ReportKind.DAILY, D10, actor=clerk, now=REPORT_NOW)


def test_a_granted_staff_member_may_make_the_daily_closing(session, actor, shop, clerk):
    staff.set_grants(session, clerk.staff_id, {"reports"}, actor=actor, now=REPORT_NOW)
    assert daily_closing(session, D10, actor=clerk, now=REPORT_NOW).money_in_total == 660_000


def test_a_quiet_day_is_all_zeros(session, actor, shop):
    # 1 Nov: D and G taken with cash deposits 120,000 and 90,000; nothing pending or out yet
    r = build_report(session, ReportKind.DAILY, dt.date(2026, 11, 1), actor=actor, now=REPORT_NOW)
    assert r.money_in == [MoneyLine("cash", "deposit", 210_000)]
    assert (r.refunds, r.refunds_total, r.forfeitures, r.forfeited_total) == ([], 0, [], 0)
    assert (r.pending, r.pending_total, r.cod_outstanding, r.cod_outstanding_total) == ([], 0, [], 0)
    assert r.cash_in_drawer == 210_000
    empty = build_report(session, ReportKind.DAILY, dt.date(2026, 3, 1), actor=actor, now=REPORT_NOW)
    assert (empty.money_in, empty.money_in_by_method, empty.money_in_by_kind, empty.money_in_total) == (
        [],
        {},
        {},
        0,
    )
    assert (empty.cash_in_drawer, empty.complaints_opened, empty.complaints_closed) == (0, [], [])


# ---------------------------------------------------------------------------- the month


def test_the_months_complaint_and_no_show_figures(session, actor, shop):
    r = period_report(session, ReportKind.MONTHLY, dt.date(2026, 11, 17), actor=actor, now=REPORT_NOW)
    assert isinstance(r, PeriodReport)
    assert (r.period.start, r.period.end, r.period.label) == (NOV, dt.date(2026, 11, 30), "November 2026")
    assert r.include_money is True

    # complaints: opened c5 (3 Nov), c1 (9 Nov), c2 (10 Nov), c3 (11 Nov), c4 (20 Nov) = 5;
    # closed c5 (5 Nov), c1 (10 Nov), c3 (11 Nov), c2 (12 Nov) = 4
    assert (r.complaints_opened, r.complaints_closed) == (5, 4)
    assert r.by_type == {
        "short": 0,
        "damaged": 1,
        "wrong_item": 1,
        "wrong_personal": 0,
        "late": 1,
        "lost": 0,
        "not_received": 0,
        "quality": 1,
        "service": 1,
        "other": 0,
    }
    assert list(r.by_type) == [str(t) for t in ComplaintType]
    assert r.by_finding == {"shop": 3, "courier": 0, "customer": 1, "not_proven": 0}  # c5 c1 c3 / c2
    assert r.by_resolution == {
        "resend": 0,
        "remake_free": 0,
        "remake_charged": 0,
        "partial_refund": 1,  # c1
        "full_refund": 0,
        "voucher": 1,  # c5
        "explanation": 1,  # c3 (c2 was declined)
    }
    # first responses: c3 30 min, c1 1 h, c2 2 h, c5 26 h (3 Nov 08:00 → 4 Nov 10:00);
    # median of four = (1 h + 2 h) / 2 = 1 h 30 min
    assert r.median_first_response == dt.timedelta(hours=1, minutes=30)
    # resolutions: c3 4 h, c1 23 h (9 Nov 16:00 → 10 Nov 15:00), c2 48 h, c5 50 h;
    # median = (23 h + 48 h) / 2 = 35 h 30 min
    assert r.median_resolution == dt.timedelta(hours=35, minutes=30)
    assert r.complaint_cost == 75_000  # c5 voucher 25,000 + c1 refund 50,000
    assert [c.id for c in r.complaints] == [shop.cases[k] for k in ("c5", "c1", "c2", "c3", "c4")]
    c4 = r.complaints[-1]
    assert (c4.status, c4.finding, c4.first_response_at, c4.closed_at) == ("new", "open", None, None)

    # no-shows: pickup orders due in November, not cancelled (E is):
    #   F (4 Nov, collected 4 Nov) and D (12 Nov, collected 12 Nov): on time = 2
    #   B (6 Nov, collected 10 Nov): late = 1;  G (2 Nov): forfeited = 1
    #   A (13 Nov), J (11 Nov), L (24 Nov): still waiting = 3, not in the rate
    #   C (5 Dec), M (31 Oct) not due; H and I are COD
    assert (r.collected_on_time, r.collected_late, r.forfeited_due, r.still_waiting) == (2, 1, 1, 3)
    assert r.due == 4  # 2 + 1 + 1
    assert r.no_show_rate == Decimal("50.0")  # (1 forfeited + 1 late) / 4

    # overdue at the end: only L is ready (23 Nov, pickup 24 Nov): free until 24 + 2 = 26 Nov,
    # 30 − 26 = 4 days over; owes 250,000 − 100,000
    assert r.overdue == [
        OverdueLine(shop.codes["L"], "Lina", dt.date(2026, 11, 24), dt.date(2026, 11, 26), 4, 150_000)
    ]


def test_the_months_money_busy_times_ratings_and_standing(session, actor, shop):
    r = build_report(session, ReportKind.MONTHLY, dt.date(2026, 11, 30), actor=actor, now=REPORT_NOW)
    # deposits held at the end of November, on the orders open then:
    #   A 100,000; C 150,000 + 350,000 cleared 15 Nov; J 60,000 (its transfer bounced);
    #   L 100,000; M 100,000 (taken in October)  = 860,000
    #   (B, D, F collected; H, I delivered; E cancelled; G forfeited; N taken in December)
    assert r.deposits_held == 860_000
    assert (r.forfeited_count, r.forfeited_total) == (1, 90_000)  # G
    assert r.storage_fees == 10_000  # B, 2 days × 5,000

    # busy times: the 11 orders taken in November (not M, not N)
    #   Mon: C 500,000 (10h), E 100,000 (11h), F 150,000 (11h)   Tue: A 300,000 (9h), B 200,000 (10h)
    #   Thu: H 200,000 (10h), I 150,000 (14h)   Fri: L 250,000 (10h)
    #   Sun: D 400,000 (9h), G 300,000 (10h), J 200,000 (15h)
    assert r.orders_by_weekday == [3, 2, 0, 2, 1, 0, 3]
    assert r.revenue_by_weekday == [750_000, 500_000, 0, 350_000, 250_000, 0, 900_000]
    hours = [0] * 24
    hours[9], hours[10], hours[11], hours[14], hours[15] = 2, 5, 2, 1, 1
    assert r.orders_by_hour == hours
    revenue = [0] * 24
    # 9h: A + D; 10h: B + C + G + H + L; 11h: E + F; 14h: I; 15h: J
    revenue[9], revenue[10], revenue[11], revenue[14], revenue[15] = (
        700_000,
        1_450_000,
        250_000,
        150_000,
        200_000,
    )
    assert r.revenue_by_hour == revenue
    assert r.orders_by_weekday_hour[0][10] == 1 and r.orders_by_weekday_hour[0][11] == 2
    assert r.orders_by_weekday_hour[6][9] == 1 and r.orders_by_weekday_hour[6][15] == 1
    assert sum(map(sum, r.orders_by_weekday_hour)) == 11
    assert (r.orders_total, r.revenue_total) == (11, 2_750_000)

    # ratings: F 5 (5 Nov), B 2 (11 Nov), D 4 (13 Nov), H 3 (14 Nov)
    assert r.ratings == {1: 0, 2: 1, 3: 1, 4: 1, 5: 1}
    assert r.rating_count == 4
    assert r.rating_average == Decimal("3.5")  # (5 + 2 + 4 + 3) / 4
    assert r.low_ratings == [
        RatingLine(shop.codes["B"], "Budi", 2, "Lama menunggu", N(11, 10)),
        RatingLine(shop.codes["H"], "Hadi", 3, "Kemasan penyok", N(14, 10)),
    ]

    # standing: Gita blacklisted on 11 Nov; the "keep" decision on 12 Nov changes nothing
    assert r.blacklist_changes == [
        StandingLine("Gita", "normal", "blacklisted", "DP hangus", actor.name, N(11, 10))
    ]


def test_without_the_permission_the_month_has_no_money(session, actor, shop, clerk):
    full = period_report(session, ReportKind.MONTHLY, NOV, actor=actor, now=REPORT_NOW)
    r = period_report(session, ReportKind.MONTHLY, NOV, actor=clerk, now=REPORT_NOW)
    assert r.include_money is False
    money = ("complaint_cost", "deposits_held", "forfeited_total", "storage_fees")
    money += ("revenue_by_weekday", "revenue_by_hour", "revenue_total")
    assert all(getattr(r, name) is None for name in money)
    # everything else is the same as the owner's
    for name in (
        "complaints_opened",
        "complaints_closed",
        "by_type",
        "by_finding",
        "by_resolution",
        "median_first_response",
        "median_resolution",
        "complaints",
        "ratings",
        "low_ratings",
        "forfeited_count",
        "due",
        "collected_on_time",
        "collected_late",
        "forfeited_due",
        "still_waiting",
        "overdue",
        "orders_by_weekday",
        "orders_by_hour",
        "orders_by_weekday_hour",
        "orders_total",
        "blacklist_changes",
    ):
        assert getattr(r, name) == getattr(full, name), name
    assert r.no_show_rate == Decimal("50.0")


def test_a_week(session, actor, shop):
    # ISO week 46: Mon 9 – Sun 15 Nov
    r = build_report(session, ReportKind.WEEKLY, dt.date(2026, 11, 12), actor=actor, now=REPORT_NOW)
    assert (r.period.start, r.period.end, r.period.label) == (
        dt.date(2026, 11, 9),
        dt.date(2026, 11, 15),
        "Minggu 46, 9–15 Nov 2026",
    )
    # opened c1, c2, c3; closed c1, c3, c2
    assert (r.complaints_opened, r.complaints_closed) == (3, 3)
    # due: J (11 Nov) waiting, D (12 Nov) on time, A (13 Nov) waiting; E (12 Nov) cancelled
    assert (r.due, r.collected_on_time, r.collected_late, r.forfeited_due, r.still_waiting) == (1, 1, 0, 0, 2)
    # taken: E (Mon 11h), A (Tue 9h)
    assert (r.orders_total, r.revenue_total) == (2, 400_000)
    assert r.forfeited_count == 1 and r.storage_fees == 10_000


def test_an_empty_month_gives_zeros_and_nones(session, actor, shop):
    r = period_report(session, ReportKind.MONTHLY, dt.date(2026, 3, 5), actor=actor, now=REPORT_NOW)
    assert r.period.label == "Maret 2026"
    assert (r.complaints_opened, r.complaints_closed, r.complaints) == (0, 0, [])
    assert set(r.by_type.values()) == {0} and set(r.by_finding.values()) == {0}
    assert set(r.by_resolution.values()) == {0}
    assert (r.median_first_response, r.median_resolution, r.complaint_cost) == (None, None, 0)
    assert r.ratings == {1: 0, 2: 0, 3: 0, 4: 0, 5: 0}
    assert (r.rating_count, r.rating_average, r.low_ratings) == (0, None, [])
    assert (r.deposits_held, r.forfeited_count, r.forfeited_total, r.storage_fees) == (0, 0, 0, 0)
    assert (r.due, r.collected_on_time, r.collected_late, r.forfeited_due, r.still_waiting) == (0, 0, 0, 0, 0)
    assert (r.no_show_rate, r.overdue) == (None, [])
    assert r.orders_by_weekday == [0] * 7 and r.orders_by_hour == [0] * 24
    assert r.orders_by_weekday_hour == [[0] * 24 for _ in range(7)]
    assert (r.revenue_by_weekday, r.revenue_by_hour) == ([0] * 7, [0] * 24)
    assert (r.orders_total, r.revenue_total, r.blacklist_changes) == (0, 0, [])


def test_reports_on_an_empty_database(session, actor):
    day = dt.date(2026, 11, 22)
    closing = daily_closing(session, day, actor=actor, now=REPORT_NOW)
    assert (closing.money_in_total, closing.pending, closing.cod_outstanding) == (0, [], [])
    month = period_report(session, ReportKind.MONTHLY, day, actor=actor, now=REPORT_NOW)
    assert (month.deposits_held, month.due, month.no_show_rate, month.orders_total) == (0, 0, None, 0)


def test_a_daily_period_report_is_refused(session, actor):
    with pytest.raises(ValueError):
        period_report(session, ReportKind.DAILY, D10, actor=actor, now=REPORT_NOW)
