"""Candidate pairs for near-duplicate texts: every later text that shares a prefix token."""

from __future__ import annotations

import math
from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from factcheck.text.similar import candidate_pairs


def _by_definition(folded: list[str]) -> dict[int, list[int]]:
    """Text i → the texts j > i sharing one of i's prefix tokens (its rarest
    `n - ceil(n / 2) + 1` tokens, rarest first, ties by the token)."""
    tokens = [sorted(set(text.split())) for text in folded]
    frequency = Counter(token for words in tokens for token in words)
    prefixes = []
    for words in tokens:
        ordered = sorted(words, key=lambda token: (frequency[token], token))
        prefixes.append(set(ordered[: max(len(ordered) - math.ceil(0.5 * len(ordered)) + 1, 1)]))
    found = {
        i: [j for j in range(i + 1, len(folded)) if prefixes[i] & prefixes[j]]
        for i in range(len(folded))
    }
    return {i: js for i, js in found.items() if js}


@given(
    st.lists(
        st.lists(st.sampled_from(["ab", "cd", "ef", "gh", "ij", "kl"]), max_size=5), max_size=14
    )
)
def test_candidates_are_every_later_text_sharing_a_prefix_token(words: list[list[str]]) -> None:
    folded = [" ".join(text) for text in words]
    assert dict(candidate_pairs(folded)) == _by_definition(folded)
