"""The audit: repository → rules → findings, and the exit status they call for.

This is the library behind `factcheck audit`; everything the command does can
be done from Python:

    from factcheck.audit import audit
    result = audit(Path("."))
    result.exit_status(Severity.ERROR)
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from factcheck.findings import Finding, Severity, count_by_severity, sorted_findings
from factcheck.loading import find_root
from factcheck.repository import Progress, Repository, load_repository
from factcheck.rules.base import Context, Rule
from factcheck.rules.registry import RULES, RULES_BY_ID
from factcheck.text.analysis import ArticleAnalysis


class UsageError(Exception):
    """The command cannot run as asked (no repository, unknown rule): exit status 2."""


@dataclass(frozen=True)
class AuditResult:
    """The findings of one audit, sorted as the SPEC says, with the repository they concern."""

    repo: Repository
    findings: list[Finding]
    context: Context | None = None
    """The rules' context, whose article analyses reports reuse instead of recomputing."""

    @property
    def analyses(self) -> list[ArticleAnalysis]:
        """Every article's sentences and claim links."""
        return (self.context or Context(self.repo)).analyses

    def exit_status(self, fail_on: Severity) -> int:
        """1 when any finding is at least as serious as `fail_on`, else 0."""
        return int(any(f.severity.rank >= fail_on.rank for f in self.findings))

    def summary(self) -> dict[str, Any]:
        """The SPEC's `summary` object."""
        return {
            "claims": len(self.repo.claims),
            "sources": len(self.repo.sources),
            "articles": len(self.repo.articles),
            "status": self.repo.status_counts,
            "findings": count_by_severity(self.findings),
        }

    def to_dict(self) -> dict[str, Any]:
        """The SPEC's JSON document."""
        return {
            "version": 1,
            "root": str(self.repo.root),
            "summary": self.summary(),
            "findings": [finding.to_dict() for finding in self.findings],
        }


def resolve_root(root: Path | None) -> Path:
    """`root` if given (it must be a folder), else the nearest enclosing repository."""
    if root is not None:
        if not root.is_dir():
            raise UsageError(f"--root {root}: no such folder")
        return root.resolve()
    found = find_root(Path.cwd())
    if found is None:
        raise UsageError(
            "no claims repository here: run inside a folder (or below one) that holds "
            "factcheck.yaml or claims/, pass --root DIR, or create one with `factcheck init`"
        )
    return found


def parse_rule_list(text: str | None) -> list[str]:
    """`"a,b"` → `["a", "b"]`, every id checked against the registry."""
    if not text:
        return []
    ids = [part.strip() for part in text.split(",") if part.strip()]
    unknown = [rule_id for rule_id in ids if rule_id not in RULES_BY_ID]
    if unknown:
        from rapidfuzz import process

        hints = []
        for rule_id in unknown:
            match = process.extractOne(rule_id, list(RULES_BY_ID), score_cutoff=60)
            hints.append(f"{rule_id!r}" + (f" (did you mean {match[0]!r}?)" if match else ""))
        raise UsageError(f"unknown rule {', '.join(hints)}; `factcheck rules` lists them")
    return ids


def _rule_settings(repo: Repository) -> tuple[dict[str, Severity | None], list[Finding]]:
    overrides: dict[str, Severity | None] = {}
    findings: list[Finding] = []
    for rule_id, level in repo.settings.rules.items():
        if rule_id not in RULES_BY_ID:
            position = repo.settings.rule_positions.get(rule_id)
            findings.append(
                Finding(
                    "schema",
                    Severity.ERROR,
                    f"unknown rule {rule_id!r} under `rules`; `factcheck rules` lists them",
                    "factcheck.yaml",
                    position.line if position else None,
                    position.column if position else None,
                )
            )
            continue
        overrides[rule_id] = None if level == "off" else Severity(level)
    return overrides, findings


def run_rules(
    repo: Repository,
    select: Collection[str] = (),
    ignore: Collection[str] = (),
    today: date | None = None,
    context: Context | None = None,
) -> list[Finding]:
    """Run the selected rules over `repo`; severities stamped from the settings."""
    overrides, findings = _rule_settings(repo)
    context = context or Context(repo, today or date.today())
    chosen: list[Rule] = [
        rule for rule in RULES if (not select or rule.id in select) and rule.id not in ignore
    ]
    for rule in chosen:
        severity = overrides.get(rule.id, rule.severity)
        if severity is None:
            continue
        for finding in rule.check(context):
            findings.append(
                finding if finding.severity is severity else replace(finding, severity=severity)
            )
    if select:
        findings = [f for f in findings if f.rule in select]
    return sorted_findings(findings)


def audit(
    root: Path | None = None,
    *,
    select: Collection[str] = (),
    ignore: Collection[str] = (),
    today: date | None = None,
    progress: Progress | None = None,
) -> AuditResult:
    """Load the repository at `root` (or the enclosing one) and run every rule on it."""
    repo = load_repository(resolve_root(root), progress)
    context = Context(repo, today or date.today())
    return AuditResult(repo, run_rules(repo, select, ignore, context=context), context)
