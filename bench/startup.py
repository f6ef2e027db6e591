"""One process start for the start-up benchmark (run by ``bench.run``, offscreen).

    python -m bench.startup bare          a bare QMainWindow (line edit + table view), shown
    python -m bench.startup app DB        TokoDesk's main window as ``tokodesk.ui.app.run_gui``
                                          builds it (real Runner, translators, the three
                                          other runners), quitting once ``database_ready``
                                          has run on the opened database

Prints one line ``ready <seconds>``: from ``BENCH_T0`` (the parent's ``time.time()`` just
before it started this process) to the moment the window is usable: shown for the bare
window; shown *and* ``database_ready`` done (lists asked for, the sign-in screen up) for
the app.  The parent also times the whole process (until exit).
"""

from __future__ import annotations

import os
import sys
import time


def _ready() -> None:
    t0 = float(os.environ.get("BENCH_T0", "0") or 0)
    print(f"ready {time.time() - t0:.4f}", flush=True)


def bare() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QTableView, QVBoxLayout, QWidget

    app = QApplication(sys.argv[:1])
    w = QMainWindow()
    box = QWidget()
    lay = QVBoxLayout(box)
    lay.addWidget(QLineEdit())
    lay.addWidget(QTableView())
    w.setCentralWidget(box)
    w.show()

    def done() -> None:
        _ready()
        app.quit()

    QTimer.singleShot(0, done)
    return app.exec()


def app(db_path: str) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from tokodesk import APP_NAME
    from tokodesk.ui import i18n
    from tokodesk.ui.app import db_opener
    from tokodesk.ui.main_window import MainWindow
    from tokodesk.ui.runner import Runner

    qapp = QApplication(sys.argv[:1])
    qapp.setApplicationName(APP_NAME)
    translators = i18n.install_translators(qapp)  # noqa: F841
    runner, printer_runner, backup_runner = Runner(), Runner(), Runner()
    window = MainWindow(runner, db_label="", printer_runner=printer_runner, backup_runner=backup_runner)
    window.show()

    def opened(db) -> None:
        window.database_ready(db)
        _ready()
        QTimer.singleShot(0, qapp.quit)

    def failed(err: Exception) -> None:
        print(f"failed {err}", flush=True)
        qapp.exit(2)

    runner.open(db_opener(db_path), on_done=opened, on_error=failed)
    try:
        code = qapp.exec()
    finally:
        window.stop_backups()
        backup_runner.shutdown()
        printer_runner.shutdown()
        runner.shutdown()
    return code


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.exit(bare() if sys.argv[1] == "bare" else app(sys.argv[2]))
