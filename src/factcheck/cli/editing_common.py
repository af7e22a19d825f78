"""How the editors' commands report: what was written, warnings, refusals."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from typing import NoReturn, TypeVar

import typer
from rich.text import Text

from factcheck.findings import Finding

T = TypeVar("T")


def refuse(findings: Sequence[Finding]) -> NoReturn:
    """Print why a write was refused (as findings, to stderr) and exit 1."""
    from factcheck.formats.terminal import make_console

    console = make_console(sys.stderr)
    for finding in findings:
        where = f"{finding.location}: " if finding.path != "-" else ""
        console.print(Text(f"factcheck: refused: {where}{finding.message}"), soft_wrap=True)
    raise typer.Exit(1)


def guarded(action: Callable[[], T]) -> T:
    """Run a write; a refusal or a write error becomes a message and exit status 1."""
    from factcheck.editing.store import WriteError
    from factcheck.editing.validate import ValidationFailed

    try:
        return action()
    except ValidationFailed as failed:
        refuse(failed.findings)
    except WriteError as error:
        typer.echo(f"factcheck: {error}", err=True)
        raise typer.Exit(1) from None


def report(written: object) -> None:
    """`wrote PATH (ID): ACTION`, then the warnings, each on stderr."""
    from factcheck.editing.validate import Written
    from factcheck.formats.terminal import make_console

    assert isinstance(written, Written)
    make_console(sys.stdout).print(
        Text(f"wrote {written.path} ({written.id}): {written.action}"), soft_wrap=True
    )
    for warning in written.warnings:
        make_console(sys.stderr).print(Text(f"warning: {warning}"), soft_wrap=True)
