"""Findings: what the audit reports, their severities, their order and their JSON shape."""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from enum import Enum
from typing import Any


class Severity(str, Enum):
    """How serious a finding is; the order is error > warning > info."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """A number that grows with seriousness, for `--fail-on` comparisons."""
        return _RANKS[self]


_RANKS = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem found in the repository, located as precisely as the input allows."""

    rule: str
    """The rule's kebab-case id, e.g. `unknown-source`."""
    severity: Severity
    """Stamped by the engine from the rule's default and the settings."""
    message: str
    """What is wrong and, where it helps, what to do, in words a person understands."""
    path: str
    """File relative to the repository root, `/`-separated."""
    line: int | None = None
    """1-based line, or None when the finding concerns a whole file."""
    column: int | None = None
    """1-based column, or None."""
    record: str | None = None
    """The id of the record concerned, where there is one."""
    suggestion: str | None = None
    """A likely fix: the nearest existing id, the known spelling, …"""
    detail: str | None = None
    """More for those who want it: the YAML parser's own words behind a plain message."""

    def to_dict(self) -> dict[str, Any]:
        """The finding as the documented JSON object."""
        return {
            "rule": self.rule,
            "severity": self.severity.value,
            "message": self.message,
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "record": self.record,
            "suggestion": self.suggestion,
            "detail": self.detail,
        }

    @property
    def location(self) -> str:
        """`path:line:column`, leaving out what is unknown."""
        parts = [self.path]
        if self.line is not None:
            parts.append(str(self.line))
            if self.column is not None:
                parts.append(str(self.column))
        return ":".join(parts)


def sorted_findings(findings: list[Finding]) -> list[Finding]:
    """Findings in the documented order, without exact duplicates.

    Findings alike in all the documented order reads are put in the order of the rest
    of what they say: a total order, the same in every process. (They were left in the
    order of a set, which differs between processes: strings hash with a random seed.)
    """
    # Each finding's key made once and compared in its place: equal keys mean equal
    # findings, and comparing two keys is cheaper than comparing two findings.
    keys = list(map(_total_key, findings))
    kept: list[Finding] = []
    last = None
    for index in sorted(range(len(findings)), key=keys.__getitem__):
        key = keys[index]
        if key != last:  # exact duplicates are now neighbours
            kept.append(findings[index])
            last = key
    return kept


def in_order(findings: list[Finding]) -> list[Finding]:
    """`findings` in the order `sorted_findings` gives, duplicates and all: a list kept in
    this order sorts again (among others) in a fraction of the time."""
    return sorted(findings, key=_total_key)


def merged_in_order(ordered: list[Finding], more: list[Finding]) -> list[Finding]:
    """`ordered` and `more`, both `in_order`, as one list in order: a few findings put in
    their places by binary search (a rule's 100,000 kept findings are not sorted again
    for the few a change makes), many merged by sorting."""
    if len(more) > MERGED_BY_SEARCH:
        return in_order([*ordered, *more])
    merged = list(ordered)
    for finding in more:
        bisect.insort(merged, finding, key=_total_key)
    return merged


MERGED_BY_SEARCH = 1000
"""Up to this many findings are put in place one by one (each moves the list's tail)."""


def _total_key(finding: Finding) -> tuple[str, int, int, str, str, int, str, str, str, int]:
    # The documented order (path, line, column, rule, message), then the rest of the
    # finding, the most severe first, so that the order is total.
    return (
        finding.path,
        finding.line or 0,
        finding.column or 0,
        finding.rule,
        finding.message,
        -_RANKS[finding.severity],
        finding.record or "",
        finding.suggestion or "",
        finding.detail or "",
        # None sorts as 0 or "" above; this tells them apart, so that equal keys mean
        # equal findings (and exact duplicates end up neighbours).
        (finding.line is None)
        + 2 * (finding.column is None)
        + 4 * (finding.record is None)
        + 8 * (finding.suggestion is None)
        + 16 * (finding.detail is None),
    )


def count_by_severity(findings: list[Finding]) -> dict[str, int]:
    """`{"error": n, "warning": n, "info": n}`, always with all three keys."""
    counts = {severity.value: 0 for severity in Severity}
    for finding in findings:
        counts[finding.severity.value] += 1
    return counts
