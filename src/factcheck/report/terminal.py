"""The report in the terminal: a summary panel with pictures, then each article in detail.

Status is shown by sign and word as well as colour, and the bars use a different
shade per status, so the report reads the same with NO_COLOR or in a pipe.
"""

from __future__ import annotations

from itertools import groupby
from typing import TextIO

from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from factcheck.formats.article import MARKS, paragraphs
from factcheck.formats.records import status_text
from factcheck.formats.terminal import make_console, print_trimmed, render_findings
from factcheck.model import Status
from factcheck.report.data import Coverage, Report, Section, StatusCounts

SHADES = {Status.CONFIRMED: "█", Status.UNCONFIRMED: "▒", Status.DISPUTED: "░"}


def status_bar(counts: StatusCounts, width: int) -> Text:
    """A stacked bar of the statuses, each part sized by its share, then a legend."""
    bar = Text()
    if counts.total:
        remaining = width
        parts = [(status, count) for status, count in counts.items() if count]
        for index, (status, count) in enumerate(parts):
            size = (
                remaining
                if index == len(parts) - 1
                else max(1, round(width * count / counts.total))
            )
            size = min(size, remaining - (len(parts) - index - 1))
            bar.append(SHADES[status] * size, style=f"status.{status.value}")
            remaining -= size
    else:
        bar.append("·" * width, style="dim")
    return bar


def legend(counts: StatusCounts) -> Text:
    """`█ 19 confirmed (83%)  ▒ 2 unconfirmed (9%)  ░ 2 disputed (9%)`."""
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
    """`[██████░░░░] 79% of 34 checkable sentences linked to a claim`."""
    filled = round(width * coverage.share)
    text = Text("[")
    text.append("█" * filled, style="status.confirmed")
    text.append("░" * (width - filled), style="dim")
    text.append(
        f"] {coverage.share:.0%}: {coverage.linked} of {coverage.checkable} checkable sentences linked to a claim"
    )
    return text


def _summary(report: Report, width: int) -> Panel:
    bar_width = max(10, min(60, width - 8))
    counts = report.findings
    lines: list[RenderableType] = [
        Text(f"{report.counts.total} claims", style="bold"),
        status_bar(report.counts, bar_width),
        legend(report.counts),
        Text(f"{report.sources} sources from {report.publishers} independent publishers"),
        Text(
            f"Findings: {counts['error']} errors, {counts['warning']} warnings, {counts['info']} info"
        ),
        Text("Coverage", style="bold"),
        gauge(report.coverage, max(10, min(30, width - 60))),
    ]
    return Panel(Group(*lines), title=Text("factcheck report", style="bold"), title_align="left")


def _claims_table(section: Section) -> Table:
    table = Table(box=None, pad_edge=False, show_edge=False, expand=True)
    table.add_column("status", no_wrap=True)
    table.add_column("statement", ratio=3)
    table.add_column("src", justify="right", no_wrap=True)
    table.add_column("ind", justify="right", no_wrap=True)
    table.add_column("id", no_wrap=True, overflow="ellipsis", max_width=24)
    for row in section.claims:
        table.add_row(
            status_text(row.claim),
            Text(row.claim.statement or ""),
            str(row.sources),
            str(row.publishers),
            Text(str(row.claim.id), style="dim"),
        )
    return table


def _sources_table(section: Section) -> Table:
    table = Table(box=None, pad_edge=False, show_edge=False, expand=True)
    table.add_column("source", ratio=2, overflow="fold")
    table.add_column("publisher", ratio=1)
    table.add_column("cited by", ratio=3)
    for row in section.sources:
        cited = Text()
        for stance, group in groupby(
            sorted(row.citing, key=lambda pair: pair[1].stance.value),
            key=lambda pair: pair[1].stance,
        ):
            if cited:
                cited.append("; ")
            cited.append(f"{stance.value}: ", style="dim")
            cited.append(", ".join(str(claim.id) for claim, _ in group))
        table.add_row(Text(str(row.source.id)), Text(row.source.publisher_line), cited)
    return table


def _annotated(console: Console, section: Section) -> None:
    assert section.analysis is not None
    for paragraph in paragraphs(section.analysis):
        print_trimmed(console, paragraph)
        console.print()


def render_report(report: Report, stream: TextIO, *, width: int | None = None) -> None:
    """`factcheck report` in the terminal."""
    console = make_console(stream, width)
    console.print(_summary(report, console.width))
    for section in report.sections:
        console.print()
        console.print(Rule(Text(section.title, style="bold"), align="left"))
        if section.article is not None:
            console.print(Text(section.article.path, style="location"))
        console.print(status_bar(section.counts, max(10, min(60, console.width - 8))))
        console.print(legend(section.counts))
        if section.analysis is not None:
            console.print(gauge(section.coverage, 20))
        console.print()
        console.print(Text("Claims", style="bold"))
        print_trimmed(console, _claims_table(section))
        console.print()
        if section.analysis is not None:
            console.print(Text("The article, sentence by sentence", style="bold"))
            _annotated(console, section)
        console.print(Text("Sources", style="bold"))
        print_trimmed(console, _sources_table(section))
        console.print()
        console.print(Text("Open problems", style="bold"))
        if section.problems:
            render_findings(console, list(section.problems))
        else:
            console.print(Text("None.", style="ok"))
    if report.other_problems:
        console.print(Rule(Text("Other open problems", style="bold"), align="left"))
        render_findings(console, list(report.other_problems))
