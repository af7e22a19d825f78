"""Editors' operations on claims: add, set the status, cite a source, replace after an edit.

Each operation takes the repository's write lock, reads the repository afresh,
builds the new text, checks it as the audit would, and only then writes
(a new file exclusively, a changed one atomically).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from ruamel.yaml.comments import CommentedMap

from factcheck import clock
from factcheck.desk.findings import Finding, Severity
from factcheck.desk.model import CLAIM_FIELDS, Claim, Stance, Status
from factcheck.desk.repository import Repository
from factcheck.edit.journal import writer_lock
from factcheck.edit.paths import claim_folder, relative, require_slug, unique_id
from factcheck.edit.validate import Written, checked, refusal
from factcheck.edit.yamlio import (
    Edit,
    clean_input,
    dump_document,
    flow_seq,
    plain_date,
    safe_scalar,
    seq,
)
from factcheck.errors import Refused, Usage
from factcheck.interop.jsonschema import modeline
from factcheck.load.files import claim_from_text
from factcheck.load.repository import load_repository
from factcheck.suggest import folded, hint, no_such
from factcheck.text.clean import quoted
from factcheck.text.slug import short_id
from factcheck.writing import create_new, replace_file

FIELD_ORDER = [spec.name for spec in CLAIM_FIELDS]


@dataclass(frozen=True)
class CitationDraft:
    """A citation to add: a source id and its stance, excerpt and locator."""

    source: str
    stance: Stance | None = Stance.SUPPORTS
    """None: keep the stance a citation has (`supports` for a new one)."""
    excerpt: str | None = None
    locator: str | None = None

    @classmethod
    def parse(cls, text: str) -> CitationDraft:
        """`ID` or `ID:stance`, as `--source` takes it; a bad stance is a bad option value
        (Usage), as it is for `claim list --source`, not a refused record."""
        source, _, stance = text.partition(":")
        stances = [s.value for s in Stance]
        named = folded(stance or "supports", stances)
        if named is None:
            raise Usage(  # as `claim list --source` says it
                f"unknown stance {quoted(stance)} in --source {quoted(text)}"
                + hint(stance, stances, listed=True)
            )
        return cls(source.strip(), Stance(named))


@dataclass(frozen=True)
class ClaimDraft:
    """What an editor gives for a new claim."""

    statement: str
    status: Status
    id: str | None = None
    article: str | None = None
    quote: str | None = None
    sources: tuple[CitationDraft, ...] = ()
    rationale: str | None = None
    reviewed_by: str | None = None
    tags: tuple[str, ...] = ()
    reviewed_on: date | None = None
    """When the status was set."""


def citation_node(citation: CitationDraft) -> Any:
    """A bare id for a plain supporting citation, else a mapping."""
    stance = citation.stance or Stance.SUPPORTS
    if stance is Stance.SUPPORTS and not citation.excerpt and not citation.locator:
        return citation.source
    node = CommentedMap()
    node["source"] = citation.source
    node["stance"] = stance.value
    if citation.excerpt:
        node["excerpt"] = safe_scalar(clean_input(citation.excerpt))
    if citation.locator:
        node["locator"] = safe_scalar(clean_input(citation.locator))
    return node


def claim_document(draft: ClaimDraft, claim_id: str, today: date | None) -> CommentedMap:
    """The new claim as a YAML mapping, fields in the format's order; a reviewer without a
    review date is dated `today` (None: left undated, as an imported review that has none)."""
    document = CommentedMap()
    document["id"] = claim_id
    document["statement"] = safe_scalar(clean_input(draft.statement))
    document["status"] = draft.status.value
    if draft.article:
        document["article"] = draft.article
    if draft.quote:
        document["quote"] = safe_scalar(clean_input(draft.quote))
    if draft.sources:
        document["sources"] = seq([citation_node(c) for c in draft.sources])
    if draft.rationale:
        document["rationale"] = safe_scalar(clean_input(draft.rationale))
    if draft.reviewed_by:
        document["reviewed_by"] = safe_scalar(clean_input(draft.reviewed_by))
    reviewed_on = draft.reviewed_on or (today if draft.reviewed_by else None)
    if reviewed_on:
        document["reviewed_on"] = plain_date(reviewed_on)
    if draft.tags:
        document["tags"] = flow_seq(
            [safe_scalar(clean_input(tag), flow=True) for tag in draft.tags]
        )
    return document


def add_claim(root: Path, draft: ClaimDraft, today: date | None = None) -> Written:
    """Write a new claim record; never overwrites one."""
    today = today or clock.today()
    with writer_lock(root):
        repo = load_repository(root)
        if draft.id is not None:
            require_slug(draft.id, "claim")
        if draft.article is not None:
            require_slug(draft.article, "article")
        for citation in draft.sources:
            require_slug(citation.source, "source")
        folder = claim_folder(repo, draft.article)
        taken = set(repo.claims_by_id)
        if draft.id is not None and draft.id in taken:
            other = repo.claims_by_id[draft.id]
            raise Refused([refusal(f"claim id {quoted(draft.id)} is already used by {other.path}")])
        claim_id = draft.id or unique_id(short_id(draft.statement), taken, folder)
        path = folder / f"{claim_id}.yaml"
        text = dump_document(claim_document(draft, claim_id, today))
        text = (modeline(root, path, "claim") or "") + text
        rel = relative(repo, path)
        _, findings = checked(repo, claim_from_text(text, rel), rel, new=True)
        create_new(path, text)
    return Written(rel, claim_id, "added", findings)


def _claim_file(repo: Repository, claim_id: str) -> tuple[Claim, Path]:
    claim = repo.claims_by_id.get(claim_id)
    if claim is None:  # nothing to act on: a bad argument (2), as for `claim show`
        raise Usage(no_such("claim", claim_id, repo.claims_by_id))
    return claim, repo.root / claim.path


def _readable_document(repo: Repository, claim: Claim, path: Path) -> Edit:
    problems = [
        f for f in repo.load_findings if f.path == claim.path and f.severity is Severity.ERROR
    ]
    if problems:
        raise Refused(problems)  # fix the file by hand (or `claim edit`) first
    return Edit.of(path.read_text(encoding="utf-8-sig"))


def set_field(document: CommentedMap, name: str, value: Any) -> None:
    """Set `name`, keeping an existing key where it is and putting a new one in format order."""
    if name in document:
        document[name] = value
        return
    order = FIELD_ORDER.index(name) if name in FIELD_ORDER else len(FIELD_ORDER)
    position = len(document)
    for index, key in enumerate(document):
        if key in FIELD_ORDER and FIELD_ORDER.index(key) > order:
            position = index
            break
    document.insert(position, name, value)


def _rewrite(repo: Repository, claim: Claim, path: Path, edit: Edit) -> tuple[Finding, ...]:
    """Replace the claim's file with the edited text, if it passes; the audit's findings."""
    text = edit.text()
    _, findings = checked(repo, claim_from_text(text, claim.path), claim.path)
    replace_file(path, text)
    return findings


def set_status(
    root: Path,
    claim_id: str,
    status: Status,
    *,
    rationale: str,
    reviewed_by: str,
    today: date | None = None,
) -> Written:
    """Change a claim's verdict: who set it, why, and `reviewed_on` today (a verdict
    credited to the previous reviewer, for the previous reason, would misstate both)."""
    with writer_lock(root):
        repo = load_repository(root)
        claim, path = _claim_file(repo, claim_id)
        edit = _readable_document(repo, claim, path)
        document = edit.document
        set_field(document, "status", status.value)
        set_field(document, "rationale", safe_scalar(clean_input(rationale)))
        set_field(document, "reviewed_by", safe_scalar(clean_input(reviewed_by)))
        set_field(document, "reviewed_on", plain_date(today or clock.today()))
        findings = _rewrite(repo, claim, path, edit)
    return Written(claim.path, claim_id, f"status set to {status.value}", findings)


def cite(root: Path, claim_id: str, citation: CitationDraft) -> Written:
    """Add a citation to a claim, or update the one it already has of that source."""
    with writer_lock(root):
        repo = load_repository(root)
        require_slug(citation.source, "source")
        claim, path = _claim_file(repo, claim_id)
        edit = _readable_document(repo, claim, path)
        sources = edit.document.get("sources")
        if sources is None:
            sources = seq([])
            set_field(edit.document, "sources", sources)
        action = "citation added"
        for index, entry in enumerate(sources):
            named = entry.get("source") if isinstance(entry, dict) else entry
            if named != citation.source:
                continue
            changed = _update_citation(sources, index, citation)
            action = "citation updated" if changed else "citation unchanged"
            break
        else:
            sources.append(citation_node(citation))
        findings: tuple[Finding, ...] = ()
        if action != "citation unchanged":
            findings = _rewrite(repo, claim, path, edit)
    return Written(claim.path, claim_id, action, findings)


def _update_citation(sources: Any, index: int, citation: CitationDraft) -> bool:
    """Set on citation `index` only the fields `citation` gives; the others (a stance
    not named, an excerpt, comments) stay as they were. True when anything changed."""
    entry = sources[index]
    given = {
        "stance": citation.stance.value if citation.stance else None,
        "excerpt": clean_input(citation.excerpt) if citation.excerpt is not None else None,
        "locator": clean_input(citation.locator) if citation.locator is not None else None,
    }
    wanted: dict[str, str] = {key: value for key, value in given.items() if value is not None}
    if not isinstance(entry, dict):  # a bare id: a citation that supports
        if wanted.keys() <= {"stance"} and wanted.get("stance", "supports") == "supports":
            return False
        mapping = CommentedMap()
        mapping["source"] = entry
        mapping["stance"] = wanted.pop("stance", "supports")
        for key, value in wanted.items():
            mapping[key] = safe_scalar(value)
        # `- ministry  # press office`: the comment follows the id to its new line, not
        # left alone after a dash (where ruamel would write it)
        comment = sources.ca.items.pop(index, None)
        if comment and comment[0] is not None:
            mapping.ca.items["source"] = [None, None, comment[0], None]
        sources[index] = mapping
        return True
    changed = False
    for key, value in wanted.items():
        if entry.get(key) != value:
            entry[key] = value if key == "stance" else safe_scalar(value)
            changed = True
    return changed
