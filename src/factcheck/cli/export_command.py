"""`factcheck export claimreview|jsonschema|sqlite`: the desk for other tools."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from factcheck.cli.common import ROOT_OPTION, command_group, resolve
from factcheck.text.clean import counted, visible

export_app = command_group("Export the desk: ClaimReview, JSON Schema, SQLite.")


@export_app.command("claimreview")
def claimreview(
    output: str | None = typer.Option(
        None,
        "--output",
        "-o",
        metavar="FILE|DIR/",
        help="A .json file (all reviews), or a folder, existing or ending in / "
        "(one file per claim); default stdout.",
    ),
    root: Path | None = ROOT_OPTION,
) -> None:
    """One schema.org ClaimReview per claim, as JSON-LD.

    Needs `organization` and `review_url_template` in factcheck.yaml.

    Example:

    \b
        factcheck export claimreview --output site/claimreviews/
    """
    from factcheck.interop.claimreview import export_reviews, unexportable
    from factcheck.load.repository import load_repository

    repo = load_repository(resolve(root))
    reviews = export_reviews(repo)
    for path, reason in unexportable(repo):
        typer.echo(visible(f"skipped {path}: {reason}"), err=True)
    if output is None:
        json.dump(reviews, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return
    from factcheck.writing import write_output

    # A trailing slash means a folder even before it exists (Path would drop it).
    folder = output.endswith(("/", "\\")) or Path(output).is_dir()
    target = Path(output)
    if folder:
        for review in reviews:
            text = json.dumps(review, ensure_ascii=False, indent=2) + "\n"
            write_output(target / f"{review['identifier']}.json", text)
    else:
        write_output(target, json.dumps(reviews, ensure_ascii=False, indent=2) + "\n")
    skipped = len(unexportable(repo))
    typer.echo(
        f"wrote {counted(len(reviews), 'ClaimReview')} to {output}"
        + (f"; skipped {counted(skipped, 'claim')}" if skipped else "")
    )


@export_app.command("jsonschema")
def jsonschema(
    output: Path | None = typer.Option(
        None,
        "--output",
        "-o",
        metavar="DIR",
        help="Folder for the schema files (default: schemas/ in the repository).",
    ),
    root: Path | None = ROOT_OPTION,
) -> None:
    """The JSON Schemas (draft-07) of claim, source and settings files, for editors' YAML tools.

    Example:

    \b
        factcheck export jsonschema --output schemas/
    """
    from factcheck.interop.jsonschema import SCHEMA_DIR, write_schemas

    folder = output if output is not None else resolve(root) / SCHEMA_DIR
    for path in write_schemas(folder):
        typer.echo(f"wrote {path}")


@export_app.command("sqlite")
def sqlite(
    database: Path | None = typer.Argument(
        None, metavar="[FILE.db]", help="The database to write (replaced if it exists)."
    ),
    output: Path | None = typer.Option(
        None, "--output", "-o", metavar="FILE.db", help="The database, as for the other exports."
    ),
    root: Path | None = ROOT_OPTION,
) -> None:
    """The desk as a SQLite database with full-text search, for Datasette or sqlite-utils.

    Example:

    \b
        factcheck export sqlite -o desk.db && datasette desk.db
    """
    from factcheck.engine.audit import audit
    from factcheck.errors import Usage
    from factcheck.interop.sqlite import write_database

    if database is not None and output is not None and database != output:
        raise Usage(f"two databases named, {database} and --output {output}: give one")
    database = database or output
    if database is None:
        raise Usage("name the database to write: factcheck export sqlite -o FILE.db")

    export = write_database(audit(resolve(root)), database)
    summary = ", ".join(counted(count, table[:-1]) for table, count in export.counts.items())
    typer.echo(
        f"wrote {database}: {summary}"
        + (f"; skipped {len(export.skipped)}" if export.skipped else "")
    )
    for path, reason in export.skipped:
        typer.echo(visible(f"skipped {path}: {reason}"), err=True)


def register(app: typer.Typer) -> None:
    """Add the command group to the app."""
    app.add_typer(export_app, name="export")
