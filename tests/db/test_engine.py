"""The engine: SQLite pragmas on every connection, where the database lives, and the column
types (money as exact integers, times as aware UTC)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import Numeric, func, select, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError, StatementError

from tests import backends
from tests import factories as f
from tokodesk.db.base import Base
from tokodesk.db.engine import (
    BUSY_TIMEOUT_MS,
    DB_FILENAME,
    data_dir,
    default_url,
    make_engine,
    normalize_url,
    sqlite_path,
    sqlite_url,
)
from tokodesk.db.migrate import upgrade
from tokodesk.db.models import LedgerEntry, Order, OrderItem, Staff
from tokodesk.db.types import UTCDateTime

WIB = dt.timezone(dt.timedelta(hours=7))


@pytest.fixture
def file_engine(tmp_path):
    engine = make_engine(sqlite_url(tmp_path / "sub" / "dir" / DB_FILENAME))
    upgrade(engine)
    yield engine
    engine.dispose()


# ------------------------------------------------------------------------------------ pragmas


def test_pragmas_on_every_new_connection(file_engine):
    for _ in range(2):
        with file_engine.connect() as conn:
            pragma = lambda name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
            assert pragma("journal_mode") == "wal"
            assert pragma("foreign_keys") == 1
            assert pragma("busy_timeout") == BUSY_TIMEOUT_MS > 0
            assert pragma("synchronous") == 2  # FULL
        file_engine.dispose()  # the next round gets a brand-new DBAPI connection


def test_make_engine_creates_the_folder(tmp_path):
    path = tmp_path / "a" / "b" / DB_FILENAME
    engine = make_engine(sqlite_url(path))
    try:
        assert path.parent.is_dir()
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
        assert path.exists()
    finally:
        engine.dispose()


def test_transactions_take_the_write_lock_at_begin(file_engine):
    """BEGIN IMMEDIATE: while one transaction is open (even before it writes), a second
    writer cannot start."""
    import sqlite3

    with file_engine.begin() as conn:
        conn.exec_driver_sql("SELECT 1")
        other = sqlite3.connect(sqlite_path(str(file_engine.url)), timeout=0)
        try:
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        finally:
            other.close()


def test_foreign_key_violation_is_refused(file_engine):
    with pytest.raises(IntegrityError, match="FOREIGN KEY"), file_engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO customers (name, name_key, phone, whatsapp, address, notes, standing, "
                "standing_reason, created_at, created_by_id) VALUES "
                "('x', 'x', '+6281234567890', '+6281234567890', '', '', 'normal', '', "
                "'2026-11-22 03:00:00', 12345)"
            )
        )
    with file_engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM customers").scalar() == 0


# ------------------------------------------------------------------------------------- types


@pytest.mark.parametrize("amount", [10**12, 10**15 - 1, 2**62, 1])
def test_money_columns_round_trip_large_ints_exactly(session, actor, now, amount):
    cust = f.customer(session, actor, now)
    order = Order(
        code=f"T-{amount}",
        customer_id=cust.id,
        status="confirmed",
        fulfilment="pickup",
        pickup_date=now.date(),
        total=amount,
        notes="",
        created_at=now,
        created_by_id=actor.staff_id,
        status_changed_at=now,
    )
    session.add(order)
    session.flush()
    session.add(
        LedgerEntry(
            order_id=order.id, kind="deposit", amount=amount, method="cash", staff_id=actor.staff_id, at=now
        )
    )
    session.flush()
    session.expire_all()
    back = session.scalar(select(Order.total).where(Order.id == order.id))
    assert back == amount
    assert type(back) is int
    assert session.scalar(select(LedgerEntry.amount).where(LedgerEntry.order_id == order.id)) == amount
    # a sum of rupiah is an int on both backends (PostgreSQL's NUMERIC sum is made whole again)
    total = session.scalar(select(func.sum(LedgerEntry.amount)).where(LedgerEntry.order_id == order.id))
    assert total == amount and type(total) is int
    if backends.ON_PG:  # BIGINT; a sum of BIGINT is NUMERIC, exact too (the services make it int)
        typed = text("SELECT pg_typeof(total)::text FROM orders WHERE id = :i")
        stored = session.execute(typed, {"i": order.id})
        assert stored.scalar() == "bigint"
        return
    # stored as an INTEGER, not as REAL: no float on the way
    stored = session.execute(text("SELECT typeof(total) FROM orders WHERE id = :i"), {"i": order.id})
    assert stored.scalar() == "integer"
    sums = session.execute(
        text("SELECT typeof(sum(amount)) FROM ledger_entries WHERE order_id = :i"), {"i": order.id}
    )
    assert sums.scalar() == "integer"


def test_no_column_is_numeric_or_float():
    """SQLite's Numeric round-trips through float; money is INTEGER rupiah."""
    for table in Base.metadata.tables.values():
        for column in table.columns:
            assert not isinstance(column.type, Numeric), f"{table.name}.{column.name}"
    for column in (Order.total, LedgerEntry.amount, OrderItem.unit_price):
        assert column.type.compile(dialect=sqlite.dialect()) == "INTEGER"  # 64-bit in SQLite
        assert column.type.compile(dialect=postgresql.dialect()) == "BIGINT"


def test_utc_datetime_refuses_naive_times(session):
    session.add(Staff(name="Ani", role="staff", active=True, created_at=dt.datetime(2026, 11, 22, 10, 0)))
    with pytest.raises(StatementError, match="naive datetime"):
        session.flush()
    session.rollback()


def test_utc_datetime_type_directly():
    t = UTCDateTime()
    with pytest.raises(ValueError, match="naive"):
        t.process_bind_param(dt.datetime(2026, 11, 22), None)
    aware = dt.datetime(2026, 11, 22, 10, 0, tzinfo=WIB)
    stored = t.process_bind_param(aware, None)
    assert stored == dt.datetime(2026, 11, 22, 3, 0)
    assert stored.tzinfo is None
    assert t.process_result_value(stored, None) == aware
    assert t.process_bind_param(None, None) is None
    assert t.process_result_value(None, None) is None


def test_utc_datetime_reads_back_aware_utc(session):
    wib_time = dt.datetime(2026, 11, 22, 10, 5, 30, 123456, tzinfo=WIB)
    staff = Staff(name="Ani", role="staff", active=True, created_at=wib_time)
    session.add(staff)
    session.flush()
    session.expire_all()
    back = session.scalar(select(Staff.created_at).where(Staff.id == staff.id))
    assert back.tzinfo is dt.UTC
    assert back == wib_time  # the same instant
    assert back.hour == 3
    raw = session.execute(text("SELECT created_at FROM staff WHERE id = :i"), {"i": staff.id}).scalar()
    if backends.ON_PG:  # timestamp without time zone: the UTC wall time, naive
        assert raw == dt.datetime(2026, 11, 22, 3, 5, 30, 123456)
    else:
        assert raw.startswith("2026-11-22 03:05:30")


# ---------------------------------------------------------------------------- where it lives


def test_normalize_url_of_a_path(tmp_path):
    path = tmp_path / "toko.sqlite3"
    url = normalize_url(str(path))
    assert url == f"sqlite+pysqlite:///{path.resolve()}"
    assert sqlite_path(url) == path.resolve()


def test_normalize_url_of_a_relative_path(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert normalize_url("toko.sqlite3") == f"sqlite+pysqlite:///{(tmp_path / 'toko.sqlite3').resolve()}"


@pytest.mark.parametrize(
    "url",
    [
        "sqlite:////srv/toko/db.sqlite3",
        "sqlite+pysqlite:///:memory:",
        "sqlite://",
        "sqlite:///C:/Users/Budi Santoso/AppData/Local/TokoDesk/tokodesk.sqlite3",
    ],
)
def test_normalize_url_keeps_sqlite_urls(url):
    # the same URL (characters such as ":" may come back %-escaped, which means the same)
    assert make_url(normalize_url(url)) == make_url(url)


def test_sqlite_path():
    assert normalize_url("sqlite:////srv/toko/db.sqlite3") == "sqlite:////srv/toko/db.sqlite3"
    assert sqlite_path("sqlite:////srv/toko/db.sqlite3") == Path("/srv/toko/db.sqlite3")
    assert sqlite_path("sqlite+pysqlite:///:memory:") is None
    assert sqlite_path("sqlite://") is None


def test_normalize_url_picks_psycopg_for_postgresql():
    assert normalize_url("postgresql://toko:rahasia@db.lan:5432/toko") == (
        "postgresql+psycopg://toko:rahasia@db.lan:5432/toko"
    )
    # an explicit driver is kept
    assert normalize_url("postgresql+psycopg2://toko@db.lan/toko") == "postgresql+psycopg2://toko@db.lan/toko"
    assert sqlite_path("postgresql+psycopg://toko@db.lan/toko") is None


def test_default_url_lives_under_the_data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("TOKODESK_DATA_DIR", str(tmp_path))
    assert data_dir() == tmp_path
    assert default_url() == f"sqlite+pysqlite:///{(tmp_path / DB_FILENAME).resolve()}"
    assert sqlite_path(default_url()) == (tmp_path / DB_FILENAME).resolve()


def test_tests_never_point_at_the_real_data_dir():
    import os

    assert os.environ["TOKODESK_DATA_DIR"]
    assert sqlite_path(default_url()).is_relative_to(Path(os.environ["TOKODESK_DATA_DIR"]).resolve())


# ----------------------------------------------------------------------- ledger constraints


def _entry(order_id, staff_id, now, **kw):
    base = dict(order_id=order_id, kind="payment", amount=1_000, method="cash", staff_id=staff_id, at=now)
    base.update(kw)
    return LedgerEntry(**base)


@pytest.mark.parametrize(
    ("fields", "constraint"),
    [
        ({"amount": -1_000}, "sign_matches_reversal"),
        ({"amount": 0}, "sign_matches_reversal"),
        ({"kind": "tip"}, "kind"),
        ({"method": "bitcoin"}, "method"),
    ],
)
def test_ledger_check_constraints(session, actor, now, fields, constraint):
    _, order_id = f.order(session, actor, now)
    with pytest.raises(IntegrityError, match=f"ck_ledger_entries_{constraint}"), session.begin_nested():
        session.add(_entry(order_id, actor.staff_id, now, **fields))
        session.flush()


def test_ledger_reversal_must_be_negative_and_unique(session, actor, now):
    _, order_id = f.order(session, actor, now)
    original = _entry(order_id, actor.staff_id, now)
    session.add(original)
    session.flush()
    with pytest.raises(IntegrityError, match="sign_matches_reversal"), session.begin_nested():
        session.add(_entry(order_id, actor.staff_id, now, amount=1_000, reverses_id=original.id))
        session.flush()
    session.add(_entry(order_id, actor.staff_id, now, amount=-1_000, reverses_id=original.id))
    session.flush()
    with pytest.raises(IntegrityError, match=r"(?i)unique"), session.begin_nested():
        session.add(_entry(order_id, actor.staff_id, now, amount=-1_000, reverses_id=original.id))
        session.flush()


def test_order_total_may_not_be_negative(session, actor, now):
    _, order_id = f.order(session, actor, now)
    with pytest.raises(IntegrityError, match="total_not_negative"), session.begin_nested():
        session.execute(text("UPDATE orders SET total = -1 WHERE id = :i"), {"i": order_id})
