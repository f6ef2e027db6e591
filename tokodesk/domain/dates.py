"""Dates and times as the shop reads them: ``22 Nov 2026``, ``22 Nov 2026 14.05``."""

from __future__ import annotations

import datetime as dt
import re

from tokodesk.domain.errors import QT_TRANSLATE_NOOP, invalid

_MONTHS_ID = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]


def format_date(d: dt.date | None) -> str:
    """``2026-11-22`` → ``22 Nov 2026``; the Indonesian short month names (as Babel's id_ID)."""
    if d is None:
        return ""
    return f"{d.day} {_MONTHS_ID[d.month - 1]} {d.year}"


def format_datetime(t: dt.datetime | None) -> str:
    """An aware time in the machine's local zone: ``22 Nov 2026 14.05``."""
    if t is None:
        return ""
    local = t.astimezone() if t.tzinfo else t
    return f"{format_date(local.date())} {local:%H.%M}"


_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def parse_iso_date(text: str, *, field: str = "date") -> dt.date:
    """``YYYY-MM-DD`` (the import and command-line format) → date; a clear error otherwise."""
    s = (text or "").strip()
    if _ISO.match(s):
        try:
            return dt.date.fromisoformat(s)
        except ValueError:
            pass
    raise invalid(
        field,
        QT_TRANSLATE_NOOP(
            "errors", "Tanggal «{text}» tidak sah; tulis sebagai TTTT-BB-HH, contoh 2026-11-22"
        ),
        text=s,
    )
