"""A corpus of tricky messages, built here, goes through a real Dovecot into the store intact.

Each is appended byte for byte (IMAP APPEND keeps what LMTP would normalise) and must be
stored with the expected subject, sender and text. The real-world corpus next to the
checkout (../shared/corpus, or $SELLER_DESK_CORPUS) is synced too when it is there.
"""

from __future__ import annotations

import base64

import pytest
from helpers.corpus import corpus_dir
from imapclient import IMAPClient

from seller_desk.core.mail.connection import accounts
from seller_desk.core.mail.imap import sync
from seller_desk.core.mail.ingest import bodies
from seller_desk.core.mail.parse import helper as parsing
from seller_desk.core.store import db
from seller_desk.core.store.models import Account, Attachment, Message, MessageLocation

GBK = "您好，请问这个还有货吗".encode("gbk")
B64_TEXT = base64.b64encode(b"Bayaran sudah dibuat melalui FPX.").decode()


def m(*lines: str, body: bytes | str = "") -> bytes:
    head = "\r\n".join(lines).encode("utf-8")
    if isinstance(body, str):
        body = body.encode("utf-8")
    return head + b"\r\n\r\n" + body


# (raw message, subject, sender address, a piece of the text)
TRICKY: list[tuple[bytes, str, str, str]] = [
    (m("From: =?UTF-8?B?U2l0aSBOdXJoYWxpemE=?= <siti@example.test>",
       "Subject: =?UTF-8?Q?Pesanan_=E2=84=96_12_belum_sampai?=", "Message-ID: <t1@x>",
       body="Salam, pesanan saya belum sampai."),
     "Pesanan № 12 belum sampai", "siti@example.test", "pesanan saya belum sampai"),
    (b"From: Li Wei <li@example.test>\r\nSubject: =?gb2312?B?" +
     base64.b64encode("询问库存".encode("gbk")) + b"?=\r\nMessage-ID: <t2@x>\r\n"
     b"Content-Type: text/plain; charset=gb2312\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
     + GBK + b"\r\n",
     "询问库存", "li@example.test", "您好，请问这个还有货吗"),
    (m("From: Pierre <pierre@example.test>", "Subject: Prix", "Message-ID: <t3@x>",
       "Content-Type: text/plain; charset=iso-8859-1", "Content-Transfer-Encoding: 8bit",
       body="Le prix est de 5€ “TTC”".encode("cp1252")),
     "Prix", "pierre@example.test", "Le prix est de 5€ “TTC”"),
    (m("From: Budi <budi@example.test>", "Subject: Bayar", "Message-ID: <t4@x>",
       "Content-Transfer-Encoding: base64", body=B64_TEXT[:-2] + "!!\r\n"),
     "Bayar", "budi@example.test", "Bayaran sudah dibuat"),
    (m("From: Ana <ana@example.test>", "Subject: QP", "Message-ID: <t5@x>",
       "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: quoted-printable",
       body="Terima kasih =E2=9C=93 =XX rosak=\r\n tetapi boleh dibaca"),
     "QP", "ana@example.test", "Terima kasih ✓ =XX rosak tetapi boleh dibaca"),
    (m("From: Nodate <nodate@example.test>", "Subject: No date and no id",
       body="Where is my order?"),
     "No date and no id", "nodate@example.test", "Where is my order?"),
    (("From: Jürgen Müller <jm@example.test>\r\nSubject: Grüße\r\nMessage-ID: <t7@x>\r\n"
      "Content-Type: text/plain; charset=iso-8859-1\r\n\r\nVielen Dank\r\n").encode("latin-1"),
     "Grüße", "jm@example.test", "Vielen Dank"),
    (m("From: Header Only <ho@example.test>", "Subject: Only headers", "Message-ID: <t8@x>"),
     "Only headers", "ho@example.test", ""),
    (m("From: Fwd <fwd@example.test>", "Subject: Fwd: complaint", "Message-ID: <t9@x>",
       "Content-Type: multipart/mixed; boundary=OUT",
       body="--OUT\r\nContent-Type: text/plain\r\n\r\nForwarding this.\r\n--OUT\r\n"
            "Content-Type: message/rfc822\r\n\r\nFrom: Angry <angry@example.test>\r\n"
            "Subject: Broken vase\r\n\r\nIt arrived in pieces.\r\n--OUT--\r\n"),
     "Fwd: complaint", "fwd@example.test", "It arrived in pieces."),
    (m("From: Html <html@example.test>", "Subject: HTML only", "Message-ID: <t10@x>",
       "Content-Type: text/html; charset=utf-8",
       body="<html><body><p>Hello&nbsp;<b>seller</b></p><script>x()</script></body></html>"),
     "HTML only", "html@example.test", "Hello seller"),
    (m("From: Cut <cut@example.test>", "Subject: Cut off", "Message-ID: <t11@x>",
       "Content-Type: multipart/alternative; boundary=ALT",
       body="--ALT\r\nContent-Type: text/plain\r\n\r\nplain part survives\r\n--ALT\r\n"
            "Content-Type: text/html\r\n\r\n<p>html part"),
     "Cut off", "cut@example.test", "plain part survives"),
    (m("From: Unknown <unk@example.test>", "Subject: Strange charset", "Message-ID: <t12@x>",
       "Content-Type: text/plain; charset=x-user-defined-9", body="café ok"),
     "Strange charset", "unk@example.test", "café ok"),
    (m("From: Att <att@example.test>", "Subject: Resit", "Message-ID: <t13@x>",
       "Content-Type: multipart/mixed; boundary=Z",
       body="--Z\r\nContent-Type: text/plain\r\n\r\nResit dilampirkan.\r\n--Z\r\n"
            "Content-Type: image/jpeg\r\nContent-Transfer-Encoding: base64\r\n"
            "Content-Disposition: attachment; filename*=utf-8''resit%20bayaran.jpg\r\n\r\n"
            "/9j/4AAQSkZJRg==\r\n--Z--\r\n"),
     "Resit", "att@example.test", "Resit dilampirkan."),
    (b"this is not an email at all, just bytes \xff\xfe without headers\r\n",
     "", "", "this is not an email at all"),
]


@pytest.fixture
def store(tmp_path):
    database = db.open_database(f"sqlite:///{tmp_path / 'c.sqlite3'}")
    yield database
    db.close_database()


def sync_appended(user, messages: list[bytes]) -> Account:
    client = IMAPClient(user.host, user.imap_port, ssl=False, timeout=30)
    client._imap.debug = 0
    client.login(user.name, user.password)
    for raw in messages:
        client.append("INBOX", raw)
    client.logout()
    account = accounts.add_account("Shop", user.address, password=user.password,
                                   username=user.name, imap_host=user.host,
                                   imap_port=user.imap_port, imap_security="none")
    Account.update(sync_window_days=0).where(Account.id == account.id).execute()
    return account


@pytest.fixture(params=["helper process", "in place"])
def parser(request, monkeypatch):
    """Parse every batch in the helper process, or every batch in the fetching thread."""
    helper = request.param == "helper process"
    monkeypatch.setattr(parsing, "PROCESS_MIN_BATCH", 1)
    parsing.use_helper(helper)
    yield helper
    parsing.use_helper(True)


def test_every_tricky_message_is_stored_with_its_subject_sender_and_text(store, imap_user,
                                                                         parser):
    account = sync_appended(imap_user, [raw for raw, *_ in TRICKY])
    result = sync.sync_account(account.id)
    assert (result.new, result.errors) == (len(TRICKY), [])
    assert parsing.helper_running() == parser
    stored = sorted(Message.select(), key=lambda msg: msg.id)
    by_subject = {msg.subject: msg for msg in stored}
    for _raw, subject, sender, text in TRICKY:
        msg = by_subject[subject]
        assert msg.sender_email == sender, subject
        assert text in msg.text_body, subject
    assert by_subject["Fwd: complaint"].has_attachments
    # the HTML is kept as received until the message is first shown, then cleaned
    html_only = by_subject["HTML only"]
    assert (html_only.html_body, "<script>" in html_only.html_unsafe) == ("", True)
    bodies.clean_html([html_only])
    assert "Hello&nbsp;<b>seller</b>" in html_only.html_body
    assert "<script" not in html_only.html_body
    assert "<script" not in Message.get_by_id(html_only.id).html_body
    assert by_subject[""].parse_error and by_subject[""].raw
    [att] = Attachment.select().join(Message).where(Message.subject == "Resit")
    assert att.filename == "resit bayaran.jpg"


def test_the_real_corpus_syncs_without_losing_a_message(store, imap_user):
    root = corpus_dir()
    if root is None:
        pytest.skip("no real-mail corpus next to the checkout (set SELLER_DESK_CORPUS)")
    files = sorted(root.rglob("*.eml"))
    account = sync_appended(imap_user, [p.read_bytes() for p in files])
    result = sync.sync_account(account.id)
    assert result.errors == []
    # every file has its place; files that share a Message-ID are one message
    assert MessageLocation.select().count() == len(files)
    assert Message.select().count() == result.new <= len(files)
