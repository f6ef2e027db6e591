"""Staff accounts, sign-in with wrong-PIN waits, permissions checked by the services, and
the audit trail — against a real SQLite file."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from tests import factories as f
from tests.factories import open_as_owner
from tokodesk.db.models import AuditEvent, LedgerEntry, Order, Staff
from tokodesk.domain import access as rules
from tokodesk.domain.access import Permission
from tokodesk.domain.errors import DomainError, InvalidInput
from tokodesk.domain.ledger import PaymentMethod
from tokodesk.domain.messages import MessageKind
from tokodesk.domain.orders import OrderStatus
from tokodesk.services import audit, customers, handover, mail, policy, settings, shop, staff, templates
from tokodesk.services.access import NotAllowed
from tokodesk.services.orders import ItemInput, move_order
from tokodesk.services.payments import PaymentInput, record_payment, reverse_entry

WIB = dt.timezone(dt.timedelta(hours=7))
NOW = dt.datetime(2026, 11, 22, 10, 0, tzinfo=WIB)


@pytest.fixture
def db(db_url):
    database = open_as_owner(db_url, now=NOW)
    yield database
    database.close()


@pytest.fixture
def people(db):
    """An owner with a PIN and one staff member: (owner, dewi)."""

    def setup(s):
        owner = staff.setup_owner(s, "Bu Rina", "1234", now=NOW)
        sid, _ = staff.add_staff(s, staff.StaffInput("Dewi", "2580"), actor=owner, now=NOW)
        return owner, staff.get_actor(s, sid)

    return db.write(setup)


def audit_rows(db, **where):
    def read(s):
        q = select(AuditEvent)
        for k, v in where.items():
            q = q.where(getattr(AuditEvent, k) == v)
        return list(s.scalars(q.order_by(AuditEvent.id)))

    return db.read(read)


# ------------------------------------------------------------------------- accounts


def test_first_owner_takes_over_the_record_earlier_work_belongs_to(db):
    def setup(s):
        before = staff.default_actor(s, NOW)  # the pre-sign-in owner ("Staf Toko", no PIN)
        assert staff.needs_owner(s)
        owner = staff.setup_owner(s, "Bu Rina", "1234", now=NOW)
        return before, owner

    before, owner = db.write(setup)
    assert owner.staff_id == before.staff_id and owner.name == "Bu Rina" and owner.role == "owner"
    assert not db.read(staff.needs_owner)
    with pytest.raises(DomainError, match="Akun pemilik sudah ada"):
        db.write(lambda s: staff.setup_owner(s, "Orang Lain", "9999", now=NOW))


def test_pins_are_stored_only_as_argon2id_hashes(db, people):
    rows = db.read(lambda s: list(s.scalars(select(Staff.pin_hash).where(Staff.pin_hash.is_not(None)))))
    assert len(rows) == 2
    assert all(h.startswith("$argon2id$") for h in rows)
    assert not any("1234" in h or "2580" in h for h in rows)


@pytest.mark.parametrize(
    ("pin", "message"),
    [
        ("", "PIN wajib diisi"),
        ("123", "PIN terlalu pendek: minimal 4 angka"),
        ("123456789", "PIN terlalu panjang: maksimal 8 angka"),
        ("12a4", "PIN hanya boleh berisi angka 0–9"),
        ("١٢٣٤", "PIN hanya boleh berisi angka 0–9"),  # Arabic-Indic digits are not 0-9
        ("2580", "PIN ini sudah dipakai akun lain; pilih PIN lain"),
    ],
)
def test_a_bad_pin_is_refused_with_the_reason(db, people, pin, message):
    owner, _ = people
    with pytest.raises(InvalidInput) as e:
        db.write(lambda s: staff.add_staff(s, staff.StaffInput("Agus", pin), actor=owner, now=NOW))
    assert e.value.first("pin").message == message
    assert pin not in str(e.value) or not pin  # the PIN itself is never in the message
    assert db.read(lambda s: s.scalar(select(Staff.id).where(Staff.name == "Agus"))) is None


def test_the_last_owner_cannot_be_demoted_or_deactivated(db, people):
    owner, _ = people
    with pytest.raises(DomainError, match="pemilik terakhir"):
        db.write(lambda s: staff.update_staff(s, owner.staff_id, role="staff", actor=owner, now=NOW))
    with pytest.raises(DomainError, match="Pemilik terakhir"):
        db.write(lambda s: staff.update_staff(s, owner.staff_id, active=False, actor=owner, now=NOW))


def test_deactivated_staff_cannot_sign_in_until_given_a_new_pin(db, people):
    owner, dewi = people
    db.write(lambda s: staff.update_staff(s, dewi.staff_id, active=False, actor=owner, now=NOW))
    assert [r.name for r in db.read(staff.sign_in_choices)] == ["Bu Rina"]
    with pytest.raises(DomainError, match="tidak aktif"):
        db.write(lambda s: staff.sign_in(s, dewi.staff_id, "2580", now=NOW))
    with pytest.raises(DomainError, match="PIN baru"):
        db.write(lambda s: staff.update_staff(s, dewi.staff_id, active=True, actor=owner, now=NOW))
    db.write(lambda s: staff.reset_pin(s, dewi.staff_id, "3690", actor=owner, now=NOW))
    assert db.write(lambda s: staff.sign_in(s, dewi.staff_id, "3690", now=NOW)).ok


def test_anyone_changes_their_own_pin_with_the_current_one(db, people):
    _, dewi = people
    with pytest.raises(InvalidInput, match="PIN lama salah"):
        db.write(lambda s: staff.change_own_pin(s, dewi, "0000", "4455", now=NOW))
    db.write(lambda s: staff.change_own_pin(s, dewi, "2580", "4455", now=NOW))
    assert db.write(lambda s: staff.sign_in(s, dewi.staff_id, "4455", now=NOW)).ok


# ------------------------------------------------------------------------- signing in


def test_five_wrong_pins_make_the_account_wait_longer_each_time(db, people):
    _, dewi = people
    t = NOW
    for n in range(1, 5):
        r = db.write(lambda s, t=t: staff.sign_in(s, dewi.staff_id, "0000", now=t))
        assert not r.ok and r.wait_until is None and r.tries_left == 5 - n
    r = db.write(lambda s: staff.sign_in(s, dewi.staff_id, "0000", now=t))
    assert r.wait_until == t + dt.timedelta(seconds=30)
    # while waiting even the right PIN is not checked
    r = db.write(lambda s: staff.sign_in(s, dewi.staff_id, "2580", now=t + dt.timedelta(seconds=29)))
    assert not r.ok and r.wait_until == t + dt.timedelta(seconds=30)
    # the next wrong PIN after the wait doubles it
    t2 = t + dt.timedelta(seconds=31)
    r = db.write(lambda s: staff.sign_in(s, dewi.staff_id, "0000", now=t2))
    assert r.wait_until == t2 + dt.timedelta(seconds=60)
    # the right PIN after the wait signs in and clears the count
    t3 = t2 + dt.timedelta(seconds=61)
    assert db.write(lambda s: staff.sign_in(s, dewi.staff_id, "2580", now=t3)).ok
    assert db.read(lambda s: s.get(Staff, dewi.staff_id).failed_pins) == 0
    kinds = [e.action for e in audit_rows(db, staff_id=dewi.staff_id)]
    assert kinds.count("signin.wrong_pin") == 6 and kinds.count("signin.waiting") == 1
    assert kinds[-1] == "signin.ok"


def test_the_wait_survives_a_restart(tmp_path, db, people):
    _, dewi = people
    for _ in range(5):
        db.write(lambda s: staff.sign_in(s, dewi.staff_id, "0000", now=NOW))
    db.close()
    again = open_as_owner(db.url, now=NOW)
    try:
        r = again.write(lambda s: staff.sign_in(s, dewi.staff_id, "2580", now=NOW + dt.timedelta(seconds=5)))
        assert not r.ok and r.wait_until is not None
    finally:
        again.close()


# ------------------------------------------------------------------------- permissions


def _order(db, owner, total=200_000, deposit=100_000):
    def make(s):
        _, oid = f.order(s, owner, NOW, items=[ItemInput("Kue ulang tahun", 1, total)], deposit=deposit)
        return oid

    return db.write(make)


def owner_actions(db, owner):
    """Every owner-only action as (permission, job taking the acting person).  Each job
    sets up its own target as the owner first, so it can be run for anyone."""
    oid = _order(db, owner)
    entry = db.read(lambda s: s.scalar(select(LedgerEntry.id).where(LedgerEntry.order_id == oid)))
    cid = db.read(lambda s: s.get(Order, oid).customer_id)
    # an order long past its pickup date for forfeiting and the waiver above the limit
    old = NOW - dt.timedelta(days=40)

    def overdue(s):
        _, o = f.order(s, owner, old, items=[ItemInput("Jas", 1, 300_000)], deposit=150_000)
        move_order(s, o, OrderStatus.READY, actor=owner, now=old)
        return o

    late, late2 = db.write(overdue), db.write(overdue)
    shop_profile = db.read(shop.get_profile)
    v = db.read(policy.get_policy)
    policy_input = policy.PolicyInput(
        v.grace_days, v.storage_fee_per_day + 1000, v.storage_fee_cap, v.forfeit_after_days, v.offsets_text, 3
    )
    return [
        (Permission.REVERSAL, lambda s, a: reverse_entry(s, entry, "salah catat", actor=a, now=NOW)),
        (
            Permission.CUSTOMER_STANDING,
            lambda s, a: customers.set_standing(s, cid, "blacklisted", "tidak ambil 2x", actor=a, now=NOW),
        ),
        (Permission.SETTINGS, lambda s, a: shop.save_profile(s, shop_profile, actor=a, now=NOW)),
        (
            Permission.SETTINGS,
            lambda s, a: policy.save_policy(s, policy_input, actor=a, now=NOW),
        ),
        (
            Permission.SETTINGS,
            lambda s, a: templates.save_template(s, MessageKind.READY, "Siap, {kode}.", actor=a, now=NOW),
        ),
        (
            Permission.SETTINGS,
            lambda s, a: mail.save_smtp(s, mail.SmtpInput("", 587, "starttls"), actor=a, now=NOW),
        ),
        (Permission.FORFEIT, lambda s, a: handover.keep_deposit(s, late, "tidak datang", actor=a, now=NOW)),
        (
            Permission.WAIVE_FEE,
            lambda s, a: handover.hand_over(
                s,
                handover.HandoverInput(late2, 150_000, PaymentMethod.CASH, waive_reason="pelanggan lama"),
                actor=a,
                now=NOW,
            ),
        ),
        (
            Permission.STAFF,
            lambda s, a: staff.add_staff(s, staff.StaffInput("Agus", "3690"), actor=a, now=NOW),
        ),
        (Permission.STAFF, lambda s, a: staff.set_idle_minutes(s, 10, actor=a, now=NOW)),
    ]


def test_every_owner_only_action_is_refused_for_staff_and_the_attempt_is_audited(db, people):
    owner, dewi = people
    actions = owner_actions(db, owner)
    assert {p for p, _ in actions} >= {
        Permission.REVERSAL,
        Permission.CUSTOMER_STANDING,
        Permission.SETTINGS,
        Permission.FORFEIT,
        Permission.WAIVE_FEE,
        Permission.STAFF,
    }
    for permission, job in actions:
        before = len(audit_rows(db, outcome="refused"))
        with pytest.raises(NotAllowed) as e:
            db.write(lambda s, job=job: job(s, dewi))
        assert e.value.permission is permission
        assert "Dewi tidak berhak" in str(e.value)
        refused = audit_rows(db, outcome="refused")
        assert len(refused) == before + 1, permission
        assert refused[-1].staff_id == dewi.staff_id and refused[-1].action == e.value.action


@pytest.mark.parametrize(
    "permission",
    [
        Permission.REVERSAL,
        Permission.CUSTOMER_STANDING,
        Permission.SETTINGS,
        Permission.FORFEIT,
        Permission.WAIVE_FEE,
        Permission.STAFF,
    ],
)
def test_granting_one_permission_allows_exactly_those_actions(db, people, permission):
    owner, dewi = people
    actions = owner_actions(db, owner)
    db.write(lambda s: staff.set_grants(s, dewi.staff_id, {permission}, actor=owner, now=NOW))
    trusted = db.read(lambda s: staff.get_actor(s, dewi.staff_id))
    assert trusted.can(permission)
    for p, job in actions:
        if p is permission:
            db.write(lambda s, job=job: job(s, trusted))
        else:
            with pytest.raises(NotAllowed):
                db.write(lambda s, job=job: job(s, trusted))


def test_the_service_reads_the_stored_role_not_what_the_caller_claims(db, people):
    _, dewi = people
    forged = staff.Actor(staff_id=dewi.staff_id, name="Dewi", role="owner", grants=frozenset(Permission))
    with pytest.raises(NotAllowed):
        db.write(lambda s: staff.add_staff(s, staff.StaffInput("Agus", "3690"), actor=forged, now=NOW))


def test_staff_may_waive_a_fee_up_to_the_owners_limit(db, people):
    owner, dewi = people
    day = NOW - dt.timedelta(days=5)  # pickup 3 days later, 2 grace days: ~0-2 days of fee

    def setup(s):
        settings.put(s, "staff.waive_limit", 20_000)
        _, o = f.order(s, owner, day, items=[ItemInput("Kebaya", 1, 300_000)], deposit=150_000)
        move_order(s, o, OrderStatus.READY, actor=owner, now=day)
        s.get(Order, o).pickup_date = NOW.date() - dt.timedelta(days=4)  # 2 fee days: Rp10.000
        return o

    oid = db.write(setup)
    fee, _ = db.write(
        lambda s: handover.hand_over(
            s,
            handover.HandoverInput(oid, 150_000, PaymentMethod.CASH, waive_reason="hujan"),
            actor=dewi,
            now=NOW,
        )
    )
    assert 0 < fee <= 20_000
    waived = audit_rows(db, action="payment.waive_fee")
    assert waived[-1].staff_id == dewi.staff_id and waived[-1].outcome == "ok"


def test_staff_cannot_forfeit_by_moving_the_status_either(db, people):
    owner, dewi = people
    oid = _order(db, owner)
    with pytest.raises(NotAllowed):
        db.write(lambda s: move_order(s, oid, OrderStatus.FORFEITED, actor=dewi, now=NOW))


def test_the_daily_run_may_still_forfeit_silent_orders(db, people):
    """The system record acts on the owner's written policy (FORFEIT is its only right)."""
    system = db.write(lambda s: staff.system_actor(s, NOW))
    assert rules.allowed("system", (), Permission.FORFEIT)
    assert not rules.allowed("system", (), Permission.REVERSAL)
    assert system.can(Permission.FORFEIT)


# ------------------------------------------------------------------------- audit trail


def test_every_write_names_the_signed_in_person(db, people):
    _, dewi = people

    def work(s):
        c = f.customer(s, dewi, NOW, name="Siti Rahayu")
        customers.update_customer(
            s,
            c.id,
            customers.CustomerInput(name="Siti Rahayu", phone=c.phone, address="Jl. Melati 3"),
            actor=dewi,
            now=NOW,
        )
        _, oid = f.order(s, dewi, NOW, customer_id=c.id, deposit=100_000)
        record_payment(s, PaymentInput(oid, 10_000, PaymentMethod.QRIS), actor=dewi, now=NOW)
        move_order(s, oid, OrderStatus.CONFIRMED, actor=dewi, now=NOW)
        return oid

    oid = db.write(work)
    rows = [e for e in audit_rows(db, staff_id=dewi.staff_id)]
    actions = [e.action for e in rows]
    assert actions == [
        "customer.new",
        "customer.edit",
        "order.new",
        "payment.entry",
        "payment.entry",
        "order.status",
    ]
    code = db.read(lambda s: s.get(Order, oid).code)
    order_rows = [e for e in rows if e.target_kind == "order"]
    assert order_rows and all(e.target_id == oid and e.target_label == code for e in order_rows)
    assert any("QRIS" in e.detail and "Rp10.000" in e.detail for e in rows)
    assert any("alamat" in e.detail for e in rows if e.action == "customer.edit")


def test_the_audit_list_filters_by_person_kind_date_and_refusal(db, people):
    owner, dewi = people
    db.write(lambda s: f.customer(s, dewi, NOW, name="Budi"))
    db.write(lambda s: f.customer(s, owner, NOW + dt.timedelta(days=1), name="Ani"))
    with pytest.raises(NotAllowed):
        db.write(lambda s: staff.set_idle_minutes(s, 3, actor=dewi, now=NOW))

    def names(flt):
        return [(r.staff, r.action) for r in db.read(lambda s: audit.events(s, flt))]

    by_dewi = names(audit.AuditFilter(staff_id=dewi.staff_id, kind=audit.Kind.CUSTOMER))
    assert by_dewi == [("Dewi", "customer.new")]
    assert names(audit.AuditFilter(refused_only=True)) == [("Dewi", "staff.idle")]
    day2 = (NOW + dt.timedelta(days=1)).replace(hour=0)
    assert names(audit.AuditFilter(kind=audit.Kind.CUSTOMER, since=day2)) == [("Bu Rina", "customer.new")]


def test_no_pin_or_hash_reaches_the_audit_trail_exports_or_messages(db, people, tmp_path, caplog):
    import logging

    from tokodesk.services import exchange

    caplog.set_level(logging.DEBUG)  # every log line written meanwhile is checked too
    owner, dewi = people
    for _ in range(6):
        db.write(lambda s: staff.sign_in(s, dewi.staff_id, "0000", now=NOW))
    db.write(lambda s: staff.reset_pin(s, dewi.staff_id, "7531", actor=owner, now=NOW))
    db.write(lambda s: f.customer(s, dewi, NOW, name="Rina"))
    out = tmp_path / "pelanggan.csv"
    db.read(lambda s: exchange.export_customers(s, out))
    orders_out = tmp_path / "pesanan.csv"
    db.read(lambda s: exchange.export_orders(s, orders_out, day=NOW.date()))
    texts = [out.read_text(), orders_out.read_text()]
    texts += [f"{e.action} {e.target_label} {e.detail}" for e in audit_rows(db)]
    try:
        db.write(lambda s: staff.add_staff(s, staff.StaffInput("Agus", "7531"), actor=owner, now=NOW))
    except InvalidInput as e:
        texts.append(str(e))
    with pytest.raises(InvalidInput):
        db.write(lambda s: staff.change_own_pin(s, dewi, "0000", "2468", now=NOW + dt.timedelta(hours=1)))
    texts.append(caplog.text)
    hashes = db.read(lambda s: list(s.scalars(select(Staff.pin_hash).where(Staff.pin_hash.is_not(None)))))
    for text in texts:
        assert "$argon2" not in text
        for secret in ("1234", "2580", "7531", "2468", *hashes):
            assert secret not in text, secret


def test_guessing_pins_through_change_my_pin_counts_as_wrong_pins(db, people):
    """The "PIN already used" answer names a PIN that exists; asking it is a wrong PIN, so it is no
    faster than the sign-in screen."""
    _, dewi = people
    for _ in range(5):
        with pytest.raises(InvalidInput, match="sudah dipakai"):
            db.write(lambda s: staff.change_own_pin(s, dewi, "2580", "1234", now=NOW))
    assert db.read(lambda s: s.get(Staff, dewi.staff_id).failed_pins) == 5
    with pytest.raises(DomainError, match="Terlalu banyak PIN salah"):
        db.write(lambda s: staff.change_own_pin(s, dewi, "2580", "1111", now=NOW + dt.timedelta(seconds=5)))
    with pytest.raises(InvalidInput, match="PIN lama salah"):
        db.write(lambda s: staff.change_own_pin(s, dewi, "0000", "1111", now=NOW + dt.timedelta(minutes=1)))
    assert db.read(lambda s: s.get(Staff, dewi.staff_id).failed_pins) == 6


def test_a_staff_manager_cannot_make_or_take_over_an_owner(db, people):
    owner, dewi = people
    db.write(lambda s: staff.set_grants(s, dewi.staff_id, {Permission.STAFF}, actor=owner, now=NOW))
    manager = db.read(lambda s: staff.get_actor(s, dewi.staff_id))
    agus, _ = db.write(lambda s: staff.add_staff(s, staff.StaffInput("Agus", "3690"), actor=manager, now=NOW))
    with pytest.raises(NotAllowed):
        db.write(
            lambda s: staff.add_staff(s, staff.StaffInput("Bos", "4444", "owner"), actor=manager, now=NOW)
        )
    with pytest.raises(NotAllowed):
        db.write(lambda s: staff.reset_pin(s, owner.staff_id, "4444", actor=manager, now=NOW))
    with pytest.raises(NotAllowed):
        db.write(lambda s: staff.update_staff(s, agus, role="owner", actor=manager, now=NOW))
    db.write(lambda s: staff.reset_pin(s, agus, "4444", actor=manager, now=NOW))  # staff accounts: yes


def test_an_owner_cannot_deactivate_or_demote_themselves_while_signed_in(db, people):
    owner, _ = people
    db.write(
        lambda s: staff.add_staff(s, staff.StaffInput("Pak Joko", "4455", "owner"), actor=owner, now=NOW)
    )
    with pytest.raises(DomainError, match="Akun sendiri"):
        db.write(lambda s: staff.update_staff(s, owner.staff_id, active=False, actor=owner, now=NOW))
    with pytest.raises(DomainError, match="Akun sendiri"):
        db.write(lambda s: staff.update_staff(s, owner.staff_id, role="staff", actor=owner, now=NOW))
