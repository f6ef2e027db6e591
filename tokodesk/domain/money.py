"""Rupiah: whole numbers in an ``int``, parsed from what staff type, shown the Indonesian way.

Accepted input (spaces and an optional ``Rp``/``IDR`` prefix are ignored):

* plain digits: ``1250000``
* dots as thousands separators, in groups of three: ``1.250.000``
* a zero fraction, which some staff type out of habit: ``1.250.000,00`` or ``1250000,-``

Anything else (letters, a fraction that is not zero, a comma as thousands separator,
misplaced dots) is refused with a message that shows the expected form.  A float never
appears: the parser works on the digits as text.
"""

from __future__ import annotations

import re

from tokodesk.domain.errors import QT_TRANSLATE_NOOP, InvalidInput, invalid

MAX_RUPIAH = 10**15  # far above any shop's order; keeps sums well inside 64-bit integers

_GROUPED = re.compile(r"^\d{1,3}(\.\d{3})+$")
_PLAIN = re.compile(r"^\d+$")
_ZERO_FRACTION = re.compile(r"(,0{1,2}|,-)$")


def parse_rupiah(text: str, *, field: str = "amount", allow_negative: bool = False) -> int:
    """Parse a rupiah amount typed by a person into an ``int``; raise ``InvalidInput``."""
    raw = (text or "").strip()
    s = raw.replace(" ", "").replace("\u00a0", "")
    negative = s.startswith("-")  # "-Rp5.000", as format_rupiah writes a negative amount
    if negative:
        s = s[1:]
    if s[:2].lower() == "rp":
        s = s[2:]
    elif s[:3].upper() == "IDR":
        s = s[3:]
    s = s.lstrip(".")  # "Rp. 50.000" is a common way to write it
    if not negative and s.startswith("-"):
        negative, s = True, s[1:]
    s = _ZERO_FRACTION.sub("", s)
    if not s:
        raise invalid(field, QT_TRANSLATE_NOOP("errors", "Jumlah uang wajib diisi, contoh: 1.250.000"))
    if _PLAIN.match(s) or _GROUPED.match(s):
        value = int(s.replace(".", ""))
    else:
        raise invalid(
            field,
            QT_TRANSLATE_NOOP(
                "errors",
                "«{text}» bukan jumlah rupiah yang sah. Tulis angka bulat saja, "
                "contoh: 1.250.000 atau 1250000",
            ),
            text=raw,
        )
    if negative:
        if not allow_negative:
            raise invalid(field, QT_TRANSLATE_NOOP("errors", "Jumlah uang tidak boleh negatif"))
        value = -value
    if abs(value) >= MAX_RUPIAH:
        raise invalid(field, QT_TRANSLATE_NOOP("errors", "Jumlah uang terlalu besar: {text}"), text=raw)
    return value


def format_rupiah(amount: int) -> str:
    """``1250000`` → ``Rp1.250.000`` (negative: ``-Rp1.250.000``), via Babel's id_ID locale."""
    if not isinstance(amount, int) or isinstance(amount, bool):
        raise TypeError(f"rupiah must be int, got {type(amount).__name__}")
    from babel.numbers import format_currency  # imported late: keeps start-up fast

    return format_currency(amount, "IDR", format="¤#,##0", locale="id_ID", currency_digits=False)


def format_number(amount: int) -> str:
    """``1250000`` → ``1.250.000``: what an input field shows for editing."""
    from babel.numbers import format_decimal

    return format_decimal(amount, locale="id_ID")


def percent_of(amount: int, percent: int) -> int:
    """``percent``% of ``amount``, rounded up to the whole rupiah (a minimum is never undershot)."""
    return -((-amount * percent) // 100)


__all__ = ["InvalidInput", "format_number", "format_rupiah", "parse_rupiah", "percent_of"]
