"""Collision warnings of a team on a real PostgreSQL: who else has a conversation open,
"<name> is replying" heard by the other window within two seconds, rows of windows gone
silent expire after 30 s, and the replies someone else sent since a window opened the
conversation are found with who wrote them and what they said."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import timedelta

import pytest
from helpers.outbox_shop import make_account

from seller_desk.core.answering import compose
from seller_desk.core.store import db
from seller_desk.core.store.fields import utcnow
from seller_desk.core.store.models import Conversation, Message
from seller_desk.core.store.models import Presence as PresenceRow
from seller_desk.core.team import identity, presence
from seller_desk.core.team.listener import ChangeListener
from seller_desk.core.team.presence import Here, Person


@pytest.fixture
def team_db(pg_url: str) -> Iterator[str]:
    db.open_database(pg_url)
    yield pg_url
    identity.set_name(None)
    db.close_database()


def test_who_else_has_it_open_and_who_is_replying(team_db):
    conv = Conversation.create(subject="Kain batik")
    aisyah, budi = Here(name="Aisyah"), Here(name="Budi")
    aisyah.open(conv.id)
    assert aisyah.others() == []
    budi.open(conv.id)
    assert aisyah.others() == [Person("Budi", typing=False)]
    assert budi.others() == [Person("Aisyah", typing=False)]
    budi.set_typing(True)
    assert aisyah.others() == [Person("Budi", typing=True)]
    budi.open(None)  # Budi went back to the list
    assert aisyah.others() == []
    budi.open(conv.id)
    budi.leave()  # Budi's window closed
    assert aisyah.others() == []


def test_typing_is_heard_by_the_other_window_within_two_seconds(team_db):
    conv = Conversation.create(subject="Tudung bawal")
    heard: list = []
    listener = ChangeListener(on_changes=heard.extend).start()
    try:
        assert listener.online.wait(10)
        aisyah, budi = Here(name="Aisyah"), Here(name="Budi")
        aisyah.open(conv.id)
        budi.open(conv.id)
        heard.clear()
        typed = time.monotonic()
        budi.set_typing(True)
        deadline = typed + 2.0
        while not any(c.kind == "presence" and c.entity_id == conv.id for c in heard):
            assert time.monotonic() < deadline, "the typing was not heard within 2 s"
            time.sleep(0.02)
        assert aisyah.others() == [Person("Budi", typing=True)]  # what the window reads
    finally:
        listener.stop()


def test_a_window_gone_silent_expires_after_30_seconds(team_db):
    conv = Conversation.create(subject="Saiz baju")
    aisyah, budi = Here(name="Aisyah"), Here(name="Budi")
    aisyah.open(conv.id)
    budi.open(conv.id)
    PresenceRow.update(seen_at=utcnow() - timedelta(seconds=presence.EXPIRES_SECONDS - 5)) \
        .where(PresenceRow.session == budi.session).execute()
    assert [p.name for p in aisyah.others()] == ["Budi"]
    PresenceRow.update(seen_at=utcnow() - timedelta(seconds=presence.EXPIRES_SECONDS + 1)) \
        .where(PresenceRow.session == budi.session).execute()
    assert aisyah.others() == []  # killed, asleep or offline: no longer shown
    budi.heartbeat()
    assert [p.name for p in aisyah.others()] == ["Budi"]
    PresenceRow.update(seen_at=utcnow() - timedelta(days=2)) \
        .where(PresenceRow.session == budi.session).execute()
    aisyah.open(conv.id)  # a window killed long ago leaves no row behind for good
    assert not PresenceRow.select().where(PresenceRow.session == budi.session).exists()


def test_a_reply_someone_else_sent_since_opening_is_found_with_its_text(team_db, imap_user,
                                                                        smtp_sink):
    account = make_account(imap_user, smtp_sink)
    conv = Conversation.create(subject="Pesanan #1001")
    Message.create(conversation=conv, subject="Pesanan #1001", sender_email="rina@example.test",
                   message_id="q1@example.test", direction="in", text_body="Bila hantar?")
    aisyah, budi = Here(name="Aisyah"), Here(name="Budi")
    aisyah.open(conv.id)
    budi.open(conv.id)
    assert aisyah.replies_since_opened() == []

    identity.set_name("Budi")  # Budi's window queues the reply
    out = compose.reply(Message.get(Message.message_id == "q1@example.test"))
    out.account = account
    out.text = "Sudah dihantar semalam, nombor tracking JNT123."
    row = compose.send(out)
    budi.sent(row.id)

    found = aisyah.replies_since_opened()
    assert [(r.name, r.outbox_id) for r in found] == [("Budi", row.id)]
    assert "JNT123" in found[0].text
    assert budi.replies_since_opened() == []  # one's own reply is no warning
    aisyah.open(conv.id)  # opened again after it: read, no warning
    assert aisyah.replies_since_opened() == []


def test_a_reply_written_in_webmail_found_in_sent_is_found_too(team_db):
    """Budi answered from his phone's mail app; the sync found it in Sent: Aisyah, who
    opened the conversation before, is told before she sends hers."""
    from datetime import timedelta

    from seller_desk.core.store.fields import utcnow

    conv = Conversation.create(subject="Pesanan #1002")
    Message.create(conversation=conv, subject="Pesanan #1002", sender_email="rina@example.test",
                   message_id="q2@example.test", direction="in", text_body="Ada warna biru?",
                   date=utcnow() - timedelta(hours=1))
    aisyah = Here(name="Aisyah")
    aisyah.open(conv.id)
    Message.create(conversation=conv, subject="Re: Pesanan #1002", direction="out",
                   sender_name="Budi (Kedai Batik)", sender_email="shop@example.test",
                   message_id="phone1@example.test", text_body="Ada kak, biru laut.",
                   date=utcnow() + timedelta(seconds=1))
    Message.create(conversation=conv, subject="Re: Pesanan #1002", direction="out",
                   sender_email="shop@example.test", message_id="auto1@example.test",
                   text_body="Pesanan anda sudah dibayar.", is_auto=True,
                   date=utcnow() + timedelta(seconds=2))  # a status email: no reply

    found = aisyah.replies_since_opened()

    assert [(r.name, r.outbox_id, r.text) for r in found] == [
        ("Budi (Kedai Batik)", 0, "Ada kak, biru laut.")]


def test_a_personal_shop_has_nobody_else(tmp_path):
    database = db.open_database(f"sqlite:///{tmp_path / 'shop.sqlite3'}")
    try:
        conv = Conversation.create(subject="Kain")
        here = Here(name="Aisyah")
        here.open(conv.id)
        here.set_typing(True)
        assert PresenceRow.select().count() == 0
        assert presence.others_here(conv.id) == []
        assert here.replies_since_opened() == []
    finally:
        database.close()
