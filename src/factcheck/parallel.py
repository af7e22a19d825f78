"""Work shared out over worker processes forked from this one: the one way factcheck
runs anything in parallel.

Processes are forked (where the platform can) just after the data they work on is
set aside here, so that they inherit it without copying: nothing travels to a
worker but the bounds of its chunk, and only results travel back. Where the
platform cannot fork, or there is one core or little work, everything runs in
this process: the results are the same either way.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.pool
import os
from collections.abc import Callable, Iterator
from typing import Any, Generic, TypeVar

Shared = TypeVar("Shared")
Result = TypeVar("Result")

_FORKED: tuple[Any, Callable[..., Any]] | None = None
"""What the workers about to be forked work on, and the work: set just before they fork."""


def forking() -> bool:
    """True where worker processes can be forked (and so inherit data without copying)."""
    return "fork" in multiprocessing.get_all_start_methods()


def cores(workers: int | None, count: int, parallel_from: int) -> int:
    """How many worker processes to fork for `count` items (all cores unless `workers`
    says); 0 to work in this process: one core, fewer items than `parallel_from`, or a
    platform that cannot fork."""
    workers = workers if workers is not None else (os.cpu_count() or 1)
    return workers if workers >= 2 and count >= parallel_from and forking() else 0


def in_chunks(
    shared: Shared,
    count: int,
    size: int,
    work: Callable[[Shared, int, int], Result],
    workers: int,
) -> Iterator[tuple[int, int, Result]]:
    """(start, end, `work(shared, start, end)`) for each chunk of `size` of `count` items,
    in order, from `workers` processes forked over `shared`."""
    global _FORKED
    bounds = [(i, min(i + size, count)) for i in range(0, count, size)]
    _FORKED = (shared, work)
    try:
        with _pool(workers) as pool:
            for (start, end), result in zip(bounds, pool.imap(_chunk, bounds), strict=True):
                yield start, end, result
    finally:
        _FORKED = None


def _chunk(bounds: tuple[int, int]) -> Any:
    """In a worker: the work of one chunk, on what it inherited."""
    assert _FORKED is not None
    shared, work = _FORKED
    return work(shared, *bounds)


class Beside(Generic[Result]):
    """Work running in one forked process while this one goes on; `get` waits for it."""

    def __init__(self, work: Callable[[], Result]) -> None:
        global _FORKED
        _FORKED = (None, lambda _shared: work())
        try:
            self._pool = _pool(1)
            self._pending = self._pool.apply_async(_whole)
        finally:
            _FORKED = None

    def get(self) -> Result:
        """The work's result (its exception, raised here, if it failed)."""
        try:
            result: Result = self._pending.get()
            return result
        finally:
            self._pool.terminate()


def _whole() -> Any:
    assert _FORKED is not None
    shared, work = _FORKED
    return work(shared)


def _pool(workers: int) -> multiprocessing.pool.Pool:
    """A pool of `workers` processes (forked where the platform allows: no re-import)."""
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    return context.Pool(workers)
