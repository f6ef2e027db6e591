"""One customer's whole communication log in its own window, with a new entry (Ctrl+L) and
corrections.  Opened from the customers page ("Catatan komunikasi", Alt+K)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from tokodesk.domain.phone import format_phone
from tokodesk.ui.log_view import LogView
from tokodesk.ui.quick_log import LogTarget


class CustomerLogDialog(QDialog):
    def __init__(self, runner, target: LogTarget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.target = target
        self.setWindowTitle(self.tr("Catatan komunikasi — {name}").format(name=target.customer_name))
        self.resize(860, 700)

        self.title = QLabel()
        self.title.setObjectName("title")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setStyleSheet("font-size: 17px; font-weight: 700;")
        self.title.setText(
            target.customer_name
            + (f" · {format_phone(target.customer_phone)}" if target.customer_phone else "")
        )
        self.hint = QLabel(
            self.tr(
                "Catatan tidak pernah diubah atau dihapus; salah catat diperbaiki dengan koreksi, "
                "dan keduanya tetap terlihat."
            )
        )
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #616161;")
        self.log_view = LogView(runner, self)
        self.log_view.set_target(target)
        QShortcut(QKeySequence("Ctrl+L"), self, self.log_view.new_entry)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close_button = close.button(QDialogButtonBox.StandardButton.Close)
        close_button.setText(self.tr("&Tutup"))
        close_button.setAutoDefault(False)
        close.rejected.connect(self.reject)

        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addWidget(self.hint)
        lay.addWidget(self.log_view, 1)
        lay.addWidget(close)
        self.log_view.list.setFocus()
