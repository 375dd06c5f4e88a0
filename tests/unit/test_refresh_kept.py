"""The sync's refresh keeps what it derived from a conversation's messages and folds in only
the rows added since; on random histories (messages arriving in batches out of order, the
seller closing, re-opening and snoozing in between, flags changed, messages moved and
deleted, senders marked and unmarked) it must write exactly what the one-conversation
refresh writes after every step, and a full refresh at the end must change nothing."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from seller_desk.core.common.errors import ValidationError
from seller_desk.core.conversations import not_customers
from seller_desk.core.conversations import state as conversations
from seller_desk.core.store import db
from seller_desk.core.store.models import Account, Conversation, Event, Message, database

CUT = datetime(2026, 5, 1, 0, 0, tzinfo=UTC)
CONVERSATIONS = 4
CUSTOMERS = ["ana@a.test", "budi@b.test", "news@bank.test", "noreply@market.test"]
SELLER = "shop@x.test"


def random_history(seed: int) -> list[tuple[Any, ...]]:
    """A script of steps; the same script is played on each database."""
    rng = random.Random(seed)
    steps: list[tuple[Any, ...]] = []
    created = 0

    def when() -> datetime:
        # few distinct instants, so messages often share one; some before the cut-off
        return CUT + timedelta(hours=6 * rng.randint(-8, 30))

    for _ in range(rng.randint(5, 9)):
        batch = []
        for _ in range(rng.randint(1, 12)):
            outgoing = rng.random() < 0.4
            sender = SELLER if outgoing else rng.choice(CUSTOMERS)
            dated = rng.random() > 0.1  # a message without a date counts from its arrival
            batch.append(dict(
                conv=rng.randrange(CONVERSATIONS), direction="out" if outgoing else "in",
                date=when() if dated else None, received_at=when(), sender_email=sender,
                sender_name=rng.choice(["", "Ana", "Budi"]),
                is_auto=sender == "noreply@market.test" or rng.random() < 0.1,
                is_seen=rng.random() < 0.5, has_attachments=rng.random() < 0.1,
                subject=rng.choice(["", "order", "where is it"]),
                snippet=f"message {created + len(batch)}"))
        created += len(batch)
        steps.append(("batch", batch))
        for _ in range(rng.randint(0, 3)):
            conv, at = rng.randrange(CONVERSATIONS), when() + timedelta(hours=1)
            kind = rng.choice(["close", "reopen", "snooze", "snooze_reply", "waiting", "seen",
                               "move", "delete", "mark", "unmark", "twice"])
            steps.append((kind, conv, at, rng.randrange(created), rng.random() < 0.5))
    return steps


def play(steps: list[tuple[Any, ...]], refresh: Callable[[list[int]], None]) -> None:
    """Play ``steps`` on the open database, refreshing with ``refresh`` after each."""
    acc = Account.create(name="Shop", email=SELLER, username="shop", imap_host="127.0.0.1",
                         counts_from=CUT)
    convs = [Conversation.create(subject="" if i % 2 else f"c{i}").id
             for i in range(CONVERSATIONS)]
    messages: list[int] = []
    now = CUT + timedelta(days=30)
    for kind, *args in steps:
        if kind == "batch":
            for spec in args[0]:
                spec = dict(spec, conversation=convs[spec["conv"]], account=acc)
                del spec["conv"]
                messages.append(Message.create(**spec).id)
            refresh(sorted({convs[spec["conv"]] for spec in args[0]}))
            continue
        index, at, pick, flag = convs[args[0]], args[1], args[2], args[3]
        message = Message.get_or_none(Message.id == messages[pick])
        try:
            if kind == "close":
                conversations.close(index, at=at)
            elif kind == "reopen":
                conversations.reopen(index, at=at)
            elif kind == "snooze":
                conversations.snooze(index, now + timedelta(days=1), now=now)
            elif kind == "snooze_reply":
                conversations.snooze(index, until_reply=True, now=now)
            elif kind == "waiting":
                conversations.mark_waiting_customer(index)
        except ValidationError:
            pass  # a close before the first customer message: refused on both sides
        if kind == "twice":
            refresh([index])  # nothing new: the kept rows alone
        if message is None:
            continue
        if kind == "seen":
            Message.update(is_seen=flag).where(Message.id == message.id).execute()
            refresh([message.conversation_id])
        elif kind == "move":
            Message.update(conversation=index).where(Message.id == message.id).execute()
            refresh(sorted({message.conversation_id, index}))
        elif kind == "delete":
            Message.delete().where(Message.id == message.id).execute()
            refresh([message.conversation_id])
        elif kind == "mark" and message.direction == "in":
            not_customers.mark([message.sender_email], whole_domain=flag, now=now)
        elif kind == "unmark" and not_customers.listing():
            with database.atomic():
                not_customers.unmark(not_customers.listing()[0].id, now=now)
        now += timedelta(minutes=1)
    # the last step refreshes them all (a refresh may itself change what the seller set:
    # a snooze until the customer replies ends while the customer waits)
    refresh(convs)


def snapshot() -> tuple[list[Any], list[Any]]:
    columns = [f for f in Conversation._meta.sorted_fields if f.name != "created_at"]
    convs = list(Conversation.select(*columns).order_by(Conversation.id).tuples())
    # the not-a-customer events and a wait on the customer are stamped when recorded
    stamped = ("not_customer_ignored", "not_customer_counted", "conversation_snoozed")
    kinds = [(e.kind, e.conversation_id, e.customer_id,
              None if e.kind in stamped else e.at, e.data)
             for e in Event.select().order_by(Event.id)]
    return convs, kinds


def one_by_one(ids: list[int]) -> None:
    for conv_id in ids:
        conversations.refresh(conv_id)


def in_batches(ids: list[int]) -> None:
    conversations.refresh_many(ids)


def compare(open_url: Callable[[], str], seed: int) -> None:
    steps = random_history(seed)
    results = []
    for refresh in (one_by_one, in_batches):
        conversations._KEPT.clear()  # nothing kept from an earlier test or database
        opened = db.open_database(open_url())
        try:
            play(steps, refresh)
            results.append(snapshot())
            if refresh is in_batches:
                # forget what was kept: a refresh from all the rows, as a single full
                # refresh at the end, changes nothing, and neither does the one-by-one
                ids = [c for (c,) in Conversation.select(Conversation.id).tuples()]
                conversations._KEPT.clear()
                conversations.refresh_many(ids)
                assert snapshot() == results[-1]
                one_by_one(ids)
                assert snapshot() == results[-1]
        finally:
            opened.close()
    one, many = results
    assert many[0] == one[0]
    assert many[1] == one[1]
    assert any(row[0] == "clock_stopped" for row in one[1])  # the histories have waits


@pytest.mark.parametrize("seed", range(12))
def test_kept_refreshes_write_what_full_refreshes_write_on_sqlite(tmp_path, seed):
    names = iter(["one", "many"])
    compare(lambda: f"sqlite:///{tmp_path / next(names)}.sqlite3", seed)


@pytest.mark.parametrize("seed", range(3))
def test_kept_refreshes_write_what_full_refreshes_write_on_postgresql(pg_url_factory, seed):
    compare(pg_url_factory, seed)


def test_a_conversation_that_only_gains_later_messages_keeps_its_earlier_rows(tmp_path):
    """The point of keeping: a second refresh folds in only the new message."""
    opened = db.open_database(f"sqlite:///{tmp_path / 'x.sqlite3'}")
    try:
        conversations._KEPT.clear()
        acc = Account.create(name="Shop", email=SELLER, username="shop",
                             imap_host="127.0.0.1", counts_from=CUT - timedelta(days=9))
        conv = Conversation.create(subject="order")
        for hours, direction in ((1, "in"), (2, "out")):
            Message.create(account=acc, conversation=conv, direction=direction,
                           date=CUT + timedelta(hours=hours), sender_email="ana@a.test")
        conversations.refresh_many([conv.id])
        kept = conversations._KEPT[conv.id]
        Message.create(account=acc, conversation=conv, direction="in",
                       date=CUT + timedelta(hours=3), sender_email="ana@a.test")
        conversations.refresh_many([conv.id])
        again = conversations._KEPT[conv.id]
        assert again.rows[:2] == kept.rows and len(again.rows) == 3
        assert again.facts[:2] == kept.facts
        assert Conversation.get_by_id(conv.id).waiting_since == CUT + timedelta(hours=3)
    finally:
        opened.close()
