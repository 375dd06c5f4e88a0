"""Counted words that follow the number: "1 day", "2 days", in every interface language.

Qt picks the plural form of a translated text from its count (``tr("%n day(s)", "", n)``,
with the forms filled in the .ts files); a spin box shows the number itself, so its
prefix and suffix are the translated text around ``%n``, chosen again as the value changes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

logger = logging.getLogger(__name__)


def count_of(value: float) -> int:
    """The count a plural form is chosen by: a fraction (1.5 hours) counts as many."""
    return int(value) if float(value).is_integer() else 2


def follow_count(spin: Any, text: Callable[[int], str]) -> None:
    """Keep ``spin``'s prefix and suffix in the plural form of its value.

    Args:
        spin: a QSpinBox or QDoubleSpinBox.
        text: the translated text for a count, with the count in it
            (``lambda n: self.tr("%n day(s)", "", n)``); call again on a language switch.
    """
    first = getattr(spin, "_plural_text", None) is None
    spin._plural_text = text
    if first:
        spin.valueChanged.connect(lambda value: _show(spin, value))
    _show(spin, spin.value())


def _show(spin: Any, value: float) -> None:
    n = count_of(value)
    full = spin._plural_text(n)
    before, found, after = full.partition(str(n))
    if not found:  # a translation without the number: show it after the figure
        before, after = "", " " + full
    spin.setPrefix(before)
    spin.setSuffix(after)
