"""The routine reports on screen: the daily closing and the weekly and monthly reviews, with
charts where a picture beats a table, and their export to PDF and XLSX.

The report is built on the worker thread (a read) and shown as one scrolling document; the
charts are drawn into images that the document holds.  Keys: Alt+J the kind, Alt+T the date,
F5 (or Enter) shows it, Ctrl+Shift+S saves a PDF, Ctrl+E an Excel file, PgUp/PgDn scroll,
Esc closes.  The daily closing is owner-only (``Permission.REPORTS``); staff see the weekly
and monthly reviews without money figures."""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, Qt, QUrl
from PySide6.QtGui import QColor, QFont, QImage, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from tokodesk.domain import complaints as crules
from tokodesk.domain.access import Permission
from tokodesk.domain.dates import format_date, format_datetime
from tokodesk.domain.money import format_rupiah
from tokodesk.domain.reports import (
    CHAIN_LABELS,
    REPORT_TITLES,
    WEEKDAYS_SHORT,
    format_duration,
    period_label,
)
from tokodesk.domain.reports import KIND_LABELS as MONEY_KIND_LABELS
from tokodesk.services.reports import DailyClosing, PeriodReport, ReportKind
from tokodesk.ui import widgets
from tokodesk.ui.i18n import chosen_language, error_text, method_label, standing_label, translate_label
from tokodesk.ui.widgets import ErrorLabel

BAR = QColor("#1565c0")
GRID = QColor("#d0d7de")
TEXT = QColor("#24292f")


# --- charts -------------------------------------------------------------------------------


def bar_chart(labels: list[str], values: list[int], *, width: int = 640, row: int = 22) -> QImage:
    """A horizontal bar chart: one labelled bar per value, the value at its end."""
    height = row * len(labels) + 12
    img = QImage(width, height, QImage.Format.Format_ARGB32)
    img.fill(QColor("white"))
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont(p.font())
    font.setPointSize(9)
    p.setFont(font)
    label_w = min(220, max((p.fontMetrics().horizontalAdvance(t) for t in labels), default=0) + 12)
    value_w = 48
    span = max(values, default=0) or 1
    usable = width - label_w - value_w - 8
    for i, (label, value) in enumerate(zip(labels, values, strict=True)):
        y = 6 + i * row
        p.setPen(TEXT)
        p.drawText(
            QRectF(0, y, label_w - 8, row), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label
        )
        w = usable * value / span
        p.fillRect(QRectF(label_w, y + 4, max(w, 1 if value else 0), row - 8), BAR)
        p.drawText(
            QRectF(label_w + w + 4, y, value_w, row),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            str(value),
        )
    p.end()
    return img


def column_chart(labels: list[str], values: list[int], *, width: int = 640, height: int = 170) -> QImage:
    """Vertical columns (hours of the day, days of the week) with the value above each."""
    img = QImage(width, height, QImage.Format.Format_ARGB32)
    img.fill(QColor("white"))
    p = QPainter(img)
    font = QFont(p.font())
    font.setPointSize(8)
    p.setFont(font)
    n = len(values)
    top, bottom = 16, 20
    slot = (width - 8) / max(n, 1)
    span = max(values, default=0) or 1
    usable = height - top - bottom
    p.setPen(GRID)
    p.drawLine(4, height - bottom, width - 4, height - bottom)
    for i, (label, value) in enumerate(zip(labels, values, strict=True)):
        x = 4 + i * slot
        h = usable * value / span
        p.fillRect(QRectF(x + slot * 0.15, height - bottom - h, slot * 0.7, h), BAR)
        p.setPen(TEXT)
        if value:
            p.drawText(
                QRectF(x, height - bottom - h - 14, slot, 14), Qt.AlignmentFlag.AlignHCenter, str(value)
            )
        p.drawText(QRectF(x, height - bottom + 2, slot, bottom - 2), Qt.AlignmentFlag.AlignHCenter, label)
    p.end()
    return img


def heat_map(grid: list[list[int]], row_labels: list[str], *, width: int = 640) -> QImage:
    """Orders by day of week × hour: darker is busier (when to plan extra staff)."""
    cols, label_w, cell_h = 24, 40, 20
    cell_w = (width - label_w - 4) / cols
    height = cell_h * len(grid) + 18
    img = QImage(width, height, QImage.Format.Format_ARGB32)
    img.fill(QColor("white"))
    p = QPainter(img)
    font = QFont(p.font())
    font.setPointSize(8)
    p.setFont(font)
    span = max((v for r in grid for v in r), default=0) or 1
    for r, (label, values) in enumerate(zip(row_labels, grid, strict=True)):
        y = r * cell_h
        p.setPen(TEXT)
        p.drawText(
            QRectF(0, y, label_w - 6, cell_h),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            label,
        )
        for c, v in enumerate(values):
            shade = QColor(BAR)
            shade.setAlpha(int(20 + 235 * v / span) if v else 0)
            rect = QRectF(label_w + c * cell_w, y + 1, cell_w - 1, cell_h - 2)
            p.fillRect(rect, shade if v else QColor("#f3f4f6"))
    p.setPen(TEXT)
    for c in range(0, cols, 2):
        p.drawText(
            QRectF(label_w + c * cell_w, len(grid) * cell_h, cell_w * 2, 16),
            Qt.AlignmentFlag.AlignLeft,
            f"{c:02d}",
        )
    p.end()
    return img


# --- the document -------------------------------------------------------------------------


def _period(report) -> str:
    """The report's period in the reader's language: «Week 48, 23–29 Nov 2026»."""
    p = report.period
    return period_label(p.kind, p.start, p.end, translate=QCoreApplication.translate)


def _e(text: object) -> str:
    return html.escape(str(text))


def _money(v: int | None) -> str:
    return format_rupiah(v) if v is not None else "—"


def _table(headers: list[str], rows: list[list[str]], right: set[int] = frozenset()) -> str:
    if not rows:
        return ""
    head = "".join(
        f"<th align='{'right' if i in right else 'left'}'>{_e(h)}</th>" for i, h in enumerate(headers)
    )
    body = "".join(
        "<tr>"
        + "".join(f"<td align='{'right' if i in right else 'left'}'>{c}</td>" for i, c in enumerate(r))
        + "</tr>"
        for r in rows
    )
    style = "cellspacing='0' cellpadding='4' border='1' style='border-collapse:collapse'"
    return f"<table {style}><tr style='background:#eef1f5'>{head}</tr>{body}</table>"


class ReportView(QTextBrowser):
    """The report document; its charts are images held here (``chart://name``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.images: dict[str, QImage] = {}

    def loadResource(self, kind: int, url: QUrl):
        if url.scheme() == "chart" and url.host() in self.images:
            return self.images[url.host()]
        return super().loadResource(kind, url)


class ReportsDialog(QDialog):
    """Pick a report and a date, see it, save it."""

    def __init__(
        self, runner, today: dt.date, parent: QWidget | None = None, kind: ReportKind | None = None
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.report: DailyClosing | PeriodReport | None = None
        self.setWindowTitle(self.tr("Laporan"))
        self.resize(1000, 720)
        may_money = runner.actor is not None and runner.actor.can(Permission.REPORTS)

        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for k in ReportKind:
            if k is ReportKind.DAILY and not may_money:
                continue  # all money: owner-only
            self.kind.addItem(translate_label(REPORT_TITLES[k]), k)
        if kind is not None and self.kind.findData(kind) >= 0:
            self.kind.setCurrentIndex(self.kind.findData(kind))
        self.date = widgets.date_edit()
        self.date.setObjectName("date")
        self.date.setDate(widgets.to_qdate(today))
        kind_label = QLabel(self.tr("&Jenis:"))
        kind_label.setBuddy(self.kind)
        date_label = QLabel(self.tr("&Tanggal:"))
        date_label.setBuddy(self.date)
        self.show_button = QPushButton(self.tr("&Tampilkan (F5)"))
        self.show_button.setObjectName("show")
        self.show_button.setDefault(True)
        self.pdf_button = QPushButton(self.tr("Simpan &PDF…"))
        self.pdf_button.setObjectName("pdf")
        self.pdf_button.setToolTip("Ctrl+Shift+S")
        self.xlsx_button = QPushButton(self.tr("Simpan &Excel…"))
        self.xlsx_button.setObjectName("xlsx")
        self.xlsx_button.setToolTip("Ctrl+E")
        for b in (self.pdf_button, self.xlsx_button):
            b.setEnabled(False)
        bar = QHBoxLayout()
        for w in (kind_label, self.kind, date_label, self.date, self.show_button):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.pdf_button)
        bar.addWidget(self.xlsx_button)

        self.status = QLabel()
        self.status.setObjectName("status")
        self.error = ErrorLabel()
        self.view = ReportView()
        self.view.setObjectName("report")
        self.view.setOpenLinks(False)
        if not may_money:
            note = QLabel(
                self.tr("Tutup kas harian dan angka uang hanya untuk pemilik (izin «Laporan keuangan»).")
            )
            note.setObjectName("money_note")
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)
        if not may_money:
            layout.addWidget(note)

        self.show_button.clicked.connect(self.load)
        self.pdf_button.clicked.connect(lambda: self.save("pdf"))
        self.xlsx_button.clicked.connect(lambda: self.save("xlsx"))
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.load)
        QShortcut(QKeySequence("Ctrl+Shift+S"), self, lambda: self.save("pdf"))
        QShortcut(QKeySequence("Ctrl+E"), self, lambda: self.save("xlsx"))
        self.kind.currentIndexChanged.connect(self.load)
        self.date.dateChanged.connect(self.load)
        self.save_dir = Path.home()
        self.load()

    # -- loading

    def selected(self) -> tuple[ReportKind, dt.date]:
        return self.kind.currentData(), widgets.from_qdate(self.date.date())

    def load(self) -> None:
        from tokodesk.services import reports

        kind, day = self.selected()
        actor, now = self.runner.actor, self.runner.now()
        self.status.setText(self.tr("Menyusun laporan…"))
        self.error.clear()
        self.runner.read(
            lambda s: reports.build_report(s, kind, day, actor=actor, now=now),
            self._loaded,
            self._failed,
            owner=self,
        )

    def _failed(self, err: Exception) -> None:
        self.status.clear()
        self.error.show_message(error_text(err))

    def _loaded(self, report) -> None:
        self.report = report
        self.status.setText(
            self.tr("{label} · dibuat {at}").format(
                label=_period(report), at=format_datetime(report.generated_at)
            )
        )
        self.view.images.clear()
        self.view.setHtml(
            self.daily_html(report) if isinstance(report, DailyClosing) else self.period_html(report)
        )
        for b in (self.pdf_button, self.xlsx_button):
            b.setEnabled(True)

    # -- saving

    def save(self, fmt: str) -> None:
        if self.report is None:
            return
        report = self.report
        name = f"laporan-{report.period.kind}-{report.period.start.isoformat()}.{fmt}"
        filt = self.tr("PDF (*.pdf)") if fmt == "pdf" else self.tr("Excel (*.xlsx)")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Simpan laporan"), str(self.save_dir / name), filt
        )
        if not path:
            return
        if not path.lower().endswith(f".{fmt}"):
            path += f".{fmt}"
        self.save_dir = Path(path).parent
        self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        """Write the shown report to ``path`` off the UI thread, then note it in the audit trail."""
        from tokodesk.services import report_export

        report = self.report
        language = chosen_language()  # the reader of the report is the person at the screen
        self.status.setText(self.tr("Menyimpan {name}…").format(name=path.name))

        def done(written: Path) -> None:
            actor, now = self.runner.actor, self.runner.now()
            self.runner.run(
                lambda s: report_export.record_export(s, report, written, actor=actor, now=now), owner=self
            )
            self.status.setText(self.tr("Tersimpan: {path}").format(path=str(written)))

        self.runner.background(
            lambda: report_export.export_report(report, path, language), done, self._failed, owner=self
        )

    # -- the documents

    def _h(self, text: str) -> str:
        return f"<h3 style='margin-top:14px'>{_e(text)}</h3>"

    def daily_html(self, r: DailyClosing) -> str:
        title = translate_label(REPORT_TITLES[ReportKind.DAILY])
        out = [f"<h2>{_e(r.shop_name)} — {_e(title)}, {_e(_period(r))}</h2>"]
        kinds = [k for k in MONEY_KIND_LABELS if r.money_in_by_kind.get(k)]
        methods = [m for m in r.money_in_by_method if r.money_in_by_method[m]]
        out.append(self._h(self.tr("Uang masuk")))
        if not methods:
            out.append("<p>" + _e(self.tr("Tidak ada uang masuk hari ini.")) + "</p>")
        else:
            cell = {(line.method, line.kind): line.amount for line in r.money_in}
            rows = [
                [_e(method_label(m))]
                + [_e(format_rupiah(cell[(m, k)])) if cell.get((m, k)) else "" for k in kinds]
                + [f"<b>{_e(format_rupiah(r.money_in_by_method[m]))}</b>"]
                for m in methods
            ]
            rows.append(
                ["<b>" + _e(self.tr("Jumlah")) + "</b>"]
                + [f"<b>{_e(format_rupiah(r.money_in_by_kind[k]))}</b>" for k in kinds]
                + [f"<b>{_e(format_rupiah(r.money_in_total))}</b>"]
            )
            headers = (
                [self.tr("Cara bayar")]
                + [translate_label(MONEY_KIND_LABELS[k]) for k in kinds]
                + [self.tr("Jumlah")]
            )
            out.append(_table(headers, rows, right=set(range(1, len(headers)))))
        summary = [
            (self.tr("Uang masuk"), r.money_in_total),
            (self.tr("Dikembalikan (refund)"), r.refunds_total),
            (self.tr("Uang tunai di laci (tunai masuk − refund tunai)"), r.cash_in_drawer),
            (self.tr("DP hangus"), r.forfeited_total),
            (self.tr("Pembayaran belum cair"), r.pending_total),
            (self.tr("COD belum diterima"), r.cod_outstanding_total),
        ]
        out.append(self._h(self.tr("Ringkasan")))
        out.append(
            _table(
                [self.tr("Pos"), self.tr("Rupiah")],
                [[_e(k), _e(format_rupiah(v))] for k, v in summary],
                right={1},
            )
        )

        def movements(title: str, rows, with_clears: bool = False) -> None:
            if not rows:
                return
            out.append(self._h(title))
            headers = [
                self.tr("Pesanan"),
                self.tr("Pelanggan"),
                self.tr("Jumlah"),
                self.tr("Cara"),
                self.tr("Waktu"),
                self.tr("Catatan"),
            ]
            if with_clears:
                headers.append(self.tr("Cair tanggal"))
            body = []
            for m in rows:
                line = [
                    _e(m.order_code),
                    _e(m.customer_name),
                    _e(format_rupiah(m.amount)),
                    _e(method_label(m.method) if m.method else ""),
                    _e(format_datetime(m.at)),
                    _e(m.note),
                ]
                if with_clears:
                    line.append(_e(format_date(m.clears_on)))
                body.append(line)
            out.append(_table(headers, body, right={2}))

        movements(self.tr("Refund"), r.refunds)
        movements(self.tr("DP hangus"), r.forfeitures)
        movements(self.tr("Pembayaran belum cair (akhir hari)"), r.pending, with_clears=True)
        if r.cod_outstanding:
            out.append(self._h(self.tr("COD belum diterima dari kurir")))
            out.append(
                _table(
                    [
                        self.tr("Pesanan"),
                        self.tr("Pelanggan"),
                        self.tr("Kurir"),
                        self.tr("Resi"),
                        self.tr("Jumlah"),
                        self.tr("Sampai"),
                    ],
                    [
                        [
                            _e(c.order_code),
                            _e(c.customer_name),
                            _e(c.courier),
                            _e(c.resi),
                            _e(format_rupiah(c.amount)),
                            _e(format_datetime(c.delivered_at)),
                        ]
                        for c in r.cod_outstanding
                    ],
                    right={4},
                )
            )
        out.append(self._h(self.tr("Keluhan dibuka dan ditutup hari ini")))
        lines = [(self.tr("dibuka"), c) for c in r.complaints_opened] + [
            (self.tr("ditutup"), c) for c in r.complaints_closed
        ]
        if lines:
            out.append(self._complaint_table(lines))
        else:
            out.append("<p>" + _e(self.tr("Tidak ada.")) + "</p>")
        out.append(self._h(self.tr("Ujung rantai bukti (cetak dan simpan di luar komputer)")))
        out.append(
            _table(
                [self.tr("Rantai"), self.tr("Jumlah catatan"), self.tr("Hash terakhir")],
                [
                    [
                        _e(translate_label(CHAIN_LABELS.get(c.name, c.name))),
                        _e(c.length),
                        f"<tt>{_e(c.head_hash)}</tt>",
                    ]
                    for c in r.chains
                ],
                right={1},
            )
        )
        return "".join(out)

    def _complaint_table(self, lines) -> str:
        rows = []
        for what, c in lines:
            rows.append(
                [
                    _e(what) if what else "",
                    f"#{c.id}",
                    _e(c.order_code or "—"),
                    _e(c.customer_name),
                    _e(translate_label(crules.TYPE_LABELS[crules.ComplaintType(c.kind)])),
                    _e(translate_label(crules.STATUS_LABELS[crules.CaseStatus(c.status)])),
                    _e(translate_label(crules.FINDING_LABELS[crules.Finding(c.finding)])),
                    _e(
                        translate_label(crules.RESOLUTION_LABELS[crules.Resolution(c.resolution)])
                        if c.resolution
                        else ""
                    ),
                    _e(format_rupiah(c.cost)),
                ]
            )
        headers = [
            "",
            "#",
            self.tr("Pesanan"),
            self.tr("Pelanggan"),
            self.tr("Jenis"),
            self.tr("Status"),
            self.tr("Temuan"),
            self.tr("Penyelesaian"),
            self.tr("Biaya"),
        ]
        return _table(headers, rows, right={8})

    def _chart(self, name: str, image: QImage) -> str:
        self.view.images[name] = image
        return f"<p><img src='chart://{name}' width='{image.width()}' height='{image.height()}'></p>"

    def period_html(self, r: PeriodReport) -> str:
        kind = translate_label(REPORT_TITLES[r.period.kind])
        out = [f"<h2>{_e(r.shop_name)} — {_e(kind)}, {_e(_period(r))}</h2>"]
        # complaints
        out.append(self._h(self.tr("Keluhan")))
        first = (
            format_duration(r.median_first_response, QCoreApplication.translate)
            if r.median_first_response is not None
            else "—"
        )
        settle = (
            format_duration(r.median_resolution, QCoreApplication.translate)
            if r.median_resolution is not None
            else "—"
        )
        facts = [
            (self.tr("Keluhan masuk"), str(r.complaints_opened)),
            (self.tr("Keluhan ditutup"), str(r.complaints_closed)),
            (self.tr("Median waktu tanggapan pertama"), first),
            (self.tr("Median waktu penyelesaian"), settle),
            (self.tr("Biaya keluhan bagi toko"), _money(r.complaint_cost)),
        ]
        out.append(_table([self.tr("Pos"), self.tr("Angka")], [[_e(k), _e(v)] for k, v in facts], right={1}))
        types = [translate_label(crules.TYPE_LABELS[crules.ComplaintType(k)]) for k in r.by_type]
        if r.complaints_opened:
            out.append("<p><b>" + _e(self.tr("Keluhan menurut jenis")) + "</b></p>")
            out.append(self._chart("types", bar_chart(types, list(r.by_type.values()))))
        split = []
        for k, v in r.by_finding.items():
            if v:
                split.append(
                    [
                        _e(self.tr("Temuan")),
                        _e(translate_label(crules.FINDING_LABELS[crules.Finding(k)])),
                        _e(v),
                    ]
                )
        for k, v in r.by_resolution.items():
            if v:
                split.append(
                    [
                        _e(self.tr("Penyelesaian")),
                        _e(translate_label(crules.RESOLUTION_LABELS[crules.Resolution(k)])),
                        _e(v),
                    ]
                )
        if split:
            out.append(_table(["", "", self.tr("Jumlah")], split, right={2}))
        if r.complaints:
            out.append("<p><b>" + _e(self.tr("Daftar keluhan")) + "</b></p>")
            out.append(self._complaint_table([("", c) for c in r.complaints]))
        # ratings
        out.append(self._h(self.tr("Penilaian pelanggan")))
        if r.rating_count:
            avg = self.tr("{n} penilaian, rata-rata {avg} dari 5").format(
                n=r.rating_count, avg=r.rating_average
            )
            out.append(f"<p>{_e(avg)}</p>")
            out.append(
                self._chart(
                    "ratings",
                    bar_chart(
                        [f"{k} ★" for k in range(5, 0, -1)], [r.ratings.get(k, 0) for k in range(5, 0, -1)]
                    ),
                )
            )
            if r.low_ratings:
                out.append(
                    _table(
                        [self.tr("Pesanan"), self.tr("Pelanggan"), self.tr("Nilai"), self.tr("Komentar")],
                        [
                            [_e(x.order_code), _e(x.customer_name), _e(x.rating), _e(x.comment)]
                            for x in r.low_ratings
                        ],
                    )
                )
        else:
            out.append("<p>" + _e(self.tr("Belum ada penilaian di periode ini.")) + "</p>")
        # pickup discipline
        out.append(self._h(self.tr("Pengambilan pesanan")))
        rate = f"{r.no_show_rate}%" if r.no_show_rate is not None else "—"
        pickup = [
            (self.tr("Jatuh tempo ambil di periode ini"), r.due),
            (self.tr("Diambil tepat waktu"), r.collected_on_time),
            (self.tr("Diambil terlambat"), r.collected_late),
            (self.tr("Hangus (tidak diambil)"), r.forfeited_due),
            (self.tr("Masih ditunggu"), r.still_waiting),
            (self.tr("Tingkat tidak datang (hangus + terlambat) ÷ jatuh tempo"), rate),
        ]
        out.append(_table([self.tr("Pos"), self.tr("Angka")], [[_e(k), _e(v)] for k, v in pickup], right={1}))
        if r.overdue:
            out.append("<p><b>" + _e(self.tr("Lewat batas di akhir periode")) + "</b></p>")
            out.append(
                _table(
                    [
                        self.tr("Pesanan"),
                        self.tr("Pelanggan"),
                        self.tr("Tanggal ambil"),
                        self.tr("Hari terakhir gratis"),
                        self.tr("Lewat (hari)"),
                        self.tr("Sisa tagihan"),
                    ],
                    [
                        [
                            _e(o.order_code),
                            _e(o.customer_name),
                            _e(format_date(o.pickup_date)),
                            _e(format_date(o.last_free_day)),
                            _e(o.days_over),
                            _e(format_rupiah(o.balance)),
                        ]
                        for o in r.overdue
                    ],
                    right={4, 5},
                )
            )
        # money
        out.append(self._h(self.tr("Uang")))
        if r.include_money:
            money = [
                (self.tr("DP dipegang di akhir periode"), _money(r.deposits_held)),
                (
                    self.tr("DP hangus di periode ini ({n} pesanan)").format(n=r.forfeited_count),
                    _money(r.forfeited_total),
                ),
                (self.tr("Biaya simpan diterima"), _money(r.storage_fees)),
                (
                    self.tr("Nilai pesanan masuk ({n} pesanan)").format(n=r.orders_total),
                    _money(r.revenue_total),
                ),
            ]
            out.append(
                _table([self.tr("Pos"), self.tr("Rupiah")], [[_e(k), _e(v)] for k, v in money], right={1})
            )
        else:
            out.append("<p>" + _e(self.tr("Angka uang hanya untuk pemilik.")) + "</p>")
        # busy times
        out.append(self._h(self.tr("Waktu ramai (pesanan masuk)")))
        days = [translate_label(d) for d in WEEKDAYS_SHORT]
        out.append("<p><b>" + _e(self.tr("Menurut hari")) + "</b></p>")
        out.append(self._chart("weekdays", column_chart(days, r.orders_by_weekday)))
        out.append("<p><b>" + _e(self.tr("Menurut jam")) + "</b></p>")
        out.append(self._chart("hours", column_chart([f"{h:02d}" for h in range(24)], r.orders_by_hour)))
        out.append("<p><b>" + _e(self.tr("Hari × jam (makin gelap makin ramai)")) + "</b></p>")
        out.append(self._chart("heat", heat_map(r.orders_by_weekday_hour, days)))
        # blacklist
        out.append(self._h(self.tr("Perubahan status pelanggan")))
        if r.blacklist_changes:
            out.append(
                _table(
                    [
                        self.tr("Waktu"),
                        self.tr("Pelanggan"),
                        self.tr("Dari"),
                        self.tr("Menjadi"),
                        self.tr("Alasan"),
                        self.tr("Oleh"),
                    ],
                    [
                        [
                            _e(format_datetime(b.at)),
                            _e(b.customer_name),
                            _e(standing_label(b.from_standing)),
                            _e(standing_label(b.to_standing)),
                            _e(b.reason),
                            _e(b.staff),
                        ]
                        for b in r.blacklist_changes
                    ],
                )
            )
        else:
            out.append("<p>" + _e(self.tr("Tidak ada.")) + "</p>")
        return "".join(out)
