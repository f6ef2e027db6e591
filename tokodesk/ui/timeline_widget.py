"""An example pickup timeline, drawn for a sample order so the owner sees what the pickup
policy does: the days before the pickup date, the free days, the storage fee running up
(capped if a cap is set), the automatic cancellation, and every message the timeline sends
by itself (``domain.timeline.schedule``).

Long stretches of days where nothing happens are folded into one "… n hari …" column, so a
cancellation after 60 days still fits on the screen.  ``lines()`` gives the same timeline
as plain text (tests, screen readers).
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from tokodesk.domain import timeline
from tokodesk.domain.dates import format_date
from tokodesk.domain.money import format_rupiah
from tokodesk.domain.orders import Fulfilment, OrderStatus
from tokodesk.domain.pickup import PickupPolicy

_MONTHS = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]


class Band(enum.StrEnum):
    BEFORE = "before"
    FREE = "free"
    FEE = "fee"
    FORFEIT = "forfeit"


class Mark(enum.StrEnum):
    """What a marker stands for (its colour)."""

    REMINDER = "reminder"
    PICKUP = "pickup"
    LAST_FREE = "last_free"
    FEE = "fee"
    FINAL = "final"
    CANCEL = "cancel"


# light fill of a day cell, strong colour of the band strip, text on the strip
BAND_COLOURS = {
    Band.BEFORE: ("#e3f2fd", "#90caf9", "#0d3c61"),
    Band.FREE: ("#e8f5e9", "#81c784", "#123d16"),
    Band.FEE: ("#fff3e0", "#ffb74d", "#4a2800"),
    Band.FORFEIT: ("#ffebee", "#e53935", "#ffffff"),
}
MARK_COLOURS = {
    Mark.REMINDER: "#1565c0",
    Mark.PICKUP: "#37474f",
    Mark.LAST_FREE: "#2e7d32",
    Mark.FEE: "#e65100",
    Mark.FINAL: "#c62828",
    Mark.CANCEL: "#8e0000",
}
_MARK_OF = {
    timeline.Reminder.READY: Mark.REMINDER,
    timeline.Reminder.REMIND_EARLY: Mark.REMINDER,
    timeline.Reminder.REMIND_DAY_BEFORE: Mark.REMINDER,
    timeline.Reminder.LAST_FREE_DAY: Mark.LAST_FREE,
    timeline.Reminder.FEE_STARTED: Mark.FEE,
    timeline.Reminder.FINAL_NOTICE: Mark.FINAL,
    timeline.Reminder.FORFEITED: Mark.CANCEL,
}

MARGIN = 8
ROW_H = 22  # one row of marker flags
PIN_GAP = 10
CELL_H = 42
STRIP_H = 24
FEE_H = 20
MAX_DAY_W = 96
GAP_W = 54
FOLD_FROM = 3  # a run of this many quiet days or more is folded into one column


def day_label(d: dt.date) -> str:
    """``24 Nov``."""
    return f"{d.day} {_MONTHS[d.month - 1]}"


def short_rupiah(amount: int) -> str:
    """``Rp15rb`` / ``Rp1,5jt``: the running fee where ``Rp15.000`` does not fit."""
    if amount >= 1_000_000:
        text = f"{amount / 1_000_000:.1f}".rstrip("0").rstrip(".").replace(".", ",")
        return f"Rp{text}jt"
    if amount >= 1_000 and amount % 1_000 == 0:
        return f"Rp{amount // 1_000}rb"
    return format_rupiah(amount)


@dataclass
class Column:
    """One day on the axis, or a folded run of quiet days (``first`` < ``last``)."""

    first: dt.date
    last: dt.date
    band: Band
    fee: int | None = None  # the running storage fee on that day (the last day of a fold)
    capped: bool = False
    fee_first: int | None = None  # a fold: the fee on its first day
    markers: list[tuple[str, Mark]] = field(default_factory=list)
    is_pickup: bool = False

    @property
    def folded(self) -> bool:
        return self.first != self.last

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1


class TimelineWidget(QWidget):
    """The example timeline.  ``set_policy(policy, offsets, pickup)`` redraws it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Contoh linimasa pengambilan"))
        self.policy = PickupPolicy()
        self.offsets: tuple[int, ...] = (2, 1)
        self.pickup = dt.date.today() + dt.timedelta(days=3)
        self.ready = self.pickup
        self.columns: list[Column] = []
        self._rows = 1
        self._flags: list[tuple[QRectF, float, str, Mark]] = []  # flag rect, pin x, text, kind
        self._xs: list[tuple[float, float]] = []  # left, width of each column
        self._build()

    # ----------------------------------------------------------------- the model

    def set_policy(
        self,
        policy: PickupPolicy,
        offsets: tuple[int, ...],
        pickup: dt.date,
        ready: dt.date | None = None,
    ) -> None:
        """Show ``policy`` for a sample order collected on ``pickup``, ready on ``ready``
        (default: the day before the earliest reminder, so every reminder shows)."""
        self.policy, self.offsets, self.pickup = policy, tuple(offsets), pickup
        self.ready = ready or pickup - dt.timedelta(days=max(offsets, default=1) + 1)
        self._build()

    def _band(self, d: dt.date) -> Band:
        # the storage clock starts at the pickup date, or the ready day when that was later
        p, policy = max(self.pickup, self.ready), self.policy
        if d < p:
            return Band.BEFORE
        if d >= policy.forfeit_on(p):
            return Band.FORFEIT
        if d <= policy.last_free_day(p) or not policy.storage_fee_per_day:
            return Band.FREE
        return Band.FEE

    def _marker_text(self, d: dt.date, kind: timeline.Reminder) -> str:
        if kind is timeline.Reminder.READY:
            return self.tr("Siap")
        if kind in (timeline.Reminder.REMIND_EARLY, timeline.Reminder.REMIND_DAY_BEFORE):
            return self.tr("H-{n}").format(n=(self.pickup - d).days)
        if kind is timeline.Reminder.LAST_FREE_DAY:
            return self.tr("Hari terakhir gratis")
        if kind is timeline.Reminder.FEE_STARTED:
            return self.tr("Biaya mulai")
        if kind is timeline.Reminder.FINAL_NOTICE:
            return self.tr("Peringatan terakhir")
        return self.tr("Batal, DP hangus")

    def _build(self) -> None:
        policy, p = self.policy, self.pickup
        facts = timeline.PickupFacts(
            status=OrderStatus.READY, fulfilment=Fulfilment.PICKUP, pickup_date=p, ready_on=self.ready
        )
        clock = timeline.clock_start(facts)
        forfeit = policy.forfeit_on(clock)
        markers: dict[dt.date, list[tuple[str, Mark]]] = {}
        for d, kind in timeline.schedule(facts, policy, self.offsets):
            markers.setdefault(d, []).append((self._marker_text(d, kind), _MARK_OF[kind]))
        markers.setdefault(p, []).insert(0, (self.tr("Tanggal ambil"), Mark.PICKUP))
        markers.setdefault(forfeit, []).append((self.tr("Batal otomatis"), Mark.CANCEL))

        one = dt.timedelta(days=1)
        start, end = min(self.ready, p) - one, forfeit + one
        key = {start, end, self.ready, p, forfeit, forfeit - one, *markers}
        if policy.storage_fee_per_day:
            key |= {policy.fee_starts(clock), policy.fee_starts(clock) + one}
            if policy.storage_fee_cap:
                days = -(-policy.storage_fee_cap // policy.storage_fee_per_day)  # ceiling
                key.add(policy.last_free_day(clock) + dt.timedelta(days=days))
        key.add(policy.last_free_day(clock))

        def column(a: dt.date, b: dt.date) -> Column:
            band = self._band(b)
            fee = timeline.storage_fee(facts, policy, b) if band is Band.FEE else None
            capped = bool(fee and policy.storage_fee_cap and fee >= policy.storage_fee_cap)
            first = timeline.storage_fee(facts, policy, a) if band is Band.FEE else None
            return Column(
                a,
                b,
                band,
                fee=fee,
                capped=capped,
                fee_first=first,
                markers=markers.get(a, []) if a == b else [],
                is_pickup=a == p,
            )

        cols: list[Column] = []
        quiet: list[dt.date] = []

        def flush() -> None:
            # fold only days of one band: a fold never hides where a band starts
            if len(quiet) >= FOLD_FROM and self._band(quiet[0]) is self._band(quiet[-1]):
                cols.append(column(quiet[0], quiet[-1]))
            else:
                cols.extend(column(q, q) for q in quiet)
            quiet.clear()

        d = start
        while d <= end:
            if d in key or (quiet and self._band(d) is not self._band(quiet[0])):
                flush()
            if d in key:
                cols.append(column(d, d))
            else:
                quiet.append(d)
            d += one
        flush()
        self.columns = cols
        self.setAccessibleDescription("\n".join(self.lines()))
        self._relayout()
        self.update()

    # ----------------------------------------------------------------- text

    def _band_words(self, c: Column) -> str:
        if c.band is Band.BEFORE:
            return self.tr("sebelum tanggal ambil")
        if c.band is Band.FREE:
            return self.tr("gratis")
        if c.band is Band.FORFEIT:
            return self.tr("batal, DP hangus")
        if c.folded and c.fee_first != c.fee:
            text = self.tr("biaya simpan naik sampai {fee}").format(fee=format_rupiah(c.fee or 0))
        elif c.folded:
            text = self.tr("biaya simpan tetap {fee}").format(fee=format_rupiah(c.fee or 0))
        else:
            text = self.tr("biaya simpan {fee}").format(fee=format_rupiah(c.fee or 0))
        return text + (self.tr(" (batas)") if c.capped else "")

    def lines(self) -> list[str]:
        """The timeline as text, one line a day (a folded run of days on one line)."""
        out = []
        year = self.columns[0].first.year if self.columns else self.pickup.year

        def label(d: dt.date) -> str:  # the year only where it is not the one the axis starts in
            return day_label(d) if d.year == year else format_date(d)

        for c in self.columns:
            if c.folded:
                when = self.tr("{first}–{last} ({n} hari)").format(
                    first=label(c.first), last=label(c.last), n=c.days
                )
            else:
                when = label(c.first)
            parts = [when, self._band_words(c)]
            for text, kind in c.markers:
                if kind in (Mark.PICKUP, Mark.CANCEL):
                    parts.append(text)
                else:
                    parts.append(self.tr("pesan «{name}»").format(name=text))
            out.append(" · ".join(parts))
        return out

    def _strip_texts(self, band: Band) -> list[str]:
        """The label of a band strip, longest first (the first that fits is drawn)."""
        if band is Band.BEFORE:
            return [self.tr("Sebelum tanggal ambil"), self.tr("Sebelum ambil")]
        if band is Band.FREE:
            return [self.tr("Gratis disimpan"), self.tr("Gratis")]
        if band is Band.FEE:
            fee = self.tr("Biaya simpan {fee}/hari").format(
                fee=format_rupiah(self.policy.storage_fee_per_day)
            )
            if not self.policy.storage_fee_cap:
                return [fee, self.tr("Biaya simpan")]
            cap = self.tr(", paling banyak {cap}").format(cap=format_rupiah(self.policy.storage_fee_cap))
            return [fee + cap, fee, self.tr("Biaya simpan")]
        return [self.tr("Batal otomatis, DP hangus"), self.tr("Batal, DP hangus"), self.tr("DP hangus")]

    def _weekday(self, d: dt.date) -> str:
        return [
            self.tr("Sen"),
            self.tr("Sel"),
            self.tr("Rab"),
            self.tr("Kam"),
            self.tr("Jum"),
            self.tr("Sab"),
            self.tr("Min"),
        ][d.weekday()]

    # ----------------------------------------------------------------- geometry

    def _fonts(self) -> tuple[QFont, QFont, QFont]:
        base = QFont(self.font())
        small = QFont(base)
        small.setPointSizeF(max(7.0, base.pointSizeF() * 0.85))
        bold = QFont(base)
        bold.setBold(True)
        return base, small, bold

    def _relayout(self) -> None:
        """Column positions and marker flags for the current width; the height follows
        from how many rows of flags are needed."""
        width = max(self.width(), 300)
        folds = sum(1 for c in self.columns if c.folded)
        days = len(self.columns) - folds
        avail = width - 2 * MARGIN - folds * GAP_W
        day_w = min(MAX_DAY_W, avail / days) if days else 0
        used = days * day_w + folds * GAP_W
        x = MARGIN + max(0.0, (width - 2 * MARGIN - used) / 2)
        self._xs = []
        for c in self.columns:
            w = GAP_W if c.folded else day_w
            self._xs.append((x, w))
            x += w

        small = self._fonts()[1]
        fm = QFontMetrics(small)
        flags: list[tuple[int, float, float, float, str, Mark]] = []  # row, left, width, pin x, …

        def fits(row: int, fx: float, fw: float, cx: float, strict: bool = True) -> bool:
            for r, x, w, pin, _, _ in flags:
                if r == row and x < fx + fw + 4 and fx < x + w + 4:
                    return False  # two flags side by side
                if not strict:
                    continue
                if r < row and x - 2 <= cx <= x + w + 2:
                    return False  # this pin would cross a lower flag
                if r > row and fx - 2 <= pin <= fx + fw + 2:
                    return False  # this flag would cover a higher flag's pin
            return True

        for (left, w), c in zip(self._xs, self.columns, strict=True):
            for text, kind in c.markers:
                fw = fm.horizontalAdvance(text) + 12
                cx = left + w / 2
                fx = min(max(MARGIN / 2, cx - fw / 2), width - MARGIN / 2 - fw)
                rows = range(len(flags) + 1)
                row = next((r for r in rows if fits(r, fx, fw, cx)), None)
                if row is None:  # crowded: a pin may pass behind another flag
                    row = next(r for r in rows if fits(r, fx, fw, cx, strict=False))
                flags.append((row, fx, fw, cx, text, kind))
        self._rows = max((f[0] + 1 for f in flags), default=1)
        top = MARGIN
        self._flags = []
        for row, fx, fw, cx, text, kind in flags:
            # the first row sits nearest the axis, so the shortest pins are the most common
            y = top + (self._rows - 1 - row) * ROW_H
            self._flags.append((QRectF(fx, y, fw, ROW_H - 4), cx, text, kind))
        height = self._axis_top() + CELL_H + STRIP_H + FEE_H + MARGIN
        if self.minimumHeight() != height:
            self.setFixedHeight(height)

    def _axis_top(self) -> int:
        return MARGIN + self._rows * ROW_H + PIN_GAP

    def sizeHint(self) -> QSize:
        return QSize(max(600, len(self.columns) * 70), self._axis_top() + CELL_H + STRIP_H + FEE_H + MARGIN)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._relayout()
        super().resizeEvent(event)

    # ----------------------------------------------------------------- painting

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._xs or len(self._xs) != len(self.columns):
            self._relayout()
        base, small, bold = self._fonts()
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#ffffff"))
        axis = self._axis_top()

        # marker pins and flags
        for rect, cx, _, kind in self._flags:  # pins first: a flag is never crossed out
            p.setPen(QPen(QColor(MARK_COLOURS[kind]), 1.5))
            p.drawLine(int(cx), int(rect.bottom()), int(cx), axis)
        for rect, _, text, kind in self._flags:
            colour = QColor(MARK_COLOURS[kind])
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(colour)
            p.drawRoundedRect(rect, 4, 4)
            p.setPen(QColor("#ffffff"))
            p.setFont(small)
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)

        # day cells
        grid = QColor("#b0bec5")
        base_fm = QFontMetrics(base)
        compact = any(
            base_fm.horizontalAdvance(day_label(c.first)) > w - 3
            for (_, w), c in zip(self._xs, self.columns, strict=True)
            if not c.folded
        )
        shown_month: int | None = None  # the month of the last day drawn
        for (left, w), c in zip(self._xs, self.columns, strict=True):
            light, strong, _ = BAND_COLOURS[c.band]
            cell = QRectF(left, axis, w, CELL_H)
            p.setPen(QPen(grid, 1))
            p.setBrush(QColor(light))
            p.drawRect(cell)
            if c.folded:
                p.setPen(QColor("#546e7a"))
                p.setFont(bold)
                p.drawText(cell.adjusted(0, 2, 0, -CELL_H / 2), Qt.AlignmentFlag.AlignCenter, "⋯")
                p.setFont(small)
                p.drawText(
                    cell.adjusted(0, CELL_H / 2 - 2, 0, -2),
                    Qt.AlignmentFlag.AlignCenter,
                    self.tr("{n} hari").format(n=c.days),
                )
                continue
            # "24 Nov" where every day has room for it; else the day alone, and the month
            # instead of the weekday where a month begins
            label, top = day_label(c.first), self._weekday(c.first)
            if compact:
                label = str(c.first.day)
                if c.first.month != shown_month:
                    top = _MONTHS[c.first.month - 1]
            shown_month = c.first.month
            p.setFont(bold if c.is_pickup else base)
            if QFontMetrics(p.font()).horizontalAdvance(label) > w - 3:
                p.setFont(base)
            p.setPen(QColor("#263238"))
            p.drawText(cell.adjusted(0, CELL_H / 2 - 4, 0, -2), Qt.AlignmentFlag.AlignCenter, label)
            p.setFont(small)
            p.setPen(QColor("#607d8b"))
            p.drawText(cell.adjusted(0, 2, 0, -CELL_H / 2 + 2), Qt.AlignmentFlag.AlignCenter, top)
            if c.is_pickup:
                p.setPen(QPen(QColor(MARK_COLOURS[Mark.PICKUP]), 2.5))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRect(cell.adjusted(1, 1, -1, -1))

        # band strips, one per run of the same band
        strip_top = axis + CELL_H + 2
        runs: list[tuple[Band, float, float]] = []
        for (left, w), c in zip(self._xs, self.columns, strict=True):
            if runs and runs[-1][0] is c.band:
                runs[-1] = (c.band, runs[-1][1], left + w)
            else:
                runs.append((c.band, left, left + w))
        p.setFont(small)
        for band, a, b in runs:
            _, strong, ink = BAND_COLOURS[band]
            rect = QRectF(a + 1, strip_top, b - a - 2, STRIP_H - 4)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(strong))
            p.drawRoundedRect(rect, 3, 3)
            p.setPen(QColor(ink))
            fm = QFontMetrics(small)
            texts = self._strip_texts(band)
            text = next((t for t in texts if fm.horizontalAdvance(t) <= rect.width() - 6), texts[-1])
            text = fm.elidedText(text, Qt.TextElideMode.ElideRight, int(rect.width()) - 6)
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)

        # the running storage fee under each fee day
        fee_top = strip_top + STRIP_H - 2
        fm = QFontMetrics(small)
        fees = [
            (QRectF(left, fee_top, w, FEE_H), c, ("→" if c.folded and c.fee_first != c.fee else ""))
            for (left, w), c in zip(self._xs, self.columns, strict=True)
            if c.fee is not None
        ]
        # one style for the whole row: Rp15.000 where every amount fits, Rp15rb otherwise
        fmt = format_rupiah
        if any(fm.horizontalAdvance(arrow + fmt(c.fee or 0)) > rect.width() - 2 for rect, c, arrow in fees):
            fmt = short_rupiah
        for rect, c, arrow in fees:
            text = arrow + fmt(c.fee or 0)
            if fm.horizontalAdvance(text) > rect.width() - 2:
                continue
            font = QFont(small)
            font.setBold(c.capped)
            p.setFont(font)
            p.setPen(QColor("#8a3a00"))
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        p.end()
