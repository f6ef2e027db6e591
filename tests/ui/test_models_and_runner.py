"""The lazy list models pass Qt's model tester and load rows block by block; the real
threaded runner delivers results on the UI thread and drops them for deleted widgets."""

from __future__ import annotations

import datetime as dt
import threading

from PySide6.QtCore import QObject, QThread
from PySide6.QtWidgets import QApplication

from tests import factories as f
from tokodesk.domain.orders import OPEN, OrderStatus
from tokodesk.services.orders import ItemInput, move_order
from tokodesk.ui.models import BLOCK, LOADING, CustomersModel, OrdersModel
from tokodesk.ui.runner import Runner

NOW = dt.datetime(2026, 11, 22, 10, 0, tzinfo=dt.UTC)


def seed(db, n_customers=3, orders_each=2):
    def fill(s):
        for i in range(n_customers):
            c = f.customer(s, db.actor, NOW, name=f"Pelanggan {i:03d}")
            for _ in range(orders_each):
                f.order(s, db.actor, NOW, customer_id=c.id, items=[ItemInput("Mug foto", 1, 40_000)])

    db.write(fill)


def test_orders_model_passes_qt_model_tester(qtmodeltester, qtbot, runner, db):
    seed(db)
    model = OrdersModel(runner)
    model.reload()
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 6
    assert model.index(0, 0).data() == LOADING  # first touch schedules the block
    qtbot.waitUntil(lambda: model.index(0, 0).data() != LOADING)
    qtmodeltester.check(model, force_py=True)
    assert model.index(0, 0).data() == "TD-2611-0006"  # newest first
    assert model.index(0, 5).data() == "Rp40.000"


def test_customers_model_passes_qt_model_tester(qtmodeltester, qtbot, runner, db):
    seed(db)
    model = CustomersModel(runner)
    model.query = "pelanggan 00"
    model.reload()
    qtmodeltester.check(model, force_py=True)
    qtbot.waitUntil(lambda: model.index(2, 0).data() == "Pelanggan 002")
    assert model.index(2, 4).data() == "2"


def test_only_visible_blocks_are_fetched(qtbot, runner, db):
    seed(db, n_customers=1, orders_each=BLOCK + 20)
    model = OrdersModel(runner)
    fetched: list[int] = []
    original = model.rows_job

    def counting(ids):
        fetched.append(len(ids))
        return original(ids)

    model.rows_job = counting
    model.reload()
    assert model.rowCount() == BLOCK + 20
    model.index(0, 0).data()
    qtbot.waitUntil(lambda: model.index(0, 0).data() != LOADING)
    assert fetched == [BLOCK]
    assert model.index(BLOCK + 5, 0).data() == LOADING
    qtbot.waitUntil(lambda: model.index(BLOCK + 5, 0).data() != LOADING)
    assert fetched == [BLOCK, 20]


def test_status_filter_and_search(qtbot, runner, db):
    seed(db)

    def ready_one(s):
        move_order(s, 1, OrderStatus.CANCELLED, actor=db.actor, now=NOW)

    db.write(ready_one)
    model = OrdersModel(runner)
    model.statuses = frozenset({OrderStatus.CANCELLED})
    model.reload()
    assert model.rowCount() == 1
    model.statuses = OPEN
    model.reload()
    assert model.rowCount() == 5
    model.statuses = None
    model.query = "pelanggan 001"
    model.reload()
    assert model.rowCount() == 2


def test_threaded_runner_delivers_on_ui_thread(qtbot, db):
    runner = Runner()
    runner.open(lambda: db)
    seen = {}

    def job(session):
        seen["job_thread"] = threading.current_thread().name
        return 42

    def done(value):
        seen["value"] = value
        seen["callback_is_gui_thread"] = QThread.currentThread() is QApplication.instance().thread()

    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: busy is False, timeout=5000):
        runner.run(job, on_done=done)
    assert seen == {"job_thread": "tokodesk-db", "value": 42, "callback_is_gui_thread": True}
    runner.db = None  # the fixture owns and closes the database
    runner.shutdown()


def test_threaded_runner_drops_results_for_deleted_owner(qtbot, db):
    runner = Runner()
    runner.open(lambda: db)
    owner = QObject()
    calls = []
    gate = threading.Event()

    def slow(session):
        gate.wait(5)
        return 1

    runner.run(slow, on_done=calls.append, owner=owner)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _alive(owner))
    gate.set()
    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: busy is False, timeout=5000):
        pass
    assert calls == []
    runner.db = None
    runner.shutdown()


def test_threaded_runner_reports_errors_to_callback(qtbot, db):
    from tokodesk.domain.errors import DomainError

    runner = Runner()
    runner.open(lambda: db)
    errors = []

    def bad(session):
        raise DomainError("Pesanan tidak ditemukan")

    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: busy is False, timeout=5000):
        runner.run(bad, on_error=errors.append)
    assert [str(e) for e in errors] == ["Pesanan tidak ditemukan"]
    runner.db = None
    runner.shutdown()


def _alive(obj) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)


def test_cancelled_orders_show_no_debt(qtbot, runner, db):
    seed(db, n_customers=1, orders_each=1)
    db.write(lambda s: move_order(s, 1, OrderStatus.CANCELLED, actor=db.actor, now=NOW))
    model = OrdersModel(runner)
    model.reload()
    model.index(0, 0).data()
    qtbot.waitUntil(lambda: model.index(0, 7).data() != LOADING)
    assert model.index(0, 3).data() == "Dibatalkan"
    assert model.index(0, 7).data() == "—"
