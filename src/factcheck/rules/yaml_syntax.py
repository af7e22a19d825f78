"""A file is not valid YAML or not valid UTF-8, or an article's front matter is broken.

Every file is read on its own, so one broken file never hides the findings of
the others. Keys given twice, YAML tags (`!!python/…`), anchors and aliases are
refused here too: records are plain data.

Fails:

    id: release-123
    statement: "Belarus released 123 prisoners
    status: confirmed

(the quoted statement is never closed)

Passes:

    id: release-123
    statement: "Belarus released 123 prisoners"
    status: confirmed
"""

from __future__ import annotations

from factcheck.desk.findings import Severity
from factcheck.rules.base import Rule, load_findings_of

RULE = Rule("yaml-syntax", Severity.ERROR, __doc__ or "", load_findings_of("yaml-syntax"))
