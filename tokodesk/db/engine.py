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
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from tokodesk import APP_NAME

BUSY_TIMEOUT_MS = 10_000
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


def make_engine(url: str, *, echo: bool = False, reader: bool = False) -> Engine:
    """An engine for writing (transactions take the write lock at BEGIN) or, with
    ``reader=True``, for reading (lists, searches, exports: they never block a writer)."""
    path = sqlite_path(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, echo=echo)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _on_sqlite_connect)
        event.listen(engine, "begin", _on_begin_read if reader else _on_begin)
    return engine


def make_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    # expire_on_commit=False: results handed to the UI thread stay readable after commit.
    return sessionmaker(engine, expire_on_commit=False)
