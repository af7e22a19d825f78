"""The reference corpus's index as the cache keeps it: built on first use from the feeds
the settings name, made again when a feed changes (by its stamp), never committed.

The index (the reviews' terms and meanings) is one entry; the reviews themselves are
rows of `REVIEWS_A_ROW`, read only for the reviews a draft matches (a quarter of a
million reviews need not all be decoded to name two of them).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import msgspec

from factcheck import __version__
from factcheck.desk.reviews import Corpus, Review, Skip
from factcheck.incremental.store import Store, fingerprint, settled
from factcheck.load.feeds import feed_stamps, read_corpus
from factcheck.rules.base import Context, Provider
from factcheck.rules.checked_elsewhere import Elsewhere, elsewhere_of
from factcheck.text.claim_index import ClaimIndex

if TYPE_CHECKING:  # numpy: imported when a corpus is matched
    from factcheck.text.elsewhere import ReviewIndex

REVIEWS_A_ROW = 2000


class KeptCorpus(msgspec.Struct, frozen=True):
    """The corpus's index as kept: what it was made of, and its tables."""

    key: str
    stamps: list[tuple[str, int, int, int]]
    feeds: list[str]
    skipped: list[tuple[str, str]]
    count: int
    postings: dict[str, tuple[bytes, bytes]]
    meanings: bytes
    """float16, one row of the model's dimensions a review: its claim with its headline."""
    claim_meanings: bytes
    """The same, of its claim alone."""


class KeptReviews(Mapping[int, Review]):
    """Reviews by position, read from the cache's rows a row at a time when first named."""

    def __init__(self, store: Store, count: int) -> None:
        self.store, self.count = store, count
        self._rows: dict[int, list[Review]] = {}

    def __getitem__(self, position: int) -> Review:
        if not 0 <= position < self.count:
            raise KeyError(position)
        row = position // REVIEWS_A_ROW
        if row not in self._rows:
            found: tuple[int, list[Review]] | None = self.store.read_row(
                "corpus-reviews", str(row), list[Review]
            )
            if found is None:
                raise KeyError(position)
            self._rows[row] = found[1]
        return self._rows[row][position % REVIEWS_A_ROW]

    def __iter__(self) -> Iterator[int]:
        return iter(range(self.count))

    def __len__(self) -> int:
        return self.count


@dataclass(frozen=True)
class CorpusIndex:
    """The index of a desk's corpus, its reviews by position, and what the feeds held."""

    index: ReviewIndex
    reviews: Mapping[int, Review]
    feeds: tuple[str, ...]
    skipped: tuple[Skip, ...]


def corpus_index(root: Path, named: Sequence[str], store: Store | None) -> CorpusIndex:
    """The index of the feeds `named` (the settings' `corpus:`), from the cache while no
    feed has changed since it was kept; else read and made (and kept)."""
    from factcheck.text.elsewhere import ReviewIndex, review_texts
    from factcheck.text.meaning import model_stamp

    stamps = feed_stamps(root, named)
    key = fingerprint(__version__, model_stamp(), stamps)
    if store is not None:
        kept = _kept(store, key)
        if kept is not None:
            return kept
    corpus = read_corpus(root, named)
    made = ReviewIndex.of([review_texts(r.statement, r.title) for r in corpus.reviews])
    if store is not None:
        _keep(store, key, stamps, corpus, made)
        return CorpusIndex(made, KeptReviews(store, len(corpus.reviews)), corpus.feeds,
                           corpus.skipped)  # fmt: skip
    return CorpusIndex(made, dict(enumerate(corpus.reviews)), corpus.feeds, corpus.skipped)


def _kept(store: Store, key: str) -> CorpusIndex | None:
    import numpy as np

    from factcheck.text.elsewhere import ReviewIndex
    from factcheck.text.meaning import DIMENSIONS, KEPT_AS

    dated: tuple[int, KeptCorpus] | None = store.read_dated("corpus", KeptCorpus)
    if dated is None:
        return None
    written_at, kept = dated
    if kept.key != key or not all(settled((0, s[2], s[3]), written_at) for s in kept.stamps):
        return None
    with contextlib.suppress(ValueError):  # else made again
        shape = (kept.count, DIMENSIONS)
        index = ReviewIndex(
            ClaimIndex.unpacked(kept.postings),
            np.frombuffer(kept.meanings, dtype=KEPT_AS).reshape(shape),
            np.frombuffer(kept.claim_meanings, dtype=KEPT_AS).reshape(shape),
        )
        skipped = tuple(Skip(where, reason) for where, reason in kept.skipped)
        return CorpusIndex(index, KeptReviews(store, kept.count), tuple(kept.feeds), skipped)
    return None


def _keep(
    store: Store,
    key: str,
    stamps: list[tuple[str, int, int, int]],
    corpus: Corpus,
    index: ReviewIndex,
) -> None:
    reviews = corpus.reviews
    rows = {
        str(row): list(reviews[row * REVIEWS_A_ROW : (row + 1) * REVIEWS_A_ROW])
        for row in range((len(reviews) + REVIEWS_A_ROW - 1) // REVIEWS_A_ROW)
    }
    store.write_rows("corpus-reviews", rows, set(store.row_keys("corpus-reviews")) - set(rows))
    store.write(
        "corpus",
        KeptCorpus(
            key,
            stamps,
            list(corpus.feeds),
            [(skip.where, skip.reason) for skip in corpus.skipped],
            len(reviews),
            index.words.packed(),
            index.meanings.tobytes(),
            index.claim_meanings.tobytes(),
        ),
    )


def kept_elsewhere(store: Store | None) -> Provider:
    """The matches of the articles' sentences, through the kept index."""

    def provide(ctx: Context) -> Elsewhere:
        if not ctx.settings.corpus:
            return Elsewhere()
        found = corpus_index(ctx.repo.root, ctx.settings.corpus, store)
        return elsewhere_of(ctx.analyses, found.index, found.reviews)

    return provide
