"""Which STORE commands a flag push sends, and the durable queue of what is still to go."""

from __future__ import annotations

import pytest

from seller_desk.core.mail.imap import flags
from seller_desk.core.store import db
from seller_desk.core.store.models import Account, Folder, Message, MessageLocation


@pytest.fixture
def shop(tmp_path):
    d = db.open_database(f"sqlite:///{tmp_path / 'f.sqlite3'}")
    made = []
    for n in (1, 2):
        account = Account.create(name=f"Shop {n}", email=f"shop{n}@x.test",
                                 username=f"shop{n}", imap_host="127.0.0.1")
        made.append((account, Folder.create(account=account, name="INBOX", role="inbox"),
                     Folder.create(account=account, name="Archive", role="archive")))
    yield made
    d.close()


def message(account: Account, key: str, *places: tuple[Folder, int]) -> Message:
    m = Message.create(account=account, message_id=f"{key}@x.test", subject=key)
    for folder, uid in places:
        MessageLocation.create(message=m, folder=folder, uid=uid)
    return m


def test_copies_are_grouped_by_account_then_folder(shop):
    (a1, inbox1, archive1), (a2, inbox2, _archive2) = shop
    m1 = message(a1, "m1", (inbox1, 7), (archive1, 3))
    m2 = message(a1, "m2", (inbox1, 5))
    m3 = message(a2, "m3", (inbox2, 9))
    local = message(a2, "local")
    grouped = flags.group_locations([m1.id, m2.id, m3.id, local.id, m1.id])
    assert {acc: {f: [loc.uid for loc in locs] for f, locs in folders.items()}
            for acc, folders in grouped.items()} == {
        a1.id: {inbox1.id: [5, 7], archive1.id: [3]},
        a2.id: {inbox2.id: [9]},
    }


def test_one_store_command_per_distinct_change(shop):
    (a1, inbox1, _), _ = shop
    m1 = message(a1, "m1", (inbox1, 7))
    m2 = message(a1, "m2", (inbox1, 5))
    m3 = message(a1, "m3", (inbox1, 2))
    locations = flags.group_locations([m1.id, m2.id, m3.id])[a1.id][inbox1.id]
    wishes = {m1.id: {"seen": True}, m2.id: {"seen": True, "answered": True},
              m3.id: {"seen": False}}
    assert flags.store_commands(locations, wishes) == [
        ("+FLAGS.SILENT", "\\Answered", [5]),
        ("+FLAGS.SILENT", "\\Seen", [5, 7]),
        ("-FLAGS.SILENT", "\\Seen", [2]),
    ]


def test_the_queue_keeps_the_latest_wish_and_local_only_messages_leave_it(shop):
    (a1, inbox1, _), _ = shop
    m1 = message(a1, "m1", (inbox1, 7))
    local = message(a1, "local")
    flags.queue([m1.id, local.id], seen=True)
    flags.queue([m1.id], seen=False)
    flags.queue([m1.id], answered=True)
    assert flags.pending() == {m1.id: {"seen": False, "answered": True},
                               local.id: {"seen": True}}
    # a wish pushed is forgotten only when the seller has not changed it since
    flags._forget({m1.id: {"seen": True, "answered": True}})
    assert flags.pending() == {m1.id: {"seen": False}, local.id: {"seen": True}}
    # without a server copy there is nothing to push: the entry goes, nothing is connected
    result = flags.push_pending(only=[local.id])
    assert result == flags.PushResult()
    assert flags.pending() == {m1.id: {"seen": False}}


def test_answered_is_queued_for_the_customer_message_only(shop):
    (a1, inbox1, _), _ = shop
    theirs = message(a1, "q1", (inbox1, 4))
    # one Message-ID is one message (schema 11): a reply to the seller's own mail marks nothing
    Message.create(account=a1, message_id="mine@x.test", subject="mine", direction="out")
    flags.queue_answered("q1@x.test")
    flags.queue_answered("mine@x.test")
    flags.queue_answered(None)
    assert flags.pending() == {theirs.id: {"answered": True}}
