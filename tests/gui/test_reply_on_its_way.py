"""A reply on its way, in the window: a customer's mail synced from Dovecot is answered
while the SMTP server (aiosmtpd) is down, so the reply stays in the outbox. The conversation
leaves "Waiting on me" for "Reply on its way", whose row says where the reply stands; once
the server is back and the outbox sends it, it leaves that list too."""

from __future__ import annotations

from datetime import timedelta
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

import pytest
from gui.desk_support import close_window, open_window, wait_for_tasks
from helpers.outbox_shop import delivered, make_account

from seller_desk.core.mail.imap import sync
from seller_desk.core.mail.send import outbox
from seller_desk.core.store import db
from seller_desk.core.store.fields import utcnow
from seller_desk.core.store.models import Conversation, OutboxMessage
from seller_desk.ui.inbox.model import COL_SUBJECT, COL_WAITING
from seller_desk.ui.qt import Qt

pytestmark = [
    pytest.mark.integration,
    pytest.mark.qt_log_ignore("This plugin does not support raise",
                              "This plugin does not support grabbing"),
]


def customer_mail(to: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Nur Aisyah <aisyah.customer@example.com>"
    msg["To"] = to
    msg["Subject"] = "Is the batik scarf still available?"
    msg["Date"] = formatdate(localtime=True)
    msg["Message-ID"] = make_msgid(domain="example.com")
    msg.set_content("Hello, is the Terengganu scarf still in stock?")
    return msg.as_bytes()


def test_a_queued_reply_is_on_its_way_until_the_server_takes_it(qtbot, tmp_path, imap_user,
                                                                 smtp_server):
    url = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    db.open_database(url)
    sink = smtp_server()
    account = make_account(imap_user, sink)
    imap_user.server.deliver(imap_user, customer_mail(imap_user.address))
    sync.sync_account(account.id, backfill=True)
    conv = Conversation.get()
    assert conv.waiting_since is not None
    db.close_database()
    sink.stop()  # the mail server is out of reach: the reply has to wait

    window = open_window(qtbot, url)
    try:
        page = window.inbox_page
        qtbot.waitUntil(lambda: page.model.total == 1, timeout=10_000)
        assert window.sidebar.count_of("waiting") == 1
        assert window.sidebar.count_of("onway") == 0

        composer = window.compose(conv.id, "reply")
        with qtbot.waitSignal(composer.ready, timeout=10_000):
            pass
        composer.body.setPlainText("Yes, it is in stock; it can go out today.")
        with qtbot.waitSignal(composer.sent, timeout=10_000) as sent:
            composer.send()
        row = OutboxMessage.get_by_id(sent.args[0])
        assert row.state == "queued" and row.conversation_id == conv.id
        # the outbox tries once, the server refuses the connection: still queued
        assert outbox.send_due().retrying == [row.id]
        wait_for_tasks(qtbot)
        window.back_to_list()  # Esc: from the conversation back to "Waiting on me"
        window.refresh()
        qtbot.waitUntil(lambda: window.sidebar.count_of("onway") == 1, timeout=10_000)
        assert window.sidebar.count_of("waiting") == 0
        qtbot.waitUntil(lambda: page.model.total == 0, timeout=10_000)
        assert page.model.view == "waiting"

        window.show_section("onway")
        qtbot.waitUntil(lambda: page.model.view == "onway" and page.model.total == 1,
                        timeout=10_000)
        index = page.model.index(0, COL_WAITING)
        assert index.data() == "Trying again"
        tip = index.data(Qt.ItemDataRole.ToolTipRole)
        assert "goes out by itself" in tip and "1 attempt so far" in tip
        assert "refused the connection" in tip
        assert page.model.headerData(COL_WAITING, Qt.Orientation.Horizontal) == "Reply"
        # the reply clock still runs: only a sent reply stops it
        assert Conversation.get_by_id(conv.id).waiting_since == conv.waiting_since

        # the server is back; the outbox sends the reply when it is due
        sink.start()
        assert outbox.send_due(now=utcnow() + timedelta(hours=1)).sent == [row.id]
        assert len(delivered(sink, row.message_id)) == 1
        window.refresh()
        qtbot.waitUntil(lambda: window.sidebar.count_of("onway") == 0, timeout=10_000)
        qtbot.waitUntil(lambda: page.model.total == 0, timeout=10_000)
        assert window.sidebar.count_of("waiting") == 0
        assert Conversation.get_by_id(conv.id).waiting_since is None  # answered
    finally:
        close_window(qtbot, window)


def test_a_reply_that_failed_puts_the_customer_back_saying_so(qtbot, tmp_path, imap_user,
                                                              smtp_server):
    url = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    db.open_database(url)
    # the server wants a password the mailbox does not have: the reply fails for good
    sink = smtp_server(auth={imap_user.name: "the-real-one"}, auth_required=True)
    account = make_account(imap_user, sink)
    imap_user.server.deliver(imap_user, customer_mail(imap_user.address))
    sync.sync_account(account.id, backfill=True)
    conv = Conversation.get()
    db.close_database()

    window = open_window(qtbot, url)
    try:
        page = window.inbox_page
        qtbot.waitUntil(lambda: page.model.total == 1, timeout=10_000)
        composer = window.compose(conv.id, "reply")
        with qtbot.waitSignal(composer.ready, timeout=10_000):
            pass
        composer.body.setPlainText("Yes, it is in stock.")
        with qtbot.waitSignal(composer.sent, timeout=10_000) as sent:
            composer.send()
        assert outbox.send_due().failed == [sent.args[0]]
        wait_for_tasks(qtbot)
        window.back_to_list()
        window.refresh()
        qtbot.waitUntil(lambda: page.model.total == 1 and page.model.row_at(0) is not None
                        and page.model.row_at(0).outbox is not None, timeout=10_000)
        qtbot.waitUntil(lambda: window.sidebar.count_of("waiting") == 1, timeout=10_000)
        assert window.sidebar.count_of("onway") == 0
        subject = page.model.index(0, COL_SUBJECT)
        assert subject.data().startswith("Not sent: Is the batik scarf still available?")
        tip = subject.data(Qt.ItemDataRole.ToolTipRole)
        assert "Your reply was not sent." in tip and "refused" in tip
        assert "Open the conversation to try again" in tip
        # the clock is shown as before: the customer is waiting again
        assert page.model.index(0, COL_WAITING).data() == page.model.waiting_text(
            page.model.row_at(0)) != ""
    finally:
        close_window(qtbot, window)
