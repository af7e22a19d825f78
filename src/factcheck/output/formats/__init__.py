"""Findings → output: one small module per format, all behind `render()`."""

from __future__ import annotations

from typing import TextIO

from factcheck.engine.audit import AuditResult


def render(
    result: AuditResult,
    fmt: str,
    stream: TextIO,
    *,
    width: int | None = None,
    show_suppressed: bool = False,
) -> None:
    """Write `result` to `stream` as "json", "github", "sarif" or (anything else) rich text;
    with `show_suppressed`, the findings a `factcheck-ignore` comment silenced too."""
    if fmt == "json":
        from factcheck.output.formats.json_format import render_json

        render_json(result, stream, show_suppressed=show_suppressed)
    elif fmt == "github":
        from factcheck.output.formats.github import render_github

        render_github(result, stream)
    elif fmt == "sarif":
        from factcheck.output.formats.sarif import render_sarif

        render_sarif(result, stream)
    else:
        from factcheck.output.formats.terminal import render_terminal

        render_terminal(result, stream, width=width, show_suppressed=show_suppressed)
