"""Every screen in Malay and in Indonesian speaks Malay and Indonesian: no English word is
left on a label, button, tab, tooltip, menu, list, placeholder or column header.

docs/screens/render_screens.py walks the same screens it draws for the README (with
``--words``), in a process of its own with a fresh demo shop, and writes what each screen
shows. An English word is a word of the interface's English texts (the sources of the
.ts files) that no Malay (or Indonesian) translation or default template uses too: "email",
"online" or "backup" are words of the language as sellers write it, "Cancel" and "Next"
are not. Brand names, units and the demo shop's own names are on a short allow list with
the reason for each (tests/data/screen_words_allow.json).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
RENDER = ROOT / "docs" / "screens" / "render_screens.py"
TRANSLATIONS = ROOT / "resources" / "translations"
TEMPLATES = ROOT / "resources" / "templates"
ALLOW = ROOT / "tests" / "data" / "screen_words_allow.json"
LANGUAGES = ("ms", "id")
#: screens the walk must reach, so a broken walk cannot pass by seeing nothing
SCREENS = ("demo", "keys", "setup", "orders", "shipments", "reminders", "reports",
           "templates", "settings", "inbox", "customers", "settings-language",
           "settings-hours", "settings-rules", "settings-couriers", "settings-data",
           "settings-shop", "settings-patterns", "settings-not-customers",
           "settings-mailboxes", "order-form", "products", "parcel", "wizard-address",
           "wizard-microsoft", "wizard-waiting", "sign-in-again", "import-preview",
           "import-mapping", "found-order", "composer", "composer-new", "question",
           "not-customer-popup", "tag-menu", "snooze-menu", "reminder-form",
           "remove-mailbox", "mailbox-edit", "password-box", "waiting")
#: what is not a word of any language, taken out before the words are read: e-mail
#: addresses, web and file names (shop@example.com, myaccount.google.com/apppasswords,
#: Order.all.csv), and time zones, whose names are the same identifiers in every language
NOT_WORDS = re.compile(r"\b(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|"
                       r"Europe|Indian|Pacific|Etc)/.*|\S+@\S+|\b\w+(?:[.:/]\w+)+\S*")
#: a named blank of a core message or a template ({other}, {customer.first_name}): code
PLACEHOLDER = re.compile(r"\{[^}]*\}")
#: the texts of QWizard's own Back/Next/Cancel buttons (see test_wizard_buttons_speak)
WIZARD_BUTTONS = re.compile(r"__qt__passive_wizardbutton|qt_wizard_")


def words(text: str) -> set[str]:
    """The words of ``text``, in lower case (a hyphen or an apostrophe splits them).
    Codes are no words: a token with a digit (SKU-42, 4G) or a short one in capitals
    (MYR, QR, COD, AS for Amerika Serikat)."""
    found = set()
    for token in re.findall(r"\w+", NOT_WORDS.sub(" ", text)):
        if any(c.isdigit() for c in token) or "_" in token:
            continue
        if token.isupper() and len(token) <= 4:
            continue
        found.add(token.lower())
    return found


def _messages(language: str) -> list[tuple[str, str]]:
    """(English source, translation) of every message of a language's .ts file."""
    root = ET.parse(TRANSLATIONS / f"seller_desk_{language}.ts").getroot()
    pairs = []
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            continue
        forms = [f.text or "" for f in translation.iter("numerusform")]
        pairs += [(source, form) for form in forms or [translation.text or ""]]
    return pairs


def english_words() -> set[str]:
    """Every word of the interface's English texts."""
    return set().union(*(words(source) for source, _ in _messages("ms")))


def language_words(language: str) -> set[str]:
    """The words a language's translations and default templates use (a translation that
    only repeats its English source, like "OK", proves nothing and is left out)."""
    found: set[str] = set()
    for source, translation in _messages(language):
        if translation.strip() != source.strip():
            found |= words(PLACEHOLDER.sub(" ", translation))
    template = (TEMPLATES / f"{language}.toml").read_text(encoding="utf-8")
    return found | words(PLACEHOLDER.sub(" ", template))


def allowed(language: str) -> re.Pattern[str]:
    """The allow list's names and phrases for ``language``, as one pattern that finds them
    as whole words (each group of the list says why it is there)."""
    data = json.loads(ALLOW.read_text(encoding="utf-8"))
    groups = data["everywhere"] + data.get(language, [])
    phrases = sorted({p for group in groups for p in group["words"]}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, phrases)) + r")(?!\w)",
                      re.IGNORECASE)


def english_left(language: str, screens: dict[str, list[list[str]]],
                 skip: re.Pattern[str] = WIZARD_BUTTONS) -> list[str]:
    """"screen: where: text [words]" for each text that shows an English word."""
    english = english_words() - language_words(language)
    allow = allowed(language)
    found = []
    for screen, texts in sorted(screens.items()):
        for where, text in texts:
            if skip.search(where):
                continue
            left = sorted(words(allow.sub(" ", text)) & english)
            if left:
                found.append(f"{screen}: {where}: {text!r} {left}")
    return sorted(set(found))


@pytest.fixture(scope="module", params=LANGUAGES)
def shown(request: Any, tmp_path_factory: Any) -> tuple[str, dict[str, list[list[str]]]]:
    """What every screen shows in one language, read by a process of its own."""
    language = request.param
    folder = tmp_path_factory.mktemp(f"screen-words-{language}")
    target = folder / "words.json"
    env = {**os.environ, "SELLER_DESK_HOME": str(folder / "home"),
           "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, str(RENDER), "--in-process", "--words", str(target),
                           language], env=env, cwd=ROOT, capture_output=True, text=True,
                          timeout=900, check=False)
    assert done.returncode == 0, done.stderr[-4000:]
    return language, json.loads(target.read_text(encoding="utf-8"))


def test_the_walk_reaches_every_screen(shown):
    """Ensure the screens' walk sees every screen, and words on each."""
    _language, screens = shown
    assert set(SCREENS) <= set(screens), sorted(set(SCREENS) - set(screens))
    assert all(screens[name] for name in SCREENS), [n for n in SCREENS if not screens[n]]


def test_no_english_word_on_any_screen(shown):
    """Ensure no screen shows an English word in Malay or Indonesian."""
    language, screens = shown
    left = english_left(language, screens)
    assert not left, f"English on the {language} screens:\n" + "\n".join(left)


def test_wizard_buttons_speak_the_language(shown):
    """Ensure the add-mailbox wizard's own Back, Next and Cancel are translated."""
    language, screens = shown
    wizard = {name: [t for t in texts if WIZARD_BUTTONS.search(t[0])]
              for name, texts in screens.items() if name.startswith("wizard-")}
    assert any(wizard.values())
    left = english_left(language, wizard, skip=re.compile(r"(?!)"))
    assert not left, "\n".join(left)


def test_an_english_word_is_found():
    """Ensure the check itself sees an English button and a header among local words."""
    screens = {"orders": [["QPushButton text", "Batal"], ["QPushButton text", "Cancel"],
                          ["QTableView header", "Jumlah"], ["QLabel text", "Order saved"]],
               "brands": [["QLabel text", "Shopee, Lazada dan Gmail"],
                          ["QLabel text", "nora@example.com · Order.all.csv · SKU-42"]]}
    for language in LANGUAGES:
        left = english_left(language, screens)
        assert any("'Cancel'" in line for line in left), left
        assert any("'Order saved'" in line for line in left), left
        assert not [line for line in left if "Batal" in line or "Shopee" in line
                    or "example" in line], left


def test_the_allow_list_gives_a_reason_for_each_group():
    """Ensure the allow list stays small and reasoned: each group says why, and no word on
    it is one of the words a translation exists for."""
    data = json.loads(ALLOW.read_text(encoding="utf-8"))
    groups = data["everywhere"] + data.get("ms", []) + data.get("id", [])
    assert all(group["why"].strip() and group["words"] for group in groups)
    every = [w.lower() for group in groups for w in group["words"]]
    assert len(every) == len(set(every)) and len(every) < 150
    for common in ("cancel", "next", "back", "save", "order", "orders", "customer", "reply"):
        assert common not in every


@pytest.fixture
def indonesian(qapp: Any) -> Any:
    from seller_desk.ui import i18n

    i18n.install("id", "ID")
    yield qapp
    i18n.install("en")  # every other test reads English


def test_hints_payment_methods_and_keys_follow_the_language(indonesian):
    """Ensure the Gmail hint, "Other (IMAP)", the payment methods that are words and the
    Shift+click key are shown in Indonesian, while brands keep their names."""
    from seller_desk.core.mail.connection.providers import PRESETS
    from seller_desk.ui import labels
    from seller_desk.ui.help import HelpOverlay
    from seller_desk.ui.qt import QLabel, QWidget

    assert labels.provider_help("gmail", PRESETS["gmail"].help).startswith("Pakai sandi")
    assert labels.payment_method("Cash on delivery") == "Bayar di tempat (COD)"
    assert labels.payment_method("DuitNow QR") == "DuitNow QR"
    assert labels.provider_label("generic", PRESETS["generic"].label) == "Lainnya (IMAP)"
    assert labels.provider_label("gmail", PRESETS["gmail"].label) == "Gmail"
    parent = QWidget()
    overlay = HelpOverlay(parent)
    keys = [label.text() for label in overlay.findChildren(QLabel)
            if label.objectName() == "helpKey"]
    assert "Shift+klik" in keys and "Shift+click" not in keys
    parent.deleteLater()
