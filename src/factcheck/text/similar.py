"""Near-duplicate texts without comparing every pair.

Texts with numbers pair only with texts with the same numbers (a rule of the
check), so they are compared within those groups. For the others, candidate
pairs come from prefix filtering: each text's tokens are ordered from
rarest to most common across the whole list, and two texts become candidates
only when they share one of their rarest tokens. Two texts that share at least
`OVERLAP` of their tokens always share one of their first
`n - ceil(OVERLAP * n) + 1` tokens, so no such pair is missed; pairs above the
similarity threshold nearly always share that many tokens (bench/recall.py
measures it against exhaustive scoring). Candidates are then scored with
rapidfuzz's token-sort ratio (word order does not count), and pairs whose
numbers differ are left out.
"""

from __future__ import annotations

import bisect
import math
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from operator import itemgetter

from rapidfuzz import fuzz, process, utils

from factcheck.text.fold import fold_text
from factcheck.text.numbers import number_set

SMALL_GROUP = 64
"""Texts sharing their numbers are all compared when there are at most this many."""
OVERLAP = 0.5
"""Share of tokens two candidate texts must have in common (looser than any threshold used)."""


Prepared = tuple[str, frozenset[str]]
"""A text as the comparison reads it: folded to plain lower-case words, and its numbers."""


def comparable(text: str) -> str:
    """`text` as the comparison reads it: folded, then plain lower-case words."""
    return utils.default_process(fold_text(text))


def prepared(text: str) -> Prepared:
    """`text` folded for comparing (`similar_prepared`), with its numbers."""
    return comparable(text), number_set(text)


def candidate_pairs(
    folded: Sequence[str], numbers: Sequence[frozenset[str]] | None = None
) -> Iterator[tuple[int, list[int]]]:
    """For each text i, the texts j > i that may be near duplicates of it.

    Texts with numbers can only pair with texts with the very same numbers, so
    they are grouped by their numbers (the numbers are nearly always the rarest
    tokens anyway); the others go through prefix filtering on their rarest tokens.
    """
    if numbers is not None:
        groups: dict[frozenset[str], list[int]] = defaultdict(list)
        plain: list[int] = []
        for position, found in enumerate(numbers):
            (groups[found] if found else plain).append(position)
        for members in [*groups.values(), plain]:
            if members is not plain and len(members) <= SMALL_GROUP:
                for index, position in enumerate(members[:-1]):
                    yield position, members[index + 1 :]
                continue
            # A big group (say, every statement dated 2025): filter it by tokens too.
            for position, others in _prefix_candidates([folded[p] for p in members]):
                yield members[position], [members[o] for o in others]
        return
    yield from _prefix_candidates(folded)


def _prefix_candidates(folded: Sequence[str]) -> Iterator[tuple[int, list[int]]]:
    """For each text i, the texts j > i that share one of their rarest tokens with it."""
    tokens = [sorted(set(text.split())) for text in folded]
    frequency: Counter[str] = Counter(token for words in tokens for token in words)
    index: dict[str, list[int]] = defaultdict(list)
    prefixes: list[list[str]] = []
    for position, words in enumerate(tokens):
        ordered = sorted(words, key=lambda token: (frequency[token], token))
        keep = len(ordered) - math.ceil(OVERLAP * len(ordered)) + 1
        prefix = ordered[: max(keep, 1)]
        prefixes.append(prefix)
        for token in prefix:
            index[token].append(position)
    for position, prefix in enumerate(prefixes):
        found: set[int] = set()
        for token in prefix:
            # Each token's list holds positions in rising order: the later texts are the
            # tail after this one, taken as one slice (millions of pairs on a large desk).
            holders = index[token]
            found.update(holders[bisect.bisect_right(holders, position) :])
        if found:
            yield position, sorted(found)


def similar_pairs(texts: Sequence[str], threshold: float) -> Iterator[tuple[int, int, float]]:
    """Pairs `(i, j, score)` with i < j whose texts score at least `threshold` (0-100)."""
    return similar_prepared([prepared(text) for text in texts], threshold)


def similar_prepared(
    texts: Sequence[Prepared], threshold: float
) -> Iterator[tuple[int, int, float]]:
    """`similar_pairs` of texts already `prepared` (which a caller may keep between runs)."""
    folded = [text for text, _ in texts]
    numbers = [found for _, found in texts]
    for first, candidates in candidate_pairs(folded, numbers):
        # itemgetter picks them in C (a tuple; a lone candidate comes back bare).
        picked = itemgetter(*candidates)(folded)
        choices = picked if len(candidates) > 1 else (picked,)
        for _, score, offset in process.extract(
            folded[first], choices, scorer=fuzz.token_sort_ratio, score_cutoff=threshold, limit=None
        ):
            second = candidates[offset]
            if numbers[first] == numbers[second]:
                yield (first, second, score) if first < second else (second, first, score)
