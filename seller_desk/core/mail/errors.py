"""Mail errors the seller can act on, each with a ``kind`` the interface can branch on.

Kinds:
    dns                    the server name does not exist (typo, no internet)
    refused                nothing answers on that port
    network                the network is down or unreachable
    timeout                the server did not answer in time
    tls                    the secure connection could not be set up
    certificate_untrusted  the certificate is not trusted; ``fingerprint`` is the one shown,
                           so the interface can offer "trust this certificate"
    auth                   user name or password refused (with the app-password hint)
    server                 the server said no; its own words are in the message
    insecure_refused       a plain connection to a non-loopback host without consent
    no_password            no password stored and none given
    sign_in                a mailbox that signs in with Microsoft or Google must sign in
                           (again): the browser step, not a password
    cancelled              the seller stopped the operation
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from seller_desk.core.common.errors import Hint, UserError
from seller_desk.core.common.messages import Msg

KINDS = (
    "dns",
    "refused",
    "network",
    "timeout",
    "tls",
    "certificate_untrusted",
    "auth",
    "server",
    "insecure_refused",
    "no_password",
    "sign_in",
    "cancelled",
)


class MailError(UserError):
    """A mail server problem in plain words; ``kind`` says which (see the module doc)."""

    kind = "server"

    def __init__(self, message: str | Msg, params: Mapping[str, Any] | None = None, *,
                 hint: Hint = None, kind: str | None = None) -> None:
        super().__init__(message, params, hint=hint)
        if kind is not None:
            self.kind = kind


class ServerNotFound(MailError):
    kind = "dns"


class ConnectionRefused(MailError):
    kind = "refused"


class NetworkError(MailError):
    kind = "network"


class ConnectionTimeout(MailError):
    kind = "timeout"


class TlsError(MailError):
    kind = "tls"


class CertificateUntrusted(MailError):
    """The server's certificate is not trusted. ``fingerprint``: sha256 hex of its DER form."""

    kind = "certificate_untrusted"

    def __init__(self, message: str | Msg, params: Mapping[str, Any] | None = None, *,
                 hint: Hint = None, fingerprint: str = "", subject: str = "") -> None:
        super().__init__(message, params, hint=hint)
        self.fingerprint = fingerprint
        self.subject = subject


class AuthError(MailError):
    kind = "auth"


class ServerError(MailError):
    kind = "server"


class InsecureRefused(MailError):
    kind = "insecure_refused"


class NoPassword(MailError):
    kind = "no_password"


class SignInError(MailError):
    """A sign-in with Microsoft or Google did not end in tokens (refused, no client ...)."""

    kind = "sign_in"


class SignInNeeded(AuthError):
    """A mailbox's sign-in is gone (refresh refused, or never done): sign in again."""

    kind = "sign_in"


class Cancelled(MailError):
    kind = "cancelled"
