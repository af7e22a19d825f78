"""A desk's change, for the terminal and for a pull-request comment."""

from __future__ import annotations

from typing import TextIO

from rich.text import Text

from factcheck.engine.diff import DeskDiff
from factcheck.output.formats.markdown_text import code, md
from factcheck.output.formats.terminal import make_console, render_findings


def render_diff(diff: DeskDiff, stream: TextIO) -> None:
    """`factcheck diff` in the terminal."""
    console = make_console(stream)
    console.print(Text(f"Changes to the desk since {diff.revision[:12]}", style="bold"))
    if diff.empty:
        console.print(Text("No change to claims, citations or findings.", style="ok"))
        return
    for title, lines in _sections(diff):
        console.print()
        console.print(Text(title, style="bold"))
        for line in lines:
            console.print(Text(f"  {line}"), soft_wrap=True)
    for title, findings in (
        ("New findings", diff.new_findings),
        ("Resolved findings", diff.resolved_findings),
    ):
        if findings:
            console.print()
            console.print(Text(f"{title} ({len(findings)})", style="bold"))
            render_findings(console, findings)


def _sections(diff: DeskDiff) -> list[tuple[str, list[str]]]:
    """Plain-text lines of each part of the change (record text stays text)."""
    parts = [
        (
            "Claims added",
            [
                f"+ {c.id} ({c.status.value if c.status else 'invalid'}): {c.statement}"
                for c in diff.added
            ],
        ),
        ("Claims removed", [f"- {c.id}: {c.statement}" for c in diff.removed]),
        ("Status changes", [f"{s.claim}: {s.before} → {s.after}" for s in diff.statuses]),
        ("Citations added", [f"+ {c.claim} cites {c.source} ({c.stance})" for c in diff.cited]),
        (
            "Citations removed",
            [f"- {c.claim} no longer cites {c.source} ({c.stance})" for c in diff.uncited],
        ),
        ("Rationale changed", list(diff.rationales)),
    ]
    return [(title, lines) for title, lines in parts if lines]


def render_diff_markdown(diff: DeskDiff) -> str:
    """`factcheck diff --format markdown`: a comment for the pull request."""
    lines = [f"### factcheck: changes since {code(diff.revision[:12])}", ""]
    if diff.empty:
        return "\n".join([*lines, "No change to claims, citations or findings.", ""])
    for title, items in _sections(diff):
        lines += [f"**{title}**", ""] + [f"- {md(item)}" for item in items] + [""]
    for title, findings in (
        ("New findings", diff.new_findings),
        ("Resolved findings", diff.resolved_findings),
    ):
        if findings:
            lines += [f"**{title} ({len(findings)})**", ""]
            lines += [
                f"- **{f.severity.value}** {code(f.location)} {md(f.message)} ({md(f.rule)})"
                for f in findings
            ]
            lines.append("")
    return "\n".join(lines)
