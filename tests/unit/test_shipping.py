"""Couriers, tracking numbers and links, ETA in working days, delivery and overdue parcels."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from seller_desk.core.common.errors import ValidationError
from seller_desk.core.conversations import clocks
from seller_desk.core.demo import texts as demo_texts
from seller_desk.core.shop import orders, shipping
from seller_desk.core.store import db, events
from seller_desk.core.store.models import Event, Order, Shipment

KL = clocks.ClockPolicy(country="MY", subdivision="", timezone="Asia/Kuala_Lumpur")
T0 = datetime(2026, 8, 26, 2, 0, tzinfo=UTC)  # Wednesday 10:00 in Kuala Lumpur


@pytest.fixture(autouse=True)
def database():
    d = db.open_database("sqlite:///:memory:")
    clocks.set_policy(KL)
    yield d
    clocks.set_policy(None)
    d.close()


def paid_order(number: str = "#1201", placed: datetime = T0) -> Order:
    order = orders.create_order(number, "web", [{"title": "Scarf", "unit_price": "89"}],
                                placed_at=placed)
    return orders.change_status(order, "paid", at=placed + timedelta(hours=1))


def test_the_registry_knows_every_courier_the_shop_uses():
    codes = {c.code for c in shipping.couriers()}
    used = set(demo_texts.COURIERS_MY) | set(demo_texts.COURIERS_ID) | set(demo_texts.COURIER_NAMES)
    assert used | {"lion_parcel", "dhl_express", "fedex", "ups"} <= codes
    for c in shipping.couriers():
        assert "{tracking}" in c.tracking_url and c.tracking_url.startswith("https://")
        assert c.typical_days > 0
    assert {c.country for c in shipping.couriers("ID")} == {"ID", ""}


def test_tracking_numbers_are_normalised_and_checked_where_the_format_is_known():
    assert shipping.check_tracking("poslaju", " en 1234 56789 my ") == "EN123456789MY"
    with pytest.raises(ValidationError) as err:
        shipping.check_tracking("poslaju", "12345")
    assert err.value.field == "tracking_number"
    assert shipping.check_tracking("poslaju", "12345", accept_unusual=True) == "12345"
    assert shipping.check_tracking("ups", "1z999aa10123456784") == "1Z999AA10123456784"
    assert shipping.check_tracking("jne", "anything goes 123") == "ANYTHINGGOES123"


def test_tracking_links_put_the_number_in_the_courier_page():
    assert shipping.tracking_url("poslaju", "en123456789my") == (
        "https://tracking.pos.com.my/tracking/EN123456789MY")
    assert shipping.tracking_url("jnt_id", "JP1234567890").endswith("/JP1234567890")
    assert shipping.tracking_url("nobody", "123") == ""
    assert shipping.tracking_url("poslaju", "") == ""


def test_eta_counts_working_days_and_skips_public_holidays():
    # shipped Wednesday 26 Aug 2026, Pos Laju 2 days: Thu 27, Fri 28
    assert shipping.eta("poslaju", T0, KL) == date(2026, 8, 28)
    # J&T 3 days: Thu, Fri, then the weekend and Monday 31 Aug (Merdeka) are skipped
    assert shipping.eta("jnt_my", T0, KL) == date(2026, 9, 1)
    # an Indonesian courier follows Indonesia's calendar: 17 Aug is Independence Day
    shipped = datetime(2026, 8, 14, 3, 0, tzinfo=UTC)  # Friday
    assert shipping.eta("sicepat", shipped, KL) == date(2026, 8, 19)
    # the ship date is the seller's: 23:30 in KL on Friday is still Friday
    late = datetime(2026, 8, 28, 15, 30, tzinfo=UTC)
    assert shipping.eta("poslaju", late, KL) == date(2026, 9, 2)


def test_adding_a_parcel_ships_the_order_with_an_eta():
    order = paid_order()
    parcel = shipping.add_shipment(order, "poslaju", "EN123456789MY", shipped_at=T0 + timedelta(hours=5))
    assert parcel.status == "in_transit" and parcel.eta == date(2026, 8, 28)
    assert Order.get_by_id(order.id).status == "shipped"
    assert Event.select().where(Event.kind == events.SHIPMENT_CREATED).count() == 1


@pytest.mark.parametrize(("kwargs", "field"), [
    ({"courier_code": "kangaroo"}, "courier"),
    ({"shipped_at": T0 - timedelta(days=1)}, "shipped_at"),
    ({"tracking_number": "not-a-poslaju-number"}, "tracking_number"),
])
def test_a_bad_parcel_is_refused_and_nothing_changes(kwargs, field):
    order = paid_order()
    args = {"courier_code": "poslaju", "tracking_number": "EN123456789MY",
            "shipped_at": T0 + timedelta(hours=2), **kwargs}
    with pytest.raises(ValidationError) as err:
        shipping.add_shipment(order, args.pop("courier_code"), args.pop("tracking_number"), **args)
    assert err.value.field == field
    assert Shipment.select().count() == 0
    assert Order.get_by_id(order.id).status == "paid"


def test_a_parcel_typed_wrong_is_corrected_and_its_eta_follows():
    """A typo in the tracking number or the wrong courier is corrected in place; a shipped
    date that contradicts the parcel's own history is refused and nothing changes."""
    order = paid_order()
    parcel = shipping.add_shipment(order, "poslaju", "EN123456789MY", shipped_at=T0 + timedelta(hours=5))
    first_eta = parcel.eta
    fixed = shipping.update_shipment(parcel, courier_code="jnt_my", tracking_number="630001234567")
    assert (fixed.courier, fixed.tracking_number) == ("jnt_my", "630001234567")
    assert fixed.eta == shipping.eta(shipping.courier("jnt_my"), T0 + timedelta(hours=5))
    courier_eta = fixed.eta
    later = shipping.update_shipment(fixed, shipped_at=T0 + timedelta(days=2, hours=5))
    assert later.eta > courier_eta and first_eta is not None
    shipping.mark_delivered(later, T0 + timedelta(days=4))
    with pytest.raises(ValidationError) as err:
        shipping.update_shipment(later, shipped_at=T0 + timedelta(days=5))
    assert err.value.field == "shipped_at"
    with pytest.raises(ValidationError):
        shipping.update_shipment(later, tracking_number="not-a-jnt-number", courier_code="poslaju")
    assert Shipment.get_by_id(parcel.id).tracking_number == "630001234567"


def test_delivery_of_the_last_parcel_delivers_the_order():
    order = paid_order()
    first = shipping.add_shipment(order, "gdex", "A1", shipped_at=T0 + timedelta(hours=3))
    second = shipping.add_shipment(order, "gdex", "A2", shipped_at=T0 + timedelta(hours=3))
    shipping.mark_delivered(first, at=T0 + timedelta(days=2))
    assert Order.get_by_id(order.id).status == "shipped"
    with pytest.raises(ValidationError):
        shipping.mark_delivered(second, at=T0)
    shipping.mark_delivered(second, at=T0 + timedelta(days=3))
    assert Order.get_by_id(order.id).status == "delivered"


def test_overdue_lists_parcels_past_their_eta_most_late_first():
    a = paid_order("#1", T0)
    b = paid_order("#2", T0 + timedelta(days=3))
    shipping.add_shipment(a, "poslaju", "EN123456789MY", shipped_at=T0 + timedelta(hours=2))
    shipping.add_shipment(b, "jnt_my", "630001234567", shipped_at=T0 + timedelta(days=3, hours=2))
    now = datetime(2026, 9, 4, 4, 0, tzinfo=UTC)
    late = shipping.overdue(now=now, policy=KL)
    assert [(s.order_number, s.days_late) for s in late] == [("#1", 7), ("#2", 1)]
    assert late[0].tracking_url.endswith("EN123456789MY")
    shipping.mark_delivered(late[0].shipment_id, at=now)
    assert [s.order_number for s in shipping.overdue(now=now, policy=KL)] == ["#2"]


def test_a_couriers_name_has_one_home_and_every_screen_shows_it():
    """The registry names a courier; a code it does not know (typed by hand) shows as typed."""
    from seller_desk.core.screens import orders as orders_screen
    from seller_desk.core.screens import shipments as shipments_screen

    assert shipping.courier_name("poslaju") == "Pos Laju"
    assert shipping.courier_name(" JNT_MY ") == "J&T Express"
    assert shipping.courier_name("kurier-kampung") == "kurier-kampung"
    order = paid_order()
    shipping.add_shipment(order, "poslaju", "EN123456789MY", shipped_at=T0 + timedelta(hours=2))
    Shipment.update(courier="kurier-kampung").where(Shipment.order == order.id).execute()
    shipping.add_shipment(order, "gdex", "A1", shipped_at=T0 + timedelta(hours=2))
    shown = [p.courier_name for p in orders_screen.order_detail(order.id).shipments]
    assert shown == ["kurier-kampung", "GDEX"]
    rows = shipments_screen.query_shipments("all", now=T0 + timedelta(days=30))
    assert sorted(r.courier_name for r in rows) == ["GDEX", "kurier-kampung"]
    late = shipping.overdue(now=T0 + timedelta(days=30), policy=KL)
    assert sorted(s.courier_name for s in late) == ["GDEX", "kurier-kampung"]


def test_a_parcel_that_arrived_long_ago_is_recorded_delivered_at_once():
    """An order import brings parcels that were delivered before Seller Desk saw them."""
    order = paid_order("#1301")
    shipped, arrived = T0 + timedelta(days=1), T0 + timedelta(days=3)
    parcel = shipping.add_shipment(order, "poslaju", "EN123456789MY", shipped_at=shipped,
                                   delivered_at=arrived, mark_shipped=False)
    assert (parcel.status, parcel.delivered_at) == ("delivered", arrived)
    kinds = [e.kind for e in Event.select().where(Event.order_id == order.id).order_by(Event.id)]
    assert kinds[-2:] == [events.SHIPMENT_CREATED, events.SHIPMENT_DELIVERED]
    assert shipping.overdue(now=T0 + timedelta(days=30)) == []  # not waited for any more
    with pytest.raises(ValidationError) as early:
        shipping.add_shipment(order, "poslaju", "EN123456780MY", shipped_at=arrived,
                              delivered_at=shipped)
    assert early.value.field == "delivered_at"
