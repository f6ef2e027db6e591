"""The payment ledger of one order: append-only entries and the sums derived from them.

Each entry has a kind and a signed ``amount`` in rupiah.  A normal entry's amount is
positive.  A correction never edits: it is a *reversal*, a new entry of the same kind with
the negated amount that points at the original (``reverses_id``).  So the net of a kind is
simply the sum of its amounts, in Python here and in SQL for lists.

    paid     = cleared deposits + cleared payments − cleared refunds + clearances
    pending  = pending deposits + pending payments − clearances − bounces
    charges  = storage fees + delivery fees + other charges − allowances
    balance  = order total + charges − paid

A payment not yet cleared (a transfer not seen yet, a cheque) is *pending*.  It is settled
by a new entry that points at it (``settles_id``): a *clearance* when the money arrived
(it moves from pending to paid) or a *bounce* when it did not (it leaves pending).

An *allowance* lowers what the order costs: the compensation a complaint gives back.  A
refund paid as compensation is an allowance plus a refund of the same amount, so the order
does not start to owe money again (``payments.refund_as_compensation``).

A forfeiture records that the shop keeps money already paid; it does not change what the
customer paid, so it is not in the balance (reports use it).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass

from tokodesk.domain.errors import QT_TRANSLATE_NOOP, DomainError


class EntryKind(enum.StrEnum):
    DEPOSIT = "deposit"  # DP / uang muka
    PAYMENT = "payment"  # pembayaran / pelunasan
    REFUND = "refund"  # money returned to the customer
    STORAGE_FEE = "storage_fee"
    DELIVERY_FEE = "delivery_fee"
    OTHER_CHARGE = "other_charge"
    FORFEIT = "forfeit"  # deposit kept when an order is forfeited
    CLEARANCE = "clearance"  # a pending payment's money arrived
    BOUNCE = "bounce"  # a pending payment's money never came (cheque bounced, no transfer)
    ALLOWANCE = "allowance"  # the price lowered as compensation (a complaint's refund, a discount)


class PaymentMethod(enum.StrEnum):
    CASH = "cash"
    TRANSFER = "transfer"
    QRIS = "qris"
    COD = "cod"
    CHEQUE = "cheque"


# as printed on documents and written in the audit trail (the UI translates its own labels)
ENTRY_LABELS = {
    EntryKind.DEPOSIT: QT_TRANSLATE_NOOP("labels", "DP (uang muka)"),
    EntryKind.PAYMENT: QT_TRANSLATE_NOOP("labels", "Pembayaran"),
    EntryKind.REFUND: QT_TRANSLATE_NOOP("labels", "Pengembalian dana"),
    EntryKind.STORAGE_FEE: QT_TRANSLATE_NOOP("labels", "Biaya penyimpanan"),
    EntryKind.DELIVERY_FEE: QT_TRANSLATE_NOOP("labels", "Ongkos kirim"),
    EntryKind.OTHER_CHARGE: QT_TRANSLATE_NOOP("labels", "Biaya lain"),
    EntryKind.FORFEIT: QT_TRANSLATE_NOOP("labels", "DP hangus"),
    EntryKind.CLEARANCE: QT_TRANSLATE_NOOP("labels", "Dana cair"),
    EntryKind.BOUNCE: QT_TRANSLATE_NOOP("labels", "Dana tidak masuk (ditolak)"),
    EntryKind.ALLOWANCE: QT_TRANSLATE_NOOP("labels", "Potongan (kompensasi)"),
}
METHOD_LABELS = {
    "cash": QT_TRANSLATE_NOOP("labels", "Tunai"),
    "transfer": QT_TRANSLATE_NOOP("labels", "Transfer"),
    "qris": QT_TRANSLATE_NOOP("labels", "QRIS"),
    "cod": QT_TRANSLATE_NOOP("labels", "COD"),
    "cheque": QT_TRANSLATE_NOOP("labels", "Cek/giro"),
}


PAYMENT_KINDS = frozenset({EntryKind.DEPOSIT, EntryKind.PAYMENT})
CHARGE_KINDS = frozenset({EntryKind.STORAGE_FEE, EntryKind.DELIVERY_FEE, EntryKind.OTHER_CHARGE})
MONEY_IN_KINDS = PAYMENT_KINDS  # kinds that take a payment method
SETTLING_KINDS = frozenset({EntryKind.CLEARANCE, EntryKind.BOUNCE})


@dataclass(frozen=True)
class Entry:
    """What the sums need to know of one ledger entry."""

    kind: EntryKind
    amount: int
    cleared: bool = True


@dataclass(frozen=True)
class Totals:
    total: int
    charges: int
    paid: int
    pending: int  # paid but not yet cleared (transfer not seen, cheque)
    forfeited: int

    @property
    def balance(self) -> int:
        """What the customer still owes (negative: the shop owes the customer)."""
        return self.total + self.charges - self.paid


def totals(order_total: int, entries: Iterable[Entry]) -> Totals:
    charges = paid = pending = forfeited = 0
    for e in entries:
        if e.kind in CHARGE_KINDS:
            charges += e.amount
        elif e.kind is EntryKind.ALLOWANCE:
            charges -= e.amount
        elif e.kind in PAYMENT_KINDS:
            if e.cleared:
                paid += e.amount
            else:
                pending += e.amount
        elif e.kind is EntryKind.REFUND:
            if e.cleared:
                paid -= e.amount
            else:
                pending -= e.amount
        elif e.kind is EntryKind.FORFEIT:
            forfeited += e.amount
        elif e.kind is EntryKind.CLEARANCE:
            paid += e.amount
            pending -= e.amount
        elif e.kind is EntryKind.BOUNCE:
            pending -= e.amount
    return Totals(order_total, charges, paid, pending, forfeited)


def check_reversal(original_amount: int, already_reversed: bool, is_reversal: bool) -> None:
    """A reversal may target a normal entry once; it never targets another reversal."""
    if is_reversal:
        raise DomainError(
            QT_TRANSLATE_NOOP("errors", "Entri koreksi tidak dapat dikoreksi lagi; catat entri baru")
        )
    if already_reversed:
        raise DomainError(QT_TRANSLATE_NOOP("errors", "Entri ini sudah dikoreksi sebelumnya"))
    if original_amount == 0:
        raise DomainError(QT_TRANSLATE_NOOP("errors", "Entri bernilai nol tidak perlu dikoreksi"))
