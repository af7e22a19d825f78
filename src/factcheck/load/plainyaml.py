"""A fast reader for the plain YAML that records are written in.

Records are nearly always the same few line shapes: `key: value`, a value wrapped onto
indented lines, a `>-` or `|` block of text, a list of values (`- s1`, or `[s1, s2]` on
one line) or of small mappings (`- source: s1` and the lines under it). libyaml parses
such a file into events or nodes that `yamlreader` then walks again in Python; reading
these shapes directly costs about half as much, and a desk is tens of thousands of files.

This reader accepts only what it is sure of. Anything else — a tag, an anchor, an
alias, a flow mapping, an escape, a tab, a comment inside a value, a character YAML
refuses or reads specially — and it raises `NotPlain`: the file is then read by
`yamlreader`'s libyaml path, which also gives every error message. What it does accept
it reads exactly as that path does: the same nodes, values, styles and positions, and
the same repeated keys noted (a property test holds the two readers to that).
"""

from __future__ import annotations

import re
from typing import Final

from factcheck.desk.model import Position
from factcheck.load.yamlnodes import Mapping, Node, Scalar, Sequence

# What YAML refuses or reads specially: control characters (all but the line feed:
# a carriage return, a tab, NEL), the line and paragraph separators, surrogates, the
# byte-order mark and the non-characters U+FFFE and U+FFFF. Text holding any of them
# takes the libyaml path. (Written as what is refused, not as the complement of what
# is allowed: that class took 7 ms to compile, on every command's start.)
_OUTSIDE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]")
_KEY = re.compile(r"([A-Za-z_][A-Za-z0-9_-]{0,63}):(?: +|$)")
"""A plain key (short: libyaml allows a simple key 1,024 characters) and its colon."""
_SINGLE = re.compile(r"'((?:[^']|'')*)'")
_DOUBLE = re.compile(r'"([^"\\]*)"')
_AFTER_QUOTE = re.compile(r"(?: *| +#.*)$")
_NOT_FIRST = frozenset("-?:,[]{}#&*!|>'\"%@`")
"""Characters that cannot open a plain scalar, or that open something else."""
_FLOW_LIST = re.compile(r"\[([^\[\]{}#:]*)\] *$")
"""A one-line list of plain values, nothing after it but spaces (each value's first
character is checked as a plain scalar's)."""
_BLOCK_HEADERS: Final = {">": (True, "\n"), ">-": (True, ""), "|": (False, "\n"), "|-": (False, "")}
"""A block scalar's header → (folded, what ends its text): `+` chomping and explicit
indentation are left to libyaml."""


class NotPlain(Exception):
    """The text is outside the subset this reader is sure of: read it with libyaml."""


def read_plain_yaml(text: str) -> Node | None:
    """The nodes of `text` as `yamlreader.read_yaml` reads them (None for no document);
    NotPlain when the text is anything but the plain shapes of a record."""
    if _OUTSIDE.search(text) is not None:
        raise NotPlain
    return _Reader(text.split("\n")).document()


class _Reader:
    """The lines of one file and the line being read; each method reads one shape and
    leaves `at` on the first line it did not take."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.at = 0  # 0-based

    def document(self) -> Mapping | None:
        """The top-level mapping (None for a file of blank lines and comments)."""
        lines = self.lines
        root: Mapping | None = None
        while self.at < len(lines):
            line = lines[self.at]
            if (not line or line[0] in "# ") and _skipped(line):
                self.at += 1
                continue
            match = _KEY.match(line)
            if match is None:  # an indented line here continues a value, or worse
                raise NotPlain
            number = self.at + 1
            if root is None:
                root = Mapping({}, Position(number, 1))
            key = Scalar(match[1], Position(number, 1))
            start = match.end()
            value: Node
            if start == len(line):
                value = self._empty_or_list(number, key)
            elif line[start] == "[":
                value = _flow_list(line, start, number)
                self.at += 1
            elif line[start] in "|>":
                value = self._block_scalar(line, start, number)
            else:
                value = self._wrapped_scalar(line, start, number)
            root.add(key, value)
        return root

    def _empty_or_list(self, number: int, key: Scalar) -> Node:
        """The value of a key written with nothing after its colon: the list on the lines
        below, or nothing."""
        lines = self.lines
        ahead = self.at + 1
        while ahead < len(lines) and _skipped(lines[ahead]):
            ahead += 1
        if ahead < len(lines):
            following = lines[ahead]
            if following.lstrip(" ").startswith("-"):
                self.at = ahead
                return self._sequence(_indent(following))
            if following[0] == " ":
                raise NotPlain  # a nested mapping, or a scalar on the next line
        self.at += 1
        # Where libyaml puts an empty value: just after the colon.
        return Scalar("", Position(number, len(key.value) + 2))

    def _wrapped_scalar(self, line: str, start: int, number: int) -> Scalar:
        """A top-level key's scalar, plain ones continued on the indented lines below
        (each line's spaces at either end dropped, the line breaks read as spaces)."""
        scalar, commented = _scalar(line, start, number)
        lines = self.lines
        self.at += 1
        if self.at == len(lines) or lines[self.at][:1] != " ":
            return scalar  # one line, as nearly all are
        parts = [scalar.value]
        while self.at < len(lines) and lines[self.at][:1] == " ":
            continuation = lines[self.at].strip(" ")
            if not continuation:
                break  # a blank line ends the value (text after it is libyaml's to judge)
            if not scalar.plain or commented:
                raise NotPlain  # a quoted value or a comment, then more: libyaml's to judge
            if continuation[0] in _NOT_FIRST or _plain_trouble(continuation):
                raise NotPlain
            parts.append(continuation)
            self.at += 1
        return scalar if len(parts) == 1 else Scalar(" ".join(parts), scalar.position)

    def _block_scalar(self, line: str, start: int, number: int, parent: int = 0) -> Scalar:
        """A `>`, `>-`, `|` or `|-` block under a key at column `parent` (0-based): its
        lines all at one indentation deeper than the key's, blank lines only between
        and after them."""
        header = line[start:].rstrip(" ")
        if header not in _BLOCK_HEADERS:
            raise NotPlain  # keep chomping, an explicit indentation, or a comment
        folded, ending = _BLOCK_HEADERS[header]
        lines = self.lines
        self.at += 1
        first = lines[self.at] if self.at < len(lines) else ""
        indent = _indent(first)
        if indent <= parent or indent == len(first):
            raise NotPlain  # an empty block, or one opening with blank lines
        text: list[str] = []
        blanks = 0  # blank lines since the last line of text
        while self.at < len(lines):
            current = lines[self.at]
            at = _indent(current)
            if at == len(current) and at <= indent:
                blanks += 1  # a blank line, even one with a few spaces
                self.at += 1
                continue
            if at <= parent:
                break  # the next key or item (or a comment, or what libyaml will judge)
            if at != indent:
                raise NotPlain  # more or less indented, or spaces beyond the indentation
            if text:
                text.append(_joint(folded, blanks))
            text.append(current[indent:])
            blanks = 0
            self.at += 1
        if self.at == len(lines) and lines[-1] and not lines[-1].isspace():
            ending = ""  # the file ends on the block's last line: no line break to keep
        return Scalar("".join(text) + ending, Position(number, start + 1), plain=False)

    def _sequence(self, indent: int) -> Sequence:
        """The block list whose dashes stand at column `indent` (0-based)."""
        lines = self.lines
        sequence = Sequence([], Position(self.at + 1, indent + 1))
        while self.at < len(lines):
            line = lines[self.at]
            if _skipped(line):
                self.at += 1
                continue
            at = _indent(line)
            if at < indent or (at == 0 and not line.startswith("-")):
                break  # the next key (an indented one is refused by the caller)
            if at > indent or not line.startswith("- ", at):
                raise NotPlain  # "-" alone, "---", "-5", or an item's continuation
            start = _indent(line, at + 1)
            if start == len(line):
                raise NotPlain  # an empty item
            match = _KEY.match(line, start)
            if match is None:
                sequence.items.append(self._item_scalar(line, start))
            else:
                sequence.items.append(self._item_mapping(match, start))
        return sequence

    def _item_scalar(self, line: str, start: int) -> Scalar:
        """A list item's one-line scalar."""
        scalar, _ = _scalar(line, start, self.at + 1)
        self.at += 1
        return scalar

    def _item_mapping(self, match: re.Match[str] | None, indent: int) -> Mapping:
        """A mapping written as a list item (`- source: s1` and its lines below), whose
        keys stand at column `indent` (0-based)."""
        lines = self.lines
        mapping = Mapping({}, Position(self.at + 1, indent + 1))
        while match is not None:
            line, number = lines[self.at], self.at + 1
            start = match.end()
            if start == len(line):
                raise NotPlain  # an empty value, or a list or a mapping under the key
            value: Scalar
            if line[start] in "|>":
                value = self._block_scalar(line, start, number, indent)
            else:
                value, _ = _scalar(line, start, number)
                self.at += 1
            mapping.add(Scalar(match[1], Position(number, indent + 1)), value)
            while self.at < len(lines) and _skipped(lines[self.at]):
                self.at += 1
            if self.at == len(lines):
                break
            line = lines[self.at]
            at = _indent(line)
            if at > indent:
                raise NotPlain  # a continuation, or a nested block
            match = _KEY.match(line, at) if at == indent else None
            if at == indent and match is None:
                raise NotPlain
        return mapping


def _joint(folded: bool, blanks: int) -> str:
    """What joins two lines of a block with `blanks` blank lines between them: a folded
    block reads a line break as a space and each blank line as a line break."""
    if folded:
        return "\n" * blanks if blanks else " "
    return "\n" * (blanks + 1)


def _indent(line: str, start: int = 0) -> int:
    """The position of the first character at or after `start` that is not a space."""
    return len(line) - len(line[start:].lstrip(" "))


def _skipped(line: str) -> bool:
    """Whether a line is blank or a comment at its start; an indented comment is outside
    the subset (it may sit inside a scalar written over several lines)."""
    if not line or line[0] == "#":
        return True
    stripped = line.lstrip(" ")
    if not stripped:
        return True
    if stripped[0] == "#":
        raise NotPlain
    return False


_TROUBLE = re.compile(r" #|:(?: |$)")
"""What plain text cannot hold and stay text: a comment, or a key's colon (which, if it
comes first, stands before any comment)."""


def _plain_trouble(text: str) -> bool:
    """Whether plain text holds what YAML reads as more than text."""
    return _TROUBLE.search(text) is not None


def _scalar(line: str, start: int, number: int) -> tuple[Scalar, bool]:
    """The one-line scalar at `line[start:]`, with its comment and trailing spaces cut,
    and whether there was a comment."""
    position = Position(number, start + 1)
    first = line[start]
    if first == "'" or first == '"':
        quoted = (_SINGLE if first == "'" else _DOUBLE).match(line, start)
        after = None if quoted is None else _AFTER_QUOTE.match(line, quoted.end())
        if quoted is None or after is None:
            raise NotPlain  # over several lines, with escapes, or followed by more
        value = quoted[1].replace("''", "'") if first == "'" else quoted[1]
        return Scalar(value, position, plain=False), "#" in after[0]
    if first in _NOT_FIRST:
        raise NotPlain
    trouble = _TROUBLE.search(line, start)
    if trouble is None:
        return Scalar(line[start:].rstrip(" "), position), False
    if trouble[0] != " #":
        raise NotPlain  # a mapping where a scalar was expected: libyaml says what is wrong
    return Scalar(line[start : trouble.start()].rstrip(" "), position), True


def _flow_list(line: str, start: int, number: int) -> Sequence:
    """A list of plain values written on one line: `[s1, s2]`, or `[]`."""
    match = _FLOW_LIST.match(line, start)
    if match is None:
        raise NotPlain  # quoted or nested values, a comment after it, or no closing bracket
    sequence = Sequence([], Position(number, start + 1))
    inner = match[1]
    if not inner.strip(" "):
        return sequence
    offset = match.start(1)
    for item in inner.split(","):
        value = item.strip(" ")
        if not value or value[0] in _NOT_FIRST:
            raise NotPlain  # `[a, ]`, `[a,,b]`, `[-a]`: libyaml's to judge
        column = offset + len(item) - len(item.lstrip(" ")) + 1
        sequence.items.append(Scalar(value, Position(number, column)))
        offset += len(item) + 1
    return sequence
