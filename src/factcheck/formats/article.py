"""An article in the terminal as the reader sees it, each sentence marked with its claims."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TextIO

from rich.text import Text

from factcheck.check import CheckResult
from factcheck.formats.terminal import make_console, print_trimmed, render_findings
from factcheck.model import Status
from factcheck.text.analysis import ArticleAnalysis, Sentence

MARKS = {Status.CONFIRMED: "✓", Status.UNCONFIRMED: "?", Status.DISPUTED: "✗"}
"""Status shown by sign as well as colour, so it survives NO_COLOR and pipes."""


def sentence_text(sentence: Sentence) -> Text:
    """The sentence, coloured by the weakest status among its claims, then its claim marks."""
    statuses = [link.claim.status for link in sentence.links if link.claim.status and link.asserts]
    style = ""
    for worst in (Status.DISPUTED, Status.UNCONFIRMED, Status.CONFIRMED):
        if worst in statuses:
            style = f"status.{worst.value}"
            break
    text = Text(sentence.text, style="bold" if sentence.kind == "heading" else style)
    for link in sentence.links:
        status = link.claim.status
        if not link.asserts:
            said = f"{status.value} " if status else ""
            text.append(f" [≠ contradicts {said}{link.claim.id}]", style="status.disputed")
            continue
        mark = MARKS.get(status, "·") if status else "·"
        label = f" [{mark} {status.value if status else 'invalid'}: {link.claim.id}]"
        text.append(label, style=f"status.{status.value}" if status else "dim")
    return text


def render_check(result: CheckResult, stream: TextIO, *, width: int | None = None) -> None:
    """`factcheck check` (the default format)."""
    console = make_console(stream, width)
    article = result.analysis.article
    console.print(Text(f"{article.title or article.id}", style="bold"))
    console.print(Text(article.path, style="location"))
    console.print()
    for paragraph in paragraphs(result.analysis):
        print_trimmed(console, paragraph)
        console.print()
    render_findings(console, result.findings)


def paragraphs(analysis: ArticleAnalysis) -> Iterator[Text]:
    """Each paragraph, heading or list item of the article, its sentences marked."""
    for sentences in analysis.blocks():
        paragraph = Text("• " if sentences[0].kind in ("item", "reference") else "")
        for index, sentence in enumerate(sentences):
            if index:
                paragraph.append(" ")
            paragraph.append_text(sentence_text(sentence))
        yield paragraph
