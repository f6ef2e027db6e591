"""QRIS payloads: reading the shop's static code and making the payment code with the amount.

The fixtures are static payloads of different shapes written here with their own valid CRCs
(tip prompts, two merchant accounts, additional data, postal codes, lower-case names);
``qriskit`` (an independent QRIS library) checks every payment code we make."""

from __future__ import annotations

import pytest
import qriskit
from hypothesis import given, settings
from hypothesis import strategies as st

from tokodesk.domain import qris
from tokodesk.domain.qris import Element, QrisError, crc16, encode


def seal(elements: list[Element]) -> str:
    body = encode(elements) + "6304"
    return body + crc16(body)


def tlv(*pairs: tuple[str, str]) -> str:
    return encode([Element(t, v) for t, v in pairs])


NATIONAL = tlv(("00", "ID.CO.QRIS.WWW"), ("02", "ID1023456789012"), ("03", "UMI"))

STATIC = {
    "bank": qris.build_static(name="TOKO KUE MAWAR", city="BANDUNG", merchant_id="ID1020021234567"),
    "wallet_postal": qris.build_static(
        name="Sablon Jaya Abadi",
        city="Kota Surabaya",
        merchant_id="ID2021100200300",
        acquirer="ID.CO.EWALLET.WWW",
        pan="936009153000123456",
        mcc="7399",
        postal="60231",
    ),
    # two merchant accounts, a tip prompt, and additional data with a terminal label
    "two_accounts_tip": seal(
        [
            Element("00", "01"),
            Element("01", "11"),
            Element("26", tlv(("00", "ID.CO.BANKA.WWW"), ("01", "936000140000001111"), ("02", "000001111"))),
            Element("27", tlv(("00", "ID.CO.BANKB.WWW"), ("01", "936000220000002222"), ("02", "000002222"))),
            Element("51", NATIONAL),
            Element("52", "5999"),
            Element("53", "360"),
            Element("55", "01"),
            Element("58", "ID"),
            Element("59", "Kedai Kopi Senja"),
            Element("60", "Yogyakarta"),
            Element("61", "55281"),
            Element("62", tlv(("07", "KASIR01"))),
        ]
    ),
    # no point-of-initiation tag at all (static by default)
    "no_poi": seal(
        [
            Element("00", "01"),
            Element("26", tlv(("00", "ID.CO.BANKC.WWW"), ("01", "936000330000003333"))),
            Element("51", NATIONAL),
            Element("52", "5411"),
            Element("53", "360"),
            Element("58", "ID"),
            Element("59", "WARUNG BU SRI"),
            Element("60", "SEMARANG"),
        ]
    ),
}


@pytest.mark.parametrize("name", STATIC)
def test_every_fixture_is_a_valid_static_qris(name):
    payload = STATIC[name]
    q = qris.read_static(payload)
    assert q.static and q.amount is None
    errors = [i.path for i in qriskit.validate(payload) if i.severity == "error"]
    # QRIS asks for tag 01; EMVCo lets it out.  We read such a sticker as static, and the
    # payment code made from it has the tag (qriskit checks that below).
    assert errors == (["01"] if name == "no_poi" else [])


@pytest.mark.parametrize("name", STATIC)
@pytest.mark.parametrize("amount", [1, 425_000, 1_250_000, 999_999_999_999])
def test_the_payment_code_carries_the_amount_and_a_good_crc(name, amount):
    code = qris.with_amount(STATIC[name], amount, reference="MWR-2611-0042")
    q = qris.read(code)
    assert q.dynamic and q.amount == amount
    assert q.bill_number == "MWR-2611-0042"
    assert code[-4:] == crc16(code[:-4])
    assert "010212" in code[:12]
    static = qris.read(STATIC[name])
    assert (q.merchant_name, q.merchant_city, q.merchant_id) == (
        static.merchant_name,
        static.merchant_city,
        static.merchant_id,
    )
    # an independent library agrees
    issues = [i for i in qriskit.validate(code) if i.severity == "error"]
    assert not issues, issues
    other = qriskit.parse(code)
    assert int(other.amount) == amount and other.is_dynamic


def test_the_terminal_label_is_kept_beside_the_bill_number():
    code = qris.with_amount(STATIC["two_accounts_tip"], 50_000, reference="TD-2611-0001")
    assert "62" in [e.tag for e in qris.parse_tlv(code)]
    additional = dict(
        (e.tag, e.value) for e in qris.parse_tlv(next(e.value for e in qris.parse_tlv(code) if e.tag == "62"))
    )
    assert additional == {"01": "TD-2611-0001", "07": "KASIR01"}


@settings(max_examples=200, deadline=None)
@given(
    fixture=st.sampled_from(sorted(STATIC)),
    amount=st.integers(min_value=1, max_value=10**13 - 1),
    reference=st.text(max_size=40),
)
def test_any_amount_and_reference_round_trip(fixture, amount, reference):
    code = qris.with_amount(STATIC[fixture], amount, reference=reference)
    q = qris.read(code)
    assert q.amount == amount
    assert len(q.bill_number) <= 25


@settings(max_examples=300, deadline=None)
@given(
    fixture=st.sampled_from(sorted(STATIC)),
    data=st.data(),
)
def test_one_changed_character_is_refused(fixture, data):
    code = qris.with_amount(STATIC[fixture], 425_000, reference="TD-2611-0001")
    i = data.draw(st.integers(min_value=0, max_value=len(code) - 1))
    c = data.draw(st.characters(min_codepoint=32, max_codepoint=126).filter(lambda ch: ch != code[i]))
    changed = code[:i] + c + code[i + 1 :]
    with pytest.raises(QrisError):
        qris.read(changed)


def test_a_changed_amount_digit_fails_the_crc():
    code = qris.with_amount(STATIC["bank"], 425_000)
    forged = code.replace("5406425000", "5406125000")
    with pytest.raises(QrisError, match="CRC"):
        qris.read(forged)


@pytest.mark.parametrize(
    "payload, words",
    [
        ("", "kosong"),
        ("hello world", "bukan kode pembayaran"),
        ("TOKO:TD-2611-0001:ABCDEF", "bukan kode pembayaran"),
        ("000201abc", "rusak"),
        (STATIC["bank"][:-4] + "0000", "CRC"),
        (STATIC["bank"][:-8], "tidak lengkap"),
        (seal([Element("00", "02"), Element("59", "X"), Element("60", "Y")]), "000201"),
        (
            seal(
                [
                    Element("00", "01"),
                    Element("51", NATIONAL),
                    Element("53", "360"),
                    Element("58", "ID"),
                    Element("59", "TOKO"),
                    Element("60", "BDG"),
                ]
            ),
            "",  # the national template is a merchant account: this one passes
        ),
        (
            seal(
                [
                    Element("00", "01"),
                    Element("52", "5411"),
                    Element("53", "360"),
                    Element("58", "ID"),
                    Element("59", "TOKO"),
                    Element("60", "BDG"),
                ]
            ),
            "akun merchant",
        ),
        (
            seal(
                [
                    Element("00", "01"),
                    Element("26", tlv(("00", "TH.PROMPTPAY"))),
                    Element("53", "764"),
                    Element("58", "TH"),
                    Element("59", "SHOP"),
                    Element("60", "BANGKOK"),
                ]
            ),
            "bukan QRIS Indonesia",
        ),
        (
            seal(
                [
                    Element("00", "01"),
                    Element("51", NATIONAL),
                    Element("53", "360"),
                    Element("58", "ID"),
                    Element("60", "BDG"),
                ]
            ),
            "Nama merchant",
        ),
        (
            seal(
                [
                    Element("00", "01"),
                    Element("51", NATIONAL),
                    Element("53", "360"),
                    Element("58", "ID"),
                    Element("59", "TOKO"),
                ]
            ),
            "Kota merchant",
        ),
    ],
)
def test_broken_or_foreign_codes_are_refused_with_a_reason(payload, words):
    if not words:
        assert qris.read_static(payload).merchant_name == "TOKO"
        return
    with pytest.raises(QrisError) as err:
        qris.read_static(payload)
    assert words.lower() in str(err.value).lower()


def test_an_already_dynamic_code_is_not_a_shop_sticker():
    dynamic = qris.with_amount(STATIC["bank"], 425_000)
    with pytest.raises(QrisError, match=r"dinamis.*Rp425\.000"):
        qris.read_static(dynamic)
    with pytest.raises(QrisError):
        qris.with_amount(dynamic, 10_000)


@pytest.mark.parametrize("amount", [0, -1, 10**13])
def test_an_amount_of_zero_or_less_makes_no_code(amount):
    with pytest.raises(QrisError):
        qris.with_amount(STATIC["bank"], amount)


def test_money_is_whole_rupiah_never_a_float():
    with pytest.raises(TypeError):
        qris.with_amount(STATIC["bank"], 425000.0)  # type: ignore[arg-type]


def test_crc_matches_the_published_check_value():
    # CRC-16/CCITT-FALSE of "123456789" is 29B1 (the catalogue's check value)
    assert crc16("123456789") == "29B1"


def test_a_scanned_qris_is_recognised_and_an_order_payload_is_not():
    assert qris.looks_like_qris(STATIC["bank"])
    assert qris.looks_like_qris(qris.with_amount(STATIC["bank"], 5))
    assert not qris.looks_like_qris("TOKO:TD-2611-0001:ABCDEF")
    assert not qris.looks_like_qris("000201")
