"""The parsing helper's speed-ups read every message as the code before them did.

Each function made faster is compared with its earlier form, kept here as the reference:
by property tests over the characters that matter to it, and over the real-mail corpus
(../shared/corpus, or $SELLER_DESK_CORPUS), where every message is prepared twice, once
with the references put back in place of the new code, and the results must be equal.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from helpers.corpus import corpus_dir
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from seller_desk.core.mail.parse import headers, helper, html, mime

SETTINGS = settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
CORPUS = corpus_dir()


def header_end_before(raw: bytes) -> tuple[int, int]:
    """headers.header_end as it was: both ends searched through the whole message."""
    if raw.startswith((b"\r\n", b"\n")):
        return 0, 2 if raw.startswith(b"\r\n") else 1
    crlf = raw.find(b"\r\n\r\n")
    lf = raw.find(b"\n\n")
    if crlf != -1 and (lf == -1 or crlf < lf):
        return crlf, crlf + 4
    if lf != -1:
        return lf, lf + 2
    mixed = raw.find(b"\n\r\n")
    if mixed != -1:
        return mixed, mixed + 3
    return len(raw), len(raw)


def part_header_end_before(raw: bytes, start: int, end: int) -> tuple[int, int]:
    """mime._header_end as it was."""
    if raw.startswith(b"\r\n", start) and start + 2 <= end:
        return start, start + 2
    if raw.startswith(b"\n", start) and start + 1 <= end:
        return start, start + 1
    crlf = raw.find(b"\r\n\r\n", start, end)
    lf = raw.find(b"\n\n", start, end)
    if crlf != -1 and (lf == -1 or crlf < lf):
        return crlf, crlf + 4
    if lf != -1:
        return lf, lf + 2
    return end, end


_decode_bytes_now = headers.decode_bytes


def decode_bytes_before(data: bytes, charset: str | None = None) -> str:
    """headers.decode_bytes as it was: Python's codec with "replace" for a declared
    windows-1252 (or a name read as it) that does not decode."""
    codec = headers.codec_for(charset)
    if data.isascii() or codec != "cp1252":
        return _decode_bytes_now(data, charset)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return data.decode(codec, "replace")


line_breaks = st.lists(st.sampled_from([b"\r", b"\n", b"\r\n", b"a", b": ", b"\n\n",
                                        b"\r\n\r\n", b"\n\r\n"]), max_size=30).map(b"".join)


@SETTINGS
@given(line_breaks)
@example(b"a: b\r\n\r\nbody\n\nmore")
@example(b"a: b\n\nbody\r\n\r\nmore")
@example(b"a: b\r\n\nbody")
def test_the_header_block_ends_where_it_did(raw):
    assert headers.header_end(raw) == header_end_before(raw)


@SETTINGS
@given(line_breaks, st.integers(0, 40), st.integers(0, 40))
def test_a_part_header_ends_where_it_did(raw, start, length):
    start = min(start, len(raw))
    end = min(len(raw), start + length)
    assert mime._header_end(raw, start, end) == part_header_end_before(raw, start, end)


_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")


def collapse_blanks_before(text: str) -> str:
    """html._collapse_blanks as it was: a pattern (tests/unit/test_html.py compares the
    two over generated text)."""
    return _SPACES.sub(" ", text)


param_text = st.lists(st.sampled_from(
    [";", '"', "\\", "=", "*", "*0", " ", "\t", "\n", "\x1c", "\u00a0", "text/plain", "A",
     "charset", "name", "filename", "=?utf-8?q?a=C3=A9?=", "utf-8''a%C3%A9", "%"]),
    max_size=14).map("".join)


@SETTINGS
@given(param_text)
@example('text/plain; charset="utf-8"')
@example('Text/HTML ;\tCharSet = "UTF-8" ')
@example('attachment; filename="=?utf-8?q?a=C3=A9?="')
@example('x;=')
@example(';charset="x"')
@example('a; name*="x"')
def test_one_parameter_reads_as_the_general_code_reads_it(value):
    """parse_params' fast path for one plain parameter against the general reading."""
    value = value if ";" in value else value + ";" + value
    assert headers.parse_params(value) == headers._parse_params(value)


#: the new code and its reference, put in its place for the run "before"
REFERENCES = [
    (headers, "header_end", header_end_before),
    (mime, "_header_end", part_header_end_before),
    (html, "_collapse_blanks", collapse_blanks_before),
    (headers, "decode_bytes", decode_bytes_before),
    (headers, "parse_params", lambda value: headers._parse_params(value) if ";" in value
     else (value.strip().lower(), {})),
]


def corpus_files() -> list[Path]:
    return sorted(CORPUS.rglob("*.eml")) if CORPUS else []


@pytest.mark.skipif(CORPUS is None, reason="no real-mail corpus next to the checkout "
                    "(../shared/corpus) and no $SELLER_DESK_CORPUS")
def test_every_corpus_message_is_prepared_as_before(monkeypatch):
    """Each message as it is and with CRLF line ends (as the server sends it)."""
    raws = [path.read_bytes() for path in corpus_files()]
    crlf = [raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n") for raw in raws]
    now = helper.prepare_all(raws + crlf)
    with monkeypatch.context() as patch:
        for module, name, reference in REFERENCES:
            patch.setattr(module, name, reference)
        before = helper.prepare_all(raws + crlf)
    assert len(now) == len(before) == 2 * len(raws) > 100
    for new, old in zip(now, before, strict=True):
        assert new == old
        assert vars(new[0]) == vars(old[0])


@SETTINGS
@given(st.one_of(st.text(), st.binary()))
@example(" \t\r\n\x0b\x0c\x1c\x85\u2028\u3000")
@example(b" \t\r\n\x0b\x0c\x1c")
def test_a_blank_test_without_copying_agrees_with_strip(value):
    """mime tests bodies for text by "x and not x.isspace()" rather than "x.strip()"."""
    assert bool(value.strip()) == bool(value and not value.isspace())


@SETTINGS
@given(st.binary(max_size=64))
@example(bytes(range(256)))
@example(b"caf\xe9 \x81\x8d\x8f\x90\x9d \x80")
def test_windows_1252_with_replacements_reads_as_the_codec_reads_it(data):
    """decode_bytes' own table for cp1252 with "replace" against Python's codec."""
    assert headers.decode_bytes(data, "us-ascii") == decode_bytes_before(data, "us-ascii")
    assert headers.decode_bytes(data, "windows-1252") == \
        decode_bytes_before(data, "windows-1252")
