"""`factcheck cite CLAIM SOURCE`: add a citation to a claim, or update it."""

from __future__ import annotations

from pathlib import Path

import typer

from factcheck.cli.common import ROOT_OPTION, resolve
from factcheck.cli.editing_common import report
from factcheck.desk.model import Stance


def cite(
    claim_id: str = typer.Argument(..., metavar="CLAIM", help="The claim."),
    source_id: str = typer.Argument(..., metavar="SOURCE", help="The source it cites."),
    stance: str | None = typer.Option(
        None,
        "--stance",
        help="What the source says of the claim (a new citation: supports; "
        "an existing one keeps its stance unless this is given).",
    ),
    excerpt: str | None = typer.Option(
        None, "--excerpt", metavar="TEXT", help="The passage that bears on the claim."
    ),
    locator: str | None = typer.Option(
        None, "--locator", metavar="TEXT", help="Page, paragraph or timestamp."
    ),
    root: Path | None = ROOT_OPTION,
) -> None:
    """Cite SOURCE from CLAIM, or update that citation; the rest of the file stays as it was.

    Example:

    \b
        factcheck cite bellavia-airlines-sanctions-lifted knews-us-lifts-air-sanctions-belarus \\
          --stance mentions --excerpt "OFAC removed Belavia from its sanctions list"
    """
    from factcheck.edit.claims import CitationDraft
    from factcheck.edit.claims import cite as cite_source
    from factcheck.suggest import choice

    repo_root = resolve(root)
    chosen = Stance(choice(stance, [s.value for s in Stance], "--stance")) if stance else None
    citation = CitationDraft(source_id, chosen, excerpt, locator)
    report(cite_source(repo_root, claim_id, citation))


def register(app: typer.Typer) -> None:
    """Add the command to the app."""
    app.command("cite", short_help="Cite a source from a claim.")(cite)
