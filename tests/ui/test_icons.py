"""One icon set (KDE Breeze, LGPL-3+, with its copyright file) for the toolbar, the
navigation and the main buttons: every icon loads, and at 1366 px the toolbar shows every
action (none pushed into the overflow menu) in both languages."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QToolBar, QToolButton

from tokodesk.resources import resource
from tokodesk.ui import i18n, icons


def test_every_icon_of_the_set_loads(qapp):
    for name in icons.NAMES:
        assert not icons.icon(name).pixmap(22, 22).isNull(), name
    assert resource("icons", "actions", "COPYRIGHT-breeze").exists()
    assert not icons.app_icon().isNull()


@pytest.mark.parametrize("language", ["id", "en"])
def test_the_toolbar_fits_1366_px_with_its_icons(qtbot, qapp, runner, db, language):
    from tokodesk.ui.main_window import MainWindow

    loaded = i18n.install_translators(qapp, language) if language != "id" else []
    try:
        w = MainWindow(runner)
        qtbot.addWidget(w)
        w.resize(1366, 768)
        w.show()
        w.database_ready(db)
        QApplication.processEvents()
        bar = w.findChild(QToolBar, "actions")
        assert all(not a.icon().isNull() for a in bar.actions())
        overflow = bar.findChild(QToolButton, "qt_toolbar_ext_button")
        assert overflow is None or not overflow.isVisible(), "an action went into the » overflow menu"
        assert all(not w.nav.item(r).icon().isNull() for r in range(w.nav.count()))
    finally:
        for tr in loaded:
            qapp.removeTranslator(tr)
        if loaded:
            for tr in i18n.install_translators(qapp, "id"):
                qapp.removeTranslator(tr)
