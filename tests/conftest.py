"""Shared fixtures.

* The test process has its own data folder (``TOKODESK_DATA_DIR``) so it can never touch a
  real shop's database, and Qt runs offscreen.
* ``db_engine``: a real SQLite file per test session whose schema is built by the Alembic
  migrations (the same path a shop's database takes); a PostgreSQL database instead when
  ``TOKODESK_TEST_PG_URL`` is set (see ``tests/backends.py``).
* ``session``: each test runs inside a transaction that is rolled back afterwards; the
  services' own flushes and savepoints happen inside it.
* ``db_url``: a brand-new database of the backend for one test, as ``--db`` or
  ``open_database`` take it (an SQLite file path, or a PostgreSQL URL).
* The PostgreSQL pass runs only the tests that use the database fixtures (and
  ``tests/pg``); the others touch no database of that backend and ran in the SQLite pass.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile

_DATA = tempfile.mkdtemp(prefix="tokodesk-test-data-")
os.environ["TOKODESK_DATA_DIR"] = _DATA
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from argon2 import PasswordHasher  # noqa: E402
from hypothesis import settings as hypothesis_settings  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from tests import backends  # noqa: E402
from tokodesk.db.engine import make_engine, sqlite_url  # noqa: E402
from tokodesk.db.migrate import upgrade  # noqa: E402
from tokodesk.services import staff as staff_service  # noqa: E402
from tokodesk.services.context import Actor  # noqa: E402
from tokodesk.services.staff import default_actor  # noqa: E402
from tokodesk.services.terms import ensure_terms  # noqa: E402

# Property tests check rules, not speed: no per-example deadline (a loaded CI machine would
# fail them at random). Performance targets live in bench/.
# PINs: the app's argon2id cost (~50 ms a check) would only slow the suite down; the same
# algorithm at its smallest cost checks the same code paths.
staff_service.HASHER = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)

hypothesis_settings.register_profile("tokodesk", deadline=None, print_blob=True)
hypothesis_settings.load_profile("tokodesk")

WIB = dt.timezone(dt.timedelta(hours=7))
NOW = dt.datetime(2026, 11, 22, 10, 0, tzinfo=WIB)


DB_FIXTURES = {"db_engine", "session", "db_url", "new_db_url"}


def pytest_report_header(config):
    return f"database backend: {backends.BACKEND}"


def pytest_collection_modifyitems(config, items):
    """On the PostgreSQL pass, keep the tests that use a database of that backend."""
    if not backends.ON_PG:
        return
    keep, drop = [], []
    for item in items:
        uses_db = DB_FIXTURES & set(getattr(item, "fixturenames", ()))
        in_pg = "/tests/pg/" in str(item.path).replace("\\", "/")
        (keep if uses_db or in_pg else drop).append(item)
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep


@pytest.fixture(scope="session")
def pg_template():
    """PostgreSQL: the migrated empty database that test databases are copied from."""
    if not backends.ON_PG:
        yield None
        return
    backends.make_template()
    yield backends.TEMPLATE
    backends.drop_all()


@pytest.fixture(scope="session")
def db_engine(tmp_path_factory, pg_template):
    if pg_template:
        engine = make_engine(backends.create_database(backends.new_database_name("shared"), pg_template))
    else:
        path = tmp_path_factory.mktemp("db") / "test.sqlite3"
        engine = make_engine(sqlite_url(path))
        upgrade(engine)
    yield engine
    engine.dispose()


@pytest.fixture(scope="session")
def new_db_url(tmp_path_factory, pg_template):
    """``new_db_url(label)``: a brand-new shop database, as ``--db`` and ``open_database``
    take it: an SQLite file path (not yet created) in a new folder, or the URL of a new
    PostgreSQL database with the schema already in place (dropped at the end of the run)."""

    def make(label: str = "shop") -> str:
        if not pg_template:
            return str(tmp_path_factory.mktemp(label) / "toko.sqlite3")
        return backends.create_database(backends.new_database_name(), pg_template)

    return make


@pytest.fixture
def db_url(new_db_url) -> str:
    """A brand-new shop database for one test (see ``new_db_url``)."""
    url = new_db_url()
    yield url
    if backends.ON_PG:  # WITH (FORCE): engines the test left open do not matter
        backends.drop_database(backends.database_name(url))


@pytest.fixture
def session(db_engine):
    with db_engine.connect() as conn:
        trans = conn.begin()
        s = Session(bind=conn, join_transaction_mode="create_savepoint", expire_on_commit=False)
        try:
            yield s
        finally:
            s.close()
            trans.rollback()


@pytest.fixture
def now() -> dt.datetime:
    return NOW


@pytest.fixture
def actor(session, now) -> Actor:
    """The default staff record, with the starter T&C in place, as open_database leaves it."""
    who = default_actor(session, now)
    ensure_terms(session, actor=who, now=now)
    return who
