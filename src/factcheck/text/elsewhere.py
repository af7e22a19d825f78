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

from factcheck.text.claim_index import ClaimIndex, frequency_of
from factcheck.text.fold import fold_text
from factcheck.text.meaning import KEPT_AS, Vectors, embed
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
COSINE_SLICE = 32768
"""Reviews whose meanings are compared with a draft's paragraphs at a time."""
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
    meanings (unit vectors, kept as float16: a quarter of a million reviews in 250 MB)."""

    words: ClaimIndex
    meanings: npt.NDArray[np.float16]
    """One row a review: the meaning of its claim with its headline."""
    claim_meanings: npt.NDArray[np.float16]
    """One row a review: the meaning of its claim alone."""

    @property
    def count(self) -> int:
        """How many reviews it indexes."""
        return int(self.meanings.shape[0])

    @classmethod
    def of(cls, texts: Sequence[tuple[str, str]]) -> ReviewIndex:
        """The index of reviews given by their texts (`review_texts`)."""
        joint = [both for both, _ in texts]
        terms = [terms_of(text) for text in joint]
        index = ClaimIndex.unpacked(ClaimIndex.packed_of(terms, frequency_of(terms)))
        alone = [claim for _, claim in texts]
        return cls(index, embed(joint).astype(KEPT_AS), embed(alone).astype(KEPT_AS))

    def cosines(self, vectors: Vectors) -> npt.NDArray[np.float32]:
        """Each vector's cosine with each review's nearer meaning (one row a vector),
        made in slices so that no float32 copy of the whole index is ever held."""
        found = np.empty((vectors.shape[0], self.count), dtype=np.float32)
        for start in range(0, self.count, COSINE_SLICE):
            end = min(self.count, start + COSINE_SLICE)
            joint = vectors @ self.meanings[start:end].astype(np.float32).T
            alone = vectors @ self.claim_meanings[start:end].astype(np.float32).T
            found[:, start:end] = np.maximum(joint, alone)
        return found

    def scores(self, queries: Sequence[str]) -> npt.NDArray[np.float32]:
        """Each query's score against every review (one row a query)."""
        if not queries or not self.count:
            return np.zeros((len(queries), self.count), dtype=np.float32)
        scores = self.cosines(embed(queries))
        for row, query in enumerate(queries):
            terms = terms_of(query)
            whole = sum(self.words.idf(term, self.count) for term in terms)
            if whole > 0:
                words = self.words.score_array(terms, self.count)
                scores[row] += (WORDS_WEIGHT / whole) * words.astype(np.float32)
        return scores

    def top(self, queries: Sequence[str], k: int) -> list[list[tuple[int, float]]]:
        """Each query's `k` best reviews, best first: (position, score 0-100)."""
        found: list[list[tuple[int, float]]] = []
        for row in self.scores(queries):
            k_here = min(k, row.shape[0])
            if k_here == 0:
                found.append([])
                continue
            best = np.argpartition(-row, k_here - 1)[:k_here]
            best = best[np.lexsort((best, -row[best]))]
            found.append([(int(j), round(float(row[j]) * SCALE, 1)) for j in best])
        return found

    def matched(self, queries: Sequence[str]) -> list[list[tuple[int, float]]]:
        """The reviews each query matches (`kept`), best first."""
        return [kept(best) for best in self.top(queries, MOST)]


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
