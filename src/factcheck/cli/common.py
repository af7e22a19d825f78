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


def usage_error(message: str) -> NoReturn:
    """Print `message` to stderr and exit 2: the command itself could not run."""
    typer.echo(f"factcheck: {message}", err=True)
    raise typer.Exit(2)


def resolve(root: Path | None) -> Path:
    """The repository root, or exit 2 with a message."""
    from factcheck.audit import UsageError, resolve_root

    try:
        return resolve_root(root)
    except UsageError as error:
        usage_error(str(error))


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
