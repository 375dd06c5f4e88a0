"""The password store keyring found on this computer is remembered and loaded directly the
next time (core/mail/connection/credentials.py), while keyring's own configuration still
wins and a store that cannot be used any more sends keyring back to its search."""

from __future__ import annotations

import sys
import types

import keyring
import keyring.core
import pytest
from helpers.keyring_backend import MemoryKeyring

from seller_desk.core.common.settings import Settings
from seller_desk.core.mail.connection import credentials

PLUGIN = "keyrings.seller_desk_test"
FOUND = f"{PLUGIN}.FoundStore"


class FoundStore(MemoryKeyring):
    """Stands for a store keyring's search finds (a plugin of the ``keyrings`` family)."""

    priority = 5  # type: ignore[assignment]


@pytest.fixture
def new_process(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """As at a process's start: nothing configured, no backend chosen yet, and keyring's
    search (its last step) answering with FoundStore; a True in the list for each search."""
    package, module = types.ModuleType("keyrings"), types.ModuleType(PLUGIN)
    FoundStore.__module__ = PLUGIN
    module.FoundStore = FoundStore  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "keyrings", package)
    monkeypatch.setitem(sys.modules, PLUGIN, module)
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    monkeypatch.setattr(credentials, "_settled", False)
    monkeypatch.setattr(keyring.core, "_keyring_backend", None)
    searched: list[bool] = []

    def search(limit: object = None) -> FoundStore:
        searched.append(True)
        return FoundStore()

    monkeypatch.setattr(keyring.core.backend, "get_all_keyring", lambda: [search()])
    return searched


def _restart(monkeypatch: pytest.MonkeyPatch, searched: list[bool]) -> None:
    monkeypatch.setattr(credentials, "_settled", False)
    monkeypatch.setattr(keyring.core, "_keyring_backend", None)
    searched.clear()


def test_the_store_found_is_remembered_and_loaded_without_a_search_next_time(
        new_process: list[bool], monkeypatch: pytest.MonkeyPatch) -> None:
    status = credentials.backend_status()
    assert status.usable and status.name == FOUND
    assert new_process == [True]
    assert Settings().get("keyring.backend") == FOUND
    _restart(monkeypatch, new_process)
    assert credentials.backend_status().name == FOUND
    assert new_process == []
    assert credentials.set_password("shop@example.com", "pw") is True
    assert credentials.get_password("shop@example.com") == "pw"


def test_keyring_s_own_configuration_wins_over_the_remembered_store(
        new_process: list[bool], monkeypatch: pytest.MonkeyPatch) -> None:
    Settings().set("keyring.backend", FOUND)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "helpers.keyring_backend.MemoryKeyring")
    assert credentials.backend_status().name == "helpers.keyring_backend.MemoryKeyring"
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND")
    _restart(monkeypatch, new_process)
    from keyring.util import platform_

    config = platform_.config_root() / "keyringrc.cfg"
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text("[backend]\ndefault-keyring=keyring.backends.null.Keyring\n",
                      encoding="utf-8")
    status = credentials.backend_status()
    assert status.name == "keyring.backends.null.Keyring" and not status.usable
    assert Settings().get("keyring.backend") == FOUND  # configuration chose: kept as it was


def test_a_remembered_store_that_cannot_be_used_sends_keyring_back_to_its_search(
        new_process: list[bool]) -> None:
    Settings().set("keyring.backend", "keyrings.gone_away.Store")
    assert credentials.backend_status().name == FOUND
    assert new_process == [True]
    assert Settings().get("keyring.backend") == FOUND


def test_a_store_set_by_a_program_is_not_remembered(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    monkeypatch.setattr(credentials, "_settled", False)
    assert credentials.backend_status().name == "helpers.keyring_backend.MemoryKeyring"
    assert Settings().get("keyring.backend") == ""
