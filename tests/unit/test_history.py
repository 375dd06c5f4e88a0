"""History: customer mail older than its account's waiting-since cut-off starts no clock."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime, timedelta

import pytest

from seller_desk.app import main
from seller_desk.core.conversations import inbox
from seller_desk.core.conversations import state as conversations
from seller_desk.core.conversations.state import MessageFacts, clock_state
from seller_desk.core.mail.connection import accounts
from seller_desk.core.store import db, events
from seller_desk.core.store.models import Account, Conversation, Event, Message

CUT = datetime(2026, 5, 1, 0, 0, tzinfo=UTC)


def at(days: float) -> datetime:
    return CUT + timedelta(days=days)


@pytest.fixture
def database(tmp_path):
    d = db.open_database(f"sqlite:///{tmp_path / 'h.sqlite3'}")
    yield d
    d.close()


@pytest.fixture
def account(database):
    return Account.create(name="Shop", email="shop@x.test", username="shop",
                          imap_host="127.0.0.1", counts_from=CUT)


def customer(acc: Account | None, conv: Conversation, when: datetime) -> Message:
    return Message.create(account=acc, conversation=conv, direction="in", date=when,
                          sender_email="siti@x.test", snippet="Ada stok?")


def seller(acc: Account, conv: Conversation, when: datetime) -> Message:
    return Message.create(account=acc, conversation=conv, direction="out", date=when,
                          sender_email="shop@x.test", snippet="Ada, kak")


def history_events(conv: Conversation) -> list[Event]:
    return list(Event.select().where(Event.kind == events.HISTORY_IGNORED,
                                     Event.conversation_id == conv.id))


def test_history_starts_no_clock_and_stops_none():
    state = clock_state([MessageFacts(at(-3), "in", False, history=True),
                         MessageFacts(at(-2), "out", False)])
    assert (state.waiting_since, state.first_customer_at, state.first_reply_at) == \
        (None, None, None)


def test_a_conversation_of_old_customer_mail_only_is_not_waiting_and_has_no_figures(account):
    conv = Conversation.create(subject="Stok?", account=account)
    customer(account, conv, at(-40))
    seller(account, conv, at(-39))
    customer(account, conv, at(-2))

    conv = conversations.refresh(conv.id)

    assert conv.waiting_since is None
    assert (conv.first_customer_at, conv.first_reply_at, conv.first_reply_s) == (None, None, None)
    assert inbox.count("waiting") == 0 and inbox.count("all") == 1
    assert not Event.select().where(Event.kind.in_((events.CLOCK_STARTED,
                                                    events.CLOCK_STOPPED))).exists()
    # why, once: a second refresh (the next sync) adds nothing
    conversations.refresh_many([conv.id])
    [why] = history_events(conv)
    assert why.at == at(-2) and why.data["messages"] == 2


def test_a_new_message_after_old_history_waits_from_the_new_one(account):
    conv = Conversation.create(subject="Stok?", account=account)
    customer(account, conv, at(-30))
    customer(account, conv, at(1))

    conv = conversations.refresh(conv.id)

    assert conv.waiting_since == conv.first_customer_at == at(1)
    assert inbox.count("waiting") == 1
    seller(account, conv, at(1.5))
    conv = conversations.refresh(conv.id)
    assert conv.first_reply_s == 12 * 3600
    assert len(history_events(conv)) == 1


def test_backfilled_older_mail_follows_the_same_rule(account):
    conv = Conversation.create(subject="Stok?", account=account)
    customer(account, conv, at(2))
    assert conversations.refresh(conv.id).waiting_since == at(2)
    # the backfill brings older mail of the same conversation, and of another one
    customer(account, conv, at(-5))
    other = Conversation.create(subject="Lama", account=account)
    customer(account, other, at(-100))

    conversations.refresh_many([conv.id, other.id])

    assert Conversation.get_by_id(conv.id).waiting_since == at(2)
    assert Conversation.get_by_id(other.id).waiting_since is None
    assert inbox.page_ids("waiting") == [conv.id]


def test_mail_of_an_account_without_a_cutoff_counts_as_before(account):
    old = Account.create(name="Old", email="old@x.test", username="old", imap_host="h")
    assert old.counts_from is None
    conv = Conversation.create(subject="Stok?", account=old)
    customer(old, conv, at(-400))
    assert conversations.refresh(conv.id).waiting_since == at(-400)
    assert history_events(conv) == []


def test_a_new_account_counts_customers_from_seven_days_before_it_was_added(database):
    before = datetime.now(UTC)
    acc = accounts.add_account("Shop", "shop@example.my", imap_host="mail.example.my")
    after = datetime.now(UTC)
    assert before - timedelta(days=7, seconds=1) <= acc.counts_from <= after - timedelta(days=7)
    chosen = accounts.add_account("Two", "two@example.my", imap_host="mail.example.my",
                                  counts_from=accounts.counts_from(0))
    assert chosen.counts_from >= before


def _add(tmp_path, *extra: str) -> int:
    return main(["--data-dir", str(tmp_path), "account", "add", "--name", "Shop",
                 "--email", "shop@example.my", "--imap-host", "mail.example.my",
                 "--no-password", *extra])


def test_cli_account_add_takes_waiting_since_days(tmp_path, capsys):
    assert _add(tmp_path, "--waiting-since", "30") == 0
    out = capsys.readouterr().out
    acc = Account.get()
    expected = datetime.now(UTC) - timedelta(days=30)
    assert abs(acc.counts_from - expected) < timedelta(minutes=1)
    assert f"Customers count as waiting from {acc.counts_from:%Y-%m-%d}" in out
    db.close_database()


def test_cli_account_add_counts_from_seven_days_back_by_default(tmp_path, capsys):
    assert _add(tmp_path) == 0
    expected = datetime.now(UTC) - timedelta(days=7)
    assert abs(Account.get().counts_from - expected) < timedelta(minutes=1)
    db.close_database()


@pytest.mark.parametrize("days", ["-3", "a week", "99999"])
def test_cli_refuses_a_waiting_since_that_is_not_a_number_of_days(tmp_path, capsys, days):
    with pytest.raises(SystemExit) as exit_:
        _add(tmp_path, "--waiting-since", days)
    err = capsys.readouterr().err
    assert exit_.value.code == 2
    assert "is not a number of days" in err and "Traceback" not in err


def test_stats_json_counts_waiting_as_the_window_does(tmp_path, capsys, monkeypatch):
    url = f"sqlite:///{tmp_path / 'seller-desk.sqlite3'}"
    db.open_database(url)
    acc = Account.create(name="Shop", email="shop@x.test", username="shop", imap_host="h",
                         counts_from=datetime.now(UTC) - timedelta(days=7))
    now = datetime.now(UTC)
    ids = []
    for days in (30, 1, 0.5):  # history, then two customers waiting now
        conv = Conversation.create(subject=f"{days}", account=acc)
        customer(acc, conv, now - timedelta(days=days))
        ids.append(conv.id)
    conversations.refresh_many(ids)
    conversations.snooze(ids[1], now + timedelta(days=1))  # not in "Waiting on me"
    assert inbox.count("waiting") == 1
    db.close_database()
    monkeypatch.setattr("sys.stdin", io.StringIO(""))

    assert main(["--database", url, "stats", "--json"]) == 0

    assert json.loads(capsys.readouterr().out)["conversations_waiting"] == 1


def test_waiting_puts_the_longest_wait_first_and_the_newest_first_among_equals(account):
    ids = []
    for days in (1, 2, 2):
        conv = Conversation.create(subject=f"{days}", account=account)
        customer(account, conv, at(days))
        ids.append(conv.id)
    conversations.refresh_many(ids)
    assert inbox.page_ids("waiting") == [ids[0], ids[2], ids[1]]
    assert [r.id for r in inbox.page("waiting")] == [ids[0], ids[2], ids[1]]
