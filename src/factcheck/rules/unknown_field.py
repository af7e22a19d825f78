"""A record has a field the record format does not define (the nearest known field is suggested).

Usually a typo: `sorces:` instead of `sources:` silently drops the evidence.

Fails:

    id: release-123
    statement: Belarus released 123 prisoners.
    status: confirmed
    sorces: [reuters-belarus-releases-123]

Passes:

    id: release-123
    statement: Belarus released 123 prisoners.
    status: confirmed
    sources: [reuters-belarus-releases-123]
"""

from __future__ import annotations

from factcheck.desk.findings import Severity
from factcheck.rules.base import Rule, load_findings_of

RULE = Rule("unknown-field", Severity.WARNING, __doc__ or "", load_findings_of("unknown-field"))
