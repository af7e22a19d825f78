"""Two sources have the same URL once normalised, or the same publisher and nearly the same title.

URLs are compared after normalising: http and https, host case and `www.`,
trailing slash, fragment, and tracking parameters (`utm_*`, `fbclid`, …) do not
count. Titles are compared with `duplicate_threshold` (default 90 of 100).

Fails:

    # sources/reuters-a.yaml
    url: https://www.reuters.com/world/belarus-123/
    # sources/reuters-b.yaml
    url: https://reuters.com/world/belarus-123?utm_source=twitter

Passes: the two URLs lead to different pages, and the titles differ.
"""

from __future__ import annotations

from collections.abc import Iterator

from rapidfuzz import fuzz, process

from factcheck.desk.findings import Finding, Severity
from factcheck.desk.model import Source
from factcheck.rules.base import SOURCES, Context, Rule, at
from factcheck.text.clean import quoted
from factcheck.text.fold import fold_text, squash
from factcheck.text.numbers import number_set
from factcheck.text.urls import normalize_url

ID = "duplicate-source"
SEVERITY = Severity.WARNING


def check(ctx: Context) -> Iterator[Finding]:
    """Report each source that repeats an earlier one, naming the earlier one."""
    by_url: dict[str, Source] = {}
    by_publisher: dict[str, tuple[list[Source], list[str]]] = {}
    threshold = ctx.settings.duplicate_threshold
    for source in ctx.repo.sources:
        reported = False
        for field_name in ("url", "archived_url"):
            url = getattr(source, field_name)
            if not url:
                continue
            first = by_url.setdefault(normalize_url(url), source)
            if first is not source and not reported:
                reported = True
                yield at(
                    ID,
                    SEVERITY,
                    f"has the same address as source {quoted(first.id)} ({first.path}); keep one of them",
                    source,
                    field_name,
                    first.id,
                )
        if reported or not source.publisher or not source.title:
            continue
        peers, titles = by_publisher.setdefault(squash(source.publisher), ([], []))
        title = fold_text(source.title)
        # rapidfuzz compares against the publisher's earlier titles in one C loop.
        for _, score, index in process.extract(
            title, titles, scorer=fuzz.ratio, score_cutoff=threshold, limit=None
        ):
            peer = peers[index]
            if number_set(source.title) == number_set(peer.title or ""):
                yield at(
                    ID,
                    SEVERITY,
                    f"has the same publisher and nearly the same title as source {quoted(peer.id)} "
                    f"({peer.path}, similarity {score:.0f}); keep one of them",
                    source,
                    "title",
                    peer.id,
                )
                break
        peers.append(source)
        titles.append(title)


RULE = Rule(ID, SEVERITY, __doc__ or "", check, reads=SOURCES)
