"""Refresh the translation sources from the code and compile them.

    python resources/translations/update.py          # lupdate + lrelease
    python resources/translations/update.py --check  # exit 1 when something is stale

``pyside6-lupdate`` reads every ``.py`` file under ``seller_desk/ui`` (the only place with
visible strings) and merges new texts into ``seller_desk_ms.ts`` and ``seller_desk_id.ts``
as unfinished; ``seller_desk_en.ts`` keeps only plural forms (English is the source
language, so only "%n order(s)" needs an English translation). ``pyside6-lrelease`` then
compiles each ``.ts`` into the ``.qm`` the app loads. Translate the unfinished entries with
Qt Linguist (``pyside6-linguist``) or a text editor, then run this again.

lupdate does not look inside f-strings, and it files a text given to a module-level
helper named ``tr`` under the empty context. A second pass over the code's syntax tree finds
those texts and hands them to lupdate in a generated file (never kept), so they are
translated too; at run time :class:`seller_desk.ui.i18n.FallbackTranslator` finds texts of
the empty context.

The core's messages (errors and hints, ``seller_desk/core/common/messages.py``) go into the
same generated file under the ``CoreMessages`` context, each with its message id as the
disambiguation: that pair is what :func:`seller_desk.ui.i18n.message_text` looks up. So do
the names of the placeholders and template categories, and of a mail account's fields (the
``account_field`` parameters of those messages), which the core holds in English.

``--check`` changes nothing: it reports texts in the code the ``.ts`` files lack,
unfinished or empty translations, ``.qm`` files older than their ``.ts``, and words a
language's glossary says to avoid.

The glossaries (``glossary_<language>.json``, one per language, each optional) hold the words
sellers of that language really use for our terms, and the words to avoid for them::

    {"language": "ms",
     "terms": [{"en": "tracking number", "use": "nombor tracking",
                "avoid": ["nombor penjejakan"]}]}

An avoided word found (as a whole word, in any case) in a translation of that language or
in its default templates (``resources/templates/<language>.toml``: names, subjects, bodies)
is reported with the message or template it is in, so one term reads the same on every
screen and in every mail a customer gets.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
if str(ROOT) not in sys.path:  # run as a script from anywhere: the catalogue is in the repo
    sys.path.insert(0, str(ROOT))

from seller_desk.core.common import messages as core_messages  # noqa: E402
from seller_desk.core.mail.connection import account_fields, providers  # noqa: E402
from seller_desk.core.reports import export as core_export  # noqa: E402
from seller_desk.core.templates import canned as core_templates  # noqa: E402

#: the context of the core's messages (seller_desk.ui.i18n.CORE_CONTEXT)
CORE_CONTEXT = "CoreMessages"
#: the context of a mail account's field names (seller_desk.ui.labels.ACCOUNT_FIELDS_CONTEXT)
ACCOUNT_FIELDS_CONTEXT = "AccountFields"
#: the context of the mail providers' hints (seller_desk.ui.labels.PROVIDERS_CONTEXT)
PROVIDERS_CONTEXT = "Providers"
#: the context of the export files' headers and sheets (seller_desk/ui/reports/export_words.py)
EXPORT_WORDS_CONTEXT = "ExportWords"
SOURCE_DIR = ROOT / "seller_desk" / "ui"
#: the default templates, one ``<language>.toml`` each, checked against the glossary too
TEMPLATES_DIR = ROOT / "resources" / "templates"
LANGUAGES = {"en": "en_US", "ms": "ms_MY", "id": "id_ID"}
#: languages every text must be translated into (English is the source)
TRANSLATED = ("ms", "id")


def ts_path(language: str, folder: Path = HERE) -> Path:
    return folder / f"seller_desk_{language}.ts"


def qm_path(language: str, folder: Path = HERE) -> Path:
    return folder / f"seller_desk_{language}.qm"


def tool(name: str) -> str:
    """The path of a PySide6 tool (``pyside6-lupdate``) next to this Python, or on PATH."""
    local = Path(sys.executable).parent / f"pyside6-{name}"
    if local.exists():
        return str(local)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} not found: install PySide6 into this Python")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in SOURCE_DIR.rglob("*.py"))


class _Texts(ast.NodeVisitor):
    """(context, text, comment, plural) of every literal translatable call in a module."""

    HELPERS = {"tr", "_tr"}

    def __init__(self) -> None:
        self.found: list[tuple[str, str, str, bool]] = []
        self.classes: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:  # noqa: N802 - ast's name
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:  # noqa: N802 - ast's name
        args = [a.value if isinstance(a, ast.Constant) and isinstance(a.value, str) else None
                for a in node.args]
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr == "translate":
            if len(args) >= 2 and args[0] is not None and args[1] is not None:
                comment = args[2] if len(args) > 2 and args[2] is not None else ""
                self.found.append((args[0], args[1], comment, len(args) > 3))
        elif args and args[0] is not None:
            comment = args[1] if len(args) > 1 and args[1] is not None else ""
            plural = len(args) > 2
            if isinstance(func, ast.Name) and func.id in self.HELPERS:
                self.found.append(("", args[0], comment, plural))
            elif isinstance(func, ast.Attribute) and func.attr == "tr":
                owner = func.value
                context = self.classes[-1] if self.classes and isinstance(owner, ast.Name) \
                    and owner.id in ("self", "cls") else ""
                self.found.append((context, args[0], comment, plural))
        self.generic_visit(node)


def hidden_texts() -> list[tuple[str, str, str, bool]]:
    """Translatable literals of the code, including those lupdate cannot see."""
    texts: list[tuple[str, str, str, bool]] = []
    for name in sources():
        visitor = _Texts()
        visitor.visit(ast.parse((ROOT / name).read_text(encoding="utf-8"), name))
        texts += visitor.found
    return sorted(set(texts))


def core_texts() -> list[tuple[str, str, str, bool]]:
    """(context, English text, comment, plural) of the core's words the interface shows:
    every message (its id as the comment), the placeholders' and template categories'
    names (context ``Placeholders``, as ``seller_desk/ui/templates/placeholders.py`` asks),
    the mail providers' hints (context ``Providers``, as the set-up wizard asks)
    and the account fields' names (context ``AccountFields``, as ``seller_desk/ui/labels.py``
    asks)."""
    texts = [(CORE_CONTEXT, text, msg_id, False)
             for msg_id, text in sorted(core_messages.MESSAGES.items())]
    names = [p.description for p in core_templates.PLACEHOLDERS.values()]
    names += list(core_templates.CATEGORIES.values())
    texts += [("Placeholders", name, "", False) for name in sorted(set(names))]
    texts += [(EXPORT_WORDS_CONTEXT, name, "", False) for name in sorted(
        set(core_export.HEADER_WORDS.values()) | set(core_export.SHEET_WORDS.values())
        | {word for words in core_export.VALUE_WORDS.values() for word in words.values()})]
    # what to do at each mail provider, and "Other (IMAP)"; brand names stay as they are
    texts += [(PROVIDERS_CONTEXT, text, "", False) for text in sorted(
        {p.help for p in providers.PRESETS.values() if p.help}
        | {p.label for p in providers.PRESETS.values() if p.key == "generic"})]
    return texts + [(ACCOUNT_FIELDS_CONTEXT, name, "", False)
                    for name in sorted(set(account_fields.LABELS.values()))]


def _extra_source(folder: Path) -> Path:
    # Plain statements, one per text, which lupdate reads reliably (not inside a list, say).
    # Its Python reader takes only self.tr(text, comment, n) as a plural form, so plural
    # texts are written that way inside a class named after their context; this file goes
    # first, because for the same text lupdate keeps the first form it meets.
    lines: list[str] = []
    plural: dict[str, list[str]] = {}
    for context, text, comment, is_plural in core_texts() + hidden_texts():
        source = json.dumps(text, ensure_ascii=False)
        remark = json.dumps(comment, ensure_ascii=False)
        if is_plural and context.isidentifier():
            plural.setdefault(context, []).append(f"        self.tr({source}, {remark}, n)")
            continue
        parts = [json.dumps(context), source]
        if comment or is_plural:
            parts.append(remark)
        if is_plural:
            parts.append("n")
        lines.append(f"QCoreApplication.translate({', '.join(parts)})")
    for context, calls in sorted(plural.items()):
        lines += [f"class {context}:", "    def plural(self, n):", *calls]
    path = folder / "hidden_texts.py"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def lupdate(folder: Path = HERE) -> None:
    """Merge the texts of the code into the ``.ts`` files in ``folder``."""
    with tempfile.TemporaryDirectory() as tmp:
        _lupdate(folder, str(_extra_source(Path(tmp))))


def _lupdate(folder: Path, extra: str) -> None:
    files = [extra, *sources()]
    for language, qt_name in LANGUAGES.items():
        args = [tool("lupdate"), *files, "-no-obsolete", "-locations", "none", "-silent",
                "-target-language", qt_name, "-source-language", "en_US"]
        if language == "en":
            args.append("-pluralonly")
        subprocess.run([*args, "-ts", str(ts_path(language, folder))], cwd=ROOT, check=True)


def lrelease(folder: Path = HERE, out: Path | None = None) -> None:
    """Compile each ``.ts`` in ``folder`` into a ``.qm`` in ``out`` (default: the same)."""
    for language in LANGUAGES:
        subprocess.run([tool("lrelease"), "-silent", "-nounfinished",
                        str(ts_path(language, folder)), "-qm",
                        str(qm_path(language, out or folder))], check=True)


def messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, <message>) of every live message in a ``.ts`` file."""
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append((name, message.findtext("source") or "", message))
    return found


def problems_in(path: Path, must_translate: bool) -> list[str]:
    """Unfinished or empty translations, and placeholders lost in translation."""
    found = []
    for context, source, message in messages(path):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("obsolete", "vanished"):
            continue
        forms = [f.text or "" for f in translation.iter("numerusform")] or [
            translation.text or ""]
        where = f"{path.name}: [{context}] {source!r}"
        if translation.get("type") == "unfinished" or (must_translate and not all(forms)):
            found.append(f"{where} is not translated")
            continue
        for marker in ("%1", "%2", "%3", "%4", "%n"):
            if marker in source and not all(marker in form for form in forms):
                found.append(f"{where} loses {marker} in translation")
        if context == CORE_CONTEXT:
            # the core fills in its parameters by name: each must be there, none invented
            wanted = core_messages.params_in(source)
            for form in forms:
                if core_messages.params_in(form) != wanted:
                    found.append(f"{where} has {{…}} parameters "
                                 f"{sorted(core_messages.params_in(form))}, not {sorted(wanted)}")
            literal = set(re.findall(r"\{[a-z]+\.[a-z_]+\}", source))
            if not all(literal <= set(re.findall(r"\{[a-z]+\.[a-z_]+\}", form)) for form in forms):
                found.append(f"{where} loses a placeholder name in translation")
    return found


def glossary_path(language: str, folder: Path = HERE) -> Path:
    return folder / f"glossary_{language}.json"


def glossaries(folder: Path = HERE) -> dict[str, list[dict[str, object]]]:
    """language -> its glossary's terms, for every ``glossary_*.json`` in ``folder``.

    A language without a file simply has no glossary yet; a file that is not in the
    expected shape stops the check with its name, rather than checking nothing quietly.
    """
    found: dict[str, list[dict[str, object]]] = {}
    for path in sorted(folder.glob("glossary_*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        language = path.stem.removeprefix("glossary_")
        terms = data.get("terms") if isinstance(data, dict) else None
        if data.get("language") != language or not isinstance(terms, list) or not all(
                isinstance(t, dict) and isinstance(t.get("en"), str)
                and isinstance(t.get("use"), str) and isinstance(t.get("avoid"), list)
                and all(isinstance(a, str) and a.strip() for a in t["avoid"])
                for t in terms):
            raise SystemExit(f"{path.name}: expected {{\"language\": \"{language}\", "
                             "\"terms\": [{\"en\": …, \"use\": …, \"avoid\": [...]}]}")
        found[language] = terms
    return found


def _avoided(terms: list[dict[str, object]]) -> list[tuple[re.Pattern[str], str, dict[str, object]]]:
    # A whole word or phrase, in any case: "tunda" is caught in "Tunda 3 jam" but not inside
    # a longer word that merely contains it; a hyphen counts as part of a word, as in Malay
    # and Indonesian ("e-mel", "hari-hari"), so a word is never matched inside a compound.
    return [(re.compile(rf"(?<![\w-]){re.escape(avoid)}(?![\w-])", re.IGNORECASE),
             avoid, term)
            for term in terms for avoid in term["avoid"]]  # type: ignore[attr-defined]


def _translations(path: Path) -> list[tuple[str, str]]:
    """(where, text) of every translation in a ``.ts`` file, access-key ``&`` removed."""
    found = []
    for context, source, message in messages(path):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("obsolete", "vanished"):
            continue
        forms = [f.text or "" for f in translation.iter("numerusform")] or [
            translation.text or ""]
        for form in forms:
            text = form.replace("&&", "\0").replace("&", "").replace("\0", "&")
            found.append((f"{path.name}: [{context}] {source!r}", text))
    return found


def _template_texts(path: Path) -> list[tuple[str, str]]:
    """(where, text) of the names, subjects and bodies of a default templates file."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    found = []
    for template in data.get("template", []):
        for part in ("name", "subject", "body"):
            if isinstance(template.get(part), str):
                found.append((f"{path.name}: template {template.get('key')!r} {part}",
                               template[part]))
    return found


def glossary_problems(folder: Path = HERE, templates: Path = TEMPLATES_DIR) -> list[str]:
    """Every avoided word of a glossary found in its language's translations or templates."""
    found = []
    for language, terms in glossaries(folder).items():
        texts: list[tuple[str, str]] = []
        if ts_path(language, folder).exists():
            texts += _translations(ts_path(language, folder))
        if (templates / f"{language}.toml").exists():
            texts += _template_texts(templates / f"{language}.toml")
        for pattern, avoid, term in _avoided(terms):
            for where, text in texts:
                if pattern.search(text):
                    found.append(f"{where} says “{avoid}”: the glossary_{language}.json "
                                 f"word for “{term['en']}” is “{term['use']}”")
    return found


def check() -> list[str]:
    """Everything stale or missing, as lines to print; empty when all is well."""
    found: list[str] = glossary_problems()
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        for language in LANGUAGES:
            shutil.copy(ts_path(language), ts_path(language, scratch))
        lupdate(scratch)
        for language in TRANSLATED:
            found += problems_in(ts_path(language, scratch), must_translate=True)
        for language in LANGUAGES:
            before = {(c, s) for c, s, _m in messages(ts_path(language))}
            after = {(c, s) for c, s, _m in messages(ts_path(language, scratch))}
            for context, source in sorted(after - before):
                if language in TRANSLATED:
                    continue  # already reported as not translated
                found.append(f"{ts_path(language).name}: [{context}] {source!r} is missing")
            for context, source in sorted(before - after):
                found.append(f"{ts_path(language).name}: [{context}] {source!r} is no "
                             "longer in the code")
        lrelease(HERE, scratch)
        for language in LANGUAGES:
            if qm_path(language, scratch).read_bytes() != qm_path(language).read_bytes():
                found.append(f"{qm_path(language).name} is older than its .ts")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="report, change nothing")
    args = parser.parse_args(argv)
    if args.check:
        found = check()
        for line in found:
            print(line)
        return 1 if found else 0
    lupdate()
    lrelease()
    for language in TRANSLATED:
        for line in problems_in(ts_path(language), must_translate=True):
            print(line)
    for line in glossary_problems():
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
