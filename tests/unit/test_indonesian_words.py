"""The Indonesian interface and templates say one thing with one word (issue 18, the
bilingual review): Tag and Mark, quantity and amount are told apart, and each term of
resources/translations/glossary_id.json is used the same way everywhere."""

from __future__ import annotations

import json
import re
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "seller_desk_id.ts"
GLOSSARY = ROOT / "resources" / "translations" / "glossary_id.json"
TEMPLATES = ROOT / "resources" / "templates" / "id.toml"


def translations() -> dict[tuple[str, str], str]:
    """(context, English source) -> Indonesian, plural forms joined."""
    found = {}
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            t = message.find("translation")
            forms = [f.text or "" for f in t.iter("numerusform")] if t is not None else []
            text = " ".join(forms) if forms else (t.text or "" if t is not None else "")
            found[(name, message.findtext("source") or "")] = text
    return found


def test_tag_and_mark_are_different_words():
    """Ensure the Tag button (t) and the Mark actions (u) do not both say "Tandai"."""
    words = translations()
    for context in ("ConversationPage", "InboxPage"):
        assert "tandai" not in words[(context, "Tag  t")].lower()
    assert "tandai" not in words[("InboxPage", "Tag as complaint, return, refund ... (t)")].lower()
    assert words[("InboxPage", "Mark unread  u")].startswith("Tandai")


def test_quantity_and_amount_columns_have_different_names():
    """Ensure the order items' Qty and Amount columns are not both "Jumlah"."""
    words = translations()
    assert words[("ItemsEditor", "Qty")] != words[("ItemsEditor", "Amount")]
    money = [text for (context, source), text in words.items()
             if context == "CoreMessages" and re.search(r"\bamounts?\b", source, re.I)
             and "quantity" not in source.lower()]
    assert money and not [t for t in money if re.search(r"\bjumlah\b", t, re.I)], money


def test_snoozed_until_the_customer_replies_names_the_customer():
    assert "pelanggan" in translations()[("", "until reply")]


def corpus() -> list[tuple[str, str]]:
    """(where, text) of every Indonesian translation and template field."""
    texts = [(f"{c}: {s[:50]}", t) for (c, s), t in translations().items()]
    for template in tomllib.loads(TEMPLATES.read_text(encoding="utf-8"))["template"]:
        texts += [(f"id.toml {template['key']}.{field}", template[field])
                  for field in ("name", "subject", "body")]
    return texts


def test_the_glossary_lists_every_reviewed_term():
    """Ensure the glossary holds the terms the review found used in two ways."""
    glossary = json.loads(GLOSSARY.read_text(encoding="utf-8"))
    assert glossary["language"] == "id"
    use = {term["en"]: term["use"] for term in glossary["terms"]}
    assert use["mailbox"] == "akun email" and use["shipping fee"] == "ongkir"
    assert use["backup"] == "backup" and use["check"] == "cek" and use["channel"] == "channel"
    assert use["tag"] != use["mark"]
    assert all(isinstance(term["avoid"], list) for term in glossary["terms"])


@pytest.mark.parametrize("term", json.loads(GLOSSARY.read_text(encoding="utf-8"))["terms"],
                         ids=lambda term: term["en"])
def test_no_avoided_word_in_indonesian(term):
    """Ensure no Indonesian text uses a word the glossary says to avoid."""
    hits = []
    for word in term["avoid"]:
        pattern = re.compile(r"(?<!\w)" + re.escape(word) + r"(?!\w)", re.IGNORECASE)
        hits += [f"{where}: {text[:80]}" for where, text in corpus() if pattern.search(text)]
    assert not hits, f"use “{term['use']}”:\n" + "\n".join(hits)
