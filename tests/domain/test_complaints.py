"""The complaint case's path, pure: any walk of allowed moves answers once (the first move
out of «new») and ends only in resolved or declined, which never move again."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tokodesk.domain.complaints import (
    CLOSED_STATUSES,
    MOVES,
    CaseStatus,
    Finding,
    Resolution,
    check_move,
    check_resolution,
    is_first_response,
)
from tokodesk.domain.errors import DomainError


@given(st.lists(st.sampled_from(list(CaseStatus)), max_size=8))
def test_a_walk_answers_once_and_closed_cases_stay_closed(targets):
    state, answered = CaseStatus.NEW, 0
    for target in targets:
        try:
            check_move(state, target)
        except DomainError:
            assert target not in MOVES[state]
            continue
        assert state not in CLOSED_STATUSES
        answered += is_first_response(state, target)
        state = target
    assert answered == (0 if state is CaseStatus.NEW else 1)


def test_closed_cases_have_no_moves():
    assert all(not MOVES[s] for s in CLOSED_STATUSES)


@pytest.mark.parametrize("resolution", list(Resolution))
def test_a_resolution_needs_a_finding(resolution):
    with pytest.raises(DomainError, match="temuan"):
        check_resolution(resolution, Finding.OPEN)


def test_only_the_customers_error_is_remade_for_a_charge():
    check_resolution(Resolution.REMAKE_CHARGED, Finding.CUSTOMER)
    for finding in (Finding.SHOP, Finding.COURIER, Finding.NOT_PROVEN):
        with pytest.raises(DomainError):
            check_resolution(Resolution.REMAKE_CHARGED, finding)
    check_resolution(Resolution.REMAKE_FREE, Finding.SHOP)
    with pytest.raises(DomainError):
        check_resolution(Resolution.REMAKE_FREE, Finding.NOT_PROVEN)
