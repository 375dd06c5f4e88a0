"""core/store/bulk.py: many rows in one statement store what peewee would store, and the
sync's batches run with Python's cycle collector paused (issue 20)."""

from __future__ import annotations

import gc
from datetime import UTC, datetime, timedelta, timezone

import pytest

from seller_desk.core.mail.ingest import store
from seller_desk.core.mail.parse import mime
from seller_desk.core.store import bulk, events, fields
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


def test_values_given_ready_are_stored_as_given_and_read_back_alike():
    """A JSON text worked out once (``ready``) stores what the converted value would."""
    text = Event.data.db_value({"auto": True, "source": "sync"})
    bulk.bulk_insert(Event, [{"at": T0, "kind": "ready", "data": text}], ready=("data",))
    bulk.bulk_insert(Event, [{"at": T0, "kind": "converted",
                              "data": {"auto": True, "source": "sync"}}])
    stored = {kind: data for kind, data in database_.execute_sql(
        'SELECT kind, data FROM "event" WHERE kind IN (?, ?)', ("ready", "converted"))}
    assert stored["ready"] == stored["converted"] == '{"auto":true,"source":"sync"}'
    assert Event.get(Event.kind == "ready").data == {"auto": True, "source": "sync"}


def test_times_left_out_take_their_default_and_given_ones_are_converted():
    """Left-out times take the default (created_at: now), empty ones stay NULL, others are
    written in UTC whatever zone they came in."""
    before = datetime.now(UTC)
    bulk.bulk_insert(Message, [
        {"message_id": "t1@x", "date": T0.astimezone(timezone(timedelta(hours=-5)))},
        {"message_id": "t2@x", "date": T0.replace(tzinfo=None), "received_at": None},
    ])
    assert _stored("date", "t1@x") == _stored("date", "t2@x") == "2026-11-01 08:00:00.000000"
    assert _stored("received_at", "t1@x") is None and _stored("received_at", "t2@x") is None
    created = Message.get(Message.message_id == "t1@x").created_at
    assert before <= created <= datetime.now(UTC)


@pytest.mark.parametrize("value", [
    T0, datetime(5, 1, 2, 3, 4, 5, 7, tzinfo=UTC), datetime(2026, 1, 2, 3, 4, 5),
    datetime(2026, 1, 2, 3, 4, 5, 999999, tzinfo=timezone(timedelta(hours=8))),
    datetime(2026, 1, 2, 23, 59, tzinfo=timezone(timedelta(hours=-3, minutes=-30))),
    "2026-01-02 03:04:05+08:00", "2026-01-02 03:04:05.250000",
])
def test_a_time_is_written_as_the_fixed_width_utc_text(value):
    """The one-step text of an aware UTC time is the text the general path writes."""
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    moment = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    expected = (f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d} "
                f"{moment.hour:02d}:{moment.minute:02d}:{moment.second:02d}."
                f"{moment.microsecond:06d}")
    assert fields.utc_text(value) == expected
    assert Message.date.db_value(value) == expected


def test_a_time_of_another_type_is_refused():
    with pytest.raises(TypeError):
        fields.utc_text(12)  # type: ignore[arg-type]


def test_the_messages_handed_to_the_linking_are_the_rows_stored():
    """What the linking hears of a stored batch is, field by field, what reading the new
    messages back gives (their creation time included, written once for the batch)."""
    account = Account.create(name="Shop", email="shop@x.test", username="shop",
                             imap_host="127.0.0.1")
    inbox = Folder.create(account=account, name="INBOX", role="inbox")
    raws = [
        b"From: Siti <siti@x.test>\r\nTo: shop@x.test\r\nSubject: Saiz baju\r\n"
        b"Message-ID: <m1@x.test>\r\nDate: Sun, 01 Nov 2026 08:00:00 +0800\r\n\r\nSalam\r\n",
        b"From: Shop <shop@x.test>\r\nTo: Siti <siti@x.test>\r\nSubject: Re: Saiz baju\r\n"
        b"Message-ID: <m2@x.test>\r\nIn-Reply-To: <m1@x.test>\r\n"
        b"References: <m0@x.test> <m1@x.test>\r\nAuto-Submitted: auto-replied\r\n"
        b"Date: Sun, 01 Nov 2026 09:30:00 +0000\r\n\r\nSaiz M ada\r\n",
    ]
    batch = [store.Fetched(uid=i, flags=("\\Seen",) if i == 2 else (), internaldate=T0,
                           size=len(raw), modseq=None, parsed=mime.parse(raw))
             for i, raw in enumerate(raws, 1)]
    heard: list[Message] = []

    def note(notice: events.Notice) -> None:
        heard.extend(notice.data["messages"])

    before = datetime.now(UTC)
    events.subscribe(events.MESSAGES_STORED, note)
    try:
        store.store_batch(account.id, inbox.id, "inbox", {"shop@x.test"}, batch)
    finally:
        events.unsubscribe(events.MESSAGES_STORED, note)
    assert len(heard) == 2
    for message in heard:
        stored = Message.get_by_id(message.id)
        for name in Message._meta.fields:
            assert getattr(message, name) == getattr(stored, name), name
        assert before <= stored.created_at <= datetime.now(UTC)
    assert heard[0].created_at == heard[1].created_at
    assert [m.direction for m in heard] == ["in", "out"]
    assert heard[1].is_auto and heard[1].is_seen


def test_a_ready_column_a_row_leaves_out_takes_its_default_converted():
    """Only the values a row gives are taken as ready: a left-out time is still the
    default (now), written as text."""
    before = datetime.now(UTC)
    bulk.bulk_insert(Message, [{"message_id": "r1@x"}], ready=("created_at",))
    stored = _stored("created_at", "r1@x")
    assert isinstance(stored, str) and len(stored) == 26
    assert before <= Message.get(Message.message_id == "r1@x").created_at <= datetime.now(UTC)
