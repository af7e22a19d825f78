"""What a claim's evidence is worth: independent publishers, reliability, one story told twice.

Shared by `single-source`, `weak-support` and the reports: a supporting source
counts toward independence only when it is not rated below the desk's
`min_reliability`, and sources that republish one story (`origin`) count once, as
the story's first publisher.
"""

from __future__ import annotations

from factcheck.desk.model import Claim, Source, Stance, below
from factcheck.desk.repository import Repository
from factcheck.text.fold import squash


def story_of(repo: Repository, source: Source) -> Source:
    """The source whose story `source` tells: itself, or the end of its `origin` chain."""
    seen = {id(source)}
    while source.origin is not None:
        first = repo.sources_by_id.get(source.origin)
        if first is None or id(first) in seen:
            break  # a dangling or circular origin: unknown-source reports the first
        seen.add(id(first))
        source = first
    return source


def supporting_sources(repo: Repository, claim: Claim) -> list[Source]:
    """The existing sources `claim` cites as supporting it."""
    return [
        source
        for citation, source in repo.sources_of(claim)
        if citation.stance is Stance.SUPPORTS and source is not None
    ]


def independent_publishers(repo: Repository, claim: Claim) -> list[str]:
    """The distinct publishers (as first written) of the stories that support `claim`,
    leaving out sources rated below `min_reliability`."""
    minimum = repo.settings.min_reliability
    seen: dict[str, str] = {}
    for source in supporting_sources(repo, claim):
        if below(source.reliability, minimum):
            continue
        story = story_of(repo, source)
        publisher = story.publisher or source.publisher
        if publisher:
            seen.setdefault(squash(publisher), publisher)
    return list(seen.values())
