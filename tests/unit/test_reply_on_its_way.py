"""A reply on its way: a queued or sending reply takes its conversation out of "Waiting on
me" into "Reply on its way"; a failed or cancelled one puts it back. The reply clock is not
touched by any of it (only a sent reply stops it: tests/integration/test_reply_on_its_way.py
sends one through a real SMTP server)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from seller_desk.core.answering import compose
from seller_desk.core.conversations import inbox, state
from seller_desk.core.mail.send import outbox
from seller_desk.core.store import db
from seller_desk.core.store.models import Account, Conversation, Message, OutboxMessage

ASKED = datetime(2026, 11, 2, 2, 0, tzinfo=UTC)
NOW = ASKED + timedelta(hours=3)


@pytest.fixture(autouse=True)
def database(tmp_path):
    d = db.open_database(f"sqlite:///{tmp_path / 'shop.sqlite3'}")
    yield d
    d.close()


@pytest.fixture
def account():
    return Account.create(name="Shop", email="shop@example.test", username="shop",
                          imap_host="127.0.0.1", smtp_host="127.0.0.1", smtp_port=9,
                          smtp_security="none")


def customer_asks(account, who: str = "aisyah", at: datetime = ASKED) -> Message:
    """A customer's question in a conversation of its own, its clock running."""
    conv = Conversation.create(account=account, subject=f"Stok {who}",
                               counterpart_email=f"{who}@example.com")
    msg = Message.create(conversation=conv, account=account, direction="in", date=at,
                         subject=f"Stok {who}", sender_email=f"{who}@example.com",
                         message_id=f"{who}-1@example.com", to_addrs=account.email)
    state.refresh(conv)
    assert Conversation.get_by_id(conv.id).waiting_since == at
    return msg


def answer(question: Message) -> OutboxMessage:
    out = compose.reply(question)
    out.text = "Ada, boleh pos hari ini."
    return compose.send(out)


def set_state(row: OutboxMessage, new: str, **fields) -> None:
    OutboxMessage.update(state=new, **fields).where(OutboxMessage.id == row.id).execute()


def waiting_ids() -> list[int]:
    return inbox.page_ids("waiting", now=NOW)


def on_its_way() -> list[inbox.InboxRow]:
    return inbox.page("onway", now=NOW)


def test_a_queued_reply_moves_the_conversation_to_on_its_way(account):
    question = customer_asks(account)
    other = customer_asks(account, "budi")
    before = inbox.counts(NOW)
    assert (before.waiting, before.onway) == (2, 0)
    row = answer(question)
    conv_id = question.conversation_id
    assert waiting_ids() == [other.conversation_id]
    [shown] = on_its_way()
    assert shown.id == conv_id
    assert shown.outbox is not None
    assert (shown.outbox.state, shown.outbox.attempts, shown.outbox.last_error) == (
        "queued", 0, "")
    assert shown.outbox.queued_at == OutboxMessage.get_by_id(row.id).created_at
    counts = inbox.counts(NOW)
    assert (counts.waiting, counts.onway) == (1, 1)
    assert counts.per_account_waiting == {account.id: 1}
    assert inbox.count("waiting", now=NOW) == 1 and inbox.count("onway", now=NOW) == 1
    # only the list placement changed: the clock still runs from the customer's question
    assert Conversation.get_by_id(conv_id).waiting_since == ASKED
    assert inbox.count_waiting_since_before(ASKED, NOW) == 1  # the other one


def test_a_reply_being_sent_is_on_its_way_with_its_attempts_and_last_problem(account):
    question = customer_asks(account)
    row = answer(question)
    set_state(row, "sending", attempts=2,
              last_error="The mail server did not answer in time. Trying again.")
    assert waiting_ids() == []
    [shown] = on_its_way()
    assert shown.outbox is not None
    assert (shown.outbox.state, shown.outbox.attempts) == ("sending", 2)
    assert shown.outbox.last_error.startswith("The mail server did not answer")
    assert inbox.counts(NOW).waiting == 0


def test_a_failed_reply_puts_the_conversation_back_in_waiting_saying_so(account):
    question = customer_asks(account)
    row = answer(question)
    set_state(row, "failed", attempts=1,
              last_error="The mail server refused the user name or password.")
    assert waiting_ids() == [question.conversation_id]
    assert on_its_way() == []
    [shown] = inbox.page("waiting", now=NOW)
    assert shown.outbox is not None and shown.outbox.state == "failed"
    assert "refused" in shown.outbox.last_error
    counts = inbox.counts(NOW)
    assert (counts.waiting, counts.onway) == (1, 0)
    # tried again from the outbox: on its way once more
    outbox.retry(row.id)
    assert waiting_ids() == [] and [r.id for r in on_its_way()] == [question.conversation_id]


def test_a_cancelled_reply_puts_the_conversation_back_in_waiting(account):
    question = customer_asks(account)
    row = answer(question)
    outbox.cancel(row.id)
    assert waiting_ids() == [question.conversation_id]
    assert on_its_way() == []
    [shown] = inbox.page("waiting", now=NOW)
    assert shown.outbox is None  # a reply taken back is not a problem to report
    assert Conversation.get_by_id(question.conversation_id).waiting_since == ASKED


def test_a_later_reply_on_its_way_hides_an_earlier_failure(account):
    question = customer_asks(account)
    failed = answer(question)
    set_state(failed, "failed", last_error="The server refused the message.")
    answer(question)  # written again instead of retrying the first
    [shown] = on_its_way()
    assert shown.outbox is not None and shown.outbox.state == "queued"
    assert shown.outbox.last_error == ""


def test_mail_without_a_conversation_and_closed_or_snoozed_ones_keep_their_places(account):
    question = customer_asks(account)
    outbox.queue(account, outbox.message_bytes(compose.build_message(
        compose.new_message(account, to=["friend@example.test"], subject="Hi"))),
        envelope_to=["friend@example.test"])
    assert waiting_ids() == [question.conversation_id]  # a new message belongs to no one
    answer(question)
    inbox.close([question.conversation_id], now=NOW)
    assert waiting_ids() == []
    # a reply to a closed conversation is still on its way: the seller sees it leave
    assert [r.id for r in on_its_way()] == [question.conversation_id]
    assert inbox.page_ids("all", now=NOW) == [question.conversation_id]


def test_a_queued_automatic_status_email_leaves_the_customer_waiting_on_me(account):
    """A "payment received" email answers no question: while it is queued (offline, or for
    the instant the demo's stand-in takes) the customer who asked still waits on the seller."""
    question = customer_asks(account)
    out = compose.reply(question)
    out.text = "Payment received, thank you."
    out.auto = True
    compose.send(out, dedup_key="auto:paid:order:7")
    assert waiting_ids() == [question.conversation_id]
    assert on_its_way() == []
    counts = inbox.counts(NOW)
    assert (counts.waiting, counts.onway) == (1, 0)
    # a reply the seller writes still goes to "Reply on its way"
    answer(question)
    assert waiting_ids() == [] and [r.id for r in on_its_way()] == [question.conversation_id]
