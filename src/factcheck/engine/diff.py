"""What a branch changed in the desk: the desk at a git revision against the working tree.

Git itself gives the old desk (`git ls-tree` and `git show` of the revision's
claims, sources and settings, into a temporary folder); both desks are read and
audited the same way, and compared record by record: claims and sources added,
removed and renamed, status changes, citations added and removed, every other field
before and after, and the audit's findings that are new or resolved (a finding is
the same finding when its rule, file, record and message are, wherever its line
moved to).
"""

from __future__ import annotations

import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from factcheck import clock
from factcheck.desk.findings import Finding
from factcheck.desk.model import Claim, Source
from factcheck.desk.repository import Repository
from factcheck.engine.audit import audit
from factcheck.errors import Usage
from factcheck.load.discover import CLAIMS_DIR, SETTINGS_FILE, SOURCES_DIR, repository_top


@dataclass(frozen=True)
class StatusChange:
    """A claim whose verdict changed."""

    claim: str
    before: str | None
    after: str | None


@dataclass(frozen=True)
class CitationChange:
    """A citation added to or removed from a claim."""

    claim: str
    source: str
    stance: str


@dataclass(frozen=True)
class FieldChange:
    """One field of a record as it was and as it is (None: absent)."""

    record: str
    """"claim" or "source"."""
    id: str
    field: str
    """The field's name; a citation's is `citation SOURCE-ID: stance` (or excerpt, locator)."""
    before: str | None
    after: str | None


@dataclass(frozen=True)
class Rename:
    """A record whose id changed and nothing else that identifies it."""

    record: str
    before: str
    after: str


CLAIM_FIELDS = (
    "statement", "status", "article", "quote", "rationale", "reviewed_by", "reviewed_on", "tags",
)  # fmt: skip
SOURCE_FIELDS = (
    "title", "publisher", "url", "archived_url", "published", "accessed", "kind",
    "reliability", "origin", "notes",
)  # fmt: skip


@dataclass
class DeskDiff:
    """Everything a reviewer of a change to the desk wants to see."""

    revision: str
    added: list[Claim] = field(default_factory=list)
    removed: list[Claim] = field(default_factory=list)
    statuses: list[StatusChange] = field(default_factory=list)
    cited: list[CitationChange] = field(default_factory=list)
    uncited: list[CitationChange] = field(default_factory=list)
    rationales: list[str] = field(default_factory=list)
    renamed: list[Rename] = field(default_factory=list)
    sources_added: list[Source] = field(default_factory=list)
    sources_removed: list[Source] = field(default_factory=list)
    changes: list[FieldChange] = field(default_factory=list)
    """Every field that changed, of claims and sources present before and after."""
    new_findings: list[Finding] = field(default_factory=list)
    resolved_findings: list[Finding] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        """Whether nothing changed that the diff shows."""
        return not any(
            (self.added, self.removed, self.statuses, self.cited, self.uncited,
             self.rationales, self.renamed, self.sources_added, self.sources_removed,
             self.changes, self.new_findings, self.resolved_findings)
        )  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        """The diff as JSON."""
        return {
            "version": 1,
            "revision": self.revision,
            "claims_added": [
                {"id": c.id, "status": _status(c), "statement": c.statement} for c in self.added
            ],
            "claims_removed": [
                {"id": c.id, "status": _status(c), "statement": c.statement} for c in self.removed
            ],
            "status_changes": [vars(s) for s in self.statuses],
            "citations_added": [vars(c) for c in self.cited],
            "citations_removed": [vars(c) for c in self.uncited],
            "rationale_changed": self.rationales,
            "renamed": [vars(r) for r in self.renamed],
            "sources_added": [{"id": s.id, "title": s.title} for s in self.sources_added],
            "sources_removed": [{"id": s.id, "title": s.title} for s in self.sources_removed],
            "field_changes": [vars(c) for c in self.changes],
            "new_findings": [f.to_dict() for f in self.new_findings],
            "resolved_findings": [f.to_dict() for f in self.resolved_findings],
        }


def _status(claim: Claim) -> str | None:
    return claim.status.value if claim.status else None


def _git(root: Path, *args: str) -> str:
    try:
        completed = subprocess.run(
            ["git", "-C", str(root), *args], capture_output=True, text=True, check=False
        )
    except OSError as error:
        raise Usage(f"cannot run git: {error.strerror}") from None
    if completed.returncode != 0:
        raise Usage(f"git {' '.join(args)}: {completed.stderr.strip() or 'failed'}")
    return completed.stdout


def default_revision(root: Path) -> str:
    """The merge base with the default branch (origin's HEAD, main or master), else HEAD."""
    for branch in ("origin/HEAD", "origin/main", "origin/master", "main", "master"):
        try:
            base = _git(root, "merge-base", "HEAD", branch).strip()
        except Usage:
            continue
        if base and base != _git(root, "rev-parse", "HEAD").strip():
            return base
    return "HEAD"


def desk_at(root: Path, revision: str, target: Path) -> Path:
    """Write the desk as it was at `revision` into `target` (records and settings only). A
    desk that did not exist at `revision` is an empty one: everything in it was added."""
    prefix = repository_top(root).prefix
    # Paths from the top of the repository, whatever folder of it the desk is.
    names = _git(
        root, "ls-tree", "-r", "--full-tree", "--name-only", revision, "--",
        f"{prefix}{CLAIMS_DIR}", f"{prefix}{SOURCES_DIR}", f"{prefix}{SETTINGS_FILE}",
    ).splitlines()  # fmt: skip
    target.mkdir(parents=True, exist_ok=True)
    for name in names:
        data = subprocess.run(
            ["git", "-C", str(root), "show", f"{revision}:{name}"], capture_output=True, check=True
        ).stdout
        path = target / name[len(prefix) :]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    (target / CLAIMS_DIR).mkdir(exist_ok=True)
    return target


def _key(finding: Finding) -> tuple[str, str, str | None, str]:
    return (finding.rule, finding.path, finding.record, finding.message)


def diff_desk(root: Path, revision: str | None = None, today: date | None = None) -> DeskDiff:
    """Compare the desk at `revision` (default: see `default_revision`) with the working tree."""
    revision = revision or default_revision(root)
    _git(root, "rev-parse", "--verify", f"{revision}^{{commit}}")
    day = today or clock.today()
    with tempfile.TemporaryDirectory() as folder:
        old_root = desk_at(root, revision, Path(folder) / "desk")
        old_result = audit(old_root, today=day, use_cache=False)
        new_result = audit(root, today=day, use_cache=False)
        result = _compare(old_result.repo, new_result.repo)
        old_keys = {_key(f) for f in old_result.findings}
        new_keys = {_key(f) for f in new_result.findings}
        result.new_findings = [f for f in new_result.findings if _key(f) not in old_keys]
        result.resolved_findings = [f for f in old_result.findings if _key(f) not in new_keys]
    result.revision = revision
    return result


def _compare(old: Repository, new: Repository) -> DeskDiff:
    result = DeskDiff(revision="")
    sources_before, sources_after = _renamed(
        result, "source", old.sources_by_id, new.sources_by_id, _source_identity
    )
    result.sources_added = [s for i, s in sources_after.items() if i not in sources_before]
    result.sources_removed = [s for i, s in sources_before.items() if i not in sources_after]
    for source_id in sorted(set(sources_before) & set(sources_after)):
        was_source, now_source = sources_before[source_id], sources_after[source_id]
        shown = now_source.id or source_id
        result.changes += _fields("source", shown, was_source, now_source, SOURCE_FIELDS)
    # A citation of a renamed source is the same citation under the source's new id.
    moved = {r.before: r.after for r in result.renamed}
    before, after = _renamed(result, "claim", old.claims_by_id, new.claims_by_id, _claim_identity)
    result.added = [c for i, c in after.items() if i not in before]
    result.removed = [c for i, c in before.items() if i not in after]
    claim_changes: list[FieldChange] = []
    for claim_id in sorted(set(before) & set(after)):
        was, now = before[claim_id], after[claim_id]
        if was.status != now.status:
            result.statuses.append(StatusChange(claim_id, _status(was), _status(now)))
        if (was.rationale or "") != (now.rationale or ""):
            result.rationales.append(claim_id)
        claim_changes += _fields("claim", claim_id, was, now, CLAIM_FIELDS)
        old_by_source = {moved.get(c.source, c.source): c for c in was.sources}
        old_citations = {(source, c.stance.value) for source, c in old_by_source.items()}
        new_citations = {(c.source, c.stance.value) for c in now.sources}
        result.cited += [
            CitationChange(claim_id, s, st) for s, st in sorted(new_citations - old_citations)
        ]
        result.uncited += [
            CitationChange(claim_id, s, st) for s, st in sorted(old_citations - new_citations)
        ]
        for citation in now.sources:
            previous = old_by_source.get(citation.source)
            if previous is not None and previous.stance == citation.stance:
                named = f"citation {citation.source}: "
                claim_changes += _fields(
                    "claim", claim_id, previous, citation, ("excerpt", "locator"), named
                )
    result.changes = claim_changes + result.changes  # claims first, then sources
    return result


Record = TypeVar("Record", Claim, Source)


def _renamed(
    result: DeskDiff,
    kind: str,
    before: dict[str, Record],
    after: dict[str, Record],
    identity: Callable[[Record], object],
) -> tuple[dict[str, Record], dict[str, Record]]:
    """`before` and `after`, a record renamed (gone under one id, come under another, the
    same otherwise) keyed under its new id in both, and noted in `result.renamed`."""
    gone = {identity(r): i for i, r in before.items() if i not in after}
    before = dict(before)
    for new_id, record in after.items():
        if new_id in before:
            continue
        old_id = gone.pop(identity(record), None)
        if old_id is not None:
            result.renamed.append(Rename(kind, old_id, new_id))
            before[new_id] = before.pop(old_id)
    return before, after


def _claim_identity(claim: Claim) -> object:
    return (claim.statement, claim.status, claim.sources)


def _source_identity(source: Source) -> object:
    return (source.title, source.publisher, source.url, source.published)


def _fields(
    kind: str,
    record_id: str,
    was: object,
    now: object,
    names: tuple[str, ...],
    prefix: str = "",
) -> list[FieldChange]:
    """A `FieldChange` for each of `names` whose value differs between `was` and `now`,
    named after `prefix` (a citation's fields)."""
    changes = []
    for name in names:
        old_value, new_value = _shown(getattr(was, name)), _shown(getattr(now, name))
        if old_value != new_value:
            changes.append(FieldChange(kind, record_id, prefix + name, old_value, new_value))
    return changes


def _shown(value: object) -> str | None:
    """A field's value as text: a status or stance by its name, tags joined."""
    if value is None or value == ():
        return None
    if isinstance(value, tuple):
        return ", ".join(str(v) for v in value)
    return str(getattr(value, "value", value))
