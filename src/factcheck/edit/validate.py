"""Check a record before it is written: nothing the audit would call an error gets to disk."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from factcheck.desk.findings import Finding, Severity
from factcheck.desk.model import Article, Claim, Source
from factcheck.desk.repository import Repository
from factcheck.engine.audit import run_rules
from factcheck.errors import Refused
from factcheck.load import FileResult
from factcheck.load.discover import FileKind

CLAIM_ERROR_RULES = (
    "yaml-syntax",
    "schema",
    "duplicate-id",
    "unknown-source",
    "unknown-article",
    "confirmed-without-support",
    "disputed-without-counter",
)
"""The errors a change spanning files is checked for on each file it touches."""


ARTICLE_ERROR_RULES = ("yaml-syntax", "schema", "duplicate-id")
"""The errors a new article is checked for (its sentences are the audit's to judge)."""


def record_rules(kind: FileKind) -> tuple[str, ...]:
    """The rules whose findings on a record of `kind` the editor sees on writing it:
    every rule that reads records of that kind, except those that judge an article's
    sentences (they need every article analysed); `quote-not-found` is the claim's own
    article's, analysed for it."""
    from factcheck.rules.registry import RULES

    return tuple(
        rule.id
        for rule in RULES
        if (rule.reads is None or kind in rule.reads)
        and (not rule.per_article or (kind is FileKind.CLAIM and rule.id == "quote-not-found"))
    )


@dataclass(frozen=True)
class Written:
    """What a write did: the record's path and id, and what the editor should know of it."""

    path: str
    id: str
    action: str
    findings: tuple[Finding, ...] = field(default=())
    """What the audit would raise on the record written, warnings and info alike."""
    notes: tuple[str, ...] = field(default=())
    """What else the write did that the editor should know (citations taken out)."""


def refusal(message: str, path: str = "-") -> Finding:
    """A finding for a write refused before any record was built."""
    return Finding("schema", Severity.ERROR, message, path)


def check_record(repo: Repository, result: FileResult, rel: str) -> Claim | Source:
    """The claim or source of `result`, if writing it at `rel` would add no error to the audit."""
    record = checked(repo, result, rel)[0]
    assert not isinstance(record, Article)
    return record


def checked(
    repo: Repository, result: FileResult, rel: str, *, new: bool = False
) -> tuple[Claim | Source | Article, tuple[Finding, ...]]:
    """The record of `result` and the audit's findings on it, if writing it at `rel` would
    add no error to the audit; else Refused with the errors. The audit's engine
    decides both, with the desk's severities. For a `new` record, refusals name no file
    (it was never written)."""
    try:
        return _checked(repo, result, rel)
    except Refused as failed:
        if not new:
            raise
        unwritten = [replace(f, path="-", line=None, column=None) for f in failed.findings]
        raise Refused(unwritten) from None


def _checked(
    repo: Repository, result: FileResult, rel: str
) -> tuple[Claim | Source | Article, tuple[Finding, ...]]:
    errors = [f for f in result.findings if f.severity is Severity.ERROR]
    if errors:
        raise Refused(errors)
    claims = [c for c in repo.claims if c.path != rel] + list(result.claims)
    sources = [s for s in repo.sources if s.path != rel] + list(result.sources)
    articles = [a for a in repo.articles if a.path != rel] + list(result.articles)
    trial = Repository(repo.root, repo.settings, claims, sources, articles, [])
    rules = (
        record_rules(FileKind.CLAIM if result.claims else FileKind.SOURCE)
        if result.claims or result.sources
        else ARTICLE_ERROR_RULES
    )
    # Only this claim's article is read for its sentences: nothing else bears on the record.
    from factcheck import clock
    from factcheck.rules.base import Context, article_claims
    from factcheck.text.analysis import analyze

    article = trial.articles_by_id.get(result.claims[0].article or "") if result.claims else None
    analyses = [analyze(article, article_claims(trial, article), trial.settings)] if article else []
    context = Context(trial, clock.today(), preset_analyses=analyses)
    findings = [
        finding
        for finding in run_rules(trial, select=rules, context=context)
        if finding.path == rel
    ]
    errors = [finding for finding in findings if finding.severity is Severity.ERROR]
    if errors:
        raise Refused(errors)
    record = (result.claims or result.sources or result.articles)[0]
    return record, tuple(findings)
