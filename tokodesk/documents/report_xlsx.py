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

from tokodesk.documents.report import (
    MONEY_ONLY_OWNER,
    WEEKDAYS,
    Report,
    chain_label,
    finding_label,
    format_duration,
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
)

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


def _header(sheet: _Sheet, r: Report) -> None:
    sheet.pairs(
        [
            ("Toko", r.shop_name, TEXT),
            ("Laporan", title_of(r), TEXT),
            ("Periode", period_text(r), TEXT),
        ]
    )
    if is_daily(r):
        sheet.pairs([("Tanggal", r.period.start, DATE)])
    else:
        sheet.pairs([("Dari", r.period.start, DATE), ("Sampai", r.period.end, DATE)])
    sheet.pairs([("Dibuat", r.generated_at, MOMENT)])
    sheet.row += 1


def _complaints(
    sheet: _Sheet, lines: Sequence, *, with_cost: bool, labels: Sequence[str] | None = None
) -> None:
    """The complaint cases as rows; ``labels`` (one a line) adds a first column saying which list."""
    head = ["No", "Diterima", "Respons pertama", "Ditutup", "Pesanan", "Pelanggan", "Jenis", "Status"]
    head += ["Temuan", "Penyelesaian"] + (["Biaya"] if with_cost else []) + ["Staf"]
    kinds = [INT, MOMENT, MOMENT, MOMENT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT] + ([MONEY] if with_cost else [])
    kinds.append(TEXT)
    if labels is not None:
        head.insert(0, "Daftar")
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
            type_label(c.kind),
            status_label(c.status),
            finding_label(c.finding),
            resolution_label(c.resolution) if c.resolution else "",
        ]
        if with_cost:
            row.append(c.cost)
        row.append(c.staff)
        if labels is not None:
            row.insert(0, labels[i])
        rows.append(row)
    sheet.table(head, kinds, rows)


def _daily(wb, r: Report) -> None:
    s = _Sheet(wb, "Ringkasan")
    _header(s, r)
    s.pairs(
        [
            ("Uang masuk", r.money_in_total, MONEY),
            ("Pengembalian dana", r.refunds_total, MONEY),
            ("Uang tunai di laci", r.cash_in_drawer, MONEY),
            ("DP hangus", r.forfeited_total, MONEY),
            ("Belum cair", r.pending_total, MONEY),
            ("COD belum diterima", r.cod_outstanding_total, MONEY),
            ("Keluhan dibuka", len(r.complaints_opened), INT),
            ("Keluhan ditutup", len(r.complaints_closed), INT),
        ]
    )
    s.finish()

    s = _Sheet(wb, "Uang masuk")
    s.table(
        ["Metode", "Jenis", "Jumlah"],
        [TEXT, TEXT, MONEY],
        [[method_label(x.method), money_kind_label(x.kind), x.amount] for x in r.money_in],
        total=["Jumlah", "", r.money_in_total],
    )
    s.heading("Per metode")
    s.table(
        ["Metode", "Jumlah"],
        [TEXT, MONEY],
        [[method_label(m), r.money_in_by_method.get(m, 0)] for m in money_methods(r)],
    )
    s.heading("Per jenis")
    s.table(
        ["Jenis", "Jumlah"],
        [TEXT, MONEY],
        [[money_kind_label(k), r.money_in_by_kind.get(k, 0)] for k in money_kinds(r)],
    )
    s.heading("Uang tunai di laci")
    s.pairs(
        [
            ("Tunai masuk", r.money_in_by_method.get("cash", 0), MONEY),
            ("Pengembalian tunai", -r.refunds_by_method.get("cash", 0), MONEY),
            ("Seharusnya ada di laci", r.cash_in_drawer, MONEY),
        ]
    )
    s.finish()

    movement_head = ["No entri", "Waktu", "Pesanan", "Pelanggan", "Metode", "Catatan", "Jumlah"]
    movement_kinds = [INT, MOMENT, TEXT, TEXT, TEXT, TEXT, MONEY]
    for title, moves, total in (
        ("Pengembalian", r.refunds, r.refunds_total),
        ("DP hangus", r.forfeitures, r.forfeited_total),
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
                    method_label(m.method) if m.method else "",
                    m.note,
                    m.amount,
                ]
                for m in moves
            ],
            total=["Jumlah", "", "", "", "", "", total],
        )
        s.finish()

    s = _Sheet(wb, "Belum cair")
    s.table(
        ["No entri", "Diterima", "Pesanan", "Pelanggan", "Cair tanggal", "Metode", "Catatan", "Jumlah"],
        [INT, MOMENT, TEXT, TEXT, DATE, TEXT, TEXT, MONEY],
        [
            [
                m.entry_id,
                m.at,
                m.order_code,
                m.customer_name,
                m.clears_on,
                method_label(m.method),
                m.note,
                m.amount,
            ]
            for m in r.pending
        ],
        total=["Jumlah", "", "", "", "", "", "", r.pending_total],
    )
    s.finish()

    s = _Sheet(wb, "COD belum diterima")
    s.table(
        ["Sampai", "Pesanan", "Pelanggan", "Kurir", "Resi", "Jumlah"],
        [MOMENT, TEXT, TEXT, TEXT, TEXT, MONEY],
        [
            [c.delivered_at, c.order_code, c.customer_name, c.courier, c.resi, c.amount]
            for c in r.cod_outstanding
        ],
        total=["Jumlah", "", "", "", "", r.cod_outstanding_total],
    )
    s.finish()

    s = _Sheet(wb, "Keluhan")
    lines = [*r.complaints_opened, *r.complaints_closed]
    labels = ["Dibuka"] * len(r.complaints_opened) + ["Ditutup"] * len(r.complaints_closed)
    _complaints(s, lines, with_cost=True, labels=labels)
    s.finish()

    s = _Sheet(wb, "Rantai bukti")
    s.table(
        ["Rantai", "Jumlah entri", "Segel terakhir"],
        [TEXT, INT, TEXT],
        [[chain_label(c.name), c.length, c.head_hash] for c in r.chains],
    )
    s.widths[3] = 70
    s.row += 1
    s.line("Salinan cetak ini bukti di luar komputer.")
    s.finish()


def _period(wb, r: Report) -> None:
    money = bool(r.include_money)
    s = _Sheet(wb, "Ringkasan")
    _header(s, r)
    s.pairs(
        [
            ("Pesanan masuk", r.orders_total, INT),
            ("Keluhan dibuka", r.complaints_opened, INT),
            ("Keluhan ditutup", r.complaints_closed, INT),
            ("Respons pertama (median)", _duration(r.median_first_response), DURATION),
            ("Respons pertama (teks)", format_duration(r.median_first_response), TEXT),
            ("Penyelesaian (median)", _duration(r.median_resolution), DURATION),
            ("Penyelesaian (teks)", format_duration(r.median_resolution), TEXT),
            ("Penilaian", r.rating_count, INT),
            ("Penilaian rata-rata", r.rating_average, AVERAGE),
            ("Jatuh tempo diambil", r.due, INT),
            ("Diambil tepat waktu", r.collected_on_time, INT),
            ("Diambil terlambat", r.collected_late, INT),
            ("Hangus (tidak diambil)", r.forfeited_due, INT),
            ("Masih ditunggu", r.still_waiting, INT),
            ("Tingkat tidak diambil", _fraction(r.no_show_rate), PERCENT),
            ("DP hangus (pesanan)", r.forfeited_count, INT),
        ]
    )
    if money:
        s.pairs(
            [
                ("Nilai pesanan masuk", r.revenue_total, MONEY),
                ("DP dipegang di akhir periode", r.deposits_held, MONEY),
                ("Biaya simpan diterima", r.storage_fees, MONEY),
                ("DP hangus", r.forfeited_total, MONEY),
                ("Biaya keluhan", r.complaint_cost, MONEY),
            ]
        )
    else:
        s.line(MONEY_ONLY_OWNER)
    s.finish()

    s = _Sheet(wb, "Keluhan")
    s.heading("Per jenis (dibuka)")
    s.table(["Jenis", "Jumlah"], [TEXT, INT], [[type_label(k), v] for k, v in r.by_type.items()])
    s.heading("Per temuan (ditutup)")
    s.table(["Temuan", "Jumlah"], [TEXT, INT], [[finding_label(k), v] for k, v in r.by_finding.items()])
    s.heading("Per penyelesaian")
    s.table(
        ["Penyelesaian", "Jumlah"],
        [TEXT, INT],
        [[resolution_label(k), v] for k, v in r.by_resolution.items()],
    )
    s.heading("Daftar keluhan")
    _complaints(s, r.complaints, with_cost=money)
    s.finish()

    s = _Sheet(wb, "Penilaian")
    s.table(["Nilai", "Jumlah"], [INT, INT], [[k, r.ratings.get(k, 0)] for k in range(5, 0, -1)])
    s.heading("Penilaian 3 ke bawah")
    s.table(
        ["Tanggal", "Pesanan", "Pelanggan", "Nilai", "Komentar"],
        [MOMENT, TEXT, TEXT, INT, TEXT],
        [[x.rated_at, x.order_code, x.customer_name, x.rating, x.comment] for x in r.low_ratings],
    )
    s.finish()

    s = _Sheet(wb, "Pengambilan")
    head = ["Pesanan", "Pelanggan", "Tanggal ambil", "Batas gratis", "Lewat (hari)"]
    kinds = [TEXT, TEXT, DATE, DATE, INT]
    rows: list[list[object]] = [
        [o.order_code, o.customer_name, o.pickup_date, o.last_free_day, o.days_over] for o in r.overdue
    ]
    if money:
        head.append("Sisa tagihan")
        kinds.append(MONEY)
        for row, o in zip(rows, r.overdue, strict=True):
            row.append(o.balance)
    s.table(head, kinds, rows)
    s.finish()

    s = _Sheet(wb, "Waktu ramai")
    s.table(
        ["Hari", "Pesanan"] + (["Nilai"] if money and r.revenue_by_weekday is not None else []),
        [TEXT, INT] + ([MONEY] if money and r.revenue_by_weekday is not None else []),
        [
            [WEEKDAYS[i], r.orders_by_weekday[i]]
            + ([r.revenue_by_weekday[i]] if money and r.revenue_by_weekday is not None else [])
            for i in range(7)
        ],
    )
    s.heading("Per jam")
    s.table(
        ["Jam", "Pesanan"] + (["Nilai"] if money and r.revenue_by_hour is not None else []),
        [TEXT, INT] + ([MONEY] if money and r.revenue_by_hour is not None else []),
        [
            [f"{h:02d}.00", r.orders_by_hour[h]]
            + ([r.revenue_by_hour[h]] if money and r.revenue_by_hour is not None else [])
            for h in range(24)
        ],
    )
    if r.orders_by_weekday_hour:
        s.heading("Hari × jam")
        s.table(
            ["Hari", *(f"{h:02d}" for h in range(24))],
            [TEXT] + [INT] * 24,
            [
                [WEEKDAYS[d], *r.orders_by_weekday_hour[d][:24]]
                for d in range(min(7, len(r.orders_by_weekday_hour)))
            ],
        )
    s.finish()

    s = _Sheet(wb, "Daftar hitam")
    s.table(
        ["Waktu", "Pelanggan", "Dari", "Menjadi", "Alasan", "Staf"],
        [MOMENT, TEXT, TEXT, TEXT, TEXT, TEXT],
        [
            [
                c.at,
                c.customer_name,
                standing_label(c.from_standing),
                standing_label(c.to_standing),
                c.reason,
                c.staff,
            ]
            for c in r.blacklist_changes
        ],
    )
    s.finish()


def render_report_xlsx(report: Report) -> bytes:
    """``report`` (a daily closing or a weekly/monthly review) as XLSX bytes."""
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    if is_daily(report):
        _daily(wb, report)
    else:
        _period(wb, report)
    wb.properties.title = f"{title_of(report)} {period_text(report)}"
    wb.properties.creator = "TokoDesk"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


__all__ = ["render_report_xlsx"]
