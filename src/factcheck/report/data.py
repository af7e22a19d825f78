"""What a report says, computed once from an audit: counts, coverage, and per-article detail."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from factcheck.audit import AuditResult
from factcheck.findings import Finding, Severity, count_by_severity
from factcheck.model import Article, Citation, Claim, Source, Status
from factcheck.repository import Repository
from factcheck.rules.evidence import independent_publishers
from factcheck.text.analysis import ArticleAnalysis
from factcheck.text.fold import squash

STATUS_ORDER = (Status.CONFIRMED, Status.UNCONFIRMED, Status.DISPUTED)


@dataclass(frozen=True)
class StatusCounts:
    """Claims by status."""

    confirmed: int = 0
    unconfirmed: int = 0
    disputed: int = 0

    @classmethod
    def of(cls, claims: Sequence[Claim]) -> StatusCounts:
        """Count `claims` by status (claims with an invalid status are not counted)."""
        counts = {status: 0 for status in STATUS_ORDER}
        for claim in claims:
            if claim.status is not None:
                counts[claim.status] += 1
        return cls(*(counts[status] for status in STATUS_ORDER))

    @property
    def total(self) -> int:
        """All counted claims."""
        return self.confirmed + self.unconfirmed + self.disputed

    def items(self) -> list[tuple[Status, int]]:
        """(status, count) in the report's order."""
        return [(status, getattr(self, status.value)) for status in STATUS_ORDER]

    def share(self, status: Status) -> float:
        """The share of `status` among all counted claims (0 when there are none)."""
        return getattr(self, status.value) / self.total if self.total else 0.0


@dataclass(frozen=True)
class Coverage:
    """How many of the checkable sentences are linked to a claim."""

    linked: int = 0
    checkable: int = 0

    @property
    def share(self) -> float:
        """linked / checkable; a text with nothing checkable counts as fully covered."""
        return self.linked / self.checkable if self.checkable else 1.0

    def __add__(self, other: Coverage) -> Coverage:
        return Coverage(self.linked + other.linked, self.checkable + other.checkable)

    @classmethod
    def of(cls, analysis: ArticleAnalysis) -> Coverage:
        """Sentences that assert a claim, among those that do or have checkable content."""
        relevant = [s for s in analysis.sentences if s.links or s.checkable]
        return cls(sum(1 for s in relevant if s.links), len(relevant))


@dataclass(frozen=True)
class ClaimRow:
    """A claim with the numbers the reviewer wants beside it."""

    claim: Claim
    sources: int
    publishers: int


@dataclass(frozen=True)
class SourceRow:
    """A source and the claims (of this section) that cite it."""

    source: Source
    citing: tuple[tuple[Claim, Citation], ...]


@dataclass(frozen=True)
class Section:
    """One article (or the claims with no article) and everything about it."""

    title: str
    article: Article | None
    analysis: ArticleAnalysis | None
    claims: tuple[ClaimRow, ...]
    counts: StatusCounts
    sources: tuple[SourceRow, ...]
    problems: tuple[Finding, ...]
    coverage: Coverage

    @property
    def anchor(self) -> str:
        """The HTML anchor of the section."""
        return (
            f"article-{self.article.id}"
            if self.article and self.article.id
            else "unattached-claims"
        )


@dataclass(frozen=True)
class Report:
    """The whole report."""

    root: Path
    counts: StatusCounts
    sources: int
    publishers: int
    findings: dict[str, int]
    coverage: Coverage
    sections: tuple[Section, ...]
    other_problems: tuple[Finding, ...] = field(default=())


def _claim_rows(repo: Repository, claims: Sequence[Claim]) -> tuple[ClaimRow, ...]:
    return tuple(ClaimRow(c, len(c.sources), len(independent_publishers(repo, c))) for c in claims)


def _source_rows(repo: Repository, claims: Sequence[Claim]) -> tuple[SourceRow, ...]:
    ids = {citation.source for claim in claims for citation in claim.sources}
    rows = []
    for source in repo.sources:
        if source.id in ids:
            citing = tuple((c, cit) for c, cit in repo.claims_citing(source.id) if c in claims)
            rows.append(SourceRow(source, citing))
    return tuple(rows)


def _problems(findings: Sequence[Finding], paths: set[str]) -> tuple[Finding, ...]:
    return tuple(
        f for f in findings if f.path in paths and f.severity in (Severity.ERROR, Severity.WARNING)
    )


def build_report(
    result: AuditResult, *, article: str | None = None, status: Status | None = None
) -> Report:
    """The report of an audit, optionally narrowed to one article and/or one status."""
    repo = result.repo
    sections: list[Section] = []
    shown_paths: set[str] = set()
    analyses = {a.article.path: a for a in result.analyses}
    for item in repo.articles:
        if article is not None and item.id != article:
            continue
        claims = [c for c in repo.claims_in(item.id or "") if status is None or c.status is status]
        rows = _source_rows(repo, claims)
        paths = {item.path, *(c.path for c in claims), *(r.source.path for r in rows)}
        shown_paths |= paths
        analysis = analyses.get(item.path)
        sections.append(
            Section(
                title=item.title or str(item.id),
                article=item,
                analysis=analysis,
                claims=_claim_rows(repo, claims),
                counts=StatusCounts.of(claims),
                sources=rows,
                problems=_problems(result.findings, paths),
                coverage=Coverage.of(analysis) if analysis else Coverage(),
            )
        )
    if article is None:
        loose = [
            c for c in repo.claims
            if (not c.article or c.article not in repo.articles_by_id) and (status is None or c.status is status)
        ]  # fmt: skip
        if loose:
            rows = _source_rows(repo, loose)
            paths = {*(c.path for c in loose), *(r.source.path for r in rows)}
            shown_paths |= paths
            sections.append(
                Section("Claims without an article", None, None, _claim_rows(repo, loose),
                        StatusCounts.of(loose), rows, _problems(result.findings, paths), Coverage())
            )  # fmt: skip
    claims = [row.claim for section in sections for row in section.claims]
    cited = {row.source.id for section in sections for row in section.sources}
    publishers = {
        squash(s.publisher)
        for s in repo.sources
        if s.publisher and (article is None or s.id in cited)
    }
    shown_findings = [f for f in result.findings if article is None or f.path in shown_paths]
    coverage = sum((section.coverage for section in sections), Coverage())
    other = (
        ()
        if article is not None
        else _problems(result.findings, {f.path for f in result.findings} - shown_paths)
    )
    return Report(
        root=repo.root,
        counts=StatusCounts.of(claims),
        sources=len(repo.sources) if article is None else len(cited),
        publishers=len(publishers),
        findings=count_by_severity(shown_findings),
        coverage=coverage,
        sections=tuple(sections),
        other_problems=other,
    )
