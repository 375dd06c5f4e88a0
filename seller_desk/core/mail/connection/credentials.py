"""Passwords in the operating system's keyring, never in the database, settings or logs.

keyring's own configuration is honoured (``PYTHON_KEYRING_BACKEND``, ``keyringrc.cfg``), so
power users and tests can pick a backend. When no usable backend exists, a password the
seller types is kept in this process's memory for the session only, and the seller is told
so plainly: it is never written to disk as a fallback.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING

from seller_desk.core.common.errors import CredentialError

if TYPE_CHECKING:
    import keyring.backend

# keyring (with the backends it discovers through the installed packages' entry points)
# loads when a password is first asked for or stored: a command that only reads the
# database, and the window until its first paint, do without it (docs/performance.md)

logger = logging.getLogger(__name__)

SERVICE = "seller-desk"

_session: dict[str, str] = {}
_lock = threading.Lock()

NO_BACKEND_HINT = (
    "Install and unlock a password store (on Linux: GNOME Keyring or KWallet; Windows and "
    "macOS have one built in). Until then Seller Desk asks for your mail password each "
    "time it starts and keeps it only in memory."
)


@dataclass(frozen=True)
class BackendStatus:
    usable: bool
    name: str
    description: str
    hint: str = ""


#: the backend this process settled on (see :func:`_backend`)
_settled = False
_settle_lock = threading.Lock()
REMEMBERED_KEY = "keyring.backend"


def _backend() -> keyring.backend.KeyringBackend:
    import keyring

    global _settled
    if not _settled:
        with _settle_lock:
            if not _settled:
                _settle_backend()
                _settled = True
    return keyring.get_keyring()


def _chosen_by_configuration() -> bool:
    """Whether keyring's own configuration names a backend: ``PYTHON_KEYRING_BACKEND`` or a
    keyringrc.cfg (both always win, as keyring itself reads them)."""
    import os

    from keyring.util import platform_

    if os.environ.get("PYTHON_KEYRING_BACKEND"):
        return True
    return bool((platform_.config_root() / "keyringrc.cfg").exists())


def _settle_backend() -> None:
    """Let keyring use the password store it found on this computer last time.

    With nothing configured, keyring searches every installed backend at each process's
    first password: the entry points of every installed package, then each backend's
    module (macOS's, on Linux too, looks for its system library by running ``ldconfig``)
    and its check: 100-200 ms of every ``seller-desk sync``. The class it chose (a name,
    not a secret) is kept in the settings and loaded directly, keyring's own check of it
    included; when that fails (the store was removed, is locked away, another desktop)
    the search runs as before and its choice is kept instead.
    """
    import keyring
    import keyring.core

    from seller_desk.core.common.settings import Settings

    if _chosen_by_configuration():
        return
    settings = Settings()
    remembered = str(settings.get(REMEMBERED_KEY) or "")
    if remembered:
        try:
            keyring.set_keyring(keyring.core.load_keyring(remembered))
            return
        except Exception as exc:  # noqa: BLE001 - any failure: search as keyring does
            logger.info("The password store used last time (%s) cannot be used now: %s",
                        remembered, exc)
    found = keyring.get_keyring()
    name = f"{type(found).__module__}.{type(found).__name__}"
    # only what keyring's own search finds (keyring.backends.*, keyrings.* plugins): a
    # backend set by a program or a test is not this computer's store
    if name != remembered and name.startswith(("keyring.backends.", "keyrings.")) \
            and _status_of(found).usable:
        settings.set(REMEMBERED_KEY, name)


def backend_status() -> BackendStatus:
    """Say whether a real password store is available, in plain words."""
    try:
        backend = _backend()
    except Exception as exc:  # noqa: BLE001 - any keyring failure means "no store"
        return BackendStatus(False, "none", f"the password store cannot be opened ({exc})",
                             NO_BACKEND_HINT)
    return _status_of(backend)


def _status_of(backend: keyring.backend.KeyringBackend) -> BackendStatus:
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    priority = getattr(backend, "priority", 1)
    unusable = (
        "keyring.backends.fail" in name
        or "keyring.backends.null" in name
        or (isinstance(priority, (int, float)) and priority <= 0)
    )
    # plaintext file backends from keyrings.alt store secrets unencrypted: refuse them
    plaintext = "PlaintextKeyring" in name
    if unusable:
        return BackendStatus(False, name, "no password store is available on this computer",
                             NO_BACKEND_HINT)
    if plaintext:
        return BackendStatus(
            False, name,
            "the configured password store keeps passwords unencrypted in a file",
            "Choose an encrypted store (GNOME Keyring, KWallet, Windows Credential Locker, "
            "macOS Keychain).")
    return BackendStatus(True, name, f"passwords are kept in {type(backend).__name__}")


def set_password(key: str, password: str) -> bool:
    """Store ``password`` under ``key`` (the account's address).

    Returns True when it went into the keyring, False when it is kept for this session only
    (no usable keyring). Never writes it anywhere else.
    """
    import keyring.errors

    status = backend_status()
    if status.usable:
        try:
            keyring.set_password(SERVICE, key, password)
            with _lock:
                _session.pop(key, None)
            return True
        except keyring.errors.KeyringError as exc:
            logger.warning("Keyring refused to store the password for %s: %s", key, exc)
    with _lock:
        _session[key] = password
    return False


def get_password(key: str) -> str | None:
    with _lock:
        if key in _session:
            return _session[key]
    if not backend_status().usable:
        return None
    import keyring.errors

    try:
        return keyring.get_password(SERVICE, key)
    except keyring.errors.KeyringError as exc:
        raise CredentialError("credentials.unreadable",
                              hint="credentials.unreadable_hint") from exc


def delete_password(key: str) -> None:
    with _lock:
        _session.pop(key, None)
    if not backend_status().usable:
        return
    import keyring.errors

    try:
        keyring.delete_password(SERVICE, key)
    except keyring.errors.PasswordDeleteError:
        pass
    except keyring.errors.KeyringError as exc:
        logger.warning("Could not remove the password for %s from the keyring: %s", key, exc)


def is_session_only(key: str) -> bool:
    with _lock:
        return key in _session
