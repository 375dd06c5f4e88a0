"""The attribution line ("On ... wrote:") has one home: what we write, we recognise, and
every place that cuts a quote off recognises the same lines."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from seller_desk.core.answering import compose, quoting
from seller_desk.core.answering.drafts import _without_quote
from seller_desk.core.mail.parse import attribution
from seller_desk.core.mail.parse.derived import snippet_of
from seller_desk.core.screens.conversation import split_quoted_text
from seller_desk.core.store.models import Account

#: attribution lines of other mail programs, as they arrive
FOREIGN = [
    "On Mon, 3 Nov 2025 at 10:00, Aisyah <aisyah@example.com> wrote:",
    "Pada Sen, 3 Nov 2025 pukul 10.00 Budi <budi@example.co.id> menulis:",
    "Pada 3/11/2025 10:00, Siti tulis:",
    "Am Mo., 3. Nov. 2025 um 10:00 Uhr schrieb Hans <hans@example.de>:",
    "Le lun. 3 nov. 2025 à 10:00, Claire <claire@example.fr> a écrit :",
    "Op ma 3 nov. 2025 om 10:00 schreef Joost <joost@example.nl>:",
    "El lun, 3 nov 2025 a las 10:00, Ana (<ana@example.es>) escribió:",
]


@pytest.mark.parametrize("language", sorted(attribution.WROTE))
@pytest.mark.parametrize("date", ["3 Nov 2026, 10:15", ""])
def test_what_we_write_we_recognise(language, date):
    written = attribution.line(language, "Siti <siti@example.com>", date)
    assert "Siti <siti@example.com>" in written and (date in written)
    assert attribution.is_attribution(written)


def test_the_reply_writes_the_line_in_its_language():
    original = quoting.Quote("Siti <s@x.my>", datetime(2026, 11, 3, 2, 15, tzinfo=UTC),
                             "Pesanan", "shop@x.my", "Bila sampai?")
    out = compose.Outgoing(Account(email="shop@x.my"), kind="reply", language="ms",
                           text="Terima kasih!", quote=original)
    lines = quoting.full_text(out).splitlines()
    said = next(x for x in lines if x.startswith("Pada "))
    assert said.endswith("Siti <s@x.my> menulis:") and attribution.is_attribution(said)


@pytest.mark.parametrize("line", FOREIGN)
def test_other_programs_attribution_lines_are_recognised_everywhere(line):
    body = f"Sudah sampai, terima kasih.\n\n{line}\n> Bila pesanan saya sampai?\n"
    assert attribution.is_attribution(line)
    assert snippet_of(body) == "Sudah sampai, terima kasih."
    head, quote = split_quoted_text(body)
    assert head == "Sudah sampai, terima kasih." and quote.startswith(line)
    assert _without_quote(body, True) == "Sudah sampai, terima kasih.\n"


@pytest.mark.parametrize("text", [
    "On Monday I wrote: the parcel is late",
    "Pada hari Isnin:",
    "Here is the list:",
    "Alamat: Jalan Melati 3",
])
def test_ordinary_lines_are_not_attributions(text):
    assert not attribution.is_attribution(text)


def test_a_sellers_own_line_ending_in_a_colon_stays_in_the_draft():
    sent = "Berikut senarai barang:\n- Batik\n\nOn 3 Nov 2026, Siti wrote:\n> Ada stok?\n"
    assert _without_quote(sent, True) == "Berikut senarai barang:\n- Batik\n"
