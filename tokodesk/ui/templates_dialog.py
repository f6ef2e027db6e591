"""The owner's message templates: one per event, edited with a live preview filled in for a
sample order.  Placeholders are inserted from a list; a template with an unknown placeholder
or an unpaired brace says why and is not saved."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from tokodesk.domain import messages
from tokodesk.domain.errors import InvalidInput
from tokodesk.domain.messages import MessageKind
from tokodesk.services import templates as templates_service
from tokodesk.services.context import local_today
from tokodesk.ui import widgets
from tokodesk.ui.i18n import error_text
from tokodesk.ui.signals import emit
from tokodesk.ui.widgets import ErrorLabel

ROLE = Qt.ItemDataRole.UserRole
PREVIEW_STYLE = "background: #dcf8c6; border-radius: 8px; padding: 10px; font-size: 13px;"


def kind_label(kind: MessageKind) -> str:
    return QCoreApplication.translate("labels", messages.KIND_LABELS[kind])


class PlaceholderList(QListWidget):
    """The placeholders, each ``{name} — what it stands for``; a click, Enter or Space picks one.

    Signals:
        chosen(str): the placeholder's name (without braces).
    """

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("placeholders")
        for name, description in messages.PLACEHOLDERS.items():
            meaning = QCoreApplication.translate("labels", description)
            item = QListWidgetItem(f"{{{name}}}  —  {meaning}")
            item.setData(ROLE, name)
            item.setToolTip(self.tr("Klik untuk menyisipkan {{{name}}} di posisi kursor").format(name=name))
            self.addItem(item)
        self.itemClicked.connect(lambda item: emit(self.chosen, item.data(ROLE)))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.currentItem():
            emit(self.chosen, self.currentItem().data(ROLE))
            return
        super().keyPressEvent(event)


class TemplatesDialog(QDialog):
    """Signals:
    saved(object): the ``MessageKind`` whose template was saved or reset.
    """

    saved = Signal(object)

    def __init__(self, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.today = local_today(runner.now())
        self.stored: dict[MessageKind, str] = {}
        self.defaults: dict[MessageKind, str] = dict(messages.DEFAULTS)  # in the shop's language once read
        self.samples: dict[MessageKind, dict[str, str]] = {}
        self.kind: MessageKind | None = None
        self.setWindowTitle(self.tr("Templat pesan ke pelanggan"))
        self.resize(1080, 660)

        self.kinds = QListWidget()
        self.kinds.setObjectName("kinds")
        for kind in MessageKind:
            item = QListWidgetItem(kind_label(kind))
            item.setData(ROLE, kind)
            self.kinds.addItem(item)
        self.kinds.setMinimumWidth(220)
        self.kinds.setSpacing(2)

        self.title = QLabel()
        self.title.setObjectName("title")
        self.title.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.state = QLabel()
        self.state.setObjectName("state")
        self.state.setStyleSheet("color: #546e7a;")
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("editor")
        self.editor.setTabChangesFocus(True)
        self.editor.setMinimumHeight(120)
        self.errors = ErrorLabel()
        self.errors.setObjectName("errors")

        self.placeholders = PlaceholderList()
        self.placeholders.chosen.connect(self.insert_placeholder)
        self.preview = QLabel()
        self.preview.setObjectName("preview")
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setWordWrap(True)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview.setStyleSheet(PREVIEW_STYLE)
        chat = QFrame()
        chat.setObjectName("chat")
        chat.setStyleSheet("QFrame#chat { background: #ece5dd; border-radius: 6px; }")
        chat_lay = QVBoxLayout(chat)
        chat_lay.addWidget(self.preview)
        chat_lay.addStretch(1)

        self.reset_button = QPushButton(self.tr("&Kembalikan ke bawaan"))
        self.reset_button.setObjectName("reset_button")
        self.reset_button.setAutoDefault(False)
        self.reset_button.clicked.connect(self.reset)
        buttons, self.save_button = widgets.save_cancel(
            self, self.tr("&Simpan pesan ini (Ctrl+S)"), self.tr("&Tutup"), self.save
        )

        editor_box = QVBoxLayout()
        editor_box.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.state)
        editor_box.addLayout(head)
        editor_box.addWidget(self.editor, 2)
        editor_box.addWidget(self.errors)
        lower = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("<b>Isian</b> — klik untuk menyisipkan di posisi kursor")))
        left.addWidget(self.placeholders)
        right = QVBoxLayout()
        self.preview_caption = QLabel()
        self.preview_caption.setWordWrap(True)
        right.addWidget(self.preview_caption)
        right.addWidget(chat, 1)
        lower.addLayout(left, 1)
        lower.addLayout(right, 1)
        editor_box.addLayout(lower, 3)
        right_panel = QWidget()
        right_panel.setLayout(editor_box)

        split = QSplitter()
        split.setChildrenCollapsible(False)
        split.addWidget(self.kinds)
        split.addWidget(right_panel)
        split.setStretchFactor(1, 1)
        split.setSizes([240, 820])

        bottom = QHBoxLayout()
        bottom.addWidget(self.reset_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        lay = QVBoxLayout(self)
        lay.addWidget(
            QLabel(
                self.tr(
                    "Pesan yang dikirim ke pelanggan untuk setiap kejadian. Isian dalam kurung kurawal, "
                    "misalnya {nama} atau {tanggal_ambil}, diganti otomatis dengan data pesanan."
                )
            )
        )
        lay.addWidget(split, 1)
        lay.addLayout(bottom)

        self.editor.textChanged.connect(self.refresh)
        self.kinds.currentRowChanged.connect(self._kind_changed)
        self.save_button.setEnabled(False)
        self.reset_button.setEnabled(False)
        today = self.today
        self.runner.read(
            lambda s: (
                templates_service.templates(s),
                {k: templates_service.sample_values(s, today, k) for k in MessageKind},
                templates_service.defaults(s),
            ),
            on_done=self._show,
            owner=self,
        )

    # ----------------------------------------------------------------- showing

    def _show(self, loaded) -> None:
        self.stored, self.samples, self.defaults = loaded
        for i in range(self.kinds.count()):
            self._label_item(self.kinds.item(i))
        self.kinds.setCurrentRow(0)
        self.kinds.setFocus()

    def _label_item(self, item: QListWidgetItem) -> None:
        kind = MessageKind(item.data(ROLE))
        custom = self.stored.get(kind, self.defaults[kind]) != self.defaults[kind]
        item.setText(kind_label(kind) + (self.tr(" (diubah)") if custom else ""))

    def select(self, kind: MessageKind) -> bool:
        """Show ``kind`` (after asking when the current one has unsaved edits)."""
        self.kinds.setCurrentRow(self._row_of(kind))
        return self.kind == kind

    def _row_of(self, kind: MessageKind | None) -> int:
        return next((i for i in range(self.kinds.count()) if self.kinds.item(i).data(ROLE) == kind), -1)

    def _kind_changed(self, row: int) -> None:
        if row < 0 or not self.stored:
            return
        kind = MessageKind(self.kinds.item(row).data(ROLE))
        if kind == self.kind:
            return
        if self.dirty and not self._discard_ok():
            self.kinds.blockSignals(True)
            self.kinds.setCurrentRow(self._row_of(self.kind))
            self.kinds.blockSignals(False)
            return
        self._load(kind)

    def _load(self, kind: MessageKind) -> None:
        self.kind = kind
        self.title.setText(kind_label(kind))
        self.preview_caption.setText(
            self.tr("<b>Pratinjau</b> — contoh pesanan {name} ({code})").format(
                name=self.samples[kind]["nama"], code=self.samples[kind]["kode"]
            )
        )
        self.editor.blockSignals(True)
        self.editor.setPlainText(self.stored[kind])
        self.editor.blockSignals(False)
        widgets.mark_invalid(self.editor, False)
        self.save_button.setEnabled(True)
        self.reset_button.setEnabled(True)
        self.refresh()

    @property
    def dirty(self) -> bool:
        """The text in the editor differs from the one stored for the kind shown."""
        if self.kind is None:
            return False
        return self.editor.toPlainText().strip() != self.stored[self.kind].strip()

    def _discard_ok(self) -> bool:
        assert self.kind is not None
        return widgets.confirm(
            self,
            self.tr("Perubahan belum disimpan"),
            self.tr("Pesan «{kind}» sudah diubah tetapi belum disimpan. Buang perubahannya?").format(
                kind=kind_label(self.kind)
            ),
            self.tr("Buang perubahan"),
            self.tr("Kembali mengedit"),
        )

    def refresh(self) -> None:
        """Follow the editor: the preview for a good template, the reason for a bad one."""
        if self.kind is None:
            return
        text = self.editor.toPlainText()
        try:
            clean = messages.check_template(text)
        except InvalidInput as e:
            self.errors.show_message(error_text(e))
            self.preview.setText(self.tr("(pratinjau muncul lagi setelah isi pesan diperbaiki)"))
            self.preview.setStyleSheet(PREVIEW_STYLE + "color: #757575; font-style: italic;")
        else:
            self.errors.show_message("")
            widgets.mark_invalid(self.editor, False)
            self.preview.setText(messages.render(clean, self.samples[self.kind]))
            self.preview.setStyleSheet(PREVIEW_STYLE + "color: #111111;")
        self.state.setStyleSheet("color: #e65100; font-weight: 600;" if self.dirty else "color: #546e7a;")
        if self.dirty:
            self.state.setText(self.tr("Belum disimpan"))
        elif self.stored[self.kind] == self.defaults[self.kind]:
            self.state.setText(self.tr("Teks bawaan"))
        else:
            self.state.setText(self.tr("Tersimpan (teks Anda sendiri)"))

    def insert_placeholder(self, name: str) -> None:
        if self.kind is None:
            return
        self.editor.insertPlainText("{" + name + "}")
        self.editor.setFocus()

    # ----------------------------------------------------------------- writing

    def save(self) -> None:
        if self.kind is None or not self.save_button.isEnabled():
            return
        kind, text = self.kind, self.editor.toPlainText()
        actor, now = self.runner.actor, self.runner.now()
        self.save_button.setEnabled(False)
        self.runner.run(
            lambda s: templates_service.save_template(s, kind, text, actor=actor, now=now),
            on_done=lambda _changes: self._stored(kind, messages.check_template(text)),
            on_error=self._failed,
            owner=self,
        )

    def reset(self) -> None:
        if self.kind is None:
            return
        kind = self.kind
        default = self.defaults[kind]
        if self.editor.toPlainText().strip() != default and not widgets.confirm(
            self,
            self.tr("Kembalikan ke teks bawaan"),
            self.tr("Ganti pesan «{kind}» dengan teks bawaan? Teks yang sekarang akan hilang.").format(
                kind=kind_label(kind)
            ),
            self.tr("Kembalikan"),
            self.tr("Batal"),
        ):
            return
        actor, now = self.runner.actor, self.runner.now()
        self.runner.run(
            lambda s: templates_service.reset_template(s, kind, actor=actor, now=now),
            on_done=lambda _changes: self._stored(kind, default, reload=True),
            on_error=self._failed,
            owner=self,
        )

    def _stored(self, kind: MessageKind, text: str, *, reload: bool = False) -> None:
        self.stored[kind] = text
        self._label_item(self.kinds.item(self._row_of(kind)))
        self.save_button.setEnabled(True)
        if self.kind == kind:
            if reload:
                self._load(kind)
            else:
                self.refresh()
            self.state.setText(self.tr("Tersimpan"))
        emit(self.saved, kind)

    def _failed(self, err: Exception) -> None:
        self.save_button.setEnabled(True)
        widgets.show_errors(err, self.errors, {"template": self.editor})

    def reject(self) -> None:
        if self.dirty and not self._discard_ok():
            return
        super().reject()
