"""Starting the app: the window first, the database opened (and migrated) on the worker
thread, so the window appears at once.

    tokodesk                 the shop's database in the user's data folder
    tokodesk --db FILE|URL   another database (an SQLite file or a PostgreSQL URL)
    tokodesk --demo          a throw-away database filled with realistic demo data
    tokodesk --self-test     open the main window on a temporary database, render one nota,
                             exit 0 (for the installer builds: proves the bundle is whole)
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from tokodesk import APP_NAME, __version__
from tokodesk.ui import i18n
from tokodesk.ui.main_window import MainWindow
from tokodesk.ui.runner import Runner

log = logging.getLogger("tokodesk")


def parse_args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="tokodesk", description="TokoDesk — meja pesanan toko")
    p.add_argument("--db", help="database: path file SQLite atau URL PostgreSQL")
    p.add_argument("--demo", action="store_true", help="buka database demo sementara berisi data contoh")
    p.add_argument(
        "--lang",
        choices=("id", "en"),
        help="bahasa tampilan untuk sekali buka ini (bawaan: pilihan di Pengaturan › Bahasa)",
    )
    p.add_argument(
        "--self-test",
        action="store_true",
        help="uji paket: buka jendela utama pada database sementara, buat satu nota, lalu keluar",
    )
    p.add_argument("--version", action="version", version=f"TokoDesk {__version__}")
    return p.parse_args(argv)


SELF_TEST_SECONDS = 120


def self_test_job(folder: Path):
    """The bundle's own check, run on the worker once the temporary database is open: an
    order through the services, its nota rendered with the bundled fonts, the PDF written."""

    def job(session):
        from tokodesk.documents.model import DocKind, PaperSize
        from tokodesk.domain.ledger import PaymentMethod
        from tokodesk.domain.orders import Fulfilment
        from tokodesk.services import documents
        from tokodesk.services.customers import CustomerInput, create_customer
        from tokodesk.services.orders import ItemInput, OrderInput, take_order
        from tokodesk.services.staff import system_actor

        now = dt.datetime.now(dt.UTC)
        actor = system_actor(session, now)
        customer, _ = create_customer(
            session, CustomerInput(name="Uji Paket", phone="0812-0000-0001"), actor=actor, now=now
        )
        _code, changes = take_order(
            session,
            OrderInput(
                customer.id,
                [ItemInput("Kaos sablon custom", 2, 85_000, "Nama: UJI, ukuran L")],
                Fulfilment.PICKUP,
                now.astimezone().date() + dt.timedelta(days=3),
                85_000,
                PaymentMethod.CASH,
            ),
            actor=actor,
            now=now,
        )
        doc = documents.build_document(session, changes.order_id, DocKind.NOTA, now=now)
        pdf = documents.render(doc, PaperSize.A5)
        if not pdf.startswith(b"%PDF") or len(pdf) < 5_000:
            raise RuntimeError(f"the nota did not render ({len(pdf)} bytes)")
        out = folder / f"nota-{doc.code}.pdf"
        out.write_bytes(pdf)
        return out, len(pdf)

    return job


def run_self_test(app, window, runner, folder: Path) -> None:
    """Wire the self-test: exit 0 once the nota is written, 1 on any failure or timeout."""
    from PySide6.QtCore import QTimer

    def fail(what: str) -> None:
        print(f"self-test FAILED: {what}", file=sys.stderr, flush=True)
        app.exit(1)

    def done(result) -> None:
        path, size = result
        ok = window.isVisible() and window.runner.db is not None
        if not ok:
            fail("the main window is not showing the database")
            return
        print(f"self-test ok: main window open, nota rendered ({size} bytes) to {path}", flush=True)
        app.exit(0)

    def opened(db) -> None:
        window.database_ready(db)
        runner.run(self_test_job(folder), on_done=done, on_error=lambda e: fail(repr(e)))

    runner.open(db_opener(str(folder / "selftest.sqlite3")), on_done=opened, on_error=lambda e: fail(repr(e)))
    QTimer.singleShot(SELF_TEST_SECONDS * 1000, lambda: fail(f"no result within {SELF_TEST_SECONDS} s"))


def demo_opener(folder: Path):
    """Open a fresh database in ``folder`` and fill it with demo data."""

    def open_demo():
        from tokodesk.services.database import open_database
        from tokodesk.services.demo import fill_demo

        db = open_database(str(folder / "demo.sqlite3"))
        now = dt.datetime.now(dt.UTC)
        db.write(lambda s: fill_demo(s, now=now))
        return db

    return open_demo


def demo_hint() -> str:
    """The demo accounts and their PINs, shown on the demo's sign-in screen."""
    from tokodesk.services.demo import DEMO_ACCOUNTS

    people = " · ".join(f"{name} {pin}" for name, _role, pin in DEMO_ACCOUNTS)
    return QCoreApplication.translate("app", "Demo — PIN: {people}").format(people=people)


def db_opener(url: str | None):
    def open_db():
        from tokodesk.services.database import open_database

        return open_database(url)

    return open_db


def setup_logging() -> None:
    from tokodesk.db.engine import data_dir

    folder = data_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.FileHandler(folder / "tokodesk.log", encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger().addHandler(handler)
    logging.getLogger().setLevel(logging.INFO)


def run_gui(argv: list[str]) -> int:
    args = parse_args(argv)
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else APP_NAME])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    from tokodesk.ui.icons import app_icon

    app.setWindowIcon(app_icon())
    from tokodesk.ui import style

    style.install(app)  # Fusion everywhere, with a focus ring on every control
    setup_logging()
    language = args.lang or i18n.chosen_language()
    translators = i18n.install_translators(app, language)  # noqa: F841 - must stay alive while the app runs

    if args.self_test:
        args.demo = False
    demo_dir = Path(tempfile.mkdtemp(prefix="tokodesk-demo-")) if args.demo else None
    test_dir = Path(tempfile.mkdtemp(prefix="tokodesk-selftest-")) if args.self_test else None
    runner = Runner()
    printer_runner = Runner()  # rendering and printing: never queued behind a payment, nor it behind them
    label = QCoreApplication.translate("app", "DEMO — data contoh, tidak disimpan") if demo_dir else ""
    backup_runner = Runner()  # backups and their checks: never on the UI thread nor the counter's worker
    window = MainWindow(runner, db_label=label, printer_runner=printer_runner, backup_runner=backup_runner)
    from tokodesk.ui.mail_sender import MailSender

    mail_runner = Runner()  # an SMTP server that does not answer must not hold up the counter
    window.mail_sender = MailSender(mail_runner, lambda: runner.db, window)
    window.mail_sender.report.connect(window.mail_report)
    if demo_dir:
        window.setWindowTitle(window.windowTitle() + QCoreApplication.translate("app", " — DEMO"))
        window.demo_hint = demo_hint()
    window.show()

    def opened(db) -> None:
        window.database_ready(db)
        if demo_dir:
            window.db_label.setText(label)

    def failed(err: Exception) -> None:
        from tokodesk.services.database import db_problem

        log.error("cannot open database: %s", err)
        QMessageBox.critical(
            window,
            APP_NAME,
            QCoreApplication.translate(
                "app", "Database tidak bisa dibuka:\n{detail}\n\nTidak ada data yang diubah."
            ).format(detail=db_problem(err)),
        )
        app.exit(2)

    if test_dir:
        run_self_test(app, window, runner, test_dir)
    else:
        runner.open(
            demo_opener(demo_dir) if demo_dir else db_opener(args.db), on_done=opened, on_error=failed
        )
    try:
        code = app.exec()
    finally:
        window.stop_backups()  # a backup under way stops at its next step and leaves nothing
        backup_runner.shutdown()
        window.mail_sender.shutdown()
        mail_runner.shutdown()
        printer_runner.shutdown()
        runner.shutdown()
        for folder in (demo_dir, test_dir):
            if folder:
                shutil.rmtree(folder, ignore_errors=True)
    return code
