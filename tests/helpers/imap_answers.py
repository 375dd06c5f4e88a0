"""Hypothesis strategies for FETCH answers: values, BODYSTRUCTUREs, whole answers.

A generated value is written in IMAP's syntax by :func:`write` (strings as quoted strings
with escapes, or as literals) and :func:`plain` gives what a reader should read back.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from hypothesis import strategies as st

from helpers.imap_replay import tree


def lit(data: bytes) -> bytes:
    """An IMAP literal: {size} CRLF then the bytes."""
    return b"{%d}\r\n" % len(data) + data


SNIPPETS = [b"UID 9", b"FLAGS (x)", b"BODY[] {3}", b"NIL", b"(", b")", b'"', b"\\", b"\\\\",
            b"MODSEQ (1)", b"BODYSTRUCTURE (", "ü №".encode(), b"{", b"}", b"[", b"]", b"%"]
strings = st.one_of(
    st.sampled_from(SNIPPETS),
    st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12)
    .map(lambda t: t.encode()),
    st.binary(max_size=12),
    st.lists(st.sampled_from(SNIPPETS), max_size=4).map(b" ".join),
)


class Text:
    """A string value; written as a quoted string or a literal."""

    def __init__(self, data: bytes, as_literal: bool) -> None:
        self.data = data
        self.as_literal = as_literal or any(c in data for c in b"\r\n\x00")


class Atom:
    """A value written bare (a label such as \\Inbox or [Gmail]/Sent)."""

    def __init__(self, data: bytes) -> None:
        self.data = data


texts = st.builds(Text, strings, st.booleans())
atoms = st.sampled_from([b"\\Inbox", b"\\Important", b"[Gmail]/Sent", b"Pesanan"]).map(Atom)
numbers = st.integers(0, 2**63 - 1)
nils = st.none()


def small_lists(elements: st.SearchStrategy[Any]) -> st.SearchStrategy[list[Any]]:
    return st.lists(elements, min_size=1, max_size=4)


params = st.one_of(nils, small_lists(st.tuples(texts, texts)).map(
    lambda pairs: [x for pair in pairs for x in pair]))
dispositions = st.one_of(nils, st.tuples(texts, params).map(list))
languages = st.one_of(nils, texts, small_lists(texts))
extension = st.recursive(st.one_of(nils, texts, numbers), small_lists, max_leaves=4)


@st.composite
def single_part(draw: st.DrawFn, body: st.SearchStrategy[Any] | None = None) -> list[Any]:
    kind = draw(st.sampled_from(("text", "basic", "message") if body is not None else ("text", "basic")))
    node: list[Any] = [draw(texts), draw(texts), draw(params), draw(st.one_of(nils, texts)),
                       draw(st.one_of(nils, texts)), draw(texts), draw(numbers)]
    if kind == "text":
        node.append(draw(numbers))
    elif kind == "message":
        envelope = [draw(st.one_of(nils, texts)) for _ in range(10)]
        node += [envelope, draw(body), draw(numbers)]  # type: ignore[arg-type]
    ext = [draw(st.one_of(nils, texts)), draw(dispositions), draw(languages),
           draw(st.one_of(nils, texts))]
    ext += draw(st.lists(extension, max_size=2))
    return node + ext[: draw(st.integers(0, len(ext)))]


def multipart(children: st.SearchStrategy[Any]) -> st.SearchStrategy[list[Any]]:
    @st.composite
    def build(draw: st.DrawFn) -> list[Any]:
        node = [*draw(st.lists(children, min_size=1, max_size=3)), draw(texts)]
        ext = [draw(params), draw(dispositions), draw(languages), draw(st.one_of(nils, texts))]
        return node + ext[: draw(st.integers(0, len(ext)))]

    return build()


structures = st.recursive(single_part(), lambda inner: st.one_of(
    multipart(inner), single_part(inner)), max_leaves=6)


def write(value: Any) -> bytes:
    """A value in IMAP's syntax."""
    if value is None:
        return b"NIL"
    if isinstance(value, int):
        return str(value).encode()
    if isinstance(value, Atom):
        return value.data
    if isinstance(value, Text):
        if value.as_literal:
            return lit(value.data)
        return b'"' + value.data.replace(b"\\", b"\\\\").replace(b'"', b'\\"') + b'"'
    if isinstance(value, list):
        return b"(" + b" ".join(write(x) for x in value) + b")"
    raise TypeError(value)


def plain(value: Any) -> Any:
    """The value a reader should give back (numbers as their digits)."""
    if isinstance(value, (Text, Atom)):
        return value.data
    if isinstance(value, list):
        return [plain(x) for x in value]
    return tree(value)


FLAGS = ["\\Seen", "\\Answered", "\\Flagged", "\\Deleted", "\\Draft", "$Forwarded", "$Junk",
         "$label1", "Pesanan_Shopee", "NonJunk"]


@st.composite
def answers(draw: st.DrawFn) -> tuple[bytes, dict[str, Any]]:
    """One FETCH answer in random item order, and what it holds."""
    uid = draw(st.integers(1, 2**32 - 1))
    want: dict[str, Any] = {"uid": uid, "flags": None, "size": None, "internaldate": None,
                            "modseq": None, "sections": {}, "bodystructure": None}
    items: list[bytes] = [b"UID %d" % uid]
    if draw(st.booleans()):
        flags = draw(st.lists(st.sampled_from(FLAGS), max_size=4, unique=True))
        want["flags"] = tuple(flags)
        items.append(b"FLAGS (" + " ".join(flags).encode() + b")")
    if draw(st.booleans()):
        want["size"] = draw(st.integers(0, 2**31))
        items.append(b"RFC822.SIZE %d" % want["size"])
    if draw(st.booleans()):
        when = draw(st.datetimes(datetime(1990, 1, 1), datetime(2090, 1, 1))).replace(microsecond=0)
        minutes = draw(st.integers(-12 * 60, 14 * 60).map(lambda m: m - m % 15))
        zone = timezone(timedelta(minutes=minutes))
        stamp = when.replace(tzinfo=zone)
        want["internaldate"] = stamp.astimezone(UTC)
        sign = "-" if minutes < 0 else "+"
        text = f"{stamp.day:2d}-{stamp:%b-%Y %H:%M:%S} {sign}{abs(minutes) // 60:02d}{abs(minutes) % 60:02d}"
        items.append(b'INTERNALDATE "' + text.encode() + b'"')
    if draw(st.booleans()):
        want["modseq"] = draw(st.integers(1, 2**63 - 1))
        items.append(b"MODSEQ (%d)" % want["modseq"])
    for section in draw(st.lists(st.sampled_from(
            ["", "HEADER", "TEXT", "1", "1.2", "2.MIME", "HEADER.FIELDS (FROM TO SUBJECT)",
             "HEADER.FIELDS.NOT (RECEIVED)"]), max_size=3, unique=True)):
        value = draw(st.one_of(nils, texts))
        origin = draw(st.sampled_from([b"", b"<0>", b"<1024>"]))
        want["sections"][section] = b"" if value is None else value.data
        items.append(b"BODY[" + section.encode() + b"]" + origin + b" " + write(value))
    if draw(st.booleans()):
        structure = draw(structures)
        want["bodystructure"] = plain(structure)
        items.append(b"BODYSTRUCTURE " + write(structure))
    for name in draw(st.lists(st.sampled_from(["X-GM-MSGID", "X-GM-THRID", "X-GM-LABELS",
                                               "EMAILID", "THREADID", "PREVIEW"]),
                              max_size=3, unique=True)):
        if name in ("X-GM-MSGID", "X-GM-THRID"):
            items.append(name.encode() + b" %d" % draw(numbers))
        else:
            value = draw(st.one_of(nils, texts, small_lists(st.one_of(texts, atoms))))
            items.append(name.encode() + b" " + write(value))
    random.Random(draw(st.integers(0, 1000))).shuffle(items)
    return b" ".join(items), want
