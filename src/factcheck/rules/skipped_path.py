"""A file was not read: a symbolic link leading outside the repository, a linked folder, a file too large, or one that cannot be opened.

factcheck never reads outside the repository root through a link and never
follows linked folders (so a link to a parent folder cannot loop). Records are
capped at 1 MiB and articles at 8 MiB.

Fails: `sources/passwd.yaml` is a link to `/etc/passwd`.

Passes: `sources/reuters.yaml` is a regular file, or a link to another file
inside the repository.
"""

from __future__ import annotations

from factcheck.desk.findings import Severity
from factcheck.rules.base import Rule, load_findings_of

RULE = Rule("skipped-path", Severity.WARNING, __doc__ or "", load_findings_of("skipped-path"))
