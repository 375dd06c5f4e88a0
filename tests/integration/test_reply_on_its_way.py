"""A reply on its way, then sent through a real SMTP server (aiosmtpd) and filed in Dovecot:
the conversation leaves "Reply on its way" and is in neither list, its clock stopped by the
sent reply as before (tests/unit/test_reply_on_its_way.py has the other states)."""

from __future__ import annotations

from email.message import EmailMessage
from email.utils import formatdate

from helpers.outbox_shop import make_account

from seller_desk.core.answering import compose
from seller_desk.core.conversations import inbox
from seller_desk.core.mail.imap import sync
from seller_desk.core.mail.send import outbox
from seller_desk.core.store import db
from seller_desk.core.store.models import Conversation, Message


def customer_mail(to: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Budi <budi@example.com>"
    msg["To"] = to
    msg["Subject"] = "Ukuran L masih ada?"
    msg["Date"] = formatdate(localtime=True)
    msg["Message-ID"] = "<tanya-budi@example.com>"
    msg.set_content("Halo kak, ukuran L masih ada?")
    return msg.as_bytes()


def test_a_sent_reply_leaves_both_lists_and_stops_the_clock(tmp_path, imap_user, smtp_server):
    database = db.open_database(f"sqlite:///{tmp_path / 'shop.sqlite3'}")
    try:
        sink = smtp_server()
        account = make_account(imap_user, sink)
        imap_user.server.deliver(imap_user, customer_mail(imap_user.address))
        sync.sync_account(account.id, backfill=True)
        question = Message.get(Message.message_id == "tanya-budi@example.com")
        conv_id = question.conversation_id
        assert inbox.page_ids("waiting") == [conv_id]

        out = compose.reply(question)
        out.text = "Masih ada, kak."
        row = compose.send(out)
        assert inbox.page_ids("waiting") == [] and inbox.page_ids("onway") == [conv_id]
        assert Conversation.get_by_id(conv_id).waiting_since is not None  # still running

        assert outbox.send_due().sent == [row.id]
        counts = inbox.counts()
        assert (counts.waiting, counts.onway) == (0, 0)
        assert inbox.page_ids("waiting") == [] and inbox.page_ids("onway") == []
        conv = Conversation.get_by_id(conv_id)
        assert conv.waiting_since is None and conv.first_reply_s is not None
        [shown] = inbox.page("all")
        assert shown.outbox is None  # sent: nothing more to say about it
    finally:
        database.close()
