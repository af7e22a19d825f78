"""`factcheck report`: the reviewers' report, in the terminal, as HTML or as Markdown."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from factcheck.cli.common import ROOT_OPTION, progress_bar
from factcheck.desk.model import Status


def report(
    article: str | None = typer.Option(None, "--article", metavar="ID", help="Only this article."),
    status: Status | None = typer.Option(None, "--status", help="Only claims with this status."),
    output: Path | None = typer.Option(
        None, "--output", "-o", metavar="FILE", help="Write HTML (.html) or Markdown (.md) to FILE."
    ),
    root: Path | None = ROOT_OPTION,
) -> None:
    """Where each article stands: claims by status, coverage, the article sentence by
    sentence, sources and open problems.

    Examples:

    \b
        factcheck report
        factcheck report --output report.html
        factcheck report --article belarus-prisoner-release-2025 --output report.md
    """
    from factcheck.engine.audit import audit
    from factcheck.errors import Usage
    from factcheck.output.report.data import build_report

    suffix = output.suffix.lower() if output else ""
    if output is not None and suffix not in (".html", ".htm", ".md", ".markdown"):
        raise Usage(f"--output {output}: name an .html or .md file")
    with progress_bar("reading") as progress:
        result = audit(root, progress=progress)
    if article is not None and article not in result.repo.articles_by_id:
        from factcheck.suggest import no_such

        raise Usage(no_such("article", article, result.repo.articles_by_id))
    data = build_report(result, article=article, status=status)
    if output is None:
        from factcheck.output.report.terminal import render_report

        render_report(data, sys.stdout)
        return
    if suffix in (".html", ".htm"):
        from factcheck.output.report.html import render_html

        text = render_html(data)
    else:
        from factcheck.output.report.markdown import render_markdown

        text = render_markdown(data)
    from factcheck.writing import write_output

    write_output(output, text)
    typer.echo(f"wrote {output}")


def register(app: typer.Typer) -> None:
    """Add the command to the app."""
    app.command("report", short_help="The reviewers' report.")(report)
