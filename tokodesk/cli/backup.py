"""``tokodesk backup`` and ``tokodesk restore``: the owner's backups from the command line.

    tokodesk backup [--out FOLDER]  [--owner NAMA] [--pin-stdin] [--db URL]
    tokodesk restore BERKAS         [--owner NAMA] [--pin-stdin] [--db URL]

Both are the owner's: they sign the owner in first with the PIN (``getpass``, or one line
of standard input with ``--pin-stdin``; the same code as ``tokodesk staff``), then run the
service as that person.  ``backup`` writes into ``--out`` or the backup folder set in the
app, checks the copy and thins the folder out; exit status 0 with the file's name, 1 with
the reason.  ``restore`` checks the file, backs up the current state first, then replaces
the database; on a new, empty database without an owner (a new computer) it asks no PIN.
"""

from __future__ import annotations

import argparse
import datetime as dt

from tokodesk.cli.main import EXIT_OK, _fail, _say, _with_db
from tokodesk.cli.staff import NO_OWNER, _Pins, _Refused, _sign_in, _signer


def register(verbs) -> None:
    """Add ``backup`` and ``restore`` to the ``tokodesk`` verbs."""
    b = verbs.add_parser(
        "backup",
        help="cadangkan seluruh database (lampiran ikut) lalu periksa cadangannya (khusus pemilik)",
        description="Cadangkan seluruh database ke folder cadangan (atau --out FOLDER) selagi "
        "aplikasi tetap berjalan. Cadangan diperiksa sesudah ditulis (bisa dibuka, lolos "
        "pemeriksaan integritas dan segel bukti); cadangan lama dirampingkan menurut rotasi "
        "(bawaan: 7 harian, 4 mingguan, 12 bulanan). Meminta PIN pemilik.",
    )
    b.add_argument(
        "--out",
        metavar="FOLDER",
        help="folder tujuan (bawaan: folder cadangan yang diatur di aplikasi)",
    )
    _options(b)
    b.set_defaults(handler=run_backup)

    r = verbs.add_parser(
        "restore",
        help="pulihkan database dari berkas cadangan (khusus pemilik)",
        description="Pulihkan database dari berkas cadangan. Berkasnya diperiksa dulu; keadaan "
        "sekarang dicadangkan dulu (ke folder cadangan, atau di samping database); baru sesudah itu "
        "database diganti. Tutup TokoDesk dulu. Meminta PIN pemilik.",
    )
    r.add_argument(
        "file", metavar="BERKAS", help="berkas cadangan, contoh tokodesk-2026-11-23-0300-daily.sqlite3"
    )
    _options(r)
    r.set_defaults(handler=run_restore)


def _options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--owner",
        metavar="NAMA",
        help="akun yang masuk (wajib bila ada lebih dari satu pemilik aktif)",
    )
    p.add_argument(
        "--pin-stdin",
        action="store_true",
        help="baca PIN pemilik dari baris pertama masukan standar",
    )
    p.add_argument(
        "--db",
        metavar="URL",
        help="database: berkas SQLite atau URL (bawaan: database di folder data pengguna)",
    )


def _owner(db, args: argparse.Namespace, now: dt.datetime, *, empty_ok: bool = False):
    """The signed-in owner; None only when ``empty_ok`` and the database has no owner yet."""
    from tokodesk.services import staff

    first_run, rows = db.read(lambda s: (staff.needs_owner(s), staff.list_staff(s)))
    if first_run:
        if empty_ok:
            return None  # the service decides whether there is anything to protect
        raise _Refused(NO_OWNER)
    account = _signer(rows, args.owner)
    return _sign_in(db, account.id, _Pins(args.pin_stdin).current(), now)


def _mb(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB".replace(".", ",")


def _counts(verdict) -> str:
    return (
        f"{verdict.count('customers')} pelanggan, {verdict.count('orders')} pesanan, "
        f"{verdict.count('ledger_entries')} entri pembayaran, {verdict.count('log_entries')} catatan, "
        f"{verdict.count('attachments')} lampiran"
    )


def _chains(verdict) -> str:
    from tokodesk.services.chain import CHAIN_NAMES

    return ", ".join(f"{CHAIN_NAMES[c.chain]} {c.length}" for c in verdict.chains) or "-"


def run_backup(args: argparse.Namespace) -> int:
    from tokodesk.domain.errors import DomainError
    from tokodesk.services import backup

    now = dt.datetime.now(dt.UTC)

    def work(db) -> int:
        try:
            actor = _owner(db, args, now)
            result = backup.backup_now(db, actor=actor, now=now, kind=backup.MANUAL, folder=args.out)
        except (_Refused, DomainError) as e:
            return _fail(str(e))
        v = result.verdict
        _say(f"Cadangan dibuat dan diperiksa: {result.path}")
        _say(f"  {_mb(result.size)}, {result.seconds:.1f} detik".replace(".", ","))
        _say(f"  integritas: {v.integrity}; segel bukti utuh ({_chains(v)})")
        _say(f"  isi: {_counts(v)}")
        if result.removed:
            _say(f"  {len(result.removed)} cadangan lama dihapus menurut rotasi:")
            for p in result.removed:
                _say(f"    {p.name}")
        return EXIT_OK

    return _with_db(args, now, work)


def run_restore(args: argparse.Namespace) -> int:
    from pathlib import Path

    from tokodesk.domain.errors import DomainError
    from tokodesk.services import backup

    now = dt.datetime.now(dt.UTC)
    chosen = Path(args.file).expanduser()
    if not chosen.is_file():
        return _fail(f"Berkas cadangan «{args.file}» tidak ditemukan; database tidak diubah.")

    def work(db) -> int:
        try:
            actor = _owner(db, args, now, empty_ok=True)
            result = backup.restore(db, chosen, actor=actor, now=now)
        except (_Refused, DomainError) as e:
            return _fail(str(e))
        v = result.verdict
        _say(f"Database dipulihkan dari {result.restored_from}")
        _say(f"  isi: {_counts(v)}; segel bukti utuh ({_chains(v)})")
        if result.upgraded:
            _say("  cadangan dari versi TokoDesk yang lebih lama; sudah diperbarui ke versi ini.")
        _say(f"  keadaan sebelumnya dicadangkan ke {result.before.path}")
        return EXIT_OK

    return _with_db(args, now, work)
