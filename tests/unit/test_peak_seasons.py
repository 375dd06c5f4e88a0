"""The seller's peak seasons: Ramadan and Hari Raya from the table of known dates, 11.11 and
12.12 fixed, each dated per year, and the latest of each as of a day."""

from __future__ import annotations

from datetime import date

import holidays
import pytest

from seller_desk.core.reports import peaks


def test_the_table_covers_2024_to_2030():
    assert set(range(2024, 2031)) <= set(peaks.known_years())


@pytest.mark.parametrize("year", range(2024, 2031))
def test_ramadan_runs_29_or_30_days_up_to_hari_raya(year):
    ramadan, raya, *_sales = peaks.seasons(year)
    assert (ramadan.key, raya.key) == ("ramadan", "hari_raya")
    assert ramadan.days in (29, 30)
    assert (raya.first - ramadan.last).days == 1
    assert raya.days == 7


@pytest.mark.parametrize("year", range(2024, 2031))
def test_hari_raya_agrees_with_a_public_holiday_in_malaysia_or_indonesia(year):
    """The table's Hari Raya is the first day of the Eid al-Fitr holiday in one of the
    seller's countries (the holidays package; later years are its estimates)."""
    raya = peaks.seasons(year)[1].first
    for country in ("MY", "ID"):
        calendar = holidays.country_holidays(country, years=year)
        eid = sorted(d for d, name in calendar.items()
                     if "Eid al-Fitr" in name and "Second" not in name
                     and "additional" not in name and "observed" not in name)
        if raya in eid[:1]:
            return
    pytest.fail(f"Hari Raya {raya} is the first Eid al-Fitr day of neither MY nor ID")


def test_the_sale_days_are_fixed_and_run_a_week():
    *_moon, single, double = peaks.seasons(2027)
    assert (single.key, single.first, single.last) == ("11.11", date(2027, 11, 11),
                                                       date(2027, 11, 17))
    assert (double.key, double.first, double.last) == ("12.12", date(2027, 12, 12),
                                                       date(2027, 12, 18))


def test_a_year_the_table_does_not_know_has_only_the_sale_days():
    assert [s.key for s in peaks.seasons(2040)] == ["11.11", "12.12"]


def test_the_latest_seasons_are_those_begun_by_the_day():
    latest = {s.key: s.first for s in peaks.latest(date(2026, 12, 2))}
    assert latest == {"ramadan": date(2026, 2, 19), "hari_raya": date(2026, 3, 21),
                      "11.11": date(2026, 11, 11), "12.12": date(2025, 12, 12)}
    # in Ramadan itself: this Ramadan, last year's Hari Raya
    during = {s.key: s.first.year for s in peaks.latest(date(2027, 2, 20))}
    assert during == {"ramadan": 2027, "hari_raya": 2026, "11.11": 2026, "12.12": 2026}
