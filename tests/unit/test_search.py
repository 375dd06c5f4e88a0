"""Full-text search over stored mail (SQLite FTS5)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from seller_desk.core.conversations import inbox
from seller_desk.core.store import db, search
from seller_desk.core.store.models import (
    Account,
    Conversation,
    ConversationOrder,
    Customer,
    CustomerAddress,
    Message,
    Order,
)


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


def _plain_check(database) -> None:
    """SQLite's own check as a seller's tool would run it (newer SQLite versions compare
    with the content by default, older ones only with rank 1: both must pass)."""
    database.execute_sql("INSERT INTO message_fts(message_fts) VALUES ('integrity-check')")
    database.execute_sql(
        "INSERT INTO message_fts(message_fts, rank) VALUES ('integrity-check', 1)")


def test_sqlites_integrity_check_passes_on_a_healthy_index_with_long_texts(database):
    conv = Conversation.create(subject="long")
    word = "kopi " * 20_000  # 100,000 characters: three times the indexed prefix
    first = Message.create(conversation=conv, subject="Long", text_body=word + " liberica")
    Message.create(conversation=conv, subject="Short", text_body="pesanan sampai")
    exact = Message.create(subject="Edge", text_body="x" * (search.INDEXED_TEXT - 1) + " yy")
    first.text_body = "teh " * 30_000
    first.save()  # the update trigger removes the old prefix and indexes the new one
    exact.delete_instance()
    _plain_check(database)
    assert search.check(database) is None
    search.rebuild(database)  # FTS5's own rebuild reads the prefixes too
    assert search.check(database) is None
    assert search.search_messages("teh") == [first.id]
    assert search.search_messages("kopi") == []


def test_a_damaged_index_fails_the_check(database):
    Message.create(subject="Real", text_body="a real message " * 4000)
    assert search.check(database) is None
    # a row in the index that no message holds (as a lost write would leave it)
    database.execute_sql("INSERT INTO message_fts(rowid, subject, sender_name, sender_email, "
                         "to_addrs, text_body) VALUES (999, 'ghost', '', '', '', 'ghost')")
    assert search.check(database)
    search.rebuild(database)
    assert search.check(database) is None
    assert search.search_messages("ghost") == []


def test_a_message_missing_from_the_index_fails_the_check(database):
    msg = Message.create(subject="Indexed", text_body="barang rosak")
    database.execute_sql("INSERT INTO message_fts(message_fts, rowid, subject, sender_name, "
                         "sender_email, to_addrs, text_body) VALUES ('delete', ?, ?, '', '', "
                         "'', ?)", (msg.id, msg.subject, msg.text_body))
    assert search.search_messages("rosak") == []
    assert search.check(database)


def test_the_first_letters_typed_are_answered_from_a_prefix_index(database):
    """Two or three letters are prefixes of thousands of words in a real mailbox: the index
    keeps the words' first three letters, so they are found without merging the lists of
    every such word, and find exactly what a longer prefix would."""
    sql = database.execute_sql(
        "SELECT sql FROM sqlite_master WHERE name = 'message_fts'").fetchone()[0]
    assert "prefix='3'" in sql
    # and merges its segments eight at a time (a first sync rewrites it less often)
    assert database.execute_sql(
        "SELECT v FROM message_fts_config WHERE k = 'automerge'").fetchone() == (8,)
    sending = Message.create(subject="Pengiriman", text_body="pesanan sudah dikirim")
    perfect = Message.create(subject="Hi", text_body="Perfect, thanks")
    Message.create(subject="Tanya", text_body="tidak ada stok")
    for newest_first in (False, True):
        def found(query: str, newest_first: bool = newest_first) -> list[int]:
            return sorted(search.search_messages(query, newest_first=newest_first))

        assert found("pe") == [sending.id, perfect.id]
        assert found("pen") == [sending.id]
        assert found("pes") == [sending.id]
        assert found("p") == [sending.id, perfect.id]
        assert found("PE stok") == []
    Message.delete().where(Message.id == perfect.id).execute()
    assert search.search_messages("pe") == [sending.id]
    assert search.search_messages("pe", newest_first=True) == [sending.id]
    assert search.check(database) is None


def test_one_or_two_letters_are_searched_as_the_groups_of_words_they_begin(database):
    """A word of one or two letters is read from the index as the words shorter than three
    letters and the three-letter groups it begins: the same messages as the plain prefix
    (every script, accents, digits, words of one and two letters, deleted mail), newest
    first."""
    texts = ["pe", "Pé naik kereta", "pesanan sudah dikirim", "PENGHANTARAN esok",
             "perfect 2 pieces", "p", "p2p transfer", "péché mignon", "Petaling Jaya",
             "pe陈伟 name", "陈伟明 pe", "pé-pe", "1218 paid", "12 pcs", "1 piece",
             "120-3344 tracking", "spesial", "ape", "ÉPÉE"]
    ids = [Message.create(subject="m", text_body=t).id for t in texts]
    Message.delete().where(Message.id == ids[4]).execute()
    plain = ("SELECT rowid FROM message_fts WHERE message_fts MATCH ? "
             "ORDER BY rowid DESC")

    def by_plain_prefix(word: str) -> list[int]:
        return [r[0] for r in database.execute_sql(plain, (f'"{word}"*',)).fetchall()]

    for word in ["p", "pe", "pi", "1", "12", "e", "ep", "pa", "x", "z9"]:
        expected = by_plain_prefix(word)
        assert search.search_messages(word, newest_first=True) == expected, word
    # read as groups of the three-letter index, not as a prefix FTS5 must merge word by word
    assert search.newest_match(database, ["1"]) == '("1" OR "12" OR "120"* OR "121"*)'
    assert search.newest_match(database, ["zq"]) == '"zq"'  # begins no word: finds nothing
    # a word of another script, one FTS5 would split, or one that begins a word going on
    # in another script ("pe陈伟") goes to FTS5 as typed
    assert search.newest_match(database, ["陈", "p-", "pe"]) == '"陈"* AND "p-"* AND "pe"*'
    Message.delete().where(Message.id == ids[9]).execute()
    assert search.newest_match(database, ["pe"]) == '("pe" OR "pec"* OR "pen"* OR "pes"* OR "pet"*)'
    assert search.search_messages("陈", newest_first=True) == [ids[10]]
    # a group that only a new message begins is found as soon as it is stored
    fresh = Message.create(subject="m", text_body="pelanggan baru")
    assert search.search_messages("pe", newest_first=True)[0] == fresh.id
    assert search.check(database) is None


def _search_box_finds_every_way_newest_first() -> None:
    """The search box: mail text, a customer's name or address, the conversation's address
    and a linked order's number, all in one list ordered by activity, an account's own
    when asked; what the seller types is matched as typed, ``%`` and ``_`` included."""
    start = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
    shop = Account.create(name="Shop", email="shop@example.test", username="shop",
                          imap_host="127.0.0.1")
    other = Account.create(name="Other", email="other@example.test", username="other",
                           imap_host="127.0.0.1")
    ani = Customer.create(name="Kak_Ani 100%")
    CustomerAddress.create(customer=ani, email="ani.batik@example.test")

    def conversation(hours: int, account: Account = shop, **values: object) -> Conversation:
        return Conversation.create(subject="Tanya", account=account,
                                   last_activity_at=start + timedelta(hours=hours), **values)

    by_text = conversation(1)
    Message.create(subject="Tanya", text_body="songket merah ada lagi?", conversation=by_text)
    by_customer = conversation(2, customer=ani)
    by_counterpart = conversation(3, counterpart_email="budi_santoso@example.test")
    by_order = conversation(4)
    order = Order.create(number="#1218-77", channel="web")
    ConversationOrder.create(conversation=by_order, order=order)
    elsewhere = conversation(5, account=other, counterpart_email="budi_santoso@example.test")
    # decoys: the same letters without the typed underscore or percent sign
    conversation(6, counterpart_email="budixsantoso@example.test")
    decoy = Customer.create(name="Kak Ani 1000")
    conversation(7, customer=decoy)

    assert inbox.search_ids("songket") == [by_text.id]
    assert inbox.search_ids("ani.batik") == [by_customer.id]
    assert inbox.search_ids("kak_ani") == [by_customer.id]
    assert inbox.search_ids("100%") == [by_customer.id]
    assert inbox.search_ids("budi_santoso") == [elsewhere.id, by_counterpart.id]
    assert inbox.search_ids("budi_santoso", account_id=shop.id) == [by_counterpart.id]
    assert inbox.search_ids("1218") == [by_order.id]
    assert inbox.search_ids("#1218-77") == [by_order.id]
    assert inbox.search_ids("  ") == []
    assert inbox.search_ids("nothing-like-this") == []
    # every way at once, newest activity first, cut at the limit
    Message.create(subject="x", text_body="kak_ani budi_santoso 1218", conversation=by_text)
    both = [elsewhere.id, by_order.id, by_counterpart.id, by_text.id]
    assert inbox.search_ids("budi_santoso") == [elsewhere.id, by_counterpart.id, by_text.id]
    Message.create(subject="x", text_body="budi_santoso 1218", conversation=by_order)
    assert inbox.search_ids("budi_santoso") == both
    assert inbox.search_ids("budi_santoso", limit=2) == both[:2]


def test_the_search_box_finds_every_way_newest_first(database):
    _search_box_finds_every_way_newest_first()


@pytest.mark.integration
def test_the_search_box_finds_the_same_on_postgresql(pg_url):
    d = db.open_database(pg_url)
    try:
        _search_box_finds_every_way_newest_first()
    finally:
        d.close()
