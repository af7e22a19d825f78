"""What the cache keeps of each file read, in a few hundred rows rather than one per file.

A cached load reads what every file held. One row per file would be 155,000 rows on
a desk of 100,000 claims, and a query step, a decoding call and a dictionary entry for
each; so files go to the bucket their path hashes to (`BUCKETS` of them), one row
each, and a load that reads files afresh rewrites the buckets they fall in. Each file's entry carries when the run that
read it began, since its bucket may be rewritten later, for another file: whether a
file's stamp had settled when it was read is a matter of its own entry.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import msgspec

from factcheck.desk.findings import Finding
from factcheck.desk.repository import Changes, Repository
from factcheck.incremental.store import Store, settled, stable_hash
from factcheck.lifetime import outlive
from factcheck.load import FileResult, RepoFile, discover, load_files
from factcheck.load.repository import Progress
from factcheck.load.settings import load_settings

ROWS = "files"
"""The cache's rows: bucket → `Bucket`."""
BUCKETS = 256
"""Buckets of files: about 600 files each on a desk of 155,000, one rewritten per file
changed (a few milliseconds to encode)."""


class FileRow(msgspec.Struct, array_like=True, frozen=True):
    """What the cache keeps of a file read."""

    kind: str
    stamp: tuple[int, ...]
    read_at: int
    """When the run that read it began."""
    result: FileResult


Bucket = dict[str, FileRow]
"""The files of one bucket: path → `FileRow`."""


def bucket_of(rel: str) -> str:
    """The bucket of the file at `rel` (the same in every process: not Python's hash)."""
    return f"{stable_hash(rel) % BUCKETS:03d}"


@dataclass(frozen=True)
class KeptFiles:
    """The files' rows as one moment left them."""

    rows: dict[str, FileRow]
    """Path → what was kept of the file."""
    buckets: dict[str, Bucket]
    """The buckets that decoded."""
    unreadable: list[str]
    """The keys of the rows that did not decode (what they held is unknown)."""
    generation: str | None
    """The rows' generation (`Store.generation`), None when unknown."""


def read_kept(store: Store) -> KeptFiles:
    """The files' rows and their generation, read in one snapshot; the generation is
    unknown when some row did not decode (what changed against it is unknown too)."""
    with store.snapshot() as consistent:
        read: dict[str, tuple[int, Bucket]] = store.read_rows(ROWS, Bucket)
        buckets = {key: bucket for key, (_, bucket) in read.items()}
        generation = store.generation(ROWS)
        unreadable = [key for key in store.row_keys(ROWS) if key not in buckets]
    rows = {rel: row for bucket in buckets.values() for rel, row in bucket.items()}
    known = generation if consistent and not unreadable else None
    return KeptFiles(rows, buckets, unreadable, known)


def write_kept(
    store: Store, kept: KeptFiles, fresh: Mapping[str, FileRow], gone: list[str]
) -> str | None:
    """Rewrite the buckets of the files read afresh (`fresh`) and of the files `gone`,
    forget the rows that did not decode, and give the rows a new generation: the new
    token, or None when the rows changed since `kept` was read (see `Store.advance_rows`)."""
    changed = {bucket_of(rel) for rel in (*fresh, *gone)}
    buckets = {key: dict(kept.buckets.get(key, {})) for key in changed}
    for rel, row in fresh.items():
        buckets[bucket_of(rel)][rel] = row
    for rel in gone:
        buckets[bucket_of(rel)].pop(rel, None)
    empty = [key for key, bucket in buckets.items() if not bucket]
    written = {key: bucket for key, bucket in buckets.items() if bucket}
    unreadable = [key for key in kept.unreadable if key not in written]  # else replaced
    return store.advance_rows(ROWS, written, [*empty, *unreadable], kept.generation)


def _cached_load(
    files: list[RepoFile], progress: Progress | None, store: Store, keep_from: int = 0
) -> tuple[list[FileResult], Changes]:
    """Every file's records: from the cache for a file whose stamp is unchanged (and was
    settled when it was read), read afresh otherwise. Only the rows of files read
    afresh, and of files gone, are written, and only when there are `keep_from` of them
    or more, or the rows were unknown: else the rows stay as they were, and no
    generation follows this load. With them, what changed against the rows."""
    kept = read_kept(store)
    results: list[FileResult | None] = []
    missing: list[int] = []
    with_rows = 0  # files that have a row: when every row has its file, no file is gone
    for index, file in enumerate(files):
        row = kept.rows.get(file.rel)
        if row is not None:
            with_rows += 1
            kind, stamp, read_at, result = row.kind, row.stamp, row.read_at, row.result
            # The kind is a str enum: equal to its text (`.value` costs a look-up per file).
            if stamp == file.stamp and kind == file.kind and settled(stamp, read_at):
                results.append(result)
                continue
        results.append(None)
        missing.append(index)
    fresh = load_files([files[i] for i in missing], progress)
    for index, result in zip(missing, fresh, strict=True):
        results[index] = result
    gone: list[str] = []
    if with_rows < len(kept.rows):  # (a set of 155,000 paths for nothing, else)
        present = {file.rel for file in files}
        gone = [rel for rel in kept.rows if rel not in present]
    after = kept.generation
    if (missing or gone) and len(missing) + len(gone) < keep_from and after is not None:
        after = None  # the rows stay at their generation; this load is ahead of them
    elif missing or gone or kept.unreadable:
        rows = {
            files[i].rel: FileRow(files[i].kind.value, files[i].stamp, store.started, result)
            for i, result in zip(missing, fresh, strict=True)
        }
        after = write_kept(store, kept, rows, gone)
    replaced = [kept.rows[files[i].rel].result for i in missing if files[i].rel in kept.rows]
    removed = (*replaced, *(kept.rows[rel].result for rel in gone))
    changes = Changes(kept.generation, after, removed, tuple(fresh))
    return [result for result in results if result is not None], changes


def load_cached(
    root: Path,
    store: Store,
    progress: Progress | None = None,
    *,
    found: tuple[list[RepoFile], list[Finding]] | None = None,
    keep_from: int = 0,
) -> Repository:
    """`load_repository` with the cache: a file whose stamp is unchanged is taken from
    the cache's rows instead of being read again; the files read afresh are kept there
    too when there are `keep_from` of them or more (`check` reads a few changed files
    afresh each time rather than move the rows on from where the last audit left them,
    which would make the next audit run whole the rules it updates). The repository's
    `changes` say what was read afresh against the rows."""
    root = root.resolve()
    settings, settings_findings = load_settings(root)
    files, skipped = found if found is not None else discover(root)
    results, changes = _cached_load(files, progress, store, keep_from)
    repo = Repository.from_results(root, settings, results, [*settings_findings, *skipped])
    repo.changes = changes
    outlive(repo, files)  # freed with the process, if it ends with the command
    return repo
