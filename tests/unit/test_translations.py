"""The translation files are complete and the compiled .qm files match their sources."""

from __future__ import annotations

import importlib.util
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "translations"


def _update_module():
    spec = importlib.util.spec_from_file_location("update_translations", FOLDER / "update.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def update():
    return _update_module()


def test_every_visible_text_is_translated_and_every_qm_is_current(update):
    """Runs lupdate over seller_desk/ui into a scratch copy and lrelease: nothing may differ.

    When this fails: python resources/translations/update.py, translate what it lists
    (Qt Linguist: pyside6-linguist resources/translations/seller_desk_ms.ts), run it again,
    and commit the .ts and .qm files.
    """
    problems = update.check()
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("language", ["ms", "id"])
def test_placeholders_survive_translation(update, language):
    assert update.problems_in(update.ts_path(language), must_translate=True) == []


def test_english_has_plural_forms_only(update):
    root = ET.parse(update.ts_path("en")).getroot()
    messages = list(root.iter("message"))
    assert messages and all(m.get("numerus") == "yes" for m in messages)


def test_the_texts_lupdate_cannot_see_are_found_too(update):
    """Texts inside f-strings and in module-level tr() helpers reach the .ts files."""
    hidden = {(context, text) for context, text, _c, _p in update.hidden_texts()}
    assert ("OrderDetailPanel", "Total") in hidden
    assert any(text == "Yesterday" for _context, text in hidden)
    messages = {(c.findtext("name"), m.findtext("source"))
                for c in ET.parse(update.ts_path("ms")).getroot().iter("context")
                for m in c.iter("message")}
    assert ("OrderDetailPanel", "Total") in messages


@pytest.mark.parametrize("language", ["ms", "id"])
def test_the_cores_placeholder_and_category_names_are_translated(update, language):
    """The core holds these names (one home); update.py hands them to lupdate."""
    from seller_desk.core.templates import canned

    translated = {m.findtext("source") for c in ET.parse(update.ts_path(language)).getroot()
                  .iter("context") if c.findtext("name") == "Placeholders"
                  for m in c.iter("message")
                  if (m.find("translation") is not None and m.find("translation").text)}
    names = {p.description for p in canned.PLACEHOLDERS.values()} | set(
        canned.CATEGORIES.values())
    assert names - translated == set()
    assert names <= {text for context, text, _c, _p in update.core_texts()
                     if context == "Placeholders"}
