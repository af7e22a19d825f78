"""A claim's `quote` does not occur in its article.

The quote must be the article's words exactly; case, curly quotes, dashes and
spacing do not count, but every word and number does. The nearest passage of the
article is shown with what differs (quote → article).

Fails:

    quote: On December 13, 2025, 12 prisoners were released
    # the article says "123 prisoners"

Passes:

    quote: On December 13, 2025, 123 prisoners were released from Belarusian custody.
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.desk.findings import Finding, Severity
from factcheck.rules.article_findings import article_rule
from factcheck.rules.base import Context, at
from factcheck.text.clean import quoted
from factcheck.text.quotes import nearest_passage

ID = "quote-not-found"
SEVERITY = Severity.WARNING


def check(ctx: Context) -> Iterator[Finding]:
    """Claims whose quote was not located in their article's text."""
    for analysis in ctx.analyses:
        article = analysis.article
        for claim in ctx.repo.claims_in(article.id or ""):
            if not claim.quote or analysis.quote_found.get(str(claim.id), True):
                continue
            nearest = nearest_passage(claim.quote, article.body)
            if nearest is None:
                hint = "; copy the article's words exactly"
            else:
                line, _ = analysis.position(nearest.start)
                shown = nearest.text if len(nearest.text) <= 160 else nearest.text[:157] + "…"
                differs = (
                    f" (quote → article: {'; '.join(nearest.differences)})"
                    if nearest.differences
                    else ""
                )
                hint = f"; nearest passage, line {line}: {quoted(shown)}{differs}"
            yield at(
                ID,
                SEVERITY,
                f"the quote does not occur in article {quoted(article.id)}{hint}",
                claim,
                "quote",
                nearest.text if nearest else None,
            )


RULE = article_rule(ID, SEVERITY, __doc__ or "", check)
