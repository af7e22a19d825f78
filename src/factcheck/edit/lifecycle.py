"""Removing and renaming records, with every reference in the desk kept whole.

Each operation reads the desk, works out every file it must change (the record
itself, and each record that names it), checks the desk as it would then be with
the audit's error rules, and only then writes, as one journaled change: all of it,
or (after a crash, once the next command has run) all of it too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from factcheck.desk.findings import Severity
from factcheck.desk.model import Article, Claim, Source
from factcheck.desk.repository import Repository
from factcheck.edit.journal import Step, apply, writer_lock
from factcheck.edit.paths import require_slug
from factcheck.edit.validate import CLAIM_ERROR_RULES, Written, refusal
from factcheck.edit.yamlio import Edit
from factcheck.errors import Refused, Usage
from factcheck.load.files import FileResult, claim_from_text, parse_article, source_from_text
from factcheck.load.repository import load_repository
from factcheck.suggest import no_such
from factcheck.text.clean import quoted


def _text(repo: Repository, rel: str) -> str:
    return (repo.root / rel).read_text(encoding="utf-8-sig")


def _readable(repo: Repository, rel: str) -> Edit:
    """The record at `rel` for editing; refused while the file has errors of its own."""
    problems = [f for f in repo.load_findings if f.path == rel and f.severity is Severity.ERROR]
    if problems:
        raise Refused(problems)  # fix the file first: nothing is written
    return Edit.of(_text(repo, rel))


def _result(rel: str, text: str) -> FileResult:
    if rel.endswith(".md"):
        return parse_article(text, rel, Path(rel).stem)
    return source_from_text(text, rel) if rel.startswith("sources/") else claim_from_text(text, rel)


def _check(repo: Repository, steps: list[Step]) -> None:
    """Refuse (nothing written) if the desk after `steps` would have an error on a file
    the steps touch."""
    from factcheck.engine.audit import run_rules

    gone = {step.path for step in steps}
    claims: list[Claim] = [c for c in repo.claims if c.path not in gone]
    sources: list[Source] = [s for s in repo.sources if s.path not in gone]
    articles: list[Article] = [a for a in repo.articles if a.path not in gone]
    errors = []
    for step in steps:
        if step.text is None:
            continue
        result = _result(step.path, step.text)
        errors += [f for f in result.findings if f.severity is Severity.ERROR]
        claims += result.claims
        sources += result.sources
        articles += result.articles
    trial = Repository(repo.root, repo.settings, claims, sources, articles, [])
    touched = {step.path for step in steps if step.text is not None}
    errors += [
        f
        for f in run_rules(trial, select=CLAIM_ERROR_RULES)
        if f.path in touched and f.severity is Severity.ERROR
    ]
    if errors:
        raise Refused(errors)


def _require(repo: Repository, kind: str, record_id: str, index: dict[str, Any]) -> Any:
    record = index.get(record_id)
    if record is None:  # nothing to act on: a bad argument (2), as for `show`, not a refusal
        raise Usage(no_such(kind, record_id, index))
    return record


def _new_id(new: str, kind: str, taken: Iterable[str]) -> None:
    require_slug(new, kind)
    if new in set(taken):
        raise Refused([refusal(f"{kind} id {quoted(new)} is already used")])


def remove_claim(root: Path, claim_id: str) -> Written:
    """Delete a claim's file (nothing else names a claim)."""
    with writer_lock(root):
        repo = load_repository(root)
        claim = _require(repo, "claim", claim_id, repo.claims_by_id)
        apply(root, [Step(claim.path, None)], f"remove claim {claim_id}")
    return Written(claim.path, claim_id, "removed")


def _citing(repo: Repository, source_id: str) -> list[Claim]:
    return [claim for claim, _ in repo.claims_citing(source_id)]


def _unique(claims: Iterable[Claim]) -> list[Claim]:
    seen: dict[str, Claim] = {}
    for claim in claims:
        seen.setdefault(claim.path, claim)
    return list(seen.values())


def remove_source(root: Path, source_id: str, *, uncite: bool = False) -> Written:
    """Delete a source; a cited one (or another's `origin`) is refused, naming who names it,
    unless `uncite`, which removes those citations and origin lines in the same change."""
    with writer_lock(root):
        repo = load_repository(root)
        source = _require(repo, "source", source_id, repo.sources_by_id)
        _refuse_unreadable_naming(repo, source_id, "remove it")
        citing = _unique(_citing(repo, source_id))
        copies = [s for s in repo.sources if s.origin == source_id]
        if (citing or copies) and not uncite:
            named = ", ".join(quoted(c.id) for c in citing) or "no claim"
            origin = (
                f"; sources {', '.join(quoted(s.id) for s in copies)} name it as origin"
                if copies
                else ""
            )
            raise Refused(
                [refusal(f"source {quoted(source_id)} is cited by {named}{origin}; "
                         "remove it with --uncite to take those references out too")]
            )  # fmt: skip
        steps = [Step(source.path, None)]
        for claim in citing:
            edit = _readable(repo, claim.path)
            entries = edit.document.get("sources") or []
            for index in reversed(range(len(entries))):
                if _cited_id(entries[index]) == source_id:
                    del entries[index]
            if not entries:
                del edit.document["sources"]
            steps.append(Step(claim.path, edit.text()))
        for copy in copies:
            edit = _readable(repo, copy.path)
            del edit.document["origin"]
            steps.append(Step(copy.path, edit.text()))
        _check(repo, steps)
        apply(root, steps, f"remove source {source_id}")
    notes = tuple(f"uncited from claim {quoted(c.id)} ({c.path})" for c in citing)
    return Written(source.path, source_id, "removed", notes=notes)


def _refuse_unreadable_naming(repo: Repository, source_id: str, doing: str) -> None:
    """Refuse when a claim or source file that cannot be read names `source_id`: the
    change could not update it, and once mended it would name a source that is gone."""
    naming = re.compile(rf"(?<![\w.-]){re.escape(source_id)}(?![\w.-])")
    broken = sorted(
        {
            f.path
            for f in repo.load_findings
            if f.rule == "yaml-syntax" and f.path.endswith((".yaml", ".yml"))
        }
    )
    named = [path for path in broken if naming.search(_raw_text(repo.root / path))]
    if named:
        raise Refused(
            [refusal(f"{path} cannot be read and names source {quoted(source_id)}: fix its "
                     f"YAML first (`factcheck audit` shows where), then {doing} again")
             for path in named]
        )  # fmt: skip


def _raw_text(path: Path) -> str:
    """A file's text whatever its encoding (what cannot be decoded is replaced)."""
    try:
        return path.read_bytes().decode("utf-8", "replace")
    except OSError:
        return ""


def _cited_id(entry: Any) -> Any:
    return entry.get("source") if isinstance(entry, dict) else entry


def _renamed_path(path: str, old: str, new: str) -> str:
    folder, _, name = path.rpartition("/")
    if name in (f"{old}.yaml", f"{old}.yml"):
        name = new + name[len(old) :]
    return f"{folder}/{name}" if folder else name


def _moved_record(repo: Repository, path: str, old: str, new: str) -> tuple[str, list[Step]]:
    """The steps that give the record at `path` the id `new`: its text under its new name,
    and its old file gone."""
    edit = _readable(repo, path)
    edit.document["id"] = new
    target = _renamed_path(path, old, new)
    steps = [Step(target, edit.text())]
    if target != path:
        steps.append(Step(path, None))
    return target, steps


def rename_claim(root: Path, old: str, new: str) -> Written:
    """Give a claim a new id: its `id` field and its file name change together."""
    with writer_lock(root):
        repo = load_repository(root)
        claim = _require(repo, "claim", old, repo.claims_by_id)
        _new_id(new, "claim", repo.claims_by_id)
        target, steps = _moved_record(repo, claim.path, old, new)
        _check(repo, steps)
        apply(root, steps, f"rename claim {old} to {new}")
    return Written(target, new, f"renamed from {old}")


def rename_source(root: Path, old: str, new: str) -> Written:
    """Give a source a new id: its file, and every citation and `origin` that names it."""
    with writer_lock(root):
        repo = load_repository(root)
        source = _require(repo, "source", old, repo.sources_by_id)
        _new_id(new, "source", repo.sources_by_id)
        _refuse_unreadable_naming(repo, old, "rename it")
        target, steps = _moved_record(repo, source.path, old, new)
        for claim in _unique(_citing(repo, old)):
            claim_edit = _readable(repo, claim.path)
            entries = claim_edit.document.get("sources") or []
            for index, entry in enumerate(entries):
                if isinstance(entry, dict) and entry.get("source") == old:
                    entry["source"] = new
                elif entry == old:
                    entries[index] = new
            steps.append(Step(claim.path, claim_edit.text()))
        for copy in (s for s in repo.sources if s.origin == old and s is not source):
            copy_edit = _readable(repo, copy.path)
            copy_edit.document["origin"] = new
            steps.append(Step(copy.path, copy_edit.text()))
        _check(repo, steps)
        apply(root, steps, f"rename source {old} to {new}")
    return Written(target, new, f"renamed from {old} ({len(steps) - 2} records updated)")


_FRONT_ID = re.compile(r"^(id:[ \t]*)(['\"]?)([a-z0-9-]+)\2([ \t]*(?:#.*)?)$", re.MULTILINE)


def rename_article(root: Path, old: str, new: str) -> Written:
    """Give an article a new id: its front matter, every claim's `article`, and its folder
    when the folder is named after it (the claims in it move along)."""
    with writer_lock(root):
        repo = load_repository(root)
        article = _require(repo, "article", old, repo.articles_by_id)
        _new_id(new, "article", repo.articles_by_id)
        text = _text(repo, article.path)
        front_end = text.find("\n---", 3)
        match = _FRONT_ID.search(text, 0, front_end if front_end > 0 else len(text))
        if match is None or match.group(3) != old:
            raise Refused(
                [refusal(f"cannot find `id: {old}` in the front matter of {article.path}")]
            )
        renamed = text[: match.start(3)] + new + text[match.end(3) :]
        folder = article.path.rpartition("/")[0]
        move = folder.rpartition("/")[2] == old
        new_folder = f"{folder.rpartition('/')[0]}/{new}" if move else folder

        def moved(path: str) -> str:
            return (
                new_folder + path[len(folder) :] if move and path.startswith(folder + "/") else path
            )

        steps = [Step(moved(article.path), renamed)]
        updated: dict[str, str] = {}
        for claim in repo.claims_in(old):
            edit = _readable(repo, claim.path)
            edit.document["article"] = new
            updated[claim.path] = edit.text()
        if move:  # every file of the folder moves; a claim of another article keeps its text
            for path in sorted(p for p in _files_under(repo.root, folder) if p != article.path):
                steps.append(Step(moved(path), updated.pop(path, None) or _text(repo, path)))
        steps += [Step(path, text) for path, text in updated.items()]
        if move:
            steps += [Step(path, None) for path in _files_under(repo.root, folder)]
        _check(repo, steps)
        apply(root, steps, f"rename article {old} to {new}")
    return Written(moved(article.path), new, f"renamed from {old}")


def _files_under(root: Path, folder: str) -> list[str]:
    return sorted(
        p.relative_to(root).as_posix()
        for p in (root / folder).rglob("*")
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(root).parts)
    )


def replace_text(root: Path, kind: str, record_id: str, text: str) -> Written:
    """Write an editor's new text for a claim or source, if it passes the audit's checks
    (the file is left alone if not)."""
    from factcheck.edit.validate import checked
    from factcheck.writing import replace_file

    with writer_lock(root):
        repo = load_repository(root)
        index = repo.claims_by_id if kind == "claim" else repo.sources_by_id
        record = _require(repo, kind, record_id, index)
        _, findings = checked(repo, _result(record.path, text), record.path)
        replace_file(root / record.path, text)
    return Written(record.path, record_id, "edited", findings)
