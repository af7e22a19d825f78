"""A sentence matches a claim another fact-checker has already reviewed.

Before a desk spends a day on a claim, it learns that it has been checked before, by
whom, with what verdict, and where. The reviews come from the reference corpus that
`corpus:` in factcheck.yaml names: feeds of other fact-checkers' ClaimReviews (JSON-LD,
JSON Lines, a DataFeed), Fact Check Tools API responses or CSV files the newsroom
downloads (docs/corpus.md); factcheck reads them and fetches nothing. Each paragraph
is matched against every review by its words and its meaning; the match is placed on
the sentence nearest the review. The desk's own claims still come first: this is
information beside them, not a verdict.

Fails (with a review of "Ferries to Port Vell resumed in March" in the corpus):

    Ferries to Port Vell resumed on 5 March 2025.

Passes (no review of the corpus is about it):

    The mayor opened a new footbridge over the river on Monday.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from factcheck.desk.findings import Finding, Severity
from factcheck.desk.reviews import Review
from factcheck.load.feeds import feed_stamps, read_corpus
from factcheck.rules.article_findings import on_sentence
from factcheck.rules.base import ARTICLES, Context, Rule
from factcheck.text.clean import quoted

if TYPE_CHECKING:  # numpy: imported when a corpus is matched
    from factcheck.text.analysis import ArticleAnalysis
    from factcheck.text.elsewhere import Matches, ReviewIndex

ID = "checked-elsewhere"
SEVERITY = Severity.INFO
ELSEWHERE = "elsewhere"
"""The context's name for the corpus matches of its articles (`Context.derive`)."""


@dataclass(frozen=True)
class Elsewhere:
    """The reviews the articles' sentences match."""

    matches: dict[str, Matches] = field(default_factory=dict)
    """Article path → sentence index → (review position, score), best first."""
    reviews: Mapping[int, Review] = field(default_factory=dict)
    """Review position → the review, for every position `matches` names."""

    def of(self, path: str, sentence: int) -> list[tuple[Review, float]]:
        """The reviews sentence `sentence` of the article at `path` matches, best first."""
        found = self.matches.get(path, {}).get(sentence, [])
        return [(self.reviews[position], score) for position, score in found]


def elsewhere_here(ctx: Context) -> Elsewhere:
    """The matches, made from the feeds as they are (without the engine's cache)."""
    if not ctx.settings.corpus:
        return Elsewhere()
    from factcheck.text.elsewhere import ReviewIndex, review_texts

    corpus = read_corpus(ctx.repo.root, ctx.settings.corpus)
    index = ReviewIndex.of([review_texts(r.statement, r.title) for r in corpus.reviews])
    return elsewhere_of(ctx.analyses, index, dict(enumerate(corpus.reviews)))


def elsewhere_of(
    analyses: Sequence[ArticleAnalysis], index: ReviewIndex, reviews: Mapping[int, Review]
) -> Elsewhere:
    """The matches of `analyses` against the corpus `index`, whose reviews by position
    are `reviews` (only those matched are read)."""
    from factcheck.text.elsewhere import match_analyses

    matches = match_analyses(analyses, index)
    named = {position for found in matches.values() for s in found.values() for position, _ in s}
    return Elsewhere(matches, {position: reviews[position] for position in named})


def message(review: Review) -> str:
    """`matches a claim Snopes rated 'False' on 2016-02-25: <url>`, with the claim."""
    verdict = f"rated {quoted(review.rating)}" if review.rating else "reviewed (rating not given)"
    when = f" on {review.published.isoformat()}" if review.published else ""
    where = f": {review.url}" if review.url else " (no URL)"
    return f"matches a claim {review.publisher} {verdict}{when}{where} — {quoted(review.statement)}"


def check(ctx: Context) -> Iterator[Finding]:
    """Sentences that match a review of the corpus: the best one named."""
    if not ctx.settings.corpus:
        return
    found = ctx.derive(ELSEWHERE, elsewhere_here)
    for analysis in ctx.analyses:
        for sentence in analysis.sentences:
            matched = found.of(analysis.article.path, sentence.index)
            if matched:
                review = matched[0][0]
                yield on_sentence(ID, SEVERITY, message(review), analysis, sentence)


RULE = Rule(
    ID,
    SEVERITY,
    __doc__ or "",
    check,
    reads=ARTICLES,
    # Not kept article by article: a feed that changes changes every article's findings.
    also_reads=lambda ctx: feed_stamps(ctx.repo.root, ctx.settings.corpus),
)
