"""Customers: found from senders, several addresses, merge and split, phone and WhatsApp."""

from __future__ import annotations

import pytest

from seller_desk.core.common.errors import ValidationError
from seller_desk.core.shop import customers
from seller_desk.core.store.models import Conversation, Customer, CustomerAddress, Event, Order

pytestmark = pytest.mark.usefixtures("memory_database")


def test_a_sender_becomes_a_customer_once_whatever_the_case_of_the_address():
    first = customers.customer_for_sender("Aisyah.Ahmad@Gmail.com", "Nur Aisyah")
    again = customers.customer_for_sender("aisyah.ahmad@gmail.com")
    assert first.id == again.id
    assert CustomerAddress.get().email == "aisyah.ahmad@gmail.com"
    assert customers.find_by_address("<AISYAH.AHMAD@gmail.com>").name == "Nur Aisyah"
    assert Event.select().where(Event.kind == customers.CUSTOMER_CREATED).count() == 1


def test_new_senders_become_customers_together_and_a_taken_address_keeps_its_owner():
    owner = customers.customer_for_sender("budi@example.test", "Budi")
    made = customers.customers_for_new_senders([
        ("siti@example.test", "Siti"), ("not an address", "X"),
        ("k8x2mq@members.ebay.com", "")])
    assert sorted(made) == ["k8x2mq@members.ebay.com", "siti@example.test"]
    assert Customer.get_by_id(made["siti@example.test"][0]).name == "Siti"
    relay = CustomerAddress.get(CustomerAddress.email == "k8x2mq@members.ebay.com")
    assert (relay.is_relay, relay.channel) == (True, "ebay")
    assert Event.select().where(Event.kind == customers.CUSTOMER_CREATED).count() == 3
    # an address another writer gave a customer meanwhile: nothing half made, and the
    # others still made one by one
    again = customers.customers_for_new_senders([("ani@example.test", "Ani"),
                                                 ("budi@example.test", "B")])
    assert again["budi@example.test"] == (owner.id, "")
    assert Customer.select().where(Customer.name == "B").count() == 0
    assert Customer.get_by_id(again["ani@example.test"][0]).name == "Ani"
    assert Customer.select().count() == 4
    assert Event.select().where(Event.kind == customers.CUSTOMER_CREATED).count() == 4


def test_marketplace_relay_addresses_are_flagged_with_their_channel():
    customers.customer_for_sender("k8x2mq@members.ebay.com", "ebay buyer")
    row = CustomerAddress.get()
    assert row.is_relay and row.channel == "ebay"
    customers.customer_for_sender("budi.santoso@gmail.com")
    assert not CustomerAddress.get(CustomerAddress.email == "budi.santoso@gmail.com").is_relay


def test_an_address_belongs_to_one_customer_only():
    customers.create_customer("Tan Wei Ming", ["weiming.tan@yahoo.com"])
    with pytest.raises(ValidationError) as err:
        customers.create_customer("Someone else", ["WeiMing.Tan@yahoo.com"])
    assert err.value.field == "email"
    assert Customer.select().count() == 1


def test_merge_moves_addresses_conversations_and_orders_and_keeps_the_notes():
    keep = customers.create_customer("Siti Hajar", ["siti@gmail.com"], notes="Prefers J&T")
    other = customers.create_customer("", ["sitihajar.work@company.my"], phone="+60134455667",
                                      notes="Wholesale buyer")
    conv = Conversation.create(subject="Tanya", customer=other)
    order = Order.create(number="#1201", channel="web", customer=other)
    customers.merge(keep, other)
    assert {a.email for a in customers.addresses(keep)} == {"siti@gmail.com",
                                                           "sitihajar.work@company.my"}
    assert Conversation.get_by_id(conv.id).customer_id == keep.id
    assert Order.get_by_id(order.id).customer_id == keep.id
    kept = Customer.get_by_id(keep.id)
    assert kept.phone == "+60134455667"
    assert "Prefers J&T" in kept.notes and "Wholesale buyer" in kept.notes
    assert Customer.get_or_none(Customer.id == other.id) is None
    with pytest.raises(ValidationError):
        customers.merge(keep, keep)


def test_split_takes_the_address_and_its_conversations_to_a_new_customer():
    shared = customers.create_customer("Family account", ["mum@gmail.com", "son@gmail.com"])
    mum = Conversation.create(subject="Sarong", customer=shared, counterpart_email="mum@gmail.com")
    son = Conversation.create(subject="Case", customer=shared, counterpart_email="son@gmail.com")
    new = customers.split_address("Son@Gmail.com", name="Son")
    assert new.id != shared.id and new.name == "Son"
    assert Conversation.get_by_id(son.id).customer_id == new.id
    assert Conversation.get_by_id(mum.id).customer_id == shared.id
    with pytest.raises(ValidationError):
        customers.split_address("mum@gmail.com")  # the last address stays
    assert Event.select().where(Event.kind == customers.CUSTOMER_SPLIT).count() == 1


@pytest.mark.parametrize(("typed", "country", "e164"), [
    ("012-345 6789", "MY", "+60123456789"),
    ("+62 812-3456-7890", "MY", "+6281234567890"),
    ("0812 3456 7890", "ID", "+6281234567890"),
])
def test_phone_numbers_are_stored_in_international_form(typed, country, e164):
    c = customers.create_customer("Buyer", phone=typed, country=country)
    assert c.phone == e164


def test_a_phone_that_is_no_number_is_refused_and_nothing_changes():
    c = customers.create_customer("Buyer", phone="+60123456789")
    with pytest.raises(ValidationError) as err:
        customers.update_customer(c, phone="call me maybe", notes="new notes")
    assert err.value.field == "phone"
    fresh = Customer.get_by_id(c.id)
    assert fresh.phone == "+60123456789" and fresh.notes == ""


def test_update_records_an_event_and_clears_with_empty_text():
    c = customers.create_customer("Buyer", phone="+60123456789")
    customers.update_customer(c, phone="", notes="VIP", language="ms")
    fresh = Customer.get_by_id(c.id)
    assert (fresh.phone, fresh.notes, fresh.language) == ("", "VIP", "ms")
    ev = Event.get(Event.kind == customers.CUSTOMER_UPDATED)
    assert ev.data["fields"] == ["language", "notes", "phone"]


def test_whatsapp_link_opens_a_chat_with_the_text_filled_in():
    c = customers.create_customer("Budi", phone="0812-3456-7890", country="ID")
    assert customers.whatsapp_link(c) == "https://wa.me/6281234567890"
    assert customers.whatsapp_link(c, "Halo kak, paket sudah dikirim & resi: JP1") == (
        "https://wa.me/6281234567890?text=Halo%20kak%2C%20paket%20sudah%20dikirim%20%26%20resi%3A%20JP1")
    assert customers.whatsapp_link(customers.create_customer("No phone")) == ""
