"""Bringing a database to the current schema with Alembic.

Opening an older SQLite database first copies it aside (SQLite's online backup API, so a
WAL file's contents are included) next to the original as
``tokodesk.sqlite3.pre-<revision>-<time>.bak``; a failed upgrade leaves the original
restorable from that copy.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from tokodesk.db.engine import sqlite_path

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config(engine: Engine) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
    return cfg


def head_revision() -> str:
    return ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def backup_copy(db_file: Path, revision: str | None, now: dt.datetime) -> Path:
    """Copy an SQLite database aside with the online backup API; return the copy's path."""
    stamp = now.strftime("%Y%m%d-%H%M%S")
    target = db_file.with_name(f"{db_file.name}.pre-{revision or 'none'}-{stamp}.bak")
    src = sqlite3.connect(db_file)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def upgrade(engine: Engine, *, now: dt.datetime | None = None) -> Path | None:
    """Upgrade to the newest schema.  Returns the path of the safety copy, if one was made."""
    head = head_revision()
    current = current_revision(engine)
    if current == head:
        return None
    copy = None
    db_file = sqlite_path(engine.url.render_as_string(hide_password=False))
    has_tables = bool(inspect(engine).get_table_names())
    if db_file is not None and db_file.exists() and has_tables:
        copy = backup_copy(db_file, current, now or dt.datetime.now(dt.UTC))
    with engine.connect() as conn:
        # Batch mode rebuilds a table by copy, drop, rename; with foreign keys on, dropping a
        # table that other rows point at fails.  SQLite ignores this pragma inside a
        # transaction, so it is set on the driver connection before BEGIN; the references
        # are checked before commit instead (the procedure in SQLite's ALTER TABLE docs).
        raw = conn.connection.driver_connection if conn.dialect.name == "sqlite" else None
        if raw is not None:
            raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                cfg = alembic_config(engine)
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                if raw is not None:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise RuntimeError(f"migration left broken references: {broken[:5]}")
        finally:
            if raw is not None:
                raw.execute("PRAGMA foreign_keys=ON")
    return copy
