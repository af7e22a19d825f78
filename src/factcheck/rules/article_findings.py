"""Shared helpers for the rules that report on article sentences."""

from __future__ import annotations

from factcheck.desk.findings import Finding, Severity
from factcheck.rules.base import CLAIMS_AND_ARTICLES, Check, Rule
from factcheck.text.analysis import ArticleAnalysis, Sentence


def excerpt(text: str, limit: int = 90) -> str:
    """A sentence shortened for a message."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def on_sentence(
    rule_id: str,
    severity: Severity,
    message: str,
    analysis: ArticleAnalysis,
    sentence: Sentence,
    record: str | None = None,
    suggestion: str | None = None,
) -> Finding:
    """A finding located at the start of `sentence` in its article file."""
    return on_figure(rule_id, severity, message, analysis, sentence.start, record, suggestion)


def on_figure(
    rule_id: str,
    severity: Severity,
    message: str,
    analysis: ArticleAnalysis,
    offset: int,
    record: str | None = None,
    suggestion: str | None = None,
) -> Finding:
    """A finding located on the body character at `offset` (a sentence, or a figure in one)."""
    line, column = analysis.position(offset)
    return Finding(
        rule=rule_id,
        severity=severity,
        message=message,
        path=analysis.article.path,
        line=line,
        column=column,
        record=record if record is not None else analysis.article.id,
        suggestion=suggestion,
    )


def article_rule(rule_id: str, severity: Severity, doc: str, check: Check) -> Rule:
    """A rule over the articles' analyses: its findings for each article depend only on
    that article, its analysis and the claims that name it (so they are kept article by
    article), and it reads no source."""
    return Rule(rule_id, severity, doc, check, reads=CLAIMS_AND_ARTICLES, per_article=True)
