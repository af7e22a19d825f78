"""The `factcheck` command: a thin typer shell over the library.

Each command parses its options, calls the library, hands the result to a
formatter and exits with the status the library decided. Heavy modules are
imported inside the commands, so `factcheck --version` starts fast.
"""

from __future__ import annotations

import typer

from factcheck import __version__
from factcheck.cli import (
    audit_command,
    check_command,
    cite_command,
    claim_command,
    export_command,
    import_command,
    init_command,
    report_command,
    rules_command,
    source_command,
)

app = typer.Typer(
    name="factcheck",
    help="Audit a newsroom's claims, sources and articles kept in git.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"factcheck {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    """factcheck: audit claims, sources and articles; flag what is not supported."""


init_command.register(app)
audit_command.register(app)
check_command.register(app)
report_command.register(app)
claim_command.register(app)
source_command.register(app)
cite_command.register(app)
export_command.register(app)
import_command.register(app)
rules_command.register(app)


def main() -> None:
    """Console-script entry point."""
    app()
