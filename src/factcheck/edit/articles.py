"""Editors' operations on articles: add one, front matter and an empty body, in its own folder.

An article lives as `claims/<article id>/article.md`, beside its claims (the
layout of docs/format.md): `claim add --article` puts the article's claims in
that folder, and `article rename` moves the folder with the id.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ruamel.yaml.comments import CommentedMap

from factcheck.edit.journal import writer_lock
from factcheck.edit.paths import article_path, relative, require_slug, unique_id
from factcheck.edit.validate import Written, checked, refusal
from factcheck.edit.yamlio import clean_input, dump_document, plain_date, safe_scalar
from factcheck.errors import Refused
from factcheck.load.discover import CLAIMS_DIR
from factcheck.load.files import parse_article
from factcheck.load.repository import load_repository
from factcheck.text.clean import quoted
from factcheck.text.slug import short_id
from factcheck.writing import create_new


@dataclass(frozen=True)
class ArticleDraft:
    """What an editor gives for a new article: its front matter."""

    title: str
    outlet: str
    id: str | None = None
    published: date | None = None


def article_text(draft: ArticleDraft, article_id: str) -> str:
    """The new article's file: `---`, the front matter, `---`, a blank line, no body yet."""
    front = CommentedMap()
    front["id"] = article_id
    front["title"] = safe_scalar(clean_input(draft.title))
    front["outlet"] = safe_scalar(clean_input(draft.outlet))
    if draft.published:
        front["published"] = plain_date(draft.published)
    return f"---\n{dump_document(front)}---\n\n"


def add_article(root: Path, draft: ArticleDraft) -> Written:
    """Write a new article, `claims/<id>/article.md`; never overwrites a file, never
    reuses an article's id, never puts two articles in one folder."""
    with writer_lock(root):
        repo = load_repository(root)
        taken = set(repo.articles_by_id)
        if draft.id is not None:
            require_slug(draft.id, "article")
            if draft.id in taken:
                other = repo.articles_by_id[draft.id]
                raise Refused(
                    [refusal(f"article id {quoted(draft.id)} is already used by {other.path}")]
                )
        # A made-up id takes no folder that exists: its files are someone else's.
        article_id = draft.id or unique_id(
            short_id(draft.title), taken, repo.root / CLAIMS_DIR, kind="article", name="{}"
        )
        path = article_path(repo, article_id)
        rel = relative(repo, path)
        folder = rel.rpartition("/")[0]
        for other in repo.articles:  # one article a folder: a rename moves the folder whole
            if other.path.rpartition("/")[0] == folder:
                raise Refused([refusal(f"{folder}/ already holds an article: {other.path}")])
        text = article_text(draft, article_id)
        _, warnings = checked(repo, parse_article(text, rel, path.stem), rel, new=True)
        create_new(path, text)
    return Written(rel, article_id, "added", warnings)
