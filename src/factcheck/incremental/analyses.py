"""Every article of a desk analysed: in worker processes for a large desk, from the cache
for an article whose text and claims have not changed.

The scheduling and caching above `text.analysis`, which holds only the analysis
of one article's text: for the audit, each article's analysis; for `check`, the
last drafts' analyses, the matches of every paragraph seen, the claims' matcher
tables and the index of their quotes.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING

import msgspec

from factcheck.desk.model import Article, Claim
from factcheck.desk.repository import Repository
from factcheck.desk.settings import Settings
from factcheck.incremental.store import Store, fingerprint
from factcheck.parallel import Result, Shared, cores, in_chunks
from factcheck.rules.base import article_claims
from factcheck.text.analysis import (
    ArticleAnalysis,
    BlockMatches,
    ClaimLink,
    Figure,
    MatchMemo,
    Sentence,
    UnseenBlocks,
    analyze,
    match_block,
    matched_claims,
    quoted_claims,
)
from factcheck.text.claim_index import ClaimIndex
from factcheck.text.figures import Conflict
from factcheck.text.matching import (
    UNKEPT_FROM,
    ClaimMatcher,
    Match,
    MatcherTables,
    Relation,
    statement_terms,
)
from factcheck.text.quotes import QuoteIndex
from factcheck.text.words import english_table

if TYPE_CHECKING:
    from factcheck.text.meaning import Vectors

PARALLEL_FROM = 200
"""Below this many articles, worker processes cost more than they save."""
KEPT_TABLES_FROM = 200
"""Claims from which reading them all costs more than loading the cached tables."""
FEW_ROWS = 100
"""Analyses read from the cache one row at a time up to this many; more, all at once."""
KEPT_DRAFTS = 8
"""Analyses of single articles (`check`) kept in the cache, the latest ones."""
KEPT_BLOCKS = 5000
"""Paragraphs whose matches are kept in the cache (about 30 long articles' worth)."""


def _in_workers(
    shared: Shared,
    count: int,
    size: int,
    work: Callable[[Shared, int, int], Result],
    workers: int,
) -> Iterator[tuple[int, int, Result]]:
    """`parallel.in_chunks`, the English words' table read first: forked processes share
    what their parent has read, where each would otherwise read it for itself."""
    english_table()
    return in_chunks(shared, count, size, work, workers)


def _analyze_chunk(
    jobs: list[tuple[Article, list[Claim]]], settings: Settings
) -> list[ArticleAnalysis]:
    return [analyze(article, claims, settings) for article, claims in jobs]


def _analyze_range(shared: tuple[list[Job], Settings], start: int, end: int) -> list[Packed]:
    """In a worker: analyses of jobs[start:end], links naming claims by their index in
    the job, so that only sentences travel back to the parent, not copies of claims."""
    jobs, settings = shared
    packed = []
    for article, claims in jobs[start:end]:
        packed.append(_pack(claims, analyze(article, claims, settings)))
    return packed


def _unpack(job: tuple[Article, list[Claim]], packed: Packed) -> ArticleAnalysis:
    article, claims = job
    sentences, quote_found, links = packed
    restored = tuple(
        sentence._replace(links=tuple(ClaimLink(claims[link[0]], *link[1:]) for link in linked))
        if linked
        else sentence
        for sentence, linked in zip(sentences, links, strict=True)
    )
    return ArticleAnalysis(article, restored, quote_found)


PackedLink = tuple[int, float, bool, str, Figure | None, bool]
"""A ClaimLink with its claim as a position among the article's claims."""
Packed = tuple[tuple[Sentence, ...], dict[str, bool], tuple[tuple[PackedLink, ...], ...]]
"""An analysis without its article, its sentences without links, and each sentence's
links apart: what travels back from a worker and what the cache keeps (no claim copies)."""
PackedMatch = tuple[int, float, Relation, float, Conflict | None]
"""A Match with its claim as a position among the matched claims (no claim copies)."""
Matches = dict[tuple[str, str], list[list[PackedMatch]]]
"""Paragraph (kind, text) → the matches of each of its sentences."""


def _job_key(article: Article, claims: list[Claim], settings: Settings) -> str:
    from factcheck import __version__
    from factcheck.incremental.store import fingerprint

    return fingerprint(
        __version__, article.path, article.body_line, article.body,
        [(c.id, c.statement, c.quote, c.status) for c in claims],
        settings.match_threshold, settings.hedges, settings.ignore_hedges,
    )  # fmt: skip


def analyze_repository_articles(
    repo: Repository, workers: int | None = None, store: Store | None = None
) -> list[ArticleAnalysis]:
    """An analysis of every article of `repo`, each against the claims that name it.

    With a cache `store`, an article whose text and claims are unchanged reuses its
    last analysis.
    """
    if store is None:
        return _analyze_jobs(
            [(a, article_claims(repo, a)) for a in repo.articles], repo.settings, workers
        )
    keyed = article_jobs(repo)
    return analyses_of(keyed, repo.settings, store, {key for _, key in keyed}, workers)


Job = tuple[Article, list[Claim]]
"""An article and the claims it is analysed against (`article_claims`): what its
analysis is made of."""


def article_jobs(repo: Repository) -> list[tuple[Job, str]]:
    """Each article of `repo` with the claims it is analysed against (`article_claims`),
    and the key of its analysis (it changes when the article's text or those claims do)."""
    jobs = [(article, article_claims(repo, article)) for article in repo.articles]
    return [(job, _job_key(job[0], job[1], repo.settings)) for job in jobs]


def analyses_of(
    jobs: list[tuple[Job, str]],
    settings: Settings,
    store: Store,
    keys: Collection[str],
    workers: int | None = None,
) -> list[ArticleAnalysis]:
    """The analyses of `jobs` (from `article_jobs`): the kept ones read (row by row when
    they are few), the others made (in worker processes when there are many) and kept.
    `keys` are those of every article of the desk: the analyses kept under no other go."""
    kept: dict[str, Packed] = {}
    if len(jobs) > FEW_ROWS:
        every: dict[str, tuple[int, Packed]] = store.read_rows("articles", Packed)
        kept = {key: packed for key, (_, packed) in every.items()}
    else:
        for _, key in jobs:
            row: tuple[int, Packed] | None = store.read_row("articles", key, Packed)
            if row is not None:
                kept[key] = row[1]
    missing = [i for i, (_, key) in enumerate(jobs) if key not in kept]
    fresh = _analyze_jobs([jobs[i][0] for i in missing], settings, workers)
    written = {jobs[i][1]: _pack(jobs[i][0][1], a) for i, a in zip(missing, fresh, strict=True)}
    if written:
        # The analyses of texts since changed go: no other article's analysis has their key.
        current = {key for _, key in jobs} | set(keys)
        gone = [key for key in store.row_keys("articles") if key not in current]
        store.write_rows("articles", written, gone)
    made = dict(zip(missing, fresh, strict=True))
    return [made[i] if i in made else _unpack(job, kept[key]) for i, (job, key) in enumerate(jobs)]


def _pack(claims: list[Claim], analysis: ArticleAnalysis) -> Packed:
    """`analysis` with each link's claim as its position in `claims`."""
    positions = _positions(claims, {id(link.claim) for s in analysis.sentences for link in s.links})
    return (
        tuple(s._replace(links=()) if s.links else s for s in analysis.sentences),
        analysis.quote_found,
        tuple(
            tuple((positions[id(link.claim)], *link[1:]) for link in sentence.links)
            for sentence in analysis.sentences
        ),
    )


def _positions(claims: list[Claim], wanted: set[int]) -> dict[int, int]:
    """id(claim) → its position in `claims`, for the claims whose id is `wanted` (a draft
    links a few dozen of a desk's 100,000 claims)."""
    if not wanted:
        return {}
    return {id(claim): index for index, claim in enumerate(claims) if id(claim) in wanted}


def _analyze_jobs(
    jobs: list[tuple[Article, list[Claim]]], settings: Settings, workers: int | None
) -> list[ArticleAnalysis]:
    forked = cores(workers, len(jobs), PARALLEL_FROM)
    if not forked:
        return _analyze_chunk(jobs, settings)
    results: list[ArticleAnalysis] = []
    for start, end, packed in _in_workers((jobs, settings), len(jobs), 50, _analyze_range, forked):
        results.extend(
            _unpack(job, item) for job, item in zip(jobs[start:end], packed, strict=True)
        )
    return results


def analyze_one(
    article: Article, claims: list[Claim], settings: Settings, store: Store | None = None
) -> ArticleAnalysis:
    """One article analysed against `claims`, as `check` needs it.

    With a cache `store`: the last analysis when neither the article's text nor the
    claims changed since (`KEPT_DRAFTS` are kept). Against many claims, also the
    matches of every paragraph seen before (an edited draft is matched again only
    where it changed) and the claims' matcher tables, both kept for as long as the
    statements do not change, and the index of the claims' quotes.
    """
    if store is None:
        return analyze(article, claims, settings)
    key = _job_key(article, claims, settings)
    entries: dict[str, Packed] = store.read("drafts", dict[str, Packed]) or {}
    if key in entries:
        return _unpack((article, claims), entries[key])
    matched = matched_claims(claims)
    if len(matched) < KEPT_TABLES_FROM:
        analysis = analyze(article, claims, settings)
    else:
        analysis = _analyze_with_memo(article, claims, matched, settings, store)
    entries[key] = _pack(claims, analysis)
    for old in list(entries)[: max(0, len(entries) - KEPT_DRAFTS)]:
        del entries[old]
    store.write("drafts", entries)
    return analysis


def kept_tables(claims: list[Claim], settings: Settings, store: Store) -> MatcherTables | None:
    """The matcher's tables of `claims` as `check` keeps them (None for a desk too small
    to keep them: they are made in an instant)."""
    matched = matched_claims(claims)
    if len(matched) < KEPT_TABLES_FROM:
        return None
    statements = tuple(claim.statement or "" for claim in matched)
    return _matcher_tables(statements, fingerprint(statements, settings.match_threshold), store)


def _analyze_with_memo(
    article: Article, claims: list[Claim], matched: list[Claim], settings: Settings, store: Store
) -> ArticleAnalysis:
    """`analyze` with the paragraph matches and the quotes' index kept in the cache;
    tables read only if some paragraph was not seen before."""
    statements = tuple(claim.statement or "" for claim in matched)
    memo_key = fingerprint(statements, settings.match_threshold)
    cached = store.read("matches", tuple[str, Matches])
    kept: Matches = cached[1] if cached is not None and cached[0] == memo_key else {}
    memo: MatchMemo = {block: _unpacked(matched, packed) for block, packed in kept.items()}
    quotes = _quote_index(quoted_claims(claims), store)

    def tables() -> MatcherTables:  # read only if some paragraph was not seen before
        return _matcher_tables(statements, memo_key, store)

    def unseen(blocks: UnseenBlocks) -> None:  # many new paragraphs: matched on every core
        if len(blocks) >= MATCHED_APART_FROM:
            match_apart(blocks, ClaimMatcher(matched, settings.match_threshold, tables()), memo)

    analysis = analyze(article, claims, settings, tables, memo, quotes, unseen)
    if len(memo) > len(kept):
        made = list(memo)[len(kept) :]
        position = _positions(matched, {id(m.claim) for b in made for s in memo[b] for m in s})
        for block in made:
            kept[block] = _packed(memo[block], position)
        for old in list(kept)[: max(0, len(kept) - KEPT_BLOCKS)]:
            del kept[old]
        store.write("matches", (memo_key, kept))
    return analysis


def _packed(matches: BlockMatches, position: dict[int, int]) -> list[list[PackedMatch]]:
    """A block's matches with each claim as its `position` (by id of the claim)."""
    return [
        [(position[id(m.claim)], m.score, m.relation, m.coverage, m.conflict) for m in sentence]
        for sentence in matches
    ]


def _unpacked(claims: Sequence[Claim], packed: list[list[PackedMatch]]) -> BlockMatches:
    """A block's matches from `_packed`, each claim found at its position in `claims`."""
    return [[Match(claims[m[0]], *m[1:]) for m in sentence] for sentence in packed]


MATCHED_APART_FROM = 16
"""Blocks of a draft not matched before from which they are matched in worker processes
(a new 5,000-word draft has about a hundred; an edited one, the one or two changed)."""


def match_apart(
    blocks: UnseenBlocks,
    matcher: ClaimMatcher,
    memo: MatchMemo,
    workers: int | None = None,
) -> None:
    """Match `blocks` (as `analyze` hands them over) into `memo`, in worker processes where
    there are cores to spare: each block's matches depend on its own text alone, so
    `analyze` then finds them all as if it had matched them itself."""
    forked = cores(workers, len(blocks), 1)
    if not forked:
        for (kind, paragraph), sentences in blocks:
            memo[(kind, paragraph)] = match_block(matcher, sentences, kind, paragraph)
        return
    size = max(1, -(-len(blocks) // (4 * forked)))  # four chunks a worker: even endings
    shared = (matcher, blocks)
    for start, end, part in _in_workers(shared, len(blocks), size, _match_range, forked):
        for (key, _), packed in zip(blocks[start:end], part, strict=True):
            memo[key] = _unpacked(matcher.claims, packed)


def _match_range(
    shared: tuple[ClaimMatcher, UnseenBlocks], start: int, end: int
) -> list[list[list[PackedMatch]]]:
    """In a worker: the matches of blocks[start:end], claims by their position."""
    matcher, blocks = shared
    found = [
        match_block(matcher, sentences, kind, paragraph)
        for (kind, paragraph), sentences in blocks[start:end]
    ]
    position = _positions(matcher.claims, {id(m.claim) for b in found for s in b for m in s})
    return [_packed(matches, position) for matches in found]


class KeptMeanings:
    """The cache's rows of the meanings of statements, by their text's key: the memo that
    `text.meaning.embed_kept` reads and fills. Those of statements no longer asked for
    are forgotten when new ones are kept."""

    NAME = "meanings"

    def __init__(self, store: Store) -> None:
        self.store = store
        self.gone: list[str] = []
        """Keys kept that the last `find` did not ask for."""

    def find(self, keys: Collection[str]) -> dict[str, bytes]:
        """The kept meanings of `keys` (every row is read: a desk's statements are asked
        for all at once)."""
        rows: dict[str, tuple[int, bytes]] = self.store.read_rows(self.NAME, bytes)
        self.gone = [key for key in rows if key not in keys]
        return {key: value for key, (_, value) in rows.items() if key in keys}

    def keep(self, made: Mapping[str, bytes]) -> None:
        """Keep `made` and forget the meanings of statements gone since."""
        self.store.write_rows(self.NAME, made, self.gone)


def _matcher_tables(statements: tuple[str, ...], key: str, store: Store) -> MatcherTables:
    """The matcher's tables for `statements` (whose fingerprint is `key`), from the cache
    when they were made of the same; the statements' meanings from the cache's rows."""
    from factcheck.text.meaning import embed_kept  # numpy: only when something is matched

    meanings = embed_kept(statements, KeptMeanings(store))
    cached: KeptTables | None = store.read("matcher", KeptTables)
    if cached is not None and cached.key == key:
        with contextlib.suppress(ValueError):  # else made again
            # Each claim's content is read when it is first a candidate.
            index = ClaimIndex.unpacked(cached.index)
            return MatcherTables(statements, index, cached.specificity, meanings)
    made = matcher_tables(statements, meanings)
    store.write("matcher", KeptTables(key, made.index.packed(), made.specificity))
    return made


TERMS_CHUNK = 500
"""Statements a worker reads at a time while the matcher's tables are made."""


def matcher_tables(
    statements: tuple[str, ...],
    meanings: Vectors | None = None,
    workers: int | None = None,
    parallel_from: int = UNKEPT_FROM,
) -> MatcherTables:
    """The tables `MatcherTables.of(statements)` holds, their index packed as the cache
    keeps it (a term's pairs made when first met: no million pairs outlive the build,
    and processes forked to match a draft do not copy their pages as they touch them).
    The statements are read on every core when there are `parallel_from` or more (by
    default `UNKEPT_FROM`), below which they are read here and their contents kept for
    the matcher."""
    forked = cores(workers, len(statements), parallel_from)
    if forked:
        chunks = _in_workers(statements, len(statements), TERMS_CHUNK, _terms_range, forked)
        terms = [claim for _, _, part in chunks for claim in part]
    else:
        terms = statement_terms(statements, len(statements) < UNKEPT_FROM)
    if meanings is None:
        from factcheck.text.meaning import embed

        meanings = embed(statements)
    return MatcherTables.from_terms(statements, terms, meanings, packed=True)


def _terms_range(statements: tuple[str, ...], start: int, end: int) -> list[tuple[str, ...]]:
    """In a worker: the terms of statements[start:end] (their contents die with it)."""
    return statement_terms(statements[start:end], keep_contents=False)


def _quote_index(quoted: list[Claim], store: Store) -> QuoteIndex:
    """The index of the quotes of `quoted`, from the cache while they are the same (a
    draft is checked against each claim's quote: 100,000 folded and tried, 0.5 s)."""
    quotes = tuple(claim.quote or "" for claim in quoted)
    cached: KeptQuotes | None = store.read("quotes", KeptQuotes)
    if cached is not None and cached.quotes == quotes:
        return QuoteIndex(cached.quotes, cached.folded, cached.by_word, cached.unfiled)
    index = QuoteIndex.of(quotes)
    store.write("quotes", KeptQuotes(index.quotes, index.folded, index.by_word, index.unfiled))
    return index


class KeptQuotes(msgspec.Struct, array_like=True, frozen=True):
    """What the cache keeps of a quote index (`QuoteIndex`)."""

    quotes: tuple[str, ...]
    folded: tuple[str, ...]
    by_word: dict[str, list[int]]
    unfiled: tuple[int, ...]


class KeptTables(msgspec.Struct, array_like=True, frozen=True):
    """What the cache keeps of a matcher's tables. Not the statements (the claims have
    them) nor their contents: a draft's changed paragraphs need only their candidates'
    (read again on first use). The index is kept packed as arrays."""

    key: str
    """The fingerprint of the statements the tables were made of."""
    index: dict[str, tuple[bytes, bytes]]
    specificity: dict[str, float]
