"""One look on every PC, with a focus a person can see.

TokoDesk is used by keyboard (and a scanner that types), so where the focus is must always
be visible.  Qt's Fusion style is used everywhere (the same on Windows and Linux, and what
the screenshots and tests see), with a focus ring added where Fusion shows none:

* a focused *default* push button looks exactly like an unfocused one in Fusion (both get
  the highlight frame), so Tab onto «Simpan» showed nothing; a second, inner ring now marks
  the focus;
* text areas, lists and tables (``QAbstractScrollArea``) only moved their caret or current
  cell; their frame now turns into a 2 px ring in the highlight colour while they have the
  focus.

``tests/ui/test_fit.py`` checks every Tab stop of every window for a visible change.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QWidget,
)

RING = 2  # px


def _ring(painter: QPainter, rect: QRect, color: QColor, width: int = RING) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    pen = QPen(color)
    pen.setWidth(width)
    pen.setJoinStyle(pen.joinStyle().MiterJoin)
    painter.setPen(pen)
    painter.setBrush(QColor(0, 0, 0, 0))
    half = width // 2
    painter.drawRect(rect.adjusted(half, half, -half - (width % 2 == 0), -half - (width % 2 == 0)))
    painter.restore()


class FocusStyle(QProxyStyle):
    """Fusion with a visible focus on default buttons and on scrolling areas."""

    def __init__(self) -> None:
        super().__init__(QStyleFactory.create("Fusion"))

    def drawControl(self, element, option: QStyleOption, painter: QPainter, widget: QWidget | None = None):
        super().drawControl(element, option, painter, widget)
        state = option.state
        if element == QStyle.ControlElement.CE_PushButton:
            keyboard = state & QStyle.StateFlag.State_KeyboardFocusChange
            if state & QStyle.StateFlag.State_HasFocus and keyboard:
                # inside Fusion's own (default/focus) frame, so the two never look the same
                ink = option.palette.highlight().color().darker(150)
                _ring(painter, option.rect.adjusted(3, 3, -3, -3), ink, 1)
        elif (
            element == QStyle.ControlElement.CE_ShapedFrame
            and isinstance(widget, QAbstractScrollArea)
            and widget.hasFocus()
        ):
            _ring(painter, option.rect, option.palette.highlight().color().darker(120))


def _repaint_frames(old: QWidget | None, new: QWidget | None) -> None:
    """A scroll area repaints its contents, not its frame, when the focus moves: ask for it."""
    for w in (old, new):
        if isinstance(w, QAbstractScrollArea):
            w.update()


def install(app: QApplication) -> FocusStyle:
    """Use ``FocusStyle`` for the whole application; keep the returned object alive."""
    style = FocusStyle()
    app.setStyle(style)
    app.focusChanged.connect(_repaint_frames)
    return style
