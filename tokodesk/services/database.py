"""Opening the shop's database for the app and the command line: one function, so both get
the same pragmas, the same migration (with its safety copy) and the same default staff."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from tokodesk.db.engine import default_url, make_engine, make_sessionmaker, normalize_url
from tokodesk.db.migrate import upgrade
from tokodesk.services.context import Actor
from tokodesk.services.staff import default_actor

T = TypeVar("T")


@dataclass
class Database:
    url: str
    engine: Engine
    sessions: sessionmaker[Session]
    actor: Actor
    migration_copy: Path | None = None

    def write(self, fn: Callable[[Session], T]) -> T:
        """Run ``fn`` in one transaction: committed if it returns, rolled back if it raises."""
        with self.sessions() as s, s.begin():
            return fn(s)

    read = write  # reads use the same short transaction (a consistent snapshot)

    def close(self) -> None:
        self.engine.dispose()


def open_database(url: str | None = None, *, now: dt.datetime | None = None) -> Database:
    """Open (creating or upgrading as needed) the database at ``url`` — a URL or an SQLite
    file path; None means the file in the user's data folder."""
    now = now or dt.datetime.now(dt.UTC)
    full = normalize_url(url) if url else default_url()
    engine = make_engine(full)
    copy = upgrade(engine, now=now)
    sessions = make_sessionmaker(engine)
    with sessions() as s, s.begin():
        actor = default_actor(s, now)
    return Database(full, engine, sessions, actor, copy)
