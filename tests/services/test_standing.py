"""Customer standing as history: the owner decides (with reason and evidence), TokoDesk only
suggests (two forfeits, a refused COD, a claim found untrue), and the review and evidence
the owner decides on."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from tests import factories as f
from tests.factories import open_as_owner
from tokodesk.db.models import AuditEvent, Customer, Incident, StandingChange
from tokodesk.domain.errors import InvalidInput
from tokodesk.domain.ledger import PaymentMethod
from tokodesk.domain.log import Channel, Direction
from tokodesk.domain.orders import Fulfilment, OrderStatus
from tokodesk.services import customers, settings, staff, standing
from tokodesk.services import log as log_service
from tokodesk.services.access import NotAllowed
from tokodesk.services.orders import ItemInput, OrderInput, move_order, take_order

DAY = dt.timedelta(days=1)
JAS = [ItemInput("Jas", 1, 300_000)]


def forfeited_order(session, actor, at, customer_id) -> tuple[str, int]:
    """An order taken, made ready and forfeited (the owner's decision) at ``at``."""
    code, oid = f.order(session, actor, at, customer_id=customer_id, items=JAS, deposit=300_000)
    move_order(session, oid, OrderStatus.READY, actor=actor, now=at)
    move_order(session, oid, OrderStatus.FORFEITED, actor=actor, now=at, note="tidak diambil")
    return code, oid


def incident(session, actor, at, customer_id, *, kind="cod_refused", finding="open") -> int:
    _, oid = f.order(session, actor, at, customer_id=customer_id, items=JAS, deposit=300_000)
    row = Incident(
        order_id=oid,
        customer_id=customer_id,
        kind=kind,
        decision="absorb",
        finding=finding,
        cost=25_000,
        note="uji",
        at=at,
        staff_id=actor.staff_id,
    )
    session.add(row)
    session.flush()
    return row.id


def suggested_for(session, customer_id) -> standing.Suggestion | None:
    return next((s for s in standing.suggestions(session) if s.customer_id == customer_id), None)


def test_a_suggestion_appears_after_the_second_forfeit_not_the_first(session, actor, now):
    c = f.customer(session, actor, now, name="Budi Santoso")
    forfeited_order(session, actor, now - 20 * DAY, c.id)
    assert suggested_for(session, c.id) is None
    forfeited_order(session, actor, now - 5 * DAY, c.id)
    s = suggested_for(session, c.id)
    assert s is not None
    assert (s.name, s.standing, s.suggested) == ("Budi Santoso", "normal", "blacklisted")
    assert [r.text for r in s.reasons] == ["2 pesanan hangus (tidak diambil, DP ditahan)"]
    assert len(s.evidence) == 2 and all(ref.startswith("forfeit:") for ref in s.evidence)
    assert s.newest_at == now - 5 * DAY


def test_the_forfeit_threshold_is_a_setting(session, actor, now):
    settings.put(session, "standing.suggest_forfeits", 3)
    c = f.customer(session, actor, now)
    forfeited_order(session, actor, now - 9 * DAY, c.id)
    forfeited_order(session, actor, now - 8 * DAY, c.id)
    assert suggested_for(session, c.id) is None
    forfeited_order(session, actor, now - 7 * DAY, c.id)
    assert suggested_for(session, c.id).suggested == "blacklisted"


def test_a_refused_cod_suggests_questionable(session, actor, now):
    c = f.customer(session, actor, now)
    iid = incident(session, actor, now - DAY, c.id, kind="cod_refused")
    s = suggested_for(session, c.id)
    assert s.suggested == "questionable"
    assert s.evidence == [f"incident:{iid}"]
    assert [r.text for r in s.reasons] == ["1 paket COD ditolak"]


def test_a_claim_found_untrue_suggests_questionable_and_an_open_one_nothing(session, actor, now):
    c = f.customer(session, actor, now)
    incident(session, actor, now - 2 * DAY, c.id, kind="short_claim", finding="open")
    incident(session, actor, now - 2 * DAY, c.id, kind="not_received", finding="true")
    assert suggested_for(session, c.id) is None
    iid = incident(session, actor, now - DAY, c.id, kind="short_claim", finding="untrue")
    s = suggested_for(session, c.id)
    assert (s.suggested, s.evidence) == ("questionable", [f"incident:{iid}"])
    assert [r.text for r in s.reasons] == ["1 klaim terbukti tidak benar"]


def test_two_signals_together_suggest_the_blacklist(session, actor, now):
    c = f.customer(session, actor, now)
    incident(session, actor, now - 3 * DAY, c.id, kind="cod_refused")
    incident(session, actor, now - 2 * DAY, c.id, kind="short_claim", finding="untrue")
    assert suggested_for(session, c.id).suggested == "blacklisted"


def test_a_decision_answers_the_suggestion_and_new_evidence_brings_it_back(session, actor, now):
    c = f.customer(session, actor, now)
    forfeited_order(session, actor, now - 20 * DAY, c.id)
    forfeited_order(session, actor, now - 10 * DAY, c.id)
    s = suggested_for(session, c.id)
    standing.set_standing(
        session, c.id, "questionable", "dua kali tidak ambil", s.evidence, actor=actor, now=now - 9 * DAY
    )
    assert suggested_for(session, c.id) is None
    incident(session, actor, now - 3 * DAY, c.id, kind="cod_refused")  # new evidence after it
    s = suggested_for(session, c.id)
    assert s.suggested == "blacklisted" and s.standing == "questionable"
    # "keep as is" answers it too, and is kept in the history
    standing.set_standing(session, c.id, "questionable", "sudah ditelepon", actor=actor, now=now)
    assert suggested_for(session, c.id) is None
    assert session.get(Customer, c.id).standing == "questionable"
    kept = standing.history(session, c.id)[0]
    assert kept.kept and kept.reason == "sudah ditelepon"
    assert session.scalar(
        select(AuditEvent.action).where(AuditEvent.target_id == c.id).order_by(AuditEvent.id.desc())
    ) == ("customer.standing_kept")


def test_a_blacklisted_customer_is_not_suggested_again(session, actor, now):
    c = f.customer(session, actor, now)
    standing.set_standing(session, c.id, "blacklisted", "penipuan", actor=actor, now=now - 30 * DAY)
    forfeited_order(session, actor, now - 20 * DAY, c.id)
    forfeited_order(session, actor, now - 10 * DAY, c.id)
    incident(session, actor, now - 5 * DAY, c.id)
    assert suggested_for(session, c.id) is None


def test_history_keeps_every_change_with_who_when_why_and_evidence(session, actor, now):
    c = f.customer(session, actor, now)
    _, oid = forfeited_order(session, actor, now - 10 * DAY, c.id)
    iid = incident(session, actor, now - 9 * DAY, c.id)
    entry_id, _ = log_service.add_entry(
        session,
        log_service.LogInput(c.id, Channel.WHATSAPP, Direction.IN, "Saya tidak jadi ambil"),
        actor=actor,
        now=now - 8 * DAY,
    )
    standing.set_standing(
        session,
        c.id,
        "questionable",
        "COD ditolak",
        [f"incident:{iid}", f"order:{oid}"],
        actor=actor,
        now=now - 7 * DAY,
    )
    customers.set_standing(  # the old entry point keeps working, evidence as one string
        session,
        c.id,
        "blacklisted",
        "tidak ambil lagi",
        [f"log:{entry_id}  order:{oid}"],
        actor=actor,
        now=now,
    )
    standing.set_standing(session, c.id, "normal", "sudah bayar lunas", actor=actor, now=now + DAY)
    h = standing.history(session, c.id)
    assert [(v.from_standing, v.to_standing, v.reason) for v in h] == [
        ("blacklisted", "normal", "sudah bayar lunas"),
        ("questionable", "blacklisted", "tidak ambil lagi"),
        ("normal", "questionable", "COD ditolak"),
    ]
    assert h[1].evidence == [f"log:{entry_id}", f"order:{oid}"]
    assert h[2].evidence == [f"incident:{iid}", f"order:{oid}"]
    assert [v.at for v in h] == [now + DAY, now, now - 7 * DAY]
    assert {v.staff for v in h} == {actor.name}
    row = session.get(Customer, c.id)
    assert (row.standing, row.standing_reason) == ("normal", "sudah bayar lunas")


@pytest.mark.parametrize(
    ("ref", "message"),
    [
        ("pesanan:1", "Bukti «pesanan:1» tidak dikenal"),
        ("order:abc", "Bukti «order:abc» tidak dikenal"),
        ("order:999999", "Bukti «order:999999» tidak ditemukan pada pelanggan ini"),
        ("log:999999", "Bukti «log:999999» tidak ditemukan pada pelanggan ini"),
        ("forfeit:999999", "Bukti «forfeit:999999» tidak ditemukan pada pelanggan ini"),
    ],
)
def test_a_bad_evidence_reference_is_refused_with_nothing_written(session, actor, now, ref, message):
    c = f.customer(session, actor, now)
    with pytest.raises(InvalidInput) as e:
        standing.set_standing(session, c.id, "blacklisted", "alasan", [ref], actor=actor, now=now)
    assert e.value.first("evidence").message.startswith(message)
    assert session.get(Customer, c.id).standing == "normal"
    assert session.scalar(select(func.count(StandingChange.id))) == 0


def test_another_customers_order_is_not_evidence(session, actor, now):
    a, b = f.customer(session, actor, now, name="A"), f.customer(session, actor, now, name="B")
    _, other = f.order(session, actor, now, customer_id=b.id)
    with pytest.raises(InvalidInput, match="tidak ditemukan pada pelanggan ini"):
        standing.set_standing(session, a.id, "blacklisted", "x", [f"order:{other}"], actor=actor, now=now)


@pytest.mark.parametrize(
    ("standing_", "reason", "field"), [("blacklisted", "  ", "reason"), ("vip", "x", "standing")]
)
def test_reason_and_standing_are_checked(session, actor, now, standing_, reason, field):
    c = f.customer(session, actor, now)
    with pytest.raises(InvalidInput) as e:
        standing.set_standing(session, c.id, standing_, reason, actor=actor, now=now)
    assert e.value.first(field) is not None
    assert session.scalar(select(func.count(StandingChange.id))) == 0


def test_review_lists_flagged_customers_and_pending_suggestions(session, actor, now):
    ani = f.customer(session, actor, now, name="Ani")
    budi = f.customer(session, actor, now, name="Budi")
    cici = f.customer(session, actor, now, name="Cici")
    f.customer(session, actor, now, name="Dodi")  # normal, nothing against them
    standing.set_standing(session, ani.id, "questionable", "klaim kurang", actor=actor, now=now - DAY)
    standing.set_standing(session, budi.id, "blacklisted", "COD fiktif", actor=actor, now=now)
    forfeited_order(session, actor, now - 4 * DAY, cici.id)
    forfeited_order(session, actor, now - 3 * DAY, cici.id)
    r = standing.review(session)
    assert [(x.name, x.standing, x.reason, x.decided_by) for x in r.flagged] == [
        ("Budi", "blacklisted", "COD fiktif", actor.name),
        ("Ani", "questionable", "klaim kurang", actor.name),
    ]
    assert r.flagged[0].decided_at == now
    assert [s.name for s in r.suggestions] == ["Cici"]


def test_evidence_shows_orders_forfeits_incidents_and_the_log(session, actor, now):
    c = f.customer(session, actor, now)
    code1, _ = forfeited_order(session, actor, now - 9 * DAY, c.id)
    code2, _ = forfeited_order(session, actor, now - 8 * DAY, c.id)
    iid = incident(session, actor, now - 2 * DAY, c.id, kind="short_claim", finding="untrue")
    log_service.add_entry(
        session,
        log_service.LogInput(c.id, Channel.PHONE, Direction.IN, "Katanya isinya kurang"),
        actor=actor,
        now=now - DAY,
    )
    ev = standing.evidence(session, c.id)
    assert {o.code for o in ev.orders} >= {code1, code2}
    assert [x.code for x in ev.forfeits] == [code2, code1]
    assert [(i.id, i.kind, i.finding) for i in ev.incidents] == [(iid, "short_claim", "untrue")]
    assert [e.text for e in ev.log] == ["Katanya isinya kurang"]


def test_a_blacklisted_customer_cannot_take_an_order_with_less_than_full_payment(session, actor, now):
    c = f.customer(session, actor, now)
    standing.set_standing(session, c.id, "blacklisted", "dua kali tidak ambil", actor=actor, now=now)

    def taken(deposit):
        data = OrderInput(c.id, JAS, Fulfilment.PICKUP, now.date() + 3 * DAY, deposit, PaymentMethod.CASH)
        return take_order(session, data, actor=actor, now=now)[0]

    with pytest.raises(InvalidInput) as e:
        taken(299_999)
    assert e.value.first("deposit").message == (
        "Pelanggan ini masuk daftar hitam: wajib bayar penuh Rp300.000 di muka"
    )
    assert taken(300_000)


# ---------------------------------------------------------- only the owner decides


WIB = dt.timezone(dt.timedelta(hours=7))
NOW = dt.datetime(2026, 11, 22, 10, 0, tzinfo=WIB)


@pytest.fixture
def db(db_url):
    database = open_as_owner(db_url, now=NOW)
    yield database
    database.close()


def test_staff_are_refused_and_the_attempt_is_audited(db):
    def setup(s):
        owner = staff.setup_owner(s, "Bu Rina", "1234", now=NOW)
        sid, _ = staff.add_staff(s, staff.StaffInput("Dewi", "2580"), actor=owner, now=NOW)
        return owner, staff.get_actor(s, sid), f.customer(s, owner, NOW).id

    owner, dewi, cid = db.write(setup)
    with pytest.raises(NotAllowed, match="Dewi tidak berhak"):
        db.write(lambda s: standing.set_standing(s, cid, "blacklisted", "curiga", actor=dewi, now=NOW))

    def stored(s):
        refused = list(
            s.scalars(select(AuditEvent).where(AuditEvent.outcome == "refused").order_by(AuditEvent.id))
        )
        changes = s.scalar(select(func.count(StandingChange.id)))
        return refused, changes, s.get(Customer, cid).standing

    refused, changes, now_standing = db.read(stored)
    assert [(e.staff_id, e.action, e.target_id) for e in refused] == [
        (dewi.staff_id, "customer.standing", cid)
    ]
    assert (changes, now_standing) == (0, "normal")
    db.write(lambda s: standing.set_standing(s, cid, "blacklisted", "curiga", actor=owner, now=NOW))
    assert db.read(lambda s: s.get(Customer, cid).standing) == "blacklisted"
