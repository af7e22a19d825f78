"""Files → records: read every file of a repository into records and located findings."""

from __future__ import annotations

from factcheck.loading.discover import FileKind, RepoFile, discover, find_root
from factcheck.loading.files import FileResult, load_article, load_claim, load_source


def load_file(file: RepoFile) -> FileResult:
    """Read one repository file according to its kind; never raises for bad content."""
    if file.kind is FileKind.CLAIM:
        return load_claim(file.path, file.rel)
    if file.kind is FileKind.SOURCE:
        return load_source(file.path, file.rel)
    return load_article(file.path, file.rel)


__all__ = ["FileKind", "FileResult", "RepoFile", "discover", "find_root", "load_file"]
