"""Crash safety (docs/CRASH-SAFETY.md): the writer is killed with SIGKILL ``TOKODESK_KILLS``
times (25 by default, plus a tenth as many kills of a new file's first start: about half a
minute; ``scripts/kill-test.sh`` does 20 + 200), and after each kill the database is checked
(``tests/crash/check.py``).  The other tests show the checks are not blind: a damaged copy
of a good database fails them."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.crash import check

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")

KILLS = int(os.environ.get("TOKODESK_KILLS", "25"))
NEW_FILES = max(2, KILLS // 10)  # kills of a new file's first start (the migration)


@pytest.mark.slow
def test_no_kill_loses_or_tears_a_committed_transaction(tmp_path):
    figures = check.run_kills(KILLS, tmp_path / "kills", new_files=NEW_FILES)
    print()
    print(figures.table())
    assert figures.failures == 0, f"copies of the failed kills: {figures.kept}"
    assert figures.kills == KILLS + NEW_FILES
    assert figures.reported > 0  # the writer did work between kills
    assert figures.checked >= figures.reported


# ------------------------------------------------------------------ the checks see damage


@pytest.fixture(scope="module")
def written(tmp_path_factory) -> tuple[Path, Path]:
    """A database and journal from 150 units of work by the writer, stopped normally."""
    where = tmp_path_factory.mktemp("written")
    db, journal = where / "shop.sqlite3", where / "journal.txt"
    cmd = [sys.executable, "-m", "tests.crash.writer", str(db), str(journal), "7", "150"]
    env = check.writer_env(where / "data")
    subprocess.run(cmd, cwd=check.ROOT, env=env, check=True, timeout=120, stdout=subprocess.DEVNULL)
    return db, journal


def damaged(written, tmp_path, *sql: str) -> tuple[Path, list[check.Line]]:
    """A copy of the written database with ``sql`` run on it (foreign keys off, as a tool
    that edits the file by hand would have them)."""
    db, journal = written
    copy = check.snapshot(db, tmp_path / "copy")
    con = sqlite3.connect(copy, isolation_level=None)
    try:
        for statement in sql:
            con.execute(statement)
    finally:
        con.close()
    return copy, check.read_journal(journal)


def problems_of(written, tmp_path, *sql: str) -> list[str]:
    from tokodesk.db.migrate import head_revision

    copy, lines = damaged(written, tmp_path, *sql)
    return check.check_all(copy, lines, head_revision()).problems


def test_an_undamaged_database_passes(written, tmp_path):
    from tokodesk.db.migrate import head_revision

    copy, lines = damaged(written, tmp_path)
    report = check.check_all(copy, lines, head_revision())
    assert report.problems == []
    assert report.migrated and report.reported == report.checked == 150
    assert report.unreported == 0
    kinds = {line.kind for line in lines}
    assert kinds == {"customer", "order", "payment", "log", "move"}


def _journaled(written, kind: str) -> check.Line:
    return next(line for line in check.read_journal(written[1]) if line.kind == kind)


def test_a_lost_payment_is_caught(written, tmp_path):
    line = _journaled(written, "payment")
    found = problems_of(
        written,
        tmp_path,
        f"DELETE FROM ledger_entries WHERE id = {line.fields[0]}",
    )
    assert f"reported as committed but missing or different: {line}" in found
    assert any("tokodesk verify exited 1" in p for p in found)  # the ledger chain sees it too


def test_an_order_without_items_or_first_status_is_caught(written, tmp_path):
    line = _journaled(written, "order")
    code, order_id = line.fields[0], line.fields[1]
    found = problems_of(
        written,
        tmp_path,
        f"DELETE FROM order_items WHERE order_id = {order_id}",
        f"DELETE FROM audit_events WHERE action = 'order.new' AND target_id = {order_id}",
    )
    assert f"order {code}: no items" in found
    assert f"order {code}: 0 order.new audit rows" in found


def test_a_status_without_its_change_and_money_beyond_the_total_are_caught(written, tmp_path):
    line = _journaled(written, "order")
    code, order_id = line.fields[0], line.fields[1]
    found = problems_of(
        written,
        tmp_path,
        f"UPDATE orders SET status = 'cancelled' WHERE id = {order_id}",
        f"UPDATE orders SET total = 1 WHERE id = {order_id}",
    )
    assert any(p.startswith(f"order {code}: status cancelled at") for p in found)
    assert any(p.startswith(f"order {code}: total 1 but its items add up to") for p in found)
    assert any(p.startswith(f"order {code}: paid ") for p in found)


def test_a_counter_behind_its_orders_and_a_torn_attachment_are_caught(written, tmp_path):
    found = problems_of(
        written,
        tmp_path,
        "UPDATE counters SET value = 1 WHERE name LIKE 'order:%'",
        "UPDATE attachments SET data = X'00' WHERE id = (SELECT min(id) FROM attachments)",
    )
    assert any("is 1, behind the order's number" in p for p in found)
    assert any(p.startswith("attachment ") for p in found)


def test_a_cut_last_journal_line_was_not_reported(tmp_path):
    journal = tmp_path / "journal.txt"
    journal.write_text("customer 1\norder TD-2611-0001 1 10 3\npayment 7 1")
    assert [str(x) for x in check.read_journal(journal)] == ["customer 1", "order TD-2611-0001 1 10 3"]


def test_an_unmigrated_file_with_reported_commits_is_caught(written, tmp_path):
    from tokodesk.db.migrate import head_revision

    empty = tmp_path / "empty" / "shop.sqlite3"
    empty.parent.mkdir()
    sqlite3.connect(empty).close()
    lines = check.read_journal(written[1])
    report = check.check_all(empty, lines, head_revision())
    assert not report.migrated
    assert report.problems == [f"no schema, yet the writer reported {len(lines)} commits"]
    shutil.rmtree(empty.parent)


def test_the_writer_runs_with_the_durable_pragmas(tmp_path):
    """What the kills cannot show (a power cut) rests on these: WAL, and a sync of the WAL at
    every commit (``synchronous=FULL`` = 2), on the writing and the reading connections."""
    from sqlalchemy import text

    from tests.factories import open_as_owner

    db = open_as_owner(str(tmp_path / "shop.sqlite3"))
    try:
        for engine in (db.engine, db.read_engine):
            with engine.connect() as conn:
                assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
                assert conn.execute(text("PRAGMA synchronous")).scalar() == 2
    finally:
        db.close()
