"""The command line: ``tokodesk import|export|demo ...``.

Each command opens the database, runs one service in one transaction and prints a short
summary in Indonesian.  Exit status: 0 done, 1 refused (bad file, bad rows, database
problem; the reason is on stderr, nothing was changed), 2 wrong usage.  A user's mistake
never shows a traceback; a bug still does.

    tokodesk import customers|orders FILE        [--db URL] [--today YYYY-MM-DD]
    tokodesk export customers|orders --out FILE  [--format csv|xlsx] [--db URL] [--today ...]
    tokodesk demo --db FILE                      [--seed N] [--today YYYY-MM-DD]
    tokodesk daily                               [--db URL] [--today YYYY-MM-DD]
    tokodesk backup [--out FOLDER] / restore BERKAS  (cli/backup.py; owner's PIN)
    tokodesk report daily|weekly|monthly --out FILE.pdf|FILE.xlsx [--date YYYY-MM-DD]  (cli/report.py)
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from tokodesk.domain.log import Channel, Direction

if TYPE_CHECKING:
    from tokodesk.services.database import Database

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2
MAX_PROBLEMS_SHOWN = 200

# argparse speaks English; the messages it can produce for these commands, in Indonesian
_ARGPARSE_ID = [
    (re.compile(r"the following arguments are required: (.*)"), r"argumen wajib belum diisi: \1"),
    (re.compile(r"unrecognized arguments: (.*)"), r"argumen tidak dikenal: \1"),
    (re.compile(r"invalid choice: (.*) \(choose from (.*)\)"), r"pilihan \1 tidak dikenal (pilih: \2)"),
    (re.compile(r"expected one argument"), "perlu satu nilai"),
    (re.compile(r"invalid (\w+) value: (.*)"), r"nilai \2 tidak sah"),
    (re.compile(r"ambiguous option: (.*) could match (.*)"), r"pilihan \1 bisa berarti \2"),
    (re.compile(r"^argument "), "argumen "),
]


def _indonesian(message: str) -> str:
    for pattern, repl in _ARGPARSE_ID:
        message = pattern.sub(repl, message)
    return message


class _Formatter(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):
        return super().add_usage(usage, actions, groups, "pemakaian: " if prefix is None else prefix)


class _Parser(argparse.ArgumentParser):
    """An argparse parser that complains in Indonesian (exit status 2)."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        kwargs.setdefault("add_help", False)
        super().__init__(*args, **kwargs)
        self._positionals.title = "argumen"
        self._optionals.title = "pilihan"
        self.add_argument("-h", "--help", action="help", help="tampilkan bantuan ini lalu keluar")

    def error(self, message: str):
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: {_indonesian(message)}\n")


def _day(text: str) -> dt.date:
    from tokodesk.domain.dates import parse_iso_date
    from tokodesk.domain.errors import InvalidInput

    try:
        return parse_iso_date(text, field="--today")
    except InvalidInput as e:
        raise argparse.ArgumentTypeError(str(e)) from e


def _common(p: argparse.ArgumentParser, *, db_required: bool = False) -> None:
    p.add_argument(
        "--db",
        metavar="URL",
        required=db_required,
        help="database: berkas SQLite atau URL (bawaan: database di folder data pengguna)",
    )
    p.add_argument(
        "--today",
        metavar="TTTT-BB-HH",
        type=_day,
        help="anggap hari ini tanggal ini (untuk uji coba dan laporan susulan)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="tokodesk", description="TokoDesk dari baris perintah.")
    verbs = parser.add_subparsers(dest="verb", metavar="PERINTAH", parser_class=_Parser, required=True)

    imp = verbs.add_parser(
        "import",
        help="impor pelanggan atau pesanan dari berkas CSV/XLSX",
        description="Impor pelanggan atau pesanan. Seluruh berkas diperiksa dulu; bila ada baris "
        "yang salah, semua kesalahan ditampilkan dengan nomor barisnya dan tidak ada yang diimpor.",
    )
    imp.add_argument(
        "what", choices=["customers", "orders"], help="customers (pelanggan) atau orders (pesanan)"
    )
    imp.add_argument("file", metavar="BERKAS", help="berkas .csv atau .xlsx")
    _common(imp)
    imp.set_defaults(handler=_import)

    exp = verbs.add_parser(
        "export",
        help="ekspor pelanggan atau pesanan ke berkas CSV/XLSX",
        description="Ekspor pelanggan atau pesanan (satu baris per pesanan) ke berkas.",
    )
    exp.add_argument(
        "what", choices=["customers", "orders"], help="customers (pelanggan) atau orders (pesanan)"
    )
    exp.add_argument(
        "--format", choices=["csv", "xlsx"], help="format berkas (bawaan: menurut akhiran nama berkas)"
    )
    exp.add_argument("--out", metavar="BERKAS", required=True, help="berkas tujuan")
    _common(exp)
    exp.set_defaults(handler=_export)

    daily = verbs.add_parser(
        "daily",
        help="jalankan aturan harian: pengingat, biaya simpan, batal otomatis",
        description="Jalankan aturan pengambilan untuk satu hari: antrekan pengingat yang jatuh "
        "tempo, batalkan otomatis pesanan yang tidak diambil (DP ditahan), dan daftar pesanan yang "
        "perlu keputusan. Aman dijalankan berkali-kali: hari yang sama tidak mengubah apa pun lagi. "
        "Cocok untuk tugas terjadwal (Task Scheduler/cron).",
    )
    _common(daily)
    daily.set_defaults(handler=_daily)

    demo = verbs.add_parser(
        "demo",
        help="isi database kosong dengan data demo",
        description="Isi database KOSONG dengan pelanggan dan pesanan contoh (untuk mencoba aplikasi "
        "dan membuat tangkapan layar). Database yang sudah berisi data ditolak.",
    )
    demo.add_argument(
        "--seed", type=int, default=2611, help="benih acak: angka sama, data sama (bawaan 2611)"
    )
    _common(demo, db_required=True)
    demo.set_defaults(handler=_demo)

    prn = verbs.add_parser(
        "print",
        help="cetak nota, slip, nota lunas atau lembar konfirmasi sebagai PDF",
        description="Buat dokumen sebuah pesanan sebagai berkas PDF, dengan S&K versi yang berlaku "
        "saat pesanan diambil.",
    )
    prn.add_argument(
        "kind",
        choices=["nota", "slip", "final", "confirmation"],
        help="nota, slip (slip pengambilan), final (nota lunas), confirmation (lembar konfirmasi)",
    )
    prn.add_argument("code", metavar="KODE", help="kode pesanan, contoh TD-2611-0042")
    prn.add_argument(
        "--size", choices=["a4", "a5", "a6", "58mm", "80mm"], default="a5", help="ukuran kertas (bawaan a5)"
    )
    prn.add_argument("--out", metavar="BERKAS.pdf", required=True, help="berkas PDF tujuan")
    _common(prn)
    prn.set_defaults(handler=_print)

    log = verbs.add_parser(
        "log", help="catatan komunikasi pelanggan", description="Catatan komunikasi pelanggan."
    )
    log_verbs = log.add_subparsers(dest="log_verb", metavar="PERINTAH", parser_class=_Parser, required=True)
    add = log_verbs.add_parser(
        "add",
        help="catat pesan, telepon atau catatan",
        description="Tambah satu entri ke catatan komunikasi pelanggan (tidak bisa diubah sesudahnya).",
    )
    add.add_argument("--customer", metavar="NO_HP", required=True, help="No. HP pelanggan")
    add.add_argument("--order", metavar="KODE", help="kode pesanan yang dibicarakan (opsional)")
    add.add_argument("--channel", required=True, choices=[c.value for c in Channel], help="saluran")
    add.add_argument(
        "--direction",
        required=True,
        choices=["in", "out", "note"],
        help="in (dari pelanggan), out (ke pelanggan), note (catatan internal)",
    )
    add.add_argument("--text", default="", help="isi pesan atau catatan")
    add.add_argument("--at", metavar='"TTTT-BB-HH JJ:MM"', help="waktu kejadian (bawaan: sekarang)")
    add.add_argument(
        "--attach", metavar="BERKAS", nargs="*", default=[], help="lampiran (gambar, PDF, suara)"
    )
    _common(add)
    add.set_defaults(handler=_log_add)
    from tokodesk.cli.whatsapp import register as register_whatsapp

    register_whatsapp(log_verbs, _common)

    ver = verbs.add_parser(
        "verify",
        help="periksa segel catatan bukti",
        description="Periksa ulang segel catatan komunikasi, buku pembayaran dan riwayat status. "
        "Keluar 0 bila utuh, 1 dengan entri pertama yang tidak cocok dan sebabnya.",
    )
    _common(ver)
    ver.set_defaults(handler=_verify)
    from tokodesk.cli.evidence import register as register_evidence

    register_evidence(verbs, _common)
    from tokodesk.cli.staff import register as register_staff

    register_staff(verbs)
    from tokodesk.cli.backup import register as register_backup

    register_backup(verbs)
    from tokodesk.cli.report import register as register_report

    register_report(verbs)
    from tokodesk.cli.qris import register as register_qris

    register_qris(verbs, _common)
    return parser


def run(argv: list[str]) -> int:
    """Run one command (``argv`` starts with the verb); returns the exit status."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:  # --help, or a usage error already reported
        return e.code if isinstance(e.code, int) else EXIT_USAGE
    try:
        return args.handler(args)
    except KeyboardInterrupt:
        _say("Dibatalkan; tidak ada yang diubah.", sys.stderr)
        return 130


# ------------------------------------------------------------------------------ helpers


def _say(text: str, stream: TextIO | None = None) -> None:
    """Print even where the console cannot show every character (Windows code pages)."""
    stream = stream or sys.stdout
    try:
        print(text, file=stream)
    except UnicodeEncodeError:
        encoding = getattr(stream, "encoding", None) or "ascii"
        print(text.encode(encoding, "replace").decode(encoding), file=stream)


def _fail(text: str) -> int:
    _say(text, sys.stderr)
    return EXIT_REFUSED


def _now(args: argparse.Namespace) -> dt.datetime:
    from tokodesk.services.context import now_for_day

    real = dt.datetime.now(dt.UTC)
    return now_for_day(args.today, real) if args.today else real.astimezone()


def _with_db(args: argparse.Namespace, now: dt.datetime, work: Callable[[Database], int]) -> int:
    """Open the database, run ``work(db)``, close it.  Database trouble becomes a message
    and exit status 1; ``work``'s own refusals are handled by the caller's ``work``."""
    from alembic.util.exc import CommandError
    from sqlalchemy.exc import SQLAlchemyError

    from tokodesk.services.database import db_problem, open_database

    try:
        db = open_database(args.db, now=now)
    except (SQLAlchemyError, CommandError, OSError, ImportError) as e:
        return _fail(f"Database tidak bisa dibuka: {db_problem(e)}")
    try:
        return work(db)
    except SQLAlchemyError as e:
        return _fail(f"Gagal menyimpan ke database; tidak ada yang diubah: {db_problem(e)}")
    finally:
        db.close()


def _where(db) -> str:
    from sqlalchemy.engine import make_url

    from tokodesk.db.engine import sqlite_path

    path = sqlite_path(db.url)
    return str(path) if path is not None else make_url(db.url).render_as_string(hide_password=True)


# ------------------------------------------------------------------------------ commands


def _import(args: argparse.Namespace) -> int:
    from tokodesk.domain.errors import DomainError
    from tokodesk.services import exchange

    try:
        table = exchange.read_table(args.file)
    except exchange.FileProblem as e:
        return _fail(str(e))
    now = _now(args)

    def work(db) -> int:
        try:
            if args.what == "customers":
                c = db.write(lambda s: exchange.import_customers(s, table, actor=db.actor, now=now))
                summary = f"{c.imported} pelanggan diimpor"
                if c.skipped:
                    summary += f", {c.skipped} dilewati (sudah ada)"
            else:
                o = db.write(lambda s: exchange.import_orders(s, table, actor=db.actor, now=now))
                summary = f"{o.orders} pesanan ({o.items} baris barang) diimpor"
                if o.new_customers:
                    summary += f", {o.new_customers} pelanggan baru"
        except exchange.ImportRejected as e:
            _say(f"{table.name}: {e}", sys.stderr)
            for p in e.problems[:MAX_PROBLEMS_SHOWN]:
                _say(f"  {p}", sys.stderr)
            if len(e.problems) > MAX_PROBLEMS_SHOWN:
                _say(f"  ... dan {len(e.problems) - MAX_PROBLEMS_SHOWN} kesalahan lain", sys.stderr)
            return EXIT_REFUSED
        except DomainError as e:
            return _fail(str(e))
        _say(f"{summary} dari {table.name}.")
        return EXIT_OK

    return _with_db(args, now, work)


def _export(args: argparse.Namespace) -> int:
    from tokodesk.domain.errors import DomainError
    from tokodesk.services import exchange

    try:
        fmt = exchange.file_format(args.out, args.format)
    except exchange.FileProblem as e:
        return _fail(str(e))
    now = _now(args)

    def work(db) -> int:
        try:
            if args.what == "customers":
                n = db.read(lambda s: exchange.export_customers(s, args.out, fmt))
                what = "pelanggan"
            else:
                day = now.astimezone().date()
                n = db.read(lambda s: exchange.export_orders(s, args.out, fmt, day=day))
                what = "pesanan"
        except DomainError as e:
            return _fail(str(e))
        _say(f"{n} {what} diekspor ke {args.out}.")
        return EXIT_OK

    return _with_db(args, now, work)


def _print(args: argparse.Namespace) -> int:
    from tokodesk.documents.model import DocKind, PaperSize
    from tokodesk.domain.errors import DomainError
    from tokodesk.services import documents
    from tokodesk.services.files import FileProblem, write_atomically

    now = _now(args)

    def work(db) -> int:
        try:
            doc = db.read(lambda s: documents.document_for_code(s, args.code, DocKind(args.kind), now=now))
            pdf = documents.render(doc, PaperSize(args.size))
            write_atomically(args.out, pdf)
        except (DomainError, FileProblem) as e:
            return _fail(str(e))
        _say(f"{args.kind} {doc.code} ({args.size}) disimpan ke {args.out}.")
        return EXIT_OK

    return _with_db(args, now, work)


def _parse_at(text: str | None) -> dt.datetime | None:
    if not text:
        return None
    try:
        return dt.datetime.strptime(text.strip(), "%Y-%m-%d %H:%M").astimezone()
    except ValueError:
        raise ValueError(
            f"Waktu «{text}» tidak sah; tulis TTTT-BB-HH JJ:MM, contoh 2026-11-22 14:05"
        ) from None


def _log_add(args: argparse.Namespace) -> int:
    from tokodesk.domain.errors import DomainError
    from tokodesk.services import log as log_service

    now = _now(args)
    try:
        at = _parse_at(args.at)
        files = [log_service.FileInput(Path(f).name, Path(f).read_bytes()) for f in args.attach]
    except ValueError as e:
        return _fail(str(e))
    except OSError as e:
        return _fail(f"Lampiran tidak bisa dibaca: {e.filename}: {e.strerror}")

    def work(db) -> int:
        def add(s):
            customer_id, name, order_id = log_service.find_target(s, args.customer, args.order)
            data = log_service.LogInput(
                customer_id=customer_id,
                channel=Channel(args.channel),
                direction=Direction(args.direction),
                text=args.text,
                order_id=order_id,
                happened_at=at,
                attachments=files,
            )
            entry_id, _ = log_service.add_entry(s, data, actor=db.actor, now=now)
            return entry_id, name

        try:
            entry_id, name = db.write(add)
        except DomainError as e:
            return _fail(str(e))
        _say(f"Catatan #{entry_id} untuk {name} disimpan.")
        return EXIT_OK

    return _with_db(args, now, work)


def _verify(args: argparse.Namespace) -> int:
    from tokodesk.services.chain import CHAIN_NAMES, verify

    now = _now(args)

    def work(db) -> int:
        reports = db.read(verify)
        bad = [r for r in reports if r.problem is not None]
        for r in reports:
            state = "UTUH" if r.problem is None else "RUSAK"
            _say(f"{CHAIN_NAMES[r.chain]}: {r.length} entri, {state}")
        for r in bad:
            _say(f"  {r.problem.message}", sys.stderr)
        return EXIT_OK if not bad else EXIT_REFUSED

    return _with_db(args, now, work)


def _daily(args: argparse.Namespace) -> int:
    from tokodesk.domain.messages import KIND_LABELS, MessageKind
    from tokodesk.domain.money import format_rupiah
    from tokodesk.services.daily import run_daily

    now = _now(args)
    day = now.astimezone().date()

    def work(db) -> int:
        summary, _ = db.write(lambda s: run_daily(s, day, now=now))
        _say(f"Aturan harian {day.isoformat()}:")
        if not summary.changed:
            _say("  tidak ada perubahan (sudah dijalankan untuk hari ini, atau tidak ada yang jatuh tempo).")
        if summary.queued:
            _say(f"  {len(summary.queued)} pengingat diantrekan:")
            for code, kind in summary.queued:
                _say(f"    {code}: {KIND_LABELS[MessageKind(kind)]}")
        for f in summary.forfeited:
            _say(f"  BATAL OTOMATIS {f.code} ({f.customer}): DP {format_rupiah(f.kept)} ditahan")
        if summary.needs_decision:
            _say(f"  perlu keputusan: {', '.join(summary.needs_decision)}")
        if summary.at_risk:
            _say(f"  berisiko (belum siap, tanggal ambil dekat): {', '.join(summary.at_risk)}")
        return EXIT_OK

    return _with_db(args, now, work)


def _demo(args: argparse.Namespace) -> int:
    from tokodesk.domain.errors import DomainError
    from tokodesk.domain.orders import STATUS_LABELS
    from tokodesk.services.demo import fill_demo

    now = _now(args)

    def work(db) -> int:
        try:
            summary = db.write(lambda s: fill_demo(s, now=now, seed=args.seed))
        except DomainError as e:
            return _fail(str(e))
        _say(
            f"Data demo dibuat di {_where(db)}: {summary.customers} pelanggan, {summary.orders} pesanan, "
            f"{summary.entries} entri pembayaran."
        )
        _say(
            "Status: "
            + ", ".join(
                f"{STATUS_LABELS[s]} {n}" for s, n in sorted(summary.by_status.items(), key=_status_order)
            )
        )
        return EXIT_OK

    return _with_db(args, now, work)


def _status_order(item) -> int:
    from tokodesk.domain.orders import OrderStatus

    return list(OrderStatus).index(item[0])
