"""The reply clock fields derived from a conversation's messages."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from seller_desk.core.conversations import state as conversations
from seller_desk.core.conversations.state import MessageFacts, clock_state
from seller_desk.core.store import db
from seller_desk.core.store.models import Conversation, Message

T0 = datetime(2026, 5, 4, 9, 0, tzinfo=UTC)


def at(hours: float) -> datetime:
    return T0 + timedelta(hours=hours)


def test_oldest_unanswered_customer_message_starts_the_clock():
    state = clock_state([MessageFacts(at(0), "in", False), MessageFacts(at(2), "in", False)])
    assert state.waiting_since == at(0)
    assert state.first_reply_at is None


def test_a_seller_reply_stops_it_and_the_next_customer_message_restarts_it():
    state = clock_state([
        MessageFacts(at(0), "in", False),
        MessageFacts(at(3), "out", False),
        MessageFacts(at(5), "in", False),
        MessageFacts(at(6), "in", False),
    ])
    assert state.first_customer_at == at(0)
    assert state.first_reply_at == at(3)
    assert state.waiting_since == at(5)


def test_automatic_mail_never_starts_the_clock():
    state = clock_state([MessageFacts(at(0), "in", True)])
    assert state.waiting_since is None and state.first_customer_at is None


def test_a_seller_message_before_any_question_is_not_a_first_reply():
    state = clock_state([MessageFacts(at(0), "out", False), MessageFacts(at(1), "in", False)])
    assert state.first_reply_at is None
    assert state.waiting_since == at(1)


@pytest.fixture
def database(tmp_path):
    d = db.open_database(f"sqlite:///{tmp_path / 'c.sqlite3'}")
    yield d
    d.close()


def test_refresh_stores_the_fields_and_reopens_on_a_new_customer_message(database):
    conv = Conversation.create(subject="Tanya stok")
    Message.create(conversation=conv, direction="in", date=at(0), sender_email="a@x.test",
                   sender_name="Aisyah", snippet="Ada stok?")
    Message.create(conversation=conv, direction="out", date=at(1), is_seen=True,
                   snippet="Ada, kak")
    conversations.refresh(conv)
    conv.status, conv.resolved_at = "closed", at(2)
    conv.save()
    assert conv.waiting_since is None and conv.first_reply_at == at(1)
    Message.create(conversation=conv, direction="in", date=at(5), sender_email="a@x.test",
                   snippet="Boleh pos hari ini?")
    conv = conversations.refresh(conv.id)
    assert conv.status == "open"
    assert conv.waiting_since == at(5)
    assert conv.message_count == 3
    assert conv.unread_count == 2
    assert conv.snippet == "Boleh pos hari ini?"
    assert conv.counterpart_email == "a@x.test"
