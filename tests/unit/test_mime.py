"""The MIME layer reads ugly real-world mail, and never raises on any bytes."""

from __future__ import annotations

import base64
from datetime import UTC, datetime

from seller_desk.core.mail.parse import headers, mime


def crlf(text: str) -> bytes:
    return text.replace("\n", "\r\n").encode("utf-8")


def test_plain_message_headers_and_text():
    p = mime.parse(crlf(
        "From: \"Siti Aminah\" <Siti@Example.com>\nTo: shop@example.com, Ali <ali@x.test>\n"
        "Subject: Barang belum sampai\nDate: Tue, 03 Jun 2025 09:15:00 +0800\n"
        "Message-ID: <abc@mail.example.com>\nIn-Reply-To: <prev@x>\n"
        "References: <root@x> <prev@x>\n\nSalam, barang saya belum sampai.\n"))
    assert (p.sender_name, p.sender_email) == ("Siti Aminah", "siti@example.com")
    assert p.to == [("", "shop@example.com"), ("Ali", "ali@x.test")]
    assert p.subject == "Barang belum sampai"
    assert p.date == datetime(2025, 6, 3, 1, 15, tzinfo=UTC)
    assert p.message_id == "abc@mail.example.com"
    assert (p.in_reply_to, p.references) == ("prev@x", ["root@x", "prev@x"])
    assert p.text == "Salam, barang saya belum sampai."
    assert p.parse_error is None and not p.is_auto


def test_rfc2047_words_are_decoded_and_joined_across_a_split_character():
    word = "Pesanan baju kurung — ukuran M".encode()
    # a multibyte character split between two encoded words
    a, b = base64.b64encode(word[:16]).decode(), base64.b64encode(word[16:]).decode()
    raw = crlf(f"From: =?utf-8?q?Nur_=C3=87elik?= <nur@x.test>\n"
               f"Subject: =?UTF-8?B?{a}?=\n =?UTF-8?B?{b}?=\n\nbody\n")
    p = mime.parse(raw)
    assert p.subject == "Pesanan baju kurung — ukuran M"
    assert p.sender_name == "Nur Çelik"


def test_rfc2231_filename_and_continuations():
    raw = crlf(
        "From: a@x.test\nSubject: files\nMIME-Version: 1.0\n"
        "Content-Type: multipart/mixed; boundary=XX\n\n--XX\nContent-Type: text/plain\n\nsee\n"
        "--XX\nContent-Type: application/pdf\nContent-Transfer-Encoding: base64\n"
        "Content-Disposition: attachment;\n filename*0*=utf-8''Resit%20pembayaran%20;\n"
        " filename*1*=%E2%84%96%205.pdf\n\nJVBERi0=\n--XX--\n")
    p = mime.parse(raw)
    assert p.text == "see"
    [att] = p.attachments
    assert (att.part, att.filename, att.content_type) == (
        "2", "Resit pembayaran № 5.pdf", "application/pdf")


def test_mislabelled_charsets_read_as_meant():
    gbk = "您好，请问有货吗".encode("gbk")
    cp1252 = "Price: 5€ – “special”".encode("cp1252")
    raw = (b"From: a@x.test\r\nSubject: =?gb2312?B?" + base64.b64encode("订单".encode("gbk"))
           + b"?=\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=B\r\n\r\n"
           b"--B\r\nContent-Type: text/plain; charset=gb2312\r\n\r\n" + gbk +
           b"\r\n--B\r\nContent-Type: text/plain; charset=iso-8859-1\r\n\r\n" + cp1252 +
           b"\r\n--B\r\nContent-Type: text/plain; charset=x-no-such-charset\r\n\r\n"
           + "naïve".encode() + b"\r\n--B--\r\n")
    p = mime.parse(raw)
    assert p.subject == "订单"
    assert "您好，请问有货吗" in p.text
    assert "Price: 5€ – “special”" in p.text
    assert "naïve" in p.text


def test_broken_base64_and_quoted_printable_still_give_text():
    good = base64.b64encode(b"Terima kasih atas pesanan anda!").decode()
    broken = good[:-3] + "*\n"  # junk character and lost padding
    raw = crlf(
        "From: a@x.test\nSubject: enc\nContent-Type: multipart/mixed; boundary=Q\n\n"
        f"--Q\nContent-Transfer-Encoding: base64\n\n{broken}\n"
        "--Q\nContent-Transfer-Encoding: quoted-printable\nContent-Type: text/plain; "
        "charset=utf-8\n\nHarga =E2=82=AC5 =ZZ bad escape and a soft=\n break\n--Q--\n")
    p = mime.parse(raw)
    assert "Terima kasih atas pesanan" in p.text
    assert "Harga €5 =ZZ bad escape and a soft break" in p.text


def test_missing_date_and_message_id_get_stable_stand_ins():
    raw = crlf("From: a@x.test\nSubject: no id\n\nhi\n")
    first, second = mime.parse(raw), mime.parse(raw + b"")
    assert first.date is None and first.message_id == ""
    assert first.fallback_id == second.fallback_id != ""
    assert mime.parse(crlf("From: b@x.test\nSubject: no id\n\nhi\n")).fallback_id != \
        first.fallback_id


def test_8bit_headers_are_read_in_the_message_charset():
    raw = ("From: Jürgen <j@x.test>\r\nSubject: Grüße aus Köln\r\n"
           "Content-Type: text/plain; charset=iso-8859-1\r\n\r\nDanke schön\r\n").encode("latin-1")
    p = mime.parse(raw)
    assert p.subject == "Grüße aus Köln" and p.sender_name == "Jürgen"
    assert p.text == "Danke schön"


def test_header_only_message_and_missing_blank_line():
    p = mime.parse(b"From: a@x.test\r\nSubject: only headers\r\n")
    assert p.subject == "only headers" and p.text == "" and p.parse_error is None
    q = mime.parse(b"From: a@x.test\nSubject: s\nthis line starts the body\nsecond\n")
    assert q.subject == "s" and q.text.startswith("this line starts the body")


def test_embedded_message_is_an_attachment_and_its_text_is_shown():
    raw = crlf(
        "From: seller@x.test\nSubject: Fwd: complaint\nContent-Type: multipart/mixed; "
        "boundary=E\n\n--E\nContent-Type: text/plain\n\nSee below.\n--E\n"
        "Content-Type: message/rfc822\n\nFrom: Angry <angry@x.test>\nSubject: Broken item\n"
        "Date: Mon, 02 Jun 2025 10:00:00 +0000\n\nThe vase arrived broken.\n--E--\n")
    p = mime.parse(raw)
    assert "See below." in p.text and "The vase arrived broken." in p.text
    assert "From: Angry <angry@x.test>" in p.text
    [att] = p.attachments
    assert (att.part, att.content_type, att.filename) == ("2", "message/rfc822", "Broken item.eml")


def test_alternative_prefers_the_last_of_each_kind_and_lists_inline_images():
    raw = crlf(
        "From: a@x.test\nSubject: html\nContent-Type: multipart/related; boundary=R\n\n"
        "--R\nContent-Type: multipart/alternative; boundary=A\n\n--A\nContent-Type: text/plain"
        "\n\nplain version\n--A\nContent-Type: text/html\n\n<p>html <b>version</b></p>"
        "<img src=\"cid:logo@x\">\n--A--\n--R\nContent-Type: image/png\nContent-ID: <logo@x>\n"
        "Content-Transfer-Encoding: base64\n\niVBORw0KGgo=\n--R--\n")
    p = mime.parse(raw)
    assert p.text == "plain version"
    assert "<b>version</b>" in p.html
    [img] = p.attachments
    assert (img.part, img.content_id, img.is_inline) == ("2", "logo@x", True)


def test_html_only_message_gets_text_for_snippet_and_search():
    p = mime.parse(crlf("From: a@x.test\nSubject: h\nContent-Type: text/html; charset=utf-8\n\n"
                        "<html><head><style>p{}</style></head><body><p>Hello&nbsp;there</p>"
                        "<p>Line two</p></body></html>\n"))
    assert p.text == "Hello there\n\nLine two"


def test_multipart_without_closing_boundary_keeps_every_part():
    p = mime.parse(crlf("From: a@x.test\nSubject: cut\nContent-Type: multipart/mixed; "
                        "boundary=C\n\n--C\n\nfirst\n--C\n\nsecond, then the mail was cut"))
    assert "first" in p.text and "second, then the mail was cut" in p.text
    assert "multipart without its closing boundary" in p.defects


def test_bytes_without_headers_are_kept_as_raw_text_with_the_error():
    p = mime.parse(b"\x00\x01 just some bytes\n\nno headers at all")
    assert p.parse_error and "raw text" in p.parse_error
    assert "just some bytes" in p.text


def test_auto_generated_mail_is_recognised():
    def auto(extra: str, sender: str = "person@x.test") -> bool:
        return mime.parse(crlf(f"From: {sender}\n{extra}Subject: s\n\nx\n")).is_auto

    assert auto("Auto-Submitted: auto-replied\n")
    assert not auto("Auto-Submitted: no\n")
    assert auto("Precedence: bulk\n")
    assert auto("List-Id: <news.shop.example>\n")
    assert auto("X-Autoreply: yes\n")
    assert auto("", "noreply@tokopedia.com")
    assert auto("", "no-reply@shopee.co.id")
    assert auto("", "ebay@ebay.com")
    assert auto("", "noreply@lazada.com.my")
    assert not auto("")
    assert not auto("", "customer@gmail.com")


def test_header_helpers_never_raise_on_nonsense():
    assert headers.parse_date("yesterday-ish") is None
    assert headers.parse_date("Mon, 32 Foo 99999 99:99:99") is None
    assert headers.parse_addresses("<<>>,,;;\"") is not None
    assert headers.decode_words("=?no-such-charset?Q?caf=E9?=") == "café"
    assert headers.parse_params('text/plain; charset="utf-8; name=x')[0] == "text/plain"


def test_parse_from_parts_matches_a_whole_parse():
    header = crlf("From: a@x.test\nSubject: big\nMessage-ID: <b@x>\n")
    parts = [("1", "text/plain", "quoted-printable", "utf-8", b"caf=C3=A9")]
    p = mime.parse_from_parts(header, parts, [])
    assert (p.subject, p.text, p.message_id) == ("big", "café", "b@x")


def test_a_wrong_boundary_parameter_is_corrected_from_the_body():
    p = mime.parse(crlf(
        "From: mailer-daemon@x.test\nSubject: Returned mail\nContent-Type: multipart/report;"
        " report-type=delivery-status;\n\tbo\n\n--REAL.1\n\nThe message could not be "
        "delivered.\n--REAL.1\nContent-Type: message/delivery-status\n\nStatus: 5.0.0\n"
        "--REAL.1--\n"))
    assert "could not be delivered" in p.text and "Status: 5.0.0" in p.text
    assert "--REAL.1" not in p.text
    assert p.is_auto


# --- classes of real mail that were read wrong (each test fails on the old parser) -----------


def test_a_sender_that_is_only_an_encoded_word_is_a_name_without_an_address():
    name = base64.b64encode("Интернет-магазин".encode("koi8-r")).decode()
    p = mime.parse(crlf(f"From: =?koi8-r?B?{name}?=\nTo: shop@x.test\nSubject: s\n\nhi\n"))
    assert (p.sender_name, p.sender_email) == ("Интернет-магазин", "")
    assert headers.parse_addresses("Siti Aminah") == [("Siti Aminah", "")]
    # a bare local part and the null sender keep their old reading
    assert headers.parse_addresses("MAILER-DAEMON") == [("", "mailer-daemon")]
    assert headers.parse_addresses("MAILER DAEMON <>") == [("MAILER DAEMON", "")]


def test_list_archive_addresses_written_with_at_are_read():
    p = mime.parse(crlf("From: siti at kedai.example.my (Siti Aminah)\n"
                        "To: Budi <budi at toko.example.co.id>, ali at example.com\n"
                        "Subject: [kedai] pesanan\n\nhi\n"))
    assert (p.sender_name, p.sender_email) == ("Siti Aminah", "siti@kedai.example.my")
    assert p.to == [("Budi", "budi@toko.example.co.id"), ("", "ali@example.com")]
    # words that merely contain " at " are not addresses
    assert headers.parse_addresses("Meet at the shop") == [("Meet at the shop", "")]


def test_a_part_labelled_base64_that_is_plain_text_is_read_as_written():
    text = "Salam, where is my order? I paid on Monday (RM 45.90)."
    raw = crlf("From: a@x.test\nSubject: s\nContent-Type: multipart/mixed; boundary=B\n\n"
               "--B\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: "
               f"base64\n\n{text}\n--B\nContent-Type: text/plain\nContent-Transfer-Encoding:"
               " base64\n\nThanks\n--B\nContent-Transfer-Encoding: base64\n\n"
               + base64.b64encode("Real base64 still decodes ✓".encode()).decode() + "\n--B--\n")
    p = mime.parse(raw)
    assert p.text == f"{text}\n\nThanks\n\nReal base64 still decodes ✓"
    # the big-message path decodes its downloaded parts the same way
    assert mime.decode_text(text.encode(), "base64", "utf-8") == text


def test_utf7_text_with_a_stray_plus_is_decoded_around_it():
    # Outlook's UTF-7, with a phone number whose "+" the sender's program did not escape
    raw = crlf("From: a@x.test\nSubject: =?utf-7?Q?Harga_+AKM-5?=\n"
               "Content-Type: text/plain; charset=UTF-7\n\n"
               "Caf+AOk- Melaka: call +60 12-345 6789. Harga +AKM-5 sahaja+ACE-\n")
    p = mime.parse(raw)
    assert p.subject == "Harga £5"
    assert p.text == "Café Melaka: call +60 12-345 6789. Harga £5 sahaja!"


def test_form_data_without_a_boundary_gives_its_photo_as_an_attachment():
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00"
    p = mime.parse(b"From: form@shop.example.test\r\nSubject: Upload\r\n"
                   b"Content-Type: multipart/form-data\r\n\r\n" + png * 4)
    assert p.text == ""
    [att] = p.attachments
    # the whole body is the photo: the server serves it as the TEXT section
    assert (att.part, att.content_type, att.filename, att.size) == (
        "TEXT", "image/png", "part-1.png", len(png) * 4)
    # readable text without a boundary is still shown
    q = mime.parse(crlf("From: a@x.test\nSubject: s\nContent-Type: multipart/mixed\n\n"
                        "Saya nak tanya pasal pesanan.\n"))
    assert q.text == "Saya nak tanya pasal pesanan." and q.attachments == []


def test_binary_data_is_not_read_as_header_fields():
    # an Outlook .msg file saved as .eml: binary, with ":" here and there
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00:\x00\x03\x00\xfe\xff\n\x01\x02x\x00:\xff\n\n"
    p = mime.parse(data * 20)
    assert p.parse_error and "No mail headers" in p.parse_error
    assert p.fields == {} and "\x00" not in p.text


def test_an_embedded_multipart_that_only_closes_adds_no_text():
    p = mime.parse(crlf("From: a@x.test\nSubject: s\nContent-Type: multipart/mixed; boundary=A"
                        "\n\n--A\n\nStuff\n--A\nContent-Type: message/rfc822\n\nFrom: b@x.test\n"
                        "Content-Type: multipart/mixed; boundary=B\n\n--B--\n\n--A--\n"))
    assert "--B--" not in p.text and p.text.startswith("Stuff")


def test_an_attachment_name_with_the_senders_folder_keeps_only_the_file_name():
    raw = crlf("From: a@x.test\nSubject: s\nContent-Type: multipart/mixed; boundary=P\n\n"
               "--P\n\nsee\n--P\nContent-Type: application/pdf; name=\"C:\\\\Users\\\\siti\\\\"
               "resit.pdf\"\nContent-Disposition: attachment; filename=\"C:\\\\Users\\\\siti\\\\"
               "resit.pdf\"\n\n%PDF\n--P\nContent-Type: image/png; name=\"../../foto.png\"\n\n"
               "x\n--P--\n")
    assert [a.filename for a in mime.parse(raw).attachments] == ["resit.pdf", "foto.png"]


# binary data sent as text: an Outlook file's first bytes, NULs and controls throughout
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(range(256)) * 40


def test_binary_data_sent_as_text_is_an_attachment_not_the_text():
    raw = (b"From: a@x.test\nSubject: laporan\nMessage-ID: <bin@x>\n"
           b"Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\n"
           b"Lampiran laporan.\n--b\nContent-Type: text/plain\nContent-Transfer-Encoding: "
           b"base64\n\n" + base64.encodebytes(_OLE) + b"--b\nContent-Type: text/plain\n"
           b"Content-Transfer-Encoding: base64\n\n"
           + base64.encodebytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4) + b"--b--\n")
    p = mime.parse(raw)
    assert p.text == "Lampiran laporan."
    assert [(a.part, a.filename, a.content_type) for a in p.attachments] == [
        ("2", "part-2.bin", "application/octet-stream"), ("3", "part-3.png", "image/png")]
    assert p.attachments[0].size == len(_OLE)
    assert p.defects == ["part 2 is binary data sent as text/plain; listed as an attachment",
                         "part 3 is binary data sent as text/plain; listed as an attachment"]
    assert p.parse_error is None


def test_a_single_part_message_of_binary_data_is_section_one():
    p = mime.parse(b"From: a@x.test\nSubject: x\nMessage-ID: <one@x>\n\n" + _OLE)
    assert p.text == ""
    assert [(a.part, a.filename) for a in p.attachments] == [("1", "part-1.bin")]


def test_utf16_text_under_another_label_and_a_stray_nul_stay_text():
    utf16 = "Salam, barang sudah sampai. Terima kasih!".encode("utf-16-le")
    p = mime.parse(b"From: a@x.test\nContent-Type: text/plain; charset=us-ascii\n\n" + utf16)
    assert p.text == "Salam, barang sudah sampai. Terima kasih!"
    p = mime.parse(b"From: a@x.test\n\nHarga RM85\x00 sahaja.\n")
    assert (p.text, p.attachments) == ("Harga RM85 sahaja.", [])


def test_binary_text_part_fetched_alone_is_an_attachment():
    header = b"From: a@x.test\nSubject: x\nMessage-ID: <big@x>\n\n"
    parts = [("1", "text/plain", "7bit", "utf-8", b"Ini resitnya.\n"),
             ("2", "text/plain", "base64", None, base64.encodebytes(_OLE))]
    p = mime.parse_from_parts(header, parts, [])
    assert p.text == "Ini resitnya."
    assert [(a.part, a.filename, a.size) for a in p.attachments] == [
        ("2", "part-2.bin", len(base64.encodebytes(_OLE)))]
