"""The "did you mean" ids of many unknown ones at once, kept between runs.

Comparing one unknown id with 50,000 source ids takes rapidfuzz 9 ms; a large desk
with 500 dangling citations spends seconds on its suggestions in every run. The
suggestions depend only on the unknown id and the known ids in their order, so
they are kept in the cache under that list and reused while it is unchanged (the
names of another list forgotten then).
"""

from __future__ import annotations

from collections.abc import Iterable

from factcheck.cache import fingerprint
from factcheck.rules.base import Context
from factcheck.suggest import nearest_ids

Kept = tuple[str, dict[str, list[str]]]
"""The key of the known ids, and each unknown id's suggestions among them."""


def nearest_known(
    ctx: Context, entry: str, names: Iterable[str], known: list[str], limit: int = 3
) -> dict[str, list[str]]:
    """Each of `names` → its nearest ids in `known` (as `nearest_ids` gives them), kept
    in the cache entry `entry` for as long as `known` does not change."""
    wanted = dict.fromkeys(names)
    if ctx.store is None or not wanted:
        return {name: nearest_ids(name, known, limit) for name in wanted}
    key = fingerprint(limit, known)
    cached: Kept | None = ctx.store.read(entry, Kept)
    kept = cached[1] if cached is not None and cached[0] == key else {}
    found = {
        name: kept[name] if name in kept else nearest_ids(name, known, limit) for name in wanted
    }
    if not found.keys() <= kept.keys():
        # Added to those kept, not instead of them: a rule updated by difference asks
        # only for the names of the records a change touched, and the next change may
        # touch the others (every dangling citation, when a source is added).
        ctx.store.write(entry, (key, {**kept, **found}))
    return found
