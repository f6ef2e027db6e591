"""The app's icons: one freely licensed set (KDE Breeze, LGPL-3+, a subset in
resources/icons/actions with its copyright file), so every toolbar action, navigation page
and main button looks of one family.  Loaded once each."""

from __future__ import annotations

import functools

from PySide6.QtGui import QIcon

from tokodesk.resources import resource

NAMES = (
    "new-order",
    "new-customer",
    "quick-log",
    "search",
    "refresh",
    "agenda",
    "settings",
    "seal",
    "orders",
    "customers",
    "parcels",
    "cod",
    "complaints",
    "print",
    "payment",
    "report",
)


@functools.cache
def icon(name: str) -> QIcon:
    if name not in NAMES:
        raise KeyError(f"no icon {name!r} in the set")
    return QIcon(str(resource("icons", "actions", f"{name}.svg")))


def app_icon() -> QIcon:
    return QIcon(str(resource("icons", "tokodesk.png")))
