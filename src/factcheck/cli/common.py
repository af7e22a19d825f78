"""What the commands share: option types, the usage-error exit, the output stream."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator
from enum import Enum
from pathlib import Path
from typing import NoReturn

import typer

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


def usage_error(message: str) -> NoReturn:
    """Print `message` to stderr and exit 2: the command itself could not run."""
    print_error(message)
    raise typer.Exit(2)


def resolve(root: Path | None) -> Path:
    """The repository root, or exit 2 with a message."""
    from factcheck.engine.audit import UsageError, resolve_root

    try:
        found = resolve_root(root)
    except UsageError as error:
        usage_error(str(error))
    finish_interrupted_change(found)
    return found


def finish_interrupted_change(root: Path) -> None:
    """Before any command reads the desk: finish a change that a crash cut short, and say so."""
    from factcheck.edit.journal import JOURNAL, writer_lock
    from factcheck.writing import STATE_DIR, WriteError

    if not (root / STATE_DIR / JOURNAL).exists():
        return
    try:
        with writer_lock(root):  # the lock finishes it
            pass
    except WriteError as error:
        usage_error(str(error))
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
