"""The values derived from one message alone: the snippet reads only the lines it needs and
says what reading them all said (the store's use of them: tests/unit/test_threads.py)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from seller_desk.core.mail.parse import attribution, derived


def snippet_reading_every_line(text: str, limit: int = 200) -> str:
    """The snippet as first written: every line of the text, then the first ones kept."""
    lines = []
    size = 0
    for line in text.split("\n"):
        if line.lstrip().startswith(">") or attribution.is_attribution(line):
            continue
        stripped = line.strip()
        if stripped:
            lines.append(stripped)
            size += len(stripped) + 1
            if size > limit:
                break
    return " ".join(" ".join(lines).split())[:limit]


_LINES = st.sampled_from(["", " ", "> quoted", "  >> deeper", "Salam,", "Pesanan #12 belum sampai.",
                          "On Mon, 3 Nov 2026, Siti <s@x.test> wrote:", "x" * 150, "\t  ",
                          "Terima kasih 陈"])


@given(st.lists(_LINES, max_size=30), st.sampled_from(["\n", "\n\n", "\r\n"]),
       st.integers(min_value=1, max_value=400))
def test_the_snippet_reads_only_the_lines_it_needs_and_says_the_same(lines, sep, limit):
    text = sep.join(lines)
    assert derived.snippet_of(text, limit) == snippet_reading_every_line(text, limit)


def test_a_long_quoted_text_gives_the_first_words_written():
    text = "Sudah sampai, terima kasih.\n\n" + "> old line\n" * 50_000
    assert derived.snippet_of(text) == "Sudah sampai, terima kasih."
