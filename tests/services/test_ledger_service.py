"""The payment ledger as the counter uses it: taking money, pending payments, corrections,
status moves with their history, forfeiture, and order numbers."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import event, func, select

from tests import factories as f
from tokodesk.db.models import LedgerEntry, Order, Staff, StatusChange
from tokodesk.domain.errors import DomainError, InvalidInput, NotFound
from tokodesk.domain.ledger import EntryKind, PaymentMethod
from tokodesk.domain.orders import Fulfilment, OrderStatus
from tokodesk.services import settings
from tokodesk.services.context import Actor
from tokodesk.services.orders import ItemInput, get_order, move_order, order_rows
from tokodesk.services.payments import PaymentInput, append_entry, order_totals, record_payment, reverse_entry

PACKAGE = Path(__file__).resolve().parents[2] / "tokodesk"
WIB = dt.timezone(dt.timedelta(hours=7))

STOCK = [ItemInput("Tumbler polos", 2, 100_000)]  # no custom details: confirmed at once


def entry_count(session, order_id=None) -> int:
    stmt = select(func.count(LedgerEntry.id))
    if order_id is not None:
        stmt = stmt.where(LedgerEntry.order_id == order_id)
    return session.scalar(stmt)


def totals_of(session, order_id):
    return order_totals(session, session.get(Order, order_id))


@pytest.fixture
def stock_order(session, actor, now):
    """A 200.000 order of stock goods with a 100.000 cash deposit, status confirmed."""
    _, order_id = f.order(session, actor, now, items=STOCK, deposit=100_000)
    return order_id


# ---------------------------------------------------------------------------- record_payment


def test_payment_reduces_the_balance_and_is_attributed(session, actor, now, stock_order):
    entry_id, changes = record_payment(
        session,
        PaymentInput(stock_order, 60_000, PaymentMethod.QRIS, note=" pelunasan "),
        actor=actor,
        now=now,
    )
    e = session.get(LedgerEntry, entry_id)
    assert (e.kind, e.amount, e.method, e.cleared, e.staff_id, e.at, e.note) == (
        "payment",
        60_000,
        "qris",
        True,
        actor.staff_id,
        now,
        "pelunasan",
    )
    assert totals_of(session, stock_order).balance == 40_000
    assert changes.ledger and changes.orders and changes.order_id == stock_order


@pytest.mark.parametrize("amount", [0, -1, -50_000])
def test_zero_or_negative_payment_is_refused(session, actor, now, stock_order, amount):
    before = entry_count(session)
    with pytest.raises(InvalidInput) as e:
        record_payment(session, PaymentInput(stock_order, amount, PaymentMethod.CASH), actor=actor, now=now)
    assert e.value.first("amount").message == "Jumlah bayar harus lebih dari Rp0"
    assert entry_count(session) == before


def test_overpayment_is_refused_naming_what_is_left(session, actor, now, stock_order):
    before = entry_count(session)
    with pytest.raises(InvalidInput) as e:
        record_payment(session, PaymentInput(stock_order, 100_001, PaymentMethod.CASH), actor=actor, now=now)
    message = e.value.first("amount").message
    assert "sisa tagihan Rp100.000" in message
    assert entry_count(session) == before
    record_payment(session, PaymentInput(stock_order, 100_000, PaymentMethod.CASH), actor=actor, now=now)
    with pytest.raises(InvalidInput, match="sudah lunas"):
        record_payment(session, PaymentInput(stock_order, 1, PaymentMethod.CASH), actor=actor, now=now)


def test_storage_fee_raises_what_may_be_paid(session, actor, now, stock_order):
    append_entry(session, stock_order, EntryKind.STORAGE_FEE, 10_000, actor=actor, now=now)
    record_payment(session, PaymentInput(stock_order, 110_000, PaymentMethod.CASH), actor=actor, now=now)
    assert totals_of(session, stock_order).balance == 0


@pytest.mark.parametrize("closed", [OrderStatus.CANCELLED, OrderStatus.FORFEITED])
def test_payment_on_an_order_that_is_not_billed_is_refused(session, actor, now, stock_order, closed):
    move_order(session, stock_order, OrderStatus.READY, actor=actor, now=now)
    move_order(session, stock_order, closed, actor=actor, now=now)
    before = entry_count(session)
    with pytest.raises(DomainError, match="sudah ditutup"):
        record_payment(session, PaymentInput(stock_order, 1_000, PaymentMethod.CASH), actor=actor, now=now)
    assert entry_count(session) == before


def test_a_collected_order_paid_up_takes_no_more(session, actor, now, stock_order):
    record_payment(session, PaymentInput(stock_order, 100_000, PaymentMethod.CASH), actor=actor, now=now)
    move_order(session, stock_order, OrderStatus.READY, actor=actor, now=now)
    move_order(session, stock_order, OrderStatus.COLLECTED, actor=actor, now=now)
    with pytest.raises(InvalidInput, match="sudah lunas"):
        record_payment(session, PaymentInput(stock_order, 1_000, PaymentMethod.CASH), actor=actor, now=now)


def test_payment_for_a_missing_order(session, actor, now):
    with pytest.raises(NotFound):
        record_payment(session, PaymentInput(999_999, 1_000, PaymentMethod.CASH), actor=actor, now=now)


@pytest.mark.parametrize("kind", [EntryKind.REFUND, EntryKind.STORAGE_FEE, EntryKind.FORFEIT])
def test_record_payment_takes_only_payment_kinds(session, actor, now, stock_order, kind):
    with pytest.raises(ValueError):
        record_payment(
            session, PaymentInput(stock_order, 1_000, PaymentMethod.CASH, kind=kind), actor=actor, now=now
        )


# --------------------------------------------------------------------------- pending payments


def test_pending_payment_does_not_reduce_the_balance_and_blocks_collection(session, actor, now, stock_order):
    move_order(session, stock_order, OrderStatus.READY, actor=actor, now=now)
    record_payment(
        session,
        PaymentInput(
            stock_order,
            100_000,
            PaymentMethod.CHEQUE,
            cleared=False,
            clears_on=now.date() + dt.timedelta(days=3),
        ),
        actor=actor,
        now=now,
    )
    t = totals_of(session, stock_order)
    assert (t.paid, t.pending, t.balance) == (100_000, 100_000, 100_000)
    with pytest.raises(DomainError, match=r"Rp100\.000 yang belum cair"):
        move_order(session, stock_order, OrderStatus.COLLECTED, actor=actor, now=now)
    assert session.get(Order, stock_order).status == "ready"
    # the pending amount is not owed twice: nothing more can be paid on top of it
    with pytest.raises(InvalidInput):
        record_payment(session, PaymentInput(stock_order, 1_000, PaymentMethod.CASH), actor=actor, now=now)
    view = get_order(session, stock_order)
    collect = next(m for m in view.moves if m.target is OrderStatus.COLLECTED)
    assert not collect.allowed and "belum cair" in collect.reason


def test_pending_payment_blocks_shipping(session, actor, now):
    _, oid = f.order(session, actor, now, items=STOCK, deposit=60_000, fulfilment=Fulfilment.DELIVERY)
    record_payment(
        session, PaymentInput(oid, 140_000, PaymentMethod.TRANSFER, cleared=False), actor=actor, now=now
    )
    move_order(session, oid, OrderStatus.READY, actor=actor, now=now)
    with pytest.raises(DomainError, match="belum cair"):
        move_order(session, oid, OrderStatus.SHIPPED, actor=actor, now=now)


def test_bounced_cheque_is_reversed_and_unblocks_nothing_it_should_not(session, actor, now, stock_order):
    move_order(session, stock_order, OrderStatus.READY, actor=actor, now=now)
    cheque, _ = record_payment(
        session, PaymentInput(stock_order, 100_000, PaymentMethod.CHEQUE, cleared=False), actor=actor, now=now
    )
    reverse_entry(session, cheque, "cek ditolak bank", actor=actor, now=now)
    t = totals_of(session, stock_order)
    assert (t.pending, t.balance) == (0, 100_000)
    # no longer blocked by the pending cheque, but still by the unpaid balance
    with pytest.raises(DomainError, match="Belum lunas"):
        move_order(session, stock_order, OrderStatus.COLLECTED, actor=actor, now=now)


def test_clearing_date_in_the_past_is_refused(session, actor, now, stock_order):
    with pytest.raises(InvalidInput) as e:
        record_payment(
            session,
            PaymentInput(
                stock_order,
                10_000,
                PaymentMethod.CHEQUE,
                cleared=False,
                clears_on=now.astimezone().date() - dt.timedelta(days=1),
            ),
            actor=actor,
            now=now,
        )
    assert e.value.first("clears_on") is not None


# ------------------------------------------------------------------------------- corrections


def _deposit_id(session, order_id) -> int:
    return session.scalar(
        select(LedgerEntry.id).where(LedgerEntry.order_id == order_id, LedgerEntry.kind == "deposit")
    )


@pytest.mark.parametrize("reason", ["", "   "])
def test_reversal_needs_a_reason(session, actor, now, stock_order, reason):
    before = entry_count(session)
    with pytest.raises(InvalidInput) as e:
        reverse_entry(session, _deposit_id(session, stock_order), reason, actor=actor, now=now)
    assert e.value.first("reason").message == "Tulis alasan koreksi"
    assert entry_count(session) == before


def test_reversal_of_a_missing_entry(session, actor, now):
    with pytest.raises(NotFound):
        reverse_entry(session, 999_999, "salah", actor=actor, now=now)


def test_reversal_keeps_the_original_and_records_who_and_why(session, actor, now, stock_order):
    dep = _deposit_id(session, stock_order)
    rev, changes = reverse_entry(session, dep, "  salah pelanggan  ", actor=actor, now=now)
    original, reversal = session.get(LedgerEntry, dep), session.get(LedgerEntry, rev)
    assert (original.amount, original.reverses_id) == (100_000, None)
    assert (reversal.kind, reversal.amount, reversal.method, reversal.reverses_id) == (
        "deposit",
        -100_000,
        "cash",
        dep,
    )
    assert (reversal.staff_id, reversal.at, reversal.note) == (actor.staff_id, now, "salah pelanggan")
    assert totals_of(session, stock_order).balance == 200_000
    assert changes.ledger and changes.order_id == stock_order
    view = get_order(session, stock_order)
    assert {e.id: e.reversed_by_id for e in view.entries}[dep] == rev


def test_sql_sums_agree_with_the_domain(session, actor, now, stock_order):
    """The list's per-order sums (SQL) and the order screen's (Python) never disagree."""
    pay, _ = record_payment(
        session, PaymentInput(stock_order, 50_000, PaymentMethod.CASH), actor=actor, now=now
    )
    record_payment(
        session, PaymentInput(stock_order, 20_000, PaymentMethod.CHEQUE, cleared=False), actor=actor, now=now
    )
    reverse_entry(session, pay, "dobel catat", actor=actor, now=now)
    append_entry(session, stock_order, EntryKind.STORAGE_FEE, 15_000, actor=actor, now=now)
    append_entry(session, stock_order, EntryKind.DELIVERY_FEE, 25_000, actor=actor, now=now)
    append_entry(
        session, stock_order, EntryKind.REFUND, 5_000, actor=actor, now=now, method=PaymentMethod.CASH
    )
    append_entry(session, stock_order, EntryKind.REFUND, 1_000, actor=actor, now=now, cleared=False)
    t = totals_of(session, stock_order)
    assert (t.paid, t.charges, t.pending) == (95_000, 40_000, 19_000)
    row = order_rows(session, [stock_order])[stock_order]
    assert (row.paid, row.charges, row.balance) == (t.paid, t.charges, t.balance)


# ------------------------------------------------- append-only: no update or delete of entries


ENTRY_COLUMNS = frozenset(c.key for c in LedgerEntry.__table__.columns)


def _entryish(expr: str) -> bool:
    """Does this expression name a ledger entry (``entry``, ``e``, ``original``, ``rev``...)?"""
    name = expr.lower().rsplit(".", 1)[-1]
    return name in ("e", "rev", "original", "reversal") or any(w in name for w in ("entr", "ledger"))


def ledger_mutations(source: str, where: str) -> list[str]:
    """Places in ``source`` that would change or remove a ledger entry."""
    offences = []
    compact = "".join(source.split())
    for needle in ("delete(LedgerEntry", "update(LedgerEntry", "ledger_entries.update", "DELETEFROMledger"):
        if needle in compact:
            offences.append(f"{where}: {needle}")
    tree = ast.parse(source)
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func_ = node.func
            name = func_.attr if isinstance(func_, ast.Attribute) else getattr(func_, "id", "")
            target = ast.unparse(node.args[0]) if node.args else ""
            if name in ("update", "delete") and "LedgerEntry" in target:
                offences.append(f"{where}:{node.lineno}: {name}({target})")
            # session.delete(entry): the ORM way of removing one
            if name == "delete" and isinstance(func_, ast.Attribute):
                receiver = ast.unparse(func_.value)
                if receiver.split(".")[-1] in ("session", "s", "db") and _entryish(target):
                    offences.append(f"{where}:{node.lineno}: {receiver}.delete({target})")
        elif isinstance(node, (ast.Assign, ast.AugAssign)):
            # entry.amount = ..., original.cleared = ...: changing an entry in place
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for t in targets:
                for sub in ast.walk(t):
                    if (
                        isinstance(sub, ast.Attribute)
                        and sub.attr in ENTRY_COLUMNS
                        and _entryish(ast.unparse(sub.value))
                    ):
                        offences.append(f"{where}:{node.lineno}: assigns {ast.unparse(sub)}")
    return offences


@pytest.mark.parametrize(
    "bad",
    [
        "session.execute(delete(LedgerEntry).where(LedgerEntry.id == 1))",
        "session.execute(update(LedgerEntry).values(cleared=True))",
        "session.execute(sa.update( LedgerEntry ).values(amount=0))",
        "session.delete(entry)",
        "self.session.delete(e)",
        "s.delete(session.get(LedgerEntry, 1))",
        "entry.cleared = True",
        "original.amount += 5",
        "session.execute(text('DELETE FROM ledger_entries'))",
    ],
)
def test_the_append_only_scan_catches_mutations(bad):
    assert ledger_mutations(bad, "example") != []


def test_no_code_updates_or_deletes_ledger_entries():
    offences = []
    for path in sorted(PACKAGE.rglob("*.py")):
        offences += ledger_mutations(path.read_text(encoding="utf-8"), str(path.relative_to(PACKAGE.parent)))
    assert offences == []


def test_services_emit_no_update_or_delete_on_the_ledger(session, actor, now):
    """The whole life of an order through the services, watching every SQL statement."""
    seen: list[str] = []

    def watch(conn, cursor, statement, parameters, context, executemany):
        seen.append(" ".join(statement.split()).upper())

    engine = session.get_bind().engine
    event.listen(engine, "before_cursor_execute", watch)
    try:
        _, oid = f.order(session, actor, now, items=STOCK, deposit=100_000)
        pay, _ = record_payment(session, PaymentInput(oid, 50_000, PaymentMethod.CASH), actor=actor, now=now)
        reverse_entry(session, pay, "salah", actor=actor, now=now)
        record_payment(session, PaymentInput(oid, 100_000, PaymentMethod.CASH), actor=actor, now=now)
        move_order(session, oid, OrderStatus.READY, actor=actor, now=now)
        move_order(session, oid, OrderStatus.COLLECTED, actor=actor, now=now)
        _, other = f.order(session, actor, now, items=STOCK, deposit=100_000)
        move_order(session, other, OrderStatus.READY, actor=actor, now=now)
        move_order(session, other, OrderStatus.FORFEITED, actor=actor, now=now)
        get_order(session, oid)
    finally:
        event.remove(engine, "before_cursor_execute", watch)
    assert any(s.startswith("INSERT INTO LEDGER_ENTRIES") for s in seen)
    touching = [
        s
        for s in seen
        if s.startswith(("UPDATE", "DELETE")) and ("LEDGER_ENTRIES" in s or "STATUS_CHANGES" in s)
    ]
    assert touching == []


# ------------------------------------------------------------------- status moves and history


@pytest.fixture
def other_actor(session, now) -> Actor:
    staff = Staff(name="Ani", role="staff", active=True, created_at=now)
    session.add(staff)
    session.flush()
    return Actor(staff.id, staff.name, staff.role)


def test_move_records_history_with_staff_and_time(session, actor, other_actor, now, stock_order):
    later = now + dt.timedelta(hours=2)
    changes = move_order(session, stock_order, OrderStatus.READY, actor=other_actor, now=later, note=" siap ")
    assert changes.orders and changes.order_id == stock_order
    order = session.get(Order, stock_order)
    assert (order.status, order.status_changed_at) == ("ready", later)
    history = session.scalars(
        select(StatusChange).where(StatusChange.order_id == stock_order).order_by(StatusChange.id)
    ).all()
    assert [(h.from_status, h.to_status, h.staff_id, h.at, h.note) for h in history] == [
        (None, "confirmed", actor.staff_id, now, ""),
        ("confirmed", "ready", other_actor.staff_id, later, "siap"),
    ]
    view = get_order(session, stock_order)
    assert [(h.from_status, h.to_status, h.staff) for h in view.history] == [
        (None, OrderStatus.CONFIRMED, actor.name),
        (OrderStatus.CONFIRMED, OrderStatus.READY, "Ani"),
    ]


def test_refused_move_writes_nothing(session, actor, now, stock_order):
    before = session.scalar(select(func.count(StatusChange.id)))
    with pytest.raises(DomainError, match="tidak bisa langsung"):
        move_order(session, stock_order, OrderStatus.DELIVERED, actor=actor, now=now)
    assert session.scalar(select(func.count(StatusChange.id))) == before
    assert session.get(Order, stock_order).status == "confirmed"


def test_move_of_a_missing_order(session, actor, now):
    with pytest.raises(NotFound):
        move_order(session, 999_999, OrderStatus.READY, actor=actor, now=now)


def test_custom_order_needs_production_before_ready(session, actor, now):
    _, oid = f.order(session, actor, now)  # custom details: starts in draft
    move_order(session, oid, OrderStatus.CONFIRMED, actor=actor, now=now)
    with pytest.raises(DomainError, match="harus diproduksi dulu"):
        move_order(session, oid, OrderStatus.READY, actor=actor, now=now)
    with pytest.raises(DomainError, match="belum dikonfirmasi pelanggan"):  # the written confirmation
        move_order(session, oid, OrderStatus.IN_PRODUCTION, actor=actor, now=now)
    f.confirm(session, actor, now, oid)
    move_order(session, oid, OrderStatus.IN_PRODUCTION, actor=actor, now=now)
    move_order(session, oid, OrderStatus.READY, actor=actor, now=now)


def test_production_waits_for_the_minimum_deposit_after_a_reversal(session, actor, now):
    _, oid = f.order(session, actor, now, deposit=60_000)
    move_order(session, oid, OrderStatus.CONFIRMED, actor=actor, now=now)
    reverse_entry(session, _deposit_id(session, oid), "uang palsu", actor=actor, now=now)
    with pytest.raises(DomainError, match=r"DP minimal Rp60\.000 belum masuk \(baru Rp0\)"):
        move_order(session, oid, OrderStatus.IN_PRODUCTION, actor=actor, now=now)


def test_forfeit_keeps_the_cleared_payments(session, actor, now, stock_order):
    record_payment(session, PaymentInput(stock_order, 30_000, PaymentMethod.CASH), actor=actor, now=now)
    record_payment(
        session,
        PaymentInput(stock_order, 20_000, PaymentMethod.TRANSFER, cleared=False),
        actor=actor,
        now=now,
    )
    move_order(session, stock_order, OrderStatus.READY, actor=actor, now=now)
    before = totals_of(session, stock_order)
    move_order(session, stock_order, OrderStatus.FORFEITED, actor=actor, now=now)
    (forfeit,) = session.scalars(
        select(LedgerEntry).where(LedgerEntry.order_id == stock_order, LedgerEntry.kind == "forfeit")
    ).all()
    assert forfeit.amount == before.paid == 130_000  # cleared only, not the pending transfer
    assert (forfeit.staff_id, forfeit.at, forfeit.method) == (actor.staff_id, now, None)
    after = totals_of(session, stock_order)
    assert after.forfeited == 130_000
    assert after.balance == before.balance  # forfeiture is not a payment
    assert session.get(Order, stock_order).status == "forfeited"


def test_forfeit_with_nothing_paid_writes_no_entry(session, actor, now):
    _, oid = f.order(session, actor, now, items=STOCK, deposit=60_000)
    reverse_entry(session, _deposit_id(session, oid), "batal bayar", actor=actor, now=now)
    move_order(session, oid, OrderStatus.READY, actor=actor, now=now)
    move_order(session, oid, OrderStatus.FORFEITED, actor=actor, now=now)
    assert (
        session.scalar(
            select(func.count(LedgerEntry.id)).where(
                LedgerEntry.order_id == oid, LedgerEntry.kind == "forfeit"
            )
        )
        == 0
    )


# ---------------------------------------------------------------------------------- order codes


def test_order_codes_are_unique_and_restart_each_month(session, actor, now):
    november = now
    december = dt.datetime(2026, 12, 15, 12, 0, tzinfo=WIB)
    january = dt.datetime(2027, 1, 15, 12, 0, tzinfo=WIB)
    codes = [f.order(session, actor, november)[0] for _ in range(3)]
    codes.append(f.order(session, actor, december)[0])
    codes.append(f.order(session, actor, december)[0])
    codes.append(f.order(session, actor, november)[0])  # an order typed in late for November
    codes.append(f.order(session, actor, january)[0])
    assert codes == [
        "TD-2611-0001",
        "TD-2611-0002",
        "TD-2611-0003",
        "TD-2612-0001",
        "TD-2612-0002",
        "TD-2611-0004",
        "TD-2701-0001",
    ]
    assert len(set(session.scalars(select(Order.code)))) == session.scalar(select(func.count(Order.id)))


def test_order_code_uses_the_shop_prefix(session, actor, now):
    settings.put(session, "shop.order_prefix", "TK")
    code, _ = f.order(session, actor, now)
    assert code == "TK-2611-0001"


def test_settings_are_range_checked(session):
    from tokodesk.services import settings

    with pytest.raises(ValueError):
        settings.put(session, "deposit.min_percent", 150)
    with pytest.raises(ValueError):
        settings.put(session, "deposit.min_percent", 60)  # above the suggested 50
    with pytest.raises(ValueError):
        settings.put(session, "shop.order_prefix", "td")
    settings.put(session, "deposit.min_percent", 40)
    assert settings.deposit_policy(session).min_percent == 40


def test_payment_when_pending_money_covers_the_rest_says_so(session, actor, now):
    from tests import factories as f
    from tokodesk.domain.ledger import PaymentMethod
    from tokodesk.services.payments import PaymentInput, record_payment

    _, oid = f.order(session, actor, now)  # total 200.000, DP 100.000
    record_payment(
        session, PaymentInput(oid, 100_000, PaymentMethod.CHEQUE, cleared=False), actor=actor, now=now
    )
    with pytest.raises(InvalidInput, match=r"belum cair; tunggu dananya masuk"):
        record_payment(session, PaymentInput(oid, 10_000, PaymentMethod.CASH), actor=actor, now=now)


def test_an_order_total_beyond_any_shop_is_refused(session, actor, now):
    from tests import factories as f
    from tokodesk.services.orders import ItemInput

    with pytest.raises(InvalidInput, match="Total pesanan terlalu besar"):
        f.order(session, actor, now, items=[ItemInput("Batik tulis", 100_000, 10**13)], deposit=0)


def test_database_trouble_is_told_in_words_a_shop_can_act_on():
    import sqlite3

    from sqlalchemy.exc import OperationalError

    from tokodesk.services.database import db_problem

    locked = OperationalError("INSERT", {}, sqlite3.OperationalError("database is locked"))
    assert db_problem(locked) == "database sedang dipakai program lain; tunggu sebentar lalu coba lagi"
    full = OperationalError("COMMIT", {}, sqlite3.OperationalError("database or disk is full"))
    assert db_problem(full) == "disk bermasalah atau penuh (database or disk is full)"


def test_reads_do_not_wait_for_a_writer(tmp_path):
    """An export or a list reads while another process holds the write lock."""
    import sqlite3

    from tests.factories import open_as_owner as open_database
    from tokodesk.services.customers import search_customers

    db = open_database(str(tmp_path / "r.sqlite3"))
    try:
        other = sqlite3.connect(tmp_path / "r.sqlite3", timeout=0.1)
        other.execute("BEGIN IMMEDIATE")  # the CLI importing, say
        try:
            assert db.read(lambda s: search_customers(s, "")) == []
        finally:
            other.rollback()
            other.close()
    finally:
        db.close()
