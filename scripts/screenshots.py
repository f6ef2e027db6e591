"""Take screenshots of every screen on the demo data (offscreen), for docs/ and review.

QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py docs/screenshots
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from tokodesk.db.models import Order
from tokodesk.services.database import open_database
from tokodesk.services.demo import fill_demo
from tokodesk.ui import i18n
from tokodesk.ui.main_window import MainWindow
from tokodesk.ui.runner import SyncRunner


def settle(app, n=30):
    for _ in range(n):
        app.processEvents()


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    i18n.install_translators(app)
    db = open_database(str(Path(tempfile.mkdtemp()) / "demo.sqlite3"))
    now = dt.datetime.now(dt.UTC)
    db.write(lambda s: fill_demo(s, actor=db.actor, now=now))
    runner = SyncRunner(db)
    w = MainWindow(runner)
    w.resize(1366, 768)  # a common counter PC screen
    w.show()
    w.database_ready(db)
    settle(app)
    w.grab().save(str(out / "orders.png"))

    w.nav.setCurrentRow(1)
    settle(app)
    w.grab().save(str(out / "customers.png"))
    w.nav.setCurrentRow(0)

    # the new-order dialog, filled in the way staff would
    dlg = w.new_order()
    dlg.customer_search.setText("Sari")
    dlg._search_customers()
    dlg._pick_first_customer()
    for name, qty, price, details in [
        ("Kaos sablon custom", "12", "85.000", "Nama punggung + nomor, ukuran: 4 M, 6 L, 2 XL"),
        ("Mug foto", "2", "45.000", "Foto keluarga, tulisan: Happy Anniversary"),
    ]:
        dlg.item_name.setText(name)
        dlg.item_qty.setText(qty)
        dlg.item_price.setText(price)
        dlg.item_details.setText(details)
        dlg.add_item()
    settle(app)
    dlg.grab().save(str(out / "new_order.png"))
    dlg.reject()

    def pick(s):
        ready = s.scalar(select(Order.id).where(Order.status == "ready").order_by(Order.id.desc()).limit(1))
        forfeited = s.scalar(select(Order.id).where(Order.status == "forfeited").limit(1))
        return ready, forfeited

    ready, forfeited = db.read(pick)
    for name, oid in (("order_detail", ready), ("order_detail_forfeited", forfeited)):
        d = w.open_order(oid)
        settle(app)
        d.grab().save(str(out / f"{name}.png"))
        d.reject()

    d = w.open_order(ready)
    d.open_preview()
    settle(app)
    d.document_dialog.grab().save(str(out / "print_preview.png"))
    d.document_dialog.reject()
    d.reject()

    s = w.shop_settings()
    settle(app)
    s.grab().save(str(out / "shop_settings.png"))
    s.reject()

    c = w.new_customer()
    c.name.setText("")
    c.phone.setText("0812-12")
    c.save()
    settle(app)
    c.grab().save(str(out / "customer_invalid.png"))
    c.reject()
    w.close()
    db.close()
    print("saved to", out)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
    sys.exit(0)
