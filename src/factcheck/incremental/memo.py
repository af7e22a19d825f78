"""The memo that rules keep what they derive of many texts in (`rules.base.Memo`).

Values are kept in the cache's rows under the memo's name, a few hundred rows of
many values each (`BUCKETS`): one row per value meant a query step, a decoding
call and a dictionary entry for each of 100,000 statements. A run that asks for a
few values reads the rows they fall in; one that asks for many reads them all. A
row holds the version its values were made by (a library's, the parameters'):
values of another version are made again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from factcheck.incremental.store import Store, stable_hash

T = TypeVar("T")

BUCKETS = 256
"""Rows a memo's values are spread over (by a stable hash of their key)."""
FEW = 64
"""Keys up to this many are read row by row; more, every row of the name at once."""
Row = tuple[str, dict[str, Any]]
"""A row of the memo: the version its values were made by, and key → value."""


def _bucket(key: str) -> str:
    return f"{stable_hash(key) % BUCKETS:03d}"


class StoreMemo:
    """`rules.base.Memo` over the cache's rows."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def each(
        self,
        name: str,
        version: str,
        keys: Sequence[str],
        kind: Any,
        make: Callable[[str], T],
        *,
        whole: bool,
    ) -> list[T]:
        """`make(key)` of each of `keys`, kept values where there are (see `rules.base.Memo`)."""
        wanted = {key: _bucket(key) for key in keys}
        row_kind: Any = tuple[str, dict[str, kind]]
        rows: dict[str, dict[str, Any]] = {}
        if whole or len(wanted) > FEW:
            read: dict[str, tuple[int, Row]] = self.store.read_rows(name, row_kind)
            rows = {bucket: values for bucket, (_, (v, values)) in read.items() if v == version}
            present = set(self.store.row_keys(name)) if whole else set()
        else:
            for bucket in set(wanted.values()):
                row: tuple[int, Row] | None = self.store.read_row(name, bucket, row_kind)
                if row is not None and row[1][0] == version:
                    rows[bucket] = row[1][1]
        made: dict[str, T] = {}
        found: list[T] = []
        for key in keys:
            values = rows.get(wanted[key])
            if values is not None and key in values:
                found.append(values[key])
                continue
            if key not in made:
                made[key] = make(key)
            found.append(made[key])
        changed = {wanted[key] for key in made}
        if whole:
            # Rows holding a value no key asks for any more are rewritten without it.
            asked = set(wanted)
            changed |= {b for b, values in rows.items() if not values.keys() <= asked}
        if not changed and not whole:
            return found
        written: dict[str, tuple[str, dict[str, Any]]] = {}
        for bucket in changed:
            values = dict(rows.get(bucket, {}))
            values.update((key, value) for key, value in made.items() if wanted[key] == bucket)
            if whole:
                values = {key: value for key, value in values.items() if key in wanted}
            written[bucket] = (version, values)
        gone = sorted(present - set(wanted.values())) if whole else []
        if written or gone:
            self.store.write_rows(name, written, gone)
        return found
