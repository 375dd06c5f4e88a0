"""Fast IMAP commands for the sync: UID FETCH/SEARCH over imaplib with our own response reader.

IMAPClient's response parser costs about 50 microseconds per FETCH line (half a second for
10,000 flag lines, more than the server needs to send them), so the sync sends its bulk
commands through the underlying :mod:`imaplib` connection and reads the answers here:
item values are found by pattern in the small non-literal text of each response, literals
(message bodies) are never scanned, and BODYSTRUCTURE is read by a small tokenizer that
understands literals inside it.
"""

from __future__ import annotations

import imaplib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

_MONTHS = {m: i for i, m in enumerate(
    ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1)}
_UID = re.compile(rb"\bUID (\d+)")
_SIZE = re.compile(rb"\bRFC822\.SIZE (\d+)")
_FLAGS = re.compile(rb"\bFLAGS \(([^)]*)\)")
_DATE = re.compile(rb'\bINTERNALDATE "([^"]+)"')
_MODSEQ = re.compile(rb"\bMODSEQ \((\d+)\)")
_SECTION = re.compile(rb"BODY\[([^\]]*)\](?:<\d+>)? \{(\d+)\+?\}$")
_SECTION_NIL = re.compile(rb"BODY\[([^\]]*)\](?:<\d+>)? (?:NIL|\"\")")
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
    """ "17-Jul-1996 02:44:25 -0700" -> aware UTC datetime (fast, no strptime)."""
    try:
        s = text.decode("ascii").strip()
        day, mon, rest = s.split("-", 2)
        year, hms, zone = rest.split(" ")
        hh, mm, ss = hms.split(":")
        sign = -1 if zone[0] == "-" else 1
        offset = timedelta(hours=int(zone[1:3]), minutes=int(zone[3:5])) * sign
        dt = datetime(int(year), _MONTHS[mon], int(day), int(hh), int(mm), int(ss),
                      tzinfo=timezone(offset))  # fmt: skip
        return dt.astimezone(UTC)
    except (ValueError, KeyError, IndexError, UnicodeDecodeError):
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
    """Read imaplib FETCH data; answers without a UID (unsolicited ones) are skipped."""
    items = []
    for pieces in _group_messages(data):
        text_parts: list[bytes] = []
        literals: list[bytes] = []
        sections: dict[str, bytes] = {}
        for piece in pieces:
            if isinstance(piece, tuple):
                prefix, literal = piece
                m = _SECTION.search(prefix)
                if m:
                    sections[m.group(1).decode("ascii", "replace").upper()] = literal
                text_parts.append(prefix[: prefix.rfind(b"{")])
                text_parts.append(_MARK + str(len(literals)).encode() + _MARK)
                literals.append(literal)
            else:
                text_parts.append(piece)
        text = b"".join(text_parts)
        m = _UID.search(text)
        if not m:
            continue
        item = FetchItem(uid=int(m.group(1)), sections=sections)
        m = _FLAGS.search(text)
        if m:
            item.flags = tuple(f.decode("utf-8", "replace") for f in m.group(1).split())
        m = _SIZE.search(text)
        if m:
            item.size = int(m.group(1))
        m = _DATE.search(text)
        if m:
            item.internaldate = parse_internaldate(m.group(1))
        m = _MODSEQ.search(text)
        if m:
            item.modseq = int(m.group(1))
        for m in _SECTION_NIL.finditer(text):
            sections.setdefault(m.group(1).decode("ascii", "replace").upper(), b"")
        pos = text.find(b"BODYSTRUCTURE (")
        if pos != -1:
            try:
                item.bodystructure = _Tokens(text, literals, pos + len(b"BODYSTRUCTURE ")).read()
            except (ValueError, IndexError):
                item.bodystructure = None
        items.append(item)
    return items


def uid_fetch(imap: imaplib.IMAP4, uids: Sequence[int] | str, items: str,
              modifiers: str = "") -> list[FetchItem]:  # fmt: skip
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


# --- a tokenizer for parenthesised data with literals (BODYSTRUCTURE) -------------------

_TOKEN = re.compile(
    rb'\s*(?:(\()|(\))|"((?:[^"\\]|\\.)*)"|\x00(\d+)\x00|(NIL)(?=[\s()]|$)|([^\s()"\x00]+))'
)


class _Tokens:
    def __init__(self, text: bytes, literals: list[bytes], pos: int) -> None:
        self.text = text
        self.literals = literals
        self.pos = pos

    def read(self) -> Any:
        m = _TOKEN.match(self.text, self.pos)
        if not m:
            raise ValueError("unreadable structure")
        self.pos = m.end()
        if m.group(1):
            out: list[Any] = []
            while True:
                m2 = _TOKEN.match(self.text, self.pos)
                if not m2:
                    raise ValueError("unterminated list")
                if m2.group(2):
                    self.pos = m2.end()
                    return out
                out.append(self.read())
        if m.group(2):
            raise ValueError("unexpected )")
        if m.group(3) is not None:
            return re.sub(rb"\\(.)", rb"\1", m.group(3))
        if m.group(4) is not None:
            return self.literals[int(m.group(4))]
        if m.group(5):
            return None
        return m.group(6)
