"""core/store/bulk.py: many rows in one statement store what peewee would store, and the
sync's batches run with Python's cycle collector paused (issue 20)."""

from __future__ import annotations

import gc
from datetime import UTC, datetime, timedelta, timezone

import pytest

from seller_desk.core.mail.ingest import store
from seller_desk.core.mail.parse import mime
from seller_desk.core.store import bulk, events
from seller_desk.core.store.models import Account, Event, Folder, Message
from seller_desk.core.store.models import database as database_

T0 = datetime(2026, 11, 1, 8, 0, tzinfo=UTC)


pytestmark = pytest.mark.usefixtures("memory_database")


def _stored(column: str, message_id: str) -> object:
    cursor = database_.execute_sql(
        f'SELECT "{column}" FROM "message" WHERE message_id = ?', (message_id,))
    return cursor.fetchone()[0]


def test_bulk_rows_are_stored_as_peewee_stores_them():
    """Left-out columns take their defaults; booleans, times and JSON are converted."""
    plus_eight = timezone(timedelta(hours=8))
    bulk.bulk_insert(Message, [
        {"message_id": "a@x", "subject": "Baju", "is_seen": True, "date": T0,
         "has_attachments": 1},
        {"message_id": "b@x", "is_flagged": "yes", "date": T0.astimezone(plus_eight),
         "received_at": None},
    ])
    Message.create(message_id="c@x", subject="Baju", is_seen=True, date=T0,
                   has_attachments=1)
    for column in ("subject", "is_seen", "is_flagged", "has_attachments", "date", "direction",
                   "size", "received_at"):
        assert _stored(column, "a@x") == _stored(column, "c@x"), column
    assert _stored("is_seen", "a@x") == 1
    assert _stored("is_flagged", "b@x") == 1  # a true value is stored as 1, as peewee does
    assert _stored("is_seen", "b@x") == 0  # the default
    assert _stored("date", "b@x") == _stored("date", "a@x")  # the same moment, in UTC
    assert Message.get(Message.message_id == "b@x").date == T0
    bulk.bulk_insert(Event, [{"at": T0, "kind": "test", "data": {"auto": True}}])
    assert Event.get(Event.kind == "test").data == {"auto": True}


def test_the_collector_is_paused_inside_and_back_after():
    assert gc.isenabled()
    with bulk.collector_paused():
        assert not gc.isenabled()
        with bulk.collector_paused():  # nested: still paused, and not turned on early
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_collector_someone_else_turned_off_stays_off():
    gc.disable()
    try:
        with bulk.collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_collector_comes_back_when_a_batch_fails():
    with pytest.raises(RuntimeError), bulk.collector_paused():
        raise RuntimeError("disk full")
    assert gc.isenabled()


def test_a_batch_of_mail_is_stored_with_the_collector_paused():
    account = Account.create(name="Shop", email="shop@x.test", username="shop",
                             imap_host="127.0.0.1")
    inbox = Folder.create(account=account, name="INBOX", role="inbox")
    raw = (b"From: Siti <siti@x.test>\r\nTo: shop@x.test\r\nSubject: Saiz baju\r\n"
           b"Message-ID: <m1@x.test>\r\nDate: Sun, 01 Nov 2026 08:00:00 +0000\r\n\r\nSalam\r\n")
    fetched = store.Fetched(uid=1, flags=(), internaldate=T0, size=len(raw), modseq=None,
                            parsed=mime.parse(raw))
    seen: list[bool] = []

    def note(notice: events.Notice) -> None:
        seen.append(gc.isenabled())

    events.subscribe(events.MESSAGES_STORED, note)
    try:
        store.store_batch(account.id, inbox.id, "inbox", {"shop@x.test"}, [fetched])
    finally:
        events.unsubscribe(events.MESSAGES_STORED, note)
    assert seen == [False]
    assert gc.isenabled()
    assert Message.get().subject == "Saiz baju"
