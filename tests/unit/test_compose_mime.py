"""Building replies, forwards and new messages: headers, quoting, encoding, drafts."""

from __future__ import annotations

import email
import email.policy
import zlib
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import getaddresses

import pytest

from seller_desk.core.answering import compose, drafts
from seller_desk.core.common.errors import ValidationError
from seller_desk.core.common.settings import Settings
from seller_desk.core.mail.parse import subjects
from seller_desk.core.mail.send import outbox as outbox_mod
from seller_desk.core.store import db
from seller_desk.core.store.models import (
    Account,
    Conversation,
    Customer,
    Draft,
    Message,
    OutboxMessage,
)
from seller_desk.core.templates import canned as templates

WHEN = datetime(2026, 5, 10, 2, 30, tzinfo=UTC)


@pytest.fixture
def database(tmp_path):
    d = db.open_database(f"sqlite:///{tmp_path / 'c.sqlite3'}")
    yield d
    d.close()


@pytest.fixture
def accounts(database):
    gmail = Account.create(name="Gmail", email="nora.batik@gmail.com", username="n",
                           imap_host="imap.gmail.com", smtp_host="smtp.gmail.com",
                           server_saves_sent=True)
    web = Account.create(name="Web", email="hello@norabatik.my", username="hello",
                         imap_host="mail.norabatik.my", smtp_host="mail.norabatik.my")
    return gmail, web


def parse(raw: bytes) -> EmailMessage:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


def incoming(account, conv=None, **kw) -> Message:
    values = dict(
        account=account, conversation=conv, message_id="orig-42@mail.example.com",
        sender_name="陈美玲", sender_email="meiling@example.com",
        to_addrs="Nora Batik <hello@norabatik.my>, Ali <ali@example.com>",
        cc_addrs="nora.batik@gmail.com, Siti <siti@example.com>",
        subject="Balas: Pesanan 🎁 batik", date=WHEN, direction="in",
        text_body="Boleh hantar hari ini?\n> earlier quote\nTerima kasih",
        references="root-1@example.com mid-2@example.com",
        in_reply_to="mid-2@example.com",
    )
    values.update(kw)
    return Message.create(**values)


# --- subjects -------------------------------------------------------------------------


@pytest.mark.parametrize("subject, expected", [
    ("Pesanan saya", "Re: Pesanan saya"),
    ("Re: Pesanan saya", "Re: Pesanan saya"),
    ("RE: Re[2]: Pesanan saya", "Re: Pesanan saya"),
    ("Balas: Pesanan saya", "Re: Pesanan saya"),
    ("Aw: Antw: SV: Bestellung", "Re: Bestellung"),
    ("回复：你好", "Re: 你好"),
    ("Re : spaced", "Re: spaced"),
    ("Fwd: Resi", "Re: Fwd: Resi"),
    ("Reminder: pay", "Re: Reminder: pay"),
    ("", "Re:"),
])
def test_one_re_prefix_and_no_more(subject, expected):
    assert compose.reply_subject(subject) == expected


@pytest.mark.parametrize("subject, expected", [
    ("Resi", "Fwd: Resi"),
    ("Fw: Resi", "Fwd: Resi"),
    ("FWD: Fwd: Resi", "Fwd: Resi"),
    ("Re: Resi", "Fwd: Re: Resi"),
])
def test_one_fwd_prefix(subject, expected):
    assert compose.forward_subject(subject) == expected


def test_strip_prefixes_leaves_the_topic():
    assert subjects.strip_prefixes("Re: Fwd: AW: Balas: Order 123") == "Order 123"


#: reply and forward prefixes of other mail programs (the threading test has the same list)
PREFIXES = ["回复:", "返信:", "RES:", "Terusan:", "转发:", "Fwd:", "AW:", "SV:", "Antw:", "Balas:",
            "TR:", "RIF:", "Odp:", "VS:", "WG:", "回复：", "Re[2]:"]


@pytest.mark.parametrize("prefix", PREFIXES)
def test_replying_to_a_foreign_prefix_writes_one_re(prefix):
    subject = f"{prefix} Pesanan saya"
    once = compose.reply_subject(subject)
    assert once.startswith("Re: ") and once.count("Re:") == 1
    assert compose.reply_subject(once) == once  # replying to our reply adds nothing
    if subjects.is_reply(subject):
        assert once == "Re: Pesanan saya"  # the foreign "Re" becomes ours
    else:
        assert subjects.is_forward(subject) and once == f"Re: {subject}"
    assert subjects.normalise(once) == "pesanan saya"


# --- replies --------------------------------------------------------------------------


def test_a_reply_comes_from_the_address_the_customer_wrote_to(accounts):
    gmail, web = accounts
    # arrived in the Gmail box (a forward), but written to the web shop's address
    msg = incoming(gmail, to_addrs="Nora Batik <hello@norabatik.my>", cc_addrs="")
    out = compose.reply(msg)
    assert out.account.id == web.id
    assert out.to == ["陈美玲 <meiling@example.com>"]
    assert out.cc == []
    assert out.subject == "Re: Pesanan 🎁 batik"
    assert out.in_reply_to == "orig-42@mail.example.com"
    assert out.references == ["root-1@example.com", "mid-2@example.com",
                              "orig-42@mail.example.com"]


def test_reply_to_header_is_honoured(accounts):
    msg = incoming(accounts[1], reply_to="Orders <orders@example.com>")
    assert compose.reply(msg).to == ["Orders <orders@example.com>"]


def test_reply_all_copies_everyone_but_the_seller(accounts):
    msg = incoming(accounts[1])
    out = compose.reply_all(msg)
    assert out.to == ["陈美玲 <meiling@example.com>"]
    assert out.cc == ["Ali <ali@example.com>", "Siti <siti@example.com>"]
    assert out.kind == "reply_all"


def test_replying_to_ones_own_message_writes_to_the_same_people(accounts):
    msg = incoming(accounts[1], direction="out", sender_email="hello@norabatik.my",
                   sender_name="Nora", to_addrs="Ali <ali@example.com>", cc_addrs="")
    out = compose.reply(msg)
    assert out.to == ["Ali <ali@example.com>"] and out.account.id == accounts[1].id


def test_long_reference_chains_keep_the_first_and_the_latest(accounts):
    refs = " ".join(f"r{i}@example.com" for i in range(40))
    out = compose.reply(incoming(accounts[1], references=refs))
    assert len(out.references) == compose.MAX_REFERENCES
    assert out.references[0] == "r0@example.com"
    assert out.references[-2:] == ["r39@example.com", "orig-42@mail.example.com"]


def test_in_reply_to_alone_starts_the_references(accounts):
    out = compose.reply(incoming(accounts[1], references="", in_reply_to="<only@example.com>"))
    assert out.references == ["only@example.com", "orig-42@mail.example.com"]


def test_the_reply_language_follows_the_customer(accounts):
    cust = Customer.create(name="Budi", language="id")
    conv = Conversation.create(subject="x", account=accounts[1], customer=cust)
    out = compose.reply(incoming(accounts[1], conv))
    assert out.language == "id" and out.conversation.id == conv.id


# --- the MIME -------------------------------------------------------------------------


def test_the_reply_mime_has_threading_headers_and_survives_a_round_trip(accounts):
    Settings().set("seller.shop_name", "Kedai Batik Nora 🌺")
    msg = incoming(accounts[1])
    out = compose.reply_all(msg)
    out.text = "Boleh, kami pos hari ini. 谢谢! 🙏"
    raw = outbox_mod.message_bytes(compose.build_message(out, message_id="fixed.1@norabatik.my",
                                                      date=WHEN))
    assert all(b < 128 for b in raw), "the message must be 7-bit clean"
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
    assert max(len(line) for line in raw.split(b"\r\n")) <= 78
    parsed = parse(raw)
    assert parsed["Message-ID"] == "<fixed.1@norabatik.my>"
    assert parsed["In-Reply-To"] == "<orig-42@mail.example.com>"
    assert parsed["References"].split() == ["<root-1@example.com>", "<mid-2@example.com>",
                                            "<orig-42@mail.example.com>"]
    assert parsed["Subject"] == "Re: Pesanan 🎁 batik"
    assert getaddresses([str(parsed["From"])]) == [("Kedai Batik Nora 🌺", "hello@norabatik.my")]
    assert getaddresses([str(parsed["To"])]) == [("陈美玲", "meiling@example.com")]
    assert parsed["Bcc"] is None
    assert parsed.get_content_type() == "text/plain"  # plain text only: nothing formatted
    text = parsed.get_content().replace("\r\n", "\n")
    assert text.startswith("Boleh, kami pos hari ini. 谢谢! 🙏\n\n")
    assert "陈美玲 <meiling@example.com> menulis:\n> Boleh hantar hari ini?\n>> earlier quote" in text


def test_formatted_text_adds_an_html_part_with_the_quote(accounts):
    out = compose.reply(incoming(accounts[1], html_body="<p>Boleh <b>hantar</b>?</p>"))
    out.text = "Boleh!"
    out.html = "<html><body><p>Boleh <i>sekali</i>!</p></body></html>"
    parsed = parse(outbox_mod.message_bytes(compose.build_message(out)))
    assert parsed.get_content_type() == "multipart/alternative"
    plain = parsed.get_body(preferencelist=("plain",)).get_content().replace("\r\n", "\n")
    markup = parsed.get_body(preferencelist=("html",)).get_content()
    assert plain.startswith("Boleh!\n") and "> Boleh hantar hari ini?" in plain
    assert "<p>Boleh <i>sekali</i>!</p>" in markup
    assert '<blockquote type="cite"' in markup and "<p>Boleh <b>hantar</b>?</p>" in markup
    assert markup.count("<body>") == 1


def test_attachments_with_non_ascii_names_round_trip(accounts):
    out = compose.new_message(accounts[1], to=["Dewi <dewi@example.co.id>"],
                              subject="Invois pesanan 📦")
    out.text = "Terlampir invoisnya."
    out.attachments = [
        compose.OutgoingAttachment("Resit pembayaran 收据 ✓.pdf", "application/pdf",
                                   b"%PDF-1.4\x00\xff binary"),
        compose.OutgoingAttachment("catatan.txt", "text/plain", "baris 1\nbaris 2 é\n".encode()),
    ]
    parsed = parse(outbox_mod.message_bytes(compose.build_message(out)))
    assert parsed.get_content_type() == "multipart/mixed"
    parts = list(parsed.iter_attachments())
    assert [p.get_filename() for p in parts] == ["Resit pembayaran 收据 ✓.pdf", "catatan.txt"]
    assert parts[0].get_content() == b"%PDF-1.4\x00\xff binary"
    assert parts[1].get_payload(decode=True) == "baris 1\nbaris 2 é\n".encode()
    body = parsed.get_body(preferencelist=("plain",)).get_content()
    assert body == "Terlampir invoisnya.\r\n"


def test_bcc_goes_only_in_the_envelope(accounts):
    out = compose.new_message(accounts[1], to=["a@example.com"], subject="x")
    out.cc, out.bcc, out.text = ["b@example.com"], ["Boss <boss@example.com>"], "hi"
    raw = outbox_mod.message_bytes(compose.build_message(out))
    assert b"boss@example.com" not in raw
    assert compose.recipients(out) == ["a@example.com", "b@example.com", "boss@example.com"]


def test_international_domains_are_written_in_idna(accounts):
    out = compose.new_message(accounts[1], to=["Toko <halo@tokobatik.co.id>",
                                               "kedai@kedai-ñandú.com"], subject="x")
    out.text = "x"
    parsed = parse(outbox_mod.message_bytes(compose.build_message(out)))
    puny = "kedai-ñandú.com".encode("idna").decode()
    assert puny.startswith("xn--")
    assert [a for _n, a in getaddresses([str(parsed["To"])])] == [
        "halo@tokobatik.co.id", f"kedai@{puny}"]
    assert compose.recipients(out) == ["halo@tokobatik.co.id", f"kedai@{puny}"]


def test_message_ids_are_unique_and_in_the_accounts_domain(accounts):
    ids = {compose.make_message_id(accounts[1]) for _ in range(200)}
    assert len(ids) == 200
    assert all(i.endswith("@norabatik.my") and "<" not in i for i in ids)


def test_forward_quotes_the_original_and_keeps_its_attachments(accounts):
    original = EmailMessage()
    original["Subject"] = "Foto barang rosak"
    original.set_content("Lihat gambar ini.")
    original.add_attachment(b"\x89PNG fake", maintype="image", subtype="png",
                            filename="rosak.png")
    msg = incoming(accounts[1], subject="Foto barang rosak", text_body="Lihat gambar ini.",
                   raw=zlib.compress(original.as_bytes()))
    out = compose.forward(msg)
    out.to = ["courier@poslaju.example"]
    out.text = "Please check this parcel."
    assert out.subject == "Fwd: Foto barang rosak"
    parsed = parse(outbox_mod.message_bytes(compose.build_message(out)))
    assert parsed["In-Reply-To"] is None
    text = parsed.get_body(preferencelist=("plain",)).get_content()
    assert "Please check this parcel." in text
    assert "Subjek: Foto barang rosak" in text or "Subject: Foto barang rosak" in text
    assert "Lihat gambar ini." in text
    (att,) = parsed.iter_attachments()
    assert att.get_filename() == "rosak.png" and att.get_content() == b"\x89PNG fake"


# --- checks before sending -------------------------------------------------------------


def test_a_message_with_an_unfilled_placeholder_cannot_be_sent(accounts):
    out = compose.new_message(accounts[1], to=["a@example.com"], subject="Order {order.number}")
    out.text = "Hi {customer.first_name|there}, tracking: {shipment.tracking_number}"
    with pytest.raises(ValidationError) as info:
        compose.validate(out)
    assert "{order.number}" in info.value.message
    assert "{shipment.tracking_number}" in info.value.message
    assert "{customer.first_name}" in info.value.message
    assert "tracking number" in info.value.hint


@pytest.mark.parametrize("to, words", [
    ([], "recipient"),
    (["not an address"], "not an email address"),
    (["ok@example.com, broken"], "not an email address"),
    (["pengguna@例子.测试".replace("pengguna", "用户")], "Latin"),
])
def test_bad_recipients_are_refused(accounts, to, words):
    out = compose.new_message(accounts[1], to=to, subject="x")
    out.text = "x"
    with pytest.raises(ValidationError, match=words):
        compose.validate(out)


def test_attachments_too_big_for_mail_are_refused(accounts):
    out = compose.new_message(accounts[1], to=["a@example.com"], subject="x")
    out.attachments = [compose.OutgoingAttachment("big.bin", "application/octet-stream",
                                                  b"\0" * (compose.MAX_ATTACHMENT_BYTES + 1))]
    with pytest.raises(ValidationError, match="too big"):
        compose.validate(out)


def test_a_missing_file_is_a_plain_error(tmp_path):
    with pytest.raises(ValidationError, match="cannot be read"):
        compose.OutgoingAttachment.from_path(tmp_path / "gone.pdf")


def test_no_account_is_a_plain_error(database):
    with pytest.raises(ValidationError, match="no mail account"):
        compose.choose_account()


# --- sending, templates, drafts ----------------------------------------------------------


def test_send_queues_the_message_and_removes_the_draft(accounts):
    cust = Customer.create(name="Budi Santoso", language="")
    conv = Conversation.create(subject="x", account=accounts[1], customer=cust)
    msg = incoming(accounts[1], conv)
    out = compose.reply(msg)
    templates.install_defaults()
    ctx = templates.build_context(conv, language="id",
                                  settings={"seller.name": "Nora", "seller.shop_name": "Nora",
                                            "seller.refund_policy": "30 hari"})
    rendered = compose.apply_template(
        out, templates.render_template(templates.get_template("complaint_ack", "id"), ctx))
    assert rendered.complete and out.text.startswith("Halo Kak Budi,")
    assert out.subject == "Re: Pesanan 🎁 batik"  # a reply keeps its subject
    draft = drafts.save_draft(out)
    row = compose.send(out, draft=draft)
    assert row.state == "queued" and row.conversation.id == conv.id
    assert row.recipients == "meiling@example.com"
    assert parse(bytes(row.raw))["Message-ID"] == f"<{row.message_id}>"
    assert outbox_mod.message_id_of(bytes(row.raw)) == row.message_id
    assert Draft.select().count() == 0
    assert Customer.get_by_id(cust.id).language == "id"  # remembered for next time


def test_a_draft_comes_back_as_it_was_left(accounts, tmp_path):
    path = tmp_path / "foto.jpg"
    path.write_bytes(b"\xff\xd8 jpeg")
    msg = incoming(accounts[1])
    out = compose.reply_all(msg)
    out.text, out.html = "Sekejap ya", "<p>Sekejap <b>ya</b></p>"
    out.attachments.append(compose.OutgoingAttachment.from_path(path))
    draft = drafts.save_draft(out)
    out.text = "Sekejap ya, saya semak"
    same = drafts.save_draft(out, draft.id)
    assert same.id == draft.id and Draft.select().count() == 1
    back = drafts.load_draft(draft.id)
    assert (back.kind, back.text, back.html) == ("reply_all", "Sekejap ya, saya semak",
                                                 "<p>Sekejap <b>ya</b></p>")
    assert back.cc == out.cc and back.to == out.to
    assert back.in_reply_to == "orig-42@mail.example.com" and back.quote is not None
    assert [a.filename for a in back.attachments] == ["foto.jpg"]
    path.unlink()
    assert drafts.load_draft(draft.id).attachments == []
    assert [d.id for d in drafts.drafts_for(msg.conversation_id or 0)] == []
    drafts.delete_draft(draft)
    assert Draft.select().count() == 0


def test_a_failed_message_can_be_reopened_for_editing(accounts):
    msg = incoming(accounts[1])
    out = compose.reply(msg)
    out.text = "Alamat salah, maaf"
    row = compose.send(out)
    OutboxMessage.update(state="failed", last_error="refused").where(
        OutboxMessage.id == row.id).execute()
    draft = drafts.reopen(row.id)
    assert OutboxMessage.get_by_id(row.id).state == "cancelled"
    assert draft.kind == "reply" and draft.reply_to_message.id == msg.id
    assert draft.body == "Alamat salah, maaf\n"
    again = drafts.load_draft(draft)
    assert compose.full_text(again).count("> Boleh hantar hari ini?") == 1
