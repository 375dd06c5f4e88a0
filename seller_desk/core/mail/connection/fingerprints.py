"""A server certificate's fingerprint: the form stored on an account and the form shown.

Pure functions, apart from :mod:`~seller_desk.core.mail.connection.connect` so that
saving or listing accounts (the window's status bar, the wizard's checks) loads no IMAP,
SMTP or TLS code.
"""

from __future__ import annotations

import hashlib


def fingerprint_of(der: bytes) -> str:
    """SHA-256 of a DER certificate as lowercase hex, the form stored on the account."""
    return hashlib.sha256(der).hexdigest()


def readable_fingerprint(value: str | None) -> str:
    """"AB:CD:…" in four groups of eight pairs separated by spaces, for people to compare.

    64 digits in one run, or 95 characters joined by colons, have no place to break: a
    window cut them off at its edge. The groups wrap like words.
    """
    digits = normalise_fingerprint(value).upper()
    pairs = [digits[i:i + 2] for i in range(0, len(digits), 2)]
    return " ".join(":".join(pairs[i:i + 8]) for i in range(0, len(pairs), 8))


def normalise_fingerprint(value: str | None) -> str:
    """Accept "AB:CD:..." or "abcd..." and return lowercase hex without separators."""
    if not value:
        return ""
    return "".join(ch for ch in value.lower() if ch in "0123456789abcdef")
