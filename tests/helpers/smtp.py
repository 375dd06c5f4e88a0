"""A loopback SMTP sink (aiosmtpd) that keeps what it receives in memory.

    sink = SmtpSink(auth={"alice": "pw"}, auth_required=True, starttls=True)
    sink.start()
    ...  # send with smtplib to sink.host, sink.port
    sink.messages[0].rcpt_tos, sink.messages[0].data
    sink.stop(); sink.start()   # "server down, then back", same port
    sink.stop()

TLS uses a self-signed certificate for localhost/127.0.0.1 (``sink.cert``): pass
``sink.cert.client_context()`` to smtplib to trust it.
"""

from __future__ import annotations

import asyncio
import atexit
import email
import email.message
import email.policy
import re
import shutil
import tempfile
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import ServerUnavailable
from .ports import LOOPBACK, free_port
from .tls import SelfSignedCert, make_self_signed_cert

try:
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session
except ImportError:  # pragma: no cover - aiosmtpd is a test dependency
    Controller = None  # type: ignore[assignment,misc]


@dataclass
class ReceivedMessage:
    """One message accepted by the sink."""

    mail_from: str
    rcpt_tos: list[str]
    data: bytes
    auth_user: str | None = None  # the login used, when the client authenticated
    received_at: float = field(default_factory=time.time)

    @property
    def message(self) -> email.message.EmailMessage:
        msg = email.message_from_bytes(self.data, policy=email.policy.default)
        assert isinstance(msg, email.message.EmailMessage)
        return msg


class _Handler:
    def __init__(self, sink: SmtpSink) -> None:
        self.sink = sink

    async def handle_DATA(self, server: Any, session: Session, envelope: Envelope) -> str:  # noqa: N802 - aiosmtpd API
        if self.sink.reject_data is not None:
            return self.sink.reject_data
        raw = envelope.original_content or b""
        auth_user = session.auth_data if isinstance(session.auth_data, str) else None
        self.sink._store(
            ReceivedMessage(
                mail_from=envelope.mail_from or "",
                rcpt_tos=list(envelope.rcpt_tos),
                data=raw,
                auth_user=auth_user,
            )
        )
        if self.sink.answer_delay:
            # taken, but answered late: like a server that scans mail before it answers
            await asyncio.sleep(self.sink.answer_delay)
        return "250 2.0.0 Message accepted for delivery"


class _Authenticator:
    def __init__(self, credentials: Mapping[str, str]) -> None:
        self.credentials = credentials

    def __call__(
        self, server: Any, session: Session, envelope: Envelope, mechanism: str, auth_data: Any
    ) -> AuthResult:
        if not isinstance(auth_data, LoginPassword):
            return AuthResult(success=False, handled=False)
        login = auth_data.login.decode("utf-8", "replace")
        password = auth_data.password.decode("utf-8", "replace")
        if login in self.credentials and self.credentials[login] == password:
            return AuthResult(success=True, auth_data=login)
        return AuthResult(success=False, handled=False)


_shared_cert_lock = threading.Lock()
_shared_cert_value: SelfSignedCert | None = None


def _shared_cert() -> SelfSignedCert:
    global _shared_cert_value
    with _shared_cert_lock:
        if _shared_cert_value is None:
            directory = tempfile.mkdtemp(prefix="sd-smtp-cert-")
            atexit.register(shutil.rmtree, directory, True)
            _shared_cert_value = make_self_signed_cert(directory, "smtp")
        return _shared_cert_value


def _controller_class() -> type:
    if Controller is None:
        raise ServerUnavailable("the Python package aiosmtpd is not installed")

    class _SinkSMTP(SMTP):  # type: ignore[misc,valid-type]
        async def smtp_MAIL(self, arg: str | None) -> None:  # noqa: N802 - aiosmtpd API
            # RFC 4954: a server that offers AUTH must accept MAIL FROM's AUTH= parameter
            # (Dovecot's submission relay sends it); aiosmtpd 1.4 answers 555 instead.
            if arg:
                arg = re.sub(r"\s+AUTH=\S*", "", arg, flags=re.IGNORECASE)
            await super().smtp_MAIL(arg)

    for attr in ("__smtp_syntax__", "__smtp_syntax_extended__", "__smtp_syntax_when__"):
        setattr(_SinkSMTP.smtp_MAIL, attr, getattr(SMTP.smtp_MAIL, attr, None))

    class _SinkController(Controller):  # type: ignore[misc,valid-type]
        def __init__(self, *args: Any, auth_required: bool = False, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._sink_auth_required = auth_required

        def factory(self) -> SMTP:
            smtp = _SinkSMTP(self.handler, **self.SMTP_kwargs)
            # Passing auth_required=True together with auth_require_tls=False makes aiosmtpd
            # warn (an error under filterwarnings=error): switch it on after construction.
            smtp._auth_required = self._sink_auth_required
            return smtp

    return _SinkController


class SmtpSink:
    """aiosmtpd server on 127.0.0.1 that stores messages in :attr:`messages`.

    auth:          {login: password}; enables AUTH PLAIN/LOGIN (over plain TCP too).
    auth_required: refuse MAIL FROM until the client authenticated.
    starttls:      offer STARTTLS; require_starttls: refuse everything else before it.
    implicit_tls:  TLS from the first byte (SMTPS, like port 465).
    port:          fixed port (default: a free one, kept across stop()/start()).
    """

    def __init__(
        self,
        *,
        host: str = LOOPBACK,
        port: int | None = None,
        auth: Mapping[str, str] | None = None,
        auth_required: bool = False,
        starttls: bool = False,
        require_starttls: bool = False,
        implicit_tls: bool = False,
        cert: SelfSignedCert | None = None,
        cert_dir: Path | str | None = None,
    ) -> None:
        self._controller_cls = _controller_class()
        if auth_required and not auth:
            raise ValueError("auth_required needs auth={login: password}")
        self.host = host
        self.port = port or free_port(host)
        self.credentials: dict[str, str] = dict(auth or {})
        self.auth_required = auth_required
        self.starttls = starttls or require_starttls
        self.require_starttls = require_starttls
        self.implicit_tls = implicit_tls
        self.messages: list[ReceivedMessage] = []
        #: set to an SMTP reply such as "451 4.3.0 try later" to refuse messages at DATA
        self.reject_data: str | None = None
        #: seconds between taking a message and answering its final "." with 250
        self.answer_delay = 0.0
        self._cert = cert
        self._cert_dir = cert_dir
        self._lock = threading.Condition()
        self._controller: Any = None

    # -- TLS -------------------------------------------------------------------------
    @property
    def cert(self) -> SelfSignedCert:
        """The TLS certificate (made on first use; one per process unless given)."""
        if self._cert is None:
            if self._cert_dir is not None:
                self._cert = make_self_signed_cert(self._cert_dir, "smtp")
            else:
                self._cert = _shared_cert()
        return self._cert

    # -- lifecycle -------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._controller is not None

    def start(self) -> SmtpSink:
        if self._controller is not None:
            return self
        kwargs: dict[str, Any] = {
            "hostname": self.host,
            "port": self.port,
            "auth_required": self.auth_required,
            "server_hostname": "sink.localhost",
            "ready_timeout": 10.0,
        }
        if self.credentials:
            kwargs["authenticator"] = _Authenticator(self.credentials)
            kwargs["auth_require_tls"] = False  # AUTH over plain TCP on loopback is fine
        if self.starttls:
            kwargs["tls_context"] = self.cert.server_context()
            kwargs["require_starttls"] = self.require_starttls
        if self.implicit_tls:
            kwargs["ssl_context"] = self.cert.server_context()
        controller = self._controller_cls(_Handler(self), **kwargs)
        controller.start()
        self._controller = controller
        return self

    def stop(self) -> None:
        controller, self._controller = self._controller, None
        if controller is not None:
            controller.stop()

    def restart(self) -> None:
        self.stop()
        self.start()

    def __enter__(self) -> SmtpSink:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- messages --------------------------------------------------------------------
    def _store(self, message: ReceivedMessage) -> None:
        with self._lock:
            self.messages.append(message)
            self._lock.notify_all()

    def clear(self) -> None:
        with self._lock:
            self.messages.clear()

    def wait_for(
        self,
        count: int = 1,
        timeout: float = 10.0,
        match: Callable[[ReceivedMessage], bool] | None = None,
    ) -> list[ReceivedMessage]:
        """Block until at least *count* messages (that *match*, if given) arrived.

        Returns those messages; raises TimeoutError otherwise. Handy when another server
        (Dovecot's submission service) relays to the sink in the background.
        """

        def found() -> list[ReceivedMessage]:
            return [m for m in self.messages if match is None or match(m)]

        with self._lock:
            if not self._lock.wait_for(lambda: len(found()) >= count, timeout):
                raise TimeoutError(
                    f"SMTP sink on port {self.port}: {len(found())} of {count} "
                    f"messages after {timeout} s"
                )
            return found()

    def __repr__(self) -> str:
        state = "running" if self.running else "stopped"
        return f"<SmtpSink {self.host}:{self.port} {state}, {len(self.messages)} messages>"
