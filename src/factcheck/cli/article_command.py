"""`factcheck article rename`: an article's id, with every claim that names it."""

from __future__ import annotations

from pathlib import Path

import typer

from factcheck.cli.common import ROOT_OPTION, command_group, resolve
from factcheck.cli.editing_common import report

article_app = command_group("Rename articles.")


@article_app.command("rename", short_help="Give an article a new id.")
def rename(
    old: str = typer.Argument(..., metavar="OLD", help="The article's id."),
    new: str = typer.Argument(..., metavar="NEW", help="Its new id."),
    root: Path | None = ROOT_OPTION,
) -> None:
    """Give an article a new id: its front matter, the `article` of every claim naming it,
    and its folder when the folder has its name (the claims in it move along).

    Example:

    \b
        factcheck article rename belarus-prisoner-release-2025 belarus-releases-123
    """
    from factcheck.edit.lifecycle import rename_article

    report(rename_article(resolve(root), old, new))


def register(app: typer.Typer) -> None:
    """Add the command group to the app."""
    app.add_typer(article_app, name="article")
