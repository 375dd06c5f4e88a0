"""Column mappings the seller made for files no layout knows, saved per source.

A mapping says which of the file's columns holds each of our fields, the sales channel and
the currency. It is stored in the database (``app_meta``), not in the settings file, so
the helper on a second laptop of a shared database is offered the same mapping.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field

from seller_desk.core.common import money
from seller_desk.core.common.errors import ValidationError
from seller_desk.core.common.messages import Msg
from seller_desk.core.shop.imports.layouts import REQUIRED, Layout, custom_layout, normalize
from seller_desk.core.shop.orders import CHANNELS
from seller_desk.core.store.models import AppMeta

logger = logging.getLogger(__name__)

PREFIX = "import_mapping:"
MAX_NAME = 64 - len(PREFIX)


@dataclass(frozen=True)
class Mapping:
    """Which header holds each field, for one source (a shop's own spreadsheet ...)."""

    name: str
    channel: str = "other"
    currency: str = "MYR"
    columns: dict[str, str] = field(default_factory=dict)  # field -> header
    date_format: str = ""

    def layout(self) -> Layout:
        return custom_layout(self.name, self.channel, self.columns, self.currency,
                             self.date_format)

    def fits(self, headers: list[str]) -> bool:
        """True when every mapped header is among ``headers``."""
        present = {normalize(h) for h in headers}
        return bool(self.columns) and all(normalize(h) in present
                                          for h in self.columns.values() if h)


def check(mapping: Mapping) -> Mapping:
    """The mapping, validated.

    Raises:
        ValidationError: no name, an unknown channel or currency, or a required field
            without a column.
    """
    name = mapping.name.strip()[:MAX_NAME]
    if not name:
        raise ValidationError("import.mapping_name_missing", field="name")
    if mapping.channel not in CHANNELS:
        raise ValidationError("order.channel_unknown", {"channel": mapping.channel},
                              field="channel", hint=Msg("order.channel_hint",
                                                        {"channels": list(CHANNELS)}))
    currency = money.check_currency(mapping.currency)
    missing = [f for f in REQUIRED if not mapping.columns.get(f)]
    if missing:
        raise ValidationError("import.mapping_incomplete", {"fields": missing},
                              field=missing[0])
    columns = {f: h for f, h in mapping.columns.items() if h}
    return Mapping(name, mapping.channel, currency, columns, mapping.date_format.strip())


def save(mapping: Mapping) -> Mapping:
    """Keep the mapping (replacing one of the same name) and return it as stored."""
    checked = check(mapping)
    value = json.dumps({"channel": checked.channel, "currency": checked.currency,
                        "columns": checked.columns, "date_format": checked.date_format})
    (AppMeta.insert(key=PREFIX + checked.name, value=value)
     .on_conflict(conflict_target=[AppMeta.key], update={AppMeta.value: value}).execute())
    return checked


def saved() -> list[Mapping]:
    """Every saved mapping, by name."""
    found = []
    for row in AppMeta.select().where(AppMeta.key.startswith(PREFIX)).order_by(AppMeta.key):
        try:
            data = json.loads(row.value)
            found.append(Mapping(row.key[len(PREFIX):], data.get("channel", "other"),
                                 data.get("currency", "MYR"), dict(data.get("columns", {})),
                                 data.get("date_format", "")))
        except (ValueError, TypeError, AttributeError):
            logger.warning("Ignoring a damaged import mapping %r", row.key)
    return found


def get(name: str) -> Mapping | None:
    return next((m for m in saved() if m.name == name), None)


def for_headers(headers: list[str]) -> Mapping | None:
    """The saved mapping that fits these headers best (the one mapping the most columns)."""
    fitting = [m for m in saved() if m.fits(headers)]
    return max(fitting, key=lambda m: len(m.columns)) if fitting else None


def delete(name: str) -> bool:
    return bool(AppMeta.delete().where(AppMeta.key == PREFIX + name).execute())
