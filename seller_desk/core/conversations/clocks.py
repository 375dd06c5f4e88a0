"""Reply-time clocks: calendar and business hours, public holidays, warn and breach targets.

Definitions (DESIGN.md, "Reply-time clocks"): a conversation waits on the seller from its
oldest customer message no seller reply has followed (``Conversation.waiting_since``,
derived in :mod:`seller_desk.core.conversations.state`). Two clocks measure that wait:

* calendar: every hour counts (marketplace rules work this way);
* business hours: only the seller's opening hours per weekday count, and no hour of a
  public holiday of the seller's country and state (the ``holidays`` library), nor, in
  Indonesia, of a cuti bersama (collective leave) day unless the seller switched that off.

Everything here is a pure function of stored timestamps and the :class:`ClockPolicy`, so the
figures are right after sleep, offline, or with the app closed.
"""

from __future__ import annotations

import logging
import os
import threading
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from seller_desk.core.common import paths
from seller_desk.core.common.messages import Msg
from seller_desk.core.common.settings import Settings
from seller_desk.core.store import waiting
from seller_desk.core.store.fields import as_utc, utcnow
from seller_desk.core.store.models import Conversation

logger = logging.getLogger(__name__)

FINE, WARN, BREACH = "fine", "warn", "breach"
STATES = (FINE, WARN, BREACH)
ZERO = timedelta(0)
_MAX_DAYS = 3660  # never walk more than ten years of days

Window = tuple[time, time] | None


def _clock_time(text: str) -> time:
    """"09:00" -> 09:00; "24:00" -> the end of the day."""
    return time.max if text.strip() == "24:00" else time.fromisoformat(text.strip())


def _parse_hours(raw: Any) -> tuple[Window, ...]:
    """Settings' ``{"0": ["09:00", "18:00"], ..., "6": null}`` -> seven windows (Mon..Sun)."""
    windows: list[Window] = []
    for day in range(7):
        spec = (raw or {}).get(str(day)) if isinstance(raw, dict) else None
        window: Window = None
        if spec:
            try:
                start, end = (_clock_time(str(v)) for v in spec)
                if end > start:
                    window = (start, end)
            except (ValueError, TypeError):
                logger.warning("Ignoring unreadable business hours for weekday %d: %r", day, spec)
        windows.append(window)
    return tuple(windows)


DEFAULT_HOURS: tuple[Window, ...] = tuple(
    [(time(9), time(18))] * 5 + [(time(9), time(13)), None]
)


@dataclass(frozen=True)
class ClockPolicy:
    """Targets, opening hours and the calendar the clocks count with."""

    warn_hours: float = 12.0
    breach_hours: float = 24.0
    use_business_hours: bool = False
    hours: tuple[Window, ...] = DEFAULT_HOURS
    country: str = "MY"
    subdivision: str = ""
    timezone: str = ""  # IANA name; "" = the computer's own zone
    #: Indonesia's cuti bersama count as days off (setting "clock.id_collective_leave")
    collective_leave: bool = True

    @classmethod
    def from_settings(cls, settings: Any) -> ClockPolicy:
        """Build the policy from :class:`seller_desk.core.common.settings.Settings`."""
        return cls(
            warn_hours=float(settings.get("clock.warn_hours")),
            breach_hours=float(settings.get("clock.breach_hours")),
            use_business_hours=bool(settings.get("clock.use_business_hours")),
            hours=_parse_hours(settings.get("clock.business_hours")),
            country=str(settings.get("seller.country") or ""),
            subdivision=str(settings.get("seller.subdivision") or ""),
            timezone=str(settings.get("seller.timezone") or ""),
            collective_leave=bool(settings.get("clock.id_collective_leave")),
        )

    @property
    def tz(self) -> tzinfo:
        return zone(self.timezone)

    @property
    def warn(self) -> timedelta:
        return timedelta(hours=self.warn_hours)

    @property
    def breach(self) -> timedelta:
        return timedelta(hours=self.breach_hours)

    def is_holiday(self, day: date) -> bool:
        return day in self.calendar()

    def calendar(self) -> Any:
        """The days off of this policy's country and state (see :func:`holiday_calendar`)."""
        return holiday_calendar(self.country, self.subdivision, self.collective_leave)


@lru_cache(maxsize=16)
def zone(name: str) -> tzinfo:
    """The IANA zone ``name``; "" or an unknown name gives the computer's own zone."""
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            logger.warning("Unknown time zone %r; using the computer's", name)
    local = datetime.now().astimezone().tzinfo
    return local if local is not None else UTC


class _NoHolidays(dict):  # type: ignore[type-arg]
    weekend = frozenset({5, 6})


#: The country whose optional "government" holidays are its collective leave days
#: (Indonesia's cuti bersama, set by joint ministerial decree each year).
COLLECTIVE_LEAVE_COUNTRY = "ID"


def _categories(country: str, collective_leave: bool) -> tuple[str, ...]:
    # holidays loads its calendars on first use, not at start: a clock counted in calendar
    # hours never needs it, and the window paints sooner without it (docs/performance.md)
    from holidays.constants import GOVERNMENT, PUBLIC

    if collective_leave and country.upper() == COLLECTIVE_LEAVE_COUNTRY:
        return (PUBLIC, GOVERNMENT)
    return (PUBLIC,)


@lru_cache(maxsize=32)
def holiday_calendar(country: str, subdivision: str = "", collective_leave: bool = True) -> Any:
    """The public holidays of ``country`` (and state ``subdivision``), from ``holidays``.

    In Indonesia the cuti bersama days count too while ``collective_leave`` is on. An
    unknown country gives no holidays; an unknown state the country's alone (never none:
    a stale or hand-typed state must not make every holiday a working day), and
    :func:`subdivision_problem` says so to the seller. The object fills in each year the
    first time a date of it is looked up.
    """
    if not country:
        return _NoHolidays()
    import holidays as holidays_lib  # on first use: see _categories

    categories = _categories(country, collective_leave)
    try:
        whole = holidays_lib.country_holidays(country.upper(), categories=categories)
    except NotImplementedError:
        logger.warning("No public holidays known for %r; counting none", country)
        return _NoHolidays()
    if not subdivision:
        return whole
    try:
        return holidays_lib.country_holidays(country.upper(), subdiv=subdivision,
                                             categories=categories)
    except (NotImplementedError, ValueError, KeyError) as exc:
        logger.warning("Unknown state %r of %s (%s); using the country's holidays",
                       subdivision, country, exc)
        return whole


def subdivision_problem(country: str, subdivision: str) -> Msg | None:
    """What is wrong with the seller's state for the holiday calendar, or None.

    A state the ``holidays`` library does not know (a hand-edited "sgr", a code an older
    version used) would otherwise go unnoticed: the clock quietly counts only the
    country's public holidays.
    """
    if not country or not subdivision:
        return None
    import holidays as holidays_lib  # on first use: see _categories

    try:
        holidays_lib.country_holidays(country.upper())
    except NotImplementedError:
        return None  # no calendar for the country at all: the state is not the problem
    try:
        holidays_lib.country_holidays(country.upper(), subdiv=subdivision)
    except (NotImplementedError, ValueError, KeyError):
        return Msg("clock.subdivision_unknown", {"subdivision": subdivision})
    return None


# --- current policy, re-read when the settings file changes ---------------------------

_policy_lock = threading.Lock()
_policy_cache: tuple[Any, ClockPolicy] | None = None
_policy_override: ClockPolicy | None = None


def set_policy(policy: ClockPolicy | None) -> None:
    """Use ``policy`` instead of the settings (tests, benchmarks); None: the settings again."""
    global _policy_override
    _policy_override = policy


def current_policy() -> ClockPolicy:
    """The policy of the saved settings; cheap (re-read only when settings.json changes)."""
    global _policy_cache
    if _policy_override is not None:
        return _policy_override

    path = paths.data_dir(create=False) / "settings.json"
    try:
        st = os.stat(path)
        stamp: Any = (str(path), st.st_mtime_ns, st.st_size)
    except OSError:
        stamp = (str(path), None)
    with _policy_lock:
        if _policy_cache is None or _policy_cache[0] != stamp:
            _policy_cache = (stamp, ClockPolicy.from_settings(Settings(path)))
        return _policy_cache[1]


# --- elapsed time -------------------------------------------------------------------


def calendar_elapsed(start: datetime, end: datetime) -> timedelta:
    """Wall time from ``start`` to ``end`` (zero when ``end`` is not later)."""
    return max(ZERO, as_utc(end) - as_utc(start))


def _open_interval(day: date, policy: ClockPolicy, tz: tzinfo) -> tuple[datetime, datetime] | None:
    window = policy.hours[day.weekday()]
    if window is None or policy.is_holiday(day):
        return None
    opens = datetime.combine(day, window[0], tzinfo=tz).astimezone(UTC)
    if window[1] == time.max:
        closes = datetime.combine(day + timedelta(days=1), time(0), tzinfo=tz).astimezone(UTC)
    else:
        closes = datetime.combine(day, window[1], tzinfo=tz).astimezone(UTC)
    return (opens, closes) if closes > opens else None


def _constant_offset(tz: tzinfo, first: date, last: date) -> bool:
    """True when ``tz`` keeps one UTC offset over these years (no daylight saving)."""
    probes = [datetime(y, m, 1, 12, tzinfo=tz).utcoffset()
              for y in range(first.year, last.year + 1) for m in (1, 4, 7, 10)]
    return len(set(probes)) == 1


def _window_length(window: Window) -> timedelta:
    if window is None:
        return ZERO
    end = timedelta(days=1) if window[1] == time.max else timedelta(
        hours=window[1].hour, minutes=window[1].minute, seconds=window[1].second)
    return end - timedelta(hours=window[0].hour, minutes=window[0].minute,
                           seconds=window[0].second)


def _full_weeks(monday: date, weeks: int, policy: ClockPolicy) -> timedelta:
    """Opening hours of ``weeks`` whole weeks from ``monday``, holidays taken off."""
    week = sum((_window_length(w) for w in policy.hours), ZERO)
    total = week * weeks
    stop = monday + timedelta(weeks=weeks)
    cal = policy.calendar()
    for year in range(monday.year, stop.year + 1):
        date(year, 6, 1) in cal  # noqa: B015 - the lookup makes the library fill in the year
    for day in list(cal.keys()):
        if monday <= day < stop:
            total -= _window_length(policy.hours[day.weekday()])
    return total


def business_elapsed(start: datetime, end: datetime, policy: ClockPolicy) -> timedelta:
    """Opening-hours time from ``start`` to ``end``: holidays and closed days count nothing."""
    start, end = as_utc(start), as_utc(end)
    if end <= start:
        return ZERO
    tz = policy.tz
    day = start.astimezone(tz).date()
    last = end.astimezone(tz).date()
    if (last - day).days > 21 and _constant_offset(tz, day, last):
        # long waits: whole weeks in one step, so a year costs what a fortnight does
        first_monday = day + timedelta(days=7 - day.weekday())
        last_monday = last - timedelta(days=last.weekday())
        weeks = (last_monday - first_monday).days // 7
        head_end = datetime.combine(first_monday, time(0), tzinfo=tz).astimezone(UTC)
        tail_start = datetime.combine(last_monday, time(0), tzinfo=tz).astimezone(UTC)
        return (business_elapsed(start, head_end, policy)
                + _full_weeks(first_monday, weeks, policy)
                + business_elapsed(tail_start, end, policy))
    total = ZERO
    steps = 0
    while day <= last and steps < _MAX_DAYS:
        interval = _open_interval(day, policy, tz)
        if interval is not None:
            lo, hi = max(interval[0], start), min(interval[1], end)
            if hi > lo:
                total += hi - lo
        day += timedelta(days=1)
        steps += 1
    return total


def elapsed(start: datetime, end: datetime, policy: ClockPolicy,
            business: bool | None = None) -> timedelta:
    """Elapsed time on the policy's active clock (or the one ``business`` names)."""
    use_business = policy.use_business_hours if business is None else business
    return business_elapsed(start, end, policy) if use_business else calendar_elapsed(start, end)


def business_deadline(start: datetime, budget: timedelta, policy: ClockPolicy) -> datetime | None:
    """The instant at which ``budget`` of opening hours has passed since ``start``.

    None when the seller is never open (no opening hours at all).
    """
    start = as_utc(start)
    if budget <= ZERO:
        return start
    if not any(policy.hours):
        return None
    tz = policy.tz
    day = start.astimezone(tz).date()
    left = budget
    for _ in range(_MAX_DAYS):
        interval = _open_interval(day, policy, tz)
        if interval is not None:
            lo, hi = max(interval[0], start), interval[1]
            if hi > lo:
                if hi - lo >= left:
                    return lo + left
                left -= hi - lo
        day += timedelta(days=1)
    return None


def business_start_for(end: datetime, budget: timedelta, policy: ClockPolicy) -> datetime | None:
    """The latest start from which ``budget`` of opening hours has passed by ``end``.

    Every conversation waiting since this instant or earlier has used at least ``budget``
    (what lets "how many are past the target" be one indexed SQL count).
    """
    end = as_utc(end)
    if budget <= ZERO:
        return end
    if not any(policy.hours):
        return None
    tz = policy.tz
    day = end.astimezone(tz).date()
    left = budget
    for _ in range(_MAX_DAYS):
        interval = _open_interval(day, policy, tz)
        if interval is not None:
            lo, hi = interval[0], min(interval[1], end)
            if hi > lo:
                if hi - lo >= left:
                    return hi - left
                left -= hi - lo
        day -= timedelta(days=1)
    return None


# --- the reading a screen shows -----------------------------------------------------


def state_for(used: timedelta, policy: ClockPolicy) -> str:
    """'fine' below the warn target, 'warn' (at risk) below the breach target, else 'breach'."""
    if used >= policy.breach:
        return BREACH
    if used >= policy.warn:
        return WARN
    return FINE


@dataclass(frozen=True)
class ClockReading:
    """How long a customer has waited, on both clocks, and what that means."""

    waiting_since: datetime
    calendar: timedelta
    business: timedelta
    business_hours: bool  # which clock the state and time left follow
    elapsed: timedelta  # on that clock
    state: str  # fine, warn or breach
    time_left: timedelta  # until the breach target on that clock; negative once past
    deadline: datetime | None  # when the breach target is (or was) reached


def reading(waiting_since: datetime, now: datetime | None = None,
            policy: ClockPolicy | None = None) -> ClockReading:
    """The clock reading of a wait that started at ``waiting_since``."""
    policy = policy or current_policy()
    now = as_utc(now or utcnow())
    since = as_utc(waiting_since)
    cal = calendar_elapsed(since, now)
    bus = business_elapsed(since, now, policy)
    if policy.use_business_hours:
        used = bus
        deadline = business_deadline(since, policy.breach, policy)
    else:
        used = cal
        deadline = since + policy.breach
    return ClockReading(since, cal, bus, policy.use_business_hours, used,
                        state_for(used, policy), policy.breach - used, deadline)


def time_left(waiting_since: datetime, now: datetime | None = None,
              policy: ClockPolicy | None = None) -> timedelta:
    """Time left before the breach target on the active clock (negative once past)."""
    return reading(waiting_since, now, policy).time_left


def threshold_start(now: datetime, target: timedelta, policy: ClockPolicy) -> datetime | None:
    """Waits that started at or before this instant have used ``target`` on the active clock."""
    if policy.use_business_hours:
        return business_start_for(now, target, policy)
    return as_utc(now) - target


@dataclass(frozen=True)
class Figures:
    """A conversation's stored reply-time figures, in whole seconds (None: not yet)."""

    first_reply_s: int | None
    first_reply_business_s: int | None
    resolution_s: int | None
    resolution_business_s: int | None


def figures(first_customer_at: datetime | None, first_reply_at: datetime | None,
            resolved_at: datetime | None, policy: ClockPolicy | None = None) -> Figures:
    """First reply time and resolution time of a conversation, on both clocks."""
    if first_customer_at is None:
        return Figures(None, None, None, None)
    policy = policy or current_policy()

    def both(end: datetime | None) -> tuple[int | None, int | None]:
        if end is None:
            return None, None
        cal = calendar_elapsed(first_customer_at, end)
        bus = business_elapsed(first_customer_at, end, policy)
        return int(cal.total_seconds()), int(bus.total_seconds())

    fr, frb = both(first_reply_at)
    rs, rsb = both(resolved_at)
    return Figures(fr, frb, rs, rsb)


# --- the waiting list ---------------------------------------------------------------


@dataclass(frozen=True)
class WaitingRow:
    """A conversation waiting on the seller, with its clock reading."""

    conversation_id: int
    subject: str
    customer_id: int | None
    counterpart_email: str
    last_sender: str
    reading: ClockReading


def _waiting_query(now: datetime) -> Any:
    # the one definition of the waiting (store/waiting.py): the sidebar, the tray and
    # ``stats`` count the same conversations
    return Conversation.select(
        Conversation.id, Conversation.subject, Conversation.customer,
        Conversation.counterpart_email, Conversation.last_sender, Conversation.waiting_since,
    ).where(waiting.condition(now))


def waiting_list(now: datetime | None = None, offset: int = 0, limit: int = 200,
                 policy: ClockPolicy | None = None) -> list[WaitingRow]:
    """Conversations waiting on the seller, least time left first (one page).

    An earlier start never has more time left on either clock, so the order is that of
    ``waiting_since`` and only the rows of the page are read and measured.
    """

    policy = policy or current_policy()
    now = as_utc(now or utcnow())
    q = (_waiting_query(now).order_by(*waiting.order())
         .offset(offset).limit(limit))
    return [
        WaitingRow(cid, subject, customer, email, sender, reading(since, now, policy))
        for cid, subject, customer, email, sender, since in q.tuples()
    ]


def waiting_counts(now: datetime | None = None,
                   policy: ClockPolicy | None = None) -> dict[str, int]:
    """How many waiting conversations are fine, at risk (warn) and past the breach target."""

    policy = policy or current_policy()
    now = as_utc(now or utcnow())
    total = _waiting_query(now).count()
    warn_at = threshold_start(now, policy.warn, policy)
    breach_at = threshold_start(now, policy.breach, policy)
    warned = (_waiting_query(now).where(Conversation.waiting_since <= warn_at).count()
              if warn_at is not None else 0)
    breached = (_waiting_query(now).where(Conversation.waiting_since <= breach_at).count()
                if breach_at is not None else 0)
    return {FINE: total - warned, WARN: warned - breached, BREACH: breached}
