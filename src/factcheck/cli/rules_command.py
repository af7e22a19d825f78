"""`factcheck rules`: list the rules, their severities and what each checks."""

from __future__ import annotations

import sys

import typer


def rules() -> None:
    """List every rule with its default severity and summary.

    Example:

    \b
        factcheck rules
    """
    from rich.table import Table

    from factcheck.formats.terminal import make_console
    from factcheck.rules.registry import RULES

    table = Table("rule", "severity", "raised when", box=None, pad_edge=False)
    for rule in RULES:
        table.add_row(rule.id, rule.severity.value, rule.summary)
    make_console(sys.stdout).print(table)


def register(app: typer.Typer) -> None:
    """Add the command to the app."""
    app.command("rules")(rules)
