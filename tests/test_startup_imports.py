"""Start-up stays light: launching the app (the main window, then an existing, up-to-date
database opened on the worker thread, as ``tokodesk.ui.app.run_gui`` and ``bench.startup``
do it) imports none of the heavy libraries that only some later action needs.  Each of them
is imported by the function that uses it (migrations, PDFs, QR codes, spreadsheets, thermal
printing, e-mail, PIN hashing).

A fresh interpreter is needed: the test process has imported all of them already.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from tests import factories as f

ROOT = Path(__file__).resolve().parents[1]

# top-level packages, and TokoDesk's own modules that pull them in
HEAVY = (
    "alembic",
    "mako",
    "reportlab",
    "qrcode",
    "PIL",
    "openpyxl",
    "escpos",
    "smtplib",
    "argon2",
    "tokodesk.documents.escpos",
    "tokodesk.documents.evidence",
    "tokodesk.documents.render",
)

SCRIPT = textwrap.dedent(
    """
    import json, sys
    sys.path.insert(0, {root!r})
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from tokodesk import APP_NAME
    from tokodesk.ui import app as app_module, i18n
    from tokodesk.ui.mail_sender import MailSender
    from tokodesk.ui.main_window import MainWindow
    from tokodesk.ui.runner import Runner

    qapp = QApplication([APP_NAME])
    qapp.setApplicationName(APP_NAME)
    app_module.setup_logging()
    translators = i18n.install_translators(qapp)
    runner, printer_runner, backup_runner, mail_runner = Runner(), Runner(), Runner(), Runner()
    window = MainWindow(runner, db_label="", printer_runner=printer_runner, backup_runner=backup_runner)
    window.mail_sender = MailSender(mail_runner, lambda: runner.db, window)
    window.show()
    result = {{}}

    def opened(db):
        window.database_ready(db)
        result["ready"] = True
        QTimer.singleShot(200, qapp.quit)  # let what the opening set off run a little

    def failed(err):
        result["error"] = repr(err)
        qapp.exit(2)

    runner.open(app_module.db_opener({db!r}), on_done=opened, on_error=failed)
    QTimer.singleShot(60_000, qapp.quit)
    try:
        qapp.exec()
    finally:
        window.stop_backups()
        backup_runner.shutdown()
        window.mail_sender.shutdown()
        mail_runner.shutdown()
        printer_runner.shutdown()
        runner.shutdown()
    heavy = {heavy!r}
    result["loaded"] = sorted(m for m in sys.modules if any(m == h or m.startswith(h + ".") for h in heavy))
    print("RESULT " + json.dumps(result), flush=True)
    """
)


def test_launching_the_app_imports_no_heavy_library(tmp_path):
    db_file = tmp_path / "shop.sqlite3"
    db = f.open_as_owner(str(db_file))  # created and migrated, as a shop's database is
    now = dt.datetime.now(dt.UTC)
    db.write(lambda s: f.order(s, db.actor, now))
    db.close()

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TOKODESK_DATA_DIR": str(tmp_path / "data")}
    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT.format(root=str(ROOT), db=str(db_file), heavy=HEAVY)],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    lines = [line for line in proc.stdout.splitlines() if line.startswith("RESULT ")]
    assert proc.returncode == 0 and lines, proc.stdout[-2000:] + proc.stderr[-2000:]
    result = json.loads(lines[-1].removeprefix("RESULT "))
    assert result.get("ready"), result
    assert result["loaded"] == [], f"imported at start-up: {result['loaded']}"
