"""The wizard's count of an inbox against a waiting-since cut-off, read from the real
Dovecot before anything is saved: exact for any cut-off, bounded in time on a big inbox,
and a refused password said in plain words."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from helpers import history_mailbox

from seller_desk.core.mail import errors
from seller_desk.core.mail.connection import connect
from seller_desk.core.mail.imap import census
from seller_desk.core.store.models import Account

pytestmark = pytest.mark.integration


def settings(user) -> dict:
    return {"name": "Shop", "email": user.address, "provider": "generic",
            "username": user.name, "imap_host": user.host, "imap_port": user.imap_port,
            "imap_security": "none", "smtp_host": "", "smtp_port": 587,
            "smtp_security": "starttls"}


@pytest.fixture
def mailbox(dovecot_server, imap_user):
    now = datetime.now(UTC).replace(microsecond=0)
    box = history_mailbox.build(imap_user.address, now, total=300)
    history_mailbox.write(dovecot_server, imap_user, box.mails)
    return box


def test_the_census_counts_the_inbox_on_either_side_of_any_cutoff(imap_user, mailbox):
    found = census.census(settings(imap_user), imap_user.password)
    assert found.total == mailbox.inbox_total() and found.complete
    for days in (0, 1, 2, 7, 30, 365, 3650):
        cutoff = mailbox.now - timedelta(days=days)
        counted, older = found.split(cutoff)
        assert counted == mailbox.inbox_since(cutoff), days
        assert counted + older == mailbox.inbox_total()
        assert found.exact(cutoff)


def test_a_big_inbox_is_counted_among_its_newest_within_the_time_budget(imap_user, mailbox):
    client = connect.open_imap(Account(**settings(imap_user)), imap_user.password)
    try:
        # one chunk of 80, then the budget (none) is spent
        found = census.read_dates(client, budget_s=0, chunk=80)
    finally:
        connect.close_imap(client)
    assert (found.total, len(found.dates), found.complete) == (mailbox.inbox_total(), 80,
                                                               False)
    week = mailbox.now - timedelta(days=7)
    assert found.split(week) == (50, found.total - 50) == (mailbox.inbox_since(week), found.total - 50)
    assert found.exact(week)  # the newest 80 reach back further than a week
    years = mailbox.now - timedelta(days=3650)
    assert found.split(years) == (80, found.total - 80) and not found.exact(years)


def test_a_refused_password_is_a_plain_mail_error(imap_user):
    with pytest.raises(errors.MailError) as raised:
        census.census(settings(imap_user), "not-the-password")
    assert "password" in raised.value.text().lower()
