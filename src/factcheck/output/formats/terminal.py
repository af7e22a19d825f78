"""The terminal report: findings grouped by file, severity by word and colour, a summary.

Every piece of record or article text is put in `rich.text.Text` objects, never
parsed as console markup; control characters were made visible where text entered.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import groupby
from typing import TextIO

from rich.console import Console, RenderableType
from rich.table import Table
from rich.text import Text
from rich.theme import Theme

from factcheck.desk.findings import Finding, Severity
from factcheck.engine.audit import AuditResult
from factcheck.text.clean import counted

THEME = Theme(
    {
        "severity.error": "bold red",
        "severity.warning": "yellow",
        "severity.info": "cyan",
        "path": "bold underline",
        "location": "dim",
        "rule": "dim",
        "suggestion": "green",
        "status.confirmed": "green",
        "status.unconfirmed": "yellow",
        "status.disputed": "red",
        "ok": "bold green",
        "verdict.false": "red",
        "verdict.mixed": "yellow",
        "verdict.true": "green",
        "verdict.other": "",
    }
)


def make_console(stream: TextIO, width: int | None = None) -> Console:
    """A console for untrusted text: no markup, no highlighting, no emoji codes."""
    return Console(
        file=stream,
        width=width,
        theme=THEME,
        markup=False,
        highlight=False,
        emoji=False,
        soft_wrap=False,
    )


def print_trimmed(console: Console, renderable: RenderableType) -> None:
    """Print `renderable` without the trailing spaces rich pads table cells with,
    so the output reads and pastes cleanly when piped."""
    with console.capture() as capture:
        console.print(renderable)
    lines = capture.get().split("\n")
    console.file.write("\n".join(line.rstrip(" ") for line in lines))


def render_terminal(
    result: AuditResult,
    stream: TextIO,
    *,
    width: int | None = None,
    show_suppressed: bool = False,
) -> None:
    """`factcheck audit` (the default format)."""
    console = make_console(stream, width)
    render_findings(console, result.findings)
    if show_suppressed and result.suppressed:
        console.print(Text("Silenced by factcheck-ignore comments:", style="rule"))
        console.print()
        render_findings(console, result.suppressed)
    _summary(console, result)


def render_findings(console: Console, findings: Sequence[Finding]) -> None:
    """Findings grouped by file: location, severity by word and colour, message, rule."""
    for path, group in groupby(findings, key=lambda f: f.path):
        console.print(Text(path, style="path"))
        table = Table.grid(padding=(0, 1), pad_edge=False)
        table.add_column(justify="right", style="location", no_wrap=True)
        table.add_column(no_wrap=True)
        table.add_column(ratio=1)
        for finding in group:
            where = f"{finding.line}:{finding.column or 1}" if finding.line is not None else "-"
            message = Text(finding.message)
            message.append(f"  {finding.rule}", style="rule")
            if finding.suggestion:
                message.append("\n→ ", style="suggestion")
                message.append(finding.suggestion, style="suggestion")
            severity = finding.severity.value
            table.add_row(where, Text(severity, style=f"severity.{severity}"), message)
        print_trimmed(console, table)
        console.print()


def _summary(console: Console, result: AuditResult) -> None:
    summary = result.summary()
    status = summary["status"]
    line = Text(f"{counted(summary['claims'], 'claim')} (")
    for index, name in enumerate(("confirmed", "unconfirmed", "disputed")):
        if index:
            line.append(", ")
        line.append(f"{status[name]} {name}", style=f"status.{name}")
    line.append(
        f"), {counted(summary['sources'], 'source')}, {counted(summary['articles'], 'article')}"
    )
    console.print(line)
    console.print(tally_line(summary["findings"], summary.get("suppressed", 0)))


def tally_line(counts: dict[str, int], suppressed: int = 0) -> Text:
    """ "0 errors, 16 warnings, 9 info" (and how many a comment silenced), or "No findings."."""
    if not any(counts.values()):
        tally = Text("No findings.", style="ok")
    else:
        tally = Text()
        for index, severity in enumerate(Severity):
            if index:
                tally.append(", ")
            count = counts[severity.value]
            words = f"{count} info" if severity is Severity.INFO else counted(count, severity.value)
            tally.append(words, style=f"severity.{severity.value}")
    if suppressed:
        tally.append(f" ({suppressed} suppressed)", style="rule")
    return tally
