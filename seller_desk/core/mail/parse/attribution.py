"""The attribution line above a quoted mail ("On 3 Nov 2026, 10:15, Siti <s@x> wrote:").

One home for both directions: :func:`line` writes it in the reply's language
(``send/quoting.py``), :func:`is_attribution` recognises it, ours and other mail programs',
where the quoted part of a message is cut off (the inbox snippet in ``ingest/store.py``, the
"show quoted text" fold in ``screens/conversation.py``, a sent reply reopened as a draft in
``send/drafts.py``). Whatever we write, we recognise.
"""

from __future__ import annotations

import re

#: what we write above a quote, per language of the reply
WROTE = {
    "en": "On {date}, {author} wrote:",
    "ms": "Pada {date}, {author} menulis:",
    "id": "Pada {date}, {author} menulis:",
}

#: (opening word, verb) of the attribution lines mail programs write: ours above, and
#: German, French, Dutch and Spanish ones ("Am ... schrieb Hans <h@x>:", "Le ... a écrit :")
_WORDS = (
    ("on", "wrote"),
    ("pada", "menulis"),
    ("pada", "tulis"),
    ("am", "schrieb"),
    ("le", "a écrit"),
    ("op", "schreef"),
    ("el", "escribió"),
)
_OPENINGS = "|".join(sorted({re.escape(o) for o, _v in _WORDS}))
_VERBS = "|".join(sorted({re.escape(v) for _o, v in _WORDS}))
# the verb may be followed by the author (German, Dutch), then a colon (French: " :")
ATTRIBUTION = re.compile(
    rf"^\s*(?:{_OPENINGS})\b.{{0,200}}\b(?:{_VERBS})\b.{{0,80}}?\s*[:：]\s*$", re.IGNORECASE)


def line(language: str, author: str, date: str = "") -> str:
    """The attribution line we write: "On 3 Nov 2026, 10:15, Siti <s@x> wrote:"; without
    a date, "On Siti <s@x> wrote:" ... in the reply's language (English when unknown)."""
    words = WROTE.get(language, WROTE["en"])
    if not date:
        words = words.replace("{date}, ", "").replace("{date} ", "")
    return words.format(date=date, author=author)


def is_attribution(text: str) -> bool:
    """True for a line that introduces a quote ("On ... wrote:", "Pada ... menulis:" ...)."""
    return ATTRIBUTION.match(text or "") is not None
