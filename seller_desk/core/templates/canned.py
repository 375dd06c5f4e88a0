"""Canned responses: placeholders filled from the customer, order, shipment and the seller.

A template body is text with placeholders such as ``{customer.first_name}`` or
``{order.total}``. A placeholder may carry a fallback after a bar,
``{customer.first_name|there}``, used when the value is not known (an empty fallback,
``{customer.first_name|}``, leaves nothing, and the space before a following comma or full
stop goes too). ``{{`` and ``}}`` stand for literal braces.

Every placeholder is defined once, in :data:`placeholders.PLACEHOLDERS` (with the context
it is read from and the choice of language). A placeholder that cannot be
filled and has no fallback is reported (:attr:`Rendered.missing`) and kept in the text as
it is, so the composer can show it; :func:`unfilled` finds such leftovers and the composer
refuses to send a message that still has one: a customer never receives raw braces.

Each answer exists in several languages (rows of :class:`Template` sharing a ``key``). The
default library (English, Bahasa Melayu, Bahasa Indonesia) lives in
``resources/templates/<language>.toml`` and is installed by :func:`install_defaults`.
"""

from __future__ import annotations

import json
import logging
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import peewee

from seller_desk.core.common import paths
from seller_desk.core.common.errors import ValidationError
from seller_desk.core.common.messages import Msg
from seller_desk.core.store import events
from seller_desk.core.store.fields import utcnow

# Template is re-exported: the templates page names the row type through here
from seller_desk.core.store.models import AppMeta, database
from seller_desk.core.store.models import Template as Template

# the templates' public names: the interface and the answering code reach them through here
from seller_desk.core.templates.placeholders import DEFAULT_LANGUAGE as DEFAULT_LANGUAGE
from seller_desk.core.templates.placeholders import LANGUAGES as LANGUAGES
from seller_desk.core.templates.placeholders import PLACEHOLDERS as PLACEHOLDERS
from seller_desk.core.templates.placeholders import Context as Context
from seller_desk.core.templates.placeholders import Placeholder as Placeholder
from seller_desk.core.templates.placeholders import build_context as build_context
from seller_desk.core.templates.placeholders import choose_language as choose_language
from seller_desk.core.templates.placeholders import detect_language as detect_language
from seller_desk.core.templates.placeholders import first_name as first_name
from seller_desk.core.templates.placeholders import placeholder_names as placeholder_names
from seller_desk.core.templates.placeholders import remember_language as remember_language
from seller_desk.core.templates.placeholders import row_of as row_of

logger = logging.getLogger(__name__)

#: Category slug -> English label (the interface translates the label).
CATEGORIES: dict[str, str] = {
    "sales": "Sales",
    "payment": "Payment",
    "shipping": "Shipping",
    "after_sales": "After the sale",
    "complaints": "Complaints",
    "returns": "Returns and refunds",
    "away": "Away",
}

# AppMeta key listing the built-in templates the seller deleted ("key:language" list)
_REMOVED_KEY = "templates.removed_builtin"

# {{ or }} (literal braces) or {name} / {name|fallback}
_TOKEN = re.compile(r"\{\{|\}\}|\{([a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)+)(?:\|([^{}\n]*))?\}")


# --- rendering ------------------------------------------------------------------------


@dataclass(frozen=True)
class Missing:
    """A placeholder that could not be filled, and what the seller can do about it."""

    name: str
    hint_msg: Msg | None

    @property
    def hint(self) -> str:
        """What the seller can do, in English ("" when nothing)."""
        return self.hint_msg.english() if self.hint_msg is not None else ""


@dataclass(frozen=True)
class RenderedText:
    text: str
    missing: tuple[Missing, ...] = ()
    unknown: tuple[str, ...] = ()


@dataclass(frozen=True)
class Rendered:
    """A filled template. ``missing`` and ``unknown`` placeholders stay in the text."""

    subject: str
    body: str
    language: str
    key: str = ""
    missing: tuple[Missing, ...] = ()
    unknown: tuple[str, ...] = ()
    #: placeholders filled with the default (English) text: no version in ``language`` yet
    fallbacks: tuple[str, ...] = ()

    @property
    def complete(self) -> bool:
        """True when every placeholder was filled, so the text can be sent as it is."""
        return not self.missing and not self.unknown


def resolve(name: str, ctx: Context) -> str | None:
    """The value of one placeholder, or None when it is unknown or cannot be filled."""
    if name in ctx.extra:
        return ctx.extra[name] or None
    spec = PLACEHOLDERS.get(name)
    if spec is None:
        return None
    try:
        value = spec.resolve(ctx)
    except Exception:  # one bad value must not stop the whole message
        logger.exception("Placeholder %s could not be computed", name)
        return None
    return value if value else None


def render_text(text: str, ctx: Context) -> RenderedText:
    """Fill the placeholders of ``text``; report those that stay unfilled."""
    missing: dict[str, Missing] = {}
    unknown: list[str] = []
    out: list[str] = []
    pos = 0
    for m in _TOKEN.finditer(text):
        out.append(text[pos : m.start()])
        pos = m.end()
        token = m.group(0)
        if token in ("{{", "}}"):
            out.append(token[0])
            continue
        name, fallback = m.group(1), m.group(2)
        known = name in PLACEHOLDERS or name in ctx.extra
        value = resolve(name, ctx) if known else None
        if value is None and fallback is not None:
            value = fallback
        if value is None:
            if not known:
                if name not in unknown:
                    unknown.append(name)
            else:
                hint = PLACEHOLDERS[name].missing_hint if name in PLACEHOLDERS else None
                missing.setdefault(name, Missing(name, hint))
            out.append(token)
            continue
        if value == "":
            # "Hi {customer.first_name|}," -> "Hi," rather than "Hi ,"
            following = text[pos : pos + 1]
            if out and out[-1].endswith(" ") and (following == "" or following in ",.!?;:\n"):
                out[-1] = out[-1][:-1]
        out.append(value)
    out.append(text[pos:])
    return RenderedText("".join(out), tuple(missing.values()), tuple(unknown))


def render(subject: str, body: str, ctx: Context, key: str = "") -> Rendered:
    """Fill a subject and a body at once (``ctx.fallbacks`` starts afresh)."""
    ctx.fallbacks.clear()
    s = render_text(subject, ctx)
    b = render_text(body, ctx)
    missing = {m.name: m for m in (*s.missing, *b.missing)}
    unknown = list(dict.fromkeys((*s.unknown, *b.unknown)))
    fallbacks = tuple(n for n in PLACEHOLDERS if n in ctx.fallbacks)
    return Rendered(s.text, b.text, ctx.language, key, tuple(missing.values()), tuple(unknown),
                    fallbacks)


def render_template(template: Template, ctx: Context) -> Rendered:
    """Fill a stored template. The context's language is the template's."""
    if ctx.language != template.language:
        ctx = Context(**{**ctx.__dict__, "language": template.language, "fallbacks": set()})
    return render(template.subject, template.body, ctx, key=template.key)


def unfilled(text: str) -> list[str]:
    """Placeholders still present in ``text`` (with or without a fallback), in order."""
    found: list[str] = []
    for m in _TOKEN.finditer(text or ""):
        if m.group(1) and m.group(1) not in found:
            found.append(m.group(1))
    return found


def check_placeholders(text: str) -> list[str]:
    """Names in ``text`` that are not placeholders Seller Desk knows (likely typos)."""
    return [name for name in unfilled(text) if name not in PLACEHOLDERS]


# --- stored templates -----------------------------------------------------------------


def list_templates(
    language: str | None = None, category: str | None = None, query: str = ""
) -> list[Template]:
    """Templates sorted by category and name, optionally filtered."""
    q = Template.select()
    if language:
        q = q.where(Template.language == language)
    if category:
        q = q.where(Template.category == category)
    if query:
        like = f"%{query}%"
        q = q.where(Template.name ** like | Template.body ** like | Template.shortcut ** like)
    return list(q.order_by(Template.category, Template.name, Template.language))


_WORD = re.compile(r"\w+")


def match_rank(template: Template, query: str) -> int | None:
    """How well ``template`` answers a search (lower is better), or None when it does not.

    The name speaks first (exact, then its start, then one of its words, then anywhere),
    then the shortcut, the category, and last the words of the text: a seller typing
    "track" means "Order shipped, with tracking", not every text that mentions a parcel.
    A query of several words matches when each word is found somewhere; it ranks by the
    weakest place one of them was found.
    """
    q = " ".join((query or "").strip().lstrip("/").lower().split())
    if not q:
        return 0
    name = template.name.lower()
    shortcut = (template.shortcut or "").lower()
    if q in (name, shortcut):
        return 0
    if name.startswith(q):
        return 1
    if shortcut.startswith(q):
        return 2
    name_words = _WORD.findall(name)
    if any(w.startswith(q) for w in name_words):
        return 3
    if q in name:
        return 4
    if q in shortcut:
        return 5
    category = f"{template.category or ''} {CATEGORIES.get(template.category or '', '')}".lower()
    body_words = set(_WORD.findall(f"{template.subject} {template.body}".lower()))

    def word_rank(word: str) -> int | None:
        if any(w.startswith(word) for w in name_words):
            return 3
        if word in name or word in shortcut:
            return 5
        if word in category:
            return 6
        if any(w.startswith(word) for w in body_words):
            return 7
        return None

    ranks = [word_rank(w) for w in q.split()]
    if any(r is None for r in ranks):
        return None
    return max(r for r in ranks if r is not None)


def search_templates(query: str, language: str) -> list[Template]:
    """Templates in ``language`` answering ``query``, best first (see :func:`match_rank`);
    the default language's when ``language`` has none that match."""
    found: list[tuple[int, str, int, Template]] = []
    for lang in dict.fromkeys((language, DEFAULT_LANGUAGE)):
        for t in list_templates(language=lang):
            rank = match_rank(t, query)
            if rank is not None:
                found.append((rank, t.name.lower(), t.id, t))
        if found:
            break
    found.sort(key=lambda row: row[:3])
    return [t for *_, t in found]


def fill_known(text: str, ctx: Context) -> tuple[str, list[str]]:
    """``text`` with each placeholder that can now be filled replaced by its value.

    Everything else stays exactly as it is: the seller's own words, literal braces, and
    the blanks that are still unknown. For a draft reopened after the shop details, a
    linked order or a tracking number became known. Returns (text, names filled).
    """
    out: list[str] = []
    filled: list[str] = []
    pos = 0
    for m in _TOKEN.finditer(text or ""):
        name = m.group(1)
        if not name:
            continue  # "{{" or "}}": not a blank, left as typed
        value = resolve(name, ctx) if (name in PLACEHOLDERS or name in ctx.extra) else None
        if value is None:
            continue
        out.append(text[pos : m.start()])
        out.append(value)
        pos = m.end()
        if name not in filled:
            filled.append(name)
    out.append((text or "")[pos:])
    return "".join(out), filled


def get_template(key: str, language: str | None = None) -> Template | None:
    """The template ``key`` in ``language``, else in English, else in any language."""
    rows: dict[str, Template] = {t.language: t for t in Template.select().where(Template.key == key)}
    if not rows:
        return None
    for lang in (language, DEFAULT_LANGUAGE):
        if lang in rows:
            return rows[lang]
    return rows[sorted(rows)[0]]


def find_by_shortcut(shortcut: str, language: str | None = None) -> Template | None:
    """The template whose shortcut is ``shortcut`` ("/paid" and "paid" both work)."""
    wanted = (shortcut or "").strip().lstrip("/").lower()
    if not wanted:
        return None
    row = Template.select(Template.key).where(Template.shortcut == wanted).first()
    return get_template(row.key, language) if row else None


def languages_of(key: str) -> list[str]:
    """The languages a template exists in."""
    return sorted(t.language for t in Template.select(Template.language)
                  .where(Template.key == key))


def versions_of(key: str) -> dict[str, Template]:
    """Every language of answer ``key``: {language: template} ({} for an unknown key)."""
    return {t.language: t for t in Template.select().where(Template.key == key)}


def _slug(text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")
    return slug[:48] or "template"


def save_template(
    *,
    name: str,
    body: str,
    language: str = DEFAULT_LANGUAGE,
    subject: str = "",
    category: str = "",
    shortcut: str = "",
    key: str | None = None,
    template_id: int | None = None,
) -> Template:
    """Create or change a template. A changed built-in one becomes the seller's own, so
    :func:`install_defaults` never overwrites it.

    An answer has one shortcut in every language: the shortcut saved here (none included)
    becomes that of the answer's other languages too, so "/paid" finds it whatever language
    the customer reads.

    Raises:
        ValidationError: no name or body, an unknown placeholder, a shortcut already used.
    """
    name = (name or "").strip()
    if not name:
        raise ValidationError("template.name_missing", field="name")
    if not (body or "").strip():
        raise ValidationError("template.body_missing", field="body")
    unknown = check_placeholders(subject) + check_placeholders(body)
    if unknown:
        raise ValidationError(
            "template.placeholder_unknown",
            {"names": ["{" + u + "}" for u in dict.fromkeys(unknown)]},
            field="body", hint="template.placeholder_hint")
    language = (language or DEFAULT_LANGUAGE).strip().lower()
    shortcut = (shortcut or "").strip().lstrip("/").lower()
    with database.atomic():
        row = Template.get_by_id(template_id) if template_id else None
        the_key = row.key if row else (key or _slug(name))
        if shortcut:
            clash = (
                Template.select()
                .where((Template.shortcut == shortcut) & (Template.key != the_key))
                .first()
            )
            if clash is not None:
                raise ValidationError("template.shortcut_taken",
                                      {"shortcut": shortcut, "name": clash.name},
                                      field="shortcut")
        if row is None:
            the_key = _unique_key(the_key, language) if key is None else the_key
            try:
                row = Template.create(key=the_key, language=language, name=name,
                                      subject=subject, body=body, category=category,
                                      shortcut=shortcut, is_builtin=False)
            except peewee.IntegrityError:
                raise ValidationError("template.exists", {"language": language},
                                      field="language") from None
        else:
            row.name, row.subject, row.body = name, subject, body
            row.category, row.shortcut, row.language = category, shortcut, language
            row.is_builtin = False
            row.updated_at = utcnow()
            row.save()
        _share_shortcut(row.key, shortcut)
        # other windows of a team read their template lists again (core/team/changes.py)
        events.announce(events.TEMPLATE_CHANGED, template_id=row.id)
    return row


def _share_shortcut(key: str, shortcut: str) -> None:
    """Give every language of answer ``key`` the same shortcut (see :func:`save_template`).

    The versions changed this way become the seller's own, like the one they edited:
    otherwise :func:`install_defaults` would put the library's shortcut back on the next
    start and the languages would part again.
    """
    (Template.update(shortcut=shortcut, is_builtin=False, updated_at=utcnow())
     .where((Template.key == key) & (Template.shortcut != shortcut))
     .execute())


def _unique_key(key: str, language: str) -> str:
    candidate, n = key, 2
    while Template.select().where((Template.key == candidate)
                                  & (Template.language == language)).exists():
        candidate = f"{key}_{n}"
        n += 1
    return candidate


def delete_template(template: Template | int) -> None:
    """Delete a template. A deleted built-in one is not brought back by an update."""
    row = row_of(Template, template)
    if row is None:
        return
    with database.atomic():
        if row.is_builtin or row.key in {e["key"] for e in load_library()}:
            removed = _removed_builtins()
            removed.add(f"{row.key}:{row.language}")
            AppMeta.insert(key=_REMOVED_KEY, value=json.dumps(sorted(removed))).on_conflict(
                conflict_target=[AppMeta.key], update={AppMeta.value: json.dumps(sorted(removed))}
            ).execute()
        row.delete_instance()
        events.announce(events.TEMPLATE_CHANGED, template_id=row.id)


def restore_default(key: str, language: str) -> Template | None:
    """Put back the library's version of a built-in template (after an edit or delete)."""
    entry = next((e for e in load_library() if e["key"] == key and e["language"] == language),
                 None)
    if entry is None:
        return None
    with database.atomic():
        removed = _removed_builtins()
        if f"{key}:{language}" in removed:
            removed.discard(f"{key}:{language}")
            AppMeta.update(value=json.dumps(sorted(removed))).where(
                AppMeta.key == _REMOVED_KEY
            ).execute()
        Template.delete().where((Template.key == key) & (Template.language == language)).execute()
        return Template.create(**_row_values(entry), is_builtin=True)


def _removed_builtins() -> set[str]:
    row = AppMeta.get_or_none(AppMeta.key == _REMOVED_KEY)
    if row is None:
        return set()
    try:
        return set(json.loads(row.value))
    except ValueError:
        return set()


# --- the default library --------------------------------------------------------------

_FIELDS = ("key", "name", "category", "shortcut", "subject", "body")


def library_dir() -> Path:
    return paths.resource("templates")


@lru_cache(maxsize=4)
def _load(directory: str) -> tuple[dict[str, str], ...]:
    entries: list[dict[str, str]] = []
    for path in sorted(Path(directory).glob("*.toml")):
        with path.open("rb") as fh:
            data = tomllib.load(fh)
        language = str(data.get("language") or path.stem)
        for spec in data.get("template", []):
            missing = [f for f in _FIELDS if f not in spec]
            if missing:
                raise ValueError(f"{path.name}: template {spec.get('key')!r} lacks {missing}")
            entry = {f: str(spec[f]) for f in _FIELDS}
            entry["body"] = entry["body"].strip("\n") + "\n"
            entry["language"] = language
            entries.append(entry)
    return tuple(entries)


def load_library(directory: Path | None = None) -> list[dict[str, str]]:
    """The default templates as dicts (key, language, name, category, shortcut, subject,
    body), read from ``resources/templates/*.toml``."""
    return [dict(e) for e in _load(str(directory or library_dir()))]


def _row_values(entry: Mapping[str, str]) -> dict[str, Any]:
    return {
        "key": entry["key"],
        "language": entry["language"],
        "name": entry["name"],
        "category": entry["category"],
        "shortcut": entry["shortcut"],
        "subject": entry["subject"],
        "body": entry["body"],
    }


def install_defaults(directory: Path | None = None) -> int:
    """Add the default library's templates that are not there yet; refresh the built-in
    ones the seller never changed. Idempotent; returns how many rows were written.

    A template the seller edited (``is_builtin`` False) or deleted is left alone.
    """
    try:
        library = load_library(directory)
    except (OSError, ValueError, tomllib.TOMLDecodeError):
        logger.exception("The default templates could not be read")
        return 0
    existing = {(t.key, t.language): t for t in Template.select()}
    removed = _removed_builtins()
    written = 0
    with database.atomic():
        for entry in library:
            values = _row_values(entry)
            row = existing.get((entry["key"], entry["language"]))
            if row is None:
                if f"{entry['key']}:{entry['language']}" in removed:
                    continue
                Template.insert(**values, is_builtin=True).on_conflict_ignore().execute()
                written += 1
            elif row.is_builtin and any(getattr(row, k) != v for k, v in values.items()):
                Template.update(**values, updated_at=utcnow()).where(
                    (Template.id == row.id) & (Template.is_builtin == True)  # noqa: E712
                ).execute()
                written += 1
    if written:
        logger.info("Default templates: %d written", written)
    return written


def library_keys(entries: Iterable[Mapping[str, str]] | None = None) -> list[str]:
    """The keys of the default library, in file order."""
    seen: dict[str, None] = {}
    for e in entries if entries is not None else load_library():
        seen.setdefault(e["key"], None)
    return list(seen)
