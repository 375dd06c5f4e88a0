r"""Making mail HTML safe to show: sanitizing, remote-content blocking, and HTML -> text.

The stored ``Message.html_body`` is the output of :func:`sanitize`: no scripts, no event
handlers, no forms, no frames, only harmless style properties, links that cannot reach the
opener. The sync stores mail's HTML as received beside it and leaves ``html_body`` empty;
:mod:`seller_desk.core.mail.ingest.bodies` cleans it with :func:`sanitize` when the
message is first shown or quoted, and nothing else reads the HTML as received. Remote images (tracking pixels) are kept in the stored HTML but blocked at display
time by :func:`with_remote_content_blocked` unless the seller allows them for that sender.

Every address that makes the viewer load something (``src``, ``background``, ``url()`` in
a style ...) must be ``http(s)``, ``cid`` or ``data``; a link may also be ``mailto`` or
``tel``. Everything else is dropped: a relative address (``/dev/zero``, ``x.png``), a
``file:`` one, ``//host/x`` and ``\\host\share`` (a Windows file share) all name a file on
the seller's computer or network once a viewer resolves them, and reading ``/dev/zero``
that way ran the app out of memory.
"""

from __future__ import annotations

import base64
import binascii
import copy
import html as html_lib
import re
import urllib.parse
from collections.abc import Callable
from typing import Any

import nh3

_TAGS = set(nh3.ALLOWED_TAGS) | {"font", "tfoot", "center", "big", "u"}

_ATTRIBUTES: dict[str, set[str]] = copy.deepcopy(nh3.ALLOWED_ATTRIBUTES)
_ATTRIBUTES.setdefault("*", set()).update(
    {"style", "align", "valign", "width", "height", "bgcolor", "color", "dir", "lang", "title"}
)
_ATTRIBUTES.setdefault("font", set()).update({"color", "face", "size"})
for _tag in ("table", "td", "th", "tr", "tbody"):
    _ATTRIBUTES.setdefault(_tag, set()).update(
        {"border", "cellpadding", "cellspacing", "background", "nowrap"}
    )
_ATTRIBUTES.setdefault("img", set()).update({"border", "hspace", "vspace"})

# layout and typography only: nothing that positions over the app or loads a URL
_STYLE_PROPERTIES = {
    "color", "background-color", "font", "font-family", "font-size", "font-style",
    "font-weight", "text-align", "text-decoration", "text-indent", "text-transform",
    "line-height", "letter-spacing", "word-spacing", "white-space", "vertical-align",
    "margin", "margin-top", "margin-right", "margin-bottom", "margin-left",
    "padding", "padding-top", "padding-right", "padding-bottom", "padding-left",
    "border", "border-top", "border-right", "border-bottom", "border-left", "border-color",
    "border-style", "border-width", "border-collapse", "border-spacing", "border-radius",
    "width", "height", "max-width", "min-width", "max-height", "display", "direction",
    "list-style-type", "table-layout",
}

_URL_SCHEMES = {"http", "https", "mailto", "tel", "cid", "data"}
# what an address that loads may be; links (a href) may also open a mail or phone app
LOAD_SCHEMES = frozenset({"http", "https", "cid", "data"})
_LINK_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
# attributes holding an address the viewer loads or opens; only those allowed by
# _ATTRIBUTES ever reach the filter, the rest are listed so that allowing one later is safe
_LOAD_ATTRIBUTES = frozenset({"src", "background", "srcset", "poster", "lowsrc", "dynsrc",
                              "longdesc", "data", "codebase", "action", "formaction",
                              "xlink:href", "usemap", "manifest", "icon", "profile"})
_LINK_ATTRIBUTES = frozenset({"href", "cite"})
_SCHEME = re.compile(r"([a-zA-Z][a-zA-Z0-9+.-]*):")
_UNSAFE_IN_ADDRESS = re.compile(r"[\x00-\x1f\x7f\\]")
# a style declaration that could load something: url(), image-set() and friends, @import,
# and any CSS escape (u\72l( is url( to a CSS parser)
_STYLE_LOADS = re.compile(r"\\|url\s*\(|image[\w-]*\s*\(|@import|expression\s*\(", re.I)

_WEB_SCHEMES = frozenset({"http", "https"})

# nh3's output quotes every attribute with double quotes and escapes quotes inside
_LOADED_ADDRESS = re.compile(r'\s(?:src|background)="([^"]*)"', re.I)
_REMOTE_ATTR = re.compile(r'(\s(?:src|background|srcset|poster)=")((?:https?:)?//[^"]*)(")', re.I)
# what _REMOTE_ATTR finds, written to start from its fixed '="' (the attribute's name is
# looked behind): the regex engine then jumps from one '="' to the next instead of trying
# every position of the text (9x faster over the bench's HTML)
_REMOTE_VALUE = re.compile(r'="(?:(?<=\ssrc=")|(?<=\sbackground=")|(?<=\ssrcset=")|'
                           r'(?<=\sposter="))(?:https?:)?//[^"]*"', re.I)

# a tag that breaks a line, captured: split on it, the tags are every other piece
_BLOCK_BREAK = re.compile(
    r"(<(?:br|/?p|/?div|/?tr|/?li|/?h[1-6]|/?table|/?blockquote|/?pre|hr|/?dt|/?dd)\b[^>]*>)",
    re.I)
_CELL_BREAK = re.compile(r"</t[dh]\s*>", re.I)
#: the blanks that html_to_text runs together into one space (a line break ends a run)
_BLANKS = "\t\r\f\v\u00a0"
_BLANK_LINES = re.compile(r"\n\s*\n\s*\n+")


def safe_address(value: str, schemes: frozenset[str] = LOAD_SCHEMES) -> str | None:
    r"""``value`` when it is an absolute address in one of ``schemes``, else None.

    Relative addresses are refused whatever they look like: a viewer resolves them against
    the local file system (``/etc/passwd``, ``x.png``, ``//host/x``). So is anything with a
    backslash (``\\host\share``, ``http:\\host``: Windows and some parsers read it as a
    path or a slash) or a control character (an address split by a tab or a new line
    reads differently to different parsers).
    """
    address = value.strip(" \t\n\r\f")
    if _UNSAFE_IN_ADDRESS.search(address):
        return None
    match = _SCHEME.match(address)
    if match is None:
        return None
    scheme = match.group(1).lower()
    if scheme not in schemes:
        return None
    rest = address[match.end():]
    if scheme in ("http", "https"):
        # a host is required: "http:/dev/zero" is no web address
        if not rest.startswith("//") or rest[2:3] in ("", "/"):
            return None
    elif not rest:
        return None
    return address


def _safe_style(value: str) -> str | None:
    """The declarations of a style attribute that cannot load anything."""
    if "(" not in value and "\\" not in value and "@" not in value:
        return value  # every way to load needs one of them (most styles have none)
    if not _STYLE_LOADS.search(value):
        return value
    kept = [d for d in value.split(";") if d.strip() and not _STYLE_LOADS.search(d)]
    return ";".join(kept) or None


def _safe_link(value: str) -> str | None:
    return safe_address(value, _LINK_SCHEMES)


# attribute -> its check; nh3 calls the hook for every attribute, so one lookup decides
_ATTRIBUTE_CHECKS: dict[str, Callable[[str], str | None]] = {
    "style": _safe_style,
    **{name: _safe_link for name in _LINK_ATTRIBUTES},
    **{name: safe_address for name in _LOAD_ATTRIBUTES},
}


def _filter_attribute(_tag: str, attribute: str, value: str) -> str | None:
    """nh3's per-attribute hook: addresses and styles checked by our rules (None drops)."""
    check = _ATTRIBUTE_CHECKS.get(attribute)
    return value if check is None else check(value)


_SANITIZE_OPTIONS: dict[str, Any] = {
    "tags": _TAGS,
    "clean_content_tags": {"script", "style", "title", "textarea", "select", "noscript"},
    "attributes": _ATTRIBUTES,
    "url_schemes": _URL_SCHEMES,
    # our rules for every address and style (nh3's own scheme check lets relative ones by)
    "attribute_filter": _filter_attribute,
    "filter_style_properties": _STYLE_PROPERTIES,
    "link_rel": "noopener noreferrer",
    "strip_comments": True,
}
_TEXT_OPTIONS: dict[str, Any] = {
    "tags": set(),
    "clean_content_tags": {"script", "style", "title", "head", "textarea", "select"},
    "strip_comments": True,
}


def _cleaner(options: dict[str, Any]) -> Any:
    """A reusable nh3 cleaner (building one per call is most of nh3's cost), when available."""
    factory = getattr(nh3, "Cleaner", None)
    if factory is None:
        return lambda text: nh3.clean(text, **options)
    return factory(**options).clean


_sanitizer = _cleaner(_SANITIZE_OPTIONS)
_text_cleaner = _cleaner(_TEXT_OPTIONS)


def sanitize(html: str) -> tuple[str, bool]:
    """Safe HTML from ``html``, and whether it refers to remote content (images, etc.)."""
    if not html:
        return "", False
    safe: str = _sanitizer(html)
    return safe, has_remote_content(safe)


def has_remote_content(safe_html: str) -> bool:
    """True when sanitized HTML would load something from the internet when shown."""
    return _REMOTE_VALUE.search(safe_html) is not None


def with_remote_content_blocked(safe_html: str) -> str:
    """Sanitized HTML with every remote image/background removed (links still work)."""
    return _REMOTE_ATTR.sub(r"\1\3", safe_html)


def for_display(safe_html: str, allow_remote: bool) -> str:
    """What the viewer shows: remote content only when the seller allowed it."""
    return safe_html if allow_remote else with_remote_content_blocked(safe_html)


def remote_addresses(safe_html: str) -> set[str]:
    """The web addresses sanitized HTML loads when shown (images and backgrounds)."""
    found = set()
    for m in _LOADED_ADDRESS.finditer(safe_html or ""):
        address = safe_address(html_lib.unescape(m.group(1)), _WEB_SCHEMES)
        if address:
            found.add(address)
    return found


def data_address_bytes(address: str) -> tuple[str, bytes] | None:
    """The media type and the bytes of a ``data:`` address (RFC 2397), None if malformed."""
    if address[:5].lower() != "data:" or "," not in address:
        return None
    header, _, payload = address[5:].partition(",")
    params = [p.strip().lower() for p in header.split(";")]
    media_type = params[0] or "text/plain"
    raw = urllib.parse.unquote_to_bytes(payload)
    if "base64" in params[1:]:
        try:
            return media_type, base64.b64decode(b"".join(raw.split()), validate=True)
        except (binascii.Error, ValueError):
            return None
    return media_type, raw


def _collapse_blanks(text: str) -> str:
    """Each run of spaces, tabs, carriage returns, form feeds and no-break spaces as one
    space; line breaks stay.

    By replacing, not by a pattern: a character class that may start a match is tried at
    every position of the text, 8x slower over the bench's HTML-only mail (whose text has
    a blank at every other character), while ``str.replace`` skips ahead to each hit.
    Each other blank becomes a space first, then doubled spaces are halved until none is
    left (a run of n spaces takes log2(n) passes).
    """
    for blank in _BLANKS:
        if blank in text:
            text = text.replace(blank, " ")
    while "  " in text:
        text = text.replace("  ", " ")
    return text


def html_to_text(html: str, limit: int = 0) -> str:
    """Readable plain text of an HTML body, for snippets, search and the text view."""
    if not html:
        return ""
    # a line break before each block tag; split and joined, since a replacement that
    # names the match (a function, or \g<0>) costs a Python call per tag in Python 3.11
    pieces = _BLOCK_BREAK.split(html)
    pieces[1::2] = ["\n" + tag for tag in pieces[1::2]]
    marked = _CELL_BREAK.sub(" \t</td>", "".join(pieces))
    stripped: str = _text_cleaner(marked)
    text = _collapse_blanks(html_lib.unescape(stripped))
    lines = [line.strip() for line in text.split("\n")]
    text = "\n".join(lines).strip()
    text = _BLANK_LINES.sub("\n\n", text)
    return text[:limit] if limit else text
