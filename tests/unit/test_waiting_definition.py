"""One definition of "waiting on me": the sidebar, the tray, the clocks' list and counts and
``seller-desk stats --json`` count the same conversations on the same data.

The data holds every case that must stay out of the waiting (closed, snoozed, snoozed until
the customer writes, a reply on its way, only history before the account's cut-off) beside
the ones that wait (a plain question, one whose reply failed, one marked waiting on the
customer that wrote again)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from seller_desk import app
from seller_desk.core.conversations import clocks, inbox, state
from seller_desk.core.store import db, stats
from seller_desk.core.store.models import Account, Conversation, Message, OutboxMessage

NOW = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)
CUTOFF = NOW - timedelta(days=7)
POLICY = clocks.ClockPolicy(country="MY", timezone="Asia/Kuala_Lumpur")


@pytest.fixture
def url(tmp_path):
    url = f"sqlite:///{tmp_path / 'shop.sqlite3'}"
    d = db.open_database(url)
    yield url
    d.close()


def asks(account, who: str, at: datetime, **conv_fields) -> Conversation:
    conv = Conversation.create(account=account, subject=f"Soalan {who}",
                               counterpart_email=f"{who}@example.com")
    Message.create(conversation=conv, account=account, direction="in", date=at,
                   subject=f"Soalan {who}", sender_email=f"{who}@example.com",
                   message_id=f"{who}@example.com", to_addrs=account.email)
    state.refresh(conv)
    if conv_fields:  # what the seller did after the question came in
        Conversation.update(**conv_fields).where(Conversation.id == conv.id).execute()
    return Conversation.get_by_id(conv.id)


def outgoing(account, conv: Conversation, state_: str) -> None:
    OutboxMessage.create(account=account, conversation=conv, raw=b"x", state=state_,
                         sender=account.email, recipients=conv.counterpart_email,
                         message_id=f"<{conv.id}-{state_}@shop>", created_at=NOW)


def test_every_place_counts_the_same_conversations_as_waiting(url, capsys):
    account = Account.create(name="Shop", email="shop@example.test", username="shop",
                             imap_host="127.0.0.1", smtp_host="127.0.0.1",
                             counts_from=CUTOFF)
    hour = timedelta(hours=1)
    waits = [
        asks(account, "plain", NOW - 3 * hour),
        asks(account, "failed", NOW - 5 * hour),
        asks(account, "again", NOW - 30 * hour, status="waiting_customer"),
        asks(account, "snooze_past", NOW - 2 * hour, snoozed_until=NOW - hour),
        asks(account, "same_time_b", NOW - 3 * hour),  # a newer conversation, same wait
    ]
    outgoing(account, waits[1], "failed")
    outgoing(account, waits[0], "sent")
    left_out = [
        asks(account, "closed", NOW - 4 * hour, status="closed"),
        asks(account, "snoozed", NOW - 4 * hour, snoozed_until=NOW + hour),
        asks(account, "until_reply", NOW - 4 * hour, snooze_until_reply=True),
        asks(account, "queued", NOW - 6 * hour),
        asks(account, "sending", NOW - 6 * hour),
        asks(account, "history", CUTOFF - timedelta(days=40)),
    ]
    outgoing(account, left_out[3], "queued")
    outgoing(account, left_out[4], "sending")
    assert left_out[-1].waiting_since is None  # older than the cut-off: history, no clock

    expected = {c.id for c in waits}
    listed = inbox.page_ids("waiting", now=NOW)
    assert set(listed) == expected
    # the longest wait first; among equal waits the newest conversation first
    assert listed == [waits[2].id, waits[1].id, waits[4].id, waits[0].id, waits[3].id]
    assert [r.conversation_id for r in clocks.waiting_list(NOW, policy=POLICY)] == listed
    assert sum(clocks.waiting_counts(NOW, POLICY).values()) == len(expected)
    sidebar = inbox.counts(NOW)  # the sidebar, the window title and the tray read these
    assert sidebar.waiting == len(expected)
    assert sidebar.per_account_waiting == {account.id: len(expected)}
    assert inbox.count("waiting", now=NOW) == len(expected)
    assert stats.collect(NOW)["conversations_waiting"] == len(expected)

    # the command line, as a seller runs it, on the same database (its own clock: now)
    capsys.readouterr()
    assert app.main(["--database", url, "stats", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["conversations_waiting"] == inbox.count(
        "waiting")
