"""QRIS, the Indonesian standard for EMVCo merchant-presented QR payments: reading the shop's
static code and making the payment code that carries the amount.

A payload is a chain of TLV elements: two digits of tag, two digits of length (characters),
then the value; templates (26–51 merchant accounts, 62 additional data, 64 language) hold a
chain of their own.  It starts with ``000201`` (payload format indicator) and ends with
``6304`` plus the CRC-16/CCITT-FALSE of everything before it, in four upper-case hex digits.

The sticker on the counter is *static* (point of initiation ``11``): the customer types the
amount.  The payment code TokoDesk prints is the same payload made *dynamic*: point of
initiation ``12``, the amount in tag 54 (whole rupiah), the order code as the bill number
(tag 62, sub-tag 01) so the merchant app shows which order it pays, and the CRC recomputed.

We evaluated ``qriskit`` (PyPI, 0.2.0, alpha, September 2026): correct, but young, English
messages and decimal amounts.  This module is small, says what is wrong in the shop's words
and takes only whole rupiah; the tests use ``qriskit`` as an independent second opinion.
"""

from __future__ import annotations

import binascii
from dataclasses import dataclass

from tokodesk.domain.errors import QT_TRANSLATE_NOOP, DomainError
from tokodesk.domain.money import format_rupiah

PFI = "00"
POI = "01"
NATIONAL = "51"
MCC = "52"
CURRENCY = "53"
AMOUNT = "54"
TIP = "55"
FEE_FIXED = "56"
FEE_PERCENT = "57"
COUNTRY = "58"
NAME = "59"
CITY = "60"
POSTAL = "61"
ADDITIONAL = "62"
CRC = "63"

STATIC = "11"
DYNAMIC = "12"
QRIS_GUID = "ID.CO.QRIS.WWW"
RUPIAH = "360"
MAX_AMOUNT_DIGITS = 13  # tag 54 holds at most 13 characters
BILL_NUMBER = "01"  # sub-tag of 62
MAX_BILL = 25


class QrisError(DomainError):
    """The payload is not a usable QRIS; the message says why (Indonesian template)."""


@dataclass(frozen=True)
class Element:
    tag: str
    value: str

    def encode(self) -> str:
        return f"{self.tag}{len(self.value):02d}{self.value}"


def crc16(text: str) -> str:
    """CRC-16/CCITT-FALSE (polynomial 0x1021, start 0xFFFF) of ``text`` as UTF-8, four
    upper-case hex digits: what tag 63 holds."""
    return format(binascii.crc_hqx(text.encode("utf-8"), 0xFFFF), "04X")


def parse_tlv(text: str, *, offset: int = 0) -> list[Element]:
    """Split ``text`` into elements; refuses a chain that is cut short or malformed."""
    out: list[Element] = []
    pos = 0
    while pos < len(text):
        head = text[pos : pos + 4]
        if len(head) < 4 or not head.isascii() or not head.isdigit():
            raise QrisError(
                QT_TRANSLATE_NOOP("errors", "Kode QRIS rusak: susunan datanya terputus di karakter {pos}"),
                pos=offset + pos + 1,
            )
        tag, length = head[:2], int(head[2:])
        end = pos + 4 + length
        if end > len(text):
            raise QrisError(
                QT_TRANSLATE_NOOP(
                    "errors", "Kode QRIS tidak lengkap: tag {tag} meminta {length} karakter, sisa {left}"
                ),
                tag=tag,
                length=length,
                left=len(text) - pos - 4,
            )
        out.append(Element(tag, text[pos + 4 : end]))
        pos = end
    return out


def encode(elements: list[Element]) -> str:
    return "".join(e.encode() for e in elements)


def _find(elements: list[Element], tag: str) -> str | None:
    return next((e.value for e in elements if e.tag == tag), None)


def _is_account_template(tag: str) -> bool:
    return "26" <= tag <= "51"


@dataclass(frozen=True)
class Qris:
    """What a checked payload says, for the owner to recognise and the scanner to explain."""

    payload: str
    merchant_name: str
    merchant_city: str
    merchant_id: str  # the NMID (tag 51, sub-tag 02), "" when absent
    acquirer: str  # the first merchant account's GUID (tag 26's 00), e.g. ID.CO.BANKX.WWW
    postal_code: str
    dynamic: bool
    amount: int | None  # tag 54 in whole rupiah (a decimal part must be zero)
    bill_number: str  # tag 62, sub-tag 01

    @property
    def static(self) -> bool:
        return not self.dynamic


def _amount(text: str | None) -> int | None:
    if text is None:
        return None
    whole, _, cents = text.partition(".")
    if not whole.isdigit() or (cents and (not cents.isdigit() or int(cents))):
        raise QrisError(
            QT_TRANSLATE_NOOP("errors", "Nominal QRIS (tag 54) tidak bisa dibaca: {value}"), value=text
        )
    return int(whole)


def looks_like_qris(text: str) -> bool:
    """Could ``text`` be an EMVCo QR payload (so it is explained, not searched as an order)?"""
    s = text.strip()
    return s.startswith("000201") and "6304" in s[-8:]


def read(payload: str) -> Qris:
    """Check a payload as an Indonesian QRIS and read its fields: TLV structure, payload
    format indicator, CRC, a merchant account, the QRIS national template, rupiah, Indonesia,
    merchant name and city.  Refuses with the first reason found."""
    text = payload.strip()
    if not text:
        raise QrisError(QT_TRANSLATE_NOOP("errors", "Isi kode QRIS kosong"))
    elements = parse_tlv(text) if text.startswith("000201") else []
    if not elements or elements[0].tag != PFI or elements[0].value != "01":
        raise QrisError(
            QT_TRANSLATE_NOOP("errors", "Ini bukan kode pembayaran QRIS: tidak diawali penanda format 000201")
        )
    last = elements[-1]
    if last.tag != CRC or len(last.value) != 4:
        raise QrisError(
            QT_TRANSLATE_NOOP("errors", "Kode QRIS tidak lengkap: CRC (tag 63) tidak ada di akhir")
        )
    expected = crc16(text[: len(text) - 4])
    if last.value != expected:  # exact: four upper-case hex digits, so one changed character is caught
        raise QrisError(
            QT_TRANSLATE_NOOP(
                "errors",
                "CRC kode QRIS salah ({found}, seharusnya {expected}): kodenya rusak atau salah salin",
            ),
            found=last.value,
            expected=expected,
        )
    tags = [e.tag for e in elements]
    for tag in (POI, NATIONAL, ADDITIONAL):
        if tags.count(tag) > 1:
            raise QrisError(
                QT_TRANSLATE_NOOP("errors", "Kode QRIS rusak: tag {tag} muncul dua kali"), tag=tag
            )
    accounts = [e for e in elements if "02" <= e.tag <= "51"]
    if not accounts:
        raise QrisError(QT_TRANSLATE_NOOP("errors", "Kode QRIS tanpa akun merchant (tag 02–51)"))
    templates = {}
    for e in elements:
        if _is_account_template(e.tag) or e.tag == ADDITIONAL:
            templates[e.tag] = parse_tlv(e.value)
    currency = _find(elements, CURRENCY)
    country = _find(elements, COUNTRY)
    national = templates.get(NATIONAL)
    if currency != RUPIAH or country != "ID" or not national or _find(national, "00") != QRIS_GUID:
        raise QrisError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Ini bukan QRIS Indonesia (mata uang {currency}, negara {country}); "
                "pakai QRIS dari bank atau dompet digital toko",
            ),
            currency=currency or "-",
            country=country or "-",
        )
    name = (_find(elements, NAME) or "").strip()
    city = (_find(elements, CITY) or "").strip()
    if not name:
        raise QrisError(QT_TRANSLATE_NOOP("errors", "Nama merchant (tag 59) tidak ada di kode QRIS"))
    if not city:
        raise QrisError(QT_TRANSLATE_NOOP("errors", "Kota merchant (tag 60) tidak ada di kode QRIS"))
    poi = _find(elements, POI)
    if poi not in (None, STATIC, DYNAMIC):
        raise QrisError(
            QT_TRANSLATE_NOOP("errors", "Kode QRIS rusak: metode inisiasi (tag 01) {value} tidak dikenal"),
            value=poi,
        )
    amount = _amount(_find(elements, AMOUNT))
    first_template = next((e.tag for e in elements if _is_account_template(e.tag)), None)
    acquirer = _find(templates[first_template], "00") if first_template else None
    return Qris(
        payload=text,
        merchant_name=name,
        merchant_city=city,
        merchant_id=_find(national, "02") or "",
        acquirer=acquirer or "",
        postal_code=_find(elements, POSTAL) or "",
        dynamic=poi == DYNAMIC or amount is not None,
        amount=amount,
        bill_number=_find(templates.get(ADDITIONAL, []), BILL_NUMBER) or "",
    )


def read_static(payload: str) -> Qris:
    """The shop's own sticker: a valid QRIS that is still static (no amount in it)."""
    q = read(payload)
    if q.dynamic:
        raise QrisError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Kode ini QRIS dinamis untuk satu pembayaran{amount}; muat QRIS statis dari stiker toko",
            ),
            amount=f" ({format_rupiah(q.amount)})" if q.amount else "",
        )
    return q


def check_amount(amount: int) -> None:
    if amount <= 0:
        raise QrisError(QT_TRANSLATE_NOOP("errors", "Jumlah bayar QRIS harus lebih dari Rp0"))
    if len(str(amount)) > MAX_AMOUNT_DIGITS:
        raise QrisError(QT_TRANSLATE_NOOP("errors", "Jumlah bayar QRIS terlalu besar"))


def _bill(reference: str) -> str:
    """An order code as a bill number: printable ASCII, at most 25 characters."""
    clean = "".join(c for c in reference if c.isascii() and c.isprintable())
    return clean[:MAX_BILL]


def with_amount(static_payload: str, amount: int, *, reference: str = "") -> str:
    """The payment code for ``amount`` rupiah: the static payload with point of initiation
    12, tag 54 and (given an order code) the bill number in tag 62, elements kept in tag
    order, the CRC recomputed.  The result reads back with ``read`` to the same amount."""
    if isinstance(amount, bool) or not isinstance(amount, int):
        raise TypeError("amount is whole rupiah (int)")
    check_amount(amount)
    elements = parse_tlv(read_static(static_payload).payload)[:-1]  # without the CRC
    out = [e for e in elements if e.tag not in (POI, AMOUNT)]
    out.insert(1, Element(POI, DYNAMIC))
    bill = _bill(reference)
    if bill:
        subs = next((parse_tlv(e.value) for e in out if e.tag == ADDITIONAL), [])
        subs = sorted(
            [s for s in subs if s.tag != BILL_NUMBER] + [Element(BILL_NUMBER, bill)], key=lambda s: s.tag
        )
        value = encode(subs)
        if len(value) <= 99:
            out = [e for e in out if e.tag != ADDITIONAL] + [Element(ADDITIONAL, value)]
    out.append(Element(AMOUNT, str(amount)))
    head, rest = out[0], sorted(out[1:], key=lambda e: e.tag)  # 00 first, then by tag
    body = encode([head, *rest]) + CRC + "04"
    return body + crc16(body)


def build_static(
    *,
    name: str,
    city: str,
    merchant_id: str,
    acquirer: str = "ID.CO.QRIS.WWW",
    pan: str = "936000000000000001",
    mcc: str = "5812",
    postal: str = "",
) -> str:
    """A static QRIS with a valid CRC, for the tests and the demo shop (a real shop loads its
    own sticker)."""
    account = encode(
        [Element("00", acquirer), Element("01", pan), Element("02", merchant_id), Element("03", "UMI")]
    )
    national = encode([Element("00", QRIS_GUID), Element("02", merchant_id), Element("03", "UMI")])
    elements = [
        Element(PFI, "01"),
        Element(POI, STATIC),
        Element("26", account),
        Element(NATIONAL, national),
        Element(MCC, mcc),
        Element(CURRENCY, RUPIAH),
        Element(COUNTRY, "ID"),
        Element(NAME, name[:25]),
        Element(CITY, city[:15]),
    ]
    if postal:
        elements.append(Element(POSTAL, postal))
    body = encode(elements) + CRC + "04"
    return body + crc16(body)
