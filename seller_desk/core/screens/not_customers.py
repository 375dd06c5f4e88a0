"""What the "not a customer" popup offers and the Settings list shows; Qt-free.

The window marks senders, lists the marks and undoes one through these calls; the rule
itself lives in :mod:`seller_desk.core.conversations.not_customers`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from seller_desk.core.conversations import not_customers
from seller_desk.core.conversations.not_customers import MarkRow, SenderChoice

__all__ = ["Choice", "MarkRow", "SenderChoice", "choice_for", "mark", "marks", "unmark"]


@dataclass(frozen=True)
class Choice:
    """The popup's offer for the chosen conversations."""

    conversation_ids: tuple[int, ...]
    addresses: tuple[str, ...]  # "Only name@x.com" (or "Only these n senders")
    domains: tuple[str, ...]  # "Everyone at x.com"; empty: not offered (public mail)
    public_domains: tuple[str, ...]  # the senders' public mail domains, to say why

    @property
    def empty(self) -> bool:
        return not self.addresses


def choice_for(conversation_ids: Iterable[int]) -> Choice:
    """What may be marked for these conversations."""
    ids = tuple(sorted(set(conversation_ids)))
    found = not_customers.senders_of(ids)
    public: list[str] = []
    for address in found.addresses:
        domain = not_customers.domain_of(address)
        if domain not in found.domains and domain not in public:
            public.append(domain)
    return Choice(ids, found.addresses, found.domains, tuple(public))


def mark(conversation_ids: Iterable[int], whole_domain: bool) -> int:
    """Mark the senders of these conversations (or everyone at their domains); return how
    many conversations changed."""
    return len(not_customers.mark_conversations(conversation_ids, whole_domain))


def marks() -> list[MarkRow]:
    """Every mark, newest first, with how many conversations each covers."""
    return not_customers.listing()


def unmark(mark_id: int) -> int:
    """Undo a mark; return how many conversations were recomputed."""
    return len(not_customers.unmark(mark_id))
