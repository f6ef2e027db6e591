import csv
import datetime as dt

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from tests import factories as f
from tests.factories import open_as_owner as open_database
from tokodesk.db.models import Counter, Customer, Order
from tokodesk.domain.ledger import EntryKind, PaymentMethod
from tokodesk.domain.orders import Fulfilment, OrderStatus
from tokodesk.services import exchange
from tokodesk.services.context import Actor
from tokodesk.services.exchange import FileProblem, ImportRejected, read_table
from tokodesk.services.orders import ItemInput, OrderInput, find_order_id, get_order, take_order

ORDER_HEADER = (
    "code,customer_name,customer_phone,item,qty,unit_price,custom_details,fulfilment,created,"
    "pickup_date,deposit,payment_method,status"
)


def write(tmp_path, name, text, *, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def write_xlsx(tmp_path, name, rows):
    wb = Workbook()
    ws = wb.active
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            if value is not None:
                ws.cell(row=r, column=c, value=value)
    path = tmp_path / name
    wb.save(path)
    return path


def count(session, model):
    return session.scalar(select(func.count()).select_from(model))


def customer_tuples(session):
    rows = session.execute(
        select(
            Customer.name,
            Customer.phone,
            Customer.whatsapp,
            Customer.address,
            Customer.notes,
            Customer.standing,
        )
    )
    return sorted(tuple(r) for r in rows)


def problems_of(excinfo):
    return [(p.line, p.column) for p in excinfo.value.problems]


# ------------------------------------------------------------------------------ reading


def test_headers_match_in_any_case_with_stray_spaces_and_a_bom(tmp_path):
    path = write(tmp_path, "c.csv", "\ufeff Name , PHONE,Customer Name\nSiti,0812,x\n")
    table = read_table(path)
    assert table.columns == ["name", "phone", "customer_name"]
    assert table.header_line == 1
    assert table.rows[0].cells == {"name": "Siti", "phone": "0812", "customer_name": "x"}


def test_semicolon_csv_with_quoted_newline_keeps_physical_line_numbers(tmp_path):
    text = 'name;phone;address\r\nSiti;0812;"Jl. Melati 5;\r\nBandung"\r\n\r\nBudi;0813;\r\n'
    table = read_table(write(tmp_path, "c.csv", text))
    assert table.delimiter == ";"
    assert [(r.line, r.get("name"), r.get("address")) for r in table.rows] == [
        (2, "Siti", "Jl. Melati 5;\r\nBandung"),
        (5, "Budi", ""),
    ]


def test_excel_sep_hint_line_and_windows_encoding(tmp_path):
    path = write(tmp_path, "c.csv", "sep=;\nname;notes\nSiti;caf\xe9\n", encoding="cp1252")
    table = read_table(path)
    assert table.header_line == 2
    assert [(r.line, r.get("notes")) for r in table.rows] == [(3, "café")]


def test_xlsx_rows_are_sheet_rows_and_cells_become_text(tmp_path):
    path = write_xlsx(
        tmp_path,
        "c.xlsx",
        [
            ["name", "phone", "qty", "created"],
            ["Siti", 81234567890, 2.0, dt.datetime(2026, 11, 1)],
            [None, None, None, None],
            ["Budi", "0813 1111 2222", 1.5, dt.date(2026, 11, 2)],
        ],
    )
    table = read_table(path)
    assert [(r.line, r.cells) for r in table.rows] == [
        (2, {"name": "Siti", "phone": "81234567890", "qty": "2", "created": "2026-11-01"}),
        (4, {"name": "Budi", "phone": "0813 1111 2222", "qty": "1.5", "created": "2026-11-02"}),
    ]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("c.txt", b"name\n", "Format berkas «c.txt» tidak dikenal"),
        ("c.xls", b"name\n", "Berkas Excel lama (.xls) tidak didukung"),
        ("c.csv", b"", "kosong"),
        ("c.csv", b"\n \n", "kosong"),
        ("c.xlsx", b"this is not a spreadsheet", "bukan berkas Excel (.xlsx) yang sah"),
        ("c.csv", b"PK\x03\x04rest of a zip", "ganti akhiran namanya menjadi .xlsx"),
        (
            "c.csv",
            b"name\n\n" + b'"' + b"x" * 200_000 + b'"\n',
            "baris 3 tidak bisa dibaca sebagai CSV: ada isian yang terlalu panjang",
        ),
    ],
)
def test_unusable_files_are_refused_with_a_message(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(
        FileProblem, match=message.replace("(", r"\(").replace(")", r"\)").replace(".", r"\.")
    ):
        read_table(path)


def test_missing_file(tmp_path):
    with pytest.raises(FileProblem, match="tidak ditemukan"):
        read_table(tmp_path / "nope.csv")


def test_file_format_from_option_and_extension():
    assert exchange.file_format("a.CSV") == "csv"
    assert exchange.file_format("a.xlsx") == "xlsx"
    assert exchange.file_format("laporan", "xlsx") == "xlsx"
    with pytest.raises(FileProblem, match="tidak cocok dengan format xlsx"):
        exchange.file_format("a.csv", "xlsx")
    with pytest.raises(FileProblem, match="Format «pdf» tidak dikenal"):
        exchange.file_format("a.pdf", "pdf")


# ------------------------------------------------------------------------------ customers


def test_import_customers_normalizes_and_counts(session, actor, now, tmp_path):
    path = write(
        tmp_path,
        "c.csv",
        "name,phone,address,notes\n"
        'Siti  Rahayu,0812-3456-7890,"Jl. Melati 5, Bandung",langganan\n'
        "Budi Santoso,+62 813 1111 2222,,\n"
        "budi santoso,081311112222,,\n",  # the same customer twice: fine
    )
    summary = exchange.import_customers(session, read_table(path), actor=actor, now=now)
    assert (summary.imported, summary.skipped) == (2, 1)
    assert customer_tuples(session) == [
        ("Budi Santoso", "+6281311112222", "+6281311112222", "", "", "normal"),
        ("Siti Rahayu", "+6281234567890", "+6281234567890", "Jl. Melati 5, Bandung", "langganan", "normal"),
    ]


def test_bad_customer_rows_are_all_reported_and_nothing_is_imported(session, actor, now, tmp_path):
    path = write(
        tmp_path,
        "c.csv",
        "name,phone,address,notes\n"
        "Siti Rahayu,0812-3456-7890,Bandung,\n"
        ",0813-1111-2222,,\n"
        "Agus,12345,,\n"
        "Rina,0812-3456-7890,,\n"
        "Budi,0813 2222 3333,Jl. Mawar, No. 5,pelanggan baru\n",
    )
    with pytest.raises(ImportRejected) as e:
        exchange.import_customers(session, read_table(path), actor=actor, now=now)
    assert problems_of(e) == [(3, "name"), (4, "phone"), (5, "phone"), (6, "")]
    lines = dict(e.value.lines)
    assert "sama dengan baris 2" in lines[5] and "Siti Rahayu" in lines[5]
    assert "tanda kutip" in lines[6]
    assert str(e.value.problems[0]) == "baris 3, kolom name: Nama pelanggan wajib diisi"
    assert count(session, Customer) == 0


def test_phone_already_in_database(session, actor, now, tmp_path):
    f.customer(session, actor, now, name="Siti Rahayu", phone="0812-3456-7890")
    same = write(tmp_path, "a.csv", "name,phone\nsiti rahayu,+6281234567890\nBudi,0813 1111 2222\n")
    summary = exchange.import_customers(session, read_table(same), actor=actor, now=now)
    assert (summary.imported, summary.skipped) == (1, 1)
    other = write(tmp_path, "b.csv", "name,phone\nRina,0812 3456 7890\n")
    with pytest.raises(ImportRejected) as e:
        exchange.import_customers(session, read_table(other), actor=actor, now=now)
    assert e.value.lines == [(2, "Nomor 0812-3456-7890 sudah terdaftar atas nama Siti Rahayu")]


def test_missing_and_unknown_columns_are_header_problems(session, actor, now, tmp_path):
    path = write(tmp_path, "c.csv", "name,telepon,name\nSiti,0812\n")
    with pytest.raises(ImportRejected) as e:
        exchange.import_customers(session, read_table(path), actor=actor, now=now)
    assert problems_of(e) == [(1, "telepon"), (1, "name"), (1, "phone")]
    assert "wajib ada" in e.value.lines[-1][1]


def test_standing_is_imported_and_blacklisting_needs_the_owner(session, actor, now, tmp_path):
    path = write(
        tmp_path, "c.csv", "name,phone,standing\nSiti,0812-3456-7890,Blacklisted\nBudi,0813 1111 2222,\n"
    )
    staff = Actor(actor.staff_id, "Kasir", role="staff")
    with pytest.raises(ImportRejected) as e:
        exchange.import_customers(session, read_table(path), actor=staff, now=now)
    assert problems_of(e) == [(2, "standing")]
    exchange.import_customers(session, read_table(path), actor=actor, now=now)  # the owner
    standing = {n: s for n, s in session.execute(select(Customer.name, Customer.standing))}
    assert standing == {"Siti": "blacklisted", "Budi": "normal"}


# ------------------------------------------------------------------------------ orders


def orders_file(tmp_path, *rows, name="o.csv"):
    return write(tmp_path, name, "\n".join([ORDER_HEADER, *rows]) + "\n")


GOOD_ORDERS = [
    'TD-2610-0007,Siti Rahayu,0812-3456-7890,Kaos sablon,12,Rp95.000,"Nama: BUDI, L",pickup,2026-10-03,'
    "2026-10-10,570.000,transfer,collected",
    "TD-2610-0007,Siti Rahayu,0812-3456-7890,Kotak kado,1,15000,,pickup,2026-10-03,2026-10-10,,,collected",
    "TD-2610-0012,Budi Santoso,+62 813 1111 2222,Kue ulang tahun,1,450000,Happy Birthday Rafa,cod,"
    "2026-10-20,2026-10-25,150000,qris,delivered",
    "td-2611-0003,Budi Santoso,081311112222,Undangan,200,7.500,,pickup,2026-11-01,2026-11-09,450000,"
    "cash,forfeited",
    "LAMA-1,Dewi,0857 1234 5678,Mug foto,2,50000,,delivery,2026-11-20,2026-11-25,0,,ready",
]


def test_import_orders_writes_history_that_balances(session, actor, now, tmp_path):
    known = f.customer(session, actor, now, name="Siti R.", phone="0812-3456-7890")
    summary = exchange.import_orders(
        session, read_table(orders_file(tmp_path, *GOOD_ORDERS)), actor=actor, now=now
    )
    assert (summary.orders, summary.items, summary.new_customers) == (4, 5, 2)

    collected = get_order(session, find_order_id(session, "TD-2610-0007"))
    assert collected.customer_id == known.id  # found by phone; the name on file stays
    assert collected.status is OrderStatus.COLLECTED
    assert [(i.name, i.qty, i.unit_price, i.custom_details) for i in collected.items] == [
        ("Kaos sablon", 12, 95_000, "Nama: BUDI, L"),
        ("Kotak kado", 1, 15_000, ""),
    ]
    assert collected.created_at.astimezone() == dt.datetime(2026, 10, 3, 9, 0).astimezone()
    assert [(e.kind, e.amount, e.method) for e in collected.entries] == [
        (EntryKind.DEPOSIT, 570_000, "transfer"),
        (EntryKind.PAYMENT, 585_000, "transfer"),
    ]
    assert collected.totals.balance == 0
    assert [(h.from_status, h.to_status, h.note) for h in collected.history] == [
        (None, OrderStatus.COLLECTED, "impor")
    ]

    cod = get_order(session, find_order_id(session, "TD-2610-0012"))
    assert [(e.kind, e.amount, e.method) for e in cod.entries] == [
        (EntryKind.DEPOSIT, 150_000, "qris"),
        (EntryKind.PAYMENT, 300_000, "cod"),  # the courier collected the rest
    ]
    forfeited = get_order(session, find_order_id(session, "TD-2611-0003"))  # code upper-cased
    assert [(e.kind, e.amount) for e in forfeited.entries] == [
        (EntryKind.DEPOSIT, 450_000),
        (EntryKind.FORFEIT, 450_000),
    ]
    assert (forfeited.totals.forfeited, forfeited.customer_name) == (450_000, "Budi Santoso")
    ready = get_order(session, find_order_id(session, "LAMA-1"))
    assert (ready.status, ready.fulfilment, ready.entries, ready.totals.balance) == (
        OrderStatus.READY,
        Fulfilment.DELIVERY,
        [],
        100_000,
    )
    # a new customer exists from their first order on
    budi = session.scalar(select(Customer).where(Customer.phone == "+6281311112222"))
    assert budi.created_at.astimezone() == dt.datetime(2026, 10, 20, 9, 0).astimezone()


def test_import_bumps_the_month_counter(session, actor, now, tmp_path):
    session.add(Counter(name="order:TD-2611", value=1))
    rows = [
        "TD-2611-0041,Ana,0812-3456-7890,Mug,1,1000,,pickup,2026-11-02,2026-11-05,,,draft",
        "TD-2611-0007,Ana,0812-3456-7890,Mug,1,1000,,pickup,2026-11-02,2026-11-05,,,draft",
        "TD-2609-0002,Ana,0812-3456-7890,Mug,1,1000,,pickup,2026-09-02,2026-09-05,,,cancelled",
    ]
    exchange.import_orders(session, read_table(orders_file(tmp_path, *rows)), actor=actor, now=now)
    assert session.get(Counter, "order:TD-2611").value == 41
    assert session.get(Counter, "order:TD-2609").value == 2
    cid = session.scalar(select(Customer.id))
    code, _ = take_order(
        session,
        OrderInput(cid, [ItemInput("Mug", 1, 1000)], Fulfilment.PICKUP, now.date(), 300, PaymentMethod.CASH),
        actor=actor,
        now=now,
    )
    assert code == "TD-2611-0042"


def test_bad_order_rows_are_all_reported_and_nothing_is_imported(session, actor, now, tmp_path):
    f.order(session, actor, now)  # TD-2611-0001 exists
    existing = session.scalar(select(Order.code))
    rows = [
        # 2: qty 0, pickup before created
        "A-1,Siti,0812-3456-7890,Kaos,0,95000,,pickup,2026-10-03,2026-10-01,50000,transfer,confirmed",
        # 3: same code, other customer, fractional qty, negative price
        "A-1,Rina,0812-3456-7891,Kaos,1.5,-5,,pickup,2026-10-03,2026-10-01,,,confirmed",
        # 4: everything wrong
        "B-1,,abc,,2,dua puluh,,truck,03/10/2026,2026-13-01,100,bitcoin,lost",
        # 5: collected but delivered by courier; deposit above the total
        "C-1,Ana,081234567890,Mug,1,1000,,delivery,2026-11-01,2026-11-05,5000,cash,collected",
        # 6: created after today; collected without a payment method
        "D-1,Ana,081234567890,Mug,1,1000,,pickup,2026-12-01,2026-12-05,,,collected",
        # 7: a code already in the database
        f"{existing},Ana,081234567890,Mug,1,1000,,pickup,2026-11-01,2026-11-05,,,draft",
        # 8: no code
        ",Ana,081234567890,Mug,1,1000,,pickup,2026-11-01,2026-11-05,,,draft",
    ]
    before = count(session, Order)
    with pytest.raises(ImportRejected) as e:
        exchange.import_orders(session, read_table(orders_file(tmp_path, *rows)), actor=actor, now=now)
    assert problems_of(e) == [
        (2, "qty"),
        (2, "pickup_date"),
        (3, "qty"),
        (3, "unit_price"),
        (3, "customer_phone"),
        (4, "customer_name"),
        (4, "customer_phone"),
        (4, "item"),
        (4, "unit_price"),
        (4, "fulfilment"),
        (4, "status"),
        (4, "created"),
        (4, "pickup_date"),
        (4, "payment_method"),
        (5, "status"),
        (5, "deposit"),
        (6, "created"),
        (6, "payment_method"),
        (7, "code"),
        (8, "code"),
    ]
    lines = e.value.lines
    assert (3, "Pelanggan berbeda dengan baris 2 untuk pesanan A-1") in lines
    assert (5, "DP tidak boleh melebihi total pesanan Rp1.000") in lines
    assert (6, "Tanggal pesanan 2026-12-01 belum terjadi (hari ini 2026-11-22)") in lines
    assert (7, f"Pesanan {existing} sudah ada di database") in lines
    assert count(session, Order) == before


def test_import_orders_from_xlsx_with_real_dates_and_numbers(session, actor, now, tmp_path):
    day, pickup = dt.datetime(2026, 11, 1), dt.datetime(2026, 11, 8)
    header = ORDER_HEADER.split(",")
    first = ["X-1", "Siti", "0812 3456 7890", "Plakat akrilik", 2, 150000, "", "pickup", day, pickup,
             100000, "QRIS", "Ready"]  # fmt: skip
    second = [
        "X-1",
        "Siti",
        81234567890,
        "Kotak",
        1,
        15000.0,
        None,
        "pickup",
        day,
        pickup,
        None,
        None,
        "ready",
    ]
    bad = ["X-2", "Siti", "0812 3456 7890", "Mug", 0, 15000, None, "pickup", day, pickup, None, None, "ready"]
    path = write_xlsx(tmp_path, "bad.xlsx", [header, first, [], second, bad])
    with pytest.raises(ImportRejected) as e:
        exchange.import_orders(session, read_table(path), actor=actor, now=now)
    assert problems_of(e) == [(5, "qty")]  # the sheet's own row number
    path = write_xlsx(tmp_path, "good.xlsx", [header, first, [], second])
    summary = exchange.import_orders(session, read_table(path), actor=actor, now=now)
    assert (summary.orders, summary.items) == (1, 2)
    view = get_order(session, find_order_id(session, "X-1"))
    assert (view.totals.total, view.totals.paid, view.entries[0].method) == (315_000, 100_000, "qris")


def _rows(path):
    wb = load_workbook(path, read_only=True)
    try:
        return [
            list(r) for r in wb.worksheets[0].iter_rows(values_only=True) if any(v is not None for v in r)
        ]
    finally:
        wb.close()


# ------------------------------------------------------------------------------ export


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


def test_export_orders_after_import(session, actor, now, tmp_path):
    exchange.import_orders(session, read_table(orders_file(tmp_path, *GOOD_ORDERS)), actor=actor, now=now)
    out = tmp_path / "out.csv"
    assert exchange.export_orders(session, out, "csv") == 4
    rows = read_csv(out)
    assert rows[0] == list(exchange.ORDER_EXPORT)
    assert sorted(rows[1:]) == [
        ["LAMA-1", "Dewi", "0857-1234-5678", "ready", "delivery", "100000", "0", "100000",
         "2026-11-25", "2026-11-20", "0", "0"],
        ["TD-2610-0007", "Siti Rahayu", "0812-3456-7890", "collected", "pickup", "1155000", "1155000", "0",
         "2026-10-10", "2026-10-03", "0", "0"],
        ["TD-2610-0012", "Budi Santoso", "0813-1111-2222", "delivered", "cod", "450000", "450000", "0",
         "2026-10-25", "2026-10-20", "0", "0"],
        ["TD-2611-0003", "Budi Santoso", "0813-1111-2222", "forfeited", "pickup", "1500000", "450000",
         "1050000", "2026-11-09", "2026-11-01", "0", "0"],
    ]  # fmt: skip
    assert [r[0] for r in rows[1:]] == [
        "LAMA-1",
        "TD-2611-0003",
        "TD-2610-0012",
        "TD-2610-0007",
    ]  # newest first
    xlsx = tmp_path / "out.xlsx"
    assert exchange.export_orders(session, xlsx, "xlsx") == 4
    got = _rows(xlsx)
    assert got[0] == list(exchange.ORDER_EXPORT)
    assert got[4] == ["TD-2610-0007", "Siti Rahayu", "0812-3456-7890", "collected", "pickup",
                      1155000, 1155000, 0, "2026-10-10", "2026-10-03", 0, 0]  # fmt: skip


def test_export_reads_in_chunks_and_keeps_the_list_order(session, actor, now, tmp_path, monkeypatch):
    monkeypatch.setattr(exchange, "CHUNK", 2)
    for name in ["Eko", "Ani", "Dodi", "Caca", "Budi"]:
        f.customer(session, actor, now, name=name)
    f.order(
        session, actor, now, customer_id=session.scalar(select(Customer.id).where(Customer.name == "Ani"))
    )
    out = tmp_path / "c.csv"
    assert exchange.export_customers(session, out) == 5
    rows = read_csv(out)
    assert [r[0] for r in rows[1:]] == ["Ani", "Budi", "Caca", "Dodi", "Eko"]
    assert [r[6] for r in rows[1:]] == ["1", "0", "0", "0", "0"]


def test_formula_like_text_stays_text_in_xlsx(session, actor, now, tmp_path):
    f.customer(session, actor, now, name="Siti", notes="=== penting: bayar tunai ===")
    out = tmp_path / "c.xlsx"
    exchange.export_customers(session, out)
    wb = load_workbook(out)  # not data_only: a formula would come back as its formula text
    try:
        cell = wb.active.cell(row=2, column=5)
        assert (cell.value, cell.data_type) == ("=== penting: bayar tunai ===", "s")
    finally:
        wb.close()


def test_failed_export_leaves_no_file(session, tmp_path):
    with pytest.raises(FileProblem, match="folder atau berkas tidak ada"):
        exchange.export_customers(session, tmp_path / "nope" / "c.csv")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_customers_round_trip_into_an_empty_database(session, actor, now, tmp_path, fmt, db_url):
    f.customer(
        session, actor, now, name="Siti Rahayu", phone="0812-3456-7890", address="Jl. Melati 5\nBandung"
    )
    f.customer(
        session, actor, now, name="Budi", phone="0813 1111 2222", whatsapp="0857 1234 5678", notes="VIP"
    )
    wrong = f.customer(session, actor, now, name="Rudi", phone="0878 1234 5678")
    c = session.get(Customer, wrong.id)
    c.standing, c.standing_reason = "questionable", "klaim paket kurang"
    session.flush()
    out = tmp_path / f"c.{fmt}"
    assert exchange.export_customers(session, out) == 3

    db = open_database(db_url, now=now)
    try:
        summary = db.write(lambda s: exchange.import_customers(s, read_table(out), actor=db.actor, now=now))
        assert (summary.imported, summary.skipped) == (3, 0)
        assert db.read(customer_tuples) == customer_tuples(session)
        again = tmp_path / f"again.{fmt}"
        db.read(lambda s: exchange.export_customers(s, again))
    finally:
        db.close()
    assert _table_text(again) == _table_text(out)


def _table_text(path):
    table = read_table(path)
    return [(r.line, r.cells) for r in table.rows]
