"""Pytest fixtures and hooks for Seller Desk's tests (imported by tests/conftest.py).

Servers (real, on 127.0.0.1, free ports, private temporary folders):
    dovecot_server  (session)  DovecotServer: IMAP, IMAPS, LMTP, submission -> relay sink
    imap_user       (function) ImapUser: a fresh Dovecot user with an empty mailbox
    private_dovecot_server (function) a DovecotServer of the test's own, to break at will
    smtp_sink       (function) SmtpSink: plain sink, no AUTH, no TLS, running
    smtp_server     (function) factory: smtp_server(auth={"u": "pw"}, auth_required=True,
                               starttls=..., require_starttls=..., implicit_tls=...)
    pg_server       (session)  PostgresServer
    pg_url          (function) URL of a fresh, empty database (dropped afterwards)
    pg_url_factory  (function) factory: each call returns the URL of another fresh database

A server whose program is not installed skips the test with the reason; with CI=true the
test fails instead. Isolation for every test (autouse): an in-memory keyring
(``memory_keyring``), SELLER_DESK_HOME and the XDG folders in the test's tmp_path.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, NoReturn

import pytest

from . import ServerUnavailable
from .dovecot import DovecotServer, ImapUser
from .oauth_server import OAuthServer
from .postgres import PostgresServer
from .smtp import SmtpSink

TESTS_DIR = Path(__file__).resolve().parent.parent

__all__ = [
    "_forms_answer_discard",
    "_reactions",
    "_session_memory_keyring",
    "dovecot_server",
    "imap_user",
    "memory_database",
    "memory_keyring",
    "oauth_clients",
    "oauth_dovecot",
    "oauth_server",
    "oauth_user",
    "pg_server",
    "pg_url",
    "pg_url_factory",
    "private_dovecot_server",
    "pytest_collection_modifyitems",
    "pytest_configure",
    "pytest_runtest_makereport",
    "seller_desk_home",
    "smtp_server",
    "smtp_sink",
]


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


def server_unavailable(what: str, exc: ServerUnavailable) -> NoReturn:
    """Skip (or, under CI=true, fail) because a server cannot run on this machine."""
    message = f"{what} unavailable: {exc.reason}"
    if in_ci():
        pytest.fail(f"{message} (CI=true: a missing test server is a failure)", pytrace=False)
    pytest.skip(message)


# -- hooks -----------------------------------------------------------------------------
def pytest_configure(config: pytest.Config) -> None:
    # also declared in pyproject.toml; repeated here so --strict-markers never trips on them
    config.addinivalue_line("markers", "gui: uses Qt widgets (qtbot/qapp or under tests/gui/)")
    config.addinivalue_line("markers", "integration: talks to real servers (tests/integration/)")
    config.addinivalue_line("markers", "slow: takes seconds; deselect with -m 'not slow'")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    gui_dir = TESTS_DIR / "gui"
    integration_dir = TESTS_DIR / "integration"
    for item in items:
        path = Path(str(item.path)).resolve()
        fixturenames = getattr(item, "fixturenames", ())
        if "qtbot" in fixturenames or "qapp" in fixturenames or path.is_relative_to(gui_dir):
            item.add_marker(pytest.mark.gui)
        if path.is_relative_to(integration_dir):
            item.add_marker(pytest.mark.integration)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Any:
    """On failure, add the tail of the server logs the test used to the report."""
    report = yield
    if report.failed and call.when in ("setup", "call"):
        servers: dict[int, DovecotServer | PostgresServer] = {}
        for value in getattr(item, "funcargs", {}).values():
            if isinstance(value, ImapUser):
                value = value.server
            if isinstance(value, (DovecotServer, PostgresServer)):
                servers[id(value)] = value
        for server in servers.values():
            title = f"{type(server).__name__} log ({server.log_path})"
            report.sections.append((title, server.log_tail()))
    return report


# -- isolation (autouse) ---------------------------------------------------------------
@pytest.fixture(scope="session", autouse=True)
def _reactions() -> None:
    """Every entry point subscribes the layers' reactions before it opens a database; so do
    the tests (tests/unit/test_reactions.py checks what happens without)."""
    from seller_desk.core import reactions

    reactions.install()


@pytest.fixture(scope="session", autouse=True)
def _session_memory_keyring() -> Iterator[Any]:
    """Whole run: the in-memory keyring is the default backend, never the OS keyring."""
    try:
        import keyring
    except ImportError:
        yield None
        return
    from .keyring_backend import MemoryKeyring

    previous = keyring.core._keyring_backend
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.core._keyring_backend = previous


@pytest.fixture(autouse=True)
def memory_keyring(_session_memory_keyring: Any) -> Iterator[Any]:
    """A fresh, empty in-memory keyring for this test (``.passwords`` holds what was set)."""
    if _session_memory_keyring is None:
        yield None
        return
    import keyring

    from .keyring_backend import MemoryKeyring

    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(_session_memory_keyring)


@pytest.fixture(autouse=True)
def seller_desk_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """SELLER_DESK_HOME (not created) and XDG folders inside the test's tmp_path."""
    home = tmp_path / "seller-desk-home"
    monkeypatch.setenv("SELLER_DESK_HOME", str(home))
    xdg = tmp_path / "xdg"
    for var, sub in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"),
                     ("XDG_CACHE_HOME", "cache"), ("XDG_STATE_HOME", "state")):
        monkeypatch.setenv(var, str(xdg / sub))
    # --data-dir / --demo set a process-wide override; never let it leak into the next test
    try:
        from seller_desk.core.common import paths
    except ImportError:
        return home
    paths.set_data_dir(None)
    monkeypatch.setattr(paths, "_override", None)
    return home


@pytest.fixture(autouse=True)
def _forms_answer_discard(monkeypatch: pytest.MonkeyPatch) -> None:
    """A changed form closed by a test (or by pytest-qt after it) asks "Save, discard or
    keep editing?" in a modal box nobody is there to answer: it would wait for ever. Unless
    a test answers itself (tests/gui/test_keyboard.py does), the answer is "discard"."""
    try:
        from seller_desk.ui import forms
    except ImportError:  # no Qt in this environment: no forms either
        return
    monkeypatch.setattr(forms, "ask_discard", lambda _parent: forms.DISCARD)


@pytest.fixture
def memory_database() -> Iterator[Any]:
    """A fresh SQLite database in memory at today's schema, closed after the test: for unit
    tests that need the tables and nothing on disk (``pytest.mark.usefixtures``)."""
    from seller_desk.core.store import db

    opened = db.open_database("sqlite:///:memory:")
    yield opened
    opened.close()


# -- Dovecot ---------------------------------------------------------------------------
@pytest.fixture(scope="session")
def dovecot_server() -> Iterator[DovecotServer]:
    """One Dovecot for the whole run. Tests may stop/restart it; imap_user restarts it."""
    try:
        server = DovecotServer()
        server.start()
    except ServerUnavailable as exc:
        server_unavailable("Dovecot", exc)
    try:
        yield server
    finally:
        server.close(graceful=False)  # the folder is deleted: no need for a clean shutdown


@pytest.fixture
def imap_user(dovecot_server: DovecotServer) -> ImapUser:
    """A new user of the session's Dovecot (unique name, own Maildir)."""
    if not dovecot_server.running:  # an earlier test stopped it
        dovecot_server.start()
    return dovecot_server.add_user()


@pytest.fixture
def private_dovecot_server() -> Iterator[DovecotServer]:
    """A Dovecot of this test's own (about 0.1 s): crash it, restart it, change users."""
    try:
        server = DovecotServer()
        server.start()
    except ServerUnavailable as exc:
        server_unavailable("Dovecot", exc)
    try:
        yield server
    finally:
        server.close(graceful=False)


# -- OAuth2 ----------------------------------------------------------------------------
@pytest.fixture(scope="session")
def oauth_server() -> Iterator[OAuthServer]:
    """Our authorization server on loopback (tokens issued, refreshed, expired, revoked)."""
    server = OAuthServer().start()
    yield server
    server.close()


@pytest.fixture(scope="session")
def oauth_dovecot(oauth_server: OAuthServer) -> Iterator[DovecotServer]:
    """A Dovecot whose IMAP and submission also take XOAUTH2/OAUTHBEARER tokens, checked
    against ``oauth_server``'s introspection endpoint at every login."""
    try:
        server = DovecotServer(oauth_introspection_url=oauth_server.introspection_url)
        server.start()
    except ServerUnavailable as exc:
        server_unavailable("Dovecot", exc)
    try:
        yield server
    finally:
        server.close(graceful=False)


@pytest.fixture
def oauth_user(oauth_dovecot: DovecotServer, oauth_server: OAuthServer) -> ImapUser:
    """A mailbox on ``oauth_dovecot`` whose owner may sign in at ``oauth_server``."""
    if not oauth_dovecot.running:
        oauth_dovecot.start()
    user = oauth_dovecot.add_user()
    oauth_server.users[user.address] = user.name
    return user


@pytest.fixture
def oauth_clients(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                  oauth_server: OAuthServer) -> Path:
    """This build's client configuration, with Microsoft's endpoints at ``oauth_server``."""
    import json

    from seller_desk.core.mail.connection import oauth

    path = tmp_path / "oauth_clients.json"
    path.write_text(json.dumps({"microsoft": {"client_id": oauth_server.client_id,
                                              **oauth_server.provider_settings()}}))
    monkeypatch.setenv(oauth.CLIENTS_ENV, str(path))
    oauth._cache.clear()
    return path


# -- SMTP ------------------------------------------------------------------------------
@pytest.fixture
def smtp_server() -> Iterator[Callable[..., SmtpSink]]:
    """Factory for SMTP sinks: ``sink = smtp_server(auth={"me": "pw"}, auth_required=True)``.

    Keyword arguments are SmtpSink's. Every sink is started and stopped after the test.
    """
    sinks: list[SmtpSink] = []

    def make(**kwargs: Any) -> SmtpSink:
        try:
            sink = SmtpSink(**kwargs)
        except ServerUnavailable as exc:
            server_unavailable("SMTP sink", exc)
        sinks.append(sink)
        return sink.start()

    try:
        yield make
    finally:
        for sink in sinks:
            sink.stop()


@pytest.fixture
def smtp_sink(smtp_server: Callable[..., SmtpSink]) -> SmtpSink:
    """A running SMTP sink without AUTH or TLS."""
    return smtp_server()


# -- PostgreSQL ------------------------------------------------------------------------
@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    try:
        server = PostgresServer()
        server.start()
    except ServerUnavailable as exc:
        server_unavailable("PostgreSQL", exc)
    try:
        yield server
    finally:
        server.close()


@pytest.fixture
def pg_url_factory(pg_server: PostgresServer) -> Iterator[Callable[[], str]]:
    """Factory: each call creates another fresh empty database and returns its URL.

    All of them are dropped after the test.
    """
    if not pg_server.running:  # an earlier test stopped it
        pg_server.start()
    names: list[str] = []

    def make() -> str:
        url = pg_server.create_database()
        names.append(url.rsplit("/", 1)[1])
        return url

    try:
        yield make
    finally:
        if pg_server.running:
            for name in names:
                with contextlib.suppress(Exception):  # the cluster is deleted at the end anyway
                    pg_server.drop_database(name)


@pytest.fixture
def pg_url(pg_url_factory: Callable[[], str]) -> str:
    """URL of a fresh empty database: postgresql://postgres@127.0.0.1:PORT/t_..."""
    return pg_url_factory()
