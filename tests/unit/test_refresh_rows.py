"""The sync's refresh reads plain rows and remembers what it read; it must write exactly
what the one-conversation refresh writes, and see every change of a message or a rule."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from seller_desk.core.conversations import not_customers
from seller_desk.core.conversations import state as conversations
from seller_desk.core.store import db
from seller_desk.core.store.models import Account, Conversation, Event, Message, database

CUT = datetime(2026, 5, 1, 0, 0, tzinfo=UTC)

# (conversation, days after the cut-off, direction, sender, automatic, seen)
SCRIPT = [
    (0, -3, "in", "siti@x.test", False, True),  # history: before the cut-off
    (0, 1, "in", "siti@x.test", False, False),
    (0, 1.5, "out", "shop@x.test", False, True),
    (0, 2, "in", "siti@x.test", False, False),
    (1, 1, "in", "news@bank.test", False, False),  # marked as not a customer below
    (2, 1, "in", "noreply@market.test", True, False),
    (2, 1.2, "out", "shop@x.test", True, True),
    (3, 0.5, "in", "budi@y.test", False, True),
    (3, 0.6, "out", "shop@x.test", False, True),
]


def build(path):
    opened = db.open_database(f"sqlite:///{path}")
    acc = Account.create(name="Shop", email="shop@x.test", username="shop",
                         imap_host="127.0.0.1", counts_from=CUT)
    convs = [Conversation.create(subject=f"c{i}") for i in range(4)]
    Conversation.update(status="closed", resolved_at=CUT + timedelta(days=1.8)).where(
        Conversation.id == convs[0].id).execute()
    Conversation.update(snooze_until_reply=True,
                        snoozed_until=CUT + timedelta(days=9)).where(
        Conversation.id == convs[1].id).execute()
    for i, days, direction, sender, auto, seen in SCRIPT:
        Message.create(account=acc, conversation=convs[i], direction=direction,
                       date=CUT + timedelta(days=days), sender_email=sender, is_auto=auto,
                       is_seen=seen, subject=f"s{i}", snippet=f"{sender} {days}",
                       has_attachments=days == 2)
    not_customers.mark(["news@bank.test"], now=CUT + timedelta(days=5))
    return opened, [c.id for c in convs]


def snapshot():
    columns = [f for f in Conversation._meta.sorted_fields if f.name != "created_at"]
    convs = list(Conversation.select(*columns).order_by(Conversation.id).tuples())
    # the not-a-customer events are stamped with the time they were recorded
    kinds = [(e.kind, e.conversation_id, e.customer_id,
              None if e.kind.startswith("not_customer") else e.at, e.data)
             for e in Event.select().order_by(Event.id)]
    return convs, kinds


@pytest.fixture
def both(tmp_path):
    results = []
    for name, many in (("one", False), ("many", True)):
        opened, ids = build(tmp_path / f"{name}.sqlite3")
        if many:
            conversations.refresh_many(ids)
            conversations.refresh_many(ids)  # again: the rows read before come back
        else:
            for conv_id in ids:
                conversations.refresh(conv_id)
        results.append(snapshot())
        opened.close()
    return results


def test_refresh_many_writes_what_refresh_writes(both):
    one, many = both
    assert many == one
    convs = one[0]
    assert any(row for row in convs)  # the snapshot holds the conversations


@pytest.fixture
def opened(tmp_path):
    opened, ids = build(tmp_path / "x.sqlite3")
    conversations.refresh_many(ids)
    yield ids
    opened.close()


def test_a_message_read_again_after_it_changed_is_read_afresh(opened):
    conv_id = opened[0]
    assert Conversation.get_by_id(conv_id).unread_count == 2
    Message.update(is_seen=True).where(Message.conversation == conv_id).execute()
    conversations.refresh_many([conv_id])
    assert Conversation.get_by_id(conv_id).unread_count == 0


def test_a_new_cut_off_changes_the_remembered_facts(opened):
    conv_id = opened[0]
    assert Conversation.get_by_id(conv_id).first_customer_at == CUT + timedelta(days=1)
    Account.update(counts_from=CUT - timedelta(days=10)).execute()
    conversations.refresh_many([conv_id])
    assert Conversation.get_by_id(conv_id).first_customer_at == CUT - timedelta(days=3)


def test_an_undone_mark_changes_the_remembered_facts(opened):
    conv_id = opened[1]
    assert Conversation.get_by_id(conv_id).waiting_since is None
    mark = not_customers.listing()[0]
    with database.atomic():
        not_customers.unmark(mark.id)
    assert Conversation.get_by_id(conv_id).waiting_since == CUT + timedelta(days=1)
