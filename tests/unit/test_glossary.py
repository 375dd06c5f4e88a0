"""Each language's glossary is kept: a word it says to avoid appears in no translation of
that language and in none of its default templates."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "translations"

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ms_MY" sourcelanguage="en_US">
<context>
    <name>ShipmentsModel</name>
    <message>
        <source>Tracking number</source>
        <translation>Nombor PENJEJAKAN</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>&amp;Tunda</translation>
    </message>
    <message>
        <source>Towing</source>
        <translation>Lori tundaan, bukan penjejakanlah</translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s) snoozed</source>
        <translation>
            <numerusform>%n bungkusan ditunda</numerusform>
        </translation>
    </message>
</context>
</TS>
"""

TEMPLATES = '''language = "ms"

[[template]]
key = "shipped"
name = "Pesanan dihantar"
subject = "Nombor tracking"
body = """
Nombor penjejakan: {shipment.tracking_number}
"""
'''


def _update_module():
    spec = importlib.util.spec_from_file_location("update_translations", FOLDER / "update.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def update():
    return _update_module()


def _glossary(folder: Path, language: str, terms: list[dict[str, object]]) -> None:
    (folder / f"glossary_{language}.json").write_text(
        json.dumps({"language": language, "terms": terms}), encoding="utf-8")


@pytest.fixture
def scratch(tmp_path: Path) -> tuple[Path, Path]:
    folder, templates = tmp_path / "translations", tmp_path / "templates"
    folder.mkdir()
    templates.mkdir()
    (folder / "seller_desk_ms.ts").write_text(TS, encoding="utf-8")
    (templates / "ms.toml").write_text(TEMPLATES, encoding="utf-8")
    _glossary(folder, "ms", [
        {"en": "tracking number", "use": "nombor tracking", "avoid": ["nombor penjejakan"]},
        {"en": "snooze", "use": "tangguh", "avoid": ["tunda", "ditunda"]}])
    return folder, templates


def test_the_shipped_translations_and_templates_keep_their_glossaries(update):
    """The real files: when this fails, use the glossary's word in the message it names."""
    assert update.glossary_problems() == []


def test_the_malay_glossary_names_the_words_sellers_use(update):
    terms = {t["en"]: t for t in update.glossaries()["ms"]}
    assert "nombor penjejakan" not in terms["tracking number, tracking link, tracking page"]["use"]
    assert "penjejakan" in terms["tracking number, tracking link, tracking page"]["avoid"]
    assert "lewat hari ini" in terms["later today"]["avoid"]
    assert all(t["use"] and t["avoid"] for t in terms.values())


def test_an_avoided_word_is_found_whole_in_any_case_and_named(update, scratch):
    folder, templates = scratch
    found = update.glossary_problems(folder, templates)
    # the message and the template are named, with the word to use instead
    assert any("[ShipmentsModel] 'Tracking number'" in line and "“nombor penjejakan”" in line
               and "“nombor tracking”" in line for line in found)
    assert any("ms.toml: template 'shipped' body" in line for line in found)
    # an access key inside the word does not hide it; a plural form is read too
    assert any("'Snooze'" in line and "“tunda”" in line for line in found)
    assert any("'%n parcel(s) snoozed'" in line and "“ditunda”" in line for line in found)
    # part of a longer word is not the word: "tundaan" is not "tunda"
    assert not any("'Towing'" in line for line in found)
    # a subject that already says "Nombor tracking" is fine
    assert not any("template 'shipped' subject" in line for line in found)
    assert len(found) == 4


def test_a_language_without_a_glossary_is_not_checked_and_one_without_words_passes(
        update, scratch):
    folder, templates = scratch
    (folder / "glossary_ms.json").unlink()
    assert update.glossary_problems(folder, templates) == []
    _glossary(folder, "ms", [])
    assert update.glossary_problems(folder, templates) == []


def test_every_glossary_present_is_read(update, scratch):
    """Another language's glossary checks that language's files, not Malay's."""
    folder, templates = scratch
    (folder / "glossary_ms.json").unlink()
    (folder / "seller_desk_id.ts").write_text(
        TS.replace("ms_MY", "id_ID").replace("Nombor PENJEJAKAN", "Nomor resi"),
        encoding="utf-8")
    _glossary(folder, "id", [{"en": "snooze", "use": "tunda", "avoid": ["tangguh"]},
                             {"en": "tracking number", "use": "nomor resi",
                              "avoid": ["nomor pelacakan"]}])
    assert update.glossary_problems(folder, templates) == []
    _glossary(folder, "id", [{"en": "tracking number", "use": "nomor pelacakan",
                              "avoid": ["nomor resi"]}])
    found = update.glossary_problems(folder, templates)
    assert len(found) == 1 and found[0].startswith("seller_desk_id.ts: [ShipmentsModel]")


@pytest.mark.parametrize("content", [
    {"language": "id", "terms": []},  # the wrong language for the file's name
    {"language": "ms", "terms": [{"en": "snooze", "use": "tangguh"}]},  # no "avoid"
    {"language": "ms", "terms": [{"en": "snooze", "use": "tangguh", "avoid": [""]}]},
])
def test_a_glossary_in_the_wrong_shape_stops_the_check(update, scratch, content):
    folder, templates = scratch
    (folder / "glossary_ms.json").write_text(json.dumps(content), encoding="utf-8")
    with pytest.raises(SystemExit, match=r"glossary_ms\.json"):
        update.glossary_problems(folder, templates)


def test_the_check_reports_glossary_words(update, monkeypatch):
    """``update.py --check`` fails on an avoided word, as it does on an untranslated text."""
    monkeypatch.setattr(update, "glossary_problems", lambda: ["seller_desk_ms.ts: [X] 'y' says"])
    monkeypatch.setattr(update, "lupdate", lambda folder: None)
    monkeypatch.setattr(update, "lrelease", lambda folder, out=None: None)
    monkeypatch.setattr(update, "qm_path", lambda language, folder=FOLDER: FOLDER / "x.qm")
    monkeypatch.setattr(update.Path, "read_bytes", lambda self: b"")
    assert update.main(["--check"]) == 1
