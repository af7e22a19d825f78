"""A citation, or a source's `origin`, names no existing source (the closest ids are suggested).

Fails:

    id: release-123
    statement: Belarus released 123 prisoners.
    status: confirmed
    sources: [reuters-belarus-123]   # no source has this id

Passes:

    sources: [reuters-belarus-releases-123]   # sources/reuters-belarus-releases-123.yaml exists
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.desk.findings import Finding, Severity
from factcheck.desk.model import Source
from factcheck.desk.repository import Changes, Repository
from factcheck.rules.base import CLAIMS_AND_SOURCES, Context, Rule, at
from factcheck.rules.nearest import nearest_known
from factcheck.suggest import phrase
from factcheck.text.clean import quoted

ID = "unknown-source"
SEVERITY = Severity.ERROR


def check(ctx: Context) -> Iterator[Finding]:
    """Every citation whose source id is not a loaded source."""
    known = ctx.repo.sources_by_id
    cited = [
        (claim, c) for claim in ctx.repo.claims for c in claim.sources if c.source not in known
    ]
    origins = [s for s in ctx.repo.sources if s.origin is not None and s.origin not in known]
    suggestions = nearest_known(
        ctx,
        "nearest-sources",
        [c.source for _, c in cited] + [s.origin or "" for s in origins],
        list(known),
    )
    for claim, citation in cited:
        near = suggestions[citation.source]
        position = citation.position or claim.position_of("sources")
        yield Finding(
            rule=ID,
            severity=SEVERITY,
            message=f"cites source {quoted(citation.source)} which does not exist{phrase(near)}",
            path=claim.path,
            line=position.line if position else None,
            column=position.column if position else None,
            record=claim.id,
            suggestion=near[0] if near else None,
        )
    for source in origins:
        near = suggestions[source.origin or ""]
        yield at(
            ID,
            SEVERITY,
            f"names origin {quoted(source.origin)}, a source which does not exist{phrase(near)}",
            source,
            "origin",
            near[0] if near else None,
        )


def _naming_changed(repo: Repository, changes: Changes) -> set[str]:
    """The records a change may alter the findings on: those changed, the claims citing
    and the sources retelling a source changed, and, when any source changed, every
    record naming a source that does not exist (its suggestions are picked among the
    sources' ids, in their order)."""
    paths = {record.path for record in changes.records()}
    changed = [record for record in changes.records() if isinstance(record, Source)]
    if not changed:
        return paths
    ids = {source.id for source in changed if source.id is not None}
    for source_id in ids:
        paths.update(claim.path for claim, _ in repo.claims_citing(source_id))
    known = repo.sources_by_id
    paths.update(
        claim.path for claim in repo.claims if any(c.source not in known for c in claim.sources)
    )
    paths.update(
        source.path
        for source in repo.sources
        if source.origin is not None and (source.origin in ids or source.origin not in known)
    )
    return paths


RULE = Rule(ID, SEVERITY, __doc__ or "", check, reads=CLAIMS_AND_SOURCES, updates=_naming_changed)
