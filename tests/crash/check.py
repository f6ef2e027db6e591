"""The kill harness: what is checked after each SIGKILL of the writer, and the loop that kills.

``python -m tests.crash.check --kills 200 --dir DIR`` runs the loop on its own (it is what
``scripts/kill-test.sh`` runs); ``tests/crash/test_kill.py`` runs it with fewer kills.

After each kill the database file and its WAL are copied (as they are: the writer is dead,
so they no longer change) and the checks run on the copy.  The writer's next start then
opens the original and must recover from the crash by itself, as the app would.

The checks (each failure is a line in ``Report.problems``):

1. **Integrity.**  Plain ``sqlite3`` opens the copy (which replays the WAL):
   ``PRAGMA integrity_check`` says ``ok``, ``PRAGMA foreign_key_check`` finds nothing, and the
   file is still in WAL mode.
2. **Reported means kept.**  Every line of the writer's journal (a transaction it reported
   as committed, ``tests/crash/writer.py``) names a record that exists with the values the
   line gives: the order with its code, total and deposit entry; the payment with its order
   and amount; the log entry with its customer and number of attachments; the status change
   with its order and new status; the customer.
3. **Nothing unreported beyond the last unit.**  Records the journal does not name are the
   work of a transaction that committed just before the kill, before the writer could write
   its journal line: each kill may add at most one such unit of work (``Report.unreported``
   may grow by 0 or 1 from one kill to the next, never shrink).
4. **No half-written order.**  Every order in the database is whole:

   * it has at least one item, and its ``total`` is the sum of quantity × unit price of its
     items;
   * its status history starts with exactly one change from nothing to ``draft`` or
     ``confirmed``, made at the order's ``created_at``; every later change starts from the
     status the one before it ended in; the order's ``status`` and ``status_changed_at`` are
     those of its last change;
   * its audit trail has exactly one ``order.new`` row and one ``order.status`` row per later
     status change, and one ``payment.*`` row per ledger entry;
   * its money adds up: at most one deposit; what was paid (cleared deposits and payments
     minus refunds) is never more than the total plus charges (``record_payment`` refuses
     more); a forfeited order that had been paid has exactly one forfeit entry of what was
     paid, and an order that is not forfeited has none;
   * the monthly order counter is not behind the order's number (the next order would get
     the same code).

   And the rest of what a transaction writes together: every customer has its one
   ``customer.new`` audit row, every log entry its ``log.entry`` row, and every attachment's
   bytes still hash to its SHA-256 and size.
5. **The app still opens it and the evidence holds.**  ``tokodesk verify --db COPY`` (the
   command line, in-process) opens the copy with ``open_database`` (running the migration
   if the kill stopped the first one) and exits 0: the log, ledger and status chains
   recompute and their heads match.

If the kill came before the first migration committed, the copy must have no tables at all
(the migration is one transaction: all of it or nothing) and the journal must be empty; only
checks 1 and 5 apply then.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import hashlib
import io
import itertools
import os
import random
import re
import select
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CODE = re.compile(r"^(?P<series>.+-\d{4})-(?P<number>\d+)$")
FIRST_STATUSES = ("draft", "confirmed")
PAID_KINDS = ("deposit", "payment")


# -------------------------------------------------------------------------------- the journal


@dataclasses.dataclass(frozen=True)
class Line:
    kind: str
    fields: tuple[str, ...]

    def __str__(self) -> str:
        return " ".join((self.kind, *self.fields))


def read_journal(path: Path) -> list[Line]:
    """The writer's reported commits.  A last line without its newline was cut by the kill
    before ``write`` finished: not reported (the writer reports once the line is synced)."""
    if not path.exists():
        return []
    text = path.read_text()
    lines = text.split("\n")
    lines.pop()  # "" after the last newline, or the unfinished last line
    out = []
    for raw in lines:
        kind, *fields = raw.split(" ")
        out.append(Line(kind, tuple(fields)))
    return out


# -------------------------------------------------------------------------------- the checks


def snapshot(db_file: Path, dest: Path) -> Path:
    """Copy the database and its WAL (not the shared-memory index, which is rebuilt) into
    ``dest``; returns the copy of the database file."""
    shutil.rmtree(dest, ignore_errors=True)
    dest.mkdir(parents=True)
    for suffix in ("", "-wal"):
        src = Path(f"{db_file}{suffix}")
        if src.exists():
            shutil.copy2(src, dest / f"{db_file.name}{suffix}")
    return dest / db_file.name


def _connect(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path, isolation_level=None)


def integrity(path: Path) -> list[str]:
    problems = []
    with contextlib.closing(_connect(path)) as con:
        result = [r[0] for r in con.execute("PRAGMA integrity_check")]
        if result != ["ok"]:
            problems.append(f"integrity_check: {result[:5]}")
        broken = con.execute("PRAGMA foreign_key_check").fetchall()
        if broken:
            problems.append(f"foreign_key_check: {broken[:5]}")
        mode = con.execute("PRAGMA journal_mode").fetchone()[0]
        if mode != "wal" and con.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
            problems.append(f"journal_mode is {mode}, not wal")
    return problems


def schema_revision(path: Path) -> str | None:
    """The Alembic revision the file is at (None: no migration has committed)."""
    with contextlib.closing(_connect(path)) as con:
        try:
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.OperationalError:
            return None
    return row[0] if row else None


def table_names(path: Path) -> list[str]:
    with contextlib.closing(_connect(path)) as con:
        return [
            r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        ]


def _one(con: sqlite3.Connection, sql: str, *args) -> tuple | None:
    return con.execute(sql, args).fetchone()


def reported_records(path: Path, journal: list[Line]) -> tuple[int, list[str]]:
    """Check 2: every journal line's record is there; returns (lines checked, problems)."""
    problems: list[str] = []
    with contextlib.closing(_connect(path)) as con:
        for line in journal:
            f = line.fields
            if line.kind == "customer":
                ok = _one(con, "SELECT 1 FROM customers WHERE id = ?", int(f[0])) is not None
            elif line.kind == "order":
                code, order_id, total, deposit = f[0], int(f[1]), int(f[2]), int(f[3])
                ok = _one(
                    con, "SELECT 1 FROM orders WHERE id=? AND code=? AND total=?", order_id, code, total
                )
                if ok and deposit:
                    ok = _one(
                        con,
                        "SELECT 1 FROM ledger_entries WHERE order_id=? AND kind='deposit' AND amount=?",
                        order_id,
                        deposit,
                    )
            elif line.kind == "payment":
                ok = _one(
                    con,
                    "SELECT 1 FROM ledger_entries WHERE id=? AND order_id=? AND amount=? AND kind='payment'",
                    int(f[0]),
                    int(f[1]),
                    int(f[2]),
                )
            elif line.kind == "log":
                row = _one(
                    con,
                    "SELECT (SELECT count(*) FROM log_attachments a WHERE a.entry_id = e.id) "
                    "FROM log_entries e WHERE e.id=? AND e.customer_id=?",
                    int(f[0]),
                    int(f[1]),
                )
                ok = row is not None and row[0] == int(f[2])
            elif line.kind == "move":
                ok = _one(
                    con,
                    "SELECT 1 FROM status_changes WHERE id=? AND order_id=? AND to_status=?",
                    int(f[0]),
                    int(f[1]),
                    f[2],
                )
            else:
                problems.append(f"journal: unknown line {line}")
                continue
            if not ok:
                problems.append(f"reported as committed but missing or different: {line}")
    return len(journal), problems


def unreported_units(path: Path, journal: list[Line]) -> int:
    """Check 3's count: units of work in the database that the journal does not name."""
    queries = {
        "customer": "SELECT id FROM customers",
        "order": "SELECT code FROM orders",
        "payment": "SELECT id FROM ledger_entries WHERE kind = 'payment'",
        "log": "SELECT id FROM log_entries",
        "move": "SELECT id FROM status_changes WHERE from_status IS NOT NULL",
    }
    named: dict[str, set[str]] = {kind: set() for kind in queries}
    for line in journal:
        named.setdefault(line.kind, set()).add(line.fields[0])
    extra = 0
    with contextlib.closing(_connect(path)) as con:
        for kind, sql in queries.items():
            extra += sum(1 for (key,) in con.execute(sql) if str(key) not in named[kind])
    return extra


def half_written(path: Path) -> list[str]:
    """Check 4: every order is whole (see the module's docstring), and so is what else a
    transaction writes together."""
    problems: list[str] = []

    def bad(order: str, why: str) -> None:
        problems.append(f"order {order}: {why}")

    with contextlib.closing(_connect(path)) as con:
        orders = con.execute(
            "SELECT id, code, status, total, created_at, status_changed_at FROM orders ORDER BY id"
        ).fetchall()
        items = {
            oid: (n, s)
            for oid, n, s in con.execute(
                "SELECT order_id, count(*), sum(qty * unit_price) FROM order_items GROUP BY order_id"
            )
        }
        changes: dict[int, list[tuple]] = {}
        for oid, sid, frm, to, at in con.execute(
            "SELECT order_id, id, from_status, to_status, at FROM status_changes ORDER BY id"
        ):
            changes.setdefault(oid, []).append((sid, frm, to, at))
        entries: dict[int, list[tuple]] = {}
        for oid, kind, amount, cleared in con.execute(
            "SELECT order_id, kind, amount, cleared FROM ledger_entries ORDER BY id"
        ):
            entries.setdefault(oid, []).append((kind, amount, bool(cleared)))
        audits = Counter(
            (action, tid)
            for action, tid in con.execute(
                "SELECT action, target_id FROM audit_events WHERE target_kind = 'order' AND outcome = 'ok'"
            )
        )
        counters = dict(con.execute("SELECT name, value FROM counters WHERE name LIKE 'order:%'"))

        for oid, code, status, total, created_at, changed_at in orders:
            # items
            n_items, items_sum = items.get(oid, (0, 0))
            if n_items == 0:
                bad(code, "no items")
            elif items_sum != total:
                bad(code, f"total {total} but its items add up to {items_sum}")
            # status history
            history = changes.get(oid, [])
            if not history:
                bad(code, "no status change")
            else:
                firsts = [h for h in history if h[1] is None]
                if len(firsts) != 1 or history[0][1] is not None:
                    bad(code, "its history does not start with exactly one first status change")
                elif history[0][2] not in FIRST_STATUSES or history[0][3] != created_at:
                    bad(code, f"first status change is {history[0][2]} at {history[0][3]}")
                for before, after in itertools.pairwise(history):
                    if after[1] != before[2]:
                        bad(code, f"status change #{after[0]} starts from {after[1]}, not {before[2]}")
                if (status, changed_at) != (history[-1][2], history[-1][3]):
                    bad(code, f"status {status} at {changed_at}, last change says {history[-1][2]}")
            # audit trail
            if audits[("order.new", oid)] != 1:
                bad(code, f"{audits[('order.new', oid)]} order.new audit rows")
            moves = sum(1 for h in history if h[1] is not None)
            if audits[("order.status", oid)] != moves:
                bad(code, f"{moves} status moves but {audits[('order.status', oid)]} audit rows")
            money = entries.get(oid, [])
            paid_audits = audits[("payment.entry", oid)] + audits[("payment.reversal", oid)]
            if paid_audits != len(money):
                bad(code, f"{len(money)} ledger entries but {paid_audits} payment audit rows")
            # money
            deposits = sum(1 for k, _, _ in money if k == "deposit")
            if deposits > 1:
                bad(code, f"{deposits} deposits")
            paid = sum(a for k, a, c in money if k in PAID_KINDS and c) - sum(
                a for k, a, c in money if k == "refund" and c
            )
            charges = sum(a for k, a, _ in money if k in ("storage_fee", "delivery_fee", "other_charge"))
            if paid > total + charges:
                bad(code, f"paid {paid} is more than total {total} + charges {charges}")
            forfeits = [a for k, a, _ in money if k == "forfeit"]
            if status == "forfeited" and paid > 0 and forfeits != [paid]:
                bad(code, f"forfeited after {paid} was paid, forfeit entries {forfeits}")
            if status != "forfeited" and forfeits:
                bad(code, f"forfeit entries {forfeits} on a {status} order")
            # counter
            m = CODE.match(code)
            if m is None:
                bad(code, "code does not look like PREFIX-YYMM-NNNN")
            else:
                name = f"order:{m['series']}"
                if counters.get(name, 0) < int(m["number"]):
                    bad(code, f"counter {name} is {counters.get(name)}, behind the order's number")

        # customers, log entries and attachments
        customer_audits = Counter(
            tid for (tid,) in con.execute("SELECT target_id FROM audit_events WHERE action = 'customer.new'")
        )
        for (cid,) in con.execute("SELECT id FROM customers"):
            if customer_audits[cid] != 1:
                problems.append(f"customer {cid}: {customer_audits[cid]} customer.new audit rows")
        n_log = _one(con, "SELECT count(*) FROM log_entries WHERE source = 'manual'")[0]
        n_log_audit = _one(con, "SELECT count(*) FROM audit_events WHERE action = 'log.entry'")[0]
        if n_log != n_log_audit:
            problems.append(f"{n_log} log entries but {n_log_audit} log.entry audit rows")
        for aid, digest, size, data in con.execute("SELECT id, sha256, size, data FROM attachments"):
            if hashlib.sha256(data).hexdigest() != digest or len(data) != size:
                problems.append(f"attachment {aid}: bytes do not match its SHA-256 or size")
    return problems


def app_verify(path: Path) -> list[str]:
    """Check 5: ``tokodesk verify --db PATH`` in this process; [] when it exits 0."""
    from tokodesk.cli.main import run  # the checks above need no app code

    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            status = run(["verify", "--db", str(path)])
    except Exception as e:  # the app could not even run the check: a failure, with its words
        return [f"tokodesk verify raised {type(e).__name__}: {e}"]
    if status == 0:
        return []
    said = " | ".join(x.strip() for x in (out.getvalue(), err.getvalue()) if x.strip())
    return [f"tokodesk verify exited {status}: {said}"]


@dataclasses.dataclass
class Report:
    migrated: bool
    reported: int  # journal lines (transactions reported as committed)
    checked: int  # journal lines whose record was looked up
    unreported: int  # committed units of work not (yet) in the journal
    problems: list[str]


def check_all(db_copy: Path, journal: list[Line], head: str) -> Report:
    """Every check on a copy of the database left by a kill (the copy may be changed: the
    app-level check opens and possibly migrates it)."""
    problems = integrity(db_copy)
    revision = schema_revision(db_copy)
    migrated = revision == head
    checked = unreported = 0
    if migrated:
        checked, found = reported_records(db_copy, journal)
        problems += found
        unreported = unreported_units(db_copy, journal)
        problems += half_written(db_copy)
    elif revision is not None:
        problems.append(f"schema at revision {revision}, neither none nor the newest {head}")
    else:
        tables = table_names(db_copy)
        if tables:
            problems.append(f"no schema revision, yet tables {tables[:5]}: a migration half-applied")
        if journal:
            problems.append(f"no schema, yet the writer reported {len(journal)} commits")
    problems += app_verify(db_copy)
    return Report(migrated, len(journal), checked, unreported, problems)


# -------------------------------------------------------------------------------- the killer


@dataclasses.dataclass
class Figures:
    kills: int = 0  # all kills: the long run's and the new files'
    new_file_kills: int = 0  # each on a new file, during its first start (the migration)
    kills_before_schema: int = 0  # the kill came before the first migration committed
    kills_while_opening: int = 0  # timed from "opening": migration, start-up writes
    reported: int = 0  # transactions the writer reported as committed (journal lines)
    checked: int = 0  # journal lines looked up, summed over all kills
    unreported: int = 0  # units committed but killed before their journal line
    failures: int = 0
    seconds: float = 0.0
    kept: list[str] = dataclasses.field(default_factory=list)

    def table(self) -> str:
        rows = [
            ("kills (SIGKILL)", self.kills),
            ("  on a new file, during its first start", self.new_file_kills),
            ("  before the first migration had committed", self.kills_before_schema),
            ("  timed from 'opening' (migration, start-up writes)", self.kills_while_opening),
            ("transactions reported committed", self.reported),
            ("commits checked (journal lines looked up, all kills)", self.checked),
            ("committed, killed before reported (<= 1 a kill)", self.unreported),
            ("failures", self.failures),
            ("duration (s)", round(self.seconds, 1)),
        ]
        width = max(len(r[0]) for r in rows)
        return "\n".join(f"{name:<{width}}  {value:>8}" for name, value in rows)


class WriterGone(Exception):
    pass


def _wait_for(proc: subprocess.Popen, marker: bytes, buf: bytearray, timeout: float = 60.0) -> None:
    """Read the writer's stdout until ``marker`` is a line of it."""
    deadline = time.monotonic() + timeout
    fd = proc.stdout.fileno()
    while marker + b"\n" not in buf:
        left = deadline - time.monotonic()
        if left <= 0:
            raise WriterGone(f"no {marker.decode()!r} from the writer in {timeout:.0f} s")
        ready, _, _ = select.select([fd], [], [], left)
        if ready:
            chunk = os.read(fd, 4096)
            if not chunk:
                raise WriterGone(f"the writer ended (exit {proc.wait()}) before {marker.decode()!r}")
            buf += chunk


def writer_env(data_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["TOKODESK_DATA_DIR"] = str(data_dir)  # never the user's real data folder
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def kill_once(db_file: Path, journal: Path, seed: int, mode: str, rng: random.Random, env, log: Path) -> str:
    """Start the writer, kill it with SIGKILL at a random moment; returns '' or what went wrong.

    ``mode``: ``migrate`` kills 0-0.3 s after "opening" (a new file: around the migration);
    ``open`` kills 0-0.06 s after "opening" (start-up on an existing file); ``work`` kills
    0.05-0.6 s after "ready" (in the middle of units of work, commits and fsyncs)."""
    cmd = [sys.executable, "-m", "tests.crash.writer", str(db_file), str(journal), str(seed)]
    buf = bytearray()
    with (
        log.open("ab") as err,
        subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=err, cwd=ROOT, env=env) as proc,
    ):
        try:
            if mode == "work":
                _wait_for(proc, b"ready", buf)
                delay = rng.uniform(0.05, 0.6)
            else:
                _wait_for(proc, b"opening", buf)
                delay = rng.uniform(0, 0.3 if mode == "migrate" else 0.06)
            time.sleep(delay)
            early = proc.poll()
            if early is not None:
                return f"the writer ended by itself with exit {early} (see {log})"
            os.kill(proc.pid, signal.SIGKILL)
            code = proc.wait()
        except WriterGone as e:
            proc.kill()
            proc.wait()
            return f"{e} (see {log})"
    if code != -signal.SIGKILL:
        return f"the writer ended with {code}, not by SIGKILL (see {log})"
    return ""


class Killer:
    """Kills the writer and checks what it left; counts into ``figures``."""

    def __init__(self, work_dir: Path, seed: int, echo=None) -> None:
        from tokodesk.db.migrate import head_revision

        self.head = head_revision()
        self.work_dir = work_dir
        self.seed = seed
        self.rng = random.Random(seed)
        self.env = writer_env(work_dir / "data")
        self.writer_log = work_dir / "writer-stderr.txt"
        self.echo = echo
        self.figures = Figures()
        self.started = time.monotonic()

    def kill_and_check(self, name: str, db_file: Path, journal: Path, mode: str, unreported: int) -> Report:
        """One kill of the writer on ``db_file`` and the checks; ``unreported`` is the count
        after the previous kill of this file."""
        f = self.figures
        seed = self.seed * 100_000 + f.kills + 1
        problems = []
        gone = kill_once(db_file, journal, seed, mode, self.rng, self.env, self.writer_log)
        if gone:
            problems.append(gone)
        f.kills += 1
        f.kills_while_opening += mode != "work"
        # what the kill left, as it is; checked on a second copy (the app check may write)
        pristine = snapshot(db_file, self.work_dir / "last-kill")
        if journal.exists():
            shutil.copy2(journal, pristine.parent / "journal.txt")
        copy = snapshot(pristine, self.work_dir / "checking")
        report = check_all(copy, read_journal(journal), self.head)
        f.kills_before_schema += not report.migrated
        f.checked += report.checked
        problems += report.problems
        if report.unreported - unreported not in (0, 1):
            problems.append(f"unreported units went from {unreported} to {report.unreported}")
        report.problems = problems
        if problems:
            f.failures += 1
            keep = self.work_dir / "failures" / name
            shutil.rmtree(keep, ignore_errors=True)
            shutil.copytree(pristine.parent, keep)
            (keep / "problems.txt").write_text("\n".join(problems) + "\n")
            f.kept.append(str(keep))
            if self.echo:
                self.echo(f"{name}: FAILED, {len(problems)} problems; copy kept in {keep}")
                for line in problems[:10]:
                    self.echo(f"  {line}")
        return report

    def say(self, text: str) -> None:
        if self.echo:
            self.echo(f"{text} ({time.monotonic() - self.started:.0f} s)")


def run_kills(kills: int, work_dir: Path, *, new_files: int = 0, seed: int = 1, echo=None) -> Figures:
    """Kill the writer: first ``new_files`` times each on a new file during its first start
    (the migration), then ``kills`` times on one database that lives on from kill to kill,
    checking after each kill.  Copies of what a failed check saw are kept under
    ``work_dir/failures``."""
    work_dir.mkdir(parents=True, exist_ok=True)
    killer = Killer(work_dir, seed, echo)
    f = killer.figures
    for n in range(1, new_files + 1):
        where = work_dir / "new-files" / f"{n:03d}"
        where.mkdir(parents=True)
        report = killer.kill_and_check(
            f"new-file-{n:03d}", where / "shop.sqlite3", where / "journal.txt", "migrate", 0
        )
        f.new_file_kills += 1
        f.reported += report.reported
        f.unreported += report.unreported
        shutil.rmtree(where)
    if new_files:
        killer.say(
            f"{new_files} kills on new files done, {f.kills_before_schema} before the schema committed"
        )

    db_file, journal = work_dir / "shop.sqlite3", work_dir / "journal.txt"
    migrated, tries, unreported = False, 0, 0
    for k in range(1, kills + 1):
        if not migrated and tries < 4:  # the first start: around the migration
            mode, tries = "migrate", tries + 1
        else:
            mode = "open" if killer.rng.random() < 0.1 else "work"
        report = killer.kill_and_check(f"kill-{k:04d}", db_file, journal, mode, unreported)
        migrated = migrated or report.migrated
        unreported = report.unreported
        if k % 25 == 0 or k == kills:
            killer.say(f"kill {k}/{kills}: {f.failures} failures, {report.reported} reported commits")
    f.reported += len(read_journal(journal))
    f.unreported += unreported
    f.seconds = time.monotonic() - killer.started
    return f


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m tests.crash.check", description=__doc__.splitlines()[0])
    p.add_argument("--kills", type=int, default=200, help="kills of the long-lived database")
    p.add_argument("--new-files", type=int, default=20, help="kills during a new file's first start")
    p.add_argument("--dir", type=Path, required=True, help="work folder (database, journal, failures)")
    p.add_argument("--seed", type=int, default=1)
    args = p.parse_args(argv)
    if args.dir.exists() and any(args.dir.iterdir()):
        p.error(f"{args.dir} is not empty: the run starts from a new database")
    os.environ["TOKODESK_DATA_DIR"] = str(args.dir / "data")  # the in-process verify, too
    figures = run_kills(args.kills, args.dir, new_files=args.new_files, seed=args.seed, echo=print)
    print()
    print(figures.table())
    for kept in figures.kept:
        print(f"kept for inspection: {kept}")
    return 0 if figures.failures == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
