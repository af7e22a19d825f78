"""`factcheck audit`: check the whole repository and gate CI like a linter."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path

import typer

from factcheck.cli.common import ROOT_OPTION, FailOn, progress_bar, resolve


class AuditFormat(str, Enum):
    """Output formats of `factcheck audit`."""

    rich = "rich"
    json = "json"
    github = "github"
    sarif = "sarif"


def audit(
    root: Path | None = ROOT_OPTION,
    format: AuditFormat = typer.Option(AuditFormat.rich, "--format", "-f", help="Output format."),
    fail_on: FailOn = typer.Option(
        FailOn.error, "--fail-on", help="Exit 1 when a finding is at least this severe."
    ),
    select: str | None = typer.Option(
        None,
        "--select",
        metavar="RULE,…",
        help="Only these rules, comma-separated (e.g. unknown-source,schema).",
    ),
    ignore: str | None = typer.Option(
        None, "--ignore", metavar="RULE,…", help="Skip these rules, comma-separated."
    ),
    no_cache: bool = typer.Option(
        False, "--no-cache", help="Read every file afresh and neither use nor update the cache."
    ),
    show_suppressed: bool = typer.Option(
        False, "--show-suppressed", help="Also list the findings factcheck-ignore comments silence."
    ),
) -> None:
    """Cross-link claims, sources and articles, and report what is not supported.

    Exit status: 0 when no finding reaches --fail-on, 1 when one does, 2 when
    the command cannot run.

    Examples:

    \b
        factcheck audit

        factcheck audit --format json --fail-on warning

        factcheck audit --select unknown-source,single-source --root ../desk
    """
    from factcheck.desk.findings import Severity
    from factcheck.engine.audit import audit as run_audit
    from factcheck.engine.audit import parse_rule_list
    from factcheck.load.discover import repository_top
    from factcheck.output.formats import render

    with progress_bar("reading") as progress:
        result = run_audit(
            resolve(root),
            select=parse_rule_list(select),
            ignore=parse_rule_list(ignore),
            progress=progress,
            use_cache=not no_cache,
        )
    # GitHub and code scanning place a file by its path from the top of the repository.
    top = repository_top(result.root)
    render(result, format.value, sys.stdout, show_suppressed=show_suppressed, top=top)
    raise typer.Exit(result.exit_status(Severity(fail_on.value)))  # 0 or 1, by the findings


def register(app: typer.Typer) -> None:
    """Add the command to the app."""
    app.command("audit", short_help="Report what is not supported, desk-wide.")(audit)
