"""Claims and sources for people (tables, detail views) and for scripts (JSON)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any, TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from factcheck.desk.model import SOURCE_FIELDS, Citation, Claim, Source
from factcheck.desk.repository import Repository
from factcheck.output.formats.article import MARKS
from factcheck.output.formats.terminal import make_console, print_trimmed
from factcheck.rules.evidence import independent_publishers
from factcheck.text.clean import counted


def citation_dict(citation: Citation) -> dict[str, Any]:
    """A citation as JSON."""
    return {
        "source": citation.source,
        "stance": citation.stance.value,
        "excerpt": citation.excerpt,
        "locator": citation.locator,
    }


def claim_dict(claim: Claim) -> dict[str, Any]:
    """A claim as JSON: every field of the format, dates as ISO text."""
    return {
        "id": claim.id,
        "path": claim.path,
        "statement": claim.statement,
        "status": claim.status.value if claim.status else None,
        "article": claim.article,
        "quote": claim.quote,
        "sources": [citation_dict(c) for c in claim.sources],
        "rationale": claim.rationale,
        "reviewed_by": claim.reviewed_by,
        "reviewed_on": claim.reviewed_on.isoformat() if claim.reviewed_on else None,
        "tags": list(claim.tags),
    }


def source_dict(source: Source) -> dict[str, Any]:
    """A source as JSON."""
    document: dict[str, Any] = {"id": source.id, "path": source.path}
    for spec in SOURCE_FIELDS[1:]:  # every field of the format, in its order
        value = getattr(source, spec.name)
        document[spec.name] = value.isoformat() if isinstance(value, date) else value
    return document


def status_text(claim: Claim) -> Text:
    """The status by sign, word and colour."""
    if claim.status is None:
        return Text("? invalid", style="dim")
    return Text(f"{MARKS[claim.status]} {claim.status.value}", style=f"status.{claim.status.value}")


def render_claim_table(repo: Repository, claims: Sequence[Claim], stream: TextIO) -> None:
    """`factcheck claim list`."""
    table = Table(box=None, pad_edge=False, show_edge=False)
    table.add_column("status", no_wrap=True)
    table.add_column("id", no_wrap=True)  # an id is never split: the prose wraps
    table.add_column("statement", ratio=3, overflow="fold")
    table.add_column("sources", justify="right", no_wrap=True)
    for claim in claims:
        publishers = len(independent_publishers(repo, claim))
        table.add_row(
            status_text(claim),
            Text(str(claim.id)),
            Text(claim.statement or ""),
            f"{len(claim.sources)} ({publishers} ind.)",
        )
    console = make_console(stream)
    print_trimmed(console, table)
    console.print(Text(f"{len(claims)} claim{'s' if len(claims) != 1 else ''}", style="dim"))


def render_source_table(repo: Repository, sources: Sequence[Source], stream: TextIO) -> None:
    """`factcheck source list`."""
    table = Table(box=None, pad_edge=False, show_edge=False)
    table.add_column("id", no_wrap=True)  # an id is never split: the prose wraps
    table.add_column("publisher", ratio=1)
    table.add_column("title", ratio=2, overflow="fold")
    table.add_column("cited by", justify="right", no_wrap=True)
    for source in sources:
        table.add_row(
            Text(str(source.id)),
            Text(source.publisher_line),
            Text(source.title or ""),
            str(len({claim.path for claim, _ in repo.claims_citing(source.id or "")})),
        )
    console = make_console(stream)
    print_trimmed(console, table)
    console.print(Text(f"{len(sources)} source{'s' if len(sources) != 1 else ''}", style="dim"))


def _field(table: Table, name: str, value: str | Text | None) -> None:
    if value:
        table.add_row(Text(name, style="dim"), value if isinstance(value, Text) else Text(value))


def _heading(console: Console, record: Claim | Source) -> Table:
    """Print the record's id and path; return the field grid to fill."""
    console.print(  # a path is not broken across lines: the terminal wraps it whole
        Text(str(record.id), style="bold") + Text(f"  {record.path}", style="location"),
        soft_wrap=True,
    )
    table = Table.grid(padding=(0, 2))
    table.add_column(no_wrap=True)
    table.add_column(ratio=1)
    return table


def _hanging(console: Console, lead: str, body: Text, lead_style: str = "dim") -> None:
    """`lead` then `body`, whose wrapped lines start under its first, not at column 0."""
    grid = Table.grid()
    grid.add_column(no_wrap=True)
    grid.add_column(ratio=1)
    grid.add_row(Text(lead, style=lead_style), body)
    print_trimmed(console, grid)


CITATION_LEAD = 12
"""Where a citation's text starts: after two spaces and the longest stance."""


def render_claim(repo: Repository, claim: Claim, stream: TextIO) -> None:
    """`factcheck claim show`: the claim, its sources resolved, and its article sentences."""
    console = make_console(stream)
    table = _heading(console, claim)
    _field(table, "statement", claim.statement)
    _field(table, "status", status_text(claim))
    _field(table, "article", claim.article)
    _field(table, "quote", claim.quote)
    _field(table, "rationale", claim.rationale)
    reviewed = " ".join(
        x for x in (claim.reviewed_by, claim.reviewed_on and claim.reviewed_on.isoformat()) if x
    )
    _field(table, "reviewed", reviewed)
    _field(table, "tags", ", ".join(claim.tags))
    print_trimmed(console, table)
    console.print(Text("\nsources", style="bold"))
    if not claim.sources:
        console.print(Text("  none", style="dim"))
    for citation, source in repo.sources_of(claim):
        line = Text(citation.source)
        if source is None:
            line.append("  (no such source)", style="severity.error")
        else:
            line.append(f"  {source.publisher}: {source.title}")
            if source.url:
                line.append(f"  {source.url}", style="location")
        _hanging(console, f"  {citation.stance.value:9} ", line)
        for label, value in (("excerpt", citation.excerpt), ("locator", citation.locator)):
            if value:
                _hanging(
                    console, " " * CITATION_LEAD, Text(f"{label}: ", style="dim") + Text(value)
                )
    article = repo.articles_by_id.get(claim.article or "")
    if article is not None:
        from factcheck.rules.base import article_claims
        from factcheck.text.analysis import analyze

        analysis = analyze(article, article_claims(repo, article), repo.settings)
        sentences = analysis.sentences_of(str(claim.id))
        console.print(Text(f"\nin {article.path}", style="bold"))
        if not sentences:
            console.print(Text("  no sentence of the article carries it", style="dim"))
        for sentence in sentences:
            _hanging(console, f"  line {sentence.line}: ", Text(sentence.text))


def render_source(repo: Repository, source: Source, stream: TextIO) -> None:
    """`factcheck source show`: the source and the claims citing it, with their stances."""
    console = make_console(stream)
    table = _heading(console, source)
    for spec in SOURCE_FIELDS[1:]:
        value = getattr(source, spec.name)
        _field(table, spec.name, value.isoformat() if isinstance(value, date) else value)
    print_trimmed(console, table)
    citing = repo.claims_citing(source.id or "")
    claims = len({claim.path for claim, _ in citing})  # a claim citing it twice is one claim
    console.print(Text(f"\ncited by {counted(claims, 'claim')}", style="bold"))
    for claim, citation in citing:
        line = Text(str(claim.id)) + Text("  ")
        line.append_text(status_text(claim))
        _hanging(console, f"  {citation.stance.value:9} ", line)
        if claim.statement:
            _hanging(console, " " * CITATION_LEAD, Text(claim.statement))
