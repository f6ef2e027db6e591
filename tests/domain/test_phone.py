"""Indonesian phone numbers: typed any way, stored as E.164, shown as 0812-3456-7890."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tokodesk.domain.errors import InvalidInput
from tokodesk.domain.phone import format_phone, normalize_phone, phone_search_key


@pytest.mark.parametrize(
    ("typed", "e164"),
    [
        ("0812-3456-7890", "+6281234567890"),
        ("081234567890", "+6281234567890"),
        ("0812 3456 7890", "+6281234567890"),
        ("+62 812 3456 7890", "+6281234567890"),
        ("+62 812-3456-7890", "+6281234567890"),
        ("6281234567890", "+6281234567890"),  # as WhatsApp shows it
        ("62 812 3456 7890", "+6281234567890"),
        (" 0812-3456-7890 ", "+6281234567890"),
        ("021-5551234", "+62215551234"),  # Jakarta landline
        ("(021) 555 1234", "+62215551234"),
    ],
)
def test_normalize(typed, e164):
    assert normalize_phone(typed) == e164


@pytest.mark.parametrize("typed", ["08123", "12345", "abc", "0812345678901234", "628123", "0000000000"])
def test_invalid_numbers_are_refused_with_an_example(typed):
    with pytest.raises(InvalidInput) as e:
        normalize_phone(typed, field="whatsapp")
    err = e.value.first("whatsapp")
    assert err is not None
    assert f"«{typed}»" in err.message
    assert "contoh: 0812-3456-7890" in err.message


@pytest.mark.parametrize("typed", ["", "   ", None])
def test_empty_is_refused(typed):
    with pytest.raises(InvalidInput) as e:
        normalize_phone(typed)
    assert e.value.first("phone").message == "Nomor HP wajib diisi, contoh: 0812-3456-7890"


def test_format_phone():
    assert format_phone("+6281234567890") == "0812-3456-7890"
    assert format_phone("+628123456789") == "0812-3456-789"
    assert format_phone("+62215551234") == "0215551234"
    assert format_phone("+16502530000") == "+16502530000"  # foreign numbers as stored


@given(st.from_regex(r"08[1-9][0-9]{7,9}", fullmatch=True))
def test_mobile_numbers_round_trip_through_format(local):
    try:
        e164 = normalize_phone(local)
    except InvalidInput:
        return  # not every prefix is allocated
    assert e164 == "+62" + local[1:]
    shown = format_phone(e164)
    assert shown.replace("-", "") == local
    assert normalize_phone(shown) == e164


@pytest.mark.parametrize(
    ("typed", "key"),
    [
        ("0812 34", "81234"),
        ("0812-34", "81234"),
        ("+62 812", "812"),
        ("62812", "812"),
        ("3456", "3456"),
        ("", ""),
        ("abc", ""),
    ],
)
def test_phone_search_key(typed, key):
    assert phone_search_key(typed) == key


@pytest.mark.parametrize("typed", ["0812 3456", "+62 812 34", "6281234", "3456 78"])
def test_search_key_is_found_in_the_stored_number(typed):
    assert phone_search_key(typed) in normalize_phone("0812-3456-7890")
