"""Every screen usable on a counter PC: 1366×768 at 100 %, and a 1920×1080 screen at 150 %
(1280×720 logical pixels).

The main window (each navigation page) and every dialog a user can open are opened offscreen
on a database filled with the demo shop, sized to fit the screen, and checked:

(a) the window can shrink to the screen: its minimum size (the layout's) fits;
(b) every visible child lies inside the window (scrolled content inside a scroll area's
    viewport is left out: it scrolls);
(c) every visible button and label with text is at least as wide as its text needs;
(d) every enabled button, field, list and table can be reached with Tab (the keyboard);
(e) the focus is visible: each Tab stop looks different once it has the keyboard focus (a
    few hundred pixels of the style's focus frame, not a one-pixel caret).

All problems of one window are reported together."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTabWidget,
    QToolButton,
    QWidget,
)
from sqlalchemy import select

from tests.factories import open_as_owner
from tests.ui.conftest import UI_NOW
from tokodesk.db.models import Complaint, Order
from tokodesk.domain.orders import Fulfilment, OrderStatus
from tokodesk.services import customers as customer_service
from tokodesk.services import orders as order_service
from tokodesk.services.demo import fill_demo
from tokodesk.ui.main_window import MainWindow
from tokodesk.ui.runner import SyncRunner

KEY_IN_TEXT = re.compile(r"\((Enter|[A-Z]|Ctrl\+[^)]+|Alt\+[^)]+|F\d+)\)\s*$")
SCREENS = {
    "1366x768": QSize(1366, 768),  # a common counter laptop/monitor at 100 %
    "1280x720": QSize(1280, 720),  # 1920×1080 at 150 % scaling
}
EDGE = 1  # px allowed outside the window
CLIP = 2  # px a text may be short of its minimum width


# ---------------------------------------------------------------------------- the shop


@dataclass
class Shop:
    db: object
    runner: SyncRunner
    window: MainWindow
    orders: dict[str, int]  # kind → an order id fitting that dialog
    complaint_id: int | None
    customer: customer_service.CustomerRow


def _pick_orders(db) -> dict[str, int]:
    """An order for each order-level dialog, chosen from the demo data by what its view says."""
    day = UI_NOW.date()

    def job(s):
        rows = s.execute(select(Order.id, Order.status, Order.fulfilment).order_by(Order.id)).all()
        picked: dict[str, int] = {}
        for oid, status, fulfilment in rows:
            status, fulfilment = OrderStatus(status), Fulfilment(fulfilment)
            need = []
            if status is OrderStatus.DRAFT and fulfilment is Fulfilment.PICKUP:
                need += ["draft", "payment", "confirmation"]
            if status is OrderStatus.READY and fulfilment is Fulfilment.PICKUP:
                need += ["offer", "handover"]
            if status is OrderStatus.READY and fulfilment is not Fulfilment.PICKUP:
                need += ["ship"]
            if status is OrderStatus.SHIPPED:
                need += ["incident"]
            if status is OrderStatus.COLLECTED:
                need += ["collected"]
            need = [k for k in need if k not in picked]
            if not need:
                continue
            v = order_service.get_order(s, oid, day)
            due = v.totals.balance - v.totals.pending
            fee = v.pickup.fee_due if v.pickup else 0
            for k in need:
                if k == "payment" and due <= 0:
                    continue
                if k == "confirmation" and not (v.needs_confirmation or v.confirmed):
                    continue
                if k == "handover" and (v.totals.pending or (fee <= 0 and due <= 0)):
                    continue
                picked[k] = oid
        return picked

    return db.read(job)


@pytest.fixture(scope="module")
def shop(qapp, tmp_path_factory):
    db = open_as_owner(str(tmp_path_factory.mktemp("fit") / "fit.sqlite3"), now=UI_NOW)
    db.write(lambda s: fill_demo(s, now=UI_NOW))  # before anything else writes: it wants an empty db
    runner = SyncRunner(db)
    runner.clock = lambda: UI_NOW
    runner.actor = db.actor  # the owner: every menu entry is there
    window = MainWindow(runner)
    window.show()
    window.database_ready(db)
    _settle()
    orders = _pick_orders(db)
    complaint_id = db.read(  # an open case: its actions (reply, finding, resolve…) are offered
        lambda s: s.scalar(
            select(Complaint.id)
            .where(Complaint.status.not_in(["resolved", "declined"]))
            .order_by(Complaint.id)
            .limit(1)
        )
    )
    customer = db.read(
        lambda s: customer_service.get_customer(
            s, s.scalar(select(Order.customer_id).order_by(Order.id).limit(1))
        )
    )
    yield Shop(db, runner, window, orders, complaint_id, customer)
    _close_dialogs()
    window.close()
    window.deleteLater()
    _settle()
    db.close()


def _settle(times: int = 5) -> None:
    for _ in range(times):
        QApplication.processEvents()


def _close_dialogs() -> None:
    """Close every dialog still open, the innermost first."""
    for _ in range(10):
        open_ = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
        if not open_:
            break
        for w in open_:
            if not any(isinstance(c, QDialog) and c.isVisible() for c in w.findChildren(QDialog)):
                w.reject()
        _settle(2)


# ---------------------------------------------------------------------------- the check


def _q(w: QWidget, method: str, *args):
    """``w.method(*args)`` through the class: some windows keep a child in an attribute named
    like a QWidget method (``self.size``, ``self.window``)."""
    return getattr(type(w), method)(w, *args)


def _describe(w: QWidget) -> str:
    text = ""
    if isinstance(w, (QAbstractButton, QLabel)):
        text = _q(w, "text")
    if len(text) > 60:
        text = text[:57] + "…"
    name = _q(w, "objectName") or "-"
    return f"{type(w).__name__}#{name} {text!r}" if text else f"{type(w).__name__}#{name}"


def _in_scrolled_content(w: QWidget, top: QWidget) -> bool:
    """Inside some scroll area's viewport (content that scrolls) below ``top``."""
    p = w.parentWidget()
    child = w
    while p is not None and child is not top:
        if isinstance(p, QAbstractScrollArea) and child is p.viewport():
            return True
        child, p = p, p.parentWidget()
    return False


def _problems(w: QWidget, screen: QSize, where: str = "", *, sizes: bool = True) -> list[str]:
    out: list[str] = []
    sw, sh = screen.width(), screen.height()
    title = f"{type(w).__name__} {_q(w, 'windowTitle')!r}" + (f" [{where}]" if where else "")
    minimum = _q(w, "minimumSizeHint").expandedTo(_q(w, "minimumSize"))
    size = _q(w, "size")
    if sizes and (minimum.width() > sw or minimum.height() > sh):
        out.append(
            f"{title}: cannot shrink to the screen {sw}×{sh}: minimum size "
            f"{minimum.width()}×{minimum.height()} (over by {max(0, minimum.width() - sw)}×"
            f"{max(0, minimum.height() - sh)} px)"
        )
    elif sizes and (size.width() > sw or size.height() > sh):
        out.append(f"{title}: window is {size.width()}×{size.height()} on a {sw}×{sh} screen")
    rect = _q(w, "rect")
    for c in _q(w, "findChildren", QWidget):
        if not _q(c, "isVisible") or _q(c, "window") is not w or isinstance(c, QMenu):
            continue
        scrolled = _in_scrolled_content(c, w)
        r = QRect(_q(c, "mapTo", w, QPoint(0, 0)), _q(c, "size"))
        if not scrolled and (
            r.left() < rect.left() - EDGE
            or r.top() < rect.top() - EDGE
            or r.right() > rect.right() + EDGE
            or r.bottom() > rect.bottom() + EDGE
        ):
            out.append(
                f"{title}: {_describe(c)} at {r.x()},{r.y()} {r.width()}×{r.height()} is outside the "
                f"window {rect.width()}×{rect.height()} (right by {max(0, r.right() - rect.right())}, "
                f"below by {max(0, r.bottom() - rect.bottom())}, left by {max(0, rect.left() - r.left())},"
                f" above by {max(0, rect.top() - r.top())}) on screen {sw}×{sh}"
            )
        if (
            isinstance(c, (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView))
            and _q(c, "isEnabled")
            and not (_q(c, "focusPolicy") & Qt.FocusPolicy.TabFocus)
            and not isinstance(c, (QToolButton, QHeaderView))  # parts of a widget that has the key
            and not _q(c, "objectName").startswith("qt_")  # Qt's own internals (a table's corner)
            # a list's action button that names its own key («Kirim WhatsApp (W)») is kept out of
            # the Tab order on purpose: the key works on the list
            and not (isinstance(c, QAbstractButton) and KEY_IN_TEXT.search(_q(c, "text")))
        ):
            out.append(
                f"{title}: {_describe(c)} cannot be reached with Tab (focus policy {_q(c, 'focusPolicy')})"
            )
        if isinstance(c, (QPushButton, QLabel)) and _q(c, "text").strip():
            need = _q(c, "minimumSizeHint").width()
            width = r.width()
            if width + CLIP < need:
                out.append(
                    f"{title}: {_describe(c)} clipped: {width} px wide, needs {need} "
                    f"(short by {need - width} px) at {r.x()},{r.y()} on screen {sw}×{sh}"
                )
    return out


FOCUS_DIFF = 60  # a pixel counts as changed when its R+G+B moved by more than this
FOCUS_PIXELS = 24  # the least number of changed pixels that a person notices as focus


def _pixels(w: QWidget) -> np.ndarray:
    img = _q(w, "grab").toImage().convertToFormat(QImage.Format.Format_RGB32)
    raw = np.frombuffer(bytes(img.constBits()), dtype=np.uint8)
    return (
        raw.reshape(img.height(), img.bytesPerLine())[:, : img.width() * 4]
        .reshape(img.height(), img.width(), 4)[:, :, :3]
        .astype(np.int16)
    )


def _tab_stops(top: QWidget) -> list[QWidget]:
    return [
        c
        for c in _q(top, "findChildren", QWidget)
        if _q(c, "isVisible")
        and _q(c, "isEnabled")
        and _q(c, "window") is top
        and _q(c, "focusPolicy") & Qt.FocusPolicy.TabFocus
        and _q(c, "focusProxy") is None
        and _q(c, "width") > 4
        and _q(c, "height") > 4
        and not isinstance(c, QMenu)
    ]


def _invisible_focus(top: QWidget) -> list[str]:
    """Every Tab stop of ``top`` whose look hardly changes when it gets the keyboard focus
    (``Qt.TabFocusReason``, as the Tab key gives it: styles draw their focus frame then)."""
    stops = _tab_stops(top)
    out = []
    for c in stops:
        other = next(
            (o for o in stops if o is not c and not o.isAncestorOf(c) and not c.isAncestorOf(o)), None
        )
        if other is None:
            continue
        other.setFocus(Qt.FocusReason.TabFocusReason)
        _settle(2)
        before = _pixels(c)
        c.setFocus(Qt.FocusReason.TabFocusReason)
        # what the Tab key itself sets on the window (a call to setFocus does not): styles draw
        # the focus frame once the keyboard has moved the focus
        top.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange, True)
        _settle(2)
        if not _q(c, "hasFocus"):
            continue  # it passes the focus on (a composite's inner field is a stop of its own)
        after = _pixels(c)
        if before.shape != after.shape:
            continue
        changed = int((np.abs(after - before).sum(axis=2) > FOCUS_DIFF).sum())
        if changed < FOCUS_PIXELS:
            out.append(f"{_describe(c)}: the focus changes only {changed} px of {c.width()}×{c.height()}")
    return out


def _check_window(w: QWidget, screen: QSize, *, exact: bool = False) -> list[str]:
    """Size ``w`` for ``screen`` and check it, each tab of its tab widgets in turn."""
    if exact:
        _q(w, "resize", screen)
    else:  # the size the dialog opened at, cut to the screen (the layout may refuse)
        s = _q(w, "size")
        _q(w, "resize", min(s.width(), screen.width()), min(s.height(), screen.height()))
    _settle()
    found = _problems(w, screen)
    for tabs in _q(w, "findChildren", QTabWidget):
        if not tabs.isVisible() or _q(tabs, "window") is not w:
            continue
        before = tabs.currentIndex()
        for i in range(tabs.count()):
            if i == before or not tabs.isTabEnabled(i):
                continue
            tabs.setCurrentIndex(i)
            _settle()
            found += _problems(w, screen, f"tab {tabs.tabText(i).replace('&', '')!r}", sizes=False)
        tabs.setCurrentIndex(before)
        _settle()
    return list(dict.fromkeys(found))


# ---------------------------------------------------------------------------- the screens


def _last_dialog(shop: Shop) -> QDialog:
    return shop.window.dialogs[-1]


def _detail(shop: Shop, kind: str):
    oid = shop.orders.get(kind)
    if oid is None:
        pytest.skip(f"the demo data have no order for {kind!r}")
    dlg = shop.window.open_order(oid)
    _settle()
    return dlg


def _from_detail(kind: str, act: Callable, attr: str):
    def open_(shop: Shop):
        detail = _detail(shop, kind)
        act(detail)
        _settle()
        dlg = getattr(detail, attr, None)
        assert dlg is not None and dlg.isVisible(), f"{attr} did not open"
        return dlg

    return open_


def _case(shop: Shop):
    if shop.complaint_id is None:
        pytest.skip("the demo data have no complaint")
    w = shop.window
    w.nav.setCurrentRow(5)
    _settle()
    return w.complaints_page.open_case(shop.complaint_id)


def _from_case(method: str):
    def open_(shop: Shop):
        case = _case(shop)
        _settle()
        dlg = getattr(case, method)()
        if dlg is None:
            pytest.skip(f"{method} is not offered for this complaint")
        return dlg

    return open_


def _staff_form(shop: Shop):
    from tokodesk.ui.staff_dialog import StaffForm

    staff = shop.window.staff_settings()
    _settle()
    staff._open_form(StaffForm.ADD)
    return staff.form


def _reschedule(shop: Shop):
    w = shop.window
    w.nav.setCurrentRow(2)
    _settle()
    page = w.agenda_page
    for r in range(page.table.rowCount()):
        page.table.selectRow(r)
        dlg = page.reschedule()
        if dlg is not None:
            return dlg
    pytest.skip("no agenda row can be rescheduled")


def _edit_customer(shop: Shop):
    from tokodesk.ui.customer_dialog import CustomerDialog

    w = shop.window
    w._show_dialog(CustomerDialog(w.runner, w, existing=shop.customer))
    return _last_dialog(shop)


DIALOGS: dict[str, Callable[[Shop], QWidget]] = {
    "new_order": lambda s: s.window.new_order(),
    "new_order_for_customer": lambda s: s.window.new_order(customer=s.customer),
    "new_customer": lambda s: s.window.new_customer(),
    "edit_customer": _edit_customer,
    "quick_log": lambda s: s.window._open_quick_log(None),
    "customer_log": lambda s: s.window.open_customer_log(s.customer),
    "shop_settings": lambda s: s.window.shop_settings(),
    "policy_settings": lambda s: s.window.policy_settings(),
    "template_settings": lambda s: s.window.template_settings(),
    "mail_settings": lambda s: s.window.mail_settings(),
    "guideline_settings": lambda s: s.window.guideline_settings(),
    "rates_settings": lambda s: s.window.rates_settings(),
    "language_settings": lambda s: s.window.language_settings(),
    "backup_settings": lambda s: s.window.backup_settings(),
    "staff_settings": lambda s: s.window.staff_settings(),
    "staff_form": _staff_form,
    "change_pin": lambda s: (s.window.change_pin(), _last_dialog(s))[1],
    "audit": lambda s: s.window.show_audit(),
    "blacklist_review": lambda s: s.window.show_review(),
    "report_daily": lambda s: s.window.show_reports("daily"),
    "report_weekly": lambda s: s.window.show_reports("weekly"),
    "report_monthly": lambda s: s.window.show_reports("monthly"),
    "agenda_reschedule": _reschedule,
    "complaint_new": lambda s: (s.window.nav.setCurrentRow(5), s.window.complaints_page.new_complaint())[1],
    "complaint_case": _case,
    "complaint_reply": _from_case("reply"),
    "complaint_finding": _from_case("set_finding"),
    "complaint_resolve": _from_case("resolve"),
    "complaint_decline": _from_case("decline"),
    "complaint_add_evidence": _from_case("add_evidence"),
    "order_draft": lambda s: _detail(s, "draft"),
    "order_ready_pickup": lambda s: _detail(s, "offer"),
    "order_ready_delivery": lambda s: _detail(s, "ship"),
    "order_shipped": lambda s: _detail(s, "incident"),
    "order_collected": lambda s: _detail(s, "collected"),
    "order.payment": _from_detail("payment", lambda d: d.take_payment(), "payment_dialog"),
    "order.handover": _from_detail("handover", lambda d: d.move_to(OrderStatus.COLLECTED), "handover_dialog"),
    "order.confirmation": _from_detail(
        "confirmation", lambda d: d.record_confirmation(), "confirmation_dialog"
    ),
    "order.delivery_offer": _from_detail("offer", lambda d: d.offer_delivery(), "offer_dialog"),
    "order.shipment": _from_detail("ship", lambda d: d.ship(), "shipment_dialog"),
    "order.incident": _from_detail("incident", lambda d: d.report_incident(), "incident_dialog"),
    "order.new_complaint": _from_detail("collected", lambda d: d.new_complaint(), "complaint_dialog"),
    "order.feedback_request": _from_detail("collected", lambda d: d.request_feedback(), "feedback_dialog"),
    "order.rating": _from_detail("collected", lambda d: d.record_rating(), "feedback_dialog"),
    "order.remake": _from_detail("collected", lambda d: d.record_remake(), "remake_dialog"),
    "order.preview": _from_detail("collected", lambda d: d.open_preview(), "document_dialog"),
}


@pytest.fixture
def clean(shop, message_boxes):
    """No dialog left open from the test before; none left after."""
    _close_dialogs()
    shop.window.nav.setCurrentRow(0)
    _settle()
    yield message_boxes
    _close_dialogs()


def test_the_check_sees_clipping_and_overflow(qtbot):
    """The check itself: a squeezed button, a child outside and a window over the screen."""
    from PySide6.QtWidgets import QVBoxLayout

    dlg = QDialog()
    qtbot.addWidget(dlg)
    dlg.setWindowTitle("probe")
    lay = QVBoxLayout(dlg)
    lay.addWidget(QLabel("fits"))
    squeezed = QPushButton("A rather long caption that cannot fit")
    squeezed.setObjectName("squeezed")
    squeezed.setFixedWidth(40)
    lay.addWidget(squeezed)
    outside = QLabel("outside", dlg)
    outside.setObjectName("outside")
    dlg.setMinimumSize(300, 800)
    dlg.show()
    qtbot.waitExposed(dlg)
    outside.setGeometry(280, 10, 60, 20)  # unmanaged, past the right edge
    found = "\n".join(_check_window(dlg, SCREENS["1280x720"]))
    assert "cannot shrink to the screen 1280×720: minimum size 300×800 (over by 0×80 px)" in found
    assert "QPushButton#squeezed" in found and "clipped: 40 px wide" in found
    assert "QLabel#outside 'outside'" in found and "right by 40" in found
    assert "'fits'" not in found


@pytest.mark.slow
@pytest.mark.parametrize("size", SCREENS)
def test_main_window_fits(shop, clean, size):
    screen = SCREENS[size]
    w = shop.window
    w.resize(screen)
    found: list[str] = []
    for row in range(w.nav.count()):
        w.nav.setCurrentRow(row)
        _settle()
        page = w.nav.item(row).text()
        found += [f"[page {page!r}] {p}" for p in _check_window(w, screen, exact=True)]
    w.nav.setCurrentRow(0)
    assert not found, f"main window at {size}:\n" + "\n".join(found)


@pytest.mark.slow
@pytest.mark.parametrize("name", DIALOGS)
@pytest.mark.parametrize("size", SCREENS)
def test_dialog_fits(shop, clean, size, name):
    screen = SCREENS[size]
    shop.window.resize(screen)
    _settle()
    dlg = DIALOGS[name](shop)
    assert dlg is not None, f"{name} did not open (permission or state)"
    _settle()
    assert dlg.isVisible(), f"{name} did not show"
    found = _check_window(dlg, screen)
    assert not found, f"{name} at {size}:\n" + "\n".join(found)


@pytest.mark.slow
@pytest.mark.parametrize("name", ["main_window", *DIALOGS])
def test_the_keyboard_focus_is_visible(shop, clean, name):
    shop.window.resize(SCREENS["1366x768"])
    _settle()
    w = shop.window if name == "main_window" else DIALOGS[name](shop)
    assert w is not None and w.isVisible(), f"{name} did not open"
    w.activateWindow()
    _settle()
    found = _invisible_focus(w)
    assert not found, f"{name}: focus not visible on\n" + "\n".join(found)
