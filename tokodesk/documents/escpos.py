"""The same documents as ESC/POS bytes for a thermal receipt printer: text laid out in the
roll's columns (32 on 58 mm, 48 on 80 mm) and the QR code printed by the printer itself
(crisper than a raster image and far fewer bytes)."""

from __future__ import annotations

import textwrap

from tokodesk.documents.model import DOC_TITLES, DocKind, OrderDocument, PaperSize
from tokodesk.domain.dates import format_date, format_datetime
from tokodesk.domain.money import format_rupiah

COLUMNS = {PaperSize.MM58: 32, PaperSize.MM80: 48}


def two_cols(left: str, right: str, width: int) -> list[str]:
    """``left`` and ``right`` on one line, right-aligned; wrap the left part if needed."""
    room = width - len(right) - 1
    if room < 8:
        return [*textwrap.wrap(left, width), right.rjust(width)]
    parts = textwrap.wrap(left, room) or [""]
    return [*parts[:-1], parts[-1].ljust(room) + " " + right]


def wrap(text: str, width: int, indent: str = "") -> list[str]:
    out: list[str] = []
    for para in text.splitlines() or [""]:
        out.extend(textwrap.wrap(para, width, initial_indent=indent, subsequent_indent=indent) or [""])
    return out


def render_escpos(doc: OrderDocument, size: PaperSize) -> bytes:
    """ESC/POS bytes for ``doc`` on a 58 mm or 80 mm roll, ending with a cut."""
    if size not in COLUMNS:
        raise ValueError(f"ESC/POS needs a roll size, not {size}")
    from escpos.printer import Dummy  # imported late: only printing needs it

    w = COLUMNS[size]
    p = Dummy(profile="default")
    rule = "-" * w

    def lines(items: list[str]) -> None:
        for line in items:
            p.textln(line)

    def pay_code() -> None:
        """The QRIS payment code, apart from the order's code and labelled with its amount."""
        if doc.pay is None:
            return
        p.textln(rule)
        p.set(align="center", bold=True)
        lines(wrap(doc.pay.label, w))
        p.set(bold=False)
        p.qr(doc.pay.payload, size=5 if w >= 48 else 4, native=True)
        p.textln("QRIS")
        lines(wrap(doc.pay.note, w))
        p.set(align="left")
        p.textln(rule)

    p.set(align="center", bold=True, double_height=True, double_width=len(doc.shop.name) * 2 <= w)
    p.textln(doc.shop.name)
    p.set(align="center", normal_textsize=True)
    lines(wrap(doc.shop.address, w))
    contact = " · ".join(
        x
        for x in (
            f"Telp {doc.shop.phone}" if doc.shop.phone else "",
            f"WA {doc.shop.whatsapp}" if doc.shop.whatsapp else "",
        )
        if x
    )
    if contact:
        lines(wrap(contact, w))
    p.set(align="center", bold=True)
    p.textln(DOC_TITLES[doc.kind])
    p.set(align="left", bold=False, normal_textsize=True)
    p.textln(rule)
    lines(two_cols("Kode", doc.code, w))
    lines(two_cols("Tanggal", format_datetime(doc.created_at), w))
    lines(wrap(f"Pelanggan: {doc.customer_name} {doc.customer_phone}", w))
    if doc.kind is not DocKind.SLIP:
        lines(wrap(f"Cara ambil: {doc.fulfilment}", w))
    p.textln(rule)

    if doc.kind is DocKind.SLIP:
        lines(two_cols("Tanggal ambil", format_date(doc.pickup_date), w))
        p.set(bold=True)
        lines(two_cols("Sisa tagihan", format_rupiah(doc.balance), w))
        p.set(bold=False)
        pay_code()
        lines(wrap(doc.terms.pickup.one_line(doc.pickup_date), w))
    else:
        for it in doc.items:
            lines(wrap(it.name, w))
            lines(two_cols(f"  {it.qty} x {format_rupiah(it.unit_price)}", format_rupiah(it.line_total), w))
            if it.custom_details:
                lines(
                    wrap(
                        it.custom_details, w, indent="  > " if doc.kind is not DocKind.CONFIRMATION else "  "
                    )
                )
        p.textln(rule)
        if doc.kind is DocKind.CONFIRMATION:
            lines(wrap("Saya sudah memeriksa detail di atas dan menyetujuinya untuk diproduksi.", w))
            p.textln("")
            p.textln("Tanda tangan: ____________________")
        else:
            lines(two_cols("Total", format_rupiah(doc.total), w))
            if doc.charges:
                label = "Biaya tambahan" if doc.charges > 0 else "Potongan (kompensasi)"
                lines(two_cols(label, format_rupiah(doc.charges), w))
            for ln in doc.lines:
                label = f"{ln.label} {ln.method}".strip() + (" (belum cair)" if ln.pending else "")
                lines(
                    two_cols(f"{format_date(ln.at.astimezone().date())} {label}", format_rupiah(ln.amount), w)
                )
            lines(two_cols("Sudah dibayar", format_rupiah(doc.paid), w))
            p.set(bold=True)
            if doc.kind is DocKind.FINAL and doc.balance <= 0:
                lines(two_cols("LUNAS", format_rupiah(0), w))
            else:
                lines(two_cols("SISA TAGIHAN", format_rupiah(doc.balance), w))
            p.set(bold=False)
            if doc.pay is not None:
                pay_code()
            else:
                p.textln(rule)
            if doc.kind is DocKind.NOTA:
                for sentence in doc.terms.pickup.rule_lines(doc.pickup_date):
                    lines(wrap(sentence, w))
                p.textln(rule)
            p.set(bold=True)
            p.textln(f"Syarat & Ketentuan (versi {doc.terms.version})")
            p.set(bold=False)
            if doc.kind is DocKind.NOTA:
                lines(wrap(doc.terms.text, w))
    p.textln("")
    p.set(align="center")
    p.qr(doc.qr_payload, size=6 if w >= 48 else 5, native=True)
    p.textln(doc.code)
    p.textln(f"Dicetak {format_datetime(doc.printed_at)}")
    p.set(align="left")
    p.cut()
    return p.output
