"""What the settings screen lists: countries with holidays, states, time zones, patterns,
where the data lives.

Qt-free queries for the settings screen, so the widgets only show and store.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from zoneinfo import available_timezones

import holidays
from babel import Locale, UnknownLocaleError
from holidays import registry

from seller_desk.core.shop import order_numbers
from seller_desk.core.store import db
from seller_desk.core.store.models import database
from seller_desk.core.team import create, members
from seller_desk.core.team.leadership import is_team_database

logger = logging.getLogger(__name__)

#: Countries a Seller Desk seller most often lives in, listed first.
FIRST_COUNTRIES = ("MY", "ID", "SG", "BN")
#: Time zones listed first (Malaysia, Indonesia's three zones, Singapore).
FIRST_ZONES = ("Asia/Kuala_Lumpur", "Asia/Kuching", "Asia/Jakarta", "Asia/Pontianak",
               "Asia/Makassar", "Asia/Jayapura", "Asia/Singapore", "Asia/Brunei")


def _locale(name: str) -> Locale:
    try:
        return Locale.parse(name or "en")
    except (ValueError, UnknownLocaleError):
        return Locale.parse("en")


def countries(locale: str = "en") -> list[tuple[str, str]]:
    """(code, name in ``locale``) of every country whose public holidays we know.

    The usual countries come first, then the rest sorted by name.
    """
    names = _locale(locale).territories
    known = [code for code in _holiday_countries() if code in names]
    first = [c for c in FIRST_COUNTRIES if c in known]
    rest = sorted((c for c in known if c not in first), key=lambda c: names[c].casefold())
    return [(code, names[code]) for code in first + rest]


@lru_cache(maxsize=1)
def _holiday_countries() -> tuple[str, ...]:
    # the library's registry names every country without importing its ~250 modules
    # (list_supported_countries() imports them all: 0.2-0.3 s of a frozen window)
    return tuple(entry[1] for entry in registry.COUNTRIES.values()
                 if len(entry[1]) == 2 and entry[1].isupper())


@lru_cache(maxsize=64)
def subdivisions(country: str) -> list[tuple[str, str]]:
    """(code, name) of the states or provinces with their own holidays; [] if none."""
    try:
        calendar = holidays.country_holidays(country.upper())
    except (NotImplementedError, KeyError):
        return []
    codes = list(getattr(calendar, "subdivisions", ()) or ())
    if not codes:
        return []
    try:
        aliases = calendar.get_subdivision_aliases()
    except (NotImplementedError, KeyError, AttributeError):
        aliases = {}
    result = []
    for code in codes:
        # the longest alias is the full name ("Pulau Pinang" rather than "PNG")
        names = sorted(aliases.get(code, []), key=len, reverse=True)
        result.append((code, names[0] if names else code))
    return sorted(result, key=lambda item: item[1].casefold())


def timezones() -> list[str]:
    """IANA zone names, the usual ones first."""
    return list(_timezones())


@lru_cache(maxsize=1)
def _timezones() -> tuple[str, ...]:
    # reading the zone database takes a noticeable moment: once per process is enough
    zones = available_timezones()
    first = [z for z in FIRST_ZONES if z in zones]
    rest = sorted(z for z in zones if z not in first and "/" in z
                  and not z.startswith(("Etc/", "SystemV/", "posix/", "right/")))
    return (*first, *rest)


def pattern_document() -> dict[str, Any]:
    """The order-number patterns in use (the shop's own, else the defaults)."""
    own = order_numbers.own_document()
    if own is not None:
        return own
    document: dict[str, Any] = json.loads(
        order_numbers.default_path().read_text(encoding="utf-8"))
    return document


def has_own_patterns() -> bool:
    """Whether the shop keeps patterns of its own (the seller's file, or a team's)."""
    return order_numbers.has_own_patterns()


def reset_patterns() -> None:
    """Go back to the patterns that come with Seller Desk."""
    order_numbers.reset_own_patterns()


def try_patterns(document: dict[str, Any], text: str) -> list[order_numbers.Detection]:
    """What ``document``'s patterns find in ``text``, without saving anything.

    Raises:
        ValidationError: a pattern does not compile.
    """
    compiled = order_numbers.compile_patterns(document, order_numbers.user_path())
    return order_numbers.detect(text, pattern_set=compiled)


# --- data ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class DataLocation:
    """Where the shop's data lives, as the "Data and backup" section tells it."""

    team: bool  # a shared database on a server: backup and restore are the server's business
    address: str  # the server's address without its password ("" for the local file)


def data_location(url: str | None) -> DataLocation:
    """The database of setting ``database.url``: the local SQLite file (none set, or a
    ``sqlite:`` address) or a team's shared server, its password never shown."""
    if is_team_database():  # the database open now (--database, or this setting)
        login = str(database.obj.connect_params.get("user") or "")
        return DataLocation(team=True, address=create.invite_address(login))
    if not url or url.startswith("sqlite"):
        return DataLocation(team=False, address="")
    return DataLocation(team=True, address=db.redact_url(url))


@dataclass(frozen=True)
class TeamView:
    """Settings > Data on a team's database: its members and the address to invite with
    (never a password)."""

    members: list[members.MemberInfo]
    invite: str


def team_view() -> TeamView:
    return TeamView(members.list_members(), create.invite_address("LOGIN"))
