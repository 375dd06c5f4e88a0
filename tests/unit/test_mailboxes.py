"""The core of Settings > Mailboxes and the password box: a sender name per mailbox (schema
19), the sync window, switching off, what the password box is told, where a password is."""

from __future__ import annotations

import email
import email.policy

import keyring
import pytest
from keyring.backends.fail import Keyring as FailKeyring

from seller_desk.core.answering import compose
from seller_desk.core.common.errors import ValidationError
from seller_desk.core.common.settings import Settings
from seller_desk.core.mail import errors
from seller_desk.core.mail.connection import accounts, credentials
from seller_desk.core.screens import mailboxes
from seller_desk.core.store import db, migrations
from seller_desk.core.store.models import Account
from seller_desk.core.store.models import database as proxy


@pytest.fixture
def database(tmp_path):
    d = db.open_database(f"sqlite:///{tmp_path / 'm.sqlite3'}")
    yield d
    db.close_database()


def shop(**extra) -> Account:
    return accounts.add_account("Shop", "toko@gmail.com", **extra)


def test_a_mailbox_sends_under_its_own_sender_name_else_the_shops(database):
    Settings().set("seller.shop_name", "Nora Batik & Craft")
    acc = shop()
    assert compose.sender_name(acc) == "Nora Batik & Craft"
    mailboxes.save_mailbox(acc.id, {"sender_name": "  Kedai Nora  "})
    acc = Account.get_by_id(acc.id)
    assert acc.sender_name == "Kedai Nora"
    out = compose.new_message(acc, to=["siti@example.test"], subject="Hai")
    out.text = "Hai"
    sent = email.message_from_bytes(compose.build_message(out).as_bytes(),
                                    policy=email.policy.default)
    assert str(sent["From"]) == "Kedai Nora <toko@gmail.com>"
    with pytest.raises(ValidationError) as refused:
        mailboxes.save_mailbox(acc.id, {"sender_name": "Kedai\nBcc: x@evil.test"})
    assert refused.value.field == "sender_name"


def test_accounts_from_schema_18_keep_no_sender_name(tmp_path):
    from pathlib import Path

    url = f"sqlite:///{tmp_path / 'v18.sqlite3'}"
    raw = db.make_database(url)
    raw.connect()
    # the first schema as it shipped, then every step up to 18
    script = (Path(__file__).parents[1] / "data" / "schema_v1.sqlite.sql").read_text()
    for statement in (s.strip() for s in script.split(";\n")):
        lines = [ln for ln in statement.splitlines() if not ln.startswith("--")]
        if lines:
            raw.execute_sql("\n".join(lines).rstrip(";"))
    proxy.initialize(raw)
    migrations.migrate(raw, up_to=18)
    raw.execute_sql("INSERT INTO account (name, email, provider, username, imap_host, "
                    "imap_port, imap_security, smtp_host, smtp_port, smtp_security, "
                    "smtp_username, allow_insecure, server_saves_sent, enabled, color, "
                    "signature, created_at) VALUES ('Shop', 'shop@x.test', 'generic', 'shop', "
                    "'127.0.0.1', 993, 'ssl', '', 465, 'ssl', '', 0, 0, 1, '', '', "
                    "'2025-01-01 00:00:00')")
    raw.close()
    db.open_database(url)
    try:
        assert migrations.schema_version(proxy.obj) == migrations.CURRENT_VERSION
        acc = Account.get(Account.email == "shop@x.test")
        assert acc.sender_name is None
        assert mailboxes.mailbox_values(acc.id)["sender_name"] == ""
    finally:
        db.close_database()


def test_the_sync_window_is_a_number_of_days_or_the_general_setting(database):
    acc = shop()
    mailboxes.save_mailbox(acc.id, {"sync_window_days": 30})
    assert Account.get_by_id(acc.id).sync_window_days == 30
    mailboxes.save_mailbox(acc.id, {"sync_window_days": 0})  # the form's "as in Settings"
    assert Account.get_by_id(acc.id).sync_window_days is None
    with pytest.raises(ValidationError) as refused:
        accounts.edit_account(acc, sync_window_days=-5)
    assert refused.value.field == "sync_window_days"
    # 0 stored by hand means "all mail": such a mailbox still takes other changes
    Account.update(sync_window_days=0).where(Account.id == acc.id).execute()
    accounts.edit_account(acc.id, name="Kedai")
    assert Account.get_by_id(acc.id).sync_window_days == 0


def test_a_mailbox_switched_off_is_listed_as_off_and_not_synced_by_sync_all(database):
    from seller_desk.core.mail.imap import sync

    acc = shop()
    mailboxes.switch_mailbox(acc.id, False)
    assert [(r.name, r.enabled) for r in mailboxes.mailbox_rows()] == [("Shop", False)]
    assert accounts.mailbox_states()[0][4] is False
    assert accounts.checked_accounts() == []
    assert sync.sync_all() == []  # not even tried: it has no password either


def test_the_password_box_is_told_the_provider_advice_and_whether_a_store_exists(
        database, memory_keyring):
    acc = shop()
    prompt = mailboxes.password_prompt(acc.id)
    assert (prompt.name, prompt.email, prompt.provider) == ("Shop", "toko@gmail.com", "gmail")
    assert prompt.hint is not None and prompt.hint.id == "mail.auth_hint_gmail"
    assert not prompt.session_only
    other = accounts.add_account("Web", "hello@kedai.test", imap_host="mail.kedai.test")
    assert mailboxes.password_prompt(other.id).hint is None
    keyring.set_keyring(FailKeyring())
    assert mailboxes.password_prompt(acc.id).session_only


def test_where_the_password_is_and_which_failures_a_password_cures(database, memory_keyring):
    acc = shop()
    assert accounts.password_state(acc) == "missing"
    accounts.set_password(acc, "rahsia")
    assert accounts.password_state(acc) == "keyring"
    keyring.set_keyring(FailKeyring())
    accounts.set_password(acc, "rahsia")
    assert accounts.password_state(acc) == "session"
    credentials.delete_password(acc.email)
    assert accounts.password_state(acc) == "missing"
    assert accounts.needs_password(errors.NoPassword("mail.no_password", {"email": "x"}))
    assert accounts.needs_password(errors.AuthError("mail.imap.auth_refused"))
    assert not accounts.needs_password(errors.NetworkError("mail.cut_hint"))
    with pytest.raises(ValidationError):
        accounts.sign_in(acc, "")
