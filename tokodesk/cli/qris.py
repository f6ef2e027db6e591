"""``tokodesk qris``: the payment code of an order as a PNG, or a QRIS payload checked.

    tokodesk qris --order KODE --out BERKAS.png [--amount N] [--db URL] [--today TTTT-BB-HH]
    tokodesk qris --check PAYLOAD

``--order`` writes the QRIS payment code of the order's amount due now (the balance not
covered by payments waiting to clear, plus the storage fee accrued today), or of
``--amount`` (whole rupiah, e.g. a delivery fee).  It is refused for an order with nothing
left to pay and for a shop that has not loaded its QRIS.  ``--check`` reads a payload
without a database and prints its fields, or says why it is not a usable QRIS.  Exit status
0 on success, 1 with the reason, 2 wrong usage.
"""

from __future__ import annotations

import argparse
import io

from tokodesk.cli.main import EXIT_OK, _fail, _now, _say, _with_db


def _amount(text: str) -> int:
    from tokodesk.domain.errors import InvalidInput
    from tokodesk.domain.money import parse_rupiah

    try:
        return parse_rupiah(text, field="--amount", allow_negative=True)
    except InvalidInput as e:
        raise argparse.ArgumentTypeError(str(e)) from e


def register(verbs, common) -> None:
    p = verbs.add_parser(
        "qris",
        help="kode bayar QRIS sebuah pesanan sebagai PNG, atau periksa isi kode QRIS",
        description="Tulis kode bayar QRIS (nominal sudah terisi) untuk sisa tagihan pesanan, atau "
        "periksa sebuah kode QRIS dan tampilkan isinya.",
    )
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--order", metavar="KODE", help="kode pesanan, contoh TD-2611-0042")
    what.add_argument("--check", metavar="PAYLOAD", help="isi kode QRIS yang diperiksa (000201…)")
    p.add_argument("--out", metavar="BERKAS", help="berkas PNG tujuan (wajib dengan --order)")
    p.add_argument(
        "--amount",
        metavar="N",
        type=_amount,
        help="nominal lain dalam rupiah utuh (bawaan: sisa tagihan hari ini)",
    )
    common(p)
    p.set_defaults(handler=run_qris)


def describe(code) -> list[str]:
    from tokodesk.domain.money import format_rupiah

    lines = [
        f"Merchant : {code.merchant_name}",
        f"Kota     : {code.merchant_city}",
    ]
    if code.merchant_id:
        lines.append(f"NMID     : {code.merchant_id}")
    if code.acquirer:
        lines.append(f"Penerbit : {code.acquirer}")
    lines.append(
        f"Jenis    : {'dinamis (nominal terisi)' if code.dynamic else 'statis (nominal diisi pembayar)'}"
    )
    if code.amount is not None:
        lines.append(f"Nominal  : {format_rupiah(code.amount)}")
    if code.bill_number:
        lines.append(f"Tagihan  : {code.bill_number}")
    lines.append("CRC      : cocok")
    return lines


def png_of(payload: str) -> bytes:
    """The code as a PNG: 10 pixels a module and the standard quiet zone, sharp when printed."""
    import qrcode
    from qrcode.constants import ERROR_CORRECT_M

    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=4, box_size=10)
    code.add_data(payload)
    code.make(fit=True)
    buf = io.BytesIO()
    code.make_image().save(buf, format="PNG")
    return buf.getvalue()


def run_qris(args: argparse.Namespace) -> int:
    from tokodesk.domain import qris
    from tokodesk.domain.errors import DomainError
    from tokodesk.domain.money import format_rupiah
    from tokodesk.services.files import FileProblem, write_atomically

    if args.check is not None:
        try:
            code = qris.read(args.check)
        except qris.QrisError as e:
            return _fail(f"Bukan kode QRIS yang bisa dipakai: {e}")
        for line in describe(code):
            _say(line)
        return EXIT_OK
    if not args.out:
        return _fail("Sebutkan berkas tujuan dengan --out BERKAS.png")
    if args.amount is not None and args.amount <= 0:
        return _fail("Jumlah bayar QRIS harus lebih dari Rp0")
    now = _now(args)

    def work(db) -> int:
        from tokodesk.services import qris as qris_service
        from tokodesk.services.context import local_today

        try:
            order_id = db.read(lambda s: qris_service.order_id_for_code(s, args.order))
            if order_id is None:
                return _fail(f"Tidak ada pesanan dengan kode «{args.order.strip()}»")
            pay = db.read(
                lambda s: qris_service.order_code(s, order_id, local_today(now), amount=args.amount)
            )
            write_atomically(args.out, png_of(pay.payload))
        except (DomainError, FileProblem) as e:
            return _fail(str(e))
        fee = f" (termasuk biaya simpan {format_rupiah(pay.storage_fee)})" if pay.storage_fee else ""
        code = args.order.strip().upper()
        _say(f"Kode bayar QRIS {format_rupiah(pay.amount)}{fee} untuk {code} disimpan ke {args.out}.")
        return EXIT_OK

    return _with_db(args, now, work)
