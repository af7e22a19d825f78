"""Find the repository root and the record and article files inside it, safely.

Hidden files and folders are skipped. Symbolic links are never a way out of the
repository: a linked file is read only when its target lies inside the root, and
linked folders are not followed (no loops); each skip is reported.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from enum import Enum
from operator import attrgetter
from pathlib import Path
from typing import NamedTuple

from factcheck.desk.findings import Finding, Severity
from factcheck.text.clean import visible

SETTINGS_FILE = "factcheck.yaml"
CLAIMS_DIR = "claims"
SOURCES_DIR = "sources"
RECORD_SUFFIXES = (".yaml", ".yml")
ARTICLE_SUFFIXES = (".md",)


class FileKind(str, Enum):
    """What a file in the repository holds."""

    CLAIM = "claim"
    SOURCE = "source"
    ARTICLE = "article"


Stamp = tuple[int, int, int, int, int]
"""(size, modification time ns, status-change time ns, inode, device), as git's index keeps
them: restoring a file's modification time (`touch -r`, `rsync -t`, an unpacked archive)
still changes its status-change time, and a file replaced by another changes its inode."""


@dataclass(frozen=True)
class RepoFile:
    """A file to read: its kind, its path on disk and its path relative to the root."""

    kind: FileKind
    location: str
    """Its path on disk, as a string: a Path for each of 100,000 files costs more than
    the system calls that find them, and most files are then taken from the cache."""
    rel: str
    stamp: Stamp = (0, 0, 0, 0, 0)
    """What git's index keeps of a file: a file whose stamp is unchanged need not be read again."""

    @property
    def path(self) -> Path:
        """Its path on disk."""
        return Path(self.location)


def find_root(start: Path) -> Path | None:
    """The nearest of `start` and its parents that holds `factcheck.yaml` or `claims/`."""
    current = start.resolve()
    for folder in (current, *current.parents):
        if (folder / SETTINGS_FILE).is_file() or (folder / CLAIMS_DIR).is_dir():
            return folder
    return None


class RepositoryTop(NamedTuple):
    """Where a desk stands in its git repository."""

    folder: Path
    """The top level of the git work tree that holds the desk; the desk's folder where
    there is none."""
    prefix: str
    """The desk's path from `folder`, "/"-separated and ending in "/" (`desk/`); "" when the
    desk is `folder`."""


def repository_top(root: Path) -> RepositoryTop:
    """Where `root` stands in its git repository, found as git finds its top level but
    without running git: the nearest of `root` and its parents with a `.git` file (a linked
    worktree's or a submodule's) or a `.git` folder holding `HEAD`."""
    desk = root.resolve()
    for folder in (desk, *desk.parents):
        git = folder / ".git"
        if git.is_file() or (git / "HEAD").is_file():
            rel = desk.relative_to(folder).as_posix()
            return RepositoryTop(folder, "" if rel == "." else rel + "/")
    return RepositoryTop(desk, "")


def _skipped(rel: str, message: str) -> Finding:
    return Finding("skipped-path", Severity.WARNING, message, visible(rel))


def discover(root: Path) -> tuple[list[RepoFile], list[Finding]]:
    """Every claim, source and article file under `root`, in a stable order, and the skips.

    Paths are handled as strings here: pathlib objects cost more than the system
    calls on a desk of 150,000 files.
    """
    root = root.resolve()
    base = str(root) + os.sep
    files: list[RepoFile] = []
    skipped: list[Finding] = []
    for folder_name, record_kind in ((CLAIMS_DIR, FileKind.CLAIM), (SOURCES_DIR, FileKind.SOURCE)):
        top = root / folder_name
        if top.is_symlink():
            skipped.append(
                _skipped(folder_name, "the folder is a symbolic link; it is not followed")
            )
            continue
        if not top.is_dir():
            continue
        _walk(str(top), base, record_kind, files, skipped)
    # In a stable order, whatever order the folders list their entries in.
    files.sort(key=_REL)
    skipped.sort(key=_SKIP_ORDER)
    return files, skipped


_REL = attrgetter("rel")
_SKIP_ORDER = attrgetter("path", "message")


def _relative(path: str, base: str) -> str:
    rel = path[len(base) :]
    return rel if os.sep == "/" else rel.replace(os.sep, "/")


def _walk(
    top: str, base: str, kind: FileKind, files: list[RepoFile], skipped: list[Finding]
) -> None:
    """Add to `files` those under `top` with a record suffix (as `kind`) or, under
    claims/, an article suffix; hidden names and linked folders skipped. os.scandir
    gives each entry's name and type without a system call: one `stat` per file."""
    suffixes = (*RECORD_SUFFIXES, *ARTICLE_SUFFIXES)
    articles_too = kind is FileKind.CLAIM
    pending = [top]
    while pending:
        folder = pending.pop()
        try:
            with os.scandir(folder) as listing:
                entries = list(listing)
        except OSError as error:
            skipped.append(
                _skipped(_relative(folder, base), f"cannot read the folder: {error.strerror}")
            )
            continue
        for entry in entries:
            name = entry.name
            if name.startswith("."):
                continue
            if entry.is_dir(follow_symlinks=False):
                pending.append(entry.path)
                continue
            if entry.is_symlink() and os.path.isdir(entry.path):
                rel = _relative(entry.path, base)
                skipped.append(_skipped(rel, "the folder is a symbolic link; it is not followed"))
                continue
            lowered = name.lower()
            if not lowered.endswith(suffixes):
                continue
            stamp = _readable(entry, base, skipped)
            if stamp is None:
                continue
            if lowered.endswith(RECORD_SUFFIXES):
                found = kind
            elif articles_too:
                found = FileKind.ARTICLE
            else:
                continue  # an article's suffix among the sources: not a file of ours
            path = entry.path
            files.append(RepoFile(found, path, visible(_relative(path, base)), stamp))


def _readable(entry: os.DirEntry[str], base: str, skipped: list[Finding]) -> Stamp | None:
    """The file's stamp if it may be read, else None after saying why."""
    if entry.is_symlink():
        target = os.path.realpath(entry.path)
        if not target.startswith(base):
            skipped.append(
                _skipped(
                    _relative(entry.path, base),
                    "the file is a symbolic link to outside the repository; it was not read",
                )
            )
            return None
    try:
        info = entry.stat(follow_symlinks=True)
    except OSError as error:
        skipped.append(
            _skipped(_relative(entry.path, base), f"cannot read the file: {error.strerror}")
        )
        return None
    if not stat.S_ISREG(info.st_mode):
        skipped.append(
            _skipped(
                _relative(entry.path, base),
                "not a regular file (a pipe, device or folder); it was not read",
            )
        )
        return None
    return stamp_of(info)


def stamp_of(info: os.stat_result) -> Stamp:
    """The stamp of a file from its status (see `Stamp`)."""
    return info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino, info.st_dev
