"""Everything a printed document shows, as plain values.  The services fill it from the
database (``tokodesk.services.documents``); the renderer turns it into PDF; neither side
needs the other's internals."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field

from tokodesk import catalogue
from tokodesk.catalogue import Words
from tokodesk.domain.errors import QT_TRANSLATE_NOOP
from tokodesk.domain.money import format_rupiah
from tokodesk.domain.pickup import PickupPolicy


class DocKind(enum.StrEnum):
    NOTA = "nota"  # receipt at order creation and after each payment
    SLIP = "slip"  # the pickup slip the customer keeps
    FINAL = "final"  # final receipt at handover
    CONFIRMATION = "confirmation"  # custom details for the customer to confirm before production


class PaperSize(enum.StrEnum):
    A4 = "a4"
    A5 = "a5"
    A6 = "a6"
    MM58 = "58mm"  # thermal roll: the page is as long as its content
    MM80 = "80mm"

    @property
    def is_roll(self) -> bool:
        return self in (PaperSize.MM58, PaperSize.MM80)


DOC_TITLES = {
    DocKind.NOTA: QT_TRANSLATE_NOOP("documents", "NOTA PESANAN"),
    DocKind.SLIP: QT_TRANSLATE_NOOP("documents", "SLIP PENGAMBILAN"),
    DocKind.FINAL: QT_TRANSLATE_NOOP("documents", "NOTA LUNAS"),
    DocKind.CONFIRMATION: QT_TRANSLATE_NOOP("documents", "KONFIRMASI PESANAN"),
}

# the sentence the customer signs under on the confirmation sheet
CONFIRM_SENTENCE = QT_TRANSLATE_NOOP(
    "documents", "Saya sudah memeriksa detail di atas dan menyetujuinya untuk diproduksi."
)


@dataclass(frozen=True)
class ShopInfo:
    name: str
    address: str = ""
    phone: str = ""  # as printed: 0812-3456-7890
    whatsapp: str = ""
    logo_png: bytes | None = None


@dataclass(frozen=True)
class Terms:
    """The T&C version an order was taken under, with the policy numbers it states."""

    version: int
    text: str  # already filled in: no placeholders left
    pickup: PickupPolicy
    deposit_min_percent: int


@dataclass(frozen=True)
class DocItem:
    name: str
    qty: int
    unit_price: int
    custom_details: str = ""

    @property
    def line_total(self) -> int:
        return self.qty * self.unit_price


@dataclass(frozen=True)
class DocLine:
    """One ledger line as printed: a payment, a charge or a correction."""

    at: dt.datetime
    label: str  # "DP (uang muka)", "Pembayaran", "Biaya penyimpanan", "Koreksi: Pembayaran"
    method: str  # "Tunai", "QRIS", "" for charges
    amount: int
    pending: bool = False


@dataclass(frozen=True)
class PayCode:
    """A QRIS payment code that already carries the amount to pay, printed apart from the
    order's own code and labelled with what it pays."""

    payload: str
    amount: int
    merchant: str  # the merchant name the customer's app will show
    storage_fee: int = 0  # the part of ``amount`` that is storage fee accrued up to printing

    def label(self, t: Words) -> str:
        return t.translate("documents", "Bayar sisa {amount} dengan QRIS").format(
            amount=format_rupiah(self.amount)
        )

    def note(self, t: Words) -> str:
        if self.storage_fee:
            text = t.translate(
                "documents",
                "Scan dengan aplikasi bank atau dompet digital; nominal (termasuk biaya simpan {fee}) "
                "sudah terisi. Penerima: {merchant}. Pembayaran dicatat setelah dana masuk ke toko.",
            )
        else:
            text = t.translate(
                "documents",
                "Scan dengan aplikasi bank atau dompet digital; nominal sudah terisi. "
                "Penerima: {merchant}. Pembayaran dicatat setelah dana masuk ke toko.",
            )
        return text.format(fee=format_rupiah(self.storage_fee), merchant=self.merchant)


@dataclass(frozen=True)
class OrderDocument:
    kind: DocKind
    shop: ShopInfo
    code: str
    created_at: dt.datetime
    customer_name: str
    customer_phone: str  # as printed
    fulfilment: str  # as printed: "Ambil di toko"
    status: str  # as printed: "Siap diambil"
    items: list[DocItem]
    total: int
    charges: int  # storage, delivery and other fees
    paid: int  # cleared payments less refunds
    pending: int  # paid but not yet cleared
    balance: int  # what is still owed (total + charges − paid)
    lines: list[DocLine]  # the ledger, in order
    pickup_date: dt.date
    terms: Terms
    qr_payload: str
    printed_at: dt.datetime
    staff: str = ""
    notes: str = ""
    extra: dict[str, str] = field(default_factory=dict)
    pay: PayCode | None = None  # the QRIS payment code for what is still owed (None: nothing owed, no QRIS)
    language: str = "id"  # the shop's language for what the customer reads (``shop.language``)

    @property
    def words(self) -> Words:
        """The catalogue the document's own words come from."""
        return catalogue.words(self.language)

    @property
    def has_custom_details(self) -> bool:
        return any(i.custom_details for i in self.items)
