"""``tokodesk report daily|weekly|monthly``: a routine report saved as PDF or XLSX.

    tokodesk report daily|weekly|monthly --out BERKAS.pdf|BERKAS.xlsx [--date TTTT-BB-HH]
                                         [--lang id|en] [--owner NAMA] [--pin-stdin] [--db URL]

The daily closing is all money (``Permission.REPORTS``, the owner's by default) and the
system record that unattended commands run as has no such grant, so, as ``tokodesk backup``,
the command signs a person in first with the PIN (``getpass``, or one line of standard input
with ``--pin-stdin``): the only active owner, or the account named by ``--owner``.  A staff
member may sign in with ``--owner NAMA`` for the weekly and monthly reviews; their money
figures are then left out, and a daily closing is refused (and the refusal recorded).

The report is built from one read snapshot, the file written atomically (the old file or the
complete new one), then the export recorded in the audit trail.  ``--date`` picks the day
(or any day of the week or month), today by default.  ``--lang`` is the language of the
report's words (Indonesian or English), the shop's language (``shop.language``) by default.
Exit status 0 with the file written, 1 with the reason, 2 wrong usage.
"""

from __future__ import annotations

import argparse
import datetime as dt

from tokodesk.cli.main import EXIT_OK, _fail, _say, _with_db

KINDS = ("daily", "weekly", "monthly")
LANGUAGES = ("id", "en")


def _date(text: str) -> dt.date:
    from tokodesk.domain.dates import parse_iso_date
    from tokodesk.domain.errors import InvalidInput

    try:
        return parse_iso_date(text, field="--date")
    except InvalidInput as e:
        raise argparse.ArgumentTypeError(str(e)) from e


def register(verbs) -> None:
    """Add ``report`` to the ``tokodesk`` verbs."""
    p = verbs.add_parser(
        "report",
        help="simpan laporan rutin (tutup kas harian, mingguan, bulanan) sebagai PDF atau XLSX",
        description="Buat laporan rutin dan simpan sebagai PDF atau XLSX (menurut akhiran nama "
        "berkas). daily = tutup kas harian (uang masuk, pengembalian, uang di laci, DP hangus, "
        "belum cair, COD, keluhan, ujung rantai bukti; khusus pemilik), weekly = minggu (Senin–"
        "Minggu) dan monthly = bulan yang memuat --date. Meminta PIN pemilik.",
    )
    p.add_argument("kind", choices=KINDS, help="daily (harian), weekly (mingguan) atau monthly (bulanan)")
    p.add_argument(
        "--date",
        metavar="TTTT-BB-HH",
        type=_date,
        help="hari laporan, atau satu hari di minggu/bulannya (bawaan: hari ini)",
    )
    p.add_argument("--out", metavar="BERKAS", required=True, help="berkas tujuan: .pdf atau .xlsx")
    p.add_argument(
        "--lang",
        choices=LANGUAGES,
        help="bahasa laporan: id (Indonesia) atau en (Inggris) (bawaan: bahasa toko di pengaturan)",
    )
    p.add_argument(
        "--owner",
        metavar="NAMA",
        help="akun yang masuk (wajib bila ada lebih dari satu pemilik aktif)",
    )
    p.add_argument(
        "--pin-stdin",
        action="store_true",
        help="baca PIN dari baris pertama masukan standar",
    )
    p.add_argument(
        "--db",
        metavar="URL",
        help="database: berkas SQLite atau URL (bawaan: database di folder data pengguna)",
    )
    p.set_defaults(handler=run_report)


def run_report(args: argparse.Namespace) -> int:
    from pathlib import Path

    from tokodesk.catalogue import check_language
    from tokodesk.cli.backup import _owner
    from tokodesk.cli.staff import _Refused
    from tokodesk.domain.errors import DomainError
    from tokodesk.services import report_export, reports, settings

    out = Path(args.out).expanduser()
    try:
        report_export.report_format(out)  # before asking for a PIN
    except DomainError as e:
        return _fail(str(e))
    now = dt.datetime.now(dt.UTC)
    day = args.date or now.astimezone().date()
    kind = reports.ReportKind(args.kind)

    def work(db) -> int:
        try:
            actor = _owner(db, args, now)

            def build(s):
                language = getattr(args, "lang", None) or check_language(settings.get(s, "shop.language"))
                return reports.build_report(s, kind, day, actor=actor, now=now), language

            try:
                report, language = db.read(build)
            except DomainError as e:
                keep = getattr(e, "after_rollback", None)  # a refusal leaves its trace
                if keep is not None:
                    db.write(keep)
                raise
            path = report_export.export_report(report, out, language)
            db.write(lambda s: report_export.record_export(s, report, path, actor=actor, now=now))
        except (_Refused, DomainError) as e:
            return _fail(str(e))
        _say(f"{report_export.describe(report)} disimpan ke {path}.")
        if isinstance(report, reports.PeriodReport) and not report.include_money:
            _say("  tanpa angka uang (khusus pemilik).")
        return EXIT_OK

    return _with_db(args, now, work)
