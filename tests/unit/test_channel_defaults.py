"""A new order follows its channel (issue 15, item 4): the channel's country sets the
currency and the couriers offered first; marketplaces number their own orders."""

from __future__ import annotations

import pytest

from seller_desk.core.screens import orders as views_orders
from seller_desk.core.screens import shipments as views_shipments
from seller_desk.core.shop import orders

pytestmark = pytest.mark.usefixtures("memory_database")


@pytest.mark.parametrize(("channel", "seller", "currency", "number"), [
    ("tokopedia", ("MY", "MYR"), "IDR", ""),  # Tokopedia sells in Indonesia only
    ("shopee", ("MY", "MYR"), "MYR", ""),  # a Malaysian seller's Shopee is Shopee Malaysia
    ("shopee", ("ID", "IDR"), "IDR", ""),  # an Indonesian seller's, Shopee Indonesia
    ("lazada", ("SG", "SGD"), "SGD", ""),
    ("tokopedia", ("ID", "IDR"), "IDR", ""),
    ("whatsapp", ("MY", "MYR"), "MYR", "WA-0001"),  # our own numbers for our own channels
    ("whatsapp", ("ID", "IDR"), "IDR", "WA-0001"),
])
def test_a_new_order_starts_in_its_channels_currency(channel, seller, currency, number):
    defaults = views_orders.channel_defaults(channel, *seller)
    assert (defaults.currency, defaults.number) == (currency, number)
    assert defaults.marketplace == (channel in ("ebay", "shopee", "lazada", "tokopedia"))


def test_a_tokopedia_parcel_of_a_malaysian_seller_offers_every_indonesian_courier_first():
    order = orders.create_order("INV/20240512/MPL/IV/3801234567", "tokopedia",
                                [{"title": "Kemeja", "unit_price": 85000}], currency="IDR")
    choices = views_shipments.courier_choices_for_order(order.id, "MY", ["poslaju"])
    countries = [c.country for c in choices]
    first_other = next(i for i, country in enumerate(countries) if country != "ID")
    assert choices[0].code == "jne"
    assert set(countries[first_other:]) <= {"MY", ""}  # every Indonesian one came first
    assert {"jne", "jnt_id", "sicepat", "anteraja", "spx_id"} <= {c.code for c in choices[:first_other]}


def test_a_shopee_parcel_of_a_malaysian_seller_keeps_the_sellers_own_list():
    order = orders.create_order("240512ABCD1234", "shopee",
                                [{"title": "Scarf", "unit_price": "89.00"}], currency="MYR")
    choices = views_shipments.courier_choices_for_order(order.id, "MY", ["jnt_my"])
    assert choices[0].code == "jnt_my" and choices[1].country == "MY"
    assert choices == views_shipments.courier_choices("MY", ["jnt_my"])
