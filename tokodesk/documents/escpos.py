"""The same documents as ESC/POS bytes for a thermal receipt printer: text laid out in the
roll's columns (32 on 58 mm, 48 on 80 mm) and the QR code printed by the printer itself
(crisper than a raster image and far fewer bytes)."""

from __future__ import annotations

import textwrap

from tokodesk.documents.model import CONFIRM_SENTENCE, DOC_TITLES, DocKind, OrderDocument, PaperSize
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
    t, lang = doc.words, doc.language
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
        lines(wrap(doc.pay.label(t), w))
        p.set(bold=False)
        p.qr(doc.pay.payload, size=5 if w >= 48 else 4, native=True)
        p.textln("QRIS")
        lines(wrap(doc.pay.note(t), w))
        p.set(align="left")
        p.textln(rule)

    p.set(align="center", bold=True, double_height=True, double_width=len(doc.shop.name) * 2 <= w)
    p.textln(doc.shop.name)
    p.set(align="center", normal_textsize=True)
    lines(wrap(doc.shop.address, w))
    contact = " · ".join(
        t.translate("documents", template).format(phone=phone)
        for template, phone in (("Telp {phone}", doc.shop.phone), ("WA {phone}", doc.shop.whatsapp))
        if phone
    )
    if contact:
        lines(wrap(contact, w))
    p.set(align="center", bold=True)
    p.textln(t.translate("documents", DOC_TITLES[doc.kind]))
    p.set(align="left", bold=False, normal_textsize=True)
    p.textln(rule)
    lines(two_cols(t.translate("documents", "Kode"), doc.code, w))
    lines(two_cols(t.translate("documents", "Tanggal"), format_datetime(doc.created_at, lang), w))
    customer = t.translate("documents", "Pelanggan: {name} {phone}")
    lines(wrap(customer.format(name=doc.customer_name, phone=doc.customer_phone), w))
    if doc.kind is not DocKind.SLIP:
        lines(wrap(t.translate("documents", "Cara ambil: {how}").format(how=doc.fulfilment), w))
    p.textln(rule)

    def translate(template: str) -> str:
        return t.translate("documents", template)

    if doc.kind is DocKind.SLIP:
        lines(two_cols(t.translate("documents", "Tanggal ambil"), format_date(doc.pickup_date, lang), w))
        p.set(bold=True)
        lines(two_cols(t.translate("documents", "Sisa tagihan"), format_rupiah(doc.balance), w))
        p.set(bold=False)
        pay_code()
        lines(wrap(doc.terms.pickup.one_line(doc.pickup_date, translate, lang), w))
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
            lines(wrap(t.translate("documents", CONFIRM_SENTENCE), w))
            p.textln("")
            p.textln(t.translate("documents", "Tanda tangan: {line}").format(line="_" * 20))
        else:
            lines(two_cols(t.translate("documents", "Total"), format_rupiah(doc.total), w))
            if doc.charges:
                label = (
                    t.translate("documents", "Biaya tambahan")
                    if doc.charges > 0
                    else t.translate("documents", "Potongan (kompensasi)")
                )
                lines(two_cols(label, format_rupiah(doc.charges), w))
            for ln in doc.lines:
                label = f"{ln.label} {ln.method}".strip()
                if ln.pending:
                    label = t.translate("documents", "{label} (belum cair)").format(label=label)
                day = format_date(ln.at.astimezone().date(), lang)
                lines(two_cols(f"{day} {label}", format_rupiah(ln.amount), w))
            lines(two_cols(t.translate("documents", "Sudah dibayar"), format_rupiah(doc.paid), w))
            p.set(bold=True)
            if doc.kind is DocKind.FINAL and doc.balance <= 0:
                lines(two_cols(t.translate("documents", "LUNAS"), format_rupiah(0), w))
            else:
                lines(two_cols(t.translate("documents", "SISA TAGIHAN"), format_rupiah(doc.balance), w))
            p.set(bold=False)
            if doc.pay is not None:
                pay_code()
            else:
                p.textln(rule)
            if doc.kind is DocKind.NOTA:
                for sentence in doc.terms.pickup.rule_lines(doc.pickup_date, translate, lang):
                    lines(wrap(sentence, w))
                p.textln(rule)
            p.set(bold=True)
            heading = t.translate("documents", "Syarat & Ketentuan (versi {version})")
            p.textln(heading.format(version=doc.terms.version))
            p.set(bold=False)
            if doc.kind is DocKind.NOTA:
                lines(wrap(doc.terms.text, w))
    p.textln("")
    p.set(align="center")
    p.qr(doc.qr_payload, size=6 if w >= 48 else 5, native=True)
    p.textln(doc.code)
    p.textln(t.translate("documents", "Dicetak {when}").format(when=format_datetime(doc.printed_at, lang)))
    p.set(align="left")
    p.cut()
    return p.output
