"""The pickup policy an order was taken under, and how it reads on paper.

With P the agreed pickup date: free until P + grace; from the day after, a storage fee
per day (optionally capped); from P + forfeit_after_days an order nobody came for is
cancelled and its deposit forfeited.  The daily rules that act on this (reminders, fees,
automatic cancellation) build on the same numbers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from tokodesk.domain.dates import format_date as _format_date
from tokodesk.domain.errors import QT_TRANSLATE_NOOP
from tokodesk.domain.money import format_rupiah


@dataclass(frozen=True)
class PickupPolicy:
    grace_days: int = 2
    storage_fee_per_day: int = 5_000
    storage_fee_cap: int = 0  # 0: no cap
    forfeit_after_days: int = 7

    def __post_init__(self) -> None:
        if self.grace_days < 0 or self.storage_fee_per_day < 0 or self.storage_fee_cap < 0:
            raise ValueError("pickup policy numbers must not be negative")
        if self.forfeit_after_days <= self.grace_days:
            raise ValueError("automatic cancellation must come after the grace period")

    def last_free_day(self, pickup: dt.date) -> dt.date:
        return pickup + dt.timedelta(days=self.grace_days)

    def fee_starts(self, pickup: dt.date) -> dt.date:
        return self.last_free_day(pickup) + dt.timedelta(days=1)

    def forfeit_on(self, pickup: dt.date) -> dt.date:
        return pickup + dt.timedelta(days=self.forfeit_after_days)

    def storage_fee(self, pickup: dt.date, day: dt.date) -> int:
        """Storage fee owed on ``day``: rate × days past the grace period, capped if set."""
        days = max(0, (day - pickup).days - self.grace_days)
        fee = days * self.storage_fee_per_day
        return min(fee, self.storage_fee_cap) if self.storage_fee_cap else fee

    def rule_lines(
        self, pickup: dt.date, translate: Callable[[str], str] = str, language: str | None = None
    ) -> list[str]:
        """The rule in plain words, for the nota (one sentence a line); ``translate`` turns
        each template into the reader's ``language`` before it is filled in."""
        _ = translate

        def format_date(d: dt.date) -> str:
            return _format_date(d, language)

        lines = [
            _(QT_TRANSLATE_NOOP("documents", "Tanggal ambil: {pickup}.")).format(pickup=format_date(pickup)),
        ]
        if self.grace_days:
            lines.append(
                _(
                    QT_TRANSLATE_NOOP(
                        "documents", "Gratis penyimpanan sampai {day} ({n} hari setelah tanggal ambil)."
                    )
                ).format(day=format_date(self.last_free_day(pickup)), n=self.grace_days)
            )
        if self.storage_fee_per_day:
            text = _(
                QT_TRANSLATE_NOOP("documents", "Mulai {day} dikenakan biaya penyimpanan {fee} per hari")
            ).format(day=format_date(self.fee_starts(pickup)), fee=format_rupiah(self.storage_fee_per_day))
            if self.storage_fee_cap:
                text += _(QT_TRANSLATE_NOOP("documents", " (paling banyak {cap})")).format(
                    cap=format_rupiah(self.storage_fee_cap)
                )
            lines.append(text + ".")
        lines.append(
            _(
                QT_TRANSLATE_NOOP(
                    "documents",
                    "Jika sampai {day} pesanan belum diambil dan tidak ada kabar dari Anda, pesanan "
                    "dibatalkan otomatis dan DP tidak dikembalikan.",
                )
            ).format(day=format_date(self.forfeit_on(pickup)))
        )
        return lines

    def one_line(
        self, pickup: dt.date, translate: Callable[[str], str] = str, language: str | None = None
    ) -> str:
        """The rule in one line, for the small pickup slip."""
        return translate(
            QT_TRANSLATE_NOOP(
                "documents",
                "Ambil {pickup}. Lewat {day}: biaya simpan {fee}/hari; {forfeit}: batal, DP hangus.",
            )
        ).format(
            pickup=_format_date(pickup, language),
            day=_format_date(self.last_free_day(pickup), language),
            fee=format_rupiah(self.storage_fee_per_day),
            forfeit=_format_date(self.forfeit_on(pickup), language),
        )
