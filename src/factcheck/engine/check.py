"""Check one article file against the repository's claims (the library of `factcheck check`)."""

from __future__ import annotations

import bisect
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import Any

from factcheck import clock
from factcheck.desk.findings import Finding, Severity, count_by_severity
from factcheck.desk.repository import Repository
from factcheck.desk.reviews import Review
from factcheck.engine.audit import evaluate
from factcheck.errors import Usage
from factcheck.incremental.analyses import analyze_one, kept_tables
from factcheck.incremental.answers import desk_key, keep_answer, kept_answer
from factcheck.incremental.context import engine_context
from factcheck.incremental.files import load_cached
from factcheck.incremental.rules import Listing
from factcheck.incremental.store import Store
from factcheck.load.discover import discover, stamp_of
from factcheck.load.files import FileResult, load_article
from factcheck.load.repository import load_repository
from factcheck.rules.base import article_claims
from factcheck.rules.checked_elsewhere import ELSEWHERE, elsewhere_here
from factcheck.text.analysis import ArticleAnalysis, Explanation, Sentence
from factcheck.text.analysis import explain as explain_analysis
from factcheck.text.ratings import verdict_of

READ_AFRESH = 500
"""Files changed since the cache's rows were written that `check` reads afresh at each
run (a twentieth of a second) rather than keep; from this many, it keeps them."""

ARTICLE_RULES = (
    "unused-suppression",
    "checked-elsewhere",
    "contradicts-claim",
    "unsupported-statement",
    "disputed-statement",
    "hedged-statement",
    "unchecked-sentence",
    "name-variant",
    "quote-not-found",
    "unknown-claim",
    "yaml-syntax",
    "schema",
)


@dataclass(frozen=True)
class CheckResult:
    """One article's sentences, the claims each asserts, and the article's findings."""

    analysis: ArticleAnalysis
    findings: list[Finding]
    suppressed: list[Finding] = field(default_factory=list)
    """Findings a `factcheck-ignore` comment silenced."""
    explained: dict[int, list[Explanation]] | None = None
    """When asked for (`check --explain`): sentence index → the claims the matcher
    weighed it against, best first."""
    elsewhere: dict[int, list[tuple[Review, float]]] = field(default_factory=dict)
    """Sentence index → the reviews of the desk's reference corpus it matches, with
    their scores, best first."""

    def exit_status(self, fail_on: Severity) -> int:
        """1 when any finding is at least as serious as `fail_on`, else 0 (as for the audit)."""
        return int(any(f.severity.rank >= fail_on.rank for f in self.findings))

    def findings_of(self, sentence: Sentence) -> list[Finding]:
        """The findings located inside `sentence`."""
        return self._by_sentence.get(sentence.index, [])

    def outside_sentences(self) -> list[Finding]:
        """The findings located in no sentence (front matter, the file as a whole)."""
        placed = {id(f) for found in self._by_sentence.values() for f in found}
        return [f for f in self.findings if id(f) not in placed]

    @cached_property
    def _by_sentence(self) -> dict[int, list[Finding]]:
        return findings_by_sentence(self.analysis, self.findings)

    def to_dict(self) -> dict[str, Any]:
        """The `factcheck check --format json` document (docs/output.md), each sentence's
        `candidates` too when they were asked for."""
        article = self.analysis.article
        document: dict[str, Any] = {
            "version": 1,
            "article": {"id": article.id, "title": article.title, "path": article.path},
            "summary": {
                "sentences": len(self.analysis.sentences),
                "findings": count_by_severity(self.findings),
                "suppressed": len(self.suppressed),
            },
            "sentences": [
                {
                    "index": sentence.index,
                    "text": sentence.text,
                    "start": sentence.start,
                    "end": sentence.end,
                    "line": sentence.line,
                    "claims": [
                        {
                            "id": link.claim.id,
                            "status": link.claim.status.value if link.claim.status else None,
                            "score": link.score,
                            "by": link.by,
                            "relation": link.relation,
                        }
                        for link in sentence.links
                    ],
                    "findings": [f.to_dict() for f in self.findings_of(sentence)],
                    "elsewhere": [
                        elsewhere_dict(review, score)
                        for review, score in self.elsewhere.get(sentence.index, [])
                    ],
                }
                for sentence in self.analysis.sentences
            ],
            "findings": [f.to_dict() for f in self.findings],
        }
        if self.explained is not None:
            for sentence in document["sentences"]:
                sentence["candidates"] = [
                    explanation_dict(e) for e in self.explained.get(sentence["index"], [])
                ]
        return document


def elsewhere_dict(review: Review, score: float) -> dict[str, Any]:
    """A review a sentence matches, as `check --format json` gives it."""
    return {
        "id": review.key,
        "claim": review.statement,
        "publisher": review.publisher,
        "rating": review.rating or None,
        "date": review.published.isoformat() if review.published else None,
        "url": review.url,
        "score": score,
        "verdict": verdict_of(
            review.rating, review.rating_value, review.best_rating, review.worst_rating
        ),
    }


def explanation_dict(explanation: Explanation) -> dict[str, Any]:
    """One candidate of `check --explain` as JSON."""
    claim, candidate = explanation
    verdict = candidate.verdict
    return {
        "id": claim.id,
        "status": claim.status.value if claim.status else None,
        "score": candidate.score,
        "meaning": round(candidate.meaning, 3),
        "words": candidate.words,
        "facts": candidate.facts,
        "relation": verdict.relation.value if verdict is not None else None,
        "linked": candidate.links,
    }


def findings_by_sentence(
    analysis: ArticleAnalysis, findings: Sequence[Finding]
) -> dict[int, list[Finding]]:
    """Sentence index → the findings of `analysis`'s file located in it, grouped in one pass
    (a finding falls in the last sentence that starts at or before it, if it ends after)."""
    sentences = analysis.sentences
    starts = [(s.line, s.column) for s in sentences]
    ends = [analysis.position(max(s.end - 1, s.start)) for s in sentences]
    grouped: dict[int, list[Finding]] = {}
    for finding in findings:
        if finding.line is None or finding.path != analysis.article.path:
            continue
        where = (finding.line, finding.column or 1)
        index = bisect.bisect_right(starts, where) - 1
        if index >= 0 and where <= ends[index]:
            grouped.setdefault(sentences[index].index, []).append(finding)
    return grouped


def _display_path(path: Path, root: Path) -> str:
    resolved = path.resolve()
    try:
        return resolved.relative_to(root).as_posix()
    except ValueError:
        return str(path)


def check_article(
    path: Path,
    repo: Repository,
    today: date | None = None,
    select: Collection[str] = (),
    ignore: Collection[str] = (),
    store: Store | None = None,
    explain: bool = False,
) -> CheckResult:
    """Read `path` (inside the repository or not) and cross-link it with `repo`'s claims;
    with `explain`, also give each sentence's best candidate claims (`--explain`).

    The article's rules run through the audit's engine: the desk's severities and rules
    turned off apply, and `select` / `ignore` as for the audit. With a cache `store`,
    an unchanged article against unchanged claims is not analysed again, and the
    claims are not read again while their statements are unchanged.
    """
    if not path.is_file():
        what = "not a regular file" if path.exists() else "no such file"
        raise Usage(f"{path}: {what}")
    rel = _display_path(path, repo.root)
    loaded = load_article(path, rel, standalone=True)
    chosen = [r for r in ARTICLE_RULES if not select or r in select]
    if not loaded.articles:
        # Unreadable (not UTF-8, too large, broken front matter): report it, with no sentences.
        from factcheck.desk.model import Article

        empty = ArticleAnalysis(Article(path=rel, id=path.stem, title=path.stem), ())
        unreadable = Repository(repo.root, repo.settings, [], [], [], list(loaded.findings))
        context = engine_context(unreadable, today or clock.today(), None)
        ruling = evaluate(unreadable, chosen, ignore, context=context)
        return CheckResult(empty, ruling.findings, ruling.suppressed)
    article = loaded.articles[0]
    in_repo = [a for a in repo.articles if a.path == article.path]
    # An article of the repository is checked against its own claims (and those its
    # comments pin), as the audit checks it; any other file against every claim the desk has.
    claims = article_claims(repo, article) if in_repo else repo.claims
    others = [a for a in repo.articles if a.path != article.path]
    scoped = repo.with_articles(
        [*others, article],
        list(loaded.findings),
        # The draft's own `factcheck-ignore` comments, as it stands now, not as cached.
        [*(s for s in repo.suppressions if s.path != article.path), *loaded.suppressions],
        # The desk as its cache knows it, with the draft in place of what it replaces.
        None
        if repo.changes is None
        else repo.changes.viewed([FileResult(articles=(a,)) for a in in_repo], [loaded]),
    )
    analysis = analyze_one(article, list(claims), repo.settings, store)
    context = engine_context(scoped, today or clock.today(), store, [analysis])
    ruling = evaluate(scoped, chosen, ignore, context=context)
    explained = None
    if explain:  # against the matcher's tables as the cache keeps them
        tables = kept_tables(list(claims), repo.settings, store) if store else None
        explained = explain_analysis(analysis, claims, repo.settings, tables=tables)
    mine = [f for f in ruling.findings if f.path == article.path]
    suppressed = [f for f in ruling.suppressed if f.path == article.path]
    found = context.derive(ELSEWHERE, elsewhere_here)  # made once: the rule's, if it ran
    elsewhere = {s.index: found.of(article.path, s.index) for s in analysis.sentences}
    return CheckResult(
        analysis, mine, suppressed, explained, {i: m for i, m in elsewhere.items() if m}
    )


def check_in_desk(
    path: Path,
    root: Path,
    today: date | None = None,
    select: Collection[str] = (),
    ignore: Collection[str] = (),
    use_cache: bool = True,
    explain: bool = False,
) -> CheckResult:
    """`check_article` of `path` against the desk at `root`, as `factcheck check` runs it.

    With the cache, the same article against a desk none of whose files changed (and
    the same settings, rules and date) is answered from the last run, as the audit
    is; otherwise the desk is loaded from the cache and the article checked. With
    `explain` the article is always checked, and that answer is not kept.
    """
    today = today or clock.today()
    if not use_cache:
        return check_article(path, load_repository(root), today, select, ignore, explain=explain)
    store = Store(root)
    files, skipped = discover(root)
    # The article is known by its stamp, as the desk's files are (never read here: it
    # may be a pipe, or far too large; check_article says so).
    try:
        article = stamp_of(path.stat()) if path.is_file() else None
    except OSError:
        article = None
    stamps = [f.stamp for f in files] + ([article] if article is not None else [])
    listing = Listing.of(files, skipped)
    key = desk_key(
        root, listing, str(path.resolve()), article, sorted(select), sorted(ignore), today
    )
    if not explain:
        cached: CheckResult | None = kept_answer(store, "check", key, CheckResult, stamps)
        if cached is not None:
            return cached
    # A few files changed since the rows were written are read afresh, the rows left as
    # they are: the next audit brings its rules' findings up to date from the rows it
    # left (moved on here, it would run those rules whole).
    repo = load_cached(root, store, found=(files, skipped), keep_from=READ_AFRESH)
    result = check_article(path, repo, today, select, ignore, store, explain)
    if explain:
        return result  # the kept answer is the plain one
    keep_answer(store, "check", key, result)
    store.close()
    return result
