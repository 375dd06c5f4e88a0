"""Team mode: the sync writes into PostgreSQL the same as into SQLite, search included."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from email.message import EmailMessage

import psycopg2
import pytest

from seller_desk.core.mail.connection import accounts
from seller_desk.core.mail.imap import sync
from seller_desk.core.store import db, search
from seller_desk.core.store.models import Account, Conversation, Message, MessageLocation


@pytest.fixture
def pg_store(pg_url):
    database = db.open_database(pg_url)
    yield database
    db.close_database()


def make(subject: str, msgid: str, refs: str = "", body: str = "Ada stok?") -> bytes:
    msg = EmailMessage()
    msg["From"] = "Rina <rina@example.test>"
    msg["To"] = "shop@example.test"
    msg["Subject"] = subject
    msg["Message-ID"] = f"<{msgid}@example.test>"
    if refs:
        msg["In-Reply-To"] = f"<{refs}@example.test>"
    msg.set_content(body)
    return msg.as_bytes()


def test_sync_into_postgresql(pg_store, imap_user):
    server = imap_user.server
    server.deliver(imap_user, make("Kain batik", "pg1", body="Ada stok kain batik biru?"))
    server.deliver(imap_user, make("Re: Kain batik", "pg2", refs="pg1"))
    server.deliver(imap_user, make("Resit", f"pg-{uuid.uuid4().hex}"), folder="Archive")
    account = accounts.add_account("Shop", imap_user.address, password=imap_user.password,
                                   username=imap_user.name, imap_host=imap_user.host,
                                   imap_port=imap_user.imap_port,
                                   imap_security="none")
    Account.update(sync_window_days=0).where(Account.id == account.id).execute()

    first = sync.sync_account(account.id)
    again = sync.sync_account(account.id)
    sync.close_connections()

    assert (first.new, again.new, again.updated) == (3, 0, 0)
    assert Message.select().count() == 3 and MessageLocation.select().count() == 3
    assert Conversation.select().count() == 2
    hit = search.search_messages("batik biru")
    assert [Message.get_by_id(i).message_id for i in hit] == ["pg1@example.test"]


def test_owed_and_vanished_mail_on_postgresql(pg_store, imap_user):
    """The notes of owed and vanished mail work the same on PostgreSQL: a refused message
    is listed and arrives later, and a UIDVALIDITY change keeps the seller's tagged
    conversation although the server deleted its message."""
    from imapclient import IMAPClient

    from seller_desk.core.store.models import ConversationTag

    server = imap_user.server
    for i in range(6):
        server.deliver(imap_user, make(f"Soalan {i}", f"pgv{i}"))
    account = accounts.add_account("Shop", imap_user.address, password=imap_user.password,
                                   username=imap_user.name, imap_host=imap_user.host,
                                   imap_port=imap_user.imap_port,
                                   imap_security="none")
    Account.update(sync_window_days=0).where(Account.id == account.id).execute()
    unreadable = next(p for sub in ("new", "cur") for p in (imap_user.maildir / sub).iterdir()
                      if b"<pgv3@example.test>" in p.read_bytes())
    mode = unreadable.stat().st_mode
    unreadable.chmod(0)

    first = sync.sync_account(account.id)

    assert first.new == 5 and len(first.errors) == 1
    assert "Internal error occurred" in first.errors[0]
    unreadable.chmod(mode)
    assert sync.sync_account(account.id).new == 1
    tagged = Message.get(Message.message_id == "pgv0@example.test").conversation_id
    ConversationTag.create(conversation=tagged, tag="complaint")
    client = IMAPClient(imap_user.host, imap_user.imap_port, ssl=False)
    client.login(imap_user.name, imap_user.password)
    status = client.folder_status("INBOX", ["UIDVALIDITY", "UIDNEXT"])
    client.select_folder("INBOX")
    client.delete_messages(client.search(["HEADER", "Message-ID", "pgv0@example.test"]))
    client.expunge()
    client.logout()
    server.doveadm("mailbox", "update", "-u", imap_user.name, "--uid-validity",
                   str(status[b"UIDVALIDITY"] + 7), "--min-next-uid",
                   str(status[b"UIDNEXT"] + 100), "INBOX")
    sync.close_connections()

    after = sync.sync_account(account.id)
    sync.close_connections()

    assert (after.new, after.removed, after.unconfirmed, after.errors) == (0, 0, 0, [])
    assert Message.select().count() == 6  # pgv0 stays with its tagged conversation
    assert ConversationTag.get().conversation_id == tagged
    assert MessageLocation.select().count() == 5


def test_a_message_stored_by_another_writer_meanwhile_is_fetched_not_doubled(pg_store, pg_url,
                                                                           monkeypatch):
    """A writer that does not take the mail lock stores one of the batch's messages after
    the batch looked for it: the unique Message-ID skips the second row, and the batch is
    redone with that message as stored (its copy in this folder becomes a place of it)."""
    from seller_desk.core.mail.ingest import store, threads
    from seller_desk.core.mail.parse import mime
    from seller_desk.core.store.models import Folder

    account = Account.create(name="Shop", email="shop@example.test", username="shop",
                             imap_host="127.0.0.1")
    inbox = Folder.create(account=account, name="INBOX", role="inbox")
    elsewhere = psycopg2.connect(pg_url)
    elsewhere.autocommit = True
    resolve = threads.resolve_batch
    calls = []

    def resolve_while_another_writes(items):
        calls.append(len(items))
        if len(calls) == 1:  # between the look-up and the insert of the first attempt
            with elsewhere.cursor() as cur:
                cur.execute(*Conversation.insert(subject="Kain batik").sql())  # RETURNING id
                cid = cur.fetchone()[0]
                cur.execute(*Message.insert(message_id="b@example.test", subject="Kain batik",
                                            conversation=cid).sql())
        return resolve(items)

    monkeypatch.setattr(threads, "resolve_batch", resolve_while_another_writes)
    now = datetime.now(UTC)
    batch = [store.Fetched(uid, (), now, 10, None, mime.parse(make("Kain batik", mid)))
             for uid, mid in ((1, "a"), (2, "b"), (3, "c"))]
    result = store.store_batch(account.id, inbox.id, "inbox", set(), batch)
    elsewhere.close()

    assert calls == [3, 2]  # the batch again, without the message stored meanwhile
    assert len(result.new_message_ids) == 2 and result.relocated == 1
    assert sorted(m.message_id for m in Message.select()) == \
        ["a@example.test", "b@example.test", "c@example.test"]
    assert MessageLocation.select().count() == 3
