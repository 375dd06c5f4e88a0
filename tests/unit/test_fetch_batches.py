"""How a fetch splits new mail: the sizes asked for a chunk at a time, the batches."""

from __future__ import annotations

from seller_desk.core.mail.imap import fetch


def test_the_first_batch_has_its_sizes_alone_then_chunks_follow():
    uids = list(range(12_000, 0, -1))  # newest first, as the sync asks
    chunks = fetch.size_chunks(uids)
    assert [len(c) for c in chunks] == [fetch.FIRST_BATCH_COUNT, fetch.SIZE_CHUNK,
                                        fetch.SIZE_CHUNK, 12_000 - 40 - 2 * fetch.SIZE_CHUNK]
    assert [u for c in chunks for u in c] == uids  # every UID once, in order
    assert fetch.size_chunks([7, 6]) == [[7, 6]] and fetch.size_chunks([]) == []


def test_batches_are_small_first_then_bounded_by_count_and_bytes():
    sizes = {u: 2_000 for u in range(1, 1_201)}
    uids = sorted(sizes, reverse=True)
    first = fetch.batches_of(uids[:40], sizes)
    assert [len(b) for b in first] == [40]
    rest = fetch.batches_of(uids[40:], sizes, first=False)
    assert [len(b) for b in rest] == [fetch.BATCH_COUNT, fetch.BATCH_COUNT, 160]
    # messages fetched whole count their whole size against the batch's bytes
    heavy = {u: 120 * 1024 for u in range(1, 201)}
    batches = fetch.batches_of(sorted(heavy, reverse=True), heavy, first=False)
    per_batch = fetch.BATCH_BYTES // (120 * 1024)
    assert [len(b) for b in batches][:2] == [per_batch, per_batch]
    assert sum(len(b) for b in batches) == 200
