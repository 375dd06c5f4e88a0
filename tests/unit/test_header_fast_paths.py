"""The header parser's fast paths read the common case exactly as the general code does.

Each fast path (fields found by one regular expression, parameters without a semicolon,
quoted display names, RFC 5322 dates) is compared with the general reading it replaces:
the line-by-line field loop as it was, the standard library's address and date parsers.
Hypothesis draws from the characters that matter to each (colons, blanks, line breaks,
quotes, commas, angle brackets) so the edges are met, not only tidy headers.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from email.utils import getaddresses

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from seller_desk.core.mail.parse import headers

SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_FOLD = re.compile(r"\r?\n(?=[ \t])")


def fields_line_by_line(text: str) -> dict[str, list[str]]:
    """The field loop the regular expression replaced (text already decoded)."""
    fields: dict[str, list[str]] = {}
    text = text.replace("\r\n", "\n").replace("\r", "")
    for line in _FOLD.sub("", text).split("\n"):
        name, colon, value = line.partition(":")
        name = name.rstrip(" \t")
        if not colon or not name or not name.isascii() or not name.isprintable() or \
                " " in name:
            continue
        fields.setdefault(name.lower(), []).append(value.strip())
    return fields


header_text = st.lists(st.sampled_from(
    [*'ab:X- \t\r\n;="<>@.,()', "From ", "Subject", "\x00", "\x7f", "é", "\u2028", "\x0b",
     "\x1c", "\x85"]), max_size=60).map("".join)


@SETTINGS
@given(header_text)
@example("From sender Mon Jan 1 10:00:00 2024\nSubject: a\n b\n\tc\nX : y\n: no name\n")
@example("a\n :\nb\n\t\n :c\nSub\n ject: x")
@example(" leading: continuation\nA:1\r\nB\t:2\r\n  folded\r\nbad line\n more")
def test_fields_read_as_line_by_line(text):
    assert headers.parse_fields(text.encode("utf-8")) == fields_line_by_line(text)


def test_fields_of_a_real_header_block():
    block = (b"Received: from a\r\n\tby b; Tue, 3 Jun 2025 09:15:00 +0800\r\n"
             b"Subject: =?utf-8?B?SGFyZ2E=?=\r\n  lagi\r\nTo: a@x.test\r\nTo: b@x.test\r\n")
    assert headers.parse_fields(block) == {
        "received": ["from a\tby b; Tue, 3 Jun 2025 09:15:00 +0800"],
        "subject": ["=?utf-8?B?SGFyZ2E=?=  lagi"],
        "to": ["a@x.test", "b@x.test"],
    }


@SETTINGS
@given(st.text(alphabet=st.sampled_from(list("text/plain \t\"=*%'\\éX")), max_size=40))
def test_params_without_semicolon_read_as_with_the_general_code(value):
    """Without a semicolon the general code finds one piece, the head, and no parameter."""
    pieces = headers._split_params(value)
    assert len(pieces) == 1
    assert headers.parse_params(value) == (pieces[0].strip().lower(), {})


def addresses_by_the_stdlib(value: str) -> list[tuple[str, str]]:
    """What parse_addresses gives through the standard library's parser."""
    out = []
    for name, addr in getaddresses([value]):
        addr = addr.strip().strip("<>").lower()
        if addr or name:
            out.append((headers.decode_words(name).strip().strip('"').strip(), addr))
    return out


address_text = st.lists(
    st.one_of(
        st.tuples(st.text(alphabet=st.sampled_from(list("Ab é\t<>@,\"=?")), max_size=12),
                  st.sampled_from(["a@b.test", "Siti.A@Kedai.my", "x@y", "<q@r>"]))
        .map(lambda pair: f'"{pair[0]}" <{pair[1].strip("<>")}>'),
        st.text(alphabet=st.sampled_from(list("Ab é\t<>@,\".")), max_size=20),
        st.sampled_from(["a@b.test", "Siti <siti@kedai.my>", '"Ali, Abu" <ali@x.test>',
                         '"=?utf-8?B?U2l0aQ==?=" <s@x.test>', '"" <e@x.test>',
                         '"a@b" <c@d.test>', '" spaced  out " <p@q.test>']),
    ),
    min_size=1, max_size=4,
).map(", ".join)


@SETTINGS
@given(address_text)
def test_quoted_names_read_as_the_stdlib_reads_them(value):
    """Each quoted name the fast path reads (new in it) is read as the stdlib reads it."""
    for piece in value.split(","):
        m = headers._SIMPLE_ADDR.fullmatch(piece)
        if m is not None and m.group(1) is not None and not headers._NOT_SIMPLE.search(piece):
            assert headers.parse_addresses(piece) == addresses_by_the_stdlib(piece)


def test_quoted_names_take_the_fast_path(monkeypatch):
    """The common quoted form never reaches the stdlib's parser (switched off here)."""
    monkeypatch.setattr(headers, "getaddresses", lambda _values: [("wrong", "wrong")])
    assert headers.parse_addresses('"Allison Dunlap" <XXX@example.com>, b@c.test') == [
        ("Allison Dunlap", "xxx@example.com"), ("", "b@c.test")]
    # a comma inside the quotes is the stdlib's to read
    assert headers.parse_addresses('"Ali, Abu" <ali@x.test>') == [("wrong", "wrong")]


dates = st.builds(
    "{}{} {} {} {}:{:02d}{} {}{:02d}{:02d}{}".format,
    st.sampled_from(["", "Wed, ", "Xyz,", "Mon,  "]),
    st.integers(0, 40), st.sampled_from(["Jan", "feb", "DEC", "Foo", "May"]),
    st.integers(1000, 2999), st.integers(0, 25), st.integers(0, 61),
    st.sampled_from(["", ":00", ":59", ":60", ":7"]), st.sampled_from(["+", "-"]),
    st.integers(0, 25), st.integers(0, 61), st.sampled_from(["", " (WIB)", " (GMT-0800)", " x"]),
)


@SETTINGS
@given(dates)
@example("Fri, 31 Dec 2100 23:00:00 -0700")
@example("1 Jan 1971 00:30:00 +0100")
@example("Thu, 29 Feb 2024 12:00 -0000")
def test_dates_read_as_the_stdlib_reads_them(value):
    assert headers.parse_date(value) == headers.date_by_email_utils(value)


def test_plain_dates_take_the_fast_path():
    assert headers._plain_date("Wed, 2 Dec 2026 08:04:59 +0700 (WIB)") == \
        datetime(2026, 12, 2, 1, 4, 59, tzinfo=UTC)
    assert headers._plain_date("Wed, 2 Dec 2026 08:04:59 GMT") is None  # the stdlib's


# the search real_header_end made before: the first line that is no field nor continuation
_NOT_A_FIELD = re.compile(rb"^(?!From )(?![ \t])(?![!-9;-~]+[ \t]*:)[^\r\n]", re.M)


def header_end_by_search(raw: bytes, hend: int, bstart: int) -> tuple[int, int]:
    m = _NOT_A_FIELD.search(raw, 0, hend)
    if m is None or m.start() == 0:
        return hend, bstart
    return m.start(), m.start()


@SETTINGS
@given(header_text)
@example("Subject: a\nno field here\n\nbody")
@example("From x\r\n\r\rX: y\nbody without a blank line")
def test_real_header_end_finds_the_first_line_that_is_no_field(text):
    raw = text.encode("utf-8")
    ends = headers.header_end(raw)
    assert headers.real_header_end(raw, *ends) == header_end_by_search(raw, *ends)
