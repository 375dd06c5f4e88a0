"""Who is at this window: the name written in the change log and shown to the others
("Aisyah is replying").

A team member's name once the window knows it (:func:`set_name`); until then the
computer's login name, which at least tells two laptops apart.
"""

from __future__ import annotations

import getpass
import logging

logger = logging.getLogger(__name__)

_name: str | None = None


def set_name(name: str | None) -> None:
    """The person at this window from now on (None: back to the login name)."""
    global _name
    _name = (name or "").strip() or None


def current_name() -> str:
    if _name:
        return _name
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (a container without a passwd entry)
        return "?"
