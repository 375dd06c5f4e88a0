"""The customer book's queries (core/shop/customer_book.py) and the Customers screen's
facade (core/screens/customers.py), without Qt: search by name, address, phone and order
number, the filters, last contact first, one timeline, likely duplicates, edit and merge."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from seller_desk.core.common.errors import ValidationError
from seller_desk.core.screens import customers as view
from seller_desk.core.shop import customers, orders, shipping
from seller_desk.core.shop.customer_book import CustomerFilter
from seller_desk.core.store import db
from seller_desk.core.store.models import Conversation, ConversationTag, Customer, Reminder

T0 = datetime(2026, 11, 2, 2, 0, tzinfo=UTC)
SCARF = orders.ItemInput("Batik silk scarf", 1, Decimal("89.00"))


@pytest.fixture(autouse=True)
def database():
    d = db.open_database("sqlite:///:memory:")
    yield d
    db.close_database()


def conversation(customer, subject, at, **extra):
    return Conversation.create(customer=customer, subject=subject, last_activity_at=at,
                               first_customer_at=at, **extra)


@pytest.fixture
def book():
    siti = customers.create_customer("Siti Aminah", ["siti@example.test"],
                                     phone="012-345 6789", address="12 Jalan Mawar, KL")
    budi = customers.create_customer("Budi Santoso", ["budi@example.test"], phone="+628123456789")
    ros = customers.create_customer("Ros", ["ros@example.test"])
    conversation(siti, "Tudung warna", T0 - timedelta(days=3))
    conversation(budi, "Paket belum sampai", T0 - timedelta(hours=1),
                 waiting_since=T0 - timedelta(hours=1))
    complaint = conversation(ros, "Barang rosak", T0 - timedelta(days=1))
    ConversationTag.create(conversation=complaint, tag="complaint")
    orders.create_order("SHP-240101ABC", "shopee", [SCARF], customer=siti, placed_at=T0,
                        status="paid")
    orders.create_order("WA-0001", "whatsapp", [SCARF], customer=ros, status="completed",
                        placed_at=T0 - timedelta(days=9))
    return siti, budi, ros


def names(page):
    return [row.name for row in page.rows]


def test_the_list_puts_the_latest_contact_first_and_counts(book):
    page = view.query(CustomerFilter())
    assert names(page) == ["Budi Santoso", "Ros", "Siti Aminah"] and page.total == 3
    siti = page.rows[-1]
    assert (siti.email, siti.phone, siti.orders, siti.conversations) == (
        "siti@example.test", "+60123456789", 1, 1)
    assert siti.last_contact == T0 - timedelta(days=3)
    assert len(view.query(CustomerFilter(), offset=1, limit=1).rows) == 1


@pytest.mark.parametrize(("text", "found"), [
    ("siti", ["Siti Aminah"]),                 # name, any case
    ("budi@example", ["Budi Santoso"]),        # email address
    ("012-345 6789", ["Siti Aminah"]),         # phone as typed locally
    ("8123456789", ["Budi Santoso"]),          # phone digits
    ("240101ABC", ["Siti Aminah"]),            # order number
    ("nobody", []),
])
def test_search_finds_by_name_address_phone_and_order_number(book, text, found):
    page = view.query(CustomerFilter(text=text))
    assert names(page) == found and page.total == len(found)


def test_the_filters_open_orders_complaints_and_waiting(book):
    assert names(view.query(CustomerFilter(open_orders=True))) == ["Siti Aminah"]
    assert names(view.query(CustomerFilter(complaints=True))) == ["Ros"]
    assert names(view.query(CustomerFilter(waiting=True))) == ["Budi Santoso"]


def test_the_profile_holds_every_field_and_one_timeline(book):
    siti, _budi, _ros = book
    chat = conversation(siti, "WhatsApp chat", T0 - timedelta(days=1), channel="whatsapp")
    order = orders.create_order("WA-0002", "whatsapp", [SCARF], customer=siti,
                                placed_at=T0 - timedelta(days=2), status="paid")
    shipping.add_shipment(order, "poslaju", "EN123456789MY", shipped_at=T0 - timedelta(hours=5))
    Reminder.create(kind="manual", due_at=T0 + timedelta(days=1), customer=siti,
                    note="Call about the colour")
    p = view.profile(siti.id)
    assert p is not None
    assert (p.name, p.phone, p.address, p.emails) == (
        "Siti Aminah", "+60123456789", "12 Jalan Mawar, KL", ["siti@example.test"])
    kinds = [(e.kind, e.title) for e in p.timeline]
    assert kinds == [("reminder", "Call about the colour"), ("order", "SHP-240101ABC"),
                     ("parcel", "EN123456789MY"), ("conversation", "WhatsApp chat"),
                     ("order", "WA-0002"), ("conversation", "Tudung warna")]
    assert p.timeline[3].channel == "whatsapp" and p.timeline[3].conversation_id == chat.id
    assert p.timeline[2].order_id == order.id
    assert view.profile(999) is None


def test_likely_duplicates_by_phone_and_by_name(book):
    siti, budi, _ros = book
    same_phone = customers.create_customer("S. Aminah", ["s.aminah@example.test"],
                                           phone="+60123456789")
    same_name = customers.create_customer("siti aminah", ["other@example.test"])
    p = view.profile(siti.id)
    assert [(d.id, d.reason) for d in p.duplicates] == [(same_phone.id, "phone"),
                                                       (same_name.id, "name")]
    assert view.profile(budi.id).duplicates == []


def test_edits_go_through_the_shops_rules(book):
    siti, _budi, _ros = book
    edit = view.CustomerEdit("Siti Aminah binti Ali", "019 888 7777", "9 Jalan Baru, Shah Alam",
                             "ms", "Prefers WhatsApp")
    p = view.save(siti.id, edit)
    assert (p.name, p.phone, p.address, p.language, p.notes) == (
        "Siti Aminah binti Ali", "+60198887777", "9 Jalan Baru, Shah Alam", "ms",
        "Prefers WhatsApp")
    with pytest.raises(ValidationError) as refused:
        view.save(siti.id, view.CustomerEdit("X", "12", "", "", ""))
    assert refused.value.field == "phone"
    assert Customer.get_by_id(siti.id).name == "Siti Aminah binti Ali"  # nothing saved


def test_a_merge_says_what_moves_and_brings_the_history_together(book):
    siti, _budi, ros = book
    preview = view.merge_preview(siti.id, ros.id)
    assert (preview.emails, preview.conversations, preview.orders) == (1, 1, 1)
    assert view.merge(siti.id, ros.id) == siti.id
    p = view.profile(siti.id)
    assert {e.title for e in p.timeline} >= {"Barang rosak", "WA-0001", "Tudung warna"}
    assert p.emails == ["siti@example.test", "ros@example.test"]
    assert view.profile(ros.id) is None
    with pytest.raises(ValidationError):
        view.merge(siti.id, siti.id)


def test_the_conversation_names_its_customer(book):
    siti, _budi, _ros = book
    conv = conversation(siti, "Hello", T0)
    assert view.customer_of_conversation(conv.id) == siti.id
    assert view.customer_of_conversation(conversation(None, "x", T0).id) is None
