"""Dovecot's own FETCH answers, about messages of every shape (tests/helpers/shapes.py).

1. wire.parse_fetch reads each answer as IMAPClient's response parser reads it;
2. a big message, read through its BODYSTRUCTURE and its text parts only, reads as the
   whole message read by mime.parse (a message reads the same whichever way it came);
3. every attachment either way downloads from the part number it was given.
"""

from __future__ import annotations

import re

import pytest
from helpers.dovecot import ImapUser
from helpers.imap_replay import ours, reference
from helpers.shapes import PDF, PNG, SHAPES
from imapclient import IMAPClient

from seller_desk.core.mail.connection import accounts
from seller_desk.core.mail.imap import attachments, fetch, sync
from seller_desk.core.mail.parse import mime
from seller_desk.core.store import db
from seller_desk.core.store.models import Account, Attachment, Message

ITEMS = [
    "(UID FLAGS INTERNALDATE RFC822.SIZE MODSEQ BODY.PEEK[HEADER] BODYSTRUCTURE)",
    "(UID FLAGS BODY.PEEK[])",
    "(UID BODY.PEEK[HEADER.FIELDS (FROM SUBJECT)] BODY.PEEK[1] BODY.PEEK[1.MIME] "
    "BODY.PEEK[TEXT]<0.64> BODY)",
]


@pytest.fixture
def mailbox(imap_user: ImapUser):
    """The shapes appended to the INBOX (some flagged), and a connection to it."""
    client = IMAPClient(imap_user.host, imap_user.imap_port, ssl=False, timeout=30)
    client.login(imap_user.name, imap_user.password)
    for raw in SHAPES.values():
        client.append("INBOX", raw)
    client.select_folder("INBOX")
    uids = sorted(client.search("ALL"))
    client.add_flags(uids[::3], [b"\\Seen", b"$Forwarded", b"Pesanan_1001"])
    yield client, dict(zip(SHAPES, uids, strict=True))
    client.logout()


@pytest.mark.parametrize("items", ITEMS)
def test_dovecot_answers_read_as_imapclient_reads_them(mailbox, items):
    client, uids = mailbox
    typ, data = client._imap.uid("FETCH", "1:*", items)
    assert typ == "OK"
    got = ours(data)
    assert got == reference(data)
    assert sorted(got) == sorted(uids.values())


def summary(parsed: mime.ParsedMessage) -> dict[str, object]:
    return {
        "subject": parsed.subject, "sender": (parsed.sender_name, parsed.sender_email),
        "to": parsed.to, "text": parsed.text, "html": parsed.html,
        "attachments": [(a.part, a.filename, a.content_type, a.content_id, a.is_inline)
                        for a in parsed.attachments],
    }


def test_a_big_message_read_through_its_structure_reads_as_the_whole_message(mailbox):
    client, uids = mailbox
    imap = client._imap
    whole = {item.uid: mime.parse(item.sections[""])
             for item in fetch.wire.uid_fetch(imap, "1:*", "(UID BODY.PEEK[])")}
    big = {item.uid: mime.parse_from_parts(*piece)
           for item, piece in fetch._fetch_big_pieces(imap, sorted(uids.values()), "")}
    for name, uid in uids.items():
        assert summary(big[uid]) == summary(whole[uid]), name
        for a, b in zip(big[uid].attachments, whole[uid].attachments, strict=True):
            # sizes are estimates either way (base64 line ends, the server's counting)
            assert abs(a.size - b.size) <= max(32, b.size // 50), (name, a, b)
    # the classes of mail that used to read wrong read right either way
    assert whole[uids["names-without-addresses"]].sender_name == "Интернет-магазин"
    assert whole[uids["names-without-addresses"]].to == [("Siti Aminah",
                                                          "siti@kedai.example.my")]
    assert whole[uids["base64-plain-text"]].text.startswith("Hello, where is my order?")
    assert "Café Melaka: call +60 12-345 6789. Harga £5" in whole[uids["utf-7"]].text
    assert "Vasnya pecah waktu sampai." in big[uids["forwarded"]].text


@pytest.fixture
def store(tmp_path):
    database = db.open_database(f"sqlite:///{tmp_path / 'shapes.sqlite3'}")
    yield database
    db.close_database()


@pytest.mark.parametrize("path", ["whole", "structure"])
def test_every_attachment_downloads_from_its_part_number(store, mailbox, imap_user,
                                                         monkeypatch, path):
    if path == "structure":
        monkeypatch.setattr(fetch, "SMALL_MESSAGE", 0)  # every message is "big"
    account = accounts.add_account("Shop", imap_user.address, password=imap_user.password,
                                   username=imap_user.name, imap_host=imap_user.host,
                                   imap_port=imap_user.imap_port, imap_security="none")
    Account.update(sync_window_days=0).where(Account.id == account.id).execute()
    result = sync.sync_account(account.id)
    assert (result.new, result.errors) == (len(SHAPES), [])
    downloaded = {}
    for att in Attachment.select().join(Message):
        data = attachments.fetch_attachment(att.id).read_bytes()
        assert data, (att.message.subject, att.part, att.filename)
        downloaded[(att.message.subject, att.filename)] = data
    # unencoded binary is stored as Dovecot keeps a message's text: a NUL byte as 0x80
    # (IMAP without BINARY cannot carry it), a bare CR or LF as CR LF
    photo = re.sub(rb"\r(?!\n)|(?<!\r)\n", b"\r\n", PNG.replace(b"\x00", b"\x80") * 3)
    assert downloaded[("Resit bayaran", "Resit № 1001.pdf")] == PDF
    assert downloaded[("Resit bayaran", "part-1.2.png")] == PNG
    assert downloaded[("Gambar barang", "barang.png")] == PNG
    assert downloaded[("Upload", "part-1.png")] == photo
    assert downloaded[("Senarai harga", "nota.txt")] == b"nota dalaman"
    assert downloaded[("Fwd: Barang rosak", "Barang rosak (UID 9).eml")].startswith(
        b"From: Ani <ani@example.test>")
    assert len(downloaded) == sum(len(mime.parse(raw).attachments) for raw in SHAPES.values())
