"""What the cache keeps of each file read, in a few hundred rows rather than one per file.

A cached load reads what every file held. One row per file meant 155,000 rows on a
desk of 100,000 claims, and a query step, a decoding call and a dictionary entry for
each: more than half of the second it took to read them. Files now go to the bucket
their path hashes to (`BUCKETS` of them), one row each; a load that reads files
afresh rewrites the buckets they fall in. Each file's entry carries when the run that
read it began, since its bucket may be rewritten later, for another file: whether a
file's stamp had settled when it was read is a matter of its own entry.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from factcheck.cache import Store, stable_hash
from factcheck.loading import FileResult

ROWS = "files"
"""The cache's rows: bucket → `Bucket`."""
BUCKETS = 256
"""Buckets of files: about 600 files each on a desk of 155,000, one rewritten per file
changed (a few milliseconds to encode)."""

FileRow = tuple[str, tuple[int, ...], int, FileResult]
"""What the cache keeps of a file read: its kind, its stamp, when the run that read it
began, and what was read."""
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
