"""Settings: defaults, only changed keys saved, damage survived, no secrets."""

from __future__ import annotations

import json

import pytest

from seller_desk.core.common.settings import DEFAULTS, Settings


def test_defaults_come_back_when_nothing_is_saved(tmp_path):
    settings = Settings(tmp_path / "settings.json")
    assert settings.get("clock.breach_hours") == 24.0
    assert settings.get("clock.warn_hours") == 12.0
    assert not (tmp_path / "settings.json").exists()


def test_only_changed_keys_are_written(tmp_path):
    path = tmp_path / "settings.json"
    settings = Settings(path)
    settings.set("clock.breach_hours", 36.0)
    settings.set("seller.country", "MY")  # the default: not written
    assert json.loads(path.read_text(encoding="utf-8")) == {"clock.breach_hours": 36.0}
    assert Settings(path).get("clock.breach_hours") == 36.0


def test_setting_a_value_back_to_its_default_removes_it(tmp_path):
    path = tmp_path / "settings.json"
    settings = Settings(path)
    settings.set("seller.country", "ID")
    settings.set("seller.country", "MY")
    assert json.loads(path.read_text(encoding="utf-8")) == {}


def test_a_damaged_file_gives_defaults_and_is_not_lost(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text("{not json", encoding="utf-8")
    settings = Settings(path)
    assert settings.get("clock.breach_hours") == DEFAULTS["clock.breach_hours"]
    assert path.read_text(encoding="utf-8") == "{not json"


def test_unknown_keys_are_refused(tmp_path):
    with pytest.raises(KeyError):
        Settings(tmp_path / "s.json").set("imap.password", "secret")


def test_no_setting_can_hold_a_password():
    assert not [key for key in DEFAULTS if "password" in key or "secret" in key]


def test_returned_values_are_copies(tmp_path):
    settings = Settings(tmp_path / "s.json")
    hours = settings.get("clock.business_hours")
    hours["0"] = None
    assert settings.get("clock.business_hours")["0"] == ["09:00", "18:00"]


def test_a_read_only_folder_does_not_crash_saving(tmp_path):
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x", encoding="utf-8")
    settings = Settings(blocked / "settings.json")
    settings.set("seller.country", "ID", save=False)
    assert settings.save() is False
    assert settings.get("seller.country") == "ID"
