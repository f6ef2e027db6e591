"""Deposit (DP) policy: 30% minimum, 50% suggested, 100% for blacklisted customers."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tokodesk.domain.deposit import DepositPolicy, Standing
from tokodesk.domain.errors import InvalidInput

POLICY = DepositPolicy()
STANDINGS = [Standing.NORMAL, Standing.QUESTIONABLE, Standing.BLACKLISTED]


def test_defaults_follow_the_brief():
    assert (POLICY.min_percent, POLICY.suggested_percent) == (30, 50)


@pytest.mark.parametrize(
    ("total", "standing", "minimum", "suggested"),
    [
        (150_000, Standing.NORMAL, 45_000, 75_000),
        (150_000, Standing.QUESTIONABLE, 45_000, 75_000),
        (150_000, Standing.BLACKLISTED, 150_000, 150_000),
        (100_001, Standing.NORMAL, 30_001, 50_001),  # rounded up to the whole rupiah
        (0, Standing.NORMAL, 0, 0),
        (0, Standing.BLACKLISTED, 0, 0),
    ],
)
def test_minimum_and_suggested(total, standing, minimum, suggested):
    assert POLICY.minimum(total, standing) == minimum
    assert POLICY.suggested(total, standing) == suggested


def test_check_names_the_minimum():
    with pytest.raises(InvalidInput) as e:
        POLICY.check(40_000, 150_000)
    assert e.value.first("deposit").message == "DP minimal 30% dari total, yaitu Rp45.000"


def test_check_for_a_blacklisted_customer_asks_for_full_payment():
    with pytest.raises(InvalidInput) as e:
        POLICY.check(75_000, 150_000, Standing.BLACKLISTED, field="dp")
    assert e.value.first("dp").message == (
        "Pelanggan ini masuk daftar hitam: wajib bayar penuh Rp150.000 di muka"
    )
    POLICY.check(150_000, 150_000, Standing.BLACKLISTED)


def test_check_refuses_a_negative_deposit_and_one_above_the_total():
    with pytest.raises(InvalidInput, match="negatif"):
        POLICY.check(-1, 150_000)
    with pytest.raises(InvalidInput) as e:
        POLICY.check(150_001, 150_000)
    assert e.value.first("deposit").message == "DP tidak boleh melebihi total pesanan Rp150.000"


@pytest.mark.parametrize("deposit", [45_000, 75_000, 150_000])
def test_check_accepts_the_allowed_range(deposit):
    POLICY.check(deposit, 150_000)


def test_owner_percentages_are_used():
    policy = DepositPolicy(min_percent=40, suggested_percent=60)
    assert policy.minimum(100_000) == 40_000
    assert policy.suggested(100_000) == 60_000
    with pytest.raises(InvalidInput, match=r"DP minimal 40% dari total, yaitu Rp40\.000"):
        policy.check(39_999, 100_000)


@pytest.mark.parametrize(("minimum", "suggested"), [(-1, 50), (30, 101), (60, 50), (101, 101)])
def test_impossible_policies_are_refused(minimum, suggested):
    with pytest.raises(ValueError):
        DepositPolicy(min_percent=minimum, suggested_percent=suggested)


policies = st.integers(0, 100).flatmap(
    lambda lo: st.builds(DepositPolicy, min_percent=st.just(lo), suggested_percent=st.integers(lo, 100))
)


@given(policies, st.integers(min_value=0, max_value=10**13), st.sampled_from(STANDINGS))
def test_minimum_never_above_suggested_never_above_total(policy, total, standing):
    minimum = policy.minimum(total, standing)
    suggested = policy.suggested(total, standing)
    assert 0 <= minimum <= suggested <= total
    assert minimum * 100 >= total * policy.min_percent
    if standing == Standing.BLACKLISTED:
        assert minimum == suggested == total
    # the minimum itself passes the check, one rupiah less does not
    policy.check(minimum, total, standing)
    policy.check(suggested, total, standing)
    if minimum > 0:
        with pytest.raises(InvalidInput):
            policy.check(minimum - 1, total, standing)
