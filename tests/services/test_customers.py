"""Customers: adding, editing, the one-customer-per-phone rule, and search as you type."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from tests import factories as f
from tokodesk.db.models import Customer
from tokodesk.domain.errors import InvalidInput, NotFound
from tokodesk.services.customers import (
    MAX_NAME,
    CustomerInput,
    DuplicatePhone,
    create_customer,
    customer_ids,
    customer_rows,
    find_by_phone,
    get_customer,
    search_customers,
    update_customer,
)


def count(session) -> int:
    return session.scalar(select(func.count(Customer.id)))


def test_create_normalizes_the_phone_and_whatsapp_defaults_to_it(session, actor, now):
    row, changes = create_customer(
        session,
        CustomerInput(name="  Siti   Rahayu ", phone="0812-3456-7890", address=" Jl. Melati 5 ", notes=" "),
        actor=actor,
        now=now,
    )
    assert (row.name, row.phone, row.whatsapp) == ("Siti Rahayu", "+6281234567890", "+6281234567890")
    assert (row.address, row.notes, row.standing, row.order_count) == ("Jl. Melati 5", "", "normal", 0)
    assert changes.customers and changes.customer_id == row.id
    c = session.get(Customer, row.id)
    assert c.name_key == "siti rahayu"
    assert c.created_by_id == actor.staff_id
    assert c.created_at == now


def test_a_separate_whatsapp_number_is_normalized_too(session, actor, now):
    row, _ = create_customer(
        session,
        CustomerInput(name="Budi", phone="021-5551234", whatsapp="6281234567890"),
        actor=actor,
        now=now,
    )
    assert (row.phone, row.whatsapp) == ("+62215551234", "+6281234567890")


@pytest.mark.parametrize(
    ("data", "fields"),
    [
        (CustomerInput(name="", phone="0812-3456-7890"), {"name"}),
        (CustomerInput(name="   ", phone="0812-3456-7890"), {"name"}),
        (CustomerInput(name="Siti", phone="08123"), {"phone"}),
        (CustomerInput(name="Siti", phone=""), {"phone"}),
        (CustomerInput(name="Siti", phone="0812-3456-7890", whatsapp="abc"), {"whatsapp"}),
        (CustomerInput(name="", phone="abc", whatsapp="123"), {"name", "phone", "whatsapp"}),
        (CustomerInput(name="x" * (MAX_NAME + 1), phone="0812-3456-7890"), {"name"}),
    ],
)
def test_bad_input_names_every_bad_field_and_writes_nothing(session, actor, now, data, fields):
    before = count(session)
    with pytest.raises(InvalidInput) as e:
        create_customer(session, data, actor=actor, now=now)
    assert {err.field for err in e.value.errors} == fields
    for err in e.value.errors:
        assert err.message
    assert count(session) == before


def test_name_error_message(session, actor, now):
    with pytest.raises(InvalidInput) as e:
        create_customer(session, CustomerInput(name="", phone="0812-3456-7890"), actor=actor, now=now)
    assert e.value.first("name").message == "Nama pelanggan wajib diisi"
    assert str(e.value) == "Nama pelanggan wajib diisi"


def test_name_of_exactly_the_maximum_length_is_accepted(session, actor, now):
    row = f.customer(session, actor, now, name="x" * MAX_NAME)
    assert len(row.name) == MAX_NAME


@pytest.mark.parametrize("second", ["+62 812 3456 7890", "6281234567890", "081234567890", "0812 3456 7890"])
def test_duplicate_phone_typed_differently_offers_the_existing_customer(session, actor, now, second):
    first = f.customer(session, actor, now, name="Siti Rahayu", phone="0812-3456-7890")
    before = count(session)
    with pytest.raises(DuplicatePhone) as e:
        create_customer(session, CustomerInput(name="Siti R.", phone=second), actor=actor, now=now)
    assert e.value.existing == first
    assert "Siti Rahayu" in str(e.value)
    assert "+6281234567890" in str(e.value)
    assert count(session) == before


def test_same_name_different_phone_is_a_different_customer(session, actor, now):
    a = f.customer(session, actor, now, name="Budi")
    b = f.customer(session, actor, now, name="Budi")
    assert a.id != b.id


def test_update_customer(session, actor, now):
    row = f.customer(session, actor, now, name="Siti Rahayu", phone="0812-3456-7890")
    updated, changes = update_customer(
        session,
        row.id,
        CustomerInput(name="Siti Rahayu Putri", phone="+62 813 1111 2222", address="Jl. Kenanga 1"),
        actor=actor,
        now=now,
    )
    assert (updated.id, updated.name, updated.phone, updated.whatsapp, updated.address) == (
        row.id,
        "Siti Rahayu Putri",
        "+6281311112222",
        "+6281311112222",
        "Jl. Kenanga 1",
    )
    assert changes.customers and changes.customer_id == row.id
    assert session.get(Customer, row.id).name_key == "siti rahayu putri"
    assert find_by_phone(session, "0812-3456-7890") is None
    assert find_by_phone(session, "0813-1111-2222").id == row.id


def test_update_keeping_the_own_phone_is_fine(session, actor, now):
    row = f.customer(session, actor, now, phone="0812-3456-7890")
    updated, _ = update_customer(
        session, row.id, CustomerInput(name="Nama Baru", phone="+6281234567890"), actor=actor, now=now
    )
    assert updated.phone == row.phone


def test_update_to_another_customers_phone_is_refused(session, actor, now):
    a = f.customer(session, actor, now, name="Ani", phone="0812-3456-7890")
    b = f.customer(session, actor, now, name="Budi")
    with pytest.raises(DuplicatePhone) as e:
        update_customer(
            session, b.id, CustomerInput(name="Budi", phone="62 812 3456 7890"), actor=actor, now=now
        )
    assert e.value.existing.id == a.id
    assert session.get(Customer, b.id).phone == b.phone


def test_update_with_bad_input_changes_nothing(session, actor, now):
    row = f.customer(session, actor, now, name="Ani")
    with pytest.raises(InvalidInput):
        update_customer(session, row.id, CustomerInput(name="", phone="1"), actor=actor, now=now)
    assert session.get(Customer, row.id).name == "Ani"


def test_update_or_get_of_a_missing_customer(session, actor, now):
    with pytest.raises(NotFound):
        update_customer(
            session, 999_999, CustomerInput(name="X", phone="0812-3456-7890"), actor=actor, now=now
        )
    with pytest.raises(NotFound):
        get_customer(session, 999_999)


def test_get_customer_counts_orders(session, actor, now):
    row = f.customer(session, actor, now)
    f.order(session, actor, now, customer_id=row.id)
    f.order(session, actor, now, customer_id=row.id)
    assert get_customer(session, row.id).order_count == 2


# ---------------------------------------------------------------------------------- finding


@pytest.fixture
def people(session, actor, now):
    return {
        "siti": f.customer(session, actor, now, name="Siti Rahayu", phone="0812-3456-7890"),
        "budi": f.customer(session, actor, now, name="Budi Santoso", phone="0857-1111-2222"),
        "rahmat": f.customer(session, actor, now, name="Rahmat Hidayat", phone="021-5551234"),
        "percent": f.customer(session, actor, now, name="Toko 100% Jaya", phone="0813-9999-0000"),
    }


def names(rows) -> list[str]:
    return [r.name for r in rows]


@pytest.mark.parametrize("query", ["raha", "RAHA", "Rahayu", "  siti   rahayu  ", "iti R"])
def test_search_by_name_substring_any_case(session, people, query):
    assert names(search_customers(session, query)) == ["Siti Rahayu"]


def test_search_puts_names_that_start_with_the_query_first(session, people):
    assert names(search_customers(session, "rah")) == ["Rahmat Hidayat", "Siti Rahayu"]


@pytest.mark.parametrize("query", ["0812 34", "0812-3456", "+62 812 34", "6281234", "3456 7890", "34567890"])
def test_search_by_phone_fragment(session, people, query):
    assert names(search_customers(session, query)) == ["Siti Rahayu"]


def test_search_by_landline_fragment(session, people):
    assert names(search_customers(session, "021 555")) == ["Rahmat Hidayat"]


def test_empty_query_lists_everyone_by_name(session, people):
    everyone = ["Budi Santoso", "Rahmat Hidayat", "Siti Rahayu", "Toko 100% Jaya"]
    assert names(search_customers(session, "")) == everyone
    assert names(search_customers(session, "   ")) == everyone
    assert names(search_customers(session, "", limit=2)) == everyone[:2]


def test_search_wildcards_are_literal(session, people):
    assert names(search_customers(session, "100%")) == ["Toko 100% Jaya"]
    assert names(search_customers(session, "%")) == ["Toko 100% Jaya"]
    assert search_customers(session, "_") == []


def test_search_without_match(session, people):
    assert search_customers(session, "zzz") == []
    assert search_customers(session, "0899 77") == []


def test_search_reports_order_counts(session, actor, now, people):
    f.order(session, actor, now, customer_id=people["budi"].id)
    (row,) = search_customers(session, "budi")
    assert row.order_count == 1


def test_lazy_list_ids_and_rows(session, people):
    ids = customer_ids(session, "")
    assert ids == [people[k].id for k in ("budi", "rahmat", "siti", "percent")]
    assert customer_ids(session, "0812 34") == [people["siti"].id]
    rows = customer_rows(session, ids[:2])
    assert set(rows) == set(ids[:2])
    assert rows[people["budi"].id].phone == "+6285711112222"


@pytest.mark.parametrize("typed", ["0812-3456-7890", "+62 812 3456 7890", "6281234567890", " 081234567890 "])
def test_find_by_phone_in_any_typed_form(session, people, typed):
    assert find_by_phone(session, typed) == people["siti"]


@pytest.mark.parametrize("typed", ["0812-0000-0000", "08123", "", "abc"])
def test_find_by_phone_unknown_or_invalid_is_none(session, people, typed):
    assert find_by_phone(session, typed) is None
