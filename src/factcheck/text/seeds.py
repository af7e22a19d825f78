"""What an earlier run worked out, taken into a process's lookup table only when needed.

A lookup table (each word's weight, each text's numbers) grows as a run reads text;
a cache may keep it between runs. Decoding a kept table costs time (200,000 number
sets: 0.4-0.5 s), which a run that looks nothing up (a `check` reads no statement's
numbers) need not spend. `Seeds` holds where the kept table may be read
and takes it in on the table's first miss.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Generic, TypeVar

V = TypeVar("V")


class Seeds(Generic[V]):
    """Where the values an earlier run kept may be read, for the table that `known`
    gives and `remember` adds to (`remember` keeps the values already known)."""

    def __init__(
        self, remember: Callable[[Mapping[str, V]], None], known: Callable[[], dict[str, V]]
    ) -> None:
        self._remember = remember
        self.known = known
        self._source: Callable[[], Mapping[str, V] | None] | None = None
        self.kept: int | None = None
        """How many values the last source taken in gave (None: none taken in)."""

    def wait(self, source: Callable[[], Mapping[str, V] | None] | None) -> None:
        """Have `source` (giving what an earlier run kept, or None when nothing is kept)
        read when the table first lacks a value, or by `take`; None to stop waiting."""
        self._source = source
        self.kept = None

    @property
    def waiting(self) -> bool:
        """Whether a source waits to be read."""
        return self._source is not None

    def take(self) -> bool:
        """Take in what the waiting source gives (values already known stay as they are);
        whether a source was waiting. Called on a miss, before looking again."""
        source, self._source = self._source, None
        if source is None:
            return False
        kept = source() or {}
        self._remember(kept)
        self.kept = len(kept)
        return True
