"""The findings' order: documented, total, and the same in every process."""

from __future__ import annotations

import os
import random
import subprocess
import sys

import pytest

from factcheck.desk.findings import (
    MERGED_BY_SEARCH,
    Finding,
    Severity,
    in_order,
    merged_in_order,
    sorted_findings,
)

PROGRAM = """
from factcheck.desk.findings import Finding, Severity, sorted_findings
alike = dict(rule="name-variant", message="m", path="a.md", line=3, column=1)
findings = [
    Finding(severity=Severity.WARNING, record=f"r{n}", suggestion=s, **alike)
    for n in range(12) for s in (None, "x")
] + [Finding(severity=Severity.ERROR, **alike), Finding(severity=Severity.INFO, **alike)]
print([(f.severity.value, f.record, f.suggestion) for f in sorted_findings(findings)])
"""


def test_findings_alike_but_for_what_the_order_leaves_out_come_in_one_order_in_every_process() -> (
    None
):
    # The order ends with the rule and the message; findings alike to there were left in
    # the order of a set, which differs from process to process (strings hash with a
    # random seed): a cold and a warm run could print them in two orders.
    orders = {
        subprocess.run(
            [sys.executable, "-c", PROGRAM],
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in range(6)
    }
    assert len(orders) == 1


def test_the_order_is_path_line_column_rule_message_and_exact_duplicates_go() -> None:
    def finding(path: str, line: int | None, rule: str = "r", message: str = "m") -> Finding:
        return Finding(rule, Severity.WARNING, message, path, line)

    unordered = [
        finding("b.yaml", 2),
        finding("a.yaml", 10),
        finding("a.yaml", None),
        finding("a.yaml", 2, "s"),
        finding("a.yaml", 2, "r", "n"),
        finding("a.yaml", 2),
        Finding("a", Severity.WARNING, "m", "a.yaml", 2, 5),  # a column comes before the rule
        Finding("r", Severity.WARNING, "m", "a.yaml", 2, record=""),
        finding("a.yaml", 2),
    ]
    assert [(f.path, f.line, f.rule, f.message) for f in sorted_findings(unordered)] == [
        ("a.yaml", None, "r", "m"),
        ("a.yaml", 2, "r", "m"),
        ("a.yaml", 2, "r", "m"),  # its record is "", not None: not a duplicate
        ("a.yaml", 2, "r", "n"),
        ("a.yaml", 2, "s", "m"),
        ("a.yaml", 2, "a", "m"),
        ("a.yaml", 10, "r", "m"),
        ("b.yaml", 2, "r", "m"),
    ]


@pytest.mark.parametrize("more", [7, MERGED_BY_SEARCH + 1])
def test_findings_merged_into_ordered_ones_come_in_order(more: int) -> None:
    picks = random.Random(more)

    def some(count: int) -> list[Finding]:
        return [
            Finding(
                rule=picks.choice(["a-rule", "b-rule"]),
                severity=picks.choice(list(Severity)),
                message=picks.choice(["m", "n"]),
                path=picks.choice(["a.yaml", "b.yaml", "c.md"]),
                line=picks.choice([None, 1, 2, 30]),
                column=picks.choice([None, 1, 5]),
                record=picks.choice([None, "r"]),
            )
            for _ in range(count)
        ]

    ordered, added = in_order(some(3000)), in_order(some(more))
    assert merged_in_order(ordered, added) == in_order([*ordered, *added])
