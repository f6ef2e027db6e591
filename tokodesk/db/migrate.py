"""Bringing a database to the current schema with Alembic, and the verified safety copy of an
SQLite file that is made before (and that ``tokodesk.services.backup`` uses for every backup).

Opening an older SQLite database first copies it aside with ``safe_copy``: into the owner's
backup folder (setting ``backup.folder``) as ``tokodesk-2026-11-23-0300-migration.sqlite3``
when one is set and can be written, else next to the original as
``tokodesk.sqlite3.pre-<revision>-<time>.bak``.  The copy is checked before the upgrade
starts (it opens, passes SQLite's integrity and foreign-key checks, and holds as many rows
in every table as the snapshot it was taken from); when no good copy can be made the upgrade
does not start and the database stays as it was.  A failed upgrade leaves the original
restorable from that copy.

``safe_copy`` uses SQLite's online backup API from a connection of its own that holds one
read transaction for the whole copy: under WAL a reader never blocks a writer, so the shop
keeps working while the copy is made, and every page comes from one snapshot (no restart
when a writer commits).  Pages are copied a few hundred at a time; the copy goes to a hidden
temporary file in the target's folder that is synced, checked and only then renamed, so a
file with a backup's name is always a complete, checked copy.  The copy is switched to a
rollback journal (one self-contained file: nothing is created beside it when it is opened).
The evidence chains are not checked here (this layer has no rules); the services add that
check through ``safe_copy(verify=...)``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import json
import logging
import os
import sqlite3
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from tokodesk.db.engine import sqlite_path
from tokodesk.domain.errors import QT_TRANSLATE_NOOP, DomainError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
SHIPPED_MIGRATIONS_DIR = MIGRATIONS_DIR
# The newest revision in migrations/versions, so that opening a database that is already
# up to date needs no Alembic (start-up time); tests/db/test_migrations.py checks that it
# is Alembic's head.  Change it with every new migration.
HEAD_REVISION = "0009"
log = logging.getLogger(__name__)

PAGES_PER_STEP = 256  # 1 MB of 4 KB pages between two looks at the stop flag
BUSY_TIMEOUT_S = 10.0
BACKUP_PREFIX = "tokodesk"
BACKUP_SUFFIX = ".sqlite3"


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config  # heavy: imported when first used (start-up time)

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
    return cfg


def head_revision() -> str:
    if MIGRATIONS_DIR == SHIPPED_MIGRATIONS_DIR:
        return HEAD_REVISION
    from alembic.script import ScriptDirectory  # heavy: imported when first used (start-up time)

    return ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head()


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory  # heavy: imported when first used (start-up time)

    return {s.revision for s in ScriptDirectory(str(MIGRATIONS_DIR)).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext  # heavy: imported when first used (start-up time)

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _stored_revision(engine: Engine) -> str | None:
    """The revision in ``alembic_version`` read with plain SQL (no Alembic); None when there
    is no such table, no single row, or it cannot be read (``current_revision`` then decides)."""
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).all()
    except Exception:  # a new database, or not one of ours: the full check below says what it is
        return None
    return rows[0][0] if len(rows) == 1 else None


# ------------------------------------------------------------------------------ safety copies


class CopyFailed(DomainError):
    """A copy could not be made or did not pass its check; nothing was left under its name."""


class Stopped(Exception):
    """The copy was stopped on request (the app is closing); nothing was left behind."""


@dataclass(frozen=True)
class CopyCheck:
    """What a copy was found to be when it was checked."""

    path: Path
    size: int = 0
    integrity: str = ""  # "ok", or SQLite's first complaint
    foreign_keys_ok: bool = False
    revision: str | None = None
    counts: dict[str, int] = field(default_factory=dict)  # rows per table
    problem: str = ""  # empty when the copy is good (Indonesian, for the owner)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.problem


def backup_file_name(moment: dt.datetime, kind: str, seq: int = 1) -> str:
    """``tokodesk-2026-11-23-0300-daily.sqlite3`` (the machine's local time); ``-2``, ``-3``…
    for a second backup of the same kind in the same minute."""
    local = moment.astimezone() if moment.tzinfo else moment
    extra = f"-{seq}" if seq > 1 else ""
    return f"{BACKUP_PREFIX}-{local:%Y-%m-%d-%H%M}-{kind}{extra}{BACKUP_SUFFIX}"


def free_backup_path(folder: Path, moment: dt.datetime, kind: str) -> Path:
    seq = 1
    while (folder / backup_file_name(moment, kind, seq)).exists():
        seq += 1
    return folder / backup_file_name(moment, kind, seq)


def open_read_only(path: Path) -> sqlite3.Connection:
    """Open an SQLite file for reading without writing anything beside it (a USB drive, a
    synced folder, read-only media).  A file that still has its own ``-wal`` is read with it."""
    path = Path(path).resolve()
    if not path.is_file():
        raise FileNotFoundError(2, "No such file", str(path))
    wal = path.with_name(path.name + "-wal")
    mode = "mode=ro" if wal.exists() and wal.stat().st_size else "mode=ro&immutable=1"
    try:
        return sqlite3.connect(
            f"{path.as_uri()}?{mode}", uri=True, isolation_level=None, check_same_thread=False
        )
    except sqlite3.OperationalError:  # a path SQLite's URI form cannot name (a network share)
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA query_only=ON")
        return conn


def _tables(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
    ).fetchall()
    return [r[0] for r in rows]


def row_counts(conn: sqlite3.Connection) -> dict[str, int]:
    return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in _tables(conn)}


def _revision(conn: sqlite3.Connection) -> str | None:
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError:
        return None
    return row[0] if row else None


def _fsync(path: Path) -> None:
    with open(path, "r+b") as f:
        os.fsync(f.fileno())


def fsync_dir(folder: Path) -> None:
    if os.name != "posix":  # Windows makes a rename durable itself and cannot open a folder
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def online_copy(
    source: Path,
    target: Path,
    *,
    pages: int = PAGES_PER_STEP,
    stop: Callable[[], bool] | None = None,
    live: bool = True,
) -> dict[str, int]:
    """Copy the SQLite database ``source`` into ``target`` (a new or empty file) with the
    online backup API, ``pages`` at a time; returns the rows per table of the snapshot that
    was copied (to compare the copy with).  ``live=False``: ``source`` is a backup, opened
    read-only without writing anything beside it.  ``stop()`` returning True ends the copy
    with ``Stopped``."""
    if live:
        src = sqlite3.connect(source, isolation_level=None, timeout=BUSY_TIMEOUT_S, check_same_thread=False)
    else:
        src = open_read_only(source)
    try:
        wal = live and src.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal"
        if wal:
            # one read transaction for the whole copy: a consistent snapshot, and (under WAL)
            # writers go on committing meanwhile; the copy never restarts
            src.execute("BEGIN")
            src.execute("SELECT count(*) FROM sqlite_master").fetchone()
        dst = sqlite3.connect(target, isolation_level=None, check_same_thread=False)
        try:
            # the copy's pages say WAL; with an exclusive lock SQLite keeps the WAL index in
            # memory, so leaving WAL below needs no shared-memory file in the backup folder
            # (a USB stick, a synced or network folder may not support one)
            dst.execute("PRAGMA locking_mode=EXCLUSIVE")

            def step(_status: int, _remaining: int, _total: int) -> None:
                if stop is not None and stop():
                    raise Stopped
                if live and not wal:
                    time.sleep(0.005)  # rollback journal: let a writer in between two steps

            src.backup(dst, pages=pages, progress=step)
            dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        finally:
            dst.close()
        counts = row_counts(src)  # the same snapshot that was copied
        if wal:
            src.execute("COMMIT")
        return counts
    finally:
        src.close()


def check_copy(path: Path, expected: dict[str, int] | None = None) -> CopyCheck:
    """Open ``path`` read-only and check it: SQLite's integrity and foreign-key checks, the
    revision, and (when given) the same rows per table as ``expected``."""
    started = time.perf_counter()
    path = Path(path)

    def bad(template: str, **params) -> CopyCheck:
        return CopyCheck(
            path,
            size=path.stat().st_size if path.exists() else 0,
            integrity=params.get("detail", ""),
            problem=template.format(**params),
            seconds=time.perf_counter() - started,
        )

    try:
        with path.open("rb") as f:
            header = f.read(16)
    except OSError as e:
        return bad(
            QT_TRANSLATE_NOOP("errors", "berkas tidak bisa dibaca ({detail})"), detail=e.strerror or str(e)
        )
    if header != b"SQLite format 3\x00":
        return bad(QT_TRANSLATE_NOOP("errors", "berkas ini bukan database TokoDesk"), detail="")
    try:
        conn = open_read_only(path)
    except (OSError, sqlite3.Error) as e:
        return bad(QT_TRANSLATE_NOOP("errors", "berkas tidak bisa dibuka ({detail})"), detail=str(e))
    try:
        try:
            problems = [r[0] for r in conn.execute("PRAGMA integrity_check(20)").fetchall()]
        except sqlite3.DatabaseError as e:
            problems = [str(e)]
        if problems != ["ok"]:
            return bad(
                QT_TRANSLATE_NOOP("errors", "berkas rusak (pemeriksaan integritas: {detail})"),
                detail="; ".join(problems[:3]),
            )
        try:
            fk_ok = conn.execute("PRAGMA foreign_key_check").fetchone() is None
            revision = _revision(conn)
            counts = row_counts(conn)
        except sqlite3.DatabaseError as e:
            return bad(QT_TRANSLATE_NOOP("errors", "berkas rusak ({detail})"), detail=str(e))
    finally:
        conn.close()
    problem = ""
    if "alembic_version" not in counts or revision is None:
        problem = QT_TRANSLATE_NOOP("errors", "berkas ini bukan database TokoDesk")
    elif not fk_ok:
        problem = QT_TRANSLATE_NOOP("errors", "berkas rusak (ada rujukan antartabel yang putus)")
    elif expected is not None and counts != expected:
        differ = sorted(t for t in set(counts) | set(expected) if counts.get(t) != expected.get(t))
        problem = QT_TRANSLATE_NOOP(
            "errors", "salinan tidak sama dengan database asal (jumlah baris berbeda: {tables})"
        ).format(tables=", ".join(differ))
    seconds = time.perf_counter() - started
    return CopyCheck(path, path.stat().st_size, "ok", fk_ok, revision, counts, problem, seconds)


def safe_copy(
    source: Path,
    target: Path,
    *,
    pages: int = PAGES_PER_STEP,
    stop: Callable[[], bool] | None = None,
    verify: Callable[[Path], str] | None = None,
    live: bool = True,
) -> CopyCheck:
    """Copy ``source`` to ``target`` through a hidden temporary file in ``target``'s folder;
    checked (``check_copy`` against the snapshot's rows, then ``verify(temp)`` which returns
    a problem or ""), synced and renamed.  Raises ``CopyFailed`` (with nothing left behind)
    when it cannot be written or does not pass; ``Stopped`` when ``stop()`` said so."""
    started = time.perf_counter()
    folder = target.parent
    if not Path(source).is_file():
        raise CopyFailed(QT_TRANSLATE_NOOP("errors", "Database «{path}» tidak ditemukan"), path=str(source))
    tmp: Path | None = None
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
        os.close(fd)
        tmp = Path(name)
        expected = online_copy(source, tmp, pages=pages, stop=stop, live=live)
        _fsync(tmp)
        check = check_copy(tmp, expected)
        problem = check.problem or (verify(tmp) if verify is not None else "")
        if problem:
            raise CopyFailed(
                QT_TRANSLATE_NOOP("errors", "Cadangan gagal diperiksa dan dihapus: {problem}"),
                problem=problem,
            )
        if target.exists():
            raise FileExistsError(17, "File exists", str(target))
        os.replace(tmp, target)
        tmp = None
        fsync_dir(folder)
    except (OSError, sqlite3.Error) as e:
        raise CopyFailed(
            QT_TRANSLATE_NOOP("errors", "Cadangan tidak bisa ditulis ke «{folder}»: {reason}"),
            folder=str(folder),
            reason=_reason(e),
        ) from e
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                tmp.unlink()
    return CopyCheck(
        target,
        target.stat().st_size,
        check.integrity,
        check.foreign_keys_ok,
        check.revision,
        check.counts,
        "",
        time.perf_counter() - started,
    )


def _reason(e: BaseException) -> str:
    if isinstance(e, OSError):
        if e.errno == errno.ENOSPC:
            return QT_TRANSLATE_NOOP("errors", "disk penuh")
        if e.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return QT_TRANSLATE_NOOP("errors", "tidak ada izin menulis (folder hanya-baca?)")
        return e.strerror or str(e)
    text_ = str(e)
    low = text_.lower()
    if "full" in low:
        return QT_TRANSLATE_NOOP("errors", "disk penuh")
    if "readonly" in low or "read-only" in low or "unable to open" in low:
        return QT_TRANSLATE_NOOP("errors", "tidak ada izin menulis (folder hanya-baca?)")
    return text_


def backup_folder_setting(engine: Engine) -> Path | None:
    """The owner's backup folder (``backup.folder``, stored as JSON text), if one is set and
    is a folder; read with plain SQL, since this layer has no settings service."""
    try:
        with engine.connect() as conn:
            raw = conn.execute(text("SELECT value FROM settings WHERE key = 'backup.folder'")).scalar()
    except Exception:  # an old schema, or no settings yet
        return None
    try:
        value = json.loads(raw) if raw else ""
    except ValueError:
        return None
    if not isinstance(value, str) or not value.strip():
        return None
    folder = Path(value).expanduser()
    return folder if folder.is_dir() else None


def pre_migration_copy(engine: Engine, db_file: Path, revision: str | None, now: dt.datetime) -> Path:
    """The checked copy made before an upgrade: into the backup folder when one is set and
    can be written, else next to the database.  Raises ``CopyFailed`` when no good copy
    could be made (the upgrade must not start then)."""
    folder = backup_folder_setting(engine)
    if folder is not None:
        try:
            return safe_copy(db_file, free_backup_path(folder, now, "migration")).path
        except CopyFailed as e:
            log.warning("pre-migration copy into %s failed (%s); copying next to the database", folder, e)
    stamp = now.strftime("%Y%m%d-%H%M%S")
    target = db_file.with_name(f"{db_file.name}.pre-{revision or 'none'}-{stamp}.bak")
    return safe_copy(db_file, target).path


# ------------------------------------------------------------------------------ upgrading


def upgrade(engine: Engine, *, now: dt.datetime | None = None, safety_copy: bool = True) -> Path | None:
    """Upgrade to the newest schema.  Returns the path of the safety copy, if one was made
    (``safety_copy=False``: a restore's temporary file, whose source is the backup itself)."""
    head = head_revision()
    if _stored_revision(engine) == head:  # up to date: the usual start, without importing Alembic
        return None
    current = current_revision(engine)
    if current == head:
        return None
    copy = None
    db_file = sqlite_path(engine.url.render_as_string(hide_password=False))
    has_tables = bool(inspect(engine).get_table_names())
    if safety_copy and db_file is not None and db_file.exists() and has_tables:
        copy = pre_migration_copy(engine, db_file, current, now or dt.datetime.now(dt.UTC))
    from alembic import command  # heavy: imported when first used (start-up time)

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
