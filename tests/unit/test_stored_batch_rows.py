"""What one stored batch of mail leaves in the database, row by row (issue 20: the
storing thread's fast paths must write exactly these rows)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from seller_desk.core.mail.ingest import store
from seller_desk.core.mail.parse import mime
from seller_desk.core.store.models import Account, Folder
from seller_desk.core.store.models import database as database_

pytestmark = pytest.mark.usefixtures("memory_database")

ARRIVED = datetime(2026, 11, 5, 12, 0, tzinfo=UTC)


def _mail(msgid: str, sender: str, to: str, subject: str, date: str, *extra: str) -> bytes:
    head = [f"From: {sender}", f"To: {to}", f"Subject: {subject}", f"Message-ID: <{msgid}>",
            f"Date: {date}", *extra]
    return ("\r\n".join(head) + "\r\n\r\nHello\r\n").encode()


BATCH = [
    # a customer asks (a time zone east of UTC)
    (_mail("m1@x.test", "Siti <siti@x.test>", "shop@x.test", "Saiz baju",
           "Sun, 01 Nov 2026 08:00:00 +0800"), ()),
    # the seller's automatic reply, naming an older message beyond the one it answers
    (_mail("m2@x.test", "Shop <shop@x.test>", "Siti <siti@x.test>", "Re: Saiz baju",
           "Sun, 01 Nov 2026 02:30:00 +0000", "In-Reply-To: <m1@x.test>",
           "References: <m0@x.test> <m1@x.test>", "Auto-Submitted: auto-replied"),
     ("\\Seen", "\\Recent")),
    # the customer again, without references: joins by subject, two days on
    (_mail("m3@x.test", "siti@x.test", "shop@x.test", "Re: Saiz baju",
           "Tue, 03 Nov 2026 09:15:30 +0000"), ("\\Flagged",)),
    # the same subject from someone else: a conversation of its own
    (_mail("m4@x.test", "Budi <budi@x.test>", "shop@x.test", "Saiz baju",
           "Tue, 03 Nov 2026 10:00:00 -0500"), ()),
]


def _rows(sql: str) -> list[tuple[object, ...]]:
    return [tuple(r) for r in database_.execute_sql(sql).fetchall()]


def test_a_stored_batch_writes_these_rows():
    account = Account.create(name="Shop", email="shop@x.test", username="shop",
                             imap_host="127.0.0.1")
    inbox = Folder.create(account=account, name="INBOX", role="inbox")
    batch = [store.Fetched(uid=10 + i, flags=flags, internaldate=ARRIVED, size=len(raw),
                           modseq=None, parsed=mime.parse(raw))
             for i, (raw, flags) in enumerate(BATCH)]
    result = store.store_batch(account.id, inbox.id, "inbox", {"shop@x.test"}, batch)
    assert len(result.new_message_ids) == 4
    a, b = (r[0] for r in _rows('SELECT id FROM "conversation" ORDER BY id'))
    assert _rows(
        'SELECT message_id, conversation_id, in_reply_to, "references", sender_email, '
        "subject, date, received_at, direction, is_seen, is_flagged, is_answered, is_auto, "
        'has_attachments, body_fetched, raw FROM "message" ORDER BY id') == [
        ("m1@x.test", a, "", "", "siti@x.test", "Saiz baju", "2026-11-01 00:00:00.000000",
         "2026-11-05 12:00:00.000000", "in", 0, 0, 0, 0, 0, 1, None),
        ("m2@x.test", a, "m1@x.test", "m0@x.test m1@x.test", "shop@x.test", "Re: Saiz baju",
         "2026-11-01 02:30:00.000000", "2026-11-05 12:00:00.000000", "out", 1, 0, 0, 1, 0, 1,
         None),
        ("m3@x.test", a, "", "", "siti@x.test", "Re: Saiz baju", "2026-11-03 09:15:30.000000",
         "2026-11-05 12:00:00.000000", "in", 0, 1, 0, 0, 0, 1, None),
        ("m4@x.test", b, "", "", "budi@x.test", "Saiz baju", "2026-11-03 15:00:00.000000",
         "2026-11-05 12:00:00.000000", "in", 0, 0, 0, 0, 0, 1, None),
    ]
    # one creation time for the batch, in the fixed-width UTC text
    created = _rows('SELECT DISTINCT created_at FROM "message"')
    assert len(created) == 1 and len(str(created[0][0])) == 26
    assert _rows('SELECT id, subject, subject_key, counterpart_email, account_id '
                 'FROM "conversation" ORDER BY id') == [
        (a, "Saiz baju", "saiz baju", "siti@x.test", account.id),
        (b, "Saiz baju", "saiz baju", "budi@x.test", account.id),
    ]
    ids = [r[0] for r in _rows('SELECT id FROM "message" ORDER BY id')]
    assert _rows('SELECT at, kind, conversation_id, message_id, data FROM "event" '
                 "WHERE kind IN ('message_in', 'message_out') ORDER BY id") == [
        ("2026-11-01 00:00:00.000000", "message_in", a, ids[0],
         '{"auto":false,"source":"sync"}'),
        ("2026-11-01 02:30:00.000000", "message_out", a, ids[1],
         '{"auto":true,"source":"sync"}'),
        ("2026-11-03 09:15:30.000000", "message_in", a, ids[2],
         '{"auto":false,"source":"sync"}'),
        ("2026-11-03 15:00:00.000000", "message_in", b, ids[3],
         '{"auto":false,"source":"sync"}'),
    ]
    assert _rows('SELECT message_id, ref FROM "message_reference"') == [(ids[1], "m0@x.test")]
    assert _rows('SELECT message_id, folder_id, uid, flags FROM "message_location" '
                 "ORDER BY uid") == [
        (ids[0], inbox.id, 10, ""), (ids[1], inbox.id, 11, "\\Seen"),
        (ids[2], inbox.id, 12, "\\Flagged"), (ids[3], inbox.id, 13, ""),
    ]
    # the two customers the linking made, each conversation given its own
    assert _rows('SELECT a.email, v.id FROM "customer_address" AS a JOIN "conversation" '
                 "AS v ON v.customer_id = a.customer_id ORDER BY v.id") == [
        ("siti@x.test", a), ("budi@x.test", b)]


def test_a_batch_stored_again_adds_nothing_but_its_new_copies():
    """The same messages found in a second folder gain a location, not a second row."""
    account = Account.create(name="Shop", email="shop@x.test", username="shop",
                             imap_host="127.0.0.1")
    inbox = Folder.create(account=account, name="INBOX", role="inbox")
    archive = Folder.create(account=account, name="Archive", role="archive")
    for folder in (inbox, archive):
        batch = [store.Fetched(uid=1 + i, flags=flags, internaldate=ARRIVED, size=len(raw),
                               modseq=None, parsed=mime.parse(raw))
                 for i, (raw, flags) in enumerate(BATCH)]
        result = store.store_batch(account.id, folder.id, folder.role, {"shop@x.test"}, batch)
    assert result.new_message_ids == [] and result.relocated == 4
    assert _rows('SELECT COUNT(*) FROM "message"') == [(4,)]
    assert _rows('SELECT COUNT(*) FROM "event" WHERE kind LIKE \'message_%\'') == [(4,)]
    assert _rows('SELECT COUNT(*) FROM "message_location"') == [(8,)]
