"""The app's windows tear down cleanly when the interpreter exits.

A Python eventFilter that touches an already-deleted child while Qt destroys the window
tree at exit crashed the process (SIGSEGV) after every test had passed. This runs the
screens in a separate process, exits without any cleanup, and requires exit status 0.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = textwrap.dedent(
    """
    import datetime as dt, sys, tempfile
    sys.path.insert(0, {root!r})
    from PySide6.QtWidgets import QApplication
    from tests import factories as f
    from tests.factories import open_as_owner as open_database
    from tokodesk.ui.main_window import MainWindow
    from tokodesk.ui.runner import SyncRunner

    app = QApplication([])
    db = open_database(tempfile.mkdtemp() + "/x.sqlite3")
    now = dt.datetime.now(dt.UTC)
    _, oid = db.write(lambda s: f.order(s, db.actor, now))
    w = MainWindow(SyncRunner(db))
    w.show()
    w.database_ready(db)
    detail = w.open_order(oid)
    detail.open_preview()
    w.shop_settings()
    for _ in range(20):
        app.processEvents()
    # no close(), no deleteLater(): the interpreter's exit tears everything down
    """
)


def test_windows_tear_down_without_crashing(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TOKODESK_DATA_DIR": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT.format(root=str(ROOT))],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
