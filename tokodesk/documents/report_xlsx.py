"""The routine reports as a spreadsheet (XLSX): one sheet per section, for the owner's own
sums and charts.

Money cells are whole rupiah (``int``) shown ``#,##0``; days are real dates and moments real
(local, zone-less: Excel has no zones) date-times; durations are real durations beside their
«3 jam 20 menit» text; headers bold, columns sized to their content.  The labels are the PDF's
(``tokodesk.documents.report``).  openpyxl is imported inside the function: start-up must not
load it.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from decimal import Decimal

from tokodesk.catalogue import SOURCE, Words, words
from tokodesk.documents.report import (
    MONEY_ONLY_OWNER,
    Report,
    chain_label,
    duration_text,
    finding_label,
    is_daily,
    method_label,
    money_kind_label,
    money_kinds,
    money_methods,
    period_text,
    resolution_label,
    standing_label,
    status_label,
    title_of,
    type_label,
    weekday_label,
)
from tokodesk.domain.dates import format_time

MONEY, DATE, MOMENT, DURATION, PERCENT, INT, AVERAGE, TEXT = (
    "money",
    "date",
    "moment",
    "duration",
    "pct",
    "int",
    "average",
    "text",
)
FORMATS = {
    MONEY: "#,##0",
    DATE: "dd/mm/yyyy",
    MOMENT: "dd/mm/yyyy hh:mm",
    DURATION: "[h]:mm",
    PERCENT: "0.0%",
    INT: "0",
    AVERAGE: "0.0",
}
WIDTHS = {MONEY: 14, DATE: 12, MOMENT: 17, DURATION: 9, PERCENT: 9, INT: 8, AVERAGE: 8}
MAX_WIDTH = 60


class _Sheet:
    """One worksheet filled top to bottom, remembering how wide each column has to be."""

    def __init__(self, wb, title: str) -> None:
        from openpyxl.styles import Font

        self.ws = wb.create_sheet(title[:31])
        self.row = 1
        self.widths: dict[int, float] = {}
        self.bold = Font(bold=True)
        self.big = Font(bold=True, size=13)

    def _put(self, col: int, value: object, kind: str = TEXT, *, bold: bool = False):
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

        if kind == MONEY and value is not None and not isinstance(value, int):
            raise TypeError("money must be int")
        if isinstance(value, dt.datetime):
            value = (value.astimezone() if value.tzinfo else value).replace(tzinfo=None)
        text_value = isinstance(value, str)
        if text_value:
            value = ILLEGAL_CHARACTERS_RE.sub("", value)  # type: ignore[union-attr]
        cell = self.ws.cell(row=self.row, column=col, value=value)
        if text_value and str(value).startswith("="):
            cell.data_type = "s"  # text, never a formula
        if kind in FORMATS and value is not None:
            cell.number_format = FORMATS[kind]
        if bold:
            cell.font = self.bold
        width = WIDTHS.get(kind, len(str(value)) + 2 if value is not None else 0)
        self.widths[col] = min(max(self.widths.get(col, 8), width), MAX_WIDTH)
        return cell

    def heading(self, text: str) -> None:
        if self.row > 1:
            self.row += 1
        cell = self._put(1, text)
        cell.font = self.big
        self.widths[1] = min(self.widths.get(1, 8), 40)  # a heading may overflow into the next cells
        self.row += 1

    def line(self, text: str) -> None:
        self._put(1, text)
        self.widths[1] = min(self.widths.get(1, 8), 40)
        self.row += 1

    def pairs(self, pairs: Sequence[tuple[str, object, str]]) -> None:
        for label, value, kind in pairs:
            self._put(1, label, bold=True)
            self._put(2, value, kind)
            self.row += 1

    def table(
        self,
        head: Sequence[str],
        kinds: Sequence[str],
        rows: Sequence[Sequence[object]],
        *,
        total: Sequence[object] | None = None,
    ) -> None:
        for col, h in enumerate(head, 1):
            self._put(col, h, bold=True)
        first = self.row
        self.row += 1
        for r in rows:
            for col, (value, kind) in enumerate(zip(r, kinds, strict=True), 1):
                self._put(col, value, kind)
            self.row += 1
        if total is not None:
            for col, (value, kind) in enumerate(zip(total, kinds, strict=True), 1):
                if value is not None and value != "":
                    self._put(col, value, kind, bold=True)
            self.row += 1
        if first == 1:
            self.ws.freeze_panes = "A2"

    def finish(self) -> None:
        from openpyxl.utils import get_column_letter

        for col, width in self.widths.items():
            self.ws.column_dimensions[get_column_letter(col)].width = width


def _duration(value: dt.timedelta | None) -> dt.timedelta | None:
    return None if value is None else dt.timedelta(minutes=(int(value.total_seconds()) + 30) // 60)


def _fraction(value: Decimal | None) -> Decimal | None:
    return None if value is None else value / 100


def _header(sheet: _Sheet, r: Report, w: Words) -> None:
    sheet.pairs(
        [
            (w.translate("reports", "Toko"), r.shop_name, TEXT),
            (w.translate("reports", "Laporan"), title_of(r, w), TEXT),
            (w.translate("reports", "Periode"), period_text(r, w), TEXT),
        ]
    )
    if is_daily(r):
        sheet.pairs([(w.translate("reports", "Tanggal"), r.period.start, DATE)])
    else:
        sheet.pairs(
            [
                (w.translate("reports", "Dari"), r.period.start, DATE),
                (w.translate("reports", "Sampai tanggal"), r.period.end, DATE),
            ]
        )
    sheet.pairs([(w.translate("reports", "Dibuat"), r.generated_at, MOMENT)])
    sheet.row += 1


def _complaints(
    sheet: _Sheet, lines: Sequence, *, with_cost: bool, w: Words, labels: Sequence[str] | None = None
) -> None:
    """The complaint cases as rows; ``labels`` (one a line) adds a first column saying which list."""
    head = [
        w.translate("reports", "No"),
        w.translate("reports", "Diterima"),
        w.translate("reports", "Respons pertama"),
        w.translate("reports", "Ditutup"),
        w.translate("reports", "Pesanan"),
        w.translate("reports", "Pelanggan"),
        w.translate("reports", "Jenis"),
        w.translate("reports", "Status"),
        w.translate("reports", "Temuan"),
        w.translate("reports", "Penyelesaian"),
    ]
    head += ([w.translate("reports", "Biaya")] if with_cost else []) + [w.translate("reports", "Staf")]
    kinds = [INT, MOMENT, MOMENT, MOMENT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT] + ([MONEY] if with_cost else [])
    kinds.append(TEXT)
    if labels is not None:
        head.insert(0, w.translate("reports", "Daftar"))
        kinds.insert(0, TEXT)
    rows = []
    for i, c in enumerate(lines):
        row: list[object] = [
            c.id,
            c.received_at,
            c.first_response_at,
            c.closed_at,
            c.order_code or "",
            c.customer_name,
            type_label(c.kind, w),
            status_label(c.status, w),
            finding_label(c.finding, w),
            resolution_label(c.resolution, w) if c.resolution else "",
        ]
        if with_cost:
            row.append(c.cost)
        row.append(c.staff)
        if labels is not None:
            row.insert(0, labels[i])
        rows.append(row)
    sheet.table(head, kinds, rows)


def _daily(wb, r: Report, w: Words) -> None:
    total_word = w.translate("reports", "Jumlah")
    method = w.translate("reports", "Metode")
    kind = w.translate("reports", "Jenis")
    s = _Sheet(wb, w.translate("reports", "Ringkasan"))
    _header(s, r, w)
    s.pairs(
        [
            (w.translate("reports", "Uang masuk"), r.money_in_total, MONEY),
            (w.translate("reports", "Pengembalian dana"), r.refunds_total, MONEY),
            (w.translate("reports", "Uang tunai di laci"), r.cash_in_drawer, MONEY),
            (w.translate("reports", "DP hangus"), r.forfeited_total, MONEY),
            (w.translate("reports", "Belum cair"), r.pending_total, MONEY),
            (w.translate("reports", "COD belum diterima"), r.cod_outstanding_total, MONEY),
            (w.translate("reports", "Keluhan dibuka"), len(r.complaints_opened), INT),
            (w.translate("reports", "Keluhan ditutup"), len(r.complaints_closed), INT),
        ]
    )
    s.finish()

    s = _Sheet(wb, w.translate("reports", "Uang masuk"))
    s.table(
        [method, kind, total_word],
        [TEXT, TEXT, MONEY],
        [[method_label(x.method, w), money_kind_label(x.kind, w), x.amount] for x in r.money_in],
        total=[total_word, "", r.money_in_total],
    )
    s.heading(w.translate("reports", "Per metode"))
    s.table(
        [method, total_word],
        [TEXT, MONEY],
        [[method_label(m, w), r.money_in_by_method.get(m, 0)] for m in money_methods(r)],
    )
    s.heading(w.translate("reports", "Per jenis"))
    s.table(
        [kind, total_word],
        [TEXT, MONEY],
        [[money_kind_label(k, w), r.money_in_by_kind.get(k, 0)] for k in money_kinds(r)],
    )
    s.heading(w.translate("reports", "Uang tunai di laci"))
    s.pairs(
        [
            (w.translate("reports", "Tunai masuk"), r.money_in_by_method.get("cash", 0), MONEY),
            (w.translate("reports", "Pengembalian tunai"), -r.refunds_by_method.get("cash", 0), MONEY),
            (w.translate("reports", "Seharusnya ada di laci"), r.cash_in_drawer, MONEY),
        ]
    )
    s.finish()

    entry = w.translate("reports", "No entri")
    when = w.translate("reports", "Waktu")
    order = w.translate("reports", "Pesanan")
    customer = w.translate("reports", "Pelanggan")
    remark = w.translate("reports", "Catatan")
    movement_head = [entry, when, order, customer, method, remark, total_word]
    movement_kinds = [INT, MOMENT, TEXT, TEXT, TEXT, TEXT, MONEY]
    for title, moves, total in (
        (w.translate("reports", "Pengembalian"), r.refunds, r.refunds_total),
        (w.translate("reports", "DP hangus"), r.forfeitures, r.forfeited_total),
    ):
        s = _Sheet(wb, title)
        s.table(
            movement_head,
            movement_kinds,
            [
                [
                    m.entry_id,
                    m.at,
                    m.order_code,
                    m.customer_name,
                    method_label(m.method, w) if m.method else "",
                    m.note,
                    m.amount,
                ]
                for m in moves
            ],
            total=[total_word, "", "", "", "", "", total],
        )
        s.finish()

    s = _Sheet(wb, w.translate("reports", "Belum cair"))
    s.table(
        [
            entry,
            w.translate("reports", "Diterima"),
            order,
            customer,
            w.translate("reports", "Cair tanggal"),
            method,
            remark,
            total_word,
        ],
        [INT, MOMENT, TEXT, TEXT, DATE, TEXT, TEXT, MONEY],
        [
            [
                m.entry_id,
                m.at,
                m.order_code,
                m.customer_name,
                m.clears_on,
                method_label(m.method, w),
                m.note,
                m.amount,
            ]
            for m in r.pending
        ],
        total=[total_word, "", "", "", "", "", "", r.pending_total],
    )
    s.finish()

    s = _Sheet(wb, w.translate("reports", "COD belum diterima"))
    s.table(
        [
            w.translate("reports", "Sampai"),
            order,
            customer,
            w.translate("reports", "Kurir"),
            w.translate("reports", "Resi"),
            total_word,
        ],
        [MOMENT, TEXT, TEXT, TEXT, TEXT, MONEY],
        [
            [c.delivered_at, c.order_code, c.customer_name, c.courier, c.resi, c.amount]
            for c in r.cod_outstanding
        ],
        total=[total_word, "", "", "", "", r.cod_outstanding_total],
    )
    s.finish()

    s = _Sheet(wb, w.translate("reports", "Keluhan"))
    lines = [*r.complaints_opened, *r.complaints_closed]
    labels = [w.translate("reports", "Dibuka")] * len(r.complaints_opened) + [
        w.translate("reports", "Ditutup")
    ] * len(r.complaints_closed)
    _complaints(s, lines, with_cost=True, w=w, labels=labels)
    s.finish()

    s = _Sheet(wb, w.translate("reports", "Rantai bukti"))
    s.table(
        [
            w.translate("reports", "Rantai"),
            w.translate("reports", "Jumlah entri"),
            w.translate("reports", "Segel terakhir"),
        ],
        [TEXT, INT, TEXT],
        [[chain_label(c.name, w), c.length, c.head_hash] for c in r.chains],
    )
    s.widths[3] = 70
    s.row += 1
    s.line(w.translate("reports", "Salinan cetak ini bukti di luar komputer."))
    s.finish()


def _period(wb, r: Report, w: Words) -> None:
    money = bool(r.include_money)
    total_word = w.translate("reports", "Jumlah")
    order = w.translate("reports", "Pesanan")
    customer = w.translate("reports", "Pelanggan")
    s = _Sheet(wb, w.translate("reports", "Ringkasan"))
    _header(s, r, w)
    s.pairs(
        [
            (w.translate("reports", "Pesanan masuk"), r.orders_total, INT),
            (w.translate("reports", "Keluhan dibuka"), r.complaints_opened, INT),
            (w.translate("reports", "Keluhan ditutup"), r.complaints_closed, INT),
            (
                w.translate("reports", "Respons pertama (median)"),
                _duration(r.median_first_response),
                DURATION,
            ),
            (
                w.translate("reports", "Respons pertama (teks)"),
                duration_text(r.median_first_response, w),
                TEXT,
            ),
            (w.translate("reports", "Penyelesaian (median)"), _duration(r.median_resolution), DURATION),
            (w.translate("reports", "Penyelesaian (teks)"), duration_text(r.median_resolution, w), TEXT),
            (w.translate("reports", "Penilaian"), r.rating_count, INT),
            (w.translate("reports", "Penilaian rata-rata"), r.rating_average, AVERAGE),
            (w.translate("reports", "Jatuh tempo diambil"), r.due, INT),
            (w.translate("reports", "Diambil tepat waktu"), r.collected_on_time, INT),
            (w.translate("reports", "Diambil terlambat"), r.collected_late, INT),
            (w.translate("reports", "Hangus (tidak diambil)"), r.forfeited_due, INT),
            (w.translate("reports", "Masih ditunggu"), r.still_waiting, INT),
            (w.translate("reports", "Tingkat tidak diambil"), _fraction(r.no_show_rate), PERCENT),
            (w.translate("reports", "DP hangus (pesanan)"), r.forfeited_count, INT),
        ]
    )
    if money:
        s.pairs(
            [
                (w.translate("reports", "Nilai pesanan masuk"), r.revenue_total, MONEY),
                (w.translate("reports", "DP dipegang di akhir periode"), r.deposits_held, MONEY),
                (w.translate("reports", "Biaya simpan diterima"), r.storage_fees, MONEY),
                (w.translate("reports", "DP hangus"), r.forfeited_total, MONEY),
                (w.translate("reports", "Biaya keluhan"), r.complaint_cost, MONEY),
            ]
        )
    else:
        s.line(w.translate("reports", MONEY_ONLY_OWNER))
    s.finish()

    s = _Sheet(wb, w.translate("reports", "Keluhan"))
    s.heading(w.translate("reports", "Per jenis (dibuka)"))
    s.table(
        [w.translate("reports", "Jenis"), total_word],
        [TEXT, INT],
        [[type_label(k, w), v] for k, v in r.by_type.items()],
    )
    s.heading(w.translate("reports", "Per temuan (ditutup)"))
    s.table(
        [w.translate("reports", "Temuan"), total_word],
        [TEXT, INT],
        [[finding_label(k, w), v] for k, v in r.by_finding.items()],
    )
    s.heading(w.translate("reports", "Per penyelesaian"))
    s.table(
        [w.translate("reports", "Penyelesaian"), total_word],
        [TEXT, INT],
        [[resolution_label(k, w), v] for k, v in r.by_resolution.items()],
    )
    s.heading(w.translate("reports", "Daftar keluhan"))
    _complaints(s, r.complaints, with_cost=money, w=w)
    s.finish()

    rating = w.translate("reports", "Nilai")
    s = _Sheet(wb, w.translate("reports", "Penilaian"))
    s.table([rating, total_word], [INT, INT], [[k, r.ratings.get(k, 0)] for k in range(5, 0, -1)])
    s.heading(w.translate("reports", "Penilaian 3 ke bawah"))
    s.table(
        [w.translate("reports", "Tanggal"), order, customer, rating, w.translate("reports", "Komentar")],
        [MOMENT, TEXT, TEXT, INT, TEXT],
        [[x.rated_at, x.order_code, x.customer_name, x.rating, x.comment] for x in r.low_ratings],
    )
    s.finish()

    s = _Sheet(wb, w.translate("reports", "Pengambilan"))
    head = [
        order,
        customer,
        w.translate("reports", "Tanggal ambil"),
        w.translate("reports", "Batas gratis"),
        w.translate("reports", "Lewat (hari)"),
    ]
    kinds = [TEXT, TEXT, DATE, DATE, INT]
    rows: list[list[object]] = [
        [o.order_code, o.customer_name, o.pickup_date, o.last_free_day, o.days_over] for o in r.overdue
    ]
    if money:
        head.append(w.translate("reports", "Sisa tagihan"))
        kinds.append(MONEY)
        for row, o in zip(rows, r.overdue, strict=True):
            row.append(o.balance)
    s.table(head, kinds, rows)
    s.finish()

    day = w.translate("reports", "Hari")
    count = w.translate("reports", "Jumlah pesanan")
    value = w.translate("reports", "Nilai pesanan")
    s = _Sheet(wb, w.translate("reports", "Waktu ramai"))
    s.table(
        [day, count] + ([value] if money and r.revenue_by_weekday is not None else []),
        [TEXT, INT] + ([MONEY] if money and r.revenue_by_weekday is not None else []),
        [
            [weekday_label(i, w), r.orders_by_weekday[i]]
            + ([r.revenue_by_weekday[i]] if money and r.revenue_by_weekday is not None else [])
            for i in range(7)
        ],
    )
    s.heading(w.translate("reports", "Per jam"))
    s.table(
        [w.translate("reports", "Jam"), count] + ([value] if money and r.revenue_by_hour is not None else []),
        [TEXT, INT] + ([MONEY] if money and r.revenue_by_hour is not None else []),
        [
            [format_time(dt.time(h), w.language), r.orders_by_hour[h]]
            + ([r.revenue_by_hour[h]] if money and r.revenue_by_hour is not None else [])
            for h in range(24)
        ],
    )
    if r.orders_by_weekday_hour:
        s.heading(w.translate("reports", "Hari × jam"))
        s.table(
            [day, *(f"{h:02d}" for h in range(24))],
            [TEXT] + [INT] * 24,
            [
                [weekday_label(d, w), *r.orders_by_weekday_hour[d][:24]]
                for d in range(min(7, len(r.orders_by_weekday_hour)))
            ],
        )
    s.finish()

    s = _Sheet(wb, w.translate("reports", "Daftar hitam"))
    s.table(
        [
            w.translate("reports", "Waktu"),
            customer,
            w.translate("reports", "Dari"),
            w.translate("reports", "Menjadi"),
            w.translate("reports", "Alasan"),
            w.translate("reports", "Staf"),
        ],
        [MOMENT, TEXT, TEXT, TEXT, TEXT, TEXT],
        [
            [
                c.at,
                c.customer_name,
                standing_label(c.from_standing, w),
                standing_label(c.to_standing, w),
                c.reason,
                c.staff,
            ]
            for c in r.blacklist_changes
        ],
    )
    s.finish()


def render_report_xlsx(report: Report, language: str = SOURCE) -> bytes:
    """``report`` (a daily closing or a weekly/monthly review) as XLSX bytes, in ``language``
    (``id`` or ``en``)."""
    from openpyxl import Workbook

    w = words(language)
    wb = Workbook()
    wb.remove(wb.active)
    if is_daily(report):
        _daily(wb, report, w)
    else:
        _period(wb, report, w)
    wb.properties.title = f"{title_of(report, w)} {period_text(report, w)}"
    wb.properties.creator = "TokoDesk"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


__all__ = ["render_report_xlsx"]
