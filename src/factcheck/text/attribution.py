"""The claim inside an attributed statement: "Forecasters said the storm was the strongest
since 1998." states what "The storm was the strongest since 1998." states, with a teller."""

from __future__ import annotations

import re

_SAYING = (
    r"(?:said|says|say|reported|reports|report|claimed|claims|claim|stated|states|announced|"
    r"announces|confirmed|confirms|noted|notes|wrote|writes|argued|argues|warned|warns|"
    r"believe|believes|believed|think|thinks|thought|added|adds|estimated|estimates)"
)
_LEADING = re.compile(
    r"^(?P<frame>according to [^,]{1,80},\s*)(?P<core>.+)$"
    rf"|^(?P<frame2>[^,;:]{{1,80}}?\s{_SAYING}(?:\s+on\s+\w+)?(?:\s+that)?,?\s+)(?P<core2>.+)$",
    re.IGNORECASE,
)
_TRAILING = re.compile(
    rf"^(?P<core>.+?),\s*(?P<frame>(?:according to [^,]{{1,80}}|[^,]{{1,60}}\s{_SAYING}(?:\s+on\s+\w+)?))\.?$",
    re.IGNORECASE,
)


_TELLING = re.compile(rf"according to|\s{_SAYING}", re.IGNORECASE)
"""What every attribution the two patterns match holds: a statement without it is read
in one scan, not tried against both patterns (most statements attribute nothing)."""


def without_attribution(statement: str) -> tuple[str, str] | None:
    """(the claim inside, the attribution) when `statement` attributes a claim to someone
    ("X said (that) …", "According to X, …", "…, X said."); else None."""
    if _TELLING.search(statement) is None:
        return None
    text = statement.strip()
    match = _TRAILING.match(text)
    if match:
        core, frame = match.group("core"), match.group("frame")
    else:
        match = _LEADING.match(text)
        if match is None:
            return None
        core = match.group("core") or match.group("core2")
        frame = (match.group("frame") or match.group("frame2")).strip().rstrip(",")
    if len(core.split()) < 3:
        return None  # "He said so." holds no claim of its own
    core = core[0].upper() + core[1:]
    if not core.endswith((".", "!", "?")):
        core += "."
    return core, frame.strip()
