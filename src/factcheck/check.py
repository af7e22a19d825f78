"""Check one article file against the repository's claims (the library of `factcheck check`)."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from factcheck import clock
from factcheck.audit import UsageError, run_rules
from factcheck.findings import Finding, Severity, count_by_severity
from factcheck.loading.files import load_article
from factcheck.repository import Repository
from factcheck.rules.base import Context
from factcheck.text.analysis import ArticleAnalysis, Sentence, analyze

ARTICLE_RULES = (
    "contradicts-claim",
    "unsupported-statement",
    "disputed-statement",
    "hedged-statement",
    "unchecked-sentence",
    "name-variant",
    "quote-not-found",
    "yaml-syntax",
    "schema",
)


@dataclass(frozen=True)
class CheckResult:
    """One article's sentences, the claims each asserts, and the article's findings."""

    analysis: ArticleAnalysis
    findings: list[Finding]

    def exit_status(self, fail_on: Severity) -> int:
        """1 when any finding is at least as serious as `fail_on`, else 0 (as for the audit)."""
        return int(any(f.severity.rank >= fail_on.rank for f in self.findings))

    def findings_of(self, sentence: Sentence) -> list[Finding]:
        """The findings located inside `sentence`."""
        start = (sentence.line, sentence.column)
        end = self.analysis.position(max(sentence.end - 1, sentence.start))
        return [
            f
            for f in self.findings
            if f.line is not None and start <= (f.line, f.column or 1) <= end
        ]

    def to_dict(self) -> dict[str, Any]:
        """The SPEC's `factcheck check --format json` document."""
        article = self.analysis.article
        return {
            "version": 1,
            "article": {"id": article.id, "title": article.title, "path": article.path},
            "summary": {
                "sentences": len(self.analysis.sentences),
                "findings": count_by_severity(self.findings),
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
                            "by": "quote" if link.by_quote else "statement",
                            "relation": link.relation,
                        }
                        for link in sentence.links
                    ],
                    "findings": [f.to_dict() for f in self.findings_of(sentence)],
                }
                for sentence in self.analysis.sentences
            ],
            "findings": [f.to_dict() for f in self.findings],
        }


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
) -> CheckResult:
    """Read `path` (inside the repository or not) and cross-link it with `repo`'s claims.

    The article's rules run through the audit's engine: the desk's severities and rules
    turned off apply, and `select` / `ignore` as for the audit.
    """
    if not path.is_file():
        raise UsageError(f"{path}: no such file")
    rel = _display_path(path, repo.root)
    loaded = load_article(path, rel, standalone=True)
    chosen = [r for r in ARTICLE_RULES if not select or r in select]
    if not loaded.articles:
        # Unreadable (not UTF-8, too large, broken front matter): report it, with no sentences.
        from factcheck.model import Article

        empty = ArticleAnalysis(Article(path=rel, id=path.stem, title=path.stem), ())
        unreadable = Repository(repo.root, repo.settings, [], [], [], list(loaded.findings))
        findings = run_rules(
            unreadable, chosen, ignore, context=Context(unreadable, today or clock.today())
        )
        return CheckResult(empty, findings)
    article = loaded.articles[0]
    in_repo = [a for a in repo.articles if a.path == article.path]
    # An article of the repository is checked against its own claims; any other file
    # against every claim the desk has.
    claims = repo.claims_in(article.id or "") if in_repo else repo.claims
    others = [a for a in repo.articles if a.path != article.path]
    scoped = Repository(
        repo.root,
        repo.settings,
        repo.claims,
        repo.sources,
        [*others, article],
        list(loaded.findings),
    )
    analysis = analyze(article, claims, repo.settings)
    context = Context(scoped, today or clock.today(), preset_analyses=[analysis])
    findings = run_rules(scoped, chosen, ignore, context=context)
    return CheckResult(analysis, [f for f in findings if f.path == article.path])
