"""The owner's audit trail: who did what and when, newest first, filtered by person, kind,
dates and refusals.  The trail grows to hundreds of thousands of rows, so the list is a
lazy model (ids first, rows in blocks as the view shows them, read off the UI thread).
Enter or a double click on a row about an order or a customer opens it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from tokodesk.domain.access import Role
from tokodesk.domain.dates import format_date
from tokodesk.services import audit
from tokodesk.services import staff as staff_service
from tokodesk.services.audit import ACTIONS, KIND_LABELS, OUTCOME_LABELS, AuditFilter, AuditRow, Kind
from tokodesk.services.context import local_today
from tokodesk.ui import widgets
from tokodesk.ui.i18n import translate_label
from tokodesk.ui.models import Column, LazyModel

DEFAULT_DAYS = 7  # the list opens on the last week, today included
REFUSED = QColor("#b71c1c")
OUTCOME_COLUMN = 3


# --- who can appear in the trail ---------------------------------------------------------


@dataclass(frozen=True)
class Person:
    id: int
    name: str
    role: str
    active: bool


def people(session: Session) -> list[Person]:
    """Everyone the trail can name: active people, then inactive ones, then the system
    record (the automatic daily run) when it exists."""
    return [Person(r.id, r.name, r.role, r.active) for r in staff_service.everyone(session)]


def local_range(first: dt.date, last: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """The shop's days ``first`` to ``last`` (both included) as aware UTC times: the start
    of ``first`` and the start of the day after ``last``, in the machine's local zone."""
    since = dt.datetime.combine(first, dt.time.min).astimezone()
    until = dt.datetime.combine(last + dt.timedelta(days=1), dt.time.min).astimezone()
    return since.astimezone(dt.UTC), until.astimezone(dt.UTC)


# --- the list ----------------------------------------------------------------------------


def action_label(action: str) -> str:
    return translate_label(ACTIONS[action]) if action in ACTIONS else action


def outcome_label(outcome: str) -> str:
    return translate_label(OUTCOME_LABELS[outcome]) if outcome in OUTCOME_LABELS else outcome


def when_text(at: dt.datetime) -> str:
    local = at.astimezone()
    return f"{format_date(local.date())} {local:%H.%M.%S}"


def note_text(row: AuditRow) -> str:
    return " · ".join(x for x in (row.target_label, row.detail.replace("\n", " ")) if x)


def _refused_color(row: AuditRow) -> QColor | None:
    return REFUSED if row.outcome != "ok" else None


class AuditModel(LazyModel):
    def __init__(self, runner, parent=None) -> None:
        cols = [
            Column(self.tr("Waktu"), lambda r: when_text(r.at), color=_refused_color),
            Column(self.tr("Staf"), lambda r: r.staff or "—", color=_refused_color),
            Column(self.tr("Tindakan"), lambda r: action_label(r.action), color=_refused_color),
            Column(self.tr("Hasil"), lambda r: outcome_label(r.outcome), color=_refused_color),
            Column(self.tr("Catatan"), note_text, color=_refused_color),
        ]
        super().__init__(runner, cols, parent)
        self.filter = AuditFilter()
        self._bold = QFont()
        self._bold.setBold(True)
        # the first rows come at once, before the view asks (the count and Enter work at once)
        self.loaded.connect(lambda n: self._want(0) if n else None)

    def count_job(self):
        f = self.filter
        return lambda s: audit.event_count(s, f)

    def ids_job(self, offset, limit):
        f = self.filter
        return lambda s: audit.event_ids(s, f, offset=offset, limit=limit)

    def rows_job(self, ids):
        return lambda s: audit.event_rows(s, ids)

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.FontRole and index.isValid() and index.column() == OUTCOME_COLUMN:
            row = self.row_for_id(self.id_at(index.row()))
            return self._bold if row is not None and row.outcome != "ok" else None
        return super().data(index, role)

    def row_at(self, row: int) -> AuditRow | None:
        row_id = self.id_at(row)
        return self.row_for_id(row_id) if row_id is not None else None


# --- the screen --------------------------------------------------------------------------


class AuditDialog(QDialog):
    """``open_order(order_id)`` and ``open_customer(customer_id)`` open what a row is about
    (the main window passes its own)."""

    def __init__(
        self,
        runner,
        parent: QWidget | None = None,
        open_order: Callable[[int], None] | None = None,
        open_customer: Callable[[int], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.open_order, self.open_customer = open_order, open_customer
        self.setWindowTitle(self.tr("Jejak audit"))
        self.resize(1180, 680)

        self.person = QComboBox()
        self.person.setObjectName("person")
        self.person.addItem(self.tr("Semua orang"), None)
        self.person.setMinimumContentsLength(18)
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        self.kind.addItem(self.tr("Semua jenis"), None)
        for k in Kind:
            self.kind.addItem(translate_label(KIND_LABELS[k]), k)
        today = local_today(runner.now())
        self.date_from = widgets.date_edit()
        self.date_from.setObjectName("date_from")
        self.date_from.setDate(widgets.to_qdate(today - dt.timedelta(days=DEFAULT_DAYS - 1)))
        self.date_to = widgets.date_edit()
        self.date_to.setObjectName("date_to")
        self.date_to.setDate(widgets.to_qdate(today))
        self.refused_only = QCheckBox(self.tr("Hanya yang ditolak/&gagal"))
        self.refused_only.setObjectName("refused_only")
        self.count = QLabel()
        self.count.setObjectName("count")
        self.count.setStyleSheet("font-weight: 600;")

        filters = QHBoxLayout()
        for text, w in (
            (self.tr("&Orang:"), self.person),
            (self.tr("&Jenis:"), self.kind),
            (self.tr("&Dari:"), self.date_from),
            (self.tr("&Sampai:"), self.date_to),
        ):
            label = QLabel(text)
            label.setBuddy(w)
            filters.addWidget(label)
            filters.addWidget(w)
            filters.addSpacing(6)
        filters.addWidget(self.refused_only)
        filters.addStretch(1)
        filters.addWidget(self.count)

        self.model = AuditModel(runner, self)
        self.table = QTableView()
        self.table.setObjectName("audit_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((150, 160, 230, 90)):
            self.table.setColumnWidth(col, width)
        self.table.activated.connect(self._open_index)  # Enter, or a double click

        hint = QLabel(self.tr("Enter atau klik dua kali pada baris pesanan atau pelanggan untuk membukanya."))
        hint.setStyleSheet("color: #546e7a;")
        reload_button = QPushButton(self.tr("Muat &ulang (F5)"))
        reload_button.setObjectName("reload_button")
        reload_button.clicked.connect(self.reload)
        QShortcut(QKeySequence("F5"), self, self.reload)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup (Esc)"))
        close.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(hint, 1)
        bottom.addWidget(reload_button)
        bottom.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addLayout(filters)
        lay.addWidget(self.table, 1)
        lay.addLayout(bottom)
        for b in self.findChildren(QPushButton):
            b.setAutoDefault(False)  # Enter in the list opens the row, never closes the window

        self.model.loaded.connect(self._loaded)
        self.person.currentIndexChanged.connect(lambda _i: self.reload())
        self.kind.currentIndexChanged.connect(lambda _i: self.reload())
        self.refused_only.toggled.connect(lambda _c: self.reload())
        self.date_from.dateChanged.connect(lambda _d: self._dates_changed(self.date_from))
        self.date_to.dateChanged.connect(lambda _d: self._dates_changed(self.date_to))

        self.runner.read(people, on_done=self._show_people, owner=self)
        self.reload()
        self.table.setFocus()

    # ---------------------------------------------------------------- filters
    def _show_people(self, persons: list[Person]) -> None:
        chosen = self.person.currentData()
        self.person.blockSignals(True)
        while self.person.count() > 1:
            self.person.removeItem(1)
        for p in persons:
            if p.role == Role.SYSTEM:
                text = p.name
            elif not p.active:
                text = self.tr("{name} (nonaktif)").format(name=p.name)
            else:
                text = p.name
            self.person.addItem(text, p.id)
        self.person.setCurrentIndex(max(0, self.person.findData(chosen)))
        self.person.blockSignals(False)

    def _dates_changed(self, moved) -> None:
        """Keep "from" on or before "to": the other date follows the one changed."""
        first, last = self.date_from.date(), self.date_to.date()
        if first > last:
            other = self.date_to if moved is self.date_from else self.date_from
            other.blockSignals(True)
            other.setDate(first if moved is self.date_from else last)
            other.blockSignals(False)
        self.reload()

    def current_filter(self) -> AuditFilter:
        since, until = local_range(
            widgets.from_qdate(self.date_from.date()), widgets.from_qdate(self.date_to.date())
        )
        return AuditFilter(
            staff_id=self.person.currentData(),
            kind=self.kind.currentData(),
            since=since,
            until=until,
            refused_only=self.refused_only.isChecked(),
        )

    def reload(self) -> None:
        self.model.filter = self.current_filter()
        self.model.reload()

    def _loaded(self, n: int) -> None:
        self.count.setText(self.tr("{n} kejadian").format(n=f"{n:,}".replace(",", ".")))
        if n:
            self.table.setCurrentIndex(self.model.index(0, 0))

    # ---------------------------------------------------------------- opening a row
    def row_at(self, row: int) -> AuditRow | None:
        return self.model.row_at(row)

    def _open_index(self, index) -> None:
        row = self.model.row_at(index.row())
        if row is None or row.target_id is None:
            return
        if row.target_kind == "order" and self.open_order is not None:
            self.open_order(row.target_id)
        elif row.target_kind == "customer" and self.open_customer is not None:
            self.open_customer(row.target_id)
