"""Set-up before the first reply: the shop's texts per language with a visible fallback,
the set-up page's facade, Indonesia's cuti bersama and a state the calendar does not know."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from seller_desk.core.common import messages
from seller_desk.core.common.errors import ValidationError
from seller_desk.core.common.settings import Settings, text_for, text_value, text_versions
from seller_desk.core.conversations import clocks
from seller_desk.core.conversations.clocks import ClockPolicy
from seller_desk.core.screens import conversation as conversation_view
from seller_desk.core.screens import setup as views_setup
from seller_desk.core.store import db
from seller_desk.core.store.models import Account, Conversation, Customer, Message
from seller_desk.core.templates import canned as templates

EN_POLICY = "Full refund within 30 days if the item arrives damaged."
ID_POLICY = "Uang kembali penuh dalam 30 hari jika barang rusak saat tiba."


# --- texts per language ----------------------------------------------------------------


def test_an_old_single_text_is_the_default_for_every_language():
    assert text_versions("Pulangan dalam 7 hari.") == {"": "Pulangan dalam 7 hari.",
                                                        "ms": "", "id": ""}
    assert text_for("Pulangan dalam 7 hari.", "ms") == ("Pulangan dalam 7 hari.", True)
    assert text_for("Pulangan dalam 7 hari.", "en") == ("Pulangan dalam 7 hari.", False)
    # a list of payment methods from an older file still reads, one method a line
    assert text_for(["DuitNow QR", "Maybank"], "en") == ("• DuitNow QR\n• Maybank", False)


def test_a_text_is_stored_plain_until_it_has_a_translation():
    assert text_value({"": "A", "ms": "", "id": " "}) == "A"
    assert text_value({"": "A", "id": "B"}) == {"": "A", "ms": "", "id": "B"}
    assert text_for({"": "A", "ms": "", "id": "B"}, "id") == ("B", False)
    assert text_for({"": "A", "ms": "", "id": "B"}, "ms") == ("A", True)
    assert text_for({"": "", "ms": "", "id": ""}, "id") == ("", False)


# --- the set-up page's facade --------------------------------------------------------------


def test_the_page_is_needed_until_a_name_is_known_or_it_was_skipped(tmp_path):
    settings = Settings(tmp_path / "settings.json")
    assert views_setup.needs_setup(settings)
    views_setup.skip(settings)
    assert not views_setup.needs_setup(Settings(tmp_path / "settings.json"))
    fresh = Settings(tmp_path / "other.json")
    fresh.set("seller.name", "Dewi")
    assert not views_setup.needs_setup(fresh)


def test_saving_the_page_keeps_each_language_and_refuses_a_bad_currency(tmp_path):
    settings = Settings(tmp_path / "settings.json")
    setup = views_setup.load(settings)
    assert setup.texts["seller.refund_policy"] == {"": "", "ms": "", "id": ""}
    setup.shop_name, setup.seller_name = "Toko Batik Dewi", "Dewi"
    setup.country, setup.subdivision, setup.currency = "ID", "JK", "IDR"
    setup.texts["seller.refund_policy"] = {"": EN_POLICY, "ms": "", "id": ID_POLICY}
    setup.texts["seller.email_signature"] = {"": "Dewi", "ms": "", "id": ""}
    views_setup.save(settings, setup)
    again = Settings(tmp_path / "settings.json")
    assert again.get("seller.refund_policy") == {"": EN_POLICY, "ms": "", "id": ID_POLICY}
    assert again.get("seller.email_signature") == "Dewi"  # plain: older versions read it
    assert (again.get("seller.name"), again.get("seller.currency")) == ("Dewi", "IDR")
    assert views_setup.load(again).texts["seller.refund_policy"]["id"] == ID_POLICY

    setup.currency, setup.shop_name = "rupiah", "Changed"
    with pytest.raises(ValidationError) as caught:
        views_setup.save(settings, setup)
    assert caught.value.msg.id == "money.currency_unknown"
    assert Settings(tmp_path / "settings.json").get("seller.shop_name") == "Toko Batik Dewi"


# --- a real reply, filled in the customer's language -----------------------------------


@pytest.fixture
def shop(tmp_path):
    database = db.open_database(f"sqlite:///{tmp_path / 'shop.sqlite3'}")
    templates.install_defaults()
    account = Account.create(name="Shop", email="dewi@tokobatik.id", username="dewi",
                             imap_host="127.0.0.1", smtp_host="127.0.0.1")
    customer = Customer.create(name="Siti Rahma", language="id")
    conv = Conversation.create(subject="Barang rusak", account=account, customer=customer,
                               counterpart_email="siti@example.com")
    Message.create(conversation=conv, account=account, direction="in",
                   message_id="rusak-1@example.com", subject="Barang rusak",
                   sender_name="Siti Rahma", sender_email="siti@example.com",
                   to_addrs="dewi@tokobatik.id", text_body="Kak, barangnya rusak, gimana?",
                   date=datetime(2026, 5, 11, 1, tzinfo=UTC))
    yield conv
    database.close()


def _reply_with_complaint_template(conv: Conversation) -> templates.Rendered:
    from seller_desk.core.answering import compose

    out = compose.reply(Message.get(Message.conversation == conv.id))
    assert out.language == "id"
    template = templates.get_template("complaint_ack", out.language)
    return compose.apply_template(out, conversation_view.render_template_for(
        conv.id, template.id, out.language, out.account.id))


def test_an_indonesian_customer_gets_the_indonesian_refund_policy(shop):
    Settings().set("seller.refund_policy", {"": EN_POLICY, "ms": "", "id": ID_POLICY})
    Settings().set("seller.name", "Dewi")
    Settings().set("seller.shop_name", "Toko Batik Dewi")
    rendered = _reply_with_complaint_template(shop)
    assert ID_POLICY in rendered.body and EN_POLICY not in rendered.body
    assert rendered.complete and rendered.fallbacks == ()
    assert views_setup.composer_notes(rendered) == []


def test_without_an_indonesian_text_the_english_one_is_used_and_said(shop):
    Settings().set("seller.refund_policy", EN_POLICY)  # an old single text
    Settings().set("seller.name", "Dewi")
    Settings().set("seller.shop_name", "Toko Batik Dewi")
    rendered = _reply_with_complaint_template(shop)
    assert EN_POLICY in rendered.body
    assert rendered.fallbacks == ("seller.refund_policy",)
    (note,) = views_setup.composer_notes(rendered)
    assert note.id == "setup.fallback_refund_policy" and note.params == {"language": "id"}
    assert note.english() == "No refund policy in Indonesian yet; the English one is used."


def test_empty_shop_details_are_named_once_for_the_composer(shop):
    rendered = _reply_with_complaint_template(shop)
    assert not rendered.complete
    (note,) = views_setup.composer_notes(rendered)
    assert note.id == "setup.details_empty"
    assert note.params["names"] == ["{seller.refund_policy}", "{seller.name}",
                                    "{seller.shop_name}"]


# --- holidays: cuti bersama and unknown states ------------------------------------------


# cuti bersama decreed for 2025 and 2026 (SKB of the ministers of religion, manpower and
# administrative reform), each next to a public holiday of the same feast
COLLECTIVE_LEAVE = [date(2025, 4, 2), date(2025, 4, 7), date(2025, 5, 13), date(2025, 12, 26),
                    date(2026, 2, 16), date(2026, 3, 23), date(2026, 12, 24)]


@pytest.mark.parametrize("day", COLLECTIVE_LEAVE)
def test_cuti_bersama_is_a_day_off_unless_switched_off(day):
    on = ClockPolicy(country="ID", timezone="Asia/Jakarta")
    off = ClockPolicy(country="ID", timezone="Asia/Jakarta", collective_leave=False)
    assert on.is_holiday(day)
    assert not off.is_holiday(day)


def test_public_holidays_stay_whatever_the_collective_leave_choice():
    off = ClockPolicy(country="ID", timezone="Asia/Jakarta", collective_leave=False)
    assert off.is_holiday(date(2025, 3, 31))  # Idul Fitri
    assert off.is_holiday(date(2026, 8, 17))  # Independence Day


def test_the_setting_switches_cuti_bersama_in_the_clock(tmp_path):
    settings = Settings(tmp_path / "settings.json")
    settings.set("seller.country", "ID")
    assert settings.get("clock.id_collective_leave") is True  # the default: days off
    business = {"clock.use_business_hours": True, "seller.timezone": "Asia/Jakarta"}
    for key, value in business.items():
        settings.set(key, value)
    # Monday 7 Apr 2025, 09:00-18:00 Jakarta: cuti bersama after Lebaran
    start = datetime(2025, 4, 7, 9, tzinfo=clocks.zone("Asia/Jakarta"))
    policy = ClockPolicy.from_settings(settings)
    assert clocks.business_elapsed(start, start + timedelta(hours=9), policy) == timedelta(0)
    settings.set("clock.id_collective_leave", False)
    policy = ClockPolicy.from_settings(settings)
    assert clocks.business_elapsed(start, start + timedelta(hours=9), policy) == \
        timedelta(hours=9)


def test_collective_leave_is_only_indonesian():
    # the choice changes nothing elsewhere (Malaysia has no such category)
    on = ClockPolicy(country="MY", timezone="Asia/Kuala_Lumpur")
    off = ClockPolicy(country="MY", timezone="Asia/Kuala_Lumpur", collective_leave=False)
    days = [date(2025, 1, 1) + timedelta(days=n) for n in range(730)]
    assert [d for d in days if on.is_holiday(d)] == [d for d in days if off.is_holiday(d)]
    assert sum(on.is_holiday(d) for d in days) > 20


def test_an_unknown_state_keeps_the_country_holidays_and_is_reported():
    # "sgr" by hand (the library knows "SGR" and "10"): Merdeka Day must still count
    sgr = ClockPolicy(country="MY", subdivision="sgr", timezone="Asia/Kuala_Lumpur")
    assert sgr.is_holiday(date(2025, 8, 31))
    assert sgr.is_holiday(date(2026, 1, 1)) == \
        ClockPolicy(country="MY", timezone="Asia/Kuala_Lumpur").is_holiday(date(2026, 1, 1))
    problem = views_setup.region_warning("MY", "sgr")
    assert problem is not None and problem.id == "clock.subdivision_unknown"
    assert problem.english() == ("Holidays for “sgr” are unknown; using the country's public "
                                 "holidays only.")
    assert views_setup.region_warning("MY", "SGR") is None
    assert views_setup.region_warning("MY", "") is None
    assert views_setup.region_warning("XX", "sgr") is None  # the country is the matter there


def test_the_new_messages_are_in_the_catalogue():
    for msg_id in ("setup.details_empty", "setup.fallback_refund_policy",
                   "clock.subdivision_unknown"):
        assert msg_id in messages.MESSAGES


def test_the_doctor_warns_of_an_unknown_state():
    from seller_desk import doctor

    assert doctor.check_holidays().ok
    Settings().set("seller.subdivision", "sgr")
    finding = doctor.check_holidays()
    assert (finding.ok, finding.warning) == (False, True)
    assert "“sgr” are unknown" in finding.render() and "Settings > Language" in finding.hint
