"""Refresh the translation sources from the code and compile them.

    python resources/translations/update.py          # lupdate + lrelease
    python resources/translations/update.py --check  # exit 1 when something is stale

``pyside6-lupdate`` reads every ``.py`` file under ``seller_desk/ui`` (the only place with
visible strings) and merges new texts into ``seller_desk_ms.ts`` and ``seller_desk_id.ts``
as unfinished; ``seller_desk_en.ts`` keeps only plural forms (English is the source
language, so only "%n order(s)" needs an English translation). ``pyside6-lrelease`` then
compiles each ``.ts`` into the ``.qm`` the app loads. Translate the unfinished entries with
Qt Linguist (``pyside6-linguist``) or a text editor, then run this again.

``--check`` changes nothing: it reports texts in the code the ``.ts`` files lack,
unfinished or empty translations, and ``.qm`` files older than their ``.ts``.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SOURCE_DIR = ROOT / "seller_desk" / "ui"
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


def lupdate(folder: Path = HERE) -> None:
    """Merge the texts of the code into the ``.ts`` files in ``folder``."""
    files = sources()
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
    return found


def check() -> list[str]:
    """Everything stale or missing, as lines to print; empty when all is well."""
    found: list[str] = []
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
    return 0


if __name__ == "__main__":
    sys.exit(main())
