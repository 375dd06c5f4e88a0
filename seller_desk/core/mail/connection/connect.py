"""Open logged-in IMAP and SMTP connections for an account, or explain in plain words why not.

Security rules:
* Certificates are verified against the system's trust store, host name included.
* A seller may trust exactly one self-signed certificate per server: its SHA-256
  fingerprint (of the DER form) is stored on the account, and only that certificate passes.
* Plain connections (security "none") go only to loopback addresses, unless the seller
  ticked ``allow_insecure`` for the account.

Every failure is a :class:`~seller_desk.core.mail.errors.MailError` with a ``kind``.
"""

from __future__ import annotations

import contextlib
import imaplib
import ipaddress
import logging
import socket
import ssl
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import imapclient
from imapclient import exceptions as imap_exc

from seller_desk.core.common.messages import Msg
from seller_desk.core.mail import errors
from seller_desk.core.mail.connection import credentials
from seller_desk.core.mail.connection.fingerprints import fingerprint_of as fingerprint_of
from seller_desk.core.mail.connection.fingerprints import normalise_fingerprint
from seller_desk.core.mail.connection.fingerprints import (
    readable_fingerprint as readable_fingerprint,
)
from seller_desk.core.mail.connection.providers import detect_provider
from seller_desk.core.store.models import Account

if TYPE_CHECKING:
    import smtplib

# smtplib (and the demo's stand-in server) and the OAuth2 sign-in are imported by what
# sends mail, signs in with a token or meets an error: a sync that signs in with a password and finds nothing new needs neither

logger = logging.getLogger(__name__)

#: what the seller should do when a provider refuses their normal password
APP_PASSWORD_HINTS = {
    "gmail": Msg("mail.auth_hint_gmail"),
    "outlook": Msg("mail.auth_hint_outlook"),
    "yahoo": Msg("mail.auth_hint_yahoo"),
}

# smtplib would otherwise ask DNS for this computer's full name (slow, and it leaks it)
_EHLO_NAME = "[127.0.0.1]"


# --- helpers -------------------------------------------------------------------------


def provider_of(account: Account) -> str:
    """The provider preset of an account ('gmail', 'outlook', 'yahoo' or 'generic')."""
    if account.provider and account.provider != "generic":
        return str(account.provider)
    return detect_provider(account.email or "", account.imap_host or "")


def is_loopback(host: str) -> bool:
    """True when ``host`` names only this computer (127.0.0.0/8, ::1, localhost)."""
    host = (host or "").strip().strip("[]")
    if not host:
        return False
    if host.lower() == "localhost" or host.lower().endswith(".localhost"):
        return True
    with contextlib.suppress(ValueError):
        return ipaddress.ip_address(host).is_loopback
    try:
        infos = socket.getaddrinfo(host, None)
    except OSError:
        return False
    addresses = {str(info[4][0]) for info in infos}
    return bool(addresses) and all(ipaddress.ip_address(a.split("%")[0]).is_loopback
                                   for a in addresses)


def check_plain_allowed(host: str, security: str, allow_insecure: bool) -> None:
    """Refuse an unencrypted connection to a non-loopback host without the seller's consent."""
    if security != "none" or allow_insecure or is_loopback(host):
        return
    raise errors.InsecureRefused("mail.insecure_refused", {"host": host},
                                 hint="mail.insecure_refused_hint")


class _PinnedContext(ssl.SSLContext):
    """Accepts exactly one certificate, by fingerprint, whoever signed it."""

    pinned: str = ""

    def wrap_socket(self, sock: Any, *args: Any, **kwargs: Any) -> Any:
        wrapped = super().wrap_socket(sock, *args, **kwargs)
        der = wrapped.getpeercert(binary_form=True) or b""
        seen = fingerprint_of(der)
        if seen != self.pinned:
            wrapped.close()
            raise errors.CertificateUntrusted("mail.pin_changed", hint="mail.pin_changed_hint",
                                              fingerprint=seen)
        return wrapped


def ssl_context(trusted_fingerprint: str | None = None) -> ssl.SSLContext:
    """A verifying client context, or one pinned to ``trusted_fingerprint``."""
    pinned = normalise_fingerprint(trusted_fingerprint)
    if not pinned:
        return ssl.create_default_context(purpose=ssl.Purpose.SERVER_AUTH)
    ctx = _PinnedContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE  # the pin replaces the chain check
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.pinned = pinned
    return ctx


def _unverified_context() -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


def presented_certificate(host: str, port: int, security: str, protocol: str,
                          timeout: float = 10) -> bytes:
    """The DER certificate the server presents, fetched without verifying it."""
    import smtplib

    ctx = _unverified_context()
    if security == "ssl":
        with socket.create_connection((host, port), timeout=timeout) as sock, \
                ctx.wrap_socket(sock, server_hostname=host) as tls:
            return tls.getpeercert(binary_form=True) or b""
    if protocol == "imap":
        imap = imaplib.IMAP4(host, port, timeout=timeout)
        try:
            imap.starttls(ssl_context=ctx)
            return imap.sock.getpeercert(binary_form=True) or b""  # type: ignore[attr-defined]
        finally:
            with contextlib.suppress(OSError):
                imap.shutdown()
    smtp = smtplib.SMTP(host, port, timeout=timeout, local_hostname=_EHLO_NAME)
    try:
        smtp.starttls(context=ctx)
        return smtp.sock.getpeercert(binary_form=True) or b""  # type: ignore[union-attr]
    finally:
        smtp.close()


def _where(host: str, port: int) -> str:
    return f"{host}:{port}"


def translate_error(exc: BaseException, *, host: str, port: int, security: str,
                    protocol: str, provider: str = "generic",
                    timeout: float = 10) -> errors.MailError:
    """Turn a socket, TLS or protocol exception into a plain-words :class:`MailError`."""
    import smtplib

    if isinstance(exc, errors.MailError):
        return exc
    where = _where(host, port)
    imap = protocol == "imap"
    if isinstance(exc, socket.gaierror):
        return errors.ServerNotFound("mail.imap.not_found" if imap else "mail.smtp.not_found",
                                     {"host": host}, hint="mail.not_found_hint")
    if isinstance(exc, ConnectionRefusedError):
        ports = {"ssl_port": 993, "starttls_port": 143} if imap else \
            {"ssl_port": 465, "starttls_port": 587}
        return errors.ConnectionRefused("mail.imap.refused" if imap else "mail.smtp.refused",
                                        {"where": where}, hint=Msg("mail.refused_hint", ports))
    if isinstance(exc, (TimeoutError, socket.timeout)):
        return errors.ConnectionTimeout("mail.imap.timeout" if imap else "mail.smtp.timeout",
                                        {"where": where}, hint="mail.timeout_hint")
    if isinstance(exc, ssl.SSLCertVerificationError):
        fingerprint = ""
        try:
            fingerprint = fingerprint_of(
                presented_certificate(host, port, security, protocol, timeout=timeout)
            )
        except (OSError, ssl.SSLError, imaplib.IMAP4.error, smtplib.SMTPException):
            logger.info("Could not fetch the certificate of %s for its fingerprint", where)
        reason = getattr(exc, "verify_message", "") or str(exc)
        hints = [Msg("mail.untrusted_hint")]
        if fingerprint:
            hints.append(Msg("mail.fingerprint",
                             {"fingerprint": readable_fingerprint(fingerprint)}))
        return errors.CertificateUntrusted(
            "mail.imap.untrusted" if imap else "mail.smtp.untrusted",
            {"where": where, "reason": reason}, hint=hints, fingerprint=fingerprint)
    if isinstance(exc, ssl.SSLError):
        return errors.TlsError("mail.imap.tls_failed" if imap else "mail.smtp.tls_failed",
                               {"where": where, "reason": exc.reason or exc},
                               hint="mail.tls_failed_hint")
    if isinstance(exc, (imap_exc.LoginError, smtplib.SMTPAuthenticationError)):
        said = _server_words(exc)
        hint = APP_PASSWORD_HINTS.get(provider, Msg("mail.auth_hint"))
        if said:
            return errors.AuthError(
                "mail.imap.auth_refused_said" if imap else "mail.smtp.auth_refused_said",
                {"said": said}, hint=hint)
        return errors.AuthError("mail.imap.auth_refused" if imap else "mail.smtp.auth_refused",
                                hint=hint)
    if isinstance(exc, (imap_exc.CapabilityError, smtplib.SMTPNotSupportedError)):
        return errors.TlsError("mail.imap.no_starttls" if imap else "mail.smtp.no_starttls",
                               {"where": where}, hint="mail.no_starttls_hint")
    if isinstance(exc, (ConnectionResetError, BrokenPipeError, EOFError,
                        smtplib.SMTPServerDisconnected, imaplib.IMAP4.abort)):
        return errors.NetworkError("mail.imap.cut" if imap else "mail.smtp.cut",
                                   {"where": where}, hint="mail.cut_hint")
    if isinstance(exc, (imaplib.IMAP4.error, smtplib.SMTPException)):
        said = _server_words(exc)
        return errors.ServerError("mail.imap.said" if imap else "mail.smtp.said",
                                  {"said": said or exc})
    if isinstance(exc, OSError):
        return errors.NetworkError("mail.imap.unreachable" if imap else "mail.smtp.unreachable",
                                   {"where": where, "reason": exc.strerror or exc},
                                   hint="mail.unreachable_hint")
    return errors.ServerError("mail.imap.failed" if imap else "mail.smtp.failed",
                              {"where": where, "reason": exc})


def imap_error(exc: BaseException, account: Account) -> errors.MailError:
    """:func:`translate_error` for a failure with ``account``'s incoming server (its host,
    port, security and provider, so a refused login gets the provider's hint)."""
    return translate_error(exc, host=account.imap_host, port=account.imap_port,
                           security=account.imap_security, protocol="imap",
                           provider=provider_of(account))


def _server_words(exc: BaseException) -> str:
    """The server's own text from an imaplib/smtplib exception, cleaned for display."""
    import smtplib

    if isinstance(exc, smtplib.SMTPResponseException):
        text: Any = exc.smtp_error
    else:
        text = exc.args[0] if exc.args else ""
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    words = str(text).strip()
    for prefix in ("b'", 'b"'):
        if words.startswith(prefix) and words.endswith(words[1]):
            words = words[2:-1]
    return words


def _password(account: Account, password: str | None) -> str:
    if password is not None:
        return password
    stored = credentials.get_password(account.email)
    if not stored:
        raise errors.NoPassword("mail.no_password", {"email": account.email},
                                hint="mail.no_password_hint")
    return stored


# --- signing in with a token (OAuth2) -----------------------------------------------


def uses_oauth(account: Account) -> bool:
    """True when ``account`` signs in with Microsoft or Google instead of a password."""
    return (getattr(account, "auth", "password") or "password") != "password"


def _token_attempts(account: Account) -> Iterator[str]:
    """The access token to log in with, then once more a freshly renewed one.

    A server may refuse a token the provider still calls live (revoked a moment ago, or a
    clock apart): one renewal covers that; a second refusal is the seller's to fix.
    """
    from seller_desk.core.mail.connection import oauth

    yield oauth.access_token(account.email, account.auth)
    yield oauth.access_token(account.email, account.auth, fresh=True)


def _imap_token_login(client: imapclient.IMAPClient, account: Account, username: str) -> Any:
    from seller_desk.core.mail.connection import oauth

    offered = {c.decode().upper().removeprefix("AUTH=") for c in client.capabilities()
               if c.upper().startswith(b"AUTH=")}
    mechanism = oauth.mechanism_for(offered)
    if not mechanism:
        raise errors.AuthError("mail.oauth.no_mechanism",
                               {"where": _where(account.imap_host, account.imap_port)},
                               hint="mail.oauth.no_mechanism_hint")
    refused: Exception | None = None
    for token in _token_attempts(account):
        respond = oauth.answers(oauth.initial_response(mechanism, username, token), mechanism)
        try:
            return client._command_and_check("authenticate", mechanism, respond)
        except imap_exc.IMAPClientError as exc:
            refused = exc
            logger.info("IMAP refused the token of %s: %s", account.email, exc)
    raise oauth.SignInNeeded("mail.oauth.sign_in_again", {"email": account.email},
                             hint="mail.oauth.sign_in_needed_hint") from refused


def _smtp_token_login(smtp: smtplib.SMTP, account: Account, username: str) -> None:
    import smtplib

    from seller_desk.core.mail.connection import oauth

    offered = {m.upper() for m in smtp.esmtp_features.get("auth", "").split()}
    mechanism = oauth.mechanism_for(offered)
    if not mechanism:
        raise errors.AuthError("mail.oauth.no_mechanism",
                               {"where": _where(account.smtp_host, account.smtp_port)},
                               hint="mail.oauth.no_mechanism_hint")
    refused: Exception | None = None
    for token in _token_attempts(account):
        respond = oauth.answers(oauth.initial_response(mechanism, username, token), mechanism)
        try:
            smtp.auth(mechanism, respond, initial_response_ok=True)
            return
        except smtplib.SMTPAuthenticationError as exc:
            refused = exc
            logger.info("SMTP refused the token of %s: %s", account.email, exc)
    raise oauth.SignInNeeded("mail.oauth.sign_in_again", {"email": account.email},
                             hint="mail.oauth.sign_in_needed_hint") from refused


# --- IMAP ----------------------------------------------------------------------------


def _refuse_simulated(account: Account) -> None:
    """A demo mailbox has no server: say so before any host name is looked up."""
    if account.simulated:
        raise errors.ServerError("mail.simulated", {"email": account.email},
                                 hint="mail.simulated_hint")


def open_imap(account: Account, password: str | None = None,
              timeout: float = 30) -> imapclient.IMAPClient:
    """A logged-in IMAPClient for ``account``, with imaplib's debug formatting off."""
    _refuse_simulated(account)
    host, port, security = account.imap_host, int(account.imap_port), account.imap_security
    check_plain_allowed(host, security, bool(account.allow_insecure))
    signs_in = uses_oauth(account)
    secret = "" if signs_in else _password(account, password)
    provider = provider_of(account)
    ctx = ssl_context(account.imap_trusted_fingerprint) if security != "none" else None
    client: imapclient.IMAPClient | None = None
    try:
        client = imapclient.IMAPClient(host, port, ssl=security == "ssl", ssl_context=ctx,
                                       timeout=timeout)
        # IMAPClient sets level 5: imaplib then formats every response (bodies included)
        # for a debug log even when logging is off, most of the time of a big fetch
        client._imap.debug = 0
        if security == "starttls":
            client.starttls(ctx)
        username = account.username or account.email
        if signs_in:
            answer = _imap_token_login(client, account, username)
        elif username.isascii() and secret.isascii():
            answer = client.login(username, secret)
        else:
            # LOGIN arguments must be ASCII; AUTHENTICATE PLAIN carries UTF-8
            try:
                answer = client.plain_login(username, secret)
            except imap_exc.IMAPClientError as exc:
                raise imap_exc.LoginError(str(exc)) from exc
        # imaplib keeps the pre-login list; the server may offer more after login. Most
        # servers say which in the login answer, which saves asking.
        client._cached_capabilities = _capabilities_in(answer)
        if not client._cached_capabilities:
            client.capabilities()
        return client
    except BaseException as exc:
        if client is not None:
            _close_quietly(client)
        if isinstance(exc, Exception):
            raise translate_error(exc, host=host, port=port, security=security,
                                  protocol="imap", provider=provider,
                                  timeout=min(timeout, 10)) from exc
        raise


def reconnect(client: imapclient.IMAPClient, account: Account,
              password: str | None = None) -> None:
    """Give ``client`` a new logged-in connection in place of one the server closed.

    The object itself goes on: the sync holds it, and so may the push watcher that lent
    it. Its imaplib connection, and what it knew of the server, become a new one's.
    Raises MailError when the server cannot be reached again.
    """
    timeout = getattr(getattr(client, "_timeout", None), "read", None)  # the one it had
    fresh = open_imap(account, password, timeout=timeout if isinstance(timeout, (int, float))
                      else 30)
    _close_quietly(client)
    client._imap = fresh._imap
    client._cached_capabilities = fresh._cached_capabilities
    client._idle_tag = None


def _capabilities_in(answer: Any) -> tuple[bytes, ...] | None:
    """Capabilities from a "[CAPABILITY ...] Logged in" answer, if it has them."""
    if isinstance(answer, list):
        answer = answer[0] if answer else b""
    if isinstance(answer, str):
        answer = answer.encode("utf-8", "replace")
    if not isinstance(answer, bytes) or not answer.upper().startswith(b"[CAPABILITY "):
        return None
    end = answer.find(b"]")
    if end == -1:
        return None
    return tuple(answer[len(b"[CAPABILITY ") : end].upper().split())


def _close_quietly(client: imapclient.IMAPClient) -> None:
    with contextlib.suppress(Exception):  # the connection is being thrown away anyway
        client.shutdown()


def close_imap(client: imapclient.IMAPClient | None, wait: bool = True) -> None:
    """Log out, or just drop the connection when the server is gone.

    With ``wait=False`` the LOGOUT is sent and the connection dropped without waiting for
    the server's goodbye (one round trip less at the end of a sync).
    """
    if client is None:
        return
    if not wait:
        with contextlib.suppress(OSError):
            client._imap.send(b"Z LOGOUT\r\n")
        _close_quietly(client)
        return
    try:
        client.logout()
    except Exception:  # noqa: BLE001 - a dead connection cannot log out; drop it
        _close_quietly(client)


# --- SMTP ----------------------------------------------------------------------------


def open_smtp(account: Account, password: str | None = None,
              timeout: float = 30) -> smtplib.SMTP:
    """A connected SMTP session (EHLO done, TLS as configured, logged in when offered).

    A simulated account (the demo shop's) gets a session with the in-process stand-in
    (:mod:`standin`): the outbox sends as it always does, and nothing leaves the computer.
    """
    import smtplib

    if account.simulated:
        from seller_desk.core.mail.connection import standin

        return standin.open_session(_EHLO_NAME, timeout)
    host, port, security = account.smtp_host, int(account.smtp_port), account.smtp_security
    if not host:
        raise errors.ServerError("mail.no_smtp_host", {"email": account.email},
                                 hint="mail.no_smtp_host_hint")
    check_plain_allowed(host, security, bool(account.allow_insecure))
    provider = provider_of(account)
    ctx = ssl_context(account.smtp_trusted_fingerprint) if security != "none" else None
    smtp: smtplib.SMTP | None = None
    try:
        if security == "ssl":
            smtp = smtplib.SMTP_SSL(host, port, timeout=timeout, context=ctx,
                                    local_hostname=_EHLO_NAME)
        else:
            smtp = smtplib.SMTP(host, port, timeout=timeout, local_hostname=_EHLO_NAME)
        smtp.ehlo()
        if security == "starttls":
            smtp.starttls(context=ctx)
            smtp.ehlo()
        username = account.smtp_username or account.username or account.email
        if username and smtp.has_extn("auth"):
            if uses_oauth(account):
                _smtp_token_login(smtp, account, username)
            else:
                smtp.login(username, _password(account, password))
        return smtp
    except BaseException as exc:
        if smtp is not None:
            with contextlib.suppress(OSError):
                smtp.close()
        if isinstance(exc, Exception):
            raise translate_error(exc, host=host, port=port, security=security,
                                  protocol="smtp", provider=provider,
                                  timeout=min(timeout, 10)) from exc
        raise


# --- the connection test ---------------------------------------------------------------


def _security_words(security: str, pinned: str | None) -> str:
    if security == "none":
        return "without encryption"
    how = "SSL" if security == "ssl" else "STARTTLS"
    if pinned:
        return f"{how}, with the certificate you chose to trust"
    return f"{how}, certificate verified"


def test_account(account: Account, password: str | None = None, smtp: bool = True,
                 timeout: float = 20) -> list[str]:
    """Connect and log in to IMAP (and SMTP); return what worked, line by line.

    Raises:
        MailError: the first thing that failed, with ``protocol`` set to "imap" or "smtp"
            and ``lines`` holding what worked before it.
    """
    import smtplib

    lines: list[str] = []
    try:
        client = open_imap(account, password, timeout=timeout)
    except errors.MailError as exc:
        exc.protocol = "imap"  # type: ignore[attr-defined]
        exc.lines = []  # type: ignore[attr-defined]
        raise
    try:
        lines.append(
            f"Incoming mail: connected to {account.imap_host}:{account.imap_port} "
            f"({_security_words(account.imap_security, account.imap_trusted_fingerprint)})."
        )
        lines.append(f"Logged in as {account.username or account.email}.")
        try:
            folders = client.list_folders()
            lines.append(f"{len(folders)} folder(s) found.")
        except imap_exc.IMAPClientError as exc:
            raise imap_error(exc, account) from exc
    finally:
        close_imap(client)
    if smtp and account.smtp_host:
        try:
            session = open_smtp(account, password, timeout=timeout)
        except errors.MailError as exc:
            exc.protocol = "smtp"  # type: ignore[attr-defined]
            exc.lines = lines  # type: ignore[attr-defined]  # what worked before it
            raise
        try:
            lines.append(
                f"Outgoing mail: connected to {account.smtp_host}:{account.smtp_port} "
                f"({_security_words(account.smtp_security, account.smtp_trusted_fingerprint)})"
                + (", logged in." if session.has_extn("auth") else ".")
            )
        finally:
            try:
                session.quit()
            except (smtplib.SMTPException, OSError):
                session.close()
    elif smtp:
        lines.append("Outgoing mail: no server set, so replies cannot be sent yet.")
    return lines


# pytest must not mistake the connection test for a test when a test module imports it
test_account.__test__ = False  # type: ignore[attr-defined]


def test_settings(values: dict[str, Any], password: str) -> list[str]:
    """:func:`test_account` for settings that are not saved yet (the add-mailbox wizard
    tries them before anything is written): the account exists only in memory."""
    return test_account(Account(**values), password)


test_settings.__test__ = False  # type: ignore[attr-defined]
