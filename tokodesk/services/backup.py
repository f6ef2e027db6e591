"""Backups of the whole database (attachments included: they are stored in it) and restoring
one, for the app, the command line and the daily run.

SQLite (the shop's usual database): ``make_backup`` copies the live file with SQLite's online
backup API while the app runs (``tokodesk.db.migrate.safe_copy``: one read snapshot, a few
hundred pages per step, so under WAL no writer ever waits for it), into a hidden temporary
file in the backup folder, then checks that file before it gets its name
``tokodesk-2026-11-23-0300-daily.sqlite3``: it opens, passes SQLite's integrity and
foreign-key checks, holds exactly the rows of the snapshot it was copied from, and every
evidence chain (``services.chain.verify``) is intact.  A copy that fails is deleted and
reported, never counted: the status line only ever names a checked backup.

Kinds: ``daily`` (automatic, once a day), ``manual`` (the owner's button, ``tokodesk
backup``), ``migration`` (before a database upgrade, ``db.migrate``) and ``restore`` (the
state before a restore).  Daily and manual backups are thinned by ``rotation`` (the newest
of each of the last 7 days, 4 ISO weeks and 12 months that have one, by default); the two
safety kinds are never deleted automatically.

``restore`` checks the chosen file first, then backs up the current state, then builds the
replacement in a temporary file next to the live database (copied, upgraded when the backup
is from an older version, the restore written to its audit trail, checked again), and only
then swaps it in with ``os.replace`` after the live database has left WAL mode (which needs
every connection to it closed, so nothing is lost from a ``-wal`` file and no stale
``-wal`` meets the new file).  The caller reopens the database afterwards.

PostgreSQL: ``pg_dump`` when it is on the PATH (custom format, checked with ``pg_restore
--list``); otherwise, and for restoring, the message says how to do it by hand.

Backups are owner-only (``Permission.BACKUP``); the automatic daily backup is the system's,
like the daily rules.  Every backup and restore is in the audit trail.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import re
import shutil
import sqlite3
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import create_engine, func, select
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from tokodesk.db.engine import make_engine, sqlite_path, sqlite_url
from tokodesk.db.migrate import (
    BACKUP_PREFIX,
    CopyFailed,
    check_copy,
    free_backup_path,
    fsync_dir,
    head_revision,
    known_revisions,
    online_copy,
    open_read_only,
    safe_copy,
    upgrade,
)
from tokodesk.db.migrate import Stopped as Stopped  # re-exported: the app is closing
from tokodesk.db.models import Customer, Order, Staff
from tokodesk.domain.access import Permission
from tokodesk.domain.errors import QT_TRANSLATE_NOOP, DomainError, FieldError, InvalidInput
from tokodesk.services import access, audit, chain, settings
from tokodesk.services.audit import Target
from tokodesk.services.context import Actor, Changes

if TYPE_CHECKING:
    from tokodesk.services.database import Database

log = logging.getLogger(__name__)

DAILY, MANUAL, MIGRATION, RESTORE = "daily", "manual", "migration", "restore"
KINDS = (DAILY, MANUAL, MIGRATION, RESTORE)
KIND_LABELS = {
    DAILY: QT_TRANSLATE_NOOP("labels", "harian"),
    MANUAL: QT_TRANSLATE_NOOP("labels", "manual"),
    MIGRATION: QT_TRANSLATE_NOOP("labels", "sebelum pembaruan"),
    RESTORE: QT_TRANSLATE_NOOP("labels", "sebelum pemulihan"),
}
ROTATING = frozenset({DAILY, MANUAL})  # the safety copies are kept until the owner deletes them

OVERDUE_AFTER = dt.timedelta(days=1, hours=6)  # a day, and a grace for a late start
STALE_PART = dt.timedelta(days=1)  # a temporary file this old was left by a crash
PG_SUFFIX = ".pgdump"
PG_TIMEOUT_S = 3600

# the tables whose rows a restore must carry over unchanged (the shop's records and evidence)
KEPT_TABLES = (
    "customers",
    "orders",
    "order_items",
    "ledger_entries",
    "status_changes",
    "log_entries",
    "log_attachments",
    "attachments",
    "chain_heads",
    "terms_versions",
)

_NAME = re.compile(
    rf"^{BACKUP_PREFIX}-(\d{{4}})-(\d{{2}})-(\d{{2}})-(\d{{2}})(\d{{2}})-({'|'.join(KINDS)})"
    rf"(?:-(\d+))?(\.sqlite3|{re.escape(PG_SUFFIX)})$"
)

# one backup or restore at a time in this process (the app's backup worker and a restore on
# the database worker); other processes are kept out by SQLite's own locks
_BUSY = threading.RLock()


class BackupProblem(DomainError):
    """A backup or restore could not be done; the message says why and what to do.  The live
    database was not changed."""


def _problem(template: str, **params: object) -> BackupProblem:
    return BackupProblem(template, **params)


NO_FOLDER = QT_TRANSLATE_NOOP(
    "errors",
    "Folder cadangan belum diatur. Pilih foldernya di Pengaturan › Cadangan data… "
    "(atau pakai --out FOLDER di baris perintah).",
)
PG_NO_DUMP = QT_TRANSLATE_NOOP(
    "errors",
    "pg_dump tidak ditemukan, jadi database PostgreSQL ini belum bisa dicadangkan dari TokoDesk. "
    "Pasang alat baris perintah PostgreSQL (Windows: penginstal PostgreSQL, pilih «Command Line "
    "Tools»; Debian/Ubuntu: apt install postgresql-client), tambahkan folder bin-nya ke PATH, lalu "
    "buka lagi TokoDesk. Sementara itu cadangkan dari server: "
    "pg_dump --format=custom --file=tokodesk.pgdump NAMA_DATABASE",
)
PG_RESTORE_HOWTO = QT_TRANSLATE_NOOP(
    "errors",
    "Database PostgreSQL dipulihkan dengan pg_restore, bukan dari TokoDesk: tutup TokoDesk di semua "
    "komputer, cadangkan dulu keadaan sekarang (tokodesk backup), lalu jalankan: "
    "pg_restore --clean --if-exists --no-owner --dbname=URL_DATABASE {file}",
)


# ------------------------------------------------------------------------------ rotation


def rotation(
    moments: Iterable[dt.datetime], *, daily: int = 7, weekly: int = 4, monthly: int = 12
) -> set[dt.datetime]:
    """Which backups to keep, by their times (the shop's local times): the newest of each of
    the last ``daily`` days that have a backup, of the last ``weekly`` ISO weeks and of the
    last ``monthly`` months; always the newest of all.  A pure function: the rest may go."""
    ordered = sorted(set(moments), reverse=True)
    keep: set[dt.datetime] = set(ordered[:1])
    periods: list[tuple[int, Callable[[dt.datetime], object]]] = [
        (daily, lambda t: t.date()),
        (weekly, lambda t: t.isocalendar()[:2]),
        (monthly, lambda t: (t.year, t.month)),
    ]
    for count, period_of in periods:
        seen: set[object] = set()
        for t in ordered:  # newest first: the first of each period is its newest
            if len(seen) >= count:
                break
            p = period_of(t)
            if p not in seen:
                seen.add(p)
                keep.add(t)
    return keep


# ------------------------------------------------------------------------------ settings


@dataclass(frozen=True)
class BackupSettings:
    folder: str = ""
    keep_daily: int = 7
    keep_weekly: int = 4
    keep_monthly: int = 12


def read_settings(session: Session) -> BackupSettings:
    return BackupSettings(
        folder=settings.get(session, "backup.folder"),
        keep_daily=settings.get(session, "backup.keep_daily"),
        keep_weekly=settings.get(session, "backup.keep_weekly"),
        keep_monthly=settings.get(session, "backup.keep_monthly"),
    )


def save_settings(session: Session, data: BackupSettings, *, actor: Actor, now: dt.datetime) -> Changes:
    """The owner's choice of folder and rotation numbers; every bad field at once."""
    access.require(
        session, actor, Permission.BACKUP, action="settings.backup", now=now, target=Target("settings")
    )
    errors: list[FieldError] = []
    folder = data.folder.strip()
    if folder:
        path = Path(folder).expanduser()
        if not path.is_absolute():
            errors.append(
                FieldError("folder", QT_TRANSLATE_NOOP("errors", "Tulis folder lengkap, contoh E:\\Cadangan"))
            )
        elif not path.is_dir():
            errors.append(
                FieldError(
                    "folder",
                    QT_TRANSLATE_NOOP(
                        "errors", "Folder «{folder}» tidak ditemukan (flashdisk belum terpasang?)"
                    ),
                    {"folder": folder},
                )
            )
        folder = str(path)
    for key in ("keep_daily", "keep_weekly", "keep_monthly"):
        decl = settings.DECLARED[f"backup.{key}"]
        value = getattr(data, key)
        if not isinstance(value, int) or not decl.minimum <= value <= decl.maximum:
            errors.append(
                FieldError(
                    key,
                    QT_TRANSLATE_NOOP("errors", "Isi angka {lo}–{hi}"),
                    {"lo": decl.minimum, "hi": decl.maximum},
                )
            )
    if errors:
        raise InvalidInput(errors)
    changed = settings.put_all(
        session,
        {
            "backup.folder": folder,
            "backup.keep_daily": data.keep_daily,
            "backup.keep_weekly": data.keep_weekly,
            "backup.keep_monthly": data.keep_monthly,
        },
    )
    if not changed:
        return Changes()
    detail = settings.changed_words(changed)
    if "backup.folder" in changed:
        detail += f": {folder or '-'}"
    audit.record(session, actor, "settings.backup", now=now, target=Target("settings"), detail=detail)
    return Changes(settings=True)


# ------------------------------------------------------------------------------ status


@dataclass(frozen=True)
class BackupStatus:
    """What the status line says: the last good backup, the last failure, and whether one
    is due (a day has begun without one) or overdue (none for more than a day and a grace)."""

    folder: str
    last_good: dt.datetime | None
    last_file: str
    last_error: str
    last_error_at: dt.datetime | None
    now: dt.datetime
    postgres: bool = False

    @property
    def failed(self) -> bool:
        """The most recent attempt failed."""
        if not self.last_error:
            return False
        if self.last_good is None or self.last_error_at is None:
            return True
        return self.last_error_at >= self.last_good

    @property
    def overdue(self) -> bool:
        return self.last_good is None or self.now - self.last_good > OVERDUE_AFTER

    @property
    def due(self) -> bool:
        """The automatic backup should run: a folder is set and today has no good backup."""
        if not self.folder:
            return False
        return self.last_good is None or self.last_good.astimezone().date() < self.now.astimezone().date()

    @property
    def state(self) -> str:
        """``unset`` (no folder), ``failed``, ``never``, ``overdue`` or ``ok``."""
        if self.failed:
            return "failed"
        if not self.folder:
            return "unset"
        if self.last_good is None:
            return "never"
        return "overdue" if self.overdue else "ok"

    @property
    def alarming(self) -> bool:
        return self.state in ("failed", "never", "overdue")


def _time(text: str) -> dt.datetime | None:
    try:
        t = dt.datetime.fromisoformat(text) if text else None
    except ValueError:
        return None
    return t if t is None or t.tzinfo else t.replace(tzinfo=dt.UTC)


def status(session: Session, now: dt.datetime) -> BackupStatus:
    bind = session.get_bind()
    return BackupStatus(
        folder=settings.get(session, "backup.folder"),
        last_good=_time(settings.get(session, "backup.last_good")),
        last_file=settings.get(session, "backup.last_file"),
        last_error=settings.get(session, "backup.last_error"),
        last_error_at=_time(settings.get(session, "backup.last_error_at")),
        now=now,
        postgres=bind.dialect.name == "postgresql",
    )


# ------------------------------------------------------------------------------ the files


@dataclass(frozen=True)
class BackupInfo:
    """A backup file in the folder, as its name says."""

    path: Path
    at: dt.datetime  # local time, to the minute
    kind: str
    size: int
    seq: int = 1

    @property
    def postgres(self) -> bool:
        return self.path.suffix == PG_SUFFIX


def parse_name(path: Path) -> tuple[dt.datetime, str, int] | None:
    m = _NAME.match(path.name)
    if m is None:
        return None
    y, mo, d, h, mi = (int(x) for x in m.groups()[:5])
    try:
        at = dt.datetime(y, mo, d, h, mi).astimezone()
    except ValueError:
        return None
    return at, m.group(6), int(m.group(7) or 1)


def list_backups(folder: str | Path) -> list[BackupInfo]:
    """The backups in ``folder``, newest first (nothing when it is missing or unreadable)."""
    if not folder:
        return []
    out: list[BackupInfo] = []
    try:
        entries = list(Path(folder).expanduser().iterdir())
    except OSError:
        return []
    for p in entries:
        parsed = parse_name(p)
        if parsed is None:
            continue
        try:
            if not p.is_file():
                continue
            size = p.stat().st_size
        except OSError:
            continue
        at, kind, seq = parsed
        out.append(BackupInfo(p, at, kind, size, seq))
    out.sort(key=lambda b: (b.at, b.seq, b.path.name), reverse=True)
    return out


def rotate(folder: str | Path, keep: BackupSettings, *, now: dt.datetime) -> list[Path]:
    """Delete the daily and manual backups ``rotation`` does not keep, and temporary files
    left by a crash; returns what was deleted.  Never touches other files."""
    folder = Path(folder).expanduser()
    rotating = [b for b in list_backups(folder) if b.kind in ROTATING]
    kept = rotation(
        (b.at for b in rotating), daily=keep.keep_daily, weekly=keep.keep_weekly, monthly=keep.keep_monthly
    )
    removed = []
    for b in rotating:
        if b.at not in kept:
            try:
                b.path.unlink()
                removed.append(b.path)
            except OSError as e:
                log.warning("cannot delete old backup %s: %s", b.path, e)
    with contextlib.suppress(OSError):
        for p in folder.glob(f".{BACKUP_PREFIX}-*.part"):
            with contextlib.suppress(OSError):
                if now.timestamp() - p.stat().st_mtime > STALE_PART.total_seconds():
                    p.unlink()
    return removed


def usable_folder(folder: str | Path | None) -> Path:
    """The folder as a path, or the reason it cannot take a backup."""
    if not folder or not str(folder).strip():
        raise _problem(NO_FOLDER)
    path = Path(folder).expanduser()
    if not path.exists():
        raise _problem(
            QT_TRANSLATE_NOOP(
                "errors",
                "Folder cadangan «{folder}» tidak ditemukan: flashdisk belum terpasang, atau folder "
                "dipindah? Pasang lalu coba lagi, atau pilih folder lain di Pengaturan › Cadangan data….",
            ),
            folder=str(path),
        )
    if not path.is_dir():
        raise _problem(QT_TRANSLATE_NOOP("errors", "«{folder}» bukan folder"), folder=str(path))
    return path


# ------------------------------------------------------------------------------ checking


@dataclass(frozen=True)
class ChainCheck:
    chain: str
    length: int
    problem: str = ""  # the first broken record and why (Indonesian), or ""


@dataclass(frozen=True)
class Verdict:
    """The check of one backup file."""

    path: Path
    problem: str = ""  # why it must not be used (Indonesian); "" when it is good
    integrity: str = ""  # "ok" or SQLite's first complaint
    chains: tuple[ChainCheck, ...] = ()
    revision: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    size: int = 0
    seconds: float = 0.0
    older_version: bool = False  # made by an older TokoDesk: upgraded on a copy to check

    @property
    def ok(self) -> bool:
        return not self.problem

    def count(self, table: str) -> int:
        return self.counts.get(table, 0)


def _chain_checks(path: Path) -> tuple[ChainCheck, ...]:
    """Every evidence chain of the SQLite file ``path`` (opened read-only)."""
    engine = create_engine("sqlite+pysqlite://", creator=lambda: open_read_only(path), poolclass=NullPool)
    try:
        with Session(engine) as s:
            reports = chain.verify(s)
    finally:
        engine.dispose()
    return tuple(
        ChainCheck(r.chain, r.length, r.problem.message if r.problem is not None else "") for r in reports
    )


def _chain_problem(checks: tuple[ChainCheck, ...]) -> str:
    bad = [c.problem for c in checks if c.problem]
    if not bad:
        return ""
    return QT_TRANSLATE_NOOP("errors", "segel bukti tidak utuh: {problem}").format(problem="; ".join(bad))


def verify_backup(path: str | Path) -> Verdict:
    """Check a backup file without changing it: it opens read-only, passes the integrity and
    foreign-key checks, was made by this or an older TokoDesk, and every evidence chain is
    intact (for an older version, on an upgraded temporary copy)."""
    started = time.perf_counter()
    path = Path(path).expanduser()
    if path.suffix == PG_SUFFIX:
        return _verify_pg_dump(path, started)
    check = check_copy(path)
    if not check.ok:
        return Verdict(path, check.problem, check.integrity, size=check.size, seconds=check.seconds)
    older = check.revision != head_revision()
    if older and check.revision not in known_revisions():
        return Verdict(
            path,
            QT_TRANSLATE_NOOP(
                "errors", "cadangan ini dibuat oleh versi TokoDesk yang lebih baru; perbarui TokoDesk dulu"
            ),
            check.integrity,
            revision=check.revision,
            counts=check.counts,
            size=check.size,
            seconds=time.perf_counter() - started,
        )
    try:
        if older:
            with tempfile.TemporaryDirectory(prefix="tokodesk-check-") as tmp:
                copy = Path(tmp) / "check.sqlite3"
                online_copy(path, copy, live=False)
                _upgrade_file(copy)
                checks = _chain_checks(copy)
        else:
            checks = _chain_checks(path)
    except Exception as e:  # a file that passes SQLite's checks but not our schema
        log.warning("chain check of %s failed: %s", path, e)
        checks = ()
        problem = QT_TRANSLATE_NOOP("errors", "segel bukti tidak bisa diperiksa ({detail})").format(
            detail=str(e).splitlines()[0] if str(e) else type(e).__name__
        )
    else:
        problem = _chain_problem(checks)
    return Verdict(
        path,
        problem,
        check.integrity,
        checks,
        check.revision,
        check.counts,
        check.size,
        time.perf_counter() - started,
        older,
    )


def _upgrade_file(path: Path) -> None:
    engine = make_engine(sqlite_url(path))
    try:
        upgrade(engine, safety_copy=False)
    finally:
        engine.dispose()


# ------------------------------------------------------------------------------ making one


@dataclass(frozen=True)
class BackupResult:
    path: Path
    kind: str
    at: dt.datetime
    size: int
    seconds: float  # copying and checking
    verdict: Verdict
    removed: tuple[Path, ...] = ()  # old backups deleted by the rotation


def make_backup(
    source: Database | str,
    folder: str | Path,
    *,
    now: dt.datetime,
    kind: str = MANUAL,
    stop: Callable[[], bool] | None = None,
) -> BackupResult:
    """Copy the database at ``source`` (a ``Database`` or its URL) into ``folder`` and check
    the copy; raises ``BackupProblem`` (nothing left behind) or ``Stopped``.  No permission
    check, no record: ``backup_now`` does those."""
    if kind not in KINDS:
        raise ValueError(f"unknown backup kind {kind!r}")
    url = source if isinstance(source, str) else source.url
    target_folder = usable_folder(folder)
    with _BUSY:
        db_file = sqlite_path(url)
        if db_file is None:
            if make_url(url).get_backend_name() == "postgresql":
                return _pg_backup(source, url, target_folder, now=now, kind=kind)
            raise _problem(
                QT_TRANSLATE_NOOP("errors", "Database jenis ini tidak bisa dicadangkan dari TokoDesk")
            )
        checks: tuple[ChainCheck, ...] = ()

        def verify(tmp: Path) -> str:
            nonlocal checks
            checks = _chain_checks(tmp)
            return _chain_problem(checks)

        started = time.perf_counter()
        target = free_backup_path(target_folder, now, kind)
        try:
            copy = safe_copy(db_file, target, stop=stop, verify=verify)
        except CopyFailed as e:
            raise BackupProblem(e.template, **e.params) from e
        seconds = time.perf_counter() - started
        verdict = Verdict(
            copy.path,
            "",
            copy.integrity,
            checks,
            copy.revision,
            copy.counts,
            copy.size,
            copy.seconds,
        )
        return BackupResult(copy.path, kind, now, copy.size, seconds, verdict)


def backup_now(
    db: Database,
    *,
    actor: Actor,
    now: dt.datetime,
    kind: str = MANUAL,
    folder: str | Path | None = None,
    stop: Callable[[], bool] | None = None,
) -> BackupResult:
    """Back up into ``folder`` (default: the owner's backup folder), thin the folder out,
    and record the outcome (the status line's settings and the audit trail).  A manual
    backup is the owner's (``Permission.BACKUP``); the automatic kinds are the system's.
    Raises ``BackupProblem`` after recording it, ``NotAllowed``, or ``Stopped``."""

    def start(s: Session) -> BackupSettings:
        if kind == MANUAL:
            access.require(
                s, actor, Permission.BACKUP, action="data.backup", now=now, target=Target("backup")
            )
        return read_settings(s)

    with _BUSY:  # a restore waits until this backup is recorded, and the reverse
        config = db.write(start)
        where = folder if folder else config.folder
        try:
            result = make_backup(db, where, now=now, kind=kind, stop=stop)
        except BackupProblem as e:
            message = e.message
            db.write(lambda s: _record_failure(s, actor, kind, message, now))
            raise
        removed: list[Path] = []
        if kind in ROTATING:
            try:
                removed = rotate(result.path.parent, config, now=now)
            except OSError as e:  # an old file that cannot go: the new backup is good all the same
                log.warning("rotation in %s failed: %s", result.path.parent, e)
        result = BackupResult(
            result.path, result.kind, result.at, result.size, result.seconds, result.verdict, tuple(removed)
        )
        db.write(lambda s: _record_success(s, actor, result, now))
    return result


def daily_backup(
    db: Database, *, now: dt.datetime, stop: Callable[[], bool] | None = None
) -> BackupResult | None:
    """The automatic backup: made when one is due (a folder is set, none yet today), under
    the system record; None when none was due."""
    if not db.read(lambda s: status(s, now)).due:
        return None
    return backup_now(db, actor=db.actor, now=now, kind=DAILY, stop=stop)


def _size_text(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB".replace(".", ",")


def _record_success(session: Session, actor: Actor, result: BackupResult, now: dt.datetime) -> None:
    settings.put(session, "backup.last_good", now.astimezone(dt.UTC).isoformat())
    settings.put(session, "backup.last_file", str(result.path))
    settings.put(session, "backup.last_error", "")
    settings.put(session, "backup.last_error_at", "")
    v = result.verdict
    detail = (
        f"{KIND_LABELS[result.kind]} · {_size_text(result.size)} · {v.count('orders')} pesanan, "
        f"{v.count('ledger_entries')} entri pembayaran, {v.count('log_entries')} catatan"
    )
    if result.removed:
        detail += f" · {len(result.removed)} cadangan lama dihapus"
    audit.record(
        session,
        _known(session, actor),
        "data.backup",
        now=now,
        target=_file_target(result.path),
        detail=detail,
    )


def _record_failure(session: Session, actor: Actor, kind: str, message: str, now: dt.datetime) -> None:
    again = settings.get(session, "backup.last_error") == message
    settings.put(session, "backup.last_error", message)
    settings.put(session, "backup.last_error_at", now.astimezone(dt.UTC).isoformat())
    if kind == DAILY and again:  # the drive still missing at the next try: one line is enough
        return
    audit.record(
        session,
        _known(session, actor),
        "data.backup",
        now=now,
        target=Target("backup"),
        outcome="failed",
        detail=f"{KIND_LABELS[kind]}: {message}"[:500],
    )


def _known(session: Session, actor: Actor | None) -> Actor | None:
    """``actor`` when this database has that person (by id and name), else None."""
    if actor is None:
        return None
    row = session.get(Staff, actor.staff_id)
    return actor if row is not None and row.name == actor.name else None


def _file_target(path: Path) -> Target:
    return Target("backup", None, path.name)


# ------------------------------------------------------------------------------ PostgreSQL


def pg_dump_path() -> str | None:
    return shutil.which("pg_dump")


def _libpq(url: str) -> tuple[str, dict[str, str]]:
    """The URL as libpq takes it, and the password in the environment (never in the
    process list)."""
    u = make_url(url)
    env = dict(os.environ)
    if u.password:
        env["PGPASSWORD"] = str(u.password)
    plain = URL.create(
        "postgresql", username=u.username, host=u.host, port=u.port, database=u.database, query=u.query
    )
    return plain.render_as_string(hide_password=False), env


def _pg_backup(source, url: str, folder: Path, *, now: dt.datetime, kind: str) -> BackupResult:
    exe = pg_dump_path()
    if exe is None:
        raise _problem(PG_NO_DUMP)
    started = time.perf_counter()
    target = free_backup_path(folder, now, kind).with_suffix(PG_SUFFIX)
    conninfo, env = _libpq(url)
    tmp: Path | None = None
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
        os.close(fd)
        tmp = Path(name)
        done = subprocess.run(
            [exe, "--format=custom", "--no-owner", f"--file={tmp}", f"--dbname={conninfo}"],
            env=env,
            capture_output=True,
            text=True,
            timeout=PG_TIMEOUT_S,
            check=False,
        )
        if done.returncode != 0:
            raise _problem(
                QT_TRANSLATE_NOOP("errors", "pg_dump gagal: {detail}"),
                detail=(done.stderr or done.stdout or str(done.returncode)).strip().splitlines()[-1],
            )
        verdict = _verify_pg_dump(tmp, started)
        if not verdict.ok:
            raise _problem(
                QT_TRANSLATE_NOOP("errors", "Cadangan gagal diperiksa dan dihapus: {problem}"),
                problem=verdict.problem,
            )
        # pg_dump's snapshot holds the chains as they are now: check them on the database
        checks: tuple[ChainCheck, ...] = ()
        if not isinstance(source, str):
            reports = source.read(chain.verify)
            checks = tuple(
                ChainCheck(r.chain, r.length, r.problem.message if r.problem is not None else "")
                for r in reports
            )
            problem = _chain_problem(checks)
            if problem:
                raise _problem(
                    QT_TRANSLATE_NOOP("errors", "Cadangan gagal diperiksa dan dihapus: {problem}"),
                    problem=problem,
                )
        os.replace(tmp, target)
        tmp = None
        fsync_dir(folder)
    except (OSError, subprocess.SubprocessError) as e:
        raise _problem(
            QT_TRANSLATE_NOOP("errors", "Cadangan tidak bisa ditulis ke «{folder}»: {reason}"),
            folder=str(folder),
            reason=getattr(e, "strerror", None) or str(e),
        ) from e
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                tmp.unlink()
    size = target.stat().st_size
    verdict = Verdict(target, "", "ok", checks, None, {}, size, time.perf_counter() - started)
    return BackupResult(target, kind, now, size, time.perf_counter() - started, verdict)


def _verify_pg_dump(path: Path, started: float) -> Verdict:
    """A pg_dump archive is checked by reading its table of contents with pg_restore."""
    size = path.stat().st_size if path.exists() else 0
    exe = shutil.which("pg_restore")
    if exe is None:
        ok = path.read_bytes()[:5] == b"PGDMP" if size else False
        problem = "" if ok else QT_TRANSLATE_NOOP("errors", "berkas ini bukan cadangan pg_dump")
        return Verdict(path, problem, "ok" if ok else "", size=size, seconds=time.perf_counter() - started)
    done = subprocess.run(
        [exe, "--list", str(path)], capture_output=True, text=True, timeout=600, check=False
    )
    listed = done.stdout if done.returncode == 0 else ""
    missing = [
        t for t in ("orders", "ledger_entries", "log_entries", "chain_heads") if f" {t} " not in listed
    ]
    if done.returncode != 0 or missing:
        detail = (done.stderr.strip().splitlines() or [", ".join(missing)])[-1]
        return Verdict(
            path,
            QT_TRANSLATE_NOOP("errors", "arsip pg_dump tidak lengkap atau rusak ({detail})").format(
                detail=detail
            ),
            size=size,
            seconds=time.perf_counter() - started,
        )
    return Verdict(path, "", "ok", size=size, seconds=time.perf_counter() - started)


# ------------------------------------------------------------------------------ restoring


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    verdict: Verdict  # the chosen file's check
    before: BackupResult  # the backup of the state that was replaced
    seconds: float
    upgraded: bool  # the backup was from an older version and was upgraded


IN_USE = QT_TRANSLATE_NOOP(
    "errors",
    "Database sedang dipakai program lain (TokoDesk di jendela lain, atau perintah tokodesk yang "
    "masih berjalan). Tutup dulu, lalu coba lagi. Database tidak diubah.",
)


def _may_restore(session: Session, actor: Actor | None, now: dt.datetime, name: str) -> BackupSettings:
    if actor is None:
        # a new, empty database (a new computer): there is no owner to ask and nothing to lose
        from tokodesk.services.staff import needs_owner

        empty = session.scalar(select(func.count(Order.id))) == 0 and (
            session.scalar(select(func.count(Customer.id))) == 0
        )
        if not (needs_owner(session) and empty):
            raise _problem(
                QT_TRANSLATE_NOOP(
                    "errors", "Database ini sudah berisi data; memulihkan cadangan perlu PIN pemilik."
                )
            )
    else:
        access.require(
            session,
            actor,
            Permission.BACKUP,
            action="data.restore",
            now=now,
            target=Target("backup", None, name),
        )
    return read_settings(session)


def restore(
    db: Database,
    path: str | Path,
    *,
    actor: Actor | None,
    now: dt.datetime,
    stop: Callable[[], bool] | None = None,
) -> RestoreResult:
    """Replace the database of ``db`` with the backup at ``path``.

    In this order, and the live database is untouched until the last step: the file is
    checked (``verify_backup``); the current state is backed up (kind ``restore``, into the
    backup folder, or next to the database when none is set or it is missing); the
    replacement is built next to the live file (copied, upgraded if older, the restore
    written to its audit trail with the backup settings of this computer, checked again:
    the shop's records and every chain must be as in the backup); ``db`` is closed; the
    live file leaves WAL mode (which fails while another program has it open) and the
    replacement is renamed over it.  The caller opens the database again.

    ``actor`` None: only for a new, empty database without an owner (a new computer)."""
    live = sqlite_path(db.url)
    chosen = Path(path).expanduser().resolve()
    if live is None:
        raise _problem(PG_RESTORE_HOWTO, file=str(chosen))
    started = time.perf_counter()
    with _BUSY:
        config = db.write(lambda s: _may_restore(s, actor, now, chosen.name))
        if chosen == live.resolve():
            raise _problem(QT_TRANSLATE_NOOP("errors", "Berkas ini adalah database yang sedang dipakai."))
        if chosen.suffix == PG_SUFFIX:
            raise _problem(PG_RESTORE_HOWTO, file=str(chosen))
        verdict = verify_backup(chosen)
        if not verdict.ok:
            raise _problem(
                QT_TRANSLATE_NOOP(
                    "errors", "Cadangan «{name}» tidak dipakai: {problem}. Database tidak diubah."
                ),
                name=chosen.name,
                problem=verdict.problem,
            )
        before = _backup_before_restore(db, config, now=now, stop=stop)
        tmp = _build_replacement(chosen, live, verdict, actor, config, before, now=now, stop=stop)
        try:
            db.close()
            _swap(tmp, live)
            tmp = None
        finally:
            if tmp is not None:
                with contextlib.suppress(OSError):
                    tmp.unlink()
    return RestoreResult(chosen, verdict, before, time.perf_counter() - started, verdict.older_version)


def _backup_before_restore(
    db: Database, config: BackupSettings, *, now: dt.datetime, stop: Callable[[], bool] | None
) -> BackupResult:
    live = sqlite_path(db.url)
    assert live is not None
    folder: Path = live.parent
    with contextlib.suppress(BackupProblem):
        folder = usable_folder(config.folder)
    try:
        return make_backup(db, folder, now=now, kind=RESTORE, stop=stop)
    except BackupProblem as e:
        raise _problem(
            QT_TRANSLATE_NOOP(
                "errors",
                "Keadaan sekarang tidak bisa dicadangkan dulu ({reason}); pemulihan dibatalkan. "
                "Database tidak diubah.",
            ),
            reason=e.message,
        ) from e


def _build_replacement(
    chosen: Path,
    live: Path,
    verdict: Verdict,
    actor: Actor | None,
    config: BackupSettings,
    before: BackupResult,
    *,
    now: dt.datetime,
    stop: Callable[[], bool] | None,
) -> Path:
    """The backup, made ready to be the live database, in a hidden file next to it."""
    fd, name = tempfile.mkstemp(prefix=f".{live.name}.restore-", suffix=".tmp", dir=live.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        online_copy(chosen, tmp, stop=stop, live=False)
        engine = make_engine(sqlite_url(tmp))
        try:
            upgrade(engine, now=now, safety_copy=False)
            with Session(engine) as s, s.begin():
                _carry_over(s, config, before, now)
                audit.record(
                    s,
                    _known(s, actor),
                    "data.restore",
                    now=now,
                    target=_file_target(chosen),
                    detail=(
                        f"dipulihkan dari {chosen} oleh {actor.name if actor else 'komputer baru'}; "
                        f"keadaan sebelumnya dicadangkan ke {before.path}"
                    )[:500],
                )
        finally:
            engine.dispose()
        with contextlib.closing(sqlite3.connect(tmp, isolation_level=None)) as conn:
            conn.execute("PRAGMA journal_mode=DELETE")  # one file, nothing beside it
        check = check_copy(tmp)
        problem = check.problem
        if not problem:
            differ = [
                t for t in KEPT_TABLES if t in verdict.counts and check.counts.get(t) != verdict.counts[t]
            ]
            if differ:
                problem = QT_TRANSLATE_NOOP(
                    "errors", "salinan tidak sama dengan database asal (jumlah baris berbeda: {tables})"
                ).format(tables=", ".join(differ))
        if not problem:
            problem = _chain_problem(_chain_checks(tmp))
        if problem:
            raise _problem(
                QT_TRANSLATE_NOOP("errors", "Pemulihan dibatalkan: {problem}. Database tidak diubah."),
                problem=problem,
            )
        return tmp
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def _carry_over(session: Session, config: BackupSettings, before: BackupResult, now: dt.datetime) -> None:
    """The backup settings belong to this computer, not to the data: they stay as they were,
    and the status line names the backup just made of the replaced state."""
    settings.put(session, "backup.folder", config.folder)
    settings.put(session, "backup.keep_daily", config.keep_daily)
    settings.put(session, "backup.keep_weekly", config.keep_weekly)
    settings.put(session, "backup.keep_monthly", config.keep_monthly)
    settings.put(session, "backup.last_good", now.astimezone(dt.UTC).isoformat())
    settings.put(session, "backup.last_file", str(before.path))
    settings.put(session, "backup.last_error", "")
    settings.put(session, "backup.last_error_at", "")


def _swap(new: Path, live: Path) -> None:
    """Put ``new`` in place of the live database file.  The live file first leaves WAL mode,
    which SQLite allows only when no other connection has it open (and which folds the
    ``-wal`` file in and removes it and the ``-shm``); on POSIX an exclusive lock is held
    while the file is renamed over, on Windows a file still open cannot be replaced at all."""
    conn = sqlite3.connect(live, isolation_level=None, timeout=2.0)
    try:
        try:
            mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
        except sqlite3.OperationalError:
            mode = "busy"
        leftovers = [p for p in (Path(f"{live}-wal"), Path(f"{live}-shm")) if p.exists()]
        if str(mode).lower() != "delete" or leftovers:
            raise _problem(IN_USE)
        if os.name == "posix":
            try:
                conn.execute("BEGIN EXCLUSIVE")  # nobody reads or writes the old file meanwhile
            except sqlite3.OperationalError as e:
                raise _problem(IN_USE) from e
            os.replace(new, live)
            conn.execute("ROLLBACK")
    finally:
        conn.close()
    if os.name != "posix":
        try:
            os.replace(new, live)
        except PermissionError as e:
            raise _problem(IN_USE) from e
    fsync_dir(live.parent)
