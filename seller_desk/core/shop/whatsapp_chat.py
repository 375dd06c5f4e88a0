"""Reading a chat exported from WhatsApp ("Export chat": a .txt, or a .zip with its media).

What phones write, all read here:

- Android: ``30/08/25, 18:00 - Siti Aminah: Ada stok?``
- iPhone: ``[30/08/25, 18:00:05] Siti Aminah: Ada stok?``
- 12-hour clocks, with a narrow no-break space (U+202F) before ``pm``/``PM``/``p.m.``
- Indonesian phones: ``30/08/25 18.00 - Siti: ...`` (no comma, a dot in the time)
- lines starting with U+200E (iPhone marks attachments and notices so)
- a message over several lines (the lines after the first carry no date)
- lines without a name: "Messages and calls are end-to-end encrypted", "X joined ..."
- attachments: Android ``IMG-20250830-WA0003.jpg (file attached)`` (Malay "fail
  dilampirkan", Indonesian "file terlampir"), iPhone ``<attached: 00000012-PHOTO-...jpg>``

Dates are written day first or month first, as the phone's region says, and the file does
not say which. When a day above 12 decides it, or only one order keeps the chat in time
order, it is taken; otherwise :class:`DateOrderUnknown` asks the caller, who asks the
seller.

This module only reads; :mod:`seller_desk.core.shop.whatsapp` stores the chat.
"""

from __future__ import annotations

import io
import itertools
import logging
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from seller_desk.core.common.errors import ValidationError

logger = logging.getLogger(__name__)

# marks phones put around names and notices; never part of what was written
_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\ufeff"), None)
_SPACES = str.maketrans({"\u202f": " ", "\u00a0": " ", "\u2009": " "})

_DATE = r"(?P<d>\d{1,4})[./-](?P<m>\d{1,2})[./-](?P<y>\d{1,4})"
_TIME = r"(?P<h>\d{1,2})[:.](?P<min>\d{2})(?:[:.](?P<s>\d{2}))?"
_AMPM = r"(?:\s?(?P<ap>[AaPp])\.?\s?[Mm]\.?)?"
ANDROID = re.compile(rf"^{_DATE},?\s{_TIME}{_AMPM}\s[-\u2013]\s(?P<rest>.*)$")
IPHONE = re.compile(rf"^\[{_DATE},?\s{_TIME}{_AMPM}\]\s(?P<rest>.*)$")

# attachments as each phone writes them (English, Malay, Indonesian)
_ATTACHED = re.compile(
    r"^(?P<name>[^<>\n]+?\.\w{2,5})\s\((?:file attached|fail dilampirkan|"
    r"file terlampir)\)\s*(?P<caption>.*)$", re.S)
_IPHONE_ATTACHED = re.compile(r"^<(?:attached|dilampirkan|terlampir):\s*(?P<name>[^>]+)>\s*"
                              r"(?P<caption>.*)$", re.S)
# the one notice every chat starts with, in the three languages
_NOTICES = ("end-to-end", "hujung ke hujung", "terenkripsi")
# "WhatsApp Chat with Siti.txt", "WhatsApp Chat - Siti.zip", Malay and Indonesian
_TITLE = re.compile(r"^(?:WhatsApp Chat with|WhatsApp Chat -|Chat WhatsApp dengan|"
                    r"Sembang WhatsApp dengan|Chat WhatsApp -)\s*(?P<name>.+?)\s*$", re.I)


class DateOrderUnknown(ValidationError):
    """Every date in the file reads both day first and month first: the seller says."""


@dataclass(frozen=True)
class ChatMessage:
    """One message (or notice) of the chat; ``when`` in the phone's local time."""

    when: datetime
    sender: str  # "" for a notice without a name
    text: str
    attachments: tuple[str, ...] = ()
    notice: bool = False


@dataclass
class Chat:
    """A whole exported chat."""

    messages: list[ChatMessage]
    title: str = ""  # the other person's name from the file's name, when it says
    day_first: bool = True
    #: media inside a .zip export: file name -> bytes (read only when asked)
    media: dict[str, zipfile.ZipInfo] = field(default_factory=dict)
    source: Path | None = None

    @property
    def participants(self) -> list[str]:
        """The names that wrote, in the order they first did."""
        seen: dict[str, None] = {}
        for message in self.messages:
            if message.sender and not message.notice:
                seen.setdefault(message.sender, None)
        return list(seen)

    def media_bytes(self, name: str) -> bytes | None:
        info = self.media.get(name)
        if info is None or self.source is None:
            return None
        with zipfile.ZipFile(self.source) as archive:
            return archive.read(info)


@dataclass(frozen=True)
class _Raw:
    """A header line before its date order is known."""

    parts: tuple[int, int, int]
    hour: int
    minute: int
    second: int
    pm: bool | None
    rest: str


def decode(data: bytes) -> str:
    """The export's text: UTF-8 (with or without a byte-order mark), else UTF-16."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        logger.info("WhatsApp export is not UTF-8; read as cp1252")
        return data.decode("cp1252", "replace")


def _lines(text: str) -> Iterator[tuple[_Raw | None, str]]:
    """Each line as (header, text): a header for a line that starts a message."""
    for line in text.splitlines():
        clean = line.translate(_SPACES)
        # marks before the date are dropped; those inside (before an attachment or a
        # notice) say what the line is, and are read by _message
        stripped = clean.lstrip(" \t\u200e\u200f\u202a\u202b\u202c\u202d\u202e\ufeff")
        match = IPHONE.match(stripped) or ANDROID.match(stripped)
        if match is None:
            yield None, clean.translate(_MARKS)
            continue
        ap = match.group("ap")
        yield _Raw((int(match.group("d")), int(match.group("m")), int(match.group("y"))),
                   int(match.group("h")), int(match.group("min")),
                   int(match.group("s") or 0),
                   None if ap is None else ap.lower() == "p", match.group("rest")), ""


def _decide_order(raws: list[_Raw]) -> bool | None:
    """True day first, False month first, None when the file cannot tell."""
    if not raws or all(r.parts[0] > 31 for r in raws):
        return True  # year first: the order of day and month does not matter below
    if any(r.parts[0] > 12 for r in raws):
        return True
    if any(r.parts[1] > 12 for r in raws):
        return False
    fits = []
    for day_first in (True, False):
        try:
            dates = [_date(r, day_first) for r in raws]
        except ValueError:
            continue
        if all(a <= b for a, b in itertools.pairwise(dates)):
            fits.append(day_first)
    return fits[0] if len(fits) == 1 else None


def _date(raw: _Raw, day_first: bool) -> datetime:
    a, b, c = raw.parts
    if a > 31:  # 2025-08-30
        year, month, day = a, b, c
    else:
        day, month = (a, b) if day_first else (b, a)
        year = c + 2000 if c < 100 else c
    hour = raw.hour
    if raw.pm is not None:
        hour = hour % 12 + (12 if raw.pm else 0)
    return datetime(year, month, day, hour, raw.minute, raw.second)


def _message(when: datetime, rest: str) -> ChatMessage:
    sender, sep, text = rest.partition(": ")
    if not sep:
        return ChatMessage(when, "", rest.translate(_MARKS), notice=True)
    sender = sender.translate(_MARKS).strip()
    marked = text.startswith("\u200e")
    text = text.translate(_MARKS)
    if marked and any(word in text.lower() for word in _NOTICES):
        return ChatMessage(when, sender, text, notice=True)
    for pattern in (_IPHONE_ATTACHED, _ATTACHED):
        found = pattern.match(text)
        if found:
            name = found.group("name").strip()
            return ChatMessage(when, sender, found.group("caption").strip(), (name,))
    return ChatMessage(when, sender, text)


def parse_text(text: str, *, day_first: bool | None = None, title: str = "") -> Chat:
    """Read an export's text. ``day_first`` when the seller said; else decided from it.

    Raises:
        DateOrderUnknown: the dates read both ways and ``day_first`` is not given.
        ValidationError: nothing in the text looks like a WhatsApp export.
    """
    pending: list[tuple[_Raw, list[str]]] = []
    for raw, line in _lines(text):
        if raw is not None:
            pending.append((raw, [raw.rest]))
        elif pending:
            pending[-1][1].append(line)
    if not pending:
        raise ValidationError("whatsapp.not_an_export", hint="whatsapp.not_an_export_hint")
    raws = [raw for raw, _ in pending]
    if day_first is None:
        day_first = _decide_order(raws)
        if day_first is None:
            first = raws[0].parts
            raise DateOrderUnknown("whatsapp.date_order",
                                   {"example": "/".join(str(p) for p in first)},
                                   field="day_first", hint="whatsapp.date_order_hint")
    messages = []
    for raw, lines in pending:
        try:
            when = _date(raw, day_first)
        except ValueError as exc:
            raise ValidationError("whatsapp.bad_date", {"line": raw.rest[:60]},
                                  field="day_first", hint="whatsapp.date_order_hint") from exc
        messages.append(_message(when, "\n".join(lines).rstrip()))
    return Chat(messages, title=title, day_first=day_first)


def title_of(path: Path) -> str:
    """The other person's name from the export's file name ("" when it does not say)."""
    found = _TITLE.match(path.stem)
    return found.group("name") if found else ""


def read(path: Path | str, *, day_first: bool | None = None) -> Chat:
    """Read a .txt export, or a .zip with the chat and its media.

    Raises:
        ValidationError: not a WhatsApp export, a damaged zip, or no chat inside it.
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError("whatsapp.unreadable", {"name": path.name, "reason": exc.strerror
                                                      or exc}) from exc
    title = title_of(path)
    if data[:4] != b"PK\x03\x04":
        chat = parse_text(decode(data), day_first=day_first, title=title)
        chat.source = None
        return chat
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = [i for i in archive.infolist() if not i.is_dir()]
            texts = [i for i in infos if i.filename.lower().endswith(".txt")]
            chat_info = next((i for i in texts if Path(i.filename).name == "_chat.txt"),
                             texts[0] if len(texts) == 1 else None)
            if chat_info is None:
                raise ValidationError("whatsapp.no_chat_in_zip", {"name": path.name})
            text = decode(archive.read(chat_info))
    except zipfile.BadZipFile as exc:
        raise ValidationError("whatsapp.damaged_zip", {"name": path.name}) from exc
    if not title and Path(chat_info.filename).name != "_chat.txt":
        title = title_of(Path(chat_info.filename))
    chat = parse_text(text, day_first=day_first, title=title)
    chat.source = path
    chat.media = {Path(i.filename).name: i for i in infos if i is not chat_info}
    return chat
