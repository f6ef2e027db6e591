"""Catching a scanned QR payload wherever the focus is in the main window.

A USB scanner types like a keyboard: ``TOKO:TD-2611-0042:K7Q2P9`` and Enter, a few
milliseconds a key.  A QRIS payment code (``000201…6304ABCD``) is caught the same way, so the
window can say it is a payment code instead of typing it into a field.

While what has been typed could still become a payload, the keys are
held back; when the payload is complete and Enter comes, it is announced instead of being
typed into whatever field has the focus.  Anything else (a person typing "Toko Maju" into a
search box) is handed on unchanged: at the first key that cannot belong to a payload, or
after ``HOLD_MS`` without a key.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from tokodesk.domain.qr import looks_like_payload_start
from tokodesk.domain.qris import looks_like_qris
from tokodesk.ui.signals import emit

QRIS_START = "000201"


def could_become_scan(text: str) -> bool:
    """Could ``text`` (typed so far) still become an order payload or a QRIS code?"""
    if QRIS_START.startswith(text) or text.startswith(QRIS_START):
        return True  # after its start a QRIS may hold any printable text (merchant names)
    # a scanner types in one case (upper, or lower with Caps Lock); a person writes "Toko"
    one_case = text == text.upper() or text == text.lower()
    return one_case and looks_like_payload_start(text)


def is_complete_scan(text: str) -> bool:
    return (len(text) > len("TOKO:") and looks_like_payload_start(text)) or looks_like_qris(text)


HOLD_MS = 80  # a scanner types far faster; a person notices no delay


class ScanCatcher(QObject):
    """Signals:
    scanned(str): a complete payload (or QRIS code) followed by Enter was typed into ``window``.
    """

    scanned = Signal(str)

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self._held: list[tuple[QObject, int, Qt.KeyboardModifier, str]] = []
        self._text = ""
        self._replaying = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(HOLD_MS)
        self._timer.timeout.connect(self._release)
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if self._replaying or event.type() != QEvent.Type.KeyPress:
            return False
        if QApplication.activeWindow() is not self.window:
            return False
        key_event: QKeyEvent = event  # type: ignore[assignment]
        if key_event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._text:
            text = self._text
            if is_complete_scan(text):
                self._held.clear()
                self._text = ""
                self._timer.stop()
                emit(self.scanned, text)
                return True
            self._release()
            return False
        typed = key_event.text()
        if len(typed) == 1 and typed.isprintable():
            candidate = self._text + typed
            if could_become_scan(candidate):
                self._held.append((obj, key_event.key(), key_event.modifiers(), typed))
                self._text = candidate
                self._timer.start()
                return True
            if self._held:
                self._release()
        return False

    def _release(self) -> None:
        """Hand the held keys on to where they were going, in order."""
        self._timer.stop()
        held, self._held, self._text = self._held, [], ""
        self._replaying = True
        try:
            for target, key, mods, text in held:
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QCoreApplication.sendEvent(target, QKeyEvent(kind, key, mods, text))
        finally:
            self._replaying = False
