"""The routine reports as PDF and XLSX, from report objects written out by hand (no database):
the text of the PDF (pypdf) carries the key figures, long lists run onto further pages, no
page is drawn outside the paper, and the spreadsheet reads back with money as whole numbers
and dates as dates.  ``daily_closing()`` and ``monthly_review()`` are also what the samples
in ``docs/reports/`` are drawn from."""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess
from decimal import Decimal

import pytest
from pypdf import PdfReader

from tokodesk.documents.report import format_duration, format_percent, render_report_pdf
from tokodesk.documents.report_xlsx import render_report_xlsx
from tokodesk.domain.errors import InvalidInput
from tokodesk.services.report_export import export_report, report_format
from tokodesk.services.reports import (
    ChainLine,
    CodLine,
    ComplaintLine,
    DailyClosing,
    MoneyLine,
    Movement,
    OverdueLine,
    Period,
    PeriodReport,
    RatingLine,
    ReportKind,
    StandingLine,
)

WIB = dt.timezone(dt.timedelta(hours=7))
DAY = dt.date(2026, 11, 23)
GENERATED = dt.datetime(2026, 11, 23, 21, 5, tzinfo=WIB)
HASH = "9f3c2a7be41d0c55a8e6b19d72f04e3ac8b5d6e7f9012345abcdef0123456789"


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=WIB)


def complaint(i: int, *, kind="damaged", status="resolved", finding="shop", resolution="resend", cost=0):
    received = at(DAY, 9, i % 60)
    return ComplaintLine(
        id=i,
        order_code=f"TD-2611-{i:04d}",
        customer_name=f"Pelanggan {i}",
        kind=kind,
        status=status,
        finding=finding,
        resolution=resolution,
        cost=cost,
        received_at=received,
        first_response_at=received + dt.timedelta(minutes=40),
        closed_at=received + dt.timedelta(hours=5) if status in ("resolved", "declined") else None,
        staff="Budi",
    )


def daily_closing(*, pending: int = 2) -> DailyClosing:
    money_in = [
        MoneyLine("cash", "deposit", 750_000),
        MoneyLine("cash", "balance", 1_250_000),
        MoneyLine("cash", "storage_fee", 15_000),
        MoneyLine("transfer", "deposit", 2_000_000),
        MoneyLine("transfer", "balance", 480_000),
        MoneyLine("qris", "delivery_fee", 36_000),
        MoneyLine("cheque", "balance", 5_500_000),
    ]
    by_method: dict[str, int] = {}
    by_kind: dict[str, int] = {}
    for line in money_in:
        by_method[line.method] = by_method.get(line.method, 0) + line.amount
        by_kind[line.kind] = by_kind.get(line.kind, 0) + line.amount
    refunds = [
        Movement(501, "TD-2611-0031", "Dewi Lestari", 125_000, "cash", at(DAY, 11, 12), "Kembalian ongkir"),
        Movement(
            502, "TD-2611-0035", "Rudi Hartono", 300_000, "transfer", at(DAY, 15, 40), "Refund sebagian"
        ),
    ]
    pendings = [
        Movement(
            600 + i,
            f"TD-2611-{100 + i:04d}",
            f"Pelanggan Tertunda {i}",
            150_000 + 1_000 * i,
            "cheque" if i % 2 else "transfer",
            at(DAY, 10, i % 60),
            clears_on=DAY + dt.timedelta(days=(i % 7) - 1),
        )
        for i in range(pending)
    ]
    return DailyClosing(
        period=Period(ReportKind.DAILY, DAY, DAY, "23 Nov 2026"),
        generated_at=GENERATED,
        shop_name="Toko Kue Bu Sari",
        money_in=money_in,
        money_in_by_method=by_method,
        money_in_by_kind=by_kind,
        money_in_total=sum(by_method.values()),
        refunds=refunds,
        refunds_by_method={"cash": 125_000, "transfer": 300_000},
        refunds_total=425_000,
        cash_in_drawer=by_method["cash"] - 125_000,
        forfeitures=[
            Movement(700, "TD-2610-0402", "Agus Salim", 200_000, None, at(DAY, 0, 5), "Tidak diambil 30 hari")
        ],
        forfeited_total=200_000,
        pending=pendings,
        pending_total=sum(m.amount for m in pendings),
        cod_outstanding=[
            CodLine("TD-2611-0077", "Sri Wahyuni", "JNE", "JNE1234567890", 385_000, at(DAY, 13, 30)),
        ],
        cod_outstanding_total=385_000,
        complaints_opened=[complaint(41, status="checking", finding="open", resolution=None)],
        complaints_closed=[complaint(38, resolution="partial_refund", cost=300_000)],
        chains=[
            ChainLine("log", 1_204, HASH),
            ChainLine("ledger", 3_877, HASH[::-1]),
            ChainLine("status", 2_950, "0" * 64),
        ],
    )


KINDS = [
    "short",
    "damaged",
    "wrong_item",
    "wrong_personal",
    "late",
    "lost",
    "not_received",
    "quality",
    "service",
    "other",
]


def monthly_review(*, include_money: bool = True, complaints: int = 12) -> PeriodReport:
    start, end = dt.date(2026, 11, 1), dt.date(2026, 11, 30)
    by_type = dict(zip(KINDS, [2, 4, 1, 2, 1, 0, 1, 1, 0, 0], strict=True))
    weekday = [14, 11, 12, 15, 19, 27, 9]
    hour = [0] * 24
    for h, n in {
        8: 3,
        9: 8,
        10: 12,
        11: 14,
        12: 9,
        13: 11,
        14: 13,
        15: 10,
        16: 9,
        17: 7,
        19: 6,
        20: 5,
    }.items():
        hour[h] = n
    grid = [[0] * 24 for _ in range(7)]
    for d in range(7):
        for h in range(24):
            grid[d][h] = (hour[h] * weekday[d]) // 60
    return PeriodReport(
        period=Period(ReportKind.MONTHLY, start, end, "November 2026"),
        generated_at=GENERATED,
        shop_name="Toko Kue Bu Sari",
        include_money=include_money,
        complaints_opened=12,
        complaints_closed=10,
        by_type=by_type,
        by_finding={"shop": 4, "courier": 3, "customer": 2, "not_proven": 1},
        by_resolution={"resend": 3, "remake_free": 2, "partial_refund": 2, "explanation": 3},
        median_first_response=dt.timedelta(minutes=38),
        median_resolution=dt.timedelta(hours=3, minutes=20),
        complaint_cost=1_175_000 if include_money else None,
        complaints=[
            complaint(100 + i, kind=KINDS[i % len(KINDS)], cost=25_000 * (i % 3)) for i in range(complaints)
        ],
        ratings={5: 31, 4: 9, 3: 3, 2: 1, 1: 1},
        low_ratings=[
            RatingLine("TD-2611-0044", "Rina Marlina", 2, "Kuenya agak keras, pengiriman lama.", at(end, 10)),
            RatingLine("TD-2611-0051", "Hendra Gunawan", 3, "", at(end, 11)),
        ],
        deposits_held=8_750_000 if include_money else None,
        forfeited_count=2,
        forfeited_total=400_000 if include_money else None,
        storage_fees=95_000 if include_money else None,
        due=40,
        collected_on_time=33,
        collected_late=3,
        forfeited_due=2,
        still_waiting=2,
        overdue=[
            OverdueLine(
                "TD-2611-0090", "Yanti Susanti", dt.date(2026, 11, 20), dt.date(2026, 11, 23), 7, 650_000
            ),
            OverdueLine(
                "TD-2611-0093", "Bambang Pamungkas", dt.date(2026, 11, 24), dt.date(2026, 11, 27), 3, 0
            ),
        ],
        orders_by_weekday=weekday,
        orders_by_hour=hour,
        orders_by_weekday_hour=grid,
        revenue_by_weekday=[n * 215_000 for n in weekday] if include_money else None,
        revenue_by_hour=[n * 215_000 for n in hour] if include_money else None,
        orders_total=sum(weekday),
        revenue_total=sum(weekday) * 215_000 if include_money else None,
        blacklist_changes=[
            StandingLine(
                "Joko Widodo", "normal", "blacklisted", "Dua kali tidak mengambil pesanan", "Siti", at(end, 9)
            )
        ],
    )


def weekly_review() -> PeriodReport:
    r = monthly_review(complaints=3)
    return PeriodReport(
        **{
            **r.__dict__,
            "period": Period(ReportKind.WEEKLY, DAY, DAY + dt.timedelta(days=6), "Minggu 48, 23–29 Nov 2026"),
        }
    )


def text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() for page in reader.pages)


def pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text)


# ------------------------------------------------------------------------------ formatting


def test_durations_read_as_hours_and_minutes():
    assert format_duration(dt.timedelta(hours=3, minutes=20)) == "3 jam 20 menit"
    assert format_duration(dt.timedelta(minutes=45, seconds=20)) == "45 menit"
    assert format_duration(dt.timedelta(hours=26)) == "26 jam"
    assert format_duration(None) == "—"
    assert format_percent(Decimal("12.5")) == "12,5%"


# ------------------------------------------------------------------------------ the daily closing


def test_daily_closing_pdf_carries_the_figures():
    report = daily_closing()
    pdf = render_report_pdf(report, shop_name="Toko Kue Bu Sari")
    assert pdf.startswith(b"%PDF")
    text = text_of(pdf)
    flat = squash(text)
    for expected in (
        "Toko Kue Bu Sari",
        "Tutup kas harian",
        "Senin, 23 Nov 2026",
        "Uang masuk",
        "Tunai",
        "Transfer",
        "Cek/giro",
        "Pelunasan",
        "Biaya simpan",
        "Ongkos kirim",
        "Rp10.031.000",  # money in total
        "Rp2.015.000",  # cash in
        "Rp1.890.000",  # the drawer
        "Rp425.000",
        "DP hangus",
        "Rp200.000",
        "Pembayaran belum cair",
        "COD belum diterima",
        "JNE1234567890",
        "Rp385.000",
        "Barang rusak",
        "Refund sebagian",
        "Salinan cetak ini bukti di luar komputer",
        "Halaman 1/",
    ):
        assert expected in flat, expected
    # every chain head in full
    assert HASH in text.replace("\n", "").replace(" ", "")
    assert "0" * 64 in text.replace("\n", "").replace(" ", "")


def test_a_long_pending_list_runs_onto_more_pages_and_keeps_its_header():
    report = daily_closing(pending=140)
    pdf = render_report_pdf(report, shop_name="Toko")
    n = pages(pdf)
    assert n >= 3
    reader = PdfReader(io.BytesIO(pdf))
    texts = [p.extract_text() for p in reader.pages]
    assert all(f"Halaman {i + 1}/{n}" in tx for i, tx in enumerate(texts))
    # the header row repeats on the page the list continues on
    assert sum("Cair tanggal" in squash(tx) for tx in texts) >= 2
    flat = squash(" ".join(texts))
    for i in (0, 69, 139):
        assert f"Pelanggan Tertunda {i}" in flat


def test_an_empty_day_still_makes_a_closing():
    r = daily_closing(pending=0)
    empty = DailyClosing(
        **{
            **r.__dict__,
            "money_in": [],
            "money_in_by_method": {},
            "money_in_by_kind": {},
            "money_in_total": 0,
            "refunds": [],
            "refunds_by_method": {},
            "refunds_total": 0,
            "cash_in_drawer": 0,
            "forfeitures": [],
            "forfeited_total": 0,
            "cod_outstanding": [],
            "cod_outstanding_total": 0,
            "complaints_opened": [],
            "complaints_closed": [],
            "chains": [],
        }
    )
    flat = squash(text_of(render_report_pdf(empty, shop_name="Toko")))
    assert "Tidak ada uang masuk hari ini." in flat
    assert "Tidak ada pengembalian dana hari ini." in flat


# ------------------------------------------------------------------------------ the reviews


def test_monthly_review_pdf_carries_the_figures():
    pdf = render_report_pdf(monthly_review(), shop_name="Toko Kue Bu Sari")
    flat = squash(text_of(pdf))
    for expected in (
        "Laporan bulanan",
        "November 2026",
        "1 Nov 2026 – 30 Nov 2026",
        "Barang rusak",
        "Kesalahan kurir",
        "Kirim ulang",
        "38 menit",
        "3 jam 20 menit",
        "Rp1.175.000",  # complaint cost
        "4,5 dari 5",  # 202 / 45 = 4.49 → 4.5
        "45 penilaian",
        "Kuenya agak keras",
        "Rp8.750.000",  # deposits held
        "Rp95.000",
        "12,5%",  # (2 + 3) / 40
        "Yanti Susanti",
        "Rp650.000",
        "Pesanan per hari",
        "Pesanan per jam",
        "Sen",
        "Min",
        "Daftar hitam",
        "Dua kali tidak mengambil pesanan",
    ):
        assert expected in flat, expected
    assert "Angka uang hanya untuk pemilik" not in flat


def test_without_the_permission_no_money_is_shown():
    pdf = render_report_pdf(monthly_review(include_money=False), shop_name="Toko")
    flat = squash(text_of(pdf))
    assert "Angka uang hanya untuk pemilik" in flat
    assert "Rp" not in flat


def test_weekly_review_and_a_long_complaint_list():
    flat = squash(text_of(render_report_pdf(weekly_review(), shop_name="Toko")))
    assert "Laporan mingguan" in flat and "Minggu 48, 23–29 Nov 2026" in flat
    pdf = render_report_pdf(monthly_review(complaints=160), shop_name="Toko")
    assert pages(pdf) >= 4
    flat = squash(text_of(pdf))
    assert "#100" in flat and "#259" in flat


def test_nothing_is_drawn_outside_the_page(tmp_path):
    """Rendered, every page's right and bottom edges stay white (nothing runs off)."""
    if not shutil.which("pdftoppm"):
        pytest.skip("pdftoppm is not installed")
    from PIL import Image

    for name, pdf in (
        ("daily", render_report_pdf(daily_closing(pending=60), shop_name="Toko")),
        ("monthly", render_report_pdf(monthly_review(complaints=60), shop_name="Toko")),
    ):
        (tmp_path / f"{name}.pdf").write_bytes(pdf)
        subprocess.run(
            ["pdftoppm", "-r", "60", "-png", str(tmp_path / f"{name}.pdf"), str(tmp_path / name)], check=True
        )
        pngs = sorted(tmp_path.glob(f"{name}-*.png"))
        assert len(pngs) == pages(pdf)
        for png in pngs:
            img = Image.open(png).convert("L")
            w, h = img.size
            margin = int(w * 12 / 210)  # 12 mm of the 15 mm side margin
            for x in list(range(w - margin, w)) + list(range(margin)):
                column = [img.getpixel((x, y)) for y in range(0, h, 3)]
                assert min(column) > 200, f"{png.name}: ink at x={x}"


# ------------------------------------------------------------------------------ the spreadsheet


def test_xlsx_round_trip():
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(render_report_xlsx(daily_closing())))
    assert wb.sheetnames[:2] == ["Ringkasan", "Uang masuk"]
    assert "Rantai bukti" in wb.sheetnames
    summary = {row[0]: row[1] for row in wb["Ringkasan"].iter_rows(values_only=True) if row[0]}
    assert summary["Tanggal"] == dt.datetime(2026, 11, 23)  # a real date (openpyxl reads it as datetime)
    assert summary["Uang masuk"] == 10_031_000 and type(summary["Uang masuk"]) is int
    assert summary["Uang tunai di laci"] == 1_890_000
    money = wb["Uang masuk"]
    assert [c.value for c in money[1]] == ["Metode", "Jenis", "Jumlah"]
    assert money["A1"].font.b
    amounts = [
        row[2].value for row in money.iter_rows(min_row=2) if row[0].value and row[2].value is not None
    ]
    assert 5_500_000 in amounts and all(type(v) is int for v in amounts)
    assert money.cell(row=2, column=3).number_format == "#,##0"
    assert money.column_dimensions["A"].width > 8
    chains = list(wb["Rantai bukti"].iter_rows(min_row=2, values_only=True))
    assert chains[0] == ("Catatan komunikasi", 1204, HASH)
    pending = wb["Belum cair"]
    assert isinstance(pending.cell(row=2, column=5).value, dt.datetime)

    wb = load_workbook(io.BytesIO(render_report_xlsx(monthly_review())))
    assert {"Ringkasan", "Keluhan", "Penilaian", "Pengambilan", "Waktu ramai"} <= set(wb.sheetnames)
    summary = {row[0]: row[1] for row in wb["Ringkasan"].iter_rows(values_only=True) if row[0]}
    assert summary["DP dipegang di akhir periode"] == 8_750_000
    assert summary["Keluhan dibuka"] == 12

    wb = load_workbook(io.BytesIO(render_report_xlsx(monthly_review(include_money=False))))
    summary = {row[0]: row[1] for row in wb["Ringkasan"].iter_rows(values_only=True) if row[0]}
    assert "DP dipegang di akhir periode" not in summary
    assert "Angka uang hanya untuk pemilik." in summary


# ------------------------------------------------------------------------------ the export


def test_export_chooses_the_format_by_suffix(tmp_path):
    pdf = export_report(daily_closing(), tmp_path / "tutup.PDF")
    assert pdf.read_bytes().startswith(b"%PDF")
    xlsx = export_report(monthly_review(), tmp_path / "bulanan.xlsx")
    assert xlsx.read_bytes().startswith(b"PK")
    with pytest.raises(InvalidInput, match=r"\.pdf atau \.xlsx"):
        export_report(daily_closing(), tmp_path / "laporan.csv")
    with pytest.raises(InvalidInput):
        report_format(tmp_path / "laporan")
    assert not (tmp_path / "laporan.csv").exists()
