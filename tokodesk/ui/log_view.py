"""A customer's communication log, newest first, as cards: when it happened and when it was
recorded, channel, who spoke, staff, order, the text, and the attachments — image
thumbnails, other files as labelled tiles.  Corrections show on both entries ("mengoreksi
#12" / "dikoreksi oleh #15"); nothing here edits or deletes an entry.

Keyboard: ↑/↓ move between entries · Enter opens the entry's attachments (full size, ←/→
between them) · Alt+B new entry · Alt+C correct the selected entry.  Double-clicking a
thumbnail opens that attachment.

Attachments are immutable and named by their SHA-256, so their bytes and thumbnails are
cached process-wide by that hash; they are loaded through the runner (never on the UI
thread) when a card first becomes visible.
"""

from __future__ import annotations

import html
import tempfile
from collections import OrderedDict
from pathlib import Path

import shiboken6
from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QFont,
    QImage,
    QKeySequence,
    QPainter,
    QPen,
    QPixmap,
    QShortcut,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from tokodesk.domain.dates import format_datetime
from tokodesk.domain.log import IMAGE_MIME, Direction
from tokodesk.services import log as log_service
from tokodesk.services.files import write_atomically
from tokodesk.ui import i18n
from tokodesk.ui.quick_log import LogTarget, QuickLogDialog, human_size, kind_label, thumbnail_image
from tokodesk.ui.signals import emit
from tokodesk.ui.widgets import ErrorLabel

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
LIMIT = 500  # the newest entries shown; the evidence export has them all

TILE = QSize(112, 84)
GAP = 6
PAD = 10
MARGIN = 4

CARD = {Direction.IN: "#ffffff", Direction.OUT: "#e8f5e9", Direction.NOTE: "#fff8e1"}
BORDER = QColor("#cfd8dc")
SELECTED = QColor("#1565c0")
MARK = QColor("#0d47a1")


class _Lru:
    """A small least-recently-used cache with a size budget (count or bytes)."""

    def __init__(self, budget: int, weigh=lambda _v: 1) -> None:
        self.budget = budget
        self.weigh = weigh
        self.used = 0
        self._items: OrderedDict[str, object] = OrderedDict()

    def get(self, key: str):
        if key in self._items:
            self._items.move_to_end(key)
            return self._items[key]
        return None

    def __contains__(self, key: str) -> bool:
        return key in self._items

    def put(self, key: str, value) -> None:
        if key in self._items:
            self.used -= self.weigh(self._items.pop(key))
        self._items[key] = value
        self.used += self.weigh(value)
        while self.used > self.budget and len(self._items) > 1:
            _, old = self._items.popitem(last=False)
            self.used -= self.weigh(old)


# Keyed by SHA-256: the same content is the same attachment, whichever entry or database.
# QImage, not QPixmap, so the cache may outlive the application object safely.
THUMBS = _Lru(600)  # sha256 → QImage (a null QImage: not decodable)
DATA = _Lru(64 * 1024 * 1024, weigh=len)  # sha256 → bytes


class LogModel(QAbstractListModel):
    """The entries shown, newest first (a customer's log is short enough to hold whole)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.entries: list[log_service.EntryView] = []

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        e = self.entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.tr("#{id} {when} · {channel} · {direction}: {text}").format(
                id=e.id,
                when=format_datetime(e.happened_at),
                channel=i18n.channel_label(e.channel),
                direction=i18n.direction_label(e.direction),
                text=e.text,
            )
        if role == ENTRY_ROLE:
            return e
        return None

    def set_entries(self, entries: list[log_service.EntryView]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def row_of(self, entry_id: int) -> int:
        return next((r for r, e in enumerate(self.entries) if e.id == entry_id), -1)


class LogDelegate(QStyledItemDelegate):
    """Paints an entry as a card; the tiles (thumbnails) sit in a grid under the text."""

    def __init__(self, view: LogView) -> None:
        super().__init__(view)
        self.view = view
        self._docs: dict[tuple[int, int, int | None], QTextDocument] = {}

    def clear(self) -> None:
        self._docs.clear()

    def _inner_width(self) -> int:
        return max(200, self.view.list.viewport().width() - 2 * MARGIN - 2 * PAD)

    def _doc(self, e: log_service.EntryView, width: int) -> QTextDocument:
        key = (e.id, width, self.view.marked_order())
        doc = self._docs.get(key)
        if doc is None:
            if len(self._docs) > 2000:
                self._docs.clear()
            doc = QTextDocument()
            doc.setDocumentMargin(0)
            doc.setDefaultFont(self.view.list.font())
            doc.setHtml(self.view.entry_html(e))
            doc.setTextWidth(width)
            self._docs[key] = doc
        return doc

    @staticmethod
    def tiles(e: log_service.EntryView, left: int, top: int, width: int) -> list[QRect]:
        """Where each attachment's tile goes, wrapping to more rows when they do not fit."""
        per_row = max(1, (width + GAP) // (TILE.width() + GAP))
        return [
            QRect(
                left + (i % per_row) * (TILE.width() + GAP),
                top + (i // per_row) * (TILE.height() + GAP),
                TILE.width(),
                TILE.height(),
            )
            for i in range(len(e.attachments))
        ]

    def _layout(self, e: log_service.EntryView, rect: QRect) -> tuple[QRect, QTextDocument, list[QRect]]:
        card = rect.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        width = card.width() - 2 * PAD
        doc = self._doc(e, width)
        top = card.top() + PAD + int(doc.size().height()) + (GAP if e.attachments else 0)
        return card, doc, self.tiles(e, card.left() + PAD, top, width)

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        e = index.data(ENTRY_ROLE)
        if e is None:
            return QSize(0, 0)
        width = self._inner_width()
        height = int(self._doc(e, width).size().height()) + 2 * PAD + 2 * MARGIN
        tiles = self.tiles(e, 0, 0, width)
        if tiles:
            height += GAP + tiles[-1].bottom() + 1
        return QSize(width + 2 * PAD + 2 * MARGIN, height)

    def attachment_at(self, index, rect: QRect, pos: QPoint) -> int | None:
        e = index.data(ENTRY_ROLE)
        if e is None:
            return None
        _, _, tiles = self._layout(e, rect)
        return next((i for i, t in enumerate(tiles) if t.contains(pos)), None)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        e: log_service.EntryView | None = index.data(ENTRY_ROLE)
        if e is None:
            return
        card, doc, tiles = self._layout(e, option.rect)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.setPen(QPen(SELECTED if selected else BORDER, 2 if selected else 1))
        painter.setBrush(QColor(CARD.get(e.direction, "#ffffff")))
        painter.drawRoundedRect(card, 6, 6)
        marked = self.view.marked_order()
        if marked is not None and e.order_id == marked:
            painter.fillRect(QRect(card.left() + 1, card.top() + 6, 4, card.height() - 12), MARK)
        painter.translate(card.left() + PAD, card.top() + PAD)
        doc.drawContents(painter)
        painter.translate(-(card.left() + PAD), -(card.top() + PAD))
        for att, tile in zip(e.attachments, tiles, strict=True):
            self._paint_tile(painter, att, tile)
        painter.restore()

    def _paint_tile(self, painter: QPainter, att: log_service.AttachmentView, tile: QRect) -> None:
        painter.setPen(QPen(BORDER, 1))
        painter.setBrush(QColor("#eceff1"))
        painter.drawRoundedRect(tile, 4, 4)
        img = self.view.thumbnail(att) if att.mime in IMAGE_MIME else None
        if img is not None and not img.isNull():
            size = img.size().scaled(tile.size() - QSize(4, 4), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(QPoint(0, 0), size)
            target.moveCenter(tile.center())
            painter.drawImage(target, img)
            return
        painter.setPen(QColor("#455a64"))
        f = QFont(painter.font())
        f.setBold(True)
        painter.setFont(f)
        loading = att.mime in IMAGE_MIME and img is None
        word = "…" if loading else kind_label(att.mime)
        painter.drawText(tile.adjusted(4, 4, -4, -28), Qt.AlignmentFlag.AlignCenter, word)
        f.setBold(False)
        f.setPointSizeF(max(7.0, f.pointSizeF() * 0.85))
        painter.setFont(f)
        name_rect = tile.adjusted(4, tile.height() - 30, -4, -2)
        name = painter.fontMetrics().elidedText(att.filename, Qt.TextElideMode.ElideMiddle, name_rect.width())
        painter.drawText(name_rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, name)
        painter.drawText(
            name_rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, human_size(att.size)
        )


class _LogList(QListView):
    """The list of cards; says what to do when there is nothing in it yet."""

    placeholder = ""

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self.model() is not None and self.model().rowCount() == 0 and self.placeholder:
            p = QPainter(self.viewport())
            p.setPen(QColor("#616161"))
            p.drawText(
                self.viewport().rect().adjusted(12, 12, -12, -12),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                self.placeholder,
            )
            p.end()


class LogView(QWidget):
    """Signals:
    loaded(int): the entries shown (after every load).
    """

    loaded = Signal(int)

    def __init__(self, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.target: LogTarget | None = None
        self._order_filter = False
        self.quick_log_dialog: QuickLogDialog | None = None
        self.viewer: AttachmentViewer | None = None
        self._generation = 0
        self._select_after: int | None = None
        self._asked: set[str] = set()
        self._wanted: list[log_service.AttachmentView] = []

        self.model = LogModel(self)
        self.list = _LogList()
        self.list.setObjectName("log_list")
        self.list.placeholder = self.tr(
            "Belum ada catatan. Tekan Ctrl+L untuk mencatat chat, telepon, atau obrolan di toko."
        )
        self.list.setModel(self.model)
        self.delegate = LogDelegate(self)
        self.list.setItemDelegate(self.delegate)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setUniformItemSizes(False)
        self.list.setStyleSheet("QListView { background: #f5f5f5; }")
        self.list.setAccessibleName(self.tr("Catatan komunikasi"))
        self.list.installEventFilter(self)
        self.list.viewport().installEventFilter(self)

        self.all_toggle = QCheckBox(self.tr("&Semua catatan pelanggan"))
        self.all_toggle.setToolTip(
            self.tr("Tampilkan seluruh catatan pelanggan ini; catatan pesanan ini ditandai garis biru")
        )
        self.all_toggle.setObjectName("all_toggle")
        self.all_toggle.hide()
        self.all_toggle.toggled.connect(lambda _on: self.reload())
        self.count = QLabel()
        self.count.setObjectName("log_count")
        self.new_button = QPushButton(self.tr("Catatan &baru (Ctrl+L)"))
        self.new_button.setObjectName("new_log_button")
        self.new_button.clicked.connect(self.new_entry)
        self.correct_button = QPushButton(self.tr("Koreksi &catatan…"))
        self.correct_button.setObjectName("correct_log_button")
        self.correct_button.clicked.connect(self.correct_selected)
        self.open_button = QPushButton(self.tr("B&uka lampiran (Enter)"))
        self.open_button.setObjectName("open_attachment_button")
        self.open_button.clicked.connect(lambda: self.open_attachments(self.selected_entry()))
        self.errors = ErrorLabel()
        self.errors.setObjectName("log_errors")

        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.count)
        side.addWidget(self.new_button)
        side.addWidget(self.correct_button)
        side.addWidget(self.open_button)
        side.addWidget(self.all_toggle)
        side.addStretch(1)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.list, 1)
        row.addLayout(side)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(row, 1)
        lay.addWidget(self.errors)

        self._fetch_timer = QTimer(self)
        self._fetch_timer.setSingleShot(True)
        self._fetch_timer.setInterval(0)
        self._fetch_timer.timeout.connect(self._fetch_wanted)
        self.list.selectionModel().currentChanged.connect(lambda _c, _p: self._update_buttons())
        runner.changed.connect(self._on_changed)
        self._update_buttons()

    # ---------------------------------------------------------------- context
    def set_target(self, target: LogTarget, *, order_filter: bool = False) -> None:
        """Show ``target``'s customer's log; with ``order_filter`` only that order's entries
        (a toggle shows the whole log, the order's entries marked)."""
        same = (
            self.target is not None
            and self.target.customer_id == target.customer_id
            and self.target.order_id == target.order_id
        )
        self.target = target
        self._order_filter = order_filter and target.order_id is not None
        self.all_toggle.setVisible(self._order_filter)
        if not same:
            self.reload()

    def filtering_order(self) -> bool:
        return self.target is not None and self._order_filter and not self.all_toggle.isChecked()

    def marked_order(self) -> int | None:
        """The order whose entries stand out when the whole customer log is shown."""
        if self.target is None or self.target.order_id is None or not self.all_toggle.isChecked():
            return None
        return self.target.order_id

    def reload(self) -> None:
        if self.target is None:
            return
        self._generation += 1
        gen, cid = self._generation, self.target.customer_id
        oid = self.target.order_id if self.filtering_order() else None
        self.runner.read(
            lambda s: log_service.entries(s, cid, order_id=oid, limit=LIMIT),
            on_done=lambda rows: self._show(rows, gen),
            on_error=lambda e: self.errors.show_message(i18n.error_text(e)),
            owner=self,
        )

    def _show(self, rows: list[log_service.EntryView], generation: int) -> None:
        if generation != self._generation:
            return  # an older load finished after a newer one was asked for
        keep = self._select_after
        if keep is None:
            current = self.selected_entry()
            keep = current.id if current else None
        self.delegate.clear()
        self.model.set_entries(rows)
        self.list.doItemsLayout()
        n = len(rows)
        if n >= LIMIT:
            self.count.setText(self.tr("{n} catatan terbaru").format(n=n))
        else:
            self.count.setText(self.tr("{n} catatan").format(n=n))
        if keep is not None and self.select_entry(keep):
            self._select_after = None
        elif rows:  # the newest, so Enter and Alt+C work at once
            self.list.setCurrentIndex(self.model.index(0, 0))
        self._update_buttons()
        emit(self.loaded, n)

    def _on_changed(self, changes) -> None:
        if not shiboken6.isValid(self) or self.target is None:
            return
        if changes.customer_id == self.target.customer_id or (
            changes.customers and changes.customer_id is None
        ):
            self.reload()

    # ---------------------------------------------------------------- a card's text
    def entry_html(self, e: log_service.EntryView) -> str:
        """A card's text: a header, who recorded it and when, the correction links, the text."""
        marked = self.marked_order()
        head = [
            f"<b>#{e.id}</b>",
            f"<b>{html.escape(i18n.channel_label(e.channel))}</b>",
            html.escape(i18n.direction_label(e.direction)),
            f"<b>{format_datetime(e.happened_at)}</b>",
        ]
        in_view = self.filtering_order() and e.order_id == self.target.order_id
        if e.order_code and not in_view:  # (no need to repeat the order whose log this is)
            style = "color:#0d47a1; font-weight:700" if e.order_id == marked else "color:#0d47a1"
            order = html.escape(self.tr("Pesanan {code}").format(code=e.order_code))
            head.append(f"<span style='{style}'>{order}</span>")
        recorded = self.tr("dicatat {when} oleh {staff}").format(
            when=format_datetime(e.recorded_at), staff=html.escape(e.staff)
        )
        if e.source in ("whatsapp_import", "whatsapp"):
            recorded += " · " + self.tr("impor chat WhatsApp")
        elif e.source != "manual":
            recorded += " · " + self.tr("sumber: {source}").format(source=html.escape(e.source))
        parts = [" · ".join(head), f"<span style='color:#616161'>{recorded}</span>"]
        if e.corrects_id is not None:
            link = self.tr("↳ mengoreksi #{id}").format(id=e.corrects_id)
            parts.append(f"<span style='color:#e65100; font-weight:600'>{link}</span>")
        if e.corrected_by:
            link = self.tr("⚠ dikoreksi oleh {ids}").format(ids=", ".join(f"#{i}" for i in e.corrected_by))
            parts.append(f"<span style='color:#b71c1c; font-weight:600'>{link}</span>")
        body = html.escape(e.text)
        color = "#757575" if e.corrected_by else "#212121"
        text = f"<p style='margin-top:6px; white-space:pre-wrap; color:{color}'>{body}</p>" if body else ""
        return "<br>".join(parts) + text

    # ---------------------------------------------------------------- selection
    def selected_entry(self) -> log_service.EntryView | None:
        idx = self.list.currentIndex()
        if not idx.isValid() or not self.list.selectionModel().isSelected(idx):
            return None
        return idx.data(ENTRY_ROLE)

    def select_entry(self, entry_id: int) -> bool:
        row = self.model.row_of(entry_id)
        if row < 0:
            return False
        idx = self.model.index(row, 0)
        self.list.setCurrentIndex(idx)
        self.list.scrollTo(idx)
        return True

    def _update_buttons(self) -> None:
        e = self.selected_entry()
        self.correct_button.setEnabled(e is not None)
        self.open_button.setEnabled(e is not None and bool(e.attachments))
        self.new_button.setEnabled(self.target is not None)

    # ---------------------------------------------------------------- actions
    def _open_form(self, target: LogTarget, corrects: log_service.EntryView | None = None) -> QuickLogDialog:
        dlg = QuickLogDialog(self.runner, self.window(), target=target, corrects=corrects)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.saved.connect(self._entry_saved)
        self.quick_log_dialog = dlg
        dlg.open()
        dlg.activateWindow()
        return dlg

    def new_entry(self) -> QuickLogDialog | None:
        """The quick-log form for this customer (and the order in view)."""
        if self.target is None:
            return None
        return self._open_form(self.target)

    def correct_selected(self) -> QuickLogDialog | None:
        """A correction: a new entry pointing at the selected one, which stays as it is."""
        e = self.selected_entry()
        if self.target is None:
            return None
        if e is None:
            self.errors.show_message(self.tr("Pilih dulu catatan yang mau dikoreksi (↑/↓ di daftar)."))
            self.list.setFocus()
            return None
        self.errors.show_message("")
        t = self.target
        return self._open_form(
            LogTarget(t.customer_id, t.customer_name, t.customer_phone, e.order_id, e.order_code), corrects=e
        )

    def _entry_saved(self, entry_id: int) -> None:
        self._select_after = entry_id
        if self.select_entry(entry_id):
            self._select_after = None
        else:
            self.reload()
        self.list.setFocus()

    def open_attachments(self, e: log_service.EntryView | None, index: int = 0) -> AttachmentViewer | None:
        if e is None or not e.attachments:
            return None
        self.viewer = AttachmentViewer(self.runner, e, index, self.window())
        self.viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.viewer.open()
        self.viewer.activateWindow()
        return self.viewer

    # ---------------------------------------------------------------- thumbnails
    def thumbnail(self, att: log_service.AttachmentView) -> QImage | None:
        """The cached thumbnail, or None while it loads (asked for on the next event-loop turn,
        never from inside a paint)."""
        img = THUMBS.get(att.sha256)
        if img is None and att.sha256 not in self._asked:
            self._asked.add(att.sha256)
            self._wanted.append(att)
            self._fetch_timer.start()
        return img

    def _fetch_wanted(self) -> None:
        wanted, self._wanted = self._wanted, []
        for att in wanted:
            data = DATA.get(att.sha256)
            if data is not None:
                self._make_thumbnail(att, data)
                continue
            aid = att.id
            self.runner.read(
                lambda s, aid=aid: log_service.attachment_data(s, aid),
                on_done=lambda res, att=att: self._got_data(att, res[0]),
                on_error=lambda _e, att=att: self._thumbnail_ready(att, QImage()),
                owner=self,
            )

    def _got_data(self, att: log_service.AttachmentView, data: bytes) -> None:
        DATA.put(att.sha256, data)
        self._make_thumbnail(att, data)

    def _make_thumbnail(self, att: log_service.AttachmentView, data: bytes) -> None:
        self.runner.background(
            lambda: thumbnail_image(data, TILE * 2),
            on_done=lambda img, att=att: self._thumbnail_ready(att, img if img is not None else QImage()),
            owner=self,
        )

    def _thumbnail_ready(self, att: log_service.AttachmentView, img: QImage) -> None:
        THUMBS.put(att.sha256, img)
        self.list.viewport().update()

    # ---------------------------------------------------------------- keyboard and mouse
    def eventFilter(self, obj, event) -> bool:
        # Widgets being destroyed (at shutdown) send events through here too: answer only the
        # few events handled, and never touch a C++ object that may already be gone.
        t = event.type()
        if t not in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.Resize):
            return False
        try:
            return self._filter(obj, event, t)
        except RuntimeError:  # "Internal C++ object already deleted"
            return False

    def _filter(self, obj, event, t) -> bool:
        if obj is self.list and t == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_attachments(self.selected_entry())
                return True  # never the dialog's default button
        elif obj is self.list.viewport() and t == QEvent.Type.MouseButtonDblClick:
            idx = self.list.indexAt(event.position().toPoint())
            if idx.isValid():
                hit = self.delegate.attachment_at(idx, self.list.visualRect(idx), event.position().toPoint())
                self.open_attachments(idx.data(ENTRY_ROLE), hit or 0)
                return True
        elif obj is self.list.viewport() and t == QEvent.Type.Resize:
            self.delegate.clear()
        return False


class AttachmentViewer(QDialog):
    """An entry's attachments one at a time: images full size (F fits them to the window),
    other files described, with "open with another app" and "save a copy"."""

    def __init__(self, runner, entry: log_service.EntryView, index: int = 0, parent=None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.entry = entry
        self.index = max(0, min(index, len(entry.attachments) - 1))
        self.image: QImage | None = None
        self.data: bytes | None = None
        self._sized = False

        self.title = QLabel()
        self.title.setObjectName("viewer_title")
        self.title.setStyleSheet("font-weight: 600;")
        self.picture = QLabel()
        self.picture.setObjectName("picture")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("viewer_scroll")
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll.setWidget(self.picture)
        self.scroll.setStyleSheet("QScrollArea { background: #37474f; }")
        self.status = QLabel()
        self.status.setObjectName("viewer_status")
        self.status.setWordWrap(True)
        self.errors = ErrorLabel()
        self.errors.setObjectName("viewer_errors")

        self.prev_button = QPushButton(self.tr("← Se&belumnya"))
        self.prev_button.clicked.connect(lambda: self.show_index(self.index - 1))
        self.next_button = QPushButton(self.tr("Berikut&nya →"))
        self.next_button.clicked.connect(lambda: self.show_index(self.index + 1))
        self.fit_button = QPushButton(self.tr("&Pas di layar (F)"))
        self.fit_button.setObjectName("fit_button")
        self.fit_button.setCheckable(True)
        self.fit_button.toggled.connect(lambda _on: self._show_picture())
        self.external_button = QPushButton(self.tr("Buka dengan &aplikasi lain"))
        self.external_button.setObjectName("external_button")
        self.external_button.clicked.connect(self.open_external)
        self.save_button = QPushButton(self.tr("&Simpan salinan… (Ctrl+S)"))
        self.save_button.setObjectName("save_copy_button")
        self.save_button.clicked.connect(self.save_copy)
        self.close_button = QPushButton(self.tr("&Tutup"))
        self.close_button.clicked.connect(self.reject)
        for b in (
            self.prev_button,
            self.next_button,
            self.fit_button,
            self.external_button,
            self.save_button,
        ):
            b.setAutoDefault(False)
        QShortcut(QKeySequence(Qt.Key.Key_Left), self, lambda: self.show_index(self.index - 1))
        QShortcut(QKeySequence(Qt.Key.Key_Right), self, lambda: self.show_index(self.index + 1))
        QShortcut(QKeySequence(Qt.Key.Key_PageUp), self, lambda: self.show_index(self.index - 1))
        QShortcut(QKeySequence(Qt.Key.Key_PageDown), self, lambda: self.show_index(self.index + 1))
        QShortcut(QKeySequence(Qt.Key.Key_F), self, self.fit_button.toggle)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save_copy)

        buttons = QHBoxLayout()
        for b in (self.prev_button, self.next_button, self.fit_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        for b in (self.external_button, self.save_button, self.close_button):
            buttons.addWidget(b)
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addWidget(self.scroll, 1)
        lay.addWidget(self.status)
        lay.addWidget(self.errors)
        lay.addLayout(buttons)
        self.resize(720, 560)
        self.show_index(self.index)
        self.scroll.setFocus()

    def attachment(self) -> log_service.AttachmentView:
        return self.entry.attachments[self.index]

    def show_index(self, index: int) -> None:
        if not 0 <= index < len(self.entry.attachments):
            return
        self.index = index
        att = self.attachment()
        n = len(self.entry.attachments)
        self.setWindowTitle(
            self.tr("Lampiran catatan #{id} — {name}").format(id=self.entry.id, name=att.filename)
        )
        self.title.setText(
            self.tr("{i} dari {n} · {name} · {kind} · {size}").format(
                i=index + 1, n=n, name=att.filename, kind=kind_label(att.mime), size=human_size(att.size)
            )
        )
        self.prev_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < n - 1)
        self.image, self.data = None, None
        self.picture.clear()
        self.picture.setText(self.tr("Memuat…"))
        self.picture.adjustSize()
        self.errors.show_message("")
        data = DATA.get(att.sha256)
        if data is not None:
            self._got(att, data)
            return
        self.runner.read(
            lambda s, aid=att.id: log_service.attachment_data(s, aid),
            on_done=lambda res, att=att: self._got(att, res[0]),
            on_error=lambda e: self.errors.show_message(i18n.error_text(e)),
            owner=self,
        )

    def _got(self, att: log_service.AttachmentView, data: bytes) -> None:
        DATA.put(att.sha256, data)
        if att is not self.attachment():
            return  # moved on to another one meanwhile
        self.data = data
        if att.mime in IMAGE_MIME:
            self.runner.background(
                lambda: QImage.fromData(data),
                on_done=lambda img, att=att: self._decoded(att, img),
                on_error=lambda e: self.errors.show_message(i18n.error_text(e)),
                owner=self,
            )
        else:
            hint = self.tr(
                "{kind} · {size}\n\nTekan Alt+A untuk membuka dengan aplikasi lain,\n"
                "atau Ctrl+S untuk menyimpan salinannya."
            )
            self.picture.setText(hint.format(kind=kind_label(att.mime), size=human_size(att.size)))
            self.picture.setStyleSheet("color: white; background: transparent; font-size: 15px;")
            self.picture.adjustSize()
            self.status.setText("")

    def _decoded(self, att: log_service.AttachmentView, img: QImage) -> None:
        if att is not self.attachment():
            return
        if img.isNull():
            self.picture.setText(
                self.tr("Gambar ini tidak bisa ditampilkan; simpan salinannya untuk dibuka.")
            )
            self.picture.adjustSize()
            return
        self.image = img
        if not self._sized:  # the first image decides the window size, within the screen
            self._sized = True
            screen = self.screen().availableGeometry() if self.screen() else QRect(0, 0, 1280, 720)
            w = min(max(self.width(), img.width() + 60), int(screen.width() * 0.9))
            h = min(max(self.height(), img.height() + 150), int(screen.height() * 0.9))
            self.resize(w, h)
        self._show_picture()

    def _show_picture(self) -> None:
        if self.image is None:
            return
        self.picture.setStyleSheet("background: transparent;")
        pm = QPixmap.fromImage(self.image)
        if self.fit_button.isChecked():
            pm = pm.scaled(
                self.scroll.viewport().size() - QSize(4, 4),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        self.picture.setPixmap(pm)
        self.picture.adjustSize()
        self.status.setText(
            self.tr("{w} × {h} piksel · {how}").format(
                w=self.image.width(),
                h=self.image.height(),
                how=self.tr("pas di layar") if self.fit_button.isChecked() else self.tr("ukuran asli"),
            )
        )

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.fit_button.isChecked():
            self._show_picture()

    # ---------------------------------------------------------------- files
    def save_copy(self) -> None:
        if self.data is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Simpan salinan lampiran"), self.attachment().filename
        )
        if path:
            self.save_to(path)

    def save_to(self, path: str) -> None:
        data = self.data
        if data is None:
            return
        self.runner.background(
            lambda: write_atomically(path, data),
            on_done=lambda p: self.status.setText(self.tr("Disimpan: {path}").format(path=p)),
            on_error=lambda e: self.errors.show_message(i18n.error_text(e)),
            owner=self,
        )

    def open_external(self) -> None:
        """Hand the file to the computer's own app (PDF reader, music player) via a copy in
        the temporary folder."""
        if self.data is None:
            return
        att, data = self.attachment(), self.data
        folder = Path(tempfile.gettempdir()) / "tokodesk-lampiran"

        def job():
            folder.mkdir(exist_ok=True)
            safe = "".join(ch if ch.isalnum() or ch in "._-" else "_" for ch in att.filename) or "lampiran"
            return write_atomically(folder / f"{att.sha256[:12]}-{safe}", data)

        self.runner.background(
            job,
            on_done=self._opened,
            on_error=lambda e: self.errors.show_message(i18n.error_text(e)),
            owner=self,
        )

    def _opened(self, path) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self.errors.show_message(
                self.tr("Tidak ada aplikasi untuk membuka berkas ini. Simpan salinannya (Ctrl+S) lalu buka.")
            )
        else:
            self.status.setText(self.tr("Dibuka: {path}").format(path=path))
