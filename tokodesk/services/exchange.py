"""Customers and orders in and out as CSV or Excel (XLSX) files.

Importing is all or nothing: the whole file is read and checked first, every bad row is
reported with its line number (line 1 is the header; in a spreadsheet, the sheet's row) and
nothing is written unless the file is clean.  Reading the file (``read_table``) needs no
database, so the caller can report a missing or unreadable file before opening one.

What staff type is accepted: headers in any case with stray spaces, a UTF-8 byte order mark,
``;`` as the delimiter (Excel in the Indonesian locale saves CSV that way), phones in any
Indonesian form and amounts such as ``Rp1.250.000``.

Imported orders are history: they keep their code, date and status, and their ledger is
written to match (deposit, the balance of a collected or delivered order, the kept deposit
of a forfeited one) through ``payments.append_entry``, the one place ledger rows are made.

Exports are written to a temporary file that replaces the target only when complete, and
read the database a chunk at a time through the same queries as the lists on screen.
"""

from __future__ import annotations

import csv
import datetime as dt
import errno
import io
import os
import re
import warnings
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from tokodesk.db.models import Counter, Customer, Order
from tokodesk.domain import timeline
from tokodesk.domain.access import Permission
from tokodesk.domain.dates import parse_iso_date
from tokodesk.domain.deposit import Standing
from tokodesk.domain.errors import QT_TRANSLATE_NOOP, DomainError, InvalidInput
from tokodesk.domain.ledger import EntryKind, PaymentMethod
from tokodesk.domain.money import MAX_RUPIAH, format_rupiah, parse_rupiah
from tokodesk.domain.orders import Fulfilment, OrderStatus
from tokodesk.domain.phone import format_phone, normalize_phone
from tokodesk.services import audit, pickup
from tokodesk.services.access import require
from tokodesk.services.audit import Target
from tokodesk.services.context import Actor, Changes, local_today
from tokodesk.services.customers import (
    MAX_NAME,
    CustomerInput,
    clean_customer,
    create_customer,
    customer_ids,
    customer_rows,
)
from tokodesk.services.orders import (
    MAX_ITEMS,
    MAX_QTY,
    ItemInput,
    counter_name,
    insert_order,
    order_ids,
    order_rows,
)
from tokodesk.services.payments import append_entry

FORMATS = ("csv", "xlsx")
CHUNK = 500  # rows per query when exporting, and values per IN (...) when checking
MAX_CODE = 24  # Order.code column
MAX_ITEM_NAME = 200  # OrderItem.name column
IMPORT_HOUR = dt.time(9, 0)  # an imported order's time of day: only its date is known

CUSTOMER_REQUIRED = ("name", "phone")
CUSTOMER_OPTIONAL = ("whatsapp", "address", "notes", "standing", "orders", "email")  # orders: export only
ORDER_REQUIRED = (
    "code",
    "customer_name",
    "customer_phone",
    "item",
    "qty",
    "unit_price",
    "fulfilment",
    "created",
    "pickup_date",
    "status",
)
ORDER_OPTIONAL = ("custom_details", "deposit", "payment_method")

CUSTOMER_EXPORT = ("name", "phone", "whatsapp", "address", "notes", "standing", "orders")
CUSTOMER_EXPORT_EMAIL = "email"  # added at the end when any customer has an e-mail address
ORDER_EXPORT = (
    "code",
    "customer_name",
    "customer_phone",
    "status",
    "fulfilment",
    "total",
    "paid",
    "balance",
    "pickup_date",
    "created",
    "storage_fee",
    "days_overdue",
)

# ------------------------------------------------------------------------------ errors


class FileProblem(DomainError):
    """The file as a whole cannot be used: missing, unreadable, not CSV/XLSX, not writable."""


@dataclass(frozen=True)
class RowProblem:
    """One reason a row (or the header) is refused.  ``template``/``params`` as in
    ``domain.errors`` so the UI can translate; ``column`` is empty when the row as a whole
    is concerned."""

    line: int
    column: str
    template: str
    params: dict[str, object] = field(default_factory=dict)

    @property
    def message(self) -> str:
        return self.template.format(**self.params) if self.params else self.template

    def __str__(self) -> str:
        where = f"baris {self.line}" + (f", kolom {self.column}" if self.column else "")
        return f"{where}: {self.message}"


class ImportRejected(DomainError):
    """The file has bad rows; nothing was imported.  ``problems`` lists every one, by line."""

    def __init__(self, problems: Iterable[RowProblem]) -> None:
        self.problems = sorted(problems, key=lambda p: p.line)
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors", "Berkas tidak diimpor: ada {count} kesalahan. Perbaiki lalu impor lagi."
            ),
            count=len(self.problems),
        )

    @property
    def lines(self) -> list[tuple[int, str]]:
        """``(line, message)`` pairs, in line order."""
        return [(p.line, p.message) for p in self.problems]


def _problem(line: int, column: str, template: str, /, **params: object) -> RowProblem:
    return RowProblem(line, column, template, params)


def _from_invalid(line: int, err: InvalidInput) -> list[RowProblem]:
    """A domain validation error, on this line; its field names are the file's columns."""
    return [RowProblem(line, fe.field, fe.template, dict(fe.params)) for fe in err.errors]


def _os_reason(e: OSError) -> str:
    known = {
        errno.ENOENT: "folder atau berkas tidak ada",
        errno.EACCES: "tidak ada izin",
        errno.EPERM: "tidak ada izin",
        errno.ENOSPC: "disk penuh",
        errno.EROFS: "disk hanya bisa dibaca",
        errno.EISDIR: "itu sebuah folder",
    }
    return known.get(e.errno or 0, e.strerror or str(e))


# ------------------------------------------------------------------------------ reading


@dataclass(frozen=True)
class Row:
    line: int
    cells: dict[str, str]  # normalized column name → trimmed text ("" when empty)
    stray: int = 0  # non-empty cells beyond the header or under an empty header cell

    def get(self, column: str) -> str:
        return self.cells.get(column, "")


@dataclass(frozen=True)
class Table:
    """A file's rows as text, whatever its format."""

    name: str
    header_line: int
    columns: list[str]  # normalized header names, in file order ("" for an empty header cell)
    rows: list[Row]
    delimiter: str = ""  # CSV only


def normalize_header(text: str) -> str:
    """``' Customer Name '`` → ``customer_name``."""
    return "_".join(text.replace("\ufeff", "").replace("-", " ").split()).casefold()


def file_format(path: Path | str, fmt: str | None = None) -> str:
    """``csv`` or ``xlsx``: ``fmt`` if given (and not contradicted by the extension), else the
    file's extension."""
    ext = Path(path).suffix.lower().lstrip(".")
    if fmt is not None:
        fmt = fmt.strip().lower()
        if fmt not in FORMATS:
            raise FileProblem(
                QT_TRANSLATE_NOOP("errors", "Format «{fmt}» tidak dikenal; pilih csv atau xlsx"), fmt=fmt
            )
        if ext in (*FORMATS, "xls") and ext != fmt:
            raise FileProblem(
                QT_TRANSLATE_NOOP("errors", "Nama berkas «{name}» tidak cocok dengan format {fmt}"),
                name=Path(path).name,
                fmt=fmt,
            )
        return fmt
    if ext in FORMATS:
        return ext
    if ext == "xls":
        raise FileProblem(
            QT_TRANSLATE_NOOP(
                "errors",
                "Berkas Excel lama (.xls) tidak didukung; di Excel simpan ulang sebagai .xlsx atau .csv",
            )
        )
    raise FileProblem(
        QT_TRANSLATE_NOOP("errors", "Format berkas «{name}» tidak dikenal; pakai berkas .csv atau .xlsx"),
        name=Path(path).name,
    )


def read_table(path: Path | str) -> Table:
    """Read a CSV or XLSX file (by its extension) into text rows; ``FileProblem`` if it cannot
    be read at all.  Blank rows are skipped; line numbers are kept."""
    p = Path(path)
    fmt = file_format(p)
    if not p.exists():
        raise FileProblem(QT_TRANSLATE_NOOP("errors", "Berkas «{path}» tidak ditemukan"), path=str(p))
    if p.is_dir():
        raise FileProblem(QT_TRANSLATE_NOOP("errors", "«{path}» adalah folder, bukan berkas"), path=str(p))
    try:
        return _read_csv(p) if fmt == "csv" else _read_xlsx(p)
    except OSError as e:
        raise FileProblem(
            QT_TRANSLATE_NOOP("errors", "Berkas «{path}» tidak bisa dibaca: {reason}"),
            path=str(p),
            reason=_os_reason(e),
        ) from e


_SEP_LINE = re.compile(r'^"?sep=(.)"?\s*$')


def _read_csv(p: Path) -> Table:
    raw = p.read_bytes()
    if raw.startswith(b"PK\x03\x04"):
        raise FileProblem(
            QT_TRANSLATE_NOOP(
                "errors", "Berkas «{name}» berisi data Excel; ganti akhiran namanya menjadi .xlsx"
            ),
            name=p.name,
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")  # Excel's "CSV" in Windows' own encoding
    buf = io.StringIO(text, newline="")
    offset = 0
    first = text.split("\n", 1)[0]
    sep = _SEP_LINE.match(first.strip())
    if sep:  # Excel's "sep=;" hint line
        buf.readline()
        offset = 1
        delimiter = sep.group(1)
    else:
        header_text = next((ln for ln in text.splitlines() if ln.strip()), "")
        counts = {d: header_text.count(d) for d in (",", ";", "\t")}
        delimiter = max(counts, key=lambda d: (counts[d], d == ","))
    reader = csv.reader(buf, delimiter=delimiter)
    records: list[tuple[int, list[str]]] = []
    while True:
        start = reader.line_num + 1 + offset
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as e:
            raise FileProblem(
                QT_TRANSLATE_NOOP(
                    "errors", "Berkas «{name}» baris {line} tidak bisa dibaca sebagai CSV: {reason}"
                ),
                name=p.name,
                line=start,
                reason=_csv_reason(e),
            ) from e
        records.append((start, cells))
    return _table(p.name, records, delimiter)


def _csv_reason(e: csv.Error) -> str:
    if "field larger" in str(e):
        return 'ada isian yang terlalu panjang; mungkin tanda kutip (") tidak ditutup'
    return str(e)


def _cell_text(v: object) -> str:
    """A spreadsheet cell as the text staff would have typed."""
    if v is None:
        return ""
    if isinstance(v, bool):
        return "TRUE" if v else "FALSE"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return str(int(v)) if v.is_integer() else repr(v)
    if isinstance(v, dt.datetime):
        return v.date().isoformat() if v.time() == dt.time() else v.isoformat(sep=" ")
    if isinstance(v, dt.date | dt.time):
        return v.isoformat()
    return str(v)


def _read_xlsx(p: Path) -> Table:
    from openpyxl import load_workbook  # imported late: only the import and export need it

    not_excel = FileProblem(
        QT_TRANSLATE_NOOP("errors", "Berkas «{name}» bukan berkas Excel (.xlsx) yang sah"), name=p.name
    )
    with warnings.catch_warnings():
        # openpyxl warns about styles and extensions it does not know; they do not matter here
        warnings.filterwarnings("ignore", category=UserWarning, module="openpyxl")
        try:
            wb = load_workbook(p, read_only=True, data_only=True)
        except OSError:
            raise
        except Exception as e:  # a damaged or foreign file: zip, XML and key errors alike
            raise not_excel from e
        try:
            if not wb.worksheets:
                raise not_excel
            ws = wb.worksheets[0]
            ws.reset_dimensions()  # some programs write a wrong sheet size; read every row
            records = [
                (n, [_cell_text(v) for v in values])
                for n, values in enumerate(ws.iter_rows(min_row=1, values_only=True), start=1)
            ]
        except (OSError, FileProblem):
            raise
        except Exception as e:
            raise not_excel from e
        finally:
            wb.close()
    return _table(p.name, records)


def _table(name: str, records: list[tuple[int, list[str]]], delimiter: str = "") -> Table:
    records = [(n, cells) for n, cells in records if any(c.strip() for c in cells)]
    if not records:
        raise FileProblem(
            QT_TRANSLATE_NOOP("errors", "Berkas «{name}» kosong: baris judul kolom tidak ada"), name=name
        )
    (header_line, header_cells), data = records[0], records[1:]
    columns = [normalize_header(h) for h in header_cells]
    rows = []
    for line, cells in data:
        values: dict[str, str] = {}
        stray = 0
        for i, text in enumerate(cells):
            text = text.strip()
            col = columns[i] if i < len(columns) else ""
            if not col:
                stray += bool(text)
            elif col not in values:
                values[col] = text
        rows.append(Row(line, values, stray))
    return Table(name, header_line, columns, rows, delimiter)


_MISSING_COLUMN = QT_TRANSLATE_NOOP("errors", "Kolom «{name}» wajib ada")


def _check_header(table: Table, required: Sequence[str], optional: Sequence[str]) -> list[RowProblem]:
    problems = []
    known = (*required, *optional)
    seen: set[str] = set()
    for col in table.columns:
        if not col:
            continue
        if col in seen:
            problems.append(
                _problem(
                    table.header_line,
                    col,
                    QT_TRANSLATE_NOOP("errors", "Kolom «{name}» muncul dua kali"),
                    name=col,
                )
            )
        elif col not in known:
            problems.append(
                _problem(
                    table.header_line,
                    col,
                    QT_TRANSLATE_NOOP("errors", "Kolom «{name}» tidak dikenal; kolom yang dipakai: {known}"),
                    name=col,
                    known=", ".join(known),
                )
            )
        seen.add(col)
    for col in required:
        if col not in seen:
            problems.append(_problem(table.header_line, col, _MISSING_COLUMN, name=col))
    return problems


def _stray_problem(table: Table, row: Row) -> RowProblem | None:
    if not row.stray:
        return None
    if table.delimiter:
        return _problem(
            row.line,
            "",
            QT_TRANSLATE_NOOP(
                "errors",
                "Baris ini berisi lebih banyak kolom daripada judulnya; adakah tanda «{delimiter}» "
                "di dalam teks yang tidak diapit tanda kutip?",
            ),
            delimiter=table.delimiter if table.delimiter != "\t" else "tab",
        )
    return _problem(row.line, "", QT_TRANSLATE_NOOP("errors", "Ada isi di kolom yang tidak berjudul"))


def _name_key(name: str) -> str:
    return " ".join(name.split()).casefold()


# ------------------------------------------------------------------------------ customers


@dataclass(frozen=True)
class CustomerImportSummary:
    imported: int
    skipped: int  # already in the database (or twice in the file) with the same name
    changes: Changes


def import_customers(
    session: Session, table: Table, *, actor: Actor, now: dt.datetime
) -> CustomerImportSummary:
    """Add the file's customers.  A phone already in the database under the same name is
    skipped (counted); under another name it is an error line, as is a phone repeated in the
    file under another name.  Raises ``ImportRejected`` and writes nothing if any row is bad."""
    problems = _check_header(table, CUSTOMER_REQUIRED, CUSTOMER_OPTIONAL)
    if any(p.template == _MISSING_COLUMN for p in problems):
        raise ImportRejected(problems)  # without its columns no row can be read
    first_by_phone: dict[str, tuple[int, str]] = {}  # phone → (line, name) of its first row
    todo: list[tuple[int, CustomerInput, str, str]] = []  # line, data, phone, standing
    skipped = 0
    for row in table.rows:
        stray = _stray_problem(table, row)
        if stray:
            problems.append(stray)
        data = CustomerInput(
            name=row.get("name"),
            phone=row.get("phone"),
            whatsapp=row.get("whatsapp"),
            address=row.get("address"),
            notes=row.get("notes"),
            email=row.get("email"),
        )
        try:
            clean = clean_customer(data)
        except InvalidInput as e:
            problems.extend(_from_invalid(row.line, e))
            continue
        standing = row.get("standing").casefold() or Standing.NORMAL
        if standing not in (Standing.NORMAL, Standing.QUESTIONABLE, Standing.BLACKLISTED):
            problems.append(
                _problem(
                    row.line,
                    "standing",
                    QT_TRANSLATE_NOOP(
                        "errors", "Status pelanggan «{text}» tidak dikenal; pilih salah satu: {choices}"
                    ),
                    text=row.get("standing"),
                    choices="normal, questionable, blacklisted",
                )
            )
            continue
        if standing == Standing.BLACKLISTED and actor.role != "owner":
            problems.append(
                _problem(
                    row.line,
                    "standing",
                    QT_TRANSLATE_NOOP(
                        "errors", "Hanya pemilik toko yang boleh memasukkan pelanggan ke daftar hitam"
                    ),
                )
            )
            continue
        if clean.phone in first_by_phone:
            first_line, first_name = first_by_phone[clean.phone]
            if _name_key(first_name) == _name_key(clean.name):
                skipped += 1
            else:
                problems.append(
                    _problem(
                        row.line,
                        "phone",
                        QT_TRANSLATE_NOOP(
                            "errors", "Nomor HP sama dengan baris {line}, tetapi namanya lain ({name})"
                        ),
                        line=first_line,
                        name=first_name,
                    )
                )
            continue
        first_by_phone[clean.phone] = (row.line, clean.name)
        todo.append((row.line, data, clean.phone, standing))
    existing: dict[str, str] = {}
    for chunk in pickup.chunks(list(first_by_phone)):
        stmt = select(Customer.phone, Customer.name).where(Customer.phone.in_(chunk))
        existing.update((phone, name) for phone, name in session.execute(stmt))
    new: list[tuple[CustomerInput, str]] = []
    for line, data, phone, standing in todo:
        if phone in existing:
            if _name_key(existing[phone]) == _name_key(data.name):
                skipped += 1
            else:
                problems.append(
                    _problem(
                        line,
                        "phone",
                        QT_TRANSLATE_NOOP("errors", "Nomor {phone} sudah terdaftar atas nama {name}"),
                        phone=format_phone(phone),
                        name=existing[phone],
                    )
                )
            continue
        new.append((data, standing))
    if problems:
        raise ImportRejected(problems)
    if any(standing != Standing.NORMAL for _, standing in new):  # a blacklist is the owner's call
        require(
            session,
            actor,
            Permission.CUSTOMER_STANDING,
            action="customer.standing",
            now=now,
            target=Target("customer"),
        )
    for data, standing in new:
        row, _ = create_customer(session, data, actor=actor, now=now)
        if standing != Standing.NORMAL:
            c = session.get(Customer, row.id)
            c.standing = standing
            c.standing_reason = f"Diimpor dari berkas {table.name}"
    session.flush()
    audit.record(
        session,
        actor,
        "data.import",
        now=now,
        target=Target("customer"),
        detail=f"pelanggan dari {table.name}: {len(new)} baru, {skipped} sudah ada",
    )
    return CustomerImportSummary(len(new), skipped, Changes(customers=True))


# ------------------------------------------------------------------------------ orders

_PAID_OFF = frozenset({OrderStatus.COLLECTED, OrderStatus.DELIVERED})
_SENT = frozenset({OrderStatus.SHIPPED, OrderStatus.DELIVERED})
_WHOLE = re.compile(r"^\d+$")


@dataclass
class _Draft:
    """One order gathered from its rows; None marks a value that was invalid (reported)."""

    code: str
    line: int  # its first row
    customer_name: str | None
    phone: str | None
    fulfilment: Fulfilment | None
    created: dt.date | None
    pickup: dt.date | None
    status: OrderStatus | None
    deposit: int | None
    method: PaymentMethod | None
    method_given: bool  # something was typed (perhaps invalid, then already reported)
    items: list[ItemInput] = field(default_factory=list)
    items_ok: bool = True  # every row gave a valid item, so the total is known


@dataclass(frozen=True)
class OrderImportSummary:
    orders: int
    items: int
    new_customers: int
    changes: Changes


def _choice(row: Row, column: str, enum_type, problems: list[RowProblem], template: str):
    text = row.get(column)
    try:
        return enum_type(text.casefold())
    except ValueError:
        problems.append(
            _problem(row.line, column, template, text=text, choices=", ".join(str(m) for m in enum_type))
        )
        return None


def _parse_order_row(row: Row, problems: list[RowProblem]) -> tuple[_Draft, ItemInput | None]:
    """Every field of one row, each problem reported; the draft carries None for bad values."""
    line = row.line
    name = " ".join(row.get("customer_name").split())
    if not name:
        problems.append(
            _problem(line, "customer_name", QT_TRANSLATE_NOOP("errors", "Nama pelanggan wajib diisi"))
        )
    elif len(name) > MAX_NAME:
        problems.append(
            _problem(
                line,
                "customer_name",
                QT_TRANSLATE_NOOP("errors", "Nama pelanggan terlalu panjang (maksimal {max} huruf)"),
                max=MAX_NAME,
            )
        )
        name = ""
    phone = None
    try:
        phone = normalize_phone(row.get("customer_phone"), field="customer_phone")
    except InvalidInput as e:
        problems.extend(_from_invalid(line, e))
    item_name = " ".join(row.get("item").split())
    if not item_name:
        problems.append(_problem(line, "item", QT_TRANSLATE_NOOP("errors", "Nama barang wajib diisi")))
    elif len(item_name) > MAX_ITEM_NAME:
        problems.append(
            _problem(
                line,
                "item",
                QT_TRANSLATE_NOOP("errors", "Nama barang terlalu panjang (maksimal {max} huruf)"),
                max=MAX_ITEM_NAME,
            )
        )
    qty_text = row.get("qty").replace(" ", "")
    qty = None
    if not _WHOLE.match(qty_text) or int(qty_text) == 0:
        problems.append(
            _problem(
                line,
                "qty",
                QT_TRANSLATE_NOOP("errors", "Jumlah «{text}» harus bilangan bulat, minimal 1"),
                text=row.get("qty"),
            )
        )
    elif int(qty_text) > MAX_QTY:
        problems.append(
            _problem(
                line, "qty", QT_TRANSLATE_NOOP("errors", "Jumlah terlalu besar (maksimal {max})"), max=MAX_QTY
            )
        )
    else:
        qty = int(qty_text)
    price = None
    try:
        price = parse_rupiah(row.get("unit_price"), field="unit_price")
    except InvalidInput as e:
        problems.extend(_from_invalid(line, e))
    fulfilment = _choice(
        row,
        "fulfilment",
        Fulfilment,
        problems,
        QT_TRANSLATE_NOOP("errors", "Cara ambil «{text}» tidak dikenal; pilih salah satu: {choices}"),
    )
    status = _choice(
        row,
        "status",
        OrderStatus,
        problems,
        QT_TRANSLATE_NOOP("errors", "Status «{text}» tidak dikenal; pilih salah satu: {choices}"),
    )
    dates: dict[str, dt.date | None] = {}
    for col in ("created", "pickup_date"):
        try:
            dates[col] = parse_iso_date(row.get(col), field=col)
        except InvalidInput as e:
            problems.extend(_from_invalid(line, e))
            dates[col] = None
    deposit: int | None = 0
    if row.get("deposit"):
        try:
            deposit = parse_rupiah(row.get("deposit"), field="deposit")
        except InvalidInput as e:
            problems.extend(_from_invalid(line, e))
            deposit = None
    method = None
    if row.get("payment_method"):
        method = _choice(
            row,
            "payment_method",
            PaymentMethod,
            problems,
            QT_TRANSLATE_NOOP("errors", "Metode bayar «{text}» tidak dikenal; pilih salah satu: {choices}"),
        )
    draft = _Draft(
        code=row.get("code").upper(),
        line=line,
        customer_name=name or None,
        phone=phone,
        fulfilment=fulfilment,
        created=dates["created"],
        pickup=dates["pickup_date"],
        status=status,
        deposit=deposit,
        method=method,
        method_given=bool(row.get("payment_method")),
    )
    item = None
    if item_name and qty is not None and price is not None and len(item_name) <= MAX_ITEM_NAME:
        item = ItemInput(item_name, qty, price, row.get("custom_details"))
    return draft, item


def _compare(first: _Draft, other: _Draft, row: Row, problems: list[RowProblem]) -> None:
    """Rows of one code must agree on the order's own fields."""
    if (first.phone and other.phone and first.phone != other.phone) or (
        first.customer_name
        and other.customer_name
        and _name_key(first.customer_name) != _name_key(other.customer_name)
    ):
        problems.append(
            _problem(
                row.line,
                "customer_phone" if first.phone != other.phone else "customer_name",
                QT_TRANSLATE_NOOP("errors", "Pelanggan berbeda dengan baris {line} untuk pesanan {code}"),
                line=first.line,
                code=first.code,
            )
        )
    same = QT_TRANSLATE_NOOP("errors", "Isinya berbeda dengan baris {line} untuk pesanan {code}")
    for column, a, b in (
        ("fulfilment", first.fulfilment, other.fulfilment),
        ("created", first.created, other.created),
        ("pickup_date", first.pickup, other.pickup),
        ("status", first.status, other.status),
    ):
        if a is not None and b is not None and a != b:
            problems.append(_problem(row.line, column, same, line=first.line, code=first.code))
    # deposit and method are read from the first row; a different value further down is a slip
    deposits = (first.deposit, other.deposit)
    if row.get("deposit") and None not in deposits and deposits[0] != deposits[1]:
        problems.append(_problem(row.line, "deposit", same, line=first.line, code=first.code))
    if row.get("payment_method") and other.method and first.method and other.method != first.method:
        problems.append(_problem(row.line, "payment_method", same, line=first.line, code=first.code))


def _check_order(d: _Draft, today: dt.date, problems: list[RowProblem]) -> None:
    """The checks that need the whole order."""
    if len(d.code) > MAX_CODE:
        problems.append(
            _problem(
                d.line,
                "code",
                QT_TRANSLATE_NOOP("errors", "Kode pesanan terlalu panjang (maksimal {max} huruf)"),
                max=MAX_CODE,
            )
        )
    if len(d.items) > MAX_ITEMS:
        problems.append(
            _problem(
                d.line,
                "item",
                QT_TRANSLATE_NOOP("errors", "Terlalu banyak baris barang (maksimal {max})"),
                max=MAX_ITEMS,
            )
        )
    if d.created is not None and d.created > today:
        problems.append(
            _problem(
                d.line,
                "created",
                QT_TRANSLATE_NOOP("errors", "Tanggal pesanan {date} belum terjadi (hari ini {today})"),
                date=d.created.isoformat(),
                today=today.isoformat(),
            )
        )
    if d.pickup is not None and d.created is not None and d.pickup < d.created:
        problems.append(
            _problem(
                d.line,
                "pickup_date",
                QT_TRANSLATE_NOOP("errors", "Tanggal ambil {pickup} sebelum tanggal pesanan {created}"),
                pickup=d.pickup.isoformat(),
                created=d.created.isoformat(),
            )
        )
    if d.fulfilment is not None and (
        (d.status is OrderStatus.COLLECTED and d.fulfilment is not Fulfilment.PICKUP)
        or (d.status in _SENT and d.fulfilment is Fulfilment.PICKUP)
    ):
        problems.append(
            _problem(
                d.line,
                "status",
                QT_TRANSLATE_NOOP("errors", "Status «{status}» tidak cocok dengan cara ambil «{fulfilment}»"),
                status=str(d.status),
                fulfilment=str(d.fulfilment),
            )
        )
    if not d.items_ok or d.deposit is None:
        return  # the total is not known
    total = sum(it.qty * it.unit_price for it in d.items)
    if total >= MAX_RUPIAH:
        problems.append(
            _problem(
                d.line,
                "unit_price",
                QT_TRANSLATE_NOOP("errors", "Total pesanan terlalu besar; periksa jumlah dan harga"),
            )
        )
        return
    if d.deposit > total:
        problems.append(
            _problem(
                d.line,
                "deposit",
                QT_TRANSLATE_NOOP("errors", "DP tidak boleh melebihi total pesanan {total}"),
                total=format_rupiah(total),
            )
        )
    needs_method = d.deposit > 0 or (
        d.status in _PAID_OFF and d.fulfilment is not Fulfilment.COD and total > d.deposit
    )
    if needs_method and not d.method_given:
        problems.append(
            _problem(
                d.line,
                "payment_method",
                QT_TRANSLATE_NOOP("errors", "Metode bayar wajib diisi untuk pesanan yang sudah dibayar"),
            )
        )


def _import_time(day: dt.date, now: dt.datetime) -> dt.datetime:
    """09:00 local on ``day`` (made aware), but never later than ``now``."""
    return min(dt.datetime.combine(day, IMPORT_HOUR).astimezone(), now)


def import_orders(session: Session, table: Table, *, actor: Actor, now: dt.datetime) -> OrderImportSummary:
    """Add historical orders, one row per line item (rows with the same ``code`` are one
    order).  The customer is found by phone, else created with the row's name.  Raises
    ``ImportRejected`` and writes nothing if any row is bad."""
    problems = _check_header(table, ORDER_REQUIRED, ORDER_OPTIONAL)
    if any(p.template == _MISSING_COLUMN for p in problems):
        raise ImportRejected(problems)  # without its columns no row can be read
    today = local_today(now)
    drafts: dict[str, _Draft] = {}
    for row in table.rows:
        stray = _stray_problem(table, row)
        if stray:
            problems.append(stray)
        if not row.get("code"):
            problems.append(
                _problem(row.line, "code", QT_TRANSLATE_NOOP("errors", "Kode pesanan wajib diisi"))
            )
            continue
        parsed, item = _parse_order_row(row, problems)
        first = drafts.get(parsed.code)
        if first is None:
            drafts[parsed.code] = first = parsed
        else:
            _compare(first, parsed, row, problems)
        if item is not None:
            first.items.append(item)
        else:
            first.items_ok = False
    for d in drafts.values():
        _check_order(d, today, problems)
    codes = list(drafts)
    for chunk in pickup.chunks(codes):
        for code in session.scalars(select(Order.code).where(Order.code.in_(chunk))):
            d = drafts[code]
            problems.append(
                _problem(
                    d.line,
                    "code",
                    QT_TRANSLATE_NOOP("errors", "Pesanan {code} sudah ada di database"),
                    code=code,
                )
            )
    if problems:
        raise ImportRejected(problems)

    phones = list(dict.fromkeys(d.phone for d in drafts.values()))
    customer_of: dict[str, int] = {}
    for chunk in pickup.chunks(phones):
        stmt = select(Customer.phone, Customer.id).where(Customer.phone.in_(chunk))
        customer_of.update((phone, cid) for phone, cid in session.execute(stmt))
    first_seen: dict[str, dt.datetime] = {}  # a new customer exists from their first order on
    for d in drafts.values():
        t = _import_time(d.created, now)
        if d.phone not in first_seen or t < first_seen[d.phone]:
            first_seen[d.phone] = t
    new_customers = 0
    items = 0
    for d in drafts.values():
        if d.phone not in customer_of:
            row, _ = create_customer(
                session,
                CustomerInput(name=d.customer_name, phone=d.phone),
                actor=actor,
                now=first_seen[d.phone],
            )
            customer_of[d.phone] = row.id
            new_customers += 1
        _write_order(session, d, customer_of[d.phone], actor=actor, now=now)
        items += len(d.items)
    _bump_counters(session, codes)
    session.flush()
    audit.record(
        session,
        actor,
        "data.import",
        now=now,
        target=Target("order"),
        detail=(
            f"pesanan dari {table.name}: {len(drafts)} pesanan, {items} barang, "
            f"{new_customers} pelanggan baru"
        ),
    )
    return OrderImportSummary(
        len(drafts), items, new_customers, Changes(customers=True, orders=True, ledger=True)
    )


def _write_order(session: Session, d: _Draft, customer_id: int, *, actor: Actor, now: dt.datetime) -> None:
    created_at = _import_time(d.created, now)
    settled_at = max(created_at, _import_time(min(d.pickup, local_today(now)), now))
    order = insert_order(
        session,
        code=d.code,
        customer_id=customer_id,
        status=d.status,
        fulfilment=d.fulfilment,
        pickup_date=d.pickup,
        items=d.items,
        actor=actor,
        at=created_at,
        history_note="impor",
    )
    total = order.total
    if d.deposit > 0:
        append_entry(
            session,
            order.id,
            EntryKind.DEPOSIT,
            d.deposit,
            actor=actor,
            now=created_at,
            method=d.method,
            note="DP (impor)",
        )
    rest = total - d.deposit
    if d.status in _PAID_OFF and rest > 0:
        # a collected or delivered order was paid in full; a COD order through the courier
        method = PaymentMethod.COD if d.fulfilment is Fulfilment.COD else d.method
        append_entry(
            session,
            order.id,
            EntryKind.PAYMENT,
            rest,
            actor=actor,
            now=settled_at,
            method=method,
            note="pelunasan (impor)",
        )
    if d.status is OrderStatus.FORFEITED and d.deposit > 0:
        append_entry(
            session,
            order.id,
            EntryKind.FORFEIT,
            d.deposit,
            actor=actor,
            now=settled_at,
            note="DP hangus (impor)",
        )


def _bump_counters(session: Session, codes: Iterable[str]) -> None:
    """Raise each month's order counter to at least the highest imported number, so the
    next code taken at the counter does not collide with an imported one."""
    pattern = re.compile(r"^([A-Z0-9]{1,6})-(\d{4})-(\d+)$")
    highest: dict[str, int] = {}
    for code in codes:
        m = pattern.match(code)
        if m:
            key = counter_name(m.group(1), m.group(2))
            highest[key] = max(highest.get(key, 0), int(m.group(3)))
    for name, number in highest.items():
        counter = session.get(Counter, name)
        if counter is None:
            session.add(Counter(name=name, value=number))
        elif counter.value < number:
            counter.value = number


# ------------------------------------------------------------------------------ export


def export_customers(session: Session, path: Path | str, fmt: str | None = None) -> int:
    """Write every customer (sorted by name) to ``path``; returns how many.  The ``email``
    column is there only when some customer has an address (files stay as they were)."""
    fmt = file_format(path, fmt)
    with_email = session.scalar(select(Customer.id).where(Customer.email != "").limit(1)) is not None

    def rows() -> Iterator[list[object]]:
        ids = customer_ids(session)
        for chunk in pickup.chunks(ids):
            got = customer_rows(session, list(chunk))
            for cid in chunk:
                r = got[cid]
                yield [
                    r.name,
                    format_phone(r.phone),
                    format_phone(r.whatsapp),
                    r.address,
                    r.notes,
                    r.standing,
                    r.order_count,
                    *([r.email] if with_email else []),
                ]

    header = (*CUSTOMER_EXPORT, CUSTOMER_EXPORT_EMAIL) if with_email else CUSTOMER_EXPORT
    return _write(Path(path), fmt, "Pelanggan", header, rows())


def export_orders(
    session: Session, path: Path | str, fmt: str | None = None, *, day: dt.date | None = None
) -> int:
    """Write one row per order (newest first, as the orders list) to ``path``; returns how
    many.  Amounts are plain integers of rupiah, dates ``YYYY-MM-DD``; the storage fee and
    the days overdue are as of ``day`` (default today)."""
    fmt = file_format(path, fmt)
    day = day or dt.date.today()
    policies = pickup.Policies(session)

    def rows() -> Iterator[list[object]]:
        ids = order_ids(session)
        for chunk in pickup.chunks(ids):
            got = order_rows(session, list(chunk))
            orders = {o.id: o for o in session.scalars(select(Order).where(Order.id.in_(list(chunk))))}
            facts = pickup.facts_for(session, orders.values())
            for oid in chunk:
                r = got[oid]
                f = facts[oid]
                fee = timeline.storage_fee(f, policies.of(orders[oid].terms_version_id), day)
                yield [
                    r.code,
                    r.customer_name,
                    format_phone(r.customer_phone),
                    str(r.status),
                    str(r.fulfilment),
                    r.total,
                    r.paid,
                    r.balance,
                    r.pickup_date.isoformat(),
                    r.created_at.astimezone().date().isoformat(),
                    fee,
                    timeline.days_overdue(f, day),
                ]

    return _write(Path(path), fmt, "Pesanan", ORDER_EXPORT, rows())


def _write(path: Path, fmt: str, sheet: str, header: Sequence[str], rows: Iterable[list[object]]) -> int:
    """Write to a temporary file beside ``path`` and move it into place when complete."""
    tmp = path.with_name(f".{path.name}.tmp")
    count = 0
    try:
        if fmt == "csv":
            # UTF-8 with a byte order mark: Excel then reads names with accents correctly
            with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
                writer = csv.writer(fh)
                writer.writerow(header)
                for r in rows:
                    writer.writerow(r)
                    count += 1
        else:
            count = _write_xlsx(tmp, sheet, header, rows)
        os.replace(tmp, path)
    except OSError as e:
        tmp.unlink(missing_ok=True)
        raise FileProblem(
            QT_TRANSLATE_NOOP("errors", "Tidak bisa menulis «{path}»: {reason}"),
            path=str(path),
            reason=_os_reason(e),
        ) from e
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return count


def _write_xlsx(target: Path, sheet: str, header: Sequence[str], rows: Iterable[list[object]]) -> int:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(sheet)

    def cell(v: object) -> object:
        if not isinstance(v, str):
            return v
        v = ILLEGAL_CHARACTERS_RE.sub("", v)
        if v.startswith("="):  # text, never a formula
            c = WriteOnlyCell(ws, v)
            c.data_type = "s"
            return c
        return v

    ws.append(list(header))
    count = 0
    for r in rows:
        ws.append([cell(v) for v in r])
        count += 1
    wb.save(target)
    return count
