"""A database on a network share: the owner is told once, plainly, and pointed to PostgreSQL."""

from __future__ import annotations

from tokodesk.services import storage
from tokodesk.ui.main_window import MainWindow


def test_sqlite_on_a_network_share_is_warned_about(qtbot, runner, db, message_boxes, monkeypatch):
    monkeypatch.setattr(storage, "network_share", lambda path, **_: "cifs")
    w = MainWindow(runner)
    qtbot.addWidget(w)
    w.show()
    w.database_ready(db)
    warnings = [text for kind, text in message_boxes if kind == "warning"]
    assert len(warnings) == 1
    assert "folder jaringan (cifs)" in warnings[0] and "PostgreSQL" in warnings[0]


def test_a_local_database_opens_without_a_warning(qtbot, window, message_boxes):
    assert [kind for kind, _ in message_boxes if kind == "warning"] == []
