"""The settings screen's facade (core/screens/settings.py), without Qt: countries with
public holidays, their states, time zones, the order-number patterns (tried, own copy,
reset) and where the data lives."""

from __future__ import annotations

import copy
import json

import pytest

from seller_desk.core.common.errors import ValidationError
from seller_desk.core.screens import settings as view
from seller_desk.core.shop import order_numbers


@pytest.fixture(autouse=True)
def fresh_patterns():
    """The compiled patterns are kept per process: start and end each test on the defaults."""
    order_numbers.reload()
    yield
    order_numbers.reload()


def test_the_sellers_usual_countries_come_first_then_the_rest_by_name():
    english = view.countries("en")
    assert [code for code, _name in english[:4]] == ["MY", "ID", "SG", "BN"]
    rest = [name for _code, name in english[4:]]
    assert rest == sorted(rest, key=str.casefold) and len(english) > 100
    malay = dict(view.countries("ms"))
    assert malay["SG"] == "Singapura" and dict(english)["SG"] == "Singapore"
    assert dict(view.countries("not-a-locale"))["MY"] == "Malaysia"  # falls back to English


def test_states_with_their_own_holidays_are_named_in_full():
    states = dict(view.subdivisions("MY"))
    assert states["01"] == "Johor" and states["10"] == "Selangor"
    names = list(states.values())
    assert names == sorted(names, key=str.casefold)
    assert view.subdivisions("my") == view.subdivisions("MY")
    assert view.subdivisions("SG") == []  # one calendar for the whole country
    assert view.subdivisions("XX") == []  # unknown: no states rather than an error


def test_time_zones_list_malaysia_and_indonesia_first_and_no_aliases():
    zones = view.timezones()
    assert zones[:8] == list(view.FIRST_ZONES)
    assert "Europe/Berlin" in zones and "UTC" not in zones
    assert not any(z.startswith(("Etc/", "posix/", "right/")) for z in zones)
    assert len(zones) == len(set(zones))


def test_the_pattern_document_is_the_defaults_until_the_seller_keeps_a_copy():
    defaults = json.loads(order_numbers.default_path().read_text(encoding="utf-8"))
    assert view.pattern_document() == defaults
    assert not view.has_own_patterns()
    mine = copy.deepcopy(defaults)
    mine["order_numbers"].append({"channel": "other", "name": "Market stall",
                                  "regex": "(?<![0-9A-Za-z])PASAR-[0-9]{4}(?![0-9])"})
    order_numbers.save_user_patterns(mine)
    assert view.has_own_patterns() and view.pattern_document() == mine


def test_a_broken_copy_shows_the_defaults_and_reset_removes_it():
    defaults = json.loads(order_numbers.default_path().read_text(encoding="utf-8"))
    order_numbers.user_path().parent.mkdir(parents=True, exist_ok=True)
    order_numbers.user_path().write_text("{ not json", encoding="utf-8")
    assert view.has_own_patterns()
    assert view.pattern_document() == defaults
    view.reset_patterns()
    assert not view.has_own_patterns() and not order_numbers.user_path().exists()
    view.reset_patterns()  # nothing left to remove: no error


def test_reset_puts_the_default_patterns_back_in_use():
    mine = json.loads(order_numbers.default_path().read_text(encoding="utf-8"))
    mine["order_numbers"] = [{"channel": "other", "name": "Stall",
                              "regex": "PASAR-[0-9]{4}"}]
    order_numbers.save_user_patterns(mine)
    assert [d.number for d in order_numbers.detect("Order #1201")] == []
    view.reset_patterns()
    assert [d.number for d in order_numbers.detect("Order #1201")] == ["#1201"]


def test_patterns_are_tried_without_saving_and_a_bad_one_is_refused():
    document = view.pattern_document()
    document["order_numbers"].append({"channel": "other", "name": "Market stall",
                                      "regex": "PASAR-[0-9]{4}"})
    found = view.try_patterns(document, "Saya nak tanya pasal PASAR-0042 dan #1201")
    assert {(d.channel, d.number) for d in found} >= {("other", "PASAR-0042"),
                                                     ("web", "#1201")}
    assert not view.has_own_patterns()
    assert order_numbers.detect("PASAR-0042") == []  # the patterns in use did not change
    document["order_numbers"].append({"channel": "other", "name": "Typo", "regex": "(["})
    with pytest.raises(ValidationError) as err:
        view.try_patterns(document, "anything")
    assert err.value.field == "patterns"


def test_the_data_location_tells_a_local_file_from_a_team_server_without_its_password():
    assert view.data_location(None) == view.DataLocation(team=False, address="")
    assert view.data_location("") == view.DataLocation(team=False, address="")
    assert view.data_location("sqlite:///home/nora/shop.sqlite3").team is False
    team = view.data_location("postgresql://shop:s3cret@db.local:5432/desk")
    assert team.team and "s3cret" not in team.address
    assert team.address.startswith("postgresql://shop") and "db.local:5432/desk" in team.address
