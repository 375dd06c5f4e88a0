"""Hypothesis: random and mutated bytes never raise out of the MIME layer."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from seller_desk.core.mail.parse import headers, mime
from seller_desk.core.mail.parse.html import html_to_text, sanitize

SEED_MESSAGE = (
    b"From: =?utf-8?B?U2l0aQ==?= <siti@x.test>\r\nTo: a@b.test\r\nSubject: =?gb2312?Q?abc?=\r\n"
    b"Date: Tue, 03 Jun 2025 09:15:00 +0800\r\nMessage-ID: <m@x>\r\nMIME-Version: 1.0\r\n"
    b"Content-Type: multipart/mixed; boundary=\"B\"\r\n\r\n--B\r\n"
    b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable"
    b"\r\n\r\nHarga =E2=82=AC5\r\n--B\r\nContent-Type: text/html; charset=iso-8859-1\r\n"
    b"Content-Transfer-Encoding: base64\r\n\r\nPHA+aGk8L3A+\r\n--B\r\n"
    b"Content-Type: message/rfc822\r\n\r\nFrom: x@y\r\nSubject: inner\r\n\r\ninner body\r\n"
    b"--B\r\nContent-Type: application/pdf; name*=utf-8''a%20b.pdf\r\n"
    b"Content-Disposition: attachment\r\nContent-Transfer-Encoding: base64\r\n\r\nJVBERi0=\r\n"
    b"--B--\r\n"
)


def check(raw: bytes) -> None:
    parsed = mime.parse(raw)
    assert isinstance(parsed.text, str) and isinstance(parsed.subject, str)
    assert parsed.message_id or parsed.fallback_id
    for att in parsed.attachments:
        assert att.part


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4000))
def test_random_bytes_never_raise(raw):
    check(raw)


@st.composite
def mutated(draw):
    data = bytearray(SEED_MESSAGE)
    for _ in range(draw(st.integers(1, 12))):
        op = draw(st.sampled_from(("flip", "cut", "insert", "dup")))
        pos = draw(st.integers(0, max(0, len(data) - 1)))
        if op == "flip" and data:
            data[pos] = draw(st.integers(0, 255))
        elif op == "cut":
            end = draw(st.integers(pos, min(len(data), pos + 40)))
            del data[pos:end]
        elif op == "insert":
            data[pos:pos] = draw(st.sampled_from(
                (b"\r\n", b"--B", b"=?", b"?=", b"\x00", b"\xff\xfe", b";", b"\"", b"=\r\n",
                 b"boundary=", b"*0*=", b"%", b"\n\n", b"Content-Type: multipart/mixed; "
                 b"boundary=B\r\n")))
        else:
            end = draw(st.integers(pos, min(len(data), pos + 80)))
            data[pos:pos] = data[pos:end]
    return bytes(data)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_mutated_messages_never_raise(raw):
    check(raw)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_header_functions_never_raise_on_any_text(text):
    headers.decode_words(text)
    headers.parse_addresses(text)
    headers.parse_date(text)
    headers.parse_params(text)
    headers.parse_references(text)
    headers.parse_msgid(text)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=500))
def test_html_functions_never_raise(text):
    safe, _remote = sanitize(text)
    assert "<script" not in safe.lower()
    html_to_text(text)
