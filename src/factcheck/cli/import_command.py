"""`factcheck import claimreview FILE…`: fact-checks from the wild become sources and claims."""

from __future__ import annotations

from pathlib import Path

import typer

from factcheck.cli.common import ROOT_OPTION, command_group, resolve
from factcheck.text.clean import counted, quoted

import_app = command_group("Import fact-checks published by others.")


@import_app.command("claimreview")
def claimreview(
    files: list[Path] = typer.Argument(
        ...,
        metavar="FILE…",
        help="ClaimReview JSON, JSON-LD, DataFeed, NDJSON or a Fact Check Tools API response.",
    ),
    verbose: bool = typer.Option(
        False, "--verbose", "-v", help="Say what became of every review read."
    ),
    root: Path | None = ROOT_OPTION,
) -> None:
    """Import ClaimReviews: each becomes a source (the fact-check) and a claim citing it.

    Re-importing adds nothing; existing records are never overwritten.

    Example:

    \b
        factcheck import claimreview feed.json factchecks.ndjson
    """
    from factcheck.edit.importing import import_claimreview

    summary = import_claimreview(resolve(root), files)
    typer.echo(
        f"read {counted(len(summary.outcomes), 'review')}: added {summary.count('added')} "
        f"({counted(len(summary.added_claims), 'claim')}, "
        f"{counted(len(summary.added_sources), 'source')}), "
        f"{summary.count('present')} already present, skipped {summary.count('skipped')}"
    )
    for outcome in summary.outcomes:
        if verbose or outcome.result == "skipped":
            typer.echo(f"  {outcome.result} {outcome.where}: {outcome.detail}")
    if summary.unknown_ratings:
        ratings = ", ".join(
            f"{quoted(rating)} ({count})" for rating, count in summary.unknown_ratings.most_common()
        )
        typer.echo(
            f"unknown ratings, imported as unconfirmed: {ratings}; map them under `ratings:` in factcheck.yaml"
        )
    for problem in summary.problems:
        typer.echo(f"  problem: {problem}", err=True)


def register(app: typer.Typer) -> None:
    """Add the command group to the app."""
    app.add_typer(import_app, name="import")
