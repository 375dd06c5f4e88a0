"""What each field of a mail account may hold, checked the same way for the command line and
the window's wizard.

An account's fields end up in mail headers (the name and address on every reply), in the
connection to the server (host names) and in the list on screen, so nothing may carry a
control character (a line break in an address is a new header: ``shop@x.com\r\nBcc: ...``),
lengths stay within the mail standards (RFC 5321: an address at most 254 characters, its
part before the @ at most 64; RFC 1035: a host name at most 253, each part at most 63), a
server is a plain host name or IP address (no ``http://``, no path, no ``:993``) and a port
is 1-65535. Each refusal is a :class:`ValidationError` whose message names the field.
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from typing import Any

from seller_desk.core.common.errors import ValidationError

MAX_ADDRESS = 254
MAX_LOCAL_PART = 64
MAX_NAME = 200
MAX_LOGIN = 254
MAX_HOST = 253
MAX_LABEL = 63
MAX_SIGNATURE = 10_000

# how the seller knows each field (the wizard's and the command line's words)
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
    "color": "colour",
    "provider": "provider",
}
HOST_FIELDS = ("imap_host", "smtp_host")
PORT_FIELDS = ("imap_port", "smtp_port")
_TEXT_LIMITS = {"name": MAX_NAME, "username": MAX_LOGIN, "smtp_username": MAX_LOGIN,
                "signature": MAX_SIGNATURE, "color": 16, "provider": 32}

_LDH_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?")
# characters an unquoted address cannot hold (RFC 5322 specials and spaces)
_NOT_IN_ADDRESS = re.compile(r"[\s\"(),:;<>\[\]\\]")
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://", re.I)


def _label(field: str) -> str:
    return LABELS.get(field, field.replace("_", " "))


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


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
        raise ValidationError(
            f"The {_label(field)} contains a line break or another invisible control "
            "character. Type it again" + ("." if signature else " on one line."), field)
    limit = _TEXT_LIMITS.get(field, MAX_NAME)
    if len(value) > limit:
        raise ValidationError(
            f"The {_label(field)} is too long: at most {limit} characters, not {len(value)}.",
            field)


def check_email(value: str, field: str = "email") -> None:
    """One address, like shop@example.com (RFC 5321 lengths; the domain a host name)."""
    if _has_control(value):
        raise ValidationError(
            "The email address contains a line break or another invisible control character. "
            "Type just the address, like shop@example.com.", field)
    if len(value) > MAX_ADDRESS:
        raise ValidationError(f"The email address is too long: at most {MAX_ADDRESS} "
                              f"characters, not {len(value)}.", field)
    local, at, domain = value.rpartition("@")
    if not at or not local or not domain or _NOT_IN_ADDRESS.search(value) or "@" in local:
        raise ValidationError("Enter one full email address, like shop@example.com.", field)
    if len(local) > MAX_LOCAL_PART:
        raise ValidationError(f"The part of the email address before the @ is too long: at "
                              f"most {MAX_LOCAL_PART} characters, not {len(local)}.", field)
    if local.startswith(".") or local.endswith(".") or ".." in local:
        raise ValidationError("The email address has a dot at the start or end of its first "
                              "part, or two dots in a row. Check how it is spelt.", field)
    try:
        _host_name(domain, "email")
    except ValueError:
        raise ValidationError(f"The part of the email address after the @ ({_shown(domain)}) "
                              "is not a valid domain, like example.com.", field) from None


def check_host(field: str, value: str) -> str:
    """A server as a plain host name or IP address; returns it as it is to be stored.

    Refused: a scheme (``http://``), a path, a port (``host:993``: the port has its own
    field), a name that is not a valid (international) host name.
    """
    label = _label(field)
    if _has_control(value) or any(ch.isspace() for ch in value):
        raise ValidationError(f"The {label} contains a space, a line break or another "
                              "invisible character. Type just the name, like "
                              "imap.example.com.", field)
    if len(value) > MAX_HOST + 2:  # room for an IPv6 address's brackets
        raise ValidationError(f"The {label} is too long: a server name has at most "
                              f"{MAX_HOST} characters, not {len(value)}.", field)
    if _SCHEME.match(value) or value.lower().startswith(("http:", "https:", "imap:",
                                                         "imaps:", "smtp:", "smtps:")):
        raise ValidationError(f"The {label} is just the server's name, like "
                              "imap.example.com, without \"http://\" or \"imaps://\" before "
                              "it.", field)
    if "/" in value or "\\" in value or "?" in value or "#" in value or "@" in value:
        raise ValidationError(f"The {label} is just the server's name, like "
                              "imap.example.com, without a \"/\", \"@\" or anything after "
                              "the name.", field)
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
            raise ValidationError(f"The {label} is just the server's name, like "
                                  f"{_shown(host)}, without \":{port}\". Put the port in the "
                                  "port field.", field)
        raise ValidationError(f"The {label} {_shown(value)} is not a server name. A server "
                              "name is like imap.example.com.", field)
    try:
        return _host_name(value, field)
    except ValueError as exc:
        raise ValidationError(f"The {label} {_shown(value)} is not a valid server name"
                              f"{exc.args[0] if exc.args else ''}. A server name is like "
                              "imap.example.com: letters, digits and hyphens, in parts "
                              "joined by dots.", field) from None


def _host_name(value: str, field: str) -> str:
    """The host name (lower case, without a final dot) when valid; ValueError(why) if not.

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
            raise ValueError(f" (each part between dots has at most {MAX_LABEL} characters)")
        if not _LDH_LABEL.fullmatch(ascii_part):
            raise ValueError("")
        labels.append(ascii_part)
    if len(".".join(labels)) > MAX_HOST:
        raise ValueError(f" (at most {MAX_HOST} characters)")
    if labels[-1].isdigit():
        # "10.0.0" or "imap.123": numbers where a name ends are read as an IP address
        raise ValueError("")
    return name


def check_port(field: str, value: Any) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value < 65536:
        raise ValidationError(f"The {_label(field)} is a number from 1 to 65535.", field)


def _shown(value: str, limit: int = 60) -> str:
    """A typed value quoted in a message, cut short (a 20,000-character name is not shown)."""
    shown = value if len(value) <= limit else value[:limit] + "…"
    return f"“{shown}”"


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
    for field in ("username", "smtp_username", "provider", "color", "signature"):
        if isinstance(out.get(field), str):
            check_text(field, out[field])
    for field in HOST_FIELDS:
        if isinstance(out.get(field), str) and out[field]:
            out[field] = check_host(field, out[field])
    for field in PORT_FIELDS:
        if out.get(field) is not None:
            check_port(field, out[field])
    return out
