"""Money typed by a seller is read by the currency's rules, not the interface language's
(issue 15, item 4): "85.000" rupiah are 85,000, not 85; an entry that could mean two amounts
is refused with a question naming both, never changed without a word."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from seller_desk.core.common import money
from seller_desk.core.common.errors import ValidationError
from seller_desk.core.shop import orders
from seller_desk.core.store import db

CURRENCIES = ("MYR", "IDR", "USD", "SGD")
#: the locales the interface uses for each language, with the seller's country
LOCALES = sorted({money.locale_for_country(country, language)
                  for language in ("en", "ms", "id") for country in ("MY", "ID", "SG")})

whole = st.integers(min_value=0, max_value=999_999_999)
cents = st.integers(min_value=0, max_value=99)


def amounts(currency: str) -> st.SearchStrategy[Decimal]:
    if money.fraction_digits(currency) == 0:
        return whole.map(Decimal)
    return st.builds(lambda w, c: Decimal(w) + Decimal(c) / 100, whole, cents)


def grouped(n: int, mark: str) -> str:
    return f"{n:,}".replace(",", mark)


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("currency", CURRENCIES)
@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_what_a_form_shows_reads_back_to_the_same_amount(data, currency, locale):
    value = data.draw(amounts(currency))
    shown = money.format_amount(value, currency, locale)
    assert money.parse_amount(shown, currency) == value, shown
    with_sign = money.format_money(value, currency, locale)
    assert money.parse_amount(with_sign, currency) == value, with_sign


@pytest.mark.parametrize("currency", CURRENCIES)
@settings(max_examples=200, deadline=None)
@given(n=whole, c=cents, mark=st.sampled_from(".,"))
def test_every_way_a_seller_types_an_amount_reads_right_or_is_refused(currency, n, c, mark):
    other = "," if mark == "." else "."
    has_cents = money.fraction_digits(currency) > 0
    assert money.parse_amount(str(n), currency) == n
    # both marks: the last one is the decimal mark, in any currency
    typed = f"{grouped(n, other)}{mark}{c:02d}"
    assert money.parse_amount(typed, currency) == Decimal(n) + Decimal(c) / 100, typed
    # one or two decimals after a single mark are cents
    assert money.parse_amount(f"{n}{mark}{c:02d}", currency) == Decimal(n) + Decimal(c) / 100
    # thousands grouped with one mark
    typed = grouped(n, mark)
    if n < 1000:
        assert money.parse_amount(typed, currency) == n
    elif n < 1_000_000 and has_cents:
        # "1.234" in ringgit or dollars: 1.234 or 1234? asked, never guessed
        with pytest.raises(ValidationError) as caught:
            money.parse_amount(typed, currency)
        assert caught.value.msg.id == "money.ambiguous"
    else:
        assert money.parse_amount(typed, currency) == n, typed


@pytest.mark.parametrize("typed", ["85.000", "85,000", "85000", "Rp85.000", "Rp 85.000",
                                   "85 000"])
def test_rupiah_are_written_without_decimals(typed):
    assert money.parse_amount(typed, "IDR") == Decimal(85_000)


@pytest.mark.parametrize(("typed", "currency", "expected"), [
    ("1.234,50", "MYR", Decimal("1234.50")), ("1,234.50", "MYR", Decimal("1234.50")),
    ("1.234,50", "IDR", Decimal("1234.50")), ("RM 12.50", "MYR", Decimal("12.50")),
    ("US$1,234.50", "USD", Decimal("1234.50")), ("S$3", "SGD", Decimal(3)),
    ("12,5", "SGD", Decimal("12.5")), (".50", "USD", Decimal("0.50")),
    ("1.234.567", "USD", Decimal(1234567)), ("-RM1.00", "MYR", Decimal(-1)),
])
def test_the_forms_sellers_write(typed, currency, expected):
    assert money.parse_amount(typed, currency) == expected


@pytest.mark.parametrize(("typed", "currency"), [
    ("1e5", "MYR"), ("abc", "MYR"), ("1,23,456", "USD"), ("12 apples", "MYR"),
    ("Rp85.000", "MYR"), ("1.234,5,0", "IDR"), ("", "IDR"), ("1,2.34", "USD"),
])
def test_what_is_not_an_amount_is_refused(typed, currency):
    with pytest.raises(ValidationError) as caught:
        money.parse_amount(typed, currency)
    assert caught.value.msg.id == "money.not_amount"


def test_the_question_names_both_readings():
    with pytest.raises(ValidationError) as caught:
        money.parse_amount("1.234", "MYR", field="items[0].unit_price")
    exc = caught.value
    assert exc.field == "items[0].unit_price"
    text = exc.msg.english()
    assert "1.234" in text and "1,234.00" in text
    assert "1234" in exc.hint


@pytest.fixture
def ledger():
    d = db.open_database("sqlite:///:memory:")
    yield d
    d.close()


def test_an_order_in_rupiah_typed_the_indonesian_way_totals_right(ledger):
    order = orders.create_order(
        "INV/20240512/MPL/IV/3801234567", "tokopedia",
        [{"title": "Kemeja batik", "quantity": 2, "unit_price": "85.000"}],
        currency="IDR", shipping_fee="12.000")
    assert Decimal(order.total) == Decimal(182_000)


def test_an_order_with_an_ambiguous_price_is_refused_and_not_saved(ledger):
    with pytest.raises(ValidationError) as caught:
        orders.create_order("WA-0001", "whatsapp",
                            [{"title": "Scarf", "unit_price": "1.234"}], currency="MYR")
    assert caught.value.msg.id == "money.ambiguous"
    assert caught.value.field == "items[0].unit_price"
    assert orders.Order.select().count() == 0
