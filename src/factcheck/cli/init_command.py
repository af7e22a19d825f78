"""`factcheck init [DIR]`: start a new claims repository."""

from __future__ import annotations

from pathlib import Path

import typer


def init(
    folder: Path = typer.Argument(
        Path("."), metavar="DIR", help="Where to create it (default: here)."
    ),
) -> None:
    """Create an empty claims repository (claims/, sources/, factcheck.yaml, .gitignore).

    It audits clean, and existing files are never overwritten.

    Example:

    \b
        factcheck init desk && cd desk && factcheck audit
    """
    from factcheck.edit.init import init_repository

    created = init_repository(folder)
    typer.echo(f"created a claims repository in {folder}: {', '.join(created)}")


def register(app: typer.Typer) -> None:
    """Add the command to the app."""
    app.command("init", short_help="Create an empty claims repository.")(init)
