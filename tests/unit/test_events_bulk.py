"""events.record_many: many events in one insert, each subscriber called once per event or,
with a batch form, once per kind (issue 15)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from seller_desk.core.store import events
from seller_desk.core.store.models import Event

T0 = datetime(2026, 11, 1, 8, 0, tzinfo=UTC)


pytestmark = pytest.mark.usefixtures("memory_database")


def test_record_many_writes_what_record_writes_and_calls_batch_forms_once():
    calls: list[tuple[str, object]] = []

    def one(notice: events.Notice) -> None:
        calls.append(("one", (notice.kind, notice.order_id, dict(notice.data))))

    def each(notice: events.Notice) -> None:
        calls.append(("each", notice.order_id))

    def many(notices: list[events.Notice]) -> None:
        calls.append(("many", [(n.order_id, n.event.at) for n in notices if n.event]))

    events.subscribe("test_a", each, many)
    events.subscribe("test_a", one)
    events.subscribe("test_b", one)
    try:
        events.record_many([
            events.Entry("test_a", T0, order=1, customer=7, data={"new": "paid"}),
            events.Entry("test_b", T0, order=2),
            events.Entry("test_a", T0, order=3),
        ])
        events.record("test_b", at=T0, order=4)  # one at a time: the plain handler
    finally:
        events.unsubscribe("test_a", each)
        events.unsubscribe("test_a", one)
        events.unsubscribe("test_b", one)

    assert calls == [
        ("many", [(1, T0), (3, T0)]),  # the batch form, once for its kind
        ("one", ("test_a", 1, {"new": "paid"})), ("one", ("test_a", 3, {})),
        ("one", ("test_b", 2, {})),
        ("one", ("test_b", 4, {})),
    ]
    rows = [(e.kind, e.at, e.order_id, e.customer_id, e.data)
            for e in Event.select().order_by(Event.id)]
    assert rows == [("test_a", T0, 1, 7, {"new": "paid"}), ("test_b", T0, 2, None, None),
                    ("test_a", T0, 3, None, None), ("test_b", T0, 4, None, None)]
