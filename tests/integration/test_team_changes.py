"""Live updates of a team: every change another window shows is written to the change log
in the change's own transaction and announced by NOTIFY with its id; a window's listener
hands it over within a second, and after a lost connection reads exactly what it missed.
On a personal shop nothing is written."""

from __future__ import annotations

import contextlib
import queue
import threading
import time
import uuid
from collections.abc import Iterator
from email.message import EmailMessage

import peewee
import psycopg2
import pytest
from helpers.team_cores import Core

from seller_desk.core.conversations import state
from seller_desk.core.store import db
from seller_desk.core.store.models import Account, ChangeLog, Conversation, database
from seller_desk.core.team import changes, identity
from seller_desk.core.team import listener as listener_module
from seller_desk.core.team.changes import Change
from seller_desk.core.team.listener import ChangeListener
from seller_desk.core.templates import canned


class Heard:
    """What a listener handed over, in order, with when it arrived."""

    def __init__(self) -> None:
        self.changes: list[Change] = []
        self.arrived: dict[int, float] = {}
        self._new: queue.Queue[None] = queue.Queue()

    def __call__(self, batch: list[Change]) -> None:
        now = time.monotonic()
        for change in batch:
            self.changes.append(change)
            self.arrived[change.id] = now
        self._new.put(None)

    def wait_until(self, done, timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while not done(self.changes):
            left = deadline - time.monotonic()
            assert left > 0, f"not heard within {timeout} s: {self.changes}"
            with contextlib.suppress(queue.Empty):
                self._new.get(timeout=min(left, 0.2))


@pytest.fixture
def team_db(pg_url: str) -> Iterator[str]:
    db.open_database(pg_url)
    identity.set_name("Aisyah")
    yield pg_url
    identity.set_name(None)
    db.close_database()


@pytest.fixture
def listening(team_db: str) -> Iterator[tuple[ChangeListener, Heard]]:
    heard = Heard()
    listener = ChangeListener(on_changes=heard).start()
    assert listener.online.wait(10)
    yield listener, heard
    listener.stop()


def conversation(subject: str = "Kain batik") -> Conversation:
    return Conversation.create(subject=subject)


def test_a_change_is_logged_with_who_made_it_and_heard_within_a_second(listening):
    _listener, heard = listening
    conv = conversation()
    made = time.monotonic()
    state.close(conv)
    heard.wait_until(lambda got: any(c.kind == "conversation_closed" for c in got))
    closed = next(c for c in heard.changes if c.kind == "conversation_closed")
    assert (closed.entity, closed.entity_id, closed.by) == ("conversation", conv.id, "Aisyah")
    assert heard.arrived[closed.id] - made < 1.0
    assert ChangeLog.get_by_id(closed.id).kind == "conversation_closed"


def test_a_template_saved_is_a_change(listening):
    _listener, heard = listening
    row = canned.save_template(name="Terima kasih", body="Terima kasih, {customer_name}!")
    heard.wait_until(lambda got: any(c.entity == "template" for c in got))
    assert [c.entity_id for c in heard.changes if c.entity == "template"] == [row.id]


def test_a_rolled_back_change_is_neither_logged_nor_heard(listening):
    _listener, heard = listening
    conv = conversation()
    with pytest.raises(RuntimeError), database.atomic():
        state.close(conv)
        raise RuntimeError("the seller's action failed half way")
    assert ChangeLog.select().where(ChangeLog.kind == "conversation_closed").count() == 0
    state.reopen(Conversation.get_by_id(conv.id))  # open already: nothing happens
    state.mark_waiting_customer(conv)  # a real change, heard after the failed one
    heard.wait_until(lambda got: any(c.kind == "conversation_snoozed" for c in got))
    assert not [c for c in heard.changes if c.kind == "conversation_closed"]


def test_a_later_id_committed_first_does_not_hide_the_earlier_one(team_db, listening):
    """Transaction A takes id n and commits after B took n+1 and committed: the listener
    hands over n+1 first and n when A commits; nothing is lost for the order."""
    _listener, heard = listening
    slow = psycopg2.connect(team_db)
    insert = ("INSERT INTO change_log (at, kind, entity, entity_id, by) "
              "VALUES (now() at time zone 'utc', %s, 'order', %s, 'Budi') RETURNING id")
    try:
        with slow.cursor() as cur:
            cur.execute(insert, ("order_status", 1))
            first = cur.fetchone()[0]
            cur.execute("SELECT pg_notify(%s, %s)", (changes.CHANNEL, str(first)))
        second = changes.record_change("order_status", "order", 2)
        heard.wait_until(lambda got: second in {c.id for c in got})
        assert first not in {c.id for c in heard.changes}
        slow.commit()
    finally:
        slow.close()
    heard.wait_until(lambda got: first in {c.id for c in got})
    ids = [c.id for c in heard.changes]
    assert sorted(ids) == sorted(set(ids))  # each once


#: how long the window's connection stays away in the catch-up test
OUTAGE_SECONDS = 30.0


def test_after_a_lost_connection_the_listener_reads_exactly_what_it_missed(
        team_db, listening, pg_server, monkeypatch):
    listener, heard = listening
    monkeypatch.setattr(listener_module, "PAGE", 7)  # the 20 missed come in three pages
    name = team_db.rsplit("/", 1)[1]
    before = conversation()
    state.close(before)
    heard.wait_until(lambda got: len(got) == 1)
    pg_server.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false')
    try:
        database.execute_sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                             "WHERE application_name = 'seller-desk changes'")
        dropped = time.monotonic()
        deadline = dropped + 10
        while listener.online.is_set():
            assert time.monotonic() < deadline, "the listener did not notice"
            time.sleep(0.05)
        missed = []
        for i in range(20):  # changes made while the window was away
            conv = conversation(f"Soalan {i}")
            state.close(conv)
            missed.append(conv.id)
        # away for 30 s, as the issue asks: it tries to come back meanwhile, and is refused
        time.sleep(max(0.0, OUTAGE_SECONDS - (time.monotonic() - dropped)))
        assert len(heard.changes) == 1
    finally:
        pg_server.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true')
    heard.wait_until(lambda got: len(got) >= 21, timeout=15)
    time.sleep(1)
    closed = [c.entity_id for c in heard.changes[1:] if c.kind == "conversation_closed"]
    assert closed == missed  # every one, once, in order
    assert len(heard.changes) == 21


def test_new_mail_synced_by_another_window_is_heard_within_two_seconds(
        listening, imap_user):
    """A mail delivered by LMTP, synced by the window core that leads the mailbox (IDLE),
    reaches this window's listener as a changed conversation within two seconds."""
    _listener, heard = listening
    url = str(database.obj.database)
    Account.create(name="Shop", email=imap_user.address, username=imap_user.name,
                   provider="generic", imap_host=imap_user.host,
                   imap_port=imap_user.imap_port, imap_security="none",
                   smtp_host="127.0.0.1", smtp_port=1, smtp_security="none",
                   sync_window_days=0)
    params = database.obj.connect_params
    core = Core(f"postgresql://{params['user']}@{params['host']}:{params['port']}/{url}",
                imap_user)
    try:
        core.wait_for("gained 1")
        core.wait_for("sync 1")
        time.sleep(1.5)  # the first sync of the empty mailbox is over; IDLE waits
        msg = EmailMessage()
        msg["From"], msg["To"], msg["Subject"] = ("aisyah@example.test", imap_user.address,
                                                  "Bila sampai?")
        msg["Message-ID"] = f"<{uuid.uuid4().hex}@example.test>"
        msg.set_content("Bila barang sampai?")
        delivered = time.monotonic()
        imap_user.server.deliver(imap_user, msg.as_bytes())
        heard.wait_until(lambda got: any(c.entity == "conversation" for c in got))
        change = next(c for c in heard.changes if c.entity == "conversation")
        assert heard.arrived[change.id] - delivered < 2.0
        assert Conversation.get_by_id(change.entity_id).subject == "Bila sampai?"
    finally:
        core.release()


def test_a_personal_shop_writes_no_change_log(tmp_path):
    database_ = db.open_database(f"sqlite:///{tmp_path / 'shop.sqlite3'}")
    try:
        state.close(conversation())
        assert changes.record_change("order_status", "order", 1) is None
        assert ChangeLog.select().count() == 0
        assert ChangeListener(on_changes=lambda c: None).start()._thread is None
    finally:
        database_.close()


def test_two_threads_writing_changes_at_once_are_all_heard(listening):
    _listener, heard = listening
    convs = [conversation(f"T{i}") for i in range(40)]

    def close_half(part: list[Conversation]) -> None:
        for conv in part:
            state.close(conv)
        database.close()

    threads = [threading.Thread(target=close_half, args=(convs[i::2],)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    heard.wait_until(lambda got: len({c.entity_id for c in got
                                      if c.kind == "conversation_closed"}) == 40)
    assert not isinstance(database.obj, peewee.SqliteDatabase)


def test_changes_older_than_30_days_are_pruned(team_db):
    from datetime import timedelta

    from seller_desk.core.store.fields import utcnow

    old = changes.record_change("order_status", "order", 1)
    new = changes.record_change("order_status", "order", 2)
    ChangeLog.update(at=utcnow() - timedelta(days=changes.KEEP_DAYS + 1)) \
        .where(ChangeLog.id == old).execute()
    assert changes.prune() == 1
    assert [c.id for c in changes.changes_after(0)] == [new]
