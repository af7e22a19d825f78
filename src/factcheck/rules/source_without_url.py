"""A source has neither `url` nor `archived_url`.

A reader cannot check a source they cannot find. Do not invent a link: when
there is none, leave the finding (it is only informational).

Fails:

    id: reuters-belarus-releases-123
    title: Belarus releases 123 prisoners
    publisher: Reuters

Passes:

    url: https://www.reuters.com/world/europe/belarus-releases-123-prisoners-2025-12-13/
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.desk.findings import Finding, Severity
from factcheck.rules.base import SOURCES, Context, Rule, at, one_record

ID = "source-without-url"
SEVERITY = Severity.INFO


def check(ctx: Context) -> Iterator[Finding]:
    """Sources with no address at all."""
    for source in ctx.repo.sources:
        if not source.url and not source.archived_url:
            yield at(
                ID,
                SEVERITY,
                "the source has no url or archived_url: add where a reader can find it",
                source,
                "id",
            )


RULE = Rule(ID, SEVERITY, __doc__ or "", check, reads=SOURCES, updates=one_record)
