"""What each field of a mail account may hold, checked the same way for the command line and
the window's wizard.

An account's fields end up in mail headers (the name and address on every reply), in the
connection to the server (host names) and in the list on screen, so nothing may carry a
control character (a line break in an address is a new header: ``shop@x.com\r\nBcc: ...``),
lengths stay within the mail standards (RFC 5321: an address at most 254 characters, its
part before the @ at most 64; RFC 1035: a host name at most 253, each part at most 63), a
server is a plain host name or IP address (no ``http://``, no path, no ``:993``) and a port
is 1-65535. Each refusal is a :class:`ValidationError` whose message names the field.

A message names the field by its code in a parameter of the kind ``account_field`` (see
:data:`~seller_desk.core.common.messages.KINDS_OF`): English shows it with the words of
:data:`LABELS`, the interface with the same words translated, so one message serves every
field and reads naturally in each language.
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from typing import Any

from seller_desk.core.common import messages
from seller_desk.core.common.errors import ValidationError

MAX_ADDRESS = 254
MAX_LOCAL_PART = 64
MAX_NAME = 200
MAX_LOGIN = 254
MAX_HOST = 253
MAX_LABEL = 63
MAX_SIGNATURE = 10_000

# how the seller knows each field inside a sentence (the wizard's and the command line's
# words); resources/translations/update.py hands them to the translators
LABELS = {
    "name": "account name",
    "email": "email address",
    "username": "user name",
    "smtp_username": "outgoing mail user name",
    "imap_host": "incoming mail server (IMAP)",
    "smtp_host": "outgoing mail server (SMTP)",
    "imap_port": "incoming mail port",
    "smtp_port": "outgoing mail port",
    "signature": "signature",
    "sender_name": "sender name",
    "color": "colour",
    "provider": "provider",
}
HOST_FIELDS = ("imap_host", "smtp_host")
PORT_FIELDS = ("imap_port", "smtp_port")
_TEXT_LIMITS = {"name": MAX_NAME, "sender_name": MAX_NAME, "username": MAX_LOGIN,
                "smtp_username": MAX_LOGIN,
                "signature": MAX_SIGNATURE, "color": 16, "provider": 32}

_LDH_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?")
# characters an unquoted address cannot hold (RFC 5322 specials and spaces)
_NOT_IN_ADDRESS = re.compile(r"[\s\"(),:;<>\[\]\\]")
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://", re.I)


def field_label(field: str) -> str:
    """The field as English names it inside a sentence ("incoming mail port")."""
    return LABELS.get(str(field), str(field).replace("_", " "))


# an account field in a message is its code: English shows it in these words
messages.ENGLISH_KINDS["account_field"] = field_label


def _has_control(text: str, allow_lines: bool = False) -> bool:
    """True for a control character (C0, DEL, C1) or a line or paragraph separator."""
    for ch in text:
        if allow_lines and ch in "\r\n\t":
            continue
        if unicodedata.category(ch) in ("Cc", "Zl", "Zp"):
            return True
    return False


def check_text(field: str, value: str) -> None:
    """A one-line text field (a signature may have lines) of a sane length."""
    signature = field == "signature"
    if _has_control(value, allow_lines=signature):
        raise ValidationError("account.field_control_chars", {"field": field}, field=field,
                              hint="account.type_again" if signature else
                              "account.type_on_one_line")
    limit = _TEXT_LIMITS.get(field, MAX_NAME)
    if len(value) > limit:
        raise ValidationError("account.field_too_long",
                              {"field": field, "limit": limit, "length": len(value)},
                              field=field)


def check_email(value: str, field: str = "email") -> None:
    """One address, like shop@example.com (RFC 5321 lengths; the domain a host name)."""
    if _has_control(value):
        raise ValidationError("account.field_control_chars", {"field": "email"}, field=field,
                              hint="account.email_type_address")
    if len(value) > MAX_ADDRESS:
        raise ValidationError("account.field_too_long",
                              {"field": "email", "limit": MAX_ADDRESS, "length": len(value)},
                              field=field)
    local, at, domain = value.rpartition("@")
    if not at or not local or not domain or _NOT_IN_ADDRESS.search(value) or "@" in local:
        raise ValidationError("account.email_not_one", field=field)
    if len(local) > MAX_LOCAL_PART:
        raise ValidationError("account.email_local_too_long",
                              {"limit": MAX_LOCAL_PART, "length": len(local)}, field=field)
    if local.startswith(".") or local.endswith(".") or ".." in local:
        raise ValidationError("account.email_dots", field=field,
                              hint="account.email_check_spelling")
    try:
        _host_name(domain)
    except ValueError:
        raise ValidationError("account.email_domain_invalid", {"domain": _shown(domain)},
                              field=field) from None


def check_host(field: str, value: str) -> str:
    """A server as a plain host name or IP address; returns it as it is to be stored.

    Refused: a scheme (``http://``), a path, a port (``host:993``: the port has its own
    field), a name that is not a valid (international) host name.
    """
    named = {"field": field}
    if _has_control(value) or any(ch.isspace() for ch in value):
        raise ValidationError("account.host_spaces", named, field=field,
                              hint="account.host_type_name")
    if len(value) > MAX_HOST + 2:  # room for an IPv6 address's brackets
        raise ValidationError("account.host_too_long",
                              {**named, "limit": MAX_HOST, "length": len(value)}, field=field)
    if _SCHEME.match(value) or value.lower().startswith(("http:", "https:", "imap:",
                                                         "imaps:", "smtp:", "smtps:")):
        raise ValidationError("account.host_scheme", named, field=field)
    if "/" in value or "\\" in value or "?" in value or "#" in value or "@" in value:
        raise ValidationError("account.host_path", named, field=field)
    literal = value[1:-1] if value.startswith("[") and value.endswith("]") else value
    try:
        return str(ipaddress.ip_address(literal))
    except ValueError:
        pass
    if ":" in value:
        host, _, port = value.rpartition(":")
        if port.isdigit() and host:
            # the port has its own field: taking it from here could disagree with that
            # field or with the security choice (993 is SSL, 143 STARTTLS), so the seller
            # moves it, seeing exactly what is saved
            raise ValidationError("account.host_with_port",
                                  {**named, "host": _shown(host), "port": port}, field=field,
                                  hint="account.port_own_field")
        raise ValidationError("account.host_not_a_name", {**named, "value": _shown(value)},
                              field=field, hint="account.host_name_like")
    try:
        return _host_name(value)
    except ValueError as exc:
        why = exc.args[0] if exc.args else ""
        params = {**named, "value": _shown(value)}
        if why == "part":
            raise ValidationError("account.host_part_too_long", {**params, "limit": MAX_LABEL},
                                  field=field, hint="account.host_name_rules") from None
        if why == "length":
            raise ValidationError("account.host_name_too_long", {**params, "limit": MAX_HOST},
                                  field=field, hint="account.host_name_rules") from None
        raise ValidationError("account.host_invalid", params, field=field,
                              hint="account.host_name_rules") from None


def _host_name(value: str) -> str:
    """The host name (lower case, without a final dot) when valid; ValueError if not, with
    ``"part"`` (a part between dots too long) or ``"length"`` (the whole too long) as why.

    International names (IDNA) are checked in their ASCII form (``xn--...``), which is what
    travels to the name server and what the length limits count.
    """
    name = value.lower()
    if name.endswith("."):
        name = name[:-1]
    if not name:
        raise ValueError("")
    labels = []
    for part in name.split("."):
        if part.isascii():
            ascii_part = part
        else:
            try:
                ascii_part = part.encode("idna").decode("ascii")
            except UnicodeError:
                raise ValueError("") from None
        if len(ascii_part) > MAX_LABEL:
            raise ValueError("part")
        if not _LDH_LABEL.fullmatch(ascii_part):
            raise ValueError("")
        labels.append(ascii_part)
    if len(".".join(labels)) > MAX_HOST:
        raise ValueError("length")
    if labels[-1].isdigit():
        # "10.0.0" or "imap.123": numbers where a name ends are read as an IP address
        raise ValueError("")
    return name


def check_port(field: str, value: Any) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value < 65536:
        raise ValidationError("account.port_range", {"field": field}, field=field)


def _shown(value: str, limit: int = 60) -> str:
    """A typed value for a message, cut short (a 20,000-character name is not shown); the
    message's text puts the quotation marks around it, each language its own."""
    return value if len(value) <= limit else value[:limit] + "…"


def check_fields(values: dict[str, Any]) -> dict[str, Any]:
    """Check every field of ``values`` that has a rule; returns them with host names as
    stored (lower case, no final dot, IPv6 without brackets).

    Raises:
        ValidationError: the first field that cannot be saved, named in plain words.
    """
    out = dict(values)
    if isinstance(out.get("name"), str):
        check_text("name", out["name"])
    # before the user name, which is the address unless told otherwise
    if isinstance(out.get("email"), str) and out["email"]:
        check_email(out["email"])
    for field in ("username", "smtp_username", "provider", "color", "signature", "sender_name"):
        if isinstance(out.get(field), str):
            check_text(field, out[field])
    for field in HOST_FIELDS:
        if isinstance(out.get(field), str) and out[field]:
            out[field] = check_host(field, out[field])
    for field in PORT_FIELDS:
        if out.get(field) is not None:
            check_port(field, out[field])
    return out
