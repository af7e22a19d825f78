"""Other fact-checkers' reviews, as factcheck reads them from ClaimReview, Fact Check
Tools API and CSV feeds: the records of `import claimreview` and of the reference
corpus that `checked-elsewhere` matches drafts against."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True, slots=True)
class Review:
    """One published fact-check: the claim it reviewed and its verdict, as the feed gave
    them (text from outside: one line each, control characters made visible)."""

    statement: str
    """The claim reviewed."""
    rating: str
    """The textual rating, as written (empty when the feed gives none)."""
    url: str | None
    publisher: str
    """Who reviewed it (`unknown publisher` when the feed does not say)."""
    title: str | None
    """The review's headline."""
    published: date | None
    where: str
    """Where in the input it was found, for messages: "feed.json review 3"."""
    identifier: str | None = None
    """The review's `identifier`: a desk's claim id, when the desk exported it."""
    rationale: str | None = None
    """`reviewBody`, else the rating's `ratingExplanation`."""
    reviewer: str | None = None
    """`contributor`: the person who reviewed the claim."""
    quote: str | None = None
    """`itemReviewed.text`: the claim's words as they appeared."""
    article: str | None = None
    """`itemReviewed.appearance.identifier`: the article the claim appeared in."""
    node_id: str | None = None
    """The review's JSON-LD `@id`."""
    language: str | None = None
    claimant: str | None = None
    """Who made the claim (`itemReviewed.author`, the API's `claimant`)."""
    rating_value: float | None = None
    best_rating: float | None = None
    worst_rating: float | None = None

    @property
    def key(self) -> str:
        """How the review is named in output: its `identifier`, else its `@id`, else its
        URL, else where it was read."""
        return self.identifier or self.node_id or self.url or self.where


@dataclass(frozen=True)
class Skip:
    """An item of a feed that was not read, and why ("no claim reviewed")."""

    where: str
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}; skipped"


@dataclass
class ReadResult:
    """Reviews found in the input, and the items that could not be read."""

    reviews: list[Review] = field(default_factory=list)
    skipped: list[Skip] = field(default_factory=list)


@dataclass(frozen=True)
class Corpus:
    """The reference corpus a desk's settings name: every review of every feed, and every
    item skipped with its reason."""

    feeds: tuple[str, ...]
    """The feed files read, as the settings name them (a folder's files under it)."""
    reviews: tuple[Review, ...]
    skipped: tuple[Skip, ...]

    def reasons(self) -> Counter[str]:
        """How many items were skipped, by reason."""
        return Counter(skip.reason for skip in self.skipped)
