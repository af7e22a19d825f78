"""Check a record before it is written: nothing the audit would call an error gets to disk."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from factcheck.desk.findings import Finding, Severity
from factcheck.desk.model import Article, Claim, Source
from factcheck.desk.repository import Repository
from factcheck.engine.audit import run_rules
from factcheck.errors import Refused
from factcheck.load import FileResult

CLAIM_ERROR_RULES = (
    "yaml-syntax",
    "schema",
    "duplicate-id",
    "unknown-source",
    "unknown-article",
    "confirmed-without-support",
    "disputed-without-counter",
)
SOURCE_ERROR_RULES = ("yaml-syntax", "schema", "duplicate-id")
ARTICLE_ERROR_RULES = SOURCE_ERROR_RULES
CLAIM_WARNING_RULES = ("conflicting-evidence", "duplicate-claim", "weak-support", "quote-not-found")
SOURCE_WARNING_RULES = ("duplicate-source", "syndicated-source")
"""Rules whose findings on the record written are shown to the editor as warnings: the
audit's own words, at the time of writing."""


@dataclass(frozen=True)
class Written:
    """What a write did: the record's path and id, and warnings for the editor."""

    path: str
    id: str
    action: str
    warnings: tuple[str, ...] = field(default=())


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
) -> tuple[Claim | Source | Article, tuple[str, ...]]:
    """The record of `result` and the audit's warnings on it, if writing it at `rel` would
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
) -> tuple[Claim | Source | Article, tuple[str, ...]]:
    errors = [f for f in result.findings if f.severity is Severity.ERROR]
    if errors:
        raise Refused(errors)
    claims = [c for c in repo.claims if c.path != rel] + list(result.claims)
    sources = [s for s in repo.sources if s.path != rel] + list(result.sources)
    articles = [a for a in repo.articles if a.path != rel] + list(result.articles)
    trial = Repository(repo.root, repo.settings, claims, sources, articles, [])
    rules: tuple[str, ...]
    if result.claims:
        rules = CLAIM_ERROR_RULES + CLAIM_WARNING_RULES
    elif result.sources:
        rules = SOURCE_ERROR_RULES + SOURCE_WARNING_RULES
    else:
        rules = ARTICLE_ERROR_RULES
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
    return record, tuple(f"{f.message} ({f.rule})" for f in findings)
