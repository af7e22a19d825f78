"""`factcheck source add|list|show`: the editors' source commands."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from factcheck.cli.claim_command import ListFormat
from factcheck.cli.common import ROOT_OPTION, command_group, resolve
from factcheck.cli.editing_common import report
from factcheck.desk.model import SOURCE_KINDS

source_app = command_group("Add and browse sources.")


@source_app.command("add", short_help="Add a source.")
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
    from factcheck.desk.model import RELIABILITY
    from factcheck.edit.sources import SourceDraft, add_source
    from factcheck.load.repository import load_repository

    repo_root = resolve(root)
    known = list(load_repository(repo_root).sources_by_id)
    # The prompts ask for exactly what the flags take, in the same order, optional alike.
    title = prompts.require(title, "--title", "Title")
    publisher = prompts.require(publisher, "--publisher", "Publisher")
    url = prompts.optional(url, "URL")
    archived_url = prompts.optional(archived_url, "Archived URL")
    published_on = prompts.optional_date(published, "--published", "Published")
    accessed_on = prompts.optional_date(accessed, "--accessed", "Accessed (default: today)")
    kind = prompts.optional_choice(kind, "--kind", "Kind", SOURCE_KINDS)
    reliability = prompts.optional_choice(reliability, "--reliability", "Reliability", RELIABILITY)
    origin = prompts.optional(
        origin, "Origin: the source this one republishes (Tab completes)", known
    )
    if origin:
        origin = prompts.known_id(origin, known, "source")
    notes = prompts.optional(notes, "Notes")
    source_id = prompts.optional(source_id, "Id (default: from publisher and title)")
    draft = SourceDraft(
        title=title,
        publisher=publisher,
        id=source_id,
        url=url,
        archived_url=archived_url,
        published=published_on,
        accessed=accessed_on,
        kind=kind,
        reliability=reliability,
        origin=origin,
        notes=notes,
    )
    report(add_source(repo_root, draft))


@source_app.command("list", short_help="List sources.")
def list_sources(
    format: ListFormat = typer.Option(ListFormat.rich, "--format", "-f", help="Output format."),
    root: Path | None = ROOT_OPTION,
) -> None:
    """List sources with how many claims cite each.

    Example:

    \b
        factcheck source list --format json
    """
    from factcheck.load.repository import load_repository
    from factcheck.output.formats.records import render_source_table, source_dict

    repo = load_repository(resolve(root))
    if format is ListFormat.json:
        json.dump([source_dict(s) for s in repo.sources], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        render_source_table(repo, repo.sources, sys.stdout)


@source_app.command("show", short_help="Show a source and what cites it.")
def show(
    source_id: str = typer.Argument(..., metavar="ID", help="The source."),
    root: Path | None = ROOT_OPTION,
) -> None:
    """Show a source and the claims that cite it, with their stances.

    Example:

    \b
        factcheck source show knews-us-lifts-air-sanctions-belarus
    """
    from factcheck.errors import Usage
    from factcheck.load.repository import load_repository
    from factcheck.output.formats.records import render_source
    from factcheck.suggest import no_such

    repo = load_repository(resolve(root))
    source = repo.sources_by_id.get(source_id)
    if source is None:
        raise Usage(no_such("source", source_id, repo.sources_by_id))
    render_source(repo, source, sys.stdout)


@source_app.command("edit", short_help="Edit a source in $EDITOR.")
def edit(
    source_id: str = typer.Argument(..., metavar="ID", help="The source."),
    root: Path | None = ROOT_OPTION,
) -> None:
    """Open a source in $EDITOR; it is written only if it passes the audit's checks.

    A refused text opens again with the reasons on top, until it passes or you
    quit the editor without saving a change.

    Example:

    \b
        EDITOR=nano factcheck source edit reuters-belarus-releases-123
    """
    from factcheck.cli.editing_common import edit_record

    edit_record(resolve(root), "source", source_id)


@source_app.command("remove", short_help="Remove a source.")
def remove(
    source_id: str = typer.Argument(..., metavar="ID", help="The source."),
    uncite: bool = typer.Option(
        False, "--uncite", help="Also remove the citations of it (and origin lines naming it)."
    ),
    root: Path | None = ROOT_OPTION,
) -> None:
    """Remove a source. A source that claims cite is refused, naming them, unless --uncite.

    Example:

    \b
        factcheck source remove financial-express-john-coale --uncite
    """
    from factcheck.edit.lifecycle import remove_source

    report(remove_source(resolve(root), source_id, uncite=uncite))


@source_app.command("rename", short_help="Give a source a new id.")
def rename(
    old: str = typer.Argument(..., metavar="OLD", help="The source's id."),
    new: str = typer.Argument(..., metavar="NEW", help="Its new id."),
    root: Path | None = ROOT_OPTION,
) -> None:
    """Give a source a new id: its file, and every citation and origin naming it, change together.

    Example:

    \b
        factcheck source rename knews-us-lifts-air-sanctions-belarus pap-belavia-delisted
    """
    from factcheck.edit.lifecycle import rename_source

    report(rename_source(resolve(root), old, new))


def register(app: typer.Typer) -> None:
    """Add the command group to the app."""
    app.add_typer(source_app, name="source")
