"""The routine reports as PDF (A4 portrait): the daily closing and the weekly and monthly
reviews.

Data in (``DailyClosing`` / ``PeriodReport`` of ``tokodesk.services.reports``, filled there),
PDF bytes out.  The documents layer may not import the services, so the report is read by
its fields: a report whose period kind is ``daily`` is a daily closing, any other a period
review.  Fonts, styles, tables and the page footer are the evidence bundle's
(``tokodesk.documents.evidence``, itself built on ``render``), so every Indonesian letter is
there on any PC and the pages are numbered «Halaman n/N».

Every list is a table that repeats its header and continues on the next page; no table is
wider than the page (each has one flexible column whose text wraps).  The labels and
formatters at the top are shared with the spreadsheet (``report_xlsx``).
"""

from __future__ import annotations

import datetime as dt
import functools
import io
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, KeepTogether, PageTemplate, Spacer

from tokodesk.catalogue import SOURCE, Words, words
from tokodesk.documents.evidence import _EvidenceCanvas, _extra_styles, _table_style, plain, shown
from tokodesk.documents.model import PaperSize
from tokodesk.documents.render import COND, LAYOUTS, P, _line, grid, register_fonts, styles, text_width
from tokodesk.domain.complaints import FINDING_LABELS, RESOLUTION_LABELS, STATUS_LABELS, TYPE_LABELS
from tokodesk.domain.dates import format_date, format_datetime
from tokodesk.domain.errors import QT_TRANSLATE_NOOP
from tokodesk.domain.ledger import METHOD_LABELS
from tokodesk.domain.money import format_rupiah
from tokodesk.domain.reports import (
    CHAIN_LABELS,
    KIND_LABELS,
    REPORT_TITLES,
    WEEKDAYS_SHORT,
    format_duration,
    period_label,
)

# the report: a DailyClosing or a PeriodReport (tokodesk.services.reports), read by its fields
Report = Any

# ---------------------------------------------------------------- labels (shared with report_xlsx)

TITLES = REPORT_TITLES
MONEY_KIND_LABELS = KIND_LABELS
STANDING_LABELS = {
    "normal": QT_TRANSLATE_NOOP("labels", "Normal"),
    "questionable": QT_TRANSLATE_NOOP("labels", "Perlu diwaspadai"),
    "blacklisted": QT_TRANSLATE_NOOP("labels", "Daftar hitam"),
}
WEEKDAYS = [
    QT_TRANSLATE_NOOP("labels", "Senin"),
    QT_TRANSLATE_NOOP("labels", "Selasa"),
    QT_TRANSLATE_NOOP("labels", "Rabu"),
    QT_TRANSLATE_NOOP("labels", "Kamis"),
    QT_TRANSLATE_NOOP("labels", "Jumat"),
    QT_TRANSLATE_NOOP("labels", "Sabtu"),
    QT_TRANSLATE_NOOP("labels", "Minggu"),
]
MONEY_ONLY_OWNER = QT_TRANSLATE_NOOP("reports", "Angka uang hanya untuk pemilik.")
PAPER_PROOF = QT_TRANSLATE_NOOP(
    "reports",
    "Salinan cetak ini bukti di luar komputer: simpan kertas ini. Bila catatan di komputer diubah "
    "kemudian, ujung rantainya tidak akan cocok lagi dengan yang tercetak di sini.",
)
NONE = "—"
INDONESIAN = words(SOURCE)  # the source language: every text as written here


def is_daily(report: Report) -> bool:
    return str(report.period.kind) == "daily"


def title_of(report: Report, w: Words = INDONESIAN) -> str:
    kind = str(report.period.kind)
    return w.translate("labels", TITLES[kind]) if kind in TITLES else w.translate("reports", "Laporan")


def period_label_of(report: Report, w: Words = INDONESIAN) -> str:
    """The period's own label (made in Indonesian by the report), in ``w``'s language."""
    if w.language == SOURCE:
        return report.period.label
    p = report.period
    return period_label(str(p.kind), p.start, p.end, w.language, w.translate)


def period_text(report: Report, w: Words = INDONESIAN) -> str:
    """«Senin, 23 Nov 2026» for a day, the period's own label otherwise."""
    label = period_label_of(report, w)
    if is_daily(report):
        return f"{weekday_label(report.period.start.weekday(), w)}, {label}"
    return label


def weekday_label(day: int, w: Words = INDONESIAN) -> str:
    """Monday = 0 → «Senin»."""
    return w.translate("labels", WEEKDAYS[day])


def weekday_short(day: int, w: Words = INDONESIAN) -> str:
    """Monday = 0 → «Sen»."""
    return w.translate("labels", WEEKDAYS_SHORT[day])


def _label(w: Words, labels: Mapping[Any, str], key: object) -> str:
    """A domain label (context «labels») in ``w``'s language; an unknown key as it is."""
    text = labels.get(key)
    return str(key) if text is None else w.translate("labels", text)


def method_label(method: str | None, w: Words = INDONESIAN) -> str:
    return _label(w, METHOD_LABELS, method) if method else NONE


def money_kind_label(kind: str, w: Words = INDONESIAN) -> str:
    return _label(w, MONEY_KIND_LABELS, kind)


def type_label(kind: str, w: Words = INDONESIAN) -> str:
    return _label(w, TYPE_LABELS, kind)  # StrEnum keys match str


def status_label(status: str, w: Words = INDONESIAN) -> str:
    return _label(w, STATUS_LABELS, status)


def finding_label(finding: str, w: Words = INDONESIAN) -> str:
    return _label(w, FINDING_LABELS, finding)


def resolution_label(resolution: str | None, w: Words = INDONESIAN) -> str:
    if not resolution:
        return NONE
    return _label(w, RESOLUTION_LABELS, resolution)


def standing_label(standing: str, w: Words = INDONESIAN) -> str:
    return _label(w, STANDING_LABELS, standing)


def chain_label(name: str, w: Words = INDONESIAN) -> str:
    return _label(w, CHAIN_LABELS, name)


def duration_text(value: dt.timedelta | None, w: Words = INDONESIAN) -> str:
    """«3 jam 20 menit» / «3 h 20 min»."""
    return format_duration(value, w.translate)


def format_decimal(value: Decimal, w: Words = INDONESIAN) -> str:
    """``Decimal('12.5')`` → «12,5»: the Indonesian decimal comma (English: «12.5»)."""
    return str(value) if w.english else str(value).replace(".", ",")


def format_percent(value: Decimal | None, w: Words = INDONESIAN) -> str:
    return NONE if value is None else f"{format_decimal(value, w)}%"


def format_count(value: int, w: Words = INDONESIAN) -> str:
    """«1.204» (English «1,204»)."""
    return f"{value:,}" if w.english else f"{value:,}".replace(",", ".")


def money_kinds(report: Report) -> list[str]:
    """The kinds that occur in the money-in lines, in the table's order."""
    present = {line.kind for line in report.money_in} | {k for k, v in report.money_in_by_kind.items() if v}
    return [k for k in MONEY_KIND_LABELS if k in present] + sorted(present - MONEY_KIND_LABELS.keys())


def money_methods(report: Report) -> list[str]:
    present = {line.method for line in report.money_in} | {
        m for m, v in report.money_in_by_method.items() if v
    }
    return [m for m in METHOD_LABELS if m in present] + sorted(present - METHOD_LABELS.keys())


# ---------------------------------------------------------------- drawing

SIZE = PaperSize.A4
LAY = LAYOUTS[SIZE]
FW = LAY.frame_width
ACCENT = colors.HexColor("#2f6db5")
SOFT = colors.HexColor("#f4f6f9")
GRID = colors.HexColor("#c9ced6")
CHART_FONT = 7.5


@functools.cache
def _styles() -> dict:
    s = styles(SIZE)
    x = _extra_styles()
    return {
        **s,
        **x,
        "cell_bold": x["cell"].clone("rp_cell_bold", fontName=LAY.bold),
        "cell_right_bold": x["cell_right"].clone("rp_cell_right_bold", fontName=LAY.bold),
        "head": s["small"].clone("rp_head", fontName=LAY.bold, textColor=colors.black),
        "head_right": s["small_right"].clone("rp_head_right", fontName=LAY.bold, textColor=colors.black),
        "hash": x["cell"].clone("rp_hash", fontName=COND, fontSize=7, leading=9, wordWrap="CJK"),
        "figure_label": s["small"].clone("rp_fig_label", fontSize=LAY.small - 0.5),
        "figure": s["bold"].clone("rp_figure", fontSize=LAY.body + 3, leading=(LAY.body + 3) * 1.25),
        "note": s["small"].clone("rp_note", spaceBefore=1.5, spaceAfter=1.5),
        "proof": s["bold"].clone("rp_proof", fontSize=LAY.body, spaceBefore=2 * mm),
    }


def t(value: object) -> str:
    """Stored text as paragraph markup (characters the font lacks as ``[U+…]``)."""
    return shown(str(value if value is not None else ""))


def rp(amount: int) -> str:
    return escape(format_rupiah(amount))


def section(title: str) -> Flowable:
    return P(escape(title), _styles()["section"])


def subsection(title: str) -> Flowable:
    return P(escape(title), _styles()["subsection"])


def note(markup: str) -> Flowable:
    return P(markup, _styles()["note"])


def nothing(w: Words, what: str | None = None) -> Flowable:
    """A note that a list is empty: ``what`` (already in the reader's language), or «Tidak ada.»."""
    return note(escape(what if what is not None else w.translate("reports", "Tidak ada.")))


def table(
    head: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths: Sequence[float | None],
    *,
    right: Sequence[int] = (),
    total: Sequence[object] | None = None,
    bold_first: bool = False,
) -> Flowable:
    """A table of markup cells with a repeated header; ``None`` widths share what is left of
    the page, so the table is never wider than the frame.  ``total`` is a bold last row."""
    st = _styles()
    fixed = sum(w for w in widths if w is not None)
    flex = [i for i, w in enumerate(widths) if w is None]
    rest = max(FW - fixed, 15 * mm)
    col_w = [w if w is not None else rest / len(flex) for w in widths]

    def cell(value: object, col: int, bold: bool) -> object:
        if isinstance(value, (Flowable, list)):
            return value
        if col in right:
            return P(str(value), st["cell_right_bold" if bold else "cell_right"])
        return P(str(value), st["cell_bold" if bold else "cell"])

    data: list[list] = [
        [P(escape(h), st["head_right" if i in right else "head"]) for i, h in enumerate(head)]
    ]
    for r in rows:
        data.append([cell(v, i, bold_first and i == 0) for i, v in enumerate(r)])
    style = list(_table_style())
    if total is not None:
        data.append([cell(v, i, True) for i, v in enumerate(total)])
        style += [
            ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
            ("BACKGROUND", (0, -1), (-1, -1), SOFT),
        ]
    return grid(LAY, data, colWidths=col_w, style=style, repeatRows=1, hAlign="LEFT")


def key_figures(figures: Sequence[tuple[str, str]], per_row: int = 4) -> Flowable:
    """The few numbers a reader looks for first, in boxes."""
    st = _styles()
    cells = [[P(escape(label), st["figure_label"]), P(value, st["figure"])] for label, value in figures]
    while len(cells) % per_row:
        cells.append("")
    rows = [cells[i : i + per_row] for i in range(0, len(cells), per_row)]
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value != "":
                style += [
                    ("BACKGROUND", (c, r), (c, r), SOFT),
                    ("BOX", (c, r), (c, r), 0.6, colors.white),
                    ("LINEBEFORE", (c, r), (c, r), 2, ACCENT),
                ]
    return grid(LAY, rows, colWidths=[FW / per_row] * per_row, style=style, hAlign="LEFT")


def _nice_step(top: int) -> int:
    """A round tick step that gives at most six ticks up to ``top``."""
    step = 1
    while True:
        for m in (1, 2, 5):
            if top <= 6 * step * m:
                return step * m
        step *= 10


def _axis(axis, top: int) -> None:
    step = _nice_step(max(top, 1))
    axis.valueMin = 0
    axis.valueStep = step
    axis.valueMax = max(step, -(-max(top, 1) // step) * step)
    axis.labelTextFormat = "%d"
    axis.labels.fontName = LAY.font
    axis.labels.fontSize = CHART_FONT - 0.5
    axis.strokeColor = GRID
    axis.gridStrokeColor = GRID
    axis.gridStrokeWidth = 0.3
    axis.visibleGrid = 1


def hbar_chart(labels: Sequence[str], values: Sequence[int], width: float) -> Flowable:
    """Horizontal bars, the first label at the top, each bar with its count."""
    from reportlab.graphics.charts.barcharts import HorizontalBarChart
    from reportlab.graphics.shapes import Drawing

    bar = 12
    label_w = max(text_width(x, LAY.font, CHART_FONT) for x in labels) + 6
    height = len(labels) * bar + 16
    d = Drawing(width, height)
    c = HorizontalBarChart()
    c.x, c.y = label_w, 12
    c.width, c.height = width - label_w - 18, len(labels) * bar
    c.data = [list(reversed([int(v) for v in values]))]
    c.categoryAxis.categoryNames = list(reversed(list(labels)))
    c.categoryAxis.labels.fontName = LAY.font
    c.categoryAxis.labels.fontSize = CHART_FONT
    c.categoryAxis.labels.boxAnchor = "e"
    c.categoryAxis.labels.dx = -3
    c.categoryAxis.strokeColor = GRID
    c.categoryAxis.tickLeft = 0
    _axis(c.valueAxis, max(values, default=0))
    c.bars[0].fillColor = ACCENT
    c.bars[0].strokeColor = None
    c.barSpacing = 0
    c.groupSpacing = 3
    c.barLabelFormat = "%d"
    c.barLabels.fontName = LAY.font
    c.barLabels.fontSize = CHART_FONT - 0.5
    c.barLabels.boxAnchor = "w"
    c.barLabels.dx = 3
    d.add(c)
    return d


def vbar_chart(labels: Sequence[str], values: Sequence[int], width: float, height: float) -> Flowable:
    """Vertical bars, one per label, left to right."""
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import Drawing

    d = Drawing(width, height)
    c = VerticalBarChart()
    top = max(values, default=0)
    axis_w = text_width(str(max(top, 1) * 10), LAY.font, CHART_FONT - 0.5) + 4
    c.x, c.y = axis_w + 2, 13
    c.width, c.height = width - axis_w - 4, height - 24
    c.data = [[int(v) for v in values]]
    c.categoryAxis.categoryNames = list(labels)
    c.categoryAxis.labels.fontName = LAY.font
    c.categoryAxis.labels.fontSize = CHART_FONT - (1 if len(labels) > 12 else 0)
    c.categoryAxis.labels.boxAnchor = "n"
    c.categoryAxis.labels.dy = -2
    c.categoryAxis.strokeColor = GRID
    c.categoryAxis.tickDown = 0
    _axis(c.valueAxis, top)
    c.bars[0].fillColor = ACCENT
    c.bars[0].strokeColor = None
    c.barSpacing = 0
    c.groupSpacing = 2 if len(labels) > 12 else 6
    if len(labels) <= 12:
        c.barLabelFormat = "%d"
        c.barLabels.fontName = LAY.font
        c.barLabels.fontSize = CHART_FONT - 0.5
        c.barLabels.boxAnchor = "s"
        c.barLabels.dy = 2
    d.add(c)
    return d


def side_by_side(
    left: Flowable | list, right: Flowable | list, left_w: float, gap: float = 6 * mm
) -> Flowable:
    return grid(
        LAY,
        [[left, right]],
        colWidths=[left_w, FW - left_w],
        style=[
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (0, 0), gap),
        ],
        hAlign="LEFT",
    )


# ---------------------------------------------------------------- common blocks


def header(report: Report, shop_name: str, w: Words) -> list[Flowable]:
    st = _styles()
    lang = w.language
    title = title_of(report, w)
    period = period_text(report, w)
    made = w.translate("reports", "Dibuat {at}").format(at=format_datetime(report.generated_at, lang))
    right_w = min(
        max(
            text_width(title, LAY.bold, LAY.title),
            text_width(period, LAY.bold, LAY.body),
            text_width(made, LAY.font, LAY.small),
        )
        + 6 * mm,
        FW * 0.55,
    )
    left = [
        P(t(shop_name), st["shop"]),
        P(escape(w.translate("reports", "Laporan rutin TokoDesk")), st["shop_info"]),
    ]
    right = [
        P(escape(title), st["title"]),
        Spacer(0, 1.5),
        P(f"<b>{escape(period)}</b>", st["head_right"]),
        P(escape(made), st["small_right"]),
    ]
    if not is_daily(report):
        span = f"{format_date(report.period.start, lang)} – {format_date(report.period.end, lang)}"
        right.append(P(escape(span), st["small_right"]))
    head = grid(
        LAY,
        [[left, right]],
        colWidths=[FW - right_w, right_w],
        style=[
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ],
    )
    return [head, Spacer(0, 2 * mm), _line(LAY, 1.2, colors.black), Spacer(0, 3 * mm)]


CELL_FONT = LAY.small + 0.5
DATE_W = 22 * mm  # «22 Nov 2026» in a cell, with padding
MOMENT_W = 31 * mm  # «22 Nov 2026 14.05»


def _money_w(*amounts: int, header: str = "") -> float:
    widest = max((text_width(format_rupiah(a), LAY.bold, CELL_FONT) for a in amounts), default=0)
    return max(widest, text_width(header, LAY.bold, LAY.small), 16 * mm) + 6


def _widest(texts: Sequence[str]) -> str:
    return max(texts, key=lambda x: text_width(x, LAY.bold, LAY.small), default="")


def complaints_table(lines: Sequence, *, with_cost: bool, w: Words) -> Flowable:
    lang = w.language
    head = [
        w.translate("reports", "No"),
        w.translate("reports", "Diterima"),
        w.translate("reports", "Pesanan · pelanggan"),
        w.translate("reports", "Jenis"),
        w.translate("reports", "Status · temuan"),
        w.translate("reports", "Penyelesaian"),
        w.translate("reports", "Staf"),
    ]
    widths: list[float | None] = [
        max(
            text_width(f"#{max((c.id for c in lines), default=0)}", LAY.font, CELL_FONT),
            text_width(head[0], LAY.bold, LAY.small),
        )
        + 8,
        DATE_W,
        None,
        27 * mm,
        25 * mm,
        24 * mm,
        17 * mm,
    ]
    rows = []
    for c in lines:
        who = f"<b>{t(c.order_code)}</b><br/>{t(c.customer_name)}" if c.order_code else t(c.customer_name)
        finding = escape(finding_label(c.finding, w))
        state = f"{escape(status_label(c.status, w))}<br/><font size='{LAY.small - 0.5}'>{finding}</font>"
        rows.append(
            [
                f"#{c.id}",
                escape(format_date(_local_date(c.received_at), lang)),
                who,
                escape(type_label(c.kind, w)),
                state,
                escape(resolution_label(c.resolution, w)),
                t(c.staff),
            ]
        )
    right: list[int] = []
    if with_cost:
        cost = w.translate("reports", "Biaya")
        head.insert(6, cost)
        widths.insert(6, _money_w(*(c.cost for c in lines), header=cost))
        for row, c in zip(rows, lines, strict=True):
            row.insert(6, rp(c.cost) if c.cost else NONE)
        right = [6]
    return table(head, rows, widths, right=right)


def _local_date(t_: dt.datetime) -> dt.date:
    return (t_.astimezone() if t_.tzinfo else t_).date()


# ---------------------------------------------------------------- the daily closing


def daily_story(r: Report, w: Words) -> list[Flowable]:
    st = _styles()
    lang = w.language
    total_word = w.translate("reports", "Jumlah")
    cash_in = r.money_in_by_method.get("cash", 0)
    cash_out = r.refunds_by_method.get("cash", 0)
    out: list[Flowable] = [
        key_figures(
            [
                (w.translate("reports", "Uang masuk"), rp(r.money_in_total)),
                (w.translate("reports", "Pengembalian dana"), rp(r.refunds_total)),
                (w.translate("reports", "Uang tunai di laci"), rp(r.cash_in_drawer)),
                (w.translate("reports", "DP hangus"), rp(r.forfeited_total)),
                (w.translate("reports", "Belum cair"), rp(r.pending_total)),
                (w.translate("reports", "COD belum diterima"), rp(r.cod_outstanding_total)),
                (w.translate("reports", "Keluhan dibuka"), str(len(r.complaints_opened))),
                (w.translate("reports", "Keluhan ditutup"), str(len(r.complaints_closed))),
            ]
        )
    ]

    # money in: method × kind
    out.append(section(w.translate("reports", "Uang masuk")))
    kinds, methods = money_kinds(r), money_methods(r)
    if not r.money_in and not r.money_in_total:
        out.append(nothing(w, w.translate("reports", "Tidak ada uang masuk hari ini.")))
    else:
        cells = {(line.method, line.kind): line.amount for line in r.money_in}
        all_amounts = [*cells.values(), *r.money_in_by_kind.values(), *r.money_in_by_method.values()]
        widest_kind = _widest([money_kind_label(k, w) for k in MONEY_KIND_LABELS])
        amount_w = _money_w(*all_amounts, r.money_in_total, header=widest_kind)
        method_w = max(text_width(method_label(m, w), LAY.bold, CELL_FONT) for m in [*methods, "cash"]) + 10
        method_w = max(method_w, 22 * mm)
        rows = [
            [escape(method_label(m, w))]
            + [rp(cells[m, k]) if cells.get((m, k)) else NONE for k in kinds]
            + [rp(r.money_in_by_method.get(m, 0))]
            for m in methods
        ]
        total = (
            [escape(total_word)] + [rp(r.money_in_by_kind.get(k, 0)) for k in kinds] + [rp(r.money_in_total)]
        )
        widths: list[float | None] = [method_w] + [amount_w] * (len(kinds) + 1)
        widths[0] = None if method_w + amount_w * (len(kinds) + 1) < FW else method_w
        out.append(
            table(
                [w.translate("reports", "Metode"), *(money_kind_label(k, w) for k in kinds), total_word],
                rows,
                widths,
                right=range(1, len(kinds) + 2),
                total=total,
                bold_first=True,
            )
        )
        out.append(
            note(
                escape(
                    w.translate(
                        "reports",
                        "Termasuk pembayaran tertunda yang cair hari ini (dihitung pada metode dan jenis "
                        "pembayaran aslinya); pembayaran dialokasikan ke biaya yang tertunggak dulu, sisanya "
                        "pelunasan.",
                    )
                )
            )
        )

    when = w.translate("reports", "Waktu")
    order = w.translate("reports", "Pesanan")
    customer = w.translate("reports", "Pelanggan")
    method = w.translate("reports", "Metode")
    remark = w.translate("reports", "Catatan")

    # refunds
    out.append(section(w.translate("reports", "Pengembalian dana")))
    if r.refunds:
        out.append(
            table(
                [when, order, customer, method, remark, total_word],
                [
                    [
                        escape(format_datetime(m.at, lang)),
                        f"<b>{t(m.order_code)}</b>",
                        t(m.customer_name),
                        escape(method_label(m.method, w)),
                        t(m.note),
                        rp(m.amount),
                    ]
                    for m in r.refunds
                ],
                [
                    MOMENT_W,
                    28 * mm,
                    None,
                    20 * mm,
                    None,
                    _money_w(*(m.amount for m in r.refunds), r.refunds_total, header=total_word),
                ],
                right=[5],
                total=[escape(total_word), "", "", "", "", rp(r.refunds_total)],
            )
        )
        if len(r.refunds_by_method) > 1:
            by = ", ".join(
                f"{escape(method_label(m, w))} {rp(v)}" for m, v in r.refunds_by_method.items() if v
            )
            out.append(note(escape(w.translate("reports", "Per metode: {list}")).format(list=by)))
    else:
        out.append(nothing(w, w.translate("reports", "Tidak ada pengembalian dana hari ini.")))

    # the cash drawer
    drawer = [
        section(w.translate("reports", "Uang tunai di laci")),
        table(
            ["", total_word],
            [
                [escape(w.translate("reports", "Tunai masuk")), rp(cash_in)],
                [
                    escape(w.translate("reports", "Pengembalian tunai")),
                    rp(-cash_out) if cash_out else rp(0),
                ],
            ],
            [None, _money_w(cash_in, cash_out, r.cash_in_drawer, header=total_word)],
            right=[1],
            total=[
                escape(w.translate("reports", "Seharusnya ada di laci (selisih hari ini)")),
                rp(r.cash_in_drawer),
            ],
        ),
        note(
            escape(
                w.translate(
                    "reports", "Hitung uang di laci dan cocokkan dengan angka ini sebelum tutup toko."
                )
            )
        ),
    ]
    out.append(KeepTogether(drawer))

    # forfeitures
    out.append(section(w.translate("reports", "DP hangus")))
    if r.forfeitures:
        out.append(
            table(
                [when, order, customer, remark, total_word],
                [
                    [
                        escape(format_datetime(m.at, lang)),
                        f"<b>{t(m.order_code)}</b>",
                        t(m.customer_name),
                        t(m.note),
                        rp(m.amount),
                    ]
                    for m in r.forfeitures
                ],
                [
                    MOMENT_W,
                    28 * mm,
                    None,
                    None,
                    _money_w(*(m.amount for m in r.forfeitures), r.forfeited_total, header=total_word),
                ],
                right=[4],
                total=[escape(total_word), "", "", "", rp(r.forfeited_total)],
            )
        )
    else:
        out.append(nothing(w, w.translate("reports", "Tidak ada DP hangus hari ini.")))

    # pending payments
    out.append(section(w.translate("reports", "Pembayaran belum cair")))
    if r.pending:
        overdue = escape(w.translate("reports", "lewat, cek"))
        rows = []
        for m in r.pending:
            clears = escape(format_date(m.clears_on, lang)) if m.clears_on else NONE
            if m.clears_on is not None and m.clears_on < r.period.end:
                clears = f"<b>{clears}</b><br/><font color='#b3261e'>{overdue}</font>"
            rows.append(
                [
                    escape(format_datetime(m.at, lang)),
                    f"<b>{t(m.order_code)}</b>",
                    t(m.customer_name),
                    escape(method_label(m.method, w)),
                    clears,
                    rp(m.amount),
                ]
            )
        out.append(
            table(
                [
                    w.translate("reports", "Diterima"),
                    order,
                    customer,
                    method,
                    w.translate("reports", "Cair tanggal"),
                    total_word,
                ],
                rows,
                [
                    MOMENT_W,
                    28 * mm,
                    None,
                    20 * mm,
                    DATE_W + 2,
                    _money_w(*(m.amount for m in r.pending), r.pending_total, header=total_word),
                ],
                right=[5],
                total=[escape(total_word), "", "", "", "", rp(r.pending_total)],
            )
        )
    else:
        out.append(nothing(w, w.translate("reports", "Tidak ada pembayaran yang menunggu cair.")))

    # COD
    out.append(section(w.translate("reports", "COD belum diterima")))
    if r.cod_outstanding:
        out.append(
            table(
                [
                    w.translate("reports", "Sampai"),
                    order,
                    customer,
                    w.translate("reports", "Kurir"),
                    w.translate("reports", "Resi"),
                    total_word,
                ],
                [
                    [
                        escape(format_datetime(c.delivered_at, lang)),
                        f"<b>{t(c.order_code)}</b>",
                        t(c.customer_name),
                        t(c.courier),
                        t(c.resi),
                        rp(c.amount),
                    ]
                    for c in r.cod_outstanding
                ],
                [
                    MOMENT_W,
                    28 * mm,
                    None,
                    20 * mm,
                    None,
                    _money_w(
                        *(c.amount for c in r.cod_outstanding), r.cod_outstanding_total, header=total_word
                    ),
                ],
                right=[5],
                total=[escape(total_word), "", "", "", "", rp(r.cod_outstanding_total)],
            )
        )
    else:
        out.append(nothing(w, w.translate("reports", "Tidak ada uang COD yang belum diterima.")))

    # complaints
    out.append(section(w.translate("reports", "Keluhan")))
    for label, lines in (
        (w.translate("reports", "Dibuka hari ini ({n})"), r.complaints_opened),
        (w.translate("reports", "Ditutup hari ini ({n})"), r.complaints_closed),
    ):
        out.append(subsection(label.format(n=len(lines))))
        out.append(complaints_table(lines, with_cost=True, w=w) if lines else nothing(w))

    # chain heads
    chain_rows = [
        [escape(chain_label(c.name, w)), format_count(c.length, w), P(escape(c.head_hash), st["hash"])]
        for c in r.chains
    ]
    chain_block: list[Flowable] = [section(w.translate("reports", "Ujung rantai bukti"))]
    if chain_rows:
        chain_block.append(
            table(
                [
                    w.translate("reports", "Rantai"),
                    w.translate("reports", "Jumlah entri"),
                    w.translate("reports", "Segel terakhir (64 heksa)"),
                ],
                chain_rows,
                [36 * mm, 22 * mm, None],
                right=[1],
            )
        )
    else:
        chain_block.append(nothing(w, w.translate("reports", "Belum ada rantai bukti.")))
    chain_block.append(P(escape(w.translate("reports", PAPER_PROOF)), st["proof"]))
    out.append(KeepTogether(chain_block))
    return out


# ---------------------------------------------------------------- the weekly and monthly reviews


def _count_table(
    title: str, labels: Sequence[str], values: Sequence[int], width: float, w: Words
) -> Flowable:
    total = sum(values)
    total_word = w.translate("reports", "Jumlah")
    count_w = text_width(total_word, LAY.bold, LAY.small) + 8
    rows = [[escape(label), str(v)] for label, v in zip(labels, values, strict=True)]
    return table(
        [title, total_word],
        rows,
        [width - count_w, count_w],
        right=[1],
        total=[escape(total_word), str(total)],
    )


def period_story(r: Report, w: Words) -> list[Flowable]:
    st = _styles()
    lang = w.language
    money = bool(r.include_money)
    money_only = w.translate("reports", MONEY_ONLY_OWNER)
    no_show = w.translate("reports", "Tingkat tidak diambil")
    figures = [
        (w.translate("reports", "Pesanan masuk"), f"{r.orders_total}"),
        (
            w.translate("reports", "Nilai pesanan"),
            rp(r.revenue_total) if money and r.revenue_total is not None else NONE,
        ),
        (
            w.translate("reports", "Keluhan dibuka / ditutup"),
            f"{r.complaints_opened} / {r.complaints_closed}",
        ),
        (no_show, format_percent(r.no_show_rate, w)),
        (
            w.translate("reports", "Respons pertama (median)"),
            escape(duration_text(r.median_first_response, w)),
        ),
        (w.translate("reports", "Penyelesaian (median)"), escape(duration_text(r.median_resolution, w))),
        (
            w.translate("reports", "Penilaian rata-rata"),
            f"{format_decimal(r.rating_average, w)} / 5" if r.rating_average is not None else NONE,
        ),
        (w.translate("reports", "Terlambat diambil"), f"{len(r.overdue)}"),
    ]
    out: list[Flowable] = [key_figures(figures)]

    # complaints
    out.append(section(w.translate("reports", "Keluhan")))
    cost = rp(r.complaint_cost) if money and r.complaint_cost is not None else escape(money_only)
    out.append(
        _pairs(
            [
                (w.translate("reports", "Dibuka"), str(r.complaints_opened)),
                (w.translate("reports", "Ditutup"), str(r.complaints_closed)),
                (
                    w.translate("reports", "Waktu respons pertama (median)"),
                    escape(duration_text(r.median_first_response, w)),
                ),
                (
                    w.translate("reports", "Waktu penyelesaian (median)"),
                    escape(duration_text(r.median_resolution, w)),
                ),
                (w.translate("reports", "Biaya keluhan yang ditutup"), cost),
            ]
        )
    )
    out.append(Spacer(0, 2 * mm))
    type_labels = [type_label(k, w) for k in r.by_type]
    type_values = list(r.by_type.values())
    left_w = 72 * mm
    by_type = _count_table(w.translate("reports", "Jenis (dibuka)"), type_labels, type_values, left_w, w)
    chart = hbar_chart(type_labels, type_values, FW - left_w - 6 * mm) if type_labels else nothing(w)
    out.append(
        KeepTogether(
            [subsection(w.translate("reports", "Per jenis")), side_by_side(by_type, chart, left_w + 6 * mm)]
        )
    )
    findings = _count_table(
        w.translate("reports", "Temuan (ditutup)"),
        [finding_label(k, w) for k in r.by_finding],
        list(r.by_finding.values()),
        (FW - 6 * mm) / 2,
        w,
    )
    resolutions = _count_table(
        w.translate("reports", "Penyelesaian"),
        [resolution_label(k, w) for k in r.by_resolution],
        list(r.by_resolution.values()),
        (FW - 6 * mm) / 2,
        w,
    )
    out.append(
        KeepTogether(
            [
                subsection(w.translate("reports", "Temuan dan penyelesaian")),
                side_by_side(findings, resolutions, (FW - 6 * mm) / 2 + 6 * mm),
            ]
        )
    )
    out.append(subsection(w.translate("reports", "Daftar keluhan ({n})").format(n=len(r.complaints))))
    out.append(complaints_table(r.complaints, with_cost=money, w=w) if r.complaints else nothing(w))

    # ratings
    out.append(section(w.translate("reports", "Penilaian pelanggan")))
    n = r.rating_count
    rating_rows = []
    for stars in range(5, 0, -1):
        count = r.ratings.get(stars, 0)
        share = format_percent((Decimal(100 * count) / n).quantize(Decimal("0.1")), w) if n else NONE
        rating_rows.append(
            [f"{'★' * stars}<font color='#c9ced6'>{'★' * (5 - stars)}</font>", str(count), share]
        )
    if r.rating_average is None:
        avg = escape(w.translate("reports", "Belum ada penilaian pada periode ini."))
    elif n == 1:
        avg = w.translate("reports", "Rata-rata <b>{average}</b> dari 5 (1 penilaian)").format(
            average=format_decimal(r.rating_average, w)
        )
    else:
        avg = w.translate("reports", "Rata-rata <b>{average}</b> dari 5 ({n} penilaian)").format(
            average=format_decimal(r.rating_average, w), n=n
        )
    rating = w.translate("reports", "Nilai")
    dist = table(
        [rating, w.translate("reports", "Jumlah"), w.translate("reports", "Bagian")],
        rating_rows,
        [24 * mm, 16 * mm, 18 * mm],
        right=[1, 2],
    )
    out.append(side_by_side(dist, [P(avg, st["body"])], 64 * mm))
    if r.low_ratings:
        out.append(
            subsection(w.translate("reports", "Penilaian 3 ke bawah ({n})").format(n=len(r.low_ratings)))
        )
        out.append(
            table(
                [
                    w.translate("reports", "Tanggal"),
                    w.translate("reports", "Pesanan"),
                    w.translate("reports", "Pelanggan"),
                    rating,
                    w.translate("reports", "Komentar"),
                ],
                [
                    [
                        escape(format_date(_local_date(x.rated_at), lang)),
                        f"<b>{t(x.order_code)}</b>",
                        t(x.customer_name),
                        "★" * x.rating,
                        t(x.comment) or NONE,
                    ]
                    for x in r.low_ratings
                ],
                [DATE_W, 28 * mm, 36 * mm, 16 * mm, None],
            )
        )

    # money
    out.append(section(w.translate("reports", "Uang")))
    if money:
        if r.forfeited_count == 1:
            forfeited = w.translate("reports", "DP hangus (1 pesanan)")
        else:
            forfeited = w.translate("reports", "DP hangus ({n} pesanan)").format(n=r.forfeited_count)
        out.append(
            _pairs(
                [
                    (w.translate("reports", "Nilai pesanan masuk"), _opt_rp(r.revenue_total)),
                    (
                        w.translate("reports", "DP dipegang di akhir periode (pesanan masih berjalan)"),
                        _opt_rp(r.deposits_held),
                    ),
                    (w.translate("reports", "Biaya simpan diterima"), _opt_rp(r.storage_fees)),
                    (forfeited, _opt_rp(r.forfeited_total)),
                ]
            )
        )
    else:
        out.append(P(f"<b>{escape(money_only)}</b>", st["body"]))
        if r.forfeited_count == 1:
            forfeited = w.translate("reports", "DP hangus: 1 pesanan.")
        else:
            forfeited = w.translate("reports", "DP hangus: {n} pesanan.").format(n=r.forfeited_count)
        out.append(note(escape(forfeited)))

    # pickups
    out.append(
        KeepTogether(
            [
                section(w.translate("reports", "Pengambilan")),
                _pairs(
                    [
                        (w.translate("reports", "Jatuh tempo diambil"), str(r.due)),
                        (w.translate("reports", "Diambil tepat waktu"), str(r.collected_on_time)),
                        (w.translate("reports", "Diambil terlambat"), str(r.collected_late)),
                        (w.translate("reports", "Hangus (tidak diambil)"), str(r.forfeited_due)),
                        (w.translate("reports", "Masih ditunggu (tidak dihitung)"), str(r.still_waiting)),
                        (no_show, f"<b>{format_percent(r.no_show_rate, w)}</b>"),
                    ]
                ),
                note(
                    escape(
                        w.translate(
                            "reports", "Tingkat tidak diambil = (hangus + diambil terlambat) ÷ jatuh tempo."
                        )
                    )
                ),
            ]
        )
    )
    out.append(
        subsection(
            w.translate("reports", "Terlambat diambil di akhir periode ({n})").format(n=len(r.overdue))
        )
    )
    if r.overdue:
        head = [
            w.translate("reports", "Pesanan"),
            w.translate("reports", "Pelanggan"),
            w.translate("reports", "Tanggal ambil"),
            w.translate("reports", "Batas gratis"),
            w.translate("reports", "Lewat"),
        ]
        widths: list[float | None] = [28 * mm, None, DATE_W + 4, DATE_W + 4, 16 * mm]
        rows = [
            [
                f"<b>{t(o.order_code)}</b>",
                t(o.customer_name),
                escape(format_date(o.pickup_date, lang)),
                escape(format_date(o.last_free_day, lang)),
                escape(
                    w.translate("reports", "1 hari")
                    if o.days_over == 1
                    else w.translate("reports", "{n} hari").format(n=o.days_over)
                ),
            ]
            for o in r.overdue
        ]
        right = [4]
        if money:
            balance = w.translate("reports", "Sisa tagihan")
            head.append(balance)
            widths.append(_money_w(*(o.balance for o in r.overdue), header=balance))
            for row, o in zip(rows, r.overdue, strict=True):
                row.append(rp(o.balance))
            right.append(5)
        out.append(table(head, rows, widths, right=right))
    else:
        out.append(nothing(w))

    # busy times
    out.append(section(w.translate("reports", "Waktu ramai")))
    days = list(r.orders_by_weekday)
    day_rows = [[escape(weekday_label(i, w)), str(days[i])] for i in range(7)]
    day_head = [w.translate("reports", "Hari"), w.translate("reports", "Jumlah pesanan")]
    day_widths: list[float | None] = [
        max(20 * mm, text_width(_widest([weekday_label(i, w) for i in range(7)]), LAY.font, CELL_FONT) + 8),
        max(16 * mm, text_width(day_head[1], LAY.bold, LAY.small) + 8),
    ]
    if money and r.revenue_by_weekday is not None:
        value = w.translate("reports", "Nilai pesanan")
        day_head.append(value)
        day_widths.append(_money_w(*r.revenue_by_weekday, header=value))
        for row, v in zip(day_rows, r.revenue_by_weekday, strict=True):
            row.append(rp(v))
    day_table = table(day_head, day_rows, day_widths, right=range(1, len(day_head)))
    table_w = sum(x for x in day_widths if x is not None)
    out.append(
        KeepTogether(
            [
                subsection(w.translate("reports", "Pesanan per hari")),
                side_by_side(
                    day_table,
                    vbar_chart([weekday_short(i, w) for i in range(7)], days, FW - table_w - 8 * mm, 44 * mm),
                    table_w + 8 * mm,
                ),
            ]
        )
    )
    out.append(
        KeepTogether(
            [
                subsection(w.translate("reports", "Pesanan per jam")),
                vbar_chart([str(h) for h in range(24)], list(r.orders_by_hour), FW, 46 * mm),
                note(
                    escape(
                        w.translate(
                            "reports",
                            "Jam menurut jam komputer toko; angka di bawah batang = jam mulai "
                            "(mis. 14 = 14.00–14.59).",
                        )
                    )
                ),
            ]
        )
    )
    if r.orders_by_weekday_hour:
        out.append(
            KeepTogether(
                [subsection(w.translate("reports", "Hari × jam")), heat_map(r.orders_by_weekday_hour, w)]
            )
        )

    # blacklist
    out.append(section(w.translate("reports", "Perubahan status pelanggan")))
    if r.blacklist_changes:
        out.append(
            table(
                [
                    w.translate("reports", "Waktu"),
                    w.translate("reports", "Pelanggan"),
                    w.translate("reports", "Perubahan"),
                    w.translate("reports", "Alasan"),
                    w.translate("reports", "Staf"),
                ],
                [
                    [
                        escape(format_datetime(c.at, lang)),
                        t(c.customer_name),
                        f"{escape(standing_label(c.from_standing, w))} → "
                        f"<b>{escape(standing_label(c.to_standing, w))}</b>",
                        t(c.reason),
                        t(c.staff),
                    ]
                    for c in r.blacklist_changes
                ],
                [MOMENT_W, 32 * mm, 42 * mm, None, 20 * mm],
            )
        )
    else:
        out.append(nothing(w, w.translate("reports", "Tidak ada perubahan daftar hitam pada periode ini.")))
    return out


def _opt_rp(amount: int | None) -> str:
    return NONE if amount is None else rp(amount)


def _pairs(pairs: Sequence[tuple[str, str]], label_w: float = 86 * mm) -> Flowable:
    """Label · value lines (values right-aligned in a narrow column)."""
    st = _styles()
    rows = [[P(escape(k), st["cell"]), P(v, st["cell_right_bold"])] for k, v in pairs]
    value_w = 44 * mm
    return grid(
        LAY,
        rows,
        colWidths=[label_w, value_w],
        style=[
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 2.2),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2.2),
            ("TOPPADDING", (0, 0), (-1, -1), 1.6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.0),
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, LAY.rule),
        ],
        hAlign="LEFT",
    )


def heat_map(matrix: Sequence[Sequence[int]], w: Words = INDONESIAN) -> Flowable:
    """Orders by day (rows) and hour (columns), darker = busier; empty cells stay blank."""
    st = _styles()
    top = max((v for row in matrix for v in row), default=0)
    small = st["cell_small"].clone("rp_heat", fontSize=6, leading=7, alignment=1)
    head = [P("", small)] + [P(str(h), small) for h in range(24)]
    rows = [head]
    style: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("GRID", (1, 1), (-1, -1), 0.25, colors.white),
    ]
    for d, values in enumerate(matrix[:7]):
        cells = [P(escape(weekday_short(d, w)), st["cell_small"])]
        for h, v in enumerate(list(values)[:24]):
            cells.append(P(str(v) if v else "", small))
            if v and top:
                share = v / top  # shading only, never money
                shade = colors.Color(
                    1 - share * (1 - ACCENT.red),
                    1 - share * (1 - ACCENT.green),
                    1 - share * (1 - ACCENT.blue),
                )
                style.append(("BACKGROUND", (h + 1, d + 1), (h + 1, d + 1), shade))
                if share > 0.55:
                    style.append(("TEXTCOLOR", (h + 1, d + 1), (h + 1, d + 1), colors.white))
            else:
                style.append(("BACKGROUND", (h + 1, d + 1), (h + 1, d + 1), SOFT))
        rows.append(cells)
    first = 12 * mm
    return grid(LAY, rows, colWidths=[first] + [(FW - first) / 24] * 24, style=style, hAlign="LEFT")


# ---------------------------------------------------------------- the document


def footer_text(report: Report, shop_name: str, w: Words = INDONESIAN) -> str:
    return plain(
        w.translate("reports", "{title} {period} · dibuat {at} · {shop}").format(
            title=title_of(report, w),
            period=period_text(report, w),
            at=format_datetime(report.generated_at, w.language),
            shop=shop_name,
        )
    )


def render_report_pdf(report: Report, *, shop_name: str, language: str = SOURCE) -> bytes:
    """``report`` (a daily closing or a weekly/monthly review) as PDF bytes, A4 portrait, in
    ``language`` (``id`` or ``en``)."""
    register_fonts()
    w = words(language)
    shop_name = shop_name or report.shop_name
    story = [*header(report, shop_name, w)]
    story += daily_story(report, w) if is_daily(report) else period_story(report, w)
    story += [
        Spacer(0, 6 * mm),
        _line(LAY, 0.5),
        Spacer(0, 1.5 * mm),
        P(escape(w.translate("reports", "Akhir laporan.")), styles(SIZE)["small_center"]),
    ]
    buf = io.BytesIO()
    title = title_of(report, w)
    template = BaseDocTemplate(
        buf,
        pagesize=(LAY.width, LAY.height),
        leftMargin=LAY.side,
        rightMargin=LAY.side,
        topMargin=LAY.top,
        bottomMargin=LAY.bottom,
        title=plain(f"{title} {period_text(report, w)}"),
        author=plain(shop_name),
        creator="TokoDesk",
        subject=plain(title),
        initialFontName=LAY.font,
        initialFontSize=LAY.body,
    )
    frame = Frame(
        LAY.side,
        LAY.bottom,
        FW,
        LAY.height - LAY.top - LAY.bottom,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    template.addPageTemplates([PageTemplate("page", [frame])])
    maker = functools.partial(
        _EvidenceCanvas,
        footer=footer_text(report, shop_name, w),
        layout=LAY,
        page_of=w.translate("reports", "Halaman {n}/{count}"),
    )
    template.build(story, canvasmaker=maker)
    return buf.getvalue()


__all__ = [
    "MONEY_KIND_LABELS",
    "TITLES",
    "format_duration",
    "format_percent",
    "render_report_pdf",
]
