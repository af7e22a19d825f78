"""A place in an article, `ARTICLE:LINE[:COLUMN]` as findings print it, and the sentence there.

ARTICLE is the article's id or its path relative to the desk (as findings name
it; a path from the current folder or an absolute one does too). The sentences
are split and located as the audit does (`text.analysis.article_sentences`), so a
`path:line:column` pasted from a finding finds the sentence the finding is about:
the one holding that column — a finding on a word inside a sentence (a hedge, a
figure) names the sentence around it. Without a column, the first sentence that
starts on the line, else the one running through it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from factcheck.desk.model import Article
from factcheck.desk.repository import Repository
from factcheck.errors import Usage
from factcheck.suggest import hint
from factcheck.text.analysis import LineTable, Sentence, article_sentences
from factcheck.text.clean import counted, quoted
from factcheck.text.sentences import without_marker

_PLACE = re.compile(r"^(?P<article>.+?):(?P<line>[0-9]+)(?::(?P<column>[0-9]+))?$")


@dataclass(frozen=True)
class SentenceAt:
    """The sentence at a place: its article's id and its text."""

    article: str
    text: str
    """As a reader sees it and the audit finds a quote: Markdown markup left out, and a
    list item's number too (the writer's words, whatever the list's numbering)."""


def sentence_at(repo: Repository, place: str, flag: str = "--from") -> SentenceAt:
    """The sentence at `place`; else Usage naming the nearest place that has one."""
    match = _PLACE.match(place.strip())
    if match is None:
        example = next(
            (
                f", e.g. {quoted(_place_of(a, found[0]))}"
                for a in repo.articles
                if (found := article_sentences(a))
            ),
            "",
        )
        raise Usage(
            f"{flag} {quoted(place)}: write ARTICLE:LINE or ARTICLE:LINE:COLUMN, as findings "
            f"name a place{example}"
        )
    article = _article(repo, match["article"], flag)
    line = int(match["line"])
    column = int(match["column"]) if match["column"] else None
    sentence = _sentence(article, line, column)
    text = without_marker(sentence.text) if sentence.kind == "item" else sentence.text
    return SentenceAt(str(article.id), text)


def _place_of(article: Article, sentence: Sentence) -> str:
    """`path:line:column` of the sentence, as findings name it."""
    return f"{article.path}:{sentence.line}:{sentence.column}"


def _article(repo: Repository, name: str, flag: str) -> Article:
    """The article `name` is the id or the path of (relative to the desk, or from here)."""
    by_path = {article.path: article for article in repo.articles}
    found = repo.articles_by_id.get(name) or by_path.get(Path(name).as_posix())
    if found is None:
        here = Path(name).resolve()
        if repo.root.resolve() in here.parents:
            found = by_path.get(here.relative_to(repo.root.resolve()).as_posix())
    if found is None:
        known = [*repo.articles_by_id, *by_path]
        raise Usage(f"{flag}: no article has the id or path {quoted(name)}{hint(name, known)}")
    if found.id is None:
        raise Usage(f"{found.path} has no valid id in its front matter: `factcheck audit` says why")
    return found


def _sentence(article: Article, line: int, column: int | None) -> Sentence:
    """The sentence holding `line:column` (or starting on, else running through, `line`)."""
    table = LineTable(article.body, article.body_line)
    last = article.body_line + len(table.starts) - (2 if article.body.endswith("\n") else 1)
    if line < 1 or column == 0:
        raise Usage(f"{article.path}: lines and columns count from 1")
    if line > last:
        raise Usage(f"line {line} is past the end of {article.path} ({counted(last, 'line')})")
    sentences = article_sentences(article)
    if not sentences:
        raise Usage(f"{article.path} has no sentence yet: write the article's text first")
    if line < article.body_line:
        first = sentences[0]
        raise Usage(
            f"line {line} of {article.path} is in its front matter; its first sentence is at "
            f"{_place_of(article, first)}"
        )
    index = line - article.body_line
    line_start = table.starts[index]
    line_end = table.starts[index + 1] - 1 if index + 1 < len(table.starts) else len(article.body)
    if column is not None and column - 1 > line_end - line_start:
        raise Usage(
            f"column {column} is past the end of line {line} of {article.path} "
            f"({counted(line_end - line_start, 'character')})"
        )
    if column is not None:
        offset = line_start + column - 1
        here = [s for s in sentences if s.start <= offset < s.end]
    else:
        offset = line_start
        through = [s for s in sentences if s.start <= line_end and s.end > line_start]
        here = [s for s in through if s.line == line] or through
    if here:
        return here[0]
    # between two sentences as near, the next one: what the place was written before
    nearest = min(
        sentences, key=lambda s: (max(s.start - offset, offset - s.end + 1), s.start < offset)
    )
    at = f"{line}:{column}" if column is not None else f"line {line}"
    raise Usage(
        f"no sentence at {at} of {article.path}; the nearest starts at "
        f"{_place_of(article, nearest)}"
    )
