"""`factcheck corpus stats|search`: the reference corpus of other fact-checkers' reviews."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from factcheck.cli.claim_command import ListFormat
from factcheck.cli.common import ROOT_OPTION, command_group, resolve

corpus_app = command_group("The reference corpus: other fact-checkers' published reviews.")

NO_CACHE = typer.Option(False, "--no-cache", help="Read the feeds afresh; keep nothing.")


@corpus_app.command("stats", short_help="What the corpus holds, and what was skipped.")
def stats(
    format: ListFormat = typer.Option(ListFormat.rich, "--format", "-f", help="Output format."),
    no_cache: bool = NO_CACHE,
    root: Path | None = ROOT_OPTION,
) -> None:
    """Reviews by publisher, language and year, and every item of every feed that could
    not be read, with its reason.

    Example:

    \b
        factcheck corpus stats
    """
    from factcheck.engine.corpus import corpus_stats
    from factcheck.output.formats.corpus import render_stats

    found = corpus_stats(resolve(root), use_cache=not no_cache)
    if format is ListFormat.json:
        json.dump(found.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return
    render_stats(found, sys.stdout)


@corpus_app.command("search", short_help="The reviews a text matches best.")
def search(
    text: str = typer.Argument(..., metavar="TEXT", help="A claim, a sentence or a paragraph."),
    limit: int = typer.Option(10, "--limit", "-n", min=1, max=1000, help="How many to show."),
    format: ListFormat = typer.Option(ListFormat.rich, "--format", "-f", help="Output format."),
    no_cache: bool = NO_CACHE,
    root: Path | None = ROOT_OPTION,
) -> None:
    """The reviews TEXT matches best, with their scores; ✓ marks those an article
    sentence saying it would be reported with (checked-elsewhere).

    Example:

    \b
        factcheck corpus search "5G towers spread the coronavirus"
    """
    from factcheck.engine.check import elsewhere_dict
    from factcheck.engine.corpus import corpus_search
    from factcheck.output.formats.corpus import render_search

    found = corpus_search(resolve(root), text, limit, use_cache=not no_cache)
    if format is ListFormat.json:
        rows = [{**elsewhere_dict(f.review, f.score), "matches": f.matches} for f in found]
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return
    render_search(found, sys.stdout)


def register(app: typer.Typer) -> None:
    """Add the command group to the app."""
    app.add_typer(corpus_app, name="corpus")
