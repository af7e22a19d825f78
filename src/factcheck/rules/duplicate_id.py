"""Two claims, two sources or two articles share an id.

Ids are how records point at each other; a shared id makes every citation of it
ambiguous. Each record that shares the id gets a finding naming the others.

Fails: `claims/a/release.yaml` and `claims/b/release.yaml` both say `id: release-123`.

Passes: the second is renamed `id: release-123-followup` (and its file with it).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence

from factcheck.desk.findings import Finding, Severity
from factcheck.desk.model import Article, Claim, Source
from factcheck.desk.repository import Changes, Repository
from factcheck.rules.base import EVERY_RECORD, Context, Rule, at
from factcheck.text.clean import quoted

ID = "duplicate-id"
SEVERITY = Severity.ERROR


def check(ctx: Context) -> Iterator[Finding]:
    """Group each kind of record by id and report every group of more than one."""
    kinds: tuple[tuple[str, Sequence[Claim | Source | Article]], ...] = (
        ("claim", ctx.repo.claims),
        ("source", ctx.repo.sources),
        ("article", ctx.repo.articles),
    )
    for kind, records in kinds:
        by_id: dict[str, list[Claim | Source | Article]] = defaultdict(list)
        for record in records:
            if record.id is not None:
                by_id[record.id].append(record)
        for record_id, group in by_id.items():
            if len(group) < 2:
                continue
            for record in group:
                others = ", ".join(other.path for other in group if other is not record)
                yield at(
                    ID,
                    SEVERITY,
                    f"{kind} id {quoted(record_id)} is also used by {others}; give each {kind} its own id",
                    record,
                    "id",
                )


def _sharing_ids(repo: Repository, changes: Changes) -> set[str]:
    """The records a change may alter the findings on: those changed, and every record
    that has an id one of them had or has (its group of namesakes may have changed)."""
    ids = {record.id for record in changes.records() if record.id is not None}
    paths = {record.path for record in changes.records()}
    for records in (repo.claims, repo.sources, repo.articles):
        paths.update(record.path for record in records if record.id in ids)
    return paths


RULE = Rule(ID, SEVERITY, __doc__ or "", check, reads=EVERY_RECORD, updates=_sharing_ids)
