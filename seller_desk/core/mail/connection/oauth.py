"""Signing in with Microsoft or Google: OAuth2 for IMAP and SMTP (XOAUTH2, OAUTHBEARER).

Outlook.com, Hotmail and Live mailboxes take only OAuth2 since September 2024; Google
prefers it to app passwords. What happens, and where each part lives:

- **Sign-in** (:class:`SignIn`): the authorization code flow with PKCE and a loopback
  redirect (RFC 8252). A one-shot listener on 127.0.0.1 at a port the system picks receives
  the browser's redirect; the state is checked; the code is exchanged for tokens. authlib's
  requests client does the protocol (PKCE, the token request, error answers).
- **Tokens**: the refresh token goes to the OS keyring like a password (key
  ``oauth2:<address>``; never the database, settings or log). The access token stays in
  this process's memory and is renewed :data:`EARLY` before it expires, and once more when
  a server refuses it (:func:`access_token` with ``fresh=True``).
- **Refused refresh** (revoked, password changed, consent withdrawn): :class:`SignInNeeded`
  (kind ``sign_in``). The window turns the mailbox's chip into "Sign in again"; the outbox
  keeps the mailbox's messages queued until then.
- **Providers** are data: ``resources/oauth_providers.json`` (endpoints, scopes, which
  addresses belong to whom). The client ID (and Google's installed-app secret) are not
  ours to ship in the source: a build or a configuration file supplies them
  (:func:`client_config`, docs/oauth.md says how a distributor registers the app).
"""

from __future__ import annotations

import html
import json
import logging
import os
import secrets
import threading
import time
import urllib.parse
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from seller_desk.core.common import paths
from seller_desk.core.common.messages import Msg
from seller_desk.core.mail import errors
from seller_desk.core.mail.connection import credentials

if TYPE_CHECKING:
    from http.server import HTTPServer

    import requests
    from authlib.integrations.requests_client import OAuth2Session

logger = logging.getLogger(__name__)

#: renew an access token this long before the provider says it expires
EARLY = 120.0
#: how far the computer's clock may be from the provider's before sign-ins fail
CLOCK_SKEW = 300.0
#: a sign-in left unanswered in the browser for this long ends
SIGN_IN_TIMEOUT = 600.0
#: the token endpoint is asked with this timeout (seconds)
HTTP_TIMEOUT = 20.0
#: the file a build or the seller's data folder holds the client IDs in
CLIENTS_FILE = "oauth_clients.json"
#: names the configuration file outside the usual places (a distributor's test build)
CLIENTS_ENV = "SELLER_DESK_OAUTH_CLIENTS"
#: provider settings a configuration file may set besides the client (staging, tests)
_OVERRIDABLE = ("authorize_url", "token_url", "revoke_url")


SignInError = errors.SignInError
SignInNeeded = errors.SignInNeeded


# --- providers and the client configuration ---------------------------------------------


@dataclass(frozen=True)
class Provider:
    """One OAuth2 provider as resources/oauth_providers.json and the client file give it."""

    key: str
    label: str
    authorize_url: str
    token_url: str
    scopes: tuple[str, ...]
    preset: str  # the server preset of core/mail/connection/providers.py
    domains: tuple[str, ...] = ()
    revoke_url: str = ""
    authorize_params: Mapping[str, str] = field(default_factory=dict)
    client_id: str = ""
    client_secret: str = ""  # Google's "installed app" secret, not a secret in practice


def _provider_data() -> dict[str, dict[str, Any]]:
    with open(paths.resource("oauth_providers.json"), encoding="utf-8") as fh:
        data: dict[str, dict[str, Any]] = json.load(fh)
    return data


def _client_files() -> list[Path]:
    """Where a client configuration may be, the first found wins.

    The variable :data:`CLIENTS_ENV` (a test build), the seller's data folder (a client ID
    the seller's own organisation registered), then the file the build put beside the
    program.
    """
    found = []
    named = os.environ.get(CLIENTS_ENV)
    if named:
        found.append(Path(named))
    found.append(paths.data_dir(create=False) / CLIENTS_FILE)
    found.append(paths.resource(CLIENTS_FILE))
    return found


def client_config() -> dict[str, dict[str, str]]:
    """The client settings per provider key, from the first configuration file found."""
    for path in _client_files():
        try:
            with open(path, encoding="utf-8") as fh:
                data = json.load(fh)
        except FileNotFoundError:
            continue
        except (OSError, ValueError) as exc:
            logger.warning("Ignoring the OAuth client file %s: %s", path, exc)
            continue
        if isinstance(data, dict):
            return {str(k): dict(v) for k, v in data.items() if isinstance(v, dict)}
    return {}


def providers() -> dict[str, Provider]:
    """Every provider we know, with the client configuration applied (may lack a client)."""
    clients = client_config()
    found: dict[str, Provider] = {}
    for key, data in _provider_data().items():
        client = clients.get(key, {})
        overrides = {name: str(client[name]) for name in _OVERRIDABLE if client.get(name)}
        merged = {**data, **overrides}
        found[key] = Provider(
            key=key,
            label=str(merged.get("label", key)),
            authorize_url=str(merged["authorize_url"]),
            token_url=str(merged["token_url"]),
            revoke_url=str(merged.get("revoke_url", "")),
            scopes=tuple(merged.get("scopes", ())),
            preset=str(merged.get("preset", "generic")),
            domains=tuple(d.lower() for d in merged.get("domains", ())),
            authorize_params=dict(merged.get("authorize_params", {})),
            client_id=str(client.get("client_id", "")),
            client_secret=str(client.get("client_secret", "")),
        )
    return found


def provider(key: str) -> Provider:
    """The provider ``key`` ready for a sign-in; SignInError when this build has no client."""
    known = providers()
    if key not in known:
        raise SignInError("mail.oauth.unknown_provider", {"provider": key})
    found = known[key]
    if not found.client_id:
        raise SignInError("mail.oauth.no_client", {"provider": found.label},
                          hint=Msg("mail.oauth.no_client_hint",
                                   {"provider": found.label, "file": CLIENTS_FILE}))
    return found


def provider_for_address(email: str) -> str:
    """The provider key an address signs in with ('' when it uses a password)."""
    domain = email.rpartition("@")[2].strip().lower()
    for key, data in _provider_data().items():
        if domain in (d.lower() for d in data.get("domains", ())):
            return key
    return ""


def available(key: str) -> bool:
    """True when this build can sign in with ``key`` (its client ID is configured)."""
    found = providers().get(key)
    return bool(found and found.client_id)


# --- the browser step ----------------------------------------------------------------------


@dataclass
class Tokens:
    """What a sign-in or a refresh gives back."""

    access_token: str
    refresh_token: str
    expires_at: float  # time.monotonic() when the access token ends


PAGE = ("<!doctype html><meta charset='utf-8'><title>Seller Desk</title>"
        "<body style='font-family:sans-serif;margin:3em'><h2>{title}</h2><p>{text}</p>")


class SignIn:
    """One sign-in: the listener, the address to open, and the wait for the redirect.

        sign_in = SignIn("microsoft", email="shop@outlook.com")
        open_browser(sign_in.url)
        tokens = sign_in.wait(cancelled=lambda: stop.is_set())   # or finish(pasted_url)
        sign_in.close()

    ``pages`` gives the texts the browser shows afterwards (the interface translates them):
    keys ``ok_title``, ``ok_text``, ``fail_title``, ``fail_text``.
    """

    def __init__(self, provider_key: str, email: str = "",
                 pages: Mapping[str, str] | None = None) -> None:
        self.provider = provider(provider_key)
        self.email = email
        self.pages = {"ok_title": "Signed in", "ok_text": "You can close this tab and go "
                      "back to Seller Desk.", "fail_title": "Not signed in",
                      "fail_text": "Go back to Seller Desk to see why."}
        self.pages.update(pages or {})
        self._answer: str | None = None
        self._server = self._listen()
        self.redirect_uri = f"http://127.0.0.1:{self._server.server_address[1]}/"
        self.code_verifier = secrets.token_urlsafe(64)
        self._session = self._oauth_session(self.provider, redirect_uri=self.redirect_uri)
        params = dict(self.provider.authorize_params)
        if email:
            params["login_hint"] = email
        self.url, self.state = self._session.create_authorization_url(
            self.provider.authorize_url, code_verifier=self.code_verifier, **params)

    @staticmethod
    def _oauth_session(found: Provider, **kwargs: Any) -> OAuth2Session:
        # authlib and requests (a third of a second) load at the first sign-in or token
        # renewal, not with every start of the window or command (docs/performance.md)
        from authlib.integrations.requests_client import OAuth2Session

        session = OAuth2Session(
            client_id=found.client_id, client_secret=found.client_secret or None,
            scope=" ".join(found.scopes), code_challenge_method="S256",
            token_endpoint_auth_method="client_secret_post" if found.client_secret
            else "none", **kwargs)
        session.clock_skew = 0.0

        def note_skew(response: requests.Response, *_args: Any, **_kwargs: Any) -> None:
            session.clock_skew = clock_skew_of(response)

        session.hooks["response"].append(note_skew)
        return session

    def _listen(self) -> HTTPServer:
        # only a sign-in in the browser listens: a sync with a kept token does not load it
        from http.server import BaseHTTPRequestHandler, HTTPServer

        sign_in = self

        class Redirect(BaseHTTPRequestHandler):
            def log_message(self, *_args: Any) -> None:  # the query holds the code
                pass

            def do_GET(self) -> None:
                query = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(self.path).query))
                if "code" not in query and "error" not in query:
                    self.send_error(404)  # a favicon, a stray visit: not the answer
                    return
                sign_in._answer = self.path
                good = "code" in query and query.get("state") == sign_in.state
                pages = sign_in.pages
                body = PAGE.format(
                    title=html.escape(pages["ok_title" if good else "fail_title"]),
                    text=html.escape(pages["ok_text" if good else "fail_text"])).encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        server = HTTPServer(("127.0.0.1", 0), Redirect)
        server.timeout = 0.25
        return server

    def wait(self, cancelled: Callable[[], bool] | None = None,
             timeout: float = SIGN_IN_TIMEOUT) -> Tokens:
        """Wait for the browser's redirect, then exchange the code for tokens."""
        deadline = time.monotonic() + timeout
        try:
            while self._answer is None:
                if cancelled is not None and cancelled():
                    raise SignInError("mail.oauth.cancelled")
                if time.monotonic() > deadline:
                    raise SignInError("mail.oauth.timed_out",
                                      hint="mail.oauth.timed_out_hint")
                self._server.handle_request()
        finally:
            self.close()
        return self.finish(self.redirect_uri.rstrip("/") + self._answer)

    def finish(self, redirected: str) -> Tokens:
        """Exchange the code in ``redirected`` (the address the browser was sent to)."""
        query = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(redirected.strip()).query))
        if query.get("state") != self.state:
            raise SignInError("mail.oauth.bad_state", hint="mail.oauth.try_again")
        if "error" in query:
            raise _refused(query["error"], query.get("error_description", ""))
        if not query.get("code"):
            raise SignInError("mail.oauth.no_code", hint="mail.oauth.try_again")
        import requests
        from authlib.common.errors import AuthlibBaseError

        try:
            token = self._session.fetch_token(
                self.provider.token_url, code=query["code"], grant_type="authorization_code",
                code_verifier=self.code_verifier, timeout=HTTP_TIMEOUT)
        except requests.RequestException as exc:
            raise _unreachable(self.provider, exc) from exc
        except AuthlibBaseError as exc:
            raise _refused(exc.error or "", exc.description or "",
                           self._session.clock_skew) from exc
        tokens = _tokens(token, "")
        if not tokens.refresh_token:
            # without one the seller would have to sign in every hour
            raise SignInError("mail.oauth.no_refresh", {"provider": self.provider.label})
        return tokens

    def close(self) -> None:
        self._server.server_close()


def _tokens(token: Mapping[str, Any], old_refresh: str) -> Tokens:
    expires_in = float(token.get("expires_in") or 3600)
    return Tokens(str(token["access_token"]), str(token.get("refresh_token") or old_refresh),
                  time.monotonic() + expires_in)


def _refused(error: str, description: str, skew: float = 0.0) -> SignInError:
    logger.info("Sign-in refused: %s %s", error, description)
    if abs(skew) > CLOCK_SKEW:
        # a token refused while the clocks disagree: the clock is the cause to fix first
        return SignInError("mail.oauth.clock_off", {"minutes": round(abs(skew) / 60)},
                           hint="mail.oauth.clock_off_hint")
    if error in ("access_denied", "consent_required", "interaction_required"):
        return SignInError("mail.oauth.denied", hint="mail.oauth.denied_hint")
    if error in ("invalid_client", "unauthorized_client"):
        return SignInError("mail.oauth.client_refused", {"error": error},
                           hint="mail.oauth.client_refused_hint")
    return SignInError("mail.oauth.refused", {"error": error or "?"},
                       hint="mail.oauth.try_again")


def _unreachable(found: Provider, exc: Exception) -> errors.MailError:
    logger.info("Token endpoint of %s unreachable: %s", found.key, exc)
    host = urllib.parse.urlsplit(found.token_url).hostname or found.token_url
    return errors.NetworkError("mail.oauth.unreachable", {"provider": found.label,
                                                          "host": host},
                               hint="mail.unreachable_hint")


# --- tokens of a mailbox ---------------------------------------------------------------------


def token_key(email: str) -> str:
    """The keyring entry holding a mailbox's refresh token."""
    return f"oauth2:{email.strip().lower()}"


_cache: dict[str, Tokens] = {}
_locks: dict[str, threading.Lock] = {}
_locks_guard = threading.Lock()


def _lock_for(email: str) -> threading.Lock:
    with _locks_guard:
        return _locks.setdefault(email, threading.Lock())


def keep(email: str, tokens: Tokens) -> bool:
    """Keep a sign-in's tokens: the refresh token in the keyring, the access token here.

    Returns False when there is no keyring and the sign-in lasts this session only.
    """
    key = token_key(email)
    with _lock_for(key):
        _cache[key] = tokens
        return credentials.set_password(key, tokens.refresh_token)


def forget(email: str) -> None:
    """Drop a mailbox's tokens (removed mailbox, or before a fresh sign-in)."""
    key = token_key(email)
    with _lock_for(key):
        _cache.pop(key, None)
        credentials.delete_password(key)


def signed_in(email: str) -> bool:
    """True when a refresh token for ``email`` is kept (in the keyring or this session)."""
    return bool(credentials.get_password(token_key(email)))


def access_token(email: str, provider_key: str, *, fresh: bool = False) -> str:
    """A live access token for the mailbox ``email``, renewed when due (or ``fresh``).

    Raises SignInNeeded when no refresh token is kept or the provider refuses it, and a
    NetworkError when the provider cannot be reached (a retry later may work).
    """
    key = token_key(email)
    with _lock_for(key):
        held = _cache.get(key)
        if held is not None and not fresh and held.expires_at - EARLY > time.monotonic():
            return held.access_token
        refresh = credentials.get_password(key)
        if not refresh:
            raise SignInNeeded("mail.oauth.sign_in_needed", {"email": email},
                               hint="mail.oauth.sign_in_needed_hint")
        found = provider(provider_key)
        session = SignIn._oauth_session(found)
        import requests  # loaded by _oauth_session already: see there
        from authlib.common.errors import AuthlibBaseError

        try:
            token = session.refresh_token(found.token_url, refresh_token=refresh,
                                          timeout=HTTP_TIMEOUT)
        except requests.RequestException as exc:
            raise _unreachable(found, exc) from exc
        except AuthlibBaseError as exc:
            _cache.pop(key, None)
            if abs(session.clock_skew) > CLOCK_SKEW:
                raise _refused(exc.error or "", exc.description or "",
                               session.clock_skew) from exc
            if exc.error in ("invalid_grant", "invalid_token", "interaction_required",
                             "consent_required", "unauthorized_client"):
                logger.info("Refresh of %s refused (%s): sign in again", email, exc.error)
                raise SignInNeeded("mail.oauth.sign_in_again", {"email": email},
                                   hint="mail.oauth.sign_in_needed_hint") from exc
            raise _refused(exc.error or "", exc.description or "") from exc
        if abs(session.clock_skew) > CLOCK_SKEW:
            logger.warning("This computer's clock is %.0f s off the sign-in service's",
                           session.clock_skew)
        tokens = _tokens(token, refresh)
        _cache[key] = tokens
        if tokens.refresh_token != refresh:  # a rotated refresh token replaces the old
            credentials.set_password(key, tokens.refresh_token)
        return tokens.access_token


def clock_skew_of(response: requests.Response) -> float:
    """Seconds the provider's clock (its Date header) is ahead of ours (0 when unknown)."""
    try:
        said = parsedate_to_datetime(response.headers["Date"]).timestamp()
    except (KeyError, TypeError, ValueError):
        return 0.0
    return said - time.time()


# --- SASL -------------------------------------------------------------------------------------


def sasl_xoauth2(user: str, token: str) -> str:
    """The XOAUTH2 initial response (Google's and Microsoft's format)."""
    return f"user={user}\x01auth=Bearer {token}\x01\x01"


def sasl_oauthbearer(user: str, token: str) -> str:
    """The OAUTHBEARER initial response (RFC 7628), the authorization identity set."""
    name = user.replace("=", "=3D").replace(",", "=2C")
    return f"n,a={name},\x01auth=Bearer {token}\x01\x01"


def answers(initial: str, mechanism: str) -> Callable[..., str]:
    """A SASL callback: the initial response first, then what ends a failed exchange.

    A server refusing a token sends an error challenge and waits: XOAUTH2 wants an empty
    line, OAUTHBEARER the byte 0x01 (RFC 7628 3.2.3). Without it the login hangs.
    """
    sent = [False]

    def respond(_challenge: Any = None) -> str:
        if not sent[0]:
            sent[0] = True
            return initial
        return "\x01" if mechanism == "OAUTHBEARER" else ""

    return respond


def mechanism_for(offered: set[str]) -> str:
    """XOAUTH2 where offered (Microsoft, Google), else OAUTHBEARER; '' when neither."""
    if "XOAUTH2" in offered:
        return "XOAUTH2"
    if "OAUTHBEARER" in offered:
        return "OAUTHBEARER"
    return ""


def initial_response(mechanism: str, user: str, token: str) -> str:
    return (sasl_oauthbearer if mechanism == "OAUTHBEARER" else sasl_xoauth2)(user, token)
