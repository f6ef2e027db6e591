"""The order search index (SQLite only): two FTS5 tables kept current by triggers.

* ``order_search`` (trigram tokenizer): substring search for queries of three or more
  characters, over the order code, the customer's name key and phone;
* ``order_words`` (unicode61 with prefix indexes of one and two characters): word-prefix
  search for one- and two-character queries, over the order code and the name key.

Both use the order id as rowid, so a search answers "newest first" (``ORDER BY rowid
DESC``) straight from the index.  Migration 0006 installs them.  Every migration run sets the
triggers aside first (a batch rebuild of ``orders`` or ``customers`` fails while triggers
name them) and ``ensure`` puts them back afterwards and refills the index
(``migrations/env.py``).
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import Connection

TABLES = ("order_search", "order_words")
TRIGGERS = ("order_search_insert", "order_search_update", "order_search_delete", "order_search_customer")

_TEXT = "o.code || ' ' || c.name_key || ' ' || c.phone"
_WORDS = "o.code || ' ' || c.name_key"


def _fill(where: str) -> str:
    return f"""
        INSERT INTO order_search(rowid, t)
            SELECT o.id, {_TEXT} FROM orders o JOIN customers c ON c.id = o.customer_id WHERE {where};
        INSERT INTO order_words(rowid, t)
            SELECT o.id, {_WORDS} FROM orders o JOIN customers c ON c.id = o.customer_id WHERE {where};"""


def _forget(rowids: str) -> str:
    return f"""
        DELETE FROM order_search WHERE rowid IN ({rowids});
        DELETE FROM order_words WHERE rowid IN ({rowids});"""


CREATE_TABLES = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS order_search USING fts5(t, tokenize='trigram')",
    "CREATE VIRTUAL TABLE IF NOT EXISTS order_words USING fts5(t, prefix='1 2', detail=none)",
]
CREATE_TRIGGERS = [
    f"CREATE TRIGGER order_search_insert AFTER INSERT ON orders BEGIN {_fill('o.id = new.id')} END",
    f"""CREATE TRIGGER order_search_update AFTER UPDATE OF code, customer_id ON orders BEGIN
        {_forget("old.id")} {_fill("o.id = new.id")} END""",
    f"CREATE TRIGGER order_search_delete AFTER DELETE ON orders BEGIN {_forget('old.id')} END",
    f"""CREATE TRIGGER order_search_customer AFTER UPDATE OF name_key, phone ON customers BEGIN
        {_forget("SELECT id FROM orders WHERE customer_id = new.id")}
        {_fill("o.customer_id = new.id")} END""",
]


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    """For Alembic's autogenerate and model comparison: leave the search index alone (FTS5
    virtual tables and their shadow tables, made by raw SQL, not in the models)."""
    return not (type_ == "table" and name and name.startswith(TABLES))


def _sqlite(conn: Connection) -> bool:
    return conn.dialect.name == "sqlite"


def _refill(conn: Connection) -> None:
    for table in TABLES:
        conn.execute(text(f"DELETE FROM {table}"))
    for stmt in _fill("1").strip().split(";"):
        if stmt.strip():
            conn.execute(text(stmt))


def install(conn: Connection) -> None:
    """Create the index tables and triggers and index every order (migration 0006)."""
    if not _sqlite(conn):
        return
    for sql in CREATE_TABLES:
        conn.execute(text(sql))
    _refill(conn)
    for sql in CREATE_TRIGGERS:
        conn.execute(text(sql))


def drop_triggers(conn: Connection) -> None:
    if not _sqlite(conn):
        return
    for name in TRIGGERS:
        conn.execute(text(f"DROP TRIGGER IF EXISTS {name}"))


def uninstall(conn: Connection) -> None:
    if not _sqlite(conn):
        return
    drop_triggers(conn)
    for table in TABLES:
        conn.execute(text(f"DROP TABLE IF EXISTS {table}"))


def missing_triggers(conn: Connection) -> list[str]:
    present = set(conn.scalars(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")))
    return [t for t in TRIGGERS if t not in present]


def ensure(conn: Connection) -> bool:
    """After migrations: if a table rebuild dropped the triggers, put them back and refill the
    index.  Returns whether anything had to be repaired."""
    if not _sqlite(conn):
        return False
    present = set(conn.scalars(text("SELECT name FROM sqlite_master WHERE type = 'table'")))
    if not set(TABLES) <= present:
        return False  # before migration 0006
    if not missing_triggers(conn):
        return False
    uninstall(conn)
    install(conn)
    return True
