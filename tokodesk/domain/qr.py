"""What the QR code on a nota or pickup slip carries, and how a scan is checked.

Payload: ``TOKO:<order code>:<check>`` where ``check`` is six base32 characters of an
HMAC-SHA256 of the code under the shop's own secret.  A slip printed by another shop, a
hand-made one or a mistyped code fails the check; a plain order code typed into the search
box is still accepted there (the counter knows it is typed, not scanned).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from dataclasses import dataclass

PREFIX = "TOKO:"
CHECK_LEN = 6
_PAYLOAD = re.compile(r"^TOKO:([A-Z0-9]{1,6}-\d{4}-\d{4,}):([A-Z2-7]{6})$")


def check_of(code: str, secret: str) -> str:
    digest = hmac.new(secret.encode(), code.encode(), hashlib.sha256).digest()
    return base64.b32encode(digest).decode()[:CHECK_LEN]


def make_payload(code: str, secret: str) -> str:
    """The text the QR code encodes for the order ``code``."""
    return f"{PREFIX}{code}:{check_of(code, secret)}"


@dataclass(frozen=True)
class Scan:
    """The result of reading a scanned payload."""

    code: str | None  # the order code it names, if it has the right shape
    genuine: bool  # the check matches this shop's secret


def read_payload(text: str, secret: str) -> Scan | None:
    """Read a scanned payload; None if the text is not a TokoDesk payload at all.

    Scanners sometimes send lower case (Caps Lock) or stray spaces; both are forgiven."""
    s = text.strip().upper()
    m = _PAYLOAD.match(s)
    if not m:
        return None
    code, check = m.group(1), m.group(2)
    return Scan(code, hmac.compare_digest(check, check_of(code, secret)))


def looks_like_payload_start(text: str) -> bool:
    """Could ``text`` (what a scanner has typed so far) become a payload?"""
    s = text.upper()
    return PREFIX.startswith(s) if len(s) < len(PREFIX) else s.startswith(PREFIX)
