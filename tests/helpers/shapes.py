"""Messages of every MIME shape a seller's mailbox holds, written here for the IMAP tests.

Each is small and made up (shop mail in English, Malay and Indonesian); together they
cover nested multiparts, inline images, RFC 2231 and RFC 2047 file names, languages,
forwarded messages, delivery reports, signatures, calendar invites, digests and the broken
kinds of mail the parser repairs. tests/integration/test_fetch_reference.py appends them
to Dovecot and reads its answers.
"""

from __future__ import annotations

import base64


def _crlf(text: str) -> bytes:
    return text.replace("\n", "\r\n").encode("utf-8")


def _b64(data: bytes) -> str:
    encoded = base64.b64encode(data).decode()
    return "\n".join(encoded[i : i + 76] for i in range(0, len(encoded), 76))


# a photo's bytes: the PNG signature, then data that looks compressed
PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000010000000100806000000") + \
    bytes((i * 37 + 11) % 256 for i in range(600))
PDF = b"%PDF-1.4\n" + b"1 0 obj << /Type /Catalog >> endobj\n" * 40 + b"%%EOF\n"
HEAD = "From: {sender}\nTo: Kedai Siti <kedai@shop.example.test>\nSubject: {subject}\n" \
       "Date: Tue, 03 Jun 2025 09:15:00 +0800\nMessage-ID: <{key}@shapes.example.test>\n" \
       "MIME-Version: 1.0\n"


def _message(key: str, subject: str, rest: str, sender: str = "Budi <budi@example.test>") -> bytes:
    return _crlf(HEAD.format(sender=sender, subject=subject, key=key) + rest)


SHAPES: dict[str, bytes] = {
    "alternative": _message("alternative", "Pesanan 1001", (
        "Content-Type: multipart/alternative; boundary=\"ALT\"\n\n"
        "--ALT\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: "
        "quoted-printable\n\nSalam, bila pesanan =E2=84=96 1001 akan dihantar?\n"
        "--ALT\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
        + _b64("<p>Salam, bila pesanan <b>№ 1001</b> akan dihantar?</p>".encode()) +
        "\n--ALT--\n")),
    "related-and-pdf": _message("related", "Resit bayaran", (
        "Content-Type: multipart/mixed; boundary=\"MIX\"\nContent-Language: ms\n\n"
        "--MIX\nContent-Type: multipart/related; boundary=\"REL\"; type=\"multipart/alternative\""
        "\n\n--REL\nContent-Type: multipart/alternative; boundary=\"ALT\"\n\n"
        "--ALT\nContent-Type: text/plain; charset=utf-8\nContent-Language: ms, en\n\n"
        "Resit dilampirkan. Logo kami di bawah.\n"
        "--ALT\nContent-Type: text/html; charset=utf-8\n\n<p>Resit dilampirkan.</p>"
        "<img src=\"cid:logo.1@shop\">\n--ALT--\n"
        "--REL\nContent-Type: image/png\nContent-ID: <logo.1@shop>\n"
        "Content-Transfer-Encoding: base64\n\n" + _b64(PNG) + "\n--REL--\n"
        "--MIX\nContent-Type: application/pdf; name*0*=utf-8''Resit%20%E2%84%96%20;\n"
        " name*1*=1001.pdf\nContent-Disposition: attachment;\n filename*0*=utf-8'ms'Resit%20%E2"
        "%84%96%20;\n filename*1*=1001.pdf\nContent-Transfer-Encoding: base64\n"
        "Content-Language: ms\nContent-Location: https://shop.example.test/r/1001\n\n"
        + _b64(PDF) + "\n--MIX--\n")),
    "forwarded": _message("forwarded", "Fwd: Barang rosak", (
        "Content-Type: multipart/mixed; boundary=\"F\"\n\n"
        "--F\nContent-Type: text/plain\n\nSee the complaint below.\n"
        "--F\nContent-Type: message/rfc822\nContent-Disposition: attachment\n\n"
        "From: Ani <ani@example.test>\nSubject: Barang rosak (UID 9)\n"
        "Date: Mon, 02 Jun 2025 10:00:00 +0700\nMIME-Version: 1.0\n"
        "Content-Type: multipart/mixed; boundary=\"IN\"\n\n--IN\nContent-Type: text/plain\n\n"
        "Vasnya pecah waktu sampai.\n--IN\nContent-Type: image/jpeg; name=\"pecah.jpg\"\n"
        "Content-Transfer-Encoding: base64\n\n/9j/4AAQSkZJRgABAQ==\n--IN--\n"
        "--F--\n"), sender="Kedai Siti <kedai@shop.example.test>"),
    "delivery-report": _message("report", "Undelivered Mail Returned to Sender", (
        "Content-Type: multipart/report; report-type=delivery-status; boundary=\"R\"\n\n"
        "--R\nContent-Type: text/plain\n\nYour message could not be delivered.\n"
        "--R\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.test\n\n"
        "Final-Recipient: rfc822; nobody@example.test\nAction: failed\nStatus: 5.1.1\n"
        "--R\nContent-Type: text/rfc822-headers\n\nFrom: kedai@shop.example.test\n"
        "Subject: Pesanan anda\n--R--\n"), sender="MAILER-DAEMON@mx.example.test"),
    "signed": _message("signed", "Signed order", (
        "Content-Type: multipart/signed; protocol=\"application/pgp-signature\"; "
        "micalg=pgp-sha256; boundary=\"S\"\n\n--S\nContent-Type: text/plain; charset=us-ascii\n\n"
        "Please confirm order 2002.\n--S\nContent-Type: application/pgp-signature; "
        "name=\"signature.asc\"\n\n-----BEGIN PGP SIGNATURE-----\nabc\n"
        "-----END PGP SIGNATURE-----\n--S--\n")),
    "outlook-names": _message("outlook", "Invois", (
        "Content-Type: multipart/mixed; boundary=\"_004_\"\n\n"
        "--_004_\nContent-Type: text/html; charset=\"iso-8859-1\"\n"
        "Content-Transfer-Encoding: quoted-printable\n\n<p>Invois terlampir. Caf=E9 Melaka.</p>\n"
        "--_004_\nContent-Type: application/pdf; name=\"=?utf-8?B?"
        + base64.b64encode("Invois № 7.pdf".encode()).decode() + "?=\"\n"
        "Content-Description: =?utf-8?B?" + base64.b64encode("Invois № 7.pdf".encode()).decode()
        + "?=\nContent-Transfer-Encoding: base64\n\n" + _b64(PDF) + "\n"
        "--_004_\nContent-Type: application/ms-tnef; name=\"winmail.dat\"\n"
        "Content-Disposition: attachment; filename=\"winmail.dat\"\n"
        "Content-Transfer-Encoding: base64\n\neJ8+IgAA\n--_004_--\n")),
    "text-attachments": _message("textatt", "Senarai harga", (
        "Content-Type: multipart/mixed; boundary=\"T\"\n\n"
        "--T\nContent-Type: text/plain; charset=utf-8\n\nSenarai harga terlampir.\n"
        "--T\nContent-Type: text/plain; charset=utf-8\nContent-Disposition: attachment; "
        "filename=\"nota.txt\"\n\nnota dalaman\n"
        "--T\nContent-Type: text/plain; name=\"ringkasan.txt\"\n\nRingkasan: 3 barang.\n"
        "--T\nContent-Type: text/csv; charset=utf-8; name=\"harga.csv\"\n\nsku,harga\nA1,45.90\n"
        "--T--\n")),
    "base64-plain-text": _message("b64plain", "Where is my order", (
        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
        "Hello, where is my order? I paid on Monday (RM 45.90).\n")),
    "utf-7": _message("utf7", "=?utf-7?Q?Harga_+AKM-5?=", (
        "Content-Type: text/plain; charset=UTF-7\n\n"
        "Caf+AOk- Melaka: call +60 12-345 6789. Harga +AKM-5 sahaja+ACE-\n")),
    "calendar": _message("calendar", "Pickup appointment", (
        "Content-Type: multipart/alternative; boundary=\"C\"\n\n"
        "--C\nContent-Type: text/plain; charset=utf-8\n\nPickup on Friday 10:00.\n"
        "--C\nContent-Type: text/html; charset=utf-8\n\n<p>Pickup on <b>Friday</b> 10:00.</p>\n"
        "--C\nContent-Type: text/calendar; charset=utf-8; method=REQUEST\n\n"
        "BEGIN:VCALENDAR\nVERSION:2.0\nEND:VCALENDAR\n--C--\n")),
    "photo-only": _message("photo", "Gambar barang", (
        "Content-Type: image/png; name=\"barang.png\"\nContent-Transfer-Encoding: base64\n"
        "Content-Disposition: inline; filename=\"barang.png\"\n\n" + _b64(PNG) + "\n")),
    "html-only": _message("html", "Promosi", (
        "Content-Type: text/html; charset=utf-8\n\n<html><body><p>Diskaun&nbsp;20%</p>"
        "</body></html>\n")),
    "digest": _message("digest", "Kedai digest, Vol 1", (
        "Content-Type: multipart/mixed; boundary=\"D0\"\n\n--D0\nContent-Type: text/plain\n\n"
        "Today's topics: 2\n--D0\nContent-Type: multipart/digest; boundary=\"D1\"\n\n"
        "--D1\n\nFrom: a@example.test\nSubject: First\n\nfirst message\n"
        "--D1\n\nFrom: b@example.test\nSubject: Second\n\nsecond message\n--D1--\n--D0--\n")),
    "names-without-addresses": _crlf(
        "From: =?koi8-r?B?" + base64.b64encode("Интернет-магазин".encode("koi8-r")).decode()
        + "?=\nTo: siti at kedai.example.my (Siti Aminah)\nSubject: list archive\n"
        "Message-ID: <names@shapes.example.test>\n\nhello\n"),
}

# not text, so not a str: a photo posted as form data, without a boundary
SHAPES["form-data-photo"] = (
    b"From: form@shop.example.test\r\nSubject: Upload\r\nMessage-ID: <form@shapes.example.test>"
    b"\r\nMIME-Version: 1.0\r\nContent-Type: multipart/form-data\r\n\r\n" + PNG * 3)
