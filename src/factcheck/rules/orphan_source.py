"""No claim cites a source.

Not an error: a source may be filed before the claim that will use it. But an
orphan is often a citation that went missing or a misspelled id.

Fails: `sources/un-human-rights-belarus.yaml` exists and no claim lists it.

Passes: some claim has `sources: [un-human-rights-belarus]`.
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.findings import Finding, Severity
from factcheck.loading.discover import FileKind
from factcheck.rules.base import Context, Rule, at

ID = "orphan-source"
SEVERITY = Severity.INFO


def check(ctx: Context) -> Iterator[Finding]:
    """Sources no citation names."""
    for source in ctx.repo.sources:
        if source.id is not None and not ctx.repo.claims_citing(source.id):
            yield at(ID, SEVERITY, "no claim cites this source", source, "id")


RULE = Rule(ID, SEVERITY, __doc__ or "", check, reads=frozenset({FileKind.CLAIM, FileKind.SOURCE}))
