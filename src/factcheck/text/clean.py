"""Make text from outside safe to print: control characters become visible escapes.

Statements, titles and articles are copied from the web. A terminal would obey an
ESC, an OSC 52 clipboard write or a bidi override inside them; rich strips only a
few of these itself. So every string is cleaned once, where it enters factcheck.
"""

from __future__ import annotations

import re

# C0 controls but tab and newline, DEL, C1 controls (8-bit CSI lives here), the
# bidi embeddings, overrides and isolates, and the Unicode line/paragraph separators.
_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]"
)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str) -> str:
    """`text` with every unsafe control character replaced by its escape, e.g. `\\x1b`."""
    if _UNSAFE.search(text) is None:  # the common case: no copy at all
        return text
    return _UNSAFE.sub(_escape, text)


def normalize_newlines(text: str) -> str:
    """CRLF and lone CR become LF, so lines and columns mean the same on every platform."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def quoted(text: object) -> str:
    """`text` in single quotes for a message, as it is: unlike repr(), backslashes in
    escapes that `visible` made stay single, so a message shows what the file has."""
    return f"'{text}'"


def counted(count: int, word: str) -> str:
    """`count` and `word`, plural unless there is one: "1 source", "3 sources"."""
    return f"{count} {word}{'' if count == 1 else 's'}"
