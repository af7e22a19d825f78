"""A date is in the future, a source was accessed before it was published, or a claim was reviewed before a source it cites was published.

Such dates are almost always typos (2052 for 2025, month and day swapped).

Fails:

    published: 2025-12-13
    accessed: 2025-12-03      # read ten days before it appeared

Passes:

    published: 2025-12-13
    accessed: 2025-12-14
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from factcheck.desk.findings import Finding, Severity
from factcheck.desk.model import Article, Claim, Source
from factcheck.rules.base import EVERY_RECORD, Context, Rule, at, one_record
from factcheck.text.clean import quoted

ID = "date-order"
SEVERITY = Severity.WARNING


def _future(
    record: Claim | Source | Article, name: str, value: date | None, today: date
) -> Iterator[Finding]:
    if value is not None and value > today:
        yield at(
            ID,
            SEVERITY,
            f"{name} {value.isoformat()} is in the future (today is {today.isoformat()})",
            record,
            name,
        )


def check(ctx: Context) -> Iterator[Finding]:
    """Future dates everywhere, and the two orderings the record format implies."""
    today = ctx.today
    for source in ctx.repo.sources:
        yield from _future(source, "published", source.published, today)
        yield from _future(source, "accessed", source.accessed, today)
        if source.published and source.accessed and source.accessed < source.published:
            yield at(
                ID,
                SEVERITY,
                f"accessed {source.accessed.isoformat()} is before published "
                f"{source.published.isoformat()}",
                source,
                "accessed",
            )
    for article in ctx.repo.articles:
        yield from _future(article, "published", article.published, today)
    for claim in ctx.repo.claims:
        yield from _future(claim, "reviewed_on", claim.reviewed_on, today)
        if claim.reviewed_on is None:
            continue
        for citation, cited in ctx.repo.sources_of(claim):
            if cited and cited.published and claim.reviewed_on < cited.published:
                yield at(
                    ID,
                    SEVERITY,
                    f"reviewed_on {claim.reviewed_on.isoformat()} is before source "
                    f"{quoted(citation.source)} was published ({cited.published.isoformat()})",
                    claim,
                    "reviewed_on",
                )


RULE = Rule(ID, SEVERITY, __doc__ or "", check, reads=EVERY_RECORD, updates=one_record)
