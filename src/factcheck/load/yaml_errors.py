"""libyaml's errors in an editor's words, located where the problem starts.

The parser says "while scanning a quoted scalar … found unexpected end of stream"
at the end of the file; an editor needs "this quote opened on line 3 is never
closed" at the quote. Each known shape of error is translated and moved to the
line that causes it; the parser's own text stays as the finding's detail.
"""

from __future__ import annotations

from dataclasses import dataclass

import yaml

from factcheck.desk.model import Position


@dataclass(frozen=True)
class Explained:
    """A YAML error as an editor reads it."""

    message: str
    position: Position
    detail: str
    """The parser's own words and place, for those who want them."""


def mark_position(mark: yaml.Mark | None) -> Position:
    """Where a parser mark points, 1-based; the file's start when there is no mark."""
    return Position(mark.line + 1, mark.column + 1) if mark is not None else Position(1, 1)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _previous_content_line(lines: list[str], index: int) -> int | None:
    for back in range(index - 1, -1, -1):
        if lines[back].strip() and not lines[back].lstrip().startswith("#"):
            return back
    return None


def explain(error: yaml.MarkedYAMLError, text: str) -> Explained:
    """The plain-words form of `error`, raised while reading `text`."""
    context, problem = error.context or "", error.problem or ""
    at, start = error.problem_mark, error.context_mark
    detail = "; ".join(part for part in (context, problem) if part)
    if at is not None:
        detail += f" (line {at.line + 1}, column {at.column + 1})"
    lines = text.splitlines()
    if "quoted scalar" in context and start is not None:
        quote = text[start.index] if start.index < len(text) else "quote"
        return Explained(
            f"this {quote} quote opened on line {start.line + 1} is never closed; close it with "
            f"another {quote}",
            mark_position(start),
            detail,
        )
    if "flow sequence" in context or "flow mapping" in context:
        opener = "[" if "sequence" in context else "{"
        closer = "]" if opener == "[" else "}"
        where = start.line + 1 if start is not None else "?"
        return Explained(
            f"the {opener} opened on line {where} is not closed with {closer} (or a comma is "
            "missing between its items)",
            mark_position(start),
            detail,
        )
    # libyaml names the tab ("found a tab character") only where a token could follow;
    # before a list item it says a character "cannot start any token": the tab is at
    # the mark
    at_tab = at is not None and at.index < len(text) and text[at.index] == "\t"
    if "tab character" in problem or ("cannot start any token" in problem and at_tab):
        return Explained(
            "this line is indented with a tab; YAML indents with spaces only",
            mark_position(at),
            detail,
        )
    if "simple key" in context and start is not None:
        return Explained(
            "this line is neither `key: value` nor a list item `- …`; add the colon after the key, "
            "or quote the text if it continues the value above",
            mark_position(start),
            detail,
        )
    if at is not None and ("mapping values are not allowed" in problem or "block end" in problem):
        index = min(at.line, len(lines) - 1) if lines else 0
        previous = _previous_content_line(lines, index)
        here = _indent(lines[index]) if lines else 0
        line_start = Position(index + 1, here + 1)
        if (
            previous is not None
            and here > _indent(lines[previous])
            and not lines[previous].rstrip().endswith(":")
        ):
            return Explained(
                f"this line is indented more than the one above (line {previous + 1}); line it up "
                "with the keys of its record",
                line_start,
                detail,
            )
        if previous is not None and here < _indent(lines[previous]) and "block end" in problem:
            return Explained(
                f"this line does not line up with the lines above it (line {previous + 1}); indent "
                "the keys of one mapping, or the items of one list, by the same amount",
                line_start,
                detail,
            )
        if "mapping values" in problem:
            return Explained(
                "a colon followed by a space inside a value starts a new key; put the value in "
                'double quotes ("…: …")',
                mark_position(at),
                detail,
            )
    return Explained(f"invalid YAML: {detail}", mark_position(at or start), detail)
