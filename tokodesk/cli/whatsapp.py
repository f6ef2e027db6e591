"""``tokodesk log import-whatsapp --customer PHONE FILE [--order CODE] [--sender NAME] [--db URL]``

Imports a WhatsApp "Export chat" file (``.txt``, or ``.zip`` with the media) into the
customer's communication log, in one transaction.  Prints ``N pesan diimpor, M sudah ada``,
which senders were taken as the customer and which as the shop (so a wrong guess is seen at
once; ``--sender`` names the customer when the chat shows them under another name), and, on
stderr, each line that was skipped or imported only in part, with its number.
Exit status 0 when the export was read (even with such lines), 1 when it was refused (not a
chat export, unreadable, unknown customer or order, senders that cannot be told apart;
nothing is written), 2 for wrong usage.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path


def register(log_verbs, common: Callable[[argparse.ArgumentParser], None]) -> None:
    """Add ``import-whatsapp`` to the ``log`` sub-commands."""
    p = log_verbs.add_parser(
        "import-whatsapp",
        help="impor ekspor chat WhatsApp (.txt atau .zip) ke catatan pelanggan",
        description="Impor hasil «Ekspor chat» WhatsApp ke catatan komunikasi pelanggan: setiap "
        "pesan menjadi satu entri dengan waktu aslinya, arah (dari/ke pelanggan) dan medianya. "
        "Mengimpor berkas yang sama dua kali tidak menambah apa pun.",
    )
    p.add_argument("file", metavar="BERKAS", help="ekspor chat: .txt, atau .zip berisi .txt dan media")
    p.add_argument("--customer", metavar="NO_HP", required=True, help="No. HP pelanggan")
    p.add_argument("--order", metavar="KODE", help="kode pesanan yang dibicarakan (opsional)")
    p.add_argument(
        "--sender",
        metavar="NAMA",
        action="append",
        default=[],
        help="nama pengirim di chat yang adalah pelanggan, bila namanya di chat berbeda (boleh diulang)",
    )
    common(p)
    p.set_defaults(handler=import_whatsapp)


def import_whatsapp(args: argparse.Namespace) -> int:
    from tokodesk.cli.main import EXIT_OK, MAX_PROBLEMS_SHOWN, _fail, _now, _say, _with_db
    from tokodesk.domain.errors import DomainError
    from tokodesk.services import log as log_service
    from tokodesk.services import whatsapp

    now = _now(args)
    path = Path(args.file)
    try:  # before the database is opened (or created)
        with path.open("rb"):
            pass
    except OSError as e:
        return _fail(f"Berkas tidak bisa dibaca: {args.file}: {e.strerror}")

    def work(db) -> int:
        def run(s):
            customer_id, name, order_id = log_service.find_target(s, args.customer, args.order)
            summary = whatsapp.import_chat(
                s,
                customer_id,
                path,
                actor=db.actor,
                now=now,
                order_id=order_id,
                name=path.name,
                customer_senders=args.sender,
            )
            return summary, name

        try:
            summary, name = db.write(run)
        except whatsapp.SenderUnknown as e:
            return _fail(f"{e} (pakai --sender NAMA)")
        except DomainError as e:
            return _fail(str(e))
        _say(f"{summary.added} pesan diimpor, {summary.skipped_existing} sudah ada ({name}, {path.name}).")
        if summary.customer_senders or summary.shop_senders:
            _say(
                f"Dari pelanggan: {', '.join(summary.customer_senders) or '-'}; "
                f"ke pelanggan: {', '.join(summary.shop_senders) or '-'}."
            )
        if summary.date_order_reason == "default" and summary.added:
            order = "hari/bulan/tahun" if summary.date_order == "dmy" else "bulan/hari/tahun"
            _say(f"Catatan: urutan tanggal tidak bisa dipastikan dari isinya; dibaca sebagai {order}.")
        for p in summary.problems[:MAX_PROBLEMS_SHOWN]:
            _say(f"  baris {p.line}: {p.message}", sys.stderr)
        if len(summary.problems) > MAX_PROBLEMS_SHOWN:
            _say(f"  ... dan {len(summary.problems) - MAX_PROBLEMS_SHOWN} masalah lain", sys.stderr)
        return EXIT_OK

    return _with_db(args, now, work)
