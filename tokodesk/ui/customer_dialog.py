"""Adding or editing a customer.

The phone is checked as soon as it is typed: a number that already belongs to a customer
shows that customer with a button to use them, so no duplicate is made.  On save the
service checks again (another counter may have added the number meanwhile).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tokodesk.domain.phone import format_phone
from tokodesk.services import customers as svc
from tokodesk.ui import widgets
from tokodesk.ui.signals import emit
from tokodesk.ui.widgets import ErrorLabel, mark_invalid


class CustomerDialog(QDialog):
    """Signals:
    saved(object): the ``CustomerRow`` created, updated, or chosen instead of a duplicate.
    """

    saved = Signal(object)

    def __init__(
        self,
        runner,
        parent: QWidget | None = None,
        *,
        existing: svc.CustomerRow | None = None,
        initial_text: str = "",
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.existing = existing
        self.result_row: svc.CustomerRow | None = None
        self._match: svc.CustomerRow | None = None
        self.setWindowTitle(self.tr("Ubah pelanggan") if existing else self.tr("Pelanggan baru"))
        self.setMinimumWidth(460)

        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.name.setMaxLength(svc.MAX_NAME)
        self.phone = QLineEdit()
        self.phone.setObjectName("phone")
        self.phone.setPlaceholderText("0812-3456-7890")
        self.whatsapp = QLineEdit()
        self.whatsapp.setObjectName("whatsapp")
        self.whatsapp.setPlaceholderText(self.tr("sama dengan No. HP"))
        self.email = QLineEdit()
        self.email.setObjectName("email")
        self.email.setMaxLength(254)
        self.email.setPlaceholderText(self.tr("boleh kosong; contoh nama@gmail.com"))
        self.address = QPlainTextEdit()
        self.address.setObjectName("address")
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(60)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(60)

        self.match_label = QLabel()
        self.match_label.setObjectName("match_label")
        self.match_label.setWordWrap(True)
        self.use_match = QPushButton(self.tr("&Pakai pelanggan ini"))
        self.use_match.setObjectName("use_match")
        self.use_match.clicked.connect(self._use_match)
        match_row = QWidget()
        ml = QHBoxLayout(match_row)
        ml.setContentsMargins(0, 0, 0, 0)
        ml.addWidget(self.match_label, 1)
        ml.addWidget(self.use_match)
        self.match_box = match_row
        self.match_box.hide()

        form = QFormLayout()
        form.addRow(self.tr("&Nama"), self.name)
        form.addRow(self.tr("No. &HP"), self.phone)
        form.addRow("", self.match_box)
        form.addRow(self.tr("&WhatsApp"), self.whatsapp)
        form.addRow(self.tr("&E-mail"), self.email)
        form.addRow(self.tr("&Alamat"), self.address)
        form.addRow(self.tr("Ca&tatan"), self.notes)

        self.errors = ErrorLabel()
        self.errors.setObjectName("errors")
        buttons, self.save_button = widgets.save_cancel(
            self, self.tr("&Simpan (Ctrl+S)"), self.tr("&Batal"), self.save
        )

        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.errors)
        lay.addWidget(buttons)

        self._lookup_timer = QTimer(self)
        self._lookup_timer.setSingleShot(True)
        self._lookup_timer.setInterval(250)
        self._lookup_timer.timeout.connect(self._lookup_phone)
        self.phone.textEdited.connect(lambda _t: self._lookup_timer.start())
        self.phone.editingFinished.connect(self._lookup_phone)

        if existing:
            self.name.setText(existing.name)
            self.phone.setText(format_phone(existing.phone))
            if existing.whatsapp != existing.phone:
                self.whatsapp.setText(format_phone(existing.whatsapp))
            self.email.setText(existing.email)
            self.address.setPlainText(existing.address)
            self.notes.setPlainText(existing.notes)
        elif initial_text:
            digits = sum(ch.isdigit() for ch in initial_text)
            (self.phone if digits >= len(initial_text.strip()) * 0.6 else self.name).setText(
                initial_text.strip()
            )
            if self.phone.text():
                self._lookup_phone()

    # ---------------------------------------------------------------- duplicate phone
    def _lookup_phone(self) -> None:
        self._lookup_timer.stop()
        text = self.phone.text()
        own_id = self.existing.id if self.existing else None
        self.runner.read(
            lambda s: svc.find_by_phone(s, text),
            on_done=lambda row: self._show_match(row, own_id),
            owner=self,
        )

    def _show_match(self, row: svc.CustomerRow | None, own_id: int | None) -> None:
        self._match = row if row is not None and row.id != own_id else None
        if self._match:
            self.match_label.setText(
                self.tr("Nomor ini sudah terdaftar atas nama <b>{name}</b> ({phone}).").format(
                    name=self._match.name, phone=format_phone(self._match.phone)
                )
            )
        self.match_box.setVisible(self._match is not None)

    def _use_match(self) -> None:
        if self._match is not None:
            self._finish(self._match)

    # ---------------------------------------------------------------- saving
    def data(self) -> svc.CustomerInput:
        return svc.CustomerInput(
            name=self.name.text(),
            phone=self.phone.text(),
            whatsapp=self.whatsapp.text(),
            email=self.email.text(),
            address=self.address.toPlainText(),
            notes=self.notes.toPlainText(),
        )

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return  # a save is already on its way: a second Ctrl+S must not save twice
        data = self.data()
        self._clear_marks()
        actor, now = self.runner.actor, self.runner.now()
        if self.existing:
            cid = self.existing.id

            def job(s):
                return svc.update_customer(s, cid, data, actor=actor, now=now)
        else:

            def job(s):
                return svc.create_customer(s, data, actor=actor, now=now)

        self.save_button.setEnabled(False)
        self.runner.run(job, on_done=lambda res: self._finish(res[0]), on_error=self._failed, owner=self)

    def _failed(self, err: Exception) -> None:
        self.save_button.setEnabled(True)
        if isinstance(err, svc.DuplicatePhone):
            self._show_match(err.existing, self.existing.id if self.existing else None)
            use_it = widgets.confirm(
                self,
                self.tr("Nomor sudah terdaftar"),
                self.tr("Nomor {phone} sudah terdaftar atas nama {name}.\nPakai pelanggan itu?").format(
                    phone=format_phone(err.existing.phone), name=err.existing.name
                ),
                self.tr("Ya, pakai {name}").format(name=err.existing.name),
                self.tr("Tidak, perbaiki nomor"),
            )
            if use_it:
                self._finish(err.existing)
            else:
                mark_invalid(self.phone, True)
                self.phone.setFocus()
            return
        widgets.show_errors(
            err,
            self.errors,
            {"name": self.name, "phone": self.phone, "whatsapp": self.whatsapp, "email": self.email},
        )

    def _clear_marks(self) -> None:
        for w in (self.name, self.phone, self.whatsapp, self.email):
            mark_invalid(w, False)
        self.errors.show_message("")

    def _finish(self, row: svc.CustomerRow) -> None:
        self.result_row = row
        emit(self.saved, row)
        self.accept()

    def keyPressEvent(self, event) -> None:
        # Enter in a one-line field saves, as staff expect; Escape cancels (QDialog default).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and isinstance(self.focusWidget(), QLineEdit):
            self.save()
            return
        super().keyPressEvent(event)
