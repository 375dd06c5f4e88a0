"""``seller-desk sync`` on a computer without a password store, against the real Dovecot:
``--password-stdin`` takes one password from standard input, ``--ask-password`` asks for
each account that has none usable; neither ever prints the password."""

from __future__ import annotations

from email.message import EmailMessage
from email.utils import formatdate, make_msgid

import pytest
from helpers import cli

pytestmark = pytest.mark.integration

NO_STORE = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}


def question(user, subject: str) -> None:
    msg = EmailMessage()
    msg["From"] = "Budi <budi@example.test>"
    msg["To"] = user.address
    msg["Subject"] = subject
    msg["Date"] = formatdate(localtime=True)
    msg["Message-ID"] = make_msgid(domain="example.test")
    msg.set_content("Kapan paket saya dikirim?")
    user.server.deliver(user, msg.as_bytes())


def sync(data_dir, *args: str, stdin: str = ""):
    return cli.run(data_dir, "sync", "--quiet", *args, stdin=stdin,
                   env=cli.cli_env(None, **NO_STORE))


def add_second(data_dir, user) -> None:
    proc = cli.run(data_dir, "account", "add", "--name", "Toko", "--email", user.address,
                   "--username", user.name, "--imap-host", user.host, "--imap-port",
                   str(user.imap_port), "--imap-security", "none", "--no-password",
                   env=cli.cli_env(None, **NO_STORE))
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_password_stdin_syncs_an_account_without_a_password_store(tmp_path, imap_user):
    data = tmp_path / "data"
    cli.add_account(data, imap_user)
    question(imap_user, "Paket belum sampai")
    # without a password there is nothing to sync with, said plainly
    cli.assert_plain(sync(data), 1, "No password is stored")

    said = cli.assert_plain(sync(data, "--password-stdin", stdin="wrong-one\n"), 1,
                            "refused")
    assert "wrong-one" not in said
    said = cli.assert_plain(sync(data, "--password-stdin", stdin=imap_user.password + "\n"),
                            0, "Shop: 1 new", "not saved")
    assert imap_user.password not in said
    # it was for that run only: the next run has none again
    cli.assert_plain(sync(data), 1, "No password is stored")


def test_password_stdin_wants_one_account_named_when_there_are_several(
        tmp_path, imap_user, dovecot_server):
    data = tmp_path / "data"
    cli.add_account(data, imap_user)
    other = dovecot_server.add_user()
    add_second(data, other)
    question(other, "Ada warna merah?")
    cli.assert_plain(sync(data, "--password-stdin", stdin=other.password + "\n"), 2,
                     "one password", "--account")
    cli.assert_plain(sync(data, "--account", "Toko", "--password-stdin",
                          stdin=other.password + "\n"), 0, "Toko: 1 new")


def test_ask_password_asks_each_account_lacking_one_until_the_server_takes_it(
        tmp_path, imap_user, dovecot_server):
    data = tmp_path / "data"
    cli.add_account(data, imap_user)
    other = dovecot_server.add_user()
    add_second(data, other)
    question(imap_user, "Paket belum sampai")
    question(other, "Ada warna merah?")
    # Shop: a typo first, then the right one; Toko: the right one at once
    typed = f"typo-here\n{imap_user.password}\n{other.password}\n"
    said = cli.assert_plain(sync(data, "--ask-password", stdin=typed), 0,
                            "Shop: 1 new", "Toko: 1 new", "refused", "not saved")
    for secret in (imap_user.password, other.password, "typo-here"):
        assert secret not in said
    # a seller who types nothing gives up on that account; the others still sync
    said = cli.assert_plain(sync(data, "--ask-password", stdin=f"\n{other.password}\n"), 1,
                            "Shop: not synced", "Toko: 0 new", "1 account(s) failed")


def test_an_account_switched_off_is_not_synced_even_when_named(tmp_path, imap_user):
    data = tmp_path / "data"
    cli.add_account(data, imap_user)
    proc = cli.run(data, "account", "edit", "Shop", "--disable", user=imap_user)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    cli.assert_plain(cli.run(data, "sync", "--account", "Shop", user=imap_user), 1,
                     "switched off", "--enable")
