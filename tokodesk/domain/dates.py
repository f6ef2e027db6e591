"""Dates and times as the shop reads them: ``22 Nov 2026``, ``22 Nov 2026 14.05`` (in
English ``22 Nov 2026 14:05``).

The language is the reader's: the interface sets the process default once
(``set_language``) and a document or message passes its own (the shop's language for what
the customer reads), so an English screen and an Indonesian nota can be made side by side.
"""

from __future__ import annotations

import datetime as dt
import re

from tokodesk.domain.errors import QT_TRANSLATE_NOOP, invalid

MONTHS = {
    "id": ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
}
TIME_SEPARATOR = {"id": ".", "en": ":"}
_default = "id"


def set_language(language: str) -> None:
    """The language dates take when a caller names none (the interface's, set at start)."""
    global _default
    _default = language if language in MONTHS else "id"


def current_language() -> str:
    """The process default (the interface's language)."""
    return _default


def _lang(language: str | None) -> str:
    return language if language in MONTHS else _default


def format_date(d: dt.date | None, language: str | None = None) -> str:
    """``2026-11-22`` → ``22 Nov 2026``; short month names as Babel's id_ID / en."""
    if d is None:
        return ""
    return f"{d.day} {MONTHS[_lang(language)][d.month - 1]} {d.year}"


def format_time(t: dt.datetime | dt.time, language: str | None = None) -> str:
    """``14.05`` (Indonesian) or ``14:05`` (English)."""
    return f"{t.hour:02d}{TIME_SEPARATOR[_lang(language)]}{t.minute:02d}"


def format_datetime(t: dt.datetime | None, language: str | None = None) -> str:
    """An aware time in the machine's local zone: ``22 Nov 2026 14.05``."""
    if t is None:
        return ""
    local = t.astimezone() if t.tzinfo else t
    return f"{format_date(local.date(), language)} {format_time(local, language)}"


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
