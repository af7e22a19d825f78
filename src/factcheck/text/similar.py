"""Near-duplicate texts: which pairs of a list say nearly the same thing."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from rapidfuzz import fuzz, process, utils

from factcheck.text.fold import fold_text
from factcheck.text.numbers import numbers_in


def similar_pairs(texts: Sequence[str], threshold: float) -> Iterator[tuple[int, int, float]]:
    """Pairs `(i, j, score)` with i < j whose texts score at least `threshold` (0-100).

    The score is rapidfuzz's token-sort ratio of the folded texts, so word order
    does not count; pairs whose numbers differ are left out.
    """
    folded = [utils.default_process(fold_text(text)) for text in texts]
    numbers = [numbers_in(text) for text in texts]
    for i in range(len(folded) - 1):
        matches = process.extract(
            folded[i],
            folded[i + 1 :],
            scorer=fuzz.token_sort_ratio,
            score_cutoff=threshold,
            limit=None,
        )
        for _, score, offset in matches:
            j = i + 1 + offset
            if numbers[i] == numbers[j]:
                yield i, j, score
