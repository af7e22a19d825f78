"""Find a claim's quote in an article: exactly, once case, quotes, dashes and spacing are folded.

A quote is found only as whole words ("12 prisoners" is not found inside "123
prisoners"), so a quote whose numbers differ from the article's is never found.
When it is not found, the nearest passage is offered, with what differs.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from factcheck.text.clean import quoted
from factcheck.text.fold import Folded, fold, fold_text


@dataclass(frozen=True)
class NearestPassage:
    """The article passage most like a quote that was not found."""

    start: int
    end: int
    text: str
    score: float
    differences: tuple[str, ...]
    """Word-level changes from the quote to the passage: "'12' → '123'"."""


def _edge(text: str, index: int) -> bool:
    return index < 0 or index >= len(text) or not text[index].isalnum()


def folded_quote(quote: str) -> str:
    """What `locate` looks for: `quote` folded, without the quotation marks around it."""
    return fold_text(quote).strip(" \"'")


def locate(quote: str, haystack: str | Folded) -> tuple[int, int] | None:
    """Span of `quote` in `haystack` (original offsets), or None when it is not there."""
    folded = haystack if isinstance(haystack, Folded) else fold(haystack)
    return _locate_folded(folded_quote(quote), folded)


def _locate_folded(folded_quote: str, folded: Folded) -> tuple[int, int] | None:
    if not folded_quote:
        return None
    # A quick "no" before scanning the text: checking a draft tests every claim's quote
    # (100,000 of them on a large desk), and a word inside the quote that the text
    # never has alone means it is not there.
    if not folded.spaced_words.issuperset(folded_quote.split(" ")[1:-1]):
        return None
    start = folded.text.find(folded_quote)
    while start >= 0:
        end = start + len(folded_quote)
        word_edges = (not folded_quote[0].isalnum() or _edge(folded.text, start - 1)) and (
            not folded_quote[-1].isalnum() or _edge(folded.text, end)
        )
        if word_edges:
            return folded.source_span(start, end)
        start = folded.text.find(folded_quote, start + 1)
    return None


@dataclass(frozen=True)
class QuoteIndex:
    """Many quotes, each filed under one word it must have whole: a text is searched only
    for the quotes whose word it has. A draft checked against a large desk finds the same
    spans as `locate` of each of 100,000 quotes, in a few hundred searches."""

    quotes: tuple[str, ...]
    folded: tuple[str, ...]
    """Each quote as `folded_quote` gives it."""
    by_word: dict[str, list[int]]
    """A word inside the quote (its longest) → the positions of the quotes filed under it."""
    unfiled: tuple[int, ...]
    """Quotes of one or two words (no word inside them): searched for in every text."""

    @classmethod
    def of(cls, quotes: Sequence[str], folded: Sequence[str] | None = None) -> QuoteIndex:
        """The index of `quotes` (`folded`, if given, is `folded_quote` of each)."""
        folded = tuple(folded) if folded is not None else tuple(map(folded_quote, quotes))
        by_word: dict[str, list[int]] = {}
        unfiled = []
        for position, needle in enumerate(folded):
            inner = needle.split(" ")[1:-1]
            if inner:
                by_word.setdefault(max(inner, key=len), []).append(position)
            elif needle:  # an empty quote is never found
                unfiled.append(position)
        return cls(tuple(quotes), folded, by_word, tuple(unfiled))

    def found_in(self, haystack: Folded) -> dict[int, tuple[int, int]]:
        """Position → span in `haystack` of each quote found there, in the quotes' order."""
        tried = list(self.unfiled)
        for word in haystack.spaced_words:  # a few thousand words, not 100,000 quotes
            tried.extend(self.by_word.get(word, ()))
        spans = {}
        for position in sorted(tried):
            span = _locate_folded(self.folded[position], haystack)
            if span is not None:
                spans[position] = span
        return spans


def nearest_passage(quote: str, text: str) -> NearestPassage | None:
    """The passage of `text` closest to `quote`, for "did you mean" messages."""
    folded_quote = fold(quote).text
    folded = fold(text)
    if not folded_quote or not folded.text:
        return None
    alignment = fuzz.partial_ratio_alignment(folded_quote, folded.text)
    if alignment is None or alignment.score < 50:
        return None
    start, end = folded.source_span(alignment.dest_start, alignment.dest_end)
    # Widen to whole words, so the passage reads naturally.
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum():
        end += 1
    start, end = _trim_extra_words(quote, text, start, end)
    passage = text[start:end]
    return NearestPassage(start, end, passage, alignment.score, word_differences(quote, passage))


def _trim_extra_words(quote: str, text: str, start: int, end: int) -> tuple[int, int]:
    """Drop words at either edge of the passage that the quote does not have at all."""
    spans = [(m.start() + start, m.end() + start) for m in re.finditer(r"\S+", text[start:end])]
    a = fold(quote).text.split()
    b = [fold(text[s:e]).text for s, e in spans]
    opcodes = difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes()
    if not spans or not opcodes:
        return start, end
    first, last = 0, len(spans)
    if opcodes[0][0] == "insert":
        first = opcodes[0][4]
    if opcodes[-1][0] == "insert":
        last = opcodes[-1][3]
    if first >= last:
        return start, end
    return spans[first][0], spans[last - 1][1]


def word_differences(quote: str, passage: str, limit: int = 3) -> tuple[str, ...]:
    """The first few word changes that turn `quote` into `passage`."""
    a, b = fold(quote).text.split(), fold(passage).text.split()
    changes: list[str] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        old, new = " ".join(a[i1:i2]), " ".join(b[j1:j2])
        changes.append(
            f"{quoted(old)} → {quoted(new)}"
            if old and new
            else (f"{quoted(old)} left out" if not new else f"{quoted(new)} added")
        )
        if len(changes) == limit:
            break
    return tuple(changes)
