"""The owner's pickup policy and message templates: every problem is named at once and
nothing is written; changed pickup numbers make a new T&C version (an order already taken
keeps the numbers it was taken under); templates refuse a placeholder nobody knows."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import func, select

from tests import factories as f
from tokodesk.db.models import Order, TermsVersion
from tokodesk.domain import messages
from tokodesk.domain.errors import InvalidInput
from tokodesk.domain.messages import MessageKind
from tokodesk.services import notify, pickup, settings, terms
from tokodesk.services import policy as policy_service
from tokodesk.services import templates as templates_service

DEFAULT = policy_service.PolicyInput(
    grace_days=2,
    storage_fee_per_day=5_000,
    storage_fee_cap=0,
    forfeit_after_days=7,
    offsets_text="2,1",
    default_days=3,
)


def versions(session) -> int:
    return session.scalar(select(func.count(TermsVersion.id)))


def messages_of(err: InvalidInput) -> dict[str, str]:
    return {e.field: e.message for e in err.errors}


def test_get_policy_reads_the_defaults(session, actor):
    view = policy_service.get_policy(session)
    assert dataclasses.astuple(view) == (2, 5_000, 0, 7, "2,1", 3, 1)
    assert view.offsets == (2, 1)
    assert view.policy == terms.policy_from_settings(session)


def test_saving_the_same_numbers_makes_no_new_version(session, actor, now):
    number, changes = policy_service.save_policy(session, DEFAULT, actor=actor, now=now)
    assert number is None and changes.settings
    assert versions(session) == 1


def test_reminder_days_and_default_pickup_are_not_in_the_terms(session, actor, now):
    data = dataclasses.replace(DEFAULT, offsets_text=" 1; 3 ,2", default_days=5)
    number, _ = policy_service.save_policy(session, data, actor=actor, now=now)
    assert number is None
    assert versions(session) == 1
    assert settings.get(session, "reminder.offsets") == "3,2,1"  # stored in one tidy form
    assert settings.get(session, "pickup.default_days") == 5
    assert pickup.offsets(session) == (3, 2, 1)


def test_changed_numbers_make_a_new_version_with_the_current_text(session, actor, now):
    before = terms.current(session)
    data = dataclasses.replace(DEFAULT, grace_days=3, storage_fee_per_day=7_500, storage_fee_cap=30_000)
    number, _ = policy_service.save_policy(session, data, actor=actor, now=now)
    assert number == before.number + 1
    v = terms.current(session)
    assert v.number == number and v.text == before.text
    assert (v.grace_days, v.storage_fee_per_day, v.storage_fee_cap, v.forfeit_after_days) == (
        3,
        7_500,
        30_000,
        7,
    )
    assert v.staff_id == actor.staff_id
    assert [settings.get(session, k) for k in ("pickup.grace_days", "pickup.storage_fee_per_day")] == [
        3,
        7_500,
    ]
    view = policy_service.get_policy(session)
    assert (view.grace_days, view.storage_fee_cap, view.terms_version) == (3, 30_000, number)
    # saving the same numbers again changes nothing more
    assert policy_service.save_policy(session, data, actor=actor, now=now)[0] is None
    assert versions(session) == 2


def test_an_old_order_keeps_the_numbers_it_was_taken_under(session, actor, now):
    _, old = f.order(session, actor, now)
    number, _ = policy_service.save_policy(
        session, dataclasses.replace(DEFAULT, grace_days=1, storage_fee_per_day=10_000), actor=actor, now=now
    )
    _, new = f.order(session, actor, now)
    old_order, new_order = session.get(Order, old), session.get(Order, new)
    assert new_order.terms_version_id != old_order.terms_version_id
    day = old_order.pickup_date
    old_info = pickup.order_pickup(session, old_order, day)
    new_info = pickup.order_pickup(session, new_order, day)
    assert (old_info.policy.grace_days, old_info.policy.storage_fee_per_day) == (2, 5_000)
    assert (new_info.policy.grace_days, new_info.policy.storage_fee_per_day) == (1, 10_000)
    assert session.get(TermsVersion, new_order.terms_version_id).number == number


def test_every_problem_is_named_and_nothing_written(session, actor, now):
    bad = policy_service.PolicyInput(
        grace_days=-1,
        storage_fee_per_day=-5_000,
        storage_fee_cap=-1,
        forfeit_after_days=400,
        offsets_text="2,x",
        default_days=-2,
    )
    with pytest.raises(InvalidInput) as e:
        policy_service.save_policy(session, bad, actor=actor, now=now)
    assert messages_of(e.value) == {
        "grace_days": "Hari bebas biaya simpan tidak boleh negatif",
        "storage_fee_per_day": "Biaya simpan per hari tidak boleh negatif",
        "storage_fee_cap": "Batas total biaya simpan tidak boleh negatif (isi 0 bila tanpa batas)",
        "forfeit_after_days": "Batal otomatis paling lambat 365 hari setelah tanggal ambil",
        "offsets": "Hari pengingat «x» tidak sah; tulis angka 1 sampai 30 dipisah koma, contoh 2,1",
        "default_days": "Tanggal ambil bawaan tidak boleh negatif",
    }
    assert versions(session) == 1
    assert settings.get(session, "pickup.grace_days") == 2
    assert settings.get(session, "reminder.offsets") == "2,1"


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        (
            {"grace_days": 7, "forfeit_after_days": 7},
            "forfeit_after_days",
            "Batal otomatis harus sesudah masa bebas biaya: lebih dari 7 hari setelah tanggal ambil",
        ),
        (
            {"storage_fee_cap": 4_000},
            "storage_fee_cap",
            "Batas total biaya simpan tidak boleh kurang dari biaya satu hari (Rp5.000); isi 0 bila "
            "tanpa batas",
        ),
        ({"grace_days": 61}, "grace_days", "Hari bebas biaya simpan paling banyak 60 hari"),
        (
            {"storage_fee_per_day": 10_000_001},
            "storage_fee_per_day",
            "Biaya simpan per hari paling banyak Rp10.000.000",
        ),
        (
            {"offsets_text": "31"},
            "offsets",
            "Hari pengingat «31» tidak sah; tulis angka 1 sampai 30 dipisah koma, contoh 2,1",
        ),
        ({"default_days": 366}, "default_days", "Tanggal ambil bawaan paling lambat hari ini + 365 hari"),
    ],
)
def test_one_rule_broken(session, actor, now, change, field, message):
    with pytest.raises(InvalidInput) as e:
        policy_service.save_policy(session, dataclasses.replace(DEFAULT, **change), actor=actor, now=now)
    assert messages_of(e.value) == {field: message}
    assert versions(session) == 1


def test_no_fee_no_cap_and_no_reminders_are_allowed(session, actor, now):
    data = dataclasses.replace(
        DEFAULT, grace_days=0, storage_fee_per_day=0, forfeit_after_days=1, offsets_text=""
    )
    number, _ = policy_service.save_policy(session, data, actor=actor, now=now)
    assert number == 2
    assert settings.get(session, "reminder.offsets") == ""
    assert policy_service.get_policy(session).offsets == ()


def test_money_must_be_int(session, actor, now):
    with pytest.raises(TypeError):
        policy_service.check_policy(dataclasses.replace(DEFAULT, storage_fee_per_day=5000.0))


# ----------------------------------------------------------------------- templates


def test_templates_read_the_defaults(session, actor):
    assert templates_service.templates(session) == messages.DEFAULTS


def test_save_and_reset_a_template(session, actor, now):
    text = "  Halo Kak {nama}, pesanan {kode} siap diambil di {toko}. Sisa {sisa}.  "
    changes = templates_service.save_template(session, MessageKind.READY, text, actor=actor, now=now)
    assert changes.settings
    assert templates_service.templates(session)[MessageKind.READY] == text.strip()
    assert notify.template_text(session, MessageKind.READY) == text.strip()  # what is sent
    templates_service.reset_template(session, MessageKind.READY, actor=actor, now=now)
    assert templates_service.templates(session)[MessageKind.READY] == messages.DEFAULTS[MessageKind.READY]
    templates_service.reset_template(session, MessageKind.READY, actor=actor, now=now)  # twice is harmless


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Halo {nma}", "Isian {nma} tidak dikenal. Yang bisa dipakai: {nama}, {kode}"),
        ("Halo {nama", "Kurung kurawal tidak berpasangan; tulis {{ dan }} untuk kurung biasa"),
        ("   ", "Isi pesan tidak boleh kosong"),
    ],
)
def test_a_bad_template_is_refused_and_nothing_stored(session, actor, now, text, message):
    with pytest.raises(InvalidInput) as e:
        templates_service.save_template(session, MessageKind.FEE_STARTED, text, actor=actor, now=now)
    assert e.value.errors[0].field == "template"
    assert e.value.errors[0].message.startswith(message)
    assert (
        templates_service.templates(session)[MessageKind.FEE_STARTED]
        == messages.DEFAULTS[MessageKind.FEE_STARTED]
    )


def test_sample_values_fill_every_placeholder_with_the_policy_in_force(session, actor, now):
    settings.put(session, "shop.name", "Sablon Jaya")
    settings.put(session, "pickup.storage_fee_per_day", 7_500)
    day = now.date()
    values = templates_service.sample_values(session, day)
    assert set(values) == set(messages.PLACEHOLDERS)
    assert values["nama"] == "Rina Wulandari"
    assert values["kode"] == "TD-2611-0042"
    assert values["toko"] == "Sablon Jaya"
    assert values["tanggal_ambil"] == "25 Nov 2026"
    assert values["hari_terakhir"] == "27 Nov 2026"
    assert values["tanggal_batal"] == "2 Des 2026"
    assert values["tarif_simpan"] == "Rp7.500"
    assert values["sisa"] == "Rp175.000"
    # the fee notice is previewed as of the day the fee starts, the final notice the day before cancelling
    fee = templates_service.sample_values(session, day, MessageKind.FEE_STARTED)
    assert (fee["biaya_simpan"], fee["sisa"]) == ("Rp7.500", "Rp182.500")
    final = templates_service.sample_values(session, day, MessageKind.FINAL_NOTICE)
    assert final["biaya_simpan"] == "Rp30.000"
    early = templates_service.sample_values(session, day, MessageKind.REMIND_EARLY)
    assert early["kapan"] == "lusa"
    paid = templates_service.sample_values(session, day, MessageKind.PAYMENT_RECEIVED)
    assert (paid["jumlah"], paid["sisa"]) == ("Rp175.000", "Rp0")
    text = templates_service.preview(
        session, MessageKind.FEE_STARTED, messages.DEFAULTS[MessageKind.FEE_STARTED], day
    )
    assert "Halo Kak Rina Wulandari, pesanan TD-2611-0042 belum diambil" in text
    assert "Rp7.500 per hari (saat ini Rp7.500)" in text and "{" not in text
