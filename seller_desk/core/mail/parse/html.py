"""Making mail HTML safe to show: sanitizing, remote-content blocking, and HTML -> text.

The stored ``Message.html_body`` is the output of :func:`sanitize`: no scripts, no event
handlers, no forms, no frames, only harmless style properties, links that cannot reach the
opener. Remote images (tracking pixels) are kept in the stored HTML but blocked at display
time by :func:`with_remote_content_blocked` unless the seller allows them for that sender.
"""

from __future__ import annotations

import copy
import html as html_lib
import re
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
}  # fmt: skip

_URL_SCHEMES = {"http", "https", "mailto", "tel", "cid", "data"}

# nh3's output quotes every attribute with double quotes and escapes quotes inside
_REMOTE_ATTR = re.compile(r'(\s(?:src|background|srcset|poster)=")((?:https?:)?//[^"]*)(")', re.I)

_BLOCK_BREAK = re.compile(
    r"<(?:br|/?p|/?div|/?tr|/?li|/?h[1-6]|/?table|/?blockquote|/?pre|hr|/?dt|/?dd)\b[^>]*>", re.I
)
_CELL_BREAK = re.compile(r"</t[dh]\s*>", re.I)
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_BLANK_LINES = re.compile(r"\n\s*\n\s*\n+")


_SANITIZE_OPTIONS: dict[str, Any] = {
    "tags": _TAGS,
    "clean_content_tags": {"script", "style", "title", "textarea", "select", "noscript"},
    "attributes": _ATTRIBUTES,
    "url_schemes": _URL_SCHEMES,
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
    return _REMOTE_ATTR.search(safe_html) is not None


def with_remote_content_blocked(safe_html: str) -> str:
    """Sanitized HTML with every remote image/background removed (links still work)."""
    return _REMOTE_ATTR.sub(r"\1\3", safe_html)


def for_display(safe_html: str, allow_remote: bool) -> str:
    """What the viewer shows: remote content only when the seller allowed it."""
    return safe_html if allow_remote else with_remote_content_blocked(safe_html)


def with_inline_images(safe_html: str, files: dict[str, str]) -> str:
    """Replace ``cid:`` references by local file URLs (content id -> file:// URL)."""
    if not files or "cid:" not in safe_html:
        return safe_html

    def repl(m: re.Match[str]) -> str:
        target = files.get(html_lib.unescape(m.group(2)).strip("<>"))
        return f"{m.group(1)}{html_lib.escape(target, quote=True)}{m.group(3)}" if target \
            else m.group(0)  # fmt: skip

    return re.sub(r'(\ssrc=")cid:([^"]*)(")', repl, safe_html, flags=re.I)


def html_to_text(html: str, limit: int = 0) -> str:
    """Readable plain text of an HTML body, for snippets, search and the text view."""
    if not html:
        return ""
    marked = _CELL_BREAK.sub(" \t</td>", _BLOCK_BREAK.sub(lambda m: "\n" + m.group(0), html))
    stripped: str = _text_cleaner(marked)
    text = html_lib.unescape(stripped)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    text = "\n".join(lines).strip()
    text = _BLANK_LINES.sub("\n\n", text)
    return text[:limit] if limit else text
