"""Texts without the start every match of a pattern begins with are not searched; what
detect finds stays exactly what searching every text finds."""

from __future__ import annotations

import dataclasses

from hypothesis import example, given, settings
from hypothesis import strategies as st

from seller_desk.core.shop import order_numbers
from seller_desk.core.shop.order_numbers import required_start

DOCUMENT = {"order_numbers": [
    {"channel": "tokopedia", "regex": r"INV/[0-9]{8}/[A-Z]{2,5}/[0-9]{6,14}",
     "ignore_case": True, "upper": True},
    {"channel": "whatsapp", "regex": r"(?<![0-9A-Za-z])WA-[0-9]{3,6}(?![0-9])",
     "ignore_case": True, "upper": True},
    {"channel": "web", "regex": r"(?<![0-9A-Za-z#&])#[0-9]{3,7}(?![0-9])"},
    {"channel": "kelvin", "regex": r"K[0-9]{2}", "ignore_case": True},
    {"channel": "ebay", "regex": r"(?<![0-9-])[0-9]{2}-[0-9]{5}-[0-9]{5}(?![0-9-])"},
    {"channel": "maybe", "regex": r"AB?C[0-9]"},
]}
FAST = order_numbers.compile_patterns(DOCUMENT, order_numbers.default_path())
PLAIN = dataclasses.replace(FAST, numbers=[dataclasses.replace(p, start="")
                                           for p in FAST.numbers])

# dotless i, dotted capital I, long s and the Kelvin sign match ASCII letters under
# IGNORECASE
ALPHABET = "0123456789-#&/ WAINVwainvKkCBc\n\u0131\u0130\u017f\u212a\u00e9"
NUMBERS = st.sampled_from(["INV/20261122/MPL/1234567890", "\u0131nv/20261122/mpl/123456",
                           "WA-0042", "wa-0042", "#1234", "\u212a12", "k12", "AC1", "ABC2",
                           "12-34567-89012"])
TEXT = st.lists(st.one_of(st.text(alphabet=ALPHABET, max_size=10), NUMBERS),
                max_size=10).map("".join)


def test_the_start_of_each_pattern():
    assert required_start("INV/[0-9]{8}") == "INV/"
    assert required_start(r"(?<![0-9A-Za-z])WA-[0-9]{3,6}") == "WA-"
    assert required_start(r"(?<![0-9A-Za-z#&])#[0-9]{3,7}") == "#"
    assert required_start(r"AB?C") == "A"  # B may be missing
    assert required_start(r"ab+") == "a"
    assert required_start(r"(?<![0-9-])[0-9]{2}-") == ""
    assert required_start(r"#[0-9]{2}|WA-[0-9]") == ""  # either may start a match
    assert required_start(r"(?i)INV") == ""
    assert required_start(r"x\.y") == "x"
    assert [p.start for p in FAST.numbers] == ["inv/", "wa-", "#", "k", "", "A"]


@settings(max_examples=400, deadline=None)
@given(subject=TEXT, body=TEXT)
@example(subject="\u0131nv/20261122/mpl/123456", body="\u212a12 and k12")
@example(subject="WA-0042 #1234 AC1", body="ABC2 12-34567-89012 wa-0042\u00e9")
def test_detect_finds_what_a_search_of_every_text_finds(subject, body):
    assert (order_numbers.detect(subject, body, pattern_set=FAST)
            == order_numbers.detect(subject, body, pattern_set=PLAIN))
