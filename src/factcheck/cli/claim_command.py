"""`factcheck claim add|list|show|set-status|edit`: the editors' claim commands."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path

import typer

from factcheck.cli.common import ROOT_OPTION, command_group, resolve
from factcheck.cli.editing_common import report
from factcheck.desk.model import Status
from factcheck.text.clean import quoted

claim_app = command_group("Add, update and browse claims.")

STATUSES = [s.value for s in Status]


class ListFormat(str, Enum):
    """Output formats of the list commands."""

    rich = "rich"
    json = "json"


@claim_app.command("add", short_help="Add a claim.")
def add(
    statement: str | None = typer.Option(
        None, "--statement", metavar="TEXT", help="The claim as one checkable sentence."
    ),
    status: str | None = typer.Option(
        None, "--status", metavar="STATUS", help="confirmed, unconfirmed or disputed."
    ),
    article: str | None = typer.Option(
        None, "--article", metavar="ID", help="Id of the article the claim appears in."
    ),
    quote: str | None = typer.Option(
        None, "--quote", metavar="TEXT", help="The article's exact words."
    ),
    source: list[str] = typer.Option(
        [],
        "--source",
        metavar="ID[:STANCE]",
        help="ID or ID:stance (supports, refutes, mentions); repeatable.",
    ),
    rationale: str | None = typer.Option(
        None, "--rationale", metavar="TEXT", help="Why this status."
    ),
    reviewed_by: str | None = typer.Option(
        None,
        "--reviewer",
        "--reviewed-by",
        metavar="NAME",
        help="Who set the status (reviewed_on becomes today).",
    ),
    tag: list[str] = typer.Option([], "--tag", metavar="TAG", help="A tag; repeatable."),
    claim_id: str | None = typer.Option(
        None, "--id", metavar="ID", help="The id (default: a slug of the statement, made unique)."
    ),
    place: str | None = typer.Option(
        None,
        "--from",
        metavar="ARTICLE:LINE[:COLUMN]",
        help="Start from the sentence there, as findings name it: statement, quote and "
        "article filled in (ARTICLE: an id or the article's path).",
    ),
    root: Path | None = ROOT_OPTION,
) -> None:
    """Add a claim. Flags alone suffice for scripts; in a terminal, what is missing is asked.

    With --from, the claim starts from an article's sentence: its statement (which
    --statement replaces, and a terminal offers to edit), its quote and its article.

    Example:

    \b
        factcheck claim add --statement "Belarus released 123 prisoners on 13 December 2025." \\
          --status confirmed --article belarus-prisoner-release-2025 \\
          --source reuters-belarus-releases-123 --source viasna-political-prisoners:supports
        factcheck claim add --from claims/belarus-prisoner-release-2025/article.md:17:185 \\
          --status unconfirmed
    """
    from factcheck.cli import prompts
    from factcheck.edit.claims import CitationDraft, ClaimDraft, add_claim
    from factcheck.errors import Usage
    from factcheck.load.repository import load_repository

    repo_root = resolve(root)
    repo = load_repository(repo_root)
    prefilled = None
    if place is not None:
        from factcheck.edit.places import sentence_at
        from factcheck.errors import Usage

        found = sentence_at(repo, place)
        if article is not None and article != found.article:
            raise Usage(
                f"--article {quoted(article)} is not the article of --from {quoted(place)}, "
                f"{quoted(found.article)}: leave --article out"
            )
        article, prefilled = found.article, found.text
        quote = found.text if quote is None else quote
    statement = prompts.require(
        statement, "--statement", "Statement (one checkable sentence)", prefilled
    )
    status = prompts.choose(status, "--status", "Status", STATUSES)
    article = prompts.optional(article, "Article id (Tab completes)", list(repo.articles_by_id))
    if article:
        article = prompts.known_id(article, list(repo.articles_by_id), "article")
    quote = prompts.optional(quote, "Quote (the article's exact words)")
    source = prompts.ids(
        source,
        list(repo.sources_by_id),
        "source",
        "Source id[:stance] (Tab completes; empty line to finish)",
    )
    citations = []
    for text in source:
        parsed = CitationDraft.parse(text)
        checked = prompts.known_id(parsed.source, list(repo.sources_by_id), "source")
        citations.append(CitationDraft(checked, parsed.stance))
    rationale = prompts.optional(rationale, "Rationale")
    reviewed_by = prompts.optional(reviewed_by, "Reviewed by")
    if not tag and prompts.interactive():
        tag = [
            t.strip()
            for t in (prompts.optional(None, "Tags, comma-separated") or "").split(",")
            if t.strip()
        ]
    claim_id = prompts.optional(claim_id, "Id (default: from the statement)")
    for given in tag:
        if not given.strip():
            raise Usage(f"--tag {quoted(given)} is empty: give a tag, or leave --tag out")
    draft = ClaimDraft(
        statement=statement,
        status=Status(status),
        id=claim_id,
        article=article,
        quote=quote,
        sources=tuple(citations),
        rationale=rationale,
        reviewed_by=reviewed_by,
        tags=tuple(t.strip() for t in tag),
    )
    report(add_claim(repo_root, draft))


@claim_app.command("set-status", short_help="Set a claim's status.")
def set_status_command(
    claim_id: str = typer.Argument(..., metavar="ID", help="The claim."),
    status: str = typer.Argument(..., metavar="STATUS", help="confirmed, unconfirmed or disputed."),
    rationale: str | None = typer.Option(
        None, "--rationale", metavar="TEXT", help="Why this status (replaces the old one)."
    ),
    reviewed_by: str | None = typer.Option(
        None, "--reviewer", "--reviewed-by", metavar="NAME", help="Who set it."
    ),
    root: Path | None = ROOT_OPTION,
) -> None:
    """Set a claim's status, with who set it and why; reviewed_on becomes today.

    A new verdict is someone's, for a reason: the reviewer and the rationale are asked
    for in a terminal and required as flags elsewhere. Only the lines of the fields
    that change are rewritten.

    Example:

    \b
        factcheck claim set-status eu-maintains-sanctions confirmed --reviewed-by "J. Doe" \\
          --rationale "Council decision of 2026-02-24 renews them."
    """
    from factcheck.cli import prompts
    from factcheck.edit.claims import set_status
    from factcheck.suggest import choice

    repo_root = resolve(root)
    new_status = Status(choice(status, STATUSES, "STATUS"))
    reviewer, why = prompts.require_all(
        (reviewed_by, "--reviewer", "Reviewed by"),
        (rationale, "--rationale", f"Rationale (why {new_status.value})"),
    )
    report(set_status(repo_root, claim_id, new_status, rationale=why, reviewed_by=reviewer))


@claim_app.command("edit", short_help="Edit a claim in $EDITOR.")
def edit(
    claim_id: str = typer.Argument(..., metavar="ID", help="The claim."),
    root: Path | None = ROOT_OPTION,
) -> None:
    """Open a claim in $EDITOR; it is written only if it passes the audit's checks.

    A refused text opens again with the reasons on top, until it passes or you
    quit the editor without saving a change; your text is then kept in a
    recovery file, named last.

    Example:

    \b
        EDITOR=nano factcheck claim edit release-123-prisoners
    """
    from factcheck.cli.editing_common import edit_record

    edit_record(resolve(root), "claim", claim_id)


@claim_app.command("remove", short_help="Remove a claim.")
def remove(
    claim_id: str = typer.Argument(..., metavar="ID", help="The claim."),
    root: Path | None = ROOT_OPTION,
) -> None:
    """Remove a claim's record.

    Example:

    \b
        factcheck claim remove eu-maintains-sanctions
    """
    from factcheck.edit.lifecycle import remove_claim

    report(remove_claim(resolve(root), claim_id))


@claim_app.command("rename", short_help="Give a claim a new id.")
def rename(
    old: str = typer.Argument(..., metavar="OLD", help="The claim's id."),
    new: str = typer.Argument(..., metavar="NEW", help="Its new id."),
    root: Path | None = ROOT_OPTION,
) -> None:
    """Give a claim a new id: the record's id and its file name change together.

    Example:

    \b
        factcheck claim rename eu-maintains-sanctions eu-keeps-belarus-sanctions
    """
    from factcheck.edit.lifecycle import rename_claim

    report(rename_claim(resolve(root), old, new))


@claim_app.command("list", short_help="List claims, filtered.")
def list_claims(
    status: str | None = typer.Option(
        None, "--status", metavar="STATUS", help="Only claims with this status."
    ),
    article: str | None = typer.Option(
        None, "--article", metavar="ID", help="Only claims of this article."
    ),
    source: str | None = typer.Option(
        None, "--source", metavar="ID[:STANCE]", help="Only claims citing this source."
    ),
    tag: str | None = typer.Option(None, "--tag", metavar="TAG", help="Only claims with this tag."),
    format: ListFormat = typer.Option(ListFormat.rich, "--format", "-f", help="Output format."),
    root: Path | None = ROOT_OPTION,
) -> None:
    """List claims, filtered.

    Example:

    \b
        factcheck claim list --status unconfirmed --article belarus-prisoner-release-2025
    """
    from factcheck.edit.claims import CitationDraft
    from factcheck.load.repository import load_repository
    from factcheck.output.formats.records import claim_dict, render_claim_table
    from factcheck.suggest import choice

    source_id, stance = None, None
    if source is not None:  # ID alone: any stance; ID:STANCE read as `claim add` reads it
        cited = CitationDraft.parse(source)
        source_id, stance = cited.source, cited.stance if ":" in source else None
    wanted = Status(choice(status, STATUSES, "--status")) if status else None
    repo = load_repository(resolve(root))
    claims = repo.claims_where(wanted, article, source_id, stance, tag)
    if format is ListFormat.json:
        json.dump([claim_dict(c) for c in claims], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        render_claim_table(repo, claims, sys.stdout)


@claim_app.command("show", short_help="Show a claim and its evidence.")
def show(
    claim_id: str = typer.Argument(..., metavar="ID", help="The claim."),
    root: Path | None = ROOT_OPTION,
) -> None:
    """Show a claim, each citation resolved to its source, and the article sentence carrying it.

    Example:

    \b
        factcheck claim show bellavia-airlines-sanctions-lifted
    """
    from factcheck.errors import Usage
    from factcheck.load.repository import load_repository
    from factcheck.output.formats.records import render_claim
    from factcheck.suggest import no_such

    repo = load_repository(resolve(root))
    claim = repo.claims_by_id.get(claim_id)
    if claim is None:
        raise Usage(no_such("claim", claim_id, repo.claims_by_id))
    render_claim(repo, claim, sys.stdout)


def register(app: typer.Typer) -> None:
    """Add the command group to the app."""
    app.add_typer(claim_app, name="claim")
