"""A first sync's new senders become customers together, with the rows one by one gives."""

from __future__ import annotations

import logging

import pytest

from seller_desk.core.shop import customers
from seller_desk.core.store import db
from seller_desk.core.store.models import Customer, CustomerAddress, Event


@pytest.fixture
def opened(tmp_path):
    d = db.open_database(f"sqlite:///{tmp_path / 'c.sqlite3'}")
    yield d
    d.close()


def test_new_senders_are_created_in_one_batch(opened, caplog):
    caplog.set_level(logging.INFO, logger="seller_desk.core.shop.customers")
    made = customers.customers_for_new_senders(
        [("Siti <Siti@X.test>", "Siti Aminah"), ("budi@y.test", ""),
         ("buyer.k2@members.ebay.com", "Ani")])
    # the batch path was taken: it did not fall back to one customer at a time
    assert "one by one instead" not in caplog.text
    assert sorted(made) == ["budi@y.test", "buyer.k2@members.ebay.com", "siti@x.test"]
    rows = {c.name: (c.name_key, c.name_rest_key) for c in Customer.select()}
    # the search keys are the triggers' work, as for a customer made alone
    assert rows == {"Siti Aminah": ("siti aminah", "aminah"), "": ("", ""),
                    "Ani": ("ani", "")}
    relay = CustomerAddress.get(CustomerAddress.email == "buyer.k2@members.ebay.com")
    assert (relay.is_relay, relay.channel) == (True, "ebay")
    assert Event.select().where(Event.kind == customers.CUSTOMER_CREATED).count() == 3


def test_normalize_email_reads_each_form_alike():
    assert customers.normalize_email("Siti <Siti@X.test>") == "siti@x.test"
    assert customers.normalize_email(" siti@X.TEST ") == "siti@x.test"
    assert customers.normalize_email("no address") == ""
    assert customers.normalize_email(None) == ""  # type: ignore[arg-type]
