"""name-variant's better spellings of a desk, brought up to date rather than counted afresh.

The rule weighs every spelling by a tally over every text of the desk (counting the
texts of 100,000 claims takes a second). The tally is a sum over texts, so the one
kept from the last run is brought up to date by the files changed since (what the
cache's rows held of them taken out, what was read put in); the close pairs of
spellings are kept so that only new spellings are compared; and the words of each
article body are kept in the memo by a digest of the body, so that only changed
articles are read. A view of the desk (a draft checked against it) has its own
changes applied to a copy: what is kept is the desk's tally.
"""

from __future__ import annotations

import hashlib

import msgspec

from factcheck.incremental.memo import StoreMemo
from factcheck.incremental.store import Store, fingerprint
from factcheck.rules.base import Context, Provider
from factcheck.rules.name_variant import (
    IN_ARTICLES,
    Pairs,
    Tally,
    Words,
    better_spellings,
    desk_texts,
    file_texts,
    tally_of,
    updated_tally,
    words_of,
)

KEPT = "name-variants"
"""The cache's entry: `Kept`."""
ARTICLE_WORDS = "article-names"
"""The memo of each article body's `Words`, by a digest of the body."""


class Kept(msgspec.Struct, array_like=True, frozen=True):
    """What is kept of name-variant's count of a desk."""

    rows: str
    """The generation of the file rows the tally counts."""
    names: str
    """A digest of the accepted names (`names` in the settings)."""
    tally: Tally
    pairs: Pairs
    better: dict[str, str] | None
    """The better spellings of the desk; None when a view's were computed instead."""


def kept_better_spellings(store: Store) -> Provider:
    """The engine's way of deriving name-variant's better spellings, with the cache."""
    return lambda ctx: _better_of_desk(ctx, store)


def _better_of_desk(ctx: Context, store: Store) -> dict[str, str]:
    repo, changes = ctx.repo, ctx.repo.changes
    if changes is None:
        return better_spellings(repo, tally_of(desk_texts(repo), words_of), None)[0]
    memo = StoreMemo(store)
    names = fingerprint(sorted(repo.settings.names.items()))
    kept = store.read(KEPT, Kept)
    desk: Tally | None = None
    desk_changed = True
    if kept is not None and (kept.rows, kept.names) == (changes.before, names):
        desk_changed = bool(changes.removed or changes.added)
        if not desk_changed and not changes.is_view and kept.better is not None:
            return kept.better
        removed, added = list(file_texts(changes.removed)), list(file_texts(changes.added))
        words = _article_words(memo, [*removed, *added], whole=False).__getitem__
        desk = updated_tally(kept.tally, tally_of(removed, words), tally_of(added, words))
    # A view's article words are read, not kept: a draft changes from one check to the next.
    view_out = tally_of(file_texts(changes.view_removed), words_of)
    view_in = tally_of(file_texts(changes.view_added), words_of)
    tally: Tally | None
    if desk is None:
        texts = list(desk_texts(repo))  # the view's texts, when it is one
        tally = tally_of(texts, _article_words(memo, texts, whole=True).__getitem__)
        desk = updated_tally(_copied(tally), view_in, view_out) if changes.is_view else tally
    else:
        tally = updated_tally(_copied(desk), view_out, view_in) if changes.is_view else desk
    if tally is None:  # the view took out what the desk did not hold: count it whole
        tally = tally_of(desk_texts(repo), words_of)
    better, pairs = better_spellings(repo, tally, kept.pairs if kept is not None else None)
    if desk is not None and desk_changed and changes.after is not None:
        # A view's better spellings are not the desk's: they are left to the next audit.
        view = changes.is_view
        store.write(KEPT, Kept(changes.after, names, desk, pairs, None if view else better))
    return better


def _article_words(
    memo: StoreMemo, texts: list[tuple[int, str]], *, whole: bool
) -> dict[str, Words]:
    """Body → its `Words`, for the article bodies among `texts`, from the memo where kept;
    with `whole`, these are every body of the desk (the words of others are forgotten)."""
    bodies = {_digest(text): text for weight, text in texts if weight == IN_ARTICLES}
    keys = list(bodies)
    found = memo.each(
        ARTICLE_WORDS, "", keys, Words, lambda key: words_of(bodies[key]), whole=whole
    )
    return {bodies[key]: words for key, words in zip(keys, found, strict=True)}


def _copied(tally: Tally) -> Tally:
    return [dict(counts) for counts in tally[0]], dict(tally[1])


def _digest(body: str) -> str:
    return hashlib.blake2b(body.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
