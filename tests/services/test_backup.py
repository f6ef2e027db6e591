"""Backups and restore (issue 9, part 2) on real SQLite files.

* A backup made while another process keeps writing restores to a database that passes
  every check (integrity, foreign keys, every evidence chain) with the rows of its snapshot.
* Rotation is a pure function of the backup times: property tests with hypothesis.
* A corrupt, truncated, tampered or foreign file is refused with a clear message and the
  live database is not touched; a missing or read-only folder is a clear message, nothing
  is lost and nothing is left behind.
* Restore backs up the current state first, then swaps the database in one rename.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import hashlib
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

import tokodesk.db.migrate as migrate
from tests import factories as f
from tests.factories import open_as_owner
from tokodesk.db.engine import make_engine, sqlite_url
from tokodesk.db.models import AuditEvent, LedgerEntry, Order
from tokodesk.domain.ledger import PaymentMethod
from tokodesk.services import backup, chain, settings, staff
from tokodesk.services.access import NotAllowed
from tokodesk.services.database import open_database
from tokodesk.services.payments import PaymentInput, record_payment

NOW = dt.datetime(2026, 11, 22, 3, 0, tzinfo=dt.UTC)
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def shop(tmp_path):
    """A shop database with customers, orders, payments and a log entry with an attachment."""
    db = open_as_owner(str(tmp_path / "shop" / "tokodesk.sqlite3"), now=NOW)
    db.write(lambda s: fill(s, db.actor, 3))
    yield db
    db.close()


@pytest.fixture
def folder(tmp_path) -> Path:
    out = tmp_path / "usb"
    out.mkdir()
    return out


def fill(s, actor, n: int) -> None:
    from tokodesk.domain.log import Channel, Direction
    from tokodesk.services import log as log_service

    cust = f.customer(s, actor, NOW)
    for _ in range(n):
        _, oid = f.order(s, actor, NOW, customer_id=cust.id)
        record_payment(s, PaymentInput(oid, 20_000, PaymentMethod.QRIS), actor=actor, now=NOW)
    log_service.add_entry(
        s,
        log_service.LogInput(
            customer_id=cust.id,
            channel=Channel.WHATSAPP,
            direction=Direction.IN,
            text="Kak, foto desainnya ya",
            attachments=[log_service.FileInput("desain.png", b"\x89PNG\r\n\x1a\n" + os.urandom(2000))],
        ),
        actor=actor,
        now=NOW,
    )


def counts(db) -> dict[str, int]:
    def read(s):
        return {
            "orders": s.scalar(select(func.count(Order.id))),
            "ledger": s.scalar(select(func.count(LedgerEntry.id))),
        }

    return db.read(read)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def chains_ok(db) -> bool:
    return all(r.problem is None for r in db.read(chain.verify))


def staff_actor(db):
    new_id, _ = db.write(
        lambda s: staff.add_staff(s, staff.StaffInput("Dewi", "2580"), actor=db.actor, now=NOW)
    )
    return db.read(lambda s: staff.get_actor(s, new_id))


def set_folder(db, folder: Path, **keep) -> None:
    data = backup.BackupSettings(str(folder), **keep)
    db.write(lambda s: backup.save_settings(s, data, actor=db.actor, now=NOW))


def audit(db, action: str) -> list[tuple[str, str]]:
    def read(s):
        rows = s.scalars(select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id))
        return [(e.outcome, e.detail) for e in rows]

    return db.read(read)


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


# ------------------------------------------------------------------------------ making one


def test_a_backup_is_a_checked_copy_with_its_name(shop, folder):
    result = backup.backup_now(shop, actor=shop.actor, now=NOW, folder=folder)

    assert result.path.parent == folder
    assert result.path.name == migrate.backup_file_name(NOW, "manual")
    assert result.path.name.startswith("tokodesk-2026-11-2") and result.path.name.endswith("-manual.sqlite3")
    v = result.verdict
    assert v.ok and v.integrity == "ok"
    assert v.count("orders") == 3 and v.count("ledger_entries") == 6 and v.count("attachments") == 1
    assert {c.chain: c.length for c in v.chains} == {"log": 1, "ledger": 6, "status": 3}
    assert all(not c.problem for c in v.chains)
    # one self-contained file: nothing beside it, no temporary file left
    assert sorted(p.name for p in folder.iterdir()) == [result.path.name]
    with contextlib.closing(sqlite3.connect(result.path)) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    # checked again from the outside, and the same as the live database
    assert backup.verify_backup(result.path).ok
    # the status line and the audit trail know
    st_ = shop.read(lambda s: backup.status(s, NOW + dt.timedelta(hours=1)))
    assert st_.last_good == NOW and st_.last_file == str(result.path) and st_.state == "unset"
    assert not st_.failed and not st_.overdue
    ((outcome, detail),) = audit(shop, "data.backup")
    assert outcome == "ok" and "3 pesanan" in detail and "6 entri pembayaran" in detail


def test_two_backups_in_the_same_minute_get_two_names(shop, folder):
    a = backup.backup_now(shop, actor=shop.actor, now=NOW, folder=folder)
    b = backup.backup_now(shop, actor=shop.actor, now=NOW, folder=folder)
    assert a.path != b.path and b.path.name.endswith("-manual-2.sqlite3")
    assert [x.path for x in backup.list_backups(folder)] == [b.path, a.path]


WRITER = textwrap.dedent(
    """
    import datetime as dt, json, sys, time
    from pathlib import Path
    sys.path.insert(0, sys.argv[3])
    from tests import factories as f
    from tests.factories import open_as_owner
    from tokodesk.domain.ledger import PaymentMethod
    from tokodesk.services.payments import PaymentInput, record_payment

    now = dt.datetime(2026, 11, 22, 3, 0, tzinfo=dt.UTC)
    db = open_as_owner(sys.argv[1], now=now)
    stop, ready = Path(sys.argv[2]), Path(sys.argv[2] + ".ready")
    customer = db.write(lambda s: f.customer(s, db.actor, now).id)
    n, slowest = 0, 0.0

    def one(s):
        _, oid = f.order(s, db.actor, now, customer_id=customer)
        record_payment(s, PaymentInput(oid, 10_000, PaymentMethod.CASH), actor=db.actor, now=now)

    while not stop.exists():
        started = time.perf_counter()
        db.write(one)
        slowest = max(slowest, time.perf_counter() - started)
        n += 1
        if n == 20:
            ready.touch()
    db.close()
    print(json.dumps({"orders": n, "slowest": slowest}))
    """
)


def test_a_backup_made_while_a_writer_runs_restores_to_a_database_that_passes_every_check(
    shop, folder, tmp_path
):
    """The issue's "done when": another process keeps writing orders and payments (each a
    chained record) while backups are made; each backup restores to a sound database."""
    # some weight, so that a copy takes many steps while the writer commits
    shop.write(lambda s: [fill(s, shop.actor, 40) for _ in range(5)])
    stop = tmp_path / "stop"
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(Path(shop.url.split("///")[-1])), str(stop), str(ROOT)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while not Path(f"{stop}.ready").exists():
            assert writer.poll() is None, writer.communicate()
            assert time.monotonic() < deadline
            time.sleep(0.05)
        results = []
        for i in range(3):
            at = NOW + dt.timedelta(minutes=i)
            results.append(backup.make_backup(shop, folder, now=at, kind=backup.DAILY, stop=None))
    finally:
        stop.touch()
        out, err = writer.communicate(timeout=60)
    assert writer.returncode == 0, err
    written = json.loads(out)
    assert written["orders"] > 20
    assert written["slowest"] < 5  # the writer was never held up for long (busy timeout is 10 s)

    sizes = [r.verdict.count("orders") for r in results]
    assert sizes == sorted(sizes) and sizes[-1] > sizes[0] > 200  # orders kept coming meanwhile
    final = counts(shop)["orders"]
    assert final >= sizes[-1]

    # each backup restores to a database that passes every check, with its snapshot's rows
    for r in results:
        target = tmp_path / f"restored-{r.path.stem}" / "tokodesk.sqlite3"
        target.parent.mkdir()
        db = open_database(str(target), now=NOW)
        try:
            done = backup.restore(db, r.path, actor=None, now=NOW)  # a new, empty database
        finally:
            db.close()
        assert done.verdict.ok
        restored = open_database(str(target), now=NOW)
        try:
            with contextlib.closing(sqlite3.connect(target)) as conn:
                assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
                assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
            assert chains_ok(restored)
            got = counts(restored)
            assert got["orders"] == r.verdict.count("orders")
            assert got["ledger"] == r.verdict.count("ledger_entries")
        finally:
            restored.close()


# ------------------------------------------------------------------------------ rotation

moments = st.lists(
    st.datetimes(min_value=dt.datetime(2024, 1, 1), max_value=dt.datetime(2027, 12, 31)),
    max_size=120,
)
keeps = st.tuples(st.integers(1, 10), st.integers(0, 6), st.integers(0, 14))


def periods(t: dt.datetime):
    return {"day": t.date(), "week": t.isocalendar()[:2], "month": (t.year, t.month)}


@given(moments, keeps)
def test_rotation_keeps_the_newest_of_each_recent_period_and_nothing_else(times, keep):
    daily, weekly, monthly = keep
    kept = backup.rotation(times, daily=daily, weekly=weekly, monthly=monthly)
    assert kept <= set(times)
    if times:
        assert max(times) in kept
    assert len(kept) <= max(1, daily + weekly + monthly)
    for name, count in (("day", daily), ("week", weekly), ("month", monthly)):
        newest: dict[object, dt.datetime] = {}
        for t in times:
            p = periods(t)[name]
            newest[p] = max(newest.get(p, t), t)
        recent = sorted(newest, reverse=True)[:count]
        for p in recent:  # each of the last `count` periods keeps its newest backup
            assert newest[p] in kept
    for t in kept:  # and whatever is kept is the newest of its day at least
        assert t == max(x for x in times if x.date() == t.date())


@given(moments, keeps)
def test_rotation_is_stable(times, keep):
    daily, weekly, monthly = keep
    kept = backup.rotation(times, daily=daily, weekly=weekly, monthly=monthly)
    # running it again on what it kept deletes nothing more
    assert backup.rotation(kept, daily=daily, weekly=weekly, monthly=monthly) == kept


@given(moments, keeps, st.integers(1, 4000))
def test_an_older_backup_never_costs_a_newer_one_its_place(times, keep, days_before):
    daily, weekly, monthly = keep
    kept = backup.rotation(times, daily=daily, weekly=weekly, monthly=monthly)
    if not times:
        return
    older = min(times) - dt.timedelta(days=days_before)
    assert kept <= backup.rotation([*times, older], daily=daily, weekly=weekly, monthly=monthly)


def test_a_year_of_daily_backups_keeps_7_days_4_weeks_12_months():
    start = dt.datetime(2026, 1, 1, 3, 0)
    times = [start + dt.timedelta(days=i) for i in range(365)]
    kept = sorted(backup.rotation(times), reverse=True)
    assert kept[:7] == sorted(times, reverse=True)[:7]  # the last week, day by day
    assert len({t.isocalendar()[:2] for t in kept}) >= 4
    assert len({(t.year, t.month) for t in kept}) == 12
    assert 12 <= len(kept) <= 23


def test_rotation_deletes_only_old_daily_and_manual_backups(shop, folder):
    set_folder(shop, folder, keep_daily=2, keep_weekly=0, keep_monthly=0)
    made = [
        backup.backup_now(shop, actor=shop.actor, now=NOW + dt.timedelta(days=i), kind=backup.DAILY)
        for i in range(4)
    ]
    safety = backup.make_backup(shop, folder, now=NOW - dt.timedelta(days=30), kind=backup.RESTORE)
    stranger = folder / "foto-liburan.jpg"
    stranger.write_bytes(b"jpeg")
    stale = folder / ".tokodesk-2026-01-01-0300-daily.sqlite3.abc.part"
    stale.write_bytes(b"half")
    os.utime(stale, (0, 0))

    last = backup.backup_now(shop, actor=shop.actor, now=NOW + dt.timedelta(days=4), kind=backup.DAILY)

    names = sorted(p.name for p in folder.iterdir())
    assert names == sorted([made[3].path.name, last.path.name, safety.path.name, stranger.name])
    assert last.removed == (made[2].path,)  # made[0] and made[1] went at the earlier rotations
    assert not any(m.path.exists() for m in made[:3])
    assert not stale.exists()


# ------------------------------------------------------------------------------ refusals


def test_a_missing_folder_is_a_clear_message_and_nothing_is_lost(shop, tmp_path):
    before = counts(shop)
    gone = tmp_path / "flashdisk"
    with pytest.raises(backup.BackupProblem, match="tidak ditemukan: flashdisk belum terpasang"):
        backup.backup_now(shop, actor=shop.actor, now=NOW, folder=gone)
    assert not gone.exists()
    assert counts(shop) == before and chains_ok(shop)
    st_ = shop.read(lambda s: backup.status(s, NOW))
    assert st_.failed and st_.state == "failed" and "flashdisk" in st_.last_error
    assert audit(shop, "data.backup")[-1][0] == "failed"


def test_no_folder_set_says_where_to_set_it(shop):
    with pytest.raises(backup.BackupProblem, match="Pengaturan › Cadangan data"):
        backup.backup_now(shop, actor=shop.actor, now=NOW)


def test_a_folder_that_cannot_be_written_is_a_clear_message_and_leaves_nothing(shop, folder, monkeypatch):
    def refuse(*a, **k):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(backup.BackupProblem, match="tidak ada izin menulis"):
        backup.backup_now(shop, actor=shop.actor, now=NOW, folder=folder)
    assert list(folder.iterdir()) == []
    assert shop.read(lambda s: backup.status(s, NOW)).failed


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_folder_is_a_clear_message(shop, folder):
    folder.chmod(0o555)
    try:
        with pytest.raises(backup.BackupProblem, match="tidak ada izin menulis"):
            backup.backup_now(shop, actor=shop.actor, now=NOW, folder=folder)
    finally:
        folder.chmod(0o755)
    assert list(folder.iterdir()) == []


def test_a_full_disk_during_the_copy_leaves_no_half_file(shop, folder, monkeypatch):
    def full(*a, **k):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(migrate, "online_copy", full)
    with pytest.raises(backup.BackupProblem, match="disk penuh"):
        backup.backup_now(shop, actor=shop.actor, now=NOW, folder=folder)
    assert list(folder.iterdir()) == []


def test_a_copy_that_fails_its_check_is_deleted_and_never_counted(shop, folder, monkeypatch):
    real = migrate.online_copy

    def lossy(source, target, **kw):
        expected = real(source, target, **kw)
        with contextlib.closing(sqlite3.connect(target)) as conn:  # a page lost on the way
            conn.execute("DELETE FROM ledger_entries WHERE id = (SELECT max(id) FROM ledger_entries)")
            conn.commit()
        return expected

    monkeypatch.setattr(migrate, "online_copy", lossy)
    with pytest.raises(backup.BackupProblem, match=r"gagal diperiksa dan dihapus.*ledger_entries"):
        backup.backup_now(shop, actor=shop.actor, now=NOW, folder=folder)
    assert list(folder.iterdir()) == []
    st_ = shop.read(lambda s: backup.status(s, NOW))
    assert st_.last_good is None and st_.failed


def test_the_status_says_due_overdue_and_failed(shop, folder):
    later = NOW + dt.timedelta(hours=20)
    assert shop.read(lambda s: backup.status(s, NOW)).state == "unset"
    set_folder(shop, folder)
    st_ = shop.read(lambda s: backup.status(s, NOW))
    assert st_.state == "never" and st_.due and st_.alarming
    assert backup.daily_backup(shop, now=NOW) is not None
    assert backup.daily_backup(shop, now=NOW + dt.timedelta(minutes=5)) is None  # one a day
    st_ = shop.read(lambda s: backup.status(s, NOW + dt.timedelta(hours=1)))
    assert st_.state == "ok" and not st_.due
    next_day = NOW + dt.timedelta(days=1)
    assert shop.read(lambda s: backup.status(s, next_day)).due
    assert shop.read(lambda s: backup.status(s, next_day)).state == "ok"  # within the grace
    assert shop.read(lambda s: backup.status(s, NOW + dt.timedelta(hours=31))).state == "overdue"
    folder.rename(folder.with_name("gone"))
    with pytest.raises(backup.BackupProblem):
        backup.daily_backup(shop, now=later + dt.timedelta(days=1))
    assert shop.read(lambda s: backup.status(s, later + dt.timedelta(days=1))).state == "failed"


def test_staff_may_not_back_up_restore_or_change_the_settings(shop, folder):
    dewi = staff_actor(shop)
    with pytest.raises(NotAllowed):
        backup.backup_now(shop, actor=dewi, now=NOW, folder=folder)
    good = backup.backup_now(shop, actor=shop.actor, now=NOW, folder=folder)
    with pytest.raises(NotAllowed):
        backup.restore(shop, good.path, actor=dewi, now=NOW)
    with pytest.raises(NotAllowed):
        shop.write(lambda s: backup.save_settings(s, backup.BackupSettings(str(folder)), actor=dewi, now=NOW))
    refused = [o for o, _ in audit(shop, "data.backup") + audit(shop, "data.restore") if o == "refused"]
    assert len(refused) == 2
    assert audit(shop, "settings.backup") == [("refused", "Cadangan dan pemulihan data")]


def test_settings_refuse_a_missing_folder_and_bad_numbers(shop, tmp_path):
    from tokodesk.domain.errors import InvalidInput

    data = backup.BackupSettings(str(tmp_path / "tidak-ada"), keep_daily=0, keep_weekly=4, keep_monthly=9999)
    with pytest.raises(InvalidInput) as e:
        shop.write(lambda s: backup.save_settings(s, data, actor=shop.actor, now=NOW))
    assert {x.field for x in e.value.errors} == {"folder", "keep_daily", "keep_monthly"}
    assert shop.read(lambda s: settings.get(s, "backup.folder")) == ""


# ------------------------------------------------------------------------------ bad files


@pytest.fixture
def good(shop, folder):
    return backup.backup_now(shop, actor=shop.actor, now=NOW, folder=folder).path


def damaged(good: Path, how: str) -> Path:
    bad = good.with_name("tokodesk-2026-11-21-0300-daily.sqlite3")
    data = good.read_bytes()
    if how == "truncated":
        bad.write_bytes(data[: len(data) // 2])
    elif how == "garbage":
        bad.write_bytes(b"PK\x03\x04 bukan database" * 100)
    elif how == "flipped":  # bytes overwritten in the middle of the file
        mid = len(data) // 2
        bad.write_bytes(data[:mid] + b"\xff" * 4096 + data[mid + 4096 :])
    elif how == "tampered":  # a sound SQLite file whose ledger was edited by hand
        bad.write_bytes(data)
        with contextlib.closing(sqlite3.connect(bad)) as conn:
            conn.execute("UPDATE ledger_entries SET amount = amount + 1000 WHERE id = 2")
            conn.commit()
    return bad


@pytest.mark.parametrize(
    ("how", "message"),
    [
        ("truncated", "berkas rusak"),
        ("garbage", "bukan database TokoDesk"),
        ("flipped", "berkas rusak"),
        ("tampered", "segel bukti tidak utuh: buku pembayaran #2: isinya tidak cocok"),
    ],
)
def test_a_bad_backup_is_refused_with_a_clear_message_and_the_database_is_untouched(shop, good, how, message):
    bad = damaged(good, how)
    verdict = backup.verify_backup(bad)
    assert not verdict.ok and message in verdict.problem

    live = Path(shop.url.split("///")[-1])
    shop.engine.dispose()
    shop.read_engine.dispose()
    before = digest(live)
    with pytest.raises(backup.BackupProblem, match="tidak dipakai") as e:
        backup.restore(shop, bad, actor=shop.actor, now=NOW)
    assert message in str(e.value) and "Database tidak diubah" in str(e.value)
    assert digest(live) == before
    assert [b.kind for b in backup.list_backups(good.parent)] == ["manual", "daily"]  # no pre-restore copy
    assert list(live.parent.glob("tokodesk-*")) == []


def test_a_backup_of_a_newer_version_is_refused(shop, good):
    with contextlib.closing(sqlite3.connect(good)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
        conn.commit()
    v = backup.verify_backup(good)
    assert not v.ok and "versi TokoDesk yang lebih baru" in v.problem


# ------------------------------------------------------------------------------ restoring


def test_restore_backs_up_the_current_state_first_then_swaps(shop, folder, good):
    set_folder(shop, folder)
    shop.write(lambda s: fill(s, shop.actor, 2))  # after the backup: 5 orders now
    assert counts(shop)["orders"] == 5
    later = NOW + dt.timedelta(hours=2)

    result = backup.restore(shop, good, actor=shop.actor, now=later)

    # the state before is in the backup folder, checked, with the two later orders
    before = result.before
    assert before.kind == "restore" and before.path.parent == folder
    assert before.path.name == migrate.backup_file_name(later, "restore")
    assert backup.verify_backup(before.path).count("orders") == 5
    # the live database is the backup's state, sound, with the restore in its audit trail
    live = Path(shop.url.split("///")[-1])
    assert sorted(p.name for p in live.parent.iterdir()) == ["tokodesk.sqlite3"]
    db = open_database(str(live), now=later)
    try:
        assert counts(db) == {"orders": 3, "ledger": 6}
        assert chains_ok(db)
        ((outcome, detail),) = audit(db, "data.restore")
        assert outcome == "ok" and good.name in detail and before.path.name in detail
        st_ = db.read(lambda s: backup.status(s, later))
        assert st_.folder == str(folder) and st_.last_file == str(before.path) and st_.state == "ok"
    finally:
        db.close()


def test_restore_without_a_folder_puts_the_copy_beside_the_database(shop, good):
    result = backup.restore(shop, good, actor=shop.actor, now=NOW)
    live = Path(shop.url.split("///")[-1])
    assert result.before.path.parent == live.parent
    assert result.before.path.name.endswith("-restore.sqlite3")


def test_restore_is_refused_while_another_program_has_the_database_open(shop, good):
    live = Path(shop.url.split("///")[-1])
    other = sqlite3.connect(live)  # e.g. a second TokoDesk, or a command still running
    other.execute("SELECT count(*) FROM orders").fetchone()
    try:
        shop.write(lambda s: fill(s, shop.actor, 1))
        with pytest.raises(backup.BackupProblem, match="sedang dipakai program lain"):
            backup.restore(shop, good, actor=shop.actor, now=NOW)
    finally:
        other.close()
    db = open_database(str(live), now=NOW)
    try:
        assert counts(db)["orders"] == 4  # untouched, including what was only in the -wal
        assert chains_ok(db)
    finally:
        db.close()
    assert [p.name for p in live.parent.glob(".*")] == []


def test_restore_of_an_older_version_upgrades_it(shop, folder, tmp_path):
    """A pre-migration backup (made by the previous version) restores, upgraded, and its
    chains are checked on an upgraded copy when it is listed."""
    old = tmp_path / "old" / "tokodesk.sqlite3"
    previous = old_database(old, folder)
    head = migrate.head_revision()
    # opening it with this version upgrades it, and the copy made before goes to the folder
    db = open_database(str(old), now=NOW)
    db.close()
    assert db.migration_copy is not None and db.migration_copy.parent == folder
    (info,) = backup.list_backups(folder)
    assert info.kind == "migration" and info.path == db.migration_copy
    v = backup.verify_backup(info.path)
    assert v.ok and v.older_version and v.revision == previous

    result = backup.restore(shop, info.path, actor=shop.actor, now=NOW)
    assert result.upgraded
    restored = open_database(shop.url, now=NOW)
    try:
        assert migrate.current_revision(restored.engine) == head
        assert chains_ok(restored)
    finally:
        restored.close()


def old_database(path: Path, folder: Path | None = None) -> str:
    """A database at the revision before head (as the previous TokoDesk left it)."""
    engine = make_engine(sqlite_url(path))
    previous = (
        ScriptDirectory(str(migrate.MIGRATIONS_DIR)).get_revision(migrate.head_revision()).down_revision
    )
    with engine.begin() as conn:
        cfg = migrate.alembic_config(engine)
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, previous)
    if folder is not None:
        with engine.begin() as conn:
            conn.exec_driver_sql(
                "INSERT INTO settings (key, value) VALUES ('backup.folder', ?)", (json.dumps(str(folder)),)
            )
    engine.dispose()
    return previous


def test_no_upgrade_starts_without_a_good_copy(tmp_path, monkeypatch):
    old = tmp_path / "old" / "tokodesk.sqlite3"
    previous = old_database(old)
    before = digest(old)

    def bad(path, expected=None):
        return migrate.CopyCheck(Path(path), problem="berkas rusak (uji)")

    monkeypatch.setattr(migrate, "check_copy", bad)
    with pytest.raises(migrate.CopyFailed, match="gagal diperiksa dan dihapus: berkas rusak"):
        open_database(str(old), now=NOW)
    assert digest(old) == before
    # no copy and no temporary file (open_database leaves its engine's -wal/-shm behind)
    assert [p.name for p in old.parent.iterdir() if not p.name.endswith(("-wal", "-shm"))] == [
        "tokodesk.sqlite3"
    ]
    engine = make_engine(sqlite_url(old))
    try:
        assert migrate.current_revision(engine) == previous
    finally:
        engine.dispose()


def test_restore_on_a_new_computer_needs_no_pin_but_a_shop_with_data_does(shop, good, tmp_path):
    fresh = open_database(str(tmp_path / "new" / "tokodesk.sqlite3"), now=NOW)
    try:
        backup.restore(fresh, good, actor=None, now=NOW)
    finally:
        fresh.close()
    with pytest.raises(backup.BackupProblem, match="perlu PIN pemilik"):
        backup.restore(shop, good, actor=None, now=NOW)


def test_postgres_without_pg_dump_says_how(folder, monkeypatch):
    monkeypatch.setattr(backup.shutil, "which", lambda name: None)
    with pytest.raises(backup.BackupProblem, match="pg_dump tidak ditemukan") as e:
        backup.make_backup("postgresql+psycopg://toko:rahasia@db.lan/toko", folder, now=NOW)
    assert "apt install postgresql-client" in str(e.value)
    assert list(folder.iterdir()) == []


@pytest.mark.skipif(os.name != "posix", reason="a shell script stands in for pg_dump")
def test_postgres_is_dumped_with_pg_dump_and_checked(folder, tmp_path, monkeypatch):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    seen = tmp_path / "seen.txt"
    (bin_dir / "pg_dump").write_text(
        f'#!/bin/sh\necho "$@ PGPASSWORD=$PGPASSWORD" > {seen}\n'
        'for a in "$@"; do case $a in --file=*) printf "PGDMP fake" > "${a#--file=}";; esac; done\n'
    )
    (bin_dir / "pg_restore").write_text(
        "#!/bin/sh\nfor t in orders ledger_entries log_entries chain_heads; do "
        'echo "1; 0 0 TABLE DATA public $t toko"; done\n'
    )
    for exe in bin_dir.iterdir():
        exe.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")

    result = backup.make_backup("postgresql+psycopg://toko:rahasia@db.lan:5432/toko", folder, now=NOW)

    assert result.path.suffix == ".pgdump" and result.path.read_bytes() == b"PGDMP fake"
    args = seen.read_text()
    assert "--format=custom" in args and "postgresql://toko@db.lan:5432/toko" in args
    assert args.count("rahasia") == 1 and "PGPASSWORD=rahasia" in args  # not on the command line
    assert [b.kind for b in backup.list_backups(folder)] == ["manual"]
    with pytest.raises(backup.BackupProblem, match="pg_restore"):
        backup.restore(open_pg_stub(), result.path, actor=None, now=NOW)


def open_pg_stub():
    class Stub:
        url = "postgresql+psycopg://toko@db.lan/toko"

    return Stub()
