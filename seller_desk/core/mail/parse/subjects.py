"""Subjects: the reply and forward prefixes mail programs write, in one place.

Threading (``ingest/threads.py``) matches a message without References to its conversation
by the subject without these prefixes; the composer (``send/compose.py``) writes one "Re:"
or "Fwd:" and no more. Both read the lists here, so a prefix one of them knows the other
knows too.

A prefix is a word from :data:`REPLY_WORDS` or :data:`FORWARD_WORDS`, an optional counter
("Re[2]:", "Re(3):"), then a colon, ASCII or full-width ("回复：").
"""

from __future__ import annotations

import re

#: what "reply" is written as before a subject, by the mail programs our customers use:
#: English, German (AW), Dutch (Antw), Nordic (SV, VS), Italian (R, RIF), Spanish and
#: Portuguese (RE, RES), Polish (Odp), Lithuanian (Atb), Vietnamese (Vá), Malay and
#: Indonesian (Balas, Bls, Jawab), Arabic, Chinese and Japanese
REPLY_WORDS = (
    "re", "r", "res", "aw", "antw", "sv", "vs", "ref", "rif", "odp", "atb", "vá", "balas",
    "bls", "jawab", "رد", "回复", "回覆", "答复", "答覆", "返信",
)
#: what "forward" is written as: English (Fw, Fwd, FYI), German (WG), French (TR), Spanish
#: and Portuguese (RV, Enc), Dutch (Doorst), Nordic (VS, VL, FS), Italian (I), Malay and
#: Indonesian (Terusan, Teruskan, Kiriman, Majukan), Chinese and Japanese
FORWARD_WORDS = (
    "fw", "fwd", "fyi", "wg", "tr", "rv", "enc", "doorst", "vs", "vl", "fs", "i", "terusan",
    "teruskan", "kiriman", "majukan", "转发", "轉寄", "転送",
)
#: other words some programs put before a subject (Outlook in Malay: "Tindakan:")
OTHER_WORDS = ("tindakan",)

_COUNTER = r"(?:\s*(?:\[\d+\]|\(\d+\)))?"
_COLON = r"\s*[:：]\s*"


def _words(words: tuple[str, ...]) -> str:
    # longest first, so "fwd" is not read as "fw" followed by "d"
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_REPLY = re.compile(rf"^\s*(?:{_words(REPLY_WORDS)}){_COUNTER}{_COLON}", re.IGNORECASE)
_FORWARD = re.compile(rf"^\s*(?:{_words(FORWARD_WORDS)}){_COUNTER}{_COLON}", re.IGNORECASE)
_ANY = re.compile(rf"^\s*(?:{_words(REPLY_WORDS + FORWARD_WORDS + OTHER_WORDS)}){_COUNTER}"
                  rf"{_COLON}", re.IGNORECASE)
_TAG = re.compile(r"^\s*\[[^\]]{0,40}\]\s*")


def _strip(pattern: re.Pattern[str], subject: str) -> str:
    text = (subject or "").strip()
    while True:
        stripped = pattern.sub("", text, count=1).strip()
        if stripped == text:
            return text
        text = stripped


def is_reply(subject: str) -> bool:
    """True when the subject starts with a reply prefix ("Re:", "Balas:", "回复：" ...)."""
    return _REPLY.match(subject or "") is not None


def is_forward(subject: str) -> bool:
    """True when the subject starts with a forward prefix ("Fwd:", "Terusan:", "转发:" ...)."""
    return _FORWARD.match(subject or "") is not None


def strip_prefixes(subject: str) -> str:
    """The subject without any reply or forward prefixes ("Re: Fwd: AW: x" -> "x")."""
    return _strip(_ANY, subject)


def normalise(subject: str) -> str:
    """The subject as threading compares it: no prefixes, no leading [tags], lower case,
    single spaces ("Re: [Shop] Balas:  Pesanan" -> "pesanan")."""
    text = (subject or "").strip()
    while True:
        stripped = _TAG.sub("", _ANY.sub("", text, count=1), count=1).strip()
        if stripped == text:
            break
        text = stripped
    return " ".join(text.lower().split())


def reply_subject(subject: str) -> str:
    """"Re: " once: "Balas: Pesanan" -> "Re: Pesanan", "RE: Re[2]: x" -> "Re: x"."""
    text = _strip(_REPLY, subject)
    return f"Re: {text}" if text else "Re:"


def forward_subject(subject: str) -> str:
    """"Fwd: " once: "Fw: x" -> "Fwd: x"; a reply's "Re:" stays after it."""
    text = _strip(_FORWARD, subject)
    return f"Fwd: {text}" if text else "Fwd:"
