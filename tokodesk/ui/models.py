"""Lazy table models for the big lists.

A model first asks only how many rows match (one counting query); that is its row count.
Rows are fetched in blocks of ``BLOCK`` (the block's ids by offset, then their rows) when
the view first asks for them, on the runner's worker thread, and cached; until a block
arrives its cells show an ellipsis.  No list ever reads every id of a big table: a shop's
200,000 orders cost one count and the blocks on screen.  A reload (new search, a change)
bumps a generation number so late results of an old query are ignored.  (Anki's browser
table model, made asynchronous and windowed.)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor

from tokodesk.domain.dates import format_date
from tokodesk.domain.money import format_rupiah
from tokodesk.domain.orders import OPEN, amount_due
from tokodesk.domain.phone import format_phone
from tokodesk.services import customers as customer_service
from tokodesk.services import orders as order_service
from tokodesk.ui import i18n
from tokodesk.ui.signals import emit

BLOCK = 100
LOADING = "…"

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    title: str
    text: Callable[[Any], str]
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft
    color: Callable[[Any], QColor | None] | None = None


class LazyModel(QAbstractTableModel):
    """Signals:
    loaded(int): the row count of the current query arrived.
    """

    loaded = Signal(int)

    def __init__(self, runner, columns: list[Column], parent=None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.columns = columns
        self._ids: list[int | None] = []  # per row: its id once its block has arrived
        self._rows: dict[int, Any] = {}
        self._requested: set[int] = set()  # block numbers asked for
        self._wanted: set[int] = set()  # blocks to fetch at the next turn of the event loop
        self._generation = 0
        self._fetch_timer = QTimer(self)
        self._fetch_timer.setSingleShot(True)
        self._fetch_timer.setInterval(0)
        self._fetch_timer.timeout.connect(self._fetch_wanted)

    # subclasses supply the three queries
    def count_job(self) -> Callable:
        """A job returning how many rows match."""
        raise NotImplementedError

    def ids_job(self, offset: int, limit: int) -> Callable:
        """A job returning the ids of rows ``offset`` … ``offset + limit - 1``."""
        raise NotImplementedError

    def rows_job(self, ids: list[int]) -> Callable:
        """A job returning {id: row} for these ids."""
        raise NotImplementedError

    # ---------------------------------------------------------------- Qt model interface
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(self.columns):
            return self.columns[section].title
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        col = self.columns[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(col.align | Qt.AlignmentFlag.AlignVCenter)
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        row_id = self._ids[index.row()]
        row = self._rows.get(row_id) if row_id is not None else None
        if row is None:
            self._want(index.row() // BLOCK)
            return LOADING if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.ForegroundRole:
            c = col.color(row) if col.color else None
            return QBrush(c) if c is not None else None
        return col.text(row)

    # ---------------------------------------------------------------- loading
    def id_at(self, row: int) -> int | None:
        """The id on this row, or None when its block has not arrived yet."""
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_for_id(self, row_id: int | None) -> Any | None:
        return self._rows.get(row_id) if row_id is not None else None

    def reload(self) -> None:
        self._generation += 1
        gen = self._generation
        self.runner.read(self.count_job(), on_done=lambda n: self._set_count(gen, n), owner=self)

    def _set_count(self, gen: int, count: int) -> None:
        if gen != self._generation:
            return
        self.beginResetModel()
        self._ids = [None] * count
        self._rows.clear()
        self._requested.clear()
        self._wanted.clear()
        self.endResetModel()
        emit(self.loaded, count)

    def _want(self, block: int) -> None:
        if block in self._requested or block in self._wanted:
            return
        self._wanted.add(block)
        self._fetch_timer.start()  # never fetch inside data(): the view may be mid-paint

    def _fetch_wanted(self) -> None:
        gen = self._generation
        for block in sorted(self._wanted):
            self._requested.add(block)
            self.runner.read(
                self._block_job(block),
                on_done=lambda got, b=block: self._set_block(gen, b, *got),
                owner=self,
            )
        self._wanted.clear()

    def _block_job(self, block: int) -> Callable:
        ids_job = self.ids_job(block * BLOCK, BLOCK)
        rows_job = self.rows_job  # looked up now: tests replace it to count the fetches

        def job(session):
            ids = ids_job(session)
            return ids, rows_job(ids)(session)

        return job

    def _set_block(self, gen: int, block: int, ids: list[int], rows: dict[int, Any]) -> None:
        if gen != self._generation:
            return
        first = block * BLOCK
        # rows added or removed meanwhile: the count is refreshed by the next reload
        ids = ids[: max(0, len(self._ids) - first)]
        self._ids[first : first + len(ids)] = ids
        self._rows.update(rows)
        last = min(len(self._ids), first + BLOCK) - 1
        if last >= first:
            emit(self.dataChanged, self.index(first, 0), self.index(last, len(self.columns) - 1))


RIGHT = Qt.AlignmentFlag.AlignRight
STANDING_COLORS = {"questionable": QColor("#e65100"), "blacklisted": QColor("#b71c1c")}


def _due_text(row) -> str:
    due = amount_due(row.status, row.balance)
    return "—" if due is None else format_rupiah(due)


def _balance_color(row) -> QColor | None:
    return QColor("#b71c1c") if row.balance > 0 and row.status in OPEN else None


class OrdersModel(LazyModel):
    def __init__(self, runner, parent=None) -> None:
        cols = [
            Column(self.tr("Kode"), lambda r: r.code),
            Column(self.tr("Pelanggan"), lambda r: r.customer_name),
            Column(self.tr("No. HP"), lambda r: format_phone(r.customer_phone)),
            Column(self.tr("Status"), lambda r: i18n.status_label(r.status)),
            Column(self.tr("Tgl ambil"), lambda r: format_date(r.pickup_date)),
            Column(self.tr("Total"), lambda r: format_rupiah(r.total), RIGHT),
            Column(self.tr("Dibayar"), lambda r: format_rupiah(r.paid), RIGHT),
            Column(self.tr("Sisa"), _due_text, RIGHT, _balance_color),
            Column(self.tr("Dibuat"), lambda r: format_date(r.created_at.astimezone().date())),
        ]
        super().__init__(runner, cols, parent)
        self.statuses = None
        self.query = ""

    def count_job(self):
        statuses, query = self.statuses, self.query
        return lambda s: order_service.order_count(s, statuses=statuses, query=query)

    def ids_job(self, offset, limit):
        statuses, query = self.statuses, self.query
        return lambda s: order_service.order_ids(
            s, statuses=statuses, query=query, offset=offset, limit=limit
        )

    def rows_job(self, ids):
        return lambda s: order_service.order_rows(s, ids)


class CustomersModel(LazyModel):
    def __init__(self, runner, parent=None) -> None:
        cols = [
            Column(self.tr("Nama"), lambda r: r.name, color=lambda r: STANDING_COLORS.get(r.standing)),
            Column(self.tr("No. HP"), lambda r: format_phone(r.phone)),
            Column(self.tr("WhatsApp"), lambda r: format_phone(r.whatsapp)),
            Column(self.tr("Alamat"), lambda r: r.address.replace("\n", ", ")),
            Column(self.tr("Pesanan"), lambda r: str(r.order_count), RIGHT),
            Column(
                self.tr("Status"),
                lambda r: i18n.standing_label(r.standing),
                color=lambda r: STANDING_COLORS.get(r.standing),
            ),
        ]
        super().__init__(runner, cols, parent)
        self.query = ""

    def count_job(self):
        query = self.query
        return lambda s: customer_service.customer_count(s, query)

    def ids_job(self, offset, limit):
        query = self.query
        return lambda s: customer_service.customer_ids(s, query, offset=offset, limit=limit)

    def rows_job(self, ids):
        return lambda s: customer_service.customer_rows(s, ids)
