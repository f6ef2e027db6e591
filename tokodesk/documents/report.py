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
from collections.abc import Sequence
from decimal import Decimal
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, KeepTogether, PageTemplate, Spacer

from tokodesk.documents.evidence import _EvidenceCanvas, _extra_styles, _table_style, plain, shown
from tokodesk.documents.model import PaperSize
from tokodesk.documents.render import COND, LAYOUTS, P, _line, grid, register_fonts, styles, text_width
from tokodesk.domain.complaints import FINDING_LABELS, RESOLUTION_LABELS, STATUS_LABELS, TYPE_LABELS
from tokodesk.domain.dates import format_date, format_datetime
from tokodesk.domain.ledger import METHOD_LABELS
from tokodesk.domain.money import format_rupiah
from tokodesk.domain.reports import CHAIN_LABELS, KIND_LABELS, REPORT_TITLES, WEEKDAYS_SHORT, format_duration

# the report: a DailyClosing or a PeriodReport (tokodesk.services.reports), read by its fields
Report = Any

# ---------------------------------------------------------------- labels (shared with report_xlsx)

TITLES = REPORT_TITLES
MONEY_KIND_LABELS = KIND_LABELS
STANDING_LABELS = {"normal": "Normal", "questionable": "Diwaspadai", "blacklisted": "Daftar hitam"}
WEEKDAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
MONEY_ONLY_OWNER = "Angka uang hanya untuk pemilik."
PAPER_PROOF = (
    "Salinan cetak ini bukti di luar komputer: simpan kertas ini. Bila catatan di komputer diubah "
    "kemudian, ujung rantainya tidak akan cocok lagi dengan yang tercetak di sini."
)
NONE = "—"


def is_daily(report: Report) -> bool:
    return str(report.period.kind) == "daily"


def title_of(report: Report) -> str:
    return TITLES.get(str(report.period.kind), "Laporan")


def period_text(report: Report) -> str:
    """«Senin, 23 Nov 2026» for a day, the period's own label otherwise."""
    if is_daily(report):
        return f"{WEEKDAYS[report.period.start.weekday()]}, {report.period.label}"
    return report.period.label


def method_label(method: str | None) -> str:
    return METHOD_LABELS.get(method or "", method or NONE)


def money_kind_label(kind: str) -> str:
    return MONEY_KIND_LABELS.get(kind, kind)


def type_label(kind: str) -> str:
    return TYPE_LABELS.get(kind, kind)  # type: ignore[call-overload]  (StrEnum keys match str)


def status_label(status: str) -> str:
    return STATUS_LABELS.get(status, status)  # type: ignore[call-overload]


def finding_label(finding: str) -> str:
    return FINDING_LABELS.get(finding, finding)  # type: ignore[call-overload]


def resolution_label(resolution: str | None) -> str:
    if not resolution:
        return NONE
    return RESOLUTION_LABELS.get(resolution, resolution)  # type: ignore[call-overload]


def standing_label(standing: str) -> str:
    return STANDING_LABELS.get(standing, standing)


def chain_label(name: str) -> str:
    return CHAIN_LABELS.get(name, name)


def format_decimal(value: Decimal) -> str:
    """``Decimal('12.5')`` → «12,5»: the Indonesian decimal comma."""
    return str(value).replace(".", ",")


def format_percent(value: Decimal | None) -> str:
    return NONE if value is None else f"{format_decimal(value)}%"


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


def nothing(what: str = "Tidak ada.") -> Flowable:
    return note(escape(what))


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


def header(report: Report, shop_name: str) -> list[Flowable]:
    st = _styles()
    title = title_of(report)
    made = f"Dibuat {format_datetime(report.generated_at)}"
    right_w = min(
        max(
            text_width(title, LAY.bold, LAY.title),
            text_width(period_text(report), LAY.bold, LAY.body),
            text_width(made, LAY.font, LAY.small),
        )
        + 6 * mm,
        FW * 0.55,
    )
    left = [P(t(shop_name), st["shop"]), P("Laporan rutin TokoDesk", st["shop_info"])]
    right = [
        P(escape(title), st["title"]),
        Spacer(0, 1.5),
        P(f"<b>{escape(period_text(report))}</b>", st["head_right"]),
        P(escape(made), st["small_right"]),
    ]
    if not is_daily(report):
        span = f"{format_date(report.period.start)} – {format_date(report.period.end)}"
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


def _money_w(*amounts: int, header: str = "Jumlah") -> float:
    widest = max((text_width(format_rupiah(a), LAY.bold, CELL_FONT) for a in amounts), default=0)
    return max(widest, text_width(header, LAY.bold, LAY.small), 16 * mm) + 6


def complaints_table(lines: Sequence, *, with_cost: bool) -> Flowable:
    head = ["No", "Diterima", "Pesanan · pelanggan", "Jenis", "Status · temuan", "Penyelesaian", "Staf"]
    widths: list[float | None] = [
        text_width(f"#{max((c.id for c in lines), default=0)}", LAY.font, CELL_FONT) + 8,
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
        finding = escape(finding_label(c.finding))
        state = f"{escape(status_label(c.status))}<br/><font size='{LAY.small - 0.5}'>{finding}</font>"
        rows.append(
            [
                f"#{c.id}",
                escape(format_date(_local_date(c.received_at))),
                who,
                escape(type_label(c.kind)),
                state,
                escape(resolution_label(c.resolution)),
                t(c.staff),
            ]
        )
    right: list[int] = []
    if with_cost:
        head.insert(6, "Biaya")
        widths.insert(6, _money_w(*(c.cost for c in lines), header="Biaya"))
        for row, c in zip(rows, lines, strict=True):
            row.insert(6, rp(c.cost) if c.cost else NONE)
        right = [6]
    return table(head, rows, widths, right=right)


def _local_date(t_: dt.datetime) -> dt.date:
    return (t_.astimezone() if t_.tzinfo else t_).date()


# ---------------------------------------------------------------- the daily closing


def daily_story(r: Report) -> list[Flowable]:
    st = _styles()
    cash_in = r.money_in_by_method.get("cash", 0)
    cash_out = r.refunds_by_method.get("cash", 0)
    out: list[Flowable] = [
        key_figures(
            [
                ("Uang masuk", rp(r.money_in_total)),
                ("Pengembalian dana", rp(r.refunds_total)),
                ("Uang tunai di laci", rp(r.cash_in_drawer)),
                ("DP hangus", rp(r.forfeited_total)),
                ("Belum cair", rp(r.pending_total)),
                ("COD belum diterima", rp(r.cod_outstanding_total)),
                ("Keluhan dibuka", str(len(r.complaints_opened))),
                ("Keluhan ditutup", str(len(r.complaints_closed))),
            ]
        )
    ]

    # money in: method × kind
    out.append(section("Uang masuk"))
    kinds, methods = money_kinds(r), money_methods(r)
    if not r.money_in and not r.money_in_total:
        out.append(nothing("Tidak ada uang masuk hari ini."))
    else:
        cells = {(line.method, line.kind): line.amount for line in r.money_in}
        all_amounts = [*cells.values(), *r.money_in_by_kind.values(), *r.money_in_by_method.values()]
        amount_w = _money_w(*all_amounts, r.money_in_total, header="Ongkos kirim")
        method_w = max(text_width(method_label(m), LAY.bold, CELL_FONT) for m in [*methods, "cash"]) + 10
        method_w = max(method_w, 22 * mm)
        rows = [
            [escape(method_label(m))]
            + [rp(cells[m, k]) if cells.get((m, k)) else NONE for k in kinds]
            + [rp(r.money_in_by_method.get(m, 0))]
            for m in methods
        ]
        total = ["Jumlah"] + [rp(r.money_in_by_kind.get(k, 0)) for k in kinds] + [rp(r.money_in_total)]
        widths: list[float | None] = [method_w] + [amount_w] * (len(kinds) + 1)
        widths[0] = None if method_w + amount_w * (len(kinds) + 1) < FW else method_w
        out.append(
            table(
                ["Metode", *(money_kind_label(k) for k in kinds), "Jumlah"],
                rows,
                widths,
                right=range(1, len(kinds) + 2),
                total=total,
                bold_first=True,
            )
        )
        out.append(
            note(
                "Termasuk pembayaran tertunda yang cair hari ini (dihitung pada metode dan jenis "
                "pembayaran aslinya); pembayaran dialokasikan ke biaya yang tertunggak dulu, sisanya "
                "pelunasan."
            )
        )

    # refunds
    out.append(section("Pengembalian dana"))
    if r.refunds:
        out.append(
            table(
                ["Waktu", "Pesanan", "Pelanggan", "Metode", "Catatan", "Jumlah"],
                [
                    [
                        escape(format_datetime(m.at)),
                        f"<b>{t(m.order_code)}</b>",
                        t(m.customer_name),
                        escape(method_label(m.method)),
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
                    _money_w(*(m.amount for m in r.refunds), r.refunds_total),
                ],
                right=[5],
                total=["Jumlah", "", "", "", "", rp(r.refunds_total)],
            )
        )
        if len(r.refunds_by_method) > 1:
            by = ", ".join(f"{escape(method_label(m))} {rp(v)}" for m, v in r.refunds_by_method.items() if v)
            out.append(note(f"Per metode: {by}"))
    else:
        out.append(nothing("Tidak ada pengembalian dana hari ini."))

    # the cash drawer
    drawer = [
        section("Uang tunai di laci"),
        table(
            ["", "Jumlah"],
            [["Tunai masuk", rp(cash_in)], ["Pengembalian tunai", rp(-cash_out) if cash_out else rp(0)]],
            [None, _money_w(cash_in, cash_out, r.cash_in_drawer)],
            right=[1],
            total=["Seharusnya ada di laci (selisih hari ini)", rp(r.cash_in_drawer)],
        ),
        note("Hitung uang di laci dan cocokkan dengan angka ini sebelum tutup toko."),
    ]
    out.append(KeepTogether(drawer))

    # forfeitures
    out.append(section("DP hangus"))
    if r.forfeitures:
        out.append(
            table(
                ["Waktu", "Pesanan", "Pelanggan", "Catatan", "Jumlah"],
                [
                    [
                        escape(format_datetime(m.at)),
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
                    _money_w(*(m.amount for m in r.forfeitures), r.forfeited_total),
                ],
                right=[4],
                total=["Jumlah", "", "", "", rp(r.forfeited_total)],
            )
        )
    else:
        out.append(nothing("Tidak ada DP hangus hari ini."))

    # pending payments
    out.append(section("Pembayaran belum cair"))
    if r.pending:
        rows = []
        for m in r.pending:
            clears = escape(format_date(m.clears_on)) if m.clears_on else NONE
            if m.clears_on is not None and m.clears_on < r.period.end:
                clears = f"<b>{clears}</b><br/><font color='#b3261e'>lewat, cek</font>"
            rows.append(
                [
                    escape(format_datetime(m.at)),
                    f"<b>{t(m.order_code)}</b>",
                    t(m.customer_name),
                    escape(method_label(m.method)),
                    clears,
                    rp(m.amount),
                ]
            )
        out.append(
            table(
                ["Diterima", "Pesanan", "Pelanggan", "Metode", "Cair tanggal", "Jumlah"],
                rows,
                [
                    MOMENT_W,
                    28 * mm,
                    None,
                    20 * mm,
                    DATE_W + 2,
                    _money_w(*(m.amount for m in r.pending), r.pending_total),
                ],
                right=[5],
                total=["Jumlah", "", "", "", "", rp(r.pending_total)],
            )
        )
    else:
        out.append(nothing("Tidak ada pembayaran yang menunggu cair."))

    # COD
    out.append(section("COD belum diterima"))
    if r.cod_outstanding:
        out.append(
            table(
                ["Sampai", "Pesanan", "Pelanggan", "Kurir", "Resi", "Jumlah"],
                [
                    [
                        escape(format_datetime(c.delivered_at)),
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
                    _money_w(*(c.amount for c in r.cod_outstanding), r.cod_outstanding_total),
                ],
                right=[5],
                total=["Jumlah", "", "", "", "", rp(r.cod_outstanding_total)],
            )
        )
    else:
        out.append(nothing("Tidak ada uang COD yang belum diterima."))

    # complaints
    out.append(section("Keluhan"))
    for label, lines in (("Dibuka hari ini", r.complaints_opened), ("Ditutup hari ini", r.complaints_closed)):
        out.append(subsection(f"{label} ({len(lines)})"))
        out.append(complaints_table(lines, with_cost=True) if lines else nothing())

    # chain heads
    chain_rows = [
        [escape(chain_label(c.name)), f"{c.length:,}".replace(",", "."), P(escape(c.head_hash), st["hash"])]
        for c in r.chains
    ]
    chain_block: list[Flowable] = [section("Ujung rantai bukti")]
    if chain_rows:
        chain_block.append(
            table(
                ["Rantai", "Jumlah entri", "Segel terakhir (64 heksa)"],
                chain_rows,
                [36 * mm, 22 * mm, None],
                right=[1],
            )
        )
    else:
        chain_block.append(nothing("Belum ada rantai bukti."))
    chain_block.append(P(escape(PAPER_PROOF), st["proof"]))
    out.append(KeepTogether(chain_block))
    return out


# ---------------------------------------------------------------- the weekly and monthly reviews


def _count_table(title: str, labels: Sequence[str], values: Sequence[int], width: float) -> Flowable:
    total = sum(values)
    count_w = text_width("Jumlah", LAY.bold, LAY.small) + 8
    rows = [[escape(label), str(v)] for label, v in zip(labels, values, strict=True)]
    tbl = table([title, "Jumlah"], rows, [width - count_w, count_w], right=[1], total=["Jumlah", str(total)])
    return tbl


def period_story(r: Report) -> list[Flowable]:
    st = _styles()
    money = bool(r.include_money)
    figures = [
        ("Pesanan masuk", f"{r.orders_total}"),
        ("Nilai pesanan", rp(r.revenue_total) if money and r.revenue_total is not None else NONE),
        ("Keluhan dibuka / ditutup", f"{r.complaints_opened} / {r.complaints_closed}"),
        ("Tingkat tidak diambil", format_percent(r.no_show_rate)),
        ("Respons pertama (median)", escape(format_duration(r.median_first_response))),
        ("Penyelesaian (median)", escape(format_duration(r.median_resolution))),
        (
            "Penilaian rata-rata",
            f"{format_decimal(r.rating_average)} / 5" if r.rating_average is not None else NONE,
        ),
        ("Terlambat diambil", f"{len(r.overdue)}"),
    ]
    out: list[Flowable] = [key_figures(figures)]

    # complaints
    out.append(section("Keluhan"))
    cost = rp(r.complaint_cost) if money and r.complaint_cost is not None else escape(MONEY_ONLY_OWNER)
    out.append(
        _pairs(
            [
                ("Dibuka", str(r.complaints_opened)),
                ("Ditutup", str(r.complaints_closed)),
                ("Waktu respons pertama (median)", escape(format_duration(r.median_first_response))),
                ("Waktu penyelesaian (median)", escape(format_duration(r.median_resolution))),
                ("Biaya keluhan yang ditutup", cost),
            ]
        )
    )
    out.append(Spacer(0, 2 * mm))
    type_labels = [type_label(k) for k in r.by_type]
    type_values = list(r.by_type.values())
    left_w = 72 * mm
    by_type = _count_table("Jenis (dibuka)", type_labels, type_values, left_w)
    chart = hbar_chart(type_labels, type_values, FW - left_w - 6 * mm) if type_labels else nothing()
    out.append(KeepTogether([subsection("Per jenis"), side_by_side(by_type, chart, left_w + 6 * mm)]))
    findings = _count_table(
        "Temuan (ditutup)",
        [finding_label(k) for k in r.by_finding],
        list(r.by_finding.values()),
        (FW - 6 * mm) / 2,
    )
    resolutions = _count_table(
        "Penyelesaian",
        [resolution_label(k) for k in r.by_resolution],
        list(r.by_resolution.values()),
        (FW - 6 * mm) / 2,
    )
    out.append(
        KeepTogether(
            [
                subsection("Temuan dan penyelesaian"),
                side_by_side(findings, resolutions, (FW - 6 * mm) / 2 + 6 * mm),
            ]
        )
    )
    out.append(subsection(f"Daftar keluhan ({len(r.complaints)})"))
    out.append(complaints_table(r.complaints, with_cost=money) if r.complaints else nothing())

    # ratings
    out.append(section("Penilaian pelanggan"))
    n = r.rating_count
    rating_rows = []
    for stars in range(5, 0, -1):
        count = r.ratings.get(stars, 0)
        share = format_percent((Decimal(100 * count) / n).quantize(Decimal("0.1"))) if n else NONE
        rating_rows.append(
            [f"{'★' * stars}<font color='#c9ced6'>{'★' * (5 - stars)}</font>", str(count), share]
        )
    avg = (
        f"Rata-rata <b>{format_decimal(r.rating_average)}</b> dari 5 ({n} penilaian)"
        if r.rating_average is not None
        else "Belum ada penilaian pada periode ini."
    )
    dist = table(["Nilai", "Jumlah", "Bagian"], rating_rows, [24 * mm, 16 * mm, 18 * mm], right=[1, 2])
    out.append(side_by_side(dist, [P(avg, st["body"])], 64 * mm))
    if r.low_ratings:
        out.append(subsection(f"Penilaian 3 ke bawah ({len(r.low_ratings)})"))
        out.append(
            table(
                ["Tanggal", "Pesanan", "Pelanggan", "Nilai", "Komentar"],
                [
                    [
                        escape(format_date(_local_date(x.rated_at))),
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
    out.append(section("Uang"))
    if money:
        out.append(
            _pairs(
                [
                    ("Nilai pesanan masuk", _opt_rp(r.revenue_total)),
                    ("DP dipegang di akhir periode (pesanan masih berjalan)", _opt_rp(r.deposits_held)),
                    ("Biaya simpan diterima", _opt_rp(r.storage_fees)),
                    (f"DP hangus ({r.forfeited_count} pesanan)", _opt_rp(r.forfeited_total)),
                ]
            )
        )
    else:
        out.append(P(f"<b>{escape(MONEY_ONLY_OWNER)}</b>", st["body"]))
        out.append(note(escape(f"DP hangus: {r.forfeited_count} pesanan.")))

    # pickups
    out.append(
        KeepTogether(
            [
                section("Pengambilan"),
                _pairs(
                    [
                        ("Jatuh tempo diambil", str(r.due)),
                        ("Diambil tepat waktu", str(r.collected_on_time)),
                        ("Diambil terlambat", str(r.collected_late)),
                        ("Hangus (tidak diambil)", str(r.forfeited_due)),
                        ("Masih ditunggu (tidak dihitung)", str(r.still_waiting)),
                        ("Tingkat tidak diambil", f"<b>{format_percent(r.no_show_rate)}</b>"),
                    ]
                ),
                note("Tingkat tidak diambil = (hangus + diambil terlambat) ÷ jatuh tempo."),
            ]
        )
    )
    out.append(subsection(f"Terlambat diambil di akhir periode ({len(r.overdue)})"))
    if r.overdue:
        head = ["Pesanan", "Pelanggan", "Tanggal ambil", "Batas gratis", "Lewat"]
        widths: list[float | None] = [28 * mm, None, DATE_W + 4, DATE_W + 4, 16 * mm]
        rows = [
            [
                f"<b>{t(o.order_code)}</b>",
                t(o.customer_name),
                escape(format_date(o.pickup_date)),
                escape(format_date(o.last_free_day)),
                f"{o.days_over} hari",
            ]
            for o in r.overdue
        ]
        right = [4]
        if money:
            head.append("Sisa tagihan")
            widths.append(_money_w(*(o.balance for o in r.overdue), header="Sisa tagihan"))
            for row, o in zip(rows, r.overdue, strict=True):
                row.append(rp(o.balance))
            right.append(5)
        out.append(table(head, rows, widths, right=right))
    else:
        out.append(nothing())

    # busy times
    out.append(section("Waktu ramai"))
    days = list(r.orders_by_weekday)
    day_rows = [[WEEKDAYS[i], str(days[i])] for i in range(7)]
    day_head = ["Hari", "Pesanan"]
    day_widths: list[float | None] = [20 * mm, 16 * mm]
    if money and r.revenue_by_weekday is not None:
        day_head.append("Nilai")
        day_widths.append(_money_w(*r.revenue_by_weekday, header="Nilai"))
        for row, v in zip(day_rows, r.revenue_by_weekday, strict=True):
            row.append(rp(v))
    day_table = table(day_head, day_rows, day_widths, right=range(1, len(day_head)))
    table_w = sum(w for w in day_widths if w is not None)
    out.append(
        KeepTogether(
            [
                subsection("Pesanan per hari"),
                side_by_side(
                    day_table,
                    vbar_chart(WEEKDAYS_SHORT, days, FW - table_w - 8 * mm, 44 * mm),
                    table_w + 8 * mm,
                ),
            ]
        )
    )
    out.append(
        KeepTogether(
            [
                subsection("Pesanan per jam"),
                vbar_chart([str(h) for h in range(24)], list(r.orders_by_hour), FW, 46 * mm),
                note(
                    "Jam menurut jam komputer toko; angka di bawah batang = jam mulai "
                    "(mis. 14 = 14.00–14.59)."
                ),
            ]
        )
    )
    if r.orders_by_weekday_hour:
        out.append(KeepTogether([subsection("Hari × jam"), heat_map(r.orders_by_weekday_hour)]))

    # blacklist
    out.append(section("Perubahan status pelanggan"))
    if r.blacklist_changes:
        out.append(
            table(
                ["Waktu", "Pelanggan", "Perubahan", "Alasan", "Staf"],
                [
                    [
                        escape(format_datetime(c.at)),
                        t(c.customer_name),
                        f"{escape(standing_label(c.from_standing))} → "
                        f"<b>{escape(standing_label(c.to_standing))}</b>",
                        t(c.reason),
                        t(c.staff),
                    ]
                    for c in r.blacklist_changes
                ],
                [MOMENT_W, 32 * mm, 42 * mm, None, 20 * mm],
            )
        )
    else:
        out.append(nothing("Tidak ada perubahan daftar hitam pada periode ini."))
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


def heat_map(matrix: Sequence[Sequence[int]]) -> Flowable:
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
        cells = [P(WEEKDAYS_SHORT[d], st["cell_small"])]
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


def footer_text(report: Report, shop_name: str) -> str:
    return plain(
        f"{title_of(report)} {period_text(report)} · dibuat "
        f"{format_datetime(report.generated_at)} · {shop_name}"
    )


def render_report_pdf(report: Report, *, shop_name: str) -> bytes:
    """``report`` (a daily closing or a weekly/monthly review) as PDF bytes, A4 portrait."""
    register_fonts()
    shop_name = shop_name or report.shop_name
    story = [*header(report, shop_name)]
    story += daily_story(report) if is_daily(report) else period_story(report)
    story += [
        Spacer(0, 6 * mm),
        _line(LAY, 0.5),
        Spacer(0, 1.5 * mm),
        P("Akhir laporan.", styles(SIZE)["small_center"]),
    ]
    buf = io.BytesIO()
    template = BaseDocTemplate(
        buf,
        pagesize=(LAY.width, LAY.height),
        leftMargin=LAY.side,
        rightMargin=LAY.side,
        topMargin=LAY.top,
        bottomMargin=LAY.bottom,
        title=plain(f"{title_of(report)} {period_text(report)}"),
        author=plain(shop_name),
        creator="TokoDesk",
        subject=plain(title_of(report)),
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
    maker = functools.partial(_EvidenceCanvas, footer=footer_text(report, shop_name), layout=LAY)
    template.build(story, canvasmaker=maker)
    return buf.getvalue()


__all__ = [
    "MONEY_KIND_LABELS",
    "TITLES",
    "format_duration",
    "format_percent",
    "render_report_pdf",
]
