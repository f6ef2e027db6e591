"""Choosing a customer by typing part of the name or phone: the search field and its list
of matches, shared by every form that needs a customer (new order, quick log).

Keyboard: type, Enter picks the best match (running the search at once if it has not run
yet), Down moves into the list, Enter there picks the highlighted one.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QWidget

from tokodesk.domain.phone import format_phone
from tokodesk.services import customers as customer_service
from tokodesk.ui.signals import emit

SEARCH_LIMIT = 8
SEARCH_DELAY_MS = 150


class CustomerPicker(QObject):
    """Signals:
    picked(object): the ``CustomerRow`` chosen.
    edited(): the search text was changed by the user (a chosen customer no longer holds).
    """

    picked = Signal(object)
    edited = Signal()

    def __init__(self, runner, parent: QWidget, *, empty_text: str = "", list_height: int = 150) -> None:
        super().__init__(parent)
        self.runner = runner
        self.empty_text = empty_text
        self.search = QLineEdit(parent)
        self.search.setObjectName("customer_search")
        self.search.setPlaceholderText(self.tr("Ketik nama atau No. HP pelanggan, lalu Enter"))
        self.results = QListWidget(parent)
        self.results.setObjectName("customer_results")
        self.results.setMaximumHeight(list_height)
        self.results.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search.textEdited.connect(self._edited)
        self.search.returnPressed.connect(self.pick_best)
        self.results.itemActivated.connect(self._pick_item)
        self.search.installEventFilter(self)

    def _edited(self, _text: str) -> None:
        emit(self.edited)
        self._timer.start()

    def run_search(self, then=None) -> None:
        self._timer.stop()
        q = self.search.text()
        if not q.strip():
            self.results.clear()
            self.results.hide()
            return

        def show(rows):
            self._show(rows)
            if then is not None:
                then()

        self.runner.read(
            lambda s: customer_service.search_customers(s, q, limit=SEARCH_LIMIT), on_done=show, owner=self
        )

    def _show(self, rows: list[customer_service.CustomerRow]) -> None:
        self.results.clear()
        for r in rows:
            item = QListWidgetItem(f"{r.name} · {format_phone(r.phone)}")
            item.setData(Qt.ItemDataRole.UserRole, r)
            self.results.addItem(item)
        if rows:
            self.results.setCurrentRow(0)
        else:
            self.results.addItem(self.empty_text or self.tr("Tidak ada pelanggan yang cocok"))
        self.results.show()

    def pick_best(self) -> None:
        """Enter in the search field: the highlighted match, searching first if needed."""
        if self._timer.isActive() or not self.results.count():
            self.run_search(then=self.pick_current)
            return
        self.pick_current()

    def pick_current(self) -> None:
        item = self.results.currentItem() or self.results.item(0)
        if item is not None:
            self._pick_item(item)

    def _pick_item(self, item: QListWidgetItem) -> None:
        row = item.data(Qt.ItemDataRole.UserRole)
        if row is not None:
            self.search.setText(row.name)
            self.results.hide()
            emit(self.picked, row)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        if obj is self.search and event.key() == Qt.Key.Key_Down and self.results.isVisible():
            self.results.setFocus()
            return True
        return False
