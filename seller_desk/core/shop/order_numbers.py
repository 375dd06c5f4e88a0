"""Order numbers, relay addresses and marketplace notices, recognised by patterns kept as data.

The patterns live in ``resources/order_patterns.json``; a file of the same name in the data
folder replaces it, so a seller can add the formats of their own shop. Patterns are
compiled once and kept until :func:`reload` (the mail sync calls :func:`detect` for every
message, so it must stay cheap).
"""

from __future__ import annotations

import json
import logging
import re
import threading
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from seller_desk.core.common import paths
from seller_desk.core.common import settings as common_settings
from seller_desk.core.common.errors import ValidationError

logger = logging.getLogger(__name__)

FILE_NAME = "order_patterns.json"
#: Only the start of a long body is searched: order numbers sit near the top.
MAX_TEXT = 20_000
MAX_DETECTIONS = 10

NOTICE_KINDS = ("sold", "paid", "shipped")
_CURRENCY_SYMBOLS = {"RM": "MYR", "RP": "IDR", "$": "USD", "US$": "USD", "US $": "USD",
                     "S$": "SGD"}


@dataclass(frozen=True)
class Detection:
    """An order number found in text, with the channel whose format it has."""

    channel: str
    number: str


@dataclass(frozen=True)
class NoticeFacts:
    """What a marketplace notification mail says about an order (best effort)."""

    channel: str
    kind: str  # sold, paid or shipped
    number: str
    amount: Decimal | None = None
    currency: str = ""
    product: str = ""
    tracking: str = ""


@dataclass
class _NumberPattern:
    channel: str
    name: str
    regex: re.Pattern[str]
    upper: bool
    # the text every match begins with ("" when none can be told), lower case when the
    # pattern ignores case: a text without it is not searched (see required_start)
    start: str = ""
    ignore_case: bool = False


@dataclass
class _Notice:
    channel: str
    sender: re.Pattern[str]
    kinds: list[tuple[str, re.Pattern[str]]]
    fields: dict[str, re.Pattern[str]] = field(default_factory=dict)


@dataclass
class PatternSet:
    """The compiled patterns of one file."""

    source: Path
    numbers: list[_NumberPattern]
    relays: list[tuple[str, re.Pattern[str]]]
    notices: list[_Notice]


_lock = threading.Lock()
_cached: PatternSet | None = None
_cached_team: Any = None  # the team's document the cached patterns were made from


def default_path() -> Path:
    return paths.resource(FILE_NAME)


def user_path() -> Path:
    """The seller's own copy (replaces the defaults when present)."""
    return paths.data_dir(create=False) / FILE_NAME


def _compile(text: str, flags: int, where: str) -> re.Pattern[str]:
    try:
        return re.compile(text, flags)
    except re.error as exc:
        raise ValidationError("patterns.invalid", {"where": where, "reason": exc},
                              field="patterns") from None


# "(?<!CLASS)FIRST{n,m}REST": a pattern that begins with a look-behind (the usual way to say
# "not inside a longer number") makes Python's regex engine try every position of the text.
_LEADING_LOOKBEHIND = re.compile(
    r"^\(\?<!(?P<behind>\[(?:[^\]\\]|\\.)+\])\)"
    r"(?P<first>\[(?:[^\]\\]|\\.)+\]|[A-Za-z0-9#@&_])"
    r"(?:\{(?P<low>[0-9]+)(?:(?P<comma>,)(?P<high>[0-9]*))?\})?"
    r"(?P<rest>.*)$", re.S)


def fast_form(pattern: str) -> str:
    """The same pattern with its leading look-behind moved after the first character.

    ``(?<![0-9])[0-9]{6}...`` becomes ``[0-9](?<![0-9][\\s\\S])[0-9]{5}...``: the engine can
    then jump to the places where the first character occurs (3-16x faster on real mail),
    and the match is the same, because the look-behind still tests the character before
    the match. Patterns of any other shape are returned unchanged.
    """
    m = _LEADING_LOOKBEHIND.match(pattern)
    if m is None or m["rest"][:1] in ("*", "+", "?", "{"):
        return pattern  # not this shape, or a quantifier this rewrite does not split
    first, low, high = m["first"], m["low"], m["high"]
    if low is None:
        repeat = ""
    else:
        lo = int(low)
        if lo < 1 or (m["comma"] and high and int(high) < lo):
            return pattern
        if m["comma"]:
            repeat = first + "{" + f"{lo - 1}," + (str(int(high) - 1) if high else "") + "}"
        else:
            repeat = first + "{" + str(lo - 1) + "}" if lo > 1 else ""
    return first + "(?<!" + m["behind"] + "[\\s\\S])" + repeat + m["rest"]


# a leading look-behind, whose content holds no group: it tests, but takes no character
_LOOKBEHIND = re.compile(r"^\(\?<[!=](?:\[(?:[^\]\\]|\\.)+\]|\\.|[^()\\\[])*\)")
# characters that stand for themselves outside a character class (in a pattern without
# the verbose flag, which a pattern could only set inline, at its start)
_LITERAL_RUN = re.compile(r"[A-Za-z0-9/#@&_:=%!,;'\"<> -]*")


def required_start(pattern: str) -> str:
    """The text every match of ``pattern`` begins with: its leading literal characters,
    after a leading look-behind ("" when the pattern does not start so, or has an
    alternative anywhere).

    ``INV/[0-9]{8}...`` begins with ``INV/``: a text without it holds no Tokopedia number,
    and testing that costs a small part of the pattern's own search, which with
    IGNORECASE can skip ahead to no character and tries every position instead.
    """
    if "|" in pattern:
        return ""
    behind = _LOOKBEHIND.match(pattern)
    rest = pattern[behind.end():] if behind else pattern
    run = _LITERAL_RUN.match(rest)
    literal = run.group(0) if run else ""
    if rest[len(literal):len(literal) + 1] in ("?", "*", "{", "+"):
        literal = literal[:-1]  # the last one is repeated, maybe not at all
    return literal


def _may_match(pat: _NumberPattern, text: str, folded: str | None) -> bool:
    """Whether ``text`` holds the start every match of ``pat`` begins with (True when
    that cannot be told cheaply). ``folded`` is ``text`` in lower case when it is ASCII:
    for ASCII text, IGNORECASE is exactly a comparison in lower case (other texts may
    hold the few characters that match an ASCII letter too, such as the Kelvin sign)."""
    if not pat.start:
        return True
    if not pat.ignore_case:
        return pat.start in text
    return folded is None or pat.start in folded


def _compile_fast(text: str, flags: int, where: str) -> re.Pattern[str]:
    original = _compile(text, flags, where)
    fast = fast_form(text)
    if fast == text:
        return original
    try:
        return re.compile(fast, flags)
    except re.error:
        return original


def compile_patterns(data: dict[str, Any], source: Path) -> PatternSet:
    """Compile a pattern document; raise ValidationError naming the first bad pattern."""
    numbers = []
    for i, spec in enumerate(data.get("order_numbers", [])):
        flags = re.IGNORECASE if spec.get("ignore_case") else 0
        start = required_start(spec["regex"])
        if flags:  # compared in lower case, in ASCII text only (see _may_match)
            start = start.lower() if start.isascii() else ""
        numbers.append(_NumberPattern(
            channel=str(spec["channel"]), name=str(spec.get("name", spec["channel"])),
            regex=_compile_fast(spec["regex"], flags, f"order_numbers[{i}]"),
            upper=bool(spec.get("upper")), start=start, ignore_case=bool(flags),
        ))
    relays = [
        (str(spec.get("channel", "other")),
         _compile(spec["regex"], re.IGNORECASE, f"relay_addresses[{i}]"))
        for i, spec in enumerate(data.get("relay_addresses", []))
    ]
    notices = []
    for i, spec in enumerate(data.get("notifications", [])):
        where = f"notifications[{i}]"
        kinds = []
        for kind in spec.get("kinds", []):
            if kind["kind"] not in NOTICE_KINDS:
                raise ValidationError("patterns.notice_kind_unknown",
                                      {"where": where, "kind": kind["kind"]}, field="patterns")
            kinds.append((kind["kind"], _compile(kind["subject"], re.IGNORECASE, where)))
        fields = {
            name: _compile(regex, re.IGNORECASE | re.MULTILINE, f"{where}.{name}")
            for name, regex in spec.get("fields", {}).items()
        }
        notices.append(_Notice(str(spec["channel"]),
                               _compile(spec["sender"], re.IGNORECASE, where), kinds, fields))
    return PatternSet(source, numbers, relays, notices)


#: the team's key (in its database) for the shop's own patterns: the same for everyone
SHARED_KEY = "order_patterns"


def _team_patterns() -> Any:
    """The team's own patterns (a JSON document), None on a personal shop or while the
    team uses the defaults."""
    store = common_settings.shared_store()
    return store.values().get(SHARED_KEY) if store is not None else None


def load(path: Path | None = None) -> PatternSet:
    """Read and compile a pattern file (the seller's copy, else the defaults); a team's
    patterns come from its database."""
    if path is None and (team := _team_patterns()) is not None:
        try:
            return compile_patterns(team, Path("team database"))
        except (ValueError, KeyError, TypeError, ValidationError):
            logger.exception("The team's order patterns cannot be used; using the defaults")
            return load(default_path())
    if path is None:
        path = user_path() if user_path().is_file() else default_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return compile_patterns(data, path)
    except (OSError, ValueError, KeyError, TypeError, ValidationError):
        if path == default_path():
            raise
        # a broken personal file must not stop mail from being linked
        logger.exception("Order patterns in %s cannot be used; using the defaults", path)
        return load(default_path())


def patterns() -> PatternSet:
    """The patterns in use (compiled once per process; in a team, again when someone
    changed them: the document read is the store's cached one, so this stays cheap)."""
    global _cached, _cached_team
    current = _cached
    if common_settings.shared_store() is not None:
        team = _team_patterns()
        if team is not _cached_team and team != _cached_team:
            with _lock:
                _cached, _cached_team = None, team
            current = None
    if current is None:
        with _lock:
            if _cached is None:
                _cached = load()
            current = _cached
    return current


def reload() -> PatternSet:
    """Forget the compiled patterns (after the seller edited them) and load them again."""
    global _cached
    with _lock:
        _cached = None
    return patterns()


def save_user_patterns(data: dict[str, Any]) -> Path:
    """Check and save the seller's own pattern file, then use it.

    Raises:
        ValidationError: a pattern does not compile; nothing was saved.
    """
    target = user_path()
    compile_patterns(data, target)
    store = common_settings.shared_store()
    if store is not None:  # a team: the shop's patterns, the same for everyone
        store.write(SHARED_KEY, data)
        reload()
        return Path("team database")
    paths.private_dir(target.parent)
    tmp = target.with_suffix(".tmp")
    paths.write_private(tmp, json.dumps(data, indent=2, ensure_ascii=False).encode("utf-8"))
    tmp.replace(target)
    reload()
    return target


def own_document() -> dict[str, Any] | None:
    """The shop's own patterns as saved (a team's from its database, else the seller's
    file), or None while the defaults are in use."""
    if common_settings.shared_store() is not None:
        team = _team_patterns()
        return dict(team) if isinstance(team, dict) else None
    path = user_path()
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        logger.exception("Cannot read %s", path)
        return None
    return data if isinstance(data, dict) else None


def has_own_patterns() -> bool:
    """Whether the shop keeps patterns of its own (a team's in its database, else the
    seller's file, even a damaged one: resetting is then what to offer)."""
    if common_settings.shared_store() is not None:
        return _team_patterns() is not None
    return user_path().is_file()


def reset_own_patterns() -> None:
    """Back to the patterns that come with Seller Desk (for the whole team, in a team)."""
    store = common_settings.shared_store()
    if store is not None:
        store.write(SHARED_KEY, None)
    else:
        user_path().unlink(missing_ok=True)
    reload()


def detect(*texts: str, pattern_set: PatternSet | None = None) -> list[Detection]:
    """Order numbers in ``texts`` (subject, body ...), in order of appearance, no repeats."""
    ps = pattern_set or patterns()
    found: list[Detection] = []
    seen: set[tuple[str, str]] = set()
    for text in texts:
        if not text:
            continue
        text = text[:MAX_TEXT]
        folded = text.lower() if text.isascii() else None
        hits: list[tuple[int, Detection]] = []
        for pat in ps.numbers:
            if not _may_match(pat, text, folded):
                continue
            for m in pat.regex.finditer(text):
                number = m.group(0).upper() if pat.upper else m.group(0)
                hits.append((m.start(), Detection(pat.channel, number)))
        for _, det in sorted(hits, key=lambda h: h[0]):
            key = (det.channel, det.number)
            if key not in seen:
                seen.add(key)
                found.append(det)
                if len(found) >= MAX_DETECTIONS:
                    return found
    return found


def relay_channel(email: str, pattern_set: PatternSet | None = None) -> str | None:
    """The marketplace whose relay address ``email`` is, or None for a real address."""
    ps = pattern_set or patterns()
    for channel, regex in ps.relays:
        if regex.search(email or ""):
            return channel
    return None


def parse_amount(text: str, currency: str = "") -> Decimal | None:
    """Read "1,234.50", "1.234,50", "320.000" (rupiah) or "320,000.00" as a Decimal."""
    text = text.strip().rstrip(".,")
    if not text:
        return None
    if "," in text and "." in text:
        decimal_mark = "," if text.rfind(",") > text.rfind(".") else "."
    else:
        mark = "," if "," in text else ("." if "." in text else "")
        tail = text.rsplit(mark, 1)[1] if mark else ""
        # one separator followed by exactly three digits is a thousands separator
        # ("320.000" rupiah), unless the currency has cents and it appears once
        many = text.count(mark) > 1 if mark else False
        if mark and (many or (len(tail) == 3 and currency in ("IDR", "VND", ""))):
            decimal_mark = ""
        else:
            decimal_mark = mark
    thousands = {",", "."} - {decimal_mark}
    for sep in thousands:
        text = text.replace(sep, "")
    if decimal_mark:
        text = text.replace(decimal_mark, ".")
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def read_notice(sender: str, subject: str, body: str,
                pattern_set: PatternSet | None = None) -> NoticeFacts | None:
    """Order facts from a marketplace notification mail, or None when it is not one we read."""
    ps = pattern_set or patterns()
    sender = (sender or "").lower()
    for notice in ps.notices:
        if not notice.sender.search(sender):
            continue
        kind = next((k for k, regex in notice.kinds if regex.search(subject or "")), None)
        if kind is None:
            return None
        text = f"{subject}\n{(body or '')[:MAX_TEXT]}"
        values: dict[str, str] = {}
        currency = ""
        for name, regex in notice.fields.items():
            m = regex.search(text)
            if m:
                values[name] = m.group("v").strip()
                if name == "amount" and "currency" in regex.groupindex:
                    raw = (m.group("currency") or "").upper().strip()
                    currency = _CURRENCY_SYMBOLS.get(raw, raw)
        number = values.get("number", "")
        if not number:
            # the number may only be in the subject, in any known format of this channel
            number = next((d.number for d in detect(subject, text, pattern_set=ps)
                           if d.channel == notice.channel), "")
        if not number:
            return None
        upper = any(p.upper for p in ps.numbers if p.channel == notice.channel)
        return NoticeFacts(
            channel=notice.channel,
            kind=kind,
            number=number.upper() if upper else number,
            amount=parse_amount(values["amount"], currency) if "amount" in values else None,
            currency=currency if len(currency) == 3 else "",
            product=values.get("product", "")[:300],
            tracking=re.sub(r"\s+", "", values.get("tracking", "")).upper(),
        )
    return None
