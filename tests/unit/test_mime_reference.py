"""mime.parse reads real mail as the standard library's parser does, or differs on purpose.

Every message of the real-mail corpus next to the checkout (../shared/corpus, or
$SELLER_DESK_CORPUS; never copied into the repository) is read by :func:`mime.parse` and by
``email.parser.BytesParser(policy=email.policy.default)``. Compared: subject, sender name
and address, To and Cc addresses, date, Message-ID, In-Reply-To, References, the text
(whitespace runs made one space) and the attachments (count, and the names the message
gives them). Each difference must be listed in INTENDED with its reason, and each listed
difference must still occur.
"""

from __future__ import annotations

import email.parser
import email.policy
import re
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from helpers.corpus import corpus_dir

from seller_desk.core.mail.parse import mime
from seller_desk.core.mail.parse.html import html_to_text

ROOT = corpus_dir()
FILES = sorted(str(p.relative_to(ROOT)) for p in ROOT.rglob("*.eml")) if ROOT else []
FIELDS = ("subject", "from", "to", "cc", "date", "message-id", "in-reply-to", "references",
          "text", "attachments")

# --- the reasons ------------------------------------------------------------------------------

COMMENT_NAME = ("the comment of 'bbb@ddd.com (John X. Doe)' is the sender's name, as mail "
                "programs show it; policy.default drops it")
ANGLE_ADDRESS = ("'alice@example.com <bob@example.com>': the address in angle brackets is the "
                 "mailbox (RFC 5322 name-addr) and the rest its name; policy.default takes "
                 "the address-like name for the address")
NULL_SENDER = "'MAILER DAEMON <>' has no address; policy.default keeps '<>' as one"
RAW_8BIT = ("8-bit bytes without a charset are read as UTF-8, else in the message's charset, "
            "else as windows-1252; policy.default keeps them as undecodable (surrogates or "
            "replacement characters)")
RAW_8BIT_WRONG = (RAW_8BIT + ". Here the bytes are windows-1251 (Russian) in a message that "
                  "says iso-8859-1 or us-ascii, so ours is Latin mojibake where the stdlib "
                  "shows replacement characters: both unreadable; guessing Cyrillic is not "
                  "worth a detector for our sellers' mail")
MISLABELLED = ("text in another charset than its label (UTF-8 labelled iso-8859-1, GBK "
               "labelled gb2312) is read as the sender meant; the stdlib decodes by the label "
               "and shows mojibake or replacement characters")
JOINED = ("every inline text part of a multipart/mixed is shown, in order (a seller must not "
          "miss the second one); get_body() gives the first")
DIGEST = ("a multipart/digest (a mailing-list digest): its text and every message in it are "
          "shown; get_body() gives the first text part")
ATTACHED = ("an attached message's text is shown under '---------- Attached message "
            "----------' (a forwarded complaint is read, not opened); get_body() skips it")
DELIVERY_REPORT = ("a delivery report's status part and returned message are shown as text "
                   "after its explanation; get_body() gives the explanation")
LAST_ALTERNATIVE = ("multipart/alternative: the last part of a kind is the one the sender "
                    "prefers (RFC 2046 5.1.4); get_body() takes the first")
WRONG_BOUNDARY = ("the boundary parameter is wrong or cut short ('bo', 'BOUNDARY_', or not "
                  "the one the body uses): the body's own delimiter lines are used; the stdlib "
                  "finds no parts and no text")
NO_BOUNDARY = ("a multipart without a boundary: its body is shown as text rather than "
               "nothing; the stdlib gives no text")
BAD_CHARSET_NAME = ("the charset name '_iso-2022-jp$ESC' is unknown: the text is read by "
                    "guessing; the stdlib raises LookupError")
NOT_A_MESSAGE = ("an Outlook .msg file, not a message: kept as raw text with a parse error "
                 "(no header field in it); the stdlib reads its binary lines as a header and "
                 "body, with other junk")
DELIMITERS_IN_TEXT = ("a synthetic cpython test whose text part holds its parents' delimiter "
                      "lines (with trailing spaces, which RFC 2046 allows on a delimiter): "
                      "both parsers end the text there and read the rest differently; ours "
                      "shows some of the following lines as text. The test itself says it "
                      "was never seen in real mail")

_CP = "cpython-test_email/msg_%s.txt.eml"
_DJ = "django-mailbox/%s.eml.eml"
_MP = "mail-parser/tests_mails_mail_%s.eml"
INTENDED: dict[tuple[str, str], str] = {
    **{(_CP % n, "from"): COMMENT_NAME for n in ("01", "03", "04", "06", "14", "20", "27",
                                                 "29", "44")},
    (_CP % "43", "from"): NULL_SENDER,
    (_MP % "test_15", "from"): ANGLE_ADDRESS,
    (_MP % "test_19", "from"): ANGLE_ADDRESS,
    (_MP % "test_19", "cc"): ANGLE_ADDRESS,
    ("dkimpy/dkim_tests_data_rfc6376.w1258.msg.eml", "from"): RAW_8BIT,
    ("dkimpy/dkim_tests_data_rfc6376.w1258.msg.eml", "text"): RAW_8BIT,
    (_MP % "test_12", "to"): RAW_8BIT,
    (_DJ % "go_mailbox_tests_messages_message_with_single_byte_extended_subject_encoding",
     "subject"): RAW_8BIT_WRONG,
    (_DJ % "go_mailbox_tests_messages_message_with_invalid_content_for_declared_encoding",
     "text"): RAW_8BIT_WRONG,
    (_DJ % "django_mailbox_tests_messages_message_with_utf8_char", "text"): MISLABELLED,
    (_MP % "test_12", "text"): MISLABELLED,
    (_MP % "test_9", "subject"): MISLABELLED,
    (_MP % "test_9", "text"): MISLABELLED,
    **{(_CP % n, "text"): JOINED for n in ("04", "10", "13", "21", "22", "44")},
    (_MP % "test_3", "text"): JOINED,
    (_CP % "02", "text"): DIGEST,
    **{(_CP % n, "text"): ATTACHED for n in ("05", "06", "11", "28", "30", "34", "42", "46")},
    (_DJ % "django_mailbox_tests_messages_message_with_rfc822_attachment", "text"): ATTACHED,
    (_CP % "16", "text"): DELIVERY_REPORT,
    (_CP % "43", "text"): DELIVERY_REPORT,
    **{(_DJ % n, "text"): LAST_ALTERNATIVE for n in (
        "_mailbox_tests_messages_message_with_defective_attachment_association_result",
        "django_mailbox_tests_messages_message_with_defective_attachment_association",
        "django_mailbox_tests_messages_message_with_many_multiparts",
        "django_mailbox_tests_messages_message_with_many_multiparts_stripped_html")},
    (_CP % "25", "text"): WRONG_BOUNDARY,
    (_CP % "31", "text"): WRONG_BOUNDARY,
    (_MP % "malformed_3", "text"): WRONG_BOUNDARY,
    (_CP % "17", "text"): NO_BOUNDARY,
    (_CP % "41", "text"): NO_BOUNDARY,
    (_DJ % "django_mailbox_tests_messages_message_with_invalid_encoding", "text"):
        BAD_CHARSET_NAME,
    (_MP % "outlook_1", "text"): NOT_A_MESSAGE,
    (_CP % "38", "text"): DELIMITERS_IN_TEXT,
}


# --- the two readings -------------------------------------------------------------------------


def norm(text: str) -> str:
    return " ".join(text.split())


def ids(value: Any) -> list[str]:
    return ["".join(x.split()) for x in re.findall(r"<([^<>]+)>", str(value or ""))]


def ours(raw: bytes) -> dict[str, Any]:
    p = mime.parse(raw)
    # the names the message gives (not the ones made up for unnamed parts)
    given = [a.filename for a in p.attachments if a.content_type != "message/rfc822"
             and not a.filename.startswith(f"part-{a.part}.")]
    return {
        "subject": norm(p.subject),
        "from": (p.sender_name, p.sender_email),
        "to": [addr for _name, addr in p.to],
        "cc": [addr for _name, addr in p.cc],
        "date": p.date,
        "message-id": p.message_id,
        "in-reply-to": p.in_reply_to,
        "references": p.references,
        "text": norm(p.text),
        "attachments": (len(p.attachments), sorted(given)),
    }


_SIGNATURES = ("application/pgp-signature", "application/pkcs7-signature",
               "application/x-pkcs7-signature")
_TEXTS = ("text/plain", "text/enriched", "text/html", "text/rfc822-headers",
          "message/delivery-status", "message/disposition-notification")


def _attachments(part: Any, out: list[str]) -> None:
    """The parts a seller gets as attachments, by the stdlib's tree: every leaf that is not
    body text (text without an attachment disposition; text with a file name is both) and
    not a signature; an attached message is one attachment."""
    ctype = part.get_content_type()
    if ctype.startswith("multipart/"):
        # one the stdlib could not split (no usable boundary) is text, as it is shown
        for child in part.iter_parts() if part.is_multipart() else ():
            _attachments(child, out)
        return
    if ctype in _SIGNATURES:
        return
    disposition = part.get_content_disposition() or ""
    name = norm(part.get_filename() or "")
    if ctype in ("message/rfc822", "message/global"):
        name = ""  # an attached message is named after its subject, compared as unnamed
    attachment = disposition == "attachment" or (
        bool(name) and disposition != "inline" and ctype not in ("text/plain", "text/html"))
    if not attachment and ctype in _TEXTS:
        if name and ctype != "text/html":
            out.append(name)
        return
    out.append(name)


def _text(msg: Any) -> str:
    plain = msg.get_body(preferencelist=("plain",))
    text = plain.get_content() if plain is not None else ""
    if not text.strip():
        # no plain text, or an empty plain part: the HTML part's text
        html = msg.get_body(preferencelist=("html",))
        text = html_to_text(html.get_content()) if html is not None else ""
    return norm(text)


def _date(msg: Any) -> datetime | None:
    header = msg["date"]
    when = header.datetime if header is not None else None
    if when is None:
        return None
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)


def _sender(msg: Any) -> tuple[str, str]:
    header = msg["from"]
    if header is None or not header.addresses:
        return ("", "")
    first = header.addresses[0]
    return (norm(first.display_name), first.addr_spec.lower())


def _references(msg: Any) -> list[str]:
    refs = ids(" ".join(str(v) for v in msg.get_all("references") or ()))
    irt = ids(msg["in-reply-to"])
    # the store keeps In-Reply-To among the references, so threading sees it
    if irt and irt[0] not in refs:
        refs.append(irt[0])
    return list(dict.fromkeys(refs))


def reference(raw: bytes) -> dict[str, Any]:
    msg = email.parser.BytesParser(policy=email.policy.default).parsebytes(raw)
    readers: dict[str, Callable[[], Any]] = {
        "subject": lambda: norm(str(msg["subject"] or "")),
        "from": lambda: _sender(msg),
        "to": lambda: [a.addr_spec.lower() for h in msg.get_all("to") or () for a in h.addresses],
        "cc": lambda: [a.addr_spec.lower() for h in msg.get_all("cc") or () for a in h.addresses],
        "date": lambda: _date(msg),
        "message-id": lambda: (ids(msg["message-id"]) or [""])[0],
        "in-reply-to": lambda: (ids(msg["in-reply-to"]) or [""])[0],
        "references": lambda: _references(msg),
        "text": lambda: _text(msg),
        "attachments": lambda: _named(msg),
    }
    out = {}
    for name, read in readers.items():
        try:
            out[name] = read()
        except Exception as exc:  # noqa: BLE001 - the stdlib's failure is the reference's value
            out[name] = f"the stdlib raised {type(exc).__name__}: {exc}"
    return out


def _named(msg: Any) -> tuple[int, list[str]]:
    names: list[str] = []
    _attachments(msg, names)
    return len(names), sorted(n for n in names if n)


# --- the comparison -------------------------------------------------------------------------


@pytest.mark.parametrize("name", FILES or [pytest.param("", marks=pytest.mark.skip(
    reason="no real-mail corpus next to the checkout (../shared/corpus from the checkout's "
           "parent, or set SELLER_DESK_CORPUS)"))])
def test_a_corpus_message_reads_as_the_standard_library_reads_it(name):
    assert ROOT is not None
    raw = (ROOT / name).read_bytes()
    mine, theirs = ours(raw), reference(raw)
    unexpected = {field: (mine[field], theirs[field]) for field in FIELDS
                  if mine[field] != theirs[field] and (name, field) not in INTENDED}
    stale = [field for field in FIELDS
             if (name, field) in INTENDED and mine[field] == theirs[field]]
    assert unexpected == {}, "differences (ours, the stdlib's) not listed in INTENDED"
    assert stale == [], "listed in INTENDED but no longer different"


def test_every_intended_difference_names_a_corpus_message_and_a_field():
    if ROOT is None:
        pytest.skip("no real-mail corpus next to the checkout")
    assert {name for name, _field in INTENDED} <= set(FILES)
    assert {field for _name, field in INTENDED} <= set(FIELDS)
