"""Signing in with Microsoft / Google, end to end on loopback.

Our own authorization server (tests/helpers/oauth_server.py) issues, refreshes, expires and
revokes tokens; a Dovecot with an oauth2 passdb checks every IMAP and submission login
against its introspection endpoint. The test is the browser: it opens the sign-in address,
which redirects to the app's one-shot listener on 127.0.0.1.
"""

from __future__ import annotations

import json
import logging
import subprocess
import threading
import time
import urllib.parse
from typing import Any

import pytest
from helpers.oauth_server import OAuthServer
from helpers.outbox_shop import delivered, queue_message

from seller_desk.core.common.errors import ValidationError
from seller_desk.core.mail import errors
from seller_desk.core.mail.connection import accounts, connect, credentials, oauth
from seller_desk.core.mail.imap import sync
from seller_desk.core.mail.send import outbox
from seller_desk.core.store import db
from seller_desk.core.store.models import Message, OutboxMessage

CUSTOMER_MAIL = (
    b"From: Siti Aminah <siti@example.test>\r\n"
    b"To: shop@test.localhost\r\n"
    b"Subject: Baju kurung saiz M ada stok?\r\n"
    b"Message-ID: <stok-1@example.test>\r\n"
    b"Date: Tue, 01 Dec 2026 09:00:00 +0800\r\n"
    b"\r\n"
    b"Salam, saiz M ada lagi?\r\n"
)


@pytest.fixture
def clients(oauth_clients):
    return oauth_clients


@pytest.fixture
def database(tmp_path):
    d = db.open_database(f"sqlite:///{tmp_path / 'shop.sqlite3'}")
    yield d
    db.close_database()


@pytest.fixture
def user(oauth_user):
    return oauth_user


def sign_in(server: OAuthServer, email: str) -> oauth.Tokens:
    """The whole browser step: the app listens, 'the browser' follows the redirect."""
    flow = oauth.SignIn("microsoft", email=email)
    result: dict[str, Any] = {}

    def wait() -> None:
        try:
            result["tokens"] = flow.wait(timeout=20)
        except errors.MailError as exc:
            result["error"] = exc

    waiter = threading.Thread(target=wait)
    waiter.start()
    status, page = server.browse(flow.url)
    waiter.join(20)
    assert status == 200
    if "error" in result:
        raise result["error"]
    assert "Signed in" in page
    return result["tokens"]


def add_mailbox(user, tokens: oauth.Tokens):
    return accounts.add_account(
        "Shop", user.address, tokens=tokens, auth="microsoft", provider="generic",
        username=user.name, imap_host=user.host, imap_port=user.imap_port,
        imap_security="none", smtp_host=user.host, smtp_port=user.submission_port,
        smtp_security="none", smtp_username=user.name)


def test_first_sync_and_a_reply_over_xoauth2(database, clients, oauth_server, user, tmp_path,
                                            caplog):
    caplog.set_level(logging.DEBUG)
    tokens = sign_in(oauth_server, user.address)
    account = add_mailbox(user, tokens)
    user.server.deliver(user, CUSTOMER_MAIL)

    result = sync.sync_account(account)
    assert not result.errors, result.errors
    assert Message.select().where(Message.message_id == "stok-1@example.test").count() == 1

    row = queue_message(account, "Re: Baju kurung saiz M ada stok?", to="siti@example.test")
    report = outbox.send_due()
    assert report.sent == [row.id], report.errors
    assert len(delivered(user.server.relay_sink, row.message_id)) == 1

    # the refresh token sits in the keyring; the database file and the log never hold it
    assert credentials.get_password(oauth.token_key(user.address)) == tokens.refresh_token
    database.close()
    raw = (tmp_path / "shop.sqlite3").read_bytes()
    for secret in (tokens.refresh_token, tokens.access_token):
        assert secret.encode() not in raw
        assert secret not in caplog.text
    assert account.auth == "microsoft"


def test_an_access_token_ending_mid_session_is_renewed_and_nothing_is_lost(
        database, clients, oauth_server, user):
    account = add_mailbox(user, sign_in(oauth_server, user.address))
    first = connect.open_imap(account)
    connect.close_imap(first)
    refreshes = oauth_server.hits["/token"]

    # the server ends the token early (as a provider may): one renewal, then logged in
    oauth_server.expire_access(user.name)
    user.server.deliver(user, CUSTOMER_MAIL)
    assert not sync.sync_account(account).errors
    assert oauth_server.hits["/token"] == refreshes + 1
    assert Message.select().count() == 1

    # a token about to end is renewed before it is used, not after a refusal
    oauth._cache[oauth.token_key(user.address)].expires_at = time.monotonic() + 5
    before = oauth_server.hits["/introspect"]
    connect.close_imap(connect.open_imap(account))
    assert oauth_server.hits["/token"] == refreshes + 2
    assert oauth_server.hits["/introspect"] == before + 1  # one login, not a refused one


def test_a_revoked_sign_in_keeps_replies_queued_until_the_seller_signs_in_again(
        database, clients, oauth_server, user):
    account = add_mailbox(user, sign_in(oauth_server, user.address))
    oauth_server.revoke(user.name)

    with pytest.raises(errors.SignInNeeded) as refused:
        connect.open_imap(account)
    assert refused.value.kind == "sign_in"
    assert "ended" in refused.value.text() and "Sign in again" in refused.value.text()

    row = queue_message(account, "Re: stok", to="siti@example.test")
    report = outbox.send_due()
    assert report.retrying == [row.id] and not report.sent and not report.failed
    waiting = OutboxMessage.get_by_id(row.id)
    assert waiting.state == "queued" and "Sign in again" in waiting.last_error

    # signing in again releases the queue: the reply goes out, once
    oauth.keep(user.address, sign_in(oauth_server, user.address))
    assert outbox.retry_all(account) == 1
    assert outbox.send_due().sent == [row.id]
    assert outbox.send_due().sent == []
    assert len(delivered(user.server.relay_sink, row.message_id)) == 1


def test_an_answer_with_a_wrong_state_is_refused(clients, oauth_server, user):
    flow = oauth.SignIn("microsoft", email=user.address)
    redirect = oauth_server.redirect_for(flow.url)
    parts = urllib.parse.urlsplit(redirect)
    query = dict(urllib.parse.parse_qsl(parts.query))
    forged = parts._replace(query=urllib.parse.urlencode({**query, "state": "not-ours"}))
    with pytest.raises(errors.SignInError) as refused:
        flow.finish(urllib.parse.urlunsplit(forged))
    assert "does not belong to this sign-in" in refused.value.text()
    flow.close()
    # the forged answer spent nothing: the genuine one still signs in
    assert flow.finish(redirect).refresh_token


def test_a_refused_consent_and_a_cancelled_wait_say_so(clients, oauth_server, user):
    oauth_server.deny_next = "access_denied"
    with pytest.raises(errors.SignInError) as refused:
        sign_in(oauth_server, user.address)
    assert "refused or cancelled" in refused.value.text()

    flow = oauth.SignIn("microsoft", email=user.address)
    with pytest.raises(errors.SignInError) as stopped:
        flow.wait(cancelled=lambda: True)
    assert "cancelled" in stopped.value.text()


def test_a_build_without_a_client_id_says_what_to_do(tmp_path, monkeypatch):
    monkeypatch.setenv(oauth.CLIENTS_ENV, str(tmp_path / "missing.json"))
    assert not oauth.available("microsoft")
    with pytest.raises(errors.SignInError) as refused:
        oauth.SignIn("microsoft")
    words = refused.value.text()
    assert "built without a Microsoft app registration" in words
    assert "oauth_clients.json" in refused.value.hint


def test_oauthbearer_logs_in_and_a_refused_token_does_not_hang(
        database, clients, oauth_server, user, monkeypatch):
    monkeypatch.setattr(oauth, "mechanism_for", lambda offered: "OAUTHBEARER")
    account = add_mailbox(user, sign_in(oauth_server, user.address))
    connect.close_imap(connect.open_imap(account))
    session = connect.open_smtp(account)
    session.quit()

    oauth_server.revoke(user.name)
    started = time.monotonic()
    with pytest.raises(errors.SignInNeeded):
        connect.open_smtp(account)
    assert time.monotonic() - started < 5


def test_the_clock_off_is_named_as_the_cause(clients, oauth_server, user, monkeypatch):
    monkeypatch.setattr(oauth_server, "clock_offset", 3 * 3600)
    with pytest.raises(errors.SignInError) as refused:
        sign_in(oauth_server, user.address)
    assert "clock is 180 minutes off" in refused.value.text()


def test_an_unknown_way_to_sign_in_is_refused(database, user):
    with pytest.raises(ValidationError):
        accounts.add_account("Shop", user.address, auth="myspace", imap_host=user.host)


# --- the command line -------------------------------------------------------------------


def test_account_add_oauth_in_a_terminal_browser_or_pasted(tmp_path, clients, oauth_server,
                                                          user):
    from helpers.cli import cli_env, seller_desk_command

    env = cli_env(**{oauth.CLIENTS_ENV: str(clients)})
    for how in ("browser", "paste"):
        data = tmp_path / how
        proc = subprocess.Popen(
            [*seller_desk_command(), "--data-dir", str(data), "account", "add", "--name",
             "Shop", "--email", user.address, "--oauth", "microsoft", "--provider",
             "generic", "--username", user.name, "--imap-host", user.host, "--imap-port",
             str(user.imap_port), "--imap-security", "none", "--smtp-host", user.host,
             "--smtp-port", str(user.submission_port), "--smtp-security", "none", "--test"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env=env)
        assert proc.stdout is not None and proc.stdin is not None
        url = ""
        for line in proc.stdout:
            if line.strip().startswith("http://127.0.0.1"):
                url = line.strip()
                break
        assert "/authorize?" in url and "code_challenge=" in url
        if how == "browser":
            status, _page = oauth_server.browse(url)
            assert status == 200
        else:  # signed in on another device: the address its browser ended on is pasted
            proc.stdin.write(oauth_server.redirect_for(url) + "\n")
            proc.stdin.flush()
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, out + err
        assert "Signed in with Microsoft." in out
        assert "Incoming mail: connected" in out and "Traceback" not in err
        rt_hits = oauth_server.hits["/token"]
        assert rt_hits >= 1


def test_sign_in_again_on_a_password_mailbox_says_what_to_do(tmp_path, imap_user):
    from helpers.cli import add_account, run

    add_account(tmp_path, imap_user)
    proc = run(tmp_path, "account", "sign-in", imap_user.address, user=imap_user)
    assert proc.returncode != 0
    assert "signs in with a password" in proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr


def test_an_unreachable_sign_in_service_is_said_plainly_and_retried_later(
        database, clients, oauth_server, user, tmp_path, monkeypatch):
    from helpers.ports import free_port

    account = add_mailbox(user, sign_in(oauth_server, user.address))
    oauth._cache.clear()
    gone = f"http://127.0.0.1:{free_port()}"
    clients.write_text(json.dumps({"microsoft": {"client_id": oauth_server.client_id,
                                                 "authorize_url": f"{gone}/authorize",
                                                 "token_url": f"{gone}/token"}}))
    with pytest.raises(errors.NetworkError) as unreachable:
        connect.open_imap(account)
    assert "sign-in service at 127.0.0.1 cannot be reached" in unreachable.value.text()
    # a network problem is not a reason to sign in again: the refresh token is kept
    assert oauth.signed_in(user.address)
    row = queue_message(account, "Re: stok", to="siti@example.test")
    report = outbox.send_due()
    assert report.retrying == [row.id] and not report.failed
