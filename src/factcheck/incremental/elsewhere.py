"""The reference corpus's index as the cache keeps it: built on first use from the feeds
the settings name, made again when a feed changes (by its stamp), never committed.

The index (the reviews' terms and meanings) is one entry; the reviews themselves are
rows of `REVIEWS_A_ROW`, read only for the reviews a draft matches (a quarter of a
million reviews need not all be decoded to name two of them).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import msgspec

from factcheck import __version__
from factcheck.desk.reviews import Review, Skip
from factcheck.incremental.store import Store, fingerprint, settled
from factcheck.load.feeds import feed_files, feed_stamps, read_corpus
from factcheck.rules.base import Context, Provider
from factcheck.rules.checked_elsewhere import Elsewhere, elsewhere_of
from factcheck.text.claim_index import ClaimIndex

if TYPE_CHECKING:  # numpy: imported when a corpus is matched
    from factcheck.text.elsewhere import ReviewIndex

REVIEWS_A_ROW = 64
"""Reviews kept a row: a draft's matches read a few rows, not the corpus."""


class KeptCorpus(msgspec.Struct, frozen=True):
    """The corpus's index as kept: what it was made of; its tables are the arrays of
    generation `key` (`ARRAYS`)."""

    key: str
    stamps: list[tuple[str, int, int, int]]
    digest: str
    """Of the feeds' bytes: what says they are the same when their stamps cannot (a feed
    written in the moment before the index was made)."""
    feeds: list[str]
    skipped: list[tuple[str, str]]
    count: int


ARRAYS = ("terms", "offsets", "positions", "impacts", "meanings", "claim_meanings", "sketch")
"""The index's arrays: its terms (UTF-8, one a line), its postings' columns, and the
reviews' meanings."""


class KeptReviews(Mapping[int, Review]):
    """Reviews by position, read from the cache's rows a row at a time when first named."""

    def __init__(self, store: Store, key: str, count: int) -> None:
        self.store, self.key, self.count = store, key, count
        self._rows: dict[int, list[Review]] = {}

    def __getitem__(self, position: int) -> Review:
        if not 0 <= position < self.count:
            raise KeyError(position)
        row = position // REVIEWS_A_ROW
        if row not in self._rows:
            found: tuple[int, list[Review]] | None = self.store.read_row(
                "corpus-reviews", _row_key(self.key, row), list[Review]
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
        kept = _kept(store, key, root, named)
        if kept is not None:
            return kept
    corpus = read_corpus(root, named)
    texts = [review_texts(review.statement, review.title) for review in corpus.reviews]
    if store is None:
        made = ReviewIndex.of(texts)
        return CorpusIndex(made, dict(enumerate(corpus.reviews)), corpus.feeds, corpus.skipped)
    count, feeds, skipped = len(corpus.reviews), corpus.feeds, corpus.skipped
    digest = feeds_digest(root, named)
    _keep_reviews(store, key, corpus.reviews)
    del corpus  # the reviews are in the cache's rows: only the index is made in memory
    made = ReviewIndex.of(texts)
    del texts
    if _keep_index(store, key, made):
        entry = KeptCorpus(key, stamps, digest, list(feeds), [(s.where, s.reason) for s in skipped],
                           count)  # fmt: skip
        store.write("corpus", entry)
        gone = [row for row in store.row_keys("corpus-reviews") if not row.startswith(key)]
        store.write_rows("corpus-reviews", {}, gone)
    return CorpusIndex(made, KeptReviews(store, key, count), feeds, skipped)


def feeds_digest(root: Path, named: Sequence[str]) -> str:
    """A digest of the names and bytes of the feeds the settings name."""
    digest = hashlib.blake2b(digest_size=16)
    for path, name in feed_files(root, named)[0]:
        digest.update(name.encode("utf-8", errors="surrogateescape") + b"\0")
        try:
            with path.open("rb") as handle:
                for block in iter(lambda: handle.read(1 << 20), b""):
                    digest.update(block)
        except OSError:
            digest.update(b"unreadable")
    return str(digest.hexdigest())


def _kept(store: Store, key: str, root: Path, named: Sequence[str]) -> CorpusIndex | None:
    from factcheck.text.claim_index import ArrayPostings
    from factcheck.text.elsewhere import ReviewIndex

    dated: tuple[int, KeptCorpus] | None = store.read_dated("corpus", KeptCorpus)
    if dated is None:
        return None
    written_at, kept = dated
    if kept.key != key:
        return None
    fresh = all(settled((0, s[2], s[3]), written_at) for s in kept.stamps)
    if not fresh and kept.digest != feeds_digest(root, named):
        return None
    arrays = store.read_arrays("corpus", key, ARRAYS)
    if arrays is None:
        return None
    terms = bytes(arrays["terms"]).decode("utf-8").split("\n") if kept.count else []
    postings = ArrayPostings(terms, arrays["offsets"], arrays["positions"], arrays["impacts"])
    if len(terms) + 1 != len(postings.offsets) or arrays["meanings"].shape[0] != kept.count:
        return None  # another shape than the entry says: made again
    index = ReviewIndex(
        ClaimIndex(postings), arrays["meanings"], arrays["claim_meanings"], arrays["sketch"]
    )
    skipped = tuple(Skip(where, reason) for where, reason in kept.skipped)
    return CorpusIndex(index, KeptReviews(store, key, kept.count), tuple(kept.feeds), skipped)


ROWS_WRITTEN_AT_ONCE = 500
"""Rows of reviews encoded and written in one transaction while a corpus is kept."""


def _keep_reviews(store: Store, key: str, reviews: Sequence[Review]) -> None:
    """The reviews as rows of generation `key`, a few hundred rows at a time (the entry
    that names the generation is written last: a half-kept one is never read)."""
    rows = range((len(reviews) + REVIEWS_A_ROW - 1) // REVIEWS_A_ROW)
    for first in range(0, len(rows), ROWS_WRITTEN_AT_ONCE):
        store.write_rows(
            "corpus-reviews",
            {
                _row_key(key, row): list(reviews[row * REVIEWS_A_ROW : (row + 1) * REVIEWS_A_ROW])
                for row in rows[first : first + ROWS_WRITTEN_AT_ONCE]
            },
        )


def _row_key(key: str, row: int) -> str:
    return f"{key}:{row}"


def _keep_index(store: Store, key: str, index: ReviewIndex) -> bool:
    """The index's arrays as generation `key`; True when kept."""
    import numpy as np

    from factcheck.text.claim_index import ArrayPostings

    postings = index.words.postings
    assert isinstance(postings, ArrayPostings)
    arrays = {
        "terms": np.frombuffer("\n".join(postings.terms).encode("utf-8"), dtype=np.uint8),
        "offsets": postings.offsets,
        "positions": postings.positions,
        "impacts": postings.impacts,
        "meanings": index.meanings,
        "claim_meanings": index.claim_meanings,
        "sketch": index.sketch,
    }
    return store.write_arrays("corpus", key, arrays)


def kept_elsewhere(store: Store | None) -> Provider:
    """The matches of the articles' sentences, through the kept index."""

    def provide(ctx: Context) -> Elsewhere:
        if not ctx.settings.corpus:
            return Elsewhere()
        found = corpus_index(ctx.repo.root, ctx.settings.corpus, store)
        return elsewhere_of(ctx.analyses, found.index, found.reviews)

    return provide
