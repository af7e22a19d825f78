"""Where a human has judged a finding: `factcheck-ignore` comments in records and articles.

In a YAML record, `# factcheck-ignore RULE[, RULE]` silences those rules on its own
line and the line below it. In an article, `<!-- factcheck-ignore RULE[, RULE] -->`
silences them for the next block (paragraph, list item or heading), and
`<!-- factcheck-ignore-start RULE -->` … `<!-- factcheck-ignore-end -->` for
every line between the two. The loader reads them while it has the text in hand;
the engine applies them and reports those that silence nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MARK = "factcheck-ignore"

_YAML_COMMENT = re.compile(r"#\s*factcheck-ignore\s+([a-z0-9, -]+?)\s*$")
_ARTICLE_COMMENT = re.compile(
    r"<!--\s*factcheck-ignore(?P<kind>-start|-end)?\s*(?P<rules>[a-z0-9, -]*?)\s*-->"
)
_LIST_ITEM = re.compile(r"^\s*(?:[-*+•]|\d{1,3}[.)])\s")


@dataclass(frozen=True, slots=True)
class Suppression:
    """One comment that silences some rules over some lines of one file."""

    path: str
    line: int
    """Where the comment is (1-based file line)."""
    column: int
    rules: tuple[str, ...]
    first: int
    """The first and last file lines it covers."""
    last: int

    def covers(self, rule: str, line: int | None) -> bool:
        """Whether a finding of `rule` on `line` is silenced by this comment."""
        return line is not None and self.first <= line <= self.last and rule in self.rules


def _rules(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(part.strip() for part in text.split(",") if part.strip()))


def yaml_suppressions(text: str, rel: str) -> tuple[Suppression, ...]:
    """The `# factcheck-ignore` comments of a record's text."""
    if MARK not in text:
        return ()
    found = []
    for number, line in enumerate(text.splitlines(), start=1):
        match = _YAML_COMMENT.search(line)
        if match and match.group(1).strip():
            column = match.start() + 1
            found.append(
                Suppression(rel, number, column, _rules(match.group(1)), number, number + 1)
            )
    return tuple(found)


def article_suppressions(body: str, body_line: int, rel: str) -> tuple[Suppression, ...]:
    """The `<!-- factcheck-ignore … -->` comments of an article body (file lines)."""
    if MARK not in body:
        return ()
    lines = body.split("\n")
    found: list[Suppression] = []
    opened: Suppression | None = None
    for index, line in enumerate(lines):
        for match in _ARTICLE_COMMENT.finditer(line):
            number = body_line + index
            kind, rules = match.group("kind"), _rules(match.group("rules"))
            if kind == "-end":
                if opened is not None:
                    found.append(_until(opened, number))
                    opened = None
                continue
            if not rules:
                continue
            here = Suppression(rel, number, match.start() + 1, rules, number, number)
            if kind == "-start":
                opened = here
            else:
                first, last = _next_block(lines, index, match.end())
                found.append(_until(here, body_line + last, body_line + first))
    if opened is not None:  # never ended: it runs to the end of the article
        found.append(_until(opened, body_line + len(lines) - 1))
    return tuple(found)


def _until(suppression: Suppression, last: int, first: int | None = None) -> Suppression:
    return Suppression(
        suppression.path,
        suppression.line,
        suppression.column,
        suppression.rules,
        suppression.first if first is None else first,
        last,
    )


def _next_block(lines: list[str], index: int, after: int) -> tuple[int, int]:
    """(first, last) 0-based lines of the block that follows a comment ending at column
    `after` of line `index`: the rest of that line if it holds text, else the next
    non-blank lines up to a blank line, a new list item or a heading."""
    if lines[index][after:].strip():
        start = index
    else:
        start = index + 1
        while start < len(lines) and not lines[start].strip():
            start += 1
    if start >= len(lines):
        return index, index
    end = start
    while end + 1 < len(lines):
        following = lines[end + 1]
        if not following.strip() or following.lstrip().startswith("#"):
            break
        if _LIST_ITEM.match(following) or MARK in following:
            break
        end += 1
    return start, end
