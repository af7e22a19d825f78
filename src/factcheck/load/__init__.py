"""Files → records: read every file of a repository into records and located findings."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import msgspec

from factcheck.load.discover import FileKind, RepoFile, discover, find_root
from factcheck.load.files import FileResult, load_article, load_claim, load_source
from factcheck.parallel import cores, in_chunks


def load_file(file: RepoFile) -> FileResult:
    """Read one repository file according to its kind; never raises for bad content."""
    if file.kind is FileKind.CLAIM:
        return load_claim(file.location, file.rel)  # a string: no Path per record
    if file.kind is FileKind.SOURCE:
        return load_source(file.location, file.rel)
    return load_article(file.path, file.rel)


PARALLEL_FROM = 4000
"""Below this many files, worker processes cost more than they save."""
CHUNK = 256


def _load_range(files: Sequence[RepoFile], start: int, end: int) -> list[bytes | FileResult]:
    """In a worker: each file's result as MessagePack, which the parent decodes in a sixth
    of the time pickle takes (the parent decodes every result, one after the other); as
    itself, pickled, should MessagePack not hold it."""
    packed: list[bytes | FileResult] = []
    for file in files[start:end]:
        result = load_file(file)
        try:
            packed.append(_ENCODE(result))
        except (UnicodeEncodeError, OverflowError, TypeError, ValueError):
            packed.append(result)
    return packed


def _unpacked(item: bytes | FileResult, file: RepoFile) -> FileResult:
    """A worker's result for `file`; read again here should it not decode as one (a
    value of a shape its record type does not declare), rather than fail the run."""
    if not isinstance(item, bytes):
        return item
    try:
        return _DECODE(item)
    except (msgspec.DecodeError, msgspec.ValidationError):
        return load_file(file)


_ENCODE = msgspec.msgpack.Encoder().encode
_DECODE = msgspec.msgpack.Decoder(FileResult).decode


def load_files(
    files: Sequence[RepoFile],
    progress: Callable[[int, int], None] | None = None,
    *,
    workers: int | None = None,
    parallel_from: int = PARALLEL_FROM,
) -> list[FileResult]:
    """Read `files` in order, on every core when there are many of them."""
    results: list[FileResult] = []
    forked = cores(workers, len(files), parallel_from)
    if not forked:
        for done, file in enumerate(files, start=1):
            results.append(load_file(file))
            if progress is not None:
                progress(done, len(files))
        return results
    for start, end, chunk in in_chunks(files, len(files), CHUNK, _load_range, forked):
        results.extend(map(_unpacked, chunk, files[start:end]))
        if progress is not None:
            progress(len(results), len(files))
    return results


__all__ = [
    "FileKind",
    "FileResult",
    "RepoFile",
    "discover",
    "find_root",
    "load_file",
    "load_files",
]
