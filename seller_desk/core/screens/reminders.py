"""The reminders screen's data: the rules run, then every open reminder, grouped."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from seller_desk.core.followups import reminders
from seller_desk.core.followups.reminders import DueItem as DueItem
from seller_desk.core.followups.reminders import DueList as DueList

logger = logging.getLogger(__name__)


def upcoming(settings: Any = None, now: datetime | None = None) -> DueList:
    """Run the reminder rules, then list every open reminder (no horizon: a feedback
    request due in two weeks is shown under "Later", not hidden)."""
    reminders.run_rules(now=now, rules=reminders.RuleSettings.from_settings(settings))
    return reminders.due_list(now)
