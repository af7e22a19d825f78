"""The report as one self-contained HTML file: inline CSS and SVG, no scripts, no requests.

Rendered with Jinja2 with autoescaping on, so every piece of record or article
text is escaped; only http(s) URLs become links (rich's own HTML export writes
link targets unescaped, so it is not used here).
"""

from __future__ import annotations

from importlib import resources

from jinja2 import Environment, select_autoescape

from factcheck.desk.model import Status
from factcheck.output.formats.article import MARKS
from factcheck.output.formats.markdown_text import safe_url
from factcheck.output.report.data import SENTENCE_WORDS, Report
from factcheck.text.analysis import ArticleAnalysis, Sentence


def worst(sentence: Sentence) -> Status | None:
    """The least backed status among the claims a sentence asserts (disputed first)."""
    statuses = {link.claim.status for link in sentence.links if link.asserts}
    for status in (Status.DISPUTED, Status.UNCONFIRMED, Status.CONFIRMED):
        if status in statuses:
            return status
    return None


def blocks(analysis: ArticleAnalysis) -> list[list[Sentence]]:
    """The article's sentences grouped by paragraph, heading or list item."""
    return analysis.blocks()


def render_html(report: Report) -> str:
    """The whole HTML document."""
    environment = Environment(autoescape=select_autoescape(default=True, default_for_string=True))
    template_text = (
        resources.files("factcheck")
        .joinpath("templates/report.html.j2")
        .read_text(encoding="utf-8")
    )
    template = environment.from_string(template_text)
    # A sentence may be pinned to a claim of another article: its link goes where that
    # claim is listed.
    claim_sections: dict[str, str] = {}
    for section in report.sections:
        for row in section.claims:
            claim_sections.setdefault(str(row.claim.id), section.anchor)
    return template.render(
        report=report,
        claim_sections=claim_sections,
        marks=MARKS,
        safe_url=safe_url,
        worst=worst,
        blocks=blocks,
        sentence_words=SENTENCE_WORDS,
        sentence_colours=SENTENCE_COLOURS,
    )


SENTENCE_COLOURS = {
    "confirmed": "var(--confirmed)",
    "unconfirmed": "var(--unconfirmed)",
    "disputed": "var(--disputed)",
    "contradicts": "#8250df",
    "none": "var(--muted)",
}
