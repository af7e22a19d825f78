"""The report as Markdown, for a pull request or a CMS: record text escaped so it can
neither break a table nor inject a link, an image or HTML."""

from __future__ import annotations

from factcheck.desk.findings import Finding
from factcheck.desk.model import Stance
from factcheck.output.formats.article import MARKS
from factcheck.output.formats.markdown_text import code, link, md
from factcheck.output.report.data import (
    SENTENCE_WORDS,
    ClaimRow,
    Coverage,
    Report,
    Section,
    StatusCounts,
)
from factcheck.output.report.html import worst
from factcheck.output.report.terminal import SENTENCE_SHADES, SHADES
from factcheck.text.analysis import ClaimLink


def _bar(counts: StatusCounts, width: int = 30) -> str:
    if not counts.total:
        return "no claims"
    parts = []
    for status, count in counts.items():
        size = round(width * count / counts.total)
        parts.append(SHADES[status] * size)
    legend = ", ".join(
        f"{MARKS[status]} {count} {status.value} ({counts.share(status):.0%})"
        for status, count in counts.items()
    )
    return f"`{''.join(parts)}` {legend}"


def _coverage(coverage: Coverage) -> str:
    """The checkable sentences by what they assert: a stacked bar and its legend."""
    if not coverage.checkable:
        return "no checkable sentences"
    bar = "".join(SENTENCE_SHADES[k] * round(20 * coverage.share(k)) for k, _ in coverage.items())
    legend = ", ".join(
        f"{count} {SENTENCE_WORDS[kind]} ({coverage.share(kind):.0%})"
        for kind, count in coverage.items()
        if count or kind != "contradicts"
    )
    return f"`{bar}` of {coverage.checkable} checkable sentences: {legend}"


def _findings(findings: tuple[Finding, ...] | list[Finding]) -> list[str]:
    return [
        f"- **{f.severity.value}** {code(f.location)} {md(f.message)} ({md(f.rule)})"
        for f in findings
    ]


def _section(section: Section) -> list[str]:
    lines = [f"## {md(section.title)}", ""]
    if section.article is not None:
        lines += [code(section.article.path), ""]
    lines += [_bar(section.counts), ""]
    if section.analysis is not None:
        lines += [_coverage(section.coverage), ""]
    lines += [
        "### Claims",
        "",
        "| status | statement | sources | independent | id |",
        "|---|---|---:|---:|---|",
    ]
    for row in section.claims:
        status = row.claim.status
        word = f"{MARKS[status]} {status.value}" if status else "invalid"
        lines.append(
            f"| {word} | {md(row.claim.statement)} | {row.sources} | {row.publishers} | {code(row.claim.id)} |"
        )
    lines += ["", "### The evidence, claim by claim", ""]
    for row in section.claims:
        lines += _evidence(row)
    lines.append("")
    if section.analysis is not None:
        lines += ["### The article, sentence by sentence", ""]
        for sentence in section.analysis.sentences:
            marks = " ".join(
                f"**\\[{_mark(link_)} {md(link_.claim.id)}\\]**" for link_ in sentence.links
            )
            status = worst(sentence)
            flag = f" *({status.value})*" if status else ""
            lines.append(f"{sentence.index}. {md(sentence.text)}{flag} {marks}".rstrip())
            lines += [
                f"   {line}" for line in _findings(section.by_sentence.get(sentence.index, []))
            ]
        lines.append("")
    lines += ["### Sources", "", "| source | publisher | cited by |", "|---|---|---|"]
    for source_row in section.sources:
        source = source_row.source
        cited = "; ".join(f"{code(c.id)} ({cit.stance.value})" for c, cit in source_row.citing)
        title = link(source.title or str(source.id), source.url)
        lines.append(f"| {title} {code(source.id)} | {md(source.publisher_line)} | {cited} |")
    lines += ["", "### Findings", ""]
    lines += _findings(section.problems) or ["None."]
    lines.append("")
    return lines


def _evidence(row: ClaimRow) -> list[str]:
    """A claim's rationale, review and citations, refutations in bold capitals."""
    claim = row.claim
    status = f"{MARKS[claim.status]} {claim.status.value}" if claim.status else "invalid"
    lines = [f"- {code(claim.id)} **{status}**: {md(claim.statement)}"]
    if claim.rationale:
        lines.append(f"  - *Why:* {md(claim.rationale)}")
    if claim.reviewed_by or claim.reviewed_on:
        on = claim.reviewed_on.isoformat() if claim.reviewed_on else "no date"
        lines.append(f"  - *Reviewed:* {md(claim.reviewed_by or '?')}, {on}")
    for citation, source in row.citations:
        stance = (
            "**REFUTES**" if citation.stance is Stance.REFUTES else f"*{citation.stance.value}*"
        )
        where = md(source.publisher_line) if source else "no such source"
        text = f"  - {stance} {code(citation.source)} ({where})"
        if citation.excerpt:
            text += f": “{md(citation.excerpt)}”"
        if citation.locator:
            text += f" ({md(citation.locator)})"
        lines.append(text)
    return lines


def render_markdown(report: Report) -> str:
    """The whole Markdown document."""
    counts = report.findings
    suppressed = f" ({report.suppressed} suppressed)" if report.suppressed else ""
    orphans = f"; {len(report.orphans)} cited by no claim" if report.orphans else ""
    lines = [
        f"# factcheck report: {md(report.desk)}",
        "",
        _bar(report.counts),
        "",
        f"- **Claims:** {report.counts.total}",
        f"- **Sources:** {report.sources} from {report.publishers} independent publishers{orphans}",
        f"- **Findings:** {counts['error']} errors, {counts['warning']} warnings, "
        f"{counts['info']} info{suppressed}",
        f"- **Article sentences:** {_coverage(report.coverage)}",
        "",
    ]
    for section in report.sections:
        lines += _section(section)
    if report.orphans:
        lines += ["## Sources no claim cites", ""]
        lines += [
            f"- {code(s.id)} {md(s.publisher_line)}: {link(s.title or '', s.url)}"
            for s in report.orphans
        ]
        lines.append("")
    if report.other_problems:
        lines += ["## Other findings", ""]
        lines += _findings(report.other_problems)
        lines.append("")
    return "\n".join(lines)


def _mark(link_: ClaimLink) -> str:
    """A claim's mark beside a sentence: its status sign, or "≠ contradicts"."""
    if not link_.asserts:
        return "≠ contradicts"
    return MARKS[link_.claim.status] if link_.claim.status else "·"
