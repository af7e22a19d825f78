"""`factcheck rules`: list the rules, their severities and what each checks."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from factcheck.cli.common import ROOT_OPTION


def rules(root: Path | None = ROOT_OPTION) -> None:
    """List every rule with the severity it has on this desk (its `rules:` settings
    applied; "off" when the desk turned it off) and what it checks. Outside a desk,
    the default severities.

    Example:

    \b
        factcheck rules --root ../desk
    """
    from rich.table import Table
    from rich.text import Text

    from factcheck.desk.settings import Settings
    from factcheck.engine.audit import resolve_root
    from factcheck.errors import Usage
    from factcheck.load.settings import load_settings
    from factcheck.output.formats.terminal import make_console
    from factcheck.rules.registry import RULES

    settings = Settings()
    try:
        settings = load_settings(resolve_root(root))[0]
    except Usage:
        if root is not None:
            raise  # a --root that is no folder is a mistake; no desk here is not
    table = Table("rule", "severity", "default", "raised when", box=None, pad_edge=False)
    for rule in RULES:
        level = settings.rules.get(rule.id, rule.severity.value)
        style = "rule" if level == "off" else f"severity.{level}"
        default = "" if level == rule.severity.value else rule.severity.value
        table.add_row(Text(rule.id, no_wrap=True), Text(level, style=style), default, rule.summary)
    make_console(sys.stdout).print(table)


def register(app: typer.Typer) -> None:
    """Add the command to the app."""
    app.command("rules", short_help="The rules, with this desk's severities.")(rules)
