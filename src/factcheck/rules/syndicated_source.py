"""Two sources of different publishers look like one story, and neither names the other as `origin`.

A wire story run by two outlets is one piece of evidence, not two: the copy
should say `origin: ID` of the story it republishes, so that the two count once
toward `min_independent_sources`. They look like one story when their titles are
nearly the same (`duplicate_threshold`) and they were published the same day (or
a date is missing), or when the desk cites the same excerpt from both.

Fails:

    # sources/courier-storm.yaml
    title: Storm leaves 4,200 homes without power
    publisher: Coast Courier
    published: 2026-03-10
    # sources/herald-storm.yaml
    title: Storm leaves 4,200 homes without power
    publisher: Bay Herald
    published: 2026-03-10

Passes: the Herald's copy says `origin: courier-storm`, or its title and date differ.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations

from factcheck.desk.findings import Finding, Severity
from factcheck.desk.model import Source
from factcheck.desk.repository import Repository
from factcheck.rules.base import SOURCES, Context, Rule, at
from factcheck.rules.evidence import story_of
from factcheck.text.clean import quoted
from factcheck.text.fold import fold_text, squash
from factcheck.text.similar import similar_pairs

ID = "syndicated-source"
SEVERITY = Severity.INFO
MIN_EXCERPT = 40
"""Characters an excerpt needs before two sources sharing it are one story."""


def _one_story(repo: Repository, first: Source, second: Source) -> bool:
    """Whether the desk already knows the two tell one story, or they are one publisher's."""
    if squash(first.publisher or "") == squash(second.publisher or ""):
        return True  # duplicate-source's case, not this one
    return story_of(repo, first) is story_of(repo, second)


def _shared_excerpts(repo: Repository) -> Iterator[tuple[Source, Source]]:
    by_excerpt: dict[str, list[Source]] = {}
    for claim in repo.claims:
        for citation in claim.sources:
            source = repo.sources_by_id.get(citation.source)
            excerpt = fold_text(citation.excerpt or "")
            if source is not None and len(excerpt) >= MIN_EXCERPT:
                sources = by_excerpt.setdefault(excerpt, [])
                if source not in sources:
                    sources.append(source)
    for sources in by_excerpt.values():
        yield from combinations(sources, 2)


def _cited_excerpts(ctx: Context) -> list[tuple[str, str]]:
    """What the rule reads of the claims: the excerpts they cite, in order."""
    claims = ctx.repo.claims
    return [(c.source, c.excerpt) for claim in claims for c in claim.sources if c.excerpt]


def check(ctx: Context) -> Iterator[Finding]:
    """Pairs of sources that look like one story told by two publishers."""
    repo = ctx.repo
    sources = [s for s in repo.sources if s.id and s.title and s.publisher]
    reported: set[tuple[int, int]] = set()
    pairs: list[tuple[Source, Source, str]] = []
    titles = [fold_text(s.title or "") for s in sources]
    for i, j, score in similar_pairs(titles, ctx.settings.duplicate_threshold):
        first, second = sources[i], sources[j]
        if first.published and second.published and first.published != second.published:
            continue
        day = " the same day" if first.published else ""
        pairs.append((first, second, f"nearly the same title (similarity {score:.0f}){day}"))
    for first, second in _shared_excerpts(repo):
        pairs.append((first, second, "the same excerpt cited from both"))
    for first, second, why in pairs:
        key = (id(first), id(second)) if id(first) < id(second) else (id(second), id(first))
        if key in reported or _one_story(repo, first, second):
            continue
        reported.add(key)
        # The later one (or the second in file order) is the copy that should name its origin.
        original, copy = (first, second)
        if original.published and copy.published and copy.published < original.published:
            original, copy = copy, original
        yield at(
            ID,
            SEVERITY,
            f"looks like the same story as source {quoted(original.id)} ({original.publisher}): "
            f"{why}; if it republishes it, add `origin: {original.id}`, so that the two count once",
            copy,
            "title",
            f"origin: {original.id}",
        )


RULE = Rule(ID, SEVERITY, __doc__ or "", check, reads=SOURCES, also_reads=_cited_excerpts)
