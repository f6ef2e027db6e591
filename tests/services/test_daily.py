"""The daily run, the agenda, handover with the storage fee, and the decisions, against a
real SQLite database."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from tests import factories as f
from tokodesk.db.models import LedgerEntry, LogEntry, Order, Reminder, StatusChange
from tokodesk.domain.errors import DomainError, InvalidInput
from tokodesk.domain.ledger import EntryKind, PaymentMethod
from tokodesk.domain.log import Channel, Direction
from tokodesk.domain.messages import MessageKind
from tokodesk.domain.orders import OrderStatus
from tokodesk.services import settings, terms
from tokodesk.services.agenda import Section, agenda
from tokodesk.services.daily import run_daily
from tokodesk.services.handover import HandoverInput, hand_over, keep_deposit, reschedule_pickup
from tokodesk.services.log import LogInput, add_entry
from tokodesk.services.notify import compose, record_sent, wa_me_url
from tokodesk.services.orders import ItemInput, get_order, move_order
from tokodesk.services.payments import order_totals

WIB = dt.timezone(dt.timedelta(hours=7))
P = dt.date(2026, 11, 20)  # the agreed pickup date of the orders below


def at(day: dt.date, hour: int = 10) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, tzinfo=WIB)


def day(n: int) -> dt.date:
    return P + dt.timedelta(days=n)


def ready_order(session, actor, *, pickup=P, ready_on=None, deposit=100_000, name="Siti Rahayu"):
    """An order for 200.000 with a deposit, taken 10 days before pickup, ready on ``ready_on``."""
    taken = at(pickup - dt.timedelta(days=10))
    c = f.customer(session, actor, taken, name=name)
    code, oid = f.order(
        session,
        actor,
        taken,
        customer_id=c.id,
        items=[ItemInput("Kue ulang tahun custom", 1, 200_000, "Tulisan: SELAMAT ULTAH RINA")],
        deposit=deposit,
        pickup=pickup,
    )
    ready_on = ready_on or pickup - dt.timedelta(days=3)
    move_order(session, oid, OrderStatus.CONFIRMED, actor=actor, now=taken)
    f.confirm(session, actor, taken, oid)
    move_order(session, oid, OrderStatus.IN_PRODUCTION, actor=actor, now=taken)
    move_order(session, oid, OrderStatus.READY, actor=actor, now=at(ready_on))
    return code, oid, c.id


def customer_writes(session, actor, customer_id, when: dt.date, text="Kak, saya ambil minggu depan ya"):
    add_entry(
        session,
        LogInput(customer_id, Channel.WHATSAPP, Direction.IN, text, happened_at=at(when, 9)),
        actor=actor,
        now=at(when, 9),
    )


def reminders(session, oid):
    return [
        (r.kind, r.due_on, r.state)
        for r in session.scalars(select(Reminder).where(Reminder.order_id == oid).order_by(Reminder.id))
    ]


def run_days(session, first: dt.date, last: dt.date):
    d = first
    out = []
    while d <= last:
        out.append(run_daily(session, d, now=at(d, 8))[0])
        d += dt.timedelta(days=1)
    return out


def test_a_silent_customer_is_reminded_then_forfeited(session, actor):
    _, oid, _ = ready_order(session, actor)
    run_days(session, day(-3), day(7))
    kinds = [(k, d) for k, d, _ in reminders(session, oid)]
    assert kinds == [
        ("ready", day(-3)),
        ("remind_early", day(-2)),
        ("remind_day_before", day(-1)),
        ("last_free_day", day(2)),
        ("fee_started", day(3)),
        ("final_notice", day(6)),
        ("forfeited", day(7)),
    ]
    order = session.get(Order, oid)
    assert order.status == "forfeited"
    kept = session.scalars(
        select(LedgerEntry).where(LedgerEntry.order_id == oid, LedgerEntry.kind == "forfeit")
    ).one()
    assert kept.amount == 100_000
    history = session.scalars(
        select(StatusChange).where(StatusChange.order_id == oid).order_by(StatusChange.id)
    ).all()
    assert history[-1].to_status == "forfeited" and "Batal otomatis" in history[-1].note
    # unsent reminders were superseded as newer ones came; only the notice is left to send
    states = [s for _, _, s in reminders(session, oid)]
    assert states == ["skipped"] * 6 + ["queued"]


def test_running_the_same_day_twice_changes_nothing(session, actor):
    _, oid, _ = ready_order(session, actor)
    first, _ = run_daily(session, day(7), now=at(day(7), 8))
    assert [fo.order_id for fo in first.forfeited] == [oid]
    count = session.scalar(select(func.count()).select_from(Reminder))
    entries = session.scalar(select(func.count()).select_from(LedgerEntry))
    second, changes = run_daily(session, day(7), now=at(day(7), 15))
    assert not second.changed and not changes.orders
    assert session.scalar(select(func.count()).select_from(Reminder)) == count
    assert session.scalar(select(func.count()).select_from(LedgerEntry)) == entries


def test_a_customer_message_after_pickup_goes_to_a_person(session, actor):
    code, oid, cid = ready_order(session, actor)
    customer_writes(session, actor, cid, day(4))
    s, _ = run_daily(session, day(8), now=at(day(8), 8))
    assert s.forfeited == [] and s.needs_decision == [code]
    assert session.get(Order, oid).status == "ready"
    rows = agenda(session, day(8)).section(Section.NEEDS_DECISION)
    assert [r.code for r in rows] == [code]
    assert rows[0].fee == 6 * 5_000


def test_a_message_before_pickup_does_not_stop_forfeiture(session, actor):
    _, oid, cid = ready_order(session, actor)
    customer_writes(session, actor, cid, day(-1), "Besok saya ambil")
    s, _ = run_daily(session, day(7), now=at(day(7), 8))
    assert [x.order_id for x in s.forfeited] == [oid]


def test_the_order_keeps_the_policy_it_was_taken_under(session, actor, now):
    _, old_id, _ = ready_order(session, actor)
    settings.put(session, "pickup.grace_days", 0)
    settings.put(session, "pickup.storage_fee_per_day", 10_000)
    terms.save_version(session, terms.current(session).text, actor=actor, now=now)
    _, new_id, _ = ready_order(session, actor, name="Budi Santoso")
    assert get_order(session, old_id, day(3)).pickup.fee == 5_000
    assert get_order(session, new_id, day(3)).pickup.fee == 30_000


def test_shop_late_order_is_at_risk_and_never_reminded(session, actor):
    taken = at(day(-10))
    code, oid = f.order(session, actor, taken, pickup=P)
    move_order(session, oid, OrderStatus.CONFIRMED, actor=actor, now=taken)
    s = run_days(session, day(-4), day(1))
    assert [x.at_risk for x in s] == [[], [], [code], [code], [code], [code]]
    assert reminders(session, oid) == []
    assert [r.code for r in agenda(session, day(-1)).section(Section.AT_RISK)] == [code]


def test_a_closed_shop_day_is_caught_up_with_the_latest_message(session, actor):
    _, oid, _ = ready_order(session, actor)
    run_daily(session, day(-3), now=at(day(-3), 8))
    # closed for three days: the run on P+0 sends the H-1 reminder, not H-2 as well
    run_daily(session, day(0), now=at(day(0), 8))
    assert [(k, d) for k, d, _ in reminders(session, oid)] == [
        ("ready", day(-3)),
        ("remind_day_before", day(-1)),
    ]


def test_collected_order_drops_its_queued_reminders(session, actor):
    _, oid, _ = ready_order(session, actor, deposit=200_000)
    run_daily(session, day(-1), now=at(day(-1), 8))
    hand_over(session, HandoverInput(oid), actor=actor, now=at(day(0)))
    run_daily(session, day(0), now=at(day(0), 23))
    assert all(state != "queued" for _, _, state in reminders(session, oid))
    assert agenda(session, day(0)).section(Section.REMINDERS) == []


# ------------------------------------------------------------------ handover and the fee


def test_handover_charges_the_fee_with_the_balance(session, actor):
    _, oid, _ = ready_order(session, actor)
    nested = session.begin_nested()  # as the app's write transaction: all or nothing
    with pytest.raises(DomainError) as e:
        hand_over(session, HandoverInput(oid, pay_amount=100_000), actor=actor, now=at(day(4)))
    nested.rollback()
    assert "sisa Rp10.000" in str(e.value)  # balance 100.000 + 2 days × 5.000 storage
    fee, _ = hand_over(session, HandoverInput(oid, 110_000, PaymentMethod.QRIS), actor=actor, now=at(day(4)))
    assert fee == 10_000
    order = session.get(Order, oid)
    t = order_totals(session, order)
    assert (order.status, t.charges, t.balance) == ("collected", 10_000, 0)
    # the fee stops growing once collected
    assert get_order(session, oid, day(30)).pickup.fee == 10_000


def test_a_refused_handover_leaves_nothing_behind(session, actor, db_engine):
    _, oid, _ = ready_order(session, actor)
    before = session.scalar(select(func.count()).select_from(LedgerEntry).where(LedgerEntry.order_id == oid))
    nested = session.begin_nested()
    with pytest.raises(DomainError):
        hand_over(session, HandoverInput(oid, pay_amount=50_000), actor=actor, now=at(day(4)))
    nested.rollback()
    after = session.scalar(select(func.count()).select_from(LedgerEntry).where(LedgerEntry.order_id == oid))
    assert before == after and session.get(Order, oid).status == "ready"


def test_moving_to_collected_by_any_path_charges_the_fee(session, actor):
    _, oid, _ = ready_order(session, actor, deposit=200_000)
    with pytest.raises(DomainError):
        move_order(session, oid, OrderStatus.COLLECTED, actor=actor, now=at(day(5)))


def test_waiving_the_fee_needs_a_reason_and_is_logged(session, actor):
    _, oid, cid = ready_order(session, actor, deposit=200_000)
    fee, _ = hand_over(
        session, HandoverInput(oid, waive_reason="Pelanggan sakit, sudah kabari"), actor=actor, now=at(day(5))
    )
    assert fee == 15_000
    entries = session.scalars(
        select(LedgerEntry).where(LedgerEntry.order_id == oid, LedgerEntry.kind == "storage_fee")
    ).all()
    assert [(e.amount, e.reverses_id is not None) for e in entries] == [(15_000, False), (-15_000, True)]
    assert "Pelanggan sakit" in entries[1].note
    notes = session.scalars(select(LogEntry.text).where(LogEntry.customer_id == cid)).all()
    assert any("dibebaskan" in t and "Pelanggan sakit" in t for t in notes)
    assert session.get(Order, oid).status == "collected"


def test_collected_during_grace_pays_no_fee(session, actor):
    _, oid, _ = ready_order(session, actor)
    fee, _ = hand_over(session, HandoverInput(oid, 100_000), actor=actor, now=at(day(2)))
    assert fee == 0 and order_totals(session, session.get(Order, oid)).charges == 0


# ------------------------------------------------------------------ decisions


def test_new_pickup_date_restarts_the_timeline_and_is_logged(session, actor):
    _, oid, cid = ready_order(session, actor)
    customer_writes(session, actor, cid, day(3))
    run_daily(session, day(7), now=at(day(7), 8))
    with pytest.raises(InvalidInput):
        reschedule_pickup(session, oid, day(10), "  ", actor=actor, now=at(day(7)))
    with pytest.raises(InvalidInput):
        reschedule_pickup(session, oid, day(5), "kemarin", actor=actor, now=at(day(7)))
    reschedule_pickup(session, oid, day(10), "Pelanggan di luar kota", actor=actor, now=at(day(7)))
    info = get_order(session, oid, day(8)).pickup
    assert info.fee == 0 and info.forfeit_on == day(17)
    log = session.scalars(select(LogEntry.text).where(LogEntry.customer_id == cid)).all()
    assert any("Tanggal ambil diubah dari 20 Nov 2026 menjadi 30 Nov 2026" in t for t in log)
    assert agenda(session, day(8)).section(Section.NEEDS_DECISION) == []


def test_keep_deposit_only_once_the_deadline_passed(session, actor):
    _, oid, cid = ready_order(session, actor)
    customer_writes(session, actor, cid, day(3))
    with pytest.raises(DomainError):
        keep_deposit(session, oid, "tidak jelas", actor=actor, now=at(day(5)))
    keep_deposit(session, oid, "Pelanggan minta batal", actor=actor, now=at(day(8)))
    assert session.get(Order, oid).status == "forfeited"


# ------------------------------------------------------------------ agenda and messages


def test_agenda_sections_on_a_seeded_day(session, actor):
    today = day(0)
    due_code, _, _ = ready_order(session, actor, name="A Due")
    late_code, _, _ = ready_order(session, actor, pickup=day(-4), name="B Late")
    soon_code, _, _ = ready_order(session, actor, pickup=day(1), name="C Soon")
    gone_code, _, _ = ready_order(session, actor, pickup=day(-7), name="D Gone")
    run_daily(session, today, now=at(today, 8))
    a = agenda(session, today)
    assert [r.code for r in a.section(Section.DUE_TODAY)] == [due_code]
    overdue = a.section(Section.OVERDUE)
    assert [(r.code, r.fee, r.days_overdue, r.due) for r in overdue] == [(late_code, 10_000, 4, 110_000)]
    assert {r.code: r.message for r in a.section(Section.REMINDERS)} == {
        soon_code: MessageKind.REMIND_DAY_BEFORE,
        gone_code: MessageKind.FORFEITED,
    }
    assert [r.code for r in a.section(Section.FORFEITED_TODAY)] == [gone_code]


def test_compose_fills_every_placeholder(session, actor):
    settings.put(session, "shop.name", "Toko Kue Bu Rina")
    code, oid, _ = ready_order(session, actor)
    msg = compose(session, oid, MessageKind.FEE_STARTED, day(3))
    assert "{" not in msg.text
    assert code in msg.text and "Rp5.000" in msg.text and "27 Nov 2026" in msg.text
    assert msg.subject.startswith("Biaya simpan mulai — pesanan " + code)
    ready_msg = compose(session, oid, MessageKind.READY, day(-3))
    assert "Rp100.000" in ready_msg.text and "22 Nov 2026" in ready_msg.text


def test_wa_me_url():
    assert wa_me_url("+6281234567890", "Halo Kak, 50% & ok?") == (
        "https://wa.me/6281234567890?text=Halo%20Kak%2C%2050%25%20%26%20ok%3F"
    )


def test_record_sent_logs_and_closes_the_reminder(session, actor):
    _, oid, cid = ready_order(session, actor)
    run_daily(session, day(-3), now=at(day(-3), 8))
    rid = session.scalar(select(Reminder.id).where(Reminder.order_id == oid))
    entry_id, _ = record_sent(
        session,
        customer_id=cid,
        order_id=oid,
        channel=Channel.WHATSAPP,
        text="Pesanan siap",
        actor=actor,
        now=at(day(-3)),
        reminder_id=rid,
    )
    r = session.get(Reminder, rid)
    assert (r.state, r.log_entry_id, r.channel) == ("sent", entry_id, "whatsapp")
    e = session.get(LogEntry, entry_id)
    assert (e.direction, e.order_id, e.source, e.hash is not None) == ("out", oid, "template", True)
    with pytest.raises(DomainError):
        record_sent(
            session,
            customer_id=cid,
            order_id=oid,
            channel=Channel.WHATSAPP,
            text="lagi",
            actor=actor,
            now=at(day(-3)),
            reminder_id=rid,
        )


def test_forfeit_keeps_only_cleared_money(session, actor):
    _, oid, _ = ready_order(session, actor, deposit=80_000)
    run_daily(session, day(7), now=at(day(7), 8))
    t = order_totals(session, session.get(Order, oid))
    assert t.forfeited == 80_000
    assert session.scalar(select(func.count()).select_from(LedgerEntry).where(
        LedgerEntry.order_id == oid, LedgerEntry.kind == str(EntryKind.FORFEIT))) == 1  # fmt: skip
