"""Full-text search over stored mail (SQLite FTS5)."""

from __future__ import annotations

import pytest

from seller_desk.core import db, search
from seller_desk.core.models import Conversation, Message


@pytest.fixture
def database(tmp_path):
    d = db.open_database(f"sqlite:///{tmp_path / 's.sqlite3'}")
    yield d
    d.close()


def test_words_match_as_prefixes_without_case_or_accents(database):
    conv = Conversation.create(subject="x")
    hit = Message.create(conversation=conv, subject="Pembayaran pesanan",
                         text_body="Saya sudah TRANSFER kemarin", sender_name="Nguyễn Thị Lan")
    Message.create(conversation=conv, subject="Other", text_body="nothing here")
    assert search.search_messages("pembayar") == [hit.id]
    assert search.search_messages("transfer pesanan") == [hit.id]
    assert search.search_messages("nguyen") == [hit.id]
    assert search.search_messages("transfer missing") == []


def test_the_index_follows_edits_and_deletes(database):
    msg = Message.create(subject="Refund please", text_body="")
    assert search.search_messages("refund") == [msg.id]
    msg.subject = "Thank you"
    msg.save()
    assert search.search_messages("refund") == []
    assert search.search_messages("thank") == [msg.id]
    msg.delete_instance()
    assert search.search_messages("thank") == []


def test_punctuation_and_quotes_in_the_query_are_harmless(database):
    Message.create(subject='He said "hi" (really)', text_body="order #1234 AND OR NOT")
    assert len(search.search_messages('"hi" AND (')) == 1
    assert len(search.search_messages("#1234")) == 1
    assert search.search_messages("   ") == []
