"""Mail HTML synced from a real Dovecot is stored as received and cleaned when first shown
or quoted (core/mail/ingest/bodies.py): what is shown or quoted is always cleaned."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime

import pytest
from helpers.dovecot import ImapUser

from seller_desk.core.answering import compose
from seller_desk.core.mail.connection import accounts
from seller_desk.core.mail.imap import fetch, sync
from seller_desk.core.mail.ingest import bodies
from seller_desk.core.mail.parse import helper as parsing
from seller_desk.core.screens import conversation as view
from seller_desk.core.store import db
from seller_desk.core.store.models import Account, Message

PIXEL = "https://tracker.example.com/open.gif"
HTML = (f'<html><body><p onclick="steal()">Bila <b>tudung</b> saya sampai?</p>'
        f'<script>steal()</script><img src="{PIXEL}" width="1" height="1"></body></html>')


def html_mail(subject: str, msgid: str, attachment: bytes | None = None) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Aisyah <aisyah@example.test>"
    msg["To"] = "seller@test.localhost"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime.now(UTC))
    msg["Message-ID"] = f"<{msgid}@example.test>"
    msg.set_content(HTML, subtype="html")
    if attachment is not None:  # big: fetched as its header and text parts
        msg.add_attachment(attachment, maintype="application", subtype="pdf",
                           filename="resit.pdf")
    return msg.as_bytes()


@pytest.fixture
def store(tmp_path):
    database = db.open_database(f"sqlite:///{tmp_path / 'mail.sqlite3'}")
    yield database
    db.close_database()


@pytest.fixture(params=["helper process", "in place"])
def parser(request, monkeypatch):
    """Parse every batch in the helper process, or every batch in the fetching thread."""
    monkeypatch.setattr(parsing, "PROCESS_MIN_BATCH", 1)
    parsing.use_helper(request.param == "helper process")
    yield
    parsing.use_helper(True)


def synced(user: ImapUser, *raws: bytes) -> None:
    for raw in raws:
        user.server.deliver(user, raw)
    account = accounts.add_account("Shop", user.address, password=user.password,
                                   username=user.name, imap_host=user.host,
                                   imap_port=user.imap_port, imap_security="none")
    Account.update(sync_window_days=0).where(Account.id == account.id).execute()
    result = sync.sync_account(account.id)
    assert (result.new, result.errors) == (len(raws), [])


def assert_clean(html: str) -> None:
    assert "Bila <b>tudung</b> saya sampai?" in html
    for unsafe in ("<script", "steal()", "onclick"):
        assert unsafe not in html


def test_synced_html_is_kept_as_received_and_shown_only_cleaned(store, imap_user, parser):
    big = b"%PDF-1.4 " + bytes(range(256)) * (fetch.SMALL_MESSAGE // 256)
    synced(imap_user, html_mail("Tudung", "small"), html_mail("Resit", "big", big))
    for msg in Message.select():
        # stored as received, nothing cleaned, yet searchable and listed by its text
        assert (msg.html_body, msg.has_remote_content) == ("", False), msg.subject
        assert "<script>" in msg.html_unsafe and "onclick" in msg.html_unsafe, msg.subject
        assert "Bila tudung saya sampai?" in msg.text_body, msg.subject
        assert msg.snippet.startswith("Bila tudung saya sampai?"), msg.subject

        [shown] = view.load(msg.conversation_id).messages
        assert_clean(shown.html)
        assert PIXEL not in shown.html  # blocked: the seller has not allowed it
        assert shown.has_remote_content and not shown.remote_allowed

        stored = Message.get_by_id(msg.id)
        assert (stored.html_unsafe, stored.has_remote_content) == ("", True)
        assert_clean(stored.html_body)
        assert PIXEL in stored.html_body  # kept in the cleaned HTML, shown once allowed
        # a second view has nothing left to clean
        assert bodies.clean_html([stored]) == 0
        [again] = view.load(msg.conversation_id).messages
        assert again.html == shown.html


def test_a_reply_quotes_a_message_never_shown_cleaned(store, imap_user):
    synced(imap_user, html_mail("Tudung", "small"))
    out = compose.reply(Message.get())
    assert_clean(out.quote.html)
    stored = Message.get()
    assert out.quote.html == stored.html_body and stored.html_unsafe == ""
