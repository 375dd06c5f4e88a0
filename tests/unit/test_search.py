"""Full-text search over stored mail (SQLite FTS5)."""

from __future__ import annotations

import pytest

from seller_desk.core.store import db, search
from seller_desk.core.store.models import Conversation, Message


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


def _conversations_search_finds_the_newest_first() -> None:
    from datetime import UTC, datetime, timedelta

    base = datetime(2026, 11, 1, tzinfo=UTC)
    old = Conversation.create(subject="old", last_activity_at=base)
    new = Conversation.create(subject="new", last_activity_at=base + timedelta(days=3))
    other = Conversation.create(subject="other", last_activity_at=base + timedelta(days=5))
    Message.create(conversation=old, subject="Paket belum sampai", text_body="resi JNE")
    Message.create(conversation=new, subject="Re: paket", text_body="Paket BELUM sampai kak")
    Message.create(conversation=new, subject="Re: paket", text_body="masih belum sampai")
    Message.create(conversation=other, subject="Pembayaran", text_body="sudah transfer")
    Message.create(conversation=None, subject="Paket belum sampai (no conversation)")
    assert search.search_conversations("paket belum") == [new.id, old.id]
    assert search.search_conversations("transfer") == [other.id]
    assert search.search_conversations("nothing-like-this") == []
    assert search.search_conversations("") == []


def test_conversations_are_found_newest_activity_first(database):
    _conversations_search_finds_the_newest_first()


@pytest.mark.integration
def test_conversations_are_found_the_same_way_on_postgresql(pg_url):
    d = db.open_database(pg_url)
    try:
        _conversations_search_finds_the_newest_first()
    finally:
        d.close()


def _long_texts_are_searchable_in_their_first_part() -> None:
    filler = "batik " * ((search.INDEXED_TEXT - 200) // 6)
    text = "sarung " + filler + "songket " + "x" * 300 + " liberica"
    assert text.index("songket") < search.INDEXED_TEXT < text.index("liberica")
    long_one = Message.create(subject="Katalog", text_body=text)
    short = Message.create(subject="Pesanan", text_body="liberica 250 g")
    assert search.search_messages("songket") == [long_one.id]
    assert search.search_messages("sarung") == [long_one.id]
    # a word past the indexed part is not found, and finds only the short message
    assert search.search_messages("liberica") == [short.id]
    # edits and deletes take exactly the indexed words out again
    Message.update(text_body="kopi " + filler).where(Message.id == long_one.id).execute()
    assert search.search_messages("songket") == []
    assert search.search_messages("kopi") == [long_one.id]
    Message.delete().where(Message.id == long_one.id).execute()
    assert search.search_messages("kopi") == []
    assert search.search_messages("batik") == []
    assert search.search_messages("liberica") == [short.id]


def test_a_long_text_is_searchable_in_its_first_32_kb(database):
    _long_texts_are_searchable_in_their_first_part()
    # re-filling the index (the schema step) keeps the same rule
    search.reinstall(database)
    search.reinstall(database)
    assert search.search_messages("liberica") == [Message.get().id]
    assert database.execute_sql(
        "SELECT count(*) FROM message_fts WHERE message_fts MATCH 'pesanan'").fetchone() == (1,)


@pytest.mark.integration
def test_a_long_text_is_searchable_in_its_first_32_kb_on_postgresql(pg_url):
    d = db.open_database(pg_url)
    try:
        _long_texts_are_searchable_in_their_first_part()
        search.reinstall(d)
        assert search.search_messages("liberica") == [Message.get().id]
    finally:
        d.close()
