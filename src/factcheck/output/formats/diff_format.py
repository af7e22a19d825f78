"""A desk's change, for the terminal and for a pull-request comment."""

from __future__ import annotations

from collections.abc import Callable
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


def _plain(text: str | None) -> str:
    return text or ""


def _value(value: str | None, text: Callable[[str | None], str]) -> str:
    return "(none)" if value is None else text(value)


def _sections(
    diff: DeskDiff,
    ident: Callable[[str | None], str] = _plain,
    text: Callable[[str | None], str] = _plain,
) -> list[tuple[str, list[str]]]:
    """The lines of each part of the change, ids laid out by `ident` and free text by
    `text` (as they are for the terminal; code spans and escaped text for Markdown)."""
    parts = [
        (
            "Claims added",
            [
                f"+ {ident(c.id)} ({c.status.value if c.status else 'invalid'}): {text(c.statement)}"
                for c in diff.added
            ],
        ),
        ("Claims removed", [f"- {ident(c.id)}: {text(c.statement)}" for c in diff.removed]),
        (
            "Status changes",
            [f"{ident(s.claim)}: {s.before} → {s.after}" for s in diff.statuses],
        ),
        (
            "Citations added",
            [f"+ {ident(c.claim)} cites {ident(c.source)} ({c.stance})" for c in diff.cited],
        ),
        (
            "Citations removed",
            [
                f"- {ident(c.claim)} no longer cites {ident(c.source)} ({c.stance})"
                for c in diff.uncited
            ],
        ),
        ("Renamed", [f"{r.record} {ident(r.before)} → {ident(r.after)}" for r in diff.renamed]),
        ("Sources added", [f"+ {ident(s.id)}: {text(s.title)}" for s in diff.sources_added]),
        ("Sources removed", [f"- {ident(s.id)}: {text(s.title)}" for s in diff.sources_removed]),
        (
            "Fields changed",
            [
                f"{c.record} {ident(c.id)}, {c.field}: {_value(c.before, text)} → "
                f"{_value(c.after, text)}"
                for c in diff.changes
                if c.field != "status"  # shown among the status changes
            ],
        ),
    ]
    return [(title, lines) for title, lines in parts if lines]


def render_diff_markdown(diff: DeskDiff) -> str:
    """`factcheck diff --format markdown`: a comment for the pull request."""
    lines = [f"### factcheck: changes since {code(diff.revision[:12])}", ""]
    if diff.empty:
        return "\n".join([*lines, "No change to claims, citations or findings.", ""])
    for title, items in _sections(diff, code, md):
        # A leading "+" or "-" escaped: in a list item it would open a nested list.
        items = [md(item[0]) + item[1:] if item[:2] in ("+ ", "- ") else item for item in items]
        lines += [f"**{title}**", ""] + [f"- {item}" for item in items] + [""]
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
