"""Which published fact-checks a draft's paragraphs match: "this has been checked before".

A review is known by the claim it reviewed and its headline. Each paragraph of a draft
is scored against every review twice over — by its words (BM25 over Snowball stems,
figures kept as terms) and by its meaning (the cosine of the shipped model's vectors
with the claim and headline's, or the claim's alone, whichever is nearer) —
as `WORDS_WEIGHT` × the words' share + the cosine, the share being the BM25 score over
what a review of average length holding every word of the paragraph would score (so
that a paragraph of words no review has scores low, however small the corpus). A
paragraph matches its best review when that score reaches `THRESHOLD`, and also a
second one within `NEAR_BEST` of it; each match is placed on the paragraph's sentence
whose meaning is nearest the review's. The paragraph, not the sentence, is what is
matched: a claim is often said across two sentences ("Posts say X. They show Y."), and
on the benchmark's development split the paragraph ranked the reviewed claim first
more often than any sentence or window of sentences did.

The weights and cut-offs were chosen on the development split of CLEF-2020 CheckThat!
Task 2 (verified-claim retrieval), with paragraphs of unrelated news as negatives (a
paragraph about freed activists must not match one about freed minks); docs/corpus.md
gives the test figures.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from factcheck.parallel import cores, in_chunks
from factcheck.text.claim_index import ArrayPostings, ClaimIndex
from factcheck.text.fold import fold_text
from factcheck.text.meaning import DIMENSIONS, KEPT_AS, Vectors, embed
from factcheck.text.words import content_words, stems

if TYPE_CHECKING:
    from factcheck.text.analysis import ArticleAnalysis

WORDS_WEIGHT = 1.0
"""The weight of the words' share beside the meaning's (the cosine, up to 1)."""
THRESHOLD = 0.6
"""The lowest score, in those units, at which a paragraph matches a review."""
NEAR_BEST = 0.05
"""A second review matches too when it scores this close to the best."""
MOST = 2
"""Reviews a paragraph matches at most."""
SCALE = 100 / (1 + WORDS_WEIGHT)
CANDIDATES = 1000
"""Reviews scored again with their whole meanings, of those a paragraph's words and
its meaning's sketch score best."""
PARALLEL_FROM = 4_000_000
"""Queries × reviews from which a search is shared out over the cores (a 5,000-word
draft against 100,000 reviews: a fork costs less than the half it saves)."""
SKETCHED = 64
"""Dimensions of a meaning's sketch."""
EMBEDDED_AT_ONCE = 20000
"""Reviews whose meanings are made at a time while an index is built."""
"""Scores are shown 0-100, as the claim matcher's are."""

_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")


def review_texts(claim: str, headline: str | None) -> tuple[str, str]:
    """What a review is matched by: the claim it reviewed with its headline, and the
    claim alone (a paragraph's meaning is compared with both, the nearer counting)."""
    return (f"{claim} {headline}" if headline else claim), claim


def terms_of(text: str) -> set[str]:
    """The words' terms of `text`: stems of its content words, and its figures."""
    folded = fold_text(text)
    terms = set(stems([word for word, _, _ in content_words(folded)]))
    terms.update("#" + figure.replace(",", "") for figure in _FIGURE.findall(folded))
    return terms


@dataclass(frozen=True)
class ReviewIndex:
    """What every review of a corpus is matched by: its terms' BM25 postings and its
    meanings (unit vectors as float16: a quarter of a million reviews' in 250 MB, which
    may be mapped from a file rather than read)."""

    words: ClaimIndex
    meanings: npt.NDArray[np.float16]
    """One row a review: the meaning of its claim with its headline."""
    claim_meanings: npt.NDArray[np.float16]
    """One row a review: the meaning of its claim alone."""
    sketch: npt.NDArray[np.float32]
    """The first `SKETCHED` dimensions of `meanings` (the model puts most of a meaning
    in its first dimensions): compared with every review at once, in a fraction of the
    time, to choose the reviews weighed whole."""

    @property
    def count(self) -> int:
        """How many reviews it indexes."""
        return int(self.meanings.shape[0])

    @classmethod
    def of(cls, texts: Sequence[tuple[str, str]]) -> ReviewIndex:
        """The index of reviews given by their texts (`review_texts`), made a slice at
        a time: what it holds, not what it took to make it, is what stays in memory."""
        postings = ArrayPostings.of(terms_of(both) for both, _ in texts)
        meanings = np.zeros((len(texts), DIMENSIONS), dtype=KEPT_AS)
        claim_meanings = np.zeros((len(texts), DIMENSIONS), dtype=KEPT_AS)
        for start in range(0, len(texts), EMBEDDED_AT_ONCE):
            part = texts[start : start + EMBEDDED_AT_ONCE]
            meanings[start : start + len(part)] = embed([both for both, _ in part])
            claim_meanings[start : start + len(part)] = embed([claim for _, claim in part])
        sketch = np.ascontiguousarray(meanings[:, :SKETCHED], dtype=np.float32)
        return cls(ClaimIndex(postings), meanings, claim_meanings, sketch)

    def top(
        self, queries: Sequence[str], k: int, workers: int | None = None
    ) -> list[list[tuple[int, float]]]:
        """Each query's `k` best reviews, best first: (position, score 0-100). Every
        review is scored first by the query's words and its meaning's sketch; the
        `CANDIDATES` best of those are scored again with the whole meanings. A large
        corpus is searched on every core (`workers` of them unless said)."""
        if not queries or not self.count:
            return [[] for _ in queries]
        shared = (self, queries, embed(queries), k)
        forked = cores(workers, len(queries) * self.count, PARALLEL_FROM)
        if not forked:
            return _top_range(shared, 0, len(queries))
        size = -(-len(queries) // forked)
        return [found for _, _, part in in_chunks(shared, len(queries), size, _top_range, forked)
                for found in part]  # fmt: skip

    def _top(
        self, query: str, vector: Vectors, sketched: npt.NDArray[np.float32], k: int
    ) -> list[tuple[int, float]]:
        terms = terms_of(query)
        whole = sum(self.words.idf(term, self.count) for term in terms)
        share = (WORDS_WEIGHT / whole) if whole > 0 else 0.0
        words = (share * self.words.score_array(terms, self.count)).astype(np.float32)
        rough = sketched + words
        keep = min(CANDIDATES, self.count)
        rows = np.sort(np.argpartition(-rough, keep - 1)[:keep])  # a mapped file, in order
        scores = words[rows] + np.maximum(
            self.meanings[rows].astype(np.float32) @ vector,
            self.claim_meanings[rows].astype(np.float32) @ vector,
        )
        best = np.lexsort((rows, -scores))[:k]
        return [(int(rows[j]), round(float(scores[j]) * SCALE, 1)) for j in best]

    def matched(
        self, queries: Sequence[str], workers: int | None = None
    ) -> list[list[tuple[int, float]]]:
        """The reviews each query matches (`kept`), best first."""
        return [kept(best) for best in self.top(queries, MOST, workers)]


Searched = tuple[ReviewIndex, Sequence[str], Vectors, int]
"""An index, the queries, their meanings, and how many reviews each wants."""


def _top_range(shared: Searched, start: int, end: int) -> list[list[tuple[int, float]]]:
    """The best reviews of queries `start` to `end` (in a worker, or here)."""
    index, queries, vectors, k = shared
    sketched = vectors[start:end, :SKETCHED] @ index.sketch.T
    return [
        index._top(queries[at], vectors[at], sketched[at - start], k) for at in range(start, end)
    ]


def kept(ranked: Sequence[tuple[int, float]]) -> list[tuple[int, float]]:
    """Of reviews ranked best first with their scores, those a text matches: at most
    `MOST`, each reaching `THRESHOLD` and within `NEAR_BEST` of the best."""
    if not ranked:
        return []
    best = ranked[0][1]
    return [
        (position, score)
        for position, score in ranked[:MOST]
        if score >= THRESHOLD * SCALE and score >= best - NEAR_BEST * SCALE
    ]


def placed(
    sentences: Sequence[str], matched: Sequence[int], meanings: npt.NDArray[np.float16]
) -> list[int]:
    """For each matched review (its row of `meanings`), the sentence whose meaning is
    nearest it."""
    if len(sentences) == 1:
        return [0] * len(matched)
    nearness = embed(sentences) @ meanings[list(matched)].astype(np.float32).T
    return [int(column.argmax()) for column in nearness.T]


Matches = dict[int, list[tuple[int, float]]]
"""Sentence index → the reviews it matches, (position in the corpus, score), best first."""


def match_analyses(analyses: Sequence[ArticleAnalysis], index: ReviewIndex) -> dict[str, Matches]:
    """Each article's (by path) sentences that match reviews of `index`: its paragraphs,
    headings and list items matched at once, every article's together."""
    blocks = [
        (analysis.article.path, block)
        for analysis in analyses
        for block in analysis.blocks()
        if block[0].kind != "reference"  # a line of a Sources list cites, it does not claim
    ]
    found: dict[str, Matches] = {analysis.article.path: {} for analysis in analyses}
    if not blocks or not index.count:
        return found
    queries = [" ".join(sentence.text for sentence in block) for _, block in blocks]
    for (path, block), matched in zip(blocks, index.matched(queries), strict=True):
        if not matched:
            continue
        where = placed([s.text for s in block], [j for j, _ in matched], index.meanings)
        for (review, score), at in zip(matched, where, strict=True):
            found[path].setdefault(block[at].index, []).append((review, score))
    return found
