"""A record's id differs from its file name.

Keeping `id` and file name equal lets people find a record from its id with
nothing but `ls`. (Articles are exempt: they live as `<article>/article.md`.)

Fails: `claims/belarus/release.yaml` holds `id: release-123`.

Passes: `claims/belarus/release-123.yaml` holds `id: release-123`.
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.desk.findings import Finding, Severity
from factcheck.desk.model import Claim, Source
from factcheck.rules.base import CLAIMS_AND_SOURCES, Context, Rule, at, one_record
from factcheck.text.clean import quoted

ID = "id-mismatch"
SEVERITY = Severity.WARNING


def check(ctx: Context) -> Iterator[Finding]:
    """Claims and sources whose id is not their file's stem."""
    records: list[Claim | Source] = [*ctx.repo.claims, *ctx.repo.sources]
    for record in records:
        stem = record.path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
        if record.id is not None and record.id != stem:
            yield at(
                ID,
                SEVERITY,
                f"the id {quoted(record.id)} differs from the file name {quoted(stem)}: rename the file "
                f"to {record.id}.yaml or change the id",
                record,
                "id",
                suggestion=f"{record.id}.yaml",
            )


RULE = Rule(ID, SEVERITY, __doc__ or "", check, reads=CLAIMS_AND_SOURCES, updates=one_record)
