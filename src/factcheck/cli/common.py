"""What the commands share: option types, how an error is said, the output stream."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

import typer

if TYPE_CHECKING:
    from factcheck.errors import FactcheckError

ROOT_OPTION = typer.Option(
    None,
    "--root",
    metavar="DIR",
    help="The claims repository (default: the nearest folder upwards holding factcheck.yaml or claims/).",
    file_okay=False,
)


class FailOn(str, Enum):
    """Lowest severity that makes the command exit 1."""

    error = "error"
    warning = "warning"
    info = "info"


def print_error(message: str) -> None:
    """`factcheck: MESSAGE` on stderr. A message may carry a path or an id from outside,
    so control characters are shown as escapes, never sent to the terminal."""
    from factcheck.text.clean import visible

    typer.echo(f"factcheck: {visible(message)}", err=True)


def print_failure(error: FactcheckError) -> None:
    """Say on stderr why a command stopped: a refused write as its findings,
    `factcheck: refused: FILE:LINE:COLUMN: what is wrong` a line each, then its note;
    any other error as `factcheck: MESSAGE`."""
    from factcheck.errors import Refused

    if not isinstance(error, Refused):
        print_error(str(error))
        return
    for finding in error.findings:
        where = f"{finding.location}: " if finding.path != "-" else ""
        print_error(f"refused: {where}{finding.message}")
    if error.note:
        print_error(error.note)


def resolve(root: Path | None) -> Path:
    """The repository root (Usage when there is none), its interrupted change finished."""
    from factcheck.engine.audit import resolve_root

    found = resolve_root(root)
    finish_interrupted_change(found)
    return found


def finish_interrupted_change(root: Path) -> None:
    """Before any command reads the desk: finish a change that a crash cut short, and say so."""
    from factcheck.edit.journal import JOURNAL, writer_lock
    from factcheck.errors import Usage, WriteError
    from factcheck.writing import STATE_DIR

    if not (root / STATE_DIR / JOURNAL).exists():
        return
    try:
        with writer_lock(root):  # the lock finishes it
            pass
    except WriteError as error:
        # Not this command's own write failing: the desk cannot be read until it is
        # whole, so the command cannot run at all (2), as before any read.
        raise Usage(str(error)) from None
    typer.echo("factcheck: finished a change that was interrupted before it was complete", err=True)


@contextlib.contextmanager
def progress_bar(label: str) -> Iterator[Callable[[int, int], None] | None]:
    """A progress callback drawing a bar on stderr, only when stderr is a terminal."""
    if not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(
        TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=Console(stderr=True), transient=True,
    ) as bar:  # fmt: skip
        task = bar.add_task(label, total=None)

        def advance(done: int, total: int) -> None:
            if done == total or done % 256 == 0:  # redrawing per file would cost more than reading
                bar.update(task, completed=done, total=total)

        yield advance


HELP_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
"""-h works as --help everywhere; help text uses up to 100 columns where there are."""


def command_group(help_text: str) -> typer.Typer:
    """A group of subcommands (`factcheck claim …`) made like every other."""
    return typer.Typer(
        help=help_text, no_args_is_help=True, rich_markup_mode=None, context_settings=HELP_SETTINGS
    )
