"""Canned responses: placeholders, fallbacks, languages, and the default library."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from seller_desk.core.common.errors import ValidationError
from seller_desk.core.store import db
from seller_desk.core.store.models import (
    Account,
    AppMeta,
    Conversation,
    ConversationOrder,
    Customer,
    CustomerAddress,
    Message,
    Order,
    OrderItem,
    Shipment,
    Template,
)
from seller_desk.core.templates import canned as templates

NOW = datetime(2026, 5, 12, 3, 0, tzinfo=UTC)

SETTINGS = {
    "seller.name": "Nora",
    "seller.shop_name": "Nora Batik & Craft",
    "seller.payment_methods": "Maybank 1234 5678 9012 (Nora Batik Enterprise), DuitNow QR",
    "seller.refund_policy": "Full refund within 30 days of delivery.",
    "seller.email_signature": "Nora\nNora Batik & Craft",
    "seller.country": "MY",
    "seller.currency": "MYR",
    "seller.return_address": "No. 12, Jalan Melati 3, 43000 Kajang, Selangor",
    "seller.away_until": "3 April 2026",
    "ui.language": "",
}


@pytest.fixture
def database(tmp_path):
    d = db.open_database(f"sqlite:///{tmp_path / 't.sqlite3'}")
    yield d
    d.close()


@pytest.fixture
def shop(database):
    """A customer with an order (two items), a shipment and a conversation linking them."""
    account = Account.create(name="Shop", email="hello@norabatik.my", username="hello",
                             imap_host="127.0.0.1", smtp_host="127.0.0.1")
    customer = Customer.create(name="Nur Aisyah binti Ahmad", language="ms", country="MY")
    CustomerAddress.create(customer=customer, email="aisyah@example.com")
    order = Order.create(number="SHP240512ABC", channel="shopee", customer=customer,
                         placed_at=NOW - timedelta(days=3), status="shipped", currency="MYR",
                         total=Decimal("129.00"), payment_due_at=NOW + timedelta(days=2),
                         refunded_amount=Decimal("39.00"), payment_method="Online banking")
    OrderItem.create(order=order, title="Batik scarf", quantity=2, unit_price=Decimal("45.00"))
    OrderItem.create(order=order, title="Pandan soap", quantity=1, unit_price=Decimal("39.00"))
    shipment = Shipment.create(order=order, courier="poslaju", tracking_number="EN123456789MY",
                               shipped_at=NOW - timedelta(days=1), eta=date(2026, 5, 14),
                               status="in_transit")
    conv = Conversation.create(subject="Bila sampai?", account=account, customer=customer,
                               counterpart_email="aisyah@example.com")
    ConversationOrder.create(conversation=conv, order=order)
    return {"account": account, "customer": customer, "order": order,
            "shipment": shipment, "conversation": conv}


def context(shop, language="en", **kw):
    return templates.build_context(shop["conversation"], language=language,
                                   settings=dict(SETTINGS), now=NOW, **kw)


# --- placeholders ---------------------------------------------------------------------


def test_the_context_is_found_from_the_conversation_alone(shop):
    ctx = context(shop)
    assert ctx.customer.id == shop["customer"].id
    assert ctx.order.id == shop["order"].id
    assert ctx.shipment.id == shop["shipment"].id
    assert ctx.customer_email == "aisyah@example.com"
    assert ctx.account.id == shop["account"].id


def test_every_placeholder_fills_from_a_complete_context(shop):
    ctx = context(shop)
    for name in templates.placeholder_names():
        assert templates.resolve(name, ctx), f"{name} is empty"
    text = templates.render_text(
        "{customer.first_name}|{order.number}|{order.total}|{shipment.courier}|"
        "{shipment.tracking_url}|{shipment.eta}|{order.payment_due}|{order.refund_amount}",
        ctx,
    ).text
    assert text == ("Aisyah|SHP240512ABC|RM129.00|Pos Laju|"
                    "https://tracking.pos.com.my/tracking/EN123456789MY|14 May 2026|"
                    "14 May 2026|RM39.00")


def test_order_items_list_quantities_and_line_totals(shop):
    items = templates.resolve("order.items", context(shop))
    assert items == "• 2 × Batik scarf: RM90.00\n• 1 × Pandan soap: RM39.00"


def test_dates_and_money_follow_the_language_and_currency(shop):
    order = shop["order"]
    order.currency, order.total = "IDR", Decimal("150000")
    order.save()
    ctx = context(shop, language="id")
    assert templates.resolve("order.total", ctx) == "Rp150.000"
    assert templates.resolve("shipment.eta", context(shop, language="ms")) == "14 Mei 2026"


def test_a_missing_value_is_reported_and_kept_as_it_is(database):
    ctx = templates.build_context(language="en", settings=dict(SETTINGS), now=NOW)
    result = templates.render_text("Order {order.number} ships with {shipment.courier}.", ctx)
    assert result.text == "Order {order.number} ships with {shipment.courier}."
    assert [m.name for m in result.missing] == ["order.number", "shipment.courier"]
    assert "link one" in result.missing[0].hint
    assert templates.unfilled(result.text) == ["order.number", "shipment.courier"]


def test_a_fallback_fills_in_when_the_value_is_unknown(database):
    ctx = templates.build_context(language="en", settings=dict(SETTINGS), now=NOW)
    result = templates.render_text("Hi {customer.first_name|there}, order {order.number|}.", ctx)
    assert result.text == "Hi there, order."
    assert not result.missing


def test_an_empty_fallback_takes_the_space_before_punctuation_with_it(database):
    ctx = templates.build_context(language="id", settings=dict(SETTINGS), now=NOW)
    assert templates.render_text("Halo Kak {customer.first_name|},", ctx).text == "Halo Kak,"
    assert templates.render_text("Halo Kak {customer.first_name|} ya", ctx).text == \
        "Halo Kak  ya"


def test_a_known_value_wins_over_its_fallback(shop):
    result = templates.render_text("Hi {customer.first_name|there}!", context(shop))
    assert result.text == "Hi Aisyah!"


def test_unknown_placeholders_are_reported_not_filled(shop):
    result = templates.render_text("Order {order.nummber} and {{literal}}", context(shop))
    assert result.unknown == ("order.nummber",)
    assert result.text == "Order {order.nummber} and {literal}"
    assert templates.check_placeholders("{order.nummber} {order.number}") == ["order.nummber"]


def test_values_given_by_the_caller_win(shop):
    ctx = context(shop, extra={"seller.away_until": "Monday 6 April"})
    assert templates.render_text("back on {seller.away_until}", ctx).text == \
        "back on Monday 6 April"


def test_a_value_that_breaks_is_treated_as_missing(shop, monkeypatch):
    def boom(ctx):
        raise RuntimeError("bug")

    spec = templates.PLACEHOLDERS["order.total"]
    monkeypatch.setitem(templates.PLACEHOLDERS, "order.total",
                        templates.Placeholder(spec.name, spec.description, spec.example,
                                              spec.missing_hint, boom))
    result = templates.render_text("{order.total}", context(shop))
    assert [m.name for m in result.missing] == ["order.total"]


@pytest.mark.parametrize("full, first", [
    ("Nur Aisyah binti Ahmad", "Aisyah"),
    ("Siti Hajar Mohd Yusof", "Siti"),
    ("Muhammad Amirul Hakim", "Amirul"),
    ("Tan Wei Ming", "Wei Ming"),
    ("Emily Wong", "Emily"),
    ("陈美玲 (Chen Mei Ling)", "美玲"),
    ("Nguyễn Thị Lan", "Lan"),
    ("Rajesh a/l Pillai", "Rajesh"),
    ("Encik Hafiz Ismail", "Hafiz"),
    ("Budi Santoso", "Budi"),
    ("", ""),
    ("someone@example.com", ""),
])
def test_first_names_of_the_region(full, first):
    assert templates.first_name(full) == first


# --- the default library -------------------------------------------------------------


def test_the_library_has_every_answer_in_every_language():
    entries = templates.load_library()
    by_lang: dict[str, dict[str, dict]] = {}
    for e in entries:
        by_lang.setdefault(e["language"], {})[e["key"]] = e
    assert set(by_lang) == set(templates.LANGUAGES)
    keys = set(by_lang["en"])
    assert {"sale_thanks", "payment_received", "shipped", "arrival_check", "delay_apology",
            "feedback_request", "complaint_ack", "refund_done", "return_howto",
            "away_notice", "delivered"} <= keys
    for lang, found in by_lang.items():
        assert set(found) == keys, lang
        for key, e in found.items():
            en = by_lang["en"][key]
            assert e["category"] == en["category"] in templates.CATEGORIES
            assert e["shortcut"] == en["shortcut"] and e["shortcut"]
            # the same facts in every language
            assert set(templates.unfilled(e["body"])) == set(templates.unfilled(en["body"])), \
                (lang, key)
            assert not templates.check_placeholders(e["subject"] + e["body"]), (lang, key)
    assert len({e["shortcut"] for e in by_lang["en"].values()}) == len(keys)


def test_the_situations_carry_the_facts_the_customer_needs():
    en = {e["key"]: e for e in templates.load_library() if e["language"] == "en"}

    def names(key):
        return set(templates.unfilled(en[key]["body"]))

    assert {"order.items", "order.total", "seller.payment_methods",
            "order.payment_due"} <= names("sale_thanks")
    assert {"shipment.courier", "shipment.tracking_number", "shipment.tracking_url",
            "shipment.eta"} <= names("shipped")
    assert "order.total" in names("delay_apology") and "refund" in en["delay_apology"]["body"]
    assert "seller.refund_policy" in names("complaint_ack")
    assert "order.refund_amount" in names("refund_done")
    assert "seller.return_address" in names("return_howto")
    assert "seller.away_until" in names("away_notice")


@pytest.mark.parametrize("language", templates.LANGUAGES)
def test_each_default_template_renders_completely(shop, language):
    templates.install_defaults()
    rows = templates.list_templates(language=language)
    assert len(rows) == len(templates.library_keys())
    ctx = context(shop, language=language)
    for row in rows:
        rendered = templates.render_template(row, ctx)
        assert rendered.complete, (row.key, rendered.missing, rendered.unknown)
        assert not re.search(r"\{[a-z_.|]+\}", rendered.subject + rendered.body), row.key
        assert rendered.body.strip() and rendered.subject.strip()
        assert rendered.language == language


@pytest.mark.parametrize("language, greeting, thanks", [
    ("en", "Hi Aisyah,", "Thank you"),
    ("ms", "Hai Aisyah,", "Terima kasih"),
    ("id", "Halo Kak Aisyah,", "Terima kasih"),
])
def test_a_thank_you_in_each_language(shop, language, greeting, thanks):
    templates.install_defaults()
    row = templates.get_template("sale_thanks", language)
    rendered = templates.render_template(row, context(shop, language=language))
    assert rendered.body.startswith(greeting)
    assert thanks in rendered.body
    assert "RM129.00" in rendered.body and "Maybank" in rendered.body
    assert "SHP240512ABC" in rendered.subject


@pytest.mark.parametrize("language, fallback", [
    ("en", "Hi there,"), ("ms", "Hai tuan/puan,"), ("id", "Halo Kak,"),
])
def test_greetings_without_a_name_stay_polite(database, language, fallback):
    templates.install_defaults()
    ctx = templates.build_context(language=language, settings=dict(SETTINGS), now=NOW)
    rendered = templates.render_template(templates.get_template("complaint_ack", language), ctx)
    assert rendered.body.startswith(fallback)
    assert rendered.complete


def test_installing_the_defaults_twice_changes_nothing(database):
    first = templates.install_defaults()
    assert first == len(templates.load_library()) == Template.select().count()
    assert templates.install_defaults() == 0
    assert Template.select().where(Template.is_builtin == True).count() == first  # noqa: E712


def test_an_edited_template_is_never_overwritten(database):
    templates.install_defaults()
    row = templates.get_template("shipped", "ms")
    edited = templates.save_template(template_id=row.id, name=row.name, subject=row.subject,
                                     body="Barang dah pos! {shipment.tracking_url}",
                                     language="ms", category=row.category,
                                     shortcut=row.shortcut)
    assert not edited.is_builtin
    assert templates.install_defaults() == 0
    assert templates.get_template("shipped", "ms").body.startswith("Barang dah pos!")


def test_an_untouched_builtin_gets_the_library_improvements(database):
    templates.install_defaults()
    Template.update(body="old words").where(Template.key == "shipped").execute()
    assert templates.install_defaults() == 3
    assert "{shipment.tracking_url}" in templates.get_template("shipped", "en").body


def test_a_deleted_builtin_stays_deleted_until_restored(database):
    templates.install_defaults()
    templates.delete_template(templates.get_template("away_notice", "id"))
    assert templates.install_defaults() == 0
    assert templates.languages_of("away_notice") == ["en", "ms"]
    assert AppMeta.get_by_id("templates.removed_builtin")
    restored = templates.restore_default("away_notice", "id")
    assert restored.is_builtin and templates.languages_of("away_notice") == ["en", "id", "ms"]
    templates.delete_template(templates.get_template("away_notice", "id"))
    templates.restore_default("away_notice", "id")
    assert templates.install_defaults() == 0


def test_shortcuts_find_the_template_in_the_wanted_language(database):
    templates.install_defaults()
    assert templates.find_by_shortcut("/paid", "ms").language == "ms"
    assert templates.find_by_shortcut("paid", "id").subject.startswith("Pembayaran")
    assert templates.find_by_shortcut("paid", "fr").language == "en"
    assert templates.find_by_shortcut("/nothing") is None


def test_own_templates_are_checked_before_they_are_saved(database):
    templates.install_defaults()
    with pytest.raises(ValidationError, match=r"order\.nummber"):
        templates.save_template(name="Typo", body="Order {order.nummber}")
    with pytest.raises(ValidationError, match="/paid"):
        templates.save_template(name="Mine", body="Thanks", shortcut="/paid")
    with pytest.raises(ValidationError):
        templates.save_template(name="  ", body="x")
    row = templates.save_template(name="COD reminder", body="Hi {customer.first_name|there}",
                                  language="en", category="payment", shortcut="/cod")
    assert (row.key, row.shortcut, row.is_builtin) == ("cod_reminder", "cod", False)
    same = templates.save_template(name="COD reminder", body="Hai", language="ms",
                                   key=row.key, shortcut="cod")
    assert templates.languages_of(row.key) == ["en", "ms"] and same.key == row.key
    assert [t.key for t in templates.list_templates(language="en", query="COD")] == ["cod_reminder"]


def shortcuts_of(key: str) -> dict[str, str]:
    return {t.language: t.shortcut for t in Template.select().where(Template.key == key)}


def test_an_answer_has_one_shortcut_in_every_language_and_keeps_it_after_an_update(database):
    templates.install_defaults()
    assert shortcuts_of("payment_received") == {"en": "paid", "ms": "paid", "id": "paid"}
    row = templates.get_template("payment_received", "en")
    templates.save_template(template_id=row.id, name=row.name, subject=row.subject,
                            body=row.body, language="en", category=row.category,
                            shortcut="/bayar")
    assert shortcuts_of("payment_received") == {"en": "bayar", "ms": "bayar", "id": "bayar"}
    # the next start's library refresh does not put "paid" back on the other languages
    templates.install_defaults()
    assert shortcuts_of("payment_received") == {"en": "bayar", "ms": "bayar", "id": "bayar"}
    assert templates.find_by_shortcut("bayar", "id").language == "id"
    ms = templates.get_template("payment_received", "ms")
    templates.save_template(template_id=ms.id, name=ms.name, subject=ms.subject,
                            body=ms.body, language="ms", category=ms.category, shortcut="")
    assert shortcuts_of("payment_received") == {"en": "", "ms": "", "id": ""}


def test_versions_of_an_answer_are_keyed_by_language(database):
    templates.install_defaults()
    versions = templates.versions_of("away_notice")
    assert sorted(versions) == ["en", "id", "ms"]
    assert all(t.key == "away_notice" and t.language == code for code, t in versions.items())
    assert templates.versions_of("no_such_answer") == {}


def test_a_new_language_brings_its_shortcut_to_the_whole_answer(database):
    row = templates.save_template(name="COD reminder", body="Hi", language="en",
                                  shortcut="cod")
    templates.save_template(name="COD reminder", body="Hai", language="ms", key=row.key,
                            shortcut="/cod")
    assert shortcuts_of(row.key) == {"en": "cod", "ms": "cod"}
    templates.save_template(name="Pengingat COD", body="Halo", language="id", key=row.key,
                            shortcut="bayar")
    assert shortcuts_of(row.key) == {"en": "bayar", "ms": "bayar", "id": "bayar"}
    other = templates.save_template(name="Thanks", body="Thanks", shortcut="thx")
    assert shortcuts_of(other.key) == {"en": "thx"}


# --- language -------------------------------------------------------------------------


@pytest.mark.parametrize("text, language", [
    ("Salam, boleh saya tahu bila barang akan sampai? Dah seminggu tak sampai lagi.", "ms"),
    ("Kak, paketnya kok belum sampai ya? Resi nya tidak bisa dilacak, gimana dong?", "id"),
    ("Hi, I ordered the batik scarf last week and it has not arrived. Could you check?", "en"),
    ("ok", None),
])
def test_the_customers_language_is_detected_from_their_words(text, language):
    assert templates.detect_language(text) == language


def test_the_language_is_the_customers_then_their_mails_then_the_shops(shop):
    cust, conv = shop["customer"], shop["conversation"]
    assert templates.choose_language(customer=cust, conversation=conv) == "ms"
    cust.language = ""
    cust.save()
    Message.create(conversation=conv, direction="in", date=NOW, sender_email="a@example.com",
                   text_body="Kak, paketnya kok belum sampai ya? Resinya tidak bisa dicek.")
    assert templates.choose_language(customer=cust, conversation=conv) == "id"
    assert templates.choose_language(settings={"ui.language": "ms"}) == "ms"
    assert templates.choose_language() == "en"
    templates.remember_language(cust, "en")
    assert templates.choose_language(customer=Customer.get_by_id(cust.id)) == "en"


def test_build_context_picks_the_customers_language(shop):
    ctx = templates.build_context(shop["conversation"], settings=dict(SETTINGS))
    assert ctx.language == "ms"
