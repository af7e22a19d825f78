"""The report as Markdown, for a pull request or a CMS: record text escaped so it can
neither break a table nor inject a link, an image or HTML."""

from __future__ import annotations

import re
from urllib.parse import quote

from factcheck.formats.article import MARKS
from factcheck.report.data import Coverage, Report, Section, StatusCounts
from factcheck.report.html import safe_url, worst
from factcheck.report.terminal import SHADES
from factcheck.text.analysis import ClaimLink

_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~&])")


def md(text: str | None) -> str:
    """Escape every Markdown (and HTML) special character; one line."""
    return _SPECIAL.sub(r"\\\1", " ".join((text or "").split()))


def code(text: str | None) -> str:
    """`text` as a code span that no backtick or pipe inside it can end or split."""
    body = " ".join((text or "").split()).replace("|", "\\|")
    longest = max((len(run) for run in re.findall(r"`+", body)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if body.startswith("`") or body.endswith("`") else ""
    return f"{fence}{pad}{body}{pad}{fence}"


def link(text: str, url: str | None) -> str:
    """`[text](url)` for http(s) URLs, escaped text otherwise."""
    target = safe_url(url)
    if target is None:
        return md(text)
    return f"[{md(text)}](<{quote(target, safe=':/?#[]@!$&*+,;=%~-._')}>)"


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
    filled = round(20 * coverage.share)
    return (
        f"`[{'█' * filled}{'░' * (20 - filled)}]` {coverage.share:.0%}: {coverage.linked} of "
        f"{coverage.checkable} checkable sentences linked to a claim"
    )


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
        lines.append("")
    lines += ["### Sources", "", "| source | publisher | cited by |", "|---|---|---|"]
    for source_row in section.sources:
        source = source_row.source
        cited = "; ".join(f"{code(c.id)} ({cit.stance.value})" for c, cit in source_row.citing)
        title = link(source.title or str(source.id), source.url)
        lines.append(f"| {title} {code(source.id)} | {md(source.publisher_line)} | {cited} |")
    lines += ["", "### Open problems", ""]
    lines += [
        f"- **{f.severity.value}** {code(f.location)} {md(f.message)} ({md(f.rule)})"
        for f in section.problems
    ] or ["None."]
    lines.append("")
    return lines


def render_markdown(report: Report) -> str:
    """The whole Markdown document."""
    counts = report.findings
    lines = [
        "# factcheck report",
        "",
        _bar(report.counts),
        "",
        f"- **Claims:** {report.counts.total}",
        f"- **Sources:** {report.sources} from {report.publishers} independent publishers",
        f"- **Findings:** {counts['error']} errors, {counts['warning']} warnings, {counts['info']} info",
        f"- **Coverage:** {_coverage(report.coverage)}",
        "",
    ]
    for section in report.sections:
        lines += _section(section)
    if report.other_problems:
        lines += ["## Other open problems", ""]
        lines += [
            f"- **{f.severity.value}** {code(f.location)} {md(f.message)} ({md(f.rule)})"
            for f in report.other_problems
        ]
        lines.append("")
    return "\n".join(lines)


def _mark(link_: ClaimLink) -> str:
    """A claim's mark beside a sentence: its status sign, or "≠ contradicts"."""
    if not link_.asserts:
        return "≠ contradicts"
    return MARKS[link_.claim.status] if link_.claim.status else "·"
