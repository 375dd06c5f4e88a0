"""An in-memory keyring backend, so tests never touch the real OS keyring."""

from __future__ import annotations

import json
import os

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    """Keeps passwords in a dict: ``passwords[(service, username)] = password``."""

    priority = 1  # type: ignore[assignment]  # only ever installed explicitly

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self.passwords[(service, username)]
        except KeyError:
            raise PasswordDeleteError(f"no password for {username!r} in {service!r}") from None


class EnvKeyring(MemoryKeyring):
    """A :class:`MemoryKeyring` filled from ``SELLER_DESK_TEST_PASSWORDS`` (a JSON object
    ``{"address": "password"}`` for the service ``seller-desk``).

    For the command line run as a subprocess: ``PYTHON_KEYRING_BACKEND=
    helpers.keyring_backend.EnvKeyring`` with ``tests`` on ``PYTHONPATH`` gives the real
    ``seller-desk sync`` the test account's password without touching the OS keyring.
    """

    def __init__(self) -> None:
        super().__init__()
        for address, password in json.loads(
                os.environ.get("SELLER_DESK_TEST_PASSWORDS", "{}")).items():
            self.passwords[("seller-desk", address)] = password
