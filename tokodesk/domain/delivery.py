"""Offering delivery to a customer who has not come for a ready order (the owners' advice:
"tawarkan opsi pengiriman", every cost spelled out before the storage fee and the
cancellation bite).

The offer states what the customer pays now:

    total = balance still owed + storage fee accrued so far + delivery fee + packing fee

When the customer accepts, the order becomes a delivery: the fees go into the ledger, a
parcel is recorded (packed), and the storage fee stops on the day of acceptance.

The owner keeps a table of delivery fees by area (``DeliveryRate``); a fee can also be typed
for an address the table does not know.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from dataclasses import dataclass

from tokodesk.domain.errors import QT_TRANSLATE_NOOP, FieldError, InvalidInput
from tokodesk.domain.money import format_rupiah

MAX_FEE = 10_000_000  # a delivery or packing fee above this is a typing mistake
MAX_AREA = 60
MAX_DAYS = 30


class OfferStatus(enum.StrEnum):
    SENT = "sent"  # waiting for the customer's answer
    ACCEPTED = "accepted"
    DECLINED = "declined"  # the customer said no (or the shop withdrew it)


OFFER_STATUS_LABELS = {
    OfferStatus.SENT: QT_TRANSLATE_NOOP("labels", "Menunggu jawaban"),
    OfferStatus.ACCEPTED: QT_TRANSLATE_NOOP("labels", "Diterima"),
    OfferStatus.DECLINED: QT_TRANSLATE_NOOP("labels", "Ditolak"),
}


@dataclass(frozen=True)
class DeliveryRate:
    """One row of the owner's table: an area, its fee and how many days delivery takes."""

    area: str
    fee: int
    days: int = 1


def check_rates(rows: Iterable[DeliveryRate]) -> list[DeliveryRate]:
    """The table as it will be saved (areas trimmed, sorted by name); every bad row is named."""
    errors: list[FieldError] = []
    out: list[DeliveryRate] = []
    seen: set[str] = set()
    for n, r in enumerate(rows, 1):
        area = " ".join((r.area or "").split())
        if not area:
            errors.append(
                FieldError("rates", QT_TRANSLATE_NOOP("errors", "Baris {n}: isi nama wilayah"), {"n": n})
            )
            continue
        if len(area) > MAX_AREA:
            errors.append(
                FieldError(
                    "rates",
                    QT_TRANSLATE_NOOP(
                        "errors", "Baris {n}: nama wilayah terlalu panjang (maksimal {max} huruf)"
                    ),
                    {"n": n, "max": MAX_AREA},
                )
            )
            continue
        if area.casefold() in seen:
            errors.append(
                FieldError(
                    "rates",
                    QT_TRANSLATE_NOOP("errors", "Baris {n}: wilayah «{area}» sudah ada di tabel"),
                    {"n": n, "area": area},
                )
            )
            continue
        if isinstance(r.fee, bool) or not isinstance(r.fee, int) or not 0 <= r.fee <= MAX_FEE:
            errors.append(
                FieldError(
                    "rates",
                    QT_TRANSLATE_NOOP("errors", "Baris {n}: ongkir harus rupiah utuh antara Rp0 dan {max}"),
                    {"n": n, "max": format_rupiah(MAX_FEE)},
                )
            )
            continue
        if isinstance(r.days, bool) or not isinstance(r.days, int) or not 0 <= r.days <= MAX_DAYS:
            errors.append(
                FieldError(
                    "rates",
                    QT_TRANSLATE_NOOP("errors", "Baris {n}: lama antar harus 0 sampai {max} hari"),
                    {"n": n, "max": MAX_DAYS},
                )
            )
            continue
        seen.add(area.casefold())
        out.append(DeliveryRate(area, r.fee, r.days))
    if errors:
        raise InvalidInput(errors)
    return sorted(out, key=lambda r: r.area.casefold())


def rates_from_json(raw: object) -> list[DeliveryRate]:
    """The stored table; a damaged row is skipped (the settings screen shows what is kept)."""
    out = []
    for item in raw if isinstance(raw, list) else []:
        try:
            out.append(DeliveryRate(str(item["area"]), int(item["fee"]), int(item.get("days", 1))))
        except (KeyError, TypeError, ValueError):
            continue
    return out


def rates_to_json(rates: Iterable[DeliveryRate]) -> list[dict]:
    return [{"area": r.area, "fee": r.fee, "days": r.days} for r in rates]


@dataclass(frozen=True)
class OfferCosts:
    """Every cost the offer spells out, in whole rupiah."""

    balance: int  # still owed on the order (payments waiting to clear not counted as paid)
    storage_fee: int  # accrued up to the offer day and not yet charged
    delivery_fee: int
    packing_fee: int

    @property
    def total(self) -> int:
        return self.balance + self.storage_fee + self.delivery_fee + self.packing_fee


def check_fees(delivery_fee: int, packing_fee: int) -> None:
    errors = []
    for name, value, label in (
        (
            "delivery_fee",
            delivery_fee,
            QT_TRANSLATE_NOOP("errors", "Ongkos kirim harus rupiah utuh, Rp0 sampai {max}"),
        ),
        (
            "packing_fee",
            packing_fee,
            QT_TRANSLATE_NOOP("errors", "Biaya kemas harus rupiah utuh, Rp0 sampai {max}"),
        ),
    ):
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_FEE:
            errors.append(FieldError(name, label, {"max": format_rupiah(MAX_FEE)}))
    if errors:
        raise InvalidInput(errors)


def arrival_default(day: dt.date, days: int) -> dt.date:
    """The estimated arrival: ``days`` after the offer (today when 0)."""
    return day + dt.timedelta(days=max(0, days))
