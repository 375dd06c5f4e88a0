"""The layers' reactions run through the event log, whoever causes the change."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest

from seller_desk.core import reactions
from seller_desk.core.common.settings import Settings
from seller_desk.core.conversations import inbox
from seller_desk.core.followups import auto_email, reminders
from seller_desk.core.mail.ingest import threads
from seller_desk.core.shop import orders
from seller_desk.core.store import db, events
from seller_desk.core.store.fields import utcnow
from seller_desk.core.store.models import (
    Account,
    Conversation,
    ConversationTag,
    Customer,
    CustomerAddress,
    Order,
    OutboxMessage,
    Reminder,
)
from seller_desk.core.templates import canned as templates


@pytest.fixture
def shop(tmp_path):
    d = db.open_database(f"sqlite:///{tmp_path / 'r.sqlite3'}")
    templates.install_defaults()
    settings = Settings()
    for key, value in {"seller.name": "Nora", "seller.shop_name": "Nora Batik",
                       "seller.country": "MY", "auto_email.paid": True}.items():
        settings.set(key, value)
    Account.create(name="Shop", email="hello@norabatik.my", username="hello",
                   imap_host="127.0.0.1", smtp_host="127.0.0.1")
    customer = Customer.create(name="Siti Aminah", language="ms", country="MY")
    CustomerAddress.create(customer=customer, email="siti@example.my")
    yield customer
    d.close()


def _item():
    return [{"title": "Batik scarf", "quantity": 1, "unit_price": Decimal("45.00")}]


def test_a_status_change_made_in_the_ledger_queues_its_status_email(shop):
    """No screen involved: the ledger's own change_status (as a marketplace notice, an
    import or the command line use it) is enough for the switched-on email."""
    order = orders.create_order("#1001", "web", _item(), customer=shop)
    assert not OutboxMessage.select().exists()
    orders.change_status(order, "paid")
    row = OutboxMessage.get()
    assert row.dedup_key == auto_email.dedup_key(order, "paid")
    assert row.recipients == "siti@example.my"


def test_an_order_typed_in_as_paid_gets_its_email_once(shop):
    order = orders.create_order("#1002", "web", _item(), customer=shop, status="paid")
    orders.change_status(order, "packed")  # the same stage: no second email
    assert [r.dedup_key for r in OutboxMessage.select()] == [
        auto_email.dedup_key(order, "paid")]


def test_a_failing_status_email_leaves_the_status_change_saved(shop, monkeypatch):
    order = orders.create_order("#1003", "web", _item(), customer=shop)

    def half_then_fail(the_order, stage, **_):
        OutboxMessage.create(account=Account.get(), raw=b"x", message_id="<half@x>",
                             sender="hello@norabatik.my",
                             recipients="siti@example.my", dedup_key="half")
        raise RuntimeError("a bug in the template")

    monkeypatch.setattr(auto_email, "queue_stage", half_then_fail)
    orders.change_status(order, "paid")
    assert Order.get_by_id(order.id).status == "paid"
    assert not OutboxMessage.select().exists()  # the half-written email rolled back alone


def test_closing_conversations_from_the_list_cancels_their_complaint_reminders(shop):
    """The inbox's bulk close used to skip the reminder rules; the subscription covers it."""
    since = utcnow() - timedelta(hours=30)
    conv = Conversation.create(subject="Rosak", customer=shop, waiting_since=since,
                               last_activity_at=since)
    ConversationTag.create(conversation=conv, tag="complaint")
    reminders.run_rules()
    assert Reminder.select().where(Reminder.rule == "complaint",
                                   Reminder.done_at.is_null(),
                                   Reminder.cancelled_at.is_null()).count() == 1
    assert inbox.close([conv.id]) == 1
    reminder = Reminder.get(Reminder.rule == "complaint")
    assert reminder.cancelled_at is not None


def test_the_mail_engine_refuses_to_store_without_the_reactions(shop):
    """Stored mail with nobody to recompute its clock or link it would be half stored."""
    kind, handlers = events.CONVERSATIONS_CHANGED, events.subscribers(
        events.CONVERSATIONS_CHANGED)
    for handler in handlers:
        events.unsubscribe(kind, handler)
    try:
        with pytest.raises(events.NobodyListens):
            threads.refresh_many({1})
    finally:
        reactions.install()
    threads.refresh_many(set())  # nothing changed: nothing to announce
    assert events.subscribers(kind) == handlers


def test_every_subscription_is_installed_once(shop):
    reactions.install()
    reactions.install()
    for kind, handler in reactions.SUBSCRIPTIONS:
        assert events.subscribers(kind).count(handler) == 1


def test_every_reaction_names_a_function_that_exists():
    """The reactions are named, imported when first needed: a renamed function must
    fail here, not at a seller's first order."""
    reactions.resolve_all()
    for _, handler in reactions.SUBSCRIPTIONS:
        assert callable(handler.resolve())
    for batch in reactions.BATCH_FORMS.values():
        assert callable(batch.resolve())


def test_subscribing_imports_none_of_the_reactions():
    """A command that stores nothing must not pay for the modules that react to what is
    stored (the status emails pull in the composer and the outbox)."""
    import subprocess
    import sys

    code = ("import sys; from seller_desk.core import reactions; reactions.install(); "
            "print(sorted(m for m in sys.modules if m.startswith('seller_desk.core.') and "
            "m.rsplit('.', 1)[0] in ('seller_desk.core.followups', "
            "'seller_desk.core.shop', 'seller_desk.core.answering', "
            "'seller_desk.core.conversations')))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "[]"
