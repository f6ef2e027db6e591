"""The counter's budgets on a big database: median and p95 over repeated runs.

    python -m bench.run DB.sqlite3 [--repeat N] [--quick] [--today YYYY-MM-DD]

Its own harness (``time.perf_counter``), not timed tests.  Every read goes through
``Database.read`` (a session on the read engine, as ``Runner.read`` does on the worker), so
a figure includes making the session.  The daily run and the app start-up use a copy of the
database (both write).  ``--quick`` is the CI smoke run: few repeats, no start-up processes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

WIB = dt.timezone(dt.timedelta(hours=7))
ROOT = Path(__file__).resolve().parents[1]


@dataclass
class Figure:
    name: str
    budget: str
    times: list[float] = field(default_factory=list)  # seconds
    note: str = ""
    limit: float | None = None  # seconds; None: no budget or not comparable
    text: str | None = None  # a figure that is not a time (ratio, memory)
    ok: bool | None = None

    @property
    def median(self) -> float:
        return statistics.median(self.times)

    @property
    def p95(self) -> float:
        s = sorted(self.times)
        return s[min(len(s) - 1, round(0.95 * (len(s) - 1)))]

    def verdict(self) -> str:
        if self.ok is None and self.limit is not None and self.times:
            self.ok = self.p95 <= self.limit
        return "—" if self.ok is None else "ok" if self.ok else "**FAIL**"


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms" if seconds < 10 else f"{seconds:.1f} s"


def timed(fn: Callable[[], object], repeat: int, warmup: int = 1) -> list[float]:
    for _ in range(warmup):
        fn()
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


def copy_db(src: Path, dst: Path) -> None:
    """An SQLite online backup (consistent even with a WAL beside the file)."""
    with sqlite3.connect(src) as a, sqlite3.connect(dst) as b:
        a.backup(b)
    b.close()
    a.close()


def shop_today(path: Path) -> dt.date:
    con = sqlite3.connect(path)
    try:
        row = con.execute("SELECT value FROM settings WHERE key='daily.last_run'").fetchone()
        if row:
            return dt.date.fromisoformat(row[0].strip('"')) + dt.timedelta(days=1)
        row = con.execute("SELECT max(created_at) FROM orders").fetchone()
        return dt.date.fromisoformat(row[0][:10]) if row and row[0] else dt.date.today()
    finally:
        con.close()


def startup_times(
    db: Path, repeat: int, tmp: Path
) -> tuple[list[float], list[float], list[float], list[float]]:
    """(bare ready, bare whole process, app ready, app whole process), in seconds."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TOKODESK_DATA_DIR=str(tmp / "data"))
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    out: dict[str, list[float]] = {"bare": [], "bare_all": [], "app": [], "app_all": []}
    for i in range(repeat + 1):  # the first of each warms the disk cache
        for mode in ("bare", "app"):
            args = [sys.executable, "-m", "bench.startup", mode]
            if mode == "app":
                args.append(str(db))
            env["BENCH_T0"] = repr(time.time())
            t = time.perf_counter()
            r = subprocess.run(args, env=env, capture_output=True, text=True, cwd=ROOT, timeout=120)
            whole = time.perf_counter() - t
            ready = [line for line in r.stdout.splitlines() if line.startswith("ready ")]
            if r.returncode != 0 or not ready:
                raise RuntimeError(f"start-up run ({mode}) failed: {r.returncode}\n{r.stdout}\n{r.stderr}")
            if i:
                out[mode].append(float(ready[0].split()[1]))
                out[f"{mode}_all"].append(whole)
    return out["bare"], out["bare_all"], out["app"], out["app_all"]


def run(
    db_path: Path, *, repeat: int = 20, quick: bool = False, today: dt.date | None = None
) -> list[Figure]:
    from sqlalchemy import func, select

    from tokodesk.db.models import LogEntry, Order
    from tokodesk.documents.model import DocKind, PaperSize
    from tokodesk.services import customers, documents, log, orders, reports
    from tokodesk.services.agenda import agenda
    from tokodesk.services.daily import run_daily
    from tokodesk.services.database import open_database
    from tokodesk.services.reports import ReportKind
    from tokodesk.services.staff import default_actor

    today = today or shop_today(db_path)
    now = dt.datetime.combine(today, dt.time(9, 30), tzinfo=WIB)
    figs: list[Figure] = []
    tmp = Path(tempfile.mkdtemp(prefix="tokodesk-bench-"))
    db = open_database(str(db_path), now=now)
    try:
        codes = db.read(
            lambda s: list(s.scalars(select(Order.code).order_by(func.random()).limit(repeat + 1)))
        )
        payloads = db.read(lambda s: [documents.qr_payload(s, c) for c in codes])

        # ---- scan → open: resolve the payload, then what the order window reads
        it = iter(payloads * 3)

        def scan() -> None:
            payload = next(it)
            outcome = db.read(lambda s: documents.resolve_scan(s, payload))
            assert outcome is not None and outcome.order_id is not None
            db.read(lambda s: orders.get_order(s, outcome.order_id, today))

        figs.append(
            Figure(
                "scan QR → order open (resolve_scan + get_order)", "≤ 30 ms", timed(scan, repeat), limit=0.030
            )
        )

        # ---- search as you type: what the lazy list does per keystroke: the count (its row
        # count), then the first block (ids by offset + their rows), two read transactions
        def customer_key(q: str) -> None:
            db.read(lambda s: customers.customer_count(s, q))
            db.read(lambda s: customers.customer_rows(s, customers.customer_ids(s, q, limit=100)))

        for q in ("s", "si", "sit", "siti"):
            figs.append(
                Figure(
                    f"customer search keystroke «{q}» (count + first 100 rows)",
                    "≤ 50 ms",
                    timed(lambda q=q: customer_key(q), repeat),
                    limit=0.050,
                )
            )
        figs.append(
            Figure(
                "customer search «siti» via search_customers (picker, limit 200)",
                "≤ 50 ms",
                timed(lambda: db.read(lambda s: customers.search_customers(s, "siti")), repeat),
                limit=0.050,
            )
        )

        def order_key(q: str) -> None:
            db.read(lambda s: orders.order_count(s, query=q))
            db.read(lambda s: orders.order_rows(s, orders.order_ids(s, query=q, limit=100)))

        code_prefix = codes[0][:7]  # e.g. TD-2411
        for q in ("s", "si", "sit", "siti", code_prefix):
            figs.append(
                Figure(
                    f"order search keystroke «{q}» (count + first 100 rows)",
                    "≤ 50 ms",
                    timed(lambda q=q: order_key(q), repeat),
                    limit=0.050,
                )
            )

        # ---- the orders list: open, jump to the end, scroll through
        n_orders = db.read(lambda s: orders.order_count(s))

        def block(offset: int) -> None:
            db.read(lambda s: orders.order_rows(s, orders.order_ids(s, offset=offset, limit=100)))

        def open_list() -> None:
            db.read(lambda s: orders.order_count(s))
            block(0)

        figs.append(
            Figure(
                "open orders list (count + first 100 rows)",
                "≤ 50 ms*",
                timed(open_list, repeat),
                limit=0.050,
                note="*no budget of its own; held to the keystroke budget",
            )
        )
        last = max(0, (n_orders - 1) // 100 * 100)
        figs.append(
            Figure(
                "orders list: jump to the end (last block of 100 rows)",
                "—",
                timed(lambda: block(last), repeat),
            ),
        )
        if not quick:
            offsets = range(0, n_orders, 100)

            def scroll_all() -> None:
                for o in offsets:
                    block(o)

            figs.append(
                Figure(
                    f"orders list: scroll through all {len(offsets):,} blocks (one pass)",
                    "—",
                    timed(scroll_all, 1, warmup=0),
                )
            )

        # ---- a customer with a long log
        heavy, n_log = db.read(
            lambda s: s.execute(
                select(LogEntry.customer_id, func.count())
                .group_by(LogEntry.customer_id)
                .order_by(func.count().desc())
                .limit(1)
            ).one()
        )
        figs.append(
            Figure(
                f"customer log, {n_log:,} entries: first page (log.entries, 500)",
                "—",
                timed(lambda: db.read(lambda s: log.entries(s, heavy)), repeat),
            )
        )

        def whole_log() -> None:
            before = None
            while True:
                page = db.read(lambda s, b=before: log.entries(s, heavy, before_id=b))
                if len(page) < 500:
                    return
                before = min(e.id for e in page)

        figs.append(
            Figure(f"customer log, {n_log:,} entries: every page", "—", timed(whole_log, max(3, repeat // 4)))
        )
        figs.append(
            Figure(
                "customer window header (get_customer)",
                "—",
                timed(lambda: db.read(lambda s: customers.get_customer(s, heavy)), repeat),
            )
        )

        # ---- the agenda
        figs.append(
            Figure(
                "the day's agenda (agenda.agenda)",
                "≤ 150 ms",
                timed(lambda: db.read(lambda s: agenda(s, today)), max(3, repeat // 2)),
                limit=0.150,
            )
        )

        # ---- one nota: build + render (A5)
        nota_ids = db.read(
            lambda s: list(
                s.scalars(
                    select(Order.id).where(Order.status != "draft").order_by(func.random()).limit(repeat + 1)
                )
            )
        )
        nit = iter(nota_ids * 3)

        def nota() -> None:
            oid = next(nit)
            doc = db.read(lambda s: documents.build_document(s, oid, DocKind.NOTA, now=now))
            documents.render(doc, PaperSize.A5)

        figs.append(
            Figure(
                "nota: build_document + render (A5)", "≤ 50 ms", timed(nota, repeat, warmup=2), limit=0.050
            )
        )

        # ---- the routine reports, as the owner (money figures included): the month just
        # ended and yesterday's daily closing, each one read transaction
        owner = db.read(lambda s: default_actor(s, now))
        last_month = today.replace(day=1) - dt.timedelta(days=1)
        month = db.read(
            lambda s: reports.period_report(s, ReportKind.MONTHLY, last_month, actor=owner, now=now)
        )
        figs.append(
            Figure(
                f"monthly report ({month.period.label}, period_report)",
                "≤ 2 s",
                timed(
                    lambda: db.read(
                        lambda s: reports.period_report(
                            s, ReportKind.MONTHLY, last_month, actor=owner, now=now
                        )
                    ),
                    max(3, repeat // 2),
                ),
                limit=2.0,
                note=_month_note(month),
            )
        )
        yesterday = today - dt.timedelta(days=1)
        closing = db.read(lambda s: reports.daily_closing(s, yesterday, actor=owner, now=now))
        figs.append(
            Figure(
                f"daily closing ({closing.period.label}, daily_closing)",
                "—",
                timed(
                    lambda: db.read(lambda s: reports.daily_closing(s, yesterday, actor=owner, now=now)),
                    max(3, repeat // 2),
                ),
                note=_closing_note(closing),
            )
        )

        # ---- tokodesk daily, on a copy (it writes); a fresh copy per run
        daily_times = []
        summary = None
        for _ in range(1 if quick else 3):
            copy = tmp / "daily.sqlite3"
            for f in tmp.glob("daily.sqlite3*"):
                f.unlink()
            copy_db(db_path, copy)
            cdb = open_database(str(copy), now=now)
            try:
                t = time.perf_counter()
                summary, _ = cdb.write(lambda s: run_daily(s, today, now=now))
                daily_times.append(time.perf_counter() - t)
            finally:
                cdb.close()
        figs.append(
            Figure(
                "tokodesk daily (run_daily, on a copy)",
                "≤ 5 s",
                daily_times,
                limit=5.0,
                note=_daily_note(summary),
            )
        )

        # ---- start-up: whole processes, bare window vs the app (on the daily copy: it writes)
        if not quick:
            reps = max(3, min(repeat, 10))
            bare, bare_all, app, app_all = startup_times(tmp / "daily.sqlite3", reps, tmp)
            ratio = statistics.median(app) / statistics.median(bare)
            ratio_all = statistics.median(app_all) / statistics.median(bare_all)
            figs.append(Figure("bare PySide6 QMainWindow: process start → shown", "—", bare))
            figs.append(Figure("TokoDesk: process start → main window + database_ready", "—", app))
            figs.append(
                Figure("start-up ratio (ready, medians)", "≤ 1.5×", text=f"{ratio:.2f}×", ok=ratio <= 1.5)
            )
            figs.append(Figure("bare window: whole process (to exit)", "—", bare_all))
            figs.append(Figure("TokoDesk: whole process (to exit, workers joined)", "—", app_all))
            figs.append(
                Figure("start-up ratio (whole process, medians)", "(≤ 1.5×)", text=f"{ratio_all:.2f}×")
            )
            kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
            figs.append(
                Figure(
                    "peak memory, largest start-up process", "≤ 400 MB", text=f"{kids:.0f} MB", ok=kids <= 400
                )
            )
    finally:
        db.close()
        shutil.rmtree(tmp, ignore_errors=True)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB
    figs.append(
        Figure(
            "peak memory, this benchmark process (all of the above)",
            "≤ 400 MB",
            text=f"{peak:.0f} MB",
            ok=peak <= 400,
        )
    )
    return figs


def _daily_note(summary) -> str:
    if summary is None:
        return ""
    return (
        f"queued {len(summary.queued)}, forfeited {len(summary.forfeited)}, "
        f"needs a decision {len(summary.needs_decision)}, at risk {len(summary.at_risk)}"
    )


def _month_note(r) -> str:
    return (
        f"{r.orders_total:,} orders taken, {r.due:,} pickups due ({r.still_waiting:,} still waiting), "
        f"{len(r.overdue):,} overdue at the end, {r.complaints_opened} complaints, {r.rating_count} ratings"
    )


def _closing_note(r) -> str:
    return (
        f"{len(r.money_in)} money-in lines, {r.money_in_total:,} in; {len(r.refunds)} refunds, "
        f"{len(r.forfeitures)} forfeitures, {len(r.pending)} pending, "
        f"{len(r.cod_outstanding)} COD not yet received"
    )


def table(figs: list[Figure]) -> str:
    lines = ["| what | median | p95 | n | budget | |", "|---|---|---|---|---|---|"]
    for f in figs:
        if f.text is not None:
            lines.append(f"| {f.name} | {f.text} | | | {f.budget} | {f.verdict()} |")
        elif not f.times:
            lines.append(f"| {f.name} | n/a | | | {f.budget} | {f.note} |")
        else:
            lines.append(
                f"| {f.name} | {ms(f.median)} | {ms(f.p95)} | {len(f.times)} | {f.budget} | {f.verdict()} |"
            )
    notes = [f"- {f.name}: {f.note}" for f in figs if f.note and f.times]
    return "\n".join(lines + (["", *notes] if notes else []))


def counts(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        parts = [
            f"{t} {con.execute(f'SELECT count(*) FROM {t}').fetchone()[0]:,}"
            for t in (
                "customers",
                "orders",
                "ledger_entries",
                "log_entries",
                "log_attachments",
                "attachments",
            )
        ]
    finally:
        con.close()
    return ", ".join(parts)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.splitlines()[0])
    p.add_argument("db", type=Path)
    p.add_argument("--repeat", type=int, default=20)
    p.add_argument("--quick", action="store_true", help="smoke run: 3 repeats, no start-up processes")
    p.add_argument("--today", type=dt.date.fromisoformat, default=None)
    a = p.parse_args(argv)
    if not a.db.exists():
        p.error(f"{a.db} does not exist (make one with python -m bench.generate)")
    repeat = 3 if a.quick else max(5, a.repeat)
    t = time.perf_counter()
    figs = run(a.db, repeat=repeat, quick=a.quick, today=a.today)
    print(f"Database: {a.db} ({a.db.stat().st_size / 2**20:.0f} MB): {counts(a.db)}")
    print(
        f"Python {sys.version.split()[0]}, SQLite {sqlite3.sqlite_version}, {os.cpu_count()} CPUs; "
        f"repeats {repeat}; took {time.perf_counter() - t:.0f} s\n"
    )
    print(table(figs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
