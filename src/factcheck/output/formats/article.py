"""An article in the terminal as the reader sees it, each sentence marked with its claims."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TextIO

from rich.table import Table
from rich.text import Text

from factcheck.desk.findings import Finding, count_by_severity
from factcheck.desk.model import Status
from factcheck.desk.reviews import Review
from factcheck.engine.check import CheckResult
from factcheck.output.formats.corpus import review_line
from factcheck.output.formats.terminal import (
    make_console,
    print_trimmed,
    render_findings,
    tally_line,
)
from factcheck.rules.checked_elsewhere import ID as CHECKED_ELSEWHERE
from factcheck.text.analysis import ClaimLink, Explanation, Sentence

MARKS = {Status.CONFIRMED: "✓", Status.UNCONFIRMED: "?", Status.DISPUTED: "✗"}
"""Status shown by sign as well as colour, so it survives NO_COLOR and pipes."""


def render_check(
    result: CheckResult,
    stream: TextIO,
    *,
    width: int | None = None,
    show_suppressed: bool = False,
) -> None:
    """`factcheck check` (the default format): each sentence on its own numbered line, its
    claims and its findings right under it (and the candidates the matcher weighed, when
    they were asked for); then findings outside any sentence, and the audit's one-line
    summary."""
    console = make_console(stream, width)
    article = result.analysis.article
    console.print(Text(f"{article.title or article.id}", style="bold"))
    console.print(Text(article.path, style="location"))
    console.print()
    print_trimmed(
        console,
        sentence_table(
            result.analysis.sentences, result.findings_of, result.explained, result.elsewhere
        ),
    )
    console.print()
    rest = result.outside_sentences()
    if rest:
        render_findings(console, rest)
    if show_suppressed and result.suppressed:
        console.print(Text("Silenced by factcheck-ignore comments:", style="rule"))
        console.print()
        render_findings(console, result.suppressed)
    sentences = len(result.analysis.sentences)
    line = Text(f"{sentences} sentence{'s' if sentences != 1 else ''}: ")
    line.append_text(tally_line(count_by_severity(result.findings), len(result.suppressed)))
    console.print(line)


def sentence_table(
    sentences: Sequence[Sentence],
    findings_of: Callable[[Sentence], Sequence[Finding]],
    explained: Mapping[int, Sequence[Explanation]] | None = None,
    elsewhere: Mapping[int, Sequence[tuple[Review, float]]] | None = None,
) -> Table:
    """Sentence by sentence: number, text, then a line for each claim and each finding
    (the `check` command's view and the terminal report's, one table for both), with
    `elsewhere` a line for each review of the reference corpus it matches (its rating
    coloured; the desk's own claims first), and with `explained` a line for each
    candidate the matcher weighed."""
    table = Table.grid(padding=(0, 1), pad_edge=False)
    table.add_column(justify="right", style="location", no_wrap=True)
    table.add_column(ratio=1)
    for sentence in sentences:
        cell = Text(sentence.text, style="bold" if sentence.kind == "heading" else "")
        for link in sentence.links:
            cell.append("\n")
            cell.append_text(claim_line(link))
        reviews = (elsewhere or {}).get(sentence.index, [])
        for review, score in reviews:
            cell.append("\n")
            cell.append_text(review_line(review, score))
        for finding in findings_of(sentence):
            if reviews and finding.rule == CHECKED_ELSEWHERE:
                continue  # said by the lines above, with the rating's colour
            severity = finding.severity.value
            cell.append("\n")
            cell.append(severity, style=f"severity.{severity}")
            cell.append(f" {finding.message}  ")
            cell.append(finding.rule, style="rule")
        for explanation in (explained or {}).get(sentence.index, []):
            cell.append("\n")
            cell.append_text(candidate_line(explanation))
        table.add_row(str(sentence.index), cell)
    return table


def candidate_line(explanation: Explanation) -> Text:
    """ "linked     83.1 damage-estimate  meaning 0.85, words 77; names said: harwick;
    another figure: £15 million for £12 million": whether it is linked, then its scores
    and what the facts did."""
    claim, candidate = explanation
    line = Text("  candidate " if not candidate.links else "  linked    ", style="rule")
    line.append(f"{candidate.score:5.1f} ")
    line.append(str(claim.id))
    line.append(
        f"  meaning {candidate.meaning:.2f}, words {candidate.words:g}; {candidate.facts}",
        style="rule",
    )
    return line


def claim_line(link: ClaimLink) -> Text:
    """ "✓ confirmed release-123-prisoners (statement, 91.5)": status by sign and word, and
    how the link was made ("quote", "pinned", or the matcher's score)."""
    status = link.claim.status
    how = link.by if link.by != "statement" else f"statement, {link.score:g}"
    if not link.asserts:
        line = Text("≠ contradicts ", style="status.disputed")
        line.append(f"{status.value if status else 'invalid'} ", style="status.disputed")
    else:
        mark = MARKS.get(status, "·") if status else "·"
        line = Text(f"{mark} {status.value if status else 'invalid'} ",
                    style=f"status.{status.value}" if status else "dim")  # fmt: skip
    line.append(str(link.claim.id))
    line.append(f" ({how})", style="rule")
    return line
