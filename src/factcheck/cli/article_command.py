"""`factcheck article add|rename`: a new article's front matter; an article's id, with every
claim that names it."""

from __future__ import annotations

from pathlib import Path

import typer

from factcheck.cli.common import ROOT_OPTION, command_group, resolve
from factcheck.cli.editing_common import report

article_app = command_group("Add and rename articles.")


@article_app.command("add", short_help="Add an article.")
def add(
    title: str | None = typer.Option(None, "--title", metavar="TEXT", help="The headline."),
    outlet: str | None = typer.Option(
        None, "--outlet", metavar="TEXT", help="Where it is published."
    ),
    published: str | None = typer.Option(None, "--published", metavar="DATE", help="YYYY-MM-DD."),
    article_id: str | None = typer.Option(
        None, "--id", metavar="ID", help="The id (default: a slug of the title, made unique)."
    ),
    root: Path | None = ROOT_OPTION,
) -> None:
    """Add an article: claims/ID/article.md with its front matter and an empty body, for
    the article's text; its claims go beside it (claim add --article ID).

    Example:

    \b
        factcheck article add --title "Belarus frees 123 prisoners" --outlet "Presence News" \\
          --published 2025-12-14 --id belarus-prisoner-release-2025
    """
    from factcheck.cli import prompts
    from factcheck.edit.articles import ArticleDraft, add_article

    # The prompts ask for exactly what the flags take, in the same order, optional alike.
    title = prompts.require(title, "--title", "Title")
    outlet = prompts.require(outlet, "--outlet", "Outlet")
    published_on = prompts.optional_date(published, "--published", "Published")
    article_id = prompts.optional(article_id, "Id (default: from the title)")
    draft = ArticleDraft(title=title, outlet=outlet, id=article_id, published=published_on)
    report(add_article(resolve(root), draft))


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
