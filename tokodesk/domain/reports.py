"""The routine reports' pure rules: periods and their labels, the money-in allocation, medians
and the local day/hour buckets.  Stdlib only; ``tokodesk.services.reports`` applies them.

Days are the shop's local calendar days: the machine's zone, as
``tokodesk.services.context.local_today`` reads ``now.astimezone()``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from tokodesk.domain.dates import current_language, format_date
from tokodesk.domain.errors import QT_TRANSLATE_NOOP

MONTHS_FULL = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]
MONTHS_FULL_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]

# ``translate(context, source)``: a catalogue's (``tokodesk.catalogue.Words.translate``); the
# identity keeps the Indonesian source
Translate = Callable[[str, str], str]


def _same(context: str, source: str) -> str:
    return source


DAILY, WEEKLY, MONTHLY = "daily", "weekly", "monthly"

# money-in kinds, in the order a report lists them
DEPOSIT = "deposit"
BALANCE = "balance"
FEE_KINDS = ("storage_fee", "delivery_fee", "other_charge")
MONEY_IN_KINDS = (DEPOSIT, BALANCE, *FEE_KINDS)

# the words the screen, the PDF and the XLSX share (the screen translates them)
REPORT_TITLES = {
    DAILY: QT_TRANSLATE_NOOP("labels", "Tutup kas harian"),
    WEEKLY: QT_TRANSLATE_NOOP("labels", "Laporan mingguan"),
    MONTHLY: QT_TRANSLATE_NOOP("labels", "Laporan bulanan"),
}
# what a payment paid for, in the order the money-in table shows them
KIND_LABELS = {
    DEPOSIT: QT_TRANSLATE_NOOP("labels", "DP"),
    BALANCE: QT_TRANSLATE_NOOP("labels", "Pelunasan"),
    "storage_fee": QT_TRANSLATE_NOOP("labels", "Biaya simpan"),
    "delivery_fee": QT_TRANSLATE_NOOP("labels", "Ongkos kirim"),
    "other_charge": QT_TRANSLATE_NOOP("labels", "Biaya lain"),
}
CHAIN_LABELS = {
    "log": QT_TRANSLATE_NOOP("labels", "Catatan komunikasi"),
    "ledger": QT_TRANSLATE_NOOP("labels", "Buku pembayaran"),
    "status": QT_TRANSLATE_NOOP("labels", "Riwayat status"),
}
WEEKDAYS_SHORT = [
    QT_TRANSLATE_NOOP("labels", "Sen"),
    QT_TRANSLATE_NOOP("labels", "Sel"),
    QT_TRANSLATE_NOOP("labels", "Rab"),
    QT_TRANSLATE_NOOP("labels", "Kam"),
    QT_TRANSLATE_NOOP("labels", "Jum"),
    QT_TRANSLATE_NOOP("labels", "Sab"),
    QT_TRANSLATE_NOOP("labels", "Min"),
]


def format_duration(value: dt.timedelta | None, translate: Translate = _same) -> str:
    """``3 h 20 min`` → «3 jam 20 menit», rounded to the minute; None → «—».  ``translate``
    gives the words in another language (a catalogue's ``translate``)."""
    if value is None:
        return "—"
    minutes = (int(value.total_seconds()) + 30) // 60
    hours, minutes = divmod(max(minutes, 0), 60)
    if not hours:
        return translate("labels", QT_TRANSLATE_NOOP("labels", "{minutes} menit")).format(minutes=minutes)
    if not minutes:
        return translate("labels", QT_TRANSLATE_NOOP("labels", "{hours} jam")).format(hours=hours)
    return translate("labels", QT_TRANSLATE_NOOP("labels", "{hours} jam {minutes} menit")).format(
        hours=hours, minutes=minutes
    )


# ---------------------------------------------------------------------------- periods


def _range_label(start: dt.date, end: dt.date, language: str | None = None) -> str:
    """``23–29 Nov 2026``, ``30 Nov–6 Des 2026``, ``29 Des 2025–4 Jan 2026``."""
    if start.year != end.year:
        return f"{format_date(start, language)}–{format_date(end, language)}"
    if start.month != end.month:
        return f"{format_date(start, language).rsplit(' ', 1)[0]}–{format_date(end, language)}"
    return f"{start.day}–{format_date(end, language)}"


WEEK_LABEL = QT_TRANSLATE_NOOP("labels", "Minggu {week}, {dates}")


def period_label(
    kind_value: str,
    start: dt.date,
    end: dt.date,
    language: str | None = None,
    translate: Translate = _same,
) -> str:
    """A period's label in ``language`` (``id``/``en``; None: the process default of the
    dates): «23 Nov 2026», «Minggu 48, 23–29 Nov 2026», «November 2026»; ``translate`` is
    that language's catalogue (``tokodesk.catalogue.Words.translate``)."""
    kind = str(kind_value)
    if kind == DAILY:
        return format_date(start, language)
    if kind == WEEKLY:
        week = start.isocalendar().week
        return translate("labels", WEEK_LABEL).format(week=week, dates=_range_label(start, end, language))
    if kind == MONTHLY:
        english = (language or current_language()) == "en"
        months = MONTHS_FULL_EN if english else MONTHS_FULL
        return f"{months[start.month - 1]} {start.year}"
    raise ValueError(f"unknown report kind {kind_value!r}")


def period_for(kind_value: str, day: dt.date) -> tuple[dt.date, dt.date, str]:
    """(first day, last day inclusive, label) of the period of ``kind_value`` containing ``day``:
    the day itself, its ISO week (Monday to Sunday), or its calendar month."""
    kind = str(kind_value)
    if kind == DAILY:
        start = end = day
    elif kind == WEEKLY:
        start = day - dt.timedelta(days=day.weekday())
        end = start + dt.timedelta(days=6)
    elif kind == MONTHLY:
        start = day.replace(day=1)
        end = (start + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    else:
        raise ValueError(f"unknown report kind {kind_value!r}")
    return start, end, period_label(kind, start, end)


def local_midnight(day: dt.date) -> dt.datetime:
    """00:00 of ``day`` in the machine's zone, aware."""
    return dt.datetime.combine(day, dt.time()).astimezone()


def local_bounds(start: dt.date, end: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """[start 00:00 local, end+1 00:00 local) as aware datetimes."""
    return local_midnight(start), local_midnight(end + dt.timedelta(days=1))


def local_day(t: dt.datetime) -> dt.date:
    """The shop's calendar day of an aware time."""
    return t.astimezone().date()


def weekday_hour(t: dt.datetime) -> tuple[int, int]:
    """(day of week, Monday = 0; hour 0–23) of an aware time, in local time."""
    local = t.astimezone()
    return local.weekday(), local.hour


@dataclass
class Buckets:
    """Counts and sums by local day of week and hour (busy times)."""

    count_by_weekday: list[int]
    count_by_hour: list[int]
    count_by_weekday_hour: list[list[int]]
    sum_by_weekday: list[int]
    sum_by_hour: list[int]

    @property
    def count(self) -> int:
        return sum(self.count_by_weekday)

    @property
    def total(self) -> int:
        return sum(self.sum_by_weekday)


def bucket(items: Iterable[tuple[dt.datetime, int]]) -> Buckets:
    """(aware time, value) pairs by local day of week and hour."""
    b = Buckets([0] * 7, [0] * 24, [[0] * 24 for _ in range(7)], [0] * 7, [0] * 24)
    for t, value in items:
        wd, hour = weekday_hour(t)
        b.count_by_weekday[wd] += 1
        b.count_by_hour[hour] += 1
        b.count_by_weekday_hour[wd][hour] += 1
        b.sum_by_weekday[wd] += value
        b.sum_by_hour[hour] += value
    return b


# ---------------------------------------------------------------------------- medians


def median_timedelta(values: Iterable[dt.timedelta]) -> dt.timedelta | None:
    """The median (the mean of the middle two for an even count); None for no values."""
    s = sorted(values)
    if not s:
        return None
    mid = len(s) // 2
    if len(s) % 2:
        return s[mid]
    return s[mid - 1] + (s[mid] - s[mid - 1]) / 2


# ---------------------------------------------------------------------------- allocation


@dataclass(frozen=True)
class Flow:
    """One ledger entry of an order, as the allocation needs it (chronological order).

    ``kind`` is the ledger kind (deposit, payment, refund, storage_fee, delivery_fee,
    other_charge, forfeit, clearance, bounce); ``amount`` is signed (a reversal is negative
    and points at its original with ``reverses_id``); ``settles_id`` is the pending entry a
    clearance or bounce settles."""

    id: int
    kind: str
    amount: int
    cleared: bool = True
    reverses_id: int | None = None
    settles_id: int | None = None


@dataclass(frozen=True)
class Allocation:
    entry_id: int
    kind: str  # deposit, balance, storage_fee, delivery_fee, other_charge
    amount: int  # signed: a reversal's allocation is negative


def is_money_in(f: Flow) -> bool:
    """Money that reached the shop (or its reversal): a cleared deposit or payment, or a
    clearance (a pending payment whose money arrived)."""
    return (f.kind in (DEPOSIT, "payment") and f.cleared) or f.kind == "clearance"


def allocate(entries: Iterable[Flow]) -> list[Allocation]:
    """Split every money-in entry of one order into what it paid, in entry order.

    A deposit is a deposit.  A payment pays the order's outstanding fees first (storage,
    delivery, other charges, oldest charge first) and the rest is ``balance``.  A clearance is
    allocated like the pending entry it settles, when its money arrives (a pending payment
    pays nothing until then).  A reversal takes back exactly what its original was allocated
    (the fees it paid are outstanding again, unless waived meanwhile).  A fee's reversal (a
    waiver) lowers what is owed on it; what was already paid on it stays paid.  Refunds,
    allowances, forfeits and bounces move no money in and are not allocated.  So the
    allocations of an entry always sum to its amount, and no fee is paid beyond its charge."""
    flows = list(entries)
    by_id = {f.id: f for f in flows}
    fees: list[_Fee] = []  # in the order charged
    fee_index: dict[int, _Fee] = {}
    paid_by: dict[int, list[tuple[str, int, int | None]]] = {}  # entry → (kind, amount, fee id)
    out: list[Allocation] = []
    for f in flows:
        if f.kind in FEE_KINDS:
            if f.reverses_id is None and f.amount > 0:
                fee = _Fee(f.id, f.kind, f.amount)
                fees.append(fee)
                fee_index[f.id] = fee
            elif f.reverses_id in fee_index:
                fee_index[f.reverses_id].charged += f.amount  # f.amount < 0
            continue
        if not is_money_in(f):
            continue
        if f.reverses_id is not None and f.reverses_id in paid_by:
            parts = [(k, -a, fid) for k, a, fid in paid_by[f.reverses_id]]
            for _kind, amount, fee_id in parts:
                if fee_id is not None:
                    fee_index[fee_id].paid += amount
        else:
            kind = f.kind
            if kind == "clearance":
                pending = by_id.get(f.settles_id) if f.settles_id is not None else None
                kind = pending.kind if pending is not None else "payment"
            parts = []
            if kind == DEPOSIT or f.amount <= 0:
                # a deposit; or a reversal whose original is not in the list: as its kind says
                parts.append((DEPOSIT if kind == DEPOSIT else BALANCE, f.amount, None))
            else:
                rest = f.amount
                for fee in fees:
                    take = min(rest, fee.outstanding)
                    if take > 0:
                        fee.paid += take
                        rest -= take
                        parts.append((fee.kind, take, fee.id))
                if rest:
                    parts.append((BALANCE, rest, None))
        paid_by[f.id] = parts
        out.extend(Allocation(f.id, k, a) for k, a, _ in parts)
    return out


@dataclass
class _Fee:
    id: int
    kind: str
    charged: int  # net of its reversal
    paid: int = 0

    @property
    def outstanding(self) -> int:
        return max(0, self.charged - self.paid)


def sum_by(allocations: Sequence[Allocation]) -> dict[str, int]:
    """Allocated amounts by kind, in report order, zero kinds left out."""
    totals = dict.fromkeys(MONEY_IN_KINDS, 0)
    for a in allocations:
        totals[a.kind] += a.amount
    return {k: v for k, v in totals.items() if v}
