"""Opening the database: where it lives, the SQLite pragmas, and sessions.

SQLite choices (every connection):

* ``journal_mode=WAL``: readers never block the writer, and a crash leaves the last
  committed state.
* ``synchronous=FULL``: the WAL is synced at every commit, so a transaction reported as
  committed survives a power cut (``NORMAL`` could lose the last ones).
* ``foreign_keys=ON``: SQLite leaves them off unless asked.
* ``busy_timeout``: a second process (the CLI, a scheduled ``tokodesk daily``) waits for the
  lock instead of failing at once.
* Writing transactions start with ``BEGIN IMMEDIATE``: the write lock is taken at the
  start, so a transaction never fails half-way with "database is locked" when it upgrades
  from reading to writing.  Reading transactions (a second engine, ``reader=True``) start
  with a deferred ``BEGIN`` and so never wait for, nor hold up, a writer.  Python's
  sqlite3 module is told to keep out of transaction control (the SQLAlchemy pysqlite
  recipe) so SAVEPOINTs work too.

PostgreSQL (several counters on one database) keeps the same model: one writer at a time.

* A writing transaction takes a transaction-scoped advisory lock (``WRITE_LOCK``) as its
  first statement, the equivalent of ``BEGIN IMMEDIATE``: writers from every counter queue
  there and run one after the other, each seeing everything committed before it.  So every
  check-then-write in the services (a payment against the balance, the next order number,
  the end of an evidence chain, a reminder queued once, an e-mail claimed by one sender,
  the daily run) stays correct without each service knowing about the other counters, and
  two writers can never deadlock (there is one lock, taken first).  Ids are drawn inside
  the lock, so they grow in commit order: "the newest audit id" marks what a counter has
  seen (``services/changes.py``).  A shop's writes take milliseconds; the queue is short.
  The services still lock the rows they depend on (``FOR UPDATE``) as a second line.
* Reading transactions (``reader=True``) take no lock: MVCC gives them a consistent view.
* ``lock_timeout`` (the same 10 s as SQLite's busy timeout) turns a long wait into an error
  the user sees, and ``idle_in_transaction_session_timeout`` lets the server end a counter
  that died (power cut) in the middle of a transaction, so its lock does not stay.
* ``pool_pre_ping``: a connection broken while the app sat idle (server restart, network)
  is replaced instead of failing the next action.
* Rupiah stay ``int``: PostgreSQL sums BIGINT into NUMERIC, which the driver would hand
  over as ``Decimal`` (``format_rupiah`` refuses it); a whole NUMERIC comes back as ``int``,
  as SQLite's integer sums do.  The schema has no NUMERIC column (money is never one).
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from tokodesk import APP_NAME

BUSY_TIMEOUT_MS = 10_000
IDLE_IN_TRANSACTION_MS = 60_000  # PostgreSQL: a writer idle this long mid-transaction is ended
CONNECT_TIMEOUT_S = 10
# pg_advisory_xact_lock key for "a writing transaction is running" ('TOKO' in ASCII);
# advisory locks are per database, so two shops on one server do not share it
WRITE_LOCK = 0x544F4B4F
DB_FILENAME = "tokodesk.sqlite3"


def data_dir() -> Path:
    """The user's data folder for TokoDesk (``TOKODESK_DATA_DIR`` overrides it, for tests)."""
    override = os.environ.get("TOKODESK_DATA_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def default_url() -> str:
    return sqlite_url(data_dir() / DB_FILENAME)


def sqlite_url(path: Path | str) -> str:
    return f"sqlite+pysqlite:///{Path(path).expanduser().resolve()}"


def normalize_url(url_or_path: str) -> str:
    """``--db`` takes a URL or a bare SQLite file path."""
    if "://" in url_or_path:
        url = make_url(url_or_path)
        if url.drivername in ("postgresql", "postgres"):  # default to the psycopg 3 driver
            url = url.set(drivername="postgresql+psycopg")
        return url.render_as_string(hide_password=False)
    return sqlite_url(url_or_path)


def sqlite_path(url: str) -> Path | None:
    """The file of an SQLite URL, or None for other databases and in-memory SQLite."""
    u = make_url(url)
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    return Path(u.database)


def _on_sqlite_connect(dbapi_connection, _record) -> None:
    dbapi_connection.isolation_level = None  # SQLAlchemy emits BEGIN itself (see _on_begin)
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.close()


def _on_begin(conn) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE")


def _on_begin_read(conn) -> None:
    conn.exec_driver_sql("BEGIN")  # deferred: a reader under WAL never waits for a writer


@functools.cache
def _whole_numeric_loaders() -> tuple[type, type]:
    from psycopg.types.numeric import NumericBinaryLoader, NumericLoader

    def whole(value):
        return int(value) if value.is_finite() and value == value.to_integral_value() else value

    class WholeNumeric(NumericLoader):
        def load(self, data):
            return whole(super().load(data))

    class WholeNumericBinary(NumericBinaryLoader):
        def load(self, data):
            return whole(super().load(data))

    return WholeNumeric, WholeNumericBinary


def _whole_numbers_as_int(dbapi_connection, _record) -> None:
    for loader in _whole_numeric_loaders():
        dbapi_connection.adapters.register_loader("numeric", loader)


def _on_begin_pg(conn) -> None:
    conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")


def _pg_options(reader: bool) -> str:
    opts = [f"lock_timeout={BUSY_TIMEOUT_MS}"]
    if not reader:
        opts.append(f"idle_in_transaction_session_timeout={IDLE_IN_TRANSACTION_MS}")
    return " ".join(f"-c {o}" for o in opts)


def make_engine(url: str, *, echo: bool = False, reader: bool = False) -> Engine:
    """An engine for writing (transactions take the write lock at BEGIN) or, with
    ``reader=True``, for reading (lists, searches, exports: they never block a writer)."""
    path = sqlite_path(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    backend = make_url(url).get_backend_name()
    if backend == "postgresql":
        connect_args: dict[str, object] = {}
        if make_url(url).get_driver_name() in ("psycopg", "psycopg2"):  # libpq's parameters
            connect_args = {
                "application_name": APP_NAME,
                "options": _pg_options(reader),
                "connect_timeout": CONNECT_TIMEOUT_S,
            }
        engine = create_engine(url, echo=echo, pool_pre_ping=True, connect_args=connect_args)
        if engine.dialect.driver == "psycopg":
            event.listen(engine, "connect", _whole_numbers_as_int)
        if not reader:
            event.listen(engine, "begin", _on_begin_pg)
        return engine
    engine = create_engine(url, echo=echo)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _on_sqlite_connect)
        event.listen(engine, "begin", _on_begin_read if reader else _on_begin)
    return engine


def make_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    # expire_on_commit=False: results handed to the UI thread stay readable after commit.
    return sessionmaker(engine, expire_on_commit=False)
