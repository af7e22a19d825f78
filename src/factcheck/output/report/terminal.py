"""The report in the terminal: a summary panel with pictures, then each article in detail.

Status is shown by sign and word as well as colour, and the bars use a different
shade per status, so the report reads the same with NO_COLOR or in a pipe. Ids
are never cut or split: the prose around them wraps instead.
"""

from __future__ import annotations

from itertools import groupby
from typing import TextIO

from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from factcheck.desk.model import Stance, Status
from factcheck.output.formats.article import MARKS, sentence_table
from factcheck.output.formats.records import status_text
from factcheck.output.formats.terminal import (
    make_console,
    print_trimmed,
    render_findings,
    tally_line,
)
from factcheck.output.report.data import (
    SENTENCE_WORDS,
    ClaimRow,
    Coverage,
    Report,
    Section,
    StatusCounts,
)
from factcheck.text.clean import counted

SHADES = {Status.CONFIRMED: "█", Status.UNCONFIRMED: "▒", Status.DISPUTED: "░"}
SENTENCE_SHADES = {
    "confirmed": "█",
    "unconfirmed": "▒",
    "disputed": "░",
    "contradicts": "╳",
    "none": "·",
}
SENTENCE_STYLES = {
    "confirmed": "status.confirmed",
    "unconfirmed": "status.unconfirmed",
    "disputed": "status.disputed",
    "contradicts": "status.disputed",
    "none": "dim",
}


def _stacked(parts: list[tuple[str, int, str]], width: int) -> Text:
    """A bar of `width` cells split among (shade, count, style) parts by their shares."""
    bar = Text()
    total = sum(count for _, count, _ in parts)
    if not total:
        bar.append("·" * width, style="dim")
        return bar
    shown = [part for part in parts if part[1]]
    remaining = width
    for index, (shade, count, style) in enumerate(shown):
        size = remaining if index == len(shown) - 1 else max(1, round(width * count / total))
        size = min(size, remaining - (len(shown) - index - 1))
        bar.append(shade * size, style=style)
        remaining -= size
    return bar


def status_bar(counts: StatusCounts, width: int) -> Text:
    """A stacked bar of the statuses, each part sized by its share."""
    return _stacked(
        [(SHADES[status], count, f"status.{status.value}") for status, count in counts.items()],
        width,
    )


def legend(counts: StatusCounts) -> Text:
    """`█ ✓ 19 confirmed (83%)  ▒ ? 2 unconfirmed (9%)  ░ ✗ 2 disputed (9%)`."""
    text = Text()
    for index, (status, count) in enumerate(counts.items()):
        if index:
            text.append("  ")
        text.append(
            f"{SHADES[status]} {MARKS[status]} {count} {status.value}",
            style=f"status.{status.value}",
        )
        text.append(f" ({counts.share(status):.0%})")
    return text


def gauge(coverage: Coverage, width: int) -> Text:
    """The checkable sentences as a stacked bar by what they assert, then one line a kind."""
    text = _stacked(
        [(SENTENCE_SHADES[k], n, SENTENCE_STYLES[k]) for k, n in coverage.items()], width
    )
    text.append(f"  {coverage.checkable} checkable sentences")
    for kind, count in coverage.items():
        if count or kind != "contradicts":
            text.append(
                f"\n{SENTENCE_SHADES[kind]} {count} {SENTENCE_WORDS[kind]}",
                style=SENTENCE_STYLES[kind],
            )
            text.append(f" ({coverage.share(kind):.0%})")
    return text


def _summary(report: Report, width: int) -> Panel:
    bar_width = max(10, min(60, width - 8))
    findings = Text("Findings: ")
    findings.append_text(tally_line(report.findings, report.suppressed))
    lines: list[RenderableType] = [
        Text(counted(report.counts.total, "claim"), style="bold"),
        status_bar(report.counts, bar_width),
        legend(report.counts),
        Text(
            f"{counted(report.sources, 'source')} from "
            f"{counted(report.publishers, 'independent publisher')}"
            + (f"; {len(report.orphans)} cited by no claim" if report.orphans else "")
        ),
        findings,
        Text("Article sentences", style="bold"),
        gauge(report.coverage, max(10, min(40, width - 40))),
    ]
    return Panel(
        Group(*lines),
        title=Text(f"factcheck report: {report.desk}", style="bold"),
        title_align="left",
    )


def _claim(row: ClaimRow) -> Group:
    """One claim with its evidence: status and id, statement, rationale, review, citations."""
    claim = row.claim
    head = status_text(claim)
    head.append("  ")
    head.append(str(claim.id), style="bold")  # an id is one long word: it never wraps
    head.append(f"  {counted(row.sources, 'source')}, {row.publishers} independent", style="rule")
    table = Table.grid(padding=(0, 1), pad_edge=False)
    table.add_column(no_wrap=True, width=8)
    table.add_column(ratio=1)
    table.add_row("", Text(claim.statement or ""))
    if claim.rationale:
        table.add_row(Text("why", style="rule"), Text(claim.rationale))
    if claim.reviewed_by or claim.reviewed_on:
        by = claim.reviewed_by or "?"
        on = claim.reviewed_on.isoformat() if claim.reviewed_on else "no date"
        table.add_row(Text("reviewed", style="rule"), Text(f"{by}, {on}"))
    for citation, source in row.citations:
        stance = citation.stance
        word = Text(stance.value.upper() if stance is Stance.REFUTES else stance.value,
                    style="severity.error" if stance is Stance.REFUTES else "rule")  # fmt: skip
        cell = Text(citation.source, style="bold" if stance is Stance.REFUTES else "")
        if source is not None:
            cell.append(f" — {source.publisher_line}")
        else:
            cell.append(" (no such source)", style="severity.error")
        if citation.excerpt:
            cell.append(f"\n“{citation.excerpt}”")
        if citation.locator:
            cell.append(f" ({citation.locator})", style="rule")
        table.add_row(word, cell)
    return Group(head, table)


def _sentences(section: Section) -> Table:
    """The article, one numbered sentence a row, its claims and findings under it."""
    assert section.analysis is not None
    return sentence_table(
        section.analysis.sentences, lambda sentence: section.by_sentence.get(sentence.index, [])
    )


def _sources_table(section: Section) -> Table:
    table = Table(box=None, pad_edge=False, show_edge=False, expand=True)
    table.add_column("source", no_wrap=True)
    table.add_column("publisher", ratio=1)
    table.add_column("cited by", ratio=2)
    for row in section.sources:
        cited = Text()
        for stance, group in groupby(
            sorted(row.citing, key=lambda pair: pair[1].stance.value),
            key=lambda pair: pair[1].stance,
        ):
            if cited:
                cited.append("; ")
            refutes = stance is Stance.REFUTES
            cited.append(f"{stance.value.upper() if refutes else stance.value}: ",
                         style="severity.error" if refutes else "dim")  # fmt: skip
            cited.append(", ".join(str(claim.id) for claim, _ in group))
        table.add_row(Text(str(row.source.id)), Text(row.source.publisher_line), cited)
    return table


def _heading(console: Console, title: str) -> None:
    console.print(Rule(Text(title, style="bold"), align="left"))


def render_report(report: Report, stream: TextIO, *, width: int | None = None) -> None:
    """`factcheck report` in the terminal."""
    console = make_console(stream, width)
    console.print(_summary(report, console.width))
    for section in report.sections:
        console.print()
        _heading(console, section.title)
        if section.article is not None:
            console.print(Text(section.article.path, style="location"))
        console.print(status_bar(section.counts, max(10, min(60, console.width - 8))))
        console.print(legend(section.counts))
        if section.analysis is not None:
            console.print(gauge(section.coverage, 20))
        console.print()
        console.print(Text("Claims and their evidence", style="bold"))
        for row in section.claims:
            print_trimmed(console, _claim(row))
            console.print()
        if section.analysis is not None:
            console.print(Text("The article, sentence by sentence", style="bold"))
            print_trimmed(console, _sentences(section))
            console.print()
        console.print(Text("Sources", style="bold"))
        print_trimmed(console, _sources_table(section))
        console.print()
        console.print(Text("Findings", style="bold"))
        if section.problems:
            render_findings(console, list(section.problems))
        else:
            console.print(Text("None.", style="ok"))
    if report.orphans:
        console.print()
        _heading(console, "Sources no claim cites")
        for source in report.orphans:
            line = Text(str(source.id), style="bold")
            line.append(f"  {source.publisher_line}: {source.title or ''}")
            console.print(line)
    if report.other_problems:
        console.print()
        _heading(console, "Other findings")
        render_findings(console, list(report.other_problems))
