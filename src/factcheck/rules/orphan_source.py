"""No claim cites a source.

Not an error: a source may be filed before the claim that will use it. But an
orphan is often a citation that went missing or a misspelled id.

Fails: `sources/un-human-rights-belarus.yaml` exists and no claim lists it.

Passes: some claim has `sources: [un-human-rights-belarus]`.
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.desk.findings import Finding, Severity
from factcheck.desk.model import Claim
from factcheck.desk.repository import Changes, Repository
from factcheck.rules.base import CLAIMS_AND_SOURCES, Context, Rule, at

ID = "orphan-source"
SEVERITY = Severity.INFO


def check(ctx: Context) -> Iterator[Finding]:
    """Sources no citation names."""
    for source in ctx.repo.sources:
        if source.id is not None and not ctx.repo.claims_citing(source.id):
            yield at(ID, SEVERITY, "no claim cites this source", source, "id")


def _cited_or_changed(repo: Repository, changes: Changes) -> set[str]:
    """The records a change may alter the findings on: the sources changed, and every
    source with an id a changed claim cites or cited."""
    cited = {
        citation.source
        for record in changes.records()
        if isinstance(record, Claim)
        for citation in record.sources
    }
    paths = {record.path for record in changes.records()}
    paths.update(source.path for source in repo.sources if source.id in cited)
    return paths


RULE = Rule(ID, SEVERITY, __doc__ or "", check, reads=CLAIMS_AND_SOURCES, updates=_cited_or_changed)
