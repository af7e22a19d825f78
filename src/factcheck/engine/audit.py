"""The audit: repository → rules → findings, and the exit status they call for.

This is the library behind `factcheck audit`; everything the command does can
be done from Python:

    from factcheck.engine.audit import audit
    result = audit(Path("."))
    result.exit_status(Severity.ERROR)
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factcheck import clock
from factcheck.desk.findings import Finding, Severity, count_by_severity, in_order, sorted_findings
from factcheck.desk.repository import Repository
from factcheck.errors import Usage
from factcheck.incremental.answers import desk_key, keep_audit, kept_audit, settings_bytes
from factcheck.incremental.context import engine_context
from factcheck.incremental.files import load_cached
from factcheck.incremental.rules import KeptRules, Listing
from factcheck.incremental.store import Store
from factcheck.lifetime import outlive
from factcheck.load import discover, find_root
from factcheck.load.repository import Progress, load_repository
from factcheck.load.suppressions import Suppression
from factcheck.parallel import Beside, forking
from factcheck.rules.base import Context, Rule
from factcheck.text.clean import quoted

# The rules, the article analyses and their text modules are imported where they run:
# an audit answered from the cache needs none of them (a tenth of a second to import).
if TYPE_CHECKING:
    from factcheck.text.analysis import ArticleAnalysis


class AuditResult:
    """The findings of one audit, in the documented order, with the repository they concern.

    A result served from the cache carries its findings and counts; the repository
    itself is then read only if something asks for it (a report, say).
    """

    def __init__(
        self,
        root: Path,
        findings: list[Finding],
        *,
        repo: Repository | None = None,
        context: Context | None = None,
        counts: dict[str, Any] | None = None,
        load: Callable[[], Repository] | None = None,
        store: Store | None = None,
        suppressed: list[Finding] | None = None,
    ) -> None:
        self.root = root
        self.findings = findings
        self.suppressed = suppressed or []
        """Findings a `factcheck-ignore` comment silenced: counted, shown on request."""
        self.context = context
        """The rules' context, whose article analyses reports reuse instead of recomputing."""
        self._repo = repo
        self._counts = counts
        self._load = load
        self._store = store

    @property
    def repo(self) -> Repository:
        """The repository audited (read now if the result came from the cache)."""
        if self._repo is None:
            assert self._load is not None
            self._repo = self._load()
        return self._repo

    @property
    def analyses(self) -> list[ArticleAnalysis]:
        """Every article's sentences and claim links."""
        if self.context is None:
            self.context = engine_context(self.repo, clock.today(), self._store)
        return self.context.analyses

    def exit_status(self, fail_on: Severity) -> int:
        """1 when any finding is at least as serious as `fail_on`, else 0."""
        return int(any(f.severity.rank >= fail_on.rank for f in self.findings))

    def summary(self) -> dict[str, Any]:
        """The `summary` object of the JSON document."""
        if self._counts is None:
            self._counts = {
                "claims": len(self.repo.claims),
                "sources": len(self.repo.sources),
                "articles": len(self.repo.articles),
                "status": self.repo.status_counts,
            }
        return {
            **self._counts,
            "findings": count_by_severity(self.findings),
            "suppressed": len(self.suppressed),
        }

    def to_dict(self, *, show_suppressed: bool = False, findings: bool = True) -> dict[str, Any]:
        """The documented JSON document; with `show_suppressed`, the silenced findings too;
        without `findings`, all but the findings (for a writer that lays them out itself)."""
        document: dict[str, Any] = {"version": 1, "root": str(self.root), "summary": self.summary()}
        if findings:
            document["findings"] = [finding.to_dict() for finding in self.findings]
        if show_suppressed:
            document["suppressed"] = [finding.to_dict() for finding in self.suppressed]
        return document


def resolve_root(root: Path | None) -> Path:
    """`root` if given (it must be a folder), else the nearest enclosing repository."""
    if root is not None:
        if not root.is_dir():
            raise Usage(f"--root {root}: no such folder")
        return root.resolve()
    found = find_root(Path.cwd())
    if found is None:
        raise Usage(
            "no claims repository here: run inside a folder (or below one) that holds "
            "factcheck.yaml or claims/, pass --root DIR, or create one with `factcheck init`"
        )
    return found


def parse_rule_list(text: str | None) -> list[str]:
    """`"a,b"` → `["a", "b"]`, every id checked against the registry: Usage names the
    first unknown one with its nearest rule, one bad value at a time like every other."""
    if not text:
        return []
    from factcheck.rules.registry import RULES_BY_ID
    from factcheck.suggest import hint

    ids = [part.strip() for part in text.split(",") if part.strip()]
    unknown = [rule_id for rule_id in ids if rule_id not in RULES_BY_ID]
    if unknown:
        near = hint(unknown[0], list(RULES_BY_ID)) or "; `factcheck rules` lists them"
        raise Usage(f"unknown rule {quoted(unknown[0])}{near}")
    return ids


def _rule_settings(repo: Repository) -> tuple[dict[str, Severity | None], list[Finding]]:
    from factcheck.rules.registry import RULES_BY_ID

    overrides: dict[str, Severity | None] = {}
    findings: list[Finding] = []
    for rule_id, level in repo.settings.rules.items():
        if rule_id not in RULES_BY_ID:
            position = repo.settings.rule_positions.get(rule_id)
            findings.append(
                Finding(
                    "schema",
                    Severity.ERROR,
                    f"unknown rule {quoted(rule_id)} under `rules`; `factcheck rules` lists them",
                    "factcheck.yaml",
                    position.line if position else None,
                    position.column if position else None,
                )
            )
            continue
        overrides[rule_id] = None if level == "off" else Severity(level)
    return overrides, findings


@dataclass(frozen=True)
class Ruling:
    """What the engine decided: the findings to report, and those a comment silenced."""

    findings: list[Finding]
    suppressed: list[Finding]


def run_rules(
    repo: Repository,
    select: Collection[str] = (),
    ignore: Collection[str] = (),
    today: date | None = None,
    context: Context | None = None,
) -> list[Finding]:
    """Run the selected rules over `repo`; severities stamped from the settings, findings
    that a `factcheck-ignore` comment silences left out."""
    return evaluate(repo, select, ignore, today, context).findings


def evaluate(
    repo: Repository,
    select: Collection[str] = (),
    ignore: Collection[str] = (),
    today: date | None = None,
    context: Context | None = None,
    kept: KeptRules | None = None,
) -> Ruling:
    """The one engine that audit, check and the editors' validation share; with `kept`,
    a rule whose inputs are unchanged gives its kept findings instead of running."""
    from factcheck.rules.registry import RULES

    overrides, findings = _rule_settings(repo)
    context = context or engine_context(repo, today or clock.today(), None)
    chosen: list[Rule] = [
        rule for rule in RULES if (not select or rule.id in select) and rule.id not in ignore
    ]
    severities = {rule.id: overrides.get(rule.id, rule.severity) for rule in chosen}
    running = [rule for rule in chosen if severities[rule.id] is not None]
    for rule, found in _kept_or_run(running, context, kept):
        severity = severities[rule.id] or rule.severity
        for finding in found:
            findings.append(
                finding if finding.severity is severity else replace(finding, severity=severity)
            )
    if select:
        findings = [f for f in findings if f.rule in select]
    reported, suppressed = _suppress(repo, findings, {rule.id for rule in chosen}, overrides)
    return Ruling(sorted_findings(reported), sorted_findings(suppressed))


def _kept_or_run(
    rules: list[Rule], context: Context, kept: KeptRules | None
) -> list[tuple[Rule, list[Finding]]]:
    """Each rule with its findings: kept ones where they stand, the others' by running
    them (and then kept)."""
    if kept is None:
        return _rule_findings(rules, context)
    keys = {rule.id: kept.key(rule, context) for rule in rules}
    found: dict[str, list[Finding]] = {}
    for rule in rules:
        findings = kept.kept(rule, keys[rule.id], context)
        if findings is not None:
            found[rule.id] = findings
    updated = kept.updated([r for r in rules if r.updates and r.id not in found], context)
    found.update((rule.id, findings) for rule, findings in updated)
    to_run = [rule for rule in rules if rule.id not in found]
    by_article = [rule for rule in to_run if rule.per_article]
    if context.preset_analyses is not None:
        by_article = []  # a draft's analyses (check): nothing to keep article by article
    ran = _rule_findings(
        [rule for rule in to_run if rule not in by_article],
        context,
        (lambda: kept.by_article(by_article, context)) if by_article else None,
    )
    # Kept in order (updated ones come so): the audit's findings, most of them kept,
    # then sort as a few runs merged, which a sort does in one pass over each.
    ran = [*updated, *((rule, in_order(findings)) for rule, findings in ran)]
    kept.keep((rule, keys[rule.id], findings) for rule, findings in ran)
    found.update((rule.id, findings) for rule, findings in ran)
    return [(rule, found[rule.id]) for rule in rules]


PARALLEL_RULES_FROM = 5000
"""Claims from which the desk-wide comparisons run in a second process, beside the rest."""
IN_SECOND_PROCESS = frozenset({"duplicate-claim", "syndicated-source", "duplicate-source"})
"""Rules that compare every record with the others: together about as long as the rest."""

Ran = list[tuple[Rule, list[Finding]]]


def _rule_findings(
    rules: list[Rule], context: Context, before: Callable[[], Ran] | None = None
) -> Ran:
    """Each rule with its findings, after those `before` gives (rules run another way,
    which analyse articles). On a large desk, where processes fork, the desk-wide
    comparisons run in a second process while this one runs the rest: the findings
    are the same, they are sorted afterwards."""
    from factcheck.text.words import english_table

    second = [rule for rule in rules if rule.id in IN_SECOND_PROCESS]
    if len(context.repo.claims) < PARALLEL_RULES_FROM or not second or not forking():
        early = before() if before is not None else []
        return early + [(rule, list(rule.check(context))) for rule in rules]
    # Forked before the articles are analysed: those rules never read the analyses, and
    # a process forked later would carry (and count in its memory) all of them. The
    # analyses come first here, while this process holds no rule's findings: the worker
    # processes that make them are forked from it.
    english_table()  # read once, for both processes (and the analyses' workers) to share
    pending = Beside(lambda: [list(rule.check(context)) for rule in second])
    early = before() if before is not None else []
    first = [(rule, list(rule.check(context))) for rule in rules if rule not in second]
    return early + first + list(zip(second, pending.get(), strict=True))


def _suppress(
    repo: Repository,
    findings: list[Finding],
    chosen: set[str],
    overrides: dict[str, Severity | None],
) -> tuple[list[Finding], list[Finding]]:
    """Split `findings` into those reported and those a comment silences; add an
    `unused-suppression` finding for each comment that silenced nothing."""
    if not repo.suppressions:
        return findings, []
    from factcheck.rules import unused_suppression
    from factcheck.rules.registry import RULES_BY_ID

    by_path: dict[str, list[Suppression]] = {}
    for suppression in repo.suppressions:
        by_path.setdefault(suppression.path, []).append(suppression)
    kept: list[Finding] = []
    suppressed: list[Finding] = []
    used: set[Suppression] = set()
    for finding in findings:
        hit = next(
            (s for s in by_path.get(finding.path, ()) if s.covers(finding.rule, finding.line)),
            None,
        )
        if hit is None:
            kept.append(finding)
        else:
            used.add(hit)
            suppressed.append(finding)
    severity = overrides.get(unused_suppression.ID, unused_suppression.SEVERITY)
    if severity is not None and unused_suppression.ID in chosen:
        for suppression in repo.suppressions:
            unknown = [rule for rule in suppression.rules if rule not in RULES_BY_ID]
            if suppression in used or (not unknown and not set(suppression.rules) <= chosen):
                continue  # a rule it names did not run: no telling whether it is needed
            kept.append(unused_suppression.unused(suppression, severity, unknown))
    return kept, suppressed


def audit(
    root: Path | None = None,
    *,
    select: Collection[str] = (),
    ignore: Collection[str] = (),
    today: date | None = None,
    progress: Progress | None = None,
    use_cache: bool = True,
) -> AuditResult:
    """Load the repository at `root` (or the enclosing one) and run every rule on it.

    With the cache, an unchanged repository is answered from the last audit's
    findings, and a changed one re-reads only the changed files and re-analyses
    only the articles whose text or claims changed.
    """
    root = resolve_root(root)
    result = _audit(root, select, ignore, today or clock.today(), progress, use_cache)
    outlive(result)  # its findings, and the repository and analyses if it read them
    return result


def _audit(
    root: Path,
    select: Collection[str],
    ignore: Collection[str],
    today: date,
    progress: Progress | None,
    use_cache: bool,
) -> AuditResult:
    store = Store(root) if use_cache else None
    files, skipped = discover(root)
    listing = Listing.of(files, skipped)
    key = desk_key(root, listing, sorted(select), sorted(ignore), today)
    answered = kept_audit(store, key, [f.stamp for f in files]) if store is not None else None
    if answered is not None and store is not None:
        findings, answer = answered
        cache = store
        return AuditResult(
            root,
            findings,
            counts=answer.counts,
            load=lambda: load_cached(root, cache),
            store=store,
            suppressed=answer.suppressed,
        )
    repo = (
        load_repository(root, progress, found=(files, skipped))
        if store is None
        else load_cached(root, store, progress, found=(files, skipped))
    )
    context = engine_context(repo, today, store)
    kept = None
    if store is not None:
        kept = KeptRules.of(store, listing, settings_bytes(root), today)
    ruling = evaluate(repo, select, ignore, context=context, kept=kept)
    result = AuditResult(
        root, ruling.findings, repo=repo, context=context, suppressed=ruling.suppressed
    )
    if store is not None:
        counts = result.summary()
        del counts["findings"], counts["suppressed"]
        keep_audit(store, key, result.findings, counts, result.suppressed)
        store.close()
    return result
