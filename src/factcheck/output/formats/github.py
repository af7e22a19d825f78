"""GitHub Actions workflow commands: one annotation per finding.

Article text must not forge an annotation: data is escaped as the runner
expects (`%`, CR and LF; and `:` and `,` inside properties).
"""

from __future__ import annotations

from typing import TextIO

from factcheck.desk.findings import Finding, Severity
from factcheck.engine.audit import AuditResult
from factcheck.load.discover import RepositoryTop
from factcheck.text.clean import visible

_COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    """Escape a command's message."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a command's property value."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(finding: Finding, prefix: str = "") -> str:
    """`::error file=PATH,line=N,col=M,title=RULE::MESSAGE`, PATH being the finding's path
    after `prefix` (the desk's folder in its repository: `desk/`)."""
    properties = [f"file={escape_property(visible(prefix) + finding.path)}"]
    if finding.line is not None:
        properties.append(f"line={finding.line}")
        if finding.column is not None:
            properties.append(f"col={finding.column}")
    properties.append(f"title={escape_property(finding.rule)}")
    message = finding.message
    if finding.suggestion:
        message += f" (suggestion: {finding.suggestion})"
    return f"::{_COMMANDS[finding.severity]} {','.join(properties)}::{escape_data(message)}"


def render_github(result: AuditResult, stream: TextIO, top: RepositoryTop) -> None:
    """`factcheck audit --format github`: paths from `top.folder`, where GitHub looks."""
    for finding in result.findings:
        stream.write(annotation(finding, top.prefix) + "\n")
