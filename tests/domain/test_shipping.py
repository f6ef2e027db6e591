"""Shipping rules: resi shapes, tracking links, status moves, incidents, follow-up order."""

from __future__ import annotations

import datetime as dt
import itertools
from urllib.parse import quote

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tokodesk.domain import shipping as rules
from tokodesk.domain.errors import DomainError, InvalidInput
from tokodesk.domain.shipping import Courier, Decision, IncidentKind, ShipmentStatus

WIB = dt.timezone(dt.timedelta(hours=7))


@pytest.mark.parametrize("courier", [c for c in Courier if c not in (Courier.OTHER, Courier.OWN)])
def test_each_couriers_example_resi_fits_its_shape(courier):
    assert rules.check_resi(courier, rules.RESI_EXAMPLES[courier]).ok


@pytest.mark.parametrize(
    ("courier", "resi"),
    [(Courier.SICEPAT, "ABC"), (Courier.JNT, "JP12"), (Courier.POS, "hello"), (Courier.JNE, "12-34")],
)
def test_a_resi_of_the_wrong_shape_is_a_warning_naming_the_courier_and_an_example(courier, resi):
    check = rules.check_resi(courier, resi)
    assert not check.ok
    assert rules.COURIER_LABELS[courier] in check.message and rules.RESI_EXAMPLES[courier] in check.message


def test_spaces_and_case_do_not_matter():
    assert rules.normalize_resi(" jp 1234 567890 ") == "JP1234567890"
    assert rules.check_resi(Courier.JNT, " jp 1234 567890 ").ok


@given(st.text(max_size=30))
def test_other_courier_and_an_empty_resi_never_warn(resi):
    assert rules.check_resi(Courier.OTHER, resi).ok
    assert rules.check_resi(Courier.JNE, "").ok


@given(st.sampled_from(list(Courier)), st.text(min_size=1, max_size=40))
def test_tracking_url_always_carries_the_resi_url_encoded(courier, resi):
    url = rules.tracking_url(courier, resi)
    r = rules.normalize_resi(resi)
    if courier in rules.TRACKING_PAGES and r:
        assert url is not None and url.startswith("https://")
        assert quote(r, safe="") in url
    else:
        assert url is None


def test_other_and_instant_couriers_have_no_tracking_page():
    assert rules.tracking_url(Courier.OTHER, "X123") is None
    assert rules.tracking_url(Courier.GOSEND, "GK-1-12345678") is None


def test_weight_must_be_positive():
    for bad in (0, -1, None):
        with pytest.raises(InvalidInput):
            rules.check_weight(bad)
    rules.check_weight(1)


@given(st.lists(st.sampled_from(list(ShipmentStatus)), max_size=12))
def test_any_walk_of_allowed_moves_stays_within_what_is_reachable(path):
    """Applying only allowed moves from a start status, every status met is reachable, and
    a refused move raises without changing anything."""
    for start in rules.START_STATUSES:
        current = start
        for nxt in path:
            if rules.can_change(current, nxt):
                current = nxt
            else:
                with pytest.raises(DomainError):
                    rules.check_change(current, nxt)
            assert current in rules.reachable(start)


def test_the_main_road_and_the_terminal_statuses():
    road = [
        ShipmentStatus.PACKED,
        ShipmentStatus.SHIPPED,
        ShipmentStatus.IN_TRANSIT,
        ShipmentStatus.DELIVERED,
    ]
    for a, b in itertools.pairwise(road):
        assert rules.can_change(a, b)
    assert not rules.can_change(ShipmentStatus.PACKED, ShipmentStatus.DELIVERED)
    assert rules.reachable(ShipmentStatus.DELIVERED) == {ShipmentStatus.DELIVERED}
    assert rules.reachable(ShipmentStatus.RETURNED) == {ShipmentStatus.RETURNED}
    assert rules.reachable(ShipmentStatus.PACKED) == set(ShipmentStatus)


def test_incident_decisions():
    rules.check_decision(IncidentKind.LOST, Decision.RESEND)
    rules.check_decision(IncidentKind.NOT_RECEIVED, Decision.DECLINE)
    with pytest.raises(InvalidInput):
        rules.check_decision(IncidentKind.LOST, Decision.DECLINE)
    with pytest.raises(DomainError):
        rules.check_incident_status(IncidentKind.NOT_RECEIVED, ShipmentStatus.IN_TRANSIT)


moments = st.datetimes(
    min_value=dt.datetime(2026, 1, 1), max_value=dt.datetime(2026, 12, 31), timezones=st.just(WIB)
)


@given(st.lists(st.tuples(st.one_of(st.none(), moments), moments), max_size=20))
def test_follow_up_order_puts_the_longest_silence_first(rows):
    """Sorted by the last contact (follow-up, else shipping): each row's last contact is no
    later than the next one's."""
    items = [(i, rules.last_contact(f, s)) for i, (f, s) in enumerate(rows)]
    ordered = rules.follow_up_order(items, key=lambda r: (r[1], r[0]))
    assert sorted(ordered) == sorted(items)
    assert all(a[1] <= b[1] for a, b in itertools.pairwise(ordered))


@given(moments, st.integers(min_value=0, max_value=400))
def test_days_since_counts_calendar_days(moment, days):
    today = moment.astimezone().date() + dt.timedelta(days=days)
    assert rules.days_since(moment, today) == days
