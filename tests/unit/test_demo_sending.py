"""The demo shop sends for real - through the outbox - to a stand-in on this computer:
a reply or a status email ends "sent", and nothing connects anywhere or looks a name up."""

from __future__ import annotations

import socket

import pytest

from seller_desk.core.answering import compose
from seller_desk.core.conversations import inbox
from seller_desk.core.demo import shop as demo
from seller_desk.core.followups import auto_email
from seller_desk.core.mail.connection import connect, standin
from seller_desk.core.mail.errors import MailError
from seller_desk.core.mail.send import outbox
from seller_desk.core.store import db
from seller_desk.core.store.models import (
    DIRECTION_IN,
    DIRECTION_OUT,
    Account,
    Conversation,
    ConversationOrder,
    Message,
    Order,
    OutboxMessage,
)
from seller_desk.core.templates import canned as templates


@pytest.fixture
def demo_db(tmp_path):
    d = db.open_database(f"sqlite:///{tmp_path / 'demo.sqlite3'}")
    templates.install_defaults()
    demo.build_demo()
    yield d
    d.close()


@pytest.fixture
def no_network(monkeypatch):
    """Every way out of this process fails loudly and is written down."""
    tried: list[object] = []

    def refuse(*args, **kwargs):
        tried.append(args)
        raise AssertionError(f"the demo tried to reach the network: {args!r}")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "gethostbyname", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    return tried


def a_waiting_question() -> Message:
    conv_id = inbox.page_ids("waiting")[0]
    return (Message.select().where((Message.conversation == conv_id)
                                   & (Message.direction == DIRECTION_IN))
            .order_by(Message.date.desc()).first())


def test_the_demo_mailboxes_are_simulated(demo_db):
    assert [a.simulated for a in Account.select()] == [True, True, True]
    assert demo.mark_simulated() == 0  # nothing left to mark


def test_a_demo_built_before_schema_14_gets_its_mailboxes_simulated(demo_db):
    Account.update(simulated=False).execute()
    assert demo.mark_simulated() == 3
    assert all(a.simulated for a in Account.select())


def test_a_reply_in_the_demo_ends_sent_with_no_connection_but_the_stand_in(demo_db,
                                                                          no_network):
    question = a_waiting_question()
    out = compose.reply(question)
    out.text = "Terima kasih, sudah kami pos hari ini."
    row = compose.send(out)
    before = len(standin.delivered)

    report = outbox.send_due()

    assert report.sent == [row.id] and not report.errors
    sent = OutboxMessage.get_by_id(row.id)
    assert (sent.state, sent.last_error) == ("sent", None)
    assert sent.sent_at is not None
    # the stand-in took the message as sent, byte for byte, to the customer's address
    assert len(standin.delivered) == before + 1
    got = standin.delivered[-1]
    assert got.sender == question.account.email
    assert got.recipients == (question.sender_email,)
    assert f"<{row.message_id}>".encode() in got.data
    assert b"Terima kasih, sudah kami pos" in got.data
    # the conversation shows the reply and no longer waits on the seller
    assert Message.get_or_none((Message.message_id == row.message_id)
                               & (Message.direction == DIRECTION_OUT)) is not None
    assert question.conversation_id not in inbox.page_ids("waiting")
    # a second round has nothing left to do: no copy to file, no flag to push anywhere
    again = outbox.send_due()
    assert not again.changed and not again.errors
    assert no_network == []


def test_a_status_email_in_the_demo_is_sent_to_the_stand_in(demo_db, no_network):
    settings = {**demo.DEMO_SETTINGS, **dict.fromkeys(demo.DEMO_STATUS_EMAILS, True)}
    linked = (Order.select().join(ConversationOrder, on=ConversationOrder.order == Order.id)
              .join(Conversation).join(Message, on=Message.conversation == Conversation.id)
              .where((Order.status == "awaiting_payment") & (Message.direction == DIRECTION_IN)
                     & (Message.is_auto == False))  # noqa: E712
              .first())
    assert linked is not None
    result = auto_email.queue_stage(linked, "paid", settings=settings)
    assert result.outbox is not None, result.reason

    report = outbox.send_due()

    assert report.sent == [result.outbox.id]
    assert OutboxMessage.get_by_id(result.outbox.id).state == "sent"
    assert b"Auto-Submitted: auto-generated" in standin.delivered[-1].data
    assert no_network == []


def test_a_demo_mailbox_says_it_has_no_server_instead_of_looking_one_up(demo_db,
                                                                       no_network):
    account = Account.select().where(Account.provider == "generic").get()
    assert account.imap_host == "mail.norabatik.my"
    with pytest.raises(MailError) as caught:
        connect.open_imap(account)
    assert caught.value.msg.id == "mail.simulated"
    assert no_network == []


def test_switching_the_demo_status_emails_on_keeps_the_build_quiet(demo_db, tmp_path):
    """The shop's history queued nothing while it was built (the switch comes after)."""
    assert OutboxMessage.select().count() == 0
    from seller_desk.core.common.settings import Settings

    settings = Settings(tmp_path / "settings.json")
    demo.switch_on_status_emails(settings)
    assert all(Settings(tmp_path / "settings.json").get(k) for k in demo.DEMO_STATUS_EMAILS)


def test_opening_the_demo_with_status_emails_on_sends_nothing_by_itself(tmp_path):
    """The demo's history is settled: the outbox's first round finds no status email due,
    so no waiting customer is answered behind the seller's back."""
    from datetime import UTC, datetime

    d = db.open_database(f"sqlite:///{tmp_path / 'demo.sqlite3'}")
    templates.install_defaults()
    now = datetime(2026, 11, 22, 10, 0, tzinfo=UTC)
    demo.build_demo(now=now)
    settings = {**demo.DEMO_SETTINGS, **dict.fromkeys(demo.DEMO_STATUS_EMAILS, True)}
    assert auto_email.run_pending(now=now, settings=settings) == []
    assert OutboxMessage.select().count() == 0
    d.close()
