"""The account wizard's plain words: a wrong password, a self-signed certificate that can be
trusted, a server that is not there, and no password store on the computer."""

from __future__ import annotations

import pytest
from gui.desk_support import close_window, open_window
from helpers.ports import free_port

from seller_desk.core.mail.connection import credentials
from seller_desk.core.store.models import Account
from seller_desk.ui.app import open_account_wizard

pytestmark = [
    pytest.mark.integration,
    pytest.mark.qt_log_ignore("This plugin does not support raise",
                              "This plugin does not support grabbing"),
]


@pytest.fixture
def window(qtbot, tmp_path):
    window = open_window(qtbot, f"sqlite:///{tmp_path / 'w.sqlite3'}")
    yield window
    wizard = getattr(window, "account_wizard", None)
    if wizard is not None:
        wizard.close()
    close_window(qtbot, window)


def fill(wizard, user, *, password, port, security="none", smtp_port=None):
    wizard.address.email.setText(user.address)
    wizard.next()
    s = wizard.servers
    s.password.setText(password)
    s.show_servers.setChecked(True)
    s.username.setText(user.name)
    s.imap_host.setText(user.host)
    s.imap_port.setValue(port)
    s.imap_security.setCurrentIndex(s.imap_security.findData(security))
    s.smtp_host.setText("")  # reading only: the test is about the incoming side


def run_test(qtbot, wizard):
    with qtbot.waitSignal(wizard.test_finished, timeout=20_000) as blocker:
        if wizard.currentId() == 1:
            wizard.next()
        else:
            wizard.test.retry_button.click()
    return blocker.args[0]


def test_a_wrong_password_is_said_plainly_and_can_be_corrected(window, qtbot, imap_user):
    wizard = open_account_wizard(window)
    fill(wizard, imap_user, password="not-the-password", port=imap_user.imap_port)
    assert run_test(qtbot, wizard) is False
    text = wizard.test.result.text()
    assert "password" in text.lower()
    assert "Traceback" not in text
    assert "Go Back to correct the password" in text
    assert not wizard.button(wizard.WizardButton.NextButton).isEnabled()
    assert not Account.select().exists()  # nothing saved
    wizard.back()
    wizard.servers.password.setText(imap_user.password)
    assert run_test(qtbot, wizard) is True
    assert wizard.button(wizard.WizardButton.NextButton).isEnabled()


def test_a_self_signed_certificate_can_be_trusted_by_its_fingerprint(window, qtbot, imap_user):
    wizard = open_account_wizard(window)
    fill(wizard, imap_user, password=imap_user.password, port=imap_user.imaps_port,
         security="ssl")
    assert run_test(qtbot, wizard) is False
    assert wizard.test.trust_button.isVisible()
    fingerprint = imap_user.server.cert_fingerprint.replace(":", "").lower()
    text = wizard.test.result.text()
    shown = "".join(ch for ch in text if ch not in ": \n").lower()  # in groups, for people
    assert shown.count(fingerprint) == 1
    with qtbot.waitSignal(wizard.test_finished, timeout=20_000) as blocker:
        wizard.test.trust_button.click()
    assert blocker.args == [True]
    assert wizard.values()["imap_trusted_fingerprint"].replace(":", "").lower() == fingerprint
    with qtbot.waitSignal(wizard.census_finished, timeout=20_000):
        wizard.next()  # the waiting-since page counts the inbox
    with qtbot.waitSignal(wizard.first_sync_done, timeout=30_000):
        wizard.next()
    account = Account.get()
    assert account.imap_trusted_fingerprint


def test_a_server_that_is_not_there_is_said_plainly(window, qtbot, imap_user):
    wizard = open_account_wizard(window)
    fill(wizard, imap_user, password=imap_user.password, port=free_port())
    assert run_test(qtbot, wizard) is False
    text = wizard.test.result.text().lower()
    assert "refused" in text or "not answer" in text or "nothing" in text
    assert wizard.test.retry_button.isVisible()
    assert not wizard.test.trust_button.isVisible()


def test_no_password_store_gives_a_way_forward(window, qtbot, imap_user, monkeypatch):
    monkeypatch.setattr(credentials, "backend_status", lambda: credentials.BackendStatus(
        False, "keyring.backends.fail.Keyring", "no password store is available",
        credentials.NO_BACKEND_HINT))
    wizard = open_account_wizard(window)
    fill(wizard, imap_user, password=imap_user.password, port=imap_user.imap_port)
    assert run_test(qtbot, wizard) is True
    note = wizard.test.keyring_note.text()
    assert "no password store" in note and "GNOME Keyring" in note
    with qtbot.waitSignal(wizard.census_finished, timeout=20_000):
        wizard.next()  # the waiting-since page counts the inbox
    with qtbot.waitSignal(wizard.first_sync_done, timeout=30_000):
        wizard.next()
    assert "kept only until Seller Desk closes" in wizard.sync.note.text()
    assert credentials.is_session_only(imap_user.address)


def test_the_wizard_asks_from_when_customers_count_as_waiting(window, qtbot, imap_user):
    from datetime import UTC, datetime, timedelta

    from helpers.cli import fill_inbox

    # 40 questions three minutes apart, the oldest two hours ago: all inside any cut-off
    fill_inbox(imap_user.server, imap_user, 40)
    wizard = open_account_wizard(window)
    fill(wizard, imap_user, password=imap_user.password, port=imap_user.imap_port)
    assert run_test(qtbot, wizard) is True
    with qtbot.waitSignal(wizard.census_finished, timeout=20_000) as counted:
        wizard.next()
    assert counted.args == [True]
    page = wizard.waiting
    days = page.waiting_days
    assert days.value() == 7 and days.isVisibleTo(wizard)
    assert page.waiting_label.text() == "Count customers as waiting from"
    assert page.count.text() == ("40 messages in the last 7 days will count; 0 older ones "
                                 "are kept as history.")
    days.setValue(30)
    assert "in the last 30 days" in page.count.text()
    assert page.from_date.date().daysTo(page.from_date.date().currentDate()) == 30
    with qtbot.waitSignal(wizard.first_sync_done, timeout=30_000):
        wizard.next()
    expected = datetime.now(UTC) - timedelta(days=30)
    assert abs(Account.get().counts_from - expected) < timedelta(minutes=1)


def test_a_date_can_be_picked_instead_of_days_and_counts_from_its_start(window, qtbot,
                                                                        imap_user):
    from datetime import UTC, datetime, time

    from helpers import history_mailbox

    from seller_desk.core.conversations import clocks
    from seller_desk.ui.qt import to_date

    now = datetime.now(UTC).replace(microsecond=0)
    box = history_mailbox.build(imap_user.address, now, total=200)
    history_mailbox.write(imap_user.server, imap_user, box.mails)
    wizard = open_account_wizard(window)
    fill(wizard, imap_user, password=imap_user.password, port=imap_user.imap_port)
    assert run_test(qtbot, wizard) is True
    with qtbot.waitSignal(wizard.census_finished, timeout=20_000):
        wizard.next()
    page = wizard.waiting
    page.from_date.setDate(page.from_date.date().currentDate().addDays(-20))
    assert page.waiting_days.value() == 20  # the two follow each other
    day = to_date(page.from_date.date())
    start = datetime.combine(day, time(0), tzinfo=clocks.current_policy().tz)
    counted = box.inbox_since(start)
    assert page.count.text().startswith(f"{counted} messages since ")
    assert page.count.text().endswith(
        f"; {box.inbox_total() - counted} older ones are kept as history.")
    with qtbot.waitSignal(wizard.first_sync_done, timeout=30_000):
        wizard.next()
    assert Account.get().counts_from == start.astimezone(UTC)
