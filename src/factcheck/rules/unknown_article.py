"""A claim names an article that does not exist.

Fails:

    id: release-123
    article: belarus-prisoners        # no article has this id

Passes:

    article: belarus-prisoner-release-2025   # claims/belarus-prisoner-release-2025/article.md says `id: belarus-prisoner-release-2025`
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.desk.findings import Finding, Severity
from factcheck.rules.base import CLAIMS_AND_ARTICLES, Context, Rule, at
from factcheck.suggest import nearest, phrase
from factcheck.text.clean import quoted

ID = "unknown-article"
SEVERITY = Severity.ERROR


def check(ctx: Context) -> Iterator[Finding]:
    """Every claim whose `article` is not a loaded article's id."""
    known = list(ctx.repo.articles_by_id)
    stranded = {id(c) for claims in ctx.repo.stranded_claims().values() for c in claims}
    for claim in ctx.repo.claims:
        if claim.article is None or claim.article in ctx.repo.articles_by_id:
            continue
        if id(claim) in stranded:
            continue  # its article could not be read: folded into that file's error
        near = nearest(claim.article, known)
        yield at(
            ID,
            SEVERITY,
            f"names article {quoted(claim.article)} which does not exist{phrase(near)}",
            claim,
            "article",
            near[0] if near else None,
        )


RULE = Rule(ID, SEVERITY, __doc__ or "", check, reads=CLAIMS_AND_ARTICLES)
