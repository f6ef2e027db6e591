"""UI fixtures: a real SQLite file opened the way the app opens it, a synchronous runner
(jobs run at once, results delivered as the real runner would), and the main window."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.factories import open_as_owner as open_database
from tokodesk.ui import widgets
from tokodesk.ui.main_window import MainWindow
from tokodesk.ui.runner import SyncRunner

WIB = dt.timezone(dt.timedelta(hours=7))
UI_NOW = dt.datetime(2026, 11, 22, 10, 0, tzinfo=WIB)


@pytest.fixture(scope="session", autouse=True)
def app_style(qapp):
    """The application's own style (Fusion with focus rings), as ``tokodesk`` installs it."""
    from tokodesk.ui import style

    return style.install(qapp)


@pytest.fixture
def db(tmp_path):
    database = open_database(str(tmp_path / "ui.sqlite3"), now=UI_NOW)
    yield database
    database.close()


@pytest.fixture
def runner(db, qapp):
    r = SyncRunner(db)
    r.clock = lambda: UI_NOW
    r.actor = db.actor  # signed in as the owner (tests/ui/test_sign_in_ui.py signs in by keyboard)
    return r


@pytest.fixture
def window(qtbot, runner, db):
    w = MainWindow(runner)
    qtbot.addWidget(w)
    w.show()
    w.database_ready(db)
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def message_boxes(monkeypatch):
    """Record QMessageBox calls instead of blocking; answers Yes to questions."""
    calls: list[tuple[str, str]] = []

    def fake(kind, answer=QMessageBox.StandardButton.Ok):
        def _box(parent, title, text, *a, **k):
            calls.append((kind, text))
            return answer

        return _box

    monkeypatch.setattr(QMessageBox, "warning", fake("warning"))
    monkeypatch.setattr(QMessageBox, "critical", fake("critical"))
    monkeypatch.setattr(QMessageBox, "information", fake("information"))
    monkeypatch.setattr(QMessageBox, "question", fake("question", QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(
        widgets, "confirm", lambda parent, title, text, *a: calls.append(("confirm", text)) or True
    )
    return calls
