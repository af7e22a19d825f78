"""The "did you mean" ids of many unknown ones at once, kept between runs.

Comparing one unknown id with 50,000 source ids takes rapidfuzz milliseconds; a large
desk with 500 dangling citations would spend seconds on its suggestions in every run.
The suggestions depend only on the unknown id and the known ids in their order, so
they are kept in the run's memo under a version made of that list.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from factcheck import suggest
from factcheck.rules.base import Context


def nearest_known(
    ctx: Context, entry: str, names: Iterable[str], known: list[str], limit: int = 3
) -> dict[str, list[str]]:
    """Each of `names` → its nearest ids in `known` (as `suggest.nearest` gives them),
    kept in the memo `entry` for as long as `known` and the way of choosing do not change."""
    wanted = list(dict.fromkeys(names))
    if not wanted:
        return {}
    listed = f"{suggest.POLICY}\0{limit}\0" + "\0".join(known)
    version = hashlib.blake2b(listed.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
    # Not `whole`: a rule updated by difference asks only for the names of the records a
    # change touched, and the next change may touch the others.
    found = ctx.memo.each(
        entry,
        version,
        wanted,
        list[str],
        lambda name: suggest.nearest(name, known, limit),
        whole=False,
    )
    return dict(zip(wanted, found, strict=True))
