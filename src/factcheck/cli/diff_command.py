"""`factcheck diff [REV]`: what a branch changed in the desk, for its reviewer."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path

import typer

from factcheck.cli.common import ROOT_OPTION, resolve


class DiffFormat(str, Enum):
    """Output formats of `factcheck diff`."""

    rich = "rich"
    markdown = "markdown"
    json = "json"


def diff(
    revision: str | None = typer.Argument(
        None,
        metavar="[REV]",
        help="A git revision (default: the merge base with the default branch, else HEAD).",
    ),
    format: DiffFormat = typer.Option(DiffFormat.rich, "--format", "-f", help="Output format."),
    root: Path | None = ROOT_OPTION,
) -> None:
    """What changed in the desk between a git revision and the working tree: claims added
    and removed, status changes, citations added and removed, rationales changed, and the
    audit's findings that are new or resolved.

    Examples:

    \b
        factcheck diff

        factcheck diff origin/main --format markdown > comment.md
    """
    from factcheck.engine.diff import diff_desk

    change = diff_desk(resolve(root), revision)
    if format is DiffFormat.json:
        from factcheck.output.formats.json_format import dump

        dump(change.to_dict(), sys.stdout)
    elif format is DiffFormat.markdown:
        from factcheck.output.formats.diff_format import render_diff_markdown

        sys.stdout.write(render_diff_markdown(change))
    else:
        from factcheck.output.formats.diff_format import render_diff

        render_diff(change, sys.stdout)


def register(app: typer.Typer) -> None:
    """Add the command to the app."""
    app.command("diff", short_help="What changed in the desk since a revision.")(diff)
