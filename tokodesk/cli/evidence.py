"""``tokodesk evidence --customer PHONE | --order CODE --out FILE.zip``: the evidence bundle
(PDF, original attachments, manifest) of a customer or of one order, as one ZIP.

Exactly one of ``--customer`` / ``--order`` is checked here rather than by argparse, whose
messages for a mutually exclusive group are English; a wrong pair is a usage error (2).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from tokodesk.cli.main import EXIT_OK, EXIT_USAGE, _fail, _now, _say, _with_db


def register(verbs, common: Callable[[argparse.ArgumentParser], None]) -> None:
    p = verbs.add_parser(
        "evidence",
        help="buat berkas bukti (PDF + lampiran asli) seorang pelanggan atau satu pesanan",
        description="Buat berkas bukti sebagai ZIP: PDF berisi semua catatan komunikasi (urut "
        "waktu, dengan gambar, staf, kedua waktu dan segelnya), hasil pemeriksaan segel, "
        "pembayaran dan riwayat status pesanan; ditambah lampiran asli dan manifest SHA-256. "
        "Pilih salah satu: --customer atau --order.",
    )
    who = p.add_argument_group("salah satu (wajib)")
    who.add_argument("--customer", metavar="NO_HP", help="semua catatan dan pesanan pelanggan ini")
    who.add_argument(
        "--order",
        metavar="KODE",
        help="satu pesanan: catatannya, catatan yang menyebut kodenya, dan koreksinya",
    )
    p.add_argument("--out", metavar="BERKAS.zip", required=True, help="berkas ZIP tujuan")
    common(p)
    p.set_defaults(handler=_evidence, evidence_parser=p)


def _evidence(args: argparse.Namespace) -> int:
    from tokodesk.domain.errors import DomainError
    from tokodesk.services import evidence
    from tokodesk.services.files import FileProblem

    if bool(args.customer) == bool(args.order):
        args.evidence_parser.print_usage(sys.stderr)
        _say("tokodesk evidence: pilih salah satu: --customer NO_HP atau --order KODE", sys.stderr)
        return EXIT_USAGE
    now = _now(args)

    def work(db) -> int:
        def build(s):
            if args.customer:
                ev = evidence.evidence_for_customer(s, args.customer, actor=db.actor, now=now)
            else:
                ev = evidence.evidence_for_order(s, args.order, actor=db.actor, now=now)
            return evidence.write_bundle(s, ev, args.out)

        try:
            done = db.read(build)
        except (DomainError, FileProblem) as e:
            return _fail(str(e))
        _say(
            f"Bukti disimpan ke {done.path} ({done.size_text}): {done.pdf_name}, {done.entries} catatan, "
            f"{done.attachments} lampiran, {done.orders} pesanan."
        )
        if not done.intact:
            _say("PERHATIAN: ada segel yang rusak; rinciannya ada di PDF.", sys.stderr)
        return EXIT_OK

    return _with_db(args, now, work)
