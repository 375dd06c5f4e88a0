"""Header decoding that never raises: RFC 2047 words, RFC 2231 parameters, addresses, dates.

Real mail lies about its charsets (gb2312 that is really gbk, iso-8859-1 that is really
windows-1252, "us-ascii" with 8-bit bytes, names Python has never heard of) and breaks the
rules (8-bit headers, encoded words glued to text, a multibyte character split across two
encoded words). Every function here returns its best reading and never raises.

It is deliberately smaller and faster than :mod:`email`'s header machinery: a sync reads
thousands of headers, and :mod:`email.policy.default` costs milliseconds a message.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import functools
import re
from datetime import UTC, datetime, timedelta
from email.utils import getaddresses, parsedate_to_datetime
from encodings import cp1252

# declared charset -> the codec that reads what senders really mean by it
_MISLABELS = {
    "gb2312": "gb18030",
    "gb_2312-80": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "cp936": "gb18030",
    "euc-cn": "gb18030",
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "l1": "cp1252",
    "iso_8859-1": "cp1252",
    "iso-8859-15": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "ansi_x3.4-1968": "cp1252",
    "iso-8859-9": "cp1254",
    "iso-8859-11": "cp874",
    "tis-620": "cp874",
    "windows-874": "cp874",
    "ks_c_5601-1987": "cp949",
    "euc-kr": "cp949",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "iso-2022-jp": "iso2022_jp_2",
    "big5": "big5hkscs",
    "iso-8859-8-i": "iso-8859-8",
    "unicode-1-1-utf-7": "utf-7",
    "utf8": "utf-8",
    "x-unknown": "",
    "unknown-8bit": "",
    "unknown": "",
    "default": "",
    "charset": "",
}


@functools.lru_cache(maxsize=256)
def codec_for(charset: str | None) -> str:
    """The Python codec to read ``charset`` with; "" when unknown (guess from the bytes)."""
    if not charset:
        return ""
    name = charset.strip().strip("\"'").lower()
    name = name.split("*", 1)[0]  # RFC 2231 language suffix: utf-8*en
    if name in _MISLABELS:
        return _MISLABELS[name]
    try:
        info = codecs.lookup(name)
    except (LookupError, ValueError):
        return ""
    # codecs that are not text encodings (base64_codec, rot13 ...) are not charsets
    if info.name in ("base64", "hex", "quopri", "uu", "zlib", "bz2", "rot-13") or \
            not getattr(info, "_is_text_encoding", True):
        return ""
    return _MISLABELS.get(info.name, info.name)


# windows-1252 with its five undefined bytes read as U+FFFD: what decode("cp1252",
# "replace") gives, without calling the error handler for each such byte (binary data
# labelled as text has thousands: 0.56 ms for a 141 KB part, 0.2 ms this way)
_CP1252_REPLACING = cp1252.decoding_table.replace("\ufffe", "\ufffd")


def decode_bytes(data: bytes, charset: str | None = None) -> str:
    """Text from ``data`` in ``charset``, trying what senders usually meant when it fails."""
    if not data:
        return ""
    if data.isascii():
        # nearly every header and many bodies: no charset question to answer
        # (except UTF-7 and ISO-2022, which are ASCII on the wire)
        codec = codec_for(charset) if charset else ""
        if codec == "utf-7":
            return decode_utf7(data)
        if codec in ("iso2022_jp", "iso2022_jp_2", "iso2022_kr", "hz"):
            try:
                return data.decode(codec)
            except (UnicodeDecodeError, LookupError):
                pass
        return data.decode("ascii")
    codec = codec_for(charset)
    if codec == "utf-7":
        return decode_utf7(data)
    if codec and codec != "cp1252":
        try:
            return data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if codec:
        try:
            return data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            pass
        if codec == "cp1252":
            return codecs.charmap_decode(data, "strict", _CP1252_REPLACING)[0]
        try:
            return data.decode(codec, "replace")
        except LookupError:
            pass
    # cp1252 reads Western mail right; its five undefined bytes fall back to latin-1
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


_UTF7_SHIFT = re.compile(rb"\+([A-Za-z0-9+/]*)-?")


def decode_utf7(data: bytes) -> str:
    """UTF-7 (RFC 2152) read one shifted sequence at a time.

    Python's codec gives up on the whole text at the first bad sequence (a "+" the sender
    forgot to write as "+-", as in a phone number "+60 12-345 6789"; a sequence cut short),
    which left such mail undecoded; here a bad sequence stays as it was written and the
    rest is read.
    """
    out: list[str] = []
    pos = 0
    for m in _UTF7_SHIFT.finditer(data):
        if m.start() > pos:
            out.append(_plain(data[pos : m.start()]))
        pos = m.end()
        run = m.group(1)
        if not run:
            out.append("+")  # "+-" is a plus sign; a lone "+" stays one
            continue
        try:
            out.append((b"+" + run + b"-").decode("utf-7"))
        except UnicodeDecodeError:
            out.append(_plain(data[m.start() : m.end()]))
    out.append(_plain(data[pos:]))
    return "".join(out)


def _plain(data: bytes) -> str:
    """Text outside UTF-7's shifted sequences (ASCII, or stray 8-bit bytes)."""
    return data.decode("ascii") if data.isascii() else decode_bytes(data)


# --- RFC 2047 encoded words --------------------------------------------------------------

_ENCODED_WORD = re.compile(rb"=\?([^?\s]+)\?([bBqQ])\?([^?\s]*)\?=")
_ENCODED_WORD_S = re.compile(r"=\?([^?\s]+)\?([bBqQ])\?([^?\s]*)\?=")
_QP_HEADER = re.compile(rb"=([0-9A-Fa-f]{2})")


def _b64(data: bytes) -> bytes:
    data = re.sub(rb"[^A-Za-z0-9+/]", b"", data)
    extra = len(data) % 4
    if extra == 1:
        data = data[:-1]
    elif extra:
        data += b"=" * (4 - extra)
    try:
        return base64.b64decode(data)
    except (binascii.Error, ValueError):
        return b""


def _q(data: bytes) -> bytes:
    return _QP_HEADER.sub(lambda m: bytes([int(m.group(1), 16)]), data.replace(b"_", b" "))


def decode_words(value: str) -> str:
    """Decode RFC 2047 encoded words in ``value``; other text is left as it is.

    Whitespace between two encoded words is dropped (the RFC says so), and neighbouring
    words in the same charset are joined before decoding, so a character split between
    them survives.
    """
    if "=?" not in value:
        return value
    out: list[str] = []
    pending: list[bytes] = []
    pending_charset = ""
    pos = 0

    def flush() -> None:
        nonlocal pending, pending_charset
        if pending:
            out.append(decode_bytes(b"".join(pending), pending_charset))
        pending = []
        pending_charset = ""

    for m in _ENCODED_WORD_S.finditer(value):
        between = value[pos : m.start()]
        if between and (between.strip() or not pending):
            flush()
            out.append(between)
        charset, enc, text = m.group(1), m.group(2), m.group(3)
        raw = text.encode("latin-1", "replace") if not text.isascii() else text.encode("ascii")
        data = _b64(raw) if enc in "bB" else _q(raw)
        charset = charset.split("*", 1)[0].lower()
        if pending and charset != pending_charset:
            flush()
        pending.append(data)
        pending_charset = charset
        pos = m.end()
    flush()
    out.append(value[pos:])
    return "".join(out)


# --- header blocks --------------------------------------------------------------------


def header_end(raw: bytes) -> tuple[int, int]:
    """(end of the header block, start of the body) in ``raw``; both len(raw) when no body."""
    if raw.startswith((b"\r\n", b"\n")):
        return 0, 2 if raw.startswith(b"\r\n") else 1
    crlf = raw.find(b"\r\n\r\n")
    # only a "\n\n" before the first "\r\n\r\n" matters (none in CRLF mail): searching
    # on would read the whole message, attachments and all
    lf = raw.find(b"\n\n", 0, len(raw) if crlf == -1 else crlf + 1)
    if lf != -1:
        # "\r\n\n" or "\n\r\n" mixes still end the header block
        return lf, lf + 2
    if crlf != -1:
        return crlf, crlf + 4
    mixed = raw.find(b"\n\r\n")
    if mixed != -1:
        return mixed, mixed + 3
    return len(raw), len(raw)


# the lines a header block may hold, from its start: fields, continuations, "From "
# lines, and lines that start with no character (empty, or a carriage return); one match
# steps over them a line at a time and stops where the first other line starts
_HEADER_LINES = re.compile(rb"(?:(?:From |[ \t\r]|[!-9;-~]+[ \t]*:)[^\n]*(?:\n|\Z)|\n)*")


def real_header_end(raw: bytes, hend: int, bstart: int) -> tuple[int, int]:
    """Where the headers end when a line in the header block is not a header field.

    Some senders omit the blank line after the headers; the first line that is neither
    a field nor a continuation then starts the body (unless it is the first line).
    """
    m = _HEADER_LINES.match(raw, 0, hend)
    stop = m.end() if m else 0
    if stop >= hend or stop == 0:
        return hend, bstart
    return stop, stop


# one field: its name (printable ASCII without spaces or colon, RFC 5322 section 2.2),
# blanks (folded or not), a colon, and its value with its continuation lines; lines that
# are no field ("From sender date" mbox lines, a continuation without a field, garbage)
# never match
_FIELD = re.compile(r"^([!-9;-~]+)(?:[ \t]|\n[ \t])*:(.*(?:\n[ \t].*)*)", re.M)


def parse_fields(block: bytes, fallback_charset: str | None = None) -> dict[str, list[str]]:
    """Header fields of ``block`` (unfolded, undecoded): lower-case name -> values in order.

    8-bit bytes are read as UTF-8, else in ``fallback_charset`` (the message's charset),
    else as windows-1252. Lines that are not fields are skipped. One regular expression
    finds every field with its continuation lines: a loop over the lines in Python cost
    more than the rest of reading a small message's headers.
    """
    fields: dict[str, list[str]] = {}
    if not block:
        return fields
    if block.isascii():
        text = block.decode("ascii")
    else:
        try:
            text = block.decode("utf-8")
        except UnicodeDecodeError:
            text = decode_bytes(block, fallback_charset)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "")
    for name, value in _FIELD.findall(text):
        if "\n" in value:  # unfolded: every line break in it starts a continuation
            value = value.replace("\n", "")
        name = name.lower()
        values = fields.get(name)
        if values is None:
            fields[name] = [value.strip()]
        else:
            values.append(value.strip())
    return fields


def first(fields: dict[str, list[str]], name: str) -> str:
    values = fields.get(name)
    return values[0] if values else ""


# --- parameters (Content-Type, Content-Disposition) -----------------------------------


_PARAM_PIECE = re.compile(r'(?:[^;"\\]|"(?:[^"\\]|\\.)*"?|\\.?)+|(?<=;)(?=;|$)')


def _split_params(value: str) -> list[str]:
    """Split on semicolons outside quoted strings."""
    if '"' not in value:
        return value.split(";")
    return _PARAM_PIECE.findall(value) or [value]


_PCT = re.compile(r"%([0-9A-Fa-f]{2})")


# one parameter, its value a token or a quoted string without escapes: most of what
# mail sends ('text/plain; charset="utf-8"', 'multipart/mixed; boundary=x'); the name
# may not be RFC 2231's ("name*=", "name*0=")
_ONE_PARAM = re.compile(r'([^;"\\]+);([^;"\\=*]*)=(\s*"[^"\\]*"\s*|[^;"\\]*)')


def parse_params(value: str) -> tuple[str, dict[str, str]]:
    """("main/sub" or disposition lower-case, parameters) with RFC 2231 and 2047 decoded."""
    if ";" not in value:
        # no parameters (a missing header, "inline", "7bit"): nothing to split or decode
        return value.strip().lower(), {}
    one = _ONE_PARAM.fullmatch(value)
    if one is None:
        return _parse_params(value)
    # the general reading's steps for its one parameter, without its loops
    head, key, val = one.groups()
    key = key.strip().lower()
    val = val.strip()
    if val[:1] == '"':
        val = val[1:-1]
    if "=?" in val and key in ("name", "filename"):
        val = decode_words(val)
    return head.strip().lower(), {key: val}


def _parse_params(value: str) -> tuple[str, dict[str, str]]:
    """:func:`parse_params` of any value with parameters."""
    parts = _split_params(value)
    head = parts[0].strip().lower()
    plain: dict[str, str] = {}
    extended: dict[str, dict[int, tuple[str, bool]]] = {}
    for part in parts[1:]:
        key, eq, val = part.partition("=")
        if not eq:
            continue
        key = key.strip().lower()
        val = val.strip()
        if len(val) >= 2 and val[0] == '"' and val[-1] == '"':
            val = val[1:-1]
            if "\\" in val:
                val = re.sub(r"\\(.)", r"\1", val)
        elif val.startswith('"'):
            val = val[1:]
        if "*" in key:
            base, _, rest = key.partition("*")
            index_text = rest.rstrip("*")
            index = int(index_text) if index_text.isdigit() else 0
            extended.setdefault(base, {})[index] = (val, key.endswith("*"))
        else:
            plain.setdefault(key, val)
    for base, pieces in extended.items():
        charset = ""
        chunks: list[bytes] = []
        for i in sorted(pieces):
            val, encoded = pieces[i]
            if encoded:
                if i == min(pieces) and val.count("'") >= 2:
                    charset, _lang, val = val.split("'", 2)
                chunks.append(_PCT.sub(lambda m: chr(int(m.group(1), 16)), val)
                              .encode("latin-1", "replace"))
            else:
                chunks.append(val.encode("utf-8", "replace"))
        plain[base] = decode_bytes(b"".join(chunks), charset or "utf-8")
    for key in ("name", "filename"):
        if key in plain and "=?" in plain[key]:
            plain[key] = decode_words(plain[key])
    return head, plain


# --- addresses, ids, dates -------------------------------------------------------------

_ANGLE_ADDR = re.compile(r"<([^<>\s]+@[^<>\s]+)>")
_BARE_ADDR = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w.-]+")


# "Name <a@b>", '"Name" <a@b>' or "a@b": one address of the common case; a quoted name
# holding a comma is cut in two by the split on commas, and then neither half matches
_SIMPLE_ADDR = re.compile(
    r'\s*(?:(?:"([^"\\]*)"|([^<>,"]*?))\s*<([^<>\s,"]+@[^<>\s,"]+)>|([^<>\s,"]+@[^<>\s,"]+))\s*')


# "user at example.com": how list archives (Mailman's pipermail, MHonArc) hide addresses
_SPELLED_AT = re.compile(
    r"(?<![^\s<(,])([^\s<>(),;:@\"]+) at ((?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,})(?=$|[\s>),;])")


# what only the stdlib's parser reads right: comments, groups, routes, quoted pairs
_NOT_SIMPLE = re.compile(r'[();:\\]')


def parse_addresses(value: str) -> list[tuple[str, str]]:
    """[(display name, address)] from an address header; names decoded, addresses lower."""
    if not value:
        return []
    if "@" not in value:
        if " at " in value:
            value = _SPELLED_AT.sub(r"\1@\2", value)
        if "@" not in value and not any(c in value for c in ":<>") and \
                ("=?" in value or " " in value.strip()):
            # a name alone ("=?koi8-r?B?...?=", "Siti Aminah"): the stdlib's parser would
            # take its first word, or the encoded word itself, for the address
            name = clean_text(decode_words(value)).strip('"').strip()
            return [(name, "")] if name else []
    if not _NOT_SIMPLE.search(value):
        # the common case, 'Name <a@b>, "Name" <c@d>, e@f', without the stdlib's
        # character-by-character parser (it reads these the same way)
        simple: list[tuple[str, str]] = []
        for piece in value.split(","):
            if not piece.strip():
                continue
            m = _SIMPLE_ADDR.fullmatch(piece)
            if m is None:
                simple = []
                break
            quoted, name, addr, bare = m.groups()
            if bare is not None:
                simple.append(("", bare.lower()))
            elif quoted is not None:
                simple.append((decode_words(quoted).strip().strip('"').strip(), addr.lower()))
            else:
                simple.append((decode_words(name).strip(), addr.lower()))
        if simple:
            return simple
    try:
        pairs = getaddresses([value])
    except Exception:  # noqa: BLE001 - the stdlib parser raises odd errors on odd input
        pairs = []
    out: list[tuple[str, str]] = []
    for name, addr in pairs:
        addr = addr.strip().strip("<>").lower()
        if not addr and not name:
            continue
        out.append((decode_words(name).strip().strip('"').strip(), addr))
    if not any(addr for _, addr in out):
        found = _ANGLE_ADDR.findall(value) or _BARE_ADDR.findall(value)
        if found:
            out = [("", a.lower()) for a in found]
            if len(found) == 1:
                name = decode_words(value.split("<", 1)[0]).strip().strip('"').strip()
                out = [(name, found[0].lower())]
    return out


def format_addresses(pairs: list[tuple[str, str]]) -> str:
    """Pairs back to one readable line: 'Name <a@b>, c@d'."""
    shown = []
    for name, addr in pairs:
        if name and addr:
            shown.append(f"{name} <{addr}>")
        else:
            shown.append(name or addr)
    return ", ".join(shown)


_MSGID = re.compile(r"<([^<>]+)>")


def parse_msgid(value: str) -> str:
    """The first message id in ``value``, without angle brackets or spaces."""
    if not value:
        return ""
    m = _MSGID.search(value)
    text = m.group(1) if m else value.strip().split()[0] if value.strip() else ""
    return "".join(text.split())[:990]


def parse_references(value: str) -> list[str]:
    """Every message id in a References/In-Reply-To value, in order, without duplicates."""
    if not value:
        return []
    ids = ["".join(x.split())[:990] for x in _MSGID.findall(value)]
    if not ids:
        ids = [tok.strip("<>") for tok in value.split() if "@" in tok]
    seen: set[str] = set()
    out = []
    for i in ids:
        if i and i not in seen:
            seen.add(i)
            out.append(i)
    return out


# RFC 5322's own form with a numeric zone, as nearly every mail program writes it:
# "Wed, 2 Dec 2026 08:04:59 +0700", perhaps followed by a comment "(WIB)"
_PLAIN_DATE = re.compile(
    r"\s*(?:[A-Za-z]{3},\s*)?([0-9]{1,2})\s+([A-Za-z]{3})\s+([12][0-9]{3})\s+([0-9]{1,2}):([0-9]{2})"
    r"(?::([0-9]{2}))?\s+([+-])([01][0-9])([0-5][0-9])(?:\s+\([^()]*\))?\s*")
_MONTHS = {name: number for number, name in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
    start=1)}


def _plain_date(value: str) -> datetime | None:
    """:func:`parse_date` of the common form, without the stdlib's general parser (which
    reads it the same way); None for any other form or an impossible date."""
    m = _PLAIN_DATE.fullmatch(value)
    if m is None:
        return None
    day, month_name, year, hour, minute, second, sign, zone_h, zone_m = m.groups()
    month = _MONTHS.get(month_name.lower())
    if month is None:
        return None
    offset = timedelta(hours=int(zone_h), minutes=int(zone_m))
    try:
        local = datetime(int(year), month, int(day), int(hour), int(minute),
                         int(second or 0), tzinfo=UTC)
        dt = local - offset if sign == "+" else local + offset
    except (ValueError, OverflowError):
        return None
    return dt if 1971 <= dt.year <= 2100 else None


def parse_date(value: str) -> datetime | None:
    """An aware UTC datetime from a Date header, or None when it cannot be read."""
    if not value:
        return None
    plain = _plain_date(value)
    return plain if plain is not None else date_by_email_utils(value)


def date_by_email_utils(value: str) -> datetime | None:
    """:func:`parse_date` by the standard library's reader alone (every form it knows;
    the fast path above reads the common one the same way, 1971-2100 only)."""
    try:
        dt = parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if dt is None:
        return None
    try:
        dt = dt.replace(tzinfo=UTC) if dt.tzinfo is None else dt.astimezone(UTC)
    except (OverflowError, ValueError):
        return None
    if not 1971 <= dt.year <= 2100:
        return None
    return dt


def clean_text(value: str, limit: int = 0) -> str:
    """One line: control characters and runs of whitespace become single spaces."""
    text = " ".join(value.replace("\x00", "").split())
    return text[:limit] if limit else text
