"""Fast IMAP commands for the sync: UID FETCH/SEARCH over imaplib with our own response reader.

IMAPClient's response parser reads a byte at a time (12 microseconds for a flags line, 120
for a header-and-structure answer), so the sync sends its bulk commands through the
underlying :mod:`imaplib` connection and reads the answers here, 4-5 times faster: the items
of each answer are read in order at its top level, one pattern match per item, literals
(message bodies) are never scanned, and nested values (BODYSTRUCTURE, labels) are read by a
small tokenizer that understands literals inside them. It reads what IMAPClient's parser
reads (tests/unit/test_wire_reference.py proves it on written and generated answers).
"""

from __future__ import annotations

import contextlib
import imaplib
import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

logger = logging.getLogger(__name__)

_MONTHS = {m: i for i, m in enumerate(
    (b"Jan", b"Feb", b"Mar", b"Apr", b"May", b"Jun", b"Jul", b"Aug", b"Sep", b"Oct", b"Nov", b"Dec"),
    1)}
_ZONES: dict[bytes, timedelta] = {}  # "+0800" -> its offset, read once
# one top-level FETCH item: its name (with a BODY[section]<origin>) and, when simple, its
# value: a number, a list without quotes or nesting (FLAGS, MODSEQ), a literal (marked),
# a quoted string without escapes, or NIL. Anything else is read by the tokenizer.
_ITEM = re.compile(
    rb'\s*([^\s()\[\]{}"\x00]+)(?:\[([^\]]*)\](?:<\d+>)?)? '
    rb'(?:(\d+)(?=[\s)]|$)|\(([^()"\x00]*)\)|\x00(\d+)\x00|"([^"\\]*)"|(NIL)(?=[\s)]|$))?'
)
_START = re.compile(rb"\s*\d+ \(")
_END = re.compile(rb"\s*\)")
# the patterns of the salvage reader, used only past a spot the item reader could not read
_UID = re.compile(rb"\bUID (\d+)")
_SIZE = re.compile(rb"\bRFC822\.SIZE (\d+)")
_FLAGS = re.compile(rb"\bFLAGS \(([^)]*)\)")
_DATE = re.compile(rb'\bINTERNALDATE "([^"]+)"')
_MODSEQ = re.compile(rb"\bMODSEQ \((\d+)\)")
_SECTION_LITERAL = re.compile(rb"\bBODY\[([^\]]*)\](?:<\d+>)? \x00(\d+)\x00")
_SECTION_NIL = re.compile(rb'\bBODY\[([^\]]*)\](?:<\d+>)? (?:NIL|"")')
_MARK = b"\x00"


@dataclass
class FetchItem:
    """One message's FETCH answer."""

    uid: int
    flags: tuple[str, ...] | None = None
    size: int | None = None
    internaldate: datetime | None = None
    modseq: int | None = None
    sections: dict[str, bytes] = field(default_factory=dict)
    bodystructure: Any = None


def compress_uids(uids: Iterable[int]) -> str:
    """A UID set in IMAP's compact form: "1:5,7,9:12"."""
    ordered = sorted(set(uids))
    if not ordered:
        return ""
    out = []
    start = prev = ordered[0]
    for u in ordered[1:]:
        if u == prev + 1:
            prev = u
            continue
        out.append(f"{start}:{prev}" if prev != start else str(start))
        start = prev = u
    out.append(f"{start}:{prev}" if prev != start else str(start))
    return ",".join(out)


def expand_uid_set(text: str) -> list[int]:
    """The UIDs of an IMAP sequence set ("1:3,7" -> [1, 2, 3, 7]); "*" is skipped."""
    out: list[int] = []
    for piece in text.strip().split(","):
        if not piece:
            continue
        a, _, b = piece.partition(":")
        if not a.isdigit() or (b and not b.isdigit()):
            continue
        lo, hi = int(a), int(b) if b else int(a)
        if lo > hi:
            lo, hi = hi, lo
        out.extend(range(lo, hi + 1))
    return out


def parse_internaldate(text: bytes) -> datetime | None:
    """ "17-Jul-1996 02:44:25 -0700" -> aware UTC datetime (fast: no strptime, no astimezone;
    a sync reads one per message)."""
    try:
        day, mon, rest = text.strip().split(b"-", 2)
        year, hms, zone = rest.split(b" ")
        hh, mm, ss = hms.split(b":")
        offset = _ZONES.get(zone)
        if offset is None:
            if len(zone) != 5 or zone[:1] not in b"+-" or not zone[1:].isdigit():
                return None
            offset = timedelta(hours=int(zone[1:3]), minutes=int(zone[3:5]))
            _ZONES[zone] = offset = -offset if zone[:1] == b"-" else offset
        month = _MONTHS.get(mon) or _MONTHS[mon.capitalize()]
        return datetime(int(year), month, int(day), int(hh), int(mm), int(ss),
                        tzinfo=UTC) - offset
    except (ValueError, KeyError, OverflowError):
        return None


class Refused(imaplib.IMAP4.error):
    """The server answered a command with NO; ``words`` is what it said."""

    def __init__(self, what: str, words: str) -> None:
        super().__init__(f"{what} failed: {words}")
        self.words = words


def check(imap: imaplib.IMAP4, typ: str, data: list[Any], what: str) -> None:
    if typ != "OK":
        text = data[-1] if data else b""
        if isinstance(text, bytes):
            text = text.decode("utf-8", "replace")
        raise Refused(what, str(text))


def said_bye(imap: imaplib.IMAP4) -> str | None:
    """The server's words when it closed the connection with a BYE, else None.

    imaplib keeps the BYE among the untagged answers when it raises ``abort`` for it; a
    connection that merely broke has none.
    """
    bye = imap.untagged_responses.get("BYE")
    if not bye:
        return None
    last = bye[-1]
    if isinstance(last, tuple):
        last = last[0]
    return (last.decode("utf-8", "replace") if isinstance(last, bytes) else str(last)).strip()


def _group_messages(data: list[Any]) -> list[list[Any]]:
    """Split imaplib's flat FETCH data into one list of pieces per message."""
    groups: list[list[Any]] = []
    for piece in data:
        if piece is None:
            continue
        head = piece[0] if isinstance(piece, tuple) else piece
        if head[:1].isdigit():
            groups.append([piece])
        elif groups:
            groups[-1].append(piece)
    return groups


def parse_fetch(data: list[Any]) -> list[FetchItem]:
    """Read imaplib FETCH data; answers without a UID (unsolicited ones) are skipped.

    The items of each answer are read in order at its top level, so a quoted value (a file
    name "UID 9 FLAGS (x).pdf" in BODYSTRUCTURE, a Gmail label) is never taken for an item.
    """
    items = []
    for pieces in _group_messages(data):
        text_parts: list[bytes] = []
        literals: list[bytes] = []
        for piece in pieces:
            if isinstance(piece, tuple):
                prefix, literal = piece
                text_parts.append(prefix[: prefix.rfind(b"{")])
                text_parts.append(_MARK + str(len(literals)).encode() + _MARK)
                literals.append(literal)
            else:
                text_parts.append(piece)
        item = _read_items(b"".join(text_parts), literals)
        if item is not None:
            items.append(item)
    return items


def _read_items(text: bytes, literals: list[bytes]) -> FetchItem | None:
    """One answer ("12 (UID 5 FLAGS (\\Seen) ...)", literals marked) -> its item."""
    item = FetchItem(uid=-1)
    start = _START.match(text)
    pos = start.end() if start else len(text)
    while start is not None:
        m = _ITEM.match(text, pos)
        if m is None:
            break  # the closing parenthesis, or something unreadable
        pos = m.end()
        kind = m.lastindex
        name = m.group(1).upper()
        if kind is None or kind < 3:
            # a value the item pattern leaves to the tokenizer (nested, escaped, an atom)
            try:
                value, pos = _value(text, literals, pos)
            except (ValueError, IndexError):
                pos = m.start(1)
                break
            _apply_complex(item, name, m.group(2), value)
        elif name == b"UID":
            if kind == 3:
                item.uid = int(m.group(3))
        elif name == b"FLAGS":
            if kind == 4:
                item.flags = tuple(f.decode("utf-8", "replace") for f in m.group(4).split())
        elif name == b"RFC822.SIZE":
            if kind == 3:
                item.size = int(m.group(3))
        elif name == b"INTERNALDATE":
            if kind == 6:
                item.internaldate = parse_internaldate(m.group(6))
        elif name == b"MODSEQ":
            if kind == 4 and m.group(4).strip().isdigit():
                item.modseq = int(m.group(4))
        elif name == b"BODY" and m.group(2) is not None:
            section = m.group(2).decode("ascii", "replace").upper()
            if kind == 5:
                item.sections[section] = literals[int(m.group(5))]
            elif kind == 6:
                item.sections[section] = m.group(6)
            elif kind == 7:
                item.sections[section] = b""
        elif name in (b"BODYSTRUCTURE", b"BODY") and kind == 4:
            with contextlib.suppress(ValueError, IndexError):
                item.bodystructure = _value(text, literals, m.start(4) - 1)[0]
    if _END.match(text, pos) is None:
        _salvage(text, pos, literals, item)
    return item if item.uid >= 0 else None


def _apply_complex(item: FetchItem, name: bytes, section: bytes | None, value: Any) -> None:
    """An item whose value the tokenizer read (nested, escaped, or an atom)."""
    if name in (b"BODYSTRUCTURE", b"BODY") and section is None:
        if isinstance(value, list):
            item.bodystructure = value
    elif name == b"BODY" and section is not None:
        if isinstance(value, bytes):
            item.sections[section.decode("ascii", "replace").upper()] = value
    elif name == b"FLAGS" and isinstance(value, list):
        item.flags = tuple(f.decode("utf-8", "replace") for f in value if isinstance(f, bytes))
    elif name == b"UID" and isinstance(value, bytes) and value.isdigit():
        item.uid = int(value)


def _salvage(text: bytes, pos: int, literals: list[bytes], item: FetchItem) -> None:
    """Past a spot the item reader cannot read (a server's unescaped quote, say), find the
    items still missing by pattern, as well as that can be done without the structure."""
    logger.debug("FETCH answer unreadable at %d of %d bytes; reading the rest by pattern",
                 pos, len(text))
    rest = text[pos:]
    if item.uid < 0 and (m := _UID.search(rest)):
        item.uid = int(m.group(1))
    if item.flags is None and (m := _FLAGS.search(rest)):
        item.flags = tuple(f.decode("utf-8", "replace") for f in m.group(1).split())
    if item.size is None and (m := _SIZE.search(rest)):
        item.size = int(m.group(1))
    if item.internaldate is None and (m := _DATE.search(rest)):
        item.internaldate = parse_internaldate(m.group(1))
    if item.modseq is None and (m := _MODSEQ.search(rest)):
        item.modseq = int(m.group(1))
    for m in _SECTION_LITERAL.finditer(rest):
        item.sections.setdefault(m.group(1).decode("ascii", "replace").upper(),
                                 literals[int(m.group(2))])
    for m in _SECTION_NIL.finditer(rest):
        item.sections.setdefault(m.group(1).decode("ascii", "replace").upper(), b"")


def uid_fetch(imap: imaplib.IMAP4, uids: Sequence[int] | str, items: str,
              modifiers: str = "") -> list[FetchItem]:
    """UID FETCH ``items`` of ``uids`` (a list or an IMAP set such as "1:*")."""
    uid_set = uids if isinstance(uids, str) else compress_uids(uids)
    if not uid_set:
        return []
    args = [uid_set, items] + ([modifiers] if modifiers else [])
    typ, data = imap.uid("FETCH", *args)
    check(imap, typ, data, "FETCH")
    return parse_fetch(data)


def uid_search(imap: imaplib.IMAP4, *criteria: str) -> list[int]:
    """UIDs matching ``criteria`` (e.g. "ALL", "SINCE 01-Jan-2024", "UID 100:*")."""
    typ, data = imap.uid("SEARCH", *criteria)
    check(imap, typ, data, "SEARCH")
    out: list[int] = []
    for line in data:
        if isinstance(line, bytes):
            # "(MODSEQ n)" may follow the numbers when CONDSTORE criteria were used
            out.extend(int(tok) for tok in line.split(b"(")[0].split() if tok.isdigit())
    return out


def take_untagged(imap: imaplib.IMAP4, name: str) -> list[Any]:
    """Remove and return the untagged responses of one kind (EXISTS, VANISHED ...)."""
    return imap.untagged_responses.pop(name, [])


def vanished_uids(imap: imaplib.IMAP4) -> list[int]:
    """UIDs from VANISHED responses collected so far (QRESYNC)."""
    out: list[int] = []
    for line in take_untagged(imap, "VANISHED"):
        if isinstance(line, tuple):
            line = line[0]
        text = line.decode("ascii", "replace").strip()
        if text.upper().startswith("(EARLIER)"):
            text = text[9:].strip()
        out.extend(expand_uid_set(text))
    return out


# --- a tokenizer for parenthesised data with literals (BODYSTRUCTURE, labels ...) ------------

_TOKEN = re.compile(rb'\s*(?:(\()|(\))|"((?:[^"\\]|\\.)*)"|\x00(\d+)\x00|([^\s()"\x00]+))', re.S)
# RFC 3501 quoted-specials: only a backslash or a double quote may be escaped
_ESCAPED = re.compile(rb'\\([\\"])')


def _value(text: bytes, literals: list[bytes], pos: int) -> tuple[Any, int]:
    """The value at ``text[pos:]`` and where it ends: bytes, None (NIL), or nested lists.

    One pass over the tokens with a stack of open lists (no recursion): a BODYSTRUCTURE of
    a message with many parts has hundreds of tokens. ValueError when it is unreadable.
    """
    stack: list[list[Any]] = []
    value: Any
    for m in _TOKEN.finditer(text, pos):
        if m.start() != pos:
            raise ValueError(f"unreadable at {pos}")
        pos = m.end()
        kind = m.lastindex
        if kind == 1:
            stack.append([])
            continue
        if kind == 2:
            if not stack:
                raise ValueError(f"unexpected ) at {pos}")
            value = stack.pop()
        elif kind == 3:
            value = m.group(3)
            if b"\\" in value:
                value = _ESCAPED.sub(rb"\1", value)
        elif kind == 4:
            value = literals[int(m.group(4))]
        else:
            value = m.group(5)
            if value == b"NIL":
                value = None
        if not stack:
            return value, pos
        stack[-1].append(value)
    raise ValueError("unterminated value")
