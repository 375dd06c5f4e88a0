"""Conversations: by references, by subject within bounds, merges, and the store's dedup."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from seller_desk.core.mail.ingest import store, threads
from seller_desk.core.mail.parse import derived, mime
from seller_desk.core.store import db
from seller_desk.core.store.models import Account, Conversation, Folder, Message, MessageLocation

T0 = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def database(tmp_path):
    d = db.open_database(f"sqlite:///{tmp_path / 't.sqlite3'}")
    yield d
    d.close()


@pytest.fixture
def folders(database):
    account = Account.create(name="Shop", email="shop@x.test", username="shop",
                             imap_host="127.0.0.1")
    inbox = Folder.create(account=account, name="INBOX", role="inbox")
    sent = Folder.create(account=account, name="Sent", role="sent")
    return account, inbox, sent


def raw(msgid: str, subject: str, sender: str = "buyer@x.test", to: str = "shop@x.test",
        refs: str = "", when: datetime = T0, extra: str = "") -> bytes:
    head = (f"From: {sender}\r\nTo: {to}\r\nSubject: {subject}\r\nMessage-ID: <{msgid}>\r\n"
            f"Date: {when.strftime('%a, %d %b %Y %H:%M:%S +0000')}\r\n{extra}")
    if refs:
        head += f"In-Reply-To: <{refs}>\r\nReferences: <{refs}>\r\n"
    return (head + "\r\nbody text\r\n").encode()


def put(folder: Folder, uid: int, data: bytes, own: frozenset[str] = frozenset({"shop@x.test"}),
        ) -> store.StoreResult:
    fetched = store.Fetched(uid, (), T0, len(data), None, mime.parse(data))
    return store.store_batch(folder.account_id, folder.id, folder.role, set(own), [fetched])


def conv_of(msgid: str) -> int:
    return Message.get(Message.message_id == msgid).conversation_id


def test_subject_key_strips_reply_prefixes_in_our_languages():
    assert threads.subject_key("Re: RE: Fwd: [Shop] Balas: Pesanan #123") == "pesanan #123"
    assert threads.subject_key("AW: Bls:  Order   question") == "order question"
    assert threads.subject_key("") == ""


def test_replies_join_by_references_and_the_sellers_sent_copy_too(folders):
    _account, inbox, sent = folders
    put(inbox, 1, raw("a@x", "Question"))
    put(sent, 1, raw("b@x", "Re: Question", sender="shop@x.test", to="buyer@x.test",
                     refs="a@x", when=T0 + timedelta(hours=1)))
    put(inbox, 2, raw("c@x", "Totally different subject", refs="b@x",
                      when=T0 + timedelta(hours=2)))
    assert conv_of("a@x") == conv_of("b@x") == conv_of("c@x")
    conv = Conversation.get_by_id(conv_of("a@x"))
    assert (conv.message_count, conv.first_reply_at) == (3, T0 + timedelta(hours=1))
    assert Message.get(Message.message_id == "b@x").direction == "out"


def test_reply_stored_first_is_merged_with_its_later_original(folders):
    _account, inbox, sent = folders
    put(inbox, 5, raw("r1@x", "Re: Parcel", refs="root@x", when=T0 + timedelta(hours=2)))
    put(sent, 3, raw("r2@x", "Re: Parcel", sender="shop@x.test", to="buyer@x.test",
                     refs="root@x", when=T0 + timedelta(hours=3)))
    put(inbox, 1, raw("root@x", "Parcel"))
    assert conv_of("root@x") == conv_of("r1@x") == conv_of("r2@x")
    assert Conversation.select().count() == 1


def test_subject_fallback_needs_the_same_customer_and_a_close_date(folders):
    _account, inbox, _sent = folders
    put(inbox, 1, raw("s1@x", "Order question"))
    put(inbox, 2, raw("s2@x", "Re: Order question", when=T0 + timedelta(days=2)))
    put(inbox, 3, raw("s3@x", "Order question", sender="someone.else@x.test"))
    put(inbox, 4, raw("s4@x", "Order question", when=T0 + timedelta(days=200)))
    assert conv_of("s1@x") == conv_of("s2@x")
    assert conv_of("s3@x") != conv_of("s1@x")
    assert conv_of("s4@x") != conv_of("s1@x")


def test_automatic_mail_never_joins_by_subject(folders):
    _account, inbox, _sent = folders
    put(inbox, 1, raw("n1@x", "Your order has shipped", sender="no-reply@shopee.com.my"))
    put(inbox, 2, raw("n2@x", "Your order has shipped", sender="no-reply@shopee.com.my"))
    assert conv_of("n1@x") != conv_of("n2@x")
    assert Message.get(Message.message_id == "n1@x").is_auto


def test_one_message_in_two_folders_is_stored_and_counted_once(folders):
    _account, inbox, sent = folders
    data = raw("same@x", "Hello", sender="shop@x.test", to="buyer@x.test")
    first = put(inbox, 7, data)
    second = put(sent, 9, data)
    assert len(first.new_message_ids) == 1 and second.new_message_ids == []
    assert Message.select().count() == 1 and MessageLocation.select().count() == 2
    assert Conversation.get_by_id(conv_of("same@x")).message_count == 1


def test_messages_without_message_id_are_not_duplicated_when_fetched_again(folders):
    _account, inbox, _sent = folders
    data = b"From: buyer@x.test\r\nSubject: no id\r\n\r\nhello\r\n"
    put(inbox, 1, data)
    MessageLocation.delete().execute()  # as after a UIDVALIDITY change
    put(inbox, 1, data)
    assert Message.select().count() == 1


def test_assign_puts_a_stored_message_into_its_conversation(folders):
    _account, inbox, _sent = folders
    put(inbox, 1, raw("p1@x", "Hello"))
    loose = Message.create(message_id="p2@x", in_reply_to="p1@x", subject="Re: Hello",
                           sender_email="buyer@x.test", date=T0 + timedelta(hours=1))
    conv = threads.assign(loose)
    assert conv.id == conv_of("p1@x") == conv_of("p2@x")
    assert conv.message_count == 2


def test_unparseable_messages_keep_their_raw_bytes(folders):
    _account, inbox, _sent = folders
    data = b"\x00\x01garbage without headers"
    fetched = store.Fetched(1, (), T0, len(data), None, mime.parse(data), data)
    store.store_batch(inbox.account_id, inbox.id, "inbox", set(), [fetched])
    msg = Message.get()
    assert msg.parse_error and msg.raw and "garbage" in msg.text_body


#: what other mail programs put before a subject when replying or forwarding; the issue's
#: list, each of which once left a reply without References in a conversation of its own
PREFIXES = ["回复:", "返信:", "RES:", "Terusan:", "转发:", "Fwd:", "AW:", "SV:", "Antw:", "Balas:",
            "TR:", "RIF:", "Odp:", "VS:", "WG:", "回复：", "Re[2]:"]


@pytest.mark.parametrize("prefix", PREFIXES)
def test_a_reply_with_a_foreign_prefix_and_no_references_joins_by_subject(folders, prefix):
    _account, inbox, _sent = folders
    put(inbox, 1, raw("p1@x", "Pesanan saya belum sampai"))
    put(inbox, 2, raw("p2@x", f"{prefix} Pesanan saya belum sampai",
                      when=T0 + timedelta(hours=5)))
    assert conv_of("p2@x") == conv_of("p1@x")


def put_batch(folder: Folder, items: list[tuple[int, bytes]]) -> store.StoreResult:
    """Store several messages of one folder as one batch, as the sync does."""
    fetched = [store.Fetched(uid, (), T0, len(data), None, mime.parse(data))
               for uid, data in items]
    return store.store_batch(folder.account_id, folder.id, folder.role, {"shop@x.test"}, fetched)


def test_a_sent_batch_joining_two_conversations_and_answering_one_of_them(folders):
    """INBOX before Sent: the seller's first mail drew an out-of-office and a real answer,
    stored in two conversations; one Sent batch holds that first mail and the seller's reply
    to the real answer. Every message ends in one surviving conversation (it used to fail
    with FOREIGN KEY constraint failed, at every sync)."""
    _account, inbox, sent = folders
    first = raw("s1@x", "Kain batik", sender="shop@x.test", to="buyer@x.test")
    away = raw("ooo@x", "Auto: Kain batik", refs="s1@x", when=T0 + timedelta(minutes=1),
               extra="Auto-Submitted: auto-replied\r\n")
    answer = raw("b@x", "Re: Kain batik", refs="s1@x", when=T0 + timedelta(hours=2))
    reply = raw("s2@x", "Re: Kain batik", sender="shop@x.test", to="buyer@x.test",
                refs="b@x", when=T0 + timedelta(hours=3))
    put(inbox, 1, away)
    put(inbox, 2, answer)
    assert conv_of("ooo@x") != conv_of("b@x")
    put_batch(sent, [(2, reply), (1, first)])
    assert len({conv_of(m) for m in ("s1@x", "ooo@x", "b@x", "s2@x")}) == 1
    assert Conversation.select().count() == 1
    conv = Conversation.get()
    assert (conv.message_count, conv.waiting_since) == (4, None)


def test_a_reply_stored_first_is_found_by_an_ancestor_named_only_in_its_references(folders):
    """The message in between never reached this mailbox: the reply's In-Reply-To names
    it, its References name the original too. The original, stored later, joins the
    reply's conversation, as it does when both come in one batch."""
    _account, inbox, _sent = folders
    reply = raw("r@x", "Re: Kain batik", when=T0 + timedelta(days=30),
                extra="In-Reply-To: <gone@x>\r\nReferences: <q@x> <gone@x>\r\n")
    put(inbox, 2, reply)
    put(inbox, 1, raw("q@x", "Kain batik"))  # 30 days apart: no joining by subject
    assert conv_of("q@x") == conv_of("r@x")
    assert Conversation.select().count() == 1


def test_the_sellers_automatic_mail_in_sent_is_no_reply(folders):
    """A status email the shop's rules sent (Auto-Submitted: auto-generated, RFC 3834),
    found in Sent by the sync, is kept as automatic and stops no clock; the seller's own
    reply after it does, even from a no-reply address the incoming-mail rules would flag."""
    _account, inbox, sent = folders
    put(inbox, 1, raw("q@x", "Pesanan #4102"))
    put(sent, 1, raw("auto@x", "Re: Pesanan #4102", sender="shop@x.test", to="buyer@x.test",
                     refs="q@x", when=T0 + timedelta(minutes=5),
                     extra="Auto-Submitted: auto-generated\r\n"))
    conv = Conversation.get_by_id(conv_of("q@x"))
    assert Message.get(Message.message_id == "auto@x").is_auto
    assert conv.waiting_since == T0 and conv.first_reply_at is None

    put(sent, 2, raw("real@x", "Re: Pesanan #4102", sender="shop@x.test", to="buyer@x.test",
                     refs="q@x", when=T0 + timedelta(hours=2),
                     extra="Precedence: bulk\r\n"))
    conv = Conversation.get_by_id(conv.id)
    assert not Message.get(Message.message_id == "real@x").is_auto
    assert conv.waiting_since is None and conv.first_reply_at == T0 + timedelta(hours=2)


def test_the_store_writes_the_values_the_parser_derived(folders):
    account, inbox, _sent = folders
    data = raw("d1@x.test", "Re: Pesanan 7", when=T0)
    fetched = store.Fetched(1, (), T0, len(data), None, mime.parse(data))
    made = derived.derive(fetched.parsed)
    assert made.snippet == "body text" and made.subject_key == "pesanan 7"
    # the helper's values are used as they come, not worked out again
    fetched.derived = derived.Derived(snippet="from the helper", subject_key="kunci",
                                      to_addrs="To <t@x.test>", cc_addrs="", reply_to="",
                                      auto_submitted=False)
    store.store_batch(account.id, inbox.id, inbox.role, {"shop@x.test"}, [fetched])
    message = Message.get(Message.message_id == "d1@x.test")
    assert (message.snippet, message.to_addrs) == ("from the helper", "To <t@x.test>")
    assert Conversation.get_by_id(message.conversation_id).subject_key == "kunci"
