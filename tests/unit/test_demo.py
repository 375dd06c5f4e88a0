"""The demo shop is realistic, repeatable and alive relative to now."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from seller_desk.core.conversations import inbox
from seller_desk.core.demo import shop as demo
from seller_desk.core.store import db
from seller_desk.core.store.models import (
    CHANNELS,
    Account,
    Conversation,
    ConversationTag,
    Customer,
    Message,
    Order,
    Reminder,
    Shipment,
)

NOW = datetime(2026, 11, 22, 10, 0, tzinfo=UTC)


@pytest.fixture
def demo_db(tmp_path):
    d = db.open_database(f"sqlite:///{tmp_path / 'demo.sqlite3'}")
    summary = demo.build_demo(now=NOW)
    yield summary
    d.close()


def test_the_demo_has_the_promised_shape(demo_db):
    assert Account.select().count() == 3
    assert 130 <= Conversation.select().count() <= 170
    assert 55 <= Order.select().count() <= 65
    channels = {o.channel for o in Order.select()}
    assert {"shopee", "tokopedia", "ebay", "web", "whatsapp"} <= channels <= set(CHANNELS)
    assert Shipment.select().count() > 20
    assert Reminder.select().count() > 5
    assert demo.has_demo_data()


def test_the_demo_speaks_three_languages(demo_db):
    bodies = " ".join(m.text_body for m in Message.select())
    assert "Terima kasih" in bodies  # Malay
    assert "Makasih" in bodies or "Terima kasih banyak" in bodies
    assert "sudah transfer" in bodies or "Resi" in bodies  # Indonesian
    assert "Thank you" in bodies
    assert {c.language for c in Customer.select()} == {"en", "ms", "id"}


def test_some_customers_wait_past_the_target(demo_db):
    rows = inbox.page("waiting", 0, 500, now=NOW)
    hours = [(NOW - r.waiting_since).total_seconds() / 3600 for r in rows]
    assert len(rows) == demo_db.waiting
    assert sum(h >= 24 for h in hours) == demo_db.breached >= 3
    assert any(12 <= h < 24 for h in hours)
    assert hours == sorted(hours, reverse=True)  # longest waiting first


def test_marketplace_notifications_are_automatic_and_never_wait(demo_db):
    auto = Message.select().where(Message.is_auto == True)  # noqa: E712
    assert auto.count() > 3
    for msg in auto:
        assert msg.conversation.waiting_since is None


def test_complaints_are_tagged_with_the_product(demo_db):
    complaints = ConversationTag.select().where(ConversationTag.tag == "complaint")
    assert complaints.count() >= 10
    assert all(t.product for t in complaints)


def test_the_demo_is_the_same_every_time(tmp_path):
    subjects = []
    for name in ("a", "b"):
        d = db.open_database(f"sqlite:///{tmp_path / name}.sqlite3")
        demo.build_demo(now=NOW)
        subjects.append([c.subject for c in Conversation.select().order_by(Conversation.id)])
        d.close()
    assert subjects[0] == subjects[1]


def test_every_demo_message_keeps_its_raw_mime(demo_db):
    import email
    import zlib

    msg = Message.select().where(Message.direction == "in").first()
    parsed = email.message_from_bytes(zlib.decompress(msg.raw))
    assert parsed["Message-ID"].strip("<>") == msg.message_id
    assert (NOW - msg.date) < timedelta(days=90)
