"""Opening the shop's database for the app and the command line: one function, so both get
the same pragmas, the same migration (with its safety copy) and the same default staff."""

from __future__ import annotations

import datetime as dt
import errno
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from tokodesk.db.engine import default_url, make_engine, make_sessionmaker, normalize_url
from tokodesk.db.migrate import upgrade
from tokodesk.domain.errors import QT_TRANSLATE_NOOP, DomainError
from tokodesk.services.context import Actor
from tokodesk.services.staff import system_actor
from tokodesk.services.terms import ensure_terms

T = TypeVar("T")


@dataclass
class Database:
    url: str
    engine: Engine
    sessions: sessionmaker[Session]
    actor: Actor
    migration_copy: Path | None = None
    read_engine: Engine | None = None  # SQLite: transactions that take no write lock

    def __post_init__(self) -> None:
        self._read_sessions = make_sessionmaker(self.read_engine) if self.read_engine else self.sessions

    def write(self, fn: Callable[[Session], T]) -> T:
        """Run ``fn`` in one transaction: committed if it returns, rolled back if it raises.
        An error that must leave a trace although its work is rolled back (a refused
        attempt, a wrong PIN) carries ``after_rollback(session)``, run here in a transaction
        of its own."""
        try:
            with self.sessions() as s, s.begin():
                return fn(s)
        except DomainError as e:
            keep = getattr(e, "after_rollback", None)
            if keep is not None:
                with self.sessions() as s, s.begin():
                    keep(s)
            raise

    def read(self, fn: Callable[[Session], T]) -> T:
        """Run ``fn`` on a consistent snapshot that takes no write lock (lists, exports).
        Nothing is committed: closing the session rolls back whatever ``fn`` might write."""
        with self._read_sessions() as s:
            return fn(s)

    def close(self) -> None:
        self.engine.dispose()
        if self.read_engine is not None:
            self.read_engine.dispose()


def open_database(url: str | None = None, *, now: dt.datetime | None = None) -> Database:
    """Open (creating or upgrading as needed) the database at ``url`` — a URL or an SQLite
    file path; None means the file in the user's data folder."""
    now = now or dt.datetime.now(dt.UTC)
    full = normalize_url(url) if url else default_url()
    engine = make_engine(full)
    copy = upgrade(engine, now=now)
    sessions = make_sessionmaker(engine)
    with sessions() as s, s.begin():
        actor = system_actor(s, now)  # unattended work: the starter T&C, command-line imports
        ensure_terms(s, actor=actor, now=now)
    # lists, searches and the other counters' changes never queue behind a write
    reader = make_engine(full, reader=True)
    return Database(full, engine, sessions, actor, copy, reader)


def _driver_words(e: BaseException) -> str:
    """The driver's own words, which name the cause ("database is locked", "disk full")."""
    orig = getattr(e, "orig", None)
    text = str(orig if orig is not None else e).strip()
    return text.splitlines()[0] if text else type(e).__name__


def db_problem(e: BaseException) -> str:
    """What went wrong with the database, in words a shop can act on (Indonesian; the UI
    translates it through the "errors" context like every domain message)."""
    detail = _driver_words(e)
    low = detail.lower()
    if isinstance(e, OSError) and e.errno in (errno.ENOSPC, errno.EDQUOT):
        low = "disk full"
    elif isinstance(e, OSError) and e.errno in (
        errno.EACCES,
        errno.EPERM,
        errno.EROFS,
        errno.EEXIST,
        errno.ENOTDIR,
        errno.ENOENT,
    ):
        low = "unable to open"
    if any(w in low for w in ("could not connect", "connection refused", "timeout expired", "server closed")):
        template = QT_TRANSLATE_NOOP(
            "errors", "server database tidak bisa dihubungi; periksa jaringan dan server lalu coba lagi"
        )
        return DomainError(template, detail=detail).message
    if "lock timeout" in low or "deadlock" in low:
        low = "locked"
    if "locked" in low or "busy" in low:
        template = QT_TRANSLATE_NOOP(
            "errors", "database sedang dipakai program lain; tunggu sebentar lalu coba lagi"
        )
    elif "not a database" in low:
        template = QT_TRANSLATE_NOOP("errors", "berkas ini bukan database TokoDesk")
    elif "unable to open" in low or "readonly" in low or "read-only" in low:
        template = QT_TRANSLATE_NOOP(
            "errors", "berkas database tidak bisa dibuka atau ditulis (periksa folder dan izinnya)"
        )
    elif "disk" in low and ("full" in low or "i/o" in low):
        template = QT_TRANSLATE_NOOP("errors", "disk bermasalah atau penuh ({detail})")
    elif "can't locate revision" in low:
        template = QT_TRANSLATE_NOOP(
            "errors", "database ini dibuat oleh versi TokoDesk yang lebih baru; perbarui TokoDesk dulu"
        )
    else:
        return detail
    return DomainError(template, detail=detail).message
