"""A reply, end to end: a customer's mail in Dovecot is synced, answered from the composer,
sent through SMTP, filed in Sent, threaded on the server and in the local conversation."""

from __future__ import annotations

import email
import email.policy
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, getaddresses

from helpers.outbox_shop import delivered, imap, make_account

from seller_desk.core.answering import compose
from seller_desk.core.common.settings import Settings
from seller_desk.core.mail.imap import sync
from seller_desk.core.mail.send import outbox
from seller_desk.core.store import db
from seller_desk.core.store.models import Conversation, Folder, Message, MessageLocation
from seller_desk.core.templates import canned as templates

SUBJECT = "Tudung 🧕 warna biru – masih ada stok? 还有吗"
CUSTOMER = ("Nur Aisyah 🌸 陈", "aisyah@example.com")


def customer_mail(to: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = email.headerregistry.Address(CUSTOMER[0], addr_spec=CUSTOMER[1])
    msg["To"] = to
    msg["Subject"] = SUBJECT
    msg["Date"] = format_datetime(datetime(2026, 5, 11, 1, 0, tzinfo=UTC))
    msg["Message-ID"] = "<tanya-1@example.com>"
    msg.set_content("Salam, tudung biru saiz L masih ada? Boleh pos hari ini?\nTerima kasih!")
    return msg.as_bytes(policy=email.policy.SMTP)


def test_a_reply_is_sent_threaded_and_filed(tmp_path, imap_user, dovecot_server, smtp_server):
    database = db.open_database(f"sqlite:///{tmp_path / 'shop.sqlite3'}")
    try:
        _reply_end_to_end(imap_user, dovecot_server, smtp_server)
    finally:
        database.close()


def _reply_end_to_end(imap_user, dovecot_server, smtp_server):
    Settings().set("seller.shop_name", "Kedai Tudung Nora ✨")
    sink = smtp_server(auth={imap_user.name: imap_user.password}, auth_required=True)
    account = make_account(imap_user, sink)
    dovecot_server.deliver(imap_user, customer_mail(f"Kedai <{imap_user.address}>"))

    # the customer's mail arrives through the real sync and starts the reply clock
    sync.sync_account(account.id, backfill=True)
    original = Message.get(Message.message_id == "tanya-1@example.com")
    conv = original.conversation
    assert original.subject == SUBJECT and original.sender_name == CUSTOMER[0]
    assert conv.waiting_since is not None

    # the seller answers with a canned response and an attachment
    templates.install_defaults()
    out = compose.reply(original)
    assert out.language == "ms"
    ctx = templates.build_context(conv, language="ms", settings={
        "seller.name": "Nora", "seller.shop_name": "Kedai Tudung Nora ✨",
        "seller.refund_policy": "Pulangan dalam 7 hari."})
    rendered = compose.apply_template(
        out, templates.render_template(templates.get_template("complaint_ack", "ms"), ctx))
    assert rendered.complete
    out.text = "Ada stok, kami pos hari ini. 谢谢! 🙏\n\n" + out.text
    out.attachments.append(compose.OutgoingAttachment("Gambar tudung 蓝色.jpg", "image/jpeg",
                                                      b"\xff\xd8\xff jpeg bytes"))
    row = compose.send(out)
    report = outbox.send_due()
    assert report.sent == [row.id] and report.filed == [row.id]

    # at the SMTP server: once, to the customer, from the account, with threading headers
    (received,) = delivered(sink, row.message_id)
    assert received.rcpt_tos == [CUSTOMER[1]]
    assert received.mail_from == imap_user.address and received.auth_user == imap_user.name
    got = received.message
    assert got["In-Reply-To"] == "<tanya-1@example.com>"
    assert got["References"] == "<tanya-1@example.com>"
    assert got["Subject"] == f"Re: {SUBJECT}"
    assert getaddresses([str(got["From"])]) == [("Kedai Tudung Nora ✨", imap_user.address)]
    assert getaddresses([str(got["To"])]) == [CUSTOMER]
    (att,) = got.iter_attachments()
    assert att.get_filename() == "Gambar tudung 蓝色.jpg"
    text = got.get_body(preferencelist=("plain",)).get_content()
    assert "Ada stok, kami pos hari ini. 谢谢! 🙏" in text
    assert rendered.body.splitlines()[0].startswith("Hai ") and rendered.body.splitlines()[0] in text
    assert "> Salam, tudung biru saiz L masih ada?" in text

    # in the local conversation at once: the clock stopped
    conv = Conversation.get_by_id(conv.id)
    mine = Message.get(Message.message_id == row.message_id)
    assert (mine.direction, mine.conversation_id, mine.is_seen) == ("out", conv.id, True)
    assert conv.waiting_since is None and conv.first_reply_at == mine.date
    assert conv.message_count == 2
    assert Message.get_by_id(original.id).is_answered

    # a later sync of Sent only adds the place of the copy
    sync.sync_account(account.id, backfill=True)
    assert Message.select().where(Message.message_id == row.message_id).count() == 1
    sent_folder = Folder.get((Folder.account == account.id) & (Folder.role == "sent"))
    assert MessageLocation.select().where((MessageLocation.message == mine.id)
                                          & (MessageLocation.folder == sent_folder.id)).count() == 1
    assert Conversation.get_by_id(conv.id).message_count == 2

    with imap(imap_user) as client:
        # the copy in Sent is the message as sent, byte for byte, and seen
        client.select_folder("Sent")
        (uid,) = client.search(["HEADER", "Message-ID", row.message_id])
        data = client.fetch([uid], ["BODY.PEEK[]", "FLAGS"])[uid]
        assert data[b"BODY[]"] == bytes(row.raw)
        assert b"\\Seen" in data[b"FLAGS"]
        # Dovecot decodes the encoded headers the same way
        assert client.search(["SUBJECT", "tudung 🧕"], charset="UTF-8") == [uid]
        assert client.search(["TO", "Aisyah 🌸 陈"], charset="UTF-8") == [uid]
        assert client.search(["FROM", "Nora ✨"], charset="UTF-8") == [uid]
        # and threads the reply under the customer's message
        client.copy([uid], "INBOX")
        client.select_folder("INBOX", readonly=True)
        uids = sorted(client.search("ALL"))
        assert len(uids) == 2
        assert client.thread(algorithm="REFERENCES") == ((uids[0], uids[1]),)


def test_non_ascii_headers_survive_python_and_dovecot(tmp_path, imap_user):
    """Every header we write, parsed back by Python and by Dovecot."""
    db.open_database(f"sqlite:///{tmp_path / 'h.sqlite3'}")
    Settings().set("seller.shop_name", "Toko Batik Dewi 🛍️")
    from seller_desk.core.store.models import Account

    account = Account.create(name="Shop", email=imap_user.address, username=imap_user.name,
                             imap_host=imap_user.host, smtp_host="127.0.0.1")
    cases = [
        ("Pesanan anda telah dihantar – terima kasih!", "Siti Nurhaliza binti Tarudin"),
        ("Paket sudah dikirim, Kak 😊 resi JNE", "Dewi Lestari (Toko Dewi)"),
        ("您的订单已发货 📦", "王小明"),
        ("Ré: déjà vu — naïve café" + " panjang" * 12, 'Ahmad "Mat" Rahman'),
    ]
    raws = []
    for subject, name in cases:
        out = compose.new_message(account, to=[compose.address_text((name, "buyer@example.com"))],
                                  subject=subject)
        out.text = f"{subject}\n{name}"
        raw = outbox.message_bytes(compose.build_message(out))
        assert all(b < 128 for b in raw)
        parsed = email.message_from_bytes(raw, policy=email.policy.default)
        assert parsed["Subject"] == subject
        assert getaddresses([str(parsed["To"])]) == [(name, "buyer@example.com")]
        assert getaddresses([str(parsed["From"])]) == [("Toko Batik Dewi 🛍️", imap_user.address)]
        raws.append(raw)
    with imap(imap_user) as client:
        for raw in raws:
            client.append("INBOX", raw)
        client.select_folder("INBOX", readonly=True)
        uids = sorted(client.search("ALL"))
        fetched = client.fetch(uids, ["BODY.PEEK[HEADER]", "ENVELOPE"])
        for uid, (subject, name) in zip(uids, cases, strict=True):
            header = email.message_from_bytes(fetched[uid][b"BODY[HEADER]"],
                                              policy=email.policy.default)
            assert header["Subject"] == subject
            assert getaddresses([str(header["To"])]) == [(name, "buyer@example.com")]
            assert client.search(["SUBJECT", subject[:12]], charset="UTF-8") == [uid]
            assert client.search(["TO", name.split(" ")[0].strip('"')], charset="UTF-8") == [uid]
