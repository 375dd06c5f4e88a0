"""A small OAuth2 authorization server on 127.0.0.1 for tests (RFC 6749, 7636, 7662, 7009).

    server = OAuthServer(client_id="seller-desk-test").start()
    server.users["nora@test.localhost"] = "nora"        # who may sign in -> mail user name
    ... the app opens server.authorize_url?... ; a test "is the browser":
    server.browse(url)            # follows /authorize's redirect to the app's listener
    server.expire_access(...)     # the next login with that token fails (introspection)
    server.revoke(user)           # refresh tokens of that user refused (invalid_grant)
    server.close()

What a real provider does and the app depends on, and nothing more:
- ``GET /authorize``: checks client_id, redirect_uri (a loopback http address, RFC 8252),
  response_type=code, code_challenge_method=S256; signs in ``login_hint`` (or the only
  user), or refuses (``deny_next``: error=access_denied), and redirects with code and state.
- ``POST /token``: authorization_code (the PKCE verifier must match the challenge, the
  redirect_uri the one the code was issued for, a code works once) and refresh_token
  grants; refresh tokens rotate (the old one stays valid, as Microsoft's do); invalid_grant
  for anything unknown, used, expired or revoked.
- ``POST /introspect``: ``{"active": true, "username": ...}`` for a live access token,
  ``{"active": false}`` otherwise. Dovecot's oauth2 passdb asks it at every login.
- ``POST /revoke``: forgets a token.

Every request is counted in ``hits`` (path -> number), so a test can say "refreshed once".
"""

from __future__ import annotations

import base64
import contextlib
import email.utils
import hashlib
import json
import secrets
import threading
import time
import urllib.parse
import urllib.request
from collections import Counter
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from .ports import LOOPBACK


@dataclass
class _Grant:
    user: str
    client_id: str
    redirect_uri: str
    challenge: str
    scope: str
    issued: float = field(default_factory=time.monotonic)
    used: bool = False


@dataclass
class _Token:
    user: str
    expires: float  # time.monotonic()
    revoked: bool = False


class OAuthServer:
    """One authorization server; tokens and grants live in memory."""

    host = LOOPBACK

    def __init__(self, client_id: str = "seller-desk-test", client_secret: str = "",
                 access_lifetime: float = 3600, code_lifetime: float = 60) -> None:
        self.client_id = client_id
        self.client_secret = client_secret
        self.access_lifetime = access_lifetime
        self.code_lifetime = code_lifetime
        #: who may sign in (the address typed at the sign-in page) -> the user name the
        #: mail server knows them by (what introspection answers as ``username``)
        self.users: dict[str, str] = {}
        #: the next /authorize is refused (the seller clicked "Cancel" or "No")
        self.deny_next = ""
        #: seconds this server's clock is ahead of the computer's; beyond 5 minutes the
        #: token endpoint refuses, as providers do with a client whose clock is off
        self.clock_offset = 0.0
        self.hits: Counter[str] = Counter()
        self._grants: dict[str, _Grant] = {}
        self._access: dict[str, _Token] = {}
        self._refresh: dict[str, _Token] = {}
        self._lock = threading.Lock()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle ---------------------------------------------------------------------
    def start(self) -> OAuthServer:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *_args: Any) -> None:  # quiet test output
                pass

            def date_time_string(self, timestamp: float | None = None) -> str:
                when = (timestamp or time.time()) + server.clock_offset
                return email.utils.formatdate(when, usegmt=True)

            def do_GET(self) -> None:
                server._get(self)

            def do_POST(self) -> None:
                server._post(self)

        self._httpd = ThreadingHTTPServer((self.host, 0), Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True,
                                        name="oauth-test-server")
        self._thread.start()
        return self

    def close(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    @property
    def port(self) -> int:
        assert self._httpd is not None, "start() first"
        return int(self._httpd.server_address[1])

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def introspection_url(self) -> str:
        return f"{self.base_url}/introspect"

    def provider_settings(self) -> dict[str, str]:
        """The endpoints as the app's provider configuration names them."""
        return {
            "authorize_url": f"{self.base_url}/authorize",
            "token_url": f"{self.base_url}/token",
            "revoke_url": f"{self.base_url}/revoke",
        }

    # -- what a test does ------------------------------------------------------------
    def browse(self, url: str, timeout: float = 10) -> tuple[int, str]:
        """Open ``url`` as the seller's browser would: follow the redirect to the app.

        Returns the status and text of the page the app's listener answered with.
        """
        with urllib.request.urlopen(url, timeout=timeout) as answer:  # the test server, on loopback
            return answer.status, answer.read().decode("utf-8", "replace")

    def redirect_for(self, url: str) -> str:
        """The address /authorize would send the browser to, without following it."""
        query = urllib.parse.urlsplit(url).query
        return self._authorize(dict(urllib.parse.parse_qsl(query)))[1]

    def expire_access(self, user: str | None = None) -> None:
        """Every access token (of ``user``) expires now."""
        with self._lock:
            for token in self._access.values():
                if user is None or token.user == user:
                    token.expires = 0

    def revoke(self, user: str) -> None:
        """The seller withdrew consent / changed the password: every token of theirs dies."""
        with self._lock:
            for table in (self._access, self._refresh):
                for token in table.values():
                    if token.user == user:
                        token.revoked = True

    def live_access_tokens(self, user: str) -> int:
        now = time.monotonic()
        with self._lock:
            return sum(1 for t in self._access.values()
                       if t.user == user and not t.revoked and t.expires > now)

    # -- the endpoints -----------------------------------------------------------------
    def _get(self, request: BaseHTTPRequestHandler) -> None:
        url = urllib.parse.urlsplit(request.path)
        self.hits[url.path] += 1
        if url.path != "/authorize":
            self._answer(request, 404, {"error": "not_found"})
            return
        status, location = self._authorize(dict(urllib.parse.parse_qsl(url.query)))
        if status == 302:
            request.send_response(302)
            request.send_header("Location", location)
            request.send_header("Content-Length", "0")
            request.end_headers()
        else:
            self._answer(request, status, {"error": location})

    def _authorize(self, query: dict[str, str]) -> tuple[int, str]:
        if query.get("client_id") != self.client_id:
            return 400, "unauthorized_client"
        redirect = query.get("redirect_uri", "")
        parts = urllib.parse.urlsplit(redirect)
        if parts.scheme != "http" or parts.hostname not in ("127.0.0.1", "localhost", "::1"):
            return 400, "invalid_redirect_uri"
        if query.get("response_type") != "code" or query.get("code_challenge_method") != "S256":
            return 400, "invalid_request"
        state = query.get("state", "")
        denied = self.deny_next
        if denied:
            self.deny_next = ""
            return 302, _with_query(redirect, error=denied, state=state)
        login = query.get("login_hint", "").lower() or (next(iter(self.users)) if self.users
                                                       else "")
        if login not in self.users:
            return 302, _with_query(redirect, error="access_denied", state=state)
        user = self.users[login]
        code = secrets.token_urlsafe(24)
        with self._lock:
            self._grants[code] = _Grant(user, self.client_id, redirect,
                                        query.get("code_challenge", ""), query.get("scope", ""))
        return 302, _with_query(redirect, code=code, state=state)

    def _post(self, request: BaseHTTPRequestHandler) -> None:
        path = urllib.parse.urlsplit(request.path).path
        self.hits[path] += 1
        length = int(request.headers.get("Content-Length") or 0)
        form = dict(urllib.parse.parse_qsl(request.rfile.read(length).decode("utf-8")))
        basic = request.headers.get("Authorization", "")
        if basic.startswith("Basic "):
            with contextlib.suppress(ValueError):
                who, _, secret = base64.b64decode(basic[6:]).decode().partition(":")
                form.setdefault("client_id", urllib.parse.unquote(who))
                form.setdefault("client_secret", urllib.parse.unquote(secret))
        if path == "/token":
            status, body = self._token(form)
        elif path == "/introspect":
            status, body = 200, self._introspect(form.get("token", ""))
        elif path == "/revoke":
            with self._lock:
                for table in (self._access, self._refresh):
                    if form.get("token", "") in table:
                        table[form["token"]].revoked = True
            status, body = 200, {}
        else:
            status, body = 404, {"error": "not_found"}
        self._answer(request, status, body)

    def _token(self, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
        if form.get("client_id") != self.client_id:
            return 401, {"error": "invalid_client"}
        if self.client_secret and form.get("client_secret") != self.client_secret:
            return 401, {"error": "invalid_client"}
        grant_type = form.get("grant_type")
        if abs(self.clock_offset) > 300:
            return 400, {"error": "invalid_grant",
                         "error_description": "The request is outside its valid time range."}
        with self._lock:
            if grant_type == "authorization_code":
                grant = self._grants.get(form.get("code", ""))
                if (grant is None or grant.used
                        or time.monotonic() - grant.issued > self.code_lifetime
                        or grant.redirect_uri != form.get("redirect_uri")
                        or _s256(form.get("code_verifier", "")) != grant.challenge):
                    return 400, {"error": "invalid_grant"}
                grant.used = True
                return 200, self._issue(grant.user, grant.scope, with_refresh=True)
            if grant_type == "refresh_token":
                token = self._refresh.get(form.get("refresh_token", ""))
                if token is None or token.revoked:
                    return 400, {"error": "invalid_grant",
                                 "error_description": "The refresh token was revoked."}
                return 200, self._issue(token.user, form.get("scope", ""), with_refresh=True)
        return 400, {"error": "unsupported_grant_type"}

    def _issue(self, user: str, scope: str, with_refresh: bool) -> dict[str, Any]:
        access = "at-" + secrets.token_urlsafe(24)
        self._access[access] = _Token(user, time.monotonic() + self.access_lifetime)
        body: dict[str, Any] = {"access_token": access, "token_type": "Bearer",
                                "expires_in": int(self.access_lifetime), "scope": scope}
        if with_refresh:
            refresh = "rt-" + secrets.token_urlsafe(24)
            self._refresh[refresh] = _Token(user, float("inf"))
            body["refresh_token"] = refresh
        return body

    def _introspect(self, token: str) -> dict[str, Any]:
        with self._lock:
            found = self._access.get(token)
            if found is None or found.revoked or found.expires <= time.monotonic():
                return {"active": False}
            return {"active": True, "username": found.user, "client_id": self.client_id}

    @staticmethod
    def _answer(request: BaseHTTPRequestHandler, status: int, body: dict[str, Any]) -> None:
        data = json.dumps(body).encode()
        request.send_response(status)
        request.send_header("Content-Type", "application/json")
        request.send_header("Cache-Control", "no-store")
        request.send_header("Content-Length", str(len(data)))
        request.end_headers()
        request.wfile.write(data)


def _s256(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def _with_query(url: str, **params: str) -> str:
    return url + ("&" if "?" in url else "?") + urllib.parse.urlencode(params)
