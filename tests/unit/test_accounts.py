"""Accounts: presets, validation, passwords in the keyring, removal, and the command line."""

from __future__ import annotations

import io

import keyring
import pytest
from keyring.backends.fail import Keyring as FailKeyring

from seller_desk.app import main
from seller_desk.core.common.errors import ValidationError
from seller_desk.core.mail import errors
from seller_desk.core.mail.connection import accounts, connect, credentials
from seller_desk.core.store import db
from seller_desk.core.store.models import Account, Conversation, Folder, Message, MessageLocation


@pytest.fixture
def database(tmp_path):
    d = db.open_database(f"sqlite:///{tmp_path / 'a.sqlite3'}")
    yield d
    d.close()


def test_presets_are_detected_from_the_address():
    assert accounts.detect_provider("toko@gmail.com") == "gmail"
    assert accounts.detect_provider("toko@hotmail.my") == "outlook"
    assert accounts.detect_provider("toko@yahoo.co.id") == "yahoo"
    assert accounts.detect_provider("toko@myshop.my") == "generic"
    guess = accounts.preset_for("sales@myshop.my")
    assert (guess.imap_host, guess.smtp_host) == ("imap.myshop.my", "smtp.myshop.my")


def test_add_uses_the_preset_and_keeps_the_password_in_the_keyring(database, memory_keyring):
    acc = accounts.add_account("Shop Gmail", "Toko@Gmail.com", password="app pass word")
    assert (acc.email, acc.imap_host, acc.imap_port, acc.imap_security) == (
        "toko@gmail.com", "imap.gmail.com", 993, "ssl")
    assert acc.server_saves_sent and acc.username == "toko@gmail.com"
    assert memory_keyring.passwords == {("seller-desk", "toko@gmail.com"): "app pass word"}
    assert "app pass word" not in str(Account.select().dicts()[:])


def test_without_a_keyring_the_password_lives_for_the_session_only(database, monkeypatch):
    keyring.set_keyring(FailKeyring())
    acc = accounts.add_account("Shop", "shop@example.my", imap_host="mail.example.my")
    assert accounts.set_password(acc, "secret") is False
    assert credentials.get_password(acc.email) == "secret"
    assert credentials.is_session_only(acc.email)
    accounts.remove_account(acc)
    assert credentials.get_password("shop@example.my") is None


def test_invalid_settings_are_refused_in_plain_words(database):
    with pytest.raises(ValidationError) as exc:
        accounts.add_account("X", "not-an-address", imap_host="h")
    assert exc.value.field == "email"
    with pytest.raises(ValidationError):
        accounts.add_account("X", "a@b.test", imap_host="h", imap_port=70000)
    with pytest.raises(ValidationError):
        accounts.add_account("X", "a@b.test", imap_host="h", imap_security="tls13")
    accounts.add_account("X", "a@b.test", imap_host="h")
    with pytest.raises(ValidationError):
        accounts.add_account("Y", "A@b.test", imap_host="h")


def test_edit_moves_the_password_with_a_changed_address(database, memory_keyring):
    acc = accounts.add_account("Shop", "old@shop.test", imap_host="h", password="pw")
    accounts.edit_account(acc, email="new@shop.test", imap_security="starttls", imap_port=143)
    assert credentials.get_password("new@shop.test") == "pw"
    assert credentials.get_password("old@shop.test") is None
    acc = accounts.trust_certificate(acc, "AB:" * 31 + "CD")
    assert acc.imap_trusted_fingerprint == "ab" * 31 + "cd"
    assert "self-signed certificate trusted by you" in accounts.describe_security(acc)


def test_remove_deletes_the_account_its_mail_and_its_password(database, memory_keyring):
    acc = accounts.add_account("Shop", "shop@x.test", imap_host="h", password="pw")
    other = accounts.add_account("Other", "other@x.test", imap_host="h")
    folder = Folder.create(account=acc, name="INBOX", role="inbox")
    other_folder = Folder.create(account=other, name="INBOX", role="inbox")
    conv = Conversation.create(subject="s")
    only_here = Message.create(message_id="1@x", conversation=conv)
    shared = Message.create(message_id="2@x")
    MessageLocation.create(message=only_here, folder=folder, uid=1)
    MessageLocation.create(message=shared, folder=folder, uid=2)
    MessageLocation.create(message=shared, folder=other_folder, uid=1)
    accounts.remove_account(acc)
    assert [m.message_id for m in Message.select()] == ["2@x"]
    assert Conversation.select().count() == 0
    assert not Account.select().where(Account.email == "shop@x.test").exists()
    assert memory_keyring.passwords == {}


def test_the_window_reads_mailboxes_in_the_order_they_were_added(database):
    gmail = accounts.add_account("Shop Gmail", "toko@gmail.com", color="#0f766e")
    web = accounts.add_account("Web shop", "hello@norabatik.my")
    off = accounts.add_account("Old shop", "old@norabatik.my", enabled=False)
    assert accounts.account_labels() == [(gmail.id, "Shop Gmail", "#0f766e"),
                                         (web.id, "Web shop", ""), (off.id, "Old shop", "")]
    assert accounts.account_exists("Toko@Gmail.com ")
    assert not accounts.account_exists("toko@yahoo.com")
    Account.update(last_error="The password was refused.").where(
        Account.id == web.id).execute()
    checked = accounts.checked_accounts()
    assert [(i, name, error) for i, name, _at, error in checked] == [
        (gmail.id, "Shop Gmail", None), (web.id, "Web shop", "The password was refused.")]
    assert checked[0][2] is None  # never synced yet


def test_plain_connections_only_to_loopback_or_with_consent():
    connect.check_plain_allowed("127.0.0.1", "none", False)
    connect.check_plain_allowed("localhost", "none", False)
    connect.check_plain_allowed("mail.example.com", "ssl", False)
    connect.check_plain_allowed("mail.example.com", "none", True)
    with pytest.raises(errors.InsecureRefused) as exc:
        connect.check_plain_allowed("192.0.2.10", "none", False)
    assert exc.value.kind == "insecure_refused"


def test_open_imap_without_a_password_says_so(database):
    acc = accounts.add_account("Shop", "shop@x.test", imap_host="127.0.0.1")
    with pytest.raises(errors.NoPassword) as exc:
        connect.open_imap(acc)
    assert exc.value.kind == "no_password"


def test_auth_errors_carry_the_app_password_hint():
    import imapclient.exceptions as imap_exc

    err = connect.translate_error(imap_exc.LoginError("[AUTHENTICATIONFAILED] Invalid"),
                                  host="imap.gmail.com", port=993, security="ssl",
                                  protocol="imap", provider="gmail")
    assert err.kind == "auth" and "app password" in err.hint
    assert "AUTHENTICATIONFAILED" in err.message


def test_an_accounts_incoming_server_errors_name_its_server_and_provider(database):
    """One home for "this account's incoming server": sync, flags, attachments and the Sent
    check all translate through connect.imap_error, with the provider's login hint."""
    import imapclient.exceptions as imap_exc

    acc = accounts.add_account("Shop", "kedai@gmail.com")
    err = connect.imap_error(imap_exc.LoginError("[AUTHENTICATIONFAILED] Invalid"), acc)
    assert err.kind == "auth" and "myaccount.google.com/apppasswords" in err.hint
    cut = connect.imap_error(ConnectionResetError(), acc)
    assert cut.kind == "network" and f"{acc.imap_host}:{acc.imap_port}" in cut.message


def test_cli_account_add_reads_the_password_from_stdin(tmp_path, monkeypatch, memory_keyring,
                                                        capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO("s3cret pass\n"))
    code = main(["--data-dir", str(tmp_path), "account", "add", "--name", "Shop",
                 "--email", "shop@example.my", "--imap-host", "mail.example.my",
                 "--imap-security", "starttls", "--smtp-host", "mail.example.my",
                 "--smtp-security", "starttls"])
    out = capsys.readouterr().out
    assert code == 0 and "mail.example.my:143" in out
    assert memory_keyring.passwords[("seller-desk", "shop@example.my")] == "s3cret pass"
    assert "s3cret" not in out
    assert main(["--data-dir", str(tmp_path), "account", "list"]) == 0
    listing = capsys.readouterr().out
    assert "shop@example.my" in listing and "password stored" in listing
    assert main(["--data-dir", str(tmp_path), "account", "remove", "Shop"]) == 0
    assert memory_keyring.passwords == {}


def test_cli_has_no_password_argument(tmp_path, capsys):
    with pytest.raises(SystemExit):
        main(["--data-dir", str(tmp_path), "account", "add", "--name", "S", "--email",
              "s@x.test", "--imap-host", "h", "--password", "visible"])
    assert "unrecognized arguments" in capsys.readouterr().err
