"""The owner's blacklist review: TokoDesk's pending suggestions, every questionable and
blacklisted customer, and the selected customer's evidence (history of decisions, orders,
forfeits, delivery incidents, the recent log) one click away.

Keys: Tab moves between the two lists and the evidence; Ctrl+Enter (or Alt+P) decides on the
selected customer, with the suggestion's evidence prefilled; Alt+B keeps the standing as it
is (answers a suggestion, with a reason); Alt+N puts the customer back to normal (with a
reason); F5 reloads; Esc closes.  Only the owner decides: the service refuses anyone else and
the refusal is shown here."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from tokodesk.domain.dates import format_date, format_datetime
from tokodesk.domain.deposit import Standing
from tokodesk.domain.log import Direction
from tokodesk.domain.money import format_rupiah
from tokodesk.domain.orders import STATUS_LABELS, OrderStatus
from tokodesk.domain.phone import format_phone
from tokodesk.services import standing as standing_service
from tokodesk.services.standing import Evidence, FlaggedCustomer, Reason, Review, Suggestion
from tokodesk.ui import widgets
from tokodesk.ui.i18n import channel_label, error_text, standing_label, translate_label
from tokodesk.ui.signals import emit
from tokodesk.ui.widgets import HELP_STYLE, ErrorLabel

NW = "<td style='white-space:nowrap'>"  # a table cell that does not wrap (dates, codes, money)
NWR = "<td style='white-space:nowrap' align='right'>"
STANDING_COLORS = {Standing.BLACKLISTED: QColor("#b71c1c"), Standing.QUESTIONABLE: QColor("#e65100")}


def reason_text(r: Reason) -> str:
    template = translate_label(r.template)
    return template.format(**r.params) if r.params else template


def _item(text: str, color: QColor | None = None) -> QTableWidgetItem:
    it = QTableWidgetItem(text)
    it.setToolTip(text)
    if color is not None:
        it.setForeground(color)
    return it


def _table(name: str, headers: list[str], widths: tuple[int, ...]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setObjectName(name)
    t.setHorizontalHeaderLabels(headers)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setTabKeyNavigation(False)
    t.setAlternatingRowColors(True)
    t.setWordWrap(False)
    t.verticalHeader().hide()
    t.verticalHeader().setDefaultSectionSize(26)
    header = t.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    for col, width in enumerate(widths):
        t.setColumnWidth(col, width)
    return t


# --- the decision form -------------------------------------------------------------------


class DecisionForm(QDialog):
    """The owner's decision on one customer: the standing, the reason, the evidence.

    ``mode`` is DECIDE (any standing; the suggestion's standing and evidence prefilled), KEEP
    (the standing stays; answers the suggestion) or UNDO (back to normal).

    Signals:
        saved(int): the customer's id, after the service stored the decision.
    """

    saved = Signal(int)

    DECIDE, KEEP, UNDO = "decide", "keep", "undo"

    def __init__(
        self,
        runner,
        mode: str,
        customer_id: int,
        name: str,
        current: str,
        *,
        suggested: str | None = None,
        evidence: list[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner, self.mode, self.customer_id = runner, mode, customer_id
        titles = {
            self.DECIDE: self.tr("Putuskan status pelanggan"),
            self.KEEP: self.tr("Biarkan status pelanggan"),
            self.UNDO: self.tr("Kembalikan ke normal"),
        }
        self.setWindowTitle(titles[mode])
        self.setMinimumWidth(520)

        intro = QLabel(
            self.tr("{name} — status sekarang: {standing}").format(
                name=html.escape(name), standing=standing_label(current)
            )
        )
        intro.setObjectName("intro")
        intro.setStyleSheet("font-weight: 600;")
        self.standing = QComboBox()
        self.standing.setObjectName("standing")
        for s in (Standing.NORMAL, Standing.QUESTIONABLE, Standing.BLACKLISTED):
            self.standing.addItem(standing_label(s), s)
        chosen = {self.DECIDE: suggested or current, self.KEEP: current, self.UNDO: Standing.NORMAL}[mode]
        self.standing.setCurrentIndex(max(0, self.standing.findData(chosen)))
        self.standing.setEnabled(mode == self.DECIDE)
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setMaxLength(standing_service.MAX_REASON)
        self.reason.setPlaceholderText(self.tr("contoh: dua kali tidak mengambil pesanan, DP ditahan"))
        self.evidence = QLineEdit(" ".join(evidence or []))
        self.evidence.setObjectName("evidence")
        self.evidence.setPlaceholderText("order:12 incident:3 log:77 forfeit:5")
        form = QFormLayout()
        form.addRow(self.tr("&Status baru:"), self.standing)
        form.addRow(self.tr("&Alasan:"), self.reason)
        form.addRow(self.tr("&Bukti:"), self.evidence)
        help_text = QLabel(
            self.tr(
                "Alasan wajib diisi dan disimpan sebagai riwayat. Pelanggan daftar hitam wajib bayar "
                "penuh di muka; pesanan pelanggan yang diwaspadai menampilkan peringatan."
            )
        )
        help_text.setWordWrap(True)
        help_text.setStyleSheet(HELP_STYLE)
        self.errors = ErrorLabel()
        self.errors.setObjectName("errors")
        buttons, self.save_button = widgets.save_cancel(
            self, self.tr("&Simpan (Enter)"), self.tr("Batal (Esc)"), self.save, enter_saves=True
        )
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(help_text)
        lay.addWidget(self.errors)
        lay.addStretch(1)
        lay.addWidget(buttons)
        (self.standing if mode == self.DECIDE else self.reason).setFocus()

    @property
    def fields(self) -> dict[str, QWidget]:
        return {"standing": self.standing, "reason": self.reason, "evidence": self.evidence}

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        cid, new = self.customer_id, self.standing.currentData()
        reason, refs = self.reason.text(), [self.evidence.text()]
        actor, now = self.runner.actor, self.runner.now()

        def job(s):
            return standing_service.set_standing(s, cid, new, reason, refs, actor=actor, now=now)

        self.save_button.setEnabled(False)
        self.runner.run(job, on_done=self._saved, on_error=self._failed, owner=self)

    def _saved(self, _changes) -> None:
        self.save_button.setEnabled(True)
        emit(self.saved, self.customer_id)
        self.accept()

    def _failed(self, err: Exception) -> None:
        self.save_button.setEnabled(True)
        widgets.show_errors(err, self.errors, self.fields)


# --- the screen --------------------------------------------------------------------------


class BlacklistReviewDialog(QDialog):
    """Signals:
    changed(): a decision was stored.
    """

    changed = Signal()

    def __init__(self, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.review_data: Review | None = None
        self.current_id: int | None = None  # the selected customer
        self.form: DecisionForm | None = None
        self.setWindowTitle(self.tr("Tinjauan daftar hitam"))
        self.setModal(False)
        self.resize(1200, 700)

        self.suggestion_table = _table(
            "suggestion_table",
            [
                self.tr("Pelanggan"),
                self.tr("Saran"),
                self.tr("Alasan"),
                self.tr("Sekarang"),
                self.tr("Bukti terbaru"),
                self.tr("No. HP"),
            ],
            (130, 110, 230, 85, 95),
        )
        suggestion_label = QLabel(self.tr("&Saran TokoDesk (pemilik yang memutuskan)"))
        suggestion_label.setBuddy(self.suggestion_table)
        suggestion_label.setStyleSheet("font-weight: 600;")

        self.flagged_table = _table(
            "flagged_table",
            [
                self.tr("Pelanggan"),
                self.tr("Status"),
                self.tr("Alasan"),
                self.tr("Diputuskan"),
                self.tr("No. HP"),
            ],
            (130, 110, 230, 175),
        )
        flagged_label = QLabel(self.tr("&Diwaspadai dan daftar hitam"))
        flagged_label.setBuddy(self.flagged_table)
        flagged_label.setStyleSheet("font-weight: 600;")

        self.evidence_view = QTextBrowser()
        self.evidence_view.setObjectName("evidence_view")
        self.evidence_view.setOpenLinks(False)
        evidence_label = QLabel(self.tr("Bukti pelanggan t&erpilih"))
        evidence_label.setBuddy(self.evidence_view)
        evidence_label.setStyleSheet("font-weight: 600;")

        self.decide_button = QPushButton(self.tr("&Putuskan… (Ctrl+Enter)"))
        self.decide_button.setObjectName("decide_button")
        self.decide_button.clicked.connect(self.decide)
        self.keep_button = QPushButton(self.tr("&Biarkan…"))
        self.keep_button.setObjectName("keep_button")
        self.keep_button.setToolTip(self.tr("Status tetap; menjawab saran dengan alasan"))
        self.keep_button.clicked.connect(self.keep)
        self.undo_button = QPushButton(self.tr("Kembalikan ke &normal…"))
        self.undo_button.setObjectName("undo_button")
        self.undo_button.clicked.connect(self.undo)
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(key), self, self.decide)

        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #1b5e20; font-weight: 600;")
        self.errors = ErrorLabel()
        self.errors.setObjectName("errors")

        left = QWidget()
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 0, 0, 0)
        left_lay.addWidget(suggestion_label)
        left_lay.addWidget(self.suggestion_table, 1)
        left_lay.addWidget(flagged_label)
        left_lay.addWidget(self.flagged_table, 1)
        right = QWidget()
        right_lay = QVBoxLayout(right)
        right_lay.setContentsMargins(0, 0, 0, 0)
        right_lay.addWidget(evidence_label)
        right_lay.addWidget(self.evidence_view, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([770, 410])
        splitter.setChildrenCollapsible(False)

        actions = QHBoxLayout()
        for b in (self.decide_button, self.keep_button, self.undo_button):
            actions.addWidget(b)
        actions.addStretch(1)
        reload_button = QPushButton(self.tr("Muat &ulang (F5)"))
        reload_button.setObjectName("reload_button")
        reload_button.clicked.connect(self.reload)
        QShortcut(QKeySequence("F5"), self, self.reload)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup (Esc)"))
        close.rejected.connect(self.reject)
        actions.addWidget(reload_button)
        actions.addWidget(close)

        lay = QVBoxLayout(self)
        lay.addWidget(splitter, 1)
        lay.addWidget(self.message)
        lay.addWidget(self.errors)
        lay.addLayout(actions)
        for b in self.findChildren(QPushButton):
            b.setAutoDefault(False)  # Enter in a list never closes the window

        self.suggestion_table.itemSelectionChanged.connect(lambda: self._selected(self.suggestion_table))
        self.flagged_table.itemSelectionChanged.connect(lambda: self._selected(self.flagged_table))
        self._update_buttons()
        self.reload()
        self.suggestion_table.setFocus()

    # ---------------------------------------------------------------- loading
    def reload(self) -> None:
        self.runner.read(
            standing_service.review, on_done=self._show_review, on_error=self._failed, owner=self
        )

    def _failed(self, err: Exception) -> None:
        self.errors.show_message(error_text(err))

    def _show_review(self, review: Review) -> None:
        self.review_data = review
        keep = self.current_id
        for t in (self.suggestion_table, self.flagged_table):
            t.blockSignals(True)
            t.clearSelection()
            t.setRowCount(0)
        self.suggestion_table.setRowCount(len(review.suggestions))
        for r, s in enumerate(review.suggestions):
            cells = [
                _item(s.name),
                _item(standing_label(s.suggested), STANDING_COLORS.get(s.suggested)),
                _item("; ".join(reason_text(x) for x in s.reasons)),
                _item(standing_label(s.standing), STANDING_COLORS.get(s.standing)),
                _item(format_date(s.newest_at.astimezone().date())),
                _item(format_phone(s.phone)),
            ]
            for c, it in enumerate(cells):
                self.suggestion_table.setItem(r, c, it)
        self.flagged_table.setRowCount(len(review.flagged))
        for r, fc in enumerate(review.flagged):
            decided = (
                f"{format_datetime(fc.decided_at)} · {fc.decided_by}" if fc.decided_at is not None else "—"
            )
            color = STANDING_COLORS.get(fc.standing)
            cells = [
                _item(fc.name),
                _item(standing_label(fc.standing), color),
                _item(fc.reason or "—"),
                _item(decided),
                _item(format_phone(fc.phone)),
            ]
            for c, it in enumerate(cells):
                self.flagged_table.setItem(r, c, it)
        for t in (self.suggestion_table, self.flagged_table):
            t.blockSignals(False)
        # the same customer stays selected; else the first suggestion; else the first flagged one
        if not self._select_customer(keep):
            if review.suggestions:
                self.suggestion_table.selectRow(0)
            elif review.flagged:
                self.flagged_table.selectRow(0)
            else:
                self.current_id = None
                nothing = self.tr("Tidak ada saran dan tidak ada pelanggan yang ditandai.")
                self.evidence_view.setHtml(f"<p>{html.escape(nothing)}</p>")
                self._update_buttons()

    def _select_customer(self, customer_id: int | None) -> bool:
        if customer_id is None or self.review_data is None:
            return False
        for r, s in enumerate(self.review_data.suggestions):
            if s.customer_id == customer_id:
                self.suggestion_table.selectRow(r)
                return True
        for r, fc in enumerate(self.review_data.flagged):
            if fc.customer_id == customer_id:
                self.flagged_table.selectRow(r)
                return True
        return False

    # ---------------------------------------------------------------- selection
    def selected_suggestion(self) -> Suggestion | None:
        rows = self.suggestion_table.selectionModel().selectedRows()
        if not rows or self.review_data is None:
            return None
        return self.review_data.suggestions[rows[0].row()]

    def selected_flagged(self) -> FlaggedCustomer | None:
        rows = self.flagged_table.selectionModel().selectedRows()
        if not rows or self.review_data is None:
            return None
        return self.review_data.flagged[rows[0].row()]

    def _selected(self, table: QTableWidget) -> None:
        if not table.selectionModel().selectedRows():
            return
        other = self.flagged_table if table is self.suggestion_table else self.suggestion_table
        other.blockSignals(True)
        other.clearSelection()
        other.blockSignals(False)
        picked = self.selected_suggestion() or self.selected_flagged()
        self.current_id = picked.customer_id if picked else None
        self._update_buttons()
        if self.current_id is not None:
            cid = self.current_id
            self.runner.read(
                lambda s: standing_service.evidence(s, cid),
                on_done=self._show_evidence,
                on_error=self._failed,
                owner=self,
            )

    def _current(self) -> tuple[int, str, str] | None:
        """(id, name, standing) of the selected customer."""
        s = self.selected_suggestion()
        if s is not None:
            return s.customer_id, s.name, s.standing
        fc = self.selected_flagged()
        if fc is not None:
            return fc.customer_id, fc.name, fc.standing
        return None

    def _update_buttons(self) -> None:
        cur = self._current()
        self.decide_button.setEnabled(cur is not None)
        self.keep_button.setEnabled(cur is not None)
        self.undo_button.setEnabled(cur is not None and cur[2] != Standing.NORMAL)

    # ---------------------------------------------------------------- evidence
    def _show_evidence(self, ev: Evidence) -> None:
        if ev.customer_id != self.current_id:
            return  # another customer was selected meanwhile
        self.evidence_view.setHtml(self.evidence_html(ev))

    def evidence_html(self, ev: Evidence) -> str:
        e = html.escape
        parts = [
            f"<h3 style='margin:0'>{e(ev.name)}</h3>",
            f"<p style='margin-top:2px'>{e(format_phone(ev.phone))} · <b>{e(standing_label(ev.standing))}</b>"
            + (f" — {e(ev.standing_reason)}" if ev.standing_reason else "")
            + "</p>",
        ]

        def section(title: str, rows: list[str], empty: str) -> None:
            parts.append(f"<h4 style='margin-bottom:2px'>{e(title)}</h4>")
            if rows:
                parts.append("<table cellspacing='0' cellpadding='2'>" + "".join(rows) + "</table>")
            else:
                parts.append(f"<p style='color:#546e7a'>{e(empty)}</p>")

        section(
            self.tr("Riwayat keputusan"),
            [
                f"<tr>{NW}{e(format_datetime(h.at))}</td><td>{e(h.staff)}</td>"
                f"<td>{e(standing_label(h.from_standing))} → <b>{e(standing_label(h.to_standing))}</b></td>"
                f"<td>{e(h.reason)}"
                + (f" <span style='color:#546e7a'>[{e(' '.join(h.evidence))}]</span>" if h.evidence else "")
                + "</td></tr>"
                for h in ev.history
            ],
            self.tr("Belum ada keputusan."),
        )
        section(
            self.tr("Pesanan hangus"),
            [
                f"<tr>{NW}{e(format_datetime(x.at))}</td>{NW}<b>{e(x.code)}</b></td>"
                f"<td>{e(x.note)}</td><td style='color:#546e7a'>forfeit:{x.id}</td></tr>"
                for x in ev.forfeits
            ],
            self.tr("Tidak ada."),
        )
        cost_word = self.tr("biaya")
        section(
            self.tr("Insiden pengiriman"),
            [
                f"<tr>{NW}{e(format_datetime(i.at))}</td>{NW}<b>{e(i.code)}</b></td>"
                f"<td><b>{e(translate_label(standing_service.INCIDENT_LABELS.get(i.kind, i.kind)))}</b>"
                f" · {e(translate_label(standing_service.FINDING_LABELS.get(i.finding, i.finding)))}"
                f" · {e(cost_word)} {e(format_rupiah(i.cost))}"
                + (f"<br>{e(i.note)}" if i.note else "")
                + f" <span style='color:#546e7a'>incident:{i.id}</span></td></tr>"
                for i in ev.incidents
            ],
            self.tr("Tidak ada."),
        )
        section(
            self.tr("Pesanan"),
            [
                f"<tr>{NW}<b>{e(o.code)}</b></td>"
                f"{NW}{e(format_date(o.created_at.astimezone().date()))}</td>"
                f"<td>{e(self._status(o.status))}</td>"
                f"{NWR}{e(format_rupiah(o.total))}</td>"
                f"<td style='color:#546e7a'>order:{o.id}</td></tr>"
                for o in ev.orders
            ],
            self.tr("Belum ada pesanan."),
        )
        arrows = {Direction.IN: "←", Direction.OUT: "→", Direction.NOTE: "•"}
        section(
            self.tr("Catatan komunikasi terakhir"),
            [
                f"<tr>{NW}{e(format_datetime(x.happened_at))}</td>"
                f"<td>{arrows.get(x.direction, '')} {e(channel_label(x.channel))}</td>"
                f"<td>{e(x.text[:160])}</td><td style='color:#546e7a'>log:{x.id}</td></tr>"
                for x in ev.log
            ],
            self.tr("Belum ada catatan."),
        )
        return "".join(parts)

    @staticmethod
    def _status(status: str) -> str:
        try:
            return translate_label(STATUS_LABELS[OrderStatus(status)])
        except ValueError:
            return status

    # ---------------------------------------------------------------- decisions
    def _open_form(self, mode: str) -> None:
        cur = self._current()
        if cur is None:
            return
        if mode == DecisionForm.UNDO and cur[2] == Standing.NORMAL:
            return
        cid, name, current = cur
        s = self.selected_suggestion()
        self.message.setText("")
        self.errors.show_message("")
        self.form = DecisionForm(
            self.runner,
            mode,
            cid,
            name,
            current,
            suggested=s.suggested if s else None,
            evidence=s.evidence if s and mode != DecisionForm.UNDO else None,
            parent=self,
        )
        self.form.saved.connect(lambda customer_id: self._decided(customer_id, mode))
        self.form.open()

    def decide(self) -> None:
        self._open_form(DecisionForm.DECIDE)

    def keep(self) -> None:
        self._open_form(DecisionForm.KEEP)

    def undo(self) -> None:
        self._open_form(DecisionForm.UNDO)

    def _decided(self, customer_id: int, mode: str) -> None:
        texts = {
            DecisionForm.DECIDE: self.tr("Keputusan disimpan."),
            DecisionForm.KEEP: self.tr("Status dibiarkan; saran dijawab."),
            DecisionForm.UNDO: self.tr("Pelanggan dikembalikan ke normal."),
        }
        self.current_id = customer_id
        self.message.setText(texts[mode])
        emit(self.changed)
        self.reload()
        self.activateWindow()
