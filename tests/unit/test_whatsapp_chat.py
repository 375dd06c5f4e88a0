"""Reading WhatsApp exports as Android and iPhone phones write them, in English, Malay and
Indonesian (the files are made here, the way each phone lays them out)."""

from __future__ import annotations

import zipfile
from datetime import datetime

import pytest

from seller_desk.core.common.errors import ValidationError
from seller_desk.core.shop import whatsapp_chat as wa

LRM, NNBSP = "\u200e", "\u202f"

ANDROID_MS = (
    "30/08/25, 18:00 - Mesej dan panggilan disulitkan hujung ke hujung. Tiada sesiapa di "
    "luar sembang ini boleh membaca atau mendengarnya.\n"
    "30/08/25, 18:01 - Siti Aminah: Salam, baju kurung saiz M ada stok?\n"
    "30/08/25, 18:05 - Nora Batik: Ada kak. Pesanan #100234 ya?\n"
    "Saya hantar esok pagi.\n"
    "\n"
    "Terima kasih!\n"
    "31/08/25, 09:12 - Siti Aminah: IMG-20250831-WA0003.jpg (fail dilampirkan)\n"
    "31/08/25, 09:13 - Siti Aminah: <Media dikecualikan>\n"
)

IPHONE_EN = (
    f"[8/30/25, 6:00:00{NNBSP}PM] Siti Aminah: {LRM}Messages and calls are end-to-end "
    "encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.\n"
    f"[8/30/25, 6:01:10{NNBSP}PM] Siti Aminah: Hi, is size M in stock?\n"
    f"[8/30/25, 6:05:00{NNBSP}PM] Nora Batik: Yes! Order #100234\n"
    f"{LRM}[8/31/25, 9:12:30{NNBSP}AM] Siti Aminah: {LRM}<attached: "
    "00000012-PHOTO-2025-08-31-09-12-30.jpg>\n"
    f"[8/31/25, 12:15:00{NNBSP}PM] Siti Aminah: Thanks\n"
)

ANDROID_ID = (
    "30/08/25 18.01 - Rina Wijaya: Kak, kain batik tulis masih ada?\n"
    "30/08/25 18.05 - Toko Nora: Masih kak, Rp150.000\n"
    "31/08/25 09.12 - Rina Wijaya: IMG-20250831-WA0007.jpg (file terlampir) ini motifnya\n"
    "31/08/25 21.40 - Rina Wijaya: Oke kak saya transfer ya\n"
)


def test_android_in_malay_with_a_notice_lines_over_several_lines_and_media():
    chat = wa.parse_text(ANDROID_MS)
    assert chat.day_first is True
    notice, question, answer, photo, omitted = chat.messages
    assert notice.notice and notice.sender == ""
    assert question == wa.ChatMessage(datetime(2025, 8, 30, 18, 1), "Siti Aminah",
                                      "Salam, baju kurung saiz M ada stok?")
    assert answer.text == "Ada kak. Pesanan #100234 ya?\nSaya hantar esok pagi.\n\nTerima kasih!"
    assert photo.attachments == ("IMG-20250831-WA0003.jpg",) and photo.text == ""
    assert omitted.text == "<Media dikecualikan>"
    assert chat.participants == ["Siti Aminah", "Nora Batik"]


def test_iphone_with_twelve_hour_times_and_marked_lines():
    chat = wa.parse_text(IPHONE_EN)
    assert chat.day_first is False  # 8/30: a month cannot be 30
    assert chat.messages[0].notice
    assert chat.messages[1].when == datetime(2025, 8, 30, 18, 1, 10)
    assert chat.messages[3].attachments == ("00000012-PHOTO-2025-08-31-09-12-30.jpg",)
    assert chat.messages[3].sender == "Siti Aminah"
    assert chat.messages[4].when == datetime(2025, 8, 31, 12, 15)  # 12:15 PM is noon
    assert chat.participants == ["Siti Aminah", "Nora Batik"]


def test_indonesian_android_with_dots_in_the_time_and_a_caption():
    chat = wa.parse_text(ANDROID_ID)
    assert [m.when for m in chat.messages][-1] == datetime(2025, 8, 31, 21, 40)
    assert chat.messages[2].attachments == ("IMG-20250831-WA0007.jpg",)
    assert chat.messages[2].text == "ini motifnya"
    assert chat.messages[1].text == "Masih kak, Rp150.000"


def test_twelve_hour_lowercase_pm_with_dots():
    chat = wa.parse_text(f"30/08/2025, 6:01{NNBSP}p.m. - Siti: Hi\n"
                         f"30/08/2025, 12:05{NNBSP}a.m. - Siti: Late\n", day_first=True)
    assert [m.when.hour for m in chat.messages] == [18, 0]


def test_dates_that_read_both_ways_are_asked_about_and_then_read_as_told():
    text = ("03/04/25, 10:00 - Siti: first\n"
            "04/04/25, 10:00 - Siti: second\n"
            "05/04/25, 10:00 - Siti: third\n")
    # 3 April .. 5 April and 4 March .. 4 May are both in time order: only the seller knows
    with pytest.raises(wa.DateOrderUnknown) as asked:
        wa.parse_text(text)
    assert asked.value.field == "day_first"
    assert wa.parse_text(text, day_first=True).messages[0].when == datetime(2025, 4, 3, 10)
    assert wa.parse_text(text, day_first=False).messages[0].when == datetime(2025, 3, 4, 10)


def test_time_order_settles_dates_that_could_read_both_ways():
    text = ("12/01/25, 10:00 - Siti: first\n"
            "01/02/25, 10:00 - Siti: second\n")
    # day first: 12 Jan then 1 Feb (in order); month first: 1 Dec then 2 Jan (not)
    assert wa.parse_text(text).day_first is True


def test_something_else_is_refused_in_plain_words():
    with pytest.raises(ValidationError) as refused:
        wa.parse_text("Dear customer,\nthis is a letter.\n")
    assert "WhatsApp" in refused.value.text()


def test_a_zip_from_an_iphone_with_its_media(tmp_path):
    path = tmp_path / "WhatsApp Chat - Siti Aminah.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("_chat.txt", "\ufeff" + IPHONE_EN)
        archive.writestr("00000012-PHOTO-2025-08-31-09-12-30.jpg", b"\xff\xd8jpeg")
    chat = wa.read(path)
    assert chat.title == "Siti Aminah"
    assert chat.media_bytes("00000012-PHOTO-2025-08-31-09-12-30.jpg") == b"\xff\xd8jpeg"
    assert len(chat.messages) == 5


def test_a_txt_from_android_named_for_the_customer(tmp_path):
    path = tmp_path / "WhatsApp Chat with Siti Aminah.txt"
    path.write_text(ANDROID_MS, encoding="utf-8")
    assert wa.read(path).title == "Siti Aminah"
    indonesian = tmp_path / "Chat WhatsApp dengan Rina Wijaya.txt"
    indonesian.write_text(ANDROID_ID, encoding="utf-8")
    assert wa.read(indonesian).title == "Rina Wijaya"


def test_a_damaged_zip_is_said_plainly(tmp_path):
    path = tmp_path / "chat.zip"
    path.write_bytes(b"PK\x03\x04 broken")
    with pytest.raises(ValidationError) as refused:
        wa.read(path)
    assert "damaged" in refused.value.text()
