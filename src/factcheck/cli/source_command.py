"""`factcheck source add|list|show`: the editors' source commands."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import typer

from factcheck.cli.claim_command import ListFormat
from factcheck.cli.common import ROOT_OPTION, resolve, usage_error
from factcheck.cli.editing_common import guarded, report
from factcheck.model import SOURCE_KINDS
from factcheck.text.clean import quoted

source_app = typer.Typer(
    help="Add and browse sources.", no_args_is_help=True, rich_markup_mode=None
)


def _date(value: str | None, flag: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        usage_error(f"{flag} {quoted(value)}: write a date as YYYY-MM-DD")


@source_app.command("add")
def add(
    title: str | None = typer.Option(None, "--title", metavar="TEXT", help="The source's title."),
    publisher: str | None = typer.Option(
        None, "--publisher", metavar="TEXT", help="The organisation behind it."
    ),
    url: str | None = typer.Option(
        None, "--url", metavar="URL", help="Where it can be read (http or https)."
    ),
    archived_url: str | None = typer.Option(
        None, "--archived-url", metavar="URL", help="A permanent copy."
    ),
    published: str | None = typer.Option(None, "--published", metavar="DATE", help="YYYY-MM-DD."),
    accessed: str | None = typer.Option(
        None, "--accessed", metavar="DATE", help="YYYY-MM-DD (default: today)."
    ),
    kind: str | None = typer.Option(
        None, "--kind", metavar="KIND", help=f"One of {', '.join(SOURCE_KINDS)}."
    ),
    reliability: str | None = typer.Option(
        None,
        "--reliability",
        metavar="A-F",
        help="Admiralty/NATO reliability: A completely reliable … E unreliable, F cannot be judged.",
    ),
    origin: str | None = typer.Option(
        None, "--origin", metavar="ID", help="The source this one republishes (a wire copy)."
    ),
    notes: str | None = typer.Option(None, "--notes", metavar="TEXT", help="Free text."),
    source_id: str | None = typer.Option(
        None, "--id", metavar="ID", help="The id (default: a slug of publisher and title)."
    ),
    root: Path | None = ROOT_OPTION,
) -> None:
    """Add a source; refused when another source already has its URL.

    Example:

    \b
        factcheck source add --title "Belarus releases 123 prisoners" --publisher Reuters \\
          --kind news --published 2025-12-13 --id reuters-belarus-releases-123
    """
    from factcheck.cli import prompts
    from factcheck.editing.sources import SourceDraft, add_source

    repo_root = resolve(root)
    title = prompts.require(title, "--title", "Title")
    publisher = prompts.require(publisher, "--publisher", "Publisher")
    url = prompts.optional(url, "URL")
    if kind is None and prompts.interactive():
        kind = prompts.choose(None, "--kind", "Kind", SOURCE_KINDS)
    draft = SourceDraft(
        title=title,
        publisher=publisher,
        id=source_id,
        url=url,
        archived_url=archived_url,
        published=_date(published, "--published"),
        accessed=_date(accessed, "--accessed"),
        kind=kind,
        reliability=reliability.upper() if reliability else None,
        origin=origin,
        notes=notes,
    )
    report(guarded(lambda: add_source(repo_root, draft)))


@source_app.command("list")
def list_sources(
    format: ListFormat = typer.Option(ListFormat.rich, "--format", "-f", help="Output format."),
    root: Path | None = ROOT_OPTION,
) -> None:
    """List sources with how many claims cite each.

    Example:

    \b
        factcheck source list --format json
    """
    from factcheck.formats.records import render_source_table, source_dict
    from factcheck.repository import load_repository

    repo = load_repository(resolve(root))
    if format is ListFormat.json:
        json.dump([source_dict(s) for s in repo.sources], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        render_source_table(repo, repo.sources, sys.stdout)


@source_app.command("show")
def show(
    source_id: str = typer.Argument(..., metavar="ID", help="The source."),
    root: Path | None = ROOT_OPTION,
) -> None:
    """Show a source and the claims that cite it, with their stances.

    Example:

    \b
        factcheck source show knews-us-lifts-air-sanctions-belarus
    """
    from factcheck.formats.records import render_source
    from factcheck.repository import load_repository
    from factcheck.suggest import no_such

    repo = load_repository(resolve(root))
    source = repo.sources_by_id.get(source_id)
    if source is None:
        usage_error(no_such("source", source_id, repo.sources_by_id))
    render_source(repo, source, sys.stdout)


def register(app: typer.Typer) -> None:
    """Add the command group to the app."""
    app.add_typer(source_app, name="source")
