"""`factcheck corpus stats|search` in the terminal, and a review as a line beside the
sentence that matches it. A review's text is data: it is printed as text, never markup."""

from __future__ import annotations

from collections import Counter
from typing import TextIO

from rich.table import Table
from rich.text import Text

from factcheck.desk.reviews import Review
from factcheck.engine.corpus import CorpusStats, Found
from factcheck.output.formats.terminal import make_console, print_trimmed
from factcheck.text.clean import counted
from factcheck.text.ratings import verdict_of

SHOWN = 10
"""Publishers, languages and skip reasons listed by name; the rest are counted."""


def rating_text(review: Review) -> Text:
    """The rating as written, coloured by what it says (false, mixed, true)."""
    verdict = verdict_of(review.rating, review.rating_value, review.best_rating,
                         review.worst_rating)  # fmt: skip
    return Text(review.rating or "rating not given", style=f"verdict.{verdict}")


def review_line(review: Review, score: float) -> Text:
    """ "False · Snopes, 2016-02-25 (44.1) https://…: 'the claim'": a review beside a
    sentence."""
    line = Text("  elsewhere ", style="rule")
    line.append_text(rating_text(review))
    line.append(f" · {review.publisher}")
    if review.published:
        line.append(f", {review.published.isoformat()}")
    line.append(f" ({score:g}) ", style="rule")
    line.append(review.url or "no URL", style="location")
    return line


def _counts(title: str, counts: Counter[str]) -> Table:
    table = Table(title, "reviews", box=None, pad_edge=False, title_justify="left")
    for name, count in counts.most_common(SHOWN):
        table.add_row(Text(name), str(count))
    rest = counts.most_common()[SHOWN:]
    if rest:
        table.add_row(Text(f"{len(rest)} more", style="rule"), str(sum(n for _, n in rest)))
    return table


def render_stats(stats: CorpusStats, stream: TextIO) -> None:
    """`factcheck corpus stats`: the feeds, the reviews by publisher, language and year,
    and every skipped item's reason (with where the first few were)."""
    console = make_console(stream)
    console.print(
        Text(f"{counted(stats.reviews, 'review')} from {counted(len(stats.feeds), 'feed')}"),
        style="bold",
    )
    for title, counts in (("publisher", stats.publishers), ("language", stats.languages)):
        console.print()
        print_trimmed(console, _counts(title, counts))
    console.print()
    years = Table("year", "reviews", box=None, pad_edge=False)
    for year, count in sorted(stats.years.items()):
        years.add_row(year, str(count))
    print_trimmed(console, years)
    console.print()
    reasons = Counter(skip.reason for skip in stats.skipped)
    console.print(Text(f"{counted(len(stats.skipped), 'item')} skipped", style="bold"))
    for reason, count in reasons.most_common():
        places = [skip.where for skip in stats.skipped if skip.reason == reason]
        shown = ", ".join(places[:3]) + (f", and {len(places) - 3} more" if len(places) > 3 else "")
        console.print(Text(f"  {count} {reason}: {shown}"), soft_wrap=True)


def render_search(found: list[Found], stream: TextIO) -> None:
    """`factcheck corpus search`: the best reviews, best first, those a sentence saying
    the text would be reported with marked ✓."""
    console = make_console(stream)
    if not found:
        console.print(Text("no review in the corpus", style="rule"))
        return
    for rank, hit in enumerate(found, start=1):
        head = Text(f"{rank:2}. {'✓' if hit.matches else ' '} {hit.score:5.1f}  ")
        head.append_text(rating_text(hit.review))
        head.append(f" · {hit.review.publisher}")
        if hit.review.published:
            head.append(f", {hit.review.published.isoformat()}")
        console.print(head, soft_wrap=True)
        console.print(Text(f"         {hit.review.statement}"), soft_wrap=True)
        console.print(Text(f"         {hit.review.url or 'no URL'}", style="location"),
                      soft_wrap=True)  # fmt: skip
