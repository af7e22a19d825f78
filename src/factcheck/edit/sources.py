"""Editors' operations on sources: add one, refusing a URL the desk already has."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ruamel.yaml.comments import CommentedMap

from factcheck import clock
from factcheck.edit.journal import writer_lock
from factcheck.edit.paths import relative, require_slug, source_folder, unique_id
from factcheck.edit.validate import Written, checked, refusal
from factcheck.edit.yamlio import clean_input, dump_document, plain_date, safe_scalar
from factcheck.errors import Refused
from factcheck.interop.jsonschema import modeline
from factcheck.load.files import source_from_text
from factcheck.load.repository import load_repository
from factcheck.text.clean import quoted
from factcheck.text.slug import slugify
from factcheck.text.urls import normalize_url
from factcheck.writing import create_new


@dataclass(frozen=True)
class SourceDraft:
    """What an editor gives for a new source."""

    title: str
    publisher: str
    id: str | None = None
    url: str | None = None
    archived_url: str | None = None
    published: date | None = None
    accessed: date | None = None
    kind: str | None = None
    reliability: str | None = None
    origin: str | None = None
    notes: str | None = None


def add_source(root: Path, draft: SourceDraft, today: date | None = None) -> Written:
    """Write a new source record; never overwrites one, never duplicates a URL."""
    with writer_lock(root):
        repo = load_repository(root)
        if draft.id is not None:
            require_slug(draft.id, "source")
        folder = source_folder(repo)
        taken = set(repo.sources_by_id)
        if draft.id is not None and draft.id in taken:
            other = repo.sources_by_id[draft.id]
            raise Refused(
                [refusal(f"source id {quoted(draft.id)} is already used by {other.path}")]
            )
        for url in (draft.url, draft.archived_url):
            if not url:
                continue
            key = normalize_url(url)
            for source in repo.sources:
                if key in {normalize_url(u) for u in (source.url, source.archived_url) if u}:
                    raise Refused(
                        [
                            refusal(
                                f"source {quoted(source.id)} ({source.path}) already has this URL; cite it instead"
                            )
                        ]
                    )
        source_id = draft.id or unique_id(
            slugify(f"{draft.publisher} {draft.title}"), taken, folder
        )
        document = CommentedMap()
        document["id"] = source_id
        document["title"] = safe_scalar(clean_input(draft.title))
        document["publisher"] = safe_scalar(clean_input(draft.publisher))
        if draft.url:
            document["url"] = safe_scalar(clean_input(draft.url))
        if draft.archived_url:
            document["archived_url"] = safe_scalar(clean_input(draft.archived_url))
        if draft.published:
            document["published"] = plain_date(draft.published)
        document["accessed"] = plain_date(draft.accessed or today or clock.today())
        if draft.kind:
            document["kind"] = draft.kind
        if draft.reliability:
            document["reliability"] = draft.reliability
        if draft.origin:
            document["origin"] = draft.origin
        if draft.notes:
            document["notes"] = safe_scalar(clean_input(draft.notes))
        path = folder / f"{source_id}.yaml"
        text = (modeline(root, path, "source") or "") + dump_document(document)
        rel = relative(repo, path)
        _, findings = checked(repo, source_from_text(text, rel), rel, new=True)
        create_new(path, text)
    return Written(rel, source_id, "added", findings)
