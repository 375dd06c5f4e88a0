"""Not a customer: a marked sender or domain waits on nobody; notification senders as data."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage

import pytest

from seller_desk.app import main
from seller_desk.core.common.errors import ValidationError
from seller_desk.core.conversations import inbox, not_customers
from seller_desk.core.conversations import state as conversations
from seller_desk.core.mail.parse import classify, mime
from seller_desk.core.reports import kpis
from seller_desk.core.store import db, events
from seller_desk.core.store.models import Conversation, Event, Message, NotCustomer

NOW = datetime.now(UTC).replace(microsecond=0)


def ago(hours: float) -> datetime:
    return NOW - timedelta(hours=hours)


@pytest.fixture
def database(tmp_path):
    d = db.open_database(f"sqlite:///{tmp_path / 'n.sqlite3'}")
    yield d
    d.close()


def conversation(sender: str, *times: float, subject: str = "Hello") -> Conversation:
    """A conversation of incoming mail from ``sender``, ``times`` hours ago, recomputed."""
    conv = Conversation.create(subject=subject)
    for hours in times:
        Message.create(conversation=conv, direction="in", date=ago(hours),
                       sender_email=sender, subject=subject, text_body=subject,
                       snippet=subject)
    return conversations.refresh(conv.id)


def reply(conv: Conversation, hours: float) -> Conversation:
    Message.create(conversation=conv, direction="out", date=ago(hours),
                   sender_email="shop@nora.my", snippet="Terima kasih")
    return conversations.refresh(conv.id)


def waiting() -> set[int]:
    return set(inbox.page_ids("waiting"))


def kinds(conv: Conversation) -> list[str]:
    return [e.kind for e in Event.select().where(Event.conversation_id == conv.id)
            .order_by(Event.id)]


def test_marking_a_sender_takes_only_their_conversations_out_of_waiting(database):
    mum = conversation("mak@gmail.com", 5, subject="Balik raya?")
    buyer = conversation("siti@gmail.com", 3, subject="Ada stok?")
    assert waiting() == {mum.id, buyer.id}

    changed = not_customers.mark(["Mak@Gmail.com"])

    assert changed == [mum.id]
    assert waiting() == {buyer.id}
    assert inbox.counts().waiting == 1
    mum = Conversation.get_by_id(mum.id)
    assert (mum.waiting_since, mum.first_customer_at) == (None, None)
    # still stored, listed in All and found by search
    assert set(inbox.page_ids("all")) == {mum.id, buyer.id}
    assert mum.id in inbox.search_ids("raya")
    # why, in the log: the mark, and on the conversation
    [marked] = Event.select().where(Event.kind == events.NOT_CUSTOMER_MARKED)
    assert marked.data == {"address": "mak@gmail.com", "mark": "sender", "conversations": 1}
    assert kinds(mum)[-1] == events.NOT_CUSTOMER_IGNORED
    assert events.NOT_CUSTOMER_IGNORED not in kinds(buyer)


def test_stats_json_leaves_marked_senders_out(tmp_path, capsys, monkeypatch):
    url = f"sqlite:///{tmp_path / 'stats.sqlite3'}"
    db.open_database(url)
    conversation("mak@gmail.com", 5)
    conversation("siti@gmail.com", 3)
    not_customers.mark(["mak@gmail.com"])
    db.close_database()
    monkeypatch.setattr("sys.stdin", io.StringIO(""))

    assert main(["--database", url, "stats", "--json"]) == 0

    assert json.loads(capsys.readouterr().out)["conversations_waiting"] == 1


def check_marks_and_listing() -> None:
    boss = conversation("ahmad@family-firm.my", 4)
    aunt = conversation("zaleha@family-firm.my", 2)
    mum = conversation("mak@gmail.com", 3)
    buyer = conversation("siti@gmail.com", 1)
    not_customers.mark(["ahmad@family-firm.my"], whole_domain=True)
    not_customers.mark(["mak@gmail.com"])
    assert waiting() == {buyer.id}
    assert {(r.address, r.kind, r.conversations) for r in not_customers.listing()} == {
        ("family-firm.my", "domain", 2), ("mak@gmail.com", "sender", 1)}
    for row in not_customers.listing():
        not_customers.unmark(row.id)
    assert waiting() == {boss.id, aunt.id, mum.id, buyer.id}


@pytest.mark.integration
def test_marks_and_their_listing_on_postgresql(pg_url):
    d = db.open_database(pg_url)
    try:
        check_marks_and_listing()
    finally:
        d.close()


def test_marks_and_their_listing_on_sqlite(database):
    check_marks_and_listing()


def test_marking_a_domain_covers_everyone_there_and_no_one_else(database):
    boss = conversation("ahmad@family-firm.my", 4)
    aunt = conversation("zaleha@family-firm.my", 2)
    near = conversation("ali@notfamily-firm.my", 1)

    changed = not_customers.mark(["ahmad@family-firm.my"], whole_domain=True)

    assert sorted(changed) == sorted([boss.id, aunt.id])
    assert waiting() == {near.id}
    [row] = not_customers.listing()
    assert (row.address, row.kind, row.conversations) == ("family-firm.my", "domain", 2)


@pytest.mark.parametrize("address", ["pembeli@gmail.com", "a@yahoo.com", "b@hotmail.com",
                                     "c@outlook.com", "d@ymail.com", "e@icloud.com"])
def test_a_whole_public_mail_domain_is_refused(database, address):
    buyer = conversation(address, 2)
    with pytest.raises(ValidationError) as refused:
        not_customers.mark([address], whole_domain=True)
    assert refused.value.msg.id == "not_customer.public_domain"
    assert NotCustomer.select().count() == 0
    assert waiting() == {buyer.id}
    # the popup never offers it, even for a selection mixing public and own domains
    assert not_customers.senders_of([buyer.id]).domains == ()


def test_a_selection_marks_public_senders_alone_and_other_domains_whole(database):
    a = conversation("kakak@gmail.com", 3)
    b = conversation("promo@kedai-lain.my", 2)
    c = conversation("other@gmail.com", 1)
    choice = not_customers.senders_of([a.id, b.id])
    assert choice.addresses == ("kakak@gmail.com", "promo@kedai-lain.my")
    assert choice.domains == ("kedai-lain.my",)

    not_customers.mark_conversations([a.id, b.id], whole_domain=True)

    assert {(r.address, r.kind) for r in not_customers.listing()} == {
        ("kakak@gmail.com", "sender"), ("kedai-lain.my", "domain")}
    assert waiting() == {c.id}


def test_later_mail_from_a_marked_sender_starts_no_clock(database):
    not_customers.mark(["newsletter@kedai-kain.my"])

    conv = conversation("newsletter@kedai-kain.my", 1)

    assert conv.waiting_since is None and conv.first_customer_at is None
    assert events.CLOCK_STARTED not in kinds(conv)
    assert kinds(conv) == [events.NOT_CUSTOMER_IGNORED]
    # the next sync's recomputation records nothing new
    conversations.refresh_many([conv.id])
    assert kinds(conv) == [events.NOT_CUSTOMER_IGNORED]


def test_undo_brings_waiting_conversations_back_with_their_true_clocks(database):
    conv = conversation("adik@gmail.com", 30, 6)
    answered = reply(conversation("adik@gmail.com", 50), 48)
    not_customers.mark(["adik@gmail.com"])
    [row] = not_customers.listing()
    assert (row.address, row.kind, row.conversations) == ("adik@gmail.com", "sender", 2)
    assert waiting() == set()

    changed = not_customers.unmark(row.id)

    assert sorted(changed) == sorted([conv.id, answered.id])
    assert waiting() == {conv.id}
    conv = Conversation.get_by_id(conv.id)
    assert conv.waiting_since == conv.first_customer_at == ago(30)
    assert Conversation.get_by_id(answered.id).first_reply_s == 2 * 3600
    assert kinds(conv)[-1] == events.NOT_CUSTOMER_COUNTED
    assert not_customers.listing() == []
    # marking again stops it once more, and says so again
    not_customers.mark(["adik@gmail.com"])
    assert waiting() == set()
    assert kinds(conv)[-1] == events.NOT_CUSTOMER_IGNORED


def test_the_reply_time_report_is_the_same_as_without_the_marked_conversations(database):
    answered = reply(conversation("siti@gmail.com", 40), 30)
    conversations.close(answered, at=ago(20))
    reply(conversation("ali@yahoo.com", 30), 27)
    start, end = NOW - timedelta(days=7), NOW + timedelta(hours=1)
    without = kpis.kpis(start, end)
    # the bank's mail, answered slowly by mistake, then marked
    bank = reply(conversation("alerts@bank-kampung.my", 45), 5)
    conversations.close(bank, at=ago(4))
    assert kpis.kpis(start, end) != without

    not_customers.mark(["alerts@bank-kampung.my"], whole_domain=True)

    assert kpis.kpis(start, end) == without


# --- notification senders, kept as data -------------------------------------------------


def parse(headers: dict[str, str], body: str = "Hello") -> object:
    msg = EmailMessage()
    for name, value in headers.items():
        msg[name] = value
    msg.set_content(body)
    return mime.parse(msg.as_bytes())


def test_a_bank_alert_is_recognised_as_a_notification():
    parsed = parse({
        "From": "Maybank2u <mbb.alerts@maybank2u.com.my>",
        "To": "nora@nora-batik.my",
        "Subject": "Maybank2u: You have received RM89.00 via DuitNow",
        "Date": "Tue, 01 Dec 2026 09:14:05 +0800",
        "Message-ID": "<20261201011405.7f3a@mail.maybank2u.com.my>",
        "MIME-Version": "1.0",
    }, "Dear Customer, RM89.00 has been credited to your account ending 1234.")
    assert parsed.is_auto  # type: ignore[attr-defined]
    sender = classify.known_notification_sender("mbb.alerts@maybank2u.com.my")
    assert sender is not None and sender.kind == "bank"


def test_a_courier_update_from_a_subdomain_is_recognised_as_a_notification():
    parsed = parse({
        "From": "J&T Express Indonesia <cs@notif.jet.co.id>",
        "To": "rina@tokorina.co.id",
        "Subject": "Paket JP1234567890 sedang dalam perjalanan",
        "Date": "Tue, 01 Dec 2026 10:02:11 +0700",
        "Message-ID": "<a81f.1764558131@notif.jet.co.id>",
        "MIME-Version": "1.0",
    }, "Paket Anda sedang diantar oleh kurir kami.")
    assert parsed.is_auto  # type: ignore[attr-defined]
    assert classify.known_notification_sender("cs@notif.jet.co.id").kind == "courier"  # type: ignore[union-attr]


def test_a_buyer_writing_through_a_marketplace_relay_stays_a_customer():
    # eBay relays a buyer's question from a per-buyer token at members.ebay.com
    parsed = parse({
        "From": "siti_buys <h7x2k9q1m3@members.ebay.com>",
        "To": "nora@nora-batik.my",
        "Subject": "Question about item 1234567890",
        "Date": "Tue, 01 Dec 2026 11:30:00 +0800",
        "Message-ID": "<q.1764559800@members.ebay.com>",
        "MIME-Version": "1.0",
    }, "Hi, is the blue scarf still available?")
    assert not parsed.is_auto  # type: ignore[attr-defined]
    assert classify.known_notification_sender("h7x2k9q1m3@members.ebay.com") is None
    # the same marketplace's robot is a notification
    assert classify.known_notification_sender("no-reply@members.ebay.com") is not None
    # and nobody at a domain that merely ends like a listed one
    assert classify.known_notification_sender("ali@notbca.co.id") is None


def test_mail_stored_before_the_data_existed_stops_waiting_on_upgrade(database):
    bank = conversation("ealert@bca.co.id", 3)
    buyer = conversation("rina@gmail.com", 2)
    assert waiting() == {bank.id, buyer.id}

    events.announce(events.SCHEMA_UPGRADED, version=16)

    assert waiting() == {buyer.id}
    assert Message.get(Message.conversation == bank.id).is_auto
