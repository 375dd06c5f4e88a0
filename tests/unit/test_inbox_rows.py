"""The inbox's pages, read with plain SQL (``inbox.page``, ``inbox.rows_for``), are the rows
a reading through peewee's models gives (the reference below, the way the inbox read them
before), for every view, page and mailbox: customers, mailboxes, the first linked order,
tags and the latest outgoing message's state included."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import peewee
import pytest

from seller_desk.core.conversations import inbox
from seller_desk.core.store import db
from seller_desk.core.store.models import (
    Account,
    Conversation,
    ConversationOrder,
    ConversationTag,
    Customer,
    Order,
    OutboxMessage,
)

NOW = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def database(tmp_path):
    d = db.open_database(f"sqlite:///{tmp_path / 'shop.sqlite3'}")
    yield d
    d.close()


def _outgoing(account: Account, conv: Conversation, state: str, n: int,
              error: str | None = None) -> None:
    OutboxMessage.create(account=account, conversation=conv, message_id=f"<{n}@shop.test>",
                         raw=b"", sender="shop@example.test", recipients="c@example.com",
                         state=state, attempts=n % 3, last_error=error,
                         created_at=NOW - timedelta(minutes=n))


@pytest.fixture
def shop():
    return _fill_shop()


def _fill_shop() -> list[Account]:
    """Conversations of every kind the list shows, in two mailboxes and none."""
    shops = [Account.create(name=name, email=f"{key}@example.test", username=key,
                            imap_host="127.0.0.1", smtp_host="127.0.0.1", color=color)
             for name, key, color in (("Shop mail", "shop", "#7c3aed"),
                                      ("Web shop", "web", ""))]
    people = [Customer.create(name=f"Pelanggan {i}", name_key=f"p{i}", name_rest_key="",
                              phone_key="") for i in range(5)]
    people.append(Customer.create(name="", name_key="", name_rest_key="", phone_key=""))
    orders = [Order.create(number=f"#{1200 + i}", channel=("shopee", "web", "")[i % 3])
              for i in range(6)]
    statuses = ("open", "waiting_customer", "closed")
    for i in range(260):
        waiting = NOW - timedelta(hours=i * 7 % 500) if i % 4 else None
        conv = Conversation.create(
            account=shops[i % 2] if i % 11 else None,
            customer=people[i % 6] if i % 5 else None,
            subject=f"Pesanan {i}", snippet=f"boleh semak {i}",
            last_sender=f"Sender {i}", counterpart_email=f"c{i}@example.com",
            status=statuses[i % 3], waiting_since=waiting,
            # some at the same moment: the order among equals must be the same too
            last_activity_at=NOW - timedelta(hours=i // 2) if i % 13 else None,
            unread_count=i % 4, message_count=1 + i % 9,
            snoozed_until=NOW + timedelta(hours=1) if i % 17 == 0 else
            (NOW - timedelta(hours=1) if i % 19 == 0 else None),
            snooze_until_reply=i % 23 == 0, is_auto=i % 29 == 0,
            has_attachments=i % 3 == 0)
        if i % 6 == 0:
            ConversationOrder.create(conversation=conv, order=orders[i % 6 + 1 if i % 12
                                                                     else 0])
            ConversationOrder.create(conversation=conv, order=orders[(i + 3) % 6])
        if i % 7 == 0:
            ConversationTag.create(conversation=conv, tag="refund", created_at=NOW)
            ConversationTag.create(conversation=conv, tag="complaint", product="batik",
                                   created_at=NOW)
            ConversationTag.create(conversation=conv, tag="complaint", product="sarong",
                                   created_at=NOW)
        if i % 8 == 0:
            _outgoing(shops[0], conv, "failed", 2 * i, "550 no such user")
        if i % 8 == 4:
            _outgoing(shops[0], conv, "sent", 2 * i)
            _outgoing(shops[0], conv, ("queued", "sending", "sent")[i % 3], 2 * i + 1)
    return shops


def test_every_view_reads_the_same_rows(shop):
    """Ensure each view's pages, for all mailboxes and for each, are the reference's rows."""
    _same_rows(shop)


@pytest.mark.integration
def test_every_view_reads_the_same_rows_on_postgresql(pg_url):
    """Ensure the same on a team's PostgreSQL database (its placeholders, booleans and
    times differ from SQLite's)."""
    db.close_database()
    db.open_database(pg_url)
    shop = _fill_shop()
    _same_rows(shop)
    rows = inbox.page("all", 0, 300, now=NOW)
    assert all(r.last_activity_at.tzinfo is UTC for r in rows if r.last_activity_at)
    assert {r.outbox.state for r in rows if r.outbox} == {"failed", "queued", "sending"}
    assert inbox.rows_for([5, 2]) == reference_rows_for([5, 2])


def _same_rows(shop: list[Account]) -> None:
    shown = 0
    for view in inbox.VIEWS:
        for account in (None, shop[0].id, shop[1].id):
            for offset, limit in ((0, 100), (100, 100), (37, 50)):
                expected = reference_page(view, offset, limit, account)
                assert inbox.page(view, offset, limit, account, now=NOW) == expected, \
                    (view, account, offset)
                shown += len(expected)
    assert shown > 1000


def test_the_rows_cover_every_column(shop):
    """Ensure the comparison above sees each kind of value: a first linked order, tags
    once each, an outbox state, a customer's name and the sender's in its place, a
    mailbox's colour, a closed conversation's clock left out."""
    rows = inbox.page("all", 0, 300, now=NOW)
    assert len(rows) == 260
    assert {r.order_number for r in rows} == {"", "#1200", "#1201"}  # never the second
    assert ("complaint", "refund") in {r.tags for r in rows}
    assert {r.outbox.state for r in rows if r.outbox} == {"failed", "queued", "sending"}
    assert any(r.outbox and r.outbox.last_error == "550 no such user" for r in rows)
    assert {"Pelanggan 1", "Sender 0"} <= {r.customer_name for r in rows}
    assert {r.account_color for r in rows} == {"#7c3aed", ""}
    assert all(r.waiting_since is None for r in rows if r.status == "closed")
    assert all(r.waiting_since.tzinfo is UTC for r in rows if r.waiting_since)
    assert {type(r.is_auto) for r in rows} == {bool}


def test_rows_for_ids_keep_their_order(shop):
    """Ensure search results read the same rows, in the order given, unknown ids left out."""
    ids = [250, 3, 999_999, 120, 7, 64]
    assert inbox.rows_for(ids) == reference_rows_for(ids)
    assert [r.id for r in inbox.rows_for(ids)] == [250, 3, 120, 7, 64]
    assert inbox.rows_for([]) == []


def test_a_page_makes_no_model_objects(shop, monkeypatch):
    """Ensure a page is read as plain rows: peewee made a model object per customer and
    mailbox of the page, part of what made it three times slower."""
    made = []
    original = peewee.Model.__init__

    def counting(self, *args, **kwargs):
        made.append(type(self).__name__)
        original(self, *args, **kwargs)

    monkeypatch.setattr(peewee.Model, "__init__", counting)
    assert inbox.page("all", 0, 100, now=NOW)
    assert inbox.rows_for([1, 2, 3])
    assert made == []


# --- the reference: the same rows read through peewee's models -------------------------


def reference_page(view: str, offset: int, limit: int, account_id: int | None
                   ) -> list[inbox.InboxRow]:
    query = (inbox._query(view, account_id, NOW, *inbox._ROW_FIELDS)
             .order_by(*inbox._order(view)).offset(offset).limit(limit))
    return _reference_rows(list(query.namedtuples()))


def reference_rows_for(ids: list[int]) -> list[inbox.InboxRow]:
    convs = {c.id: c for c in Conversation.select(*inbox._ROW_FIELDS)
             .where(Conversation.id.in_(ids)).namedtuples()}
    return _reference_rows([convs[i] for i in ids if i in convs])


def _reference_rows(convs: list) -> list[inbox.InboxRow]:
    ids = [c.id for c in convs]
    latest = (OutboxMessage.select(peewee.fn.MAX(OutboxMessage.id))
              .where(OutboxMessage.conversation.in_(ids)).group_by(OutboxMessage.conversation))
    outgoing = {o.conversation_id: inbox.OutboxState(o.state, o.created_at, o.attempts or 0,
                                                      o.last_error or "")
                for o in OutboxMessage.select().where(
                    OutboxMessage.id.in_(latest) & OutboxMessage.state.in_(inbox.OUTBOX_SHOWN))}
    customers = {c.id: c.name for c in Customer.select()}
    accounts = {a.id: (a.name, a.color) for a in Account.select()}
    orders: dict[int, tuple[str, str]] = {}
    for link in ConversationOrder.select().join(Order).order_by(ConversationOrder.id):
        orders.setdefault(link.conversation_id, (link.order.number, link.order.channel))
    tags: dict[int, set[str]] = {}
    for tag in ConversationTag.select():
        tags.setdefault(tag.conversation_id, set()).add(tag.tag)
    rows = []
    for c in convs:
        number, channel = orders.get(c.id, ("", ""))
        account_name, color = accounts.get(c.account, ("", ""))
        rows.append(inbox.InboxRow(
            id=c.id, subject=c.subject, snippet=c.snippet,
            customer_name=customers.get(c.customer, "") or c.last_sender,
            counterpart_email=c.counterpart_email, account_name=account_name,
            account_id=c.account, status=c.status,
            waiting_since=c.waiting_since if c.status != "closed" else None,
            last_activity_at=c.last_activity_at, unread_count=c.unread_count,
            message_count=c.message_count, snoozed_until=c.snoozed_until, is_auto=c.is_auto,
            has_attachments=c.has_attachments, order_number=number, channel=channel,
            tags=tuple(sorted(tags.get(c.id, ()))), snooze_until_reply=c.snooze_until_reply,
            account_color=color, outbox=outgoing.get(c.id)))
    return rows
