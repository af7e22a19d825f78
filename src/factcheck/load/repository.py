"""Files → repository: every file of a desk read into one cross-linked `Repository`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from factcheck.desk.findings import Finding
from factcheck.desk.repository import Repository
from factcheck.lifetime import outlive
from factcheck.load import RepoFile, discover, load_files
from factcheck.load.settings import load_settings

Progress = Callable[[int, int], None]
"""Called with (files read, files in all) as loading goes on."""


def load_repository(
    root: Path,
    progress: Progress | None = None,
    *,
    found: tuple[list[RepoFile], list[Finding]] | None = None,
) -> Repository:
    """Read every file under `root` (or those `found`, with the paths skipped) into a
    cross-linked Repository."""
    root = root.resolve()
    settings, settings_findings = load_settings(root)
    files, skipped = found if found is not None else discover(root)
    results = load_files(files, progress)
    repo = Repository.from_results(root, settings, results, [*settings_findings, *skipped])
    outlive(repo, files)  # freed with the process, if it ends with the command
    return repo
