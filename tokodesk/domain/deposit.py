"""Deposit (DP) policy: the minimum a customer pays up front, and what staff suggest."""

from __future__ import annotations

from dataclasses import dataclass

from tokodesk.domain.errors import QT_TRANSLATE_NOOP, invalid
from tokodesk.domain.money import format_rupiah, percent_of


class Standing:
    NORMAL = "normal"
    QUESTIONABLE = "questionable"
    BLACKLISTED = "blacklisted"


@dataclass(frozen=True)
class DepositPolicy:
    min_percent: int = 30
    suggested_percent: int = 50

    def __post_init__(self) -> None:
        if not 0 <= self.min_percent <= 100 or not 0 <= self.suggested_percent <= 100:
            raise ValueError("deposit percentages must be between 0 and 100")
        if self.suggested_percent < self.min_percent:
            raise ValueError("suggested deposit must not be below the minimum")

    def minimum(self, total: int, standing: str = Standing.NORMAL) -> int:
        """Least deposit for an order of ``total``: 100% for a blacklisted customer."""
        if standing == Standing.BLACKLISTED:
            return total
        return percent_of(total, self.min_percent)

    def suggested(self, total: int, standing: str = Standing.NORMAL) -> int:
        if standing == Standing.BLACKLISTED:
            return total
        return max(self.minimum(total, standing), percent_of(total, self.suggested_percent))

    def check(
        self, deposit: int, total: int, standing: str = Standing.NORMAL, *, field: str = "deposit"
    ) -> None:
        """Refuse a deposit below the minimum or above the total, saying the allowed range."""
        if deposit < 0:
            raise invalid(field, QT_TRANSLATE_NOOP("errors", "DP tidak boleh negatif"))
        minimum = self.minimum(total, standing)
        if deposit < minimum:
            if standing == Standing.BLACKLISTED:
                raise invalid(
                    field,
                    QT_TRANSLATE_NOOP(
                        "errors", "Pelanggan ini masuk daftar hitam: wajib bayar penuh {minimum} di muka"
                    ),
                    minimum=format_rupiah(minimum),
                )
            raise invalid(
                field,
                QT_TRANSLATE_NOOP("errors", "DP minimal {percent}% dari total, yaitu {minimum}"),
                percent=self.min_percent,
                minimum=format_rupiah(minimum),
            )
        if deposit > total:
            raise invalid(
                field,
                QT_TRANSLATE_NOOP("errors", "DP tidak boleh melebihi total pesanan {total}"),
                total=format_rupiah(total),
            )
