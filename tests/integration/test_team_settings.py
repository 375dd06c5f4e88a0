"""A team's shop settings live in its database, the same for everyone; the person's own
settings stay on each laptop; the move from this computer brings the shop's along."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from seller_desk.core.common import settings as common_settings
from seller_desk.core.common.settings import Settings
from seller_desk.core.store import db
from seller_desk.core.store.models import AppMeta, ChangeLog
from seller_desk.core.team import shared_settings


@pytest.fixture
def team_db(pg_url: str) -> Iterator[str]:
    db.open_database(pg_url)
    yield pg_url
    common_settings.use_shared(None)
    db.close_database()


def test_shop_settings_are_shared_and_personal_ones_stay_on_the_laptop(team_db, tmp_path):
    assert shared_settings.install() is not None
    aisyah = Settings(tmp_path / "aisyah.json")
    budi = Settings(tmp_path / "budi.json")
    aisyah.set("clock.warn_hours", 6.0)
    aisyah.set("seller.refund_policy", "Bayaran balik dalam 30 hari.")
    aisyah.set("ui.language", "ms")
    aisyah.set("seller.name", "Aisyah")
    assert budi.get("clock.warn_hours") == 6.0
    assert budi.get("seller.refund_policy") == "Bayaran balik dalam 30 hari."
    assert (budi.get("ui.language"), budi.get("seller.name")) == ("", "")
    on_laptop = json.loads((tmp_path / "aisyah.json").read_text())
    assert on_laptop == {"ui.language": "ms", "seller.name": "Aisyah"}
    assert ChangeLog.select().where(ChangeLog.entity == "setting").count() == 2
    # another window's process, with a cache of its own
    assert shared_settings.DatabaseSettings().values()["clock.warn_hours"] == 6.0
    aisyah.set("clock.warn_hours", 12.0)  # back to the default: no row
    assert not AppMeta.select().where(AppMeta.key == "setting:clock.warn_hours").exists()
    assert budi.get("clock.warn_hours") == 12.0


def test_the_laptops_shop_settings_move_into_the_team(team_db, tmp_path):
    laptop = Settings(tmp_path / "laptop.json")
    laptop.set("clock.breach_hours", 48.0)
    laptop.set("shipping.couriers", ["jnt", "poslaju"])
    laptop.set("seller.name", "Nora")
    assert shared_settings.copy_from_laptop(laptop) == 2
    assert shared_settings.copy_from_laptop(laptop) == 0  # the team's own win
    shared_settings.install()
    other = Settings(tmp_path / "other.json")
    assert other.get("clock.breach_hours") == 48.0
    assert other.get("shipping.couriers") == ["jnt", "poslaju"]
    assert other.get("seller.name") == ""


def test_a_personal_shop_keeps_every_setting_in_its_file(tmp_path):
    database = db.open_database(f"sqlite:///{tmp_path / 'shop.sqlite3'}")
    try:
        assert shared_settings.install() is None
        s = Settings(tmp_path / "s.json")
        s.set("clock.warn_hours", 6.0)
        assert json.loads((tmp_path / "s.json").read_text()) == {"clock.warn_hours": 6.0}
    finally:
        database.close()


def test_the_shops_order_patterns_are_the_teams(team_db):
    """The order numbers a team's shop recognises are the same in every window: saved in
    the team's database (none on this laptop), read by another window, reset for all."""
    from seller_desk.core.screens import settings as settings_views
    from seller_desk.core.shop import order_numbers

    assert shared_settings.install() is not None
    order_numbers.reload()
    document = json.loads(order_numbers.default_path().read_text(encoding="utf-8"))
    document["order_numbers"].append({"channel": "web", "name": "Kedai Batik",
                                      "regex": "KB-[0-9]{4}", "upper": True})
    assert order_numbers.detect("pesanan KB-1234") == []

    order_numbers.save_user_patterns(document)

    assert not order_numbers.user_path().exists()  # nothing written on this laptop
    assert order_numbers.detect("pesanan KB-1234") == [order_numbers.Detection("web", "KB-1234")]
    assert settings_views.has_own_patterns() and settings_views.pattern_document() == document
    # another window: a store (and a pattern cache) of its own, made before the change
    other = shared_settings.DatabaseSettings()
    assert other.values()[order_numbers.SHARED_KEY] == document
    common_settings.use_shared(other)
    assert order_numbers.detect("KB-7777 sudah bayar") == [
        order_numbers.Detection("web", "KB-7777")]

    settings_views.reset_patterns()

    assert not settings_views.has_own_patterns()
    assert order_numbers.detect("pesanan KB-1234") == []
    order_numbers.reload()
