"""The quick-log form: a chat, a call or a note written into a customer's log in a few
keystrokes — Ctrl+L, type, Ctrl+S.

It opens pre-filled with the customer (and order) in view, or asks for the customer with a
search-as-you-type field.  Attachments come from the clipboard (Ctrl+V: a screenshot is
kept as PNG, copied files are read), from files dropped onto the form, or from a file
picker (Ctrl+O); Delete removes the selected one.  Each attachment is checked by the log
service as soon as it arrives (too large, a type the log does not keep) and again when the
entry is saved; a refusal is shown in the form, which stays open, and nothing is written.

The same form writes a correction: a new entry pointing at the one it corrects, which
stays as it was.
"""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QIODevice,
    QSize,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QImage, QKeySequence, QPainter, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tokodesk.domain.dates import format_date, format_datetime
from tokodesk.domain.errors import FieldError, InvalidInput
from tokodesk.domain.log import IMAGE_MIME, Channel, Direction, sniff_mime
from tokodesk.domain.phone import format_phone
from tokodesk.services import log as log_service
from tokodesk.services import orders as order_service
from tokodesk.services import settings
from tokodesk.ui import i18n, widgets
from tokodesk.ui.customer_picker import CustomerPicker
from tokodesk.ui.signals import emit
from tokodesk.ui.widgets import ErrorLabel, mark_invalid

ORDER_CHOICES = 40
DATETIME_FORMAT = "d MMM yyyy HH.mm"
# Above the largest limit the owner can set (log.max_attachment_mb ≤ 500): refused without
# reading the file into memory.
HARD_CAP = 500 * 1024 * 1024
THUMB = QSize(88, 88)
FILE_FILTER_EXTS = "*.png *.jpg *.jpeg *.gif *.webp *.pdf *.opus *.ogg *.mp3 *.m4a *.amr *.wav *.mp4"


@dataclass(frozen=True)
class LogTarget:
    """Whose log an entry goes into, and the order it is about (if any)."""

    customer_id: int
    customer_name: str
    customer_phone: str = ""
    order_id: int | None = None
    order_code: str | None = None


@dataclass(frozen=True)
class Pending:
    """An attachment waiting in the form: its content and a thumbnail for images."""

    file: log_service.FileInput
    mime: str
    thumb: QImage | None


# ---------------------------------------------------------------- helpers shared with the log view
def png_bytes(image: QImage) -> bytes:
    """A clipboard image as PNG (lossless, what a screenshot is)."""
    buf = QBuffer()
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    data = bytes(buf.data())
    buf.close()
    return data


def thumbnail_image(data: bytes, size: QSize) -> QImage | None:
    """A small copy of an image file, or None when it cannot be decoded.  QImage works off the
    UI thread, so this runs on the worker."""
    img = QImage.fromData(QByteArray(data))
    if img.isNull():
        return None
    return img.scaled(size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)


def human_size(n: int) -> str:
    """``1,4 MB`` / ``120 KB`` (Indonesian decimal comma)."""
    if n >= 1024 * 1024:
        return f"{n / 1024 / 1024:.1f} MB".replace(".", ",")
    return f"{max(1, round(n / 1024))} KB"


def kind_label(mime: str) -> str:
    """The short word shown in place of a thumbnail for a file that is not an image."""
    if mime == "application/pdf":
        return QCoreApplication.translate("attachments", "PDF")
    if mime.startswith("audio/"):
        return QCoreApplication.translate("attachments", "Suara")
    if mime.startswith("video/"):
        return QCoreApplication.translate("attachments", "Video")
    if mime.startswith("image/"):
        return QCoreApplication.translate("attachments", "Gambar")
    return QCoreApplication.translate("attachments", "Berkas")


def kind_pixmap(mime: str, size: QSize) -> QPixmap:
    """A plain tile with the file's kind written on it, for lists of attachments."""
    pm = QPixmap(size)
    pm.fill(QColor("#eceff1"))
    p = QPainter(pm)
    p.setPen(QColor("#455a64"))
    f = QFont(p.font())
    f.setBold(True)
    f.setPointSizeF(max(8.0, f.pointSizeF() * 1.2))
    p.setFont(f)
    p.drawText(pm.rect(), Qt.AlignmentFlag.AlignCenter, kind_label(mime))
    p.end()
    return pm


def local_qdatetime(t: dt.datetime) -> QDateTime:
    """An aware time as the shop's clock shows it, to the minute."""
    local = t.astimezone()
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))


def _read_files(paths: list[str]) -> tuple[list[Pending], list[tuple[str, int | None, str]]]:
    """Read files for attaching (on the worker): the ones read, and (name, size, reason) of
    the ones that could not be (too large to even read, or unreadable)."""
    read: list[Pending] = []
    problems: list[tuple[str, int | None, str]] = []
    for p in paths:
        path = Path(p)
        try:
            size = path.stat().st_size
            if size > HARD_CAP:
                problems.append((path.name, size, ""))
                continue
            data = path.read_bytes()
        except OSError as e:
            problems.append((path.name, None, e.strerror or str(e)))
            continue
        mime = sniff_mime(data) or ""
        thumb = thumbnail_image(data, THUMB * 2) if mime in IMAGE_MIME else None
        read.append(Pending(log_service.FileInput(path.name, data), mime, thumb))
    return read, problems


def _image_file(image: QImage, name: str) -> Pending:
    data = png_bytes(image)
    thumb = image.scaled(
        THUMB * 2, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
    return Pending(log_service.FileInput(name, data), "image/png", thumb)


def _customer_orders(session, phone: str) -> list[order_service.OrderRow]:
    """The customer's recent orders, newest first (found through their phone)."""
    ids = order_service.order_ids(session, query=phone, limit=ORDER_CHOICES * 2)
    rows = order_service.order_rows(session, ids)
    return [rows[i] for i in ids if i in rows and rows[i].customer_phone == phone][:ORDER_CHOICES]


class QuickLogDialog(QDialog):
    """Signals:
    saved(int): the new entry's id, after the transaction committed.
    """

    saved = Signal(int)

    def __init__(
        self,
        runner,
        parent: QWidget | None = None,
        *,
        target: LogTarget | None = None,
        corrects: log_service.EntryView | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.corrects = corrects
        self.target: LogTarget | None = None
        self.pending: list[Pending] = []
        self._preparing = 0  # attachments being read or checked on the worker
        self._save_when_ready = False
        self._done = False
        self._paste_count = 0
        if corrects is not None:
            self.setWindowTitle(self.tr("Koreksi catatan #{id}").format(id=corrects.id))
        else:
            self.setWindowTitle(self.tr("Catat komunikasi"))
        self.setMinimumWidth(640)
        self.setAcceptDrops(True)

        # ---- customer: a fixed label, or a search field
        self.customer_label = QLabel()
        self.customer_label.setObjectName("customer_label")
        self.customer_label.setTextFormat(Qt.TextFormat.RichText)
        self.customer_label.setWordWrap(True)
        self.change_customer = QPushButton(self.tr("&Ganti pelanggan"))
        self.change_customer.setObjectName("change_customer")
        self.change_customer.clicked.connect(self._search_mode)
        self.picker = CustomerPicker(runner, self, list_height=130)
        self.customer_search, self.customer_results = self.picker.search, self.picker.results
        self.picker.picked.connect(self._picked)
        fixed_row = QHBoxLayout()
        fixed_row.setContentsMargins(0, 0, 0, 0)
        fixed_row.addWidget(self.customer_label, 1)
        fixed_row.addWidget(self.change_customer)
        self.customer_fixed = QWidget()
        self.customer_fixed.setLayout(fixed_row)
        customer_box = QVBoxLayout()
        customer_box.setContentsMargins(0, 0, 0, 0)
        customer_box.addWidget(self.customer_fixed)
        customer_box.addWidget(self.customer_search)
        customer_box.addWidget(self.customer_results)

        # ---- order, channel, direction, time
        self.order = QComboBox()
        self.order.setObjectName("order")
        self.order.addItem(self.tr("— tidak terkait pesanan —"), None)
        self.channel = QComboBox()
        self.channel.setObjectName("channel")
        for c in Channel:
            self.channel.addItem(i18n.channel_label(c), c)
        self.direction = QComboBox()
        self.direction.setObjectName("direction")
        for d in Direction:
            self.direction.addItem(i18n.direction_label(d), d)
        self.when = QDateTimeEdit()
        self.when.setObjectName("when")
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(DATETIME_FORMAT)
        now = runner.now()
        if corrects is not None:
            self._when_exact: dt.datetime | None = corrects.happened_at
        else:
            self._when_exact = None  # untouched: the moment of saving
        self._when_initial = local_qdatetime(self._when_exact or now)
        self.when.setDateTime(self._when_initial)
        how = QHBoxLayout()
        how.setContentsMargins(0, 0, 0, 0)
        how.addWidget(self.channel, 1)
        direction_label = QLabel(self.tr("A&rah"))
        direction_label.setBuddy(self.direction)
        how.addWidget(direction_label)
        how.addWidget(self.direction, 1)

        # ---- text
        self.text = QPlainTextEdit()
        self.text.setObjectName("text")
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr("Isi chat, ringkasan telepon, atau catatan…"))
        self.text.setMinimumHeight(96)

        # ---- attachments
        self.attachments = QListWidget()
        self.attachments.setObjectName("attachments")
        self.attachments.setViewMode(QListView.ViewMode.IconMode)
        self.attachments.setFlow(QListView.Flow.LeftToRight)
        self.attachments.setWrapping(False)
        self.attachments.setMovement(QListView.Movement.Static)
        self.attachments.setIconSize(THUMB)
        self.attachments.setGridSize(QSize(THUMB.width() + 48, THUMB.height() + 40))
        self.attachments.setFixedHeight(THUMB.height() + 64)
        self.attachments.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.attachments.setWordWrap(True)
        self.attachments.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.attachments.setAccessibleName(self.tr("Lampiran"))
        self.attach_button = QPushButton(self.tr("Pilih &berkas… (Ctrl+O)"))
        self.attach_button.setObjectName("attach_button")
        self.attach_button.clicked.connect(self.pick_files)
        self.paste_button = QPushButton(self.tr("&Tempel (Ctrl+V)"))
        self.paste_button.setObjectName("paste_button")
        self.paste_button.clicked.connect(self.paste_clipboard)
        self.remove_button = QPushButton(self.tr("&Hapus lampiran (Del)"))
        self.remove_button.setObjectName("remove_button")
        self.remove_button.clicked.connect(self.remove_selected_attachment)
        self.remove_button.setEnabled(False)
        self.attach_hint = QLabel(
            self.tr("Tempel tangkapan layar dengan Ctrl+V, atau seret foto/berkas ke jendela ini.")
        )
        self.attach_hint.setObjectName("attach_hint")
        self.attach_hint.setWordWrap(True)
        self.attach_hint.setStyleSheet("color: #616161;")
        att_buttons = QHBoxLayout()
        att_buttons.setContentsMargins(0, 0, 0, 0)
        att_buttons.addWidget(self.attach_button)
        att_buttons.addWidget(self.paste_button)
        att_buttons.addWidget(self.remove_button)
        att_buttons.addStretch(1)
        att_box = QVBoxLayout()
        att_box.setContentsMargins(0, 0, 0, 0)
        att_box.addWidget(self.attachments)
        att_box.addLayout(att_buttons)
        att_box.addWidget(self.attach_hint)

        # ---- correction notice
        self.corrects_label = QLabel()
        self.corrects_label.setObjectName("corrects_label")
        self.corrects_label.setWordWrap(True)
        self.corrects_label.setTextFormat(Qt.TextFormat.RichText)
        self.corrects_label.setStyleSheet(
            "background: #fff3e0; color: #4e342e; padding: 6px; border-radius: 4px;"
        )
        self.corrects_label.setVisible(corrects is not None)

        form = QFormLayout()
        customer_caption = QLabel(self.tr("&Pelanggan"))
        customer_caption.setBuddy(self.customer_search)
        self._customer_caption = customer_caption
        form.addRow(customer_caption, customer_box)
        form.addRow(self._label(self.tr("Pes&anan"), self.order), self.order)
        form.addRow(self._label(self.tr("&Saluran"), self.channel), how)
        form.addRow(self._label(self.tr("&Waktu kejadian"), self.when), self.when)
        form.addRow(self._label(self.tr("&Isi"), self.text), self.text)
        form.addRow(self._label(self.tr("Lampira&n"), self.attachments), att_box)

        self.errors = ErrorLabel()
        self.errors.setObjectName("errors")
        buttons, self.save_button = widgets.save_cancel(
            self, self.tr("Simpan catatan (Ctrl+S)"), self.tr("Batal"), self.save
        )
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save)
        QShortcut(QKeySequence("Ctrl+O"), self, self.pick_files)

        lay = QVBoxLayout(self)
        lay.addWidget(self.corrects_label)
        lay.addLayout(form)
        lay.addWidget(self.errors)
        lay.addWidget(buttons)

        # every part of the form takes a paste or a drop of a screenshot or a file
        for w in self.findChildren(QWidget):
            w.installEventFilter(self)

        if corrects is not None:
            self._prefill_correction(corrects)
        if target is not None:
            self.set_target(target)
            self.change_customer.setVisible(corrects is None)
            self.text.setFocus()
        else:
            self._search_mode()
        self.runner.read(
            lambda s: settings.get(s, "log.max_attachment_mb"), on_done=self._got_limit, owner=self
        )

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _got_limit(self, mb: int) -> None:
        self.attach_hint.setText(
            self.tr(
                "Tempel tangkapan layar dengan Ctrl+V, atau seret foto/berkas ke jendela ini. "
                "Ukuran terbesar {mb} MB per berkas."
            ).format(mb=mb)
        )

    def _prefill_correction(self, e: log_service.EntryView) -> None:
        self.channel.setCurrentIndex(max(0, self.channel.findData(e.channel)))
        self.direction.setCurrentIndex(max(0, self.direction.findData(e.direction)))
        self.text.setPlainText(e.text)
        self.text.selectAll()
        snippet = e.text if len(e.text) <= 160 else e.text[:160] + "…"
        self.corrects_label.setText(
            self.tr(
                "Koreksi untuk catatan <b>#{id}</b> ({when}, {channel}). Catatan lama tetap tersimpan "
                "apa adanya; koreksi ini dicatat sebagai catatan baru yang menunjuk ke #{id}."
            ).format(id=e.id, when=format_datetime(e.happened_at), channel=i18n.channel_label(e.channel))
            + (f"<br><i>«{html.escape(snippet)}»</i>" if snippet else "")
        )

    # ---------------------------------------------------------------- customer
    def set_target(self, target: LogTarget) -> None:
        """Fix the customer (and order) the entry is for."""
        changed = self.target is None or self.target.customer_id != target.customer_id
        self.target = target
        self.customer_label.setText(
            f"<b>{html.escape(target.customer_name)}</b>"
            + (f" · {format_phone(target.customer_phone)}" if target.customer_phone else "")
        )
        self.customer_fixed.show()
        self.customer_search.hide()
        self.customer_results.hide()
        self._customer_caption.setBuddy(self.change_customer)
        mark_invalid(self.customer_search, False)
        if changed:
            self.order.clear()
            self.order.addItem(self.tr("— tidak terkait pesanan —"), None)
            if target.order_id is not None:
                self.order.addItem(target.order_code or f"#{target.order_id}", target.order_id)
                self.order.setCurrentIndex(1)
            if target.customer_phone:
                phone = target.customer_phone
                self.runner.read(lambda s: _customer_orders(s, phone), on_done=self._got_orders, owner=self)

    def _got_orders(self, rows: list[order_service.OrderRow]) -> None:
        keep = self.order.currentData()
        self.order.clear()
        self.order.addItem(self.tr("— tidak terkait pesanan —"), None)
        for r in rows:
            self.order.addItem(
                self.tr("{code} · {status} · ambil {pickup}").format(
                    code=r.code, status=i18n.status_label(r.status), pickup=format_date(r.pickup_date)
                ),
                r.id,
            )
        if keep is not None and self.order.findData(keep) < 0 and self.target is not None:
            self.order.addItem(self.target.order_code or f"#{keep}", keep)
        self.order.setCurrentIndex(max(0, self.order.findData(keep)) if keep is not None else 0)

    def _search_mode(self) -> None:
        self.target = None
        self.customer_fixed.hide()
        self.customer_search.show()
        self.customer_search.clear()
        self._customer_caption.setBuddy(self.customer_search)
        self.order.clear()
        self.order.addItem(self.tr("— tidak terkait pesanan —"), None)
        self.customer_search.setFocus()

    def _picked(self, row) -> None:
        self.set_target(LogTarget(row.id, row.name, row.phone))
        self.text.setFocus()

    # ---------------------------------------------------------------- attachments
    @staticmethod
    def _attachable(mime) -> bool:
        return mime is not None and (mime.hasImage() or any(u.isLocalFile() for u in mime.urls()))

    def attach_mime(self, mime) -> bool:
        """Attach what the clipboard or a drop carries: files first (their own bytes and
        names), else an image (kept as PNG).  False when there is nothing to attach."""
        paths = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()] if mime.hasUrls() else []
        if paths:
            self.attach_paths(paths)
            return True
        if mime.hasImage():
            img = mime.imageData()
            if isinstance(img, QPixmap):
                img = img.toImage()
            if isinstance(img, QImage) and not img.isNull():
                self.attach_image(img)
                return True
        return False

    def paste_clipboard(self) -> None:
        if not self.attach_mime(QApplication.clipboard().mimeData()):
            self.errors.show_message(self.tr("Papan klip tidak berisi gambar atau berkas untuk dilampirkan."))

    def attach_image(self, image: QImage) -> None:
        self._paste_count += 1
        stamp = self.runner.now().astimezone().strftime("%Y%m%d-%H%M%S")
        name = f"tempel-{stamp}" + (f"-{self._paste_count}" if self._paste_count > 1 else "") + ".png"
        img = image.copy()
        self._begin_prepare()
        self.runner.background(
            lambda: ([_image_file(img, name)], []),
            on_done=self._prepared,
            on_error=self._prepare_failed,
            owner=self,
        )

    def attach_paths(self, paths: list[str]) -> None:
        self._begin_prepare()
        self.runner.background(
            lambda: _read_files(paths), on_done=self._prepared, on_error=self._prepare_failed, owner=self
        )

    def pick_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Pilih berkas untuk dilampirkan"),
            "",
            self.tr("Gambar, PDF, suara, video ({exts});;Semua berkas (*)").format(exts=FILE_FILTER_EXTS),
        )
        if paths:
            self.attach_paths(paths)

    def _begin_prepare(self) -> None:
        self._preparing += 1
        self.errors.show_message("")
        mark_invalid(self.attachments, False)

    def _prepared(self, res: tuple[list[Pending], list[tuple[str, int | None, str]]]) -> None:
        files, problems = res
        base = len(self.pending)
        errors = []
        for i, (name, size, reason) in enumerate(problems):
            text = (
                self.tr("Berkas «{name}» tidak bisa dibaca: {reason}").format(name=name, reason=reason)
                if reason
                else self.tr("Berkas «{name}» terlalu besar untuk dilampirkan ({size})").format(
                    name=name, size=human_size(size or 0)
                )
            )
            errors.append(FieldError(f"attachments.{base + len(files) + i}", text))

        def check(s):  # the log service's own rules: size limit, kinds of file it keeps
            ok, refused = [], list(errors)
            for i, p in enumerate(files):
                try:
                    log_service.check_file(s, p.file, base + i)
                    ok.append(p)
                except InvalidInput as e:
                    refused.extend(e.errors)
            return ok, refused

        self.runner.read(check, on_done=self._checked, on_error=self._prepare_failed, owner=self)

    def _checked(self, res: tuple[list[Pending], list[FieldError]]) -> None:
        ok, refused = res
        self.pending.extend(ok)
        self._refresh_attachments(select=len(self.pending) - 1 if ok else None)
        if refused:
            self._show_error(InvalidInput(refused))
        self._end_prepare()

    def _prepare_failed(self, err: Exception) -> None:
        self._show_error(err)
        self._end_prepare()

    def _end_prepare(self) -> None:
        self._preparing = max(0, self._preparing - 1)
        if not self._preparing and self._save_when_ready:
            self._save_when_ready = False
            if not self.errors.text():
                self.save()

    def _refresh_attachments(self, select: int | None = None) -> None:
        self.attachments.clear()
        for p in self.pending:
            icon = QPixmap.fromImage(p.thumb) if p.thumb is not None else kind_pixmap(p.mime, THUMB)
            item = QListWidgetItem(icon, f"{p.file.filename}\n{human_size(len(p.file.data))}")
            item.setToolTip(f"{p.file.filename} · {human_size(len(p.file.data))}")
            self.attachments.addItem(item)
        if select is not None and 0 <= select < self.attachments.count():
            self.attachments.setCurrentRow(select)
        self.remove_button.setEnabled(bool(self.pending))

    def remove_selected_attachment(self) -> None:
        r = self.attachments.currentRow()
        if 0 <= r < len(self.pending):
            del self.pending[r]
            self._refresh_attachments(select=min(r, len(self.pending) - 1))
            if not self.pending:
                self.text.setFocus()

    # ---------------------------------------------------------------- saving
    def _happened_at(self, now: dt.datetime) -> dt.datetime:
        if self.when.dateTime() == self._when_initial:
            return self._when_exact or now  # untouched: keep the exact time, seconds included
        return self.when.dateTime().toPython().astimezone()  # the machine's local time

    def _fields(self, err: Exception) -> dict[str, QWidget]:
        fields: dict[str, QWidget] = {
            "customer": self.customer_search,
            "order": self.order,
            "text": self.text,
            "happened_at": self.when,
            "corrects": self.text,
        }
        if isinstance(err, InvalidInput):
            for e in err.errors:
                if e.field.startswith("attachments"):
                    fields[e.field] = self.attachments
        return fields

    def _show_error(self, err: Exception) -> None:
        widgets.show_errors(err, self.errors, self._fields(err))

    def save(self) -> None:
        if not self.save_button.isEnabled() or self._done:
            return  # a save is already on its way: a second Ctrl+S must not save twice
        if self._preparing:  # Ctrl+V then Ctrl+S at once: save when the attachment is ready
            self._save_when_ready = True
            return
        if self.target is None:
            mark_invalid(self.customer_search, True)
            self.errors.show_message(self.tr("Pilih pelanggan dulu (ketik nama atau No. HP, lalu Enter)"))
            self.customer_search.setFocus()
            return
        actor, now = self.runner.actor, self.runner.now()
        data = log_service.LogInput(
            customer_id=self.target.customer_id,
            channel=Channel(self.channel.currentData()),
            direction=Direction(self.direction.currentData()),
            text=self.text.toPlainText(),
            order_id=self.order.currentData(),
            happened_at=self._happened_at(now),
            attachments=[p.file for p in self.pending],
            corrects_id=self.corrects.id if self.corrects else None,
        )
        self.save_button.setEnabled(False)
        self.runner.run(
            lambda s: log_service.add_entry(s, data, actor=actor, now=now),
            on_done=self._saved,
            on_error=self._failed,
            owner=self,
        )

    def _saved(self, res) -> None:
        entry_id, _changes = res
        self._done = True
        emit(self.saved, entry_id)
        self.accept()

    def _failed(self, err: Exception) -> None:
        self.save_button.setEnabled(True)
        self._show_error(err)

    def is_dirty(self) -> bool:
        if self.corrects is not None:
            return self.text.toPlainText() != self.corrects.text or bool(self.pending)
        return bool(self.text.toPlainText().strip() or self.pending)

    def reject(self) -> None:
        """Escape must not lose a typed note or a pasted screenshot without asking."""
        if (
            not self._done
            and self.is_dirty()
            and not widgets.confirm(
                self,
                self.tr("Buang catatan?"),
                self.tr("Isi dan lampiran yang belum disimpan akan dibuang."),
                self.tr("Buang"),
                self.tr("Kembali mengisi"),
            )
        ):
            return
        super().reject()

    # ---------------------------------------------------------------- keyboard, paste, drop
    def eventFilter(self, obj, event) -> bool:
        t = event.type()
        if t in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            if event.matches(QKeySequence.StandardKey.Paste) and self._attachable(
                QApplication.clipboard().mimeData()
            ):
                # a screenshot or copied files: attach them, wherever the focus is
                event.accept()
                if t == QEvent.Type.KeyPress:
                    self.paste_clipboard()
                return True
            if t == QEvent.Type.KeyPress:
                key = event.key()
                if obj is self.attachments and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                    self.remove_selected_attachment()
                    return True
        elif t in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if self._attachable(event.mimeData()):
                event.acceptProposedAction()
                return True
        elif t == QEvent.Type.Drop and self._attachable(event.mimeData()):
            self.attach_mime(event.mimeData())
            event.acceptProposedAction()
            return True
        return False  # never the base class: a widget being destroyed may be passing by

    def event(self, event) -> bool:
        if (
            event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)
            and event.matches(QKeySequence.StandardKey.Paste)
            and self._attachable(QApplication.clipboard().mimeData())
        ):
            event.accept()
            if event.type() == QEvent.Type.KeyPress:
                self.paste_clipboard()
            return True
        return super().event(event)

    def dragEnterEvent(self, event) -> None:
        if self._attachable(event.mimeData()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:
        if self._attachable(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        if self.attach_mime(event.mimeData()):
            event.acceptProposedAction()

    def keyPressEvent(self, event) -> None:
        # Enter never closes the form by accident (Enter in the text is a new line); Esc cancels.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.focusWidget() is self.customer_results and self.customer_results.currentItem():
                self.picker.pick_current()
            return
        super().keyPressEvent(event)
