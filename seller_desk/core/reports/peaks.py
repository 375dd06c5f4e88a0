"""The seller's peak seasons, dated per year: Ramadan, Hari Raya Aidilfitri (Lebaran), 11.11
and 12.12.

Sellers in Malaysia and Indonesia expect their busiest weeks at these times, and the reports
compare a chosen period with them to show whether reply times held when many customers
wrote. Ramadan and Hari Raya follow the moon, so their first days come from a small table
of announced or expected dates (``resources/peak_seasons.json``); a year missing from it
simply has no Ramadan or Hari Raya season rather than a guessed one. The marketplace sale
days are fixed dates.

What each season covers, and why:

- Ramadan: its first day up to the day before Hari Raya (orders for Raya clothes, cookies
  and gifts; the long pre-Raya rush);
- Hari Raya / Lebaran: the day and the six days after it (couriers closed or slow, late
  parcels, questions about them);
- 11.11 and 12.12: the sale day and the six days after it (the sale's orders bring their
  payment, shipping and "where is my parcel" mail in the following week).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from seller_desk.core.common import paths

logger = logging.getLogger(__name__)

#: the seasons in the order a report lists them
SEASONS = ("ramadan", "hari_raya", "11.11", "12.12")
#: days a season runs after its first day, beyond the first (Ramadan runs to Hari Raya)
_WEEK_AFTER = 6


@dataclass(frozen=True)
class Season:
    """One season of one year: ``first`` and ``last`` are whole local days, both included."""

    key: str
    year: int
    first: date
    last: date

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1


@cache
def _moon_table() -> dict[str, dict[int, date]]:
    """The table of Ramadan and Hari Raya first days, read once; empty when unreadable (the
    fixed seasons still work, and the log says why the others are missing)."""
    try:
        raw = json.loads(paths.resource("peak_seasons.json").read_text(encoding="utf-8"))
        return {key: {int(year): date.fromisoformat(day) for year, day in raw[key].items()}
                for key in ("ramadan", "hari_raya")}
    except (OSError, ValueError, KeyError, TypeError):
        logger.exception("Could not read the peak seasons' table; Ramadan and Hari Raya left out")
        return {"ramadan": {}, "hari_raya": {}}


def known_years() -> list[int]:
    """The years whose Ramadan and Hari Raya dates the table holds."""
    table = _moon_table()
    return sorted(set(table["ramadan"]) & set(table["hari_raya"]))


def seasons(year: int) -> list[Season]:
    """The seasons that begin in ``year``, in :data:`SEASONS` order (Ramadan and Hari Raya
    only when the table knows that year)."""
    found: list[Season] = []
    table = _moon_table()
    fast, raya = table["ramadan"].get(year), table["hari_raya"].get(year)
    if fast is not None and raya is not None and fast < raya:
        found.append(Season("ramadan", year, fast, raya - timedelta(days=1)))
    if raya is not None:
        found.append(Season("hari_raya", year, raya, raya + timedelta(days=_WEEK_AFTER)))
    for key, month, day in (("11.11", 11, 11), ("12.12", 12, 12)):
        first = date(year, month, day)
        found.append(Season(key, year, first, first + timedelta(days=_WEEK_AFTER)))
    return found


def latest(today: date) -> list[Season]:
    """The most recent time of each season that has begun by ``today``, in :data:`SEASONS`
    order: the ones a seller remembers and can compare with."""
    chosen: dict[str, Season] = {}
    for year in (today.year, today.year - 1, today.year - 2):
        for season in seasons(year):
            if season.first <= today and season.key not in chosen:
                chosen[season.key] = season
    return [chosen[key] for key in SEASONS if key in chosen]
