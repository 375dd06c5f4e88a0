"""Read, unread and answered reach the server (Dovecot), survive a re-sync, wait out an outage."""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage

import pytest
from helpers.dovecot import DovecotServer, ImapUser
from helpers.outbox_shop import make_account
from imapclient import IMAPClient

from seller_desk.core.answering import compose
from seller_desk.core.conversations import inbox
from seller_desk.core.mail.connection import accounts, pool
from seller_desk.core.mail.imap import flags, sync
from seller_desk.core.mail.send import outbox
from seller_desk.core.store import db
from seller_desk.core.store.models import Account, Message, MessageLocation


@pytest.fixture
def store(tmp_path):
    database = db.open_database(f"sqlite:///{tmp_path / 'flags.sqlite3'}")
    yield database
    sync.close_connections()
    db.close_database()


def mail(msgid: str, subject: str = "Ada stok?") -> bytes:
    msg = EmailMessage()
    msg["From"] = "Siti <siti@example.test>"
    msg["To"] = "seller@test.localhost"
    msg["Subject"] = subject
    msg["Message-ID"] = f"<{msgid}@example.test>"
    msg.set_content("Salam, baju kurung saiz M masih ada?")
    return msg.as_bytes(policy=email.policy.SMTP)


def add_account(user: ImapUser) -> Account:
    account = accounts.add_account(
        "Shop", user.address, password=user.password, username=user.name,
        imap_host=user.host, imap_port=user.imap_port, imap_security="none",
        smtp_host=user.host, smtp_port=user.submission_port, smtp_security="starttls")
    Account.update(sync_window_days=0).where(Account.id == account.id).execute()
    return Account.get_by_id(account.id)


def server_flags(user: ImapUser, msgid: str, folder: str = "INBOX") -> set[bytes]:
    client = IMAPClient(user.host, user.imap_port, ssl=False, timeout=10)
    client._imap.debug = 0
    client.login(user.name, user.password)
    try:
        client.select_folder(folder, readonly=True)
        (uid,) = client.search(["HEADER", "Message-ID", f"{msgid}@example.test"])
        return set(client.get_flags([uid])[uid])
    finally:
        client.logout()


def synced(user: ImapUser, dove: DovecotServer, msgid: str) -> tuple[Account, Message]:
    dove.deliver(user, mail(msgid))
    account = add_account(user)
    sync.sync_account(account.id)
    return account, Message.get(Message.message_id == f"{msgid}@example.test")


def test_read_then_unread_reach_the_server_and_a_resync_keeps_them(store, imap_user,
                                                                   dovecot_server):
    account, msg = synced(imap_user, dovecot_server, "baca1")
    assert not msg.is_seen and b"\\Seen" not in server_flags(imap_user, "baca1")

    changed = inbox.mark_read([msg.conversation_id], True)
    assert changed == [msg.id]
    result = flags.push_flags(changed, seen=True)
    assert result.pushed == [msg.id] and not result.pending and not result.errors
    assert b"\\Seen" in server_flags(imap_user, "baca1")
    assert flags.pending() == {}
    loc = MessageLocation.get(MessageLocation.message == msg.id)
    assert "\\Seen" in loc.flags.split() and loc.modseq is not None  # Dovecot has CONDSTORE

    # a fresh sync (and one without a folder state, comparing every flag) keeps it read
    sync.sync_account(account.id)
    assert Message.get_by_id(msg.id).is_seen
    sync.close_connections()
    from seller_desk.core.store.models import Folder

    Folder.update(uidnext=None, highestmodseq=None).where(Folder.account == account.id).execute()
    sync.sync_account(account.id)
    assert Message.get_by_id(msg.id).is_seen

    changed = inbox.mark_read([msg.conversation_id], False)
    assert changed == [msg.id]
    assert flags.push_flags(changed, seen=False).pushed == [msg.id]
    assert b"\\Seen" not in server_flags(imap_user, "baca1")
    sync.sync_account(account.id)
    assert not Message.get_by_id(msg.id).is_seen


def test_a_read_while_the_server_is_down_waits_and_goes_out_with_the_next_sync(
        store, private_dovecot_server):
    dove: DovecotServer = private_dovecot_server
    user = dove.add_user()
    account, msg = synced(user, dove, "offline1")
    sync.close_connections()
    dove.stop(graceful=False)
    try:
        changed = inbox.mark_read([msg.conversation_id], True)
        result = flags.push_flags(changed, seen=True)
        assert result.pending == [msg.id] and not result.pushed and result.errors
        assert flags.pending() == {msg.id: {"seen": True}}
        assert Message.get_by_id(msg.id).is_seen  # the local state is kept
    finally:
        dove.start()
    assert b"\\Seen" not in server_flags(user, "offline1")
    # the next sync pushes it before comparing flags, so it is not flipped back to unread
    sync.sync_account(account.id)
    assert b"\\Seen" in server_flags(user, "offline1")
    assert flags.pending() == {}
    assert Message.get_by_id(msg.id).is_seen


def test_a_reply_sent_marks_the_original_answered_on_the_server(store, imap_user,
                                                                dovecot_server, smtp_server):
    sink = smtp_server(auth={imap_user.name: imap_user.password}, auth_required=True)
    account = make_account(imap_user, sink)
    Account.update(sync_window_days=0).where(Account.id == account.id).execute()
    dovecot_server.deliver(imap_user, mail("tanya1"))
    sync.sync_account(account.id)
    original = Message.get(Message.message_id == "tanya1@example.test")

    out = compose.reply(original)
    out.text = "Ada, kami pos esok."
    compose.send(out)
    # the flag reaches the server right after the send, without waiting for a sync
    assert outbox.send_due().sent
    assert Message.get_by_id(original.id).is_answered
    assert b"\\Answered" in server_flags(imap_user, "tanya1")
    assert flags.pending() == {}

    sync.sync_account(account.id)
    assert b"\\Answered" in server_flags(imap_user, "tanya1")
    assert Message.get_by_id(original.id).is_answered


def test_a_reply_sent_during_a_sync_leaves_the_flag_to_the_next_sync(store, imap_user,
                                                                     dovecot_server,
                                                                     smtp_server):
    sink = smtp_server(auth={imap_user.name: imap_user.password}, auth_required=True)
    account = make_account(imap_user, sink)
    Account.update(sync_window_days=0).where(Account.id == account.id).execute()
    dovecot_server.deliver(imap_user, mail("tanya2"))
    sync.sync_account(account.id)
    original = Message.get(Message.message_id == "tanya2@example.test")
    out = compose.reply(original)
    out.text = "Boleh, saiz M ada."
    compose.send(out)
    # a sync of this account is running: the send neither waits for it nor pushes
    with pool.account_lock(account.id):
        assert outbox.send_due().sent
    assert flags.pending() == {original.id: {"answered": True}}
    assert b"\\Answered" not in server_flags(imap_user, "tanya2")
    sync.sync_account(account.id)
    assert b"\\Answered" in server_flags(imap_user, "tanya2")
    assert flags.pending() == {}
