"""The `factcheck` command: a thin typer shell over the library.

Each command parses its options, calls the library, hands the result to a
formatter and exits with the status the library decided. Heavy modules are
imported inside the commands, so `factcheck --version` starts fast.
"""

from __future__ import annotations

import sys
from typing import Any

import typer
from typer.core import TyperGroup

from factcheck import __version__
from factcheck.cli import (
    article_command,
    audit_command,
    check_command,
    cite_command,
    claim_command,
    corpus_command,
    diff_command,
    export_command,
    import_command,
    init_command,
    report_command,
    rules_command,
    source_command,
)
from factcheck.cli.common import HELP_SETTINGS, print_failure


class FactcheckGroup(TyperGroup):
    """The command group that turns, once, whatever stops any command into its exit
    status: the library raises the errors of `factcheck.errors` and never exits or
    prints; here each leaves with its `exit_status` and says why on stderr (a refusal a
    line per finding). Ctrl-C leaves with 130, having written nothing (every write is
    atomic, and the journal finishes an interrupted one)."""

    def invoke(self, ctx: Any) -> Any:  # the vendored click context typer passes
        from factcheck.errors import EXIT_INTERRUPTED, FactcheckError

        try:
            return super().invoke(ctx)
        except FactcheckError as error:
            print_failure(error)
            raise typer.Exit(error.exit_status) from None
        except (KeyboardInterrupt, typer.Abort):
            typer.echo("\nfactcheck: interrupted; nothing was written", err=True)
            raise typer.Exit(EXIT_INTERRUPTED) from None


app = typer.Typer(
    name="factcheck",
    help="Audit a newsroom's claims, sources and articles kept in git.",
    no_args_is_help=True,
    add_completion=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings=HELP_SETTINGS,
    cls=FactcheckGroup,
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
article_command.register(app)
cite_command.register(app)
export_command.register(app)
import_command.register(app)
rules_command.register(app)
diff_command.register(app)
corpus_command.register(app)


def main() -> None:
    """Console-script entry point. A command is one short-lived process that builds
    millions of small objects and no cycles: the cyclic garbage collector is switched off
    for it (each full collection would walk them all; it halves the time to read a large
    desk), and the process ends without freeing them one by one (`factcheck.lifetime`:
    a third of a second for a 100,000-claim desk). The library never does this to a
    program that calls it."""
    import gc

    from factcheck import lifetime

    gc.disable()
    gc.freeze()
    lifetime.keep_to_the_end()
    try:
        app()
        status = 0
    except SystemExit as stopped:
        status = _exit_status(stopped.code)
    lifetime.end(status)


def _exit_status(code: object) -> int:
    """The process status `sys.exit(code)` would give (a message is printed, status 1)."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    print(code, file=sys.stderr)
    return 1
