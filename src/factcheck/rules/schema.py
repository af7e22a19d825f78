"""A record breaks the record format: a missing or mistyped field, an unknown status or stance, a bad id, date or URL.

The message names the field, what was found and what to write instead. Values
are read as text where text is expected (`id: 0123` stays "0123"), so YAML's
old habit of turning `no` into a boolean never changes a record silently.

Fails:

    id: Release 123
    statement: Belarus released 123 prisoners.
    status: confirmd
    reviewed_on: 2026-02-30

Passes:

    id: release-123
    statement: Belarus released 123 prisoners.
    status: confirmed
    reviewed_on: 2026-02-28
"""

from __future__ import annotations

from factcheck.desk.findings import Severity
from factcheck.rules.base import Rule, load_findings_of

RULE = Rule("schema", Severity.ERROR, __doc__ or "", load_findings_of("schema"))
