"""Where records live: paths built only from validated ids, always inside the repository."""

from __future__ import annotations

from pathlib import Path

from factcheck.desk.model import SLUG_MAX_LENGTH, is_slug
from factcheck.desk.repository import Repository
from factcheck.edit.validate import refusal
from factcheck.errors import Refused
from factcheck.load.discover import CLAIMS_DIR, SOURCES_DIR
from factcheck.text.clean import quoted
from factcheck.text.slug import slugify


def require_slug(record_id: str, what: str) -> str:
    """`record_id` if it is a valid id; refused before it can become a path."""
    if is_slug(record_id):
        return record_id
    suggestion = slugify(record_id) or None
    hint = f", e.g. {quoted(suggestion)}" if suggestion else ""
    raise Refused(
        [
            refusal(
                f"{quoted(record_id)} is not a valid {what} id: use lower-case ASCII letters, digits and "
                f"single hyphens, at most {SLUG_MAX_LENGTH} characters{hint}"
            )
        ]
    )


def unique_id(
    base: str, taken: set[str], folder: Path, *, kind: str = "claim", name: str = "{}.yaml"
) -> str:
    """`base`, or `base-2`, `base-3`… : the first not used by a record or a file (the
    `name` the id gives, in `folder`); `kind` when `base` is empty. A long base is cut at
    a word, leaving room for the number."""
    base = slugify(base, SLUG_MAX_LENGTH - 4) or kind
    candidate, number = base, 1
    while candidate in taken or (folder / name.format(candidate)).exists():
        number += 1
        candidate = f"{base}-{number}"
    return candidate


def claim_folder(repo: Repository, article_id: str | None) -> Path:
    """The folder of the claim's article, else `claims/` itself."""
    folder = repo.root / CLAIMS_DIR
    if article_id and article_id in repo.articles_by_id:
        folder = (repo.root / repo.articles_by_id[article_id].path).parent
    return _inside(folder, repo.root / CLAIMS_DIR)


ARTICLE_FILE = "article.md"
"""An article's file in its folder, `claims/<article id>/`, beside its claims."""


def article_path(repo: Repository, article_id: str) -> Path:
    """Where a new article goes: `claims/<id>/article.md` (`id` a valid slug)."""
    folder = repo.root / CLAIMS_DIR / require_slug(article_id, "article")
    return _inside(folder, repo.root / CLAIMS_DIR) / ARTICLE_FILE


def source_folder(repo: Repository) -> Path:
    """`sources/`."""
    return repo.root / SOURCES_DIR


def _inside(path: Path, top: Path) -> Path:
    resolved, top_resolved = path.resolve(), top.resolve()
    if resolved != top_resolved and top_resolved not in resolved.parents:
        raise Refused([refusal(f"{path} is outside {top}; nothing was written")])
    return path


def relative(repo: Repository, path: Path) -> str:
    """`path` relative to the root, `/`-separated, as findings name files."""
    return path.relative_to(repo.root).as_posix()
