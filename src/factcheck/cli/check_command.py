"""`factcheck check ARTICLE`: cross-link one article with the repository's claims."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path

import typer

from factcheck.cli.common import ROOT_OPTION, FailOn, resolve


class CheckFormat(str, Enum):
    """Output formats of `factcheck check`."""

    rich = "rich"
    json = "json"


def check(
    article: Path = typer.Argument(
        ...,
        metavar="ARTICLE",
        help="The article: Markdown or plain text, in the repository or not.",
    ),
    root: Path | None = ROOT_OPTION,
    format: CheckFormat = typer.Option(CheckFormat.rich, "--format", "-f", help="Output format."),
    fail_on: FailOn = typer.Option(
        FailOn.error, "--fail-on", help="Exit 1 when a finding is at least this severe."
    ),
    select: str | None = typer.Option(
        None, "--select", metavar="RULE,…", help="Only these rules (comma-separated)."
    ),
    ignore: str | None = typer.Option(
        None, "--ignore", metavar="RULE,…", help="Not these rules (comma-separated)."
    ),
    no_cache: bool = typer.Option(
        False, "--no-cache", help="Read every file afresh and neither use nor update the cache."
    ),
    show_suppressed: bool = typer.Option(
        False, "--show-suppressed", help="Also list the findings factcheck-ignore comments silence."
    ),
    explain: bool = typer.Option(
        False,
        "--explain",
        help="Under each sentence, its best three candidate claims with their scores and "
        "the fact that agreed or differed.",
    ),
) -> None:
    """Show which claim each sentence asserts, and flag unsupported, disputed, hedged
    and unchecked sentences and misspelled names.

    Examples:

    \b
        factcheck check claims/belarus-prisoner-release-2025/article.md

        factcheck check draft.txt --format json

        factcheck check draft.md --explain
    """
    from factcheck.desk.findings import Severity
    from factcheck.engine.audit import parse_rule_list
    from factcheck.engine.check import check_in_desk

    chosen, left_out = parse_rule_list(select), parse_rule_list(ignore)
    result = check_in_desk(
        article,
        resolve(root),
        select=chosen,
        ignore=left_out,
        use_cache=not no_cache,
        explain=explain,
    )
    if format is CheckFormat.json:
        from factcheck.output.formats.json_format import dump

        document = result.to_dict()
        if show_suppressed:
            document["suppressed"] = [f.to_dict() for f in result.suppressed]
        dump(document, sys.stdout)
    else:
        from factcheck.output.formats.article import render_check

        render_check(result, sys.stdout, show_suppressed=show_suppressed)
    raise typer.Exit(result.exit_status(Severity(fail_on.value)))  # 0 or 1, by the findings


def register(app: typer.Typer) -> None:
    """Add the command to the app."""
    app.command("check", short_help="Check one article, sentence by sentence.")(check)
