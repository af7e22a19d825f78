"""Numbers in text, and locating quotes: "45 million" is never "54 million"."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from factcheck.text.fold import fold
from factcheck.text.numbers import number_set
from factcheck.text.quotes import QuoteIndex, locate, nearest_passage


def test_numbers_are_normalised() -> None:
    assert number_set("1,200 people, ten years, 1.50 m, 13 December 2025, 2025-12-13") == {
        "1200", "10", "1.5", "13", "m12", "2025",
    }  # fmt: skip


def test_a_quote_is_found_only_as_whole_words() -> None:
    text = "On December 13, 2025, 123 prisoners were released."
    assert locate("123 prisoners", text) == (22, 35)
    assert locate("12 prisoners", text) is None
    assert locate("“ON  december 13, 2025,”", text) == (0, 21)


def test_the_nearest_passage_says_what_differs() -> None:
    text = "Officials said 45 million euros were spent on the bridge last year."
    nearest = nearest_passage("54 million euros were spent", text)
    assert nearest is not None
    assert (nearest.text, nearest.differences) == ("45 million euros were spent", ("'54' → '45'",))


def _locate_by_scanning(quote: str, text: str) -> tuple[int, int] | None:
    """`locate` without its quick test of the quote's inner words: every occurrence tried."""
    from factcheck.text.fold import fold, fold_text
    from factcheck.text.quotes import _edge

    needle, folded = fold_text(quote).strip(" \"'"), fold(text)
    for start in range(len(folded.text)):
        if needle and folded.text.startswith(needle, start):
            end = start + len(needle)
            if (not needle[0].isalnum() or _edge(folded.text, start - 1)) and (
                not needle[-1].isalnum() or _edge(folded.text, end)
            ):
                return folded.source_span(start, end)
    return None


WORDS = ["the", "harbour", "Vell", "3", "March", ",", "“", "—", "\n", "  ", "a“b"]


@given(
    st.lists(st.sampled_from(WORDS), max_size=12),
    st.integers(0, 12),
    st.integers(0, 6),
)
def test_the_quick_test_of_inner_words_never_changes_where_a_quote_is_found(
    words: list[str], start: int, length: int
) -> None:
    text = " ".join(words)
    picked = " ".join(words[start : start + length])
    for quote in (picked, picked + " x", text[start : start + 3 * length]):
        assert locate(quote, text) == _locate_by_scanning(quote, text)


def test_a_quote_whose_inner_word_the_text_lacks_is_not_there() -> None:
    text = "The harbour of Port Vell reopened on 3 March 2025."
    assert locate("harbour of Port Vell reopened", text) == (4, 33)
    assert locate("harbour of Port Bell reopened", text) is None


@given(
    st.lists(st.sampled_from(WORDS), max_size=12),
    st.lists(st.tuples(st.integers(0, 12), st.integers(0, 6), st.booleans()), max_size=8),
)
def test_an_index_of_quotes_finds_each_quote_where_locate_does(
    words: list[str], picks: list[tuple[int, int, bool]]
) -> None:
    # Quotes taken from the text (some with a word it lacks), each filed under its
    # longest inner word or, with none, searched for everywhere.
    text = " ".join(words)
    quotes = [" ".join(words[start : start + length]) + (" Bell" if odd else "")
              for start, length, odd in picks]  # fmt: skip
    expected = {n: span for n, quote in enumerate(quotes) if (span := locate(quote, text))}
    assert QuoteIndex.of(quotes).found_in(fold(text)) == expected


def test_an_index_searches_a_text_only_for_the_quotes_filed_under_its_words() -> None:
    index = QuoteIndex.of(["harbour of Port Vell reopened", "the mayor of Ronda resigned", "Vell"])
    assert index.by_word == {"port": [0], "mayor": [1]}  # its longest word inside (not at an end)
    assert index.unfiled == (2,)
    text = "The harbour of Port Vell reopened on 3 March. Vell is small."
    assert index.found_in(fold(text)) == {0: (4, 33), 2: (20, 24)}
