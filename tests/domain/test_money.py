"""Rupiah parsing and formatting: whole rupiah in an int, typed and shown the Indonesian way."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tokodesk.domain.errors import InvalidInput
from tokodesk.domain.money import MAX_RUPIAH, format_number, format_rupiah, parse_rupiah, percent_of

amounts = st.integers(min_value=0, max_value=MAX_RUPIAH - 1)
signed_amounts = st.integers(min_value=-(MAX_RUPIAH - 1), max_value=MAX_RUPIAH - 1)


@given(amounts)
def test_parse_reads_back_what_format_writes(n):
    assert parse_rupiah(format_rupiah(n)) == n


@given(signed_amounts)
def test_parse_reads_back_negative_formats_when_allowed(n):
    assert parse_rupiah(format_rupiah(n), allow_negative=True) == n


@given(amounts)
def test_parse_reads_back_the_edit_field_form(n):
    assert parse_rupiah(format_number(n)) == n
    assert parse_rupiah(str(n)) == n


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.250.000", 1_250_000),
        ("1250000", 1_250_000),
        ("Rp 1.250.000", 1_250_000),
        ("Rp1.250.000", 1_250_000),
        ("rp1.250.000", 1_250_000),
        ("Rp. 50.000", 50_000),
        ("1.250.000,00", 1_250_000),
        ("1.250.000,0", 1_250_000),
        ("1250000,-", 1_250_000),
        ("IDR 5000", 5_000),
        ("idr 5.000", 5_000),
        ("  75.000  ", 75_000),
        ("1\u00a0250\u00a0000", 1_250_000),
        ("0", 0),
        ("999", 999),
    ],
)
def test_parse_accepts_what_staff_type(text, expected):
    assert parse_rupiah(text) == expected


@pytest.mark.parametrize(
    "text",
    ["1,250,000", "12.50", "1.2345", "abc", "1.250.000,50", "1e6", "12.5", "1.25.000", "Rp", "5 rb", "1_000"],
)
def test_parse_refuses_other_forms_with_an_example(text):
    with pytest.raises(InvalidInput) as e:
        parse_rupiah(text, field="deposit")
    err = e.value.first("deposit")
    assert err is not None
    assert "contoh: 1.250.000" in err.message
    if text.strip() not in ("", "Rp"):
        assert f"«{text}»" in err.message  # the message quotes what was typed


@pytest.mark.parametrize("text", ["", "   ", None])
def test_parse_refuses_empty_input_with_an_example(text):
    with pytest.raises(InvalidInput) as e:
        parse_rupiah(text)
    assert e.value.first("amount").message == "Jumlah uang wajib diisi, contoh: 1.250.000"


@pytest.mark.parametrize("text", ["-5000", "-5.000", "Rp-5.000", "-Rp5.000", "- 5.000"])
def test_negatives_are_refused_unless_allowed(text):
    with pytest.raises(InvalidInput) as e:
        parse_rupiah(text)
    assert "negatif" in str(e.value)
    assert parse_rupiah(text, allow_negative=True) == -5_000


def test_amount_too_large_is_refused():
    assert parse_rupiah(str(MAX_RUPIAH - 1)) == MAX_RUPIAH - 1
    with pytest.raises(InvalidInput, match="terlalu besar"):
        parse_rupiah(str(MAX_RUPIAH))


def test_parse_never_returns_a_float():
    assert type(parse_rupiah("1.250.000,00")) is int


def test_format_the_indonesian_way():
    assert format_rupiah(1_250_000) == "Rp1.250.000"
    assert format_rupiah(0) == "Rp0"
    assert format_rupiah(500) == "Rp500"
    assert format_rupiah(-1_250_000) == "-Rp1.250.000"
    assert format_number(1_250_000) == "1.250.000"


@pytest.mark.parametrize("value", [1.0, 1250000.0, True, False, "1250000", None])
def test_format_refuses_non_int(value):
    with pytest.raises(TypeError):
        format_rupiah(value)


def test_percent_of_rounds_up():
    assert percent_of(150_000, 30) == 45_000
    assert percent_of(100_001, 30) == 30_001  # 30000.3 → 30001
    assert percent_of(1, 30) == 1
    assert percent_of(0, 30) == 0
    assert percent_of(99, 50) == 50
    assert percent_of(200, 100) == 200
    assert percent_of(200, 0) == 0


@given(st.integers(min_value=0, max_value=MAX_RUPIAH), st.integers(min_value=0, max_value=100))
def test_percent_of_never_undershoots_and_overshoots_by_less_than_one_rupiah(amount, percent):
    p = percent_of(amount, percent)
    assert type(p) is int
    assert p * 100 >= amount * percent
    assert (p - 1) * 100 < amount * percent
    assert 0 <= p <= amount
