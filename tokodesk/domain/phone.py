"""Indonesian phone numbers, normalized to E.164 (``0812-3456-7890`` → ``+6281234567890``)."""

from __future__ import annotations

from tokodesk.domain.errors import QT_TRANSLATE_NOOP, invalid


def normalize_phone(text: str, *, field: str = "phone") -> str:
    """Return the E.164 form of a phone typed by staff; raise ``InvalidInput`` when it is not a
    real number (too short, too long, impossible prefix)."""
    import phonenumbers  # imported late: a large module, not needed for the first window

    raw = (text or "").strip()
    if not raw:
        raise invalid(field, QT_TRANSLATE_NOOP("errors", "Nomor HP wajib diisi, contoh: 0812-3456-7890"))
    candidate = raw
    digits = "".join(ch for ch in raw if ch.isdigit())
    if not raw.startswith("+") and digits.startswith("62") and len(digits) >= 10:
        candidate = "+" + digits  # "6281234567890" as WhatsApp shows it
    try:
        number = phonenumbers.parse(candidate, "ID")
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        raise invalid(
            field,
            QT_TRANSLATE_NOOP(
                "errors",
                "Nomor HP «{text}» tidak sah. Tulis nomor lengkap, contoh: 0812-3456-7890 "
                "atau +62 812-3456-7890",
            ),
            text=raw,
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def format_phone(e164: str) -> str:
    """``+6281234567890`` → ``0812-3456-7890`` for Indonesian mobiles; other numbers as stored."""
    if e164.startswith("+628") and 11 <= len(e164) <= 15:
        local = "0" + e164[3:]
        return f"{local[:4]}-{local[4:8]}-{local[8:]}"
    if e164.startswith("+62"):
        return "0" + e164[3:]
    return e164


def phone_search_key(text: str) -> str:
    """Digits of a partial phone as stored after ``+62``: ``0812 34`` → ``81234``."""
    digits = "".join(ch for ch in text if ch.isdigit())
    if digits.startswith("62"):
        return digits[2:]
    if digits.startswith("0"):
        return digits[1:]
    return digits
