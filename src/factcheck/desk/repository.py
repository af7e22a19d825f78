"""The loaded repository: its records and the cross-link indexes between them.

claim → its sources, source → the claims citing it, article → its claims. Rules
read these indexes instead of scanning lists, so each rule stays linear.
"""

from __future__ import annotations

import copy
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from factcheck.desk.findings import Finding
from factcheck.desk.model import Article, Citation, Claim, Source, Stance, Status
from factcheck.desk.settings import Settings

if TYPE_CHECKING:
    from factcheck.load.files import FileResult
    from factcheck.load.suppressions import Suppression


@dataclass
class Repository:
    """Everything read from one claims repository, cross-linked."""

    root: Path
    settings: Settings
    claims: list[Claim] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)
    load_findings: list[Finding] = field(default_factory=list)
    """Findings of reading the files (yaml-syntax, schema, unknown-field, skipped-path)."""
    suppressions: list[Suppression] = field(default_factory=list)
    """The `factcheck-ignore` comments of every file."""
    changes: Changes | None = None
    """What this repository's files hold that the cache's rows of them did not, when it
    was loaded with a cache: for what rules keep and update by difference."""

    # The indexes are built when first asked for: `check` of a draft needs none of the
    # sources' (0.3 s at 100,000 claims), an audit answered in part from the cache few.

    @cached_property
    def claims_by_id(self) -> dict[str, Claim]:
        """The claims by id (of claims sharing one, the first in file order)."""
        return _first_by_id(self.claims)

    @cached_property
    def sources_by_id(self) -> dict[str, Source]:
        """The sources by id (of sources sharing one, the first in file order)."""
        return _first_by_id(self.sources)

    @cached_property
    def articles_by_id(self) -> dict[str, Article]:
        """The articles by id (of articles sharing one, the first in file order)."""
        return _first_by_id(self.articles)

    @cached_property
    def citations_of_source(self) -> dict[str, list[tuple[Claim, Citation]]]:
        """Source id → each claim citing it, with its citation, in file order."""
        index: dict[str, list[tuple[Claim, Citation]]] = defaultdict(list)
        for claim in self.claims:
            for citation in claim.sources:
                index[citation.source].append((claim, citation))
        return index

    @cached_property
    def claims_of_article(self) -> dict[str, list[Claim]]:
        """Article id → the claims naming it, in file order."""
        index: dict[str, list[Claim]] = defaultdict(list)
        for claim in self.claims:
            if claim.article:
                index[claim.article].append(claim)
        return index

    def with_articles(
        self,
        articles: list[Article],
        load_findings: list[Finding],
        suppressions: list[Suppression],
        changes: Changes | None,
    ) -> Repository:
        """This repository with other articles (and the findings and comments of reading
        them): its claims and sources, and the indexes of them built so far, shared
        rather than built again (a quarter of a second at 100,000 claims)."""
        other = copy.copy(self)
        other.articles = articles
        other.__dict__.pop("articles_by_id", None)  # made again, of these articles, if asked
        other.load_findings = load_findings
        other.suppressions = suppressions
        other.changes = changes
        return other

    @classmethod
    def from_results(
        cls,
        root: Path,
        settings: Settings,
        results: Iterable[FileResult],
        findings: Iterable[Finding] = (),
    ) -> Repository:
        """Assemble a repository from per-file results (in file order)."""
        claims: list[Claim] = []
        sources: list[Source] = []
        articles: list[Article] = []
        load_findings = list(findings)
        suppressions: list[Suppression] = []
        for result in results:  # most files hold one record and nothing else
            if result.claims:
                claims.extend(result.claims)
            if result.sources:
                sources.extend(result.sources)
            if result.articles:
                articles.extend(result.articles)
            if result.findings:
                load_findings.extend(result.findings)
            if result.suppressions:
                suppressions.extend(result.suppressions)
        return cls(root, settings, claims, sources, articles, load_findings, suppressions)

    def sources_of(self, claim: Claim) -> list[tuple[Citation, Source | None]]:
        """Each citation of `claim` with the source it names (None when there is no such source)."""
        return [(citation, self.sources_by_id.get(citation.source)) for citation in claim.sources]

    def claims_citing(self, source_id: str) -> list[tuple[Claim, Citation]]:
        """The claims that cite `source_id`, each with its citation."""
        return self.citations_of_source.get(source_id, [])

    def touched_by(self, changes: Changes) -> set[str]:
        """The paths of the records `changes` may have changed the findings on, one
        record at a time: those of the files changed (as they were and as they are), and
        those of the claims citing a source that changed, or a source whose `origin`
        leads to one (which source tells a story first depends on the chain)."""
        paths = {record.path for record in changes.records()}
        changed = {s.id for s in changes.records() if isinstance(s, Source) and s.id is not None}
        retold: dict[str, list[str]] = defaultdict(list)
        for source in self.sources:
            if source.origin is not None and source.id is not None:
                retold[source.origin].append(source.id)
        pending = list(changed)
        while pending:
            for retelling in retold.get(pending.pop(), ()):
                if retelling not in changed:
                    changed.add(retelling)
                    pending.append(retelling)
        for source_id in changed:
            paths.update(claim.path for claim, _ in self.claims_citing(source_id))
        return paths

    def restricted_to(self, paths: set[str]) -> Repository:
        """This repository's records at `paths` only, with the whole repository's indexes:
        a rule that goes through the records and looks others up by id finds, on these,
        what it finds on them in the whole."""
        for index in _INDEXES:  # built now, of the whole, for the part to share
            getattr(self, index)
        part = copy.copy(self)
        part.claims = [claim for claim in self.claims if claim.path in paths]
        part.sources = [source for source in self.sources if source.path in paths]
        part.articles = [article for article in self.articles if article.path in paths]
        return part

    def claims_in(self, article_id: str) -> list[Claim]:
        """The claims that name `article_id` as their article."""
        return self.claims_of_article.get(article_id, [])

    def claims_where(
        self,
        status: Status | None = None,
        article: str | None = None,
        source: str | None = None,
        stance: Stance | None = None,
        tag: str | None = None,
    ) -> list[Claim]:
        """The claims that meet every filter given: a status, an article, a tag, and a
        cited source (with that stance, when `stance` is given)."""
        return [
            claim
            for claim in self.claims
            if (status is None or claim.status is status)
            and (article is None or claim.article == article)
            and (
                source is None
                or any(
                    c.source == source and (stance is None or c.stance is stance)
                    for c in claim.sources
                )
            )
            and (tag is None or tag in claim.tags)
        ]

    def stranded_claims(self) -> dict[str, list[Claim]]:
        """Article path → the claims that can only be naming it, for each article that could
        not be read: claims in its folder (or named after its folder) whose `article` names
        no article. Their `unknown-article` follows from the broken file, not from them."""
        loaded = {article.path for article in self.articles}
        broken = {
            f.path
            for f in self.load_findings
            if f.path.endswith(".md") and f.severity.value == "error" and f.path not in loaded
        }
        if not broken:
            return {}
        stranded: dict[str, list[Claim]] = {}
        for claim in self.claims:
            if claim.article is None or claim.article in self.articles_by_id:
                continue
            for path in sorted(broken):
                folder = path.rsplit("/", 1)[0]
                if (
                    claim.path.rsplit("/", 1)[0] == folder
                    or folder.rsplit("/", 1)[-1] == claim.article
                ):
                    stranded.setdefault(path, []).append(claim)
                    break
        return stranded

    @property
    def status_counts(self) -> dict[str, int]:
        """Claims by status, always with all three statuses."""
        counts = {"confirmed": 0, "unconfirmed": 0, "disputed": 0}
        for claim in self.claims:
            if claim.status is not None:
                counts[claim.status.value] += 1
        return counts


@dataclass(frozen=True)
class Changes:
    """The files a cached load read afresh, beside what the cache's rows held of them.

    Something kept beside the rows (a tally of every file's words, say) describes the
    rows as they stood when it was kept. When that is `before`, it is brought up to date
    by taking out what `removed` holds and adding what `added` holds, and it then
    describes the rows as `after`. A view of the desk (a draft checked against it) has
    more changes of its own, `view_removed` and `view_added`, which no later run will
    see: what is kept is the desk's, without them.
    """

    before: str | None
    """The generation of the rows this load read (`Store.generation`); None when unknown."""
    after: str | None
    """The generation of the rows as this load left them; None when unknown (another
    run wrote rows in between, or this one could not)."""
    removed: tuple[FileResult, ...] = ()
    """What the rows held of the files changed or gone."""
    added: tuple[FileResult, ...] = ()
    """What was read of the files changed or new."""
    view_removed: tuple[FileResult, ...] = ()
    """What the view leaves out of the desk (the article a draft stands in for)."""
    view_added: tuple[FileResult, ...] = ()
    """What the view adds to the desk (the draft)."""

    def records(self) -> Iterator[Claim | Source | Article]:
        """The records of the files changed (not the view's), as they were and as they are."""
        for result in (*self.removed, *self.added):
            yield from result.claims
            yield from result.sources
            yield from result.articles

    @property
    def is_view(self) -> bool:
        """Whether these are the changes of a view, not of the desk alone."""
        return bool(self.view_removed or self.view_added)

    def viewed(self, removed: Iterable[FileResult], added: Iterable[FileResult]) -> Changes:
        """These changes, in a view of the desk that leaves out `removed` and adds `added`."""
        return Changes(
            self.before,
            self.after,
            self.removed,
            self.added,
            (*self.view_removed, *removed),
            (*self.view_added, *added),
        )


_INDEXES = (
    "claims_by_id", "sources_by_id", "articles_by_id", "citations_of_source", "claims_of_article"
)  # fmt: skip
"""The repository's indexes (its cached properties)."""
_Record = TypeVar("_Record", Claim, Source, Article)


def _first_by_id(records: Iterable[_Record]) -> dict[str, _Record]:
    """Index by id; with duplicate ids the first in file order wins (duplicate-id reports it)."""
    index: dict[str, _Record] = {}
    for record in records:
        if record.id is not None and record.id not in index:
            index[record.id] = record
    return index
