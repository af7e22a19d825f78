"""The library of `factcheck corpus`: what the desk's reference corpus holds, and the
reviews a text matches best."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factcheck.desk.reviews import Review, Skip
from factcheck.errors import Usage
from factcheck.incremental.elsewhere import corpus_index
from factcheck.incremental.store import Store
from factcheck.load.settings import load_settings


@dataclass(frozen=True)
class CorpusStats:
    """How many reviews the corpus holds, by publisher, language and year, and every item
    skipped with its reason."""

    feeds: tuple[str, ...]
    reviews: int
    publishers: Counter[str]
    languages: Counter[str]
    years: Counter[str]
    skipped: tuple[Skip, ...]

    def to_dict(self) -> dict[str, Any]:
        """As `corpus stats --format json` gives it."""
        return {
            "feeds": list(self.feeds),
            "reviews": self.reviews,
            "publishers": dict(self.publishers.most_common()),
            "languages": dict(self.languages.most_common()),
            "years": dict(sorted(self.years.items())),
            "skipped": [{"where": s.where, "reason": s.reason} for s in self.skipped],
        }


@dataclass(frozen=True)
class Found:
    """A review a text matches, its score, and whether it is close enough to be reported
    (as `checked-elsewhere` would)."""

    review: Review
    score: float
    matches: bool


def _named(root: Path) -> tuple[str, ...]:
    settings = load_settings(root)[0]
    if not settings.corpus:
        raise Usage(
            "this desk names no reference corpus: add `corpus: [feeds/]` to factcheck.yaml, "
            "naming the ClaimReview, Fact Check Tools or CSV files you downloaded"
        )
    return settings.corpus


def corpus_stats(root: Path, use_cache: bool = True) -> CorpusStats:
    """What the corpus the desk at `root` names holds."""
    store = Store(root) if use_cache else None
    found = corpus_index(root, _named(root), store)
    reviews = [found.reviews[position] for position in range(found.index.count)]
    stats = CorpusStats(
        found.feeds,
        len(reviews),
        Counter(review.publisher for review in reviews),
        Counter(review.language or "not given" for review in reviews),
        Counter(str(r.published.year) if r.published else "no date" for r in reviews),
        found.skipped,
    )
    if store is not None:
        store.close()
    return stats


def corpus_search(root: Path, text: str, limit: int = 10, use_cache: bool = True) -> list[Found]:
    """The `limit` reviews `text` matches best, best first, each marked when it is close
    enough to be reported."""
    from factcheck.text.elsewhere import kept

    store = Store(root) if use_cache else None
    found = corpus_index(root, _named(root), store)
    [best] = found.index.top([text], limit)
    reported = {position for position, _ in kept(best)}
    result = [Found(found.reviews[p], score, p in reported) for p, score in best]
    if store is not None:
        store.close()
    return result
