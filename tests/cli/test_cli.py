"""The command line, run in-process through ``run([...])`` (one test runs the real program)."""

import csv
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from tests.factories import open_as_owner as open_database
from tokodesk.cli import VERBS
from tokodesk.cli.main import build_parser, run
from tokodesk.services.customers import search_customers
from tokodesk.services.orders import find_order_id, get_order

DATA = Path(__file__).with_name("data")
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def db(db_url):
    return db_url


def read(db, fn):
    database = open_database(db)
    try:
        return database.read(fn)
    finally:
        database.close()


def names(db):
    return read(db, lambda s: [c.name for c in search_customers(s)])


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


def test_verbs_match_the_commands():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "verb")
    assert set(sub.choices) == VERBS


def test_import_customers_csv(db, capsys):
    assert run(["import", "customers", str(DATA / "customers.csv"), "--db", db]) == 0
    out, err = capsys.readouterr()
    assert out == "3 pelanggan diimpor dari customers.csv.\n"
    assert err == ""
    assert names(db) == ["Budi Santoso", "Dewi Lestari", "Siti Rahayu"]
    # the same file again: everyone is already there
    assert run(["import", "customers", str(DATA / "customers.csv"), "--db", db]) == 0
    assert capsys.readouterr().out == "0 pelanggan diimpor, 3 dilewati (sudah ada) dari customers.csv.\n"


def test_import_customers_semicolon_csv_from_excel(db, capsys):
    assert run(["import", "customers", str(DATA / "customers_semicolon.csv"), "--db", db]) == 0
    assert "2 pelanggan diimpor" in capsys.readouterr().out
    siti = read(db, lambda s: search_customers(s, "siti")[0])
    assert (siti.phone, siti.address) == ("+6281234567890", "Jl. Melati No. 5; Bandung")


def test_import_customers_xlsx(db, tmp_path, capsys):
    wb = Workbook()
    ws = wb.active
    ws.append(["Name", "Phone", "Address"])
    ws.append(["Siti Rahayu", "0812-3456-7890", "Bandung"])
    ws.append(["Budi Santoso", 81311112222, None])  # Excel dropped the leading 0
    path = tmp_path / "pelanggan.xlsx"
    wb.save(path)
    assert run(["import", "customers", str(path), "--db", db]) == 0
    assert "2 pelanggan diimpor" in capsys.readouterr().out
    assert read(db, lambda s: sorted(c.phone for c in search_customers(s))) == [
        "+6281234567890",
        "+6281311112222",
    ]


def test_malformed_file_lists_every_bad_line_and_imports_nothing(db, capsys):
    assert run(["import", "customers", str(DATA / "customers_bad.csv"), "--db", db]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    lines = err.splitlines()
    assert lines[0] == "customers_bad.csv: Berkas tidak diimpor: ada 3 kesalahan. Perbaiki lalu impor lagi."
    assert lines[1] == "  baris 3, kolom name: Nama pelanggan wajib diisi"
    assert lines[2].startswith("  baris 4, kolom phone: Nomor HP «12345» tidak sah")
    assert (
        lines[3] == "  baris 5, kolom phone: Nomor HP sama dengan baris 2, tetapi namanya lain (Siti Rahayu)"
    )
    assert "Traceback" not in err
    assert names(db) == []


def test_import_orders_then_export_them(db, tmp_path, capsys):
    assert run(["import", "orders", str(DATA / "orders.csv"), "--db", db, "--today", "2026-11-22"]) == 0
    assert (
        capsys.readouterr().out == "4 pesanan (5 baris barang) diimpor, 3 pelanggan baru dari orders.csv.\n"
    )
    view = read(db, lambda s: get_order(s, find_order_id(s, "TD-2610-0007")))
    assert (view.totals.total, view.totals.balance, view.items[0].custom_details) == (
        1_155_000,
        0,
        "Tulisan: REUNI 2010; ukuran M×6, L×6",
    )

    out = tmp_path / "pesanan.csv"
    assert run(["export", "orders", "--format", "csv", "--out", str(out), "--db", db]) == 0
    assert capsys.readouterr().out == f"4 pesanan diekspor ke {out}.\n"
    rows = read_csv(out)
    header = (
        "code,customer_name,customer_phone,status,fulfilment,total,paid,balance,pickup_date,created,"
        "storage_fee,days_overdue"
    )
    assert rows[0] == header.split(",")
    assert rows[1:] == [
        ["LAMA-1", "Dewi Lestari", "0857-1234-5678", "ready", "delivery", "100000", "0", "100000",
         "2026-11-25", "2026-11-20", "0", "0"],
        ["TD-2611-0003", "Budi Santoso", "0813-1111-2222", "forfeited", "pickup", "1500000", "450000",
         "1050000", "2026-11-09", "2026-11-01", "0", "0"],
        ["TD-2610-0012", "Budi Santoso", "0813-1111-2222", "delivered", "cod", "450000", "450000", "0",
         "2026-10-25", "2026-10-20", "0", "0"],
        ["TD-2610-0007", "Siti Rahayu", "0812-3456-7890", "collected", "pickup", "1155000", "1155000", "0",
         "2026-10-10", "2026-10-03", "0", "0"],
    ]  # fmt: skip


def test_today_decides_what_is_still_in_the_future(db, capsys):
    # LAMA-1 was taken on 2026-11-20: not yet on 2026-11-19
    assert run(["import", "orders", str(DATA / "orders.csv"), "--db", db, "--today", "2026-11-19"]) == 1
    err = capsys.readouterr().err
    assert "baris 6, kolom created: Tanggal pesanan 2026-11-20 belum terjadi (hari ini 2026-11-19)" in err


def test_bad_today_is_a_usage_error_in_indonesian(db, capsys):
    assert run(["import", "orders", str(DATA / "orders.csv"), "--db", db, "--today", "22-11-2026"]) == 2
    err = capsys.readouterr().err
    assert "argumen --today: Tanggal «22-11-2026» tidak sah; tulis sebagai TTTT-BB-HH" in err
    assert err.startswith("pemakaian: tokodesk import")


def test_export_customers_xlsx(db, tmp_path, capsys):
    run(["import", "customers", str(DATA / "customers.csv"), "--db", db])
    out = tmp_path / "pelanggan.xlsx"
    assert run(["export", "customers", "--out", str(out), "--db", db, "--today", "2026-11-22"]) == 0
    assert "3 pelanggan diekspor" in capsys.readouterr().out
    wb = load_workbook(out, read_only=True)
    try:
        rows = [list(r) for r in wb.worksheets[0].iter_rows(values_only=True)]
    finally:
        wb.close()
    assert rows == [
        ["name", "phone", "whatsapp", "address", "notes", "standing", "orders"],
        ["Budi Santoso", "0813-1111-2222", "0813-1111-2222", None, None, "normal", 0],
        ["Dewi Lestari", "0857-1234-5678", "0857-1234-5678", "Jl. Kenanga 3, Surabaya",
         "minta nota lewat email", "normal", 0],
        ["Siti Rahayu", "0812-3456-7890", "0812-3456-7890", "Jl. Melati No. 5, Bandung", "langganan",
         "normal", 0],
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["import", "customers", "pelanggan.ods"], "Format berkas «pelanggan.ods» tidak dikenal"),
        (["import", "customers", "pelanggan.xls"], "simpan ulang sebagai .xlsx"),
        (["import", "orders", "tidak-ada.csv"], "Berkas «tidak-ada.csv» tidak ditemukan"),
        (["export", "orders", "--out", "pesanan.pdf"], "Format berkas «pesanan.pdf» tidak dikenal"),
        (["export", "orders", "--out", "pesanan.csv", "--format", "xlsx"], "tidak cocok dengan format xlsx"),
        (["export", "orders", "--out", "tidak/ada/pesanan.csv"], "folder atau berkas tidak ada"),
    ],
)
def test_user_errors_exit_1_with_a_message(db, tmp_path, monkeypatch, capsys, argv, message):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pelanggan.ods").write_bytes(b"")
    (tmp_path / "pelanggan.xls").write_bytes(b"")
    assert run([*argv, "--db", db]) == 1
    out, err = capsys.readouterr()
    assert (out, message in err, "Traceback" in err) == ("", True, False), err


def test_a_file_that_is_not_a_database(tmp_path, capsys):
    bad = tmp_path / "bukan.sqlite3"
    bad.write_text("ini bukan database\n" * 100)
    assert run(["export", "customers", "--out", str(tmp_path / "c.csv"), "--db", str(bad)]) == 1
    assert capsys.readouterr().err == "Database tidak bisa dibuka: berkas ini bukan database TokoDesk\n"


def test_usage_errors_exit_2(db, capsys):
    assert run(["import", "pelanggan", "x.csv", "--db", db]) == 2
    assert "pilihan 'pelanggan' tidak dikenal (pilih: 'customers', 'orders')" in capsys.readouterr().err
    assert run(["export", "orders", "--db", db]) == 2
    assert "argumen wajib belum diisi: --out" in capsys.readouterr().err
    assert run(["demo"]) == 2  # demo data never goes into the shop's own database by default
    assert "argumen wajib belum diisi: --db" in capsys.readouterr().err


def test_help_exits_0(capsys):
    assert run(["import", "--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("pemakaian: tokodesk import")
    assert "--today TTTT-BB-HH" in out


def test_default_database_is_in_the_data_folder(capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("TOKODESK_DATA_DIR", str(tmp_path / "data"))
    assert run(["import", "customers", str(DATA / "customers.csv")]) == 0
    assert (tmp_path / "data" / "tokodesk.sqlite3").exists()
    assert names(str(tmp_path / "data" / "tokodesk.sqlite3")) == [
        "Budi Santoso",
        "Dewi Lestari",
        "Siti Rahayu",
    ]


def test_demo_fills_an_empty_database_once(db, capsys):
    assert run(["demo", "--db", db, "--today", "2026-11-22"]) == 0
    out = capsys.readouterr().out
    assert "50 pelanggan, 200 pesanan" in out
    assert "Draf 10" in out and "Hangus (DP ditahan) 10" in out
    assert run(["demo", "--db", db]) == 1
    assert "sudah berisi data" in capsys.readouterr().err


def test_the_real_program_exit_codes(tmp_path):
    """``python -m tokodesk`` as a shop PC runs it: exit codes and messages, no traceback."""
    db = str(tmp_path / "toko.sqlite3")
    good = subprocess.run(
        [sys.executable, "-m", "tokodesk", "import", "customers", str(DATA / "customers.csv"), "--db", db],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert (good.returncode, good.stdout, good.stderr) == (0, "3 pelanggan diimpor dari customers.csv.\n", "")
    bad_file = tmp_path / "pelanggan.csv"
    shutil.copy(DATA / "customers_bad.csv", bad_file)
    bad = subprocess.run(
        [sys.executable, "-m", "tokodesk", "import", "customers", str(bad_file), "--db", db],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert bad.returncode == 1
    assert "baris 3, kolom name: Nama pelanggan wajib diisi" in bad.stderr
    assert "Traceback" not in bad.stderr


def test_daily_on_imported_orders_then_export_shows_fees(db, tmp_path, capsys):
    assert (
        run(["import", "orders", str(DATA / "pickup_orders.csv"), "--db", db, "--today", "2026-11-22"]) == 0
    )
    capsys.readouterr()
    assert run(["daily", "--db", db, "--today", "2026-11-22"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == [
        "Aturan harian 2026-11-22:",
        "  3 pengingat diantrekan:",
        "    IMP-1: Dibatalkan, DP hangus",
        "    IMP-2: Biaya simpan mulai",
        "    IMP-3: Pengingat H-1",
        "  BATAL OTOMATIS IMP-1 (Rina Wulandari): DP Rp100.000 ditahan",
        "  berisiko (belum siap, tanggal ambil dekat): IMP-4",
    ]
    # the same day again: nothing new
    assert run(["daily", "--db", db, "--today", "2026-11-22"]) == 0
    again = capsys.readouterr().out.splitlines()
    assert again[1].startswith("  tidak ada perubahan") and not any("BATAL" in line for line in again)
    csv_out = tmp_path / "pesanan.csv"
    assert run(["export", "orders", "--out", str(csv_out), "--db", db, "--today", "2026-11-22"]) == 0
    rows = {r[0]: r for r in read_csv(csv_out)[1:]}
    cols = read_csv(csv_out)[0]
    pick = [cols.index(c) for c in ("status", "pickup_date", "storage_fee", "days_overdue")]
    assert {code: [r[i] for i in pick] for code, r in rows.items()} == {
        "IMP-1": ["forfeited", "2026-11-15", "0", "0"],
        "IMP-2": ["ready", "2026-11-19", "5000", "3"],
        "IMP-3": ["ready", "2026-11-23", "0", "0"],
        "IMP-4": ["confirmed", "2026-11-23", "0", "0"],
    }
    # two days later the fee has grown
    assert run(["export", "orders", "--out", str(csv_out), "--db", db, "--today", "2026-11-24"]) == 0
    rows = {r[0]: r for r in read_csv(csv_out)[1:]}
    assert [rows["IMP-2"][i] for i in pick[2:]] == ["15000", "5"]
