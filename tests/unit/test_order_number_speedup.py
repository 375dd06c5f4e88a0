"""The fast form of an order-number pattern finds exactly what the pattern finds."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from seller_desk.core.shop.order_numbers import fast_form

PATTERNS = [
    spec for spec in json.loads(
        (Path(__file__).resolve().parents[2] / "resources" / "order_patterns.json")
        .read_text(encoding="utf-8"))["order_numbers"]
] + [
    {"regex": r"(?<![0-9])[0-9]{2,4}-[A-Z]{2}"},
    {"regex": r"(?<![A-Z])A{1,}[0-9]"},
    {"regex": r"(?<!#)[0-9]{1}x"},
    {"regex": r"(?<![a-z])[0-9]{3}?[a-z]"},
    {"regex": r"(?<![0-9])[0-9]+-[0-9]"},
    {"regex": r"(?<![\]x])#[0-9]{2}|WA-[0-9]"},
    {"regex": r"(?<![0-9])[^a]x"},  # the first character may be a line break
]

ALPHABET = "0123456789-#&/ WAINVwainv\n\tXxz]"
NUMBERS = st.sampled_from(["12-34567-89012", "261122ABCDEFGH", "812345678901234",
                           "INV/20261122/MPL/1234567890", "WA-0042", "#1234", "wa-12"])
TEXT = st.lists(st.one_of(st.text(alphabet=ALPHABET, max_size=12), NUMBERS),
                max_size=12).map("".join)


def spans(regex: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in regex.finditer(text)]


@pytest.mark.parametrize("spec", PATTERNS, ids=lambda s: s["regex"][:30])
@settings(max_examples=300, deadline=None)
@given(text=TEXT)
@example(text="5\nx a\nx #123 x1-22 ]#12")
@example(text="12-34567-89012 WA-0042 #1234 x#99")
def test_fast_form_matches_exactly_like_the_original(spec, text):
    flags = re.IGNORECASE if spec.get("ignore_case") else 0
    original = re.compile(spec["regex"], flags)
    fast = re.compile(fast_form(spec["regex"]), flags)
    assert spans(fast, text) == spans(original, text)


def test_the_default_patterns_are_rewritten():
    rewritten = [s["regex"] for s in PATTERNS[:6] if fast_form(s["regex"]) != s["regex"]]
    assert len(rewritten) == 5  # all but the Tokopedia one, which starts with "INV/"
    assert fast_form(r"(?<![0-9])[0-9]+x") == r"(?<![0-9])[0-9]+x"  # left alone
