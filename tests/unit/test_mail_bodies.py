"""Mail HTML is cleaned when a message is first shown or quoted (core/mail/ingest/bodies.py),
and the HTML as received is read nowhere else."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import peewee
import pytest

from seller_desk.core.answering import compose
from seller_desk.core.mail.connection import accounts
from seller_desk.core.mail.ingest import bodies
from seller_desk.core.mail.parse import helper as parsing
from seller_desk.core.mail.parse import html as mail_html
from seller_desk.core.screens import conversation as view
from seller_desk.core.store import db
from seller_desk.core.store.models import Conversation, Message

PACKAGE = Path(__file__).resolve().parents[2] / "seller_desk"
WHEN = datetime(2026, 11, 2, 2, 0, tzinfo=UTC)
PIXEL = "https://tracker.example.com/p.gif"
RECEIVED = (f'<p onclick="steal()">Bila <b>sampai</b>?</p><script>steal()</script>'
            f'<img src="{PIXEL}"><iframe src="https://evil.example/"></iframe>')


@pytest.fixture(autouse=True)
def database():
    d = db.open_database("sqlite:///:memory:")
    yield d
    d.close()


@pytest.fixture
def conv():
    account = accounts.add_account("Web shop", "hello@norabatik.my")
    return Conversation.create(subject="Tudung", account=account,
                               counterpart_email="aisyah@example.com")


def received(conv, html=RECEIVED, **kw) -> Message:
    """A message as the sync stores it: its HTML as received, not cleaned yet."""
    values = dict(account=conv.account_id, conversation=conv, message_id="m1@example.com",
                  direction="in", sender_email="aisyah@example.com", subject="Tudung",
                  date=WHEN, text_body="Bila sampai?", html_unsafe=html)
    values.update(kw)
    return Message.create(**values)


def assert_clean(html: str) -> None:
    assert "Bila <b>sampai</b>?" in html
    for unsafe in ("<script", "steal()", "onclick", "<iframe", "evil.example"):
        assert unsafe not in html


def test_cleaning_writes_the_sanitized_html_and_forgets_the_html_as_received(conv):
    msg = received(conv)
    assert bodies.clean_html([msg]) == 1
    stored = Message.get_by_id(msg.id)
    assert (stored.html_body, stored.has_remote_content, stored.html_unsafe) == (
        mail_html.sanitize(RECEIVED)[0], True, "")
    assert_clean(stored.html_body)
    assert PIXEL in stored.html_body  # kept, and blocked when shown
    # the instance passed in holds what was written
    assert (msg.html_body, msg.has_remote_content, msg.html_unsafe) == (
        stored.html_body, True, "")


def test_cleaning_twice_cleans_once(conv):
    msg = received(conv)
    assert bodies.clean_html([msg]) == 1
    assert bodies.clean_html([msg]) == 0
    assert bodies.clean_html([Message.get_by_id(msg.id)]) == 0


def test_a_message_another_process_cleaned_meanwhile_ends_the_same(conv):
    msg = received(conv)
    stale = Message.get_by_id(msg.id)  # read before the other one cleaned it
    bodies.clean_html([msg])
    assert bodies.clean_html([stale]) == 1  # cleans its own copy again: the same values
    assert (stale.html_body, stale.html_unsafe) == (msg.html_body, "")
    stored = Message.get_by_id(msg.id)
    assert (stored.html_body, stored.has_remote_content, stored.html_unsafe) == (
        msg.html_body, True, "")


def test_a_database_refusing_the_write_still_leaves_the_message_shown_cleaned(conv,
                                                                              monkeypatch,
                                                                              caplog):
    msg = received(conv)

    def busy(*_args, **_kwargs):
        raise peewee.OperationalError("database is locked")

    monkeypatch.setattr(Message, "update", busy)
    assert bodies.clean_html([msg]) == 1
    assert_clean(msg.html_body)
    assert (msg.html_unsafe, msg.has_remote_content) == ("", True)
    assert "could not be saved: database is locked" in caplog.text
    monkeypatch.undo()
    assert Message.get_by_id(msg.id).html_unsafe == RECEIVED  # cleaned when next shown
    [shown] = view.load(conv.id).messages
    assert_clean(shown.html)
    assert Message.get_by_id(msg.id).html_unsafe == ""


def test_only_messages_with_html_as_received_are_touched(conv):
    plain = received(conv, html="", message_id="m0@example.com")
    shown = received(conv, html="", message_id="m2@example.com", html_body="<p>Dah</p>",
                     has_remote_content=False)
    nothing_left = received(conv, html="<script>x()</script>", message_id="m3@example.com")
    assert bodies.clean_html([plain, shown, nothing_left]) == 1
    assert Message.get_by_id(shown.id).html_body == "<p>Dah</p>"
    left = Message.get_by_id(nothing_left.id)
    assert (left.html_body, left.html_unsafe, left.has_remote_content) == ("", "", False)


def test_the_conversation_screen_shows_cleaned_html_and_cleans_only_once(conv, monkeypatch):
    msg = received(conv)
    [shown] = view.load(conv.id).messages
    assert_clean(shown.html)
    assert PIXEL not in shown.html and shown.has_remote_content and not shown.remote_allowed
    assert Message.get_by_id(msg.id).html_unsafe == ""
    # a second view finds nothing to clean
    calls = []
    monkeypatch.setattr(bodies, "sanitize", lambda html: calls.append(html) or ("", False))
    [again] = view.load(conv.id).messages
    assert (again.html, again.has_remote_content, calls) == (shown.html, True, [])


def test_the_remote_image_shows_once_allowed(conv):
    msg = received(conv)
    [shown] = view.load(conv.id, allow_remote_for={msg.id}).messages
    assert PIXEL in shown.html and PIXEL in shown.remote_addresses
    assert_clean(shown.html)


def test_a_reply_quoting_a_message_never_shown_quotes_it_cleaned(conv):
    msg = received(conv)
    out = compose.reply(Message.get_by_id(msg.id))
    assert_clean(out.quote.html)
    assert out.quote.html == Message.get_by_id(msg.id).html_body
    forwarded = compose.forward(Message.get_by_id(received(
        conv, message_id="m9@example.com").id))
    assert_clean(forwarded.quote.html)


def test_the_sync_keeps_the_html_as_received_and_cleans_nothing():
    raw = ("From: Aisyah <aisyah@example.com>\r\nSubject: Tudung\r\n"
           "Content-Type: text/html; charset=utf-8\r\n\r\n" + RECEIVED).encode()
    [(parsed, derived)] = parsing.prepare_all([raw])
    assert parsed.html.strip() == RECEIVED
    # the list and search still get the text of an HTML-only message
    assert "Bila sampai?" in parsed.text and "Bila sampai?" in derived.snippet


#: the modules that may name the HTML as received: the one that cleans it, the model and
#: the migration that define it, and the store that writes it at sync time
MAY_NAME_HTML_UNSAFE = {
    "core/mail/ingest/bodies.py",
    "core/mail/ingest/store.py",
    "core/store/models.py",
    "core/store/migrations.py",
}


def test_only_the_cleaning_module_reads_the_html_as_received():
    naming = {str(path.relative_to(PACKAGE)) for path in PACKAGE.rglob("*.py")
              if re.search(r"html_unsafe", path.read_text(encoding="utf-8"))}
    assert naming - MAY_NAME_HTML_UNSAFE == set(), (
        "HTML as received is never shown, quoted, sent or exported: read html_body after "
        "bodies.clean_html() instead of html_unsafe")
    assert "core/mail/ingest/bodies.py" in naming  # the scan does find the column's name
