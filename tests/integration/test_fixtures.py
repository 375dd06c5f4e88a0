"""The test servers themselves work: Dovecot (IMAP, IMAPS, LMTP, submission), the SMTP
sink, PostgreSQL, and the isolation fixtures. Does not import seller_desk."""

from __future__ import annotations

import hashlib
import os
import smtplib
import socket
import ssl
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from helpers import ServerUnavailable
from helpers.dovecot import DovecotServer, ImapUser
from helpers.fixtures import server_unavailable
from helpers.smtp import SmtpSink
from imapclient import IMAPClient

SPECIAL_USE = {b"\\Sent", b"\\Drafts", b"\\Trash", b"\\Junk", b"\\Archive"}


def make_message(subject: str, body: str = "Hello.\r\n") -> bytes:
    return (
        f"From: Buyer <buyer@example.test>\r\n"
        f"To: Seller <seller@example.test>\r\n"
        f"Subject: {subject}\r\n"
        f"Message-ID: <{uuid.uuid4().hex}@example.test>\r\n"
        f"Date: Mon, 02 Jun 2025 10:00:00 +0000\r\n"
        f"\r\n{body}"
    ).encode()


@contextmanager
def imap(
    user: ImapUser, *, tls: bool = False, ssl_context: ssl.SSLContext | None = None
) -> Iterator[IMAPClient]:
    port = user.imaps_port if tls else user.imap_port
    client = IMAPClient(user.host, port=port, ssl=tls, ssl_context=ssl_context, timeout=10)
    client._imap.debug = 0  # imapclient turns imaplib's debug output on: very slow
    try:
        client.login(user.name, user.password)
        yield client
    finally:
        try:
            client.logout()
        except Exception:  # noqa: BLE001 - the server may be gone on purpose
            client.shutdown()


def folder_flags(client: IMAPClient) -> dict[str, set[bytes]]:
    return {name: set(flags) for flags, _delim, name in client.list_folders()}


# -- Dovecot ---------------------------------------------------------------------------
def test_imap_plain_login_lists_special_use_folders(imap_user: ImapUser) -> None:
    with imap(imap_user) as client:
        folders = folder_flags(client)
        assert "INBOX" in folders
        found = set().union(*folders.values()) & SPECIAL_USE
        assert found == SPECIAL_USE
        assert client.find_special_folder(b"\\Sent") == "Sent"
        caps = set(client.capabilities())
        assert {b"IDLE", b"UIDPLUS", b"MOVE", b"CONDSTORE", b"QRESYNC"} <= caps


def test_imaps_trusts_fixture_certificate(
    imap_user: ImapUser, dovecot_server: DovecotServer
) -> None:
    context = dovecot_server.ssl_context()  # the self-signed cert as the only trusted CA
    with imap(imap_user, tls=True, ssl_context=context) as client:
        der = client._imap.sock.getpeercert(binary_form=True)
        assert hashlib.sha256(der).hexdigest() == dovecot_server.cert_fingerprint
        assert set().union(*folder_flags(client).values()) >= SPECIAL_USE


def test_imaps_certificate_pinning_by_fingerprint(
    imap_user: ImapUser, dovecot_server: DovecotServer
) -> None:
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE  # accept anything, then compare the fingerprint
    with imap(imap_user, tls=True, ssl_context=context) as client:
        der = client._imap.sock.getpeercert(binary_form=True)
        assert hashlib.sha256(der).hexdigest() == dovecot_server.cert_fingerprint
    assert Path(dovecot_server.cert_path).read_text().startswith("-----BEGIN CERTIFICATE")


def test_imaps_untrusted_certificate_is_refused(imap_user: ImapUser) -> None:
    context = ssl.create_default_context()  # system CAs only
    with pytest.raises(ssl.SSLCertVerificationError):
        IMAPClient(imap_user.host, port=imap_user.imaps_port, ssl=True, ssl_context=context)


def test_wrong_password_is_refused(imap_user: ImapUser) -> None:
    client = IMAPClient(imap_user.host, port=imap_user.imap_port, ssl=False, timeout=10)
    client._imap.debug = 0
    with pytest.raises(Exception, match=r"(?i)authentication"):
        client.login(imap_user.name, "not-the-password")
    client.shutdown()


def test_lmtp_delivery_is_visible_over_imap(
    imap_user: ImapUser, dovecot_server: DovecotServer
) -> None:
    inbox_msg = make_message("to the inbox")
    dovecot_server.deliver(imap_user, inbox_msg)
    dovecot_server.deliver(imap_user, make_message("archived"), folder="Archive")
    dovecot_server.deliver(imap_user, make_message("nested"), folder="Orders/2025")
    with imap(imap_user) as client:
        client.select_folder("INBOX", readonly=True)
        uids = client.search("ALL")
        assert len(uids) == 1
        body = client.fetch(uids, ["BODY.PEEK[]"])[uids[0]][b"BODY[]"]
        assert body.endswith(inbox_msg)  # after Return-Path, Delivered-To, Received
        assert b"\r\nDelivered-To: " + imap_user.name.encode() in b"\r\n" + body
        assert client.folder_status("Archive", ["MESSAGES"])[b"MESSAGES"] == 1
        assert client.folder_status("Orders/2025", ["MESSAGES"])[b"MESSAGES"] == 1
    inbox_files = list((dovecot_server.maildir_path(imap_user) / "cur").iterdir()) + list(
        (dovecot_server.maildir_path(imap_user) / "new").iterdir()
    )
    assert len(inbox_files) == 1


def test_submission_relays_to_the_sink(imap_user: ImapUser, dovecot_server: DovecotServer) -> None:
    subject = f"relay test {uuid.uuid4().hex}"
    with smtplib.SMTP(imap_user.host, imap_user.submission_port, timeout=10) as smtp:
        smtp.starttls(context=dovecot_server.ssl_context())
        smtp.login(imap_user.name, imap_user.password)
        smtp.sendmail(imap_user.address, ["customer@example.test"], make_message(subject))
    (received,) = dovecot_server.relay_sink.wait_for(
        match=lambda m: subject.encode() in m.data, timeout=10
    )
    assert received.rcpt_tos == ["customer@example.test"]
    assert received.message["Subject"] == subject


def test_kill_connections_drops_the_session(
    imap_user: ImapUser, dovecot_server: DovecotServer
) -> None:
    with imap(imap_user) as client:
        client.noop()
        dovecot_server.kill_connections(imap_user)
        with pytest.raises((OSError, IMAPClient.AbortError, IMAPClient.Error)):
            client.noop()


def test_server_killed_and_restarted_keeps_mail(private_dovecot_server: DovecotServer) -> None:
    server = private_dovecot_server
    user = server.add_user()
    server.deliver(user, make_message("survives"))
    with imap(user) as client:
        client.select_folder("INBOX")
        server.stop(graceful=False)  # crash: connections cut, nothing listens
        with pytest.raises((OSError, IMAPClient.AbortError)):
            client.noop()
        with pytest.raises(ConnectionRefusedError):
            socket.create_connection((server.host, server.imap_port), timeout=2)
    server.start()
    with imap(user) as client:
        client.select_folder("INBOX")
        assert len(client.search("ALL")) == 1
    assert not server.running or server.pid is not None


def test_dovecot_missing_binary_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    import helpers.dovecot

    monkeypatch.setattr(helpers.dovecot.shutil, "which", lambda *a, **k: None)
    with pytest.raises(ServerUnavailable, match="Dovecot is not installed"):
        DovecotServer()


# -- SMTP sink -------------------------------------------------------------------------
def test_smtp_sink_stores_messages(smtp_sink: SmtpSink) -> None:
    raw = make_message("plain sink")
    with smtplib.SMTP(smtp_sink.host, smtp_sink.port, timeout=10) as smtp:
        smtp.sendmail("seller@example.test", ["a@example.test", "b@example.test"], raw)
    (msg,) = smtp_sink.messages
    assert msg.mail_from == "seller@example.test"
    assert msg.rcpt_tos == ["a@example.test", "b@example.test"]
    assert msg.data == raw
    assert msg.auth_user is None


@pytest.mark.parametrize("mechanism", ["PLAIN", "LOGIN"])
def test_smtp_sink_auth(smtp_server: Callable[..., SmtpSink], mechanism: str) -> None:
    sink = smtp_server(auth={"seller": "s3cret"}, auth_required=True)
    raw = make_message("with auth")
    with smtplib.SMTP(sink.host, sink.port, timeout=10) as smtp:
        smtp.ehlo()
        assert mechanism in smtp.esmtp_features["auth"].split()
        with pytest.raises(smtplib.SMTPSenderRefused):  # 530: authenticate first
            smtp.sendmail("seller@example.test", ["x@example.test"], raw)
    with smtplib.SMTP(sink.host, sink.port, timeout=10) as smtp:
        smtp.ehlo()
        smtp.user, smtp.password = "seller", "wrong"
        auth = smtp.auth_plain if mechanism == "PLAIN" else smtp.auth_login
        with pytest.raises(smtplib.SMTPAuthenticationError):
            smtp.auth(mechanism, auth)
    with smtplib.SMTP(sink.host, sink.port, timeout=10) as smtp:
        smtp.ehlo()
        smtp.user, smtp.password = "seller", "s3cret"
        auth = smtp.auth_plain if mechanism == "PLAIN" else smtp.auth_login
        smtp.auth(mechanism, auth)
        smtp.sendmail("seller@example.test", ["x@example.test"], raw)
    (msg,) = sink.messages
    assert msg.auth_user == "seller"
    assert msg.data == raw


def test_smtp_sink_down_then_back_on_the_same_port(smtp_sink: SmtpSink) -> None:
    port = smtp_sink.port
    smtp_sink.stop()
    with pytest.raises(ConnectionRefusedError):
        smtplib.SMTP(smtp_sink.host, port, timeout=5)
    smtp_sink.start()
    assert smtp_sink.port == port
    with smtplib.SMTP(smtp_sink.host, port, timeout=10) as smtp:
        smtp.sendmail("a@example.test", ["b@example.test"], make_message("back"))
    assert len(smtp_sink.messages) == 1


def test_smtp_sink_requires_starttls(smtp_server: Callable[..., SmtpSink]) -> None:
    sink = smtp_server(auth={"seller": "pw"}, auth_required=True, require_starttls=True)
    with smtplib.SMTP(sink.host, sink.port, timeout=10) as smtp, \
            pytest.raises(smtplib.SMTPException):
        smtp.login("seller", "pw")
    with smtplib.SMTP(sink.host, sink.port, timeout=10) as smtp:
        smtp.starttls(context=sink.cert.client_context())
        smtp.login("seller", "pw")
        smtp.sendmail("a@example.test", ["b@example.test"], make_message("over tls"))
    assert len(sink.messages) == 1


def test_smtp_sink_implicit_tls(smtp_server: Callable[..., SmtpSink]) -> None:
    sink = smtp_server(implicit_tls=True, auth={"seller": "pw"})
    with smtplib.SMTP_SSL(
        sink.host, sink.port, context=sink.cert.client_context(), timeout=10
    ) as smtp:
        smtp.login("seller", "pw")
        smtp.sendmail("a@example.test", ["b@example.test"], make_message("smtps"))
    assert sink.messages[0].auth_user == "seller"


# -- PostgreSQL ------------------------------------------------------------------------
def test_postgres_fresh_database(pg_url: str) -> None:
    import psycopg2

    assert pg_url.startswith("postgresql://postgres@127.0.0.1:")
    conn = psycopg2.connect(pg_url)
    try:
        with conn, conn.cursor() as cur:
            cur.execute(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
            )
            assert cur.fetchone() == (0,)
            cur.execute("CREATE TABLE orders (id serial PRIMARY KEY, buyer text NOT NULL)")
            cur.execute("INSERT INTO orders (buyer) VALUES (%s), (%s)", ("ann", "bob"))
            cur.execute("SELECT buyer FROM orders ORDER BY id")
            assert cur.fetchall() == [("ann",), ("bob",)]
    finally:
        conn.close()


def test_postgres_databases_are_separate(pg_url: str, pg_server: object) -> None:
    from helpers.postgres import PostgresServer

    assert isinstance(pg_server, PostgresServer)
    other = pg_server.create_database()
    assert other != pg_url
    pg_server.drop_database(other.rsplit("/", 1)[1])


# -- isolation fixtures ----------------------------------------------------------------
def test_memory_keyring_is_the_backend(memory_keyring: object) -> None:
    import keyring

    assert keyring.get_keyring() is memory_keyring
    keyring.set_password("seller-desk", "shop@example.test", "hunter2")
    assert keyring.get_password("seller-desk", "shop@example.test") == "hunter2"
    assert memory_keyring.passwords == {  # type: ignore[attr-defined]
        ("seller-desk", "shop@example.test"): "hunter2"
    }


def test_memory_keyring_is_fresh_per_test() -> None:
    import keyring

    assert keyring.get_password("seller-desk", "shop@example.test") is None


def test_home_is_redirected(tmp_path: Path, request: pytest.FixtureRequest) -> None:
    home = Path(os.environ["SELLER_DESK_HOME"])
    assert home.is_relative_to(tmp_path)
    assert Path(os.environ["XDG_CONFIG_HOME"]).is_relative_to(tmp_path)
    assert os.environ["QT_QPA_PLATFORM"] == "offscreen" or "QT_QPA_PLATFORM" in os.environ
    assert request.node.get_closest_marker("integration") is not None


def test_unavailable_server_skips_or_fails_under_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    exc = ServerUnavailable("no such program")
    monkeypatch.setenv("CI", "false")
    with pytest.raises(pytest.skip.Exception, match="no such program"):
        server_unavailable("Thing", exc)
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="no such program"):
        server_unavailable("Thing", exc)
