"""Small widgets shared by the dialogs."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from tokodesk.domain.errors import InvalidInput
from tokodesk.domain.money import format_number, parse_rupiah

DATE_FORMAT = "d MMM yyyy"  # 22 Nov 2026 with the Indonesian locale

ERROR_STYLE = "border: 1px solid #c62828; background: #fff5f5;"
HELP_STYLE = "color: #546e7a;"  # the grey line of help beside a setting


class MoneyEdit(QLineEdit):
    """A rupiah field: accepts what staff type (``1.250.000``, ``1250000``, ``Rp 1.250.000``)
    and shows the grouped form when focus leaves.  ``value()`` is an ``int`` or raises
    ``InvalidInput`` naming ``field``.

    Signals:
        value_changed(): the text changed (the parsed value may or may not be valid).
    """

    value_changed = Signal()

    def __init__(self, field: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setPlaceholderText("0")
        self.textChanged.connect(self.value_changed)

    def value(self) -> int:
        return parse_rupiah(self.text(), field=self.field)

    def value_or_none(self) -> int | None:
        try:
            return self.value()
        except InvalidInput:
            return None

    def set_value(self, amount: int) -> None:
        self.setText(format_number(amount))

    def focusOutEvent(self, event: QFocusEvent) -> None:
        v = self.value_or_none()
        if v is not None and self.text().strip():
            self.blockSignals(True)
            self.setText(format_number(v))
            self.blockSignals(False)
        super().focusOutEvent(event)


class ErrorLabel(QLabel):
    """A red message area that says what to fix; hidden when empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet("color: #b71c1c; font-weight: 600;")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


def mark_invalid(widget: QWidget, bad: bool) -> None:
    widget.setStyleSheet(ERROR_STYLE if bad else "")


def to_qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def from_qdate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


def date_edit(parent: QWidget | None = None) -> QDateEdit:
    w = QDateEdit(parent)
    w.setCalendarPopup(True)
    w.setDisplayFormat(DATE_FORMAT)
    return w


# Qt ships no Indonesian translation of its own buttons (no qtbase_id.qm), so the questions
# the app asks name their buttons themselves.


def confirm(parent: QWidget | None, title: str, text: str, yes_text: str, no_text: str) -> bool:
    """Ask a yes/no question with buttons that say what they do; True for yes."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.YesRole)
    no = box.addButton(no_text, QMessageBox.ButtonRole.NoRole)
    box.setDefaultButton(yes)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes


def ask_text(
    parent: QWidget | None, title: str, label: str, ok_text: str, cancel_text: str
) -> tuple[str, bool]:
    """Ask for one line of text (a reason); (text, False) when cancelled."""
    dlg = QInputDialog(parent)
    dlg.setWindowTitle(title)
    dlg.setLabelText(label)
    dlg.setOkButtonText(ok_text)
    dlg.setCancelButtonText(cancel_text)
    accepted = dlg.exec() == QDialog.DialogCode.Accepted
    return dlg.textValue(), accepted


def save_cancel(
    dialog: QDialog, save_text: str, cancel_text: str, on_save, *, enter_saves: bool = False
) -> tuple[QDialogButtonBox, QPushButton]:
    """The Save / Cancel row every form dialog has, with Ctrl+S bound to save.  Enter saves
    only where asked (a one-field dialog); bigger forms decide themselves what Enter does."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    save.setObjectName("save_button")
    save.setText(save_text)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    cancel.setText(cancel_text)
    for b in (save, cancel):
        b.setAutoDefault(False)
    save.setDefault(enter_saves)
    buttons.accepted.connect(on_save)
    buttons.rejected.connect(dialog.reject)
    QShortcut(QKeySequence("Ctrl+S"), dialog, on_save)
    return buttons, save


def show_errors(err: Exception, label: ErrorLabel, fields: dict[str, QWidget]) -> None:
    """Show a refusal in a form: each bad field marked, every message in ``label``, and the
    focus on the first bad field so staff can fix it at once."""
    from tokodesk.ui.i18n import error_text

    for w in fields.values():
        mark_invalid(w, False)
    if isinstance(err, InvalidInput):
        bad = [fields[e.field] for e in err.errors if e.field in fields]
        for w in bad:
            mark_invalid(w, True)
        if bad:
            bad[0].setFocus()
    label.show_message(error_text(err))


def help_rows(grid, rows, style: str = HELP_STYLE) -> None:
    """Settings laid out as rows of (label with its buddy, field, a line of help) in a grid
    whose help column takes the spare width."""
    for i, (text, w, help_text) in enumerate(rows):
        label = QLabel(text)
        label.setBuddy(w)
        info = QLabel(help_text)
        info.setWordWrap(True)
        info.setStyleSheet(style)
        grid.addWidget(label, i, 0)
        grid.addWidget(w, i, 1)
        grid.addWidget(info, i, 2)
    grid.setColumnStretch(2, 1)


def shop_contact_fields(owner) -> None:
    """The shop's name, address, phone and WhatsApp fields as ``owner.name`` … ``owner.whatsapp``
    (the shop settings screen and the first-run set-up share them)."""
    owner.name = QLineEdit()
    owner.name.setObjectName("name")
    owner.address = QPlainTextEdit()
    owner.address.setObjectName("address")
    owner.address.setTabChangesFocus(True)
    owner.address.setFixedHeight(56)
    owner.phone = QLineEdit()
    owner.phone.setObjectName("phone")
    owner.whatsapp = QLineEdit()
    owner.whatsapp.setObjectName("whatsapp")
