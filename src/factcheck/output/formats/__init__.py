"""Findings → output: one small module per format, all behind `render()`."""

from __future__ import annotations

from typing import TextIO

from factcheck.engine.audit import AuditResult
from factcheck.load.discover import RepositoryTop


def render(
    result: AuditResult,
    fmt: str,
    stream: TextIO,
    *,
    width: int | None = None,
    show_suppressed: bool = False,
    top: RepositoryTop | None = None,
) -> None:
    """Write `result` to `stream` as "json", "github", "sarif" or (anything else) rich text;
    with `show_suppressed`, the findings a `factcheck-ignore` comment silenced too. GitHub
    and SARIF paths start from `top.folder` (`factcheck audit`: the top of the desk's git
    repository), or from the desk itself without `top`; the others' from the desk."""
    top = top or RepositoryTop(result.root, "")
    if fmt == "json":
        from factcheck.output.formats.json_format import render_json

        render_json(result, stream, show_suppressed=show_suppressed)
    elif fmt == "github":
        from factcheck.output.formats.github import render_github

        render_github(result, stream, top)
    elif fmt == "sarif":
        from factcheck.output.formats.sarif import render_sarif

        render_sarif(result, stream, top)
    else:
        from factcheck.output.formats.terminal import render_terminal

        render_terminal(result, stream, width=width, show_suppressed=show_suppressed)
