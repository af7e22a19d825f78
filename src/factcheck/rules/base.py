"""What a rule is: an id, a default severity, its documentation and a check generator."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from factcheck.desk.findings import Finding, Severity
from factcheck.desk.model import Article, Claim, Source
from factcheck.desk.repository import Changes, Repository
from factcheck.desk.settings import Settings
from factcheck.load.discover import FileKind

if TYPE_CHECKING:
    from factcheck.text.analysis import ArticleAnalysis


T = TypeVar("T")


class Memo(Protocol):
    """Where a rule may keep what it derives of many texts between runs (the engine gives
    one; rules never see how it keeps them)."""

    def each(
        self,
        name: str,
        version: str,
        keys: Sequence[str],
        kind: Any,
        make: Callable[[str], T],
        *,
        whole: bool,
    ) -> list[T]:
        """`make(key)` for each of `keys`, in order: kept values (of this `version`, as a
        `kind`) where there are, the others made and kept. With `whole`, `keys` are all
        that is wanted under `name`: the values of any other key are forgotten."""
        ...


class NoMemo:
    """A memo that keeps nothing: every value made afresh."""

    def each(
        self,
        name: str,
        version: str,
        keys: Sequence[str],
        kind: Any,
        make: Callable[[str], T],
        *,
        whole: bool,
    ) -> list[T]:
        """`make` of each key."""
        return [make(key) for key in keys]


Provider = Callable[["Context"], Any]
"""How the engine derives something of the whole desk in its own way (from its cache,
in worker processes), in place of a rule's plain way."""


@dataclass
class Context:
    """What every rule may read: the repository, its settings, and today's date."""

    repo: Repository
    today: date = field(default_factory=date.today)
    preset_analyses: list[ArticleAnalysis] | None = None
    """Analyses to use instead of every repository article (`factcheck check`)."""
    memo: Memo = field(default_factory=NoMemo)
    """Where rules keep what they derive of many texts between runs."""
    providers: dict[str, Provider] = field(default_factory=dict)
    """Name → the engine's way of deriving it (`derive`)."""
    derived: dict[str, Any] = field(default_factory=dict)
    """What was derived of the whole desk this run, by name (`derive`)."""

    def derive(self, name: str, plain: Callable[[Context], T]) -> T:
        """What is derived of the whole desk under `name`, once per run and shared with
        every part of the desk a rule runs on: in the engine's way where it gives one
        (`providers`), else by `plain`."""
        if name not in self.derived:
            self.derived[name] = self.providers.get(name, plain)(self)
        found: T = self.derived[name]
        return found

    @property
    def settings(self) -> Settings:
        """The repository's settings."""
        return self.repo.settings

    @cached_property
    def analyses(self) -> list[ArticleAnalysis]:
        """Every article split into sentences and linked to claims, computed once per audit."""
        if self.preset_analyses is not None:
            return self.preset_analyses
        # Not `derive`d: the whole desk's analyses are not shared with its parts.
        found: list[ArticleAnalysis] = self.providers.get(ANALYSES, _analyses_here)(self)
        return found

    @property
    def articles(self) -> list[Article]:
        """The articles this run reports on: those of `preset_analyses` when given (the
        draft `factcheck check` reads), else every article of the repository."""
        if self.preset_analyses is not None:
            return [analysis.article for analysis in self.preset_analyses]
        return self.repo.articles


ANALYSES = "analyses"
"""What `Context.analyses` derives: every article's analysis."""


def _analyses_here(context: Context) -> list[ArticleAnalysis]:
    """Every article analysed in this process, against the claims it is checked against."""
    from factcheck.text.analysis import analyze

    repo = context.repo
    return [analyze(a, article_claims(repo, a), repo.settings) for a in repo.articles]


def article_claims(repo: Repository, article: Article) -> list[Claim]:
    """The claims `article` is analysed against: those that name it, then those its
    `factcheck-link` comments pin that name another article or none (a fact-checker
    may link a paragraph to any claim of the desk)."""
    from factcheck.text.pins import read_pins

    own = repo.claims_in(article.id) if article.id else []
    pinned = [claim for pin in read_pins(article.body) if pin.links for claim in pin.claims]
    if not pinned:
        return own
    known = repo.claims_by_id
    mine = {claim.id for claim in own}
    others = [known[c] for c in dict.fromkeys(pinned) if c in known and c not in mine]
    return [*own, *others] if others else own


Check = Callable[[Context], Iterable[Finding]]

# What a rule reads (`Rule.reads`), by the kinds of file its findings depend on.
CLAIMS = frozenset({FileKind.CLAIM})
SOURCES = frozenset({FileKind.SOURCE})
ARTICLES = frozenset({FileKind.ARTICLE})
CLAIMS_AND_SOURCES = CLAIMS | SOURCES
CLAIMS_AND_ARTICLES = CLAIMS | ARTICLES
EVERY_RECORD = CLAIMS | SOURCES | ARTICLES
"""Every kind of record, but not the paths skipped (which `reads=None` also covers)."""
Touched = Callable[[Repository, Changes], set[str]]
"""The paths of the records whose findings a change may alter (see `Rule.updates`)."""


def one_record(repo: Repository, changes: Changes) -> set[str]:
    """`Rule.updates` of a rule whose findings are each on one record and depend only on
    it and, for a claim, on the sources its citations name and their `origin` chains."""
    return repo.touched_by(changes)


@dataclass(frozen=True)
class Rule:
    """One rule of the audit (docs/rules.md)."""

    id: str
    """The rule's kebab-case id; it never changes."""
    severity: Severity
    """The default severity; `rules:` in settings may override it."""
    doc: str
    """User documentation: a summary line, then why, then failing and passing examples."""
    check: Check
    reads: frozenset[FileKind] | None = None
    """The kinds of file whose records its findings depend on, besides the settings and
    the date; None for any file (and the paths skipped). An audit with a cache reuses the
    rule's last findings while no file of those kinds has changed."""
    also_reads: Callable[[Context], object] | None = None
    """What else of the repository its findings depend on, as plain data (text, numbers,
    lists) that changes when it does (syndicated-source: the excerpts claims cite;
    name-variant: which spelling it takes for a misspelling of which)."""

    per_article: bool = False
    """Whether its findings for each article depend only on that article, its analysis
    and the claims that name it. An audit with a cache then keeps them article by
    article, and analyses (or reads from the cache) only the articles that changed."""

    updates: Touched | None = None
    """How an audit with a cache brings the rule's kept findings up to date when files
    changed: the paths of the records whose findings the change may have altered. Their
    findings are made again by running the rule on those records alone (with the whole
    repository's indexes, `Repository.restricted_to`, and what rules derived of the
    whole desk, `Context.derived`), the others' kept. The rule must find on them, so
    run, what it finds on them in the whole; `one_record` serves the rules whose
    findings are each on one record."""

    @property
    def summary(self) -> str:
        """The first line of the documentation."""
        return self.doc.strip().splitlines()[0]


def at(
    rule_id: str,
    severity: Severity,
    message: str,
    record: Claim | Source | Article,
    field_name: str = "",
    suggestion: str | None = None,
) -> Finding:
    """A finding on `record`, located at field `field_name` (or the record's start)."""
    position = record.position_of(field_name)
    return Finding(
        rule=rule_id,
        severity=severity,
        message=message,
        path=record.path,
        line=position.line if position else None,
        column=position.column if position else None,
        record=record.id,
        suggestion=suggestion,
    )


def load_findings_of(rule_id: str) -> Check:
    """A check that reports the findings the loader made under `rule_id`. The first error
    on an article that could not be read says which claims cannot be checked against it
    (their own `unknown-article` errors are folded into it)."""

    def check(ctx: Context) -> Iterable[Finding]:
        stranded = ctx.repo.stranded_claims()
        for finding in ctx.repo.load_findings:
            if finding.rule != rule_id:
                continue
            claims = stranded.pop(finding.path, None)
            if claims:
                named = ", ".join(str(c.id or c.path) for c in claims[:5])
                more = f" and {len(claims) - 5} more" if len(claims) > 5 else ""
                finding = replace(
                    finding,
                    message=f"{finding.message}. Until it is fixed, the article cannot be read "
                    f"and its {len(claims)} claim{'s' if len(claims) > 1 else ''} ({named}{more}) "
                    "cannot be checked against it",
                )
            yield finding

    return check
