"""The sync against a real Dovecot: first sync, changes, expunges, UIDVALIDITY, crashes, push."""

from __future__ import annotations

import threading
import time
import uuid
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime

import peewee
import pytest
from helpers.dovecot import DovecotServer, ImapUser
from imapclient import IMAPClient

from seller_desk.core.mail import errors
from seller_desk.core.mail.connection import accounts
from seller_desk.core.mail.imap import attachments, fetch, sync
from seller_desk.core.mail.imap.watcher import AccountWatcher
from seller_desk.core.store import db, events
from seller_desk.core.store.models import (
    Account,
    Attachment,
    Conversation,
    Folder,
    Message,
    MessageLocation,
    database,
)

SELLER = "seller@test.localhost"


def make(subject: str, *, sender: str = "Buyer <buyer@example.test>", to: str = SELLER,
         body: str = "Hello, is this in stock?", msgid: str | None = None,
         reply_to: EmailMessage | None = None, when: datetime | None = None,
         attachment: bytes | None = None) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when or datetime.now(UTC))
    msg["Message-ID"] = f"<{msgid or uuid.uuid4().hex}@example.test>"
    if reply_to is not None:
        msg["In-Reply-To"] = reply_to["Message-ID"]
        msg["References"] = reply_to["Message-ID"]
    msg.set_content(body)
    if attachment is not None:
        msg.add_attachment(attachment, maintype="application", subtype="pdf",
                           filename="invoice.pdf")
    return msg


@pytest.fixture
def store(tmp_path):
    database = db.open_database(f"sqlite:///{tmp_path / 'mail.sqlite3'}")
    yield database
    db.close_database()


def add_account(user: ImapUser, **extra) -> Account:
    settings = {"username": user.name, "imap_host": user.host, "imap_port": user.imap_port,
                "imap_security": "none", "smtp_host": user.host,
                "smtp_port": user.submission_port, "smtp_security": "starttls"}
    settings.update(extra)
    account = accounts.add_account("Shop", user.address, password=user.password, **settings)
    # everything delivered now is inside any window; tests of the window set their own
    Account.update(sync_window_days=0).where(Account.id == account.id).execute()
    return Account.get_by_id(account.id)


def server(user: ImapUser) -> IMAPClient:
    client = IMAPClient(user.host, user.imap_port, ssl=False, timeout=10)
    client._imap.debug = 0
    client.login(user.name, user.password)
    return client


def deliver(user: ImapUser, msg: EmailMessage, folder: str = "INBOX") -> None:
    user.server.deliver(user, msg.as_bytes(), folder=folder)


def test_first_sync_stores_every_message_once_with_threads_and_directions(store, imap_user):
    t0 = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=3)
    question = make("Size of the red dress?", msgid="q1", when=t0)
    answer = make("Re: Size of the red dress?", sender=f"Shop <{SELLER}>",
                  to="buyer@example.test", reply_to=question, msgid="a1",
                  body="It fits M and L.", when=t0 + timedelta(hours=1))
    follow_up = make("Re: Size of the red dress?", reply_to=answer, msgid="q2",
                     body="Also, do you ship to Penang?", when=t0 + timedelta(hours=2))
    other = make("Payment done", sender="Siti <siti@example.test>", msgid="p1")
    notice = make("You have a new order", sender="Shopee <no-reply@shopee.com.my>", msgid="n1")
    archived = make("Old question", sender="Ali <ali@example.test>", msgid="o1")
    for m in (question, follow_up, other, notice):
        deliver(imap_user, m)
    deliver(imap_user, answer, "Sent")
    deliver(imap_user, archived, "Archive")
    deliver(imap_user, make("spam", msgid="s1"), "Junk")
    account = add_account(imap_user)

    result = sync.sync_account(account.id)

    assert (result.new, result.updated, result.expunged, result.errors) == (6, 0, 0, [])
    assert Message.select().count() == 6  # Junk is not synced by default
    assert MessageLocation.select().count() == 6
    roles = {f.name: f.role for f in Folder.select()}
    assert roles["INBOX"] == "inbox" and roles["Sent"] == "sent" and roles["Junk"] == "junk"
    q = Message.get(Message.message_id == "q1@example.test")
    reply = Message.get(Message.message_id == "a1@example.test")
    assert reply.direction == "out" and q.direction == "in"
    thread = Message.get(Message.message_id == "q2@example.test")
    assert q.conversation_id == reply.conversation_id == thread.conversation_id
    conv = Conversation.get_by_id(q.conversation_id)
    assert conv.message_count == 3
    assert conv.waiting_since == t0 + timedelta(hours=2)  # the follow-up after the answer
    assert conv.first_reply_at == t0 + timedelta(hours=1)
    assert Message.get(Message.message_id == "n1@example.test").is_auto
    assert Conversation.select().count() == 4
    assert "Also, do you ship to Penang?" in thread.text_body


def test_a_message_the_database_refuses_does_not_stop_the_sync_for_ever(store, imap_user):
    """A fault while storing one batch (here the database refusing one message, as the
    threading's FOREIGN KEY error once did at every sync) costs that message, not the
    sync: the rest is stored, the seller reads what happened in plain words, and the
    message is fetched again until it can be stored."""
    for i in range(4):
        deliver(imap_user, make(f"Question {i}", msgid=f"ok{i}"))
    deliver(imap_user, make("Refused", msgid="poison"))
    account = add_account(imap_user)

    def refuse(notice: events.Notice) -> None:
        if any(m.message_id == "poison@example.test" for m in notice.data["messages"]):
            raise peewee.IntegrityError("FOREIGN KEY constraint failed")

    events.subscribe(events.MESSAGES_STORED, refuse)
    try:
        first = sync.sync_account(account.id)
        again = sync.sync_account(account.id)
    finally:
        events.unsubscribe(events.MESSAGES_STORED, refuse)
    assert (first.new, first.unsaved, again.new, again.unsaved) == (4, 1, 0, 1)
    assert len(first.errors) == 1 and "1 message(s) could not be saved" in first.errors[0]
    assert "FOREIGN KEY" not in first.errors[0] and "Traceback" not in first.errors[0]
    assert "could not be saved" in Account.get_by_id(account.id).last_error
    assert sorted(m.message_id for m in Message.select()) == \
        [f"ok{i}@example.test" for i in range(4)]

    fixed = sync.sync_account(account.id)
    assert (fixed.new, fixed.unsaved, fixed.errors) == (1, 0, [])
    assert Message.select().count() == 5 and MessageLocation.select().count() == 5
    assert Account.get_by_id(account.id).last_error is None
    assert sync.sync_account(account.id).new == 0


def test_no_change_resync_fetches_nothing(store, imap_user):
    for i in range(3):
        deliver(imap_user, make(f"Question {i}"))
    account = add_account(imap_user)
    sync.sync_account(account.id)
    again = sync.sync_account(account.id)
    assert (again.new, again.updated, again.expunged) == (0, 0, 0)
    assert again.folders_changed == 0
    assert Message.select().count() == 3


def test_flag_change_on_the_server_is_seen(store, imap_user):
    deliver(imap_user, make("Unread question", msgid="f1"))
    account = add_account(imap_user)
    sync.sync_account(account.id)
    msg = Message.get(Message.message_id == "f1@example.test")
    assert not msg.is_seen and Conversation.get_by_id(msg.conversation_id).unread_count == 1
    client = server(imap_user)
    client.select_folder("INBOX")
    client.add_flags(client.search("ALL"), [b"\\Seen", b"\\Flagged"])
    client.logout()

    result = sync.sync_account(account.id)

    assert (result.new, result.updated) == (0, 1)
    msg = Message.get_by_id(msg.id)
    assert msg.is_seen and msg.is_flagged
    assert Conversation.get_by_id(msg.conversation_id).unread_count == 0


def test_flag_change_without_condstore_is_seen_by_comparison(store, imap_user, monkeypatch):
    deliver(imap_user, make("Question", msgid="nc1"))
    deliver(imap_user, make("Another", msgid="nc2"))
    account = add_account(imap_user)
    real = sync.connect.open_imap

    def no_condstore(*args, **kwargs):
        client = real(*args, **kwargs)
        caps = tuple(c for c in client.capabilities() if c not in (b"CONDSTORE", b"QRESYNC"))
        client._cached_capabilities = caps
        return client

    monkeypatch.setattr(sync.connect, "open_imap", no_condstore)
    sync.sync_account(account.id)
    client = server(imap_user)
    client.select_folder("INBOX")
    uids = client.search("ALL")
    client.add_flags(uids[:1], [b"\\Seen"])
    client.delete_messages(uids[1:])
    client.expunge()
    client.logout()

    result = sync.sync_account(account.id)

    assert (result.new, result.updated, result.expunged) == (0, 1, 1)
    assert Message.get(Message.message_id == "nc1@example.test").is_seen
    assert not Message.select().where(Message.message_id == "nc2@example.test").exists()


def test_expunge_on_the_server_removes_the_message_and_its_empty_conversation(store, imap_user):
    deliver(imap_user, make("Keep me", msgid="k1"))
    deliver(imap_user, make("Delete me", sender="Other <other@example.test>", msgid="d1"))
    account = add_account(imap_user)
    sync.sync_account(account.id)
    assert Conversation.select().count() == 2
    client = server(imap_user)
    client.select_folder("INBOX")
    gone = client.search(["HEADER", "Message-ID", "d1@example.test"])
    client.delete_messages(gone)
    client.expunge()
    client.logout()

    result = sync.sync_account(account.id)

    assert (result.new, result.expunged) == (0, 1)
    assert [m.message_id for m in Message.select()] == ["k1@example.test"]
    assert Conversation.select().count() == 1


def test_mailbox_deleted_and_recreated_gives_no_duplicates(store, imap_user):
    originals = [make(f"Order {i}", msgid=f"r{i}") for i in range(3)]
    for m in originals:
        deliver(imap_user, m, "Orders")
    account = add_account(imap_user)
    sync.sync_account(account.id)
    folder = Folder.get(Folder.name == "Orders")
    old_validity = folder.uidvalidity
    client = server(imap_user)
    client.delete_folder("Orders")
    client.logout()
    for m in originals[:2]:
        deliver(imap_user, m, "Orders")  # recreated, with two of the three again
    deliver(imap_user, make("Order 3", msgid="r3"), "Orders")

    result = sync.sync_account(account.id)

    folder = Folder.get(Folder.name == "Orders")
    assert folder.uidvalidity != old_validity
    assert sorted(m.message_id for m in Message.select()) == [
        "r0@example.test", "r1@example.test", "r3@example.test"]
    assert MessageLocation.select().count() == 3
    assert result.new == 1


def test_same_message_in_two_folders_is_stored_once(store, imap_user):
    msg = make("In two places", msgid="twice")
    deliver(imap_user, msg)
    deliver(imap_user, msg, "Archive")
    account = add_account(imap_user)
    result = sync.sync_account(account.id)
    assert result.new == 1
    assert Message.select().count() == 1
    assert MessageLocation.select().count() == 2


def test_copy_in_sent_of_a_reply_the_app_recorded_joins_that_message(store, imap_user):
    account = add_account(imap_user)
    question = make("Is it waterproof?", msgid="w1")
    deliver(imap_user, question)
    sync.sync_account(account.id)
    parent = Message.get(Message.message_id == "w1@example.test")
    # what the outbox records when it sends a reply
    sent = Message.create(account=account, conversation=parent.conversation_id,
                          message_id="w2@example.test", direction="out", subject="Re: x",
                          date=datetime.now(UTC), in_reply_to="w1@example.test")
    copy = make("Re: Is it waterproof?", sender=f"Shop <{SELLER}>", reply_to=question,
                msgid="w2")
    deliver(imap_user, copy, "Sent")

    result = sync.sync_account(account.id)

    assert result.new == 0
    assert Message.select().count() == 2
    assert [loc.folder.name for loc in sent.locations] == ["Sent"]


def test_reply_stored_before_its_original_still_joins_it(store, imap_user):
    original = make("Where is my parcel?", msgid="o-1")
    reply = make("Re: Where is my parcel?", sender=f"Shop <{SELLER}>", reply_to=original,
                 msgid="o-2")
    account = add_account(imap_user)
    deliver(imap_user, reply, "Sent")
    sync.sync_account(account.id)
    deliver(imap_user, original)
    sync.sync_account(account.id)
    convs = {m.conversation_id for m in Message.select()}
    assert len(convs) == 1 and Conversation.select().count() == 1


def test_connection_killed_mid_sync_then_a_second_sync_ends_exact(store, private_dovecot_server,
                                                                  monkeypatch):
    dove: DovecotServer = private_dovecot_server
    user = dove.add_user()
    for i in range(60):
        dove.deliver(user, make(f"Bulk {i}", msgid=f"bulk{i}").as_bytes())
    account = add_account(user)
    monkeypatch.setattr(fetch, "FIRST_BATCH_COUNT", 10)
    monkeypatch.setattr(fetch, "BATCH_COUNT", 10)
    batches = []

    def crash_after_two_batches(done, total, text):
        batches.append(done)
        if len(batches) == 3:  # the progress call after the second stored batch
            dove.stop(graceful=False)

    with pytest.raises(errors.MailError) as failure:
        sync.sync_account(account.id, progress=crash_after_two_batches)
    assert failure.value.kind in ("network", "refused", "server", "timeout")
    stored_before = Message.select().count()
    assert 0 < stored_before < 60
    assert Account.get_by_id(account.id).last_error
    dove.start()

    result = sync.sync_account(account.id)

    assert result.new == 60 - stored_before
    assert Message.select().count() == 60
    assert MessageLocation.select().count() == 60
    assert Account.get_by_id(account.id).last_error is None


def test_wrong_password_says_so_in_plain_words(store, imap_user):
    account = add_account(imap_user)
    with pytest.raises(errors.AuthError) as failure:
        sync.sync_account(account.id, password="not-the-password")
    assert "refused the user name or password" in failure.value.text()


def test_imaps_with_a_self_signed_certificate_is_refused_until_trusted(store, imap_user):
    deliver(imap_user, make("Over TLS"))
    account = add_account(imap_user, imap_port=imap_user.imaps_port, imap_security="ssl")
    with pytest.raises(errors.CertificateUntrusted) as failure:
        sync.sync_account(account.id)
    assert failure.value.fingerprint == imap_user.server.cert_fingerprint
    assert Message.select().count() == 0
    accounts.trust_certificate(account, failure.value.fingerprint)
    result = sync.sync_account(account.id)
    assert result.new == 1


def test_sync_window_fetches_recent_mail_first_and_backfills_older(store, imap_user):
    client = server(imap_user)
    old = datetime.now(UTC) - timedelta(days=400)
    client.append("INBOX", make("Last year", msgid="old1", when=old).as_bytes(), msg_time=old)
    client.append("INBOX", make("This week", msgid="new1").as_bytes())
    client.logout()
    account = add_account(imap_user)
    Account.update(sync_window_days=90).where(Account.id == account.id).execute()

    first = sync.sync_account(account.id, backfill=False)
    assert first.new == 1
    assert [m.message_id for m in Message.select()] == ["new1@example.test"]
    second = sync.sync_account(account.id, backfill=True)
    assert second.new == 1
    assert Message.select().count() == 2
    assert Folder.get(Folder.name == "INBOX").backfill_done
    assert sync.sync_account(account.id).new == 0


def test_a_sync_copies_its_write_ahead_log_once_not_between_passes(store, imap_user,
                                                                   monkeypatch):
    """The recent mail and then the older mail, two passes of one sync: the log grows
    over both (copied into the database once, after them), and the setting is back after."""
    now = datetime.now(UTC)
    for i in range(6):
        deliver(imap_user, make(f"Mail {i}", msgid=f"pass{i}", when=now - timedelta(days=60 * i)))
    account = add_account(imap_user)
    Account.update(sync_window_days=90).where(Account.id == account.id).execute()
    seen = []
    note = sync._note_outcome

    def noting(*args):
        seen.append(database.obj.execute_sql("PRAGMA wal_autocheckpoint").fetchone()[0])
        note(*args)

    monkeypatch.setattr(sync, "_note_outcome", noting)
    before = database.obj.execute_sql("PRAGMA wal_autocheckpoint").fetchone()[0]
    assert sync.sync_account(account.id, backfill=True).new == 6
    # each folder's pass over its recent mail, then over the older mail: all in one log
    assert len(seen) >= 2 and set(seen) == {db.BULK_CHECKPOINT_PAGES}
    assert database.obj.execute_sql("PRAGMA wal_autocheckpoint").fetchone()[0] == before


def test_big_message_attachment_is_listed_then_fetched_on_demand(store, imap_user):
    payload = bytes(range(256)) * 1200  # 300 KB: above the whole-message limit
    deliver(imap_user, make("Invoice attached", msgid="big1", body="See the invoice.",
                            attachment=payload))
    account = add_account(imap_user)
    sync.sync_account(account.id)
    msg = Message.get(Message.message_id == "big1@example.test")
    assert "See the invoice." in msg.text_body and msg.has_attachments
    att = Attachment.get(Attachment.message == msg)
    assert (att.filename, att.content_type, att.cached_path) == (
        "invoice.pdf", "application/pdf", None)
    seen = []
    path = attachments.fetch_attachment(att.id, progress=lambda d, t, s: seen.append(d))
    assert path.read_bytes() == payload
    assert seen[-1] >= len(payload)
    assert attachments.fetch_attachment(att.id) == path  # cached: no second download
    raw = attachments.fetch_raw(msg.id)
    assert b"Message-ID: <big1@example.test>" in raw and len(raw) > len(payload)


@pytest.mark.parametrize("size", [20_000, 200_000], ids=["whole", "in-pieces"])
def test_binary_data_sent_as_text_is_kept_as_an_attachment(store, imap_user, size):
    """An Outlook file mailed as the text of a message (a broken program's doing): the
    message is kept with no text, and the file is listed and opens as it was sent, both
    when the message is fetched whole and when only its text parts are (a big one).
    Without NUL bytes or bare line breaks: mail sent as text cannot carry them as they are
    (RFC 2045); an IMAP server sends a NUL as another byte (Dovecot: 0x80) and stores a
    line break as CR LF."""
    block = bytes(b for b in range(1, 256) if b not in (10, 13))
    payload = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + block * (size // len(block))
    raw = (b"From: Buyer <buyer@example.test>\r\nTo: " + SELLER.encode() + b"\r\n"
           b"Subject: Fail pesanan\r\nMessage-ID: <binary1@example.test>\r\n"
           b"Date: " + format_datetime(datetime.now(UTC)).encode() + b"\r\n"
           b"Content-Type: text/plain\r\n\r\n" + payload)
    client = IMAPClient(imap_user.host, port=imap_user.imap_port, ssl=False)
    client.login(imap_user.name, imap_user.password)
    client.append("INBOX", raw)
    client.logout()
    account = add_account(imap_user)
    assert sync.sync_account(account.id).new == 1
    msg = Message.get(Message.message_id == "binary1@example.test")
    assert (msg.text_body, msg.snippet, msg.has_attachments) == ("", "", True)
    att = Attachment.get(Attachment.message == msg)
    assert (att.part, att.filename, att.content_type) == (
        "1", "part-1.bin", "application/octet-stream")
    assert attachments.fetch_attachment(att.id).read_bytes() == payload


def test_new_mail_arrives_through_idle_and_the_watcher_stops_within_a_second(store, imap_user):
    account = add_account(imap_user)
    arrived = threading.Event()
    got = []

    def on_new(account_id, result):
        got.append((account_id, result.new))
        arrived.set()

    watcher = AccountWatcher(account.id, on_new_mail=on_new, check_interval=600)
    watcher.start()
    try:
        assert watcher.connected.wait(10)
        time.sleep(0.3)  # let it enter IDLE
        deliver(imap_user, make("Pushed", msgid="push1"))
        assert arrived.wait(10)
    finally:
        started = time.monotonic()
        assert watcher.stop(timeout=1.0)
        assert time.monotonic() - started < 1.0
    assert got == [(account.id, 1)]
    assert Message.get(Message.message_id == "push1@example.test").subject == "Pushed"


def test_the_connection_kept_between_syncs_is_replaced_when_the_server_dropped_it(store,
                                                                                  imap_user):
    account = add_account(imap_user)
    deliver(imap_user, make("First", msgid="k-1"))
    assert sync.sync_account(account.id).new == 1
    imap_user.server.kill_connections(imap_user)  # the kept connection dies
    deliver(imap_user, make("Second", msgid="k-2"))
    result = sync.sync_account(account.id)
    assert (result.new, result.errors) == (1, [])
    assert Message.select().count() == 2
    sync.close_connections()


def test_the_watcher_reconnects_after_the_server_went_away(store, private_dovecot_server):
    dove: DovecotServer = private_dovecot_server
    user = dove.add_user()
    account = add_account(user)
    arrived = threading.Event()
    watcher = AccountWatcher(account.id, on_new_mail=lambda *_: arrived.set(),
                             check_interval=600)
    watcher.start()
    try:
        assert watcher.connected.wait(10)
        dove.stop(graceful=False)  # network loss, as far as the watcher can tell
        deadline = time.monotonic() + 10
        while watcher.connected.is_set() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not watcher.connected.is_set()
        dove.start()
        assert watcher.connected.wait(15)  # back after its short pause
        time.sleep(0.3)
        dove.deliver(user, make("After the outage", msgid="after").as_bytes())
        assert arrived.wait(10)
    finally:
        assert watcher.stop(timeout=1.0)
    assert Message.get(Message.message_id == "after@example.test")
