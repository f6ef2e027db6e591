"""Shared fixtures.

* The test process has its own data folder (``TOKODESK_DATA_DIR``) so it can never touch a
  real shop's database, and Qt runs offscreen.
* ``db_engine``: a real SQLite file per test session whose schema is built by the Alembic
  migrations (the same path a shop's database takes).
* ``session``: each test runs inside a transaction that is rolled back afterwards; the
  services' own flushes and savepoints happen inside it.
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


@pytest.fixture(scope="session")
def db_engine(tmp_path_factory):
    path = tmp_path_factory.mktemp("db") / "test.sqlite3"
    engine = make_engine(sqlite_url(path))
    upgrade(engine)
    yield engine
    engine.dispose()


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
