"""Every message the core shows the seller has an id, an English text, and Malay and
Indonesian texts.

The ids are collected twice: from the catalogue (``seller_desk/core/common/messages.py``) and
by reading the core's source for the places that raise them, so an id raised but not
catalogued, or catalogued but never raised, or missing in a language, fails here.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import pytest

import seller_desk.core
from seller_desk.core.common import messages
from seller_desk.core.common.errors import UserError, ValidationError
from seller_desk.core.common.messages import Msg

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "seller_desk" / "core"
TRANSLATIONS = ROOT / "resources" / "translations"
CATALOGUE = CORE / "common" / "messages.py"


def _error_classes() -> set[str]:
    """The names of every UserError class of the core (raising one names a message)."""
    for info in pkgutil.walk_packages(seller_desk.core.__path__, "seller_desk.core."):
        importlib.import_module(info.name)
    names: set[str] = set()
    todo = [UserError]
    while todo:
        cls = todo.pop()
        names.add(cls.__name__)
        todo += cls.__subclasses__()
    return names


@dataclass
class _Found:
    ids: dict[str, list[str]] = field(default_factory=dict)  # id -> where it is raised
    built: list[str] = field(default_factory=list)  # sentences made in place, not ids


class _Raises(ast.NodeVisitor):
    """Message ids given to an error class or to Msg(), as a message or as a hint."""

    def __init__(self, path: Path, makers: set[str], found: _Found) -> None:
        self.where = str(path.relative_to(ROOT))
        self.makers = makers
        self.found = found

    def visit_Call(self, node: ast.Call) -> None:  # ast's name
        func = node.func
        name = func.id if isinstance(func, ast.Name) else \
            func.attr if isinstance(func, ast.Attribute) else ""
        if isinstance(func, ast.Attribute) and func.attr == "text" and \
                isinstance(func.value, ast.Name) and func.value.id == "Msg":
            self.found.built.append(f"{self.where}:{node.lineno} Msg.text() in the core")
        elif name in self.makers:
            message = node.args[0] if node.args else next(
                (k.value for k in node.keywords if k.arg in ("message", "id")), None)
            if message is not None:
                self._collect(message, node.lineno)
            for keyword in node.keywords:
                if keyword.arg == "hint":
                    self._collect(keyword.value, node.lineno)
        self.generic_visit(node)

    def _collect(self, expr: ast.expr, line: int) -> None:
        if isinstance(expr, ast.Constant) and isinstance(expr.value, str):
            self.found.ids.setdefault(expr.value, []).append(f"{self.where}:{line}")
        elif isinstance(expr, ast.IfExp):
            self._collect(expr.body, line)
            self._collect(expr.orelse, line)
        elif isinstance(expr, ast.BoolOp):
            for value in expr.values:
                self._collect(value, line)
        elif isinstance(expr, (ast.List, ast.Tuple)):
            for element in expr.elts:
                self._collect(element, line)
        elif isinstance(expr, (ast.JoinedStr, ast.BinOp)):
            self.found.built.append(f"{self.where}:{line} {ast.unparse(expr)[:70]}")
        # a name, a call (Msg(...) is visited on its own), a comprehension: ids are elsewhere


@pytest.fixture(scope="module")
def raised() -> _Found:
    makers = _error_classes() | {"Msg"}
    found = _Found()
    for path in sorted(CORE.rglob("*.py")):
        if path == CATALOGUE:
            continue
        _Raises(path, makers, found).visit(ast.parse(path.read_text(encoding="utf-8")))
    return found


def _core_translations(language: str) -> dict[str, tuple[str, str, bool]]:
    """message id -> (English source, translation, finished) in a language's .ts file."""
    root = ET.parse(TRANSLATIONS / f"seller_desk_{language}.ts").getroot()
    found = {}
    for context in root.iter("context"):
        if context.findtext("name") != "CoreMessages":
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found[message.findtext("comment") or ""] = (
                message.findtext("source") or "", translation.text or "",
                translation.get("type") is None)
    return found


def test_every_id_the_core_raises_is_in_the_catalogue(raised):
    unknown = {i: where for i, where in raised.ids.items() if i not in messages.MESSAGES}
    assert unknown == {}


def test_every_id_in_the_catalogue_is_raised_somewhere(raised):
    assert len(raised.ids) > 150  # the scan found the raise sites at all
    assert sorted(set(messages.MESSAGES) - set(raised.ids)) == []


def test_the_core_makes_no_sentences_of_its_own(raised):
    """An f-string or a concatenation given as a message would reach the seller in English."""
    assert raised.built == []


def test_every_kind_of_parameter_is_known_and_used(raised):
    # ``raised`` imported the whole core: a kind's English words may come from the module
    # that uses it (money from money.py, account_field from account_fields.py)
    for msg_id, kinds in messages.KINDS_OF.items():
        assert msg_id in messages.MESSAGES
        assert set(kinds) <= messages.params_in(messages.MESSAGES[msg_id]), msg_id
        assert set(kinds.values()) <= set(messages.ENGLISH_KINDS), msg_id


@pytest.mark.parametrize("language", ["ms", "id"])
def test_every_message_is_in_malay_and_indonesian(language):
    texts = _core_translations(language)
    problems = []
    for msg_id, english in sorted(messages.MESSAGES.items()):
        if msg_id not in texts:
            problems.append(f"{msg_id}: missing")
            continue
        source, translation, finished = texts[msg_id]
        if source != english:
            problems.append(f"{msg_id}: translated from an older English text {source!r}")
        elif not finished or not translation.strip():
            problems.append(f"{msg_id}: not translated")
        elif messages.params_in(translation) != messages.params_in(english):
            problems.append(f"{msg_id}: parameters {sorted(messages.params_in(translation))}")
    assert problems == []
    assert sorted(set(texts) - set(messages.MESSAGES)) == []  # nothing left over either


def test_the_english_text_is_made_from_the_id_and_its_parameters():
    err = ValidationError("order.quantity_whole", {"title": "Batik scarf"},
                          field="items[0].quantity")
    assert err.message == "The quantity of “Batik scarf” must be a whole number."
    assert str(err) == err.message and err.hint == "" and err.field == "items[0].quantity"
    moved = ValidationError("order.transition", {"current": "awaiting_payment", "new": "shipped"},
                            hint=Msg("order.transition_hint", {"allowed": ["paid", "cancelled"]}))
    assert moved.text() == ("An order that is awaiting payment cannot become shipped. "
                            "Allowed next: paid, cancelled.")
    refund = ValidationError("order.refund_too_large", {"left": (Decimal("12.5"), "MYR")})
    assert refund.message == "Refunds cannot exceed the order total; at most RM12.50 is left."


def test_hints_are_ids_too_and_several_read_as_one_text():
    err = UserError("compose.no_account", hint=["compose.no_account_hint",
                                                Msg("compose.too_big_hint", {"limit": 18})])
    assert [h.id for h in err.hints] == ["compose.no_account_hint", "compose.too_big_hint"]
    assert err.hint.startswith("Add your shop's mailbox first") and "about 18 MB" in err.hint


def test_a_field_of_an_account_is_named_in_words_and_capitalised_only_to_open_a_text():
    from seller_desk.core.mail.connection import account_fields  # its words for the kind

    refused = ValidationError("account.host_with_port",
                              {"field": "smtp_host", "host": "smtp.example.com", "port": "465"},
                              field="smtp_host", hint="account.port_own_field")
    assert refused.text() == ("The outgoing mail server (SMTP) is just the server's name, like "
                              "“smtp.example.com”, without \":465\". Put the port in the port "
                              "field.")
    words = messages.ENGLISH_KINDS["account_field"]
    assert words is account_fields.field_label and words("imap_port") == "incoming mail port"
    kinds = {"field": "account_field"}
    shows = messages.ENGLISH_KINDS
    assert messages.render("{field} terlalu panjang.", {"field": "username"}, kinds, shows) == \
        "User name terlalu panjang."
    assert messages.render("Untuk {field}, taip namanya.", {"field": "username"}, kinds,
                           shows) == "Untuk user name, taip namanya."
    # a parameter that is not words keeps its case, at the start too
    assert messages.render("{email} sudah ada.", {"email": "kedai@example.com"}, {},
                           shows) == "kedai@example.com sudah ada."


def test_literal_braces_in_a_text_are_not_parameters():
    assert messages.params_in(messages.MESSAGES["template.placeholder_hint"]) == set()
    assert Msg("template.placeholder_hint").english().endswith("{customer.first_name}.")
