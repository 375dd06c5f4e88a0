"""A mail account's fields are refused in plain words naming the field when they would
break a header, the connection or the screen: control characters, absurd lengths, a server
written as a web address or with its port, an invalid host name, an impossible port. The
same refusals through the core and through ``seller-desk account add``."""

from __future__ import annotations

import io
import os
import subprocess
import sys

import pytest

from seller_desk.app import main
from seller_desk.core.common.errors import ValidationError
from seller_desk.core.mail.connection import accounts
from seller_desk.core.store import db
from seller_desk.core.store.models import Account


@pytest.fixture
def database(tmp_path):
    d = db.open_database(f"sqlite:///{tmp_path / 'a.sqlite3'}")
    yield d
    db.close_database()


GOOD = {"name": "Shop", "email": "shop@example.com", "imap_host": "imap.example.com"}

# (what is wrong, the settings that differ from GOOD, the field named, words of the message)
BAD = [
    ("a line break and a Bcc line in the address",
     {"email": "shop@example.com\r\nBcc: thief@example.net"}, "email", "line break"),
    ("a line feed in the address", {"email": "shop@exam\nple.com"}, "email", "line break"),
    ("a NUL in the address", {"email": "shop\x00@example.com"}, "email", "control"),
    ("two addresses", {"email": "shop@example.com, boss@example.com"}, "email",
     "one full email address"),
    ("no domain", {"email": "shop@"}, "email", "one full email address"),
    ("a 255-character address", {"email": "a" * 60 + "@" + "b" * 190 + ".com"}, "email",
     "at most 254"),
    ("a 65-character local part", {"email": "a" * 65 + "@example.com"}, "email",
     "before the @ is too long"),
    ("a domain that is no host name", {"email": "shop@exa_mple.com"}, "email",
     "not a valid domain"),
    ("a 20,000-character name", {"name": "N" * 20_000}, "name", "at most 200"),
    ("a line break in the name", {"name": "Shop\r\nBcc: x@example.net"}, "name",
     "line break"),
    ("a tab in the name", {"name": "Shop\tGmail"}, "name", "control character"),
    ("a 20,000-character host", {"imap_host": "h" * 20_000}, "imap_host", "at most 253"),
    ("a 64-character part of a host", {"imap_host": "a" * 64 + ".example.com"}, "imap_host",
     "at most 63"),
    ("a port in the host", {"imap_host": "imap.example.com:993"}, "imap_host",
     "Put the port in the port field"),
    ("a web address as the host", {"imap_host": "http://127.0.0.1/"}, "imap_host",
     "without \"http://\""),
    ("an imaps address as the host", {"imap_host": "imaps://imap.example.com"}, "imap_host",
     "without \"http://\" or \"imaps://\""),
    ("a path after the host", {"imap_host": "imap.example.com/mail"}, "imap_host",
     "without a \"/\""),
    ("a file share as the host", {"imap_host": "\\\\server\\share"}, "imap_host",
     "without a \"/\""),
    ("a space in the host", {"imap_host": "imap example.com"}, "imap_host", "space"),
    ("a line break in the host", {"imap_host": "imap.example.com\r\nx"}, "imap_host",
     "line break"),
    ("an underscore in the host", {"imap_host": "imap_1.example.com"}, "imap_host",
     "not a valid server name"),
    ("a host ending in numbers", {"imap_host": "10.0.0"}, "imap_host",
     "not a valid server name"),
    ("an empty part of a host", {"imap_host": "imap..example.com"}, "imap_host",
     "not a valid server name"),
    ("a port in the outgoing host", {"smtp_host": "smtp.example.com:465"}, "smtp_host",
     "Put the port in the port field"),
    ("port 0", {"imap_port": 0}, "imap_port", "from 1 to 65535"),
    ("port 65536", {"smtp_port": 65536}, "smtp_port", "from 1 to 65535"),
    ("a negative port", {"imap_port": -993}, "imap_port", "from 1 to 65535"),
    ("a line break in the user name", {"username": "shop\nx"}, "username", "line break"),
    ("a 255-character user name", {"username": "u" * 255}, "username", "at most 254"),
]

PLAIN_FIELD_WORDS = {"email": "email address", "name": "account name",
                     "imap_host": "incoming mail server", "smtp_host": "outgoing mail server",
                     "imap_port": "incoming mail port", "smtp_port": "outgoing mail port",
                     "username": "user name"}


@pytest.mark.parametrize(("case", "changes", "field", "words"), BAD, ids=[b[0] for b in BAD])
def test_the_core_refuses_it_naming_the_field(database, case, changes, field, words):
    values = {**GOOD, **changes}
    with pytest.raises(ValidationError) as caught:
        accounts.add_account(values.pop("name"), values.pop("email"), **values)
    assert caught.value.field == field
    assert words in caught.value.text()
    text = caught.value.text()
    assert PLAIN_FIELD_WORDS[field] in text.lower() or (field == "email" and "address" in text)
    assert len(text) < 400  # a 20,000-character value is not echoed back
    assert not Account.select().exists()


@pytest.mark.parametrize(("case", "changes", "field", "words"), BAD, ids=[b[0] for b in BAD])
def test_editing_an_account_refuses_it_too(database, case, changes, field, words):
    account = accounts.add_account(**GOOD)
    with pytest.raises(ValidationError) as caught:
        accounts.edit_account(account, **changes)
    assert caught.value.field == field and words in caught.value.text()
    assert Account.get_by_id(account.id).imap_host == "imap.example.com"


CLI_OPTIONS = {"name": "--name", "email": "--email", "imap_host": "--imap-host",
               "smtp_host": "--smtp-host", "imap_port": "--imap-port",
               "smtp_port": "--smtp-port", "username": "--username"}


def cli_args(changes: dict[str, object]) -> list[str]:
    values = {**GOOD, **changes}
    args = ["account", "add"]
    for key, value in values.items():
        args += [CLI_OPTIONS[key], str(value)]
    return args


@pytest.mark.parametrize(("case", "changes", "field", "words"), BAD, ids=[b[0] for b in BAD])
def test_the_command_line_refuses_it_before_asking_for_the_password(
        tmp_path, monkeypatch, capsys, case, changes, field, words):
    stdin = io.StringIO("the-password\n")
    monkeypatch.setattr("sys.stdin", stdin)
    status = main(["--data-dir", str(tmp_path), *cli_args(changes)])
    captured = capsys.readouterr()
    assert status != 0
    assert captured.err.startswith("seller-desk: ")
    assert words in captured.err
    assert "Traceback" not in captured.out + captured.err
    assert stdin.read() == "the-password\n"  # never asked for
    db.open_database(f"sqlite:///{tmp_path / 'seller-desk.sqlite3'}")
    try:
        assert not Account.select().exists()
    finally:
        db.close_database()


def test_the_command_line_in_its_own_process_says_it_in_one_line(tmp_path):
    env = dict(os.environ, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    done = subprocess.run(
        [sys.executable, "-m", "seller_desk", "--data-dir", str(tmp_path), "account", "add",
         "--name", "Shop", "--email", "shop@example.com", "--imap-host",
         "imap.example.com:993"], input="pw\n", capture_output=True, text=True, env=env,
        timeout=120)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        "seller-desk: The incoming mail server (IMAP) is just the server's name, like "
        "“imap.example.com”, without \":993\". Put the port in the port field."]
    assert "Traceback" not in done.stdout + done.stderr


def test_good_values_are_kept_and_host_names_tidied(database):
    account = accounts.add_account(
        "Kedai Batik", "Jualan@Kedai-Batik.my", imap_host="IMAP.Kedai-Batik.MY.",
        smtp_host="[2001:db8::25]", smtp_port=587, smtp_security="starttls",
        username="jualan@kedai-batik.my", signature="Salam,\nKedai Batik")
    assert (account.email, account.imap_host, account.smtp_host) == (
        "jualan@kedai-batik.my", "imap.kedai-batik.my", "2001:db8::25")
    for host in ("mail.münchen.de", "192.0.2.10", "localhost", "a" * 63 + ".example.com"):
        assert accounts.check_values({"imap_host": host})["imap_host"] == host
    assert accounts.check_values({"email": "tôi@ví-dụ.vn"})["email"] == "tôi@ví-dụ.vn"
    longest = "a" * 64 + "@" + ".".join(["b" * 63, "c" * 63, "d" * 57]) + ".com"
    assert len(longest) == 254
    assert accounts.check_values({"email": longest})["email"] == longest
