"""The database the tests run against: SQLite files (always), or PostgreSQL when
``TOKODESK_TEST_PG_URL`` names a server (``scripts/test.sh`` starts a throw-away one and runs
the database-backed tests a second time against it).

``TOKODESK_TEST_PG_URL`` is the URL of any database on a server where its user may create
databases, e.g. ``postgresql+psycopg://tokodesk@127.0.0.1:5433/postgres``.  The tests make
their own databases there (``tokodesk_test_<pid>_…``) and drop them when done:

* one migrated template per test run; the shared database of ``db_engine`` and every fresh
  database of ``db_url`` are copies of it (``CREATE DATABASE … TEMPLATE``: tens of
  milliseconds, against seconds for running the migrations again).
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Sequence

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from tokodesk.db.engine import normalize_url

PG_URL = os.environ.get("TOKODESK_TEST_PG_URL", "").strip()
ON_PG = bool(PG_URL)
BACKEND = "postgresql" if ON_PG else "sqlite"

sqlite_only = pytest.mark.skipif(ON_PG, reason="SQLite only (files, pragmas); ran in the SQLite pass")
postgresql_only = pytest.mark.skipif(not ON_PG, reason="needs TOKODESK_TEST_PG_URL (scripts/test.sh sets it)")

_PREFIX = f"tokodesk_test_{os.getpid()}"
_numbers = itertools.count(1)
TEMPLATE = f"{_PREFIX}_template"


def server_url(database: str) -> str:
    """The URL of ``database`` on the test server."""
    url = make_url(normalize_url(PG_URL)).set(database=database)
    return url.render_as_string(hide_password=False)


def _admin():
    # AUTOCOMMIT: CREATE/DROP DATABASE cannot run inside a transaction
    return create_engine(normalize_url(PG_URL), isolation_level="AUTOCOMMIT", pool_size=1)


_admin_engine = None


def admin():
    global _admin_engine
    if _admin_engine is None:
        _admin_engine = _admin()
    return _admin_engine


def create_database(name: str, template: str | None = None) -> str:
    with admin().connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        if template:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}" TEMPLATE "{template}" STRATEGY FILE_COPY')
        else:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    return server_url(name)


def drop_database(name: str) -> None:
    with admin().connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def new_database_name(label: str = "") -> str:
    return f"{_PREFIX}_{label}{next(_numbers)}"


def make_template() -> None:
    """The migrated, empty database every test database is copied from."""
    from tokodesk.db.engine import make_engine
    from tokodesk.db.migrate import upgrade

    engine = make_engine(create_database(TEMPLATE))
    try:
        upgrade(engine)
    finally:
        engine.dispose()


def drop_all() -> None:
    """Drop every database this test process made (the template last)."""
    global _admin_engine
    if _admin_engine is None:
        return
    with admin().connect() as conn:
        names = conn.execute(
            text("SELECT datname FROM pg_database WHERE datname LIKE :p"), {"p": f"{_PREFIX}\\_%"}
        ).scalars()
        for name in sorted(names, key=lambda n: n == TEMPLATE):
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    _admin_engine.dispose()
    _admin_engine = None


def database_name(url: str) -> str:
    return make_url(normalize_url(url)).database or ""


def run_sql(url_or_path: str, *statements: str) -> None:
    """Run raw SQL on a test database in one transaction, the way someone with a database
    tool would (no app, no locks of ours)."""
    engine = create_engine(normalize_url(str(url_or_path)))
    try:
        with engine.begin() as conn:
            for st in statements:
                conn.exec_driver_sql(st)
    finally:
        engine.dispose()


def query(url_or_path: str, sql: str, params: dict | Sequence | None = None) -> list[tuple]:
    engine = create_engine(normalize_url(str(url_or_path)))
    try:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.execute(text(sql), params or {})]
    finally:
        engine.dispose()
