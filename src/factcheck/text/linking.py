"""Which claims a sentence asserts: how much of each claim's content the sentence says.

A claim's content is its statement's words, stopwords left out and each word cut
to a five-letter stem (so "released" meets "release", "Belarusian" meets
"Belarus"). A sentence asserts a claim when it says at least `threshold` percent
of that content and their numbers agree. The measure is one-sided on purpose: a
long sentence often asserts several claims at once.

For many claims (a whole desk against one article), an inverted index over each
claim's rarest stems (prefix filtering) finds the candidates without comparing
every sentence with every claim; the result is the same as comparing all.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from factcheck.model import Claim
from factcheck.text.fold import fold_text
from factcheck.text.numbers import numbers_agree

STEM_LENGTH = 5
STOPWORDS = frozenset(
    ["a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "by", "for", "from", "with", "without", "into", "onto", "over", "under", "about", "after", "before", "during", "since", "until", "as", "than", "then", "that", "this", "these", "those", "there", "here", "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having", "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "it", "its", "he", "him", "his", "she", "her", "hers", "they", "them", "their", "we", "us", "our", "you", "your", "i", "me", "my", "who", "whom", "whose", "which", "what", "when", "where", "why", "how", "not", "no", "so", "also", "very", "just", "only", "some", "any", "all", "each", "every", "both", "either", "neither", "more", "most", "other", "such", "own", "same", "too", "said", "says", "say"]
)  # fmt: skip
# Numbers stay whole ("4,200", "4.5"); words are runs of letters.
_WORD = re.compile(r"\d(?:[\d,.]*\d)?|[a-z]+")
INDEX_FROM = 64
"""Below this many claims, comparing directly is faster than building an index."""


def content_stems(text: str) -> frozenset[str]:
    """The stems of the content words of `text`."""
    stems = set()
    for word in _WORD.findall(fold_text(text)):
        if word[0].isdigit():
            stems.add(word.replace(",", ""))
        elif word not in STOPWORDS and len(word) >= 3:
            stems.add(word[:STEM_LENGTH])
    return frozenset(stems)


@dataclass(frozen=True)
class Match:
    """A claim a sentence asserts, with the share of the claim's content it says (0-100)."""

    claim: Claim
    score: float


class ClaimMatcher:
    """Finds the claims each sentence asserts; build once, match many sentences."""

    def __init__(self, claims: Sequence[Claim], threshold: float) -> None:
        self.threshold = threshold
        self.claims = [claim for claim in claims if claim.statement]
        self.stems = [content_stems(claim.statement or "") for claim in self.claims]
        self.index: dict[str, list[int]] | None = None
        if len(self.claims) >= INDEX_FROM:
            self.index = self._build_index()

    def _build_index(self) -> dict[str, list[int]]:
        frequency: Counter[str] = Counter()
        for stems in self.stems:
            frequency.update(stems)
        index: dict[str, list[int]] = defaultdict(list)
        share = self.threshold / 100
        for position, stems in enumerate(self.stems):
            # A sentence covering `share` of n stems misses at most n - ceil(share*n) of
            # them, so it must contain one of the n - ceil(share*n) + 1 rarest.
            keep = len(stems) - math.ceil(share * len(stems) - 1e-9) + 1
            for stem in sorted(stems, key=lambda s: (frequency[s], s))[:keep]:
                index[stem].append(position)
        return dict(index)

    def match(self, sentence: str) -> list[Match]:
        """The claims `sentence` asserts, best first."""
        words = content_stems(sentence)
        if not words:
            return []
        if self.index is None:
            candidates: Sequence[int] = range(len(self.claims))
        else:
            found: set[int] = set()
            for word in words:
                found.update(self.index.get(word, ()))
            candidates = sorted(found)
        matches = []
        for position in candidates:
            stems = self.stems[position]
            if not stems:
                continue
            shared = len(stems & words)
            score = 100.0 * shared / len(stems)
            if score < self.threshold or shared < min(2, len(stems)):
                continue
            claim = self.claims[position]
            if numbers_agree(claim.statement or "", sentence):
                matches.append(Match(claim, round(score, 1)))
        matches.sort(key=lambda m: (-m.score, str(m.claim.id)))
        return matches
