"""`factcheck claim add|list|show|set-status|edit`: the editors' claim commands."""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
from datetime import datetime
from enum import Enum
from pathlib import Path

import typer

from factcheck.cli.common import ROOT_OPTION, resolve, usage_error
from factcheck.cli.editing_common import guarded, report
from factcheck.model import Stance, Status
from factcheck.text.clean import quoted

claim_app = typer.Typer(
    help="Add, update and browse claims.", no_args_is_help=True, rich_markup_mode=None
)

STATUSES = [s.value for s in Status]


class ListFormat(str, Enum):
    """Output formats of the list commands."""

    rich = "rich"
    json = "json"


@claim_app.command("add")
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
        "--reviewed-by",
        metavar="NAME",
        help="Who set the status (reviewed_on becomes today).",
    ),
    tag: list[str] = typer.Option([], "--tag", metavar="TAG", help="A tag; repeatable."),
    claim_id: str | None = typer.Option(
        None, "--id", metavar="ID", help="The id (default: a slug of the statement, made unique)."
    ),
    root: Path | None = ROOT_OPTION,
) -> None:
    """Add a claim. Flags alone suffice for scripts; in a terminal, what is missing is asked.

    Example:

    \b
        factcheck claim add --statement "Belarus released 123 prisoners on 13 December 2025." \\
          --status confirmed --article belarus-prisoner-release-2025 \\
          --source reuters-belarus-releases-123 --source viasna-political-prisoners:supports
    """
    from factcheck.cli import prompts
    from factcheck.editing.claims import CitationDraft, ClaimDraft, add_claim
    from factcheck.repository import load_repository

    repo_root = resolve(root)
    repo = load_repository(repo_root)
    statement = prompts.require(statement, "--statement", "Statement (one checkable sentence)")
    status = prompts.choose(status, "--status", "Status", STATUSES)
    if status not in STATUSES:
        usage_error(f"--status {quoted(status)}: use one of {', '.join(STATUSES)}")
    article = prompts.optional(article, "Article id")
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
        parsed = guarded(lambda text=text: CitationDraft.parse(text))  # type: ignore[misc]
        checked = prompts.known_id(parsed.source, list(repo.sources_by_id), "source")
        citations.append(CitationDraft(checked, parsed.stance))
    rationale = prompts.optional(rationale, "Rationale")
    draft = ClaimDraft(
        statement=statement,
        status=Status(status),
        id=claim_id,
        article=article,
        quote=quote,
        sources=tuple(citations),
        rationale=rationale,
        reviewed_by=reviewed_by,
        tags=tuple(tag),
    )
    report(guarded(lambda: add_claim(repo_root, draft)))


@claim_app.command("set-status")
def set_status_command(
    claim_id: str = typer.Argument(..., metavar="ID", help="The claim."),
    status: Status = typer.Argument(
        ..., metavar="STATUS", help="confirmed, unconfirmed or disputed."
    ),
    rationale: str | None = typer.Option(
        None, "--rationale", metavar="TEXT", help="Why this status."
    ),
    reviewed_by: str | None = typer.Option(
        None, "--reviewed-by", metavar="NAME", help="Who set it."
    ),
    root: Path | None = ROOT_OPTION,
) -> None:
    """Set a claim's status; reviewed_on becomes today. Comments and layout of the file stay.

    Example:

    \b
        factcheck claim set-status eu-maintains-sanctions confirmed --reviewed-by "J. Doe" \\
          --rationale "Council decision of 2026-02-24 renews them."
    """
    from factcheck.editing.claims import set_status

    repo_root = resolve(root)
    report(
        guarded(
            lambda: set_status(
                repo_root, claim_id, status, rationale=rationale, reviewed_by=reviewed_by
            )
        )
    )


@claim_app.command("edit")
def edit(
    claim_id: str = typer.Argument(..., metavar="ID", help="The claim."),
    root: Path | None = ROOT_OPTION,
) -> None:
    """Open a claim in $EDITOR; it is written only if it passes the audit's checks.

    An invalid result is not written: your text is kept in a recovery file whose
    path is printed.

    Example:

    \b
        EDITOR=nano factcheck claim edit release-123-prisoners
    """
    from factcheck.cli.editing_common import refuse
    from factcheck.editing.claims import replace_claim_text
    from factcheck.editing.store import STATE_DIR
    from factcheck.editing.validate import ValidationFailed
    from factcheck.repository import load_repository

    repo_root = resolve(root)
    repo = load_repository(repo_root)
    claim = repo.claims_by_id.get(claim_id)
    if claim is None:
        from factcheck.suggest import no_such

        usage_error(no_such("claim", claim_id, repo.claims_by_id))
    original = (repo_root / claim.path).read_text(encoding="utf-8")
    workdir = repo_root / STATE_DIR / "edit"
    workdir.mkdir(parents=True, exist_ok=True)
    draft = workdir / f"{claim_id}.yaml"
    draft.write_text(original, encoding="utf-8")
    editor = os.environ.get("VISUAL") or os.environ.get("EDITOR") or "vi"
    try:
        completed = subprocess.run([*shlex.split(editor), str(draft)], check=False)
    except OSError as error:
        usage_error(f"cannot start the editor {quoted(editor)}: {error.strerror}; set $EDITOR")
    text = draft.read_text(encoding="utf-8")
    if completed.returncode != 0:
        usage_error(
            f"the editor exited with status {completed.returncode}; nothing was written (draft: {draft})"
        )
    if text == original:
        typer.echo(f"no change to {claim.path}")
        draft.unlink()
        return
    try:
        written = replace_claim_text(repo_root, claim_id, text)
    except ValidationFailed as failed:
        recovery = (
            repo_root / STATE_DIR / "recovery" / f"{claim_id}-{datetime.now():%Y%m%d-%H%M%S}.yaml"
        )
        recovery.parent.mkdir(parents=True, exist_ok=True)
        draft.replace(recovery)
        typer.echo(
            f"factcheck: {claim.path} was not changed; your text is kept in {recovery}", err=True
        )
        refuse(failed.findings)
    draft.unlink(missing_ok=True)
    report(written)


@claim_app.command("list")
def list_claims(
    status: Status | None = typer.Option(
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
    from factcheck.formats.records import claim_dict, render_claim_table
    from factcheck.repository import load_repository

    source_id, stance = None, None
    if source is not None:
        source_id, _, stance_text = source.partition(":")
        if stance_text:
            try:
                stance = Stance(stance_text.strip())
            except ValueError:
                usage_error(
                    f"unknown stance {quoted(stance_text)} in --source {quoted(source)}: "
                    "use supports, refutes or mentions"
                )
    repo = load_repository(resolve(root))
    claims = repo.claims_where(status, article, source_id, stance, tag)
    if format is ListFormat.json:
        json.dump([claim_dict(c) for c in claims], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        render_claim_table(repo, claims, sys.stdout)


@claim_app.command("show")
def show(
    claim_id: str = typer.Argument(..., metavar="ID", help="The claim."),
    root: Path | None = ROOT_OPTION,
) -> None:
    """Show a claim, each citation resolved to its source, and the article sentence carrying it.

    Example:

    \b
        factcheck claim show bellavia-airlines-sanctions-lifted
    """
    from factcheck.formats.records import render_claim
    from factcheck.repository import load_repository
    from factcheck.suggest import no_such

    repo = load_repository(resolve(root))
    claim = repo.claims_by_id.get(claim_id)
    if claim is None:
        usage_error(no_such("claim", claim_id, repo.claims_by_id))
    render_claim(repo, claim, sys.stdout)


def register(app: typer.Typer) -> None:
    """Add the command group to the app."""
    app.add_typer(claim_app, name="claim")
