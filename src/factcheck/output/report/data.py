"""What a report says, computed once from an audit: counts, coverage, and per-article detail."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from factcheck.desk.findings import Finding, count_by_severity
from factcheck.desk.model import Article, Citation, Claim, Source, Status
from factcheck.desk.repository import Repository
from factcheck.engine.audit import AuditResult
from factcheck.engine.check import findings_by_sentence
from factcheck.rules.evidence import independent_publishers
from factcheck.text.analysis import ArticleAnalysis, Sentence
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


SENTENCE_KINDS = ("confirmed", "unconfirmed", "disputed", "contradicts", "none")
"""What a checkable sentence does, by the least backed of its claims: asserts a confirmed,
an unconfirmed or a disputed claim, contradicts one, or asserts none that the desk has."""


SENTENCE_WORDS = {
    "confirmed": "assert confirmed claims",
    "unconfirmed": "assert unconfirmed claims",
    "disputed": "assert disputed claims",
    "contradicts": "contradict a claim",
    "none": "assert no claim of the desk",
}
"""How the report says what a checkable sentence does."""


@dataclass(frozen=True)
class Coverage:
    """The checkable sentences by what they assert: a gauge that tells the truth, not how
    many are "covered" (a sentence asserting a disputed claim is covered, and wrong)."""

    confirmed: int = 0
    unconfirmed: int = 0
    disputed: int = 0
    contradicts: int = 0
    none: int = 0

    @property
    def checkable(self) -> int:
        """Every sentence counted."""
        return sum(self.count(kind) for kind in SENTENCE_KINDS)

    def count(self, kind: str) -> int:
        """The sentences of one kind (a name of SENTENCE_KINDS)."""
        return int(getattr(self, kind))

    def share(self, kind: str) -> float:
        """The share of `kind` among the checkable sentences (0 when there are none)."""
        return self.count(kind) / self.checkable if self.checkable else 0.0

    def items(self) -> list[tuple[str, int]]:
        """(kind, count) in the report's order."""
        return [(kind, self.count(kind)) for kind in SENTENCE_KINDS]

    def __add__(self, other: Coverage) -> Coverage:
        return Coverage(*(self.count(k) + other.count(k) for k in SENTENCE_KINDS))

    @classmethod
    def of(cls, analysis: ArticleAnalysis) -> Coverage:
        """Count the sentences that assert a claim or have checkable content."""
        counts = dict.fromkeys(SENTENCE_KINDS, 0)
        for sentence in analysis.sentences:
            if sentence.links or sentence.checkable:
                counts[sentence_kind(sentence)] += 1
        return cls(**counts)


def sentence_kind(sentence: Sentence) -> str:
    """What one sentence does, by the least backed of its claims (see SENTENCE_KINDS)."""
    statuses = {link.claim.status for link in sentence.links if link.asserts}
    for status in (Status.DISPUTED, Status.UNCONFIRMED, Status.CONFIRMED):
        if status in statuses:
            return str(status.value)
    if any(not link.asserts for link in sentence.links):
        return "contradicts"
    return "none"


@dataclass(frozen=True)
class ClaimRow:
    """A claim with the evidence a reviewer signs off on, and the numbers beside it."""

    claim: Claim
    sources: int
    publishers: int
    citations: tuple[tuple[Citation, Source | None], ...] = ()
    """Each citation with the source it names (None when there is no such source)."""


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
    by_sentence: dict[int, list[Finding]] = field(default_factory=dict)
    """Sentence index → the findings located in it."""

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
    orphans: tuple[Source, ...] = ()
    """Sources no claim cites."""
    suppressed: int = 0

    @property
    def desk(self) -> str:
        """The desk's name as the report shows it (its folder's), never a machine's path."""
        return self.root.name or "desk"


def _claim_rows(repo: Repository, claims: Sequence[Claim]) -> tuple[ClaimRow, ...]:
    return tuple(
        ClaimRow(c, len(c.sources), len(independent_publishers(repo, c)), tuple(repo.sources_of(c)))
        for c in claims
    )


def _source_rows(repo: Repository, claims: Sequence[Claim]) -> tuple[SourceRow, ...]:
    ids = {citation.source for claim in claims for citation in claim.sources}
    rows = []
    for source in repo.sources:
        if source.id in ids:
            citing = tuple((c, cit) for c, cit in repo.claims_citing(source.id) if c in claims)
            rows.append(SourceRow(source, citing))
    return tuple(rows)


def _problems(findings: Sequence[Finding], paths: set[str]) -> tuple[Finding, ...]:
    """Every finding on these files, info included: each count of the header is listed."""
    return tuple(f for f in findings if f.path in paths)


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
        problems = _problems(result.findings, paths)
        sections.append(
            Section(
                title=item.title or str(item.id),
                article=item,
                analysis=analysis,
                claims=_claim_rows(repo, claims),
                counts=StatusCounts.of(claims),
                sources=rows,
                problems=problems,
                coverage=Coverage.of(analysis) if analysis else Coverage(),
                by_sentence=findings_by_sentence(analysis, problems) if analysis else {},
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
    orphans = (
        tuple(s for s in repo.sources if s.id and not repo.claims_citing(s.id))
        if article is None and status is None
        else ()
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
        orphans=orphans,
        suppressed=len(result.suppressed) if article is None else 0,
    )
