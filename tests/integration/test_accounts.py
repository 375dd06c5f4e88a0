"""``account test`` and the connection test against the real Dovecot and an SMTP server."""

from __future__ import annotations

import io

import pytest

from seller_desk.app import main
from seller_desk.core.mail import errors
from seller_desk.core.mail.connection import accounts, connect
from seller_desk.core.store import db


@pytest.fixture
def database(tmp_path):
    d = db.open_database(f"sqlite:///{tmp_path / 'a.sqlite3'}")
    yield d
    db.close_database()


def account_for(user, **extra):
    settings = {"username": user.name, "imap_host": user.host, "imap_port": user.imap_port,
                "imap_security": "none", "smtp_host": user.host,
                "smtp_port": user.submission_port, "smtp_security": "starttls"}
    settings.update(extra)
    return accounts.add_account("Shop", user.address, password=user.password, **settings)


def test_connection_test_reports_what_works(database, imap_user):
    acc = account_for(imap_user, smtp_trusted_fingerprint=imap_user.server.cert_fingerprint)
    lines = connect.test_account(acc)
    assert lines[0].startswith(f"Incoming mail: connected to {imap_user.host}")
    assert "without encryption" in lines[0]
    assert any("folder(s) found" in line for line in lines)
    assert "certificate you chose to trust" in lines[-1] and "logged in" in lines[-1]


def test_settings_not_saved_yet_are_tried_and_nothing_is_written(database, imap_user):
    values = {"name": "Shop", "email": imap_user.address, "provider": "generic",
              "username": imap_user.name, "imap_host": imap_user.host,
              "imap_port": imap_user.imap_port, "imap_security": "none", "smtp_host": "",
              "server_saves_sent": False}
    lines = connect.test_settings(values, imap_user.password)
    assert lines[0].startswith(f"Incoming mail: connected to {imap_user.host}")
    assert lines[-1] == "Outgoing mail: no server set, so replies cannot be sent yet."
    with pytest.raises(errors.AuthError):
        connect.test_settings(values, "not the password")
    assert accounts.list_accounts() == []
    assert not accounts.account_exists(imap_user.address)


def test_smtp_with_implicit_tls_and_login(database, imap_user, smtp_server):
    sink = smtp_server(auth={imap_user.address: "pw"}, auth_required=True, implicit_tls=True)
    acc = account_for(imap_user, smtp_port=sink.port, smtp_security="ssl",
                      smtp_username=imap_user.address)
    with pytest.raises(errors.CertificateUntrusted):
        connect.open_smtp(acc, password="pw")
    acc = accounts.trust_certificate(acc, sink_fingerprint(sink), protocol="smtp")
    session = connect.open_smtp(acc, password="pw")
    try:
        assert session.noop()[0] == 250
    finally:
        session.quit()
    with pytest.raises(errors.AuthError):
        connect.open_smtp(acc, password="wrong")


def sink_fingerprint(sink) -> str:
    for name in ("cert_fingerprint", "fingerprint"):
        value = getattr(sink, name, None)
        if isinstance(value, str):
            return value
    cert = getattr(sink, "cert", None)
    return cert.fingerprint


def test_cli_account_test_explains_a_wrong_password(database, imap_user, tmp_path, capsys,
                                                    monkeypatch):
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    monkeypatch.setattr("sys.stdin", io.StringIO("wrong-password\n"))
    assert main(["--database", url, "account", "add", "--name", "Shop", "--email",
                 imap_user.address, "--username", imap_user.name, "--imap-host",
                 imap_user.host, "--imap-port", str(imap_user.imap_port), "--imap-security",
                 "none", "--smtp-host", imap_user.host, "--smtp-port",
                 str(imap_user.submission_port), "--smtp-security", "starttls"]) == 0
    capsys.readouterr()
    assert main(["--database", url, "account", "test", "Shop"]) == 1
    out = capsys.readouterr().out
    assert "FAILED (incoming mail): The mail server refused the user name or password" in out
    monkeypatch.setattr("sys.stdin", io.StringIO(imap_user.password + "\n"))
    assert main(["--database", url, "account", "edit", "Shop", "--password"]) == 0
    capsys.readouterr()
    # IMAP now works; SMTP stops at the self-signed certificate and says how to trust it
    assert main(["--database", url, "account", "test", "Shop"]) == 1
    out = capsys.readouterr().out
    assert "ok: Incoming mail: connected" in out
    assert f"--trust-smtp-cert {imap_user.server.cert_fingerprint}" in out
    assert main(["--database", url, "account", "edit", "Shop", "--trust-smtp-cert",
                 imap_user.server.cert_fingerprint]) == 0
    assert main(["--database", url, "account", "test", "Shop"]) == 0
    assert "Everything works." in capsys.readouterr().out


def test_cli_sync_and_search(database, imap_user, tmp_path, capsys, monkeypatch):
    imap_user.server.deliver(imap_user, (
        b"From: Aminah <aminah@example.test>\r\nTo: shop@example.test\r\n"
        b"Subject: Tudung bawal warna biru\r\nMessage-ID: <t1@example.test>\r\n\r\n"
        b"Ada stok warna biru?\r\n"))
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    monkeypatch.setattr("sys.stdin", io.StringIO(imap_user.password + "\n"))
    assert main(["--database", url, "account", "add", "--name", "Shop", "--email",
                 imap_user.address, "--username", imap_user.name, "--imap-host",
                 imap_user.host, "--imap-port", str(imap_user.imap_port), "--imap-security",
                 "none"]) == 0
    capsys.readouterr()
    assert main(["--database", url, "sync"]) == 0
    captured = capsys.readouterr()
    assert "Shop: 1 new, 0 changed, 0 removed" in captured.out
    assert main(["--database", url, "search", "tudung", "biru"]) == 0
    out = capsys.readouterr().out
    assert "Tudung bawal warna biru" in out and "1 message(s)." in out
    assert main(["--database", url, "search", "nothing-like-this"]) == 1
