"""A claim's review is older than `review_max_age_days` (default 365; 0 turns it off).

Evidence moves on: a verdict reached a year ago may no longer hold. The finding
stands on `reviewed_on` and says how old the review is. A review dated before a
source it cites was published is `date-order`'s (a warning: one of the two dates
is wrong, or the review must be done again), so it is not reported twice.

Fails (on 2026-11-27, with the default):

    reviewed_on: 2023-05-02

Passes:

    reviewed_on: 2026-10-30
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.desk.findings import Finding, Severity
from factcheck.rules.base import CLAIMS, Context, Rule, at, one_record

ID = "stale-review"
SEVERITY = Severity.INFO


def check(ctx: Context) -> Iterator[Finding]:
    """Claims whose last review is older than the desk allows."""
    limit = ctx.settings.review_max_age_days
    if limit <= 0:
        return
    for claim in ctx.repo.claims:
        if claim.reviewed_on is None or claim.reviewed_on > ctx.today:
            continue  # never reviewed, or in the future (date-order's)
        age = (ctx.today - claim.reviewed_on).days
        if age > limit:
            yield at(
                ID,
                SEVERITY,
                f"was last reviewed {age} days ago ({claim.reviewed_on.isoformat()}); the desk "
                f"reviews claims every {limit} days: check its sources again and update "
                "reviewed_on",
                claim,
                "reviewed_on",
            )


RULE = Rule(ID, SEVERITY, __doc__ or "", check, reads=CLAIMS, updates=one_record)
